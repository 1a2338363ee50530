"""Write the bad-input cases of tests/bad_inputs/ and their manifest, expected.json.

    python scripts/make_bad_inputs.py [--output DIR] [--all]

Every case is made here, byte for byte and deterministically (no random seed, no date, no
third-party PDF writer), so the committed folder can be checked against this script and nobody
has to trust a hand-committed binary. The manifest gives, for each case, the exit code of
`communique extract CASE -o OUT` and a fragment its one-line message (or its output) must hold.

Names that are legal on Linux but not portable (a newline, a backslash, a leading dash, 200
characters) are only written with --all: tests write them into a temporary folder, the
repository does not carry them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "tests" / "bad_inputs"
MANIFEST = "expected.json"

# Exit codes of `communique extract` (README, "Exit codes").
WRITTEN, FAILED = 0, 3

COMMUNIQUE = """COMMUNIQUÉ DE PRESSE
Lyon, le 12 mars 2024

La préfète de région lance un appel à projets pour l’accès au numérique

La préfecture de la région Auvergne-Rhône-Alpes annonce aujourd’hui l’ouverture d’un appel à \
projets doté de 2 millions d’euros (2 000 000 €) pour soutenir les associations qui \
accompagnent les habitants éloignés du numérique. « Chaque habitant doit pouvoir faire ses \
démarches en ligne sans être laissé de côté », a déclaré la préfète lors de la présentation du \
dispositif.

Les dossiers sont à déposer avant le 30 avril 2024 sur le site de la préfecture. Les lauréats \
seront annoncés en juin 2024.

Contact presse : Service de la communication, 04 72 00 00 00, presse@exemple.gouv.fr
"""
"""An invented release (not from the corpus): French accents, curly apostrophes, « », €."""

LATIN1_COMMUNIQUE = COMMUNIQUE.replace("’", "'").replace("€", "euros")
"""The same release with only characters ISO-8859-1 has."""

RECIPE = """Gâteau au yaourt de grand-mère

Ingrédients (pour 6 personnes) : un pot de yaourt nature, deux pots de sucre, trois pots de \
farine, un demi-pot d'huile, trois œufs, un sachet de levure et une pincée de sel.

Préchauffez le four à 180 °C. Dans un saladier, mélangez le yaourt et le sucre, puis ajoutez \
les œufs un par un. Incorporez la farine et la levure, puis l'huile. Mélangez jusqu'à obtenir \
une pâte lisse.

Versez la pâte dans un moule beurré et faites cuire au four pendant 35 minutes. Laissez \
refroidir avant de démouler. Servez avec une cuillère à soupe de confiture.
"""

SOURCE_CODE = '''"""Outil de la direction : compte les communiqués publiés dans le dossier partagé."""

import sys
from pathlib import Path


def compter(dossier: str) -> int:
    """Renvoie le nombre de fichiers texte du dossier et de ses sous-dossiers."""
    total = 0
    for chemin in Path(dossier).rglob("*.txt"):
        if chemin.is_file():
            total += 1
    return total


def main() -> None:
    # le premier argument est le dossier, sinon le dossier courant
    dossier = sys.argv[1] if len(sys.argv) > 1 else "."
    print(f"{compter(dossier)} communiqués dans {dossier}")


if __name__ == "__main__":
    main()
'''

RUSSIAN = """ПРЕСС-РЕЛИЗ
Москва, 12 марта 2024 года

Министерство объявляет о начале приёма заявок на участие в программе поддержки \
цифровой грамотности. Заявки принимаются до 30 апреля.
"""
"""Cyrillic in Windows-1251: neither UTF-8 nor a plausible Windows-1252/Latin-1 text."""


def junk_bytes(size: int) -> bytes:
    """Deterministic pseudo-random bytes (a linear congruential generator), NUL bytes included."""
    state, out = 2024, bytearray()
    for _ in range(size):
        state = (1103515245 * state + 12345) % 2**31
        out.append(state >> 16 & 0xFF)
    return bytes(out)


# -- PDFs, written by hand so that the bytes never depend on a library's version ------------------


def pdf_bytes(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file from its numbered objects (1..n, object 1 the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def page_pdf(content: bytes, trailer_extra: bytes = b"", extra_objects: list[bytes] | None = None) -> bytes:
    """A one-page A4 PDF drawing content, with Helvetica (WinAnsi) as /F1."""
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            *(extra_objects or []),
        ],
        trailer_extra,
    )


def text_content(text: str) -> bytes:
    """A content stream showing text line by line (WinAnsi, PDF string escapes)."""
    lines = [b"BT /F1 11 Tf 14 TL 60 780 Td"]
    for line in text.splitlines():
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        lines.append(b"(" + escaped + b") Tj T*")
    lines.append(b"ET")
    return b"\n".join(lines)


def wrapped(text: str, width: int = 90) -> str:
    """Lines of at most width characters, so that the PDF text stays on the page."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return "\n".join(out)


def good_pdf() -> bytes:
    return page_pdf(text_content(wrapped(COMMUNIQUE)))


def truncated_pdf() -> bytes:
    """A text PDF cut inside its content stream: no xref, no trailer, an unterminated stream."""
    data = good_pdf()
    return data[: data.index(b"stream\n") + 200]


def scanned_pdf() -> bytes:
    """A page that only paints (grey bands where a scanner's image would be): no text layer."""
    bands = b"\n".join(b"0.%d g 60 %d 475 10 re f" % (3 + i % 5, 760 - 18 * i) for i in range(30))
    return page_pdf(bands)


def encrypted_pdf() -> bytes:
    """A text PDF under a standard security handler whose user password is not empty.

    The /O and /U entries are fixed bytes, not derived from a password, so no reader can open
    it: exactly what a password-protected release looks like to a reader without the password.
    """
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -3904 >>" % (b"4f" * 32, b"55" * 32)
    return page_pdf(
        text_content("Communique confidentiel"),
        b" /Encrypt 6 0 R /ID [<%s> <%s>]" % (b"01" * 16, b"01" * 16),
        [encrypt],
    )


# -- web pages ----------------------------------------------------------------------------------


def release_page(charset: str = "utf-8") -> str:
    """COMMUNIQUE as a saved web page: navigation, the article, a footer."""
    blocks = COMMUNIQUE.strip().split("\n\n")
    paragraphs = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in blocks)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}">
<title>Appel à projets | Préfecture</title></head>
<body><header><nav><a href="/">Accueil</a> <a href="/actualites">Actualités</a>
<a href="/presse">Presse</a></nav></header>
<main><article>
{paragraphs}
</article></main>
<footer><a href="/mentions">Mentions légales</a> <a href="/plan">Plan du site</a></footer>
</body></html>
"""


def listing_page() -> bytes:
    """An index of releases: every line a link to another page, no article."""
    items = "\n".join(
        f'<li><a href="/presse/{n}">Communiqué de presse du {n} mars 2024 : la préfecture '
        f"informe les habitants des mesures prises cette semaine</a></li>"
        for n in range(1, 16)
    )
    return release_page().replace(release_page().split("<article>")[1].split("</article>")[0], items).encode()


JS_SHELL = b"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Espace presse</title>
<script src="/static/app.3f9a.js" defer></script></head>
<body><div id="app"></div>
<noscript>Vous devez activer JavaScript pour utiliser cette application.</noscript>
<script>window.__STATE__ = {"route": "/presse", "items": []};</script>
</body></html>
"""
"""A single-page application as served: the content would be built by JavaScript."""


def huge_page(limit: int = 20 * 1024 * 1024) -> bytes:
    """A page just above the default size limit (navigation repeated): refused before reading."""
    page = release_page().encode("utf-8")
    filler = b'<li><a href="/rubrique">Rubrique</a></li>\n'
    return page.replace(b"<main>", b"<ul>" + filler * (limit // len(filler) + 1) + b"</ul><main>")


# -- the cases -------------------------------------------------------------------------------------


@dataclass
class Case:
    """One input file and what `communique extract` must do with it."""

    name: str
    content: bytes
    exit: int
    message: str = ""
    """A fragment of the one-line error on stderr (failures)."""
    output: dict = field(default_factory=dict)
    """Dotted paths into the written record and the value they must have (successes)."""
    output_contains: dict = field(default_factory=dict)
    """Dotted paths into the written record and a fragment their value must contain (successes)."""
    why: str = ""
    portable: bool = True


def cases() -> list[Case]:
    crlf = COMMUNIQUE.replace("\n", "\r\n").encode("utf-8")
    return [
        Case("empty.txt", b"", FAILED, "empty file", why="zero bytes"),
        Case(
            "whitespace_only.txt",
            b"  \n\t\r\n \xc2\xa0 \n",
            FAILED,
            "whitespace only",
            why="spaces, tabs and line ends only",
        ),
        Case(
            "binary_junk.txt",
            junk_bytes(4096),
            FAILED,
            "binary content, not text",
            why="random bytes under a .txt name",
        ),
        Case(
            "windows_1252.txt",
            COMMUNIQUE.encode("cp1252"),
            WRITTEN,
            output={"document.encoding": "cp1252"},
            output_contains={"document.text": "l’accès au numérique"},
            why="Windows-1252 (curly apostrophe and € are in 0x80-0x9F): decoded, encoding recorded",
        ),
        Case(
            "latin_1.txt",
            LATIN1_COMMUNIQUE.encode("latin-1"),
            WRITTEN,
            output={"document.encoding": "cp1252"},
            output_contains={"document.text": "La préfète de région lance"},
            why="ISO-8859-1: read as Windows-1252, its superset, which decodes it identically",
        ),
        Case(
            "cyrillic_windows_1251.txt",
            RUSSIAN.encode("cp1251"),
            FAILED,
            "undetectable text encoding",
            why=(
                "an 8-bit encoding that is neither UTF-8 nor Windows-1252/Latin-1: "
                "refused, not turned into mojibake"
            ),
        ),
        Case(
            "utf16_without_bom.txt",
            COMMUNIQUE.encode("utf-16-le"),
            FAILED,
            "binary content, not text",
            why="UTF-16 without its byte-order mark cannot be told from binary data",
        ),
        Case(
            "utf8_bom.txt",
            b"\xef\xbb\xbf" + COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.encoding": "utf-8-sig"},
            output_contains={"document.text": "COMMUNIQUÉ DE PRESSE\nLyon"},
            why="UTF-8 with a byte-order mark: the mark is not part of the text",
        ),
        Case(
            "crlf.txt",
            crlf,
            WRITTEN,
            output={"document.encoding": "utf-8", "metadata.date": "2024-03-12"},
            output_contains={"document.text": "COMMUNIQUÉ DE PRESSE\nLyon"},
            why="Windows line ends",
        ),
        Case(
            "recipe.txt",
            RECIPE.encode("utf-8"),
            WRITTEN,
            output={"document.looks_like_press_release": False},
            output_contains={"document.press_release_reasons": "reads like recipe"},
            why="French, but not a press release: written, flagged with the reasons",
        ),
        Case(
            "source_code.py.txt",
            SOURCE_CODE.encode("utf-8"),
            WRITTEN,
            output={"document.looks_like_press_release": False},
            output_contains={"document.press_release_reasons": "reads like source code"},
            why="a Python script with French comments: written, flagged with the reasons",
        ),
        Case(
            "english.txt",
            b"PRESS RELEASE\nThe ministry announces the launch of "
            b"a programme for the digital inclusion of the "
            b"people who have been left behind, with a budget of two "
            b"million euros for the associations that help them.\n",
            FAILED,
            "language 'en' is not supported yet (French only)",
            why="English: refused on purpose (French only)",
        ),
        Case(
            "not_a_pdf.pdf",
            b"Ceci n'est pas un PDF, seulement du texte.\n",
            FAILED,
            "not a PDF (no %PDF header)",
            why="a text file with a .pdf name",
        ),
        Case(
            "truncated.pdf",
            truncated_pdf(),
            FAILED,
            "corrupt or truncated PDF",
            why="a PDF cut in the middle of its page",
        ),
        Case(
            "scanned.pdf",
            scanned_pdf(),
            FAILED,
            "no text layer: scanned PDF, OCR not supported",
            why="a page with graphics and no text",
        ),
        Case(
            "encrypted.pdf",
            encrypted_pdf(),
            FAILED,
            "encrypted PDF (password protected)",
            why="a password-protected PDF",
        ),
        Case(
            "good.pdf",
            good_pdf(),
            WRITTEN,
            output={"document.format": "pdf", "document.encoding": "pdf"},
            output_contains={"document.text": "appel à projets"},
            why="control: the PDF writer here makes readable PDFs",
        ),
        Case(
            "odd name (1) $HOME;'é'.txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "odd_name_1_HOME"},
            why="spaces, shell and quote characters, accents in a file name: a safe id",
        ),
        Case(
            "...txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "document"},
            why="a name that is all dots: never a hidden or parent-folder output",
        ),
        Case(
            "page.html",
            release_page().encode("utf-8"),
            WRITTEN,
            output={"document.format": "html", "document.encoding": "utf-8", "metadata.date": "2024-03-12"},
            output_contains={"document.text": "COMMUNIQUÉ DE PRESSE\nLyon, le 12 mars 2024"},
            why="control: a saved page, its navigation and footer left out",
        ),
        Case(
            "wrong_charset.html",
            release_page("iso-8859-1").encode("utf-8"),
            WRITTEN,
            output={"document.encoding": "utf-8 (declared iso-8859-1)"},
            output_contains={"document.text": "l’accès au numérique"},
            why="declared ISO-8859-1, written in UTF-8: the bytes win, no mojibake",
        ),
        Case(
            "wrong_charset_cp1252.html",
            release_page("utf-8").encode("cp1252"),
            WRITTEN,
            output={"document.encoding": "cp1252 (declared utf-8)"},
            output_contains={"document.text": "l’accès au numérique"},
            why="declared UTF-8, written in Windows-1252: read as Windows-1252",
        ),
        Case(
            "truncated.html",
            release_page().encode("utf-8")[: release_page().encode("utf-8").index(b"lors de la")],
            WRITTEN,
            output={"document.format": "html"},
            output_contains={"document.text": "a déclaré la préfète"},
            why="a page cut in the middle of its article (no closing tags): what is there is read",
        ),
        Case(
            "listing.html",
            listing_page(),
            FAILED,
            "no article on this page (mostly links",
            why="an index of releases: links, no article",
        ),
        Case(
            "javascript_shell.html",
            JS_SHELL,
            FAILED,
            "no main content found",
            why="a single-page application: the content is built by JavaScript",
        ),
        Case(
            "empty_body.html",
            b"<!DOCTYPE html><html><head><title>Presse</title></head><body>  </body></html>",
            FAILED,
            "no main content found",
            why="a page with a head and an empty body",
        ),
        # Not portable: only written with --all (tests do so in a temporary folder).
        Case(
            "huge.html",
            huge_page(),
            FAILED,
            "file too large",
            portable=False,
            why="a page above the default 20 MB limit: refused before it is parsed",
        ),
        Case(
            "-rf.txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "rf"},
            portable=False,
            why="a leading dash (looks like an option)",
        ),
        Case(
            "..\\..\\windows\\evil.txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "windows_evil"},
            portable=False,
            why="backslashes and parent references, a path on Windows",
        ),
        Case(
            "line\nbreak.txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "line_break"},
            portable=False,
            why="a newline in a file name",
        ),
        Case(
            "long_" + "é" * 120 + ".txt",
            COMMUNIQUE.encode("utf-8"),
            WRITTEN,
            output={"document.id": "long"},
            portable=False,
            why="a 250-byte file name: the id is bounded",
        ),
    ]


def manifest(all_cases: list[Case]) -> str:
    entries = {
        case.name: {
            key: value
            for key, value in {
                "exit": case.exit,
                "message": case.message,
                "output": case.output,
                "output_contains": case.output_contains,
                "portable": case.portable,
                "why": case.why,
            }.items()
            if value not in ("", {})
        }
        for case in all_cases
    }
    return json.dumps(entries, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_cases(folder: Path, include_unportable: bool = False) -> list[Case]:
    """Write the cases and the manifest (which lists every case) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    all_cases = cases()
    written = [case for case in all_cases if case.portable or include_unportable]
    for case in written:
        (folder / case.name).write_bytes(case.content)
    (folder / MANIFEST).write_text(manifest(all_cases), encoding="utf-8")
    (folder / ".gitattributes").write_text("* -text\n", encoding="utf-8")  # git must not touch line ends
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--all", action="store_true", help="also write the unportable file names")
    args = parser.parse_args(argv)
    written = write_cases(args.output, args.all)
    print(f"wrote {len(written)} cases and {MANIFEST} to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
