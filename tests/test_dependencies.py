"""Every third-party package the code imports is declared in pyproject.toml (main or an extra)."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("pipeline", "scripts", "benchmarks", "tests")
OURS = {"pipeline", "conftest", "tests"}
NOT_INSTALLED = {"fpdf": "fpdf2"}
"""Import name -> distribution for optional packages the test environment may lack (the mapping
is read from the installed packages otherwise)."""


def imported_modules() -> dict[str, str]:
    """Top-level module name -> one file importing it, over every Python file of ours."""
    found: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements.extend(extra)
    return {normalized(re.match(r"[A-Za-z0-9_.-]+", r).group()) for r in requirements}


def test_every_imported_package_is_declared():
    distributions = packages_distributions()
    local = {path.stem for folder in FOLDERS for path in (ROOT / folder).rglob("*.py")}
    third_party = {
        name: where
        for name, where in imported_modules().items()
        if name not in sys.stdlib_module_names and name not in OURS and name not in local
    }
    assert {"spacy", "tqdm", "pdfplumber"} <= set(third_party)  # the scan sees real imports
    missing = {
        name: where
        for name, where in third_party.items()
        if not {normalized(d) for d in distributions.get(name, [NOT_INSTALLED.get(name, name)])} & declared()
    }
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
