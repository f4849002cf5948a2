import nbCore from "@/lib/i18n/messages/nb.json";
import nbAdmin from "@/lib/i18n/messages/nb/admin.json";
import nbIntake from "@/lib/i18n/messages/nb/intake.json";
import nbMapping from "@/lib/i18n/messages/nb/mapping.json";
import nnCore from "@/lib/i18n/messages/nn.json";
import nnAdmin from "@/lib/i18n/messages/nn/admin.json";
import nnIntake from "@/lib/i18n/messages/nn/intake.json";
import nnMapping from "@/lib/i18n/messages/nn/mapping.json";

/**
 * The interface's words in bokmål and nynorsk. The public site's messages sit in `nb.json` /
 * `nn.json`; larger areas keep their own file per language (`nb/admin.json`, `nb/intake.json`, `nb/mapping.json`)
 * under one top-level key, so that work on one area does not touch the others' file.
 */
export const messages = {
  nb: { ...nbCore, admin: nbAdmin, intake: nbIntake, mapping: nbMapping },
  nn: { ...nnCore, admin: nnAdmin, intake: nnIntake, mapping: nnMapping },
};

export type TMessages = (typeof messages)["nb"];
