/**
 * A report's lead repeats its headline's names; when it holds none of the question's other words, the sibling close
 * behind that holds some of them ("the service's manager", «للباحثين مجانا») tells what is asked and comes first.
 * Two reports of other outlets and topics, in both languages, written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe('the lead paragraph yielding to the sibling that tells what is asked', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('lead-yields', ['lead-siblings', 'siblings']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the paragraph naming the manager for who manages the ferry, not the lead naming the ferry and who launched it', async () => {
    const { first } = await firstCited(engine, 'who is the manager of the mombasa lamu ferry service?', 'en');
    expect(first).toBe('mombasa-lamu-ferry-2026-06-15#2');
  });

  it('cites the paragraph on who may enter free for a yes/no question, not the lead naming the wing', async () => {
    const { first } = await firstCited(engine, 'هل جناح المخطوطات في مكتبة الإسكندرية مجاني للباحثين؟', 'ar');
    expect(first).toBe('alexandria-manuscripts-wing-2026-07-20#2');
  });

  it('keeps the lead first when it holds the day asked', async () => {
    const { first } = await firstCited(engine, 'when was the mombasa lamu ferry service launched?', 'en');
    expect(first).toBe('mombasa-lamu-ferry-2026-06-15#1');
  });
});
