import { PageSkeleton } from "@/components/feedback/page-skeleton";

// Only this page, not the pages under it: a boundary above those would send their "not found" as 200.
export default function Loading() {
  return <PageSkeleton title="My classes" />;
}
