// Every text from a bank or a response file (statement texts, organization and department
// names, file names, --title) reaches the page through `html`, which escapes whatever it is
// given unless it is markup this module made. Escaping is the default, so forgetting it is
// not possible; marking text as markup needs `trusted`, which only constant CSS uses.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML and SVG element content and for quoted attribute values alike:
 * both quote characters are escaped, so a value in "..." or '...' cannot end its attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup built by this module's `html` tag: already escaped, inserted as it is. */
export class Markup {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may be put into `html`: text (escaped), numbers, markup, or lists of these. */
export type Interpolation = string | number | Markup | null | undefined | false | Interpolation[];

/**
 * A template of markup whose every interpolation is escaped, unless it is Markup itself.
 * Lists are joined without separators; null, undefined and false leave nothing, so a part
 * can be written `${condition && html`...`}`. Attribute values must be quoted in the
 * template: `title="${text}"`.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += fragment(value) + strings[i + 1]!;
  });
  return new Markup(out);
}

/** Constant markup written in this program (the style sheet), never text from a file. */
export function trusted(markup: string): Markup {
  return new Markup(markup);
}

/** Parts joined with a separator, each escaped unless it is markup. */
export function joinMarkup(parts: readonly Interpolation[], separator: string | Markup): Markup {
  return new Markup(parts.map(fragment).join(fragment(separator)));
}

function fragment(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(fragment).join('');
  return escapeHtml(String(value));
}
