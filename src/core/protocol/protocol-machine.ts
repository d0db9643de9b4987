import { assertEvent, assign, setup } from 'xstate';
import type { ActionId } from './actions.ts';
import { initialProtocolContext, type ProtocolContext, type ProtocolInput } from './protocol-context.ts';
import { judgeChoice, judgeEnd, noteSituation } from './protocol-rules.ts';
import type { SituationId } from './situations.ts';

export type ProtocolEvent =
  | { readonly type: 'choice.made'; readonly actions: readonly ActionId[] }
  | { readonly type: 'situation.occurred'; readonly situation: SituationId }
  | { readonly type: 'case.ended' };

/**
 * The one encoding of the guidelines: it receives the officer's choices and the
 * situations around them and keeps the verdicts, the case context and the child's
 * trust and distress. The rules themselves are pure functions (protocol-rules.ts).
 */
export const protocolMachine = setup({
  types: {
    context: {} as ProtocolContext,
    events: {} as ProtocolEvent,
    input: {} as ProtocolInput,
  },
  actions: {
    judgeChoice: assign(({ context, event }) => {
      assertEvent(event, 'choice.made');
      return judgeChoice(context, event.actions);
    }),
    noteSituation: assign(({ context, event }) => {
      assertEvent(event, 'situation.occurred');
      return noteSituation(context, event.situation);
    }),
    judgeEnd: assign(({ context }) => judgeEnd(context)),
  },
}).createMachine({
  id: 'protocol',
  context: ({ input }) => initialProtocolContext(input),
  initial: 'attending',
  states: {
    attending: {
      on: {
        'choice.made': { actions: 'judgeChoice' },
        'situation.occurred': { actions: 'noteSituation' },
        'case.ended': { target: 'closed', actions: 'judgeEnd' },
      },
    },
    closed: { type: 'final' },
  },
});
