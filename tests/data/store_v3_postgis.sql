--
-- PostgreSQL database dump
--

\restrict G4z1h8aK0vypVg1OkI355jss2i7u4Xn9VayhoUshdrb0h9vn4DVyAyqAidOfIJv

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: store_v3; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA store_v3;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alerts; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.alerts (
    fid bigint NOT NULL,
    sensor_id bigint,
    zone_code text,
    rule text NOT NULL,
    window_start timestamp with time zone,
    window_end timestamp with time zone,
    value double precision,
    limit_value double precision,
    status text DEFAULT 'open'::text NOT NULL,
    geom public.geometry(Point,5899),
    CONSTRAINT ck_status_values CHECK (((status IS NULL) OR (status = ANY (ARRAY['open'::text, 'acknowledged'::text, 'closed'::text]))))
);


--
-- Name: TABLE alerts; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.alerts IS 'Alerts';


--
-- Name: alerts_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.alerts_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerts_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.alerts_fid_seq OWNED BY store_v3.alerts.fid;


--
-- Name: buildings; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.buildings (
    fid bigint NOT NULL,
    code text NOT NULL,
    parcel_code text,
    name text,
    height_m double precision,
    floors bigint,
    gfa_m2 double precision,
    use text,
    source text DEFAULT 'estimate'::text NOT NULL,
    ifc_guid text,
    project_id text,
    geom public.geometry(MultiPolygon,5899),
    CONSTRAINT ck_floors_nonneg CHECK (((floors IS NULL) OR (floors >= 0))),
    CONSTRAINT ck_gfa_m2_nonneg CHECK (((gfa_m2 IS NULL) OR (gfa_m2 >= (0)::double precision))),
    CONSTRAINT ck_height_m_nonneg CHECK (((height_m IS NULL) OR (height_m >= (0)::double precision))),
    CONSTRAINT ck_source_values CHECK (((source IS NULL) OR (source = ANY (ARRAY['survey'::text, 'ifc'::text, 'estimate'::text]))))
);


--
-- Name: TABLE buildings; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.buildings IS 'Buildings';


--
-- Name: buildings_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.buildings_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: buildings_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.buildings_fid_seq OWNED BY store_v3.buildings.fid;


--
-- Name: construction_projects; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.construction_projects (
    fid bigint NOT NULL,
    code text NOT NULL,
    permit_no text,
    parcel_code text,
    name text,
    phase text,
    planned_start date,
    planned_end date,
    actual_start date,
    actual_end date,
    progress_pct double precision,
    status text DEFAULT 'planned'::text NOT NULL,
    geom public.geometry(MultiPolygon,5899),
    CONSTRAINT ck_progress_pct_pct CHECK (((progress_pct IS NULL) OR ((progress_pct >= (0)::double precision) AND (progress_pct <= (100)::double precision)))),
    CONSTRAINT ck_status_values CHECK (((status IS NULL) OR (status = ANY (ARRAY['planned'::text, 'permitted'::text, 'under_construction'::text, 'completed'::text, 'suspended'::text]))))
);


--
-- Name: TABLE construction_projects; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.construction_projects IS 'Construction projects';


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.construction_projects_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.construction_projects_fid_seq OWNED BY store_v3.construction_projects.fid;


--
-- Name: functional_areas; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.functional_areas (
    fid bigint NOT NULL,
    code text NOT NULL,
    name_vi text,
    name_en text,
    kind text NOT NULL,
    district text,
    established date,
    operator text,
    published_area_ha double precision,
    geom public.geometry(MultiPolygon,5899),
    CONSTRAINT ck_kind_values CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['high_tech_park'::text, 'it_park'::text, 'industrial_park'::text, 'ftz'::text])))),
    CONSTRAINT ck_published_area_ha_nonneg CHECK (((published_area_ha IS NULL) OR (published_area_ha >= (0)::double precision)))
);


--
-- Name: TABLE functional_areas; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.functional_areas IS 'Functional areas';


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.functional_areas_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.functional_areas_fid_seq OWNED BY store_v3.functional_areas.fid;


--
-- Name: network_links; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.network_links (
    fid bigint NOT NULL,
    code text NOT NULL,
    network text NOT NULL,
    name text,
    area_code text,
    capacity double precision,
    unit text,
    width_m double precision,
    lanes bigint,
    diameter_mm double precision,
    voltage_kv double precision,
    geom public.geometry(MultiLineString,5899),
    CONSTRAINT ck_capacity_nonneg CHECK (((capacity IS NULL) OR (capacity >= (0)::double precision))),
    CONSTRAINT ck_diameter_mm_nonneg CHECK (((diameter_mm IS NULL) OR (diameter_mm >= (0)::double precision))),
    CONSTRAINT ck_lanes_nonneg CHECK (((lanes IS NULL) OR (lanes >= 0))),
    CONSTRAINT ck_network_values CHECK (((network IS NULL) OR (network = ANY (ARRAY['road'::text, 'water'::text, 'wastewater'::text, 'drainage'::text, 'power'::text, 'telecom'::text])))),
    CONSTRAINT ck_voltage_kv_nonneg CHECK (((voltage_kv IS NULL) OR (voltage_kv >= (0)::double precision))),
    CONSTRAINT ck_width_m_nonneg CHECK (((width_m IS NULL) OR (width_m >= (0)::double precision)))
);


--
-- Name: TABLE network_links; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.network_links IS 'Network links';


--
-- Name: network_links_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.network_links_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: network_links_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.network_links_fid_seq OWNED BY store_v3.network_links.fid;


--
-- Name: network_nodes; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.network_nodes (
    fid bigint NOT NULL,
    code text NOT NULL,
    network text NOT NULL,
    kind text,
    name text,
    area_code text,
    capacity double precision,
    unit text,
    geom public.geometry(Point,5899),
    CONSTRAINT ck_capacity_nonneg CHECK (((capacity IS NULL) OR (capacity >= (0)::double precision))),
    CONSTRAINT ck_network_values CHECK (((network IS NULL) OR (network = ANY (ARRAY['road'::text, 'water'::text, 'wastewater'::text, 'drainage'::text, 'power'::text, 'telecom'::text]))))
);


--
-- Name: TABLE network_nodes; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.network_nodes IS 'Network nodes';


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.network_nodes_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.network_nodes_fid_seq OWNED BY store_v3.network_nodes.fid;


--
-- Name: parcels; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.parcels (
    fid bigint NOT NULL,
    code text NOT NULL,
    zone_code text,
    area_code text,
    land_use text,
    status text DEFAULT 'available'::text NOT NULL,
    tenant text,
    investor text,
    sector text,
    lease_start date,
    lease_end date,
    registered_capital_usd double precision,
    employees bigint,
    is_public boolean,
    area_m2 double precision,
    green_area_m2 double precision,
    geom public.geometry(MultiPolygon,5899),
    CONSTRAINT ck_area_m2_nonneg CHECK (((area_m2 IS NULL) OR (area_m2 >= (0)::double precision))),
    CONSTRAINT ck_employees_nonneg CHECK (((employees IS NULL) OR (employees >= 0))),
    CONSTRAINT ck_green_area_m2_nonneg CHECK (((green_area_m2 IS NULL) OR (green_area_m2 >= (0)::double precision))),
    CONSTRAINT ck_land_use_values CHECK (((land_use IS NULL) OR (land_use = ANY (ARRAY['industrial'::text, 'warehouse'::text, 'rnd'::text, 'services'::text, 'housing'::text, 'green'::text, 'infrastructure'::text, 'transport'::text, 'mixed'::text])))),
    CONSTRAINT ck_lease_order CHECK (((lease_end IS NULL) OR (lease_start IS NULL) OR (lease_end >= lease_start))),
    CONSTRAINT ck_registered_capital_usd_nonneg CHECK (((registered_capital_usd IS NULL) OR (registered_capital_usd >= (0)::double precision))),
    CONSTRAINT ck_status_values CHECK (((status IS NULL) OR (status = ANY (ARRAY['available'::text, 'reserved'::text, 'leased'::text, 'under_construction'::text, 'operating'::text]))))
);


--
-- Name: TABLE parcels; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.parcels IS 'Land lots';


--
-- Name: parcels_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.parcels_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parcels_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.parcels_fid_seq OWNED BY store_v3.parcels.fid;


--
-- Name: planning_zones; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.planning_zones (
    fid bigint NOT NULL,
    code text NOT NULL,
    area_code text,
    name text,
    land_use text NOT NULL,
    plan_level text,
    max_coverage_pct double precision,
    max_far double precision,
    max_height_m double precision,
    max_floors bigint,
    min_green_pct double precision,
    min_setback_m double precision,
    allowed_uses text,
    plan_decision text,
    geom public.geometry(MultiPolygon,5899),
    CONSTRAINT ck_land_use_values CHECK (((land_use IS NULL) OR (land_use = ANY (ARRAY['industrial'::text, 'warehouse'::text, 'rnd'::text, 'services'::text, 'housing'::text, 'green'::text, 'infrastructure'::text, 'transport'::text, 'mixed'::text])))),
    CONSTRAINT ck_max_coverage_pct_pct CHECK (((max_coverage_pct IS NULL) OR ((max_coverage_pct >= (0)::double precision) AND (max_coverage_pct <= (100)::double precision)))),
    CONSTRAINT ck_max_far_nonneg CHECK (((max_far IS NULL) OR (max_far >= (0)::double precision))),
    CONSTRAINT ck_max_floors_nonneg CHECK (((max_floors IS NULL) OR (max_floors >= 0))),
    CONSTRAINT ck_max_height_m_nonneg CHECK (((max_height_m IS NULL) OR (max_height_m >= (0)::double precision))),
    CONSTRAINT ck_min_green_pct_pct CHECK (((min_green_pct IS NULL) OR ((min_green_pct >= (0)::double precision) AND (min_green_pct <= (100)::double precision)))),
    CONSTRAINT ck_min_setback_m_nonneg CHECK (((min_setback_m IS NULL) OR (min_setback_m >= (0)::double precision))),
    CONSTRAINT ck_plan_level_values CHECK (((plan_level IS NULL) OR (plan_level = ANY (ARRAY['1/2000'::text, '1/500'::text]))))
);


--
-- Name: TABLE planning_zones; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.planning_zones IS 'Planning zones';


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.planning_zones_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.planning_zones_fid_seq OWNED BY store_v3.planning_zones.fid;


--
-- Name: quarantine; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.quarantine (
    id bigint NOT NULL,
    source text,
    received_at timestamp with time zone,
    payload text,
    reason text
);


--
-- Name: TABLE quarantine; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.quarantine IS 'Quarantined payloads';


--
-- Name: quarantine_id_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.quarantine_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantine_id_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.quarantine_id_seq OWNED BY store_v3.quarantine.id;


--
-- Name: readings; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.readings (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text,
    source_id text,
    CONSTRAINT ck_quality_values CHECK (((quality IS NULL) OR (quality = ANY (ARRAY['ok'::text, 'suspect'::text, 'missing'::text]))))
)
PARTITION BY RANGE (phenomenon_time);


--
-- Name: TABLE readings; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.readings IS 'Sensor readings';


--
-- Name: readings_2026_10; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.readings_2026_10 (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text,
    source_id text,
    CONSTRAINT ck_quality_values CHECK (((quality IS NULL) OR (quality = ANY (ARRAY['ok'::text, 'suspect'::text, 'missing'::text]))))
);


--
-- Name: readings_2026_11; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.readings_2026_11 (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text,
    source_id text,
    CONSTRAINT ck_quality_values CHECK (((quality IS NULL) OR (quality = ANY (ARRAY['ok'::text, 'suspect'::text, 'missing'::text]))))
);


--
-- Name: sensors; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.sensors (
    fid bigint NOT NULL,
    code text NOT NULL,
    name text,
    kind text NOT NULL,
    observed_property text,
    unit text,
    source text,
    linked_layer text,
    linked_code text,
    area_code text,
    geom public.geometry(Point,5899),
    CONSTRAINT ck_kind_values CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['air'::text, 'water'::text, 'noise'::text, 'traffic'::text, 'energy'::text, 'flood'::text]))))
);


--
-- Name: TABLE sensors; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.sensors IS 'Sensors';


--
-- Name: sensors_fid_seq; Type: SEQUENCE; Schema: store_v3; Owner: -
--

CREATE SEQUENCE store_v3.sensors_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sensors_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v3; Owner: -
--

ALTER SEQUENCE store_v3.sensors_fid_seq OWNED BY store_v3.sensors.fid;


--
-- Name: sync_cursors; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.sync_cursors (
    source text NOT NULL,
    datastream text NOT NULL,
    watermark timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: TABLE sync_cursors; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.sync_cursors IS 'Sync cursors';


--
-- Name: sync_status; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.sync_status (
    source text NOT NULL,
    last_run_start timestamp with time zone,
    last_run_end timestamp with time zone,
    new bigint,
    duplicate bigint,
    rejected bigint,
    sensors bigint,
    last_error text
);


--
-- Name: TABLE sync_status; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.sync_status IS 'Sync status';


--
-- Name: twin_meta; Type: TABLE; Schema: store_v3; Owner: -
--

CREATE TABLE store_v3.twin_meta (
    key text NOT NULL,
    value text
);


--
-- Name: TABLE twin_meta; Type: COMMENT; Schema: store_v3; Owner: -
--

COMMENT ON TABLE store_v3.twin_meta IS 'twin_meta';


--
-- Name: readings_2026_10; Type: TABLE ATTACH; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.readings ATTACH PARTITION store_v3.readings_2026_10 FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00');


--
-- Name: readings_2026_11; Type: TABLE ATTACH; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.readings ATTACH PARTITION store_v3.readings_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');


--
-- Name: alerts fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.alerts ALTER COLUMN fid SET DEFAULT nextval('store_v3.alerts_fid_seq'::regclass);


--
-- Name: buildings fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.buildings ALTER COLUMN fid SET DEFAULT nextval('store_v3.buildings_fid_seq'::regclass);


--
-- Name: construction_projects fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.construction_projects ALTER COLUMN fid SET DEFAULT nextval('store_v3.construction_projects_fid_seq'::regclass);


--
-- Name: functional_areas fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.functional_areas ALTER COLUMN fid SET DEFAULT nextval('store_v3.functional_areas_fid_seq'::regclass);


--
-- Name: network_links fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_links ALTER COLUMN fid SET DEFAULT nextval('store_v3.network_links_fid_seq'::regclass);


--
-- Name: network_nodes fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_nodes ALTER COLUMN fid SET DEFAULT nextval('store_v3.network_nodes_fid_seq'::regclass);


--
-- Name: parcels fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.parcels ALTER COLUMN fid SET DEFAULT nextval('store_v3.parcels_fid_seq'::regclass);


--
-- Name: planning_zones fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.planning_zones ALTER COLUMN fid SET DEFAULT nextval('store_v3.planning_zones_fid_seq'::regclass);


--
-- Name: quarantine id; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.quarantine ALTER COLUMN id SET DEFAULT nextval('store_v3.quarantine_id_seq'::regclass);


--
-- Name: sensors fid; Type: DEFAULT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sensors ALTER COLUMN fid SET DEFAULT nextval('store_v3.sensors_fid_seq'::regclass);


--
-- Data for Name: alerts; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.alerts (fid, sensor_id, zone_code, rule, window_start, window_end, value, limit_value, status, geom) FROM stdin;
\.


--
-- Data for Name: buildings; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.buildings (fid, code, parcel_code, name, height_m, floors, gfa_m2, use, source, ifc_guid, project_id, geom) FROM stdin;
\.


--
-- Data for Name: construction_projects; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.construction_projects (fid, code, permit_no, parcel_code, name, phase, planned_start, planned_end, actual_start, actual_end, progress_pct, status, geom) FROM stdin;
\.


--
-- Data for Name: functional_areas; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.functional_areas (fid, code, name_vi, name_en, kind, district, established, operator, published_area_ha, geom) FROM stdin;
\.


--
-- Data for Name: network_links; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.network_links (fid, code, network, name, area_code, capacity, unit, width_m, lanes, diameter_mm, voltage_kv, geom) FROM stdin;
\.


--
-- Data for Name: network_nodes; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.network_nodes (fid, code, network, kind, name, area_code, capacity, unit, geom) FROM stdin;
\.


--
-- Data for Name: parcels; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.parcels (fid, code, zone_code, area_code, land_use, status, tenant, investor, sector, lease_start, lease_end, registered_capital_usd, employees, is_public, area_m2, green_area_m2, geom) FROM stdin;
\.


--
-- Data for Name: planning_zones; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.planning_zones (fid, code, area_code, name, land_use, plan_level, max_coverage_pct, max_far, max_height_m, max_floors, min_green_pct, min_setback_m, allowed_uses, plan_decision, geom) FROM stdin;
\.


--
-- Data for Name: quarantine; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.quarantine (id, source, received_at, payload, reason) FROM stdin;
1	test	2026-11-26 22:40:39.811373+00	{"result": "x"}	result is not a number: 'x'
\.


--
-- Data for Name: readings_2026_10; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.readings_2026_10 (sensor_id, phenomenon_time, value, quality, source_id) FROM stdin;
1	2026-10-31 12:00:00+00	0	ok	\N
1	2026-10-31 13:00:00+00	1.5	ok	\N
1	2026-10-31 14:00:00+00	3	ok	\N
1	2026-10-31 15:00:00+00	4.5	ok	\N
1	2026-10-31 16:00:00+00	6	ok	\N
1	2026-10-31 17:00:00+00	7.5	ok	\N
1	2026-10-31 18:00:00+00	9	ok	\N
1	2026-10-31 19:00:00+00	10.5	ok	\N
1	2026-10-31 20:00:00+00	12	ok	\N
1	2026-10-31 21:00:00+00	13.5	ok	\N
1	2026-10-31 22:00:00+00	15	ok	\N
1	2026-10-31 23:00:00+00	16.5	ok	\N
2	2026-10-31 12:00:00+00	0	ok	\N
2	2026-10-31 13:00:00+00	2	ok	\N
2	2026-10-31 14:00:00+00	4	ok	\N
2	2026-10-31 15:00:00+00	6	ok	\N
2	2026-10-31 16:00:00+00	8	ok	\N
2	2026-10-31 17:00:00+00	10	ok	\N
2	2026-10-31 18:00:00+00	12	ok	\N
2	2026-10-31 19:00:00+00	14	ok	\N
2	2026-10-31 20:00:00+00	16	ok	\N
2	2026-10-31 21:00:00+00	18	ok	\N
2	2026-10-31 22:00:00+00	20	ok	\N
2	2026-10-31 23:00:00+00	22	ok	\N
\.


--
-- Data for Name: readings_2026_11; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.readings_2026_11 (sensor_id, phenomenon_time, value, quality, source_id) FROM stdin;
1	2026-11-01 00:00:00+00	18	ok	\N
1	2026-11-01 01:00:00+00	19.5	ok	\N
1	2026-11-01 02:00:00+00	21	ok	\N
1	2026-11-01 03:00:00+00	22.5	ok	\N
1	2026-11-01 04:00:00+00	24	ok	\N
1	2026-11-01 05:00:00+00	25.5	ok	\N
1	2026-11-01 06:00:00+00	27	ok	\N
1	2026-11-01 07:00:00+00	28.5	ok	\N
1	2026-11-01 08:00:00+00	30	ok	\N
1	2026-11-01 09:00:00+00	31.5	ok	\N
1	2026-11-01 10:00:00+00	33	ok	\N
1	2026-11-01 11:00:00+00	34.5	ok	\N
1	2026-11-01 12:00:00+00	36	ok	\N
1	2026-11-01 13:00:00+00	37.5	ok	\N
1	2026-11-01 14:00:00+00	39	ok	\N
1	2026-11-01 15:00:00+00	40.5	ok	\N
1	2026-11-01 16:00:00+00	42	ok	\N
1	2026-11-01 17:00:00+00	43.5	ok	\N
2	2026-11-01 00:00:00+00	24	ok	\N
2	2026-11-01 01:00:00+00	26	ok	\N
2	2026-11-01 02:00:00+00	28	ok	\N
2	2026-11-01 03:00:00+00	30	ok	\N
2	2026-11-01 04:00:00+00	32	ok	\N
2	2026-11-01 05:00:00+00	34	ok	\N
2	2026-11-01 06:00:00+00	36	ok	\N
2	2026-11-01 07:00:00+00	38	ok	\N
2	2026-11-01 08:00:00+00	40	ok	\N
2	2026-11-01 09:00:00+00	42	ok	\N
2	2026-11-01 10:00:00+00	44	ok	\N
2	2026-11-01 11:00:00+00	46	ok	\N
2	2026-11-01 12:00:00+00	48	ok	\N
2	2026-11-01 13:00:00+00	50	ok	\N
2	2026-11-01 14:00:00+00	52	ok	\N
2	2026-11-01 15:00:00+00	54	ok	\N
2	2026-11-01 16:00:00+00	56	ok	\N
2	2026-11-01 17:00:00+00	58	ok	\N
2	2026-11-02 04:00:00+00	\N	missing	\N
\.


--
-- Data for Name: sensors; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.sensors (fid, code, name, kind, observed_property, unit, source, linked_layer, linked_code, area_code, geom) FROM stdin;
1	S-AIR-1	\N	air	PM2.5	ug/m3	\N	\N	\N	\N	01010000200B17000000000000A02C20410000000098153B41
2	S-NOISE-1	\N	noise	\N	dBA	\N	\N	\N	\N	01010000200B17000000000000703420410000000080193B41
\.


--
-- Data for Name: sync_cursors; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.sync_cursors (source, datastream, watermark, updated_at) FROM stdin;
http://example.org/v1.1	1	2026-11-01 17:00:00+00	2026-11-26 22:40:39.811865+00
\.


--
-- Data for Name: sync_status; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.sync_status (source, last_run_start, last_run_end, new, duplicate, rejected, sensors, last_error) FROM stdin;
\.


--
-- Data for Name: twin_meta; Type: TABLE DATA; Schema: store_v3; Owner: -
--

COPY store_v3.twin_meta (key, value) FROM stdin;
created	2026-11-26T22:40:39+00:00
crs	EPSG:5899
schema_version	3
\.


--
-- Name: alerts_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.alerts_fid_seq', 1, false);


--
-- Name: buildings_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.buildings_fid_seq', 1, false);


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.construction_projects_fid_seq', 1, false);


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.functional_areas_fid_seq', 1, false);


--
-- Name: network_links_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.network_links_fid_seq', 1, false);


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.network_nodes_fid_seq', 1, false);


--
-- Name: parcels_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.parcels_fid_seq', 1, false);


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.planning_zones_fid_seq', 1, false);


--
-- Name: quarantine_id_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.quarantine_id_seq', 1, true);


--
-- Name: sensors_fid_seq; Type: SEQUENCE SET; Schema: store_v3; Owner: -
--

SELECT pg_catalog.setval('store_v3.sensors_fid_seq', 2, true);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (fid);


--
-- Name: buildings buildings_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.buildings
    ADD CONSTRAINT buildings_code_key UNIQUE (code);


--
-- Name: buildings buildings_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.buildings
    ADD CONSTRAINT buildings_pkey PRIMARY KEY (fid);


--
-- Name: construction_projects construction_projects_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.construction_projects
    ADD CONSTRAINT construction_projects_code_key UNIQUE (code);


--
-- Name: construction_projects construction_projects_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.construction_projects
    ADD CONSTRAINT construction_projects_pkey PRIMARY KEY (fid);


--
-- Name: functional_areas functional_areas_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.functional_areas
    ADD CONSTRAINT functional_areas_code_key UNIQUE (code);


--
-- Name: functional_areas functional_areas_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.functional_areas
    ADD CONSTRAINT functional_areas_pkey PRIMARY KEY (fid);


--
-- Name: network_links network_links_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_links
    ADD CONSTRAINT network_links_code_key UNIQUE (code);


--
-- Name: network_links network_links_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_links
    ADD CONSTRAINT network_links_pkey PRIMARY KEY (fid);


--
-- Name: network_nodes network_nodes_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_nodes
    ADD CONSTRAINT network_nodes_code_key UNIQUE (code);


--
-- Name: network_nodes network_nodes_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_nodes
    ADD CONSTRAINT network_nodes_pkey PRIMARY KEY (fid);


--
-- Name: parcels parcels_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.parcels
    ADD CONSTRAINT parcels_code_key UNIQUE (code);


--
-- Name: parcels parcels_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.parcels
    ADD CONSTRAINT parcels_pkey PRIMARY KEY (fid);


--
-- Name: readings pk_readings; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.readings
    ADD CONSTRAINT pk_readings PRIMARY KEY (sensor_id, phenomenon_time);


--
-- Name: sync_cursors pk_sync_cursors; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sync_cursors
    ADD CONSTRAINT pk_sync_cursors PRIMARY KEY (source, datastream);


--
-- Name: planning_zones planning_zones_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.planning_zones
    ADD CONSTRAINT planning_zones_code_key UNIQUE (code);


--
-- Name: planning_zones planning_zones_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.planning_zones
    ADD CONSTRAINT planning_zones_pkey PRIMARY KEY (fid);


--
-- Name: quarantine quarantine_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.quarantine
    ADD CONSTRAINT quarantine_pkey PRIMARY KEY (id);


--
-- Name: readings_2026_10 readings_2026_10_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.readings_2026_10
    ADD CONSTRAINT readings_2026_10_pkey PRIMARY KEY (sensor_id, phenomenon_time);


--
-- Name: readings_2026_11 readings_2026_11_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.readings_2026_11
    ADD CONSTRAINT readings_2026_11_pkey PRIMARY KEY (sensor_id, phenomenon_time);


--
-- Name: sensors sensors_code_key; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sensors
    ADD CONSTRAINT sensors_code_key UNIQUE (code);


--
-- Name: sensors sensors_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sensors
    ADD CONSTRAINT sensors_pkey PRIMARY KEY (fid);


--
-- Name: sync_status sync_status_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sync_status
    ADD CONSTRAINT sync_status_pkey PRIMARY KEY (source);


--
-- Name: twin_meta twin_meta_pkey; Type: CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.twin_meta
    ADD CONSTRAINT twin_meta_pkey PRIMARY KEY (key);


--
-- Name: ix_buildings_parcel_code; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX ix_buildings_parcel_code ON store_v3.buildings USING btree (parcel_code);


--
-- Name: ix_parcels_zone_code; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX ix_parcels_zone_code ON store_v3.parcels USING btree (zone_code);


--
-- Name: ix_projects_parcel_code; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX ix_projects_parcel_code ON store_v3.construction_projects USING btree (parcel_code);


--
-- Name: sidx_alerts_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_alerts_geom ON store_v3.alerts USING gist (geom);


--
-- Name: sidx_buildings_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_buildings_geom ON store_v3.buildings USING gist (geom);


--
-- Name: sidx_construction_projects_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_construction_projects_geom ON store_v3.construction_projects USING gist (geom);


--
-- Name: sidx_functional_areas_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_functional_areas_geom ON store_v3.functional_areas USING gist (geom);


--
-- Name: sidx_network_links_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_network_links_geom ON store_v3.network_links USING gist (geom);


--
-- Name: sidx_network_nodes_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_network_nodes_geom ON store_v3.network_nodes USING gist (geom);


--
-- Name: sidx_parcels_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_parcels_geom ON store_v3.parcels USING gist (geom);


--
-- Name: sidx_planning_zones_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_planning_zones_geom ON store_v3.planning_zones USING gist (geom);


--
-- Name: sidx_sensors_geom; Type: INDEX; Schema: store_v3; Owner: -
--

CREATE INDEX sidx_sensors_geom ON store_v3.sensors USING gist (geom);


--
-- Name: readings_2026_10_pkey; Type: INDEX ATTACH; Schema: store_v3; Owner: -
--

ALTER INDEX store_v3.pk_readings ATTACH PARTITION store_v3.readings_2026_10_pkey;


--
-- Name: readings_2026_11_pkey; Type: INDEX ATTACH; Schema: store_v3; Owner: -
--

ALTER INDEX store_v3.pk_readings ATTACH PARTITION store_v3.readings_2026_11_pkey;


--
-- Name: alerts fk_alert_sensor; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.alerts
    ADD CONSTRAINT fk_alert_sensor FOREIGN KEY (sensor_id) REFERENCES store_v3.sensors(fid);


--
-- Name: buildings fk_building_parcel; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.buildings
    ADD CONSTRAINT fk_building_parcel FOREIGN KEY (parcel_code) REFERENCES store_v3.parcels(code);


--
-- Name: network_links fk_link_area; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_links
    ADD CONSTRAINT fk_link_area FOREIGN KEY (area_code) REFERENCES store_v3.functional_areas(code);


--
-- Name: network_nodes fk_node_area; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.network_nodes
    ADD CONSTRAINT fk_node_area FOREIGN KEY (area_code) REFERENCES store_v3.functional_areas(code);


--
-- Name: parcels fk_parcel_area; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.parcels
    ADD CONSTRAINT fk_parcel_area FOREIGN KEY (area_code) REFERENCES store_v3.functional_areas(code);


--
-- Name: parcels fk_parcel_zone; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.parcels
    ADD CONSTRAINT fk_parcel_zone FOREIGN KEY (zone_code) REFERENCES store_v3.planning_zones(code);


--
-- Name: construction_projects fk_project_parcel; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.construction_projects
    ADD CONSTRAINT fk_project_parcel FOREIGN KEY (parcel_code) REFERENCES store_v3.parcels(code);


--
-- Name: readings fk_reading_sensor; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE store_v3.readings
    ADD CONSTRAINT fk_reading_sensor FOREIGN KEY (sensor_id) REFERENCES store_v3.sensors(fid);


--
-- Name: sensors fk_sensor_area; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.sensors
    ADD CONSTRAINT fk_sensor_area FOREIGN KEY (area_code) REFERENCES store_v3.functional_areas(code);


--
-- Name: planning_zones fk_zone_area; Type: FK CONSTRAINT; Schema: store_v3; Owner: -
--

ALTER TABLE ONLY store_v3.planning_zones
    ADD CONSTRAINT fk_zone_area FOREIGN KEY (area_code) REFERENCES store_v3.functional_areas(code);


--
-- PostgreSQL database dump complete
--

\unrestrict G4z1h8aK0vypVg1OkI355jss2i7u4Xn9VayhoUshdrb0h9vn4DVyAyqAidOfIJv

