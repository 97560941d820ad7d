import type { AggregateReport } from './types.js';

export const REPORT_FORMATS = ['table', 'markdown', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** Whether the output is a terminal (only stdout can be); a file always gets plain text. */
  tty: boolean;
  color: boolean;
  /** The terminal's width in columns, for the table format's prose. */
  width?: number;
  /** CSV only: start with a byte-order mark, for Excel. */
  bom?: boolean;
}

/**
 * The report in one format. Each renderer is imported only when its format is asked for, so
 * `--format json` never loads the table library, and a heavier renderer costs only its users.
 */
export async function renderReport(
  report: AggregateReport,
  format: ReportFormat,
  options: RenderOptions,
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./render-json.js')).renderJson(report);
    case 'csv':
      return (await import('./render-csv.js')).renderCsv(report, { bom: options.bom });
    case 'markdown':
      return (await import('./render-markdown.js')).renderMarkdown(report);
    case 'table':
      return (await import('./render-table.js')).renderTable(report, options);
    case 'html':
      return (await import('./html/render-html.js')).renderHtml(report);
  }
}
