// The installation's administrator, made from the command line (npm run admin:create): for a
// production installation, where nobody should race to sign up first. An existing teacher is
// made administrator; a new account gets a first-time password, printed once, to be changed at
// its first sign-in.
import { generateFirstPassword, hashPassword } from "@/lib/auth/password";
import type { DatabaseClient } from "@/lib/db/create-database";
import { ZEmail, ZPersonName } from "@/lib/fields";

export type AdministratorOutcome =
  | { kind: "promoted"; email: string }
  | { kind: "already"; email: string }
  | { kind: "created"; email: string; firstPassword: string };

export async function makeAdministrator(
  db: DatabaseClient,
  input: { email: string; name: string | undefined },
): Promise<AdministratorOutcome> {
  const email = ZEmail.safeParse(input.email);
  if (!email.success)
    throw new Error(
      `${email.error.issues[0]!.message}: npm run admin:create -- --email head.of.history@school.org --name "Ms Head"`,
    );
  const existing = await db.user.findUnique({
    where: { email: email.data },
    select: { id: true, role: true, isAdministrator: true },
  });
  if (existing?.role === "STUDENT")
    throw new Error(`${email.data} is a student's account; an administrator must be a teacher. Use another email.`);
  if (existing?.isAdministrator) return { kind: "already", email: email.data };
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { isAdministrator: true } });
    return { kind: "promoted", email: email.data };
  }
  const name = ZPersonName.safeParse(input.name ?? "");
  if (!name.success)
    throw new Error(
      `A new account needs a name: add --name "Ms Head" (${name.error.issues[0]!.message.toLowerCase()}).`,
    );
  const firstPassword = generateFirstPassword();
  await db.user.create({
    data: {
      email: email.data,
      name: name.data,
      role: "TEACHER",
      isAdministrator: true,
      mustChangePassword: true,
      passwordHash: await hashPassword(firstPassword),
    },
  });
  return { kind: "created", email: email.data, firstPassword };
}
