import { http } from 'msw';
import type { HttpResponseResolver, Path, RequestHandlerOptions } from 'msw';

/*
 * MSW matches a handler's path in any letter case and with or without a trailing slash. The
 * documents spell every path exactly, and a provider's gateway matches them exactly: a client
 * that writes `/productCategories` or `/localContact` (the JSON field is `localContact`, the
 * path `/localcontact`) must get the 404 it would get there, not an answer. `route.get(…)` and
 * the rest are MSW's `http.get(…)` answering only the path as written; anything else falls
 * through to the API's not-found answer.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';

/** `*` (anything, also the origin) and `:param` (one segment) as in MSW; the rest literally. */
function exactPattern(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) =>
      segment === '*'
        ? '.*'
        : segment.startsWith(':')
          ? '[^/]+'
          : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}$`);
}

function exactly<M extends Method>(method: M): (typeof http)[M] {
  const handler = (path: Path, resolver: HttpResponseResolver, options?: RequestHandlerOptions) => {
    if (typeof path !== 'string') return http[method](path, resolver, options);
    const pattern = exactPattern(path);
    const exact: HttpResponseResolver = (info) => {
      const url = new URL(info.request.url);
      return pattern.test(url.origin + url.pathname) || pattern.test(url.pathname)
        ? resolver(info)
        : undefined;
    };
    return http[method](path, exact, options);
  };
  return handler as unknown as (typeof http)[M];
}

export const route = {
  get: exactly('get'),
  post: exactly('post'),
  put: exactly('put'),
  patch: exactly('patch'),
  delete: exactly('delete'),
  all: exactly('all'),
};
