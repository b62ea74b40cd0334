"""The one pattern of a written date (index/dates.py) that the title, byline and cut-off finders share."""
import pytest

from index.dates import DATE_LINE, SIGN_DATE


@pytest.mark.parametrize("line", ["2025年11月5日", "二〇二一年三月五日", "（2021年3月）", "(2024年12月30日)",
                                  "2023-06-01", "２０２４年１月８日", "二○二二年十月"])
def test_a_date_on_its_own_line_is_a_date_line(line):
    assert DATE_LINE.match(line)


@pytest.mark.parametrize("line", ["2026年工作打算", "2025年11月5日召开全县大会", "一、2024年工作回顾",
                                  "县交通运输局党组"])
def test_a_title_or_a_sentence_with_a_date_is_not(line):
    assert not DATE_LINE.match(line)


def test_a_signature_date_needs_its_day():
    assert SIGN_DATE.match("2025年11月5日") and SIGN_DATE.match("二〇二五年十一月五日")
    assert not SIGN_DATE.match("2025年11月") and not SIGN_DATE.match("（2025年11月5日）")
