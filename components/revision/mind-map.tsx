"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createDeck } from "@/lib/revision/actions";
import type { MindMapBranch } from "@/lib/revision/views";
import { formatWhen } from "@/lib/revision/rules/questions";

// The centre and its branches, placed round an ellipse; lines are drawn underneath in SVG.
const WIDTH = 760;
const HEIGHT = 380;

function placeOf(index: number, count: number) {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  return { x: WIDTH / 2 + Math.cos(angle) * (WIDTH * 0.36), y: HEIGHT / 2 + Math.sin(angle) * (HEIGHT * 0.36) };
}

export function MindMap({ branches }: { branches: MindMapBranch[] }) {
  const router = useRouter();
  const [openSlug, setOpenSlug] = useState<string | null>(null);
  const deck = useActionForm(createDeck, (created) => router.push(`/revision/decks/${created.id}`));
  const open = branches.find((branch) => branch.slug === openSlug);

  return (
    <section className="mind-map" aria-label="Mind map">
      <div className="mind-map-canvas" style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          {branches.map((branch, index) => {
            const place = placeOf(index, branches.length);
            return (
              <line
                key={branch.slug}
                x1={WIDTH / 2}
                y1={HEIGHT / 2}
                x2={place.x}
                y2={place.y}
                className={branch.slug === openSlug ? "open" : ""}
              />
            );
          })}
        </svg>
        <p className="mind-map-centre" style={{ left: "50%", top: "50%" }}>
          Stalin in power, 1928–53
        </p>
        <ul aria-label="Branches">
          {branches.map((branch, index) => {
            const place = placeOf(index, branches.length);
            return (
              <li
                key={branch.slug}
                style={{ left: `${(place.x / WIDTH) * 100}%`, top: `${(place.y / HEIGHT) * 100}%` }}
              >
                <button
                  type="button"
                  className="mind-map-node"
                  aria-expanded={openSlug === branch.slug}
                  aria-controls="mind-map-branch"
                  onClick={() => setOpenSlug(openSlug === branch.slug ? null : branch.slug)}
                >
                  {branch.label} <span className="meta">({branch.evidence.length})</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div id="mind-map-branch" aria-live="polite">
        {open ? (
          <section aria-labelledby="branch-heading" className="mind-map-branch">
            <h2 id="branch-heading">
              {open.label}: {open.evidence.length} {open.evidence.length === 1 ? "card" : "cards"}
            </h2>
            <FormError message={deck.error} />
            <button
              type="button"
              disabled={deck.pending || open.evidence.length === 0}
              onClick={() => deck.submit({ source: { type: "theme", slug: open.slug } })}
            >
              Study this branch as flashcards
            </button>
            <ul className="compact-list" aria-label={`Evidence: ${open.label}`}>
              {open.evidence.map((item) => (
                <li key={item.id}>
                  <details>
                    <summary>
                      <span className="compact-title">{item.title}</span>{" "}
                      <span className="meta">{formatWhen(item)}</span>
                    </summary>
                    <p>{item.text}</p>
                    <p className="meta">
                      {item.people.length > 0 && <>{item.people.join(", ")} · </>}
                      <Link href={`/library/evidence/${item.slug}`}>Open the card in the library</Link>
                    </p>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p className="meta">Choose a branch to open its evidence.</p>
        )}
      </div>
    </section>
  );
}
