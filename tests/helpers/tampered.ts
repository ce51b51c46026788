// What a tampered or out-of-date page could send to a server action: any value at all, past the
// action's compile-time input type, so a test can check the server's own refusal.
export function tampered<T = never>(input: unknown): T {
  return input as T;
}
