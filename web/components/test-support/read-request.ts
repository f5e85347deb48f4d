/** What a stubbed fetch was asked: the URL (against localhost), the method and the body. */
export async function readRequest(input: RequestInfo | URL, init?: RequestInit) {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const body = input instanceof Request ? await input.text() : String(init?.body ?? '');
  return { url, method, body };
}
