import { handleApi, jsonResponse, optionsResponse } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/lib/site/url";

// Read at request time: the server address comes from the environment (NEXTAUTH_URL).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleApi(async () => jsonResponse(request, buildOpenApiDocument(siteUrl())));
}

export const OPTIONS = optionsResponse;
