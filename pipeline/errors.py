"""Errors that end one document's processing with a one-line, user-facing reason."""


class InputError(Exception):
    """A document that cannot be read or is refused (the message names the reason)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
