import { env } from "@/lib/env";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getClassForTeacher } from "@/lib/classes/store/classes";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Join code" };

// The join code large enough to read from the back of a classroom, for the projector.
export default async function ShowJoinCodePage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const classId = ZId.safeParse((await params).classId);
  const found = classId.success ? await getClassForTeacher(teacher, classId.data) : null;
  if (!found) notFound();
  const siteUrl = env().NEXTAUTH_URL;
  const host = siteUrl ? new URL(siteUrl).host : ((await headers()).get("host") ?? "this site");
  return (
    <section className="show-to-class" aria-labelledby="join-heading">
      <h1 id="join-heading">Join {found.name}</h1>
      <p className="show-step">
        Go to <strong>{host}/join</strong> and enter
      </p>
      <p className="show-code" data-testid="shown-join-code">
        {found.joinCode}
      </p>
      <p className="no-print">
        <Link href={`/classes/${found.id}`}>Back to the class</Link>
      </p>
    </section>
  );
}
