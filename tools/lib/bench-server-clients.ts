import type { Attempt } from './bench-server-attempts.ts';

export interface Trainee {
  readonly token: string;
  readonly attempts: readonly Attempt[];
}

export interface ClientStats {
  readonly recordLatencies: number[];
  readonly progressLatencies: number[];
  retries: number;
  accepted: number;
  /** Answers that were neither success nor a retryable failure (should stay 0). */
  readonly refused: string[];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends one request until the server accepts it, as an outbox does: a network error or
 * a 5xx/429 is retried after a short pause; a 4xx is a refusal and is recorded.
 */
async function deliver(
  base: string,
  token: string,
  url: string,
  body: unknown,
  latencies: number[],
  stats: ClientStats,
) {
  for (;;) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}${url}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      if (res.ok) {
        latencies.push(performance.now() - started);
        return;
      }
      if (res.status < 500 && res.status !== 429) {
        stats.refused.push(`${url}: ${res.status}`);
        return;
      }
    } catch {
      // connection refused or reset: the server is down or restarting
    }
    stats.retries++;
    await pause(200);
  }
}

/** Every trainee plays its attempts one after another (progress per choice, then the record), all trainees at once. */
export async function runTrainees(
  base: () => string,
  trainees: readonly Trainee[],
  onRecord: (accepted: number) => void,
): Promise<ClientStats> {
  const stats: ClientStats = {
    recordLatencies: [],
    progressLatencies: [],
    retries: 0,
    accepted: 0,
    refused: [],
  };
  await Promise.all(
    trainees.map(async (t) => {
      for (const a of t.attempts) {
        const id = encodeURIComponent(a.record.recordId);
        for (const u of a.uploads) {
          await deliver(base(), t.token, `/api/attempts/${id}/progress`, u, stats.progressLatencies, stats);
        }
        await deliver(base(), t.token, `/api/records/${id}`, a.record, stats.recordLatencies, stats);
        stats.accepted++;
        onRecord(stats.accepted);
      }
    }),
  );
  return stats;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
