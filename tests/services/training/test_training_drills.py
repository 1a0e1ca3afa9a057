from datetime import date

import pytest

from secdesk.domain.errors import PermissionDenied, ValidationError
from secdesk.io.tabular import read_csv_bytes
from secdesk.services.core.listing import ListQuery
from tests.training_data import build_org, course

HEADER = "id,status,ip,latitude,longitude,send_date,reported,modified_date,email,first_name,last_name,position\n"
SENT = "2026-10-01T00:00:05.123456789Z"


def results(*rows: tuple[str, str, str]) -> bytes:
    lines = [
        f"r{i},{status},198.51.100.{i},35.6,139.7,{SENT},{reported},2026-10-01T02:00:00Z,{email},名,姓,'=主事"
        for i, (email, status, reported) in enumerate(rows)
    ]
    return (HEADER + "\n".join(lines) + "\n").encode()


@pytest.fixture
def org(services, admin):
    return build_org(services, admin)


@pytest.fixture
def drill(services, admin, org):
    return course(
        services,
        admin,
        "PH1",
        "phishing",
        due=date(2026, 10, 1),
        title="標的型攻撃メール訓練 第1回",
    )


FIRST = results(
    ("u0001@city.example.lg.jp", "Clicked Link", "false"),
    ("U0002@CITY.example.lg.jp", "Email Opened", "true"),
    ("u0003@city.example.lg.jp", "Submitted Data", "false"),
    ("u0004@city.example.lg.jp", "Email Sent", "true"),
    ("itaku@vendor.example.co.jp", "Clicked Link", "false"),
    ("u0005@city.example.lg.jp", "Error", "false"),
)


def test_unmatched_addresses_are_listed_not_refused(services, admin, org, drill):
    plan = services.training.gophish.plan(admin, drill.id, read_csv_bytes(FIRST))
    assert plan.ok and plan.unmatched == [(6, "itaku@vendor.example.co.jp")]
    result = services.training.gophish.apply(admin, drill.id, read_csv_bytes(FIRST))
    assert (result.created, result.unmatched) == (5, 1)
    summary = services.training.drills.summary(admin, drill.id)
    counts = summary.counts
    assert (counts.sent, counts.opened, counts.clicked, counts.submitted, counts.reported) == (
        4,
        3,
        2,
        1,
        2,
    )
    assert summary.not_sent == 1 and counts.rate("clicked") == pytest.approx(50.0)
    by_department = {row.code: row.counts.clicked for row in summary.departments}
    assert by_department == {"110": 1, "130": 0, "330": 1}  # 佐藤 counts for 税務課 since April


def test_nothing_but_the_outcome_is_stored(services, admin, org, drill):
    services.training.gophish.apply(admin, drill.id, read_csv_bytes(FIRST))
    with services.db.read() as session:
        from sqlalchemy import inspect

        columns = {c["name"] for c in inspect(session.connection()).get_columns("drill_result")}
    assert not columns & {"ip", "latitude", "longitude", "position", "email"}
    entry = services.trail.recent(admin, 1, entity="drill_result")[0]
    assert "198.51.100" not in entry.details and "主事" not in entry.details


def test_malformed_row_refuses_the_file(services, admin, org, drill):
    bad = FIRST + b"r9,Email Sent,,,,soon,false,2026-10-01T02:00:00Z,u0006@city.example.lg.jp,,,\n"
    with pytest.raises(ValidationError) as error:
        services.training.gophish.apply(admin, drill.id, read_csv_bytes(bad))
    assert [p.line for p in error.value.problems] == [8]
    assert services.training.drills.latest(admin) is None


def test_later_file_only_moves_forward(services, admin, org, drill):
    services.training.gophish.apply(admin, drill.id, read_csv_bytes(FIRST))
    later = results(
        ("u0001@city.example.lg.jp", "Email Opened", "true"),  # was clicked: stays clicked
        ("u0002@city.example.lg.jp", "Clicked Link", "true"),
        ("u0005@city.example.lg.jp", "Email Sent", "false"),
    )
    plan = services.training.gophish.plan(admin, drill.id, read_csv_bytes(later))
    assert {e.staff_number: e.stage.value for e in plan.updated} == {
        "0001": "clicked",
        "0002": "clicked",
        "0005": "sent",
    }
    services.training.gophish.apply(admin, drill.id, read_csv_bytes(later))
    counts = services.training.drills.summary(admin, drill.id).counts
    assert (counts.sent, counts.clicked, counts.reported) == (5, 3, 3)


def test_only_drills_take_gophish_results(services, admin, org):
    plain = course(services, admin)
    with pytest.raises(ValidationError, match="標的型攻撃メール訓練"):
        services.training.gophish.plan(admin, plain.id, read_csv_bytes(FIRST))


def test_repeat_clickers_across_drills_and_follow_up(services, admin, org, drill):
    second = course(services, admin, "PH2", "phishing", due=date(2026, 11, 10))
    services.training.gophish.apply(admin, drill.id, read_csv_bytes(FIRST))
    services.training.gophish.apply(
        admin,
        second.id,
        read_csv_bytes(
            results(
                ("u0001@city.example.lg.jp", "Clicked Link", "false"),
                ("u0003@city.example.lg.jp", "Email Opened", "true"),
                ("u0004@city.example.lg.jp", "Submitted Data", "false"),
            )
        ),
    )
    source = services.training.drills.repeat_clickers()
    ids = source.ids(admin, ListQuery())
    rows = source.rows(admin, ids)
    assert [rows[i].values[0] for i in ids] == ["0001"]
    assert rows[ids[0]].values[3:6] == (2, 2, 0)
    assert source.count(admin, ListQuery().with_filters(min_clicks=1)) == 3
    assert services.training.drills.latest(admin).course.code == "PH2"

    follow = course(services, admin, "FU1", "other", title="フォローアップ研修")
    assigned = services.training.drills.assign_follow_up(admin, second.id, follow.id)
    assert assigned == 2
    summary = services.training.status.course_summary(admin, follow.id)
    assert summary.target == 2
    assert services.training.courses.get(admin, follow.id).follow_up_of_id == second.id
    # assigning again changes nobody
    services.training.drills.assign_follow_up(admin, second.id, follow.id)
    assert services.training.status.course_summary(admin, follow.id).target == 2


@pytest.mark.parametrize("role", ["auditor", "viewer"])
def test_drill_writes_are_refused_to_readers(services, admin, org, drill, make_user, role):
    actor = make_user(f"u_{role}", role)
    follow = course(services, admin, "FU1", "other")
    with pytest.raises(PermissionDenied):
        services.training.gophish.apply(actor, drill.id, read_csv_bytes(FIRST))
    with pytest.raises(PermissionDenied):
        services.training.drills.assign_follow_up(actor, drill.id, follow.id)
