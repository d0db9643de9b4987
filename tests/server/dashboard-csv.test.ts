import { describe, expect, it } from 'vitest';
import { attemptsCsv, bom, fromCsv, toCsv } from '../../server/dashboard/csv-export.ts';
import { playAttempt } from '../../tools/lib/bench-server-attempts.ts';
import { factsOf } from './dashboard-paths.ts';
import { storyJson } from './support/class-fixture.ts';

describe('CSV export', () => {
  it('round-trips accents, commas, quotes and line breaks; starts with a BOM; defuses formulas', () => {
    const rows = [
      ['Ñusta Pérez, "la Grande"', 'Comisaría de Huánuco\nsegunda línea', 'señal; ¿sí?'],
      ['=HYPERLINK("http://x")', '+51 999', 'José'],
    ];
    const text = toCsv(['nombre', 'nota', 'otra'], rows);
    expect(text.startsWith(bom)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const back = fromCsv(text);
    expect(back[0]).toEqual(['nombre', 'nota', 'otra']);
    expect(back[1]).toEqual(rows[0]);
    expect(back[2]).toEqual(['\'=HYPERLINK("http://x")', "'+51 999", 'José']);
  });

  it('an attempt row keeps the computed result and the override side by side', () => {
    const { record } = playAttempt({
      json: storyJson('theft_16'),
      recordId: 'r-1',
      trainee: { name: 'Ana María Huamán, Jr.', code: '0042' },
      mode: 'evaluation',
      random: () => 0.5,
      startedAt: Date.UTC(2025, 4, 1),
    });
    const facts = factsOf(record, 't1');
    const text = attemptsCsv({
      className: 'Aula Cusco, 2º',
      trainees: new Map([['t1', { id: 't1', name: 'Ana María Huamán, Jr.', code: '0042' }]]),
      attempts: [facts],
      rule: { passThreshold: 75, keyOf: () => [] },
      comments: [
        { id: 'c', recordId: 'r-1', step: 2, body: 'Bien, pero "rápido"', author: 'ana', createdAt: 0 },
      ],
      overrides: [
        {
          id: 'o',
          recordId: 'r-1',
          passed: !record.passed,
          overall: 77,
          reason: 'Revisión, con acta',
          author: 'ana',
          createdAt: Date.UTC(2025, 4, 2),
        },
      ],
      lang: 'es',
    });
    const [header, row] = fromCsv(text);
    const col = (name: string) => row![header!.indexOf(name)];
    expect(col('class')).toBe('Aula Cusco, 2º');
    expect(col('trainee')).toBe('Ana María Huamán, Jr.');
    expect(col('trainee_code')).toBe('0042');
    expect(col('overall')).toBe(String(record.scores.overall));
    expect(col('override_passed')).toBe(String(!record.passed));
    expect(col('override_overall')).toBe('77');
    expect(col('override_reason')).toBe('Revisión, con acta');
    expect(col('override_at')).toBe('2025-05-02T00:00:00.000Z');
    expect(col('comments')).toBe('[3] ana: Bien, pero "rápido"');
    expect(col('started_at')).toBe('2025-05-01T00:00:00.000Z');
  });
});
