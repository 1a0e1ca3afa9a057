import pytest

from secdesk.services.opening import NetworkPathRefused, open_database
from secdesk.store.location import is_network_path

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
fileserver:/export/kikaku /mnt/kikaku nfs4 rw 0 0
//nas/soumu /mnt/soumu\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path", [r"\\fileserver\share\secdesk.sqlite3", "//nas/soumu/secdesk.sqlite3"]
)
def test_unc_paths_are_network_paths(path):
    assert is_network_path(path, MOUNTS)


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/kikaku/secdesk.sqlite3", True),
        ("/mnt/soumu share/データ/secdesk.sqlite3", True),
        ("/mnt/kikakubu/secdesk.sqlite3", False),  # a prefix of a mount point is not inside it
        ("/home/yamada/secdesk.sqlite3", False),
        ("/tmp/secdesk.sqlite3", False),
    ],
)
def test_mounted_network_file_systems_are_recognised(path, network):
    assert is_network_path(path, MOUNTS) is network


def test_sqlite_on_a_network_path_is_refused_unless_single_user(tmp_path):
    unc = r"\\fileserver\share\secdesk.sqlite3"
    with pytest.raises(NetworkPathRefused, match="PostgreSQL") as refusal:
        open_database(unc)
    assert refusal.value.path == unc


def test_single_user_mode_holds_the_file_with_one_lock(tmp_path):
    import sqlite3

    path = tmp_path / "単独 利用.sqlite3"
    db, _ = open_database(str(path), single_user=True)
    with db.read() as session:
        from sqlalchemy import text

        assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert session.execute(text("PRAGMA locking_mode")).scalar() == "exclusive"
    other = sqlite3.connect(path, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("SELECT count(*) FROM staff").fetchall()
    other.close()
    db.dispose()
