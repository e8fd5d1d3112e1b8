// Writes man/newsq.1 from the commands table (src/cli/manpage.ts, compiled to dist/): `npm run build:man`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { manPage } from '../dist/cli/manpage.js';

mkdirSync('man', { recursive: true });
writeFileSync('man/newsq.1', manPage());
console.log('wrote man/newsq.1');
