import { describe, expect, it } from 'vitest';
import { safeFileName, slugOf } from './fileNames';

describe('safeFileName', () => {
  it('keeps the dialog in its folder whatever name the page suggests', () => {
    expect(safeFileName('../../.ssh/authorized_keys')).toBe('-..-.ssh-authorized_keys');
    expect(safeFileName('..\\..\\boot.ini')).toBe('-..-boot.ini');
    expect(safeFileName('/etc/passwd')).toBe('-etc-passwd');
    expect(safeFileName('a/../../b')).not.toMatch(/[\\/]/);
  });

  it('drops characters no file system accepts, and never returns an empty name', () => {
    expect(safeFileName('Q3: "forecast" <draft>?.md')).toBe('Q3 forecast draft.md');
    expect(safeFileName('tab\there\u0000.md')).toBe('tabhere.md');
    expect(safeFileName('...')).toBe('Fulcrum export');
    expect(safeFileName('  ')).toBe('Fulcrum export');
    expect(safeFileName('notes. ')).toBe('notes');
  });

  it('avoids the names Windows keeps for devices, and keeps long names short with their extension', () => {
    expect(['con.md', 'CON', 'nul.pdf', 'com1.html', 'lpt9', 'console.md', 'aux-notes.md'].map(safeFileName)).toEqual(['_con.md', '_CON', '_nul.pdf', '_com1.html', '_lpt9', 'console.md', 'aux-notes.md']);
    const long = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('a.pdf')).toBe(true);
  });
});

describe('slugOf', () => {
  it('keeps letters and digits of any script, lowercased and joined by hyphens', () => {
    expect(slugOf('Q3 kickoff: "asks" first!')).toBe('q3-kickoff-asks-first');
    expect(slugOf('Дана Уитфилд')).toBe('дана-уитфилд');
    expect(slugOf('José Núñez')).toBe('josé-núñez');
    expect(slugOf('***')).toBe('');
    expect(slugOf('a'.repeat(59) + ' bcd')).toBe('a'.repeat(59));
  });
});

