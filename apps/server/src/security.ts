import { matchMaker } from "@colyseus/core";
import type express from "express";

/**
 * The page's rules for the browser: its own scripts only (no inline script, nothing from elsewhere), styles
 * from itself and React's style attributes, pictures drawn by the page itself (the QR code, the charts), and
 * connections back to this server alone. Nobody may frame it: a join page inside another site could be
 * dressed up to collect names.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  // Host links carry keys in their address: no page this one links to learns it.
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/**
 * Every response of the web app and the API carries the headers; API answers are never cached. A request that
 * would change something (not GET) sent by another site's page (its `Origin` names it) is refused: a form
 * elsewhere cannot create or delete sessions in a teacher's browser. Tools that send no `Origin` (curl, the
 * CLI) are not browsers and are let through.
 */
export function secureHeaders(app: express.Application): void {
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    res.set(SECURITY_HEADERS);
    if (req.path.startsWith("/api/") || req.path === "/healthz") res.set("Cache-Control", "no-store");
    const origin = req.get("origin");
    if (req.path.startsWith("/api/") && !["GET", "HEAD"].includes(req.method) && origin) {
      if (!trustedOrigin(origin, req.get("host") ?? null)) {
        res
          .status(403)
          .json({ error: { code: "origin/forbidden", message: "Requests from another site's page are refused." } });
        return;
      }
    }
    next();
  });
}

/**
 * Whether a page at `origin` may call this server from a browser: a page this server served (the same host
 * and port), or one on this very machine (the web app's development server, on another port).
 */
export function trustedOrigin(origin: string | null, host: string | null): boolean {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    if (url.host === host) return true;
    return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Colyseus answers its matchmaking routes with `Access-Control-Allow-Origin` set to whatever origin asked,
 * with credentials allowed. Brink's pages come from the server itself, so only a trusted origin is named;
 * any other site's page cannot read the answers. The HTTP API sets no CORS headers at all.
 */
export function restrictMatchmakingOrigins(): void {
  const {
    "Access-Control-Allow-Origin": _any,
    "Access-Control-Allow-Credentials": _credentials,
    ...rest
  } = matchMaker.controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  (matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = rest;
  matchMaker.controller.getCorsHeaders = (headers: Headers) => {
    const origin = headers.get("origin");
    return trustedOrigin(origin, headers.get("host")) && origin
      ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
      : { Vary: "Origin" };
  };
}
