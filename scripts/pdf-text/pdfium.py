"""Prints the text Chrome's PDF viewer (PDFium) gives to copy and search, of each page of
each file, as JSON: {"FILE": ["page 1 text", ...], ...}.

With --structure, prints instead what PDFium gives screen readers: whether the file is
tagged, its language and each page's structure elements in order, as JSON:
{"FILE": {"tagged": true, "lang": "en", "pages": [[{"role": "P", "lang": "ar",
"alt": null, "actual_text": "..."}, ...], ...]}, ...}.

Usage: python3 pdfium.py [--structure] FILE.pdf ...   (needs pypdfium2 on PYTHONPATH)
"""
import ctypes
import json
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as raw


def text(page):
    return page.get_textpage().get_text_range().replace("\r\n", "\n")


def wide(function, *args):
    """A string PDFium hands out as UTF-16LE into a buffer of the size it first says."""
    size = function(*args, None, 0)
    if size <= 2:
        return None
    buffer = ctypes.create_string_buffer(size)
    function(*args, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return buffer.raw[: size - 2].decode("utf-16-le")


def elements(element, out):
    out.append({
        "role": wide(raw.FPDF_StructElement_GetType, element),
        "lang": wide(raw.FPDF_StructElement_GetLang, element),
        "alt": wide(raw.FPDF_StructElement_GetAltText, element),
        "actual_text": wide(raw.FPDF_StructElement_GetActualText, element),
    })
    for i in range(raw.FPDF_StructElement_CountChildren(element)):
        child = raw.FPDF_StructElement_GetChildAtIndex(element, i)
        if child:
            elements(child, out)
    return out


def structure(pdf):
    pages = []
    for page in pdf:
        tree = raw.FPDF_StructTree_GetForPage(page.raw)
        found = []
        for i in range(raw.FPDF_StructTree_CountChildren(tree)):
            elements(raw.FPDF_StructTree_GetChildAtIndex(tree, i), found)
        raw.FPDF_StructTree_Close(tree)
        pages.append(found)
    return {
        "tagged": bool(raw.FPDFCatalog_IsTagged(pdf.raw)),
        "lang": wide(raw.FPDFCatalog_GetLanguage, pdf.raw),
        "pages": pages,
    }


files = sys.argv[1:]
read = text
if files[:1] == ["--structure"]:
    files, read = files[1:], None
out = {}
for file in files:
    pdf = pdfium.PdfDocument(file)
    out[file] = structure(pdf) if read is None else [read(page) for page in pdf]
json.dump(out, sys.stdout, ensure_ascii=False)
