import { projectCsvResponse } from "@/lib/api/csv";
import { handleApi, optionsResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(() => projectCsvResponse(request));
}

export const OPTIONS = optionsResponse;
