import "server-only";
import type { z } from "zod";
import { requireAdministrator, requireStudent, requireTeacher, requireUser } from "@/lib/access/session";
export { FIRST_TIME_PASSWORD } from "@/lib/access/session";
import type { SessionUser } from "@/lib/auth/session";
import { isRefusal, UNEXPECTED_MESSAGE } from "@/lib/errors";
import { storable } from "@/lib/text/storable";
import type { ActionResult } from "./action-result";
import { log } from "@/lib/log";
import { currentRequestId } from "@/lib/http/request-address";

// Every server action is built here, so each one establishes who is asking, then parses its
// input with its schema, before its handler runs; refusals (lib/errors.ts) become results.
//
// Hand-rolled rather than next-safe-action: this is all an action needs (about forty lines), its
// result shape is the one every form and test already reads, and who is asking is checked before
// the input is parsed, so an anonymous caller learns nothing, not even which fields are wrong.
//
// The action's parameter is the schema's input type (z.input), so a call with a missing or
// misspelt field does not compile; fields a form sends as text (numbers, dates) are typed as the
// schema accepts them before coercion.

type Access = "public" | "user" | "teacher" | "student" | "administrator";
type Caller<A extends Access> = A extends "public" ? null : SessionUser;
type Handler<S extends z.ZodType, T, A extends Access> = (input: z.output<S>, caller: Caller<A>) => Promise<T>;

const guards = {
  user: requireUser,
  teacher: requireTeacher,
  student: requireStudent,
  administrator: requireAdministrator,
} as const;

export function defineAction<S extends z.ZodType, T, A extends Access>(
  access: A,
  schema: S,
  handler: Handler<S, T, A>,
  options: { withFirstTimePassword?: boolean } = {},
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    try {
      // An account with a first-time password may only change it, unless the action says otherwise.
      const caller = (
        access === "public" ? null : await guards[access as Exclude<Access, "public">](options)
      ) as Caller<A>;
      // Text PostgreSQL cannot store (NUL, lone surrogates) is cleaned before anything reads it.
      const parsed = schema.safeParse(storable(input));
      if (!parsed.success) return invalidInput(parsed.error);
      return { ok: true, data: await handler(parsed.data, caller) };
    } catch (error) {
      if (isRefusal(error))
        return {
          ok: false,
          status: error.status,
          error: error.message,
          fieldErrors: error.field ? { [error.field]: error.message } : undefined,
        };
      log.error({ err: error, requestId: await currentRequestId() }, "Server action failed");
      return { ok: false, status: 500, error: UNEXPECTED_MESSAGE };
    }
  };
}

function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, status: 400, error: "Please correct the highlighted fields.", fieldErrors };
}
