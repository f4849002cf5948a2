import { Link } from "@/components/i18n/link";
import { DocumentationBadge } from "@/components/projects/documentation-badge";
import type { ProjectCard as TProjectCard } from "@/lib/projects/queries";
import { useTranslations } from "next-intl";
import { periodLabel } from "@/lib/i18n/format";
import { ContentLanguage } from "@/components/i18n/content-language";
import { teaser } from "@/lib/text/teaser";

/**
 * A card names at most this many success factors; the project page has them all. Cards are kept
 * lean (a teaser of the summary, no wrapper elements): twenty of them on a list page are drawn
 * into the HTML and again into the React payload.
 */
const CARD_FACTORS = 3;

export function ProjectCard({ project, headingLevel = 3 }: { project: TProjectCard; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const places = project.municipalities.map((m) => m.municipality);
  const counties = [...new Set(places.map((p) => p.county.name))];
  const t = useTranslations("labels");
  const period = periodLabel(t, project.startYear, project.endYear);
  return (
    <article className="ds-card h-full" data-variant="tinted">
      <Heading className="ds-heading" data-size="xs">
        <Link className="ds-link" href={`/prosjekter/${project.slug}`}>
          <ContentLanguage language={project.language}>{project.title}</ContentLanguage>
        </Link>
      </Heading>
      <p className="ds-paragraph text-sm">
        {places.flatMap((p, i) => [
          i > 0 ? ", " : null,
          <Link key={p.number} className="ds-link" href={`/kommuner/${p.number}`}>
            {p.name}
          </Link>,
        ])}
        {`${counties.length > 0 ? ` (${counties.join(", ")})` : ""}${period ? ` · ${period}` : ""} · ${t(`status.${project.status}`)}`}
      </p>
      <ContentLanguage as="p" className="ds-paragraph" language={project.language}>
        {teaser(project.summary, 160)}
      </ContentLanguage>
      {project.successFactors.length > 0 && (
        <p className="ds-paragraph text-sm">
          <span className="font-semibold">{t("whatWorked")}</span>
          {project.successFactors.slice(0, CARD_FACTORS).flatMap(({ successFactor }, i) => [
            i > 0 ? ", " : null,
            <Link key={successFactor.slug} className="ds-link" href={`/suksessfaktorer/${successFactor.slug}`}>
              {successFactor.name}
            </Link>,
          ])}
          {project.successFactors.length > CARD_FACTORS && t("andMore", { count: project.successFactors.length - CARD_FACTORS })}
        </p>
      )}
      <p className="ds-paragraph">
        <DocumentationBadge project={project} />
      </p>
      {project.focusAreas.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("focusAreas")} data-color="neutral">
          {project.focusAreas.map(({ focusArea }) => (
            <li key={focusArea.slug} className="ds-tag">
              {focusArea.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
