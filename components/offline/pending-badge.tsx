/** Marks what this device changed and the server does not have yet. */
export function PendingBadge({ label = 'Pending' }: { label?: string }) {
  return (
    <span
      data-testid="pending-badge"
      className="shrink-0 rounded-full bg-amber-100 px-2.5 py-1 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
    >
      {label}
    </span>
  );
}
