import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// A local stand-in for the IMDb dataset host (ETags, 304s, scripted failures, a body that
// trickles forever), and the ETL command line as a child process.

interface Served {
  gz: Buffer;
  etag: string;
  /** Send half of the body at once, then a byte now and then, and never finish. */
  trickle: boolean;
}

export interface ServedRequest {
  file: string;
  ifNoneMatch: string | undefined;
  status: number;
}

export class DatasetServer {
  readonly requests: ServedRequest[] = [];
  private readonly files = new Map<string, Served>();
  private readonly failures = new Map<string, number[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server = http.createServer((req, res) => {
    const file = path.posix.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const ifNoneMatch = req.headers['if-none-match'];
    const answer = (status: number) => {
      this.requests.push({ file, ifNoneMatch, status });
      return status;
    };
    const served = this.files.get(file);
    const failure = this.failures.get(file)?.shift();
    if (failure) return void res.writeHead(answer(failure)).end();
    if (!served) return void res.writeHead(answer(404)).end();
    const headers = { ETag: served.etag, 'Last-Modified': 'Sun, 22 Nov 2026 03:00:00 GMT' };
    if (ifNoneMatch === served.etag) return void res.writeHead(answer(304), headers).end();
    res.writeHead(answer(200), {
      ...headers,
      'Content-Type': 'application/x-gzip',
      'Content-Length': served.gz.length,
    });
    if (!served.trickle) return void res.end(served.gz);
    let sent = Math.floor(served.gz.length / 2);
    res.write(served.gz.subarray(0, sent));
    const timer = setInterval(() => {
      if (sent < served.gz.length - 1) res.write(served.gz.subarray(sent, ++sent));
    }, 200);
    this.timers.add(timer);
    res.on('close', () => clearInterval(timer));
  });

  static async start(): Promise<DatasetServer> {
    const s = new DatasetServer();
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Serves `tsv` gzipped as `NAME.tsv.gz`. */
  serve(name: string, tsv: Buffer | string, options: { etag?: string; trickle?: boolean } = {}): void {
    this.files.set(`${name}.tsv.gz`, {
      gz: gzipSync(tsv),
      etag: options.etag ?? '"v1"',
      trickle: options.trickle ?? false,
    });
  }

  setEtag(name: string, etag: string): void {
    const served = this.files.get(`${name}.tsv.gz`);
    if (served) served.etag = etag;
  }

  /** The next requests for `NAME.tsv.gz` get these statuses, in order. */
  failNext(name: string, ...statuses: number[]): void {
    this.failures.set(`${name}.tsv.gz`, statuses);
  }

  requestsFor(name: string): ServedRequest[] {
    return this.requests.filter((r) => r.file === `${name}.tsv.gz`);
  }

  /** Breaks off every response in flight. */
  dropConnections(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.server.closeAllConnections();
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

export interface CliProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node --import tsx etl/cli.ts ARGS` in the project root, on `databaseUrl`. */
export function spawnEtlCli(args: string[], databaseUrl: string): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'etl/cli.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}
