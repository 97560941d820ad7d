import type { DepartmentReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { words } from './wording.js';

// What the anonymity rule withheld is null in the report and listed, with why, in
// `withheld`. The page says it where the figure would have been, and lists the reasons once.

/** Whether the rule withheld `scope` ("organization", "gap", "department:<id>", ...). */
export function isWithheld(org: OrganizationReport, scope: string): boolean {
  return org.withheld.some((w) => w.scope === scope);
}

/** The departments with answers whose figures are shown, in the bank's order. */
export function shownDepartments(org: OrganizationReport): DepartmentReport[] {
  return org.departments.filter((d) => d.n > 0 && d.mean !== null);
}

/** The reasons for what was withheld in an organization's section, or nothing. */
export function withheldNotice(org: OrganizationReport): Markup {
  if (org.withheld.length === 0) return html``;
  const reasons = [...new Set(org.withheld.map((w) => w.reason))];
  return html`<div class="withheld" role="note">
    <strong>${words.withheldHeading}</strong>
    <ul>${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
  </div>`;
}
