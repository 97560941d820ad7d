import { beforeAll, describe, expect, it } from 'vitest';
import { assembleReport } from '../src/aggregate/assemble-report.js';
import { ResponseCollector } from '../src/aggregate/collect-responses.js';
import { RespondentLedger } from '../src/aggregate/respondent-ledger.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import type { ResponseV1, ScoredResponse } from '../src/response/types.js';
import { totalOf } from '../src/scoring/total.js';
import { makeResponse, type ResponseSpec } from './helpers/responses.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank();
});

function scored(file: string, spec: ResponseSpec): ScoredResponse {
  const response = makeResponse(spec) as unknown as ResponseV1;
  return { file, response, total: totalOf(bank, response.answers), stage: '', warnings: [] };
}

function report(collector: ResponseCollector) {
  return assembleReport(bank, collector, { title: null, preparedBy: null, excluded: [], skipped: [] });
}

describe('ResponseCollector and duplicate respondents', () => {
  it('keeps the later completedAt when it comes second, and takes the earlier answers out', () => {
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:00:00Z' }));
    collector.add(scored('b.json', { id: 'r-2', answers: 3 }));
    collector.add(scored('c.json', { id: 'r-1', answers: 4, completedAt: '2026-11-05T09:00:00Z' }));

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
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', answers: 4, completedAt: '2026-11-05T09:00:00Z' }));
    collector.add(scored('b.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:00:00Z' }));

    const sales = report(collector).organizations[0]!.departments[0]!;
    expect([sales.n, sales.mean]).toEqual([1, 80]);
    expect(collector.superseded[0]).toMatchObject({ file: 'b.json', keptFile: 'a.json' });
  });

  it('compares instants, not text: 10:00+01:00 is before 09:30Z', () => {
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', answers: 2, completedAt: '2026-11-02T09:30:00Z' }));
    collector.add(scored('b.json', { id: 'r-1', answers: 4, completedAt: '2026-11-02T10:00:00+01:00' }));
    expect(report(collector).organizations[0]!.departments[0]!.mean).toBe(40);
  });

  it('moves a respondent who answered again from another department', () => {
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', department: 'sales', answers: 2, completedAt: '2026-11-02T09:00:00Z' }));
    collector.add(scored('b.json', { id: 'r-1', department: 'marketing', role: 'head', answers: 5, completedAt: '2026-11-03T09:00:00Z' }));

    const [sales, marketing] = report(collector).organizations[0]!.departments;
    expect(sales!.n).toBe(0);
    expect(sales!.mean).toBeNull();
    expect(sales!.roles.map((r) => r.n)).toEqual([0, 0]);
    expect([marketing!.n, marketing!.mean, marketing!.roles[0]!.n]).toEqual([1, 100, 1]);
  });

  it('keeps the file read first on a tie, and says the times were equal', () => {
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', answers: 2 }));
    collector.add(scored('b.json', { id: 'r-1', answers: 4 }));
    expect(report(collector).organizations[0]!.departments[0]!.mean).toBe(40);
    expect(collector.warnings[0]!.message).toContain('with the same completedAt; the file read first is used');
  });

  it('treats the same id in two organizations as two respondents', () => {
    const collector = new ResponseCollector(bank);
    collector.add(scored('a.json', { id: 'r-1', organization: 'Acme' }));
    collector.add(scored('b.json', { id: 'r-1', organization: 'Borealis' }));
    expect(collector.warnings).toEqual([]);
    expect(report(collector).organizations.map((o) => [o.organization, o.respondents])).toEqual([
      ['Acme', 1],
      ['Borealis', 1],
    ]);
  });
});

describe('RespondentLedger', () => {
  it('grows past its first capacity and returns copies the caller may keep', () => {
    const ledger = new RespondentLedger(3);
    for (let i = 0; i < 100; i++) {
      const ratings = Uint8Array.of(1, 2, i % 5);
      ledger.add(`r-${i}`, { file: i, completedAt: i * 1000, department: 1, role: 0, total: 3, ratings });
    }
    expect(ledger.count).toBe(100);
    const found = ledger.find('r-42')!;
    expect(found.response).toMatchObject({ file: 42, completedAt: 42_000, department: 1, total: 3 });
    expect([...found.response.ratings]).toEqual([1, 2, 2]);

    const kept = found.response.ratings;
    ledger.replace(found.slot, { file: 7, completedAt: 1, department: 0, role: 1, total: 9, ratings: Uint8Array.of(3, 3, 3) });
    expect([...kept]).toEqual([1, 2, 2]);
    expect([...ledger.find('r-42')!.response.ratings]).toEqual([3, 3, 3]);
    expect(ledger.dateRange()).toEqual({ first: 0, last: 99_000 });
  });

  it('leaves dates that do not exist out of the range', () => {
    const ledger = new RespondentLedger(1);
    expect(ledger.dateRange()).toBeNull();
    ledger.add('r-1', { file: 0, completedAt: NaN, department: 0, role: 0, total: 1, ratings: Uint8Array.of(1) });
    expect(ledger.dateRange()).toBeNull();
  });
});
