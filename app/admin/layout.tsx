import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The admin's client components (forms) speak the page's language: they get the admin areas'
 * messages, which public pages never carry. Not a guard: every admin page checks the session.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { errors, admin, intake, mapping } = await getMessages();
  return <NextIntlClientProvider messages={{ errors, admin, intake, mapping }}>{children}</NextIntlClientProvider>;
}
