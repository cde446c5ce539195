"""The plugin names missing or too old Python packages instead of failing with a traceback."""


def test_dependencies_present_and_reported_when_missing(monkeypatch):
    from dseza_twin.dseza_twin_plugin.toolbelt import dependencies

    assert dependencies.missing_dependencies() == []
    monkeypatch.setitem(dependencies.REQUIRED, "no_such_module_xyz", ("no-such-dist", 1, "testing"))
    monkeypatch.setitem(dependencies.REQUIRED, "pytest", ("pytest", 99, "testing"))
    problems = dependencies.missing_dependencies()
    assert "no-such-dist is not installed (needed for testing)" in problems
    assert any(p.startswith("pytest ") and "too old (version 99 or newer" in p for p in problems)
