"""communique on Apache Spark: events of a DataFrame of pages.

``extract(df)`` runs ``DataFrame.mapInArrow``: Spark hands each Arrow record
batch of (id, text[, url, source, published, language]) to the Rust function
``Extractor.extract_arrow``, which reads the columns and returns an Arrow
record batch of events. No Python code runs per row, and the knowledge base
is loaded once per Python worker process (Spark reuses workers across
tasks), not once per task or batch. Within a task extraction runs on one
thread, since Spark already runs one task per core.

Output schema (one row per event; the store's CSV export columns plus the
document's metadata), Spark types:

======================  =======  ===============================================
column                  type     meaning
======================  =======  ===============================================
document                string   document id (the id column, else a content hash)
url                     string   the document's URL, when known
language                string   ru, az, kk, en, tr (detected unless given)
published               string   publication date(-time), ISO, may be partial
id                      string   event id (stable for the same document and KB)
type                    string   PLOVER type: CONSULT, AGREE, SUPPORT, ...
mode                    string   visit, phone, third-party, meeting, sign, ...
cameo                   string   nearest CAMEO code, e.g. 042
status                  string   occurred, planned, reported, denied
date                    string   YYYY-MM-DD, YYYY-MM, or partial (XXXX-09-24)
source_countries        string   ISO alpha-3 codes joined with ``;``
source_persons          string   person ids joined with ``;``
source_organizations    string   organisation ids joined with ``;``
target_countries        string   as for the source side
target_persons          string
target_organizations    string
location_country        string   ISO alpha-3, when stated
location_place          string   place id, when stated
topics                  string   topic keys joined with ``;``
documents_signed        string   named documents signed, joined with ``;``
confidence              double   0..1
num_evidence            bigint   evidence sentences of the event in the document
evidence_start          bigint   first evidence: character offset into the
evidence_end            bigint   cleaned article text (``include_text``)
evidence_text           string   first evidence: the sentence
error                   string   null; with ``errors="keep"``, a failed
                                 document's reason (its other columns null
                                 but ``document``)
======================  =======  ===============================================

``extract_records(df)`` runs the same extraction but keeps whole records:
columns ``document``, ``published``, ``record`` (the JSON line that
``communique extract`` prints, with the cleaned text by default) and
``error``. Written as text, those lines load into the store with
``communique ingest --records`` (docs/scale-out.md).

Failed documents (empty, binary, not text...) never fail the job by default:
``errors="log"`` leaves them out and writes one line per document on the
executor's standard error, as ``communique extract`` does; ``errors="keep"``
makes each one a row with ``document`` and ``error``; ``errors="raise"`` fails
the task with ``communique.ExtractError``.

Workers need the ``communique`` wheel installed in the Python that
``PYSPARK_PYTHON`` names (see docs/scale-out.md).
"""

from __future__ import annotations

import functools
from typing import Any, Dict, Iterator, Optional, Tuple, Union

from . import _communique
from ._communique import Extractor, KnowledgeBase

__all__ = ["extract", "extract_records", "map_batches", "records_schema_ddl", "schema", "schema_ddl"]

#: Metadata columns read when the DataFrame has them (JSON Lines names).
METADATA_COLUMNS = ("url", "source", "published", "language")

_SPARK_TYPES = {"string": "STRING", "double": "DOUBLE", "int64": "BIGINT"}

# One extractor per knowledge base (and text option) per worker process:
# module state survives across the tasks a reused Python worker runs.
_EXTRACTORS: Dict[Tuple[Optional[str], bool], Extractor] = {}
#: How many knowledge bases this process loaded (for tests and diagnostics).
loads = 0


def _ddl(arrow_schema) -> str:
    return ", ".join(f"`{f.name}` {_SPARK_TYPES[str(f.type)]}" for f in arrow_schema)


def schema_ddl() -> str:
    """The events schema as a Spark DDL string."""
    return _ddl(_communique.events_schema())


def records_schema_ddl() -> str:
    """The schema of ``extract_records`` as a Spark DDL string."""
    return _ddl(_communique.records_schema())


def schema():
    """The output schema as a ``pyspark.sql.types.StructType`` (no session needed)."""
    from pyspark.sql import types as T

    spark_type = {"string": T.StringType, "double": T.DoubleType, "int64": T.LongType}
    return T.StructType(
        [T.StructField(f.name, spark_type[str(f.type)](), nullable=True) for f in _communique.events_schema()]
    )


def worker_extractor(kb_path: Optional[str], include_text: bool = False) -> Extractor:
    """The process's extractor for ``kb_path`` (None: the embedded knowledge
    base), loaded on first use."""
    global loads
    key = (kb_path, include_text)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        kb = KnowledgeBase.embedded() if kb_path is None else KnowledgeBase(kb_path)
        extractor = _EXTRACTORS[key] = Extractor(kb, include_text=include_text)
        loads += 1
    return extractor


def map_batches(
    batches: Iterator[Any], *, kb_path: Optional[str] = None, include_text: bool = False, **options: Any
) -> Iterator[Any]:
    """Arrow batches of documents to Arrow batches of events (or records):
    the function ``mapInArrow`` runs, also usable with Ray Data or Dask.
    ``options`` are those of ``Extractor.extract_arrow``."""
    extractor = worker_extractor(kb_path, include_text)
    for batch in batches:
        yield extractor.extract_arrow(batch, **options)


def _kb_path(kb: Union[None, str, KnowledgeBase]) -> Optional[str]:
    if kb is None or isinstance(kb, str):
        return kb
    if isinstance(kb, KnowledgeBase):
        return kb.path
    return str(kb)  # os.PathLike


def _run(df, text_col, id_col, *, output, include_text, html, kb, errors, threads, metadata, ddl):
    if errors not in ("log", "keep", "raise"):
        raise ValueError(f"errors must be log, keep or raise, not {errors!r}")
    columns = [text_col] if id_col is None else [id_col, text_col]
    options: Dict[str, Any] = dict(
        text_col=text_col, id_col=id_col, html=html, errors=errors, threads=threads, output=output
    )
    if metadata:
        for name in METADATA_COLUMNS:
            if name in df.columns and name not in columns:
                columns.append(name)
                options[f"{name}_col"] = name
    run = functools.partial(map_batches, kb_path=_kb_path(kb), include_text=include_text, **options)
    return df.select(*columns).mapInArrow(run, ddl)


def extract(
    df,
    text_col: str = "text",
    id_col: Optional[str] = "id",
    *,
    html: bool = False,
    kb: Union[None, str, KnowledgeBase] = None,
    errors: str = "log",
    threads: int = 1,
    metadata: bool = True,
):
    """A Spark DataFrame of the events of ``df`` (schema: module docstring).

    ``text_col`` holds the page (string, or binary in any common encoding),
    ``id_col`` its id (string or integer; None or a null id: a content
    hash). With ``metadata``, the columns ``url``, ``source``, ``published``
    and ``language`` are read when ``df`` has them. ``html``: pages are HTML.
    ``kb``: a knowledge-base folder readable on every worker (None: the one
    compiled in). ``errors``: "log", "keep" or "raise" (module docstring).
    ``threads``: extraction threads per task.
    """
    return _run(
        df, text_col, id_col, output="events", include_text=False, html=html, kb=kb,
        errors=errors, threads=threads, metadata=metadata, ddl=schema_ddl(),
    )  # fmt: skip


def extract_records(
    df,
    text_col: str = "text",
    id_col: Optional[str] = "id",
    *,
    include_text: bool = True,
    html: bool = False,
    kb: Union[None, str, KnowledgeBase] = None,
    errors: str = "log",
    threads: int = 1,
    metadata: bool = True,
):
    """A Spark DataFrame of records, one row per document: ``document``,
    ``published``, ``record`` (the JSON line ``communique extract [--text]``
    prints) and ``error``. ``include_text`` keeps the cleaned text in each
    record, which the store shows evidence in. Other arguments as ``extract``.
    """
    return _run(
        df, text_col, id_col, output="records", include_text=include_text, html=html, kb=kb,
        errors=errors, threads=threads, metadata=metadata, ddl=records_schema_ddl(),
    )  # fmt: skip
