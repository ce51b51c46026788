// Random Unicode, including what PostgreSQL cannot store (NUL, lone surrogates), sent through every
// text input of every server action and of the autosave: each answer is a success or a refusal
// with a message (4xx), never a 500. The actions' inputs are the authorization matrix's own, so a
// new action is covered as soon as it is in the matrix; each text field is replaced in turn.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as saveRoute } from "@/app/api/essays/[essayId]/route";
import type { ActionResult } from "@/lib/server-actions/action-result";
import type * as DefineActionModule from "@/lib/server-actions/define-action";
import { actAs } from "../helpers/act-as";
import { resetDatabase } from "../helpers/test-database";
import { CASES_CLASSES_AND_ACCOUNTS } from "./authorization/cases/classes-and-accounts";
import { CASES_LIBRARY } from "./authorization/cases/library";
import { CASES_MARKING } from "./authorization/cases/marking";
import { CASES_REVISION_AND_SOURCES } from "./authorization/cases/revision-and-sources";
import { buildWorld, callerUser, db, type World } from "./authorization/world";

// Calling a matrix case with `capture.on` records the input it sends, and the real action.
const capture = vi.hoisted(() => ({
  on: false,
  input: undefined as unknown,
  action: undefined as ((input: unknown) => Promise<unknown>) | undefined,
}));
vi.mock("@/lib/server-actions/define-action", async (importOriginal) => {
  const real = await importOriginal<typeof DefineActionModule>();
  return {
    defineAction: (...args: Parameters<typeof real.defineAction>) => {
      const action = real.defineAction(...args) as (input: unknown) => Promise<unknown>;
      return async (input: unknown) => {
        if (!capture.on) return action(input);
        capture.input = input;
        capture.action = action;
        return { ok: true, data: undefined };
      };
    },
  };
});

afterAll(() => db.$disconnect());
const CASES = { ...CASES_CLASSES_AND_ACCOUNTS, ...CASES_LIBRARY, ...CASES_MARKING, ...CASES_REVISION_AND_SOURCES };

// A seeded generator, so a failure names an input that can be sent again.
function randomTexts(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const PIECES = [
    "\u0000",
    "\ud800",
    "\udfff",
    "\ud83d\ude00",
    "\u202e",
    "e\u0301",
    "斯大林",
    "Сталин",
    "\uffff",
    "\ufeff",
    "\u0007",
    "'; DROP TABLE",
    "<script>",
    "\\u0000",
    " ",
    "\n",
    "a",
    "1934",
  ] as const;
  return () => {
    const length = next() < 0.05 ? 3_000 : Math.floor(next() * 24);
    let text = "";
    for (let index = 0; index < length; index++)
      text += next() < 0.5 ? pick(PIECES) : String.fromCharCode(Math.floor(next() * 0x10000));
    return text;
  };
}

// Every path to a string inside a value.
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withStringAt(value: unknown, path: (string | number)[], text: string): unknown {
  if (!path.length) return text;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = text;
  return copy;
}

const seedOf = (name: string) =>
  [...name].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619), 2166136261);

function expectAnAnswer(result: unknown, sent: unknown) {
  const answer = result as ActionResult<unknown>;
  const described = `for ${JSON.stringify(sent).slice(0, 300)}: ${JSON.stringify(answer).slice(0, 300)}`;
  if (answer.ok) return;
  expect(answer.status, described).toBeGreaterThanOrEqual(400);
  expect(answer.status, described).toBeLessThan(500);
  expect(answer.error, described).toMatch(/\S/);
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  actAs(null);
});

describe("random Unicode through every server action", () => {
  for (const [name, testCase] of Object.entries(CASES)) {
    it(`${name} answers every text field's random Unicode with a success or a message`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      capture.on = true;
      await testCase.call(world);
      capture.on = false;
      const { input, action } = capture;
      const text = randomTexts(seedOf(name));
      const paths = stringPaths(input);
      for (const path of paths) {
        for (let attempt = 0; attempt < 3; attempt++) {
          const sent = withStringAt(input, path, text());
          expectAnAnswer(await action!(sent), sent);
        }
      }
      const everywhere = paths.reduce((value, path) => withStringAt(value, path, text()), input);
      expectAnAnswer(await action!(everywhere), everywhere);
    });
  }
});

describe("random Unicode through the autosave", () => {
  it("saves (cleaned) or refuses with a message, never a 500, and a NUL never stops the next save", async () => {
    actAs(world.student);
    const text = randomTexts(seedOf("autosave"));
    let version = 0;
    for (let attempt = 0; attempt < 40; attempt++) {
      const body = JSON.stringify({
        baseVersion: version,
        document: {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: `${text()}x` }] },
            { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: `${text()}y` }] },
          ],
        },
        plan: { argument: text(), points: [text(), text()] },
      });
      const response = await saveRoute(
        new Request(`http://localhost/api/essays/${world.essay.id}`, { method: "PUT", body }),
        { params: Promise.resolve({ essayId: world.essay.id }) },
      );
      const answer = (await response.json()) as { version?: number; error?: string };
      expect(response.status, `${body.slice(0, 200)} → ${JSON.stringify(answer)}`).toBeLessThan(500);
      if (response.status === 200) version = answer.version!;
      else expect(answer.error).toMatch(/\S/);
    }
    // A NUL and half an emoji in the middle of the words are removed and replaced; the words after them are stored.
    const response = await saveRoute(
      new Request(`http://localhost/api/essays/${world.essay.id}`, {
        method: "PUT",
        body: JSON.stringify({
          baseVersion: version,
          document: {
            type: "doc",
            content: [
              {
                type: "paragraph",
                content: [{ type: "text", text: "Before\u0000after \ud83d and the words typed later." }],
              },
            ],
          },
        }),
      }),
      { params: Promise.resolve({ essayId: world.essay.id }) },
    );
    expect(response.status).toBe(200);
    expect((await db.essay.findUniqueOrThrow({ where: { id: world.essay.id } })).plainText).toBe(
      "Beforeafter \ufffd and the words typed later.",
    );
  });
});
