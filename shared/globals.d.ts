/**
 * Globals that both Node (>= 18) and every browser provide, declared here because `shared/` compiles with
 * neither the DOM nor the Node type libraries (that is what keeps it free of either).
 */
declare function structuredClone<T>(value: T): T;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
