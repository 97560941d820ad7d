import { GroupTally, type TallyShape } from './group-tally.js';
import type { CountedResponse } from './respondent-ledger.js';

/**
 * The tallies of one organization while the files are read: one per department and one per
 * role within it, the latter of totals only. Tallies are made when their first respondent
 * arrives, so a custom bank of 50 departments costs only for those that answered.
 */
export class OrganizationTally {
  private readonly departments: (GroupTally | undefined)[] = [];
  private readonly roles: (GroupTally | undefined)[][] = [];

  constructor(
    readonly organization: string,
    /** The organization's index in the ledger. */
    readonly index: number,
    private readonly shape: TallyShape,
  ) {}

  /** Counts a response in (`sign` 1) or out again (`sign` −1), in its department and role. */
  apply(response: CountedResponse, sign: 1 | -1): void {
    const { department, role, total, ratings } = response;
    this.departments[department] ??= new GroupTally(this.shape);
    this.departments[department].apply(total, ratings, sign);

    const roles = (this.roles[department] ??= []);
    roles[role] ??= new GroupTally(this.shape, { ratings: false });
    roles[role].apply(total, ratings, sign);
  }

  /** The tally of a department (by its index in the bank), if anyone in it answered. */
  department(index: number): GroupTally | undefined {
    const tally = this.departments[index];
    return tally && tally.n > 0 ? tally : undefined;
  }

  /** The tally of a role within a department, if anyone in it answered. */
  role(department: number, role: number): GroupTally | undefined {
    const tally = this.roles[department]?.[role];
    return tally && tally.n > 0 ? tally : undefined;
  }
}
