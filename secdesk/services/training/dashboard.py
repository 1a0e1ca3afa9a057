"""Dashboard tiles of the training register; each leads to the list behind its number."""

from __future__ import annotations

from sqlalchemy import select

from secdesk.domain.fiscal import fiscal_year
from secdesk.domain.training import CourseKind, format_rate
from secdesk.i18n import tr
from secdesk.services.core.context import Actor
from secdesk.services.core.dashboard import Tile, provider
from secdesk.services.core.listing import STATE_DONE, STATE_OVERDUE
from secdesk.services.training.drills import summarise_drill
from secdesk.services.training.status import summarise
from secdesk.store.models import Course, DrillResult


@provider(order=20)
def training_tiles(services, actor: Actor) -> list[Tile]:
    today = services.clock.today()
    year = fiscal_year(today)
    group = tr("研修・訓練")
    tiles: list[Tile] = []
    with services.db.read() as session:
        course = session.scalar(
            select(Course)
            .where(
                Course.fiscal_year == year,
                Course.kind == CourseKind.ALL_STAFF.value,
                Course.withdrawn_at.is_(None),
            )
            .order_by(Course.due_date, Course.id)
            .limit(1)
        )
        drill = session.scalar(
            select(Course)
            .where(
                Course.kind == CourseKind.PHISHING.value,
                Course.withdrawn_at.is_(None),
                Course.id.in_(select(DrillResult.course_id).where(DrillResult.sent.is_(True))),
            )
            .order_by(Course.due_date.desc(), Course.id.desc())
            .limit(1)
        )
        summary = summarise(session, course, today) if course is not None else None
        drill_summary = summarise_drill(session, drill) if drill is not None else None
    if summary is None:
        tiles.append(
            Tile(
                "training_all_staff",
                tr("全職員研修の受講率（今年度）"),
                "—",
                tr("今年度の全職員研修が登録されていません"),
                section="training",
                filters={"fiscal_year": year},
                group=group,
            )
        )
    else:
        info = summary.course
        tiles.append(
            Tile(
                "training_all_staff",
                tr("全職員研修の受講率（今年度）"),
                format_rate(summary.rate),
                tr("完了 {done:,} / 対象 {due:,} 名・期限 {day}").format(
                    done=summary.completed,
                    due=summary.target - summary.exempt,
                    day=info.due_date.isoformat(),
                ),
                state=summary.state,
                section="training",
                filters={"course_id": info.id, "tab": "departments"},
                group=group,
            )
        )
        below = len(summary.below_target)
        tiles.append(
            Tile(
                "training_below_target",
                tr("目標未達の所属"),
                f"{below:,}",
                tr("目標 {rate}%・{title}").format(rate=info.target_rate, title=info.title),
                state=STATE_DONE
                if below == 0
                else (STATE_OVERDUE if summary.days_left < 0 else None),
                section="training",
                filters={"course_id": info.id, "tab": "departments", "below_target": True},
                group=group,
            )
        )
    if drill_summary is not None:
        counts = drill_summary.counts
        tiles.append(
            Tile(
                "training_drill_clicks",
                tr("最新の訓練のクリック率"),
                format_rate(counts.rate("clicked")),
                tr("{title}（{day}）クリック {n:,} / 送信 {sent:,} 名").format(
                    title=drill_summary.course.title,
                    day=drill_summary.course.due_date.isoformat(),
                    n=counts.clicked,
                    sent=counts.sent,
                ),
                section="training",
                filters={"course_id": drill_summary.course.id, "tab": "drill"},
                group=group,
            )
        )
    return tiles
