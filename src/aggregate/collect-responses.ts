import type { Bank } from '../questionnaire/types.js';
import type { ScoredResponse, Warning } from '../response/types.js';
import type { Superseded } from '../report/types.js';
import { tallyShape, type TallyShape } from './group-tally.js';
import { messages } from './messages.js';
import { OrganizationTally } from './organization-tally.js';
import type { CountedResponse } from './respondent-ledger.js';

/**
 * Takes the scored responses one at a time, as they are read, and keeps only tallies and a
 * compact ledger per organization, so memory follows the number of respondents by a few dozen
 * bytes each and never holds a parsed file. When a respondent id comes back within an
 * organization, the answers with the later `completedAt` are counted and the others taken out.
 */
export class ResponseCollector {
  readonly organizations = new Map<string, OrganizationTally>();
  readonly superseded: Superseded[] = [];
  readonly warnings: Warning[] = [];
  /** The files of every valid response, in the order read; the ledger refers to them by index. */
  readonly files: string[] = [];

  private readonly shape: TallyShape;
  private readonly departmentIndex: Map<string, number>;
  private readonly roleIndex: Map<string, number>;

  constructor(private readonly bank: Bank) {
    this.shape = tallyShape(bank);
    this.departmentIndex = new Map(bank.departments.map((d, i) => [d.id, i]));
    this.roleIndex = new Map(bank.roles.map((r, i) => [r.id, i]));
  }

  /** Counts one valid response, or sets aside whichever of two by one respondent is earlier. */
  add(scored: ScoredResponse): void {
    const { respondent } = scored.response;
    const organization = this.organization(respondent.organization);
    const response = this.toCounted(scored);
    this.warnings.push(...scored.warnings);

    const earlier = organization.ledger.find(respondent.id);
    if (!earlier) {
      organization.ledger.add(respondent.id, response);
      organization.apply(response, 1);
      return;
    }

    // The later completedAt wins; on a tie, or a date that does not exist, the file read
    // first stays, so the outcome does not depend on anything but the files and their order.
    const replaces = response.completedAt > earlier.response.completedAt;
    const [kept, left] = replaces ? [response, earlier.response] : [earlier.response, response];
    if (replaces) {
      organization.apply(earlier.response, -1);
      organization.ledger.replace(earlier.slot, response);
      organization.apply(response, 1);
    }

    const file = this.files[left.file]!;
    const keptFile = this.files[kept.file]!;
    const later = kept.completedAt > left.completedAt;
    const name = organization.organization;
    this.superseded.push({ file, keptFile, organization: name, respondentId: respondent.id });
    this.warnings.push({
      file,
      code: 'duplicate-respondent',
      message: messages.duplicateRespondent(respondent.id, name, keptFile, later),
    });
  }

  private organization(name: string): OrganizationTally {
    let tally = this.organizations.get(name);
    if (!tally) {
      tally = new OrganizationTally(name, this.shape);
      this.organizations.set(name, tally);
    }
    return tally;
  }

  private toCounted(scored: ScoredResponse): CountedResponse {
    const { response } = scored;
    const ratings = new Uint8Array(this.bank.statements.length);
    this.bank.statements.forEach((statement, i) => {
      ratings[i] = response.answers[statement.id]!;
    });
    this.files.push(scored.file);
    return {
      file: this.files.length - 1,
      completedAt: Date.parse(response.completedAt),
      department: this.departmentIndex.get(response.respondent.department)!,
      role: this.roleIndex.get(response.respondent.role)!,
      total: scored.total,
      ratings,
    };
  }
}
