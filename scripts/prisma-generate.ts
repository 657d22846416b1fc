// Runs `prisma generate` on machines where Prisma's schema-engine binary could not be
// downloaded at install time. `generate` never runs that engine, but Prisma 7 refuses to
// start without finding the file, so we point it at a harmless stand-in when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const enginesDir = path.dirname(require.resolve('@prisma/engines/package.json'));
const hasEngine = readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!hasEngine && !(env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY))) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const cli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
