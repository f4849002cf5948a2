import { createTranslator } from "next-intl";
import nb from "@/lib/i18n/messages/nb.json";
import type { TFilterParam } from "@/lib/projects/filters";

/**
 * A filter value in the address that could not be used, as a message key and its values
 * (`notices.*` in lib/i18n/messages): the list page says it in its own language. `message` is the
 * same text in bokmål, for the JSON API, which has one language.
 */
export type TNoticeKey =
  | "repeated"
  | `invalid.${keyof typeof nb.notices.invalid}`
  | "tooMany"
  | "qRepeated"
  | "qTooLong"
  | "yearsSwapped"
  | "relevanceNeedsQuery"
  | "focusNotFound"
  | "factorNotFound"
  | "countyNotFound"
  | "municipalityNotFound"
  | "municipalityOutsideCounty";
export type TNoticeValues = Record<string, string>;
export type TFilterNotice = { param: TFilterParam; key: TNoticeKey; values: TNoticeValues; message: string };

const bokmal = createTranslator({ locale: "nb", messages: nb, namespace: "notices" });

export function filterNotice(param: TFilterParam, key: TNoticeKey, values: TNoticeValues = {}): TFilterNotice {
  return { param, key, values: { param, ...values }, message: bokmal(key, { param, ...values }) };
}
