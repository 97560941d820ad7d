import { oneDecimal } from '../numbers.js';
import { filesLeftOut } from '../report-view.js';
import type { AggregateReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { unitValue } from './format.js';
import { words } from './wording.js';

/**
 * How the report was made: the questionnaire and its source, how a stage is read off a mean,
 * and every file that was left out, with why.
 */
export function method(report: AggregateReport): Markup {
  const q = report.questionnaire;
  return html`<section class="method" aria-labelledby="method-title">
    <h2 id="method-title">${words.method}</h2>
    <dl>
      <dt>${words.questionnaireLabel}</dt>
      <dd>${words.questionnaireValue(
        q.title,
        q.id,
        q.version,
        q.statements.length,
        q.scale.min,
        q.scale.max,
      )}</dd>
      <dt>${words.sourceLabel}</dt>
      <dd class="source">${q.source}</dd>
      <dt>${words.stageLabel}</dt>
      <dd>${stageReading(report)}</dd>
      <dt>${words.statisticsLabel}</dt>
      <dd>${statistics(report)}</dd>
      <dt>${words.anonymityLabel}</dt>
      <dd>${
        report.anonymity.on ? words.anonymityOn(report.anonymity.minGroup) : words.anonymityOff
      }${withheld(report)}</dd>
      <dt>${words.leftOutLabel}</dt>
      <dd>${leftOut(report)}</dd>
    </dl>
  </section>`;
}

function stageReading(report: AggregateReport): Markup {
  const { statements, totals, stages } = report.questionnaire;
  const rule = words.stageRule(statements.length, totals.min, totals.max);
  // The example edge is taken from the middle of the key, where a reader's mean usually is.
  const lower = stages[Math.floor((stages.length - 2) / 2)];
  const upper = lower && stages[stages.indexOf(lower) + 1];
  const edge =
    lower && upper
      ? words.stageEdge(oneDecimal(upper.min - 0.5), lower.name, String(upper.min), upper.name)
      : '';
  return html`${rule} ${edge}
    <span class="bands">${words.bandsCaption}: ${stages.map(
      (s, i) => html`${i > 0 && ' · '}<span
      class="band">${s.name} ${words.range(s.min, s.max)}</span>`,
    )}.</span>`;
}

function leftOut(report: AggregateReport): Markup {
  const files = filesLeftOut(report, words.supersededBy);
  if (files.length === 0) return html`${words.nothingLeftOut}`;
  return html`${words.leftOutIntro(files.length)}
    <ul class="left-out">${files.map(
      (f) => html`<li><code>${f.file}</code>: ${f.reason}</li>`,
    )}</ul>`;
}

function statistics(report: AggregateReport): string {
  const settings = report.statistics;
  if (!settings) return words.statisticsOff;
  const { minRespondents, resamples, seed, level } = settings;
  return words.statisticsOn(minRespondents, resamples, seed, unitValue(level));
}

// What the rule withheld, organization by organization, in the words of the report.
function withheld(report: AggregateReport): Markup {
  const lines = report.organizations.flatMap((org) =>
    [...new Set(org.withheld.map((w) => w.reason))].map((reason) =>
      words.withheldIn(org.organization, reason),
    ),
  );
  if (lines.length === 0) return html``;
  return html`<ul class="left-out">${lines.map((line) => html`<li>${line}</li>`)}</ul>`;
}
