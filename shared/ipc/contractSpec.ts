/**
 * The shapes an entry of the IPC contract (IPC_CONTRACT in shared/ipc/channels.ts) can take, and what is derived from
 * a contract: the page's API, the main process's handlers, the channels of each kind. Only zod and plain functions,
 * so the sandboxed preload bundle can import it.
 */
import * as z from 'zod';

/**
 * A result type that exists only for the compiler. Results are produced by our own main-process code, which the
 * compiler checks against this type (see `HandlersOf`); only what the page sends needs checking at run time.
 */
export interface Returns<T> {
  /** Never set: carries `T` for type inference. */
  readonly __returns?: T;
}

export function returns<T>(): Returns<T> {
  return {};
}

/** Page → main, with an answer (`ipcRenderer.invoke` / `ipcMain.handle`). */
export interface InvokeSpec<Args extends z.ZodTuple = z.ZodTuple, Result = unknown> {
  readonly kind: 'invoke';
  readonly channel: string;
  /** Validated in the main process before the handler runs; the handler receives the parsed values. */
  readonly args: Args;
  readonly result: Returns<Result>;
}

/**
 * Main → page, a message the page listens for. The preload listens from the start and keeps messages that arrive
 * before the page registers its callback (a file opened from the system while the page loads), and drops any
 * payload that does not match `payload`.
 */
export interface EventSpec<Payload extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly channel: string;
  readonly payload: Payload;
}

/**
 * Main → page, a request the page answers: the preload runs the page's callback, then invokes `reply` without
 * arguments whether the callback succeeded or not, so the main process never waits in vain. The main process
 * handles `reply` like an invoke channel that takes no arguments and returns nothing.
 */
export interface RequestSpec {
  readonly kind: 'request';
  readonly channel: string;
  readonly reply: string;
}

export type ChannelSpec = InvokeSpec | EventSpec | RequestSpec;
/** One entry per method of the page's API, named as that method; the entry's documentation is the method's. */
export type Contract = Readonly<Record<string, ChannelSpec>>;

/** The arguments of a request's reply: none. */
export const REPLY_ARGS = z.tuple([]);
type ReplySpec = InvokeSpec<typeof REPLY_ARGS, void>;

/** What a page's call passes: the schema's input (defaults may be left out). */
type CallArgs<Args extends z.ZodTuple> = z.input<Args> extends infer P extends unknown[] ? P : never;
/** What a handler receives: the schema's output (defaults filled in). */
type ParsedArgs<Args extends z.ZodTuple> = z.output<Args> extends infer P extends unknown[] ? P : never;

/**
 * An invoke entry's method resolves to its result. An event's or a request's method registers the page's callback,
 * replacing the previous one; an event's returns a function that unregisters it (if it is still the current one).
 */
type ApiMethod<Spec> =
  Spec extends InvokeSpec<infer Args, infer Result>
    ? (...args: CallArgs<Args>) => Promise<Result>
    : Spec extends EventSpec<infer Payload>
      ? (callback: (payload: z.output<Payload>) => void) => () => void
      : Spec extends RequestSpec
        ? (callback: () => Promise<void>) => void
        : never;

/** The API the preload exposes to the page. Mapped key for key, so each method keeps its entry's documentation. */
export type ApiOf<C extends Contract> = { -readonly [Method in keyof C]: ApiMethod<C[Method]> };

/** The channels the main process handles, which are the only ones the page can invoke: invoke channels and replies. */
export type InvokeChannelsOf<C extends Contract> = {
  [Method in keyof C]: C[Method] extends InvokeSpec
    ? C[Method]['channel']
    : C[Method] extends RequestSpec
      ? C[Method]['reply']
      : never;
}[keyof C];

/** The main → page channels of one kind. */
export type ChannelsOf<C extends Contract, Kind extends 'event' | 'request'> = {
  [Method in keyof C]: C[Method] extends { kind: Kind; channel: infer Channel } ? Channel : never;
}[keyof C];

/** The spec of a channel the main process handles; a reply is handled as an invoke without arguments or result. */
type InvokeSpecOf<C extends Contract, Channel> = {
  [Method in keyof C]: C[Method] extends InvokeSpec & { channel: Channel }
    ? C[Method]
    : C[Method] extends RequestSpec & { reply: Channel }
      ? ReplySpec
      : never;
}[keyof C];

/** The main-process implementation of one channel: parsed arguments in, the contract's result out. */
export type HandlerOf<Spec> =
  Spec extends InvokeSpec<infer Args, infer Result> ? (...args: ParsedArgs<Args>) => Promise<Result> : never;

/** One handler per handled channel; a missing handler, or one whose result type differs, does not compile. */
export type HandlersOf<C extends Contract> = {
  [Channel in InvokeChannelsOf<C> & string]: HandlerOf<InvokeSpecOf<C, Channel>>;
};

/** The payload the main process sends on an event channel. */
export type PayloadOf<C extends Contract, Channel> = {
  [Method in keyof C]: C[Method] extends EventSpec<infer Payload> & { channel: Channel } ? z.output<Payload> : never;
}[keyof C];

/** The channels the main process handles, in the contract's order, each with the schema of its arguments. */
export function invokeChannelsOf<C extends Contract>(
  contract: C,
): { channel: InvokeChannelsOf<C> & string; args: z.ZodTuple }[] {
  // The list is `InvokeChannelsOf` at run time; the compiler cannot follow `Object.values` to the literal channels.
  return Object.values(contract).flatMap((spec) => {
    if (spec.kind === 'invoke') return [{ channel: spec.channel as InvokeChannelsOf<C> & string, args: spec.args }];
    if (spec.kind === 'request') return [{ channel: spec.reply as InvokeChannelsOf<C> & string, args: REPLY_ARGS }];
    return [];
  });
}
