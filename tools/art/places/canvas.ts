/** Size of every station background; the lower ~30% stays quiet for the dialogue box. */

export const W = 1600;
export const H = 900;
