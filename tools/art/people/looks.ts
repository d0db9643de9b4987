/**
 * Everyone who is drawn. Keys are the character ids of src/core/story/characters.ts;
 * a new character gets its look in the file for its group.
 */
import type { Look } from './look.ts';
import { CHILD_LOOKS } from './looks-children.ts';
import { FAMILY_LOOKS } from './looks-family.ts';
import { POLICE_LOOKS } from './looks-police.ts';
import { VISITOR_LOOKS } from './looks-visitors.ts';

export const LOOKS: Record<string, Look> = {
  ...CHILD_LOOKS,
  ...FAMILY_LOOKS,
  ...VISITOR_LOOKS,
  ...POLICE_LOOKS,
};
