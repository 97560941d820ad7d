import { html, trusted, type Markup } from './escape.js';
import { STYLES } from './styles.js';
import { words } from './wording.js';

// The policy says what the page already does: nothing but its own inline style sheet. A
// browser then refuses to run a script or fetch anything, even if some text were ever to
// reach the page unescaped; the escaping (escape.ts) is the real guard, this the second one.
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

/** A whole HTML document: the head with the policy and the style sheet, then `body`. */
export function page(title: string, body: Markup): string {
  const document = html`<!DOCTYPE html>
<html lang="${words.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return document.value;
}
