import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ThemeMasteryTable, WeakCardsTable } from "@/components/revision/study-stats";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { getClassStudy } from "@/lib/revision/store/study-analytics";
import { formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Class revision" };

export default async function ClassRevisionPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const classId = ZId.safeParse((await params).classId);
  const study = classId.success ? await foundOrNull(getClassStudy(teacher, classId.data)) : null;
  if (!study) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/classes">My classes</Link> › <Link href={`/classes/${study.classId}`}>{study.className}</Link>
      </p>
      <h1>Revision: {study.className}</h1>
      <p>
        From every card your students have studied, in any deck. A card is <em>known</em> once FSRS judges it would
        still more likely than not be recalled after a week (a stability of six days or more).{" "}
        <Link href="/revision">Build or set a deck</Link>
      </p>
      <h2>What the class does not know yet</h2>
      <WeakCardsTable
        cards={study.weakCards}
        caption="Cards most often answered wrongly, by how many students missed them"
        showStudents
      />
      <h2>Mastery by theme</h2>
      <ThemeMasteryTable
        themes={study.themes}
        caption="Each student and card in a theme counts once; cards not yet studied count as new"
      />
      <h2>Students</h2>
      <table className="roster">
        <caption className="visually-hidden">Each student&apos;s revision</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Cards studied</th>
            <th scope="col">Known</th>
            <th scope="col">Learning</th>
            <th scope="col">Answers, last 7 days</th>
            <th scope="col">Last studied</th>
          </tr>
        </thead>
        <tbody>
          {study.students.map((student) => (
            <tr key={student.id}>
              <th scope="row">
                <Link href={`/classes/${study.classId}/revision/${student.id}`}>{student.name}</Link>
              </th>
              <td>{student.cardsStudied}</td>
              <td>{student.known}</td>
              <td>{student.learning}</td>
              <td>{student.answersThisWeek}</td>
              <td>{student.lastStudiedAt ? formatDateTime(student.lastStudiedAt) : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
