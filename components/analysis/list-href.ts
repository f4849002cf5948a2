/**
 * The filtered project list for a success factor, and a focus area when given, as /hva-virker's
 * matrix and lists link it (not localized: the caller does that). Its own small module, free of
 * the filters' schema code, so that the client components that draw those links stay light.
 */
export const factorListHref = (fokus: string | null, faktor: string) =>
  `/prosjekter?${fokus ? `fokus=${encodeURIComponent(fokus)}&` : ""}faktor=${encodeURIComponent(faktor)}`;
