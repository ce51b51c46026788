import { formatDateTime } from "@/lib/format";
import type { getItemHistory } from "@/lib/library/store/items";
import { RevertButton } from "./revert-button";

const CHANGE_LABEL = {
  CREATED: "Added",
  EDITED: "Edited",
  ARCHIVED: "Archived",
  RESTORED: "Restored to the library",
  REVERTED: "Put back to an earlier version",
  UPLOADED: "Uploaded",
  IMPORTED: "Updated from the shipped content",
} as const;

type History = Awaited<ReturnType<typeof getItemHistory>>;

// Every change to a library item, who made it and when; those who may change the item can put it
// back as it was before any change.
export function ItemHistory({ history, mayRevert }: { history: History; mayRevert: boolean }) {
  if (!history.length) return null;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">Changes</h2>
      <ol className="item-list history">
        {history.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{CHANGE_LABEL[entry.change]}</strong> {formatDateTime(entry.editedAt)}
              {entry.editedBy ? ` by ${entry.editedBy}` : entry.change === "IMPORTED" ? "" : " by a former account"}
              {entry.changed.length > 0 && entry.change !== "CREATED" && (
                <span className="meta"> · changed: {entry.changed.join(", ")}</span>
              )}
            </p>
            {typeof entry.after.text === "string" && (
              <p className="meta">
                {entry.after.text.length > 160 ? `${entry.after.text.slice(0, 159)}…` : entry.after.text}
              </p>
            )}
            {mayRevert && entry.restorable && (
              <RevertButton revisionId={entry.id} when={formatDateTime(entry.editedAt)} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
