// What a 1:1 note leaves open for the next one, and the lines in it that ask for an action.
import { describe, expect, it } from 'vitest';
import { addToSection, carriedOverItems, sectionItems, tickItem, trackLine, untrackedActionLines } from './oneOnOneNotes';

describe('carry-overs', () => {
  it('are the unticked task items, once each, outside code', () => {
    const note = '## Next time\n- [ ] Forecast by Friday\n- [x] Territory split\n* [ ] Forecast by Friday\n  - [ ] Nested item\n- [ ]\n```\n- [ ] in code\n```\n- plain bullet';
    expect(carriedOverItems(note)).toEqual(['Forecast by Friday', 'Nested item']);
  });

  it('are ticked in place when discussed', () => {
    const note = '- [ ] Forecast\n- [ ] Territory';
    expect(tickItem(note, 'Territory')).toBe('- [ ] Forecast\n- [x] Territory');
    expect(tickItem(note, 'Nothing')).toBe(note);
  });
});

describe('action lines', () => {
  it('are lines starting ask:, share: or mandate: with words, not yet a link', () => {
    const note = 'ask: Update the CRM by Friday\n- Share:  How I run a forecast call\nmandate: \nask: [[Book the QBR]]\nasked: nothing\n```\nask: in code\n```\n  * mandate: Every close date set';
    const lines = untrackedActionLines(note);
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ['ask', 'Update the CRM by Friday'],
      ['share', 'How I run a forecast call'],
      ['mandate', 'Every close date set'],
    ]);
    for (const line of lines) expect(note.slice(line.start, line.end)).toBe(line.text);
  });

  it('become links to the action they were tracked as', () => {
    const note = 'Intro\nask: Update the CRM\nend';
    const [line] = untrackedActionLines(note);
    expect(line && trackLine(note, line, '[[Update the CRM]]')).toBe('Intro\nask: [[Update the CRM]]\nend');
    // A line edited since is left as it is.
    expect(line && trackLine(note.replace('Update', 'Fix'), line, '[[x]]')).toBe(note.replace('Update', 'Fix'));
  });
});

describe('a section\'s items', () => {
  it('are the list items under the heading, until the next heading of its level', () => {
    const note = 'With: Dana\n\n## Topics\n- Territory split\n- [x] Hiring plan\n-\n### Detail\n- Sub-topic\n## Reflections (private)\n- She seemed tired\n## Topics again?\n1. Numbered';
    expect(sectionItems(note, 'Topics')).toEqual(['Territory split', 'Hiring plan', 'Sub-topic', 'Numbered']);
    expect(sectionItems(note, 'Reflections')).toEqual(['She seemed tired']);
    expect(sectionItems(note, 'Nothing')).toEqual([]);
  });
});

describe('adding to a section', () => {
  it('adds after the section\'s last line, or makes the section at the end', () => {
    expect(addToSection('## Discussed\n- one\n\n## Next time\n- [ ] x', 'Discussed', '- two')).toBe('## Discussed\n- one\n- two\n\n## Next time\n- [ ] x');
    expect(addToSection('## Topics\n- a', 'Discussed', '- two')).toBe('## Topics\n- a\n\n## Discussed\n- two\n');
    expect(addToSection('', 'Discussed', '- two')).toBe('## Discussed\n- two\n');
    expect(addToSection('## Discussed\n\n', 'Discussed', '- two')).toBe('## Discussed\n- two\n\n');
  });
});
