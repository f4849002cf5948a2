"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/action";
import { createSynonym, deleteSynonym, zSynonymCreate, zSynonymDelete } from "@/lib/search-synonyms/mutations";

export const createSynonymAction = authedAction("synonym.create", zSynonymCreate, async (input, _actor, claims) => {
  const created = await createSynonym(claims, input);
  revalidatePath("/admin/synonymer");
  return `«${created.term}» = «${created.equivalent}» er lagt til.`;
});

export const deleteSynonymAction = authedAction("synonym.delete", zSynonymDelete, async (input, _actor, claims) => {
  const deleted = await deleteSynonym(claims, input);
  revalidatePath("/admin/synonymer");
  return `«${deleted.term}» = «${deleted.equivalent}» er slettet.`;
});
