"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

// Runs a server action from a form and keeps its messages: one for the form, one per field.
export function useActionForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void | Promise<void>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function submit(input: unknown) {
    startTransition(async () => {
      const result = await action(input);
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

  function onSubmit(toInput: (form: FormData) => unknown = (form) => Object.fromEntries(form)) {
    return (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submit(toInput(new FormData(event.currentTarget)));
    };
  }

  return { pending, error, fieldErrors, submit, onSubmit };
}
