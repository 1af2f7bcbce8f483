import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** What is worth compressing: text, over a kilobyte (below that the headers outweigh the saving). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

/**
 * Writes a gzip and a brotli copy beside each file of the build, once, at their highest levels: the server
 * sends the one a browser accepts (brotli over HTTPS and localhost, gzip on a school's plain-HTTP network)
 * without compressing anything per request. Node's own zlib: no dependency for twenty lines.
 */
function precompress(outDir: string): Plugin {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  return {
    name: "brink-precompress",
    apply: "build",
    closeBundle() {
      for (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue;
        const body = readFileSync(path);
        if (body.length < MIN_BYTES) continue;
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        );
      }
    },
  };
}

const outDir = "dist";

// In development the page runs on Vite (5173) and talks to the game server on 2567; in production the
// game server serves the built page itself, so everything is one origin. No source maps are built: the
// source is public anyway, and a phone should never be offered a megabyte it does not need.
/** The game server's port in development: `npm run dev` starts it on PORT, as `npm start` does. */
const serverPort = process.env.PORT ?? "2567";

export default defineConfig({
  plugins: [react(), precompress(outDir)],
  define: { "import.meta.env.VITE_BRINK_PORT": JSON.stringify(serverPort) },
  server: { proxy: { "/api": `http://localhost:${serverPort}` } },
  build: { outDir, sourcemap: false },
});
