// Runs a command in the current terminal and records how it ended, for tests that drive the
// bin inside tmux: `<status file>` receives {"code":130,"signal":null} (or the signal that
// killed it), and `<status file>.pid` the child's pid so a test can signal it. The wrapper
// ignores the signals a closing terminal sends, so it outlives the child to write the file.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [statusFile, command, ...args] = process.argv.slice(2);
for (const signal of ['SIGINT', 'SIGHUP', 'SIGTERM']) process.on(signal, () => {});

const child = spawn(command, args, { stdio: 'inherit' });
writeFileSync(`${statusFile}.pid`, String(child.pid));
child.on('exit', (code, signal) => {
  writeFileSync(statusFile, JSON.stringify({ code, signal }));
  process.exit(0);
});
