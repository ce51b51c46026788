// What the marking and feedback pages, the print views and the Word export read.

export type BankItem = { id: string; body: string; code: string | null; shortcut: string | null; uses: number };

// A re-teach resource as a comment shows it: where it opens, and what it is called.
export type Resource = { href: string; label: string };
export type BankLinks = { objective: string | null; level: number | null; resource: Resource | null };

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
  // From the comment bank: the objective, level and re-teach resource the teacher linked to it.
  links: BankLinks | null;
  replies: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; name: string; role: "TEACHER" | "STUDENT" };
  }>;
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
  comments: Array<{
    id: string;
    body: string;
    code: string | null;
    quotedText: string;
    anchor: { from: number; to: number; by: "steps" | "quote" } | null;
  }>;
};
