import type { Mastery } from "./rules/fsrs";

// What the revision pages read.

export type TimelineEvent = {
  id: string;
  slug: string;
  title: string;
  text: string;
  yearFrom: number;
  yearTo: number;
  monthFrom: number | null;
  themes: { slug: string; label: string }[];
};

export type MindMapBranch = {
  slug: string;
  label: string;
  evidence: {
    id: string;
    slug: string;
    title: string;
    text: string;
    yearFrom: number | null;
    yearTo: number | null;
    monthFrom: number | null;
    people: string[];
  }[];
};

export type CardProgress = {
  mastery: Mastery;
  dueAt: Date | null;
  scheduledDays: number;
  reviewCount: number;
  lapseCount: number;
};

export type AnswerResult = {
  evidenceId: string;
  correct: boolean;
  nearMiss: boolean;
  message: string;
  /// Days until the card is due again; 0 means it comes back in this session.
  dueInDays: number;
  mastery: Mastery;
};

export type ThemeMastery = { slug: string; label: string; cards: number } & Record<Mastery, number>;

export type WeakCard = { evidenceId: string; title: string; answers: number; wrong: number; studentsWrong: number };

export type StudentStudy = {
  id: string;
  name: string;
  cardsStudied: number;
  known: number;
  learning: number;
  answersThisWeek: number;
  lastStudiedAt: Date | null;
};
