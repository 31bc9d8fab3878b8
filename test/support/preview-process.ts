/** Start `npm run preview` (the same server as `npm start`) as a child process on a free loopback port. */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface PreviewProcess {
  url: string;
  stop(): Promise<void>;
}

/** Run the real preview command on `dir` with `--port 0`, and resolve once it prints its address. */
export function startPreview(dir: string): Promise<PreviewProcess> {
  const child: ChildProcess = spawn('npm', ['run', '-s', 'preview', '--', '--dir', dir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      process.kill(-(child.pid as number), 'SIGTERM'); // npm and the node server it started
    });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => void stop().then(() => fail(new Error(`preview did not start:\n${output}`))), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        done({ url, stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
}
