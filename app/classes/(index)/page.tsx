import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listClassesForTeacher } from "@/lib/classes/store/classes";
import { CreateClassForm } from "./create-class-form";

export const metadata: Metadata = { title: "My classes" };

export default async function ClassesPage() {
  const teacher = await requirePageUser("TEACHER");
  const classes = await listClassesForTeacher(teacher);
  const active = classes.filter((item) => !item.archivedAt);
  const archived = classes.filter((item) => item.archivedAt);

  return (
    <>
      <h1>My classes</h1>
      <p className="page-actions">
        <Link href="/second-marking">Second marking for colleagues</Link>
        <Link href="/judging">Judging for colleagues</Link>
        <Link href="/marking/bank">Comment bank</Link>
      </p>
      {active.length === 0 && <p>You have no classes yet. Create one, then give its join code to your students.</p>}
      <ul className="item-list" aria-label="Classes">
        {active.map((item) => (
          <li key={item.id}>
            <Link href={`/classes/${item.id}`}>{item.name}</Link>
            <p className="meta">
              {item._count.enrolments} student{item._count.enrolments === 1 ? "" : "s"} · {item._count.assignments}{" "}
              assignment{item._count.assignments === 1 ? "" : "s"} · join code <code>{item.joinCode}</code>
            </p>
          </li>
        ))}
      </ul>
      <h2>Create a class</h2>
      <CreateClassForm />
      {archived.length > 0 && (
        <>
          <h2>Archived classes</h2>
          <ul className="item-list" aria-label="Archived classes">
            {archived.map((item) => (
              <li key={item.id}>
                <Link href={`/classes/${item.id}`}>{item.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
