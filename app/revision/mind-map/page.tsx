import type { Metadata } from "next";
import Link from "next/link";
import { MindMap } from "@/components/revision/mind-map";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getMindMap } from "@/lib/revision/store/library-views";

export const metadata: Metadata = { title: "Mind map" };

export default async function MindMapPage() {
  await requirePageUser();
  const branches = await getMindMap();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>Mind map: Stalin in power</h1>
      <p>
        The branches of the seed mind map. Open a branch to read its evidence from the library, or build a deck from it.
      </p>
      <MindMap branches={branches} />
    </>
  );
}
