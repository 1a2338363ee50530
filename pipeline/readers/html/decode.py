"""Stage 1 of reading a page: its bytes decoded (the real encoding wins over a wrong declared one)
and parsed by lxml."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The page's text and its encoding. Valid UTF-8 is UTF-8 whatever the page declares (a wrong
    declaration is common, and UTF-8 is never valid by accident); else the declared charset (from
    the HTTP header or a <meta>), else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return data.decode("utf-16", errors="replace"), "utf-16"
    match = META_CHARSET.search(data[:4096])
    named = (declared or (match.group(1).decode("ascii", "replace") if match else "")).lower()
    try:
        text = data.decode("utf-8")
        note = f" (declared {named})" if named and codecs.lookup(named).name != "utf-8" else ""
        return text, "utf-8" + note
    except (UnicodeDecodeError, LookupError):
        pass
    encoding = "cp1252"
    try:
        if named and codecs.lookup(named).name not in ("utf-8", "ascii", "latin-1", "iso8859-1"):
            encoding = codecs.lookup(named).name
    except LookupError:
        pass
    note = f" (declared {named})" if named and named.replace("-", "") == "utf8" else ""
    return data.decode(encoding, errors="replace"), encoding + note


@lru_cache(maxsize=1)
def _parser():
    """lxml's HTML parser, every element an HtmlElement by a lookup made in C. lxml.html's own
    parser picks each element's class in Python (a form's, an input's...), at every element the
    reader, trafilatura or htmldate touches: a tenth of a page's reading. None of them needs the
    special classes; all need HtmlElement (trafilatura and htmldate test for it)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


def parse(text: str):
    """An lxml tree of the page; None when there is no markup to speak of."""
    import lxml.html
    from lxml import etree

    text = XML_DECLARATION.sub("", text, count=1)
    if "\x00" in text:  # a search, not a copy of the page, when there is none (nearly always)
        text = text.replace("\x00", "")
    if not text or text.isspace():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError):
        return None
