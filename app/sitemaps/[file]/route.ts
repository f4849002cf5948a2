import { sitemapFile } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

/** One file of the sitemap index: sider.xml, prosjekter-N.xml or rapporter-N.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const response = await sitemapFile((await params).file);
  return response ?? new Response("Fant ikke dette kartet.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
