// What a student sees: their own open assignments, grouped by where they are with each.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { listAssignmentsForStudent, getAssignmentForTeacher } from "@/lib/assignments/store/assignments";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

describe("a student's assignments", () => {
  it("are grouped as to do, in progress, submitted and marked, and exclude what is not theirs or not open", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT");
    const other = await makeUser(db, "STUDENT");
    const ownClass = await makeClass(db, teacher, [student, other]);
    const otherClass = await makeClass(db, teacher, [other]);
    const archivedClass = await makeClass(db, teacher, [student]);
    await db.class.update({ where: { id: archivedClass.id }, data: { archivedAt: new Date() } });

    const toDo = await makeAssignment(db, teacher, ownClass.id);
    const inProgress = await makeAssignment(db, teacher, ownClass.id);
    const submitted = await makeAssignment(db, teacher, ownClass.id);
    const marked = await makeAssignment(db, teacher, ownClass.id);
    await makeAssignment(db, teacher, ownClass.id, { opensAt: new Date(Date.now() + 60 * 60_000) });
    await makeAssignment(db, teacher, otherClass.id);
    await makeAssignment(db, teacher, archivedClass.id);
    await db.essay.createMany({
      data: [
        { assignmentId: inProgress.id, studentId: student.id },
        { assignmentId: submitted.id, studentId: student.id, submittedAt: new Date() },
        { assignmentId: marked.id, studentId: student.id, submittedAt: new Date(), markedAt: new Date() },
        { assignmentId: toDo.id, studentId: other.id, submittedAt: new Date() },
      ],
    });

    const seen = await listAssignmentsForStudent({ ...student });
    expect(Object.fromEntries(seen.map((assignment) => [assignment.id, assignment.status]))).toEqual({
      [toDo.id]: "to-do",
      [inProgress.id]: "in-progress",
      [submitted.id]: "submitted",
      [marked.id]: "marked",
    });

    const forTeacher = await getAssignmentForTeacher(teacher, toDo.id);
    expect(forTeacher?.students.map((row) => row.status).sort()).toEqual(["submitted", "to-do"]);
    expect(await getAssignmentForTeacher(await makeUser(db, "TEACHER"), toDo.id)).toBeNull();
  });
});
