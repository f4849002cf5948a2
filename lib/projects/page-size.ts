/**
 * Cards per page of /prosjekter: 16 (eight rows of two). Each card is drawn into the HTML and again
 * into the React payload, about 2.7 KB in all; with 20 the filtered lists weighed 104–109 KB
 * against the 100 KB bound for a public page (issue 10).
 *
 * Its own module, free of imports, so that end-to-end tests (which Playwright loads without
 * JSON import support) can read it.
 */
export const PAGE_SIZE = 16;
