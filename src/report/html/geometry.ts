import { html, type Markup } from './escape.js';
import type { MarkerShape } from './palette.js';

// The charts are drawn in percentages of their width and pixels of their height, without a
// viewBox: the SVG then fills any width, from a phone to an A4 page, while its text keeps the
// page's font size instead of shrinking with the drawing.

/** Where `value` lies between `min` and `max`, as a percentage of the width, kept in 0–100. */
export function percentAt(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}

/** A percentage as an SVG length, "42.5%", with no more digits than a pixel needs. */
export function pct(percent: number): string {
  return `${Number(percent.toFixed(3))}%`;
}

const SIZE = 7;

/**
 * A marker centred at (x%, y px). A nested <svg> carries the percentage position, so that the
 * shape inside it can be drawn in pixels around its own origin.
 */
export function marker(shape: MarkerShape, xPercent: number, y: number, colour: string): Markup {
  return html`<svg x="${pct(xPercent)}" y="${y}" width="1" height="1" overflow="visible">${shapePath(
    shape,
    colour,
  )}</svg>`;
}

function shapePath(shape: MarkerShape, colour: string): Markup {
  const s = SIZE;
  const look = html`fill="${colour}" stroke="#ffffff" stroke-width="1.5"`;
  switch (shape) {
    case 'circle':
      return html`<circle r="${s}" ${look}/>`;
    case 'square': {
      const side = 2 * s - 2;
      return html`<rect x="${-s + 1}" y="${-s + 1}" width="${side}" height="${side}" ${look}/>`;
    }
    case 'triangle':
      return html`<path d="M0 ${-s - 1} L${s} ${s - 1} L${-s} ${s - 1} Z" ${look}/>`;
    case 'diamond':
      return html`<path d="M0 ${-s - 1} L${s + 1} 0 L0 ${s + 1} L${-s - 1} 0 Z" ${look}/>`;
  }
}
