import { notFound } from "next/navigation";
import { EditorialPage } from "@/components/pages/editorial-page";
import { DocumentationLevelsSection } from "@/components/projects/documentation-levels-section";
import { loadPage, pageMetadata } from "@/lib/pages/page-route";

const SLUG = "om";

export const generateMetadata = () => pageMetadata(SLUG);

export default async function OmPage() {
  const page = await loadPage(SLUG);
  if (!page) notFound();
  return (
    <EditorialPage page={page}>
      <DocumentationLevelsSection />
    </EditorialPage>
  );
}
