// Lint: run by `npm test` before the test tiers, and by `npm run lint`; zero warnings allowed.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layout's rules (README, "Layout"), checked rather than remembered.
//
// Every folder of lib/ is a domain except the shared infrastructure named here, so a new domain
// is covered by the rules below the day its folder is made.
const INFRASTRUCTURE = ["access", "auth", "content", "db", "editor", "http", "server-actions", "text"];
const DOMAINS = readdirSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !INFRASTRUCTURE.includes(entry.name))
  .map((entry) => entry.name);
const inDomains = (...parts) => parts.map((part) => `lib/{${DOMAINS.join(",")}}/${part}`);

const noActionsFromLib = {
  group: ["@/lib/*/actions", "./actions", "../actions"],
  message: "Nothing under lib/ calls a server action: call the domain's store instead.",
};
// Pure parts reach nothing that queries: not the database, not an access scope, not a store.
const noDatabaseFromPure = {
  regex: "^(@/lib/(db|access)/|@/lib/[^/]+/store(/|$)|(\\.{1,2}/)+store(/|$)|@/generated/prisma/client$|pg$)",
  allowTypeImports: true,
  message:
    "rules, schema and views stay pure (the browser imports them): no database, no access scope, no store. Types alone may be imported.",
};
// lib/access is the layer under the domains: the database, the session and errors, nothing else.
const accessImportsOnly = {
  regex: "^(@/lib/(?!access/|db/|auth/session$|errors$)|@/app/|@/components/|\\.\\./)",
  message: "lib/access imports only the database (lib/db), the session (lib/auth/session), errors and itself.",
};

export default tseslint.config(
  {
    ignores: ["node_modules/", ".next/", "generated/", ".data/", "test-results/", "bench/results/", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["info", "warn", "error"] }],
      // One file reads the environment, and says what every variable is.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through lib/env.ts, its only reader." },
      ],
    },
  },
  {
    files: ["lib/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // One exception: Next's bundler replaces process.env.NEXT_RUNTIME with a constant while it
    // builds, and only that literal check keeps the Node-only code out of the Edge runtime's build.
    files: ["instrumentation.ts"],
    rules: {
      "no-restricted-properties": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[property.name='NEXT_RUNTIME'] > MemberExpression.object)",
          message:
            "Read the environment through lib/env.ts; only process.env.NEXT_RUNTIME is read here, for the bundler.",
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/*/actions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noActionsFromLib,
            { group: ["@/app/*", "@/components/*"], message: "lib/ does not depend on the UI." },
          ],
        },
      ],
    },
  },
  {
    files: inDomains("{rules,schema,views}.ts", "rules/**/*.ts"),
    rules: { "no-restricted-imports": ["error", { patterns: [noActionsFromLib, noDatabaseFromPure] }] },
  },
  {
    files: ["lib/access/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [accessImportsOnly] }] },
  },
  {
    // Scripts, tests and benchmarks print what they do.
    files: ["scripts/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs"],
    rules: { "no-console": "off" },
  },
);
