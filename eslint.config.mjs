// Lint: run by `npm test` before the test tiers, and by `npm run lint`; zero warnings allowed.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layout's rules (README, "Layout"), checked rather than remembered.
const DOMAINS = "accounts|classes|assignments|library|essays|marking|sources|revision";
const noActionsFromLib = {
  group: ["@/lib/*/actions", "./actions", "../actions"],
  message: "Nothing under lib/ calls a server action: call the domain's store or policy instead.",
};
const noServerFromPure = {
  group: [
    "@/lib/*/store",
    "@/lib/*/store/*",
    "@/lib/*/policy",
    "@/lib/db/client",
    "./store",
    "./store/*",
    "./policy",
    "../store/*",
    "../policy",
  ],
  message: "rules.ts, schema.ts and views.ts stay pure (the browser imports them): no queries, no policy.",
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "generated/", ".data/", "test-results/", "bench/results/", "next-env.d.ts"] },
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
    files: [
      `lib/{${DOMAINS.split("|").join(",")}}/{rules,schema,views}.ts`,
      `lib/{${DOMAINS.split("|").join(",")}}/rules/*.ts`,
    ],
    rules: { "no-restricted-imports": ["error", { patterns: [noActionsFromLib, noServerFromPure] }] },
  },
  {
    // Scripts, tests and benchmarks print what they do.
    files: ["scripts/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs"],
    rules: { "no-console": "off" },
  },
);
