import { describe, expect, it } from 'vitest';
import { particlePredicate } from '../../src/core/answer/verdict-particles.js';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import { questionTerms } from '../../src/core/retrieval/query.js';

const verdictOf = (question: string, passage: string) => yesNoVerdict([passage], questionTerms(question), { names: new Set() }, question);

describe('a particle as the predicate of a yes/no question', () => {
  it('reads the particle a question ends on, past its fillers', () => {
    expect(particlePredicate('is the bakers strike over?')).toBe('over');
    expect(particlePredicate('is the bakers strike over yet or not?')).toBe('over');
    expect(particlePredicate('has the derby been called off?')).toBe('off');
    expect(particlePredicate('is the bakers strike still on?')).toBe('on');
    expect(particlePredicate('did prices rise over the summer?')).toBeNull();
    expect(particlePredicate('is it over?')).toBe('over');
  });

  it('answers "yes" when the passage tells the particle or a word of its sense about the subject, not when it only names the subject', () => {
    expect(verdictOf('is the bakers strike over?', 'The bakers strike was called by the Food Workers Federation after a pay freeze.')).toBe('not_said');
    expect(verdictOf('has the derby been called off?', 'The derby was called the biggest match of the season by the league.')).toBe('not_said');
    expect(verdictOf('is the bakers strike over?', 'The bakers strike is over, the federation said on Friday.')).toBe('yes');
    expect(verdictOf('is the bakers strike over?', 'The bakers strike ended on Friday after a pay deal.')).toBe('yes');
    expect(verdictOf('has the derby been called off?', 'The derby was called off because of the storm.')).toBe('yes');
  });

  it('answers "no" when the passage tells the opposite sense about the subject', () => {
    expect(verdictOf('is the bakers strike over?', 'The bakers strike continued for a fifth day on Friday.')).toBe('no');
    expect(verdictOf('is the bakers strike still on?', 'The bakers strike was called off on Friday after a pay deal.')).toBe('no');
  });

  it('reads a particle followed by its object as a preposition, not a state', () => {
    expect(verdictOf('is the bakers strike off?', 'Bakers walked off the job on Monday; the bakers strike was called by the federation.')).toBe('not_said');
  });
});
