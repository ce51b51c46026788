import { surnameOf } from "./segments";

// How far the essay has taken up one extract, for the badge on its tab: quoted (a passage from it,
// or the whole quotation), mentioned by its label ("Extract B") or by its author's surname, or not
// yet. When two extracts share an author (Figes, Figes), the surname cannot say which one is
// meant: the student is told to name the extract, as an examiner would want.
export type ExtractStatus = { state: "quoted" | "mentioned" | "ambiguous" | "not yet"; text: string };

type Extract = { id: string; label: string; speaker: string };

export function extractStatus(
  extract: Extract,
  allExtracts: readonly Extract[],
  essay: { quoted: boolean; passages: number; plainText: string },
): ExtractStatus {
  if (essay.quoted)
    return {
      state: "quoted",
      text: `Used in your essay${essay.passages ? ` (${essay.passages} ${essay.passages === 1 ? "passage" : "passages"})` : ""}`,
    };
  if (labelPattern(extract.label).test(essay.plainText))
    return { state: "mentioned", text: `${extract.label} mentioned, not quoted` };
  const surname = surnameOf(extract.speaker);
  if (!surname || !new RegExp(`(^|[^\\p{L}])${escape(surname)}(?![\\p{L}])`, "u").test(essay.plainText))
    return { state: "not yet", text: "Not yet addressed" };
  const sameAuthor = allExtracts.filter((other) => other.id !== extract.id && surnameOf(other.speaker) === surname);
  if (!sameAuthor.length) return { state: "mentioned", text: `${surname} mentioned, not quoted` };
  return {
    state: "ambiguous",
    text: `${surname} mentioned, but ${sameAuthor.map((other) => other.label).join(" and ")} ${sameAuthor.length === 1 ? "is" : "are"} also by ${surname}: name this one as ${extract.label}`,
  };
}

// "Extract B" or "extract B", but not "extract b": a lower-case "a" is an article ("this extract a
// historian wrote"), so the letter must be as the label has it.
function labelPattern(label: string) {
  const [noun = "", ...rest] = label.split(" ");
  const first = noun.charAt(0);
  return new RegExp(
    `\\b[${first.toUpperCase()}${first.toLowerCase()}]${escape(noun.slice(1))} ${escape(rest.join(" "))}\\b`,
  );
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
