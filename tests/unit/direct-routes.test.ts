// The production server answers the app's direct routes by method and path alone; everything else
// (other methods on the same address, other addresses, pages) must fall through to Next.
import { describe, expect, it } from "vitest";
import { AUTOSAVE_ROUTE, autosaveUrl } from "@/lib/essays/autosave-contract";
import { matchDirectRoute, type DirectRoute } from "@/lib/http/direct-route-registry";

const answer = async () => ({ status: 200, body: {} });
const routes: DirectRoute[] = [{ ...AUTOSAVE_ROUTE, answer }];

describe("direct routes", () => {
  it("matches the autosave's method and path, with its parameter decoded", () => {
    expect(matchDirectRoute(routes, "PUT", "/api/essays/abc123")?.params).toEqual({ essayId: "abc123" });
    expect(matchDirectRoute(routes, "PUT", "/api/essays/abc123/?x=1")?.params).toEqual({ essayId: "abc123" });
    expect(matchDirectRoute(routes, "PUT", autosaveUrl("a b"))?.params).toEqual({ essayId: "a b" });
  });

  it("leaves other methods, deeper paths and other addresses to Next", () => {
    expect(matchDirectRoute(routes, "GET", "/api/essays/abc123")).toBeNull();
    expect(matchDirectRoute(routes, "PUT", "/api/essays/abc123/feedback-docx")).toBeNull();
    expect(matchDirectRoute(routes, "PUT", "/api/essays/")).toBeNull();
    expect(matchDirectRoute(routes, "PUT", "/library")).toBeNull();
    expect(matchDirectRoute([], "PUT", "/api/essays/abc123")).toBeNull();
  });

  it("passes an undecodable parameter on as empty, for the route to answer as not found", () => {
    expect(matchDirectRoute(routes, "PUT", "/api/essays/%E0%A4%A")?.params).toEqual({ essayId: "" });
  });

  it("the autosave's Next route file sits at the path the direct route owns", async () => {
    const { existsSync } = await import("node:fs");
    expect(existsSync(`app${AUTOSAVE_ROUTE.path.replace(/:(\w+)/g, "[$1]")}/route.ts`)).toBe(true);
  });
});
