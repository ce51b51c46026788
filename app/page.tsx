import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";

// Each role lands where its work is.
export default async function HomePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  redirect(user.role === "TEACHER" ? "/classes" : "/assignments");
}
