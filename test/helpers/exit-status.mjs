// Runs a command in the current terminal and records how it ended, for tests that drive the
// bin inside tmux: `<status file>` receives {"code":130,"signal":null} (or the signal that
// killed it), and `<status file>.pid` the child's pid so a test can signal it. The wrapper
// ignores the signals a closing terminal sends, so it outlives the child to write the file.
// `<status file>.stty` receives the terminal's modes as the child left them (`stty -a`).
import { execFileSync, spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';

// Written whole or not at all, so a test polling for the file never reads half of it.
function publish(file, content) {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

const [statusFile, command, ...args] = process.argv.slice(2);
let hungUp = false;
process.on('SIGHUP', () => (hungUp = true));
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

const child = spawn(command, args, { stdio: 'inherit' });
publish(`${statusFile}.pid`, String(child.pid));
child.on('exit', (code, signal) => {
  try {
    const modes = execFileSync('stty', ['-a'], {
      stdio: ['inherit', 'pipe', 'ignore'],
      encoding: 'utf8',
    });
    publish(`${statusFile}.stty`, modes);
  } catch {
    // No terminal left to ask.
  }
  publish(statusFile, JSON.stringify({ code, signal }));
  // With its terminal gone, Node 20 aborts on a normal exit while restoring it
  // (nodejs/node#51519); the status is written, so end without that restore.
  if (hungUp) process.kill(process.pid, 'SIGKILL');
  process.exit(0);
});
