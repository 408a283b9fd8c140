// Small HTTP client for integration tests: JSON in, JSON out, status and headers kept.
export type HttpResult<T = unknown> = { status: number; body: T; headers: Headers };

export const http = async <T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<HttpResult<T>> => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* non-JSON bodies stay text */
  }
  return { status: response.status, body: body as T, headers: response.headers };
};

export const DEMO_PASSWORD = 'Accompagnement-RSA-2026';

export const login = async (baseUrl: string, loginName: string, password = DEMO_PASSWORD): Promise<string> => {
  const result = await http<{ token: string }>(baseUrl, 'POST', '/api/console/auth/login', { body: { login: loginName, password } });
  if (result.status !== 200) throw new Error(`login ${loginName} failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.token;
};
