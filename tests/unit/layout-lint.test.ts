// The layout's rules are lint rules (eslint.config.mjs): each fails on the code it forbids, with
// the domain list read from lib/'s folders, so a domain made tomorrow is covered today.
import { mkdirSync, rmSync } from "node:fs";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

// A domain made today: a folder of lib/ that the config has never been told of.
const NEW_DOMAIN = "lib/zz-a-domain-made-today";
mkdirSync(NEW_DOMAIN, { recursive: true });
afterAll(() => rmSync(NEW_DOMAIN, { recursive: true, force: true }));
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("the layout's lint rules", () => {
  it("refuse a domain import in lib/access, which sits below the domains", async () => {
    expect(
      await problems(
        "lib/access/probe.ts",
        'import { getMarkbook } from "@/lib/markbook/store/markbook";\nexport const x = getMarkbook;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*lib\/access imports only the database/)]);
    expect(
      await problems("lib/access/probe.ts", 'import { db } from "@/lib/db/client";\nexport const x = db;\n'),
    ).toEqual([]);
  });

  it("refuse the database, an access scope or a store in any domain's rules, schema and views, a new domain's included", async () => {
    for (const [filePath, source] of [
      ["lib/markbook/rules.ts", "@/lib/db/client"],
      ["lib/revision/rules/fsrs-probe.ts", "@/lib/access/revision"],
      [`${NEW_DOMAIN}/schema.ts`, "@/lib/access/classes"],
      ["lib/library/views.ts", "./store/search"],
    ]) {
      expect(
        await problems(filePath!, `import { probe } from "${source}";\nexport const x = probe;\n`),
        filePath,
      ).toEqual([expect.stringMatching(/^no-restricted-imports: .*stay pure/)]);
    }
    // A type from the database's client is not a query.
    expect(
      await problems(
        "lib/markbook/views.ts",
        'import type { Prisma } from "@/generated/prisma/client";\nexport type X = Prisma.UserWhereInput;\n',
      ),
    ).toEqual([]);
  });

  it("refuse process.env anywhere but lib/env.ts", async () => {
    for (const filePath of [
      "components/probe.ts",
      "lib/marking/store/probe.ts",
      "scripts/probe.ts",
      "tests/unit/probe.ts",
    ]) {
      expect(await problems(filePath, "export const x = process.env.SECRET;\n"), filePath).toEqual([
        expect.stringMatching(/^no-restricted-properties: .*lib\/env\.ts/),
      ]);
    }
    expect(await problems("lib/env.ts", "export const x = process.env.SECRET;\n")).toEqual([]);
    // instrumentation.ts reads NEXT_RUNTIME itself, for Next's bundler, and nothing else.
    expect(
      await problems(
        "instrumentation.ts",
        "export const a = process.env.NEXT_RUNTIME;\nexport const b = process.env.SECRET;\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: .*only process\.env\.NEXT_RUNTIME/)]);
  });
});
