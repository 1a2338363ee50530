"""communique: press releases in, schema-validated JSON out.

    from pipeline import extract
    record = extract(Path("release.pdf"))    # or a str of text, or bytes
    print(record.metadata.date, record.model_dump_json())

The API is imported on first use, so that `import pipeline` (and the command's start-up) stays cheap.
"""

__version__ = "0.4.0"

API = ("extract", "extract_many", "Extractor", "Failure", "ExtractionError")
__all__ = ["__version__", *API]


def __getattr__(name: str) -> object:
    if name in API:
        from pipeline import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *API])
