import { labels, statisticsLabels as say } from '../aggregate/messages.js';
import { plainTable } from '../output/plain-table.js';
import { ASCII_GLYPHS, TERMINAL_GLYPHS, bandAxis, bandBar, type BarGlyphs } from './band-bar.js';
import { day, oneDecimal, signedOneDecimal, whole } from './numbers.js';
import { recommendationView } from './recommendation-view.js';
import {
  gapTestLines,
  gapWithheld,
  settingsLines,
  statementMarks,
  statisticsNotes,
  statisticsRows,
  withheldReasons,
} from './statistics-view.js';
import {
  answered,
  departmentName,
  filesLeftOut,
  missingGapSides,
  stageName,
  statementRows,
  statementText,
} from './report-view.js';
import type { AggregateReport, DepartmentReport, OrganizationReport } from './types.js';
import { wrapText } from './wrap-text.js';

export interface TableOptions {
  /** Box-drawn tables on a terminal; padded plain columns for a file or a pipe. */
  tty: boolean;
  color: boolean;
  /** The terminal's width; prose is wrapped to it, and never wider than MAX_WIDTH. */
  width?: number;
}

const MAX_WIDTH = 100;
const MIN_WIDTH = 40;

type Align = 'left' | 'right';
type TableClass = typeof import('cli-table3');

/** The little colour the table uses; plain text off a terminal, where chalk is not loaded. */
interface Paint {
  bold(text: string): string;
  marker(text: string): string;
  border: string[];
}

const NO_PAINT: Paint = { bold: (text) => text, marker: (text) => text, border: [] };

interface Context {
  report: AggregateReport;
  paint: Paint;
  glyphs: BarGlyphs;
  Table: TableClass | undefined;
  width: number;
}

/**
 * The report for reading in a terminal: per organization, a department table with a small
 * band bar each, the statement table ordered by the perception gap, where to act and the
 * next stage's advice. Plain padded columns, ASCII only, when stdout is not a terminal.
 */
export async function renderTable(report: AggregateReport, options: TableOptions): Promise<string> {
  const ctx: Context = {
    report,
    paint: options.tty && options.color ? await terminalPaint() : NO_PAINT,
    glyphs: options.tty ? TERMINAL_GLYPHS : ASCII_GLYPHS,
    Table: options.tty ? (await import('cli-table3')).default : undefined,
    width: proseWidth(options),
  };
  const sections = [heading(ctx), ...report.organizations.map((o) => organization(ctx, o))];
  const leftOut = filesLeftOut(report, labels.supersededBy);
  if (leftOut.length > 0) {
    const lines = leftOut.flatMap((f) =>
      wrapText(`${f.file}: ${f.reason}`, ctx.width, '  ', '    '),
    );
    sections.push([title(ctx, labels.filesLeftOut), ...lines].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}

function heading(ctx: Context): string {
  const { report, paint } = ctx;
  const { questionnaire, files } = report;
  const leftOut = filesLeftOut(report, labels.supersededBy).length;
  const facts = [
    labels.questionnaire(questionnaire.id, questionnaire.version),
    labels.used(files.used),
  ];
  if (leftOut > 0) facts.push(labels.leftOut(leftOut));
  return [
    paint.bold(report.title ?? questionnaire.title),
    ...(report.preparedBy === null ? [] : [labels.preparedBy(report.preparedBy)]),
    facts.join(' · '),
    ...settingsLines(report).flatMap((line) => wrapText(line, ctx.width, '')),
  ].join('\n');
}

function organization(ctx: Context, org: OrganizationReport): string {
  const { report } = ctx;
  const range =
    org.dateRange.first && org.dateRange.last
      ? labels.dateRange(day(org.dateRange.first), day(org.dateRange.last))
      : null;
  const stage = stageName(report, org.stage);
  const edges = report.questionnaire.stages.slice(1).map((s) => s.min);
  const lines = [
    title(ctx, org.organization),
    labels.respondents(org.respondents, range),
    ...(org.withheld.some((w) => w.scope === 'organization')
      ? [ctx.paint.bold(say.organizationWithheld)]
      : [
          ctx.paint.bold(labels.stage(stage, oneDecimal(org.meanOfDepartmentMeans))),
          labels.plainMean(org.respondents, oneDecimal(org.meanOfRespondents)),
        ]),
    '',
    departmentTable(ctx, org).trimEnd(),
    labels.barLegend(ctx.glyphs.edge, ctx.glyphs.marker, edges),
    ...statisticsSection(ctx, org),
    '',
    ...gapSection(ctx, org),
    '',
    ...whereToAct(ctx, org),
    ...recommendation(ctx, org),
    ...withheldSection(ctx, org),
  ];
  return lines.join('\n');
}

function statisticsSection(ctx: Context, org: OrganizationReport): string[] {
  const rows = statisticsRows(ctx.report, org);
  if (rows === null) return [];
  const head = [labels.department, say.ci95, say.certainty, say.agreement];
  const cells = rows.map((r) => [r.name, r.ci95, r.certainty, r.agreement]);
  const aligns: Align[] = ['left', 'right', 'left', 'left'];
  const notes = statisticsNotes(ctx.report, org).flatMap((note) => wrapText(note, ctx.width, ''));
  const table = rows.length > 0 ? [grid(ctx, head, cells, aligns).trimEnd()] : [];
  return ['', title(ctx, say.statisticsHeading), ...table, ...notes];
}

function withheldSection(ctx: Context, org: OrganizationReport): string[] {
  const reasons = withheldReasons(org);
  if (reasons.length === 0) return [];
  const lines = reasons.flatMap((reason) => wrapText(reason, ctx.width, '  - ', '    '));
  return ['', title(ctx, say.withheldHeading), ...lines];
}

function recommendation(ctx: Context, org: OrganizationReport): string[] {
  const view = recommendationView(ctx.report, org);
  if (!view) return [];
  return [
    '',
    title(ctx, view.headline),
    ...(view.basis ? wrapText(view.basis, ctx.width, '') : []),
    ...view.reasons.flatMap((reason) => wrapText(reason, ctx.width, '  - ')),
  ];
}

function departmentTable(ctx: Context, org: OrganizationReport): string {
  const { report } = ctx;
  const head = [
    labels.department,
    labels.n,
    labels.mean,
    labels.sd,
    labels.median,
    labels.min,
    labels.max,
    labels.stageColumn,
    bandAxis(report.questionnaire),
  ];
  const rows: string[][] = [];
  for (const d of org.departments) {
    rows.push(departmentRow(ctx, d));
    // Heads and staff side by side only when more than one role answered: a single role's
    // row would repeat the department's.
    const roles = d.roles.filter((r) => r.n > 0);
    if (roles.length < 2) continue;
    for (const r of roles) {
      const stage = r.mean === null ? say.withheld : stageName(report, r.stage);
      rows.push([`  ${r.name}`, whole(r.n), oneDecimal(r.mean), '', '', '', '', stage, '']);
    }
  }
  const aligns: Align[] = ['left', ...Array<Align>(6).fill('right'), 'left', 'left'];
  return grid(ctx, head, rows, aligns);
}

function departmentRow(ctx: Context, d: DepartmentReport): string[] {
  if (d.n === 0 || d.mean === null) {
    const note = d.n === 0 ? labels.noAnswers : say.withheld;
    return [d.name, whole(d.n), '—', '—', '—', '—', '—', note, ''];
  }
  const bar = bandBar(d.mean, d.stage ?? '', ctx.report.questionnaire, ctx.glyphs);
  const marker = ctx.glyphs.marker;
  return [
    d.name,
    whole(d.n),
    oneDecimal(d.mean),
    oneDecimal(d.sd),
    oneDecimal(d.median),
    whole(d.min),
    whole(d.max),
    stageName(ctx.report, d.stage),
    bar.replace(marker, ctx.paint.marker(marker)),
  ];
}

function gapSection(ctx: Context, org: OrganizationReport): string[] {
  const { report } = ctx;
  const { gap } = org;
  const [first, second] = gap.between.map((id) => departmentName(report, id)) as [string, string];
  const departments = answered(org);
  const head = [labels.statement, ...departments.map((d) => d.name)];
  const aligns: Align[] = ['left', ...departments.map((): Align => 'right')];
  const tested = gap.statementTests !== null;
  if (gap.total !== null) {
    head.push(labels.gap, ...(tested ? [say.pAdjusted] : []), say.mark);
    aligns.push('right', ...(tested ? ['right' as const] : []), 'left');
  }
  const rows = statementRows(report, org).map((row) => {
    if (gap.total === null) return [row.statement, ...row.means.map(oneDecimal)];
    const { pAdjusted, mark } = statementMarks(org, row.statement);
    const p = tested ? [pAdjusted] : [];
    return [row.statement, ...row.means.map(oneDecimal), signedOneDecimal(row.gap), ...p, mark];
  });

  const [firstMean, secondMean] = gap.means.map(oneDecimal) as [string, string];
  const withheld = gapWithheld(org);
  const missing = withheld ?? labels.noGap(missingGapSides(report, org));
  const intro =
    gap.total === null
      ? [title(ctx, labels.statementMeans), ...wrapText(missing, ctx.width, '')]
      : [
          title(ctx, labels.gapHeading(first, second)),
          labels.gapTotal(signedOneDecimal(gap.total), first, firstMean, second, secondMean),
        ];
  const tests = gapTestLines(report, org).flatMap((line) => wrapText(line, ctx.width, ''));
  if (departments.length === 0) return [...intro, ...tests];
  return [...intro, grid(ctx, head, rows, aligns).trimEnd(), ...tests];
}

function whereToAct(ctx: Context, org: OrganizationReport): string[] {
  const { report } = ctx;
  const { scale } = report.questionnaire;
  if (org.withheld.some((w) => w.scope === 'organization')) {
    return [title(ctx, labels.whereToAct), ...wrapText(say.whereToActWithheld, ctx.width, '')];
  }
  const lines = [
    title(ctx, labels.whereToAct),
    labels.whereToActNote(org.whereToAct.length, scale.min, scale.max),
    ...org.whereToAct.flatMap((s) => {
      const text = `${statementText(report, s.statement)} (${s.statement})`;
      return wrapText(text, ctx.width, `  ${oneDecimal(s.mean)}  `);
    }),
  ];
  const advice = org.advice;
  if (!advice) return lines;
  if (advice.to === null) return [...lines, '', labels.topStage(stageName(report, advice.from))];
  return [
    ...lines,
    '',
    title(ctx, labels.adviceHeading(stageName(report, advice.from), stageName(report, advice.to))),
    ...advice.steps.flatMap((step) => wrapText(step, ctx.width, '  - ')),
  ];
}

async function terminalPaint(): Promise<Paint> {
  const { painter } = await import('../output/paint.js');
  const chalk = painter(true);
  return {
    bold: (text) => chalk.bold(text),
    marker: (text) => chalk.cyan.bold(text),
    border: ['grey'],
  };
}

function proseWidth(options: TableOptions): number {
  const width = options.tty ? (options.width ?? MAX_WIDTH) : MAX_WIDTH;
  return Math.max(MIN_WIDTH, Math.min(width, MAX_WIDTH));
}

// On a terminal a bold heading; in a file, a heading underlined so it can be found by eye.
function title(ctx: Context, text: string): string {
  return ctx.Table ? ctx.paint.bold(text) : `${text}\n${'-'.repeat(text.length)}`;
}

function grid(ctx: Context, head: string[], rows: string[][], aligns: Align[]): string {
  if (!ctx.Table) return plainGrid(head, rows, aligns);
  const table = new ctx.Table({
    head: head.map((h) => ctx.paint.bold(h)),
    colAligns: aligns,
    style: { head: [], border: ctx.paint.border },
    // No rule between rows: a 20-statement table should fit on a screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(row);
  return `${table.toString()}\n`;
}

// plainTable right-aligns only numbers; the figures arrive as text ("62.0"), so the
// right-aligned columns are padded here, heading included.
function plainGrid(head: string[], rows: string[][], aligns: Align[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cells: string[]) =>
    cells.map((cell, i) => (aligns[i] === 'right' ? cell.padStart(widths[i]!) : cell));
  return plainTable(pad(head), rows.map(pad));
}
