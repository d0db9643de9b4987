import type { ActionId } from './actions.ts';
import type { Localized } from './localized.ts';
import { arrivalActionTexts } from './action-texts/arrival-action-texts.ts';
import { conversationActionTexts } from './action-texts/conversation-action-texts.ts';
import { protectionActionTexts } from './action-texts/protection-action-texts.ts';
import { followUpActionTexts } from './action-texts/follow-up-action-texts.ts';

/**
 * What the officer does with each action of ACTIONS.md, for the debrief. The
 * Record type makes a new action id without a text a type error.
 */
export const actionTexts: Readonly<Record<ActionId, Localized>> = {
  ...arrivalActionTexts,
  ...conversationActionTexts,
  ...protectionActionTexts,
  ...followUpActionTexts,
};
