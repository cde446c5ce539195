"""No password in any file the plugin writes: connect to a PostGIS store through a password-protected authcfg,
add the twin's layers, run an algorithm, save the project (.qgz and .qgs) and the settings, then scan every
file written (project, settings, QGIS's message log) for the password."""

from __future__ import annotations

import logging
import uuid
import zipfile

import psycopg
import pytest


@pytest.fixture
def login(pg_store_address):
    from psycopg import sql

    conninfo = pg_store_address.split(" schema=")[0]
    role = "dseza_pw_{}".format(uuid.uuid4().hex[:8])
    password = "pw-{}-secret".format(uuid.uuid4().hex)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)))
    yield conninfo, role, password
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_no_password_in_project_settings_or_log(plugin, auth, login, pg_store_address, tmp_path, caplog):
    from qgis import processing
    from qgis.core import QgsApplication, QgsProject, QgsSettings

    from dseza_twin.dseza_twin_plugin.gui.twin_layers import add_store_layers
    from dseza_twin.dseza_twin_plugin.store import open_store

    conninfo, role, password = login
    with open_store(pg_store_address) as store:  # made by the superuser, used by the login
        store.create_or_upgrade()
        store.query("GRANT USAGE ON SCHEMA {0} TO {1}; GRANT SELECT ON ALL TABLES IN SCHEMA {0} TO {1}".format(
            store.address.schema, role))
    authcfg = auth("Basic", username=role, password=password)
    address = "{} authcfg={} schema={}".format(conninfo.replace("user=postgres", "").strip(), authcfg,
                                             pg_store_address.split("schema=")[1])
    messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, *args: messages.append(text))
    with caplog.at_level(logging.DEBUG):
        project = QgsProject()
        added = add_store_layers(address, project)
        assert added.layers and all(layer.isValid() for layer in added.layers.values())
        processing.run("dsezatwin:createstore", {"STORE": address})  # up to date: read, nothing written
        assert project.write(str(tmp_path / "twin.qgs")) and project.write(str(tmp_path / "twin.qgz"))
        settings = QgsSettings()
        settings.setValue("dseza_twin/test_store", address)
        settings.sync()
        written_settings = open(settings.fileName(), "rb").read()
        settings.remove("dseza_twin/test_store")
    written = {str(p): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    with zipfile.ZipFile(tmp_path / "twin.qgz") as archive:
        written.update({"twin.qgz/" + n: archive.read(n) for n in archive.namelist()})
    written[settings.fileName()] = written_settings
    written["log"] = "\n".join(messages + [r.getMessage() for r in caplog.records]).encode()
    assert any(authcfg.encode() in content for content in written.values())  # the id is what is kept
    leaks = [name for name, content in written.items() if password.encode() in content]
    assert leaks == []
