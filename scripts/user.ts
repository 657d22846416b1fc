// `npm run user -- create NAME | reset-password NAME | token NAME [LABEL] | 2fa-reset NAME | webhook NAME KIND`
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import type { z } from 'zod';
import { createApiToken } from '../lib/auth/api-tokens';
import { passwordSchema, tokenLabelSchema, usernameSchema } from '../lib/auth/schemas';
import { disableTwoFactor } from '../lib/auth/two-factor';
import { createUser, findUserByUsername, resetPassword } from '../lib/auth/users';
import { createConnection } from '../lib/connections/connections';
import { CONNECTION_KINDS, isConnectionKind } from '../lib/connections/types';
import { openDatabase } from '../lib/db/connect';

const USAGE = `Usage:
  npm run user -- create NAME              create an account (password asked, or read from standard input)
  npm run user -- reset-password NAME      set a new password, sign the account out everywhere, revoke its API tokens
  npm run user -- token NAME [LABEL]       print a new API token once (for scripts and phone shortcuts)
  npm run user -- 2fa-reset NAME           turn two-factor sign-in off (a lost phone and recovery codes)
  npm run user -- webhook NAME KIND        print a new webhook URL path for plex, jellyfin, emby or generic (revokes the previous)`;

async function readPassword(): Promise<string> {
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  const ask = async (prompt: string) => {
    const rl = createInterface({ input: stdin, output: stdout, terminal: true });
    // Hide what is typed: echo nothing but the prompt.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
      if (s.startsWith(prompt)) stdout.write(prompt);
    };
    const answer = await rl.question(prompt);
    rl.close();
    stdout.write('\n');
    return answer;
  };
  const first = await ask('Password: ');
  if ((await ask('Repeat password: ')) !== first) fail('The passwords differ.');
  return first;
}

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) fail(`Invalid ${what}: ${result.error.issues.map((i) => i.message).join(' ')}`);
  return result.data;
}

async function run(command: string | undefined, args: string[]): Promise<void> {
  if (!command || !args[0]) fail(USAGE);
  const username = parse(usernameSchema, args[0], 'username');
  if (command === 'create') {
    const password = parse(passwordSchema, await readPassword(), 'password');
    const created = await createUser(username, password);
    if (!created.ok) fail(`An account named ${username} already exists.`);
    console.log(`Created account ${username}.`);
  } else if (command === 'reset-password') {
    const password = parse(passwordSchema, await readPassword(), 'password');
    const out = (await resetPassword(username, password)) ?? fail(`No account named ${username}.`);
    console.log(
      `Password of ${username} changed; ${out.sessions} session(s) signed out and ${out.tokens} API token(s) revoked (create new tokens in Settings).`,
    );
  } else if (command === 'token') {
    const user = (await findUserByUsername(username)) ?? fail(`No account named ${username}.`);
    const label = parse(tokenLabelSchema, args[1] ?? 'cli', 'label');
    console.log(await createApiToken(user.id, label));
  } else if (command === '2fa-reset') {
    const user = (await findUserByUsername(username)) ?? fail(`No account named ${username}.`);
    await disableTwoFactor(user.id);
    console.log(
      `Two-factor sign-in of ${username} is off: sign in with the password, then set it up again in Settings.`,
    );
  } else if (command === 'webhook') {
    const user = (await findUserByUsername(username)) ?? fail(`No account named ${username}.`);
    const kind = args[1] ?? '';
    if (!isConnectionKind(kind)) fail(`Which media server? One of ${CONNECTION_KINDS.join(', ')}.`);
    console.log((await createConnection(user.id, kind)).path);
  } else {
    fail(USAGE);
  }
}

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
try {
  await run(process.argv[2], process.argv.slice(3));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
