/** Where time comes from; injected so replays and tests never read the wall clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}
