/** The transfer mechanisms in English, worded after Chapter V of the GDPR: this file defines the catalogue's keys. */
import type { TransferMechanismCode } from '../transferMechanisms';

export const en = {
  labels: {
    art45: 'Adequacy decision of the European Commission',
    'art46-2-a': 'Legally binding and enforceable instrument between public authorities',
    'art46-2-b': 'Binding corporate rules as an appropriate safeguard',
    'art46-2-c': 'Standard data protection clauses adopted by the Commission',
    'art46-2-d': 'Standard data protection clauses adopted by a supervisory authority',
    'art46-2-e': 'Approved code of conduct with binding commitments of the recipient',
    'art46-2-f': 'Approved certification mechanism with binding commitments of the recipient',
    'art46-3-a': 'Contractual clauses authorised by the supervisory authority',
    'art46-3-b': 'Authorised provisions in administrative arrangements between public authorities',
    art47: 'Binding corporate rules approved by a supervisory authority',
    'art49-1-a': 'Explicit consent to the transfer after being informed of the risks',
    'art49-1-b': 'Performance of a contract with the data subject',
    'art49-1-c': 'Contract concluded in the interest of the data subject',
    'art49-1-d': 'Important reasons of public interest',
    'art49-1-e': 'Establishment, exercise or defence of legal claims',
    'art49-1-f': 'Vital interests, data subject incapable of giving consent',
    'art49-1-g': 'Transfer from a public register',
    'art49-1-second': 'Compelling legitimate interests (non-repetitive transfer, limited number of data subjects)',
  },
  /** Cited after "Art. 49(1)": the compelling-interests ground has no point letter of its own. */
  secondSubparagraph: 'second subparagraph',
} as const satisfies { labels: Record<TransferMechanismCode, string>; secondSubparagraph: string };
