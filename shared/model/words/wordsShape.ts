/** The shape every language's register words must have: the keys of the English file, help where English has it. */

export interface FieldWords {
  readonly label: string;
  /** A sentence or two shown beside the field: what the law asks, or why the field is internal. */
  readonly help?: string;
  /** Other header texts that name this field in spreadsheets (the label itself always counts). */
  readonly headers?: readonly string[];
}

export interface KindWords {
  /** One record, lower case as inside a sentence: "processing activity". */
  readonly one: string;
  /** Several records, lower case: "processing activities". */
  readonly many: string;
  /** The name of its sheet in a workbook (at most 31 characters, none of : / ? * [ ]). */
  readonly sheet: string;
}

export interface Words {
  readonly fields: Readonly<Record<string, FieldWords>>;
  readonly kinds: Readonly<Record<string, KindWords>>;
}

type FieldWordsLike<E> = { readonly label: string; readonly headers?: readonly string[] } & (E extends {
  readonly help: string;
}
  ? { readonly help: string }
  : { readonly help?: string });

/** Another language's words for the catalogue whose English file is `E`. */
export interface WordsLike<E extends Words> {
  readonly fields: { readonly [K in keyof E['fields']]: FieldWordsLike<E['fields'][K]> };
  readonly kinds: { readonly [K in keyof E['kinds']]: KindWords };
}
