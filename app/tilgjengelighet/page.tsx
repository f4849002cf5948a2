import { notFound } from "next/navigation";
import { EditorialPage } from "@/components/pages/editorial-page";
import { loadPage, pageMetadata } from "@/lib/pages/page-route";

const SLUG = "tilgjengelighet";

export const generateMetadata = () => pageMetadata(SLUG);

export default async function TilgjengelighetPage() {
  const page = await loadPage(SLUG);
  if (!page) notFound();
  return <EditorialPage page={page} />;
}
