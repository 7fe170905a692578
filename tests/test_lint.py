"""pre-commit lints with the ruff that `nox -s lint` and `nox -s verify` use."""

import re

from snippet_files import ROOT


def test_pre_commit_runs_the_pinned_ruff():
    pinned = re.search(r"^ruff==(\S+)", (ROOT / "requirements/lint.txt").read_text(), re.M)
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    hook = re.search(r"ruff-pre-commit\n\s+rev: v(\S+)", config)
    assert hook[1] == pinned[1], (
        f".pre-commit-config.yaml: ruff-pre-commit rev v{hook[1]}, but requirements/lint.txt "
        f"pins ruff=={pinned[1]}: set rev to v{pinned[1]}."
    )
