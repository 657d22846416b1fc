// `npm run picks -- generate [--user NAME]`: makes this week's picks (every account by default).
// The weekly IMDb refresh runs it after a successful load.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { findUserByUsername } from '../lib/auth/users';
import { db } from '../lib/db/client';
import { openDatabase } from '../lib/db/connect';
import { type GenerateResult, generatePicks, generatePicksForAll } from '../lib/picks/generate';
import { runCommand } from './command';

const USAGE = `Usage: npm run picks -- generate [--user NAME]

Trains each account's grade model on its journal and stores this week's picks (replacing
this week's list if there is one). Without --user, every account.`;

const argsSchema = z.object({
  command: z.literal('generate', { error: 'the command is "generate"' }),
  user: z.string().min(1).optional(),
});

function line(r: GenerateResult, name: string): string {
  return `${name}: ${r.picks} picks for the week of ${r.weekStart} from ${r.gradeCount} grades (${r.model.split(' + ')[0]}${r.model.includes(' + ') ? ' …' : ''}); training ${(r.trainMs / 1000).toFixed(1)} s, picks ${(r.picksMs / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { user: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const args = argsSchema.safeParse({ command: positionals[0], user: values.user });
  if (!args.success) {
    console.error(`picks: ${args.error.issues.map((i) => i.message).join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    if (args.data.user) {
      const user = await findUserByUsername(args.data.user);
      if (!user) {
        console.error(`picks: no user named ${args.data.user}`);
        return 1;
      }
      console.log(line(await generatePicks(user.id), user.username));
      return 0;
    }
    const names = new Map(
      (await db().user.findMany({ select: { id: true, username: true } })).map((u) => [u.id, u.username]),
    );
    const results = await generatePicksForAll();
    for (const r of results) console.log(line(r, names.get(r.userId) ?? String(r.userId)));
    if (!results.length) console.log('No accounts yet: nothing to pick for.');
    return 0;
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

runCommand('picks', main);
