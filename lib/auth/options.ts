import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { clientAddressFromHeaders } from "@/lib/http/client-address";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { envValue } from "@/lib/env";

declare module "next-auth" {
  interface Session {
    userId?: number;
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
    /** When the person signed in (seconds since the epoch); refreshing never moves it. */
    at?: number;
  }
}

/** Error codes in ?error= on /admin/logg-inn (next-auth puts the thrown message there). */
export const SIGN_IN_THROTTLED = "Throttled";
/** Anything unexpected: the details stay in the server log, never in the address bar. */
export const SIGN_IN_UNAVAILABLE = "Unavailable";

/** A session ends 8 hours after sign-in, however often it is refreshed. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** True while a token's sign-in time lies within the absolute lifetime. */
export function isWithinLifetime(signedInAt: unknown, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof signedInAt === "number" && signedInAt <= nowSeconds + 60 && nowSeconds - signedInAt < SESSION_MAX_AGE_SECONDS;
}

export const authOptions: NextAuthOptions = {
  secret: envValue("NEXTAUTH_SECRET"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/logg-inn", error: "/admin/logg-inn" },
  providers: [
    CredentialsProvider({
      name: "E-post og passord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Passord", type: "password" } },
      async authorize(credentials, req) {
        let result: Awaited<ReturnType<typeof authenticate>>;
        try {
          readEnv(); // NEXTAUTH_SECRET and DATABASE_URL must be valid before anyone signs in
          result = await authenticate(getDb(), {
            email: typeof credentials?.email === "string" ? credentials.email : "",
            password: typeof credentials?.password === "string" ? credentials.password : "",
            ip: clientAddressFromHeaders(req?.headers as Record<string, unknown> | undefined),
          });
        } catch (error) {
          console.error("Innlogging: uventet feil", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
        if (!result.ok) {
          if (result.error === "throttled") throw new Error(SIGN_IN_THROTTLED);
          if (result.error === "unavailable") throw new Error(SIGN_IN_UNAVAILABLE);
          return null;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries only who, which session generation and when they signed in; everything
    // else is read fresh. Past the absolute lifetime the token is refused (next-auth then clears
    // the cookie), however recently it was refreshed.
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
        token.at = Math.floor(Date.now() / 1000);
        return token;
      }
      if (!isWithinLifetime(token.at)) throw new Error("SessionExpired");
      // Signed out (here or everywhere) or disabled since: /api/auth/session says so and clears
      // the cookie. Every data function checks this again itself (lib/auth/actor.ts).
      const current = typeof token.uid === "number" ? await getDb().user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true, disabledAt: true } }) : null;
      if (!current || current.disabledAt || current.sessionVersion !== token.sv) throw new Error("SessionExpired");
      return token;
    },
    async session({ session, token }) {
      session.userId = token.uid;
      session.sessionVersion = token.sv;
      return session;
    },
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, { origin: baseUrl })}`;
    },
  },
  events: {
    // "Logg ut" ends the session everywhere it was copied to: the token's generation is retired.
    async signOut({ token }) {
      if (typeof token?.uid !== "number" || typeof token.sv !== "number") return;
      await getDb().user.updateMany({ where: { id: token.uid, sessionVersion: token.sv }, data: { sessionVersion: { increment: 1 } } });
    },
  },
  logger: {
    error(code, metadata) {
      // An expired session is normal, not an error worth a stack trace on every request.
      if (code === "JWT_SESSION_ERROR" && (metadata as { message?: unknown } | undefined)?.message === "SessionExpired") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};
