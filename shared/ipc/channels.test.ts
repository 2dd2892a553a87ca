import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, IPC_CONTRACT, menuCommandSchema } from './channels';

const specs = Object.values(IPC_CONTRACT);

describe('IPC contract', () => {
  it('uses each channel name once, replies included', () => {
    const channels = specs.flatMap((spec) => (spec.kind === 'request' ? [spec.channel, spec.reply] : [spec.channel]));
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('lets the page invoke the invoke channels and the replies to requests, in the order of the contract', () => {
    expect(INVOKE_CHANNELS.map((c) => c.channel)).toEqual(
      specs.flatMap((spec) => (spec.kind === 'invoke' ? [spec.channel] : spec.kind === 'request' ? [spec.reply] : [])),
    );
    // A reply takes no arguments: the preload sends it bare.
    for (const { channel, args } of INVOKE_CHANNELS)
      if (specs.some((spec) => spec.kind === 'request' && spec.reply === channel)) {
        expect(args.safeParse([]).success).toBe(true);
        expect(args.safeParse([true]).success).toBe(false);
      }
  });

  it('accepts the menu commands the main process sends, and nothing else', () => {
    const file = { name: 'cm.ropa.json', bytes: new Uint8Array([1]) };
    expect(menuCommandSchema.safeParse({ name: 'export-pdf' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ name: 'open-file', via: 'system', file }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ name: 'open-file' }).success).toBe(false);
    expect(menuCommandSchema.safeParse({ name: 'open-file', via: 'recent', file: { name: 'x' } }).success).toBe(false);
    expect(menuCommandSchema.safeParse({ name: 'quit' }).success).toBe(false);
  });
});
