"use client";

import { useState } from "react";
import { recordAnswers } from "@/lib/revision/actions";
import type { AnswerResult } from "@/lib/revision/views";
import type { TAnswer, TStudyMode } from "@/lib/revision/schema";

// Sends each answer to be recorded and scheduled. The screen never waits on it to show whether
// an answer was right (the same pure marking runs here), but a failure is said plainly.
export function useStudyRecorder(deckId: string, mode: TStudyMode, enabled: boolean) {
  const [error, setError] = useState<string>();
  const [recorded, setRecorded] = useState(0);

  async function record(answers: TAnswer[]): Promise<AnswerResult[] | null> {
    if (!enabled) return null;
    try {
      const result = await recordAnswers({ deckId, mode, answers });
      if (!result.ok) {
        setError(`That answer was not saved: ${result.error}`);
        return null;
      }
      setError(undefined);
      setRecorded((count) => count + answers.length);
      return result.data;
    } catch {
      setError(
        "That answer was not saved: the connection failed. Check your connection; the next answer will try again.",
      );
      return null;
    }
  }

  return { record, error, recorded, enabled };
}

export type StudyRecorder = ReturnType<typeof useStudyRecorder>;
