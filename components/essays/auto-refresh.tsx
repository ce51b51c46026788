"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Re-reads the page's server data every few seconds while it is on screen: a teacher watching an
// essay being written sees it as last saved without reloading.
export function AutoRefresh({ seconds, label }: { seconds: number; label: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return <p className="meta">{label}</p>;
}
