// Prints the text Firefox's PDF viewer (pdf.js) gives to copy and search, of each page of
// each file, as JSON: {"FILE": ["page 1 text", ...], ...}. A page's text is its text
// content items in order (the text layer's spans, which a selection copies), with a line
// break where pdf.js ends a line.
//
// With --structure, prints instead what pdf.js gives screen readers: whether the file is
// tagged, its language (the `lang` of the text layer) and each page's structure elements
// in order (the elements of the viewer's structure tree, which carry `lang` and
// `aria-label`), as JSON: {"FILE": {"tagged": true, "lang": "en", "pages": [[{"role":
// "P", "lang": "ar", "alt": "...", "actual_text": null}, ...], ...]}, ...}. pdf.js gives
// an element's /ActualText, where it has no /Alt, as its alt (the viewer's aria-label),
// so actual_text is always null.
//
// Usage: PDFJS=FOLDER/node_modules/pdfjs-dist node pdfjs.mjs [--structure] FILE.pdf ...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const pdfjs = await import(pathToFileURL(`${process.env.PDFJS}/legacy/build/pdf.mjs`).href);

const text = async (page) => {
  const content = await page.getTextContent();
  return content.items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("");
};

const elements = (node, out) => {
  // The tree's own root is pdf.js's, not the file's.
  if (node.role && node.role !== "Root") {
    out.push({ role: node.role, lang: node.lang ?? null, alt: node.alt ?? null, actual_text: null });
  }
  for (const child of node.children ?? []) elements(child, out);
  return out;
};

let files = process.argv.slice(2);
const structure = files[0] === "--structure";
if (structure) files = files.slice(1);
const out = {};
for (const file of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pages = [];
  let lang = null;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (structure) {
      lang ??= (await page.getTextContent()).lang;
      pages.push(elements((await page.getStructTree()) ?? {}, []));
    } else {
      pages.push(await text(page));
    }
  }
  const tagged = !!(await doc.getMarkInfo())?.Marked;
  out[file] = structure ? { tagged, lang, pages } : pages;
  await doc.destroy();
}
process.stdout.write(JSON.stringify(out));
