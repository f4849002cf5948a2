import { handleApi, optionsResponse } from "@/lib/api/http";
import { projectResponse } from "@/lib/api/projects";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleApi(() => projectResponse(request, slug));
}

export const OPTIONS = optionsResponse;
