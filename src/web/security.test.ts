// The pure rules of who may talk to the browser-mode server.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowedOrigins, bearerToken, contentSecurityPolicy, isAllowedHost, isAllowedOrigin, tokensMatch } from './security';

const port = 51234;

describe('allowedOrigins', () => {
  it('lists exactly the two loopback origins of this port', () => {
    expect(allowedOrigins(port)).toEqual(['http://127.0.0.1:51234', 'http://localhost:51234']);
    expect(allowedOrigins(8080)).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080']);
  });
});

describe('isAllowedHost', () => {
  it('accepts 127.0.0.1 and localhost with this port', () => {
    expect(isAllowedHost('127.0.0.1:51234', port)).toBe(true);
    expect(isAllowedHost('localhost:51234', port)).toBe(true);
  });

  it('refuses a missing Host header', () => {
    expect(isAllowedHost(undefined, port)).toBe(false);
    expect(isAllowedHost('', port)).toBe(false);
  });

  it('refuses foreign names (DNS rebinding) even with the right port', () => {
    expect(isAllowedHost('evil.example:51234', port)).toBe(false);
    expect(isAllowedHost('127.0.0.1.evil.example:51234', port)).toBe(false);
    expect(isAllowedHost('localhost.evil.example:51234', port)).toBe(false);
    expect(isAllowedHost('127.0.0.1:51234.evil.example', port)).toBe(false);
    expect(isAllowedHost('0.0.0.0:51234', port)).toBe(false);
    expect(isAllowedHost('[::1]:51234', port)).toBe(false);
  });

  it('refuses the right name with another port or no port', () => {
    expect(isAllowedHost('127.0.0.1:51235', port)).toBe(false);
    expect(isAllowedHost('localhost:80', port)).toBe(false);
    expect(isAllowedHost('127.0.0.1', port)).toBe(false);
    expect(isAllowedHost('localhost', port)).toBe(false);
  });

  it('matches exactly, without trimming or case folding', () => {
    expect(isAllowedHost(' 127.0.0.1:51234', port)).toBe(false);
    expect(isAllowedHost('127.0.0.1:51234 ', port)).toBe(false);
    expect(isAllowedHost('LOCALHOST:51234', port)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts requests without an Origin header (same-origin GETs, non-browser clients)', () => {
    expect(isAllowedOrigin(undefined, port)).toBe(true);
  });

  it('accepts its own two origins', () => {
    expect(isAllowedOrigin('http://127.0.0.1:51234', port)).toBe(true);
    expect(isAllowedOrigin('http://localhost:51234', port)).toBe(true);
  });

  it('refuses foreign, opaque and look-alike origins', () => {
    expect(isAllowedOrigin('http://evil.example', port)).toBe(false);
    expect(isAllowedOrigin('http://evil.example:51234', port)).toBe(false);
    expect(isAllowedOrigin('null', port)).toBe(false);
    expect(isAllowedOrigin('', port)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:51234.evil.example', port)).toBe(false);
  });

  it('refuses another port, scheme or spelling of our own origin', () => {
    expect(isAllowedOrigin('http://127.0.0.1:51235', port)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1', port)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:51234', port)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:51234/', port)).toBe(false);
    expect(isAllowedOrigin('http://[::1]:51234', port)).toBe(false);
  });
});

describe('bearerToken', () => {
  it('takes the token out of "Bearer <token>"', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Bearer AZaz09_-')).toBe('AZaz09_-');
  });

  it('reads a token as the server generates it (32 random bytes, base64url)', () => {
    const token = randomBytes(32).toString('base64url');
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
  });

  it('gives nothing for a missing or empty header', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
  });

  it('gives nothing for other schemes or a differently spelled scheme', () => {
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Token abc')).toBeUndefined();
    expect(bearerToken('abc')).toBeUndefined();
    expect(bearerToken('bearer abc')).toBeUndefined();
  });

  it('gives nothing when anything surrounds the token', () => {
    expect(bearerToken('Bearer  abc')).toBeUndefined();
    expect(bearerToken(' Bearer abc')).toBeUndefined();
    expect(bearerToken('Bearer abc ')).toBeUndefined();
    expect(bearerToken('Bearer abc def')).toBeUndefined();
    expect(bearerToken('Bearer abc\n')).toBeUndefined();
    expect(bearerToken('Bearer abc,Bearer def')).toBeUndefined();
  });

  it('gives nothing for characters outside base64url', () => {
    expect(bearerToken('Bearer abc=')).toBeUndefined();
    expect(bearerToken('Bearer a+b/c')).toBeUndefined();
    expect(bearerToken('Bearer abc.def')).toBeUndefined();
    expect(bearerToken('Bearer ab\u00e9')).toBeUndefined();
  });
});

describe('tokensMatch', () => {
  const expected = randomBytes(32).toString('base64url');

  it('accepts the exact token', () => {
    expect(tokensMatch(expected, expected)).toBe(true);
    expect(tokensMatch(`${expected}`.slice(0), expected)).toBe(true);
  });

  it('refuses a missing token', () => {
    expect(tokensMatch(undefined, expected)).toBe(false);
  });

  it('refuses a different token of the same length', () => {
    const other = `${expected.slice(0, -1)}${expected.endsWith('A') ? 'B' : 'A'}`;
    expect(other).toHaveLength(expected.length);
    expect(tokensMatch(other, expected)).toBe(false);
    expect(tokensMatch(randomBytes(32).toString('base64url'), expected)).toBe(false);
  });

  it('refuses tokens of a different length without throwing', () => {
    expect(() => tokensMatch('short', expected)).not.toThrow();
    expect(tokensMatch('short', expected)).toBe(false);
    expect(tokensMatch('', expected)).toBe(false);
    expect(tokensMatch(expected.slice(0, -1), expected)).toBe(false);
    expect(tokensMatch(`${expected}x`, expected)).toBe(false);
    expect(tokensMatch(expected + expected, expected)).toBe(false);
  });

  it('compares bytes, so characters of different byte lengths never match and never throw', () => {
    // "é" is two bytes in UTF-8, "e" one: same string length, different byte length.
    expect(() => tokensMatch('abé', 'abe')).not.toThrow();
    expect(tokensMatch('abé', 'abe')).toBe(false);
    expect(tokensMatch('abé', 'abé')).toBe(true);
  });

  it('is case-sensitive', () => {
    expect(tokensMatch('AbCd', 'abcd')).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only this server as a source of scripts, connections and everything else', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins, base rewriting, framing and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('never allows inline or eval scripts', () => {
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain('*');
  });
});
