/** The labels of the model's enumerated values, registered in every interface language. */
import { defineLabelWords } from '../labelsByEntry';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

// Registered with defineLabelWords, not defineWords: see LabelWordsOf for why.
export const ENUM_LABEL_WORDS = defineLabelWords({ en, nl, fr, de });
