import { z } from "zod";

// Field rules shared by every form, each with a message that says what to fix.
export const ZEmail = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email addresses are at most 254 characters")
  .pipe(z.email({ error: "Enter an email address like name@school.org" }));

export const ZPersonName = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "Names are at most 100 characters");

export const ZNewPassword = z
  .string({ error: "Enter a password" })
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

export const ZClassName = z
  .string({ error: "Enter a class name" })
  .trim()
  .min(1, "Enter a class name")
  .max(80, "Class names are at most 80 characters");

export const ZJoinCode = z
  .string({ error: "Enter the join code your teacher gave you" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, "Join codes look like ABCD-2345")
  .transform((code) => (code.includes("-") ? code : `${code.slice(0, 4)}-${code.slice(4)}`));

export const ZId = z
  .string({ error: "Missing id" })
  .min(1, "Missing id")
  .max(64, "Invalid id")
  .regex(/^[a-z0-9]+$/i, "Invalid id");
