import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintableFeedback } from "@/components/marking/printable-feedback";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getReleasedFeedback } from "@/lib/marking/store/read";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Feedback (print)" };

export default async function PrintFeedbackPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requirePageUser("STUDENT");
  const id = ZId.safeParse((await params).assignmentId);
  const essay = id.success ? await getReleasedFeedback(student, { assignmentId: id.data }) : null;
  if (!essay) notFound();
  return <PrintableFeedback essay={essay} backHref={`/assignments/${essay.assignment.id}/feedback`} />;
}
