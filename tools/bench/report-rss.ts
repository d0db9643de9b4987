/**
 * Loaded with `node --import` by npm run bench:check: writes the process's peak resident set
 * size (kB) to the file PC_RSS_FILE names when the process exits.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.PC_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
