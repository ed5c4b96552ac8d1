import { describe, expect, it } from 'vitest';
import { channelOf } from '../shared/client';
import { contract, operationNames } from '../shared/contract';
import { ipcRoutes, isHostOperation } from './channels';

describe('ipcRoutes', () => {
  const routes = ipcRoutes();

  it('covers every operation of the contract exactly once', () => {
    const names = routes.map((route) => route.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(contract).sort());
  });

  it('gives each operation its own channel, the one the preload invokes', () => {
    const channels = routes.map((route) => route.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const route of routes) expect(route.channel).toBe(channelOf(route.name));
    for (const channel of channels) expect(channel).toMatch(/^fulcrum:[a-z][A-Za-z]*\.[A-Za-z]+$/);
  });

  it('includes the host operations the desktop door answers itself', () => {
    const host = operationNames.filter(isHostOperation);
    expect(host).toContain('host.saveFile');
    expect(routes.map((route) => route.name)).toEqual(expect.arrayContaining(host));
    expect(isHostOperation('journal.create')).toBe(false);
  });
});
