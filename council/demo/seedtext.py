"""Read the seed documents and turn their plain text into page content.

The demo content is the seeds' own text: long passages (report bodies, appendices) are
taken from the seed files by line range rather than retyped, and converted here into
StreamField blocks. Nothing is corrected: text and figures are kept as published.
"""

import re
from functools import cache
from html import escape
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"

# "3. SUMMARISED REVENUE MONITORING POSITION", "3.2 Table 1a: Directorate revenue
# position", "1. Introduction": a number, then a short line that is not a sentence.
HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S.{0,110}$")
BOLD = re.compile(r"\*\*(.+?)\*\*")
TAGS = re.compile(r"</?[a-z]+>")


@cache
def _read(name: str) -> tuple[str, ...]:
    return tuple((SEEDS_DIR / name).read_text(encoding="utf-8").splitlines())


def seed_lines(name: str, first: int, last: int) -> list[str]:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a seed file."""
    lines = _read(name)
    if not 1 <= first <= last <= len(lines):
        raise ValueError(f"{name} has {len(lines)} lines; asked for {first}-{last}")
    return list(lines[first - 1 : last])


def seed_excerpt(name: str, first: int, last: int) -> str:
    return "\n".join(seed_lines(name, first, last))


def inline_html(text: str) -> str:
    """Escape a line of seed text, keeping its **bold** markers as <strong>."""
    return BOLD.sub(r"<strong>\1</strong>", escape(text.strip(), quote=False))


def plain(text: str) -> str:
    return TAGS.sub("", text.replace("**", "")).strip()


def _is_heading(line: str) -> bool:
    return bool(HEADING.match(line)) and not line.rstrip().endswith((".", ";", ","))


NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")


def _paragraphs(lines: list[str]) -> list[str]:
    """Non-blank lines, rejoining a paragraph that a page break split in two (the
    first part ends without punctuation, the second starts in lower case)."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            continue
        if out and out[-1][-1:].isalnum() and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def text_to_html(lines: list[str]) -> str:
    """Paragraphs, with "- " markers stripped, " - " sub-items as a bulleted list and
    runs of "1. …" lines as a numbered list."""
    html: list[str] = []
    bullets: list[str] = []
    numbered: list[tuple[str, str]] = []

    def flush():
        if bullets:
            html.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()
        if numbered:
            start = numbered[0][0]
            attr = "" if start == "1" else f' start="{start}"'
            items = "".join(f"<li>{inline_html(text)}</li>" for _, text in numbered)
            html.append(f"<ol{attr}>{items}</ol>")
            numbered.clear()

    for line in _paragraphs(lines):
        if line.startswith(" - "):
            if numbered:
                flush()
            bullets.append(inline_html(line[3:]))
            continue
        match = NUMBERED.match(line)
        if match:
            if bullets:
                flush()
            numbered.append(match.groups())
            continue
        flush()
        html.append(f"<p>{inline_html(line.removeprefix('- '))}</p>")
    flush()
    return "".join(html)


def _table(rows: list[list[str]], caption: str) -> dict:
    width = max(len(r) for r in rows)
    cells = [[plain(c) for c in r] + [""] * (width - len(r)) for r in rows]
    return {
        "type": "data_table",
        "value": {
            "columns": [{"type": "text", "heading": h} for h in cells[0]],
            "rows": [{"values": r} for r in cells[1:]],
            "caption": caption,
        },
    }


def text_to_stream(lines: list[str]) -> list[dict]:
    """Raw StreamField data (headings, paragraphs, tables) for a report body."""
    blocks: list[dict] = []
    prose: list[str] = []
    table: list[list[str]] = []
    last_heading = ""

    def flush_prose():
        if any(p.strip() for p in prose):
            blocks.append({"type": "paragraph", "value": text_to_html(prose)})
        prose.clear()

    def flush_table():
        if table:
            blocks.append(_table(table, last_heading))
        table.clear()

    for line in lines:
        if "\t" in line:
            flush_prose()
            table.append(line.split("\t"))
            continue
        if line.strip():
            flush_table()
        if line.strip() and _is_heading(line):
            flush_prose()
            last_heading = plain(line)
            blocks.append({"type": "heading", "value": last_heading})
        else:
            prose.append(line)
    flush_prose()
    flush_table()
    return blocks
