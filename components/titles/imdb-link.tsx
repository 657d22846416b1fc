/** The footer of title and person pages: the IMDb id and a link to IMDb's own page. */
export function ImdbLink({ id, kind }: { id: string; kind: 'title' | 'name' }) {
  return (
    <p className="text-center text-xs text-zinc-500 dark:text-zinc-400">
      IMDb id {id} ·{' '}
      <a
        href={`https://www.imdb.com/${kind}/${id}/`}
        target="_blank"
        rel="noreferrer"
        className="underline underline-offset-2"
      >
        open on IMDb
      </a>
    </p>
  );
}
