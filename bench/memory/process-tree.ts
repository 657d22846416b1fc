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

const sum = (list: ProcessRss[], key: 'rssMb' | 'pssMb') => list.reduce((total, p) => total + p[key], 0);

/** The PSS of the tree without npm: what the systemd unit runs (the launcher, the server, PostgreSQL). */
export const appPssMb = (tree: ProcessRss[]) =>
  sum(
    tree.filter((p) => !/\bnpm\b/.test(p.name)),
    'pssMb',
  );

/** Each process's RSS and PSS, and the totals with and without npm, against an optional target for the latter. */
export function treeReport(stage: string, tree: ProcessRss[], targetMb?: number): string {
  const pss = appPssMb(tree);
  const lines = tree
    .filter((p) => p.rssMb > 0)
    .map(
      (p) =>
        `  ${String(p.pid).padStart(7)}  ${p.name.slice(0, 40).padEnd(40)} ${p.rssMb.toFixed(0).padStart(5)} MB RSS ${p.pssMb.toFixed(0).padStart(5)} MB PSS`,
    );
  const verdict = targetMb
    ? ` — target ≤ ${targetMb} MB: ${pss <= targetMb ? 'met' : `missed by ${Math.round(pss - targetMb)} MB`}`
    : '';
  return [
    stage,
    ...lines,
    `  tree: ${sum(tree, 'pssMb').toFixed(0)} MB PSS (${sum(tree, 'rssMb').toFixed(0)} MB RSS summed); without npm ${pss.toFixed(0)} MB PSS${verdict}`,
  ].join('\n');
}
