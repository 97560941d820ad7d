import { labels, statisticsLabels as say } from '../aggregate/messages.js';
import { markdownTable, markdownText as md } from './markdown-text.js';
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
  statementNumber,
  statementRows,
  statementText,
} from './report-view.js';
import type { AggregateReport, DepartmentReport, OrganizationReport } from './types.js';

/**
 * The report as Markdown to paste into a client document: a heading per organization, the
 * department table with heads and staff side by side, the perception gap statement by
 * statement, where to act and the next stage's advice, then the files left out.
 */
export function renderMarkdown(report: AggregateReport): string {
  const blocks = heading(report);
  for (const org of report.organizations) blocks.push(...organization(report, org));

  const leftOut = filesLeftOut(report, labels.supersededBy);
  if (leftOut.length > 0) {
    const rows = leftOut.map((f) => [md(f.file), md(f.reason)]);
    const table = markdownTable([labels.file, labels.reason], rows, [false, false]);
    blocks.push(`## ${labels.filesLeftOut}`, table);
  }
  blocks.push(`_${md(labels.source(report.questionnaire.source))}_`);
  return `${blocks.join('\n\n')}\n`;
}

const DASH = '—';

// List items and paragraphs that begin with text from a file.
const START = { lineStart: true };

function heading(report: AggregateReport): string[] {
  const { questionnaire, files } = report;
  const leftOut = filesLeftOut(report, labels.supersededBy).length;
  const facts = [
    labels.questionnaire(`\`${questionnaire.id}\``, md(questionnaire.version)),
    labels.used(files.used),
    ...(leftOut > 0 ? [labels.leftOut(leftOut)] : []),
  ].join(' · ');
  const by = report.preparedBy === null ? [] : [`${md(labels.preparedBy(report.preparedBy))}  `];
  const settings = settingsLines(report)
    .map((line) => md(line))
    .join('  \n');
  return [`# ${md(report.title ?? questionnaire.title)}`, [...by, facts].join('\n'), settings];
}

function organization(report: AggregateReport, org: OrganizationReport): string[] {
  const range =
    org.dateRange.first && org.dateRange.last
      ? labels.dateRange(day(org.dateRange.first), day(org.dateRange.last))
      : null;
  const stageText = `**${md(stageName(report, org.stage))}**`;
  const stage = labels.stage(stageText, oneDecimal(org.meanOfDepartmentMeans));
  const plainMean = labels.plainMean(org.respondents, oneDecimal(org.meanOfRespondents));
  const withheld = org.withheld.some((w) => w.scope === 'organization');
  return [
    `## ${md(org.organization)}`,
    `${labels.respondents(org.respondents, range)}.`,
    withheld ? md(say.organizationWithheld) : `${stage}. ${plainMean}.`,
    `### ${labels.departments}`,
    departmentTable(report, org),
    ...statisticsSection(report, org),
    ...gapSection(report, org),
    ...whereToAct(report, org),
    ...recommendation(report, org),
    ...withheldSection(org),
  ];
}

function statisticsSection(report: AggregateReport, org: OrganizationReport): string[] {
  const rows = statisticsRows(report, org);
  if (rows === null) return [];
  const head = [labels.department, say.ci95, say.certainty, md(say.agreement)];
  const cells = rows.map((r) => [md(r.name), r.ci95, md(r.certainty), r.agreement]);
  const right = [false, true, false, false];
  const table = rows.length > 0 ? [markdownTable(head, cells, right)] : [];
  const notes = statisticsNotes(report, org).map((note) => md(note, START));
  return [`### ${say.statisticsHeading}`, ...table, ...notes];
}

function withheldSection(org: OrganizationReport): string[] {
  const reasons = withheldReasons(org);
  if (reasons.length === 0) return [];
  return [`### ${say.withheldHeading}`, reasons.map((r) => `- ${md(r, START)}`).join('\n')];
}

function recommendation(report: AggregateReport, org: OrganizationReport): string[] {
  const view = recommendationView(report, org);
  if (!view) return [];
  const reasons = view.reasons.map((reason) => `- ${md(reason, START)}`).join('\n');
  return [`### ${md(view.headline)}`, ...(view.basis ? [md(view.basis, START)] : []), reasons];
}

function departmentTable(report: AggregateReport, org: OrganizationReport): string {
  const roles = report.questionnaire.roles;
  const head = [
    labels.department,
    labels.n,
    labels.mean,
    labels.sd,
    labels.median,
    labels.min,
    labels.max,
    labels.stageColumn,
    ...roles.map((r) => md(r.name)),
  ];
  const right = head.map((_, i) => (i >= 1 && i <= 6) || i >= 8);
  const rows = org.departments.map((d) => departmentRow(report, d));
  return markdownTable(head, rows, right);
}

function departmentRow(report: AggregateReport, d: DepartmentReport): string[] {
  const roleCells = d.roles.map((r) =>
    r.n === 0 ? DASH : labels.roleCell(r.mean === null ? say.withheld : oneDecimal(r.mean), r.n),
  );
  if (d.n === 0 || d.mean === null) {
    const note = d.n === 0 ? labels.noAnswers : say.withheld;
    return [md(d.name), whole(d.n), ...Array<string>(5).fill(DASH), note, ...roleCells];
  }
  return [
    md(d.name),
    whole(d.n),
    oneDecimal(d.mean),
    oneDecimal(d.sd),
    oneDecimal(d.median),
    whole(d.min),
    whole(d.max),
    md(stageName(report, d.stage)),
    ...roleCells,
  ];
}

function gapSection(report: AggregateReport, org: OrganizationReport): string[] {
  const { gap } = org;
  const names = gap.between.map((id) => md(departmentName(report, id)));
  const [first, second] = names as [string, string];
  const departments = answered(org);
  const withGap = gap.total !== null;
  const tested = gap.statementTests !== null;
  const gapHead = withGap ? [labels.gap, ...(tested ? [say.pAdjusted] : []), say.mark] : [];
  const head = ['#', labels.statement, ...departments.map((d) => md(d.name)), ...gapHead];
  // Numbers to the right; the statement and the marks are text.
  const right = head.map((_, i) => i !== 1 && !(withGap && i === head.length - 1));
  const rows = statementRows(report, org).map((row) => {
    const { pAdjusted, mark } = statementMarks(org, row.statement);
    const gapCells = [signedOneDecimal(row.gap), ...(tested ? [pAdjusted] : []), mark];
    return [
      String(statementNumber(report, row.statement)),
      md(statementText(report, row.statement)),
      ...row.means.map(oneDecimal),
      ...(withGap ? gapCells : []),
    ];
  });

  const [firstMean, secondMean] = gap.means.map(oneDecimal) as [string, string];
  const missing = gapWithheld(org) ?? labels.noGap(missingGapSides(report, org));
  const intro = withGap
    ? [
        `### ${labels.gapHeading(first, second)}`,
        `${labels.gapTotal(signedOneDecimal(gap.total), first, firstMean, second, secondMean)}:`,
      ]
    : [`### ${labels.statementMeans}`, md(missing)];
  const tests = gapTestLines(report, org).map((line) => md(line, START));
  if (departments.length === 0) return [...intro, ...tests];
  return [...intro, markdownTable(head, rows, right), ...tests];
}

function whereToAct(report: AggregateReport, org: OrganizationReport): string[] {
  const { scale } = report.questionnaire;
  if (org.withheld.some((w) => w.scope === 'organization')) {
    return [`### ${labels.whereToAct}`, md(say.whereToActWithheld)];
  }
  const list = org.whereToAct
    .map((s, i) => {
      const text = md(statementText(report, s.statement), START);
      return `${i + 1}. ${text} (${oneDecimal(s.mean)})`;
    })
    .join('\n');
  const blocks = [
    `### ${labels.whereToAct}`,
    labels.whereToActNote(org.whereToAct.length, scale.min, scale.max),
    list,
  ];
  const advice = org.advice;
  if (!advice) return blocks;
  if (advice.to === null) {
    return [...blocks, md(labels.topStage(stageName(report, advice.from)), START)];
  }
  return [
    ...blocks,
    `### ${md(labels.adviceHeading(stageName(report, advice.from), stageName(report, advice.to)))}`,
    advice.steps.map((step) => `- ${md(step, START)}`).join('\n'),
  ];
}
