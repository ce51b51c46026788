// Walks a table of cases: for each action (or route handler), every caller who must be refused,
// then the rightful caller. One world is built and arranged per case, not per caller: each refused
// call is checked to leave every table exactly as arranged, which is what lets the next caller
// use the same world. The rightful call changes it, so it runs last, and the world is rebuilt for
// whichever test needs it next. A test run alone, or in another order, rebuilds what it needs, so
// every test still stands on its own.
import { afterAll, describe, expect, it } from "vitest";
import { actAs } from "../../helpers/act-as";
import { resetDatabase } from "../../helpers/test-database";
import { buildWorld, callerUser, db, snapshot, type Caller, type Case, type World } from "./world";
import type { RouteCase } from "./cases/routes";

type Arranged = { key: string; world: World; before: string };
let current: Arranged | null = null;

// The world arranged for this case, as a refused caller left it (untouched), or built afresh.
async function arrangedFor(key: string, arrange: ((world: World) => Promise<unknown>) | undefined): Promise<Arranged> {
  if (current?.key === key) return current;
  current = null;
  await resetDatabase();
  const world = await buildWorld();
  actAs(null);
  await arrange?.(world);
  current = { key, world, before: await snapshot() };
  return current;
}

// A refused call must change nothing; if it did, the world is spent and the test fails.
async function expectUnchanged(arranged: Arranged) {
  const after = await snapshot();
  if (after !== arranged.before) current = null;
  expect(after).toBe(arranged.before);
}

export function walkActionCases(cases: Record<string, Case>) {
  afterAll(() => db.$disconnect());
  describe("authorization", () => {
    for (const [name, testCase] of Object.entries(cases)) {
      for (const [caller, status] of Object.entries(testCase.refused)) {
        it(`${name} refuses ${caller} (${status}) and changes nothing`, async () => {
          const arranged = await arrangedFor(name, testCase.arrange);
          actAs(callerUser(arranged.world, caller as Caller));
          const result = await testCase.call(arranged.world);
          expect(result).toMatchObject({ ok: false, status });
          await expectUnchanged(arranged);
        });
      }

      it(`${name} succeeds for ${testCase.rightful}`, async () => {
        const { world } = await arrangedFor(name, testCase.arrange);
        current = null;
        actAs(callerUser(world, testCase.rightful));
        const result = await testCase.call(world);
        expect(result).toMatchObject({ ok: true });
        await testCase.effect(world);
      });
    }
  });
}

export function walkRouteCases(cases: Record<string, RouteCase>) {
  afterAll(() => db.$disconnect());
  describe("authorization", () => {
    for (const [name, testCase] of Object.entries(cases)) {
      for (const [caller, status] of Object.entries(testCase.refused)) {
        it(`${name} refuses ${caller} (${status})`, async () => {
          const arranged = await arrangedFor(`route ${name}`, testCase.arrange);
          actAs(callerUser(arranged.world, caller as Caller));
          const response = await testCase.call(arranged.world);
          expect(response.status).toBe(status);
          expect(await response.json()).toMatchObject({ error: expect.any(String) });
          await expectUnchanged(arranged);
        });
      }

      it(`${name} answers ${testCase.rightful}`, async () => {
        const { world } = await arrangedFor(`route ${name}`, testCase.arrange);
        current = null;
        actAs(callerUser(world, testCase.rightful));
        const response = await testCase.call(world);
        expect(response.status).toBe(200);
        await testCase.check(response, world);
      });
    }
  });
}
