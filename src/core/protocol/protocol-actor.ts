import { initialTransition, transition, type SnapshotFrom, type StateValue } from 'xstate';
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

export function sendProtocol(snapshot: ProtocolSnapshot, event: ProtocolEvent): ProtocolSnapshot {
  return transition(protocolMachine, snapshot, event)[0];
}

export function saveProtocol(snapshot: ProtocolSnapshot): ProtocolSave {
  return { value: snapshot.value, context: snapshot.context };
}

export function restoreProtocol(saved: ProtocolSave): ProtocolSnapshot {
  return protocolMachine.resolveState({ value: saved.value, context: saved.context });
}
