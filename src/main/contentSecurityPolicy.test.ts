import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const built = directives(contentSecurityPolicy());

  it('runs only the app\'s own scripts: no inline code, no eval', () => {
    expect(built.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
    expect(built.get('default-src')).toEqual(["'self'"]);
  });

  it('embeds, frames, posts and rebases nothing', () => {
    expect(built.get('object-src')).toEqual(["'none'"]);
    expect(built.get('frame-src')).toEqual(["'none'"]);
    expect(built.get('frame-ancestors')).toEqual(["'none'"]);
    expect(built.get('form-action')).toEqual(["'none'"]);
    expect(built.get('base-uri')).toEqual(["'none'"]);
  });

  it('reaches no other host over the network', () => {
    expect(built.get('connect-src')).toEqual(["'self'"]);
    expect(built.get('img-src')).toEqual(["'self'", 'data:']);
    for (const values of built.values()) {
      expect(values.some((value) => /^(https?:|wss?:|\*)/.test(value))).toBe(false);
    }
  });

  it('relaxes only what Vite\'s dev server needs, for that server alone', () => {
    const dev = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });
});
