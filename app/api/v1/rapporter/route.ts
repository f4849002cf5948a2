import { handleApi, optionsResponse } from "@/lib/api/http";
import { reportListResponse } from "@/lib/api/reports";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => reportListResponse(request));
}

export const OPTIONS = optionsResponse;
