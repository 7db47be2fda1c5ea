"""The command line: files, directories, stdin, gzip, formats, exit codes, WARC input."""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from batch_pages import make_pages
from newsextract import Article, Options, __version__, extract, to_markdown, to_text
from newsextract.scale.cli import URL_NOT_FILE, _field_helps, files_parser, main, options_from


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_file_prints_the_article_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_pages(tmp_path, 1)[0]
    code, out, err = run(capsys, str(path), "--url", "https://example.com/x")
    assert (code, err) == (0, "")
    data = json.loads(out)
    expected = extract(path.read_bytes(), url="https://example.com/x").to_dict()
    assert data == {**expected, "source": str(path)}


def test_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_pages(tmp_path, 1)[0].read_bytes()
    stdin = io.TextIOWrapper(io.BytesIO(gzip.compress(page)))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "-")
    assert code == 0
    assert Article.from_dict(json.loads(out)) == extract(gzip.compress(page))


def test_directory_round_trip_through_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 6 acceptance: `newsextract DIR -o out.jsonl`, read back with from_dict."""
    paths = make_pages(tmp_path / "pages" / "nested", 7)
    packed = tmp_path / "pages" / "packed.html.gz"
    packed.write_bytes(gzip.compress(paths[0].read_bytes()))
    out = tmp_path / "out.jsonl"
    code, stdout, err = run(capsys, str(tmp_path / "pages"), "-o", str(out), "--workers", "2")
    assert (code, stdout, err) == (0, "", "")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["source"] for row in rows] == [str(packed)] + [str(p) for p in paths]
    expected = [extract(p.read_bytes()) for p in [packed, *paths]]
    assert [Article.from_dict(row) for row in rows] == expected


def test_json_gives_an_array_for_several_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = make_pages(tmp_path, 2)
    code, out, _ = run(capsys, *map(str, paths), "--workers", "1")
    assert code == 0
    assert [Article.from_dict(d) for d in json.loads(out)] == [
        extract(p.read_bytes()) for p in paths
    ]
    empty = tmp_path / "empty"
    make_pages(empty, 1)
    code, out, _ = run(capsys, str(empty), "--glob", "*.txt")
    assert code == 1
    assert json.loads(out) == []


def test_glob_selects_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = make_pages(tmp_path, 3)
    paths[1].rename(tmp_path / "page.htm")
    code, out, _ = run(capsys, str(tmp_path), "--glob", "*.htm", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "page.htm")]


def test_text_and_markdown_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = make_pages(tmp_path, 2)
    first, second = (extract(p.read_bytes()) for p in paths)
    _, text, _ = run(capsys, str(paths[0]), "--format", "text")
    assert text == to_text(first).rstrip("\n") + "\n"
    _, markdown, _ = run(capsys, str(paths[0]), "--format", "markdown")
    assert markdown == to_markdown(first).rstrip("\n") + "\n"
    _, both, _ = run(capsys, *map(str, paths), "--format", "markdown", "--workers", "1")
    assert both == to_markdown(first).rstrip("\n") + "\n\n---\n\n" + (
        to_markdown(second).rstrip("\n") + "\n"
    )


def test_missing_inputs_exit_1_but_the_rest_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_pages(tmp_path, 1)[0]
    code, out, err = run(capsys, str(path), str(tmp_path / "nope.html"), "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(path)]
    assert "nope.html: no such file or directory" in err


def test_a_web_address_is_not_fetched_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "https://www.example.com/news/storm")
    assert (code, out) == (1, "")
    assert err == f"newsextract: https://www.example.com/news/storm: {URL_NOT_FILE}\n"


def test_damaged_gzip_is_an_empty_article_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b" + b"not gzip at all")
    code, out, err = run(capsys, str(broken))
    assert (code, err) == (0, "")
    article = Article.from_dict(json.loads(out))
    assert article.text == ""
    assert article.warnings


@pytest.mark.parametrize(
    "argv",
    [
        ["--format", "xml", "a.html"],
        ["--workers", "0", "a.html"],
        ["--timeout", "-1", "a.html"],
        ["--kind", "pdf", "a.html"],
        ["-", "-"],
        [],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--url", "--title"])
def test_url_and_title_need_a_single_input(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(tmp_path), flag, "https://example.com/"])
    assert info.value.code == 2
    assert flag in capsys.readouterr().err


def test_encoding_and_title_flags_reach_extract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--encoding reads every input's bytes in that charset (as `extract(encoding=)`), for
    files, directories and stdin; --title is `extract(title=)`."""
    story = "Le café a rouvert ses portes lundi matin, après des mois de travaux. " * 4
    page = f"<html><body><article><h1>Le café rouvre</h1><p>{story}</p></article></body></html>"
    folder = tmp_path / "pages"
    folder.mkdir()
    latin = folder / "latin.html"
    latin.write_bytes(page.encode("cp1252"))
    code, out, err = run(capsys, str(latin), "--encoding", "cp1252")
    assert (code, err) == (0, "")
    assert json.loads(out)["title"] == "Le café rouvre"
    expected = extract(latin.read_bytes(), encoding="cp1252")
    assert Article.from_dict(json.loads(out)) == expected
    code, out, _ = run(capsys, str(folder), "--encoding", "utf-7", "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["warnings"] == list(
        extract(latin.read_bytes(), encoding="utf-7").warnings
    )
    dump = tmp_path / "dump.txt"
    lines = ["Home | News | Sport", "Cafés reopen", "Le café rouvre", story, "About us"]
    dump.write_text("\n".join(lines), "utf-8")
    code, out, _ = run(capsys, str(dump), "--title", "Cafés reopen")
    assert code == 0
    assert Article.from_dict(json.loads(out)) == extract(dump.read_bytes(), title="Cafés reopen")
    assert json.loads(out)["title"] == "Cafés reopen"  # without the flag: "Le café rouvre"


def test_every_options_field_is_a_flag_with_its_documented_meaning(tmp_path: Path) -> None:
    """The flags are generated from `Options`: each field has one, its help is the field's
    line of the docstring, and the flag sets the field (a new field fails here until it is
    documented and given a test value)."""
    fields = dataclasses.fields(Options)
    helps = _field_helps()
    assert set(helps) == {f.name for f in fields}
    assert all(helps.values())
    template = tmp_path / "template.txt"
    template.write_text("A line of the site's template\n", encoding="utf-8")
    parser = files_parser()
    hints = typing.get_type_hints(Options)
    for field in fields:
        default = getattr(Options(), field.name)
        flag = "--" + field.name.replace("_", "-")
        hint = hints[field.name]
        if field.name == "template_lines":
            argv = ["--template", str(template)]
        elif hint is bool:
            argv = ["--no-" + flag[2:] if default else flag]
        elif hint is int:
            argv = [flag, str(default + 1)]
        elif hint == str | None:
            argv = [flag, "de"]
        elif typing.get_origin(hint) is typing.Literal:
            argv = [flag, next(c for c in typing.get_args(hint) if c != default)]
        else:
            raise AssertionError(f"no test value for Options.{field.name} ({hint})")
        options = options_from(parser, parser.parse_args(["page.html", *argv]))
        assert getattr(options, field.name) != default, argv
        assert flag in parser.format_help() or field.name == "template_lines"


def test_non_numbers_are_named_in_the_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["page.html", "--workers", "two"])
    assert "--workers: must be a whole number, got 'two'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["page.html", "--timeout", "soon"])
    assert "--timeout: must be a number, got 'soon'" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsextract {__version__}"


def test_python_dash_m(tmp_path: Path) -> None:
    paths = make_pages(tmp_path, 3)
    done = subprocess.run(
        [sys.executable, "-m", "newsextract", str(tmp_path), "--format", "jsonl", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Article.from_dict(r) for r in rows] == [extract(p.read_bytes()) for p in paths]


def write_warc(
    path: Path, records: list[tuple[str, str, str, bytes]], *, gzip: bool = True
) -> None:
    """A WARC of response records: (url, status line, content type, body)."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    with path.open("wb") as stream:
        writer = warcio.warcwriter.WARCWriter(stream, gzip=gzip)
        for url, status, content_type, body in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://example.com/req", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


def test_warc_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = make_pages(tmp_path, 2)
    latin = pages[1].read_text("utf-8").replace('<meta charset="utf-8">', "").encode("latin-1")
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        [
            ("https://example.com/a", "200 OK", "text/html; charset=utf-8", pages[0].read_bytes()),
            ("https://example.com/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
            ("https://example.com/i.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://example.com/b", "200 OK", "text/html; charset=ISO-8859-1", latin),
        ],
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "warc", str(archive), "-o", str(out), "--workers", "1")
    assert (code, err) == (0, "")
    rows: list[dict[str, Any]] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["warc_url"] for row in rows] == ["https://example.com/a", "https://example.com/b"]
    assert all(row["warc_date"] and row["warc_record_id"] for row in rows)
    assert rows[0]["url"] == "https://example.com/a"
    expected = extract(pages[0].read_bytes(), url="https://example.com/a", kind="html")
    assert Article.from_dict(rows[0]) == expected
    assert (
        Article.from_dict(rows[1]).text
        == extract(latin.decode("latin-1"), url="https://example.com/b", kind="html").text
    )


def test_warc_http_charset_is_doubted_as_extract_doubts_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "<html><body><article><h1>Le café rouvre</h1><p>"
        + "Le café a rouvert ses portes lundi matin, après des mois de travaux. " * 4
        + "</p></article></body></html>"
    ).encode()
    archive = tmp_path / "crawl.warc.gz"
    # a server's default ISO-8859-1 on a UTF-8 page, and utf-7, which no page may declare
    write_warc(
        archive,
        [
            ("https://example.com/a", "200 OK", "text/html; charset=ISO-8859-1", page),
            ("https://example.com/b", "200 OK", "text/html; charset=utf-7", page),
        ],
    )
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "warc", str(archive), "-o", str(out), "--workers", "1")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["title"] for row in rows] == ["Le café rouvre"] * 2
    assert [row["text"] for row in rows] == [extract(page, encoding="ISO-8859-1").text] * 2
    # the charset's warning reaches the Article, as `extract(encoding=)`'s does
    assert rows[1]["warnings"] == list(extract(page, encoding="utf-7").warnings)
    assert any("utf-7" in warning for warning in rows[1]["warnings"])


def test_a_truncated_warc_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = make_pages(tmp_path, 2)
    archive = tmp_path / "crawl.warc"
    urls = ["https://example.com/a", "https://example.com/b"]
    write_warc(
        archive,
        [
            (url, "200 OK", "text/html", path.read_bytes())
            for url, path in zip(urls, pages, strict=True)
        ],
        gzip=False,
    )
    whole = archive.read_bytes()
    archive.write_bytes(whole[: whole.index(b"https://example.com/b") + 2_000])
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "warc", str(archive), "-o", str(out), "--workers", "1")
    assert code == 1
    assert [json.loads(line)["warc_url"] for line in out.read_text("utf-8").splitlines()] == [
        urls[0]
    ]
    assert err == (
        f"newsextract: {archive}: {urls[1]}: EOFError: the file ends inside this record "
        "(a truncated WARC): the page is incomplete\n"
    )


def one_page_warc(tmp_path: Path, *, gzipped: bool) -> tuple[Path, bytes]:
    """A WARC of one page's response and a request after it, and the page."""
    page = make_pages(tmp_path, 1)[0].read_bytes()
    archive = tmp_path / "crawl.warc"
    write_warc(archive, [("https://example.com/a", "200 OK", "text/html", page)], gzip=gzipped)
    return archive, page


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_warc_cut_anywhere_inside_a_record_is_a_failure(tmp_path: Path, gzipped: bool) -> None:
    """Cut in a record's WARC headers, its HTTP headers or its body, in a gzip member or a
    plain file, in a page or in the request record that ends the file: never a silent end."""
    pytest.importorskip("warcio")
    from warcio.archiveiterator import ArchiveIterator

    from newsextract.scale.warc import extract_warc_serial

    archive, _ = one_page_warc(tmp_path, gzipped=gzipped)
    whole = archive.read_bytes()
    with archive.open("rb") as stream:
        records = ArchiveIterator(stream)
        spans = [(records.get_record_offset(), records.get_record_length()) for _ in records]
    assert len(spans) == 2  # the page, then a request
    for offset, length in spans:
        # a few bytes in (the WARC headers), then a third and two thirds of the way through
        for cut in (offset + 12, offset + length // 3, offset + 2 * length // 3):
            archive.write_bytes(whole[:cut])
            errors = [r.error for _, r in extract_warc_serial(archive) if r.error is not None]
            assert errors, f"cut at {cut}"
            assert all(e.type == "EOFError" for e in errors), errors


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_warc_padded_after_its_last_record_is_whole(tmp_path: Path, gzipped: bool) -> None:
    """Blank lines after the last record (a writer's), or an empty gzip member closing a
    gzipped file, are no record the file ends inside: warcio passes over them."""
    import gzip

    from newsextract.scale.warc import extract_warc_serial

    archive, page = one_page_warc(tmp_path, gzipped=gzipped)
    whole = archive.read_bytes()
    paddings = [b"\r\n", b"\r\n\r\n"] + ([gzip.compress(b"")] if gzipped else [])
    for padding in paddings:
        archive.write_bytes(whole + padding)
        results = [r for _, r in extract_warc_serial(archive)]
        assert [r.error for r in results] == [None], padding
        titles = [r.article.title for r in results if r.article is not None]
        assert titles == [extract(page).title], padding


def test_warc_command_reports_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a WARC file\n" * 10)
    code, out, err = run(capsys, "warc", str(junk), str(tmp_path / "missing.warc"))
    assert code == 1
    assert out == ""
    assert "junk.warc" in err
    assert "missing.warc: no such file or directory" in err


@pytest.mark.parametrize("path", ["crawl.warc.gz", Path("crawl.warc.gz")])
def test_extract_warc_refuses_one_path_given_as_the_list(path: str | Path) -> None:
    """A str path iterated as the list of paths read one "file" per character."""
    from newsextract.scale.warc import extract_warc

    with pytest.raises(TypeError, match=r"pass \[path\]"):
        next(extract_warc(path, workers=1))  # type: ignore[arg-type]


def test_an_oversized_record_is_its_own_failure_not_the_run_s(tmp_path: Path) -> None:
    """With `oversize="raise"`, a record over the size limit whose HTTP header names a
    charset is recorded as its failure and the records after it are still read."""
    from newsextract import Options
    from newsextract.scale.warc import extract_warc_serial

    big = (
        b"<html><body><p>" + b"A long sentence of the story goes on. " * 60 + b"</p></body></html>"
    )
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        [
            ("https://example.com/a", "200 OK", "text/html; charset=utf-8", big),
            ("https://example.com/b", "200 OK", "text/html; charset=utf-8", big),
        ],
    )
    options = Options(max_input_bytes=1000, oversize="raise")
    results = [result for _, result in extract_warc_serial(archive, options)]
    assert [r.error.type if r.error else None for r in results] == ["InputTooLargeError"] * 2
