// Prints the text Firefox's PDF viewer (pdf.js) gives to copy and search, of each page of
// each file, as JSON: {"FILE": ["page 1 text", ...], ...}. A page's text is its text
// content items in order (the text layer's spans, which a selection copies), with a line
// break where pdf.js ends a line.
//
// Usage: PDFJS=FOLDER/node_modules/pdfjs-dist node pdfjs.mjs FILE.pdf ...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const pdfjs = await import(pathToFileURL(`${process.env.PDFJS}/legacy/build/pdf.mjs`).href);
const texts = {};
for (const file of process.argv.slice(2)) {
  const data = new Uint8Array(readFileSync(file));
  const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
  texts[file] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts[file].push(content.items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join(""));
  }
  await doc.destroy();
}
process.stdout.write(JSON.stringify(texts));
