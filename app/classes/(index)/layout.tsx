import type { ReactNode } from "react";
import { requirePageUser } from "@/lib/auth/require-page-user";

// Who may open the page is settled here, above its loading boundary: a redirect to sign in from
// inside the boundary would come after a 200 had been sent.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageUser("TEACHER");
  return children;
}
