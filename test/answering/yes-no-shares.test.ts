/**
 * Yes/no answers that check a share, a frequency or a bounded count as a reader would, over articles of other
 * outlets and topics in both languages (test/fixtures/english-over-arabic, measures, dialect): "most of the buses"
 * is answered by how many of them run, "daily" by how often, "kept" by a passage saying it was removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('yes-no-shares', ['english-over-arabic', 'measures', 'dialect', 'monitoring']);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('yes/no answers check shares of a whole', () => {
  it('answers no when the passage gives a part of its whole below the share asked', async () => {
    expect(await verdictOf('Did most of the Kenitra company buses run during the strike?')).toBe('no');
    expect(await verdictOf('هل تعمل غالبية حافلات الشركة في القنيطرة؟')).toBe('no');
  });

  it('answers yes when the passage gives the share asked', async () => {
    expect(await verdictOf('Were most of the people treated for heatstroke since the start of the month over seventy?')).toBe('yes');
  });
});

describe('yes/no answers check frequencies', () => {
  it('does not say yes to a frequency the passage does not give', async () => {
    expect(await verdictOf('Do the forty thousand commuters of the island use the Sotra crossing daily?')).not.toBe('yes');
    expect(await verdictOf('هل يقام مهرجان الزيتون في عين زحلتا كل شهر؟')).not.toBe('yes');
  });
});

describe('yes/no answers check bounded counts and keeping', () => {
  it('answers a bound the passage settles', async () => {
    expect(await verdictOf('Did the Sotra crossing cost under ten billion kroner?')).toBe('no');
    expect(await verdictOf('هل يشارك في إضراب القنيطرة أقل من ستمائة سائق ومراقب؟')).toBe('yes');
  });

  it('answers no to whether something was kept when the passage says it was removed', async () => {
    expect(await verdictOf('Did the Sotra road keep its old toll station?')).toBe('no');
  });
});
