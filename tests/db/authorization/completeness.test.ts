// Every server action and route handler is walked as a signed-out visitor, a student of another
// class and another teacher: each is refused and changes nothing, while the rightful user
// succeeds (matrix.ts, one test file per area beside this one). A new action or route handler
// fails these completeness checks until it is added to the case tables in cases/.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
import { CASES_CLASSES_AND_ACCOUNTS } from "./cases/classes-and-accounts";
import { CASES_LIBRARY } from "./cases/library";
import { CASES_MARKING } from "./cases/marking";
import { CASES_REVISION_AND_SOURCES } from "./cases/revision-and-sources";
import { CASES_JUDGING } from "./cases/judging";
import { CASES_MODERATION } from "./cases/moderation";
import { ROUTE_HANDLERS } from "./cases/routes";

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

  it("walks every case table in a test file", () => {
    const here = path.join("tests", "db", "authorization");
    const walked = readdirSync(here)
      .filter((name) => name.endsWith(".test.ts"))
      .flatMap((name) => [...readFileSync(path.join(here, name), "utf8").matchAll(/from "\.\/cases\/([\w-]+)"/g)])
      .map((match) => match[1]);
    const tables = readdirSync(path.join(here, "cases")).map((name) => name.replace(/\.ts$/, ""));
    expect(tables.filter((table) => !walked.includes(table))).toEqual([]);
  });
});
