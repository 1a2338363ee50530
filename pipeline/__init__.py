"""communique: press releases in, schema-validated JSON out."""

__version__ = "0.4.0"
