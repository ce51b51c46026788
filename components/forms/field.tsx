import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Described = { label: string; name: string; error?: string; hint?: string; id?: string };

// A labelled control whose hint and error sit beside it and are announced with it.
function Labelled({
  label,
  name,
  error,
  hint,
  id,
  control,
}: Described & { control: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
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
      {control({ id: fieldId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p className="field-error" id={`${fieldId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function Field({ label, name, error, hint, id, ...input }: Described & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Labelled
      label={label}
      name={name}
      error={error}
      hint={hint}
      id={id}
      control={(props) => <input name={name} {...props} {...input} />}
    />
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  id,
  ...textarea
}: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Labelled
      label={label}
      name={name}
      error={error}
      hint={hint}
      id={id}
      control={(props) => <textarea name={name} {...props} {...textarea} />}
    />
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  options,
  ...select
}: Described & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Labelled
      label={label}
      name={name}
      error={error}
      hint={hint}
      id={id}
      control={(props) => (
        <select name={name} {...props} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
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

// A form's save button, "Saving…" while it works, and what was saved, announced politely.
export function SaveRow({ pending, label = "Save", saved }: { pending: boolean; label?: string; saved: ReactNode }) {
  return (
    <div className="actions">
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </button>
      <p role="status" className="meta">
        {saved}
      </p>
    </div>
  );
}
