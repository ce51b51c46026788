// What the marking and feedback pages, the print views and the Word export read.

export type BankItem = { id: string; body: string; code: string | null; shortcut: string | null; uses: number };

export type CommentThread = {
  id: string;
  body: string;
  code: string | null;
  quotedText: string;
  bankItemId: string | null;
  resolved: boolean;
  actedOn: boolean;
  createdAt: string;
  author: { id: string; name: string; role: "TEACHER" | "STUDENT" };
  anchored: boolean;
  replies: Array<{ id: string; body: string; createdAt: string; author: { id: string; name: string; role: "TEACHER" | "STUDENT" } }>;
};
