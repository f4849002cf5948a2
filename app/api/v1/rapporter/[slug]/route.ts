import { handleApi, optionsResponse } from "@/lib/api/http";
import { reportResponse } from "@/lib/api/reports";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleApi(() => reportResponse(request, slug));
}

export const OPTIONS = optionsResponse;
