"""A second secdesk client in its own process, for concurrency and crash tests.

    python -m tests.helpers.worker OPERATION DATABASE [ARG ...]

Operations print one line per step on stdout (flushed), so the parent can wait for a state
or kill the process at a moment of its choosing.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from secdesk.domain.errors import EditConflict
from secdesk.location import resolve
from secdesk.services.app import Services
from secdesk.services.roster.staff import StaffInput
from secdesk.store.database import Database
from secdesk.store.engine import make_engine, url_of
from tests.conftest import ADMIN_PASSWORD, fast_hasher


def say(text: str) -> None:
    print(text, flush=True)


def main(argv: list[str]) -> int:
    operation, database, *rest = argv
    db = Database(make_engine(url_of(resolve(database))))
    services = Services(db, hasher=fast_hasher())
    actor = services.accounts.login("admin", ADMIN_PASSWORD).actor()
    if operation == "edit":
        # Load the record, wait until the parent says go, then save over the version we read.
        staff_id, title, go_file = int(rest[0]), rest[1], Path(rest[2])
        info = services.staff.get(actor, staff_id)
        say("loaded")
        while not go_file.exists():
            time.sleep(0.005)
        try:
            services.staff.update(
                actor,
                staff_id,
                info.version,
                StaffInput(
                    info.staff_number,
                    info.name,
                    info.kana,
                    title=title,
                    department_id=info.department_id,
                ),
            )
            say("saved")
        except EditConflict:
            say("conflict")
    elif operation == "create":
        prefix, count = rest[0], int(rest[1])
        for n in range(count):
            services.staff.create(actor, StaffInput(f"{prefix}{n:05d}", f"並行 {prefix}{n}"))
        say("done")
    elif operation == "import":
        from secdesk.io.tabular import read_table

        table = read_table(rest[0])
        say("start")
        services.roster_import.apply(actor, table, effective=date(2026, 4, 1))
        say("done")
    elif operation == "saves":
        staff_id = int(rest[0])
        n = 0
        while True:
            info = services.staff.get(actor, staff_id)
            services.staff.update(
                actor,
                staff_id,
                info.version,
                StaffInput(
                    info.staff_number, info.name, title=f"回数{n}", department_id=info.department_id
                ),
            )
            n += 1
            say(f"saved {n}")
    elif operation == "backup":
        if len(rest) > 1:  # the parent's backup key, passed as its recovery code
            import base64

            from secdesk.io.sealed import key_from_recovery_code
            from secdesk.secrets import set_secret

            set_secret("backup-key", base64.b64encode(key_from_recovery_code(rest[1])).decode())
        say("start")
        services.backup.backup(actor, rest[0], encrypt=len(rest) > 1)
        say("done")
    elif operation == "export":
        say("start")
        services.roster_export.export(actor, rest[0])
        say("done")
    else:
        raise SystemExit(f"unknown operation {operation}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
