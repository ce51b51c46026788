"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { addSuggestion } from "@/lib/library/actions";

// A teacher attaches this quotation or card to a prompt, so it comes first for their students.
export function SuggestForPrompt({
  itemKind,
  itemId,
  prompts,
}: {
  itemKind: "quotation" | "evidence";
  itemId: string;
  prompts: { id: string; text: string }[];
}) {
  const [done, setDone] = useState(false);
  const action = useActionForm(addSuggestion, () => setDone(true));
  return (
    <form
      onSubmit={action.onSubmit((data) => ({ promptId: formText(data, "promptId"), itemKind, itemId }))}
      aria-label="Suggest for a prompt"
    >
      <FormError message={action.error} />
      {done && <p role="status">Suggested. Your students see it first when they write on that prompt.</p>}
      <div className="field">
        <label htmlFor="suggest-prompt">Suggest for the prompt</label>
        <select id="suggest-prompt" name="promptId">
          {prompts.map((prompt) => (
            <option key={prompt.id} value={prompt.id}>
              {prompt.text}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={action.pending}>
        Suggest
      </button>
    </form>
  );
}
