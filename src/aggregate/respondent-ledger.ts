import { RespondentIds } from './respondent-ids.js';

/** One response as the ledger keeps it: small numbers only, no strings. */
export interface CountedResponse {
  /** Index of the file in the list of files being read. */
  file: number;
  /** `completedAt` in milliseconds since the epoch; NaN if the date does not exist. */
  completedAt: number;
  department: number;
  role: number;
  total: number;
  /** The ratings in the bank's statement order. */
  ratings: Uint8Array;
}

/** A counted response and where it is kept, to replace it. */
export interface Found {
  slot: number;
  response: CountedResponse;
}

const MIN_CAPACITY = 8;

/**
 * The respondents whose answers are counted, by organization and respondent id. A respondent
 * who answers again must replace, not add to, their earlier answers, and a tally of counts
 * cannot say what one respondent contributed; so the ledger keeps each counted response's
 * ratings, one byte per statement, until the report is built, as a duplicate may turn up in
 * the last file read. (The alternative, a first pass over every file to find the duplicates,
 * would read and parse everything twice.) It is all columns sized once for the number of files
 * to read, ids included (RespondentIds): about 60 bytes a respondent for the bundled bank, and
 * no garbage from growing, which matters for the peak memory of 100,000 files.
 */
export class RespondentLedger {
  private readonly ids: RespondentIds;
  private size = 0;
  private file: Uint32Array;
  private completedAt: Float64Array;
  private department: Uint8Array;
  private role: Uint8Array;
  private total: Uint32Array;
  private ratings: Uint8Array;

  constructor(
    private readonly statements: number,
    capacity = MIN_CAPACITY,
  ) {
    const n = Math.max(capacity, MIN_CAPACITY);
    this.ids = new RespondentIds(n);
    this.file = new Uint32Array(n);
    this.completedAt = new Float64Array(n);
    this.department = new Uint8Array(n);
    this.role = new Uint8Array(n);
    this.total = new Uint32Array(n);
    this.ratings = new Uint8Array(n * statements);
  }

  /** How many respondents of an organization (by its index) are counted. */
  count(organization: number): number {
    return this.ids.count(organization);
  }

  /** The counted response of a respondent of an organization, if there is one. */
  find(organization: number, respondentId: string): Found | undefined {
    const slot = this.ids.find(organization, respondentId);
    return slot === -1 ? undefined : { slot, response: this.read(slot) };
  }

  /** Records the response of a respondent not counted yet. */
  add(organization: number, respondentId: string, response: CountedResponse): void {
    if (this.size === this.file.length) this.grow();
    const slot = this.ids.add(organization, respondentId);
    this.size++;
    this.write(slot, response);
  }

  /** Puts a later response of the same respondent in the place of the earlier one. */
  replace(slot: number, response: CountedResponse): void {
    this.write(slot, response);
  }

  /**
   * The earliest and latest completion time of each organization, by its index, in one pass;
   * dates that do not exist are left out, and an organization without any has null.
   */
  dateRanges(organizations: number): ({ first: number; last: number } | null)[] {
    const first = new Float64Array(organizations).fill(Infinity);
    const last = new Float64Array(organizations).fill(-Infinity);
    for (let slot = 0; slot < this.size; slot++) {
      const org = this.ids.organizationOf(slot);
      const time = this.completedAt[slot]!;
      if (time < first[org]!) first[org] = time;
      if (time > last[org]!) last[org] = time;
    }
    return Array.from(first, (f, org) => (f === Infinity ? null : { first: f, last: last[org]! }));
  }

  private read(slot: number): CountedResponse {
    const start = slot * this.statements;
    return {
      file: this.file[slot]!,
      completedAt: this.completedAt[slot]!,
      department: this.department[slot]!,
      role: this.role[slot]!,
      total: this.total[slot]!,
      // A copy: the caller may replace this slot while still holding the old ratings.
      ratings: this.ratings.slice(start, start + this.statements),
    };
  }

  private write(slot: number, response: CountedResponse): void {
    this.file[slot] = response.file;
    this.completedAt[slot] = response.completedAt;
    this.department[slot] = response.department;
    this.role[slot] = response.role;
    this.total[slot] = response.total;
    this.ratings.set(response.ratings, slot * this.statements);
  }

  // Only when more responses come than the capacity given (none with an accurate count).
  private grow(): void {
    const capacity = this.file.length * 2;
    this.file = enlarge(this.file, new Uint32Array(capacity));
    this.completedAt = enlarge(this.completedAt, new Float64Array(capacity));
    this.department = enlarge(this.department, new Uint8Array(capacity));
    this.role = enlarge(this.role, new Uint8Array(capacity));
    this.total = enlarge(this.total, new Uint32Array(capacity));
    this.ratings = enlarge(this.ratings, new Uint8Array(capacity * this.statements));
  }
}

function enlarge<T extends Uint8Array | Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
