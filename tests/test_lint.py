"""pre-commit lints with the ruff that `nox -s lint` and `nox -s verify` use."""

import re

from project import ROOT, pinned


def test_pre_commit_runs_the_pinned_ruff():
    pinned_ruff = pinned("ruff", "requirements/lint.txt")
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    hook = re.search(r"ruff-pre-commit\n\s+rev: v(\S+)", config)
    assert hook[1] == pinned_ruff, (
        f".pre-commit-config.yaml: ruff-pre-commit rev v{hook[1]}, but requirements/lint.txt "
        f"pins ruff=={pinned_ruff}: set rev to v{pinned_ruff}."
    )
