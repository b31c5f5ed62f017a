"""Prints the text Chrome's PDF viewer (PDFium) gives to copy and search, of each page of
each file, as JSON: {"FILE": ["page 1 text", ...], ...}.

Usage: python3 pdfium.py FILE.pdf ...   (needs pypdfium2 on PYTHONPATH)
"""
import json
import sys

import pypdfium2 as pdfium

texts = {}
for file in sys.argv[1:]:
    pdf = pdfium.PdfDocument(file)
    texts[file] = [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in pdf]
json.dump(texts, sys.stdout, ensure_ascii=False)
