import { handleApi, optionsResponse } from "@/lib/api/http";
import { successFactorListResponse } from "@/lib/api/taxonomies";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => successFactorListResponse(request));
}

export const OPTIONS = optionsResponse;
