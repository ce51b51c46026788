import { z } from "zod";
import { ZEmail, ZId, ZJoinCode, ZNewPassword, ZPersonName } from "@/lib/fields";

export const ZSignUpInput = z.object({ name: ZPersonName, email: ZEmail, password: ZNewPassword });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZStudentSignUpInput = z.object({ name: ZPersonName, email: ZEmail, password: ZNewPassword, joinCode: ZJoinCode });
export type TStudentSignUpInput = z.infer<typeof ZStudentSignUpInput>;

export const ZChangePasswordInput = z
  .object({ currentPassword: z.string().min(1, "Enter your current password").max(200), newPassword: ZNewPassword })
  .refine((input) => input.currentPassword !== input.newPassword, { message: "Choose a password different from the current one", path: ["newPassword"] });

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password").max(200) });

export const ZCurationRightInput = z.object({ teacherId: ZId, granted: z.boolean({ error: "Say whether to grant the right" }) });
