import { handleApi, optionsResponse } from "@/lib/api/http";
import { reportFeedResponse } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => reportFeedResponse(request));
}

export const OPTIONS = optionsResponse;
