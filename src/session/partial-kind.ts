import { Format } from '../files/formats.js';
import { registerFileKind } from '../validation/file-kinds.js';
import { checkPartial } from './check-partial.js';

// `validate` checks an unfinished session like any other file of ours.
registerFileKind({ format: Format.partial, label: 'unfinished session', check: checkPartial });
