/**
 * The main-process side of the IPC contract (shared/ipc/channels.ts), for every channel alike: each invoke channel
 * is answered only for our own page (the main frame at app://ropa/), only with arguments its schema accepts, and its
 * handler receives the parsed arguments. Channels outside the contract have no handler, so Electron refuses them.
 * Messages to the page go through `sendEvent`, which ties the payload's type to the channel.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type EventChannel, type EventPayload, type IpcHandlers } from '../../shared/ipc/channels';
import { APP_ORIGIN } from '../protocol/appProtocol';

export class IpcRefusal extends Error {}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Registers one handler per channel the contract lets the page invoke, behind the sender check and its schema. */
export function registerContractHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): void {
  for (const { channel, args: schema } of INVOKE_CHANNELS) {
    // Each handler is typed by exactly this channel's schema output (IpcHandlers); the compiler cannot follow that
    // pairing through the loop over all channels, so the call goes through a plain function type.
    const handler = handlers[channel] as (...parsedArgs: unknown[]) => Promise<unknown>;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new IpcRefusal(`refused ${channel}: untrusted sender`);
      const parsed = schema.safeParse(args);
      if (!parsed.success) throw new IpcRefusal(`refused ${channel}: invalid arguments`);
      return handler(...parsed.data);
    });
  }
}

/** Sends an event of the contract to the page. */
export function sendEvent<C extends EventChannel>(
  contents: { send(channel: string, ...args: unknown[]): void },
  channel: C,
  payload: EventPayload<C>,
): void {
  contents.send(channel, payload);
}
