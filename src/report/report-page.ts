/** One page of the report: its path relative to the reports folder (page-paths.ts) and its HTML. */
export interface ReportPage {
  readonly path: string;
  readonly html: string;
}
