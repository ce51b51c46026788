import { hash, verify } from "@node-rs/argon2";
import { randomInt } from "node:crypto";

// Argon2id at OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account exists takes as long as a real check, so the time a
// sign-in takes does not reveal whether the email is registered.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("no-account-has-this-password");
  await verifyPassword(await dummyHash, password);
  return false;
}

// First-time passwords a teacher hands out: four short words are easy to read aloud and type.
const WORDS = [
  "amber",
  "birch",
  "cedar",
  "delta",
  "ember",
  "fable",
  "grove",
  "harbor",
  "island",
  "juniper",
  "kestrel",
  "lantern",
  "meadow",
  "nectar",
  "orchard",
  "pebble",
  "quartz",
  "river",
  "saffron",
  "timber",
  "umber",
  "valley",
  "willow",
  "yarrow",
  "zephyr",
  "falcon",
  "granite",
  "harvest",
  "indigo",
  "jasmine",
  "kettle",
  "lagoon",
];
export function generateFirstPassword(): string {
  return Array.from({ length: 4 }, () => WORDS[randomInt(WORDS.length)]).join("-") + `-${randomInt(10, 100)}`;
}
