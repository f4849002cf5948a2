import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { CommandError } from "@/lib/commands/errors";

/** What a session token says: who, and which generation of their sessions. */
export type TSessionClaims = { userId: number; sessionVersion: number };

/** The signed-in user as the permission table sees them, read fresh from the database. */
export type TActor = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** County numbers a county contact answers for. */
  counties: string[];
};

/** The command error with code "unauthenticated", and why (for the audit log). */
export class UnauthenticatedError extends CommandError {
  constructor(readonly reason: "anonymous" | "unknown_user" | "disabled" | "session_revoked" = "anonymous") {
    super("unauthenticated", "Du må logge inn for å gjøre dette.");
    this.name = "UnauthenticatedError";
  }
}

type Db = Pick<PrismaClient, "user"> | Pick<Prisma.TransactionClient, "user">;

/**
 * Loads the user behind a session and refuses when they are disabled or their sessions were
 * revoked (sessionVersion bumped), so that takes effect on the very next request.
 */
export async function loadActor(db: Db, claims: TSessionClaims | null | undefined): Promise<TActor> {
  if (!claims) throw new UnauthenticatedError("anonymous");
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true, counties: { select: { countyNumber: true } } },
  });
  if (!user) throw new UnauthenticatedError("unknown_user");
  if (user.disabledAt) throw new UnauthenticatedError("disabled");
  if (user.sessionVersion !== claims.sessionVersion) throw new UnauthenticatedError("session_revoked");
  return { id: user.id, email: user.email, name: user.name, role: user.role, counties: user.counties.map((c) => c.countyNumber).sort() };
}
