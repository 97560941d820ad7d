import { beforeAll, describe, expect, it } from 'vitest';
import { assembleReport } from '../src/aggregate/assemble-report.js';
import { ResponseCollector } from '../src/aggregate/collect-responses.js';
import { RespondentIds } from '../src/aggregate/respondent-ids.js';
import { RespondentLedger } from '../src/aggregate/respondent-ledger.js';
import { settingsWithoutStatistics } from '../src/aggregate/report-settings.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import type { ResponseV1, ScoredResponse } from '../src/response/types.js';
import { totalOf } from '../src/scoring/total.js';
import { makeResponse, type ResponseSpec } from './helpers/responses.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank();
});

const LATER = '2026-11-03T09:00:00Z';
const MARKETING_HEAD = { department: 'marketing', role: 'head' };

function scored(file: string, spec: ResponseSpec): ScoredResponse {
  const response = makeResponse(spec) as unknown as ResponseV1;
  return { file, response, total: totalOf(bank, response.answers), stage: '', warnings: [] };
}

/** A collector fed these files in order, as buildReport feeds it. */
function collect(...entries: [string, ResponseSpec][]): ResponseCollector {
  const collector = new ResponseCollector(
    bank,
    entries.map(([file]) => file),
  );
  entries.forEach(([file, spec], index) => collector.add(scored(file, spec), index));
  return collector;
}

// The groups here are of one or two respondents: the anonymity rule is off so that the
// figures can be checked (aggregate-anonymity.test.ts tests the rule).
function report(collector: ResponseCollector) {
  const settings = settingsWithoutStatistics({ minGroup: 1 });
  const details = { title: null, preparedBy: null, excluded: [], skipped: [], settings };
  return assembleReport(bank, collector, details);
}

describe('ResponseCollector and duplicate respondents', () => {
  it('keeps the later completedAt when it comes second, and takes the earlier answers out', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:00:00Z' }],
      ['b.json', { id: 'r-2', answers: 3 }],
      ['c.json', { id: 'r-1', answers: 4, completedAt: '2026-11-05T09:00:00Z' }],
    );

    const [acme] = report(collector).organizations;
    const sales = acme!.departments[0]!;
    // r-1 counts once, with its later total 80; with r-2's 60: mean 70, min 60, max 80.
    expect(sales.n).toBe(2);
    expect(sales.mean).toBe(70);
    expect([sales.min, sales.max]).toEqual([60, 80]);
    expect(sales.statements['no-blame']).toBe(3.5);
    expect(acme!.respondents).toBe(2);
    expect(acme!.dateRange.first).toBe('2026-11-02T09:12:00.000Z');
    expect(acme!.dateRange.last).toBe('2026-11-05T09:00:00.000Z');
    expect(collector.superseded).toEqual([
      { file: 'a.json', keptFile: 'c.json', organization: 'Acme', respondentId: 'r-1' },
    ]);
    expect(collector.warnings).toEqual([
      {
        file: 'a.json',
        code: 'duplicate-respondent',
        message:
          'respondent r-1 of Acme answered again, later, in c.json; those answers are used and these are left out',
      },
    ]);
  });

  it('keeps the later completedAt when it was read first', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', answers: 4, completedAt: '2026-11-05T09:00:00Z' }],
      ['b.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:00:00Z' }],
    );

    const sales = report(collector).organizations[0]!.departments[0]!;
    expect([sales.n, sales.mean]).toEqual([1, 80]);
    expect(collector.superseded[0]).toMatchObject({ file: 'b.json', keptFile: 'a.json' });
  });

  it('compares instants, not text: 10:00+01:00 is before 09:30Z', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:30:00Z' }],
      ['b.json', { id: 'r-1', answers: 4, completedAt: '2026-11-02T10:00:00+01:00' }],
    );
    expect(report(collector).organizations[0]!.departments[0]!.mean).toBe(40);
  });

  it('moves a respondent who answered again from another department', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:00:00Z' }],
      ['b.json', { ...MARKETING_HEAD, id: 'r-1', answers: 5, completedAt: LATER }],
    );

    const [sales, marketing] = report(collector).organizations[0]!.departments;
    expect(sales!.n).toBe(0);
    expect(sales!.mean).toBeNull();
    expect(sales!.roles.map((r) => r.n)).toEqual([0, 0]);
    expect([marketing!.n, marketing!.mean, marketing!.roles[0]!.n]).toEqual([1, 100, 1]);
  });

  it('keeps the file read first on a tie, and says the times were equal', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', answers: 2 }],
      ['b.json', { id: 'r-1', answers: 4 }],
    );
    expect(report(collector).organizations[0]!.departments[0]!.mean).toBe(40);
    expect(collector.warnings[0]!.message).toContain(
      'with the same completedAt; the file read first is used',
    );
  });

  it('treats the same id in two organizations as two respondents', () => {
    const collector = collect(
      ['a.json', { id: 'r-1', organization: 'Acme' }],
      ['b.json', { id: 'r-1', organization: 'Borealis' }],
    );
    expect(collector.warnings).toEqual([]);
    expect(report(collector).organizations.map((o) => [o.organization, o.respondents])).toEqual([
      ['Acme', 1],
      ['Borealis', 1],
    ]);
  });
});

const THREES = Uint8Array.of(3, 3, 3);

describe('RespondentLedger', () => {
  it('grows past the capacity it was given and returns copies the caller may keep', () => {
    const ledger = new RespondentLedger(3, 2);
    for (let i = 0; i < 100; i++) {
      const ratings = Uint8Array.of(1, 2, i % 5);
      const response = { file: i, completedAt: i * 1000, department: 1, role: 0, total: 3 };
      ledger.add(i % 2, `r-${i}`, { ...response, ratings });
    }
    expect([ledger.count(0), ledger.count(1), ledger.count(2)]).toEqual([50, 50, 0]);
    expect(ledger.find(1, 'r-42')).toBeUndefined();
    const found = ledger.find(0, 'r-42')!;
    const { file, completedAt, department, total } = found.response;
    expect([file, completedAt, department, total]).toEqual([42, 42_000, 1, 3]);
    expect([...found.response.ratings]).toEqual([1, 2, 2]);

    const kept = found.response.ratings;
    const later = { file: 7, completedAt: 1, department: 0, role: 1, total: 9, ratings: THREES };
    ledger.replace(found.slot, later);
    expect([...kept]).toEqual([1, 2, 2]);
    expect([...ledger.find(0, 'r-42')!.response.ratings]).toEqual([3, 3, 3]);
    // Organization 0 holds the even files (0 ... 98 s, r-42 now at 1 ms); 1 the odd ones.
    expect(ledger.dateRanges(3)).toEqual([
      { first: 0, last: 98_000 },
      { first: 1000, last: 99_000 },
      null,
    ]);
  });

  it('leaves dates that do not exist out of the range', () => {
    const ledger = new RespondentLedger(1);
    const ratings = Uint8Array.of(1);
    ledger.add(0, 'r-1', { file: 0, completedAt: NaN, department: 0, role: 0, total: 1, ratings });
    expect(ledger.dateRanges(1)).toEqual([null]);
  });
});

describe('RespondentIds', () => {
  it('numbers pairs in order, tells organizations apart and finds every id after growing', () => {
    const ids = new RespondentIds(4);
    const names = Array.from({ length: 20_000 }, (_, i) => `r-${i.toString(36)}`);
    names.forEach((name, i) => expect(ids.add(i % 3, name)).toBe(i));

    names.forEach((name, i) => {
      expect(ids.find(i % 3, name)).toBe(i);
      expect(ids.find((i + 1) % 3, name)).toBe(-1);
    });
    expect(ids.find(0, 'r-')).toBe(-1);
    expect(ids.find(0, `${names[0]}x`)).toBe(-1);
    expect([ids.count(0), ids.count(1), ids.count(2), ids.count(3)]).toEqual([6667, 6667, 6666, 0]);
    expect(ids.organizationOf(4)).toBe(1);
  });

  it('keeps ids of any length and script exactly', () => {
    const ids = new RespondentIds(1);
    const odd = ['', 'é', 'e\u0301', '🙂', 'x'.repeat(100), 'R-1', 'r-1'];
    odd.forEach((id, i) => expect(ids.add(0, id)).toBe(i));
    odd.forEach((id, i) => expect(ids.find(0, id)).toBe(i));
  });
});
