import { Link } from "@/components/i18n/link";
import { DocumentationBadge } from "@/components/projects/documentation-badge";
import type { ProjectCard as TProjectCard } from "@/lib/projects/queries";
import { useTranslations } from "next-intl";
import { periodLabel } from "@/lib/i18n/format";
import { ContentLanguage } from "@/components/i18n/content-language";
import { teaser } from "@/lib/text/teaser";

/**
 * A card names at most this many success factors; the project page has them all. Cards are kept
 * lean (a teaser of the summary, no wrapper elements): sixteen of them on a list page are drawn
 * into the HTML and again into the React payload. For the same reason its links carry no
 * class: `.card-links a` (globals.css) draws them as `.ds-link`.
 */
const CARD_FACTORS = 3;
/** As many municipalities, then "og N til": a regional project names ten. */
const CARD_PLACES = 3;

export function ProjectCard({ project, headingLevel = 3 }: { project: TProjectCard; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const places = project.municipalities.map((m) => m.municipality);
  const counties = [...new Set(places.map((p) => p.county.name))];
  const t = useTranslations("labels");
  const period = periodLabel(t, project.startYear, project.endYear);
  return (
    <article className="ds-card h-full card-links" data-variant="tinted">
      <Heading className="ds-heading" data-size="xs">
        <Link href={`/prosjekter/${project.slug}`}>
          <ContentLanguage language={project.language}>{project.title}</ContentLanguage>
        </Link>
      </Heading>
      {/* Keys are positions: the lists are fixed for the render, and slugs as keys would be sent
          once more in the payload for every link and tag. */}
      <p className="ds-paragraph text-sm">
        {places.slice(0, CARD_PLACES).flatMap((p, i) => [
          i > 0 ? ", " : null,
          <Link key={i} href={`/kommuner/${p.number}`}>
            {p.name}
          </Link>,
        ])}
        {`${places.length > CARD_PLACES ? t("andMore", { count: places.length - CARD_PLACES }) : ""}${counties.length > 0 ? ` (${counties.join(", ")})` : ""}${period ? ` · ${period}` : ""} · ${t(`status.${project.status}`)}`}
      </p>
      <ContentLanguage as="p" className="ds-paragraph" language={project.language}>
        {teaser(project.summary, 160)}
      </ContentLanguage>
      {project.successFactors.length > 0 && (
        <p className="ds-paragraph text-sm">
          <strong>{t("whatWorked")}</strong>
          {project.successFactors.slice(0, CARD_FACTORS).flatMap(({ successFactor }, i) => [
            i > 0 ? ", " : null,
            <Link key={i} href={`/suksessfaktorer/${successFactor.slug}`}>
              {successFactor.name}
            </Link>,
          ])}
          {project.successFactors.length > CARD_FACTORS && t("andMore", { count: project.successFactors.length - CARD_FACTORS })}
        </p>
      )}
      {/* The badge (an inline-flex tag) needs no wrapper element: it keeps its own line and spacing. */}
      <DocumentationBadge project={project} />
      {project.focusAreas.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("focusAreas")} data-color="neutral">
          {project.focusAreas.map(({ focusArea }, i) => (
            <li key={i} className="ds-tag">
              {focusArea.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
