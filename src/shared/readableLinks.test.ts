// Readable links: what the editor and the CLI show for the stored Markdown, and how the editor's
// text becomes Markdown with stable ids again, for known names, shared names and literal text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkMarkdown, relabel } from './inlineLinks';
import { LinkDirectory, readableToken, toReadable, toStored } from './readableLinks';

const dana = { scheme: 'person' as const, id: 'p-dana' };
const danaTwo = { scheme: 'person' as const, id: 'p-dana-2' };
const sam = { scheme: 'person' as const, id: 'p-sam' };
const three = { scheme: 'lesson' as const, id: 'three-confirmations' };

function directory(): LinkDirectory {
  const d = new LinkDirectory();
  d.know(dana, 'Dana Whitfield');
  d.know(sam, 'Sam');
  d.know(three, 'Three confirmations');
  return d;
}

describe('readable links', () => {
  it('shows people as @Name and lessons, actions and episodes as [[Title]], and stores them back with ids', () => {
    const stored = `With ${linkMarkdown('person', 'p-dana', 'Dana Whitfield')}: applied ${linkMarkdown('lesson', 'three-confirmations', 'Three confirmations')}, see ${linkMarkdown('action', 'a-1', 'Update the CRM')} and ${linkMarkdown('episode', 'e-1', 'Show: Episode at 1:05', 65)}.`;
    const d = directory();
    const readable = toReadable(stored, d);
    expect(readable).toBe('With @Dana Whitfield: applied [[Three confirmations]], see [[Update the CRM]] and [[Show: Episode at 1:05]].');
    expect(toStored(readable, d)).toBe(stored);
  });

  it('links a known name typed by hand, the longest name first, and not inside words, emails or code', () => {
    const d = directory();
    d.know({ scheme: 'person', id: 'p-dan' }, 'Dana');
    expect(toStored("Met @Dana Whitfield's team and @Sam.", d)).toBe(`Met ${linkMarkdown('person', 'p-dana', 'Dana Whitfield')}'s team and ${linkMarkdown('person', 'p-sam', 'Sam')}.`);
    expect(toStored('@Dana asked; @Samantha did not', d)).toBe(`${linkMarkdown('person', 'p-dan', 'Dana')} asked; @Samantha did not`);
    expect(toStored('mail sam@Sam.com or `@Sam` or [@Sam](https://x.test)', d)).toBe('mail sam@Sam.com or `@Sam` or [@Sam](https://x.test)');
    expect(toStored('```\n[[Three confirmations]]\n```\n[[Three confirmations]] [[Unknown]]', d)).toBe(`\`\`\`\n[[Three confirmations]]\n\`\`\`\n${linkMarkdown('lesson', 'three-confirmations', 'Three confirmations')} [[Unknown]]`);
  });

  it('keeps a name two people share as Markdown, so each link keeps its person', () => {
    const d = directory();
    d.know(danaTwo, 'Dana Whitfield');
    // Known twice: typed by hand it links no one.
    expect(toStored('@Dana Whitfield', d)).toBe('@Dana Whitfield');
    // In one text for both: both stay Markdown links, and survive the round trip.
    const both = `${linkMarkdown('person', 'p-dana', 'Dana Whitfield')} and ${linkMarkdown('person', 'p-dana-2', 'Dana Whitfield')}`;
    expect(toReadable(both, d)).toBe(both);
    expect(toStored(toReadable(both, d), d)).toBe(both);
    // One of them in the text: that one is who the name means in this entry.
    const one = linkMarkdown('person', 'p-dana-2', 'Dana Whitfield');
    const fresh = directory();
    fresh.know(danaTwo, 'Dana Whitfield');
    expect(toReadable(one, fresh)).toBe('@Dana Whitfield');
    expect(toStored('@Dana Whitfield', fresh)).toBe(one);
    // Knowing the other one later (the people list loads after the text) changes nothing.
    fresh.know(dana, 'Dana Whitfield');
    expect(toStored('@Dana Whitfield', fresh)).toBe(one);
    // Picking the other one while the text names this one: it must be written as Markdown.
    expect(fresh.mention(dana, 'Dana Whitfield')).toBeNull();
    expect(fresh.mention(danaTwo, 'Dana Whitfield')).toBe('@Dana Whitfield');
  });

  it('keeps labels that cannot be read back as Markdown links', () => {
    expect(readableToken('lesson', 'A [draft] title')).toBeNull();
    expect(readableToken('person', '(Dana)')).toBeNull();
    expect(readableToken('person', ' Dana')).toBeNull();
    const stored = linkMarkdown('lesson', 'x', 'A [draft] title');
    expect(toReadable(stored, new LinkDirectory())).toBe(stored);
  });

  it('round-trips any text of links and plain words', () => {
    const names = ['Dana Whitfield', 'Sam', 'Three confirmations', 'Q3 plan: the ask', 'Lee O’Brien'];
    const link = fc.record({ scheme: fc.constantFrom('person', 'lesson', 'action', 'episode' as const), id: fc.constantFrom('a1', 'b2', 'c3'), label: fc.constantFrom(...names) }).map((l) => linkMarkdown(l.scheme, l.id, l.label));
    const words = fc.stringMatching(/^[a-z ,.\n#*-]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(link, words), { maxLength: 8 }), (parts) => {
        const stored = parts.join(' ');
        const d = new LinkDirectory();
        expect(toStored(toReadable(stored, d), d)).toBe(stored);
      }),
    );
  });
});

describe('labels as they read now', () => {
  it('relabels each link from its record, keeping the label of one it does not know', () => {
    const stored = `${linkMarkdown('person', 'p-dana', 'Dana')} and ${linkMarkdown('lesson', 'gone', 'Old lesson')} at ${linkMarkdown('episode', 'e-1', 'old', 65)}`;
    const now = relabel(stored, (link) => (link.scheme === 'person' ? 'Dana Whitfield-Ortiz' : link.scheme === 'episode' ? `Show: Title at ${link.at}` : undefined));
    expect(now).toBe(`${linkMarkdown('person', 'p-dana', 'Dana Whitfield-Ortiz')} and ${linkMarkdown('lesson', 'gone', 'Old lesson')} at ${linkMarkdown('episode', 'e-1', 'Show: Title at 65', 65)}`);
    expect(relabel('no links here', () => 'x')).toBe('no links here');
  });
});
