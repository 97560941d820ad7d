import { Format } from '../files/formats.js';
import { registerFileKind } from '../validation/file-kinds.js';
import { checkContextFile } from './check-context-file.js';

// `validate` checks a context file against the bank in use, like any other file of ours.
registerFileKind({ format: Format.context, label: 'context', check: checkContextFile });
