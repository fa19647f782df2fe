import { describe, expect, it } from 'vitest';
import { Gazetteer, type SurfaceForm } from '../../../src/builder/actors/gazetteer';

const form = (text: string): SurfaceForm => ({ text, actorId: text.toLowerCase().replace(/\W+/g, '-'), kind: 'name' });

/** Enough long names to need several patterns (each is kept under V8's 20 KB limit for optimising a regex). */
function manyForms(): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  for (const first of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    for (let i = 0; i < 60; i++) forms.push(form(`${first}${'x'.repeat(i % 7)}land Federation Number ${i} of the ${first}ern Sea`));
  }
  forms.push(form('South Korea'), form('Korea'), form('Korea Strait Forum'), form('al-Qaeda'), form('the Abode of Peace'));
  return forms;
}

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer(manyForms(), 'regex');
  const found = (text: string): string[] => gazetteer.find(text).map((m) => text.slice(m.start, m.end));

  it('finds names whatever pattern holds them, left to right', () => {
    expect(found('Axland Federation Number 1 of the Aern Sea met Zland Federation Number 0 of the Zern Sea and al-Qaeda.')).toEqual([
      'Axland Federation Number 1 of the Aern Sea',
      'Zland Federation Number 0 of the Zern Sea',
      'al-Qaeda',
    ]);
  });

  it('takes the longest name at a position and nothing inside it, as one pattern would', () => {
    expect(found('South Korea and the Korea Strait Forum met.')).toEqual(['South Korea', 'Korea Strait Forum']);
  });

  it('finds a lower-case name and a capitalised one that follows it', () => {
    expect(found('the Abode of Peace and Korea')).toEqual(['the Abode of Peace', 'Korea']);
  });
});
