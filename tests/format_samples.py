"""Speech files built for tests from speeches we wrote: .docx, .pdf, saved web pages.

The PDF is written by hand: each character gets its own CID in an Identity-H Type0 font
and a ToUnicode CMap maps the CIDs back to Unicode, which is what text extraction reads.
No font file is embedded or needed.
"""
from __future__ import annotations

import io
from pathlib import Path

from index.reader import read_speech_file

TITLE = "在全市优化营商环境工作会议上的讲话"
SPEECH = f"""{TITLE}
（2024年3月15日）
同志们：
今天召开全市优化营商环境工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。
一、充分认识优化营商环境的重要意义
营商环境是企业生存发展的土壤，也是一个地方的核心竞争力。近年来，全市上下持续深化“放管服”改革，市场主体活力不断增强。
（一）优化营商环境是推动高质量发展的必然要求
一是有利于激发市场活力。好的营商环境能够降低企业成本，让企业安心经营、放心投资。
二是有利于扩大有效投资。项目跟着环境走，资金跟着项目走，环境优则项目聚。
（二）优化营商环境是回应群众期盼的现实需要
企业和群众对办事效率的要求越来越高，我们必须把他们的期盼作为工作的方向。
二、扎实推进今年各项重点任务
（一）提升政务服务效能
一是深化“一网通办”。年内实现高频事项全程网办，办理时限再压缩三分之一。
二是推行“一件事一次办”。围绕企业开办、工程建设等场景，推出一批集成服务。
（二）强化要素保障
要加强用地、用能、融资等要素保障，帮助企业解决实际困难。
同志们，优化营商环境永远在路上。让我们以更加务实的作风，推动全市营商环境持续改善！
"""
# Traditional characters only, so that Big5 can hold it.
TRAD_SPEECH = """在全縣鄉村振興工作會議上的講話
同志們：
今天召開全縣鄉村振興工作會議，主要任務是總結去年工作，安排今年任務。
一、提高認識，增強做好鄉村振興工作的責任感
鄉村振興是一項長期任務，各級幹部要把思想統一到縣委的部署上來。
（一）鞏固脫貧攻堅成果
一是健全防止返貧監測機制。對易返貧人口要早發現、早幹預、早幫扶。
二是穩定就業增收渠道。要加強技能培訓，幫助群眾穩定就業。
二、突出重點，推動各項任務落到實處
要抓好糧食生產，發展特色產業，改善農村人居環境。
同志們，讓我們齊心協力，奮力開創鄉村振興工作新局面！
"""


def passages(doc) -> list[tuple[str, str]]:
    """What a reader of the index gets: each passage's section and text."""
    return [(p.section, p.text) for p in doc.passages]


def as_txt(tmp_path: Path, text: str = SPEECH, name: str = "plain.txt"):
    """The speech read from a UTF-8 .txt: what every other form must match."""
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read_speech_file(f)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


def _heading_level(line: str) -> int:
    """How our test speech marks its own headings (for styling them in Word)."""
    if line[:1] in "一二三四五六七八九" and line[1:2] == "、":
        return 1
    return 2 if line.startswith("（") and line[2:3] == "）" else 0


def make_docx(text: str = SPEECH, *, numbered: bool = False, title_style: str | None = "Title",
              table: list[list[str]] | None = None, core_title: str | None = None) -> bytes:
    """A .docx of the speech as Word users write one: a styled title, styled headings.

    ``numbered`` leaves the "一、"/"（一）" markers out of the text and numbers the headings
    with a Word multilevel list instead, as Word's heading numbering does.
    """
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    if core_title is not None:
        d.core_properties.title = core_title
    if numbered:
        numbering = d.part.numbering_part.element
        numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    lines = text.strip("\n").split("\n")
    for k, line in enumerate(lines):
        level = _heading_level(line)
        if k == 0 and title_style:
            d.add_paragraph(line, style=title_style)
        elif level:
            p = d.add_heading(line[level + 1:] if numbered else line, level=level)
            if numbered:
                p._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level - 1}"/><w:numId w:val="90"/></w:numPr>'))
        else:
            d.add_paragraph(line)
        if table and k == 4:
            t = d.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf_pages(text: str = SPEECH, width: int = 22, per_page: int = 12, footer: str = "- {n} -",
              header: str | None = "某某市人民政府办公室") -> list[list[str]]:
    """Lay the speech out as a PDF would: lines wrapped at ``width``, pages with furniture.

    A wrap never leaves a line ending in final punctuation mid-paragraph (the parser could not
    tell that from a paragraph's end), so wrapped lines join back as the .txt reads.
    """
    from index.headings import LINE_FINAL

    lines = []
    for para in text.strip("\n").split("\n"):
        while len(para) > width:
            cut = width
            while para[cut - 1] in LINE_FINAL or para[cut] in LINE_FINAL:
                cut -= 1
            lines.append(para[:cut])
            para = para[cut:]
        lines.append(para)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    total = len(chunks)
    return [([header] if header and n > 1 else []) + chunk + [footer.format(n=n, total=total)]
            for n, chunk in enumerate(chunks, 1)]


def _stream(body: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(body)} {extra}>>\nstream\n".encode() + body + b"\nendstream"


def _to_unicode(cids: dict[str, int]) -> bytes:
    items = sorted(cids.items(), key=lambda kv: kv[1])
    blocks = []
    for i in range(0, len(items), 100):  # a bfchar block holds at most 100 entries
        chunk = items[i:i + 100]
        pairs = "\n".join(f"<{cid:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for ch, cid in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{pairs}\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(blocks)
            + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()


def make_pdf(pages: list[list[str]], *, image_only: bool = False, letter_spaced: bool = False) -> bytes:
    """A PDF with one page per list of lines, each line drawn below the one before.

    ``image_only`` draws a grey image instead of text (a scan without a text layer);
    ``letter_spaced`` draws each character on its own, a space's width apart, as some
    PDF producers do.
    """
    chars = sorted({c for page in pages for line in page for c in line} | {" "})
    cids = {c: i + 1 for i, c in enumerate(chars)}
    objs: list[bytes] = [b"", b"", b"", b"", b"", b""]  # 1 catalog, 2 pages, 3-6 font parts
    objs[2] = b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H " \
              b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo " \
              b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>"
    objs[4] = _stream(_to_unicode(cids))
    objs[5] = b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] " \
              b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>"
    kids = []
    for lines in pages:
        if image_only:
            objs.append(_stream(b"\x80" * 4, "/Type /XObject /Subtype /Image /Width 2 /Height 2 "
                                "/ColorSpace /DeviceGray /BitsPerComponent 8 "))
            content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {len(objs)} 0 R >> >>"
        else:
            ops = ["BT", "/F1 12 Tf", "72 770 Td"]
            for k, line in enumerate(lines):
                if k:
                    ops.append("0 -18 Td")
                if letter_spaced:
                    ops.append("[" + " ".join(f"<{cids[c]:04X}> -250" for c in line) + "] TJ")
                else:
                    ops.append("<" + "".join(f"{cids[c]:04X}" for c in line) + "> Tj")
            ops.append("ET")
            content = "\n".join(ops).encode()
            resources = "<< /Font << /F1 3 0 R >> >>"
        objs.append(_stream(content))
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} "
                    f"/Contents {len(objs)} 0 R >>".encode())
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


SITE = {"site": "某某新闻网", "home": "首页", "news": "新闻中心", "gov": "政务公开", "crumb": "当前位置",
        "share": "分享到：微信 微博 | 打印本页 | 关闭窗口", "related": "相关新闻",
        "links": ["全市召开安全生产工作会议", "我市举行重点项目集中开工仪式"],
        "footer": ["版权所有：某某新闻网 地址：某某市人民路1号", "京ICP备12345678号-1"], "script": "不是正文的脚本内容"}
TRAD_SITE = {"site": "某某新聞網", "home": "首頁", "news": "新聞中心", "gov": "政務公開", "crumb": "當前位置",
             "share": "分享到：微信 微博 | 列印本頁 | 關閉視窗", "related": "相關新聞",
             "links": ["全市召開安全生產工作會議", "本市舉行重點項目集中開工儀式"],
             "footer": ["版權所有：某某新聞網 地址：某某市人民路1號", "網站標識碼1234567890"],
             "script": "不是正文的腳本內容"}


def make_page(text: str = SPEECH, *, title: str | None = None, charset: str | None = "utf-8",
              meta: str = '<meta charset="{charset}">', logo_h1: bool = True, site: dict = SITE) -> str:
    """A saved news page: the speech as the article, with a site's chrome all around it."""
    import html

    lines = text.strip("\n").split("\n")
    title = f"{lines[0]}_{site['site']}" if title is None else title
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    head = meta.format(charset=charset) if charset else ""
    links = "".join(f'<li><a href="/{k}">{link}</a></li>' for k, link in enumerate(site["links"]))
    return f"""<!DOCTYPE html><html><head>{head}<title>{title}</title>
<script>var tpl = "<p>{site['script']}</p>";</script><style>p {{ margin: 0 }}</style></head><body>
<div class="top"><a href="/">{site['home']}</a> | <a href="/news">{site['news']}</a>
 | <a href="/gov">{site['gov']}</a></div>
{f'<div class="logo"><h1>{site["site"]}</h1></div>' if logo_h1 else ''}
<div class="crumb">{site['crumb']}：{site['home']} &gt; {site['news']}</div>
<div class="main"><h1 class="title">{html.escape(lines[0])}</h1>
<div class="article">{body}</div></div>
<div class="share">{site['share']}</div>
<div class="related"><h3>{site['related']}</h3><ul>{links}</ul></div>
<div class="footer">{"".join(f"<p>{line}</p>" for line in site['footer'])}</div>
</body></html>"""
