"""The exceptions of communique, raised by the native module.

They are Python classes (not native ones) so that they subclass ValueError,
carry plain attributes, and pickle: Spark ships a failed task's exception
back to the driver by pickling it.
"""

from __future__ import annotations

from typing import Optional

__all__ = ["ExtractError", "KnowledgeBaseError"]


class ExtractError(ValueError):
    """A document yielded no record.

    Attributes:
        document: the document's id (the given one, or its content hash), or
            None when the input failed before it could be given one.
        reason: why, one line, as ``communique extract`` prints it.
        kind: a short stable key to group failures by: ``empty``, ``binary``,
            ``not-text``, ``too-large``, ``no-article``, ``no-text``,
            ``invalid-utf8``, ``internal`` (a bug in the extractor, caught).
    """

    def __init__(self, document: Optional[str], reason: str, kind: str = "invalid") -> None:
        super().__init__(document, reason, kind)
        self.document = document
        self.reason = reason
        self.kind = kind

    def __str__(self) -> str:
        name = self.document if self.document is not None else "<document without id>"
        return f"{name}: {self.reason}"


class KnowledgeBaseError(ValueError):
    """A knowledge-base folder could not be loaded; ``reason`` lists every
    problem with its file and line."""

    def __init__(self, path: Optional[str], reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path or 'embedded knowledge base'}: {self.reason}"
