import type { Metadata } from "next";
import Link from "next/link";
import { Timeline } from "@/components/revision/timeline";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getTimeline } from "@/lib/revision/store/library-views";

export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage() {
  await requirePageUser();
  const events = await getTimeline();
  const themes = [
    ...new Map(events.flatMap((event) => event.themes).map((theme) => [theme.slug, theme])).values(),
  ].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>Timeline, 1917–53</h1>
      <p>
        Every dated card in the library ({events.length}), placed by year, and by month where the seed gives one. Zoom
        in to spread a period out; choose an event to read it.
      </p>
      <Timeline events={events} themes={themes} />
    </>
  );
}
