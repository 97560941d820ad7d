import type { AggregateReport } from '../types.js';

// Colours and marker shapes of the charts. Department colours are from the Okabe–Ito palette
// (Okabe & Ito 2008, "Color Universal Design"), chosen to stay apart for the common forms of
// colour blindness; yellow is left out, too faint on white. Colour never carries a meaning
// alone: every marker also has its own shape and a text label, every bar its side and value.

const DEPARTMENT_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface Mark {
  colour: string;
  shape: MarkerShape;
}

const DEPARTMENT_SHAPES: MarkerShape[] = ['circle', 'square', 'triangle'];

/** The organization's own marker, set apart from every department's. */
export const ORGANIZATION_MARK: Mark = { colour: '#000000', shape: 'diamond' };

/** The colour and shape of a department, by its id. */
export function markOf(report: AggregateReport, department: string): Mark {
  return departmentMark(report.questionnaire.departments.findIndex((d) => d.id === department));
}

/** The colour and shape of a department, by its place in the bank. */
export function departmentMark(index: number): Mark {
  return {
    colour: DEPARTMENT_COLOURS[index % DEPARTMENT_COLOURS.length]!,
    shape: DEPARTMENT_SHAPES[index % DEPARTMENT_SHAPES.length]!,
  };
}

// The stage bands are shaded from light to darker blue-grey in order, so the step up reads
// without colour names; a bank may have any number of bands.
const LIGHTEST = [0xf4, 0xf6, 0xf9];
const DARKEST = [0xc3, 0xd1, 0xe0];

/** The fill of band `index` of `count`. */
export function bandFill(index: number, count: number): string {
  const t = count <= 1 ? 0 : index / (count - 1);
  const channel = (i: number) => Math.round(LIGHTEST[i]! + (DARKEST[i]! - LIGHTEST[i]!) * t);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
