import { createActor, createMachine, initialTransition, type SnapshotFrom, type StateValue } from 'xstate';
import type { ProtocolContext, ProtocolInput } from './protocol-context.ts';
import { protocolMachine, type ProtocolEvent } from './protocol-machine.ts';

/**
 * The protocol machine as pure steps (the only module outside the machine that imports
 * xstate): start, send an event, save and restore. Nothing else needs xstate's types.
 */
export type ProtocolSnapshot = SnapshotFrom<typeof protocolMachine>;

/** A snapshot as plain JSON: the chart's state value and the context. */
export interface ProtocolSave {
  readonly value: StateValue;
  readonly context: ProtocolContext;
}

export function startProtocol(input: ProtocolInput): ProtocolSnapshot {
  return initialTransition(protocolMachine, input)[0];
}

/**
 * The scope the machine steps in. xstate's pure `transition()` builds a scratch actor for every
 * event (its start, without input, throws and is dropped): most of the time of a step when the path
 * explorer walks a story. The protocol machine spawns no actors and its actions are not run here,
 * so one inert scope, built once, serves every step.
 */
type Scope = Parameters<typeof protocolMachine.transition>[2];
let scope: Scope | undefined;
function scratchScope(): Scope {
  if (scope) return scope;
  // The scope's actor is never run or read for the protocol's own state: an empty machine's is built at
  // once, where one of the protocol machine computed its initial state first (9 ms at 4× CPU, paid by
  // the trainee's first choice).
  const self = createActor(createMachine({})) as unknown as Scope['self'];
  const none = () => undefined;
  scope = {
    self,
    defer: none,
    id: '',
    logger: none,
    sessionId: '',
    stopChild: none,
    system: self.system,
    emit: none,
    actionExecutor: none,
  };
  return scope;
}

export function sendProtocol(snapshot: ProtocolSnapshot, event: ProtocolEvent): ProtocolSnapshot {
  return protocolMachine.transition(snapshot, event, scratchScope());
}

export function saveProtocol(snapshot: ProtocolSnapshot): ProtocolSave {
  return { value: snapshot.value, context: snapshot.context };
}

export function restoreProtocol(saved: ProtocolSave): ProtocolSnapshot {
  return protocolMachine.resolveState({ value: saved.value, context: saved.context });
}
