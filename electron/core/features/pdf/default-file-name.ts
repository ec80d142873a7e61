/** No client name, ever: a file name shows in folder listings, recent-file menus and email subjects. */
export function defaultSummaryFileName(generatedOn: string): string {
  return `client-summary-${generatedOn}.pdf`;
}
