// `npm run db:migrate`: applies pending migrations (the app and the ETL also do this at start).
import { openDatabase } from '../lib/db/connect';

const database = await openDatabase();
await database.stop();
console.log('The database schema is up to date.');
