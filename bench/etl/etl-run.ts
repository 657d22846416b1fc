import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// Runs the ETL as a user would (`node scripts/etl.mjs --source DIR --force --json`)
// and samples the memory of its process tree from /proc every 200 ms as a cross-check of the
// peak RSS it reports itself.

/** One file in the ETL's JSON summary. Older field names (`ms`, `bytesRead`) are accepted too. */
export interface EtlFile {
  dataset: string;
  rows: number;
  bytes: number;
  skipped: number;
  badLines: number;
  loadMs: number;
}

export interface EtlSummary {
  ok: boolean;
  files: EtlFile[];
  indexMs: number;
  swapMs: number;
  totalMs: number;
  peakRssMb: number;
  error?: string;
}

export interface MemorySample {
  /** Highest sum of VmRSS over the process tree seen in one sample. */
  peakTreeRssMb: number;
  /** Highest VmHWM (the kernel's own peak RSS) of any one process in the tree. */
  peakHwmMb: number;
  samples: number;
  pids: number;
}

export interface EtlRun {
  summary: EtlSummary | null;
  exitCode: number | null;
  wallMs: number;
  memory: MemorySample;
  /** stdout lines that were not the summary (shown when the summary is missing). */
  otherOutput: string[];
}

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (list) out.push(...list.split(' ').map(Number));
    }
  } catch {
    // the process has exited between listing and reading
  }
  return out;
}

/** VmRSS and VmHWM in kB, or null once the process is gone. */
function memoryOf(pid: number): [number, number] | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return rss && hwm ? [Number(rss[1]), Number(hwm[1])] : null;
  } catch {
    return null;
  }
}

export function sampleTree(root: number, into: MemorySample, seen: Set<number>): void {
  let rssKb = 0;
  for (let queue = [root], pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    const m = memoryOf(pid);
    if (!m) continue;
    seen.add(pid);
    rssKb += m[0];
    into.peakHwmMb = Math.max(into.peakHwmMb, m[1] / 1024);
    queue.push(...children(pid));
  }
  into.peakTreeRssMb = Math.max(into.peakTreeRssMb, rssKb / 1024);
  into.samples++;
  into.pids = seen.size;
}

function normalise(raw: Record<string, unknown>): EtlSummary {
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const files = Array.isArray(raw.files) ? (raw.files as Record<string, unknown>[]) : [];
  return {
    ok: raw.ok === true,
    files: files.map((f) => ({
      dataset: String(f.dataset),
      rows: num(f.rows),
      bytes: num(f.bytes ?? f.bytesRead),
      skipped: num(f.skipped),
      badLines: num(f.badLines),
      loadMs: num(f.loadMs ?? f.ms),
    })),
    indexMs: num(raw.indexMs),
    swapMs: num(raw.swapMs),
    totalMs: num(raw.totalMs),
    peakRssMb: num(raw.peakRssMb),
    error: typeof raw.error === 'string' ? raw.error : undefined,
  };
}

export function runEtlChild(
  projectRoot: string,
  sourceDir: string,
  databaseUrl: string,
  configPath?: string,
): Promise<EtlRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const args = ['scripts/etl.mjs', '--source', sourceDir, '--force', '--json'];
    if (configPath) args.push('--config', configPath);
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const memory: MemorySample = { peakTreeRssMb: 0, peakHwmMb: 0, samples: 0, pids: 0 };
    const seen = new Set<number>();
    const pid = child.pid;
    const timer = pid === undefined ? undefined : setInterval(() => sampleTree(pid, memory, seen), 200);
    if (pid !== undefined) sampleTree(pid, memory, seen);
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const lines = stdout.split('\n').filter((l) => l.trim());
      let summary: EtlSummary | null = null;
      const last = lines.at(-1);
      try {
        if (last) summary = normalise(JSON.parse(last) as Record<string, unknown>);
      } catch {
        summary = null;
      }
      resolve({
        summary,
        exitCode,
        wallMs: performance.now() - started,
        memory,
        otherOutput: summary ? lines.slice(0, -1) : lines,
      });
    });
  });
}
