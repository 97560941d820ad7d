/** One response as the ledger keeps it: small numbers only, no strings but the file's index. */
export interface CountedResponse {
  /** Index of the file in the collector's list of files used. */
  file: number;
  /** `completedAt` in milliseconds since the epoch; NaN if the date does not exist. */
  completedAt: number;
  department: number;
  role: number;
  total: number;
  /** The ratings in the bank's statement order. */
  ratings: Uint8Array;
}

const FIRST_CAPACITY = 8;

/**
 * The respondents of one organization whose answers are counted, by respondent id. A
 * respondent who answers again must replace, not add to, their earlier answers, and a tally
 * of counts cannot say what one respondent contributed. So the ledger keeps each counted
 * response's ratings, packed one byte per statement in a shared buffer (20 bytes for the
 * bundled bank, about 2 MB for 100,000 respondents), until the report is built: a duplicate
 * may turn up in the last file read. The alternative, a first pass over every file to find
 * the duplicates, would read and parse everything twice.
 */
export class RespondentLedger {
  private readonly slots = new Map<string, number>();
  private size = 0;
  private file = new Uint32Array(FIRST_CAPACITY);
  private completedAt = new Float64Array(FIRST_CAPACITY);
  private department = new Uint8Array(FIRST_CAPACITY);
  private role = new Uint8Array(FIRST_CAPACITY);
  private total = new Uint32Array(FIRST_CAPACITY);
  private ratings: Uint8Array;

  constructor(private readonly statements: number) {
    this.ratings = new Uint8Array(FIRST_CAPACITY * statements);
  }

  /** How many respondents are counted. */
  get count(): number {
    return this.size;
  }

  /** The counted response of a respondent id, if there is one. */
  find(respondentId: string): { slot: number; response: CountedResponse } | undefined {
    const slot = this.slots.get(respondentId);
    return slot === undefined ? undefined : { slot, response: this.read(slot) };
  }

  /** Records the response of a respondent not counted yet. */
  add(respondentId: string, response: CountedResponse): void {
    if (this.size === this.file.length) this.grow();
    const slot = this.size++;
    this.slots.set(respondentId, slot);
    this.write(slot, response);
  }

  /** Puts a later response of the same respondent in the place of the earlier one. */
  replace(slot: number, response: CountedResponse): void {
    this.write(slot, response);
  }

  /** The earliest and latest completion times, ignoring dates that do not exist. */
  dateRange(): { first: number; last: number } | null {
    let first = Infinity;
    let last = -Infinity;
    for (let slot = 0; slot < this.size; slot++) {
      const time = this.completedAt[slot]!;
      if (time < first) first = time;
      if (time > last) last = time;
    }
    return first === Infinity ? null : { first, last };
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
