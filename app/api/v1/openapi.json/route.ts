import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { NextResponse } from 'next/server';

// The API's description, openapi.yaml at the project root, served as JSON. Public (the proxy
// lets it through): it describes the API and holds no data.

let document: Promise<unknown> | undefined;

function openApiDocument(): Promise<unknown> {
  document ??= readFile(/*turbopackIgnore: true*/ path.join(process.cwd(), 'openapi.yaml'), 'utf8').then((text) =>
    load(text),
  );
  document.catch(() => {
    document = undefined;
  });
  return document;
}

export async function GET() {
  return NextResponse.json(await openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
