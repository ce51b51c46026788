// Links in essays may only be http(s): no javascript:, data: or anything else a browser runs.
export function isAllowedLink(href: unknown): href is string {
  if (typeof href !== "string" || href.length > 2_000) return false;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
