import { describe, expect, it } from 'vitest';
import storyJson, { hash } from '../../../../stories/lost_child_5/es.ink';
import { rememberStoryHash, storyHash } from '../../../../src/core/record/story-hash.ts';

describe('story hash', () => {
  it('the hash the ink plugin computes at build time is the SHA-256 the browser would compute', () => {
    const computed = storyHash(storyJson);
    expect(computed).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(computed);
  });

  it('a remembered hash is returned without hashing; other texts are still hashed', () => {
    const text = '{"inkVersion":21,"root":[]}';
    const fake = 'a'.repeat(64);
    rememberStoryHash(text, fake);
    expect(storyHash(text)).toBe(fake);
    expect(storyHash(`${text} `)).not.toBe(fake);
    expect(() => rememberStoryHash(text, 'nope')).toThrow(/SHA-256/);
  });
});
