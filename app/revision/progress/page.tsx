import type { Metadata } from "next";
import Link from "next/link";
import { StudentSummary, ThemeMasteryTable, WeakCardsTable } from "@/components/revision/study-stats";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getStudentStudy } from "@/lib/revision/store/study-analytics";
import { getDesiredRetention } from "@/lib/revision/store/retention";
import { RetentionForm } from "@/components/revision/retention-form";

export const metadata: Metadata = { title: "My revision progress" };

export default async function ProgressPage() {
  const student = await requirePageUser("STUDENT");
  const [study, retention] = await Promise.all([getStudentStudy(student, student.id), getDesiredRetention(student)]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>My revision progress</h1>
      <StudentSummary {...study.student} />
      <h2>Mastery by theme</h2>
      <ThemeMasteryTable themes={study.themes} caption="Your mastery of each theme's cards" />
      <h2>Cards to work on</h2>
      <WeakCardsTable cards={study.weakCards} caption="The cards you have most often answered wrongly" showStudents={false} />
      <h2>Spacing</h2>
      <p>Cards are scheduled with FSRS, which learns from your answers when you are likely to forget each one and brings it back just before then.</p>
      <RetentionForm retention={retention} />
    </>
  );
}
