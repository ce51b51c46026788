// The one error type the app's own code throws for a refusal the person can act on. Framework-free:
// each entry point maps it once — server actions to an ActionResult (lib/server-actions), route
// handlers and the direct autosave to an HTTP answer (lib/http/answer.ts), pages to notFound()
// (foundOrNull below). Anything else that is thrown is a bug, logged and answered as a 500 whose
// message reveals nothing.

export type RefusalKind =
  "invalid" | "unauthenticated" | "forbidden" | "not-found" | "conflict" | "too-large" | "too-many";

export const HTTP_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "too-many": 429,
} as const satisfies Record<RefusalKind, number>;

export type RefusalStatus = (typeof HTTP_STATUS)[RefusalKind];

// Recognised by a brand, not by class: the production build loads the app twice
// (instrumentation.ts and the routes are bundled apart), each with its own copy of this class.
const BRAND = Symbol.for("workbench.Refusal");

export class Refusal extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly kind: RefusalKind,
    // Shown to the person as it is: say what to fix.
    message: string,
    // The form field the message belongs beside, if any.
    readonly field?: string,
  ) {
    super(message);
    this.name = "Refusal";
  }

  get status(): RefusalStatus {
    return HTTP_STATUS[this.kind];
  }
}

export function isRefusal(error: unknown): error is Refusal {
  return typeof error === "object" && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;
}

export const invalid = (message: string, field?: string) => new Refusal("invalid", message, field);
export const unauthenticated = (message = "Please sign in to do that.") => new Refusal("unauthenticated", message);
export const forbidden = (message: string, field?: string) => new Refusal("forbidden", message, field);
export const notFound = (message: string, field?: string) => new Refusal("not-found", message, field);
export const conflict = (message: string, field?: string) => new Refusal("conflict", message, field);
export const tooLarge = (message: string) => new Refusal("too-large", message);
export const tooMany = (message: string, field?: string) => new Refusal("too-many", message, field);

// What any entry point says for an error that is not a Refusal: nothing about the internals.
export const UNEXPECTED_MESSAGE = "Something went wrong and nothing was changed. Please try again.";

// For pages: a read refused as "not found" (someone else's deck, class or student) becomes null,
// for notFound(); any other failure still surfaces.
export async function foundOrNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isRefusal(error) && error.kind === "not-found") return null;
    throw error;
  }
}
