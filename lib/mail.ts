import "server-only";
import { env } from "@/lib/env";
import nodemailer from "nodemailer";

// Email, only when the installation has SMTP configured (SMTP_URL, e.g.
// smtps://user:password@smtp.school.example.org:465, and MAIL_FROM). Without it nothing is sent
// and the features that need it (self-service password reset) are not offered.
export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

export async function sendMail(message: { to: string; subject: string; text: string }) {
  const url = env().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: env().MAIL_FROM, ...message });
  } finally {
    transport.close();
  }
}
