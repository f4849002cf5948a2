import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";

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
  }
}

/** Error codes in ?error= on /admin/logg-inn (next-auth puts the thrown message there). */
export const SIGN_IN_THROTTLED = "Throttled";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  if (first) return first;
  const real = headers?.["x-real-ip"];
  return typeof real === "string" && real ? real : null;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/logg-inn", error: "/admin/logg-inn" },
  providers: [
    CredentialsProvider({
      name: "E-post og passord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Passord", type: "password" } },
      async authorize(credentials, req) {
        readEnv(); // NEXTAUTH_SECRET and DATABASE_URL must be valid before anyone signs in
        const result = await authenticate(getDb(), {
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIp(req?.headers as Record<string, unknown> | undefined),
        });
        if (!result.ok) {
          if (result.error === "throttled") throw new Error(SIGN_IN_THROTTLED);
          return null;
        }
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries only who and which session generation; everything else is read fresh.
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = token.uid;
      session.sessionVersion = token.sv;
      return session;
    },
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${url}`;
      return new URL(url).origin === baseUrl ? url : `${baseUrl}/admin`;
    },
  },
};
