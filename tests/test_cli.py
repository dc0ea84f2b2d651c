"""The CLI turns every bad input into one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ArticleServer
from storydiff.cli import main

BODY = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year."
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"a.txt": ""}, "the file is empty"),
        ({"a.txt": BODY}, "needs at least two articles, got 1"),
        ({"a.txt": BODY, "b.bin": b"\x00\x01\x02\x03" * 100}, "binary"),
        ({"a.txt": BODY, "b.txt": "---\nlanguage: de\n---\n" + BODY}, "not supported"),
        ({"a.txt": BODY, "b.html": "<html><body><p>Sign in</p></body></html>"}, "no article"),
        # bytes in no encoding that yields English text
        ({"a.txt": BODY, "b.txt": bytes(range(0x80, 0x100)) * 8}, "could not be detected"),
    ],
)
def test_bad_input_gives_one_clear_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | bytes],
    expected: str,
) -> None:
    paths = []
    for name, content in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(str(path))
    code, out, err = run(capsys, *paths)
    assert code == 2
    assert out == ""
    assert expected in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert code == 2
    assert "a.txt" in err and "no such file" in err


def test_too_many_outlet_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    code, _, err = run(capsys, str(path), "--outlet", "A", "--outlet", "B")
    assert code == 2 and "--outlet" in err


def test_usage_errors_exit_with_argparse_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["compare"])
    assert caught.value.code == 2


def test_unknown_encoder_and_missing_extra_name_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
        paths.append(str(tmp_path / name))
    code, _, err = run(capsys, *paths, "--encoder", "word2vec")
    assert code == 2 and "unknown encoder 'word2vec'" in err
    if importlib.util.find_spec("sentence_transformers") is None:
        # CI installs no torch: the optional MiniLM encoder must say how to install it.
        code, _, err = run(capsys, *paths, "--encoder", "minilm")
        assert code == 2 and "pip install torch==2.13.0" in err


def _two_files(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--outlet", "Harbour Gazette"], "--outlet: 1 outlet names for 2 inputs"),
        (["--published", "2026-01-05"], "--published: 1 publication dates for 2 inputs"),
        (["--published", "2026-01-05", "--published", "last week"], "not an ISO date"),
        (["--language", "de"], "language 'de' is not supported"),
    ],
)
def test_per_input_options_must_fit_the_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], expected: str
) -> None:
    code, out, err = run(capsys, *_two_files(tmp_path), *options)
    assert (code, out) == (2, "")
    assert expected in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    if "inputs" in expected:
        assert "once per input" in err  # the fix


def test_a_url_that_fails_is_named_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article_server: ArticleServer
) -> None:
    url = article_server.url("/world/2026/01/05/gone")
    code, out, err = run(capsys, str(_two_files(tmp_path)[0]), url)
    assert (code, out) == (2, "")
    assert url in err  # 'http://' with both slashes, not a file path
    assert "HTTP 404" in err and "no such file" not in err
    assert len(err.strip().splitlines()) == 1


def test_width_option_and_piped_default(capsys: pytest.CaptureFixture[str]) -> None:
    from storydiff.cli import PIPED_WIDTH, _stdout_console, build_parser

    parser = build_parser()
    piped = parser.parse_args(["quotes", "a.txt"])
    assert _stdout_console(piped).width == PIPED_WIDTH >= 100  # capsys: not a terminal
    assert _stdout_console(parser.parse_args(["quotes", "a.txt", "--width", "90"])).width == 90
    with pytest.raises(SystemExit) as caught:
        parser.parse_args(["quotes", "a.txt", "--width", "5"])
    assert caught.value.code == 2
    assert "at least 40" in capsys.readouterr().err


def test_sensitivity_option_takes_a_name_or_a_score(capsys: pytest.CaptureFixture[str]) -> None:
    from storydiff.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["compare", "a.txt", "b.txt"]).sensitivity == "normal"
    assert parser.parse_args(["compare", "a", "b", "--sensitivity", "loose"]).sensitivity == "loose"
    assert parser.parse_args(["compare", "a", "b", "--sensitivity", "0.4"]).sensitivity == 0.4
    for bad in ("medium", "1.5"):
        with pytest.raises(SystemExit) as caught:
            parser.parse_args(["compare", "a.txt", "b.txt", "--sensitivity", bad])
        assert caught.value.code == 2
        assert "strict, normal, loose or a number between 0 and 1" in capsys.readouterr().err
    compare = next(a for a in parser._actions if a.dest == "command").choices["compare"]  # type: ignore[index]
    assert "'strict' links only close rewordings" in " ".join(compare.format_help().split())
