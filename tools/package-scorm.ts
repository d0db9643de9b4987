/**
 * npm run package:scorm [-- --out DIR] [--case CASE_ID ...] [--mode practice|evaluation]
 * Builds the simulator and writes dist-scorm/primer-contacto-scorm12.zip and
 * primer-contacto-scorm2004.zip: one SCO per case, ready to upload to an LMS.
 */
import { isCaseMode } from '../src/core/record/session-record.ts';
import { runCli } from './lib/run-cli.ts';
import { packageScorm } from './lib/scorm-package.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  let outDir = 'dist-scorm';
  let mode: 'practice' | 'evaluation' = 'evaluation';
  const cases: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined || !['--out', '--case', '--mode'].includes(flag ?? '')) {
      console.error(
        'usage: npm run package:scorm [-- --out DIR] [--case CASE_ID ...] [--mode practice|evaluation]',
      );
      return 2;
    }
    i++;
    if (flag === '--out') outDir = value;
    else if (flag === '--case') cases.push(value);
    else if (isCaseMode(value)) mode = value;
    else throw new Error(`--mode must be practice or evaluation, not ${value}`);
  }
  const started = Date.now();
  const built = await packageScorm({ outDir, cases, mode });
  for (const p of built) {
    console.log(`SCORM ${p.version}: ${p.path} (${(p.bytes / 1024 / 1024).toFixed(1)} MB, ${p.files} files)`);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
});
