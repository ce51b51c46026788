import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";

type FieldProps = { label: string; name: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>;

// A labelled input whose error sits beside it and is announced with it.
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <p className="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      )}
      <input id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p className="field-error" id={`${fieldId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextAreaFieldProps = { label: string; name: string; error?: string; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, name, error, hint, id, ...textarea }: TextAreaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <p className="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      )}
      <textarea id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error && (
        <p className="field-error" id={`${fieldId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
