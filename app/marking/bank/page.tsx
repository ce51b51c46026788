import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listBankWithLinks } from "@/lib/marking/store/bank";
import { codeMeaning } from "@/lib/marking/rules/codes";
import { BankLinksForm } from "./bank-links-form";

export const metadata: Metadata = { title: "Comment bank" };

export default async function CommentBankPage() {
  const teacher = await requirePageUser("TEACHER");
  const { items, decks } = await listBankWithLinks(teacher);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/classes">My classes</Link>
      </p>
      <h1>Comment bank</h1>
      <p>
        Link each comment to the assessment objective it is about, the level it is typical of, and something to re-teach
        with: a quotation or evidence card from the <Link href="/library">library</Link> (paste its address), or one of
        your decks. Students see the objective and level on the comment, and open the resource from it. A deck opens for
        them only where you have set it to their class.
      </p>
      {items.length === 0 ? (
        <p className="muted">
          Your bank is empty. On the marking page, save any comment to your bank to reuse it with one click.
        </p>
      ) : (
        <ul className="bank-items">
          {items.map((item) => (
            <li key={item.id}>
              <p className="bank-body">
                {item.code && (
                  <abbr className="code-badge" title={codeMeaning(item.code) ?? undefined}>
                    {item.code}
                  </abbr>
                )}{" "}
                {item.body}{" "}
                <span className="meta">
                  {item.shortcut ? `/${item.shortcut} · ` : ""}used {item.uses}×
                </span>
              </p>
              <BankLinksForm
                item={{
                  id: item.id,
                  objective: item.objective,
                  level: item.level,
                  resource: item.resource,
                  deckId: item.resourceDeckId,
                }}
                decks={decks}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
