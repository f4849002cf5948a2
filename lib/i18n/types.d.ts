import type { TLocale } from "@/lib/i18n/locale";
import type nb from "@/lib/i18n/messages/nb.json";

// Message keys and locales are checked by TypeScript: nn.json must have every key nb.json has
// (a unit test checks that too).
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: typeof nb;
  }
}
