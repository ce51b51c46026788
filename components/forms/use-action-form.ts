"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server-actions/action-result";

// Runs a server action from a form and keeps its messages: one for the form, one per field. The
// input is the action's own input type, so a form that sends the wrong fields does not compile.
export function useActionForm<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  onSuccess?: (data: T) => void | Promise<void>,
) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function submit(input: I) {
    startTransition(async () => {
      // A request that never got an answer (offline, or refused before the action ran) is said
      // plainly; nothing was changed.
      const result = await action(input).catch((): ActionResult<T> => ({
        ok: false,
        status: 500,
        error: "The request did not reach the server, so nothing was changed. Check your connection and try again.",
      }));
      if (result.ok) {
        setError(undefined);
        setFieldErrors({});
        await onSuccess?.(result.data);
      } else {
        setError(result.error);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }

  function onSubmit(toInput: (form: FormData) => I) {
    return (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submit(toInput(new FormData(event.currentTarget)));
    };
  }

  return { pending, error, fieldErrors, submit, onSubmit };
}

// A form control's value as text: what the browser sends for inputs, selects and text areas
// ("" when the control is missing, so the server's message names the field).
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

// Every checked value of a group of checkboxes, or of a multiple select.
export function formTexts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

// The value of a radio group or select whose options are exactly the values the action takes.
// A tampered page can send anything; the server's schema refuses it with a message.
export function formChoice<T extends string>(form: FormData, name: string): T {
  return formText(form, name) as T;
}
