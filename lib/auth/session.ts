import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { loadActor, UnauthenticatedError, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

/** The claims in this request's session cookie, or null. */
export const getSessionClaims = cache(async (): Promise<TSessionClaims | null> => {
  const session = await getServerSession(authOptions);
  if (typeof session?.userId !== "number" || typeof session.sessionVersion !== "number") return null;
  return { userId: session.userId, sessionVersion: session.sessionVersion };
});

/** The signed-in, still-enabled user of this request, read fresh; null when there is none. */
export const getCurrentActor = cache(async (): Promise<TActor | null> => {
  try {
    return await loadActor(db, await getSessionClaims());
  } catch (error) {
    if (error instanceof UnauthenticatedError) return null;
    throw error;
  }
});
