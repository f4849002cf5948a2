import { handleApi, optionsResponse } from "@/lib/api/http";
import { focusAreaListResponse } from "@/lib/api/taxonomies";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => focusAreaListResponse(request));
}

export const OPTIONS = optionsResponse;
