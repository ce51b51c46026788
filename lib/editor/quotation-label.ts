// A historian's or contemporary's exact words, carried whole: the library id, the wording and a
// short attribution. An atom, so its words cannot be edited inside the essay; the server checks
// the wording against the library on every save. A passage pulled from an extract of the prompt
// also names that extract (sourceId) and where in its wording the passage starts, so the words
// are checked to be exactly the extract's at that place.
export type QuotationAttributes = {
  quotationId: string;
  text: string;
  attribution: string;
  sourceId?: string | null;
  passageStart?: number | null;
};

// How a quotation reads in the essay's text. Apart from the node so the page can draw a saved
// essay (and count its words) without loading the editor.
export function quotationLabel({ text, attribution }: Pick<QuotationAttributes, "text" | "attribution">) {
  return `“${text}” — ${attribution}`;
}
