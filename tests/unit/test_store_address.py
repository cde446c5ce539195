import pytest

from dseza_twin.dseza_twin_plugin.store import StoreAddressError, parse_store_address


def test_gpkg_path():
    address = parse_store_address(" out/danang_twin.GPKG ")
    assert address.kind == "gpkg" and address.path == "out/danang_twin.GPKG"


def test_service_with_authcfg_and_schema():
    address = parse_store_address("service=dseza authcfg=ab12cd3 schema=pilot")
    assert address.kind == "postgis"
    assert address.params == {"service": "dseza"}
    assert address.authcfg == "ab12cd3" and address.schema == "pilot"
    assert address.libpq_conninfo() == "service=dseza"
    assert str(address) == "service=dseza authcfg=ab12cd3 schema=pilot"


def test_quoted_values_and_default_schema():
    address = parse_store_address("dbname='twin db' host=127.0.0.1 port=5432 user=postgres")
    assert address.schema == "twin"
    assert address.params["dbname"] == "twin db"
    assert "dbname='twin db'" in address.libpq_conninfo()


@pytest.mark.parametrize("text, words", [
    ("", "No twin store"),
    ("out/twin.sqlite", "neither a GeoPackage"),
    ("dbname=twin password=secret", "password must not be written"),
    ("host=127.0.0.1", "neither a service nor a database"),
    ("service=x schema=drop;table", "not a plain identifier"),
    ("service=x colour=blue", "not a PostgreSQL connection option"),
])
def test_bad_addresses_explain_themselves(text, words):
    with pytest.raises(StoreAddressError, match=words):
        parse_store_address(text)

