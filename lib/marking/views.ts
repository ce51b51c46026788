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

// The last draft's feedback beside the next draft: its mark, its overall comments, and each inline
// comment with where it now sits in the new draft (null: its words are gone, so it is in the tray).
export type CarriedFeedback = {
  essayId: string;
  draft: number;
  level: number | null;
  mark: number | null;
  totalMarks: number;
  wentWell: string;
  evenBetterIf: string;
  plainText: string;
  comments: Array<{ id: string; body: string; code: string | null; quotedText: string; anchor: { from: number; to: number; by: "steps" | "quote" } | null }>;
};
