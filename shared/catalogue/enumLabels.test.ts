import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages';
import {
  ACTIVITY_STATUSES,
  CONTROLLER_ROLES,
  DATA_CATEGORY_FAMILIES,
  DATA_CATEGORY_KINDS,
  DPIA_STATUSES,
  LEGAL_REFERENCE_KINDS,
  ORGANISATION_KINDS,
  PROCESSING_CHARACTERISTICS,
  RECIPIENT_CATEGORIES,
  SECURITY_MEASURE_FAMILIES,
  SECURITY_MEASURE_TYPES,
  SPECIAL_DATA_TYPES,
  iscDeliberationSchema,
} from '../model';
import { ENUM_LABELS, enumLabel, type EnumName } from './enumLabels';

/** Each label table next to the model's own list of values, so a value added to the model shows up here. */
const MODEL_ENUMS: Record<EnumName, readonly string[]> = {
  organisationKind: ORGANISATION_KINDS,
  recipientCategory: RECIPIENT_CATEGORIES,
  dataCategoryKind: DATA_CATEGORY_KINDS,
  specialDataType: SPECIAL_DATA_TYPES,
  dataCategoryFamily: DATA_CATEGORY_FAMILIES,
  securityMeasureType: SECURITY_MEASURE_TYPES,
  securityMeasureFamily: SECURITY_MEASURE_FAMILIES,
  activityStatus: ACTIVITY_STATUSES,
  controllerRole: CONTROLLER_ROLES,
  processingCharacteristic: PROCESSING_CHARACTERISTICS,
  dpiaStatus: DPIA_STATUSES,
  legalReferenceKind: LEGAL_REFERENCE_KINDS,
  iscChamber: iscDeliberationSchema.shape.chamber.unwrap().options,
};

describe('enum labels', () => {
  for (const [enumName, values] of Object.entries(MODEL_ENUMS) as Array<[EnumName, readonly string[]]>) {
    it(`labels exactly the values of ${enumName}`, () => {
      expect(values.length).toBeGreaterThan(0);
      expect(Object.keys(ENUM_LABELS[enumName]).sort()).toEqual([...values].sort());
      for (const value of values) {
        for (const lang of UI_LANGUAGES) {
          const label = enumLabel(enumName, value as never, lang);
          expect(label.trim(), `${enumName}.${value} in ${lang}`).not.toBe('');
          expect(label, `${enumName}.${value} in ${lang}`).not.toBe(value);
        }
      }
    });
  }

  it('uses the terms of Belgian data protection practice', () => {
    expect(enumLabel('organisationKind', 'controller', 'nl')).toBe('Verwerkingsverantwoordelijke');
    expect(enumLabel('organisationKind', 'controller', 'fr')).toBe('Responsable du traitement');
    expect(enumLabel('legalReferenceKind', 'isc-deliberation', 'nl')).toBe(
      'Beraadslaging van het Informatieveiligheidscomité',
    );
    expect(enumLabel('legalReferenceKind', 'isc-deliberation', 'fr')).toBe(
      "Délibération du Comité de sécurité de l'information",
    );
    expect(enumLabel('dataCategoryKind', 'criminal', 'fr')).toMatch(/^Données judiciaires/);
    expect(enumLabel('dataCategoryKind', 'national-id', 'nl')).toMatch(/Rijksregisternummer/);
    expect(enumLabel('dataCategoryKind', 'special', 'nl')).toMatch(/^Bijzondere categorieën/);
    expect(enumLabel('iscChamber', 'social-security-health', 'nl')).toBe('Kamer sociale zekerheid en gezondheid');
  });

  it('uses the terms of the DSGVO and of Belgian German texts', () => {
    expect(enumLabel('organisationKind', 'controller', 'de')).toBe('Verantwortlicher');
    expect(enumLabel('controllerRole', 'joint-controller', 'de')).toBe('Gemeinsam Verantwortlicher');
    expect(enumLabel('specialDataType', 'religious-beliefs', 'de')).toBe(
      'Religiöse oder weltanschauliche Überzeugungen',
    );
    expect(enumLabel('dataCategoryKind', 'special', 'de')).toMatch(/^Besondere Kategorien personenbezogener Daten/);
    expect(enumLabel('processingCharacteristic', 'systematic-monitoring', 'de')).toBe('Systematische Überwachung');
    expect(enumLabel('iscChamber', 'social-security-health', 'de')).toBe('Kammer soziale Sicherheit und Gesundheit');
    expect(enumLabel('iscChamber', 'federal-government', 'de')).toBe('Kammer föderale Behörde');
  });

  it('keeps the shape callers index into', () => {
    expect(ENUM_LABELS.organisationKind.controller.nl).toBe('Verwerkingsverantwoordelijke');
    expect(ENUM_LABELS.dpiaStatus.required).toEqual({
      nl: 'Vereist',
      fr: 'Requise',
      en: 'Required',
      de: 'Erforderlich',
    });
  });

  it('shows a value outside the enum as it is rather than nothing', () => {
    expect(enumLabel('activityStatus', 'archived' as never, 'en')).toBe('archived');
  });
});
