import { z } from "zod";
import { ZClassName, ZEmail, ZId, ZJoinCode, ZPersonName } from "@/lib/fields";

export const ZJoinClassInput = z.object({ joinCode: ZJoinCode });
export const ZCreateClassInput = z.object({ name: ZClassName });
export const ZRenameClassInput = z.object({ classId: ZId, name: ZClassName });
export const ZClassIdInput = z.object({ classId: ZId });
export const ZRemoveStudentInput = z.object({ classId: ZId, studentId: ZId });

// One student a line: "Name, email" (a tab or semicolon also separates them).
export const ZAddStudentsInput = z.object({
  classId: ZId,
  roster: z
    .string({ error: "Paste one student a line: name, email" })
    .max(20_000, "Paste at most 20,000 characters (about 300 students) at a time")
    .transform((text, context) => {
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      if (!lines.length) {
        context.addIssue({ code: "custom", message: "Paste one student a line: name, email" });
        return z.NEVER;
      }
      if (lines.length > 300) {
        context.addIssue({ code: "custom", message: "Add at most 300 students at a time" });
        return z.NEVER;
      }
      const students: { name: string; email: string }[] = [];
      lines.forEach((line, index) => {
        const parts = line.split(/[,;\t]/).map((part) => part.trim());
        const name = ZPersonName.safeParse(parts.slice(0, -1).join(", "));
        const email = ZEmail.safeParse(parts.at(-1));
        if (parts.length < 2 || !name.success || !email.success) {
          context.addIssue({
            code: "custom",
            message: `Line ${index + 1} ("${line.slice(0, 60)}") should be: name, email`,
          });
          return;
        }
        students.push({ name: name.data, email: email.data });
      });
      const seen = new Set<string>();
      for (const student of students) {
        if (seen.has(student.email)) context.addIssue({ code: "custom", message: `${student.email} is listed twice` });
        seen.add(student.email);
      }
      return students;
    }),
});

export const ZInvitationRef = z.object({ invitationId: ZId });
export const ZAnswerInvitation = z.object({
  invitationId: ZId,
  accept: z.boolean({ error: "Say whether to join the class" }),
});
