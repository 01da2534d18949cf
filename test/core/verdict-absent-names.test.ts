/**
 * A yes/no question naming something no article writes: over a passage read in the question's language the name is
 * truly absent, and the passage, about something else, does not say; across scripts ("Sidon" over an untranslated
 * Arabic report writing «صيدا») the name may only be spelled otherwise, and the passage decides
 * (src/core/answer/yes-no-answer.ts). Fixtures: test/fixtures/absent-names.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { REPO_ROOT } from '../support/paths.js';
import { offlineEngine } from './helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');

describe('a yes/no question naming what the corpus does not write', () => {
  let engine: Engine;
  beforeAll(async () => {
    const knowledge = temporaryDirectory('absent-names-knowledge');
    for (const folder of ['absent-names', 'articles']) {
      for (const file of readdirSync(path.join(FIXTURES, folder)).filter((name) => name.endsWith('.md') && name !== 'README.md')) cpSync(path.join(FIXTURES, folder, file), path.join(knowledge, file));
    }
    engine = await offlineEngine(knowledge, temporaryDirectory('absent-names-data'));
  });
  afterAll(removeTemporaryDirectories);

  it('is decided by an untranslated passage of the other script, which may spell the name otherwise', async () => {
    const opened = await engine.ask('Did the Sidon public library open in 2019?');
    expect(opened.answerable).toBe(true);
    expect(opened.verdict).toBe('yes');
  });

  it('is not confirmed by a passage read in its own language about something else', async () => {
    const answer = await engine.ask('Did the Kisumu port open its fourth berth on Thursday?');
    expect(answer.answerable ? answer.verdict : 'not_said').toBe('not_said');
  });
});
