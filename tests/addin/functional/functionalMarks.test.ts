import { describe, expect, it } from 'vitest';
import {
  handlerCategory,
  handlerOf,
  isRegistered,
  mayDelete,
  withHandler,
  withRegistered,
} from '../../../addin/src/functional/functionalMarks.ts';

describe('functional mailbox marks (categories)', () => {
  it.each<[readonly string[], string | null]>([
    [[], null],
    [['Röd kategori'], null],
    [['Svarsplikt: Anna Berg'], 'Anna Berg'],
    [['Diarieförd', 'Svarsplikt: Bo Ek'], 'Bo Ek'],
    [['Svarsplikt: '], null],
  ])('handlerOf(%j) → %j', (categories, expected) => {
    expect(handlerOf(categories)).toBe(expected);
  });

  it.each<[readonly string[], string, string[]]>([
    [[], 'Anna Berg', ['Svarsplikt: Anna Berg']],
    [['Röd', 'Svarsplikt: Bo Ek'], 'Anna Berg', ['Röd', 'Svarsplikt: Anna Berg']],
    [['Diarieförd'], '  Anna   Berg ', ['Diarieförd', 'Svarsplikt: Anna Berg']],
  ])('withHandler(%j, %j) → %j', (categories, name, expected) => {
    expect(withHandler(categories, name)).toEqual(expected);
  });

  it('an empty handler name is a programmer error', () => {
    expect(() => handlerCategory('  ')).toThrow(RangeError);
  });

  it('the registered mark is added once and read back', () => {
    expect(withRegistered(['Röd'])).toEqual(['Röd', 'Diarieförd']);
    expect(withRegistered(['Diarieförd'])).toEqual(['Diarieförd']);
    expect(isRegistered(withRegistered([]))).toBe(true);
    expect(isRegistered(['diarieförd?'])).toBe(false);
  });

  it.each([
    [false, false, false],
    [true, false, false],
    [false, true, false],
    [true, true, true],
  ])('registered %s, answered %s → may delete %s', (registered, answered, expected) => {
    expect(mayDelete({ registered, answered })).toBe(expected);
  });
});
