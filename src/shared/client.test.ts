import { describe, expect, it } from 'vitest';
import { channelOf, createClient, routeOf } from './client';
import { operationNames } from './contract';
import { dispatch } from './dispatch';
import { FulcrumError } from './errors';

describe('the contract-derived client', () => {
  it('gives every operation one method, one IPC channel and one HTTP route', () => {
    const client = createClient(async () => ({ ok: true, value: null }));
    for (const name of operationNames) {
      const [ns, method] = name.split('.') as [string, string];
      expect(typeof (client as unknown as Record<string, Record<string, unknown>>)[ns]?.[method]).toBe('function');
    }
    expect(new Set(operationNames.map(channelOf)).size).toBe(operationNames.length);
    expect(new Set(operationNames.map(routeOf)).size).toBe(operationNames.length);
  });

  it('validates input on the receiving side and rethrows errors as FulcrumError', async () => {
    let called = 0;
    const client = createClient((name, input) =>
      dispatch({ 'journal.get': ({ id }) => { called++; throw new FulcrumError('not-found', `No entry ${id}.`); } }, name, input),
    );
    await expect(client.journal.get({ id: 'abc' })).rejects.toMatchObject({ name: 'FulcrumError', code: 'not-found', message: 'No entry abc.' });
    // @ts-expect-error: missing id on purpose
    await expect(client.journal.get({})).rejects.toMatchObject({ code: 'invalid-input', message: 'Id is required. Nothing was saved.' });
    expect(called).toBe(1);
  });

  it('answers operations a door does not offer, unknown names and thrown bugs in plain words', async () => {
    expect(await dispatch({}, 'host.saveFile', { fileName: 'a.md', mimeType: 'text/markdown', content: '' })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: '"host.saveFile" is not available in this part of Fulcrum.' },
    });
    expect(await dispatch({}, 'toString', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const crashed = await dispatch({ 'app.info': () => { throw new TypeError('x is undefined'); } }, 'app.info', {});
    expect(crashed).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Fulcrum: x is undefined. Nothing was changed; please try again.' },
    });
  });

  it('refuses an unreadable answer from a transport', async () => {
    const client = createClient(async () => ({ ok: false, error: { nonsense: true } }) as never);
    await expect(client.app.info()).rejects.toMatchObject({ code: 'internal' });
  });
});
