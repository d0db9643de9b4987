import { initialTransition, transition } from 'xstate';
import type { ActionId } from '../../src/core/protocol/actions.ts';
import type { CaseType } from '../../src/core/protocol/case-types.ts';
import type { ProtocolInput } from '../../src/core/protocol/protocol-context.ts';
import { protocolMachine, type ProtocolEvent } from '../../src/core/protocol/protocol-machine.ts';
import type { SituationId } from '../../src/core/protocol/situations.ts';
import type { ProtocolSnapshot } from '../../src/core/run/case-run.ts';

/** A script of events for the machine: action lists are choices, strings starting with '!' situations. */
export type Script = readonly (readonly ActionId[] | `!${SituationId}` | 'end')[];

export function input(caseType: CaseType, extra: Partial<ProtocolInput> = {}): ProtocolInput {
  return { caseType, requires: [], lang: 'en', ...extra };
}

export function eventOf(item: Script[number]): ProtocolEvent {
  if (item === 'end') return { type: 'case.ended' };
  if (typeof item === 'string') return { type: 'situation.occurred', situation: item.slice(1) as SituationId };
  return { type: 'choice.made', actions: item };
}

/** Runs a script through the machine as a pure function (no actor). */
export function runScript(protocolInput: ProtocolInput, script: Script): ProtocolSnapshot {
  let [snapshot] = initialTransition(protocolMachine, protocolInput);
  for (const item of script) [snapshot] = transition(protocolMachine, snapshot, eventOf(item));
  return snapshot;
}

/** Verdicts as compact strings: 'ENV-01 violated major @0'. */
export function verdictsOf(snapshot: ProtocolSnapshot): string[] {
  return snapshot.context.verdicts.map((v) => `${v.standard} ${v.outcome} ${v.severity} @${v.step}`);
}
