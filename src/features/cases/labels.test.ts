import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import {
  channelLabel,
  contactTypeLabel,
  infoKeyLabel,
  infoValueLabel,
  productLabel,
} from './labels';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

describe('case labels', () => {
  it('translates the keys it knows, and shows any other as sent (no made-up words)', () => {
    expect(infoKeyLabel(t, 'RECURRING_TYPE')).toBe('[caseCodes.info.recurringType]');
    expect(infoKeyLabel(t, 'IS_RECURRING')).toBe('[caseCodes.info.isRecurring]');
    expect(infoKeyLabel(t, 'powerCycleApproved')).toBe('[caseCodes.info.powerCycleApproved]');
    expect(infoKeyLabel(t, 'rack')).toBe('[caseCodes.info.rack]');
    expect(infoKeyLabel(t, 'accessWindowHours')).toBe('accessWindowHours');
    expect(infoKeyLabel(t, 'VLAN_ID')).toBe('VLAN_ID');
    expect(infoKeyLabel(t, 'iPhone')).toBe('iPhone');
    expect(infoKeyLabel(t, '')).toBe('');
  });

  it('translates the codes it knows, and shows any other as sent', () => {
    expect(channelLabel(t, 'PORTAL')).toBe('[caseCodes.channel.portal]');
    expect(channelLabel(t, 'OFFLINE')).toBe('[caseCodes.channel.offline]');
    expect(channelLabel(t, 'EMAIL')).toBe('EMAIL');
    expect(productLabel(t, 'SMART_HANDS')).toBe('[caseCodes.product.smartHands]');
    expect(productLabel(t, 'ACCESS')).toBe('[caseCodes.product.access]');
    expect(productLabel(t, 'CROSS_CONNECT')).toBe('CROSS_CONNECT');
    expect(productLabel(t, 'Remote hands')).toBe('Remote hands');
    expect(contactTypeLabel(t, 'TECHNICAL')).toBe('[caseContact.types.technical]');
    expect(contactTypeLabel(t, 'BILLING_CONTACT')).toBe('BILLING_CONTACT');
  });

  it('leaves free text as it is; booleans are yes or no', () => {
    expect(infoValueLabel(t, false)).toBe('[caseCodes.value.no]');
    expect(infoValueLabel(t, 'CHILD')).toBe('[caseCodes.value.child]');
    expect(infoValueLabel(t, 'SMART_HANDS')).toBe('[caseCodes.product.smartHands]');
    expect(infoValueLabel(t, 'OS1:01:0103')).toBe('OS1:01:0103');
    expect(infoValueLabel(t, 'SOME_FREE_TEXT_IN_CAPS')).toBe('SOME_FREE_TEXT_IN_CAPS');
    expect(infoValueLabel(t, 12)).toBe('12');
    expect(infoValueLabel(t, null)).toBe('');
  });
});
