type Seed = { fileName: string; title: string };

export function SeedSource({ seed }: { seed: Seed | null }) {
  if (!seed) return <>Not from a seed document</>;
  return (
    <>
      {seed.title} <span className="meta">({seed.fileName})</span>
    </>
  );
}

type Correction = { from: string; to: string; note?: string };

export function Corrections({ corrections }: { corrections: unknown }) {
  const list = Array.isArray(corrections) ? (corrections as Correction[]) : [];
  if (!list.length) return null;
  return (
    <>
      <dt>Corrected from the seed</dt>
      <dd>
        <ul>
          {list.map((correction) => (
            <li key={`${correction.from}-${correction.to}`}>
              “{correction.from}” → “{correction.to}”{correction.note ? `: ${correction.note}` : ""}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
