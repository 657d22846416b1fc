// The poster stand-in as a process, for the e2e server (playwright.config.ts): PORT as argument.
import { startPosterServer } from './poster-server';

const server = await startPosterServer(Number(process.argv[2] ?? 3211));
console.log(`Poster stand-in on ${server.url}`);
