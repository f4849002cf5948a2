import { notFound } from "next/navigation";
import { EditorialPage } from "@/components/pages/editorial-page";
import { loadPage, pageMetadata } from "@/lib/pages/page-route";

const SLUG = "forstehjelp";

export const generateMetadata = () => pageMetadata(SLUG);

export default async function ForstehjelpPage() {
  const page = await loadPage(SLUG);
  if (!page) notFound();
  return <EditorialPage page={page} />;
}
