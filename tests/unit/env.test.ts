import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const good = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/kb", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseEnv", () => {
  it("accepts a complete environment and defaults PORT to 3000", () => {
    expect(parseEnv(good)).toMatchObject({ DATABASE_URL: good.DATABASE_URL, PORT: 3000 });
  });

  it("names each missing variable and says how to fix it", () => {
    try {
      parseEnv({});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as EnvError).message;
      expect(message).toMatch(/DATABASE_URL mangler/);
      expect(message).toMatch(/NEXTAUTH_SECRET mangler/);
      expect(message).toMatch(/npm start/);
    }
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/db" }, /DATABASE_URL må være en PostgreSQL-adresse/],
    [{ DATABASE_URL: "ikke en adresse" }, /DATABASE_URL må være en PostgreSQL-adresse/],
    [{ NEXTAUTH_SECRET: "kort" }, /NEXTAUTH_SECRET må være minst 32 tegn/],
    [{ PORT: "abc" }, /PORT må være et tall/],
    [{ PORT: "70000" }, /PORT må være mellom 1 og 65535/],
  ])("rejects %o", (override, expected) => {
    expect(() => parseEnv({ ...good, ...override })).toThrow(expected);
  });

  it("can check only some variables", () => {
    expect(parseEnv({ PORT: "8080" }, ["PORT"]).PORT).toBe(8080);
  });

  it("validates TRUSTED_PROXIES as addresses and CIDRs", () => {
    expect(parseEnv({ ...good, TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1 2001:db8::/32" }).TRUSTED_PROXIES).toBeDefined();
    expect(() => parseEnv({ ...good, TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES er ugyldig: «proxy.example» er ikke en IP-adresse/);
    expect(() => parseEnv({ ...good, TRUSTED_PROXIES: "10.0.0.0/40" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("refuses an http NEXTAUTH_URL in production, except for this machine or when explicitly allowed", () => {
    const production = { ...good, NODE_ENV: "production" };
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: "http://kunnskapsbanken.example" })).toThrow(/NEXTAUTH_URL må begynne med https:\/\//);
    expect(() => parseEnv({ ...good, NEXTAUTH_URL: "http://kunnskapsbanken.example" })).toThrow(/NEXTAUTH_URL/);
    expect(parseEnv({ ...production, NEXTAUTH_URL: "https://kunnskapsbanken.example" }).NEXTAUTH_URL).toBe("https://kunnskapsbanken.example");
    expect(parseEnv({ ...production, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ ...production, NEXTAUTH_URL: "http://127.0.0.1:3000" }).NEXTAUTH_URL).toBe("http://127.0.0.1:3000");
    expect(parseEnv({ ...production, NEXTAUTH_URL: "http://intern.example", ALLOW_INSECURE_HTTP: "1" }).NEXTAUTH_URL).toBe("http://intern.example");
    expect(parseEnv({ ...good, NODE_ENV: "development", NEXTAUTH_URL: "http://intern.example" }).NEXTAUTH_URL).toBe("http://intern.example");
  });

  it("validates the mail settings: SMTP_URL is an smtp(s) address and needs MAIL_FROM", () => {
    expect(parseEnv(good).SMTP_URL).toBeUndefined();
    const mail = { ...good, SMTP_URL: "smtps://bruker:hemmelig@smtp.example.no:465", MAIL_FROM: "Kunnskapsbanken <ikke-svar@example.no>" };
    expect(parseEnv(mail)).toMatchObject({ SMTP_URL: mail.SMTP_URL, MAIL_FROM: mail.MAIL_FROM });
    expect(parseEnv({ ...good, MAIL_FROM: "ikke-svar@example.no" }).MAIL_FROM).toBe("ikke-svar@example.no");
    expect(() => parseEnv({ ...mail, SMTP_URL: "https://smtp.example.no" })).toThrow(/SMTP_URL må være en SMTP-adresse/);
    expect(() => parseEnv({ ...mail, MAIL_FROM: "ikke en adresse" })).toThrow(/MAIL_FROM må være en e-postadresse/);
    expect(() => parseEnv({ ...good, SMTP_URL: mail.SMTP_URL })).toThrow(/MAIL_FROM mangler/);
    expect(() => parseEnv({ ...good, LINKS_ALLOW_PRIVATE: "ja" })).toThrow(/LINKS_ALLOW_PRIVATE må være 1 eller 0/);
  });
});
