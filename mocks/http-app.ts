import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { API_ERROR_CODES } from '@/api/error-codes';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { parseFaults } from './faults';
import { apiOfPath, errorBody } from './lib/respond';
import type { Sandbox } from './sandbox';
import { MAX_ATTACHMENT_BYTES } from '@/api/service-tickets/attachment-rules';

/** The largest JSON body taken: far above any documented field's limit (32,000 characters). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** The largest multipart body: one attachment at its limit, with room for the form's parts. */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

/** Beyond this, a refused body is no longer read to its end: the connection is closed. */
const DISCARD_LIMIT = 64 * 1024 * 1024;

/** A body over its limit: answered 413 as soon as it is known, before the rest is read. */
class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/** Methods Fetch's `Request` cannot be made with (the Fetch standard's forbidden methods). */
const FORBIDDEN_METHODS = /^(CONNECT|TRACE|TRACK)$/i;
/** What the handlers see instead; no route serves it. */
const UNSERVED_METHOD = 'UNSERVED-METHOD';

/** `response` with `from` written as `to` in its body (the method named in an error message). */
async function renamed(response: Response, from: string, to: string): Promise<Response> {
  if (response.type === 'error') return response;
  const text = (await response.text()).replaceAll(from, to);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(text, { status: response.status, headers });
}

/** A path whose percent-escapes do not decode (`/incidents/%ZZ`), or undefined when it is fine. */
function malformedEscape(path: string): string | undefined {
  for (const segment of path.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

/** A segment that is, or is written as, `.` or `..` (`%2E%2E`), or undefined when there is none. */
function dotSegment(path: string): string | undefined {
  return (
    path
      // URL parsing reads a backslash as a slash (`items\..` is `items/..`).
      .split(/[\\/]/)
      .slice(1)
      .find((segment) => /^(\.|%2e){1,2}$/i.test(segment))
  );
}

/*
 * The sandbox behind a Node HTTP server: Node's request in, the handlers' answer out (CORS, gzip,
 * the fault switch at /__sandbox/faults). `mocks/http-server.ts` listens with it.
 */

export interface HttpAppOptions {
  /** Origins that get CORS headers (`*` for any). */
  allowedOrigins: readonly string[];
  /** Where the server listens, e.g. `http://127.0.0.1:4010` (the URL the handlers see). */
  baseUrl: string;
}

export function createHttpApp(sandbox: Sandbox, { allowedOrigins, baseUrl }: HttpAppOptions) {
  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (!origin || !(allowedOrigins.includes(origin) || allowedOrigins.includes('*'))) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      vary: 'Origin',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers':
        'Authorization, Content-Type, Accept, X-User-Name, X-Saml-Token, X-Application-Id',
      'Access-Control-Expose-Headers':
        'Content-Disposition, Content-Length, Content-Type, Location, WWW-Authenticate',
      'Access-Control-Max-Age': '600',
    };
  }

  /**
   * The body, up to `limit` bytes. A larger one (declared or sent) is refused at once; the rest is
   * read and thrown away (up to `DISCARD_LIMIT`), so the client gets the 413 instead of a broken
   * connection while it is still sending.
   */
  function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let refused = Number(req.headers['content-length'] ?? 0) > limit;
      if (refused) reject(new BodyTooLarge(limit));
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > DISCARD_LIMIT) req.destroy();
        else if (!refused && size > limit) {
          refused = true;
          chunks.length = 0;
          reject(new BodyTooLarge(limit));
        } else if (!refused) chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  function bodyLimit(req: IncomingMessage): number {
    return /^multipart\//i.test(req.headers['content-type'] ?? '')
      ? MAX_UPLOAD_BODY_BYTES
      : MAX_JSON_BODY_BYTES;
  }

  function json(res: ServerResponse, status: number, body: unknown, cors: Record<string, string>) {
    const bytes = Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      ...cors,
      'content-type': 'application/json',
      'content-length': String(bytes.length),
    });
    res.end(bytes);
  }

  /** The fault switch over HTTP: GET lists the faults in force, PUT replaces them, DELETE clears. */
  async function handleFaults(
    req: IncomingMessage,
    res: ServerResponse,
    cors: Record<string, string>,
  ) {
    if (req.method === 'PUT' || req.method === 'POST') {
      try {
        sandbox.faults.set(
          parseFaults((await readBody(req, MAX_JSON_BODY_BYTES)).toString('utf8')),
        );
      } catch (error) {
        if (error instanceof BodyTooLarge) throw error;
        json(res, 400, { code: '400002', message: (error as Error).message }, cors);
        return;
      }
    } else if (req.method === 'DELETE') {
      sandbox.faults.clear();
    } else if (req.method !== 'GET') {
      json(res, 405, { code: '405001', message: 'Use GET, PUT or DELETE' }, cors);
      return;
    }
    json(res, 200, sandbox.faults.active(), cors);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin;
    const cors = corsHeaders(origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (req.url?.split('?')[0] === '/__sandbox/faults') {
      await handleFaults(req, res, cors);
      return;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
      else if (value !== undefined) headers.set(key, value);
    }
    // An absolute-form target (`GET http://host/path`, as through a proxy) is its path and query.
    const target = /^https?:\/\//i.test(req.url ?? '')
      ? (({ pathname, search }) => pathname + search)(new URL(req.url ?? '/'))
      : (req.url ?? '/');
    const path = target.split('?')[0] ?? '/';
    const bad = malformedEscape(path);
    if (bad !== undefined) {
      const detail = `the path segment "${bad}" is not valid percent-encoding`;
      json(res, 400, errorBody(path, 400, '400002', detail), cors);
      return;
    }
    const dots = dotSegment(path);
    if (dots !== undefined) {
      // URL parsing would resolve it (`…/items/%2E%2E` is `…/`): the request would act on the
      // resource above the one it names.
      const detail = `the path segment "${dots}" is not a valid reference`;
      json(res, 400, errorBody(path, 400, '400002', detail), cors);
      return;
    }
    // HEAD is GET without the body (RFC 9110 §9.3.2): the handlers answer GET.
    const head = req.method === 'HEAD';
    const method = head ? 'GET' : (req.method ?? 'GET');
    const body = method === 'GET' ? undefined : await readBody(req, bodyLimit(req));
    // Fetch's Request refuses TRACE, TRACK and CONNECT; no API has them, so the handlers see a
    // method no route serves, and their answer (404001, or 405 with Allow) names the real one.
    const unserved = FORBIDDEN_METHODS.test(method);
    const request = new Request(`${baseUrl}${target}`, {
      method: unserved ? UNSERVED_METHOD : method,
      headers,
      body: body && body.length ? new Uint8Array(body) : undefined,
    });
    const answer =
      (await getResponse(sandbox.handlers, request)) ??
      Response.json(
        apiOfPath(path) === 'other'
          ? { code: '404001', message: `Path or method not found: ${method} ${req.url ?? ''}` }
          : errorBody(path, 404, '404001', `no such resource: ${method} ${path}`),
        { status: 404 },
      );
    const response = unserved ? await renamed(answer, UNSERVED_METHOD, method) : answer;
    if (response.type === 'error') {
      // The fault switch's "network" fault: drop the connection without an answer.
      req.socket.destroy();
      return;
    }
    const out: Record<string, string> = { ...cors };
    response.headers.forEach((value, key) => {
      out[key] = value;
    });
    let bytes = Buffer.from(await response.arrayBuffer());
    // JSON answers are compressed for clients that accept it, as production APIs answer.
    if (
      bytes.length > 1024 &&
      /\bjson\b/.test(response.headers.get('content-type') ?? '') &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    ) {
      bytes = gzipSync(bytes);
      out['content-encoding'] = 'gzip';
      out['content-length'] = String(bytes.length);
      out.vary = out.vary ? `${out.vary}, Accept-Encoding` : 'Accept-Encoding';
    } else if (!response.headers.has('content-length') && response.status !== 204) {
      out['content-length'] = String(bytes.length);
    }
    res.writeHead(response.status, out);
    res.end(response.status === 204 || head ? undefined : bytes);
  }

  /** A `node:http` request listener. */
  return (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      const cors = corsHeaders(req.headers.origin);
      if (error instanceof BodyTooLarge) {
        // The rest of the body is read and thrown away meanwhile; the connection stays usable.
        json(
          res,
          413,
          errorBody(req.url?.split('?')[0] ?? '/', 413, '400002', error.message),
          cors,
        );
        return;
      }
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: '500001', message: API_ERROR_CODES['500001'] }));
    });
  };
}

/**
 * A request Node's parser refuses (a raw non-ASCII character in the URL, headers too large, one
 * that never finishes) gets an answer in the API's error shape instead of a bare status line.
 */
export function answerUnparsableRequests(server: Server) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, detail]: [number, string, '400002' | '404001', string] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', '400002', 'the request headers are too large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', '400002', 'the request did not arrive in time']
          : error.code === 'HPE_INVALID_METHOD'
            ? // RFC 9110 §15.6.2: a method the server does not recognise.
              [501, 'Not Implemented', '404001', 'the request method is not one this server knows']
            : [
                400,
                'Bad Request',
                '400002',
                'the request is not valid HTTP (characters outside ASCII in a URL must be percent-encoded)',
              ];
    const body = JSON.stringify({
      code,
      message: `${API_ERROR_CODES[code]}: ${detail} [${error.code ?? 'parse error'}]`,
    });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
