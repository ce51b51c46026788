// The only reader of process.env for the app. Scripts set DATABASE_URL before the app starts.
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, which provides one." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
