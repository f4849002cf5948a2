import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { SynonymCreateForm, SynonymDeleteForm } from "@/components/admin/synonym-forms";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findSynonyms } from "@/lib/search-synonyms/admin-queries";

export const metadata: Metadata = { title: "Søkesynonymer", robots: { index: false } };

export default async function SynonymsPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/synonymer");
  let synonyms;
  try {
    synonyms = await findSynonyms(actor);
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }

  return (
    <div className="flex flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/synonymer" />
      <div>
        <h1 className="ds-heading" data-size="lg">
          Søkesynonymer
        </h1>
        <p className="ds-paragraph">
          Ord som betyr det samme, som bokmål og nynorsk («bolig» og «bustad»). Et søk på det ene finner også det andre, begge veier.
        </p>
      </div>
      <SynonymCreateForm />
      <section aria-labelledby="alle-synonymer">
        <h2 id="alle-synonymer" className="ds-heading" data-size="md">
          Alle synonymer ({synonyms.length})
        </h2>
        <table className="ds-table">
          <thead>
            <tr>
              <th scope="col">Ord</th>
              <th scope="col">Betyr det samme som</th>
              <th scope="col">
                <span className="sr-only">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {synonyms.map((s) => (
              <tr key={s.id}>
                <td>{s.term}</td>
                <td>{s.equivalent}</td>
                <td>
                  <SynonymDeleteForm synonym={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
