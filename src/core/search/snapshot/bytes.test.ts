import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, encode } from './bytes';

describe('the saved index bytes', () => {
  it('read back every whole number, word and run of ids written, however large', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 40 })), fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 }), fc.string(), (numbers, ids, word) => {
        const bytes = encode((writer) => {
          for (const n of numbers) writer.uint(n);
          let previous = 0;
          for (const id of ids) {
            writer.int(id - previous);
            previous = id;
          }
          writer.string(word);
        });
        const reader = new ByteReader(bytes);
        expect(numbers.map(() => reader.uint())).toEqual(numbers);
        expect(reader.deltas(ids.length)).toEqual(ids);
        expect(reader.string()).toBe(word);
        expect(reader.done).toBe(true);
      }),
    );
  });

  it('says so when a file ends in the middle of a number or a word', () => {
    const bytes = encode((writer) => {
      writer.uint(300_000);
      writer.string('pipeline');
    });
    expect(() => new ByteReader(bytes.subarray(0, 1)).uint()).toThrow('the file ends in the middle of a number');
    const reader = new ByteReader(bytes.subarray(0, bytes.length - 2));
    reader.uint();
    expect(() => reader.string()).toThrow('the file ends in the middle of a word');
    expect(() => new ByteReader(Buffer.from([0x80])).deltas(1)).toThrow('the file ends in the middle of a number');
  });
});
