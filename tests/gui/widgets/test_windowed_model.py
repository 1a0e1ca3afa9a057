"""The list model while a person types: each key starts a new query; the full id list of the
query it replaces is cancelled (it would otherwise hold the only background thread a two-core
PC's list loads get), and keeping the selection after a reload needs no scan of every id."""

from __future__ import annotations

from array import array

from secdesk.gui.tasks import Cancelled, Progress, TaskRunner
from secdesk.gui.widgets.windowed_model import FIRST_PAGE, WindowedTableModel
from secdesk.services.core.listing import ColumnSpec, ListQuery, ListRow


class NumberSource:
    """Ids 1…n whose text contains the query, as a register's ListSource gives them."""

    def __init__(self, n: int) -> None:
        self.all = list(range(1, n + 1))

    def columns(self):
        return [ColumnSpec("n", "番号")]

    def _match(self, query):
        return [i for i in self.all if query.text in str(i)]

    def count(self, actor, query):
        return len(self._match(query))

    def ids(self, actor, query, limit=None, progress=None):
        found = self._match(query)
        if limit is None and progress is not None:
            progress.check()
        return array("q", found[:limit] if limit is not None else found)

    def rows(self, actor, ids):
        return {i: ListRow(i, (i,)) for i in ids}


class HeldRunner(TaskRunner):
    """Reads (count and first page) run at once; full loads wait until `finish()`, as a full
    load of a million ids does while the person types the next key."""

    def __init__(self) -> None:
        super().__init__(inline=True)
        self.held: list[tuple[Progress, object, object, object]] = []

    def bulk(self, fn, on_done=None, on_error=None):
        task = _HeldTask()
        self.held.append((task, fn, on_done, on_error))
        return task

    def finish(self) -> None:
        for task, fn, on_done, on_error in self.held:
            try:
                result = fn(task.progress)
            except Cancelled as error:
                on_error(error)
            else:
                on_done(result)
        self.held.clear()


class _HeldTask:
    def __init__(self) -> None:
        self.progress = Progress()

    def cancel(self) -> None:
        self.progress.cancel()


def test_typing_cancels_the_full_load_of_every_query_it_replaces(qtbot, qtmodeltester):
    runner = HeldRunner()
    model = WindowedTableModel(NumberSource(50_000), actor=None, runner=runner)
    failures = []
    model.failed.connect(failures.append)
    for text in ("1", "12", "2"):  # one query per key, each with more than a first page
        model.set_query(ListQuery(text=text))
    assert [task.progress.cancelled for task, *_ in runner.held] == [True, True, False]
    with qtbot.waitSignal(model.loaded):
        runner.finish()
    assert failures == []  # a cancelled load is no error
    assert model.total == len([i for i in range(1, 50_001) if "2" in str(i)]) > 200
    assert model.complete and model.id_at(model.total - 1) == 49992
    qtmodeltester.check(model)


def test_the_first_page_shows_before_the_full_load(qtbot):
    runner = HeldRunner()
    model = WindowedTableModel(NumberSource(5000), actor=None, runner=runner)
    model.set_query(ListQuery())
    assert model.rowCount() == 5000 and not model.complete
    assert model.id_at(FIRST_PAGE - 1) == FIRST_PAGE and model.id_at(FIRST_PAGE) is None
    runner.finish()
    assert model.complete and model.id_at(4999) == 5000


def test_a_record_is_found_again_near_where_it_was(qtbot):
    model = WindowedTableModel(NumberSource(5000), actor=None, runner=TaskRunner(inline=True))
    model.set_query(ListQuery())
    assert model.row_of(3000, near=2999) == 2999
    assert model.row_of(3000, near=10) == 2999  # not near: the scan still finds it
    assert model.row_of(9999, near=10) is None
