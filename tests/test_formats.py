"""Reading speeches from real file formats: .docx, .pdf, saved web pages; one set of errors.

Every file is built here from a speech we wrote, and must read to the same passages
(section and text) as the UTF-8 ``.txt`` of that speech, parsed by the same code.
"""
from __future__ import annotations

import io
import os

import pytest

from index.corpus import SPEECH_SUFFIXES, corpus_files
from index.errors import SpeechError
from index.reader import read_speech_bytes, read_speech_file

from format_samples import (SITE, SPEECH, TITLE, TRAD_SITE, TRAD_SPEECH, as_txt, make_docx, make_page,
                            make_pdf, passages, pdf_pages, write)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


# ---------------------------------------------------------------- .docx



@pytest.mark.parametrize("numbered", [False, True], ids=["typed-numbers", "word-numbering"])
def test_docx_reads_to_the_same_passages(tmp_path, numbered):
    plain = as_txt(tmp_path)
    doc = read_speech_file(write(tmp_path, "speech.docx", make_docx(numbered=numbered)))
    assert passages(doc) == passages(plain) and doc.passages
    assert doc.format == "docx" and doc.encoding is None
    assert doc.outline_nodes() and [n.path for n in doc.outline_nodes()] == [n.path for n in plain.outline_nodes()]


def _hint(monkeypatch, data: bytes, name: str) -> str | None:
    """The title hint the reader passes to the parser for a file."""
    import index.reader

    seen = {}
    real = index.reader.parse_speech

    def spy(text, doc_id, path=None, *, title_hint=None):
        seen["hint"] = title_hint
        return real(text, doc_id, path, title_hint=title_hint)

    monkeypatch.setattr(index.reader, "parse_speech", spy)
    read_speech_bytes(data, "x", path=name)
    return seen["hint"]


def test_docx_title_hint(monkeypatch):
    # A Title-styled first paragraph wins over the Title property.
    assert _hint(monkeypatch, make_docx(core_title="模板"), "a.docx") == TITLE
    # No styled title: the Title property, without Word's "Microsoft Word - " and file suffix.
    assert _hint(monkeypatch, make_docx(title_style=None, core_title=f"Microsoft Word - {TITLE}.doc"),
                 "b.docx") == TITLE
    # A first paragraph in Heading 1 is the title only when no other paragraph is Heading 1.
    body = "\n".join(SPEECH.split("\n")[1:])
    only = make_docx(f"{TITLE}\n{body.replace('一、', '').replace('二、', '')}", title_style="Heading 1",
                     core_title="")
    assert _hint(monkeypatch, only, "c.docx") == TITLE
    parts = make_docx("一、总体要求\n要加强领导。\n二、主要任务\n要抓好落实。\n", title_style=None, core_title="")
    assert _hint(monkeypatch, parts, "d.docx") is None


def test_docx_tables_are_read_row_by_row(tmp_path):
    table = [["指标", "2023年", "2024年目标"], ["企业开办时间", "2个工作日", "1个工作日"],
             ["全程网办事项", "600项", "800项"]]
    doc = read_speech_file(write(tmp_path, "t.docx", make_docx(table=table)))
    text = "\n".join(p.text for p in doc.passages)
    rows = [" | ".join(row) for row in table]
    assert all(row in doc.source for row in rows)
    assert doc.source.index(rows[0]) < doc.source.index(rows[1]) < doc.source.index(rows[2])
    assert "企业开办时间" in text and "800项" in text


def test_docx_text_in_tracked_changes_controls_and_links():
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph(TITLE, style="Title")
    r = lambda t: f"<w:r><w:t xml:space='preserve'>{t}</w:t></w:r>"  # noqa: E731
    d.element.body.append(parse_xml(
        f"<w:p {nsdecls('w', 'r')}>{r('一是')}<w:ins w:id='1' w:author='a'>{r('深化改革')}</w:ins>"
        f"<w:del w:id='2' w:author='a'><w:r><w:delText>删掉的话</w:delText></w:r></w:del>"
        f"<w:sdt><w:sdtContent>{r('，优化服务')}</w:sdtContent></w:sdt>"
        f"<w:hyperlink r:id='rId99'>{r('，方便群众')}</w:hyperlink>{r('。')}</w:p>"))
    d.element.body.append(parse_xml(  # a block content control, as templates hold their body
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p>{r('二是抓好落实。')}</w:p></w:sdtContent></w:sdt>"))
    out = io.BytesIO()
    d.save(out)
    doc = read_speech_bytes(out.getvalue(), "x", path="x.docx")
    assert "一是深化改革，优化服务，方便群众。\n二是抓好落实。" in doc.source and "删掉的话" not in doc.source


def test_empty_and_damaged_docx(tmp_path):
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    with pytest.raises(SpeechError, match="empty"):
        read_speech_file(write(tmp_path, "empty.docx", out.getvalue()))
    for junk in (b"PK\x03\x04" + os.urandom(300), b"not a zip at all", out.getvalue()[:500]):
        with pytest.raises(SpeechError, match="not a readable .docx") as info:
            read_speech_bytes(junk, "bad", path="bad.docx")
        assert "\n" not in str(info.value)


# ---------------------------------------------------------------- .pdf



@pytest.mark.parametrize("footer", ["- {n} -", "第{n}页 共{total}页", "{n}/{total}", "—{n}—", "{n}"])
def test_pdf_reads_to_the_same_passages(tmp_path, footer):
    plain = as_txt(tmp_path)
    pages = pdf_pages(footer=footer)
    assert len(pages) >= 3 and any(not page[-2].endswith(("。", "！", "：")) for page in pages[:-1])
    doc = read_speech_file(write(tmp_path, "speech.pdf", make_pdf(pages)))
    assert passages(doc) == passages(plain)
    assert doc.format == "pdf" and doc.encoding is None
    assert "人民政府办公室" not in doc.source
    assert doc.removed.get("page_number") == len(pages) and doc.removed.get("running_header") == len(pages) - 1


def test_letter_spaced_pdf_reads_to_the_same_passages(tmp_path):
    plain = as_txt(tmp_path)
    doc = read_speech_file(write(tmp_path, "spaced.pdf", make_pdf(pdf_pages(), letter_spaced=True)))
    assert passages(doc) == passages(plain)


def test_pdf_keeps_a_lone_space_where_a_figure_is_missing():
    from index.formats.pdf import _unspace

    assert _unspace("全市地区生产总值 亿元，同比增长6%。") == "全市地区生产总值 亿元，同比增长6%。"
    assert _unspace("全 市 地 区 生 产 总 值 亿 元 。") == "全市地区生产总值亿元。"
    # Letter-spaced, a real space is two: the blank figure survives, digits close up.
    assert _unspace("总 值  亿 元 ， 增 长 1 2 % 。") == "总值 亿元，增长12%。"


def test_page_furniture_only_at_page_edges():
    from index.formats.pdf import strip_furniture

    pages = [["在某某会议上的讲话", "同志们：", "今年的目标是3/12项任务。", "第1页"],
             ["某某县政府", "一、总体要求", "3/12", "要加强领导。", "Page 2 of 3"],
             ["某某县政府", "二、主要任务", "要抓好落实。", "— 3 —"]]
    kept, removed = strip_furniture(pages)
    assert kept == [["在某某会议上的讲话", "同志们：", "今年的目标是3/12项任务。"],
                    ["一、总体要求", "3/12", "要加强领导。"], ["二、主要任务", "要抓好落实。"]]
    assert removed == {"page_number": 3, "running_header": 2}


def test_scanned_broken_and_locked_pdfs(tmp_path):
    with pytest.raises(SpeechError, match="has no text layer") as info:
        read_speech_file(write(tmp_path, "scan.pdf", make_pdf([[""], [""]], image_only=True)))
    assert "scan.pdf" in str(info.value) and "OCR" in str(info.value)
    good = make_pdf(pdf_pages())
    for junk in (b"%PDF-1.7\n" + os.urandom(400), good[:200]):
        with pytest.raises(SpeechError) as info:
            read_speech_bytes(junk, "bad", path="bad.pdf")
        assert "\n" not in str(info.value) and "bad.pdf" in str(info.value)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(good)))
    writer.encrypt("secret", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(SpeechError, match="password"):
        read_speech_bytes(locked.getvalue(), "locked", path="locked.pdf")


# ---------------------------------------------------------------- .html



@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_reads_to_the_same_passages(tmp_path, suffix, monkeypatch):
    plain = as_txt(tmp_path)
    data = make_page().encode("utf-8")
    doc = read_speech_file(write(tmp_path, "page" + suffix, data))
    assert passages(doc) == passages(plain)
    assert doc.format == "html" and doc.encoding == "utf-8" and not doc.warnings
    assert not any(w in doc.source for w in (SITE["home"], SITE["related"], SITE["script"], *SITE["footer"]))
    assert _hint(monkeypatch, data, "page" + suffix) == TITLE


@pytest.mark.parametrize("charset,meta", [
    ("gb2312", '<meta charset="{charset}">'),
    ("GBK", '<meta http-equiv="Content-Type" content="text/html; charset={charset}">'),
    ("gb18030", "<meta charset='{charset}'>")])
def test_html_honours_its_declared_charset(tmp_path, charset, meta):
    plain = as_txt(tmp_path)
    data = make_page(charset=charset, meta=meta).encode("gb18030")
    doc = read_speech_bytes(data, "page", path="page.html")
    assert passages(doc) == passages(plain)
    assert doc.encoding == "gb18030" and not doc.warnings  # declared, not guessed


def test_html_without_a_charset_is_detected_with_a_warning(tmp_path):
    plain = as_txt(tmp_path, TRAD_SPEECH)
    page = make_page(TRAD_SPEECH, charset=None, site=TRAD_SITE)
    doc = read_speech_bytes(page.encode("big5"), "page", path="page.htm")
    assert passages(doc) == passages(plain)
    assert any("Big5" in w for w in doc.warnings)


@pytest.mark.parametrize("title,h1,expected", [
    (f"{TITLE}_某某新闻网", None, TITLE),
    (f"{TITLE} - 某某市人民政府", None, TITLE),
    (f"{TITLE}|某某日报", None, TITLE),
    (f"{TITLE}｜时政频道｜某某网", None, TITLE),
    (f"某某网 - {TITLE}", None, TITLE),
    ("某某新闻网", TITLE, TITLE),  # the h1 is preferred
    (f"{TITLE}_某某新闻网", "某某新闻网", TITLE),  # an h1 that is the site's name is not the title
])
def test_html_title_hint(title, h1, expected):
    import lxml.html

    from index.formats.web import page_title

    tree = lxml.html.document_fromstring(
        f"<html><head><title>{title}</title></head><body>{f'<h1>{h1}</h1>' if h1 else ''}<p>正文。</p></body></html>")
    assert page_title(tree) == expected


def test_html_falls_back_to_the_body_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    doc = read_speech_bytes(make_page(logo_h1=False).encode("utf-8"), "page", path="page.html")
    lines = SPEECH.strip("\n").split("\n")
    assert all(line in doc.source.split("\n") for line in lines)  # block tags gave the line breaks
    assert SITE["script"] not in doc.source  # scripts are dropped
    plain = as_txt(tmp_path)
    # Without trafilatura the menus stay in the text, so only the headed sections must match.
    headed = [p for p in passages(plain) if p[0].startswith(("一、", "二、"))]
    assert len(headed) >= 6 and all(p in passages(doc) for p in headed)


def test_html_with_no_text(tmp_path):
    for page in ("<html><body><script>x()</script></body></html>", "   \n"):
        with pytest.raises(SpeechError, match="whitespace|empty"):
            read_speech_bytes(page.encode(), "page", path="page.html")


# ---------------------------------------------------------------- one entry point, one set of errors

def test_old_word_doc_is_told_to_be_saved_as_docx(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    for call in (lambda: read_speech_file(write(tmp_path, "旧讲话.doc", ole)),
                 lambda: read_speech_bytes(ole, "旧讲话", path="旧讲话.DOC"),
                 lambda: read_speech_bytes(ole, "旧讲话")):  # no name: known by its bytes
        with pytest.raises(SpeechError, match=r"old Word \.doc file; open it in Word/WPS and save it as \.docx"):
            call()
    with pytest.raises(SpeechError, match="old Word .doc, or a password"):  # named .docx, but is not
        read_speech_bytes(ole, "x", path="x.docx")


def test_unknown_suffixes_list_the_accepted_ones(tmp_path):
    for name in ("slides.pptx", "speech.rtf", "scan.jpg"):
        with pytest.raises(SpeechError) as info:
            read_speech_file(write(tmp_path, name, "同志们：今天开会。".encode()))
        message = str(info.value)
        assert name in message and "\n" not in message
        assert all(suffix in message for suffix in SPEECH_SUFFIXES)


def test_a_file_of_another_format_named_txt(tmp_path):
    with pytest.raises(SpeechError, match=r"is a \.pdf file"):
        read_speech_file(write(tmp_path, "report.txt", make_pdf(pdf_pages())))
    with pytest.raises(SpeechError, match=r"is a \.docx file"):
        read_speech_bytes(make_docx(), "x", path="x.md")


def test_no_suffix_is_read_by_its_bytes():
    assert read_speech_bytes(make_docx(), "upload").format == "docx"
    assert read_speech_bytes(make_pdf(pdf_pages()), "upload").format == "pdf"
    assert read_speech_bytes(make_page().encode(), "upload").format == "html"
    assert read_speech_bytes(SPEECH.encode("gb18030"), "upload").format == "txt"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_devices_fifos_and_folders_are_not_speech_files(tmp_path):
    with pytest.raises(SpeechError, match="/dev/null is not a regular file"):
        read_speech_file("/dev/null")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block: it must be refused before that
    with pytest.raises(SpeechError, match="not a regular file"):
        read_speech_file(fifo)
    with pytest.raises(SpeechError, match="not a regular file"):
        corpus_files([fifo])
    with pytest.raises(SpeechError, match="is a folder"):
        read_speech_file(tmp_path)
    with pytest.raises(SpeechError, match="No such speech file"):
        read_speech_file(tmp_path / "missing.docx")


def test_size_limits_are_on_the_text_and_on_the_file(tmp_path):
    from index.reader import MAX_BYTES, MAX_FILE_BYTES

    assert MAX_FILE_BYTES > MAX_BYTES
    data = make_docx()
    text_bytes = len(read_speech_bytes(data, "x", path="x.docx").source.encode())
    assert len(data) > text_bytes  # a .docx carries far more than its text...
    doc = read_speech_bytes(data, "x", path="x.docx", max_bytes=text_bytes + 10)
    assert doc.passages  # ...so its file size is not held to the text limit
    with pytest.raises(SpeechError, match=r"too large \(.* of text"):
        read_speech_bytes(data, "x", path="x.docx", max_bytes=text_bytes // 2)
    with pytest.raises(SpeechError, match="too large"):
        read_speech_file(write(tmp_path, "x.docx", data), max_file_bytes=len(data) - 1)


def test_a_folder_contributes_every_format(tmp_path):
    assert set(SPEECH_SUFFIXES) == {".txt", ".md", ".docx", ".pdf", ".html", ".htm"}
    write(tmp_path, "a.txt", SPEECH.encode())
    write(tmp_path, "b.docx", make_docx())
    write(tmp_path, "c.pdf", make_pdf(pdf_pages()))
    write(tmp_path, "d.html", make_page().encode())
    write(tmp_path, "e.HTM", make_page().encode())
    write(tmp_path, "f.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    write(tmp_path, ".hidden.docx", make_docx())
    from index.reader import read_corpus

    docs = read_corpus([tmp_path])
    assert [d.id for d in docs] == ["a", "b", "c", "d", "e"]
    assert [d.format for d in docs] == ["txt", "docx", "pdf", "html", "html"]
    assert all(passages(d) == passages(docs[0]) for d in docs)


# ---------------------------------------------------------------- properties

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), name=st.sampled_from(["x.txt", "x.md", "x.docx", "x.pdf", "x.html", "x"]))
def test_any_bytes_give_a_document_or_a_one_line_speech_error(data, name):
    _document_or_one_line_error(data, name)


def _document_or_one_line_error(data: bytes, name: str) -> None:
    """Reading gives a document with text, or a SpeechError of one line: never anything else."""
    try:
        doc = read_speech_bytes(data, "x", path=name)
    except SpeechError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert doc.source.strip()


_VALID = {"x.docx": make_docx(), "x.pdf": make_pdf(pdf_pages()), "x.html": make_page().encode("utf-8")}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(_VALID)), at=st.floats(0, 1), junk=st.binary(min_size=1, max_size=64),
       mode=st.sampled_from(["cut", "overwrite"]))
def test_damaged_files_give_a_document_or_a_one_line_speech_error(name, at, junk, mode):
    data = _VALID[name]
    i = int(at * (len(data) - 1))
    data = data[:i] if mode == "cut" else data[:i] + junk + data[i + len(junk):]
    _document_or_one_line_error(data, name)


@pytest.mark.parametrize("declared,encode", [("gbk", "utf-8"), ("iso-8859-1", "gb18030"), ("utf-16", "utf-8")])
def test_html_with_a_wrong_charset_declaration(tmp_path, declared, encode):
    plain = as_txt(tmp_path)
    doc = read_speech_bytes(make_page(charset=declared).encode(encode), "page", path="page.html")
    assert passages(doc) == passages(plain)
    assert doc.encoding == ("utf-8" if encode == "utf-8" else "gb18030")


# The line above a page's title that dates it, in the shapes pages set it: a WeChat meta row of
# spans, a government site's "发布时间：… 来源：…" div, a <time> element. Extractors drop it with
# the page header; it is kept as the text's first line, where the byline reader finds a page date.
@pytest.mark.parametrize("meta, line", [
    ('<div id="meta"><span>原创</span>\n<span><a href="#">柳溪发布</a></span>\n<em>2025年02月18日 08:30</em></div>',
     "原创 柳溪发布 2025年02月18日 08:30"),
    ('<div class="info">发布时间：2024-05-10 09:00　来源：县政府办</div>', "发布时间：2024-05-10 09:00 来源：县政府办"),
    ('<p class="byline"><time datetime="2023-11-02">2023/11/02</time> 青溪日报</p>', "2023/11/02 青溪日报"),
])
def test_a_pages_date_line_above_its_title_is_kept(tmp_path, meta, line):
    from index.byline import read_byline

    body = "".join(f"<p>{p}</p>" for p in ("同志们：", "今年全县新签约项目46个，总投资128亿元。", "一、抓项目", "要压实责任。"))
    page = (f"<html><head><title>在全县招商引资大会上的讲话_青溪网</title></head><body><div class='logo'>青溪网</div>"
            f"{meta}<h1>在全县招商引资大会上的讲话</h1><div class='article'>{body}</div></body></html>")
    doc = read_speech_bytes(page.encode("utf-8"), "page", path="page.html")
    assert doc.source.splitlines()[0] == line
    byline = read_byline(doc.source, doc.id, doc.title)
    assert byline.published is not None and byline.published.text == line
    assert not any(line in p.text for p in doc.passages)  # a page's line, not what was said


def test_a_page_without_a_date_above_its_title_gains_no_line(tmp_path):
    page = ("<html><head><title>在全县招商引资大会上的讲话</title></head><body><div>原创 青溪发布</div>"
            "<h1>在全县招商引资大会上的讲话</h1><p>同志们：</p><p>今年全县新签约项目46个，总投资128亿元，"
            "比2023年增长12%。</p></body></html>")
    import lxml.html

    from index.formats.web import meta_line

    assert meta_line(lxml.html.document_fromstring(page), "在全县招商引资大会上的讲话") is None
    doc = read_speech_bytes(page.encode("utf-8"), "page", path="page.html")
    assert "2023年" not in doc.source.splitlines()[0]  # a date in the body is no page date


def test_a_dated_link_far_above_the_title_is_not_the_pages_date():
    import lxml.html

    from index.formats.web import meta_line

    links = "".join(f"<li><a href='/n{i}'>2024-0{i % 9 + 1}-10 某某县召开第{i}次会议</a></li>" for i in range(12))
    page = (f"<html><body><div class='side'><ul>{links}</ul></div><div class='nav'><a>首页</a><a>要闻</a>"
            "<a>政务</a><a>图片</a><a>视频</a><a>专题</a></div><div class='crumb'>当前位置：首页 &gt; 要闻</div>"
            "<div class='share'><span>分享</span><span>打印</span><span>关闭</span></div>"
            "<h1>在全县招商引资大会上的讲话</h1><p>同志们：</p><p>今年全县新签约项目46个。</p></body></html>")
    assert meta_line(lxml.html.document_fromstring(page), "在全县招商引资大会上的讲话") is None
