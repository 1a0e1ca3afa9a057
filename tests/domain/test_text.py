import pytest

from secdesk.domain.text import (
    bigram_tokens,
    clean_multiline,
    kana_sort_key,
    normalize,
    normalize_code,
    search_key,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("０１２３", "0123"), (" ａ１２　３ ", "A123"), ("ab-12", "AB-12")],
)
def test_codes_fold_full_width_and_drop_spaces(raw, expected):
    assert normalize_code(raw) == expected


def test_normalize_collapses_ideographic_spaces():
    assert normalize("山田\u3000\u3000太郎 ") == "山田 太郎"


def test_half_width_katakana_and_hiragana_sort_alike():
    assert kana_sort_key("ﾔﾏﾀﾞ ﾀﾛｳ") == kana_sort_key("やまだ たろう") == "ヤマダタロウ"


def test_search_key_folds_case_width_and_kana():
    assert search_key("ＵＳＢメモリ") == search_key("usbメモリ") == search_key("ｕｓｂめもり")


def test_free_text_keeps_what_people_typed_but_drops_controls():
    assert clean_multiline("１行目\r\n2行目\x07") == "１行目\n2行目"


def test_bigrams_make_two_character_words_findable():
    tokens = bigram_tokens("個人情報の紛失、USB")
    assert "紛失" in tokens and "個人" in tokens and "us" in tokens
    # punctuation separates runs: no token spans 、
    assert all("、" not in t for t in tokens)
    # the last character of each run is also a token, for one-character queries
    assert "失" in tokens and "b" in tokens


def test_one_line_fields_lose_control_characters_at_their_edges():
    from secdesk.domain.text import clean_line

    # A CR kept at the start became a permanent apostrophe after export and import.
    assert clean_line("\r情報漏えい\r\n") == "情報漏えい"
    assert clean_line("\x00\x1b題名\x7f") == "題名"
    assert clean_line("前\r後") == "前 後"
