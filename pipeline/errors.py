"""Errors that end one document's processing with a one-line, user-facing reason."""


class ExtractionError(Exception):
    """A document that could not be extracted; `reason` says why in one line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(ExtractionError):
    """A document that cannot be read or is refused (the message names the reason)."""
