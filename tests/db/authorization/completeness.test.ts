// Every server action and route handler, walked as a signed-out visitor, a student of another
// class and another teacher: each is refused and changes nothing, while the rightful user
// succeeds. A new action or route handler fails the completeness checks until it is added to the
// case tables beside this file (tests/db/authorization/), one per area.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { actAs } from "../helpers/act-as";
import { resetDatabase } from "../helpers/test-database";
import * as accountActions from "@/lib/accounts/actions";
import * as assignmentActions from "@/lib/assignments/actions";
import * as classActions from "@/lib/classes/actions";
import * as libraryActions from "@/lib/library/actions";
import * as essayActions from "@/lib/essays/actions";
import * as markingActions from "@/lib/marking/actions";
import * as revisionActions from "@/lib/revision/actions";
import * as sourceActions from "@/lib/sources/actions";
import * as judgingActions from "@/lib/judging/actions";
import * as moderationActions from "@/lib/moderation/actions";
import { CASES_CLASSES_AND_ACCOUNTS } from "./authorization/classes-and-accounts";
import { CASES_LIBRARY } from "./authorization/library";
import { CASES_MARKING } from "./authorization/marking";
import { CASES_REVISION_AND_SOURCES } from "./authorization/revision-and-sources";
import { CASES_JUDGING } from "./authorization/judging";
import { CASES_MODERATION } from "./authorization/moderation";
import { ROUTE_CASES, ROUTE_HANDLERS } from "./authorization/routes";
import { buildWorld, callerUser, db, snapshot, type Caller, type World } from "./authorization/world";

afterAll(() => db.$disconnect());

const CASES = {
  ...CASES_CLASSES_AND_ACCOUNTS,
  ...CASES_LIBRARY,
  ...CASES_MARKING,
  ...CASES_REVISION_AND_SOURCES,
  ...CASES_JUDGING,
  ...CASES_MODERATION,
};

function findFiles(folder: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? findFiles(full, wanted) : wanted(entry.name) ? [full] : [];
  });
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  actAs(null);
});

describe("authorization", () => {
  it("covers every exported server action", () => {
    const exported = [
      ...Object.keys(accountActions).map((name) => `accounts.${name}`),
      ...Object.keys(assignmentActions).map((name) => `assignments.${name}`),
      ...Object.keys(classActions).map((name) => `classes.${name}`),
      ...Object.keys(libraryActions).map((name) => `library.${name}`),
      ...Object.keys(essayActions).map((name) => `essays.${name}`),
      ...Object.keys(markingActions).map((name) => `marking.${name}`),
      ...Object.keys(revisionActions).map((name) => `revision.${name}`),
      ...Object.keys(sourceActions).map((name) => `sources.${name}`),
      ...Object.keys(judgingActions).map((name) => `judging.${name}`),
      ...Object.keys(moderationActions).map((name) => `moderation.${name}`),
    ];
    // Server actions live only in each domain's actions.ts, and every one of those is imported above.
    const actionFiles = ["lib", "app", "components"]
      .flatMap((folder) => findFiles(folder, (name) => /\.tsx?$/.test(name)))
      .filter((file) => /^["']use server["']/m.test(readFileSync(file, "utf8")));
    expect(actionFiles.sort()).toEqual(
      [
        "accounts",
        "assignments",
        "classes",
        "essays",
        "judging",
        "library",
        "marking",
        "moderation",
        "revision",
        "sources",
      ].map((domain) => path.join("lib", domain, "actions.ts")),
    );
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });

  it("covers every route handler", () => {
    expect(findFiles("app", (name) => name === "route.ts").sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  for (const [name, testCase] of Object.entries(ROUTE_CASES)) {
    for (const [caller, status] of Object.entries(testCase.refused)) {
      it(`${name} refuses ${caller} (${status})`, async () => {
        await testCase.arrange?.(world);
        actAs(callerUser(world, caller as Caller));
        const response = await testCase.call(world);
        expect(response.status).toBe(status);
        expect(await response.json()).toMatchObject({ error: expect.any(String) });
      });
    }
    it(`${name} answers ${testCase.rightful}`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      const response = await testCase.call(world);
      expect(response.status).toBe(200);
      await testCase.check(response, world);
    });
  }

  for (const [name, testCase] of Object.entries(CASES)) {
    for (const [caller, status] of Object.entries(testCase.refused)) {
      it(`${name} refuses ${caller} (${status}) and changes nothing`, async () => {
        await testCase.arrange?.(world);
        const before = await snapshot();
        actAs(callerUser(world, caller as Caller));
        const result = await testCase.call(world);
        expect(result).toMatchObject({ ok: false, status });
        expect(await snapshot()).toBe(before);
      });
    }

    it(`${name} succeeds for ${testCase.rightful}`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      const result = await testCase.call(world);
      expect(result).toMatchObject({ ok: true });
      await testCase.effect(world);
    });
  }
});
