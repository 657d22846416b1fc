import os from 'node:os';

/**
 * The launcher's own exit code for a child that ended: its code, or 128 + the signal's number
 * when a signal killed it (the shell's convention), so a crash never looks like a clean stop
 * and systemd's Restart=on-failure restarts the service.
 */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal ? os.constants.signals[signal] : undefined;
  return number ? 128 + number : 1;
}
