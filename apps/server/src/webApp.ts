import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type express from "express";
import expressStaticGzip from "express-static-gzip";

/** A year: the longest a cache is asked to keep anything. */
const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the built web app. Each file goes as the copy compressed at build time that the browser accepts
 * (brotli, else gzip: a school's plain-HTTP network gets gzip, as Chromium offers brotli only over HTTPS and
 * to localhost), never compressed per request. The files under `assets/` carry a hash of their content in their
 * names, so a browser keeps them for good (`immutable`); `index.html`, which names them, is checked every
 * time, so a new version reaches every phone at its next load.
 */
export function serveWebApp(app: express.Application, webDist: string): void {
  if (!existsSync(join(webDist, "index.html"))) {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send("The web app is not built. Run `npm start` (it builds it), or `pnpm run build` and restart.");
    });
    return;
  }
  // Judged inside the build, so that a checkout under some other `assets` folder changes nothing.
  const hashed = (path: string) => relative(webDist, path).startsWith(`assets${sep}`);
  app.use(
    expressStaticGzip(webDist, {
      enableBrotli: true,
      orderPreference: ["br", "gzip"],
      index: "index.html",
      serveStatic: {
        setHeaders: (res, path) => {
          res.setHeader("Cache-Control", hashed(path) ? `public, max-age=${YEAR_SECONDS}, immutable` : "no-cache");
        },
      },
    }),
  );
  // A file of an older build, asked for by a page left open across a deploy, is missing: a 404, not the page
  // (a script answered with HTML fails on a MIME error and leaves a blank screen).
  app.use("/assets", (_req, res) => {
    res.status(404).type("text/plain").send("Not found: this page is from an older version; reload it.");
  });
  // Client-side routes (/join/KX4PQ7, /host/…) all load the app.
  app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(join(webDist, "index.html"));
  });
}
