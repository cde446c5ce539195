"""A PostGIS store named with an authcfg id: the credentials come from the QGIS authentication
database at connection time, and never appear in the store string."""

import uuid

import psycopg
import pytest

from dseza_twin.dseza_twin_plugin.store import StoreConnectionError, open_store
from dseza_twin.dseza_twin_plugin.toolbelt.auth import qgis_credentials


@pytest.fixture
def login_role(pg_store_address):
    conninfo = pg_store_address.split(" schema=")[0]
    role = "dseza_auth_{}".format(uuid.uuid4().hex[:8])
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE ROLE {} LOGIN".format(role))
    yield conninfo, role
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("DROP ROLE {}".format(role))


def test_authcfg_supplies_the_user(auth, login_role):
    conninfo, role = login_role
    authcfg = auth("Basic", username=role, password="unused-with-trust")
    address = "{} authcfg={}".format(conninfo.replace("user=postgres", ""), authcfg)
    with open_store(address, credentials=qgis_credentials) as store:
        assert store.query("SELECT current_user") == [(role,)]
        uri, provider = store.layer_source("parcels")
        assert "authcfg={}".format(authcfg) in uri and "unused-with-trust" not in uri
    with pytest.raises(StoreConnectionError, match="does not exist in this QGIS profile"):
        open_store("{} authcfg=nope123".format(conninfo), credentials=qgis_credentials).query("SELECT 1")
    with pytest.raises(StoreConnectionError, match="no QGIS authentication database"):
        open_store(address).query("SELECT 1")
