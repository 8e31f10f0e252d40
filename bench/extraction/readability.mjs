// Runs Mozilla's Readability (with jsdom) over saved pages, one JSON line per page on stdout:
// {"file", "text"}, the same shape `steppewatch extract --json` prints, so both score the same way.
//   node readability.mjs FILE...   (FILE: .html or .html.gz)
// With --stats, a last line on stderr gives pages/s and MB/s for the whole run.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

// Decodes a page the way `steppewatch extract` does, so both read the same text: a byte-order mark, else a
// charset declared near the top, else UTF-8 (a browser would guess windows-1252, which garbles UTF-8 pages).
function decode(raw) {
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(raw.subarray(3));
  }
  const head = raw.subarray(0, 4096).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  if (declared) {
    try {
      return new TextDecoder(declared[1]).decode(raw);
    } catch {
      // an unknown charset name: fall through to UTF-8
    }
  }
  return new TextDecoder("utf-8").decode(raw);
}

const args = process.argv.slice(2);
const stats = args.includes("--stats");
const files = args.filter((a) => a !== "--stats");
// Pages' own console output and CSS parse errors are noise here.
const quiet = new VirtualConsole();
const started = process.hrtime.bigint();
let bytes = 0;
let pages = 0;
for (const file of files) {
  let raw;
  try {
    raw = readFileSync(file);
    if (file.endsWith(".gz")) {
      raw = gunzipSync(raw);
    }
  } catch (e) {
    process.stderr.write(`readability: cannot read ${file}: ${e.message}\n`);
    continue;
  }
  bytes += raw.length;
  pages++;
  let text = "";
  try {
    const dom = new JSDOM(decode(raw), { url: pathToFileURL(file).href, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent.trim() : "";
    dom.window.close();
  } catch (e) {
    process.stderr.write(`readability: ${file}: ${e.message}\n`);
  }
  process.stdout.write(JSON.stringify({ file, text }) + "\n");
}
if (stats) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(
    `readability stats: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s: ` +
      `${(pages / seconds).toFixed(1)} pages/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s\n`,
  );
}
