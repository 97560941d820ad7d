import type { Bank } from '../questionnaire/types.js';
import type { ScoredResponse, Warning } from '../response/types.js';
import type { Superseded } from '../report/types.js';
import { tallyShape, type TallyShape } from './group-tally.js';
import { messages } from './messages.js';
import { OrganizationTally } from './organization-tally.js';
import { RespondentLedger, type CountedResponse } from './respondent-ledger.js';

/** An organization as collected: its tallies, who counts, and when they answered. */
export interface CollectedOrganization {
  tally: OrganizationTally;
  respondents: number;
  /** Milliseconds since the epoch; null when no date exists. */
  dateRange: { first: number; last: number } | null;
}

/**
 * Takes the scored responses one at a time, as they are read, and keeps only tallies and a
 * compact ledger, so memory follows the number of respondents by a few dozen bytes each and
 * never holds a parsed file. When a respondent id comes back within an organization, the
 * answers with the later `completedAt` are counted and the others taken out again.
 */
export class ResponseCollector {
  readonly superseded: Superseded[] = [];
  readonly warnings: Warning[] = [];
  /** How many valid responses were given, superseded ones included. */
  valid = 0;

  private readonly organizations = new Map<string, OrganizationTally>();
  private readonly ledger: RespondentLedger;
  private readonly shape: TallyShape;
  private readonly departmentIndex: Map<string, number>;
  private readonly roleIndex: Map<string, number>;
  // The response being added, reused for every file: the ledger copies what it keeps, and an
  // object allocated per file would be one more piece of garbage per file for V8 to promote.
  private readonly current: CountedResponse;

  /** `files` is the list being read; responses name their file by its index in it. */
  constructor(
    private readonly bank: Bank,
    private readonly files: readonly string[],
  ) {
    this.shape = tallyShape(bank);
    this.ledger = new RespondentLedger(bank.statements.length, files.length);
    this.departmentIndex = new Map(bank.departments.map((d, i) => [d.id, i]));
    this.roleIndex = new Map(bank.roles.map((r, i) => [r.id, i]));
    const ratings = new Uint8Array(bank.statements.length);
    this.current = { file: 0, completedAt: 0, department: 0, role: 0, total: 0, ratings };
  }

  /** Counts one valid response, or sets aside whichever of two by one respondent is earlier. */
  add(scored: ScoredResponse, fileIndex: number): void {
    const { respondent } = scored.response;
    const organization = this.organization(respondent.organization);
    const response = this.toCounted(scored, fileIndex);
    this.valid++;
    if (scored.warnings.length > 0) this.warnings.push(...scored.warnings);

    const earlier = this.ledger.find(organization.index, respondent.id);
    if (!earlier) {
      this.ledger.add(organization.index, respondent.id, response);
      organization.apply(response, 1);
      return;
    }

    // The later completedAt wins; on a tie, or a date that does not exist, the file read
    // first stays, so the outcome depends on nothing but the files and their order.
    const replaces = response.completedAt > earlier.response.completedAt;
    const [kept, left] = replaces ? [response, earlier.response] : [earlier.response, response];
    if (replaces) {
      organization.apply(earlier.response, -1);
      this.ledger.replace(earlier.slot, response);
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

  /** The names of the organizations seen, in the order first seen. */
  organizationNames(): string[] {
    return [...this.organizations.keys()];
  }

  /** Every organization seen, in the order first seen, with its respondents and date range. */
  collected(): CollectedOrganization[] {
    const ranges = this.ledger.dateRanges(this.organizations.size);
    return [...this.organizations.values()].map((tally) => ({
      tally,
      respondents: this.ledger.count(tally.index),
      dateRange: ranges[tally.index] ?? null,
    }));
  }

  private organization(name: string): OrganizationTally {
    let tally = this.organizations.get(name);
    if (!tally) {
      tally = new OrganizationTally(name, this.organizations.size, this.shape);
      this.organizations.set(name, tally);
    }
    return tally;
  }

  private toCounted(scored: ScoredResponse, file: number): CountedResponse {
    const { response } = scored;
    const { statements } = this.bank;
    const current = this.current;
    for (let i = 0; i < statements.length; i++) {
      current.ratings[i] = response.answers[statements[i]!.id]!;
    }
    current.file = file;
    current.completedAt = Date.parse(response.completedAt);
    current.department = this.departmentIndex.get(response.respondent.department)!;
    current.role = this.roleIndex.get(response.respondent.role)!;
    current.total = scored.total;
    return current;
  }
}
