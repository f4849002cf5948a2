import { handleApi, optionsResponse } from "@/lib/api/http";
import { countyListResponse } from "@/lib/api/taxonomies";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => countyListResponse(request));
}

export const OPTIONS = optionsResponse;
