import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import { AuthzError } from "@/lib/authz";

// For pages: a read that refuses with "not found" (someone else's deck, class or student) becomes
// null, for notFound(); any other failure still surfaces.
export async function foundOrNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if ((error instanceof ActionError || error instanceof AuthzError) && error.status === 404) return null;
    throw error;
  }
}
