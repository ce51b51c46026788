import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintableFeedback } from "@/components/marking/printable-feedback";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getEssayForMarking } from "@/lib/marking/store/read";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Marked essay (print)" };

export default async function PrintMarkedEssayPage({ params }: { params: Promise<{ essayId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).essayId);
  const essay = id.success ? await getEssayForMarking(teacher, id.data) : null;
  if (!essay) notFound();
  return <PrintableFeedback essay={essay} backHref={`/marking/${essay.id}`} />;
}
