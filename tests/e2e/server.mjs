// A static server for the built app (dist/) on 127.0.0.1, with the SPA fallback a real
// host needs: any path that is not a file gets index.html, so deep links load.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ftl": "text/plain; charset=utf-8",
  ".png": "image/png",
};

export async function startServer(dir = resolve(import.meta.dirname, "../../dist")) {
  // Switchable, so a test can publish a second build at the same address.
  let root = dir;
  let index = await readFile(join(root, "index.html"));
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(root, path);
    try {
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(await readFile(file));
    } catch {
      // Missing assets are real 404s; everything else is a route of the app.
      if (extname(path)) {
        res.writeHead(404).end();
      } else {
        res.writeHead(200, { "content-type": TYPES[".html"] }).end(index);
      }
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async publish(dir) {
      root = dir;
      index = await readFile(join(root, "index.html"));
    },
    close: () => new Promise((ok) => server.close(ok)),
  };
}
