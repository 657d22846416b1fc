import * as importsRoute from '../../app/api/v1/imports/route';
import { checkAnswer } from './api';

/** POST /api/v1/imports with `body` (multipart: file, format, mapping…), its answer checked against openapi.yaml. */
export async function uploadImport(token: string, body: FormData) {
  const request = new Request('http://localhost/api/v1/imports', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  const response = await checkAnswer(request, await importsRoute.POST(request, { params: Promise.resolve({}) }));
  return { status: response.status, body: await response.json() };
}
