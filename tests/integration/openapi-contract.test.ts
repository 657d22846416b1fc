import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../lib/api/response';
import { checkRequest, checkResponse, compileEveryJsonSchema } from '../helpers/openapi-check';

// The check that every API call of the tests goes through (tests/helpers/api.ts): it must refuse
// what openapi.yaml does not describe, or the API tests would prove nothing about the document.

const JSON_TYPE = 'application/json; charset=utf-8';
const watch = {
  id: 1,
  tconst: 'tt0000439',
  watchedOn: '2025-01-10',
  datePrecision: 'day',
  dateKind: 'watched',
  grade: 8,
  rewatch: false,
  tags: [],
  companions: [],
  title: 'The Great Train Robbery',
};

describe('the API document check', () => {
  it('lists the error codes the API has, no more and no fewer', () => {
    const doc = load(readFileSync('openapi.yaml', 'utf8')) as {
      components: { schemas: { ErrorCode: { enum: string[] } } };
    };
    expect([...doc.components.schemas.ErrorCode.enum].sort()).toEqual(Object.keys(API_ERRORS).sort());
  });

  it('compiles every JSON schema of the document', () => {
    const places = compileEveryJsonSchema();
    expect(places).toContain('paths /api/v1/stats get responses 200 content application/json');
    expect(places).toContain('paths /api/v1/watches post requestBody content application/json');
    expect(places).toContain('components responses Invalid content application/json');
    expect(places.length).toBeGreaterThan(40);
  });

  it('takes an answer as documented', () => {
    expect(() => checkResponse('GET', '/api/v1/watches/1', 200, JSON_TYPE, watch)).not.toThrow();
    expect(() => checkResponse('DELETE', '/api/v1/watches/1', 204, null, null)).not.toThrow();
  });

  it('names the field and the rule a wrong answer breaks', () => {
    expect(() => checkResponse('GET', '/api/v1/watches/1', 200, JSON_TYPE, { ...watch, grade: 'eight' })).toThrow(
      'GET /api/v1/watches/1 → 200: the body is not as documented:\n  /grade must be number,null',
    );
    expect(() => checkResponse('GET', '/api/v1/watches/1', 200, JSON_TYPE, { ...watch, title: undefined })).toThrow(
      "(body) must have required property 'title'",
    );
  });

  it('refuses a field the document does not name, also through allOf', () => {
    expect(() => checkResponse('GET', '/api/v1/me', 200, JSON_TYPE, { id: 1, username: 'a', admin: true })).toThrow(
      '(body) must NOT have unevaluated properties (admin)',
    );
    const entry = { tconst: 'tt0000439', note: null, addedAt: '2025-01-10T20:00:00.000Z' };
    const item = { ...entry, title: null, titleType: null, startYear: null, runtimeMinutes: null, genres: [] };
    const items = [{ ...item, rating: null, votes: null, seen: false, secret: 1 }];
    expect(() => checkResponse('GET', '/api/v1/watchlist', 200, JSON_TYPE, { items })).toThrow(
      '/items/0 must NOT have unevaluated properties (secret)',
    );
  });

  it('refuses a status, a path, a method or a media type the document does not have', () => {
    expect(() => checkResponse('GET', '/api/v1/watches/1', 418, JSON_TYPE, {})).toThrow(
      'GET /api/v1/watches/1 answered 418, a status the API document does not list',
    );
    expect(() => checkResponse('GET', '/api/v1/nothing', 200, JSON_TYPE, {})).toThrow('has no such path');
    expect(() => checkResponse('PUT', '/api/v1/watches/1', 200, JSON_TYPE, watch)).toThrow('has no PUT');
    expect(() => checkResponse('GET', '/api/v1/watches/1', 200, 'text/html', '<p>')).toThrow('text/html');
    expect(() => checkResponse('DELETE', '/api/v1/watches/1', 204, JSON_TYPE, { ok: true })).toThrow('none for');
  });

  it('matches a literal path before a template', () => {
    const queue = { total: 0, items: [] };
    expect(() => checkResponse('GET', '/api/v1/imports/review', 200, JSON_TYPE, queue)).not.toThrow();
    expect(() => checkResponse('GET', '/api/v1/imports/review', 200, JSON_TYPE, { total: 'none' })).toThrow(
      '/total must be integer',
    );
  });

  it('checks a JSON request body, and only a JSON one', () => {
    const viewing = { tconst: 'tt0000439', watchedOn: '2025-01-10' };
    expect(() => checkRequest('POST', '/api/v1/watches', 'application/json', viewing)).not.toThrow();
    expect(() => checkRequest('POST', '/api/v1/watches', 'application/json', { ...viewing, grade: 7.3 })).toThrow(
      'POST /api/v1/watches: the request body is not as documented:\n  /grade must be multiple of 0.5',
    );
    expect(() => checkRequest('POST', '/api/v1/watches', 'application/json', '{"tconst":')).toThrow('is not JSON');
    expect(() => checkRequest('POST', '/api/v1/watches', 'application/json', undefined)).toThrow('requires a body');
    expect(() => checkRequest('POST', '/api/v1/imports', 'multipart/form-data; boundary=x', 'x')).not.toThrow();
    expect(() => checkRequest('POST', '/api/v1/imports/1/commit', 'application/json', {})).toThrow('no JSON body');
  });
});
