import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Gives the client forms below it the `mapping` messages (the root provider sends only `errors`). */
export async function MappingMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ errors: messages.errors, mapping: messages.mapping }}>{children}</NextIntlClientProvider>;
}
