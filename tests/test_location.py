import pytest

from secdesk import location
from secdesk.location import is_network_path, local_register_with_accounts, resolve
from secdesk.services.core.opening import NetworkPathRefused, open_database

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
fileserver:/export/kikaku /mnt/kikaku nfs4 rw 0 0
//nas/soumu /mnt/soumu\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path",
    [r"\\fileserver\share\secdesk.sqlite3", "//nas/soumu/secdesk.sqlite3", r"\/server/share/x"],
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


def test_dot_dot_and_symlinks_are_resolved_before_the_check(tmp_path):
    assert is_network_path("/tmp/../mnt/kikaku/secdesk.sqlite3", MOUNTS)
    link = tmp_path / "looks-local"
    link.symlink_to("/mnt/kikaku")
    assert is_network_path(link / "secdesk.sqlite3", MOUNTS)
    assert not is_network_path(tmp_path / "secdesk.sqlite3", MOUNTS)


def test_windows_asks_the_drive_type_of_the_resolved_path():
    asked = []

    def drive_type(root):  # GetDriveTypeW: 4 is DRIVE_REMOTE, 3 DRIVE_FIXED
        asked.append(root)
        return 4 if root == "Z:\\" else 3

    assert location.windows_network(r"Z:\台帳\secdesk.sqlite3", drive_type)
    assert not location.windows_network(r"C:\Users\yamada\secdesk.sqlite3", drive_type)
    assert asked == ["Z:\\", "C:\\"]
    assert location.windows_network(r"\\nas\soumu\secdesk.sqlite3", drive_type)


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


def test_a_local_register_with_accounts_is_recognised_without_the_data_layer(tmp_path, monkeypatch):
    from secdesk.services.app import Services
    from tests.conftest import ADMIN_PASSWORD, fast_hasher

    monkeypatch.delenv("SECDESK_DATABASE_URL", raising=False)
    path = tmp_path / "テスト 用" / "secdesk.sqlite3"
    assert local_register_with_accounts(resolve(str(path))) is None  # no file yet
    db, _ = open_database(str(path))
    assert local_register_with_accounts(resolve(str(path))) is None  # no accounts yet
    Services(db, hasher=fast_hasher()).accounts.create_first_admin("kanri", ADMIN_PASSWORD)
    db.dispose()
    written = path.stat().st_mtime_ns
    assert local_register_with_accounts(resolve(str(path))) == path.absolute()
    assert path.stat().st_mtime_ns == written  # a look, not a write
    monkeypatch.setenv("SECDESK_DATABASE_URL", str(path))
    assert local_register_with_accounts(resolve(None)) == path.absolute()

    import sqlite3

    with sqlite3.connect(path) as con:  # as a register of the previous version would be
        con.execute("UPDATE alembic_version SET version_num = '0005'")
    assert local_register_with_accounts(resolve(str(path))) is None  # the upgrade comes first

    assert local_register_with_accounts(resolve("postgresql://127.0.0.1/test")) is None
    (tmp_path / "not-a-register.sqlite3").write_bytes(b"Excel file, renamed" * 100)
    assert local_register_with_accounts(resolve(str(tmp_path / "not-a-register.sqlite3"))) is None
    monkeypatch.setattr(location, "is_network_path", lambda p, mounts=None: True)
    assert local_register_with_accounts(resolve(str(path))) is None  # asked about first
