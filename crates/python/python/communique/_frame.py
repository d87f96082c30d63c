"""Records to the flat events table: one row per event.

The table itself is built in Rust (``_communique.events_batch``), by the code
that builds Spark's output batches, so a frame made in a notebook and a table
made on a cluster have the same columns and values.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from . import _communique

__all__ = ["events_frame", "events_table"]


def _records(records: Iterable[Any]) -> list:
    # A single record is accepted too: the common notebook slip.
    if isinstance(records, Mapping):
        records = [records]
    # Failed documents of extract_many(errors="return") hold exceptions.
    return [r for r in records if not isinstance(r, BaseException)]


def _require(module: str):
    try:
        return __import__(module)
    except ImportError as err:
        raise ImportError(
            f"communique.events_frame needs pandas and pyarrow: pip install 'communique[pandas]' ({err})"
        ) from err


def events_table(records: Iterable[Any]):
    """The events of ``records`` (dicts as ``extract`` returns) as a
    ``pyarrow.Table``, with the columns of ``communique.EVENT_COLUMNS``."""
    pa = _require("pyarrow")

    batch = _communique.events_batch(_records(records))
    return pa.Table.from_batches([batch])


def events_frame(records: Iterable[Any]):
    """The events of ``records`` as a pandas DataFrame, one row per event.

    Columns, like the store's CSV/GDELT-like export: ``document``, ``url``,
    ``language``, ``published``; the event's ``id``, ``type``, ``mode``,
    ``cameo``, ``status``, ``date`` (partial dates as ``XXXX-09-24``);
    ``source_countries``, ``source_persons``, ``source_organizations`` and
    the same for ``target_`` (ids joined with ``;``); ``location_country``,
    ``location_place``, ``topics``, ``documents_signed`` (joined with ``;``),
    ``confidence``; ``num_evidence`` and the first evidence's
    ``evidence_start``, ``evidence_end`` (character offsets into the cleaned
    text) and ``evidence_text``.
    """
    _require("pandas")
    frame = events_table(records).to_pandas()
    # Records never carry failures; the column only matters in batch output.
    return frame.drop(columns=["error"])
