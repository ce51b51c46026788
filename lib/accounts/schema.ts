import { z } from "zod";
import { ZEmail, ZId, ZJoinCode, ZNewPassword, ZPersonName } from "@/lib/fields";
import { INVITATION_DAYS_MAX, LINK_TOKEN, parseDomains } from "./rules";

// An invitation token as the link carries it (base64url of 32 random bytes).
export const ZInvitationToken = z
  .string()
  .trim()
  .regex(LINK_TOKEN, "This invitation link is not valid. Check you copied the whole link, or ask for a new one.");

export const ZSignUpInput = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
  invitation: ZInvitationToken.optional(),
  // The setup link's token (printed by the server while there is no administrator).
  setup: ZInvitationToken.optional(),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZStudentSignUpInput = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
  joinCode: ZJoinCode,
});
export type TStudentSignUpInput = z.infer<typeof ZStudentSignUpInput>;

export const ZChangePasswordInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: ZNewPassword })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password").max(200) });

export const ZCurationRightInput = z.object({
  teacherId: ZId,
  granted: z.boolean({ error: "Say whether to grant the right" }),
});

export const ZCreateInvitationInput = z.object({
  // Empty: anyone with the link may use it (once).
  email: z
    .union([z.literal("").transform(() => null), ZEmail])
    .optional()
    .transform((email) => email ?? null),
  days: z.coerce
    .number({ error: "Enter how many days the link works" })
    .int("Enter a whole number of days")
    .min(1, "Links work for at least 1 day")
    .max(INVITATION_DAYS_MAX, `Links work for at most ${INVITATION_DAYS_MAX} days`),
});

export const ZInvitationIdInput = z.object({ invitationId: ZId });

export const ZInstallationSettingsInput = z.object({
  openTeacherSignUp: z.boolean({ error: "Say whether anyone may create a teacher account" }),
  teacherEmailDomains: z
    .string()
    .max(2_000, "List at most 2,000 characters of domains")
    .transform((text, context) => {
      const { domains, bad } = parseDomains(text);
      if (bad.length)
        context.addIssue({
          code: "custom",
          message: `Not a domain: ${bad
            .slice(0, 3)
            .map((entry) => `“${entry}”`)
            .join(", ")}. Write domains like school.example.org, one a line or with commas between them.`,
        });
      if (domains.length > 50) context.addIssue({ code: "custom", message: "List at most 50 domains" });
      return domains;
    }),
});

// A teacher resets a student's password (in one of their classes); the administrator a teacher's.
export const ZResetStudentPasswordInput = z.object({ classId: ZId, studentId: ZId });
export const ZResetTeacherPasswordInput = z.object({ teacherId: ZId });

// The administrator deletes a student's account and everything of theirs, typing its email to confirm.
export const ZDeleteStudentInput = z.object({ studentId: ZId, confirmEmail: z.string().trim().toLowerCase().max(254) });

export const ZPasswordResetRequestInput = z.object({ email: ZEmail });
export const ZPasswordResetInput = z.object({
  token: z.string().trim().regex(LINK_TOKEN, "This password reset link is not valid. Ask for a new one."),
  newPassword: ZNewPassword,
});

export const ZTeacherActiveInput = z.object({
  teacherId: ZId,
  active: z.boolean({ error: "Say whether the account is on or off" }),
});

export const ZNoInput = z.object({}).strict();
