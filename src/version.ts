// The version printed by `newsq --version` and sent in the user agent: package.json's, read once.
import { readFileSync } from 'node:fs';

export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
