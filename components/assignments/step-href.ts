/** The step inside its process page; the page scrolls to and highlights `#step-…`. */
export function stepHref(teamSlug: string, a: { processId: string; stepId: string }): string {
  return `/t/${teamSlug}/processes/${encodeURIComponent(a.processId)}#step-${a.stepId}`;
}
