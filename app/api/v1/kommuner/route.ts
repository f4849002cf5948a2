import { handleApi, optionsResponse } from "@/lib/api/http";
import { municipalityListResponse } from "@/lib/api/taxonomies";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => municipalityListResponse(request));
}

export const OPTIONS = optionsResponse;
