// A local SMTP server for tests (the smtp-server package): it keeps every message it receives.
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; raw: string };

export type LocalSmtp = {
  url: string;
  mails: ReceivedMail[];
  // Holds the next messages at DATA, unanswered, until released; \`held\` resolves when one arrives.
  hold: () => { held: Promise<void>; release: () => void };
  stop: () => Promise<void>;
};

export async function startSmtp(): Promise<LocalSmtp> {
  const mails: ReceivedMail[] = [];
  let gate: { opened: Promise<void>; arrived: () => void } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        const held = gate;
        held?.arrived();
        void (held?.opened ?? Promise.resolve()).then(() => {
          mails.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    mails,
    hold() {
      let release = () => {};
      let arrived = () => {};
      const opened = new Promise<void>((resolve) => (release = resolve));
      const held = new Promise<void>((resolve) => (arrived = resolve));
      gate = { opened, arrived };
      return {
        held,
        release: () => {
          gate = null;
          release();
        },
      };
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// The first http(s) link in a plain-text mail (quoted-printable soft line breaks undone).
export function linkIn(mail: ReceivedMail): string {
  const body = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const found = /https?:\/\/[^\s]+/.exec(body);
  if (!found) throw new Error(`No link in the mail:\n${mail.raw}`);
  return found[0];
}
