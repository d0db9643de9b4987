import { assertEvent, assign, setup } from 'xstate';
import type { ActionId } from './actions.ts';
import { initialProtocolContext, type ProtocolContext, type ProtocolInput } from './protocol-context.ts';
import { judgeChoice, judgeEnd, noteSituation } from './protocol-rules.ts';
import { chartFlags, chartTriggers, type ChartFlag } from './situation-chart.ts';
import type { SituationId } from './situations.ts';

export type ProtocolEvent =
  | {
      readonly type: 'choice.made';
      readonly actions: readonly ActionId[];
      /** Every action carried by the options offered at this decision (for `not_reached`). */
      readonly offered?: readonly ActionId[];
    }
  | { readonly type: 'situation.occurred'; readonly situation: SituationId }
  | { readonly type: 'case.ended' };

type FlagParams = { readonly flag: ChartFlag };

/** Does this event switch the part of the situation on (or off)? Read from chartTriggers. */
function switches(event: ProtocolEvent, flag: ChartFlag, on: boolean): boolean {
  const t = chartTriggers[flag];
  if (event.type === 'choice.made') {
    const actions = on ? t.onActions : t.offActions;
    return event.actions.some((a) => actions?.includes(a));
  }
  if (event.type === 'situation.occurred')
    return (on ? t.onSituations : t.offSituations)?.includes(event.situation) ?? false;
  return false;
}

const machineSetup = setup({
  types: {
    context: {} as ProtocolContext,
    events: {} as ProtocolEvent,
    input: {} as ProtocolInput,
  },
  guards: {
    doesEventSwitchOn: ({ event }, { flag }: FlagParams) => switches(event, flag, true),
    doesEventSwitchOff: ({ event }, { flag }: FlagParams) => switches(event, flag, false),
  },
  actions: {
    judgeChoice: assign(({ context, event }) => {
      assertEvent(event, 'choice.made');
      return judgeChoice(context, event.actions, event.offered ?? event.actions);
    }),
    noteSituation: assign(({ context, event }) => {
      assertEvent(event, 'situation.occurred');
      return noteSituation(context, event.situation);
    }),
    judgeEnd: assign(({ context }) => judgeEnd(context)),
    setFlag: assign(({ context }, { flag, value }: { flag: ChartFlag; value: boolean }) => ({
      flags: { ...context.flags, [flag]: value },
    })),
  },
});

/**
 * One parallel region per part of the situation: `off` ⇄ `on`. Entering a state sets its
 * flag; entry actions run after the transition actions, so the judge sees the situation
 * as it was before the event.
 */
function region(flag: ChartFlag) {
  const on = { guard: { type: 'doesEventSwitchOn', params: { flag } }, target: 'on' } as const;
  const off = { guard: { type: 'doesEventSwitchOff', params: { flag } }, target: 'off' } as const;
  return {
    initial: 'off',
    states: {
      off: {
        entry: { type: 'setFlag', params: { flag, value: false } },
        on: { 'choice.made': on, 'situation.occurred': on },
      },
      on: {
        entry: { type: 'setFlag', params: { flag, value: true } },
        on: { 'choice.made': off, 'situation.occurred': off },
      },
    },
  } as const;
}

/**
 * The one encoding of the guidelines. While `attending`, region `judge` receives the officer's
 * choices and the situations around them and keeps the verdicts, the case context and the
 * child's trust and distress (rules as data in rulebook.ts, applied by protocol-rules.ts).
 * The other regions are the situation, one per part (where the child is, suspect,
 * claimant, interpreter, disclosure, counsel…); the judge reads the situation as it was
 * before the event, the regions then move.
 */
export const protocolMachine = machineSetup.createMachine({
  id: 'protocol',
  context: ({ input }) => initialProtocolContext(input),
  initial: 'attending',
  states: {
    attending: {
      type: 'parallel',
      on: { 'case.ended': { target: 'closed', actions: 'judgeEnd' } },
      states: {
        judge: {
          on: {
            'choice.made': { actions: 'judgeChoice' },
            'situation.occurred': { actions: 'noteSituation' },
          },
        },
        ...Object.fromEntries(chartFlags.map((flag) => [flag, region(flag)])),
      },
    },
    closed: { type: 'final' },
  },
});
