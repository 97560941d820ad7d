const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A set of (organization, respondent id) pairs, each numbered in the order added: the slot
 * its response has in the ledger. Every id of every file read must be remembered to catch a
 * respondent who answers twice, and 100,000 JavaScript strings in a Map cost about 10 MB of a
 * 150 MB budget; here the ids are copied into one growing array of UTF-16 code units and
 * found through an open-addressing table (linear probing, FNV-1a hashes), some 25 bytes each.
 */
export class RespondentIds {
  private size = 0;
  private table: Int32Array;
  private hashes: Uint32Array;
  private organizations: Uint32Array;
  private starts: Uint32Array;
  private lengths: Uint32Array;
  private chars: Uint16Array;
  private charsUsed = 0;
  private readonly perOrganization: number[] = [];

  constructor(capacity: number) {
    const n = Math.max(capacity, 8);
    this.table = new Int32Array(tableSizeFor(n)).fill(EMPTY);
    this.hashes = new Uint32Array(n);
    this.organizations = new Uint32Array(n);
    this.starts = new Uint32Array(n);
    this.lengths = new Uint32Array(n);
    this.chars = new Uint16Array(n * 8);
  }

  /** The slot of a respondent of an organization, or -1 when not added yet. */
  find(organization: number, id: string): number {
    const hash = hashOf(organization, id);
    const mask = this.table.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.table[i]!;
      if (slot === EMPTY) return EMPTY;
      if (this.hashes[slot] === hash && this.matches(slot, organization, id)) return slot;
    }
  }

  /** Adds a respondent not added yet, and returns its slot: the number of pairs before it. */
  add(organization: number, id: string): number {
    if (this.size === this.hashes.length) this.growEntries();
    if ((this.size + 1) * 2 > this.table.length) this.growTable();
    if (this.charsUsed + id.length > this.chars.length) this.growChars(id.length);

    const slot = this.size++;
    const hash = hashOf(organization, id);
    this.hashes[slot] = hash;
    this.organizations[slot] = organization;
    this.starts[slot] = this.charsUsed;
    this.lengths[slot] = id.length;
    for (let k = 0; k < id.length; k++) this.chars[this.charsUsed++] = id.charCodeAt(k);
    this.place(slot, hash);
    this.perOrganization[organization] = (this.perOrganization[organization] ?? 0) + 1;
    return slot;
  }

  /** The organization a slot belongs to. */
  organizationOf(slot: number): number {
    return this.organizations[slot]!;
  }

  /** How many respondents of an organization were added. */
  count(organization: number): number {
    return this.perOrganization[organization] ?? 0;
  }

  private matches(slot: number, organization: number, id: string): boolean {
    if (this.organizations[slot] !== organization || this.lengths[slot] !== id.length) return false;
    const start = this.starts[slot]!;
    for (let k = 0; k < id.length; k++) {
      if (this.chars[start + k] !== id.charCodeAt(k)) return false;
    }
    return true;
  }

  private place(slot: number, hash: number): void {
    const mask = this.table.length - 1;
    let i = hash & mask;
    while (this.table[i] !== EMPTY) i = (i + 1) & mask;
    this.table[i] = slot;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    this.hashes = copyInto(this.hashes, new Uint32Array(n));
    this.organizations = copyInto(this.organizations, new Uint32Array(n));
    this.starts = copyInto(this.starts, new Uint32Array(n));
    this.lengths = copyInto(this.lengths, new Uint32Array(n));
  }

  private growTable(): void {
    this.table = new Int32Array(this.table.length * 2).fill(EMPTY);
    for (let slot = 0; slot < this.size; slot++) this.place(slot, this.hashes[slot]!);
  }

  private growChars(needed: number): void {
    const n = Math.max(this.chars.length * 2, this.charsUsed + needed);
    this.chars = copyInto(this.chars, new Uint16Array(n));
  }
}

// A power of two with room to spare, so that probes stay short (load at most one half).
function tableSizeFor(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

// FNV-1a over the organization's index and the id's UTF-16 code units.
function hashOf(organization: number, id: string): number {
  let hash = Math.imul(FNV_OFFSET ^ organization, FNV_PRIME);
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), FNV_PRIME);
  return hash >>> 0;
}

function copyInto<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
