import { describe, expect, it } from 'vitest';
import { tokens } from '../../src/stages/tokens.js';
import { findEntities } from '../../src/stages/entities.js';
import { createDoc } from '../../src/doc.js';

function people(text: string) {
  const toks = tokens().run(createDoc('t', text), { warn() {} });
  const layer = findEntities(text, toks);
  return layer.entities.filter((e) => e.kind === 'person').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
}

describe('entities', () => {
  it('strips titles and links short forms and typos to the full name', () => {
    const got = people('US Secretary of State Antony Blinken arrived. Mr Blinken spoke. Later Blinken left. Brinken smiled.');
    expect(got).toEqual(['Antony Blinken: US Secretary of State Antony Blinken | Mr Blinken | Blinken | Brinken']);
  });
  it('names the entity by the spelling most mentions agree on', () => {
    const got = people('Anthony Brinken met officials. Blinken said little. Blinken left. Mr Blinken flew home.');
    expect(got[0].startsWith('Anthony Blinken:')).toBe(true);
  });
  it('keeps two people who share a surname apart, a bare surname going to the nearest', () => {
    const text = 'Wang Yi met Blinken. Wang said little.\n\nWang Huiyao, a scholar, disagreed. Wang said more.';
    const got = people(text);
    expect(got).toContain('Wang Yi: Wang Yi | Wang');
    expect(got).toContain('Wang Huiyao: Wang Huiyao | Wang');
  });
  it('does not read countries, compounds and dates as people', () => {
    const got = people('On Monday, China-US ties improved. Taiwan and Beijing reacted. The Sino-US talks ended in June.');
    expect(got).toEqual([]);
  });
  it('knows organisations by their head word', () => {
    const text = 'The State Department and China’s Foreign Ministry issued statements, Global Times said.';
    const toks = tokens().run(createDoc('t', text), { warn() {} });
    const orgs = findEntities(text, toks).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['State Department', 'China’s Foreign Ministry', 'Global Times']));
  });
});
