import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { protocolMachine } from '../../../../src/core/protocol/protocol-machine.ts';
import {
  restoreProtocol,
  saveProtocol,
  sendProtocol,
  type ProtocolSave,
} from '../../../../src/core/protocol/protocol-actor.ts';
import { eventOf, input, runScript, type Script } from '../../../support/protocol.ts';

const script: Script = [
  ['move_to_private_room'],
  '!suspect_arrives',
  ['neutral'],
  '!urgent_need',
  ['check_urgent_needs'],
  ['blame_carer'],
  'end',
];

describe('protocol machine: persisted snapshots', () => {
  it('gives identical verdicts when persisted and restored after every event', () => {
    const straight = runScript(input('sexual_violence', { requires: ['register_report'] }), script, [
      'register_report',
    ]);
    let actor = createActor(protocolMachine, {
      input: input('sexual_violence', { requires: ['register_report'] }),
    }).start();
    for (const item of script) {
      const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ReturnType<
        typeof actor.getPersistedSnapshot
      >;
      actor.stop();
      actor = createActor(protocolMachine, { snapshot: saved, input: input('sexual_violence') }).start();
      actor.send(eventOf(item, ['register_report']));
    }
    expect(actor.getSnapshot().context).toEqual(straight.context);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('keeps an open obligation across a restore', () => {
    const mid = runScript(input('domestic_violence'), ['!suspect_arrives']);
    const restored = restoreProtocol(JSON.parse(JSON.stringify(saveProtocol(mid))) as ProtocolSave);
    const after = sendProtocol(restored, { type: 'choice.made', actions: ['neutral'] });
    expect(after.context.verdicts.map((v) => v.standard)).toEqual(['ENV-03']);
  });
});
