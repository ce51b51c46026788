"use client";

import { useState } from "react";
import { EvidenceSidebar } from "@/components/editor/evidence-sidebar";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import type { Insertable } from "@/lib/editor/insertable";
import { SourcePane } from "./source-pane";

type Props = {
  essayId: string;
  assignmentId: string;
  extracts: ExtractView[];
  initialHighlights: HighlightView[];
  used: { quotationIds: Set<string>; evidenceIds: Set<string>; passages: Set<string> };
  // The essay's own words (no quotations or inserted evidence): what counts as mentioning an extract.
  ownText: string;
  onInsert: (item: Insertable) => void;
  disabled: boolean;
  // False for a closed-book essay: the extracts only.
  library?: boolean;
};

const MIN_WIDTH = 280;
const MAX_WIDTH = 900;

// For extract and source questions: the extracts in tabs beside the essay, with the library as
// the last tab, in a pane the student can widen or narrow by dragging or with the arrow keys.
export function SidePane({
  essayId,
  assignmentId,
  extracts,
  initialHighlights,
  used,
  ownText,
  onInsert,
  disabled,
  library = true,
}: Props) {
  const [tab, setTab] = useState(extracts[0]?.id ?? "library");
  const [highlights, setHighlights] = useState(initialHighlights);
  const [width, setWidth] = useState(480);
  const tabs = [
    ...extracts.map((extract) => ({ id: extract.id, label: extract.label })),
    ...(library ? [{ id: "library", label: "Library" }] : []),
  ];

  function startDrag(event: React.PointerEvent<HTMLDivElement>) {
    const startX = event.clientX;
    const startWidth = width;
    const move = (moved: PointerEvent) => setWidth(clamp(startWidth + (startX - moved.clientX)));
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
  }

  function onTabKey(event: React.KeyboardEvent, index: number) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  }

  return (
    <>
      <div
        className="pane-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the extracts pane"
        aria-valuenow={width}
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={MAX_WIDTH}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={(event) => {
          if (event.key === "ArrowLeft") setWidth(clamp(width + 40));
          if (event.key === "ArrowRight") setWidth(clamp(width - 40));
        }}
      />
      <aside className="side-pane" style={{ width }} aria-label="Extracts and library">
        <div role="tablist" aria-label="Extracts" className="pane-tabs">
          {tabs.map((item, index) => (
            <button
              key={item.id}
              id={`tab-${item.id}`}
              type="button"
              role="tab"
              aria-selected={tab === item.id}
              aria-controls={`panel-${item.id}`}
              tabIndex={tab === item.id ? 0 : -1}
              onClick={() => setTab(item.id)}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              {item.label}
            </button>
          ))}
        </div>
        {extracts.map((extract) => (
          <div
            key={extract.id}
            id={`panel-${extract.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${extract.id}`}
            hidden={tab !== extract.id}
          >
            <SourcePane
              essayId={essayId}
              extract={extract}
              allExtracts={extracts}
              highlights={highlights}
              onHighlightsChange={setHighlights}
              used={used}
              ownText={ownText}
              onInsert={onInsert}
              disabled={disabled}
            />
          </div>
        ))}
        {library && (
          <div id="panel-library" role="tabpanel" aria-labelledby="tab-library" hidden={tab !== "library"}>
            <EvidenceSidebar assignmentId={assignmentId} used={used} onInsert={onInsert} disabled={disabled} />
          </div>
        )}
      </aside>
    </>
  );
}

function clamp(width: number) {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
}
