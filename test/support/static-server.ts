/** The built site served for tests, Lighthouse and the bench: the same server as `npm start` (src/cli/serve.ts). */
import { serveSite } from '../../src/cli/serve.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1 at a free port, with the headers its `_headers` declares for each path. */
export function serveStatic(root: string): Promise<StaticServer> {
  return serveSite(root, { host: '127.0.0.1', port: 0 });
}
