import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AddinConfigError,
  loadAddinConfig,
  parseAddinConfig,
} from '../../../addin/src/host/addinConfig.ts';
import { loadOrgConfig, OrgConfigError } from '../../../addin/src/host/orgConfig.ts';

const ORG_JSON = readFileSync(
  new URL('../../../addin/public/config/org.json', import.meta.url),
  'utf8',
);
const ADDIN_JSON = readFileSync(
  new URL('../../../addin/public/config/addin.json', import.meta.url),
  'utf8',
);

/** A fetch that serves one body (or a status) for any URL, remembering the URLs asked for. */
function fakeFetch(body: string, status = 200) {
  const urls: string[] = [];
  const impl = (async (url: RequestInfo | URL) => {
    urls.push(String(url));
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { impl, urls };
}

describe('loadOrgConfig', () => {
  it('loads the deployed org.json through the core', async () => {
    const { impl, urls } = fakeFetch(ORG_JSON);
    const org = await loadOrgConfig(undefined, impl);
    expect(urls).toEqual(['config/org.json']);
    expect(org.name).toBe('Växjö kommun');
    expect(org.domains).toEqual(['vaxjo.se']);
    expect(org.policy.id).toBe('vaxjo');
  });

  it('names the bad field in Swedish and English', async () => {
    const bad = { ...JSON.parse(ORG_JSON), domains: ['vaxjo.se', 'inte en domän'] };
    const error = await loadOrgConfig('config/org.json', fakeFetch(JSON.stringify(bad)).impl).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OrgConfigError);
    const e = error as OrgConfigError;
    expect(e.field).toBe('domains[1]');
    expect(e.message).toMatch(
      /^Organisationens konfiguration \(config\/org\.json\) är felaktig \(fält "domains\[1\]"\)/,
    );
    expect(e.messageEn).toMatch(/^The organisation configuration/);
  });

  it.each([
    ['a 404', '{}', 404],
    ['broken JSON', '{"name":', 200],
  ])('says it could not read the file for %s', async (_case, body, status) => {
    const error = await loadOrgConfig(undefined, fakeFetch(body, status).impl).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'OrgConfigError', code: 'CONFIG_UNREADABLE' });
    expect((error as Error).message).toContain('kunde inte läsas');
  });
});

describe('add-in configuration', () => {
  it('loads the shipped config: nested app authentication against Microsoft Graph', async () => {
    expect(await loadAddinConfig(undefined, fakeFetch(ADDIN_JSON).impl)).toEqual({
      clientId: '00000000-0000-0000-0000-000000000000',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      auth: 'naa',
    });
  });

  it.each<[string, unknown, string | undefined]>([
    ['not an object', [], undefined],
    ['no clientId', { graphBaseUrl: 'x', auth: 'naa' }, 'clientId'],
    ['an empty graphBaseUrl', { clientId: 'c', graphBaseUrl: ' ', auth: 'naa' }, 'graphBaseUrl'],
    ['an unknown auth', { clientId: 'c', graphBaseUrl: 'x', auth: 'ews' }, 'auth'],
    ['the retired playground auth', { clientId: 'c', graphBaseUrl: 'x', auth: 'standin' }, 'auth'],
    [
      'a non-string authority',
      { clientId: 'c', graphBaseUrl: 'x', auth: 'naa', authority: 3 },
      'authority',
    ],
  ])('rejects %s', (_case, json, field) => {
    expect(() => parseAddinConfig(json)).toThrow(AddinConfigError);
    try {
      parseAddinConfig(json);
    } catch (e) {
      expect((e as AddinConfigError).field).toBe(field);
    }
  });

  it.each([
    ['a 404', fakeFetch('{}', 404).impl],
    ['broken JSON', fakeFetch('{"clientId":', 200).impl],
    [
      'a lost network',
      (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    ],
  ])('says it could not read config/addin.json for %s', async (_case, impl) => {
    const error = await loadAddinConfig(undefined, impl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinConfigError);
    expect((error as Error).message).toBe(
      'Tilläggets konfiguration (config/addin.json) kunde inte läsas.',
    );
  });

  it('keeps an authority', () => {
    expect(
      parseAddinConfig({
        clientId: 'c',
        graphBaseUrl: 'x',
        auth: 'naa',
        authority: 'https://login.microsoftonline.com/tenant',
      }).authority,
    ).toBe('https://login.microsoftonline.com/tenant');
  });
});
