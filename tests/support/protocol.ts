import type { ActionId } from '../../src/core/protocol/actions.ts';
import type { CaseType } from '../../src/core/protocol/case-types.ts';
import type { ProtocolInput } from '../../src/core/protocol/protocol-context.ts';
import { sendProtocol, startProtocol } from '../../src/core/protocol/protocol-actor.ts';
import type { ProtocolEvent } from '../../src/core/protocol/protocol-machine.ts';
import type { SituationId } from '../../src/core/protocol/situations.ts';
import type { ProtocolSnapshot } from '../../src/core/run/case-run.ts';

/** A script of events for the machine: action lists are choices, strings starting with '!' situations. */
export type Script = readonly (readonly ActionId[] | `!${SituationId}` | 'end')[];

export function input(caseType: CaseType, extra: Partial<ProtocolInput> = {}): ProtocolInput {
  return { caseType, requires: [], lang: 'en', ...extra };
}

export function eventOf(item: Script[number], offered?: readonly ActionId[]): ProtocolEvent {
  if (item === 'end') return { type: 'case.ended' };
  if (typeof item === 'string')
    return { type: 'situation.occurred', situation: item.slice(1) as SituationId };
  return { type: 'choice.made', actions: item, offered: offered ?? item };
}

/**
 * Runs a script through the machine as a pure function (no actor). Unless `offered` says
 * otherwise, every choice is taken among options that carried every action the script and
 * the case's `requires` mention (so nothing required is `not_reached`).
 */
export function runScript(
  protocolInput: ProtocolInput,
  script: Script,
  offered?: readonly ActionId[],
): ProtocolSnapshot {
  const all = offered ?? [
    ...protocolInput.requires,
    ...script.flatMap((item) => (typeof item === 'string' ? [] : item)),
  ];
  let snapshot = startProtocol(protocolInput);
  for (const item of script) snapshot = sendProtocol(snapshot, eventOf(item, all));
  return snapshot;
}

/** Verdicts as compact strings: 'ENV-01 violated major @0'. */
export function verdictsOf(snapshot: ProtocolSnapshot): string[] {
  return snapshot.context.verdicts.map((v) => `${v.standard} ${v.outcome} ${v.severity} @${v.step}`);
}
