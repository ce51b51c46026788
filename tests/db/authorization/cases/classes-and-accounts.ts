// Classes, assignments, mark schemes, accounts and essays: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import { FACTORY_PASSWORD } from "../../../factories/accounts";
import * as accountActions from "@/lib/accounts/actions";
import * as assignmentActions from "@/lib/assignments/actions";
import * as classActions from "@/lib/classes/actions";
import * as markingActions from "@/lib/marking/actions";
import * as essayActions from "@/lib/essays/actions";
import {
  db,
  type Case,
  in7Days,
  mailSetUp,
  RESET_TOKEN,
  resetLinkSent,
  submitted,
  invited,
  INVITATION,
  TEACHER_INVITATION,
  TEACHER_INVITATION_TOKEN,
  teacherInvited,
  VERSION,
  withVersion,
} from "../world";

export const CASES_CLASSES_AND_ACCOUNTS: Record<string, Case> = {
  "classes.createClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => classActions.createClass({ name: "Year 12" }),
    effect: async ({ teacher }) =>
      expect(await db.class.count({ where: { teacherId: teacher.id, name: "Year 12" } })).toBe(1),
  },
  "classes.renameClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.renameClass({ classId: ownClass.id, name: "Renamed" }),
    effect: async ({ ownClass }) =>
      expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).name).toBe("Renamed"),
  },
  "classes.archiveClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.archiveClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) =>
      expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).not.toBeNull(),
  },
  "classes.restoreClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: ({ ownClass }) => db.class.update({ where: { id: ownClass.id }, data: { archivedAt: new Date() } }),
    call: ({ ownClass }) => classActions.restoreClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) =>
      expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).toBeNull(),
  },
  "classes.regenerateJoinCode": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.regenerateJoinCode({ classId: ownClass.id }),
    effect: async ({ ownClass }) =>
      expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).joinCode).not.toBe(ownClass.joinCode),
  },
  "classes.removeStudent": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, student }) => classActions.removeStudent({ classId: ownClass.id, studentId: student.id }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id } })).toBe(0),
  },
  "classes.addStudents": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    // A new email gets an account in the class; an existing account is only invited (consent).
    call: ({ ownClass, otherStudent }) =>
      classActions.addStudents({
        classId: ownClass.id,
        roster: `Ada Lovelace, ada@example.com\nSomeone, ${otherStudent.email}`,
      }),
    effect: async ({ ownClass, otherStudent }) => {
      expect(await db.enrolment.count({ where: { classId: ownClass.id, student: { email: "ada@example.com" } } })).toBe(
        1,
      );
      expect(await db.enrolment.count({ where: { classId: ownClass.id, studentId: otherStudent.id } })).toBe(0);
      expect(await db.classInvitation.count({ where: { classId: ownClass.id, accountId: otherStudent.id } })).toBe(1);
    },
  },
  "classes.cancelInvitation": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: invited,
    call: () => classActions.cancelInvitation({ invitationId: INVITATION }),
    effect: async () => expect(await db.classInvitation.count({ where: { id: INVITATION } })).toBe(0),
  },
  "classes.answerInvitation": {
    // Only the invited account answers; anyone else finds no such invitation.
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfThisClass: 404 },
    rightful: "studentOfAnotherClass",
    arrange: invited,
    call: () => classActions.answerInvitation({ invitationId: INVITATION, accept: true }),
    effect: async ({ ownClass, otherStudent }) => {
      expect(await db.enrolment.count({ where: { classId: ownClass.id, studentId: otherStudent.id } })).toBe(1);
      expect(await db.classInvitation.count({ where: { id: INVITATION } })).toBe(0);
    },
  },
  "classes.joinClass": {
    refused: { anonymous: 401, anotherTeacher: 403, teacher: 403 },
    rightful: "studentOfAnotherClass",
    call: ({ ownClass }) => classActions.joinClass({ joinCode: ownClass.joinCode }),
    effect: async ({ ownClass, otherStudent }) =>
      expect(await db.enrolment.count({ where: { classId: ownClass.id, studentId: otherStudent.id } })).toBe(1),
  },
  "assignments.createAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, prompt, scheme }) =>
      assignmentActions.createAssignment({
        classId: ownClass.id,
        promptId: prompt.id,
        markSchemeId: scheme.id,
        timeLimitMinutes: "45",
        opensAt: new Date().toISOString(),
        dueAt: in7Days(),
      }),
    effect: async ({ ownClass, prompt }) =>
      expect(
        await db.assignment.count({ where: { classId: ownClass.id, promptId: prompt.id, timeLimitMinutes: 45 } }),
      ).toBe(1),
  },
  // The world's "assignment" has no essays; "essay" belongs to another assignment of the class.
  "assignments.updateAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ assignment }) =>
      assignmentActions.updateAssignment({
        assignmentId: assignment.id,
        title: "Renamed",
        timeLimitMinutes: "20",
        closedBook: true,
        opensAt: new Date().toISOString(),
        dueAt: in7Days(),
      }),
    effect: async ({ assignment }) =>
      expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
        title: "Renamed",
        timeLimitMinutes: 20,
        closedBook: true,
      }),
  },
  "assignments.deleteAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ assignment }) => assignmentActions.deleteAssignment({ assignmentId: assignment.id }),
    effect: async ({ assignment }) => expect(await db.assignment.count({ where: { id: assignment.id } })).toBe(0),
  },
  "assignments.archiveAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ essay }) => assignmentActions.archiveAssignment({ assignmentId: essay.assignmentId, archived: true }),
    effect: async ({ essay }) =>
      expect((await db.assignment.findUniqueOrThrow({ where: { id: essay.assignmentId } })).archivedAt).not.toBeNull(),
  },
  "assignments.setAccommodation": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ assignment, student }) =>
      assignmentActions.setAccommodation({
        assignmentId: assignment.id,
        studentId: student.id,
        extraTime: "50",
        extraMinutes: "",
        dueAt: "",
      }),
    effect: async ({ assignment, student }) =>
      expect(
        await db.accommodation.findUniqueOrThrow({
          where: { assignmentId_studentId: { assignmentId: assignment.id, studentId: student.id } },
        }),
      ).toMatchObject({ extraTimePercent: 50 }),
  },
  "marking.createMarkScheme": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => markingActions.createMarkScheme({ name: "Edexcel 20", levels: "2 | 11-20 | Good\n1 | 1-10 | Limited" }),
    effect: async ({ teacher }) =>
      expect(await db.markScheme.findFirstOrThrow({ where: { ownerId: teacher.id } })).toMatchObject({
        name: "Edexcel 20",
        totalMarks: 20,
      }),
  },
  // The library is shared by every teacher on an installation; students only read it.
  "accounts.changePassword": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    call: () =>
      accountActions.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-password" }),
    effect: async ({ student }) =>
      expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).sessionVersion).toBe(1),
  },
  "accounts.dismissClaimNotice": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    // Two accounts a school sign-in claimed: each dismisses only their own notice.
    arrange: ({ student, otherStudent }) =>
      db.user.updateMany({ where: { id: { in: [student.id, otherStudent.id] } }, data: { claimedAt: new Date() } }),
    call: () => accountActions.dismissClaimNotice({}),
    effect: async ({ student, otherStudent }) => {
      expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).claimedAt).toBeNull();
      expect((await db.user.findUniqueOrThrow({ where: { id: otherStudent.id } })).claimedAt).not.toBeNull();
    },
  },
  "essays.startEssay": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ assignment }) => essayActions.startEssay({ assignmentId: assignment.id }),
    effect: async ({ assignment, student }) =>
      expect(await db.essay.count({ where: { assignmentId: assignment.id, studentId: student.id } })).toBe(1),
  },
  "essays.submitEssay": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ essay }) => essayActions.submitEssay({ essayId: essay.id, version: 0 }),
    effect: async ({ essay }) =>
      expect((await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).submittedAt).not.toBeNull(),
  },
  "essays.restoreVersion": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: withVersion,
    call: ({ essay }) => essayActions.restoreVersion({ essayId: essay.id, revisionId: VERSION }),
    // The words as they stood (version 3) are kept before the earlier ones go back to the editor.
    effect: async ({ essay }) =>
      expect(
        await db.essayRevision.findMany({
          where: { essayId: essay.id },
          orderBy: { version: "asc" },
          select: { version: true },
        }),
      ).toEqual([{ version: 1 }, { version: 3 }]),
  },
  "accounts.signUpTeacher": {
    refused: {},
    rightful: "anonymous",
    arrange: teacherInvited,
    call: () =>
      accountActions.signUpTeacher({
        name: "New Teacher",
        email: "new.teacher@example.com",
        password: "a-long-password",
        invitation: TEACHER_INVITATION_TOKEN,
      }),
    effect: async () => {
      const created = await db.user.findUniqueOrThrow({ where: { email: "new.teacher@example.com" } });
      expect(created).toMatchObject({ role: "TEACHER", isAdministrator: false });
      expect((await db.teacherInvitation.findUniqueOrThrow({ where: { id: TEACHER_INVITATION } })).usedById).toBe(
        created.id,
      );
    },
  },
  "accounts.signUpStudent": {
    refused: {},
    rightful: "anonymous",
    call: ({ ownClass }) =>
      accountActions.signUpStudent({
        name: "New Student",
        email: "new.student@example.com",
        password: "a-long-password",
        joinCode: ownClass.joinCode,
      }),
    effect: async ({ ownClass }) =>
      expect(
        await db.enrolment.count({
          where: { classId: ownClass.id, student: { email: "new.student@example.com", role: "STUDENT" } },
        }),
      ).toBe(1),
  },
  "accounts.inviteTeacher": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    call: () => accountActions.inviteTeacher({ email: "invited@example.com", days: 7 }),
    effect: async ({ administrator }) =>
      expect(await db.teacherInvitation.findMany({ select: { email: true, createdById: true, usedAt: true } })).toEqual(
        [{ email: "invited@example.com", createdById: administrator.id, usedAt: null }],
      ),
  },
  "accounts.withdrawTeacherInvitation": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    arrange: teacherInvited,
    call: () => accountActions.withdrawTeacherInvitation({ invitationId: TEACHER_INVITATION }),
    effect: async () =>
      expect(
        (await db.teacherInvitation.findUniqueOrThrow({ where: { id: TEACHER_INVITATION } })).revokedAt,
      ).not.toBeNull(),
  },
  "accounts.updateInstallationSettings": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    call: () =>
      accountActions.updateInstallationSettings({
        openTeacherSignUp: false,
        teacherEmailDomains: "school.example.org",
      }),
    effect: async () =>
      expect(await db.installationSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
        openTeacherSignUp: false,
        teacherEmailDomains: ["school.example.org"],
      }),
  },
  "accounts.resetStudentPassword": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      anotherTeacher: 404,
      curator: 404,
      administrator: 404,
    },
    rightful: "teacher",
    call: ({ ownClass, student }) =>
      accountActions.resetStudentPassword({ classId: ownClass.id, studentId: student.id }),
    effect: async ({ student }) =>
      expect(await db.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({
        mustChangePassword: true,
        sessionVersion: 1,
      }),
  },
  "accounts.resetTeacherPassword": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    call: ({ teacher }) => accountActions.resetTeacherPassword({ teacherId: teacher.id }),
    effect: async ({ teacher }) =>
      expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({
        mustChangePassword: true,
        sessionVersion: 1,
      }),
  },
  "accounts.askForPasswordReset": {
    refused: {},
    rightful: "anonymous",
    arrange: mailSetUp,
    call: ({ student }) => accountActions.askForPasswordReset({ email: student.email }),
    effect: async ({ student }) => expect(await db.passwordReset.count({ where: { userId: student.id } })).toBe(1),
  },
  "accounts.resetPasswordWithLink": {
    refused: {},
    rightful: "anonymous",
    arrange: resetLinkSent,
    call: () => accountActions.resetPasswordWithLink({ token: RESET_TOKEN, newPassword: "a-new-long-password" }),
    effect: async ({ student }) =>
      expect(await db.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({
        sessionVersion: 1,
        mustChangePassword: false,
      }),
  },
  "accounts.deleteStudent": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    arrange: submitted,
    call: ({ student }) => accountActions.deleteStudent({ studentId: student.id, confirmEmail: student.email }),
    effect: async ({ student, essay }) => {
      expect(await db.user.count({ where: { id: student.id } })).toBe(0);
      expect(await db.essay.count({ where: { id: essay.id } })).toBe(0);
    },
  },
  "accounts.setTeacherActive": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    call: ({ otherTeacher }) => accountActions.setTeacherActive({ teacherId: otherTeacher.id, active: false }),
    effect: async ({ otherTeacher }) =>
      expect(await db.user.findUniqueOrThrow({ where: { id: otherTeacher.id } })).toMatchObject({
        deactivatedAt: expect.any(Date),
        sessionVersion: 1,
      }),
  },
  "accounts.setCurationRight": {
    refused: {
      anonymous: 401,
      studentOfAnotherClass: 403,
      studentOfThisClass: 403,
      teacher: 403,
      anotherTeacher: 403,
      curator: 403,
    },
    rightful: "administrator",
    call: ({ otherTeacher }) => accountActions.setCurationRight({ teacherId: otherTeacher.id, granted: true }),
    effect: async ({ otherTeacher }) =>
      expect((await db.user.findUniqueOrThrow({ where: { id: otherTeacher.id } })).canCurateLibrary).toBe(true),
  },
};
