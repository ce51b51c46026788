import type { Metadata } from "next";
import Link from "next/link";
import { StudentSummary, ThemeMasteryTable, WeakCardsTable } from "@/components/revision/study-stats";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getStudentStudy } from "@/lib/revision/store/study-analytics";
import { getDesiredRetention } from "@/lib/revision/store/retention";
import { RetentionForm } from "@/components/revision/retention-form";
import { quotationMastery } from "@/lib/revision/store/quotation-drills";

export const metadata: Metadata = { title: "My revision progress" };

export default async function ProgressPage() {
  const student = await requirePageUser("STUDENT");
  const [study, retention, quotations] = await Promise.all([
    getStudentStudy(student, student.id),
    getDesiredRetention(student),
    quotationMastery(student),
  ]);
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
      <WeakCardsTable
        cards={study.weakCards}
        caption="The cards you have most often answered wrongly"
        showStudents={false}
      />
      <h2>Quotations</h2>
      <p data-testid="quotation-mastery">
        {quotations.known} known · {quotations.learning} learning · {quotations.new} not met yet, in the{" "}
        <Link href="/revision/quotations">quotation drill</Link>.
      </p>
      <h2>Spacing</h2>
      <p>
        Cards are scheduled with FSRS, which learns from your answers when you are likely to forget each one and brings
        it back just before then.
      </p>
      <RetentionForm retention={retention} />
    </>
  );
}
