// Writes the sample responses in examples/responses: two organizations whose Sales and
// Marketing see their relationship differently. Deterministic, so the files can be committed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const compiled = JSON.parse(
  readFileSync(join(root, 'dist', 'sales-marketing-alignment.bank.json'), 'utf8'),
);
const bank = compiled.questionnaire;
const outDir = join(root, 'examples', 'responses');

let seed = 20061;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

// [organization, department, role, count, the rating each person leans to]
const groups = [
  ['Acme Tools', 'sales', 'head', 1, 3.6],
  ['Acme Tools', 'sales', 'staff', 4, 3.3],
  ['Acme Tools', 'marketing', 'head', 1, 2.6],
  ['Acme Tools', 'marketing', 'staff', 3, 2.4],
  ['Borealis Foods', 'sales', 'head', 1, 4.2],
  ['Borealis Foods', 'sales', 'staff', 3, 3.9],
  ['Borealis Foods', 'marketing', 'staff', 3, 3.7],
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let n = 0;
for (const [organization, department, role, count, lean] of groups) {
  for (let i = 0; i < count; i++) {
    n++;
    const answers = {};
    for (const statement of bank.statements) {
      const value = Math.round(lean + (random() - 0.5) * 2.4);
      answers[statement.id] = Math.min(5, Math.max(1, value));
    }
    const total = Object.values(answers).reduce((a, b) => a + b, 0);
    const stage = [...bank.stages].reverse().find((s) => total >= s.min).id;
    const id = `r-${String(n).padStart(3, '0')}`;
    const day = String(3 + (n % 5)).padStart(2, '0');
    const response = {
      format: 'salesmarketing-align/response',
      formatVersion: 1,
      questionnaire: { id: bank.id, version: bank.version },
      respondent: { id, department, role, organization },
      startedAt: `2026-11-${day}T09:${String(10 + n).padStart(2, '0')}:00.000Z`,
      completedAt: `2026-11-${day}T09:${String(20 + n).padStart(2, '0')}:00.000Z`,
      answers,
      result: { total, stage },
    };
    const slug = organization.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    writeFileSync(
      join(outDir, `${slug}-${department}-${role}-${id}.json`),
      `${JSON.stringify(response, null, 2)}\n`,
    );
  }
}
console.log(`wrote ${n} responses to ${outDir}`);
