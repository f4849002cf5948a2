import { handleApi, optionsResponse } from "@/lib/api/http";
import { projectFeedResponse } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => projectFeedResponse(request));
}

export const OPTIONS = optionsResponse;
