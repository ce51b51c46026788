"use client";

import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import type { TimelineEvent } from "@/lib/revision/views";
import { formatWhen } from "@/lib/revision/rules/questions";

const FIRST_YEAR = 1917;
const LAST_YEAR = 1953;
const ZOOMS = [40, 80, 160, 320, 640];
const LABEL_WIDTH = 250;
const LANE_HEIGHT = 74;
const PERIODS = [
  { label: "1917–53", from: 1917, to: 1953 },
  { label: "Struggle for power, 1924–29", from: 1924, to: 1929 },
  { label: "The 1930s and the purges", from: 1929, to: 1939 },
  { label: "War and after, 1941–53", from: 1941, to: 1953 },
];

// Where an event sits: the middle of its year, or of its month where the seed gives one.
function position(event: TimelineEvent, pixelsPerYear: number) {
  const withinYear = event.monthFrom ? (event.monthFrom - 0.5) / 12 : 0.5;
  return (event.yearFrom - FIRST_YEAR + withinYear) * pixelsPerYear;
}

export function Timeline({ events, themes }: { events: TimelineEvent[]; themes: { slug: string; label: string }[] }) {
  const [zoom, setZoom] = useState(1);
  const [theme, setTheme] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const pixelsPerYear = ZOOMS[zoom] ?? 80;
  const width = (LAST_YEAR - FIRST_YEAR + 1) * pixelsPerYear;
  const shown = theme ? events.filter((event) => event.themes.some((item) => item.slug === theme)) : events;

  // Greedy lanes: each label goes in the first lane where it does not overlap the one before.
  const placed = useMemo(() => {
    const laneEnds: number[] = [];
    return shown.map((event) => {
      const x = position(event, pixelsPerYear);
      let lane = laneEnds.findIndex((end) => end <= x);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = x + LABEL_WIDTH;
      return { event, x, lane };
    });
  }, [shown, pixelsPerYear]);
  const lanes = Math.max(1, ...placed.map((item) => item.lane + 1));
  const open = events.find((event) => event.id === openId);

  function showPeriod(from: number, to: number) {
    const available = scroller.current?.clientWidth ?? 900;
    const fit = ZOOMS.reduce((best, value, index) => ((to - from + 1) * value <= available ? index : best), 0);
    setZoom(fit);
    requestAnimationFrame(() =>
      scroller.current?.scrollTo({ left: (from - FIRST_YEAR) * (ZOOMS[fit] ?? 80), behavior: "auto" }),
    );
  }

  return (
    <section aria-label="Timeline" className="timeline">
      <div className="timeline-controls">
        <button type="button" className="small" onClick={() => setZoom(Math.max(0, zoom - 1))} disabled={zoom === 0}>
          Zoom out
        </button>
        <button
          type="button"
          className="small"
          onClick={() => setZoom(Math.min(ZOOMS.length - 1, zoom + 1))}
          disabled={zoom === ZOOMS.length - 1}
        >
          Zoom in
        </button>
        <span role="group" aria-label="Show a period">
          {PERIODS.map((period) => (
            <button
              key={period.label}
              type="button"
              className="small"
              onClick={() => showPeriod(period.from, period.to)}
            >
              {period.label}
            </button>
          ))}
        </span>
        <label htmlFor="timeline-theme">Theme</label>
        <select id="timeline-theme" value={theme} onChange={(event) => setTheme(event.target.value)}>
          <option value="">All themes</option>
          {themes.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.label}
            </option>
          ))}
        </select>
        <span className="meta" role="status">
          {shown.length} events · {pixelsPerYear} px a year
        </span>
      </div>
      <div
        className="timeline-scroller"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={`Timeline from ${FIRST_YEAR} to ${LAST_YEAR}; scroll sideways with the arrow keys`}
      >
        <div className="timeline-track" style={{ width, height: lanes * LANE_HEIGHT + 40 }}>
          <ol className="timeline-years" aria-hidden="true">
            {Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index).map((year) => (
              <li
                key={year}
                data-year={year}
                style={{ left: (year - FIRST_YEAR) * pixelsPerYear, width: pixelsPerYear }}
              >
                {pixelsPerYear >= 40 || year % 5 === 0 ? year : ""}
              </li>
            ))}
          </ol>
          <ul className="timeline-events" aria-label="Events">
            {placed.map(({ event, x, lane }) => (
              <li key={event.id} style={{ left: x, top: 30 + lane * LANE_HEIGHT }}>
                <button
                  type="button"
                  className={`timeline-event ${openId === event.id ? "open" : ""}`}
                  aria-expanded={openId === event.id}
                  aria-controls="timeline-detail"
                  title={`${formatWhen(event)} ${event.title}`}
                  onClick={() => setOpenId(openId === event.id ? null : event.id)}
                >
                  <span className="timeline-when">{formatWhen(event)}</span> {event.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div id="timeline-detail" className="timeline-detail" aria-live="polite">
        {open ? (
          <article aria-label={open.title}>
            <h2>{open.title}</h2>
            <p className="meta">
              {formatWhen(open)} · {open.themes.map((item) => item.label).join(", ")}
            </p>
            <p>{open.text}</p>
            <Link href={`/library/evidence/${open.slug}`}>Open the card in the library, with its seed</Link>
          </article>
        ) : (
          <p className="meta">Choose an event to read it here.</p>
        )}
      </div>
    </section>
  );
}
