/** Banks and our JSON files are a few kilobytes; anything this large is a mistake or an attack. */
export const MAX_BANK_BYTES = 1024 * 1024;
export const MAX_RESPONSE_BYTES = 256 * 1024;

/** YAML aliases a bank may expand: a few are handy, thousands are a "billion laughs" bomb. */
export const MAX_YAML_ALIASES = 100;
