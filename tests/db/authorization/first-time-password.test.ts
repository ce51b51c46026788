// M3: a first-time password (one a teacher or administrator printed on a slip) opens nothing but
// the account page. Every route handler, the autosave included, refuses the very caller it would
// answer once that caller's password is still the one they were given, and changes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { FIRST_TIME_PASSWORD } from "@/lib/access/session";
import { actAs } from "../../helpers/act-as";
import { resetDatabase } from "../../helpers/test-database";
import { ROUTE_CASES } from "./cases/routes";
import { buildWorld, callerUser, db, snapshot } from "./world";

afterAll(() => db.$disconnect());

describe("M3: a first-time password opens no route", () => {
  for (const [name, testCase] of Object.entries(ROUTE_CASES)) {
    it(`${name} refuses its rightful caller (${testCase.rightful}) until the password is changed`, async () => {
      await resetDatabase();
      const world = await buildWorld();
      actAs(null);
      await testCase.arrange?.(world);
      const caller = callerUser(world, testCase.rightful)!;
      await db.user.update({ where: { id: caller.id }, data: { mustChangePassword: true } });
      const before = await snapshot();
      actAs({ ...caller, mustChangePassword: true });

      const response = await testCase.call(world);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: FIRST_TIME_PASSWORD });
      expect(await snapshot()).toBe(before);
    });
  }
});
