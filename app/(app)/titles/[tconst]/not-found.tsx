import Link from 'next/link';
import { Card } from '@/components/ui/card';

export default function TitleNotFound() {
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">Title not found</h1>
      <Card>
        <p className="mb-4 text-zinc-600 dark:text-zinc-400">
          The IMDb data on this server has no title with this id. It may be newer than the last load, or a type the load
          leaves out (TV episodes, by default).
        </p>
        <Link
          href="/search"
          className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-400"
        >
          Search titles
        </Link>
      </Card>
    </div>
  );
}
