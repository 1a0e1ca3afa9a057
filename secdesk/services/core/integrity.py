"""`secdesk verify`: the database's own integrity check, then the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from secdesk.domain.roles import Permission
from secdesk.i18n import tr
from secdesk.services.core.context import Actor
from secdesk.services.core.trail import ChainReport, verify_chain


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    chain: ChainReport | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.chain is not None and self.chain.ok


def check(db, actor: Actor) -> IntegrityReport:
    actor.require(Permission.READ)
    report = IntegrityReport()
    with db.read() as session:
        if db.dialect == "sqlite":
            results = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if results != ["ok"]:
                report.problems.extend(
                    tr("データベースの整合性エラー: {r}").format(r=r) for r in results[:20]
                )
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(
                    tr("参照先のない行: {table} (rowid {rowid}) → {parent}").format(
                        table=table, rowid=rowid, parent=parent
                    )
                )
        report.chain = verify_chain(session)
    return report
