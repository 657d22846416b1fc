import { Card } from '@/components/ui/card';

export default function PersonNotFound() {
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">Person not found</h1>
      <Card>
        <p className="text-zinc-600 dark:text-zinc-400">
          The IMDb data on this server names nobody with this id, in its list of names or in any title.
        </p>
      </Card>
    </div>
  );
}
