import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REALDATA } from './saved-pages.test-helper';

const SCRIPT = path.resolve('scripts/imdb-parse.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'imdb-parse-cli-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run imdb:parse', () => {
  it('prints one parseable JSON array for a saved find page with --json', async () => {
    const run = await runCli(path.join(REALDATA, 'find-2026-nextjs_q-The-Odyssey-2026.html'), '--json');
    expect(run.code).toBe(0);
    const titles = JSON.parse(run.stdout);
    expect(Array.isArray(titles)).toBe(true);
    expect(titles).toHaveLength(5);
    expect(titles[0]).toMatchObject({ tconst: 'tt33764258', title: 'The Odyssey', year: 2026, type: 'movie' });
  });

  it('prints a table for the suggestion JSON', async () => {
    const run = await runCli(path.join(REALDATA, 'suggestion-2026_the-odyssey.json'));
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^tconst\s+title\s+year\s+type$/);
    expect(lines[1]).toMatch(/^tt33764258\s+The Odyssey\s+2026\s+movie$/);
    expect(lines).toHaveLength(1 + 8);
    expect(run.stderr).toContain('IMDb suggestions: 8 title(s)');
  });

  it('exits non-zero with the "layout not recognised" message for an unknown page', async () => {
    const file = path.join(scratch, 'unknown.html');
    await writeFile(file, '<html><body><h1>Something else</h1></body></html>');
    const run = await runCli(file, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('layout not recognised');
  });

  it('explains itself with --help, and refuses to run without a file', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run imdb:parse -- FILE [--json]');
    const bare = await runCli();
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toContain('Usage:');
  });
});
