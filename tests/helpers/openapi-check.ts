import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

// Requests and answers against openapi.yaml, so that the document cannot drift from the routes:
// tests/helpers/api.ts checks every call with these.

type Content = Record<string, { schema?: unknown }>;
type Body = { required?: boolean; content?: Content };
type Ref = { $ref: string };
type Operation = { requestBody?: Body | Ref; responses: Record<string, Body | Ref> };
// biome-ignore lint/suspicious/noExplicitAny: the parsed YAML, walked key by key
type Node = any;

const DOC_ID = 'openapi.json';
const doc: { paths: Record<string, Record<string, Operation>>; components: Node } = load(
  readFileSync('openapi.yaml', 'utf8'),
) as Node;

const pointerOf = (ref: string) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
const nodeAt = (pointer: string[]): Node => pointer.reduce((node: Node, key) => node?.[key], doc);

/**
 * Closes every object schema that says nothing of `additionalProperties`, so that a field the
 * API sends or takes must be documented; the schemas of an `allOf` are copied in open, or each
 * would refuse the fields of the others.
 */
function closed(node: Node, inAllOf = false): Node {
  if (Array.isArray(node)) return node.map((n) => closed(n));
  if (!node || typeof node !== 'object') return node;
  if (inAllOf && node.$ref?.startsWith('#/components/schemas/')) return closed(nodeAt(pointerOf(node.$ref)), true);
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'allOf') out[key] = (value as Node[]).map((n) => closed(n, true));
    else if (key === 'properties')
      out[key] = Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, closed(v)]));
    else out[key] = key === 'examples' || key === 'example' ? value : closed(value);
  }
  if (!inAllOf && (node.properties || node.allOf) && node.additionalProperties === undefined) {
    out.type ??= 'object';
    out.unevaluatedProperties = false;
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
// OpenAPI's words that JSON Schema lacks: a schema's `example`…, and the document's parts, one
// schema here so that `#/components/schemas/…` resolves as in the file.
ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs', 'paths', 'components']);
ajv.addSchema({ $id: DOC_ID, paths: closed(doc.paths), components: closed(doc.components) });

function validatorAt(pointer: string[]): ValidateFunction {
  const fragment = pointer.map((key) => encodeURIComponent(key.replaceAll('~', '~0').replaceAll('/', '~1')));
  const validate = ajv.getSchema(`${DOC_ID}#/${fragment.join('/')}`);
  if (!validate) throw new Error(`No schema at ${pointer.join(' → ')}`);
  return validate;
}

/** A request body or a response, and where it is once a `$ref` to components is followed. */
function follow(value: Body | Ref | undefined, pointer: string[]): [Body | undefined, string[]] {
  if (value && '$ref' in value) return [nodeAt(pointerOf(value.$ref)), pointerOf(value.$ref)];
  return [value, pointer];
}

function operationOf(method: string, url: string) {
  const path = new URL(url, 'http://localhost').pathname;
  const name = `${method} ${path}`;
  const segments = path.split('/');
  // `/imports/review` is that path, not `/imports/{id}`: the fewest parameters win.
  const template = Object.keys(doc.paths)
    .filter((t) => {
      const parts = t.split('/');
      return parts.length === segments.length && parts.every((p, i) => /^\{\w+\}$/.test(p) || p === segments[i]);
    })
    .sort((a, b) => a.split('{').length - b.split('{').length)[0];
  if (!template) throw new Error(`${name}: the API document has no such path`);
  const operation = doc.paths[template][method.toLowerCase()];
  if (!operation) throw new Error(`${name}: the API document has no ${method} on ${template}`);
  return { name, operation, pointer: ['paths', template, method.toLowerCase()] };
}

function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => {
      const which = e.params.additionalProperty ?? e.params.unevaluatedProperty ?? e.params.allowedValues;
      return `\n  ${e.instancePath || '(body)'} ${e.message}${which === undefined ? '' : ` (${String(which)})`}`;
    })
    .join('');
}

const mediaType = (contentType: string | null) => contentType?.split(';')[0].trim().toLowerCase() || undefined;
const isJson = (type: string | undefined) => !!type && /^application\/(.+\+)?json$/.test(type);

/** A request's JSON body (parsed, or the text sent) against the operation's `requestBody`; other media types pass. */
export function checkRequest(method: string, url: string, contentType: string | null, body: unknown): void {
  const { name, operation, pointer } = operationOf(method, url);
  const [requestBody, where] = follow(operation.requestBody, [...pointer, 'requestBody']);
  if (body === undefined) {
    if (requestBody?.required) throw new Error(`${name}: the API document requires a body, none was sent`);
    return;
  }
  if (!isJson(mediaType(contentType))) return;
  if (!requestBody?.content?.['application/json']?.schema) {
    throw new Error(`${name}: the API document takes no JSON body here`);
  }
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch {
      throw new Error(`${name}: the request body is not JSON`);
    }
  }
  const validate = validatorAt([...where, 'content', 'application/json', 'schema']);
  if (!validate(json)) throw new Error(`${name}: the request body is not as documented:${explain(validate.errors)}`);
}

/** An answer's status and body against the operation's responses: the exact code, else `4XX`, else `default`. */
export function checkResponse(method: string, url: string, status: number, contentType: string | null, body: unknown) {
  const { name, operation, pointer } = operationOf(method, url);
  const code = [String(status), `${String(status)[0]}XX`, 'default'].find((c) => operation.responses[c]);
  if (!code) throw new Error(`${name} answered ${status}, a status the API document does not list`);
  const [response, where] = follow(operation.responses[code], [...pointer, 'responses', code]);
  const answer = `${name} → ${status}`;
  const type = mediaType(contentType);
  if (!response?.content) {
    if (body != null) throw new Error(`${answer}: a body the document has none for`);
    return;
  }
  if (!type || !response.content[type]) {
    throw new Error(
      `${answer}: ${type ?? 'no body'}, where the document has ${Object.keys(response.content).join(', ')}`,
    );
  }
  if (!isJson(type) || !response.content[type].schema) return;
  const validate = validatorAt([...where, 'content', type, 'schema']);
  if (!validate(body)) throw new Error(`${answer}: the body is not as documented:${explain(validate.errors)}`);
}

/** Compiles every JSON schema of a request body or an answer in the document; where they are. */
export function compileEveryJsonSchema(node: Node = doc, pointer: string[] = []): string[] {
  if (!node || typeof node !== 'object' || pointer.at(-1) === 'examples') return [];
  if (pointer.at(-2) === 'content' && isJson(pointer.at(-1)) && node.schema) {
    validatorAt([...pointer, 'schema']);
    return [pointer.join(' ')];
  }
  return Object.entries(node).flatMap(([key, value]) => compileEveryJsonSchema(value, [...pointer, key]));
}
