"""A measured run that fails (a stale index, a missing file) ends `qa bench` with its own one-line
error, not a traceback."""
from __future__ import annotations

import sys

import pytest

from qa import cli
from qa.bench import BenchChildError, _child_run


def test_a_failed_child_says_its_own_error_line():
    script = "import sys; print('Traceback noise', file=sys.stderr); print('error: the index is stale', file=sys.stderr); sys.exit(2)"
    with pytest.raises(BenchChildError, match="the index is stale") as raised:
        _child_run([sys.executable, "-c", script])
    assert str(raised.value).endswith("failed: the index is stale")  # its own line, not the noise above it


def test_the_command_prints_one_line_and_exits_2(monkeypatch, capsys):
    def fail(_args):
        raise BenchChildError("the measured run `qa.cli ask` failed: the index is stale")
    monkeypatch.setattr(cli, "_dispatch", fail)
    assert cli.main(["bench", "ask"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err
