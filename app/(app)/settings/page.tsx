import type { Metadata } from 'next';
import { SignOutForm } from '@/components/offline/sign-out-form';
import { ConnectionsCard } from '@/components/settings/connections-card';
import { ExportCard } from '@/components/settings/export-card';
import { NewTokenForm } from '@/components/settings/new-token-form';
import { PostersCard } from '@/components/settings/posters-card';
import { SessionList } from '@/components/settings/session-list';
import { TokenList } from '@/components/settings/token-list';
import { TwoFactorCard } from '@/components/settings/two-factor-card';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { logout } from '@/lib/auth/actions/logout';
import { signOutEverywhereAction } from '@/lib/auth/actions/sign-out-everywhere';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { requireUser, sessionToken } from '@/lib/auth/request';
import { listSessions } from '@/lib/auth/sessions';
import { twoFactorEnabled, unusedRecoveryCodes } from '@/lib/auth/two-factor';
import { isOwner } from '@/lib/auth/users';
import { listConnections } from '@/lib/connections/connections';
import { deliveryLog } from '@/lib/connections/deliveries';
import { postersEnabled } from '@/lib/posters/settings';
import { postersSwitchOn } from '@/lib/posters/switch';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const [tokens, sessions, twoFactor, recoveryLeft, connections, deliveries, owner, postersSwitch] = await Promise.all([
    listApiTokens(user.id),
    listSessions(user.id, await sessionToken()),
    twoFactorEnabled(user.id),
    unusedRecoveryCodes(user.id),
    listConnections(user.id),
    deliveryLog(user.id),
    isOwner(user.id),
    postersSwitchOn(),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
      <Card title="Account">
        <p className="mb-4 text-zinc-600 dark:text-zinc-400">
          Signed in as <strong className="text-zinc-900 dark:text-zinc-100">{user.username}</strong>.
        </p>
        <SignOutForm action={logout}>
          <Button type="submit" variant="quiet">
            Sign out
          </Button>
        </SignOutForm>
      </Card>
      <Card title="Two-factor sign-in">
        <TwoFactorCard enabled={twoFactor} recoveryLeft={recoveryLeft} />
      </Card>
      <Card title="Signed-in browsers">
        <SessionList sessions={sessions} />
        <div className="mt-4">
          <SignOutForm action={signOutEverywhereAction}>
            <Button type="submit" variant="danger">
              Sign out everywhere
            </Button>
          </SignOutForm>
        </div>
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
          Ends every session, this one too, and revokes every API token.
        </p>
      </Card>
      <Card title="API tokens">
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          For scripts and phone shortcuts: send <code>Authorization: Bearer &lt;token&gt;</code> to{' '}
          <code>/api/v1/</code>.
        </p>
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <NewTokenForm />
          <TokenList tokens={tokens} />
        </div>
      </Card>
      <ConnectionsCard connections={connections} deliveries={deliveries} />
      <PostersCard env={postersEnabled()} on={postersSwitch} owner={owner} />
      <ExportCard />
    </div>
  );
}
