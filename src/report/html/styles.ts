// The page's whole style sheet, inline: no font, image or other file is fetched. System fonts
// only. Narrow screens get the gap table as stacked rows; print gets A4/Letter margins, one
// organization per page run, and the band shading kept (print-color-adjust).
export const STYLES = `
:root {
  --ink: #1c232b; --muted: #56616d; --rule: #d5dbe2; --paper: #ffffff; --soft: #f4f6f9;
  --first: #0072B2; --second: #D55E00;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
main, .report-head { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
h1, h2, h3 { line-height: 1.2; margin: 0; }
h1 { font-size: 1.9rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.08rem; margin: 1.6rem 0 0.5rem; }
p { margin: 0.4rem 0; }
.report-head { padding-top: 1.75rem; padding-bottom: 1rem; border-bottom: 3px solid var(--ink); }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.78rem;
  color: var(--muted); margin: 0; }
.byline { font-weight: 600; }
.facts, .detail, caption, .note { color: var(--muted); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem 1.2rem; padding: 0;
  margin: 0.6rem 0 0; }
nav a { color: var(--first); }

.org { padding: 1.6rem 0 1rem; border-bottom: 1px solid var(--rule); }
.org-head .facts { margin-top: 0.2rem; }
.verdict { display: flex; flex-wrap: wrap; gap: 0.8rem 2rem; align-items: flex-start;
  margin: 1rem 0 0.6rem; }
.overall { margin: 0; display: grid; gap: 0.1rem; max-width: 22rem; }
.overall .label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--muted); }
.overall .stage { font-size: 2rem; line-height: 1.1; }
.department-stages { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35rem; }
.department-stages li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.45rem; }
.department-stages .name { font-weight: 600; }
.department-stages .stage { font-size: 1.1rem; }
.legend-mark { vertical-align: -2px; flex: none; }
.gap-summary { font-size: 1.05rem; font-weight: 600; margin-top: 0.6rem; }
.withheld { border-left: 4px solid var(--ink); background: var(--soft); padding: 0.5rem 0.8rem;
  margin: 0.8rem 0 0; }
.withheld ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
.notes { margin: 0.5rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: 0.9rem; }
.test { font-size: 0.95rem; }
.marks-legend { font-size: 0.88rem; color: var(--muted); list-style: none; padding: 0;
  margin: 0.4rem 0 0; display: grid; gap: 0.2rem; }
.marks { margin-left: 0.25rem; }
.mark { font-weight: 400; font-size: 1.05em; line-height: 1; }
.marks .mark + .mark { margin-left: 0.15rem; }
.gap-value { min-width: 4.6rem; }
.gap-bar rect.notable { stroke: var(--ink); stroke-width: 2; }

figure { margin: 0.6rem 0 0; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 0.3rem; }
svg { overflow: visible; }
svg text { fill: var(--ink); font-size: 12px; }
.band-chart { display: block; }
.band-name { font-weight: 700; font-size: 13px; }
.band-range, .axis text { fill: var(--muted); font-size: 11.5px; }
.band-edge { stroke: var(--paper); stroke-width: 2; }
.track { stroke: #8a96a3; stroke-width: 1; stroke-dasharray: 2 3; }
.row-label { font-size: 12.5px; }
.row-name { font-weight: 700; }

table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-size: 0.85rem; padding: 0 0 0.3rem; caption-side: top; }
th, td { padding: 0.3rem 0.45rem; border-bottom: 1px solid var(--rule); vertical-align: top;
  text-align: left; }
thead th { font-size: 0.8rem; color: var(--muted); font-weight: 600; vertical-align: bottom;
  border-bottom: 1px solid var(--ink); white-space: normal; }
.value-col { text-align: right; white-space: nowrap; width: 1%; }
thead .value-col { white-space: normal; }
.n-col { color: var(--muted); text-align: right; width: 2rem; }
.table-scroll { overflow-x: auto; margin-top: 0.6rem; }
.department-table { width: auto; min-width: 36rem; }
.department-table .value-col { width: auto; }
.department-table th[scope="row"] { font-weight: 600; white-space: nowrap; padding-right: 1.5rem; }
.department-table .mean { font-weight: 700; }
.department-table .empty { color: var(--muted); font-style: italic; }
.department-table .certainty, .department-table .agreement { white-space: nowrap; }
.department-table tbody { border-bottom: 1px solid var(--rule); }
.department-table tbody th, .department-table tbody td { border-bottom: 0; }
.department-table tr.role th, .department-table tr.role td { padding-top: 0; font-size: 0.88rem;
  color: var(--muted); font-weight: 400; }
.department-table tr.role th { padding-left: 1.75rem; }

.gap-table { margin-top: 0.4rem; }
.gap-table .text-col { font-size: 0.9rem; }
.gap-table td { padding-top: 0.35rem; padding-bottom: 0.35rem; }
.gap-table .bar-col { width: 30%; min-width: 9rem; padding-left: 0.8rem; }
.gap-value { font-weight: 700; }
.gap-bar { display: block; margin-top: 0.1rem; }
.gap-axis { display: block; margin-top: 0.15rem; }
.gap-axis text { fill: var(--muted); font-size: 11px; font-weight: 400; }
.sides { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.5rem;
  color: var(--ink); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.zero { stroke: var(--ink); stroke-width: 1.5; }
.grid { stroke: var(--rule); stroke-width: 1; }
.statement-table .text-col { font-size: 0.9rem; }

.act-list { list-style: none; padding: 0; margin: 0.4rem 0 0; display: grid; gap: 0.45rem; }
.act-list li { display: grid; grid-template-columns: 8.5rem 1fr; gap: 0.8rem;
  align-items: baseline; }
.rating { display: flex; align-items: center; gap: 0.45rem; white-space: nowrap; }
.rating-value { font-weight: 700; font-variant-numeric: tabular-nums; }
.rating-track { fill: var(--soft); stroke: var(--rule); }
.rating-fill { fill: var(--ink); }
.act-text .n { color: var(--muted); }
.advice ul { margin: 0.3rem 0 0; padding-left: 1.2rem; }
.advice li { margin: 0.15rem 0; }

.method { padding: 1.6rem 0 2.5rem; font-size: 0.9rem; }
.method dl { margin: 0.6rem 0 0; display: grid; grid-template-columns: 11rem 1fr;
  gap: 0.5rem 1rem; }
.method dt { font-weight: 700; }
.method dd { margin: 0; }
.method .bands { display: block; margin-top: 0.3rem; }
.band { white-space: nowrap; }
.left-out { margin: 0.3rem 0 0; padding-left: 1.2rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
  monospace; font-size: 0.85em; overflow-wrap: anywhere; }

@media (max-width: 40rem) {
  body { font-size: 14.5px; }
  main, .report-head { padding: 0 0.9rem; }
  .report-head { padding-top: 1.2rem; padding-bottom: 0.8rem; }
  h1 { font-size: 1.5rem; }
  .verdict { flex-direction: column; }
  .gap-table, .gap-table thead, .gap-table tbody { display: block; }
  .gap-table caption { display: block; }
  .gap-table tr { display: grid; grid-template-columns: 1.8rem repeat(3, auto) 1fr;
    column-gap: 0.6rem; border-bottom: 1px solid var(--rule); padding: 0.4rem 0; }
  .gap-table th, .gap-table td { border: 0; padding: 0; }
  .gap-table thead tr { grid-template-columns: 1fr; }
  .gap-table thead th:not(.bar-col) { display: none; }
  .gap-table .text-col { grid-column: 2 / -1; }
  .gap-table .n-col { grid-column: 1; }
  .gap-table .value-col { grid-row: 2; text-align: left; }
  .gap-table .value-col:nth-child(3) { grid-column: 2; }
  .gap-table .value-col:nth-child(4) { grid-column: 3; }
  .gap-table .value-col:nth-child(5) { grid-column: 4; }
  .gap-table .value-col::before { content: attr(data-label) " "; color: var(--muted);
    font-weight: 400; }
  .gap-table .bar-col { grid-column: 1 / -1; grid-row: 3; width: auto; min-width: 0;
    padding: 0.25rem 0 0; }
  .gap-table thead .bar-col { padding: 0; }
  .department-table, .department-table tbody { display: block; min-width: 0; }
  .department-table thead { display: none; }
  .department-table caption { display: block; }
  .department-table tbody { padding: 0.3rem 0; }
  .department-table tr { display: flex; flex-wrap: wrap; gap: 0.15rem 1rem; padding: 0.2rem 0; }
  .department-table tr.role th { padding-left: 0; }
  .department-table td:empty { display: none; }
  .department-table th, .department-table td { border: 0; padding: 0; text-align: left; }
  .department-table th[scope="row"] { flex-basis: 100%; }
  .department-table td[data-label]::before { content: attr(data-label) " "; color: var(--muted);
    font-weight: 400; }
  .act-list li { grid-template-columns: 1fr; gap: 0.1rem; }
  .method dl { grid-template-columns: 1fr; }
  .method dd { margin-bottom: 0.4rem; }
}

@page { margin: 9mm 10mm 10mm; }
@media print {
  html { font-size: 8.8pt; }
  body { font-size: 1rem; line-height: 1.28; }
  main, .report-head { max-width: none; padding: 0; }
  nav { display: none; }
  .report-head { padding-top: 0; padding-bottom: 0.6rem; }
  .org { border-bottom: 0; padding-top: 0.9rem; }
  .org + .org { break-before: page; padding-top: 0; }
  h3 { margin-top: 0.7rem; break-after: avoid; }
  p { margin: 0.25rem 0; }
  .verdict { margin: 0.5rem 0 0.3rem; flex-wrap: nowrap; }
  .overall { max-width: 21rem; }
  tr, li, figure, .band-chart, .verdict, .department-table tbody { break-inside: avoid; }
  th, td, .gap-table td { padding: 0.1rem 0.35rem; }
  .gap-table .bar-col { width: 22%; min-width: 0; padding-left: 0.5rem; }
  .gap-table .text-col, .statement-table .text-col { font-size: 0.88rem; line-height: 1.16; }
  .marks-legend, .notes { font-size: 0.85rem; gap: 0; }
  .next-stage { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.4rem;
    align-items: start; }
  .next-stage > :only-child { grid-column: 1 / -1; }
  .next-stage .recommendation .note { font-size: 0.9rem; }
  .act-list { gap: 0.15rem; }
  .act-list li { grid-template-columns: 6.4rem 1fr; gap: 0.5rem; }
  .rating-bar { width: 28px; }
  .table-scroll { overflow: visible; }
  .method { padding: 0.8rem 0 0; break-before: avoid; font-size: 0.88rem; }
  .method dl { display: block; column-count: 2; column-gap: 1.4rem; }
  .method dt { break-after: avoid; }
  .method dd { margin-bottom: 0.35rem; }
  a { color: inherit; text-decoration: none; }
}
`;
