import "server-only";
import type { z } from "zod";
import { AuthzError, requireStudent, requireTeacher, requireUser } from "@/lib/authz";
import type { SessionUser } from "@/lib/auth/session";

// Every server action is built here, so each one parses its input with its schema and
// establishes who is asking before its handler runs. Results, never thrown errors, reach the
// browser: a message to show, field messages to put beside the fields, and no internals.

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 500; error: string; fieldErrors?: Record<string, string> };

// A failure the person can act on, e.g. a join code that matches no class.
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

type Access = "public" | "user" | "teacher" | "student";
type Handler<S extends z.ZodType, T, A extends Access> = (input: z.infer<S>, user: A extends "public" ? null : SessionUser) => Promise<T>;

const guards = { user: requireUser, teacher: requireTeacher, student: requireStudent } as const;

export function defineAction<S extends z.ZodType, T, A extends Access>(access: A, schema: S, handler: Handler<S, T, A>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      // Who is asking comes first: an anonymous caller learns nothing, not even which fields are wrong.
      const user = access === "public" ? null : await guards[access as Exclude<Access, "public">]();
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalid(parsed.error);
      return { ok: true, data: await handler(parsed.data, user as A extends "public" ? null : SessionUser) };
    } catch (error) {
      if (error instanceof AuthzError) return { ok: false, status: error.status, error: error.message };
      if (error instanceof ActionError) {
        return { ok: false, status: error.status, error: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
      }
      console.error("Server action failed", error);
      return { ok: false, status: 500, error: "Something went wrong and nothing was changed. Please try again." };
    }
  };
}

function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, status: 400, error: "Please correct the highlighted fields.", fieldErrors };
}
