"""TableRef: QGIS PostgreSQL data source URIs parsed without QGIS, the twin's layers, the database key."""

from __future__ import annotations

import doctest

import pytest

from dseza_twin.dseza_twin_plugin.core.planning import measures
from dseza_twin.dseza_twin_plugin.store import tableref
from dseza_twin.dseza_twin_plugin.store.tableref import TableRef


def test_a_layer_source_as_qgis_writes_it():
    ref = TableRef.from_uri(
        "dbname='dseza_twin_demo' host=127.0.0.1 port=5432 user='postgres' sslmode=disable key='fid' srid=5899 "
        "type=MultiPolygon checkPrimaryKeyUnicity='0' table=\"twin\".\"buildings\" (geom)",
        height="height_m", floors="floors", gfa="gfa_m2", use="use")
    assert (ref.schema, ref.table, ref.geometry, ref.pk, ref.srid, ref.subset) == (
        "twin", "buildings", "geom", "fid", 5899, "")
    assert (ref.height, ref.floors, ref.gfa, ref.use, ref.code) == ("height_m", "floors", "gfa_m2", "use", "code")
    assert ref.conninfo == "dbname=dseza_twin_demo host=127.0.0.1 port=5432 user=postgres sslmode=disable"
    assert ref.database_key == ("", "127.0.0.1", "", "5432", "dseza_twin_demo", "postgres", "")


def test_service_authcfg_quotes_escapes_and_the_subset():
    ref = TableRef.from_uri(
        r"""service='dseza twin' authcfg=ab12cd3 key='id' table="my \"schema\"".roads (the\)geom) """
        r"""sql="network" = 'road' AND "name" LIKE 'Đường%'""", width="width_m")
    assert ref.schema == 'my "schema"' and ref.table == "roads" and ref.geometry == "the)geom"
    assert ref.subset == "\"network\" = 'road' AND \"name\" LIKE 'Đường%'"
    assert ref.conninfo == "service='dseza twin'" and ref.authcfg == "ab12cd3" and ref.pk == "id"
    assert ref.qualified_name == '"my ""schema"""."roads"'


def test_a_password_is_never_kept():
    ref = TableRef.from_uri("dbname=x user=u password='s3cr\\'et' table=\"public\".\"lots\" (g)")
    assert ref.has_password and "s3cr" not in ref.conninfo and "s3cr" not in repr(ref)
    assert ref.conninfo == "dbname=x user=u"
    with pytest.raises(ValueError) as err:
        TableRef.from_uri("dbname=x password=hunter2 key=fid")
    assert "hunter2" not in str(err.value)


def test_no_schema_means_the_search_path():
    ref = TableRef.from_uri('dbname=x table="lots" (geom)')
    assert ref.schema is None and ref.table == "lots" and ref.qualified_name == '"lots"'


@pytest.mark.parametrize("uri", ["", "dbname=x", "/data/twin.gpkg|layername=parcels", None])
def test_not_a_postgres_table(uri):
    with pytest.raises(ValueError, match="table"):
        TableRef.from_uri(uri)


def test_the_twin_layers():
    lots, blds, roads = (TableRef.twin(n, "pilot") for n in ("parcels", "buildings", "roads"))
    assert (lots.table, lots.green, lots.pk) == ("parcels", "green_area_m2", "fid")
    assert (blds.height, blds.floors, blds.gfa, blds.use) == ("height_m", "floors", "gfa_m2", "use")
    assert (roads.table, roads.width, roads.subset) == ("network_links", "width_m", "\"network\" = 'road'")
    assert {r.schema for r in (lots, blds, roads)} == {"pilot"}
    with pytest.raises(ValueError, match="not 'sensors'"):
        TableRef.twin("sensors")
    with pytest.raises(ValueError, match="Unknown column role"):
        lots.with_columns(colour="red")


def test_docstring_examples():
    for module in (tableref, measures):
        assert doctest.testmod(module).failed == 0, module.__name__
