import type { Metadata } from 'next';
import { ExportCard } from '@/components/settings/export-card';
import { NewTokenForm } from '@/components/settings/new-token-form';
import { TokenList } from '@/components/settings/token-list';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { logout } from '@/lib/auth/actions/logout';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { requireUser } from '@/lib/auth/request';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <Card title="Account">
        <p className="mb-4 text-zinc-600 dark:text-zinc-400">
          Signed in as <strong className="text-zinc-900 dark:text-zinc-100">{user.username}</strong>.
        </p>
        <form action={logout}>
          <Button type="submit" variant="quiet">
            Sign out
          </Button>
        </form>
      </Card>
      <Card title="API tokens">
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          For scripts and phone shortcuts: send <code>Authorization: Bearer &lt;token&gt;</code> to{' '}
          <code>/api/v1/</code>.
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          <NewTokenForm />
          <TokenList tokens={tokens} />
        </div>
      </Card>
      <ExportCard />
    </div>
  );
}
