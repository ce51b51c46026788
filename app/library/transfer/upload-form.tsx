"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { importLibraryFiles } from "@/lib/library/actions";
import { MAX_FILE_BYTES, MAX_FILES, MAX_UPLOAD_BYTES } from "@/lib/library/upload-limits";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function UploadForm() {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const [localError, setLocalError] = useState<string>();
  const form = useActionForm(importLibraryFiles, (counts) => {
    setDone(
      `Imported ${counts.prompts} prompts, ${counts.quotations} quotations and ${counts.evidence} evidence cards.`,
    );
    router.refresh();
  });
  const error = localError ?? form.fieldErrors.files ?? form.error;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    const input = event.currentTarget.elements.namedItem("files") as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // Said at once, before sending megabytes; the server checks the same limits.
    const tooBig = files.find((file) => file.size > MAX_FILE_BYTES);
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const problem = !files.length
      ? "Choose at least one .yaml file."
      : files.length > MAX_FILES
        ? `Nothing was imported. Upload at most ${MAX_FILES} files at a time.`
        : tooBig
          ? `Nothing was imported. ${tooBig.name} is ${megabytes(tooBig.size)}; each file may be at most ${megabytes(MAX_FILE_BYTES)}.`
          : total > MAX_UPLOAD_BYTES
            ? `Nothing was imported. These files are ${megabytes(total)} in all; upload at most ${megabytes(MAX_UPLOAD_BYTES)} at a time.`
            : undefined;
    if (problem) {
      setLocalError(problem);
      return;
    }
    setLocalError(undefined);
    form.submit({
      files: await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Upload library files">
      <div className="field">
        <label htmlFor="field-files">YAML files</label>
        <input
          id="field-files"
          name="files"
          type="file"
          accept=".yaml,.yml"
          multiple
          aria-describedby={error ? "field-files-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <pre className="field-error upload-problems" id="field-files-error" role="alert">
            {error}
          </pre>
        )}
      </div>
      {done && <p role="status">{done}</p>}
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Checking and importing…" : "Upload"}
      </button>
    </form>
  );
}
