"""communique: diplomatic events, with evidence, from multilingual news pages.

Notebook use::

    import communique
    record = communique.extract(page_text, id="000.txt")      # SPEC.md section 10
    records = communique.extract_many({"id": i, "text": t} for i, t in pages)
    frame = communique.events_frame(records)                   # pandas, one row per event

A user-extended knowledge base (a copy of the repository's ``data/`` folder)::

    kb = communique.KnowledgeBase("my-data/")
    communique.extract(page_text, kb=kb)

Extraction runs in Rust: ``extract_many`` releases the interpreter lock and
uses every core. ``communique.spark.extract`` runs the same function over a
Spark DataFrame.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Union

from . import _communique
from ._communique import EVENT_COLUMNS, SCHEMA_VERSION, Extractor, KnowledgeBase
from ._errors import ExtractError, KnowledgeBaseError
from ._frame import events_frame, events_table

__all__ = [
    "EVENT_COLUMNS",
    "SCHEMA_VERSION",
    "ExtractError",
    "Extractor",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "events_frame",
    "events_schema",
    "events_table",
    "extract",
    "extract_many",
]

Page = Union[str, bytes]


def _extractor(kb: Optional[KnowledgeBase], include_text: bool) -> Extractor:
    # Cheap: the knowledge base holds the loaded extractor; this only wraps it.
    return Extractor(kb, include_text=include_text)


def extract(
    text: Page,
    *,
    id: Optional[Union[str, int]] = None,
    url: Optional[str] = None,
    source: Optional[str] = None,
    published: Optional[str] = None,
    language: Optional[str] = None,
    html: bool = False,
    kb: Optional[KnowledgeBase] = None,
    include_text: bool = False,
) -> Dict[str, Any]:
    """The record of one page, exactly as ``communique extract`` prints it.

    ``text`` is the page: ``str``, or ``bytes`` in any common encoding
    (detected). ``html=True`` extracts the article from an HTML page first.
    ``id`` defaults to a content hash; ``published`` (ISO, partial allowed)
    anchors relative dates when the page does not state its date.
    ``include_text`` adds the cleaned text that offsets point into.

    Raises ``ExtractError`` (a ``ValueError``) naming the document and the
    reason when the page yields no record (empty, binary, not text...).
    """
    return _extractor(kb, include_text).extract(
        text, id=id, url=url, source=source, published=published, language=language, html=html
    )


def extract_many(
    docs: Iterable[Union[Dict[str, Any], Page]],
    *,
    threads: Optional[int] = None,
    html: bool = False,
    errors: str = "raise",
    kb: Optional[KnowledgeBase] = None,
    include_text: bool = False,
) -> List[Any]:
    """The records of many documents, in input order, extracted in parallel
    with the interpreter lock released.

    Each item is a dict shaped like a JSON Lines record (``id``, ``url``,
    ``source``, ``published``, ``language``, ``text`` or ``html``) or a bare
    page. ``threads``: None for one per core. ``errors="raise"`` raises the
    first failed document's ``ExtractError`` (after all are processed);
    ``errors="return"`` puts the ``ExtractError`` in that document's place.
    """
    return _extractor(kb, include_text).extract_many(docs, threads=threads, html=html, errors=errors)


def events_schema():
    """The ``pyarrow.Schema`` of the events table (``events_table``, Spark)."""
    return _communique.events_schema()
