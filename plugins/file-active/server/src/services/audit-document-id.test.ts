// Audit entries' document ids: Strapi's shape (24 characters of [0-9a-z]), in the order of their
// instant, and of their writing within one instant, so that they go to the index's last page.
import { auditDocumentId } from './audit';

test('24 lowercase letters and digits, increasing with the instant and within one instant', () => {
  const at = new Date('2026-12-03T00:05:00.000Z');
  const ids = [auditDocumentId(at), auditDocumentId(at), auditDocumentId(new Date(at.getTime() + 1)), auditDocumentId(new Date('2030-01-01T00:00:00Z'))];
  for (const id of ids) expect(id).toMatch(/^[0-9a-z]{24}$/);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});
