/**
 * Organisations named in the register (Art. 30(1)(a)): controllers are identified by their enterprise number, and
 * the register names its DPO and its supervisory authority, as the GBA/APD model's identification sheet asks.
 */
import type { Address } from '../../model/organisation';
import { defineRule, isBlank, type Rule } from '../rule';

/**
 * Whether a Belgian enterprise number (KBO/BCE) is well formed: ten digits, the first 0 or 1, the last two equal
 * to 97 minus the first eight modulo 97. Dots, spaces and a leading "BE" (the VAT form) are accepted.
 */
export function isValidBelgianEnterpriseNumber(raw: string): boolean {
  const digits = raw
    .trim()
    .replace(/^BE/i, '')
    .replace(/[\s.\-/]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/**
 * A number counts as Belgian when written in the BE VAT form or held by an organisation with no address country or
 * a Belgian one: the register belongs to a Belgian group, and foreign numbers have no checksum we could verify.
 */
function isBelgianNumber(raw: string, address: Address | undefined): boolean {
  if (/^\s*BE/i.test(raw)) return true;
  return address?.country === undefined || address.country === 'BE';
}

export const ORGANISATION_RULES: readonly Rule[] = [
  defineRule({
    code: 'ORG_NO_ENTERPRISE_NUMBER',
    severity: 'warning',
    *find(register) {
      for (const organisation of register.organisations) {
        if (organisation.kind === 'controller' && isBlank(organisation.enterpriseNumber)) {
          yield { kind: 'organisations', record: organisation, field: 'enterpriseNumber' };
        }
      }
    },
  }),
  // Checked on every organisation and processor that gives a number: a wrong number is wrong whatever the role.
  defineRule({
    code: 'ENTERPRISE_NUMBER_INVALID',
    severity: 'error',
    *find(register) {
      const holders = [
        ...register.organisations.map((record) => ({ kind: 'organisations' as const, record })),
        ...register.processors.map((record) => ({ kind: 'processors' as const, record })),
      ];
      for (const { kind, record } of holders) {
        const number = record.enterpriseNumber;
        if (number === undefined || isBlank(number)) continue;
        if (isBelgianNumber(number, record.address) && !isValidBelgianEnterpriseNumber(number)) {
          yield { kind, record, field: 'enterpriseNumber', params: { number: number.trim() } };
        }
      }
    },
  }),
  defineRule({
    code: 'REG_NO_DPO',
    severity: 'warning',
    *find(register) {
      if (!register.organisations.some((o) => o.kind === 'dpo')) yield { kind: 'meta' };
    },
  }),
  defineRule({
    code: 'REG_NO_SUPERVISORY_AUTHORITY',
    severity: 'info',
    *find(register) {
      if (!register.organisations.some((o) => o.kind === 'supervisory-authority')) yield { kind: 'meta' };
    },
  }),
];
