/** The cookie that carries the triage queue's last message for a minute (lib/intake/actions.ts). */
export const QUEUE_FLASH_COOKIE = "kb-innmelding-melding";
