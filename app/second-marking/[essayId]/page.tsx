import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { SecondMarkForm } from "@/components/marking/second-marking";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ZId } from "@/lib/fields";
import { getEssayForSecondMarking } from "@/lib/moderation/store/second-marks";

export const metadata: Metadata = { title: "Second marking" };

export default async function SecondMarkEssayPage({ params }: { params: Promise<{ essayId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).essayId);
  const essay = id.success ? await getEssayForSecondMarking(teacher, id.data) : null;
  if (!essay) notFound();
  const { markScheme } = essay.assignment;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/second-marking">Second marking</Link>
      </p>
      <h1>{essay.assignment.prompt.text}</h1>
      <p className="meta">Marked blind: the first mark and its comments are hidden until both of you have marked.</p>
      <div className="second-marking-layout">
        <EssayDocumentView document={essay.document} label="The essay" />
        <aside aria-label="Your mark">
          <h2>{markScheme.name}</h2>
          <ul className="level-list">
            {markScheme.levels.map((band) => (
              <li key={band.level}>
                <strong>
                  Level {band.level} ({band.minMarks}–{band.maxMarks})
                </strong>
                : {band.descriptor}
              </li>
            ))}
          </ul>
          {essay.secondMark?.agreedAt ? (
            <p role="status">
              The class&apos;s teacher has agreed this essay&apos;s mark. Your mark was Level {essay.secondMark.level} ·{" "}
              {essay.secondMark.mark}.
            </p>
          ) : (
            <SecondMarkForm essayId={essay.id} levels={markScheme.levels} initial={essay.secondMark} />
          )}
        </aside>
      </div>
    </>
  );
}
