/** A one-button form that ends something by id (a session, an API token, a connection). */
export function RevokeButton({
  action,
  id,
  label,
}: {
  action: (formData: FormData) => void | Promise<void>;
  id: string | number;
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className="min-h-11 whitespace-nowrap rounded-lg px-3 text-sm font-medium text-red-700 dark:text-red-400"
      >
        {label}
      </button>
    </form>
  );
}
