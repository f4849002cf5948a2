"use server";

import { revalidatePath } from "next/cache";
import { invalidatePublicData } from "@/lib/cache/public-data";
import { authedAction } from "@/lib/auth/action";
import {
  createFocusArea,
  mergeFocusAreas,
  mergeTags,
  renameTag,
  updateFocusArea,
  updateSuccessFactor,
  zFocusAreaCreate,
  zFocusAreaMerge,
  zFocusAreaUpdate,
  zSuccessFactorUpdate,
  zTagMerge,
  zTagRename,
} from "@/lib/taxonomy/mutations";

// Every action: user → input → permission (inside the mutation, which also audits refusals).
const done = (message: string) => {
  revalidatePath("/admin/taksonomi");
  invalidatePublicData();
  return message;
};

export const createFocusAreaAction = authedAction("focus_area.create", zFocusAreaCreate, async (input, _actor, claims) => {
  const created = await createFocusArea(claims, input);
  return done(`Fokusområdet «${created.name}» er lagt til.`);
});

export const updateFocusAreaAction = authedAction("focus_area.update", zFocusAreaUpdate, async (input, _actor, claims) => {
  await updateFocusArea(claims, input);
  return done(`Fokusområdet «${input.name}» er lagret.`);
});

export const mergeFocusAreasAction = authedAction("focus_area.merge", zFocusAreaMerge, async (input, _actor, claims) => {
  const merged = await mergeFocusAreas(claims, input);
  return done(`«${merged.from}» er slått sammen med «${merged.into}» (${merged.projects} prosjekter og ${merged.reports} rapporter flyttet).`);
});

export const renameTagAction = authedAction("tag.rename", zTagRename, async (input, _actor, claims) => {
  const renamed = await renameTag(claims, input);
  return done(`Stikkordet heter nå «${renamed.name}».`);
});

export const mergeTagsAction = authedAction("tag.merge", zTagMerge, async (input, _actor, claims) => {
  const merged = await mergeTags(claims, input);
  return done(`«${merged.from}» er slått sammen med «${merged.into}» (${merged.projects} prosjekter flyttet).`);
});

export const updateSuccessFactorAction = authedAction("success_factor.update", zSuccessFactorUpdate, async (input, _actor, claims) => {
  await updateSuccessFactor(claims, input);
  return done(`Suksessfaktoren «${input.name}» er lagret.`);
});
