/** One field of a record form, rendered from its spec: text, date, yes/no, choice, countries and links. */
import { useId, type ReactNode } from 'react';
import { enumLabel, type EnumName, type EnumValue } from '../../../shared/catalogue/enumLabels';
import { COUNTRY_CODES, countryName } from '../../../shared/catalogue/countries';
import { fieldLabel } from '../../../shared/catalogue/fieldLabels';
import { legalGroundLabel, type LegalGroundCode } from '../../../shared/catalogue/legalGrounds';
import { transferMechanismLabel, type TransferMechanismCode } from '../../../shared/catalogue/transferMechanisms';
import type { UiLanguage } from '../../../shared/i18n/languages';
import type { AnyRecord, RecordKind, Register } from '../../../shared/model';
import { useI18n } from '../../app/i18n';
import { getAt, type Draft } from '../draftPath';
import type { FieldSpec } from '../formSpec';
import { LinksPicker } from './LinksPicker';
import { LocalDateInput } from './LocalDateInput';
import { NestedField } from './NestedEditors';

export interface FieldInputProps {
  spec: FieldSpec;
  draft: Draft;
  setField: (path: string, value: unknown) => void;
  register: Register;
  onCreate: (kind: RecordKind, name: string) => Promise<string>;
  /** Id of the element that lists this field's findings, for aria-describedby. */
  findingsId?: string;
  invalid: boolean;
}

/** Every country, by name in the interface language, with its code so a DPO can type either. */
function CountryOptions({ lang }: { lang: UiLanguage }) {
  const countries = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) =>
    a.name.localeCompare(b.name, lang),
  );
  return (
    <>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </>
  );
}

function codeLabel(spec: Extract<FieldSpec, { type: 'code' }>, code: string, lang: UiLanguage): string {
  return spec.catalogue === 'legalGround'
    ? legalGroundLabel(code as LegalGroundCode, lang)
    : transferMechanismLabel(code as TransferMechanismCode, lang);
}

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FieldInput({ spec, draft, setField, register, onCreate, findingsId, invalid }: FieldInputProps) {
  const { t, lang } = useI18n();
  const id = `field-${spec.field}`;
  const label = fieldLabel(spec.field, lang);
  const value = getAt(draft, spec.field);
  const a11y = { 'aria-invalid': invalid || undefined, 'aria-describedby': findingsId };
  const checkGroupId = useId();

  switch (spec.type) {
    case 'text':
      return (
        <Labelled id={id} label={label}>
          {spec.multiline ? (
            <textarea
              id={id}
              rows={3}
              value={(value as string | undefined) ?? ''}
              onChange={(e) => setField(spec.field, e.target.value)}
              {...a11y}
            />
          ) : (
            <input
              id={id}
              value={(value as string | undefined) ?? ''}
              onChange={(e) => setField(spec.field, e.target.value)}
              aria-required={spec.required || undefined}
              {...a11y}
            />
          )}
        </Labelled>
      );
    case 'date':
      return (
        <Labelled id={id} label={label}>
          <LocalDateInput
            id={id}
            value={(value as string | undefined) || undefined}
            onChange={(iso) => setField(spec.field, iso ?? '')}
            invalid={invalid}
            {...(findingsId ? { describedBy: findingsId } : {})}
          />
        </Labelled>
      );
    case 'boolean':
      return (
        <div className="field">
          <label className="checkbox">
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              onChange={(e) => setField(spec.field, e.target.checked)}
              {...a11y}
            />
            {label}
          </label>
        </div>
      );
    case 'enum':
    case 'code':
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            value={(value as string | undefined) ?? ''}
            onChange={(e) => setField(spec.field, e.target.value || undefined)}
            {...a11y}
          >
            {(spec.optional || value === undefined) && <option value="">{t('choose')}</option>}
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {spec.type === 'enum'
                  ? enumLabel(spec.enumName as EnumName, v as EnumValue<EnumName>, lang)
                  : codeLabel(spec, v, lang)}
              </option>
            ))}
          </select>
        </Labelled>
      );
    case 'enumMulti': {
      const selected = (value as string[] | undefined) ?? [];
      return (
        <fieldset className="checks field" id={id} aria-describedby={findingsId}>
          <legend>{label}</legend>
          {spec.values.map((v) => (
            <label key={v} className="checkbox" htmlFor={`${checkGroupId}-${v}`}>
              <input
                id={`${checkGroupId}-${v}`}
                type="checkbox"
                checked={selected.includes(v)}
                onChange={(e) =>
                  setField(spec.field, e.target.checked ? [...selected, v] : selected.filter((s) => s !== v))
                }
              />
              {enumLabel(spec.enumName, v as EnumValue<EnumName>, lang)}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'country':
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            value={(value as string | undefined) ?? ''}
            onChange={(e) => setField(spec.field, e.target.value || undefined)}
            {...a11y}
          >
            {(spec.optional || value === undefined) && <option value="">{t('choose')}</option>}
            <CountryOptions lang={lang} />
          </select>
        </Labelled>
      );
    case 'countries': {
      const selected = (value as string[] | undefined) ?? [];
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            multiple
            size={6}
            value={selected}
            onChange={(e) =>
              setField(
                spec.field,
                Array.from(e.target.selectedOptions, (o) => o.value),
              )
            }
            {...a11y}
          >
            <CountryOptions lang={lang} />
          </select>
        </Labelled>
      );
    }
    case 'link': {
      const options = register[spec.to] as AnyRecord[];
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            value={(value as string | undefined) ?? ''}
            onChange={(e) => setField(spec.field, e.target.value || undefined)}
            {...a11y}
          >
            <option value="">{t('notSet')}</option>
            {options
              .filter((o) => o.id !== draft['id'])
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </Labelled>
      );
    }
    case 'links':
      return (
        <div className="field" id={id}>
          <LinksPicker
            label={label}
            to={spec.to}
            value={(value as string[] | undefined) ?? []}
            options={register[spec.to] as AnyRecord[]}
            onChange={(ids) => setField(spec.field, ids)}
            onCreate={(name) => onCreate(spec.to, name)}
            invalid={invalid}
            {...(findingsId ? { describedBy: findingsId } : {})}
          />
        </div>
      );
    case 'nested':
      return (
        <NestedField
          editor={spec.editor}
          draft={draft}
          setField={setField}
          register={register}
          onCreate={onCreate}
          {...(findingsId ? { describedBy: findingsId } : {})}
        />
      );
  }
}
