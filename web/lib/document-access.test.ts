import { describe, expect, test } from 'vitest';
import { mayWriteDocuments } from './document-access';

const team = [{ userId: 'u-eva' }, { userId: null }];
const evaluation = (status: string) => ({ status, team });

describe('mayWriteDocuments', () => {
  test('the team and admins add and cite while the evaluation is open', () => {
    for (const status of ['draft', 'visit', 'consensus']) {
      expect(mayWriteDocuments({ id: 'u-eva', role: 'evaluator' }, evaluation(status))).toBe(true);
      expect(mayWriteDocuments({ id: 'u-admin', role: 'admin' }, evaluation(status))).toBe(true);
    }
  });

  test('nobody writes once it is published; a reader or another evaluator never does', () => {
    expect(mayWriteDocuments({ id: 'u-eva', role: 'evaluator' }, evaluation('published'))).toBe(
      false,
    );
    expect(mayWriteDocuments({ id: 'u-admin', role: 'admin' }, evaluation('published'))).toBe(
      false,
    );
    expect(mayWriteDocuments({ id: 'u-olle', role: 'evaluator' }, evaluation('visit'))).toBe(false);
    expect(mayWriteDocuments({ id: 'u-read', role: 'reader' }, evaluation('visit'))).toBe(false);
    expect(mayWriteDocuments(null, evaluation('visit'))).toBe(false);
    expect(mayWriteDocuments({ id: 'u-eva', role: 'evaluator' }, undefined)).toBe(false);
  });
});
