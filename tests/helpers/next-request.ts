// Stands in for `next/headers` so that server actions run in tests as in a request:
// `vi.mock('next/headers', () => import('../helpers/next-request'))`, then set `request`.
export const request = { headers: new Headers(), cookies: new Map<string, string>() };

export function resetRequest(headers: Record<string, string> = {}): void {
  request.headers = new Headers(headers);
  request.cookies.clear();
}

export async function headers(): Promise<Headers> {
  return request.headers;
}

export async function cookies() {
  return {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) ?? '' } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  };
}
