"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Insertable } from "@/lib/editor/insertable";

// The library beside the essay: search as you type, the teacher's suggestions for this prompt
// first, and each result goes in at the cursor by click, by arrow keys + Enter, or by drag.

export const INSERTABLE_MIME = "application/x-workbench-insertable";

type Hit = {
  kind: "QUOTATION" | "EVIDENCE" | "PROMPT";
  itemId: string;
  slug: string;
  title: string;
  excerpt: string;
  speaker: string | null;
  suggested: boolean;
  addedBy: string | null;
  insert: Insertable | null;
};
type Kind = "" | "quotation" | "evidence";

type Props = {
  assignmentId: string;
  used: { quotationIds: Set<string>; evidenceIds: Set<string> };
  onInsert: (item: Insertable) => void;
  disabled?: boolean;
};

export function EvidenceSidebar({ assignmentId, used, onInsert, disabled }: Props) {
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<Kind>("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  // Which search the results on screen answer: while a newer one runs, they are out of date.
  const [answered, setAnswered] = useState<string | null>(null);
  const searchKey = `${kind}\u0000${query}`;
  const current = state === "ready" && answered === searchKey;
  const listId = useId();
  const searchId = useId();
  const kindId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({
        for: "editor",
        assignmentId,
        q: query,
        kinds: kind || "quotation,evidence",
        pageSize: "30",
      });
      try {
        setState("loading");
        const response = await fetch(`/api/library/search?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const result = (await response.json()) as { hits: Hit[] };
        setHits(result.hits.filter((hit) => hit.insert));
        setActive(0);
        setAnswered(`${kind}\u0000${query}`);
        setState("ready");
      } catch (error) {
        if (!controller.signal.aborted) setState("failed");
        void error;
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [assignmentId, query, kind]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!hits.length) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, hits.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      // Results for earlier text are still on screen while a search runs: never insert one of those.
      if (!current) return;
      const hit = hits[active];
      if (hit?.insert && !disabled) onInsert(hit.insert);
    }
  }

  const isUsed = (hit: Hit) =>
    hit.kind === "QUOTATION" ? used.quotationIds.has(hit.itemId) : used.evidenceIds.has(hit.itemId);
  const activeId = hits[active] ? `${listId}-${active}` : undefined;

  return (
    <aside className="evidence-sidebar" aria-label="Evidence and quotations">
      <h2>Evidence and quotations</h2>
      <label htmlFor={searchId}>Search the library</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        aria-describedby={`${searchId}-hint`}
        placeholder="e.g. Figes, Lenin Enrolment, 1928"
      />
      <p className="hint" id={`${searchId}-hint`}>
        Arrow keys choose, Enter inserts at your cursor. You can also click or drag an item into the essay.
      </p>
      <label htmlFor={kindId}>Show</label>
      <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
        <option value="">Quotations and evidence</option>
        <option value="quotation">Quotations only</option>
        <option value="evidence">Evidence only</option>
      </select>
      <p className="visually-hidden" role="status">
        {state === "ready" ? `${hits.length} results` : state === "failed" ? "Search failed" : ""}
      </p>
      {state === "failed" && (
        <p className="form-error">
          The library could not be searched just now. Keep writing and try again in a moment.
        </p>
      )}
      {state === "ready" && !hits.length && <p>Nothing in the library matches that. Try a name, an event or a year.</p>}
      <ul
        className="sidebar-results"
        id={listId}
        role="listbox"
        aria-label="Library results"
        aria-busy={state !== "failed" && !current}
        ref={listRef}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.itemId}
            id={`${listId}-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            draggable={!disabled}
            onDragStart={(event) => {
              event.dataTransfer.setData(INSERTABLE_MIME, JSON.stringify(hit.insert));
              event.dataTransfer.setData("text/plain", hit.insert?.text ?? "");
              event.dataTransfer.effectAllowed = "copy";
            }}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setActive(index);
              if (hit.insert && !disabled) onInsert(hit.insert);
            }}
          >
            <span className="badge">{hit.kind === "QUOTATION" ? "Quotation" : "Evidence"}</span>
            {hit.suggested && <span className="badge suggested">Suggested</span>}
            {isUsed(hit) && <span className="badge used">Used in this essay</span>}
            {hit.addedBy && <span className="badge added-by">Added by {hit.addedBy}</span>}
            {hit.insert?.type === "quotation" ? (
              <span className="sidebar-text">
                “{hit.insert.text}” <span className="attribution">— {hit.insert.attribution}</span>
              </span>
            ) : (
              <span className="sidebar-text">
                <strong>{hit.title}</strong> {hit.insert?.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
