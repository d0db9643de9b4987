/** Every Phaser scene key; scenes are started only through these. */
export const SceneKey = { Station: 'station' } as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
