"""Incident files as people write them (issue 16): the limit of 本人の数 stated once."""

from secdesk.domain.timezone import TOKYO
from secdesk.io.tabular import read_csv_bytes


def test_persons_limit_is_stated_and_the_label_not_doubled(services, admin):
    text = (
        "種別,件名,発見日時,本人の数\r\n"
        "ヒヤリハット,多すぎる,2026-04-01 10:00,100000001\r\n"
        "ヒヤリハット,数でない,2026-04-01 10:00,たくさん\r\n"
        'ヒヤリハット,上限ちょうど,2026-04-01 10:00,"100,000,000"\r\n'
    )
    plan = services.incident_import.plan(admin, read_csv_bytes(text.encode("cp932")))
    messages = {p.line: str(p) for p in plan.errors}
    assert sorted(messages) == [2, 3]
    for message in messages.values():
        assert message.count("本人の数") == 1 and "100,000,000 以下" in message
    assert [r.data.persons_affected for r in plan.rows] == [100_000_000]


def test_dates_as_offices_write_them_and_each_bad_date_named_once(services, admin):
    """The incident import reads the days the attendance import reads (io.dates): 和暦 in full
    and abbreviated, 年月日 with full-width digits, and Excel's serial numbers in a CSV."""
    text = (
        "種別,件名,発生日時,発見日時\r\n"
        "ヒヤリハット,和暦,令和7年5月12日,R7.6.3 9:30\r\n"
        "ヒヤリハット,元年,H31.4.30,令和元年5月1日\r\n"
        "ヒヤリハット,全角,２０２５年７月１日,45839.5\r\n"
        "ヒヤリハット,読めない,いつか,2025-07-01 10:00\r\n"
        "ヒヤリハット,発見が読めない,,R7.13.1\r\n"
    )
    plan = services.incident_import.plan(admin, read_csv_bytes(text.encode("cp932")))

    def shown(moment):
        return moment.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M")

    assert [(shown(r.data.occurred_at), shown(r.data.discovered_at)) for r in plan.rows] == [
        ("2025-05-12 00:00", "2025-06-03 09:30"),
        ("2019-04-30 00:00", "2019-05-01 00:00"),
        ("2025-07-01 00:00", "2025-07-01 12:00"),
    ]
    errors = [(p.line, str(p)) for p in plan.errors]
    assert [line for line, _ in errors] == [5, 6]  # each bad date once
    assert "「いつか」" in errors[0][1] and "「R7.13.1」" in errors[1][1]
