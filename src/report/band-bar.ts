import type { QuestionnaireInfo } from './types.js';

/** The characters of a bar: its two ends, the band edges between, the fill and the marker. */
export interface BarGlyphs {
  start: string;
  edge: string;
  end: string;
  fill: string;
  marker: string;
}

/** For files and pipes: ASCII only, "|....|....|.*..|....|". */
export const ASCII_GLYPHS: BarGlyphs = { start: '|', edge: '|', end: '|', fill: '.', marker: '*' };
/** For a terminal: a ruler, which does not read as the table's own borders, "├────┼─●──┤". */
export const TERMINAL_GLYPHS: BarGlyphs = {
  start: '├',
  edge: '┼',
  end: '┤',
  fill: '─',
  marker: '●',
};

// 21 cells over the bundled 20-100 scale: 4 points a cell, band edges at 40, 60 and 80 on
// cells 5, 10 and 15, so each band has four cells of its own.
export const BAR_WIDTH = 21;

type Scale = Pick<QuestionnaireInfo, 'stages' | 'totals'>;

/**
 * A small bar over the possible totals, "|....|....|.*..|....|": an edge where each band
 * starts and at the ends, and a marker at `mean`. The marker is kept inside the cells of
 * `stage`, the band the report placed the mean in, so 59.5 (Defined) never sits on the edge
 * at 60.
 */
export function bandBar(
  mean: number,
  stage: string,
  scale: Scale,
  glyphs: BarGlyphs,
  width = BAR_WIDTH,
): string {
  const edges = edgeCells(scale, width);
  const cells = Array.from({ length: width }, (_, i) =>
    edges.includes(i) ? glyphs.edge : glyphs.fill,
  );
  cells[0] = glyphs.start;
  cells[width - 1] = glyphs.end;

  const band = Math.max(
    0,
    scale.stages.findIndex((s) => s.id === stage),
  );
  const low = edges[band]! + 1;
  const high = edges[band + 1]! - 1;
  const at = cellOf(mean, scale, width);
  cells[high >= low ? Math.min(Math.max(at, low), high) : at] = glyphs.marker;
  return cells.join('');
}

/** The numbers to print above a bar, "20   40   60   80 100", each over its edge. */
export function bandAxis(scale: Scale, width = BAR_WIDTH): string {
  const values = [...scale.stages.map((s) => s.min), scale.totals.max];
  const line = Array<string>(width).fill(' ');
  let free = 0;
  values.forEach((value, i) => {
    const label = String(value);
    const cell = cellOf(value, scale, width);
    const start = i === values.length - 1 ? cell - label.length + 1 : cell;
    // Labels that would touch the previous one (narrow bands of a custom bank) are left out.
    if (start < free || start + label.length > width) return;
    for (let k = 0; k < label.length; k++) line[start + k] = label[k]!;
    free = start + label.length + 1;
  });
  return line.join('').trimEnd();
}

function edgeCells(scale: Scale, width: number): number[] {
  return [...scale.stages.map((s) => cellOf(s.min, scale, width)), width - 1];
}

function cellOf(value: number, scale: Scale, width: number): number {
  const { min, max } = scale.totals;
  return Math.round(((value - min) / (max - min)) * (width - 1));
}
