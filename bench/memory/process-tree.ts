import { readdirSync, readFileSync } from 'node:fs';

// The memory of a process and all its descendants, from /proc (Linux, as on the Pi).

export interface ProcessRss {
  pid: number;
  name: string;
  rssMb: number;
  /** Proportional set size: shared pages (PostgreSQL's shared buffers) split among their users. */
  pssMb: number;
}

function stat(pid: number): { ppid: number; name: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    return { name: text.slice(text.indexOf('(') + 1, close), ppid: Number(text.slice(close + 2).split(' ')[1]) };
  } catch {
    return null;
  }
}

function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function pssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : rssMb(pid);
  } catch {
    return rssMb(pid);
  }
}

function commandOf(pid: number, fallback: string): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const script = args.find((a) => /\.(m?js|ts)$/.test(a));
    return script ? `${fallback} ${script.split('/').slice(-2).join('/')}` : fallback;
  } catch {
    return fallback;
  }
}

/** `root` and every process below it, each with its RSS. */
export function processTree(root: number): ProcessRss[] {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    names.set(pid, s.name);
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  const out: ProcessRss[] = [];
  const walk = (pid: number) => {
    out.push({ pid, name: commandOf(pid, names.get(pid) ?? '?'), rssMb: rssMb(pid), pssMb: pssMb(pid) });
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return out;
}
