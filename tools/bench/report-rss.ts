/**
 * Loaded with `node --import` by npm run bench:check: when the process exits, writes to the file
 * PC_RSS_FILE names its peak resident set size (kB) and the CPU time it used (ms), as JSON.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.PC_RSS_FILE;
if (file)
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
