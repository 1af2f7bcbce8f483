import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWebApp } from "./webApp.ts";

// A built app as Vite leaves it: index.html, and a hashed script with its gzip and brotli copies.
const script = `console.log(${JSON.stringify("Brink ".repeat(400))});`;
const dist = mkdtempSync(join(tmpdir(), "brink-web-"));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Brink</title>");
writeFileSync(join(dist, "assets", "index-Ab12Cd.js"), script);
writeFileSync(join(dist, "assets", "index-Ab12Cd.js.gz"), gzipSync(script));
writeFileSync(join(dist, "assets", "index-Ab12Cd.js.br"), brotliCompressSync(script));

let url = "";
let close = () => {};
beforeAll(async () => {
  const app = express();
  serveWebApp(app, dist);
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

/** The raw response: fetch would decode the body and hide how it travelled. */
async function get(path: string, acceptEncoding: string) {
  const response = await fetch(`${url}${path}`, { headers: { "accept-encoding": acceptEncoding } });
  return { headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe("the built web app", () => {
  it("goes as brotli where the browser takes it, else gzip, else as it is, always as JavaScript", async () => {
    const br = await get("/assets/index-Ab12Cd.js", "gzip, deflate, br, zstd");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(br.headers.get("vary")).toMatch(/Accept-Encoding/i);
    // A phone on a school's plain-HTTP network is offered no brotli by Chromium: it gets gzip.
    const gz = await get("/assets/index-Ab12Cd.js", "gzip, deflate");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const plain = await get("/assets/index-Ab12Cd.js", "identity");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.body.toString()).toBe(script);
  });

  it("sends the compressed copies as written at build time, smaller than the script", async () => {
    const raw = (encoding: string) =>
      new Promise<Buffer>((resolve, reject) => {
        import("node:http").then(({ get: httpGet }) =>
          httpGet(`${url}/assets/index-Ab12Cd.js`, { headers: { "accept-encoding": encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve(Buffer.concat(chunks)));
          }).on("error", reject),
        );
      });
    const br = await raw("br");
    const gz = await raw("gzip");
    expect(br.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
  });

  it("lets a browser keep hashed assets for good and check the page that names them every time", async () => {
    expect((await get("/assets/index-Ab12Cd.js", "gzip")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/", "gzip")).headers.get("cache-control")).toBe("no-cache");
    expect((await get("/join/KX4PQ7", "gzip")).headers.get("cache-control")).toBe("no-cache");
  });

  it("answers a script of an older build with a 404, never with the page", async () => {
    const response = await fetch(`${url}/assets/Chamber-Old123.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});
