import { describe, expect, it } from 'vitest';
import { allowedIncidentTransitions } from './workflow';

describe('statuses the workflow does not know', () => {
  it('an interim status moves as In Progress does, even when named like a built-in property', () => {
    for (const status of ['Waiting for vendor', 'constructor', 'toString', '__proto__']) {
      expect(allowedIncidentTransitions(status, 'customer')).toEqual(
        allowedIncidentTransitions('In Progress', 'customer'),
      );
      expect(allowedIncidentTransitions(status, 'support')).toContain('In Progress');
    }
  });
});
