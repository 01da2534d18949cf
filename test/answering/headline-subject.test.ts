/**
 * A paragraph's lead sentence repeats its headline's subject ("The Kigali cable car project was approved…"), and the
 * sentence that answers, two sentences on, speaks of it as "the first line" or «الخط الجديد». The headline's words
 * count as said in every unit at a fraction when the shown unit is picked (src/core/answer/title-words.ts), so the
 * answer shows the sentence that answers, not only the lead that shares the subject's words. A question asking what
 * the headline's subject is keeps the sentence naming it. Articles of other outlets and topics
 * (test/fixtures/headline-subject: a cable car in Kigali, a tram extension in Oran).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('headline-subject', ['headline-subject', 'outlets', 'articles', 'answering']);
});

afterAll(removeTemporaryDirectories);

describe('the headline\'s subject is said in every sentence under it', () => {
  it('shows the later sentence that answers rather than the lead repeating the subject', async () => {
    const answer = await engine.ask('which stations will the first line of the kigali cable car link?');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('Nyabugogo bus station');
  });

  it('does so in Arabic too', async () => {
    const answer = await engine.ask('أين سيصل الخط الجديد لترامواي وهران؟');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('بجامعة العلوم والتكنولوجيا');
  });

  it('keeps the sentence naming the subject for a question asking what it is', async () => {
    const answer = await engine.ask('what is the kigali cable car project?');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('approved by the city council');
  });
});
