/**
 * The search test set: Norwegian queries a person might type, and the project examples (slugs in
 * content/projects/) that must be among the first five results on /prosjekter. Chosen from the
 * real content: titles, places, focus areas, word prefixes, nynorsk forms, typos.
 */
export const searchQueries: { q: string; expected: string[]; why: string }[] = [
  // Titles and parts of titles
  { q: "Nord-Troms plankontor", expected: ["nord-troms-plankontor"], why: "exact title" },
  { q: "Lyngenløftet", expected: ["lyngenloftet"], why: "exact title" },
  { q: "Propell i Gratangen", expected: ["propell-i-gratangen"], why: "exact title" },
  { q: "Bolyst Grane", expected: ["bolyst-grane"], why: "title words" },
  { q: "det gode liv", expected: ["det-gode-liv-i-nord"], why: "title phrase" },
  { q: '"det gode liv"', expected: ["det-gode-liv-i-nord"], why: "quoted phrase" },
  { q: "hoppid", expected: ["hoppid-no"], why: "title word" },
  { q: "LivOGLyst", expected: ["livoglyst", "luk-hordaland"], why: "programme name in two titles" },
  { q: "omstillingsprogram", expected: ["omstilling-karlsoy"], why: "prefix of «Omstillingsprogrammet»" },
  { q: "kulturbasert entreprenørskap", expected: ["laerdal-for-av-og-med-ungdomen"], why: "title words" },
  { q: "katalysator", expected: ["breiband-numedal"], why: "title word" },
  { q: "elvene", expected: ["bolyst-grane"], why: "title word («der elvene møtes»)" },
  // Places
  { q: "Træna", expected: ["traena-livskraft-gjennom-mangfold"], why: "municipality" },
  { q: "Lærdal", expected: ["laerdal-for-av-og-med-ungdomen"], why: "municipality" },
  { q: "Laerdal", expected: ["laerdal-for-av-og-med-ungdomen"], why: "municipality, æ typed as ae" },
  { q: "Karlsøy", expected: ["omstilling-karlsoy"], why: "municipality" },
  { q: "Numedal", expected: ["breiband-numedal"], why: "region" },
  { q: "Vesterålen", expected: ["innvandrere-en-ressurs"], why: "region" },
  { q: "Midt-Troms", expected: ["det-gode-liv-i-nord", "regionalt-vertskap-midt-troms"], why: "region, hyphenated" },
  { q: "Storslett", expected: ["nord-troms-plankontor"], why: "place in the body" },
  { q: "Kvænangen", expected: ["nord-troms-plankontor", "omdommeprosjekt-nord-troms"], why: "municipality of two projects" },
  { q: "entreprenørskap Møre og Romsdal", expected: ["hoppid-no"], why: "topic and county" },
  // Focus areas and topics
  { q: "bredbånd", expected: ["breiband-numedal"], why: "focus area; bokmål for the nynorsk title" },
  { q: "næringshager", expected: ["regionalt-vertskap-midt-troms"], why: "focus area" },
  { q: "omdømme", expected: ["omdommeprosjekt-nord-troms"], why: "focus area and title" },
  { q: "flyktninger Etnedal", expected: ["malrettet-integrering-etnedal"], why: "topic and place" },
  { q: "innvandrere Vesterålen", expected: ["innvandrere-en-ressurs"], why: "title word and region" },
  { q: "planressurser", expected: ["nord-troms-plankontor"], why: "word in the summary" },
  { q: "Oxford Research", expected: ["omstilling-karlsoy"], why: "evaluator named in the summary" },
  { q: "Universitetet i Tromsø", expected: ["omdommeprosjekt-nord-troms"], why: "partner named in the summary" },
  // Nynorsk forms (synonyms and stemming)
  { q: "breiband", expected: ["breiband-numedal"], why: "nynorsk title word" },
  { q: "ungdomen", expected: ["laerdal-for-av-og-med-ungdomen"], why: "nynorsk definite form" },
  { q: "ungdommen", expected: ["laerdal-for-av-og-med-ungdomen"], why: "bokmål form of a nynorsk title" },
  { q: "kommunane i Hordaland", expected: ["luk-hordaland", "livoglyst"], why: "nynorsk plural" },
  { q: "integrering av flyktningar", expected: ["malrettet-integrering-etnedal"], why: "nynorsk plural via synonym" },
  { q: "omdøme", expected: ["omdommeprosjekt-nord-troms"], why: "nynorsk spelling via synonym" },
  // Typos and unfinished words
  { q: "næringshage", expected: ["regionalt-vertskap-midt-troms"], why: "singular of the focus area" },
  { q: "bredbånnd", expected: ["bredbandsfylket-troms"], why: "typo, trigram match on the focus area" },
  { q: "plankontr", expected: ["nord-troms-plankontor"], why: "unfinished word, prefix" },
  { q: "Lyngenløfte", expected: ["lyngenloftet"], why: "unfinished title" },
];
