"""Type stubs of the native module (crates/python/src)."""

from os import PathLike
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

import pyarrow

SCHEMA_VERSION: str
EVENT_COLUMNS: List[str]

Page = Union[str, bytes]

class KnowledgeBase:
    def __init__(self, path: Optional[Union[str, PathLike]] = None) -> None: ...
    @staticmethod
    def embedded() -> KnowledgeBase: ...
    @property
    def path(self) -> Optional[str]: ...
    def stats(self) -> List[Tuple[str, int]]: ...

class Extractor:
    def __init__(self, kb: Optional[KnowledgeBase] = None, *, include_text: bool = False) -> None: ...
    @property
    def kb(self) -> KnowledgeBase: ...
    @property
    def include_text(self) -> bool: ...
    def extract(
        self,
        text: Page,
        *,
        id: Optional[Union[str, int]] = None,
        url: Optional[str] = None,
        source: Optional[str] = None,
        published: Optional[str] = None,
        language: Optional[str] = None,
        html: bool = False,
    ) -> Dict[str, Any]: ...
    def extract_many(
        self,
        docs: Iterable[Union[Dict[str, Any], Page]],
        *,
        threads: Optional[int] = None,
        html: bool = False,
        errors: str = "raise",
    ) -> List[Any]: ...
    def extract_arrow(
        self,
        batch: pyarrow.RecordBatch,
        *,
        text_col: str = "text",
        id_col: Optional[str] = "id",
        url_col: Optional[str] = None,
        source_col: Optional[str] = None,
        published_col: Optional[str] = None,
        language_col: Optional[str] = None,
        html: bool = False,
        threads: Optional[int] = None,
        errors: str = "log",
        output: str = "events",
    ) -> pyarrow.RecordBatch: ...

def events_batch(records: Iterable[Dict[str, Any]]) -> pyarrow.RecordBatch: ...
def events_schema() -> pyarrow.Schema: ...
def records_schema() -> pyarrow.Schema: ...
