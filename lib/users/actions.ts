"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authedAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { signOutEverywhere } from "@/lib/users/sessions";

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = authedAction("user.sign_out_everywhere", z.object({}), async (_input, _actor, claims) => {
  await signOutEverywhere(db, claims);
  redirect("/admin/logg-inn");
});
