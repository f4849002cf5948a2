import type { TLocale } from "@/lib/i18n/locale";
import type { TMessages } from "@/lib/i18n/messages";

// Message keys and locales are checked by TypeScript: nynorsk must have every key bokmål has
// (a unit test checks that too).
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}
