// Importing this registers every file kind `validate` knows; each later kind adds its line.
import './file-kinds.js';
import '../session/partial-kind.js';
import '../context/context-kind.js';
