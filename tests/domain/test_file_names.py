from secdesk.domain.file_names import is_executable, is_reserved, safe_base_name


def test_names_are_reduced_to_a_safe_base_name():
    assert safe_base_name("..\\..\\Startup\\evil.bat") == "evil.bat"
    assert safe_base_name("C:\\evil.exe") == "evil.exe"
    assert safe_base_name("../../etc/passwd") == "passwd"
    assert safe_base_name("\\/server/share") == "share"
    assert safe_base_name("photo\u202egpj.exe") == "photogpj.exe"
    assert safe_base_name("\r報告書.pdf\x00") == "報告書.pdf"
    assert safe_base_name("report.pdf. . ") == "report.pdf"
    assert safe_base_name("a:b.txt") == "a_b.txt"
    assert safe_base_name("..") == "" and safe_base_name("dir/") == ""
    assert safe_base_name("CON.txt") == "_CON.txt" and safe_base_name("lpt1") == "_lpt1"


def test_reserved_and_executable_names():
    assert is_reserved("nul.pdf") and is_reserved("COM3") and not is_reserved("console.txt")
    for name in ("a.EXE", "x.lnk", "y.js", "z.ps1", "w.scr", "v.msi", "s.bat.", "m.xlsm"):
        assert is_executable(name), name
    for name in ("a.pdf", "b.xlsx", "c.txt", "d.png", "exe"):
        assert not is_executable(name), name
