import { handleApi, optionsResponse } from "@/lib/api/http";
import { projectListResponse } from "@/lib/api/projects";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => projectListResponse(request));
}

export const OPTIONS = optionsResponse;
