import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { channelLabel, infoKeyLabel, infoValueLabel, productLabel, readableKey } from './labels';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

describe('case labels', () => {
  it('puts field names in readable words, sentence case', () => {
    expect(readableKey('powerCycleApproved')).toBe('Power cycle approved');
    expect(readableKey('rack')).toBe('Rack');
    expect(readableKey('IS_RECURRING')).toBe('Is recurring');
    expect(readableKey('access_window')).toBe('Access window');
    expect(readableKey('contactUCMID')).toBe('Contact UCMID');
    expect(readableKey('port-2-speed')).toBe('Port 2 speed');
    expect(readableKey('')).toBe('');
  });

  it('translates the keys and codes it knows, and words any other key', () => {
    expect(infoKeyLabel(t, 'RECURRING_TYPE')).toBe('[caseCodes.info.recurringType]');
    expect(infoKeyLabel(t, 'powerCycleApproved')).toBe('Power cycle approved');
    expect(channelLabel(t, 'PORTAL')).toBe('[caseCodes.channel.portal]');
    expect(channelLabel(t, 'OFFLINE')).toBe('[caseCodes.channel.offline]');
    expect(channelLabel(t, 'EMAIL')).toBe('EMAIL');
    expect(productLabel(t, 'SMART_HANDS')).toBe('[caseCodes.product.smartHands]');
    expect(productLabel(t, 'CROSS_CONNECT')).toBe('Cross connect');
    expect(productLabel(t, 'Remote hands')).toBe('Remote hands');
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
