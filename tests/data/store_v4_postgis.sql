--
-- PostgreSQL database dump
--

\restrict vWwfxGkd7uNfhb8bpC3TKrZDXwiwxDhehSfzKNrIksdSpszdYiZFdCd1KzRMfAh

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
-- Name: store_v4; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA store_v4;


--
-- Name: readings_rollup_add(); Type: FUNCTION; Schema: store_v4; Owner: -
--

CREATE FUNCTION store_v4.readings_rollup_add() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (
      SELECT 1 FROM "store_v4".sensors x WHERE x.fid = n.sensor_id)) THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = format('readings refer to unknown sensors (sensor_id %s)', (SELECT string_agg(DISTINCT
        n.sensor_id::text, ', ') FROM new_rows n WHERE NOT EXISTS (
          SELECT 1 FROM "store_v4".sensors x WHERE x.fid = n.sensor_id)));
  END IF;
  INSERT INTO "store_v4".readings_latest AS l (sensor_id, phenomenon_time, value, quality)
  SELECT DISTINCT ON (sensor_id) sensor_id, phenomenon_time, value, quality FROM new_rows
  ORDER BY sensor_id, phenomenon_time DESC
  ON CONFLICT (sensor_id) DO UPDATE SET phenomenon_time = excluded.phenomenon_time, value = excluded.value,
      quality = excluded.quality
  WHERE excluded.phenomenon_time > l.phenomenon_time;
  INSERT INTO "store_v4".readings_daily_totals AS d (sensor_id, day, n, value_sum, value_min, value_max)
  SELECT sensor_id, ((new_rows.phenomenon_time AT TIME ZONE 'UTC') + interval '7 hours')::date, count(value), sum(value), min(value), max(value) FROM new_rows GROUP BY 1, 2
  ON CONFLICT (sensor_id, day) DO UPDATE SET n = d.n + excluded.n,
      value_sum = coalesce(d.value_sum + excluded.value_sum, d.value_sum, excluded.value_sum),
      value_min = least(d.value_min, excluded.value_min), value_max = greatest(d.value_max, excluded.value_max);
  RETURN NULL;
END $$;


--
-- Name: readings_rollup_change(); Type: FUNCTION; Schema: store_v4; Owner: -
--

CREATE FUNCTION store_v4.readings_rollup_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE ks bigint[]; ds date[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(sensor_id), array_agg(day) INTO ks, ds
    FROM (SELECT DISTINCT sensor_id, ((old_rows.phenomenon_time AT TIME ZONE 'UTC') + interval '7 hours')::date AS day FROM old_rows) k;
  ELSE
    IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (
      SELECT 1 FROM "store_v4".sensors x WHERE x.fid = n.sensor_id)) THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = format('readings refer to unknown sensors (sensor_id %s)', (SELECT string_agg(DISTINCT
        n.sensor_id::text, ', ') FROM new_rows n WHERE NOT EXISTS (
          SELECT 1 FROM "store_v4".sensors x WHERE x.fid = n.sensor_id)));
  END IF;
    SELECT array_agg(sensor_id), array_agg(day) INTO ks, ds
    FROM (SELECT sensor_id, ((old_rows.phenomenon_time AT TIME ZONE 'UTC') + interval '7 hours')::date AS day FROM old_rows
          UNION SELECT sensor_id, ((new_rows.phenomenon_time AT TIME ZONE 'UTC') + interval '7 hours')::date FROM new_rows) k;
  END IF;
  IF ks IS NOT NULL THEN
    PERFORM "store_v4".readings_rollup_recompute(ks, ds);
  END IF;
  RETURN NULL;
END $$;


--
-- Name: readings_rollup_recompute(bigint[], date[]); Type: FUNCTION; Schema: store_v4; Owner: -
--

CREATE FUNCTION store_v4.readings_rollup_recompute(keys_sensor bigint[], keys_day date[]) RETURNS void
    LANGUAGE sql
    AS $$
  DELETE FROM "store_v4".readings_daily_totals d USING unnest(keys_sensor, keys_day) AS k(sensor_id, day)
  WHERE d.sensor_id = k.sensor_id AND d.day = k.day;
  INSERT INTO "store_v4".readings_daily_totals (sensor_id, day, n, value_sum, value_min, value_max)
  SELECT k.sensor_id, k.day, count(r.value), sum(r.value), min(r.value), max(r.value)
  FROM (SELECT DISTINCT sensor_id, day FROM unnest(keys_sensor, keys_day) AS u(sensor_id, day)) k
  JOIN "store_v4".readings r ON r.sensor_id = k.sensor_id
   AND r.phenomenon_time >= (k.day - interval '7 hours') AT TIME ZONE 'UTC'
   AND r.phenomenon_time < (k.day + interval '17 hours') AT TIME ZONE 'UTC'
  GROUP BY k.sensor_id, k.day;
  DELETE FROM "store_v4".readings_latest WHERE sensor_id = ANY(keys_sensor);
  INSERT INTO "store_v4".readings_latest (sensor_id, phenomenon_time, value, quality)
  SELECT k.id, r.phenomenon_time, r.value, r.quality FROM (SELECT DISTINCT unnest(keys_sensor) AS id) k
  CROSS JOIN LATERAL (SELECT phenomenon_time, value, quality FROM "store_v4".readings
                      WHERE sensor_id = k.id ORDER BY phenomenon_time DESC LIMIT 1) r;
$$;


--
-- Name: readings_rollup_truncate(); Type: FUNCTION; Schema: store_v4; Owner: -
--

CREATE FUNCTION store_v4.readings_rollup_truncate() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  DELETE FROM "store_v4".readings_latest;
  DELETE FROM "store_v4".readings_daily_totals;
  RETURN NULL;
END $$;


--
-- Name: sensors_keep_readings(); Type: FUNCTION; Schema: store_v4; Owner: -
--

CREATE FUNCTION store_v4.sensors_keep_readings() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM "store_v4".sensors x WHERE x.fid = o.fid)
             AND EXISTS (SELECT 1 FROM "store_v4".readings r WHERE r.sensor_id = o.fid)) THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = 'a sensor that has readings cannot be deleted: delete its readings first';
  END IF;
  RETURN NULL;
END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alerts; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.alerts (
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
-- Name: TABLE alerts; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.alerts IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: alerts_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.alerts_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerts_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.alerts_fid_seq OWNED BY store_v4.alerts.fid;


--
-- Name: buildings; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.buildings (
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
-- Name: TABLE buildings; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.buildings IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: buildings_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.buildings_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: buildings_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.buildings_fid_seq OWNED BY store_v4.buildings.fid;


--
-- Name: compliance_verdicts; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.compliance_verdicts (
    fid bigint NOT NULL,
    lot_code text NOT NULL,
    status text NOT NULL,
    rule_id text NOT NULL,
    clause text,
    value text,
    "limit" text,
    checked_at timestamp with time zone NOT NULL,
    run_id text NOT NULL,
    CONSTRAINT ck_status_values CHECK (((status IS NULL) OR (status = ANY (ARRAY['pass'::text, 'fail'::text, 'insufficient_data'::text]))))
);


--
-- Name: TABLE compliance_verdicts; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.compliance_verdicts IS 'Compliance verdicts';


--
-- Name: compliance_verdicts_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.compliance_verdicts_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: compliance_verdicts_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.compliance_verdicts_fid_seq OWNED BY store_v4.compliance_verdicts.fid;


--
-- Name: construction_projects; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.construction_projects (
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
-- Name: TABLE construction_projects; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.construction_projects IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.construction_projects_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.construction_projects_fid_seq OWNED BY store_v4.construction_projects.fid;


--
-- Name: functional_areas; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.functional_areas (
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
-- Name: TABLE functional_areas; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.functional_areas IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.functional_areas_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.functional_areas_fid_seq OWNED BY store_v4.functional_areas.fid;


--
-- Name: network_links; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.network_links (
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
-- Name: TABLE network_links; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.network_links IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: network_links_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.network_links_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: network_links_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.network_links_fid_seq OWNED BY store_v4.network_links.fid;


--
-- Name: network_nodes; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.network_nodes (
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
-- Name: TABLE network_nodes; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.network_nodes IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.network_nodes_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.network_nodes_fid_seq OWNED BY store_v4.network_nodes.fid;


--
-- Name: parcels; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.parcels (
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
-- Name: TABLE parcels; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.parcels IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: parcels_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.parcels_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parcels_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.parcels_fid_seq OWNED BY store_v4.parcels.fid;


--
-- Name: planning_zones; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.planning_zones (
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
-- Name: TABLE planning_zones; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.planning_zones IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.planning_zones_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.planning_zones_fid_seq OWNED BY store_v4.planning_zones.fid;


--
-- Name: quarantine; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.quarantine (
    id bigint NOT NULL,
    source text,
    received_at timestamp with time zone,
    payload text,
    reason text,
    digest text
);


--
-- Name: TABLE quarantine; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.quarantine IS 'Quarantined payloads';


--
-- Name: quarantine_id_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.quarantine_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantine_id_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.quarantine_id_seq OWNED BY store_v4.quarantine.id;


--
-- Name: readings; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.readings (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text,
    source_id text,
    CONSTRAINT ck_quality_values CHECK (((quality IS NULL) OR (quality = ANY (ARRAY['ok'::text, 'suspect'::text, 'missing'::text]))))
)
PARTITION BY RANGE (phenomenon_time);


--
-- Name: TABLE readings; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.readings IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: readings_2026_11; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.readings_2026_11 (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text,
    source_id text,
    CONSTRAINT ck_quality_values CHECK (((quality IS NULL) OR (quality = ANY (ARRAY['ok'::text, 'suspect'::text, 'missing'::text]))))
);


--
-- Name: readings_daily_totals; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.readings_daily_totals (
    sensor_id bigint NOT NULL,
    day date NOT NULL,
    n bigint NOT NULL,
    value_sum double precision,
    value_min double precision,
    value_max double precision
);


--
-- Name: TABLE readings_daily_totals; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.readings_daily_totals IS 'Daily reading totals (maintained)';


--
-- Name: readings_daily; Type: VIEW; Schema: store_v4; Owner: -
--

CREATE VIEW store_v4.readings_daily AS
 SELECT readings_daily_totals.sensor_id,
    readings_daily_totals.day,
    readings_daily_totals.n,
    (readings_daily_totals.value_sum / (NULLIF(readings_daily_totals.n, 0))::double precision) AS value_mean,
    readings_daily_totals.value_min,
    readings_daily_totals.value_max
   FROM store_v4.readings_daily_totals;


--
-- Name: VIEW readings_daily; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON VIEW store_v4.readings_daily IS 'Daily reading statistics';


--
-- Name: readings_hourly; Type: VIEW; Schema: store_v4; Owner: -
--

CREATE VIEW store_v4.readings_hourly AS
 SELECT readings.sensor_id,
    (date_trunc('hour'::text, (readings.phenomenon_time AT TIME ZONE 'UTC'::text)) AT TIME ZONE 'UTC'::text) AS hour,
    count(readings.value) AS n,
    avg(readings.value) AS value_mean,
    min(readings.value) AS value_min,
    max(readings.value) AS value_max
   FROM store_v4.readings
  GROUP BY readings.sensor_id, ((date_trunc('hour'::text, (readings.phenomenon_time AT TIME ZONE 'UTC'::text)) AT TIME ZONE 'UTC'::text));


--
-- Name: VIEW readings_hourly; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON VIEW store_v4.readings_hourly IS 'Hourly reading statistics';


--
-- Name: readings_latest; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.readings_latest (
    sensor_id bigint NOT NULL,
    phenomenon_time timestamp with time zone NOT NULL,
    value double precision,
    quality text
);


--
-- Name: TABLE readings_latest; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.readings_latest IS 'Latest reading per sensor';


--
-- Name: sensors; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.sensors (
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
-- Name: TABLE sensors; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.sensors IS 'Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.';


--
-- Name: sensor_readings; Type: VIEW; Schema: store_v4; Owner: -
--

CREATE VIEW store_v4.sensor_readings AS
 SELECT ((r.sensor_id * '10000000000000'::bigint) + (round((EXTRACT(epoch FROM r.phenomenon_time) * (1000)::numeric)))::bigint) AS fid,
    r.sensor_id,
    s.code,
    s.kind,
    s.unit,
    r.phenomenon_time,
    r.value,
    r.quality,
    s.geom
   FROM (store_v4.readings r
     JOIN store_v4.sensors s ON ((s.fid = r.sensor_id)));


--
-- Name: VIEW sensor_readings; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON VIEW store_v4.sensor_readings IS 'Readings on the map';


--
-- Name: sensors_fid_seq; Type: SEQUENCE; Schema: store_v4; Owner: -
--

CREATE SEQUENCE store_v4.sensors_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sensors_fid_seq; Type: SEQUENCE OWNED BY; Schema: store_v4; Owner: -
--

ALTER SEQUENCE store_v4.sensors_fid_seq OWNED BY store_v4.sensors.fid;


--
-- Name: sensors_latest; Type: VIEW; Schema: store_v4; Owner: -
--

CREATE VIEW store_v4.sensors_latest AS
 SELECT s.fid,
    s.code,
    s.name,
    s.kind,
    s.observed_property,
    s.unit,
    s.area_code,
    s.linked_layer,
    s.linked_code,
    l.phenomenon_time,
    l.value,
    l.quality,
    s.geom
   FROM (store_v4.sensors s
     LEFT JOIN store_v4.readings_latest l ON ((l.sensor_id = s.fid)));


--
-- Name: VIEW sensors_latest; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON VIEW store_v4.sensors_latest IS 'Sensors with their latest reading';


--
-- Name: sync_cursors; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.sync_cursors (
    source text NOT NULL,
    datastream text NOT NULL,
    watermark timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: TABLE sync_cursors; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.sync_cursors IS 'Sync cursors';


--
-- Name: sync_status; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.sync_status (
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
-- Name: TABLE sync_status; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.sync_status IS 'Sync status';


--
-- Name: twin_meta; Type: TABLE; Schema: store_v4; Owner: -
--

CREATE TABLE store_v4.twin_meta (
    key text NOT NULL,
    value text
);


--
-- Name: TABLE twin_meta; Type: COMMENT; Schema: store_v4; Owner: -
--

COMMENT ON TABLE store_v4.twin_meta IS 'twin_meta';


--
-- Name: readings_2026_11; Type: TABLE ATTACH; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings ATTACH PARTITION store_v4.readings_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');


--
-- Name: alerts fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.alerts ALTER COLUMN fid SET DEFAULT nextval('store_v4.alerts_fid_seq'::regclass);


--
-- Name: buildings fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.buildings ALTER COLUMN fid SET DEFAULT nextval('store_v4.buildings_fid_seq'::regclass);


--
-- Name: compliance_verdicts fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.compliance_verdicts ALTER COLUMN fid SET DEFAULT nextval('store_v4.compliance_verdicts_fid_seq'::regclass);


--
-- Name: construction_projects fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.construction_projects ALTER COLUMN fid SET DEFAULT nextval('store_v4.construction_projects_fid_seq'::regclass);


--
-- Name: functional_areas fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.functional_areas ALTER COLUMN fid SET DEFAULT nextval('store_v4.functional_areas_fid_seq'::regclass);


--
-- Name: network_links fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_links ALTER COLUMN fid SET DEFAULT nextval('store_v4.network_links_fid_seq'::regclass);


--
-- Name: network_nodes fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_nodes ALTER COLUMN fid SET DEFAULT nextval('store_v4.network_nodes_fid_seq'::regclass);


--
-- Name: parcels fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.parcels ALTER COLUMN fid SET DEFAULT nextval('store_v4.parcels_fid_seq'::regclass);


--
-- Name: planning_zones fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.planning_zones ALTER COLUMN fid SET DEFAULT nextval('store_v4.planning_zones_fid_seq'::regclass);


--
-- Name: quarantine id; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.quarantine ALTER COLUMN id SET DEFAULT nextval('store_v4.quarantine_id_seq'::regclass);


--
-- Name: sensors fid; Type: DEFAULT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sensors ALTER COLUMN fid SET DEFAULT nextval('store_v4.sensors_fid_seq'::regclass);


--
-- Data for Name: alerts; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.alerts (fid, sensor_id, zone_code, rule, window_start, window_end, value, limit_value, status, geom) FROM stdin;
\.


--
-- Data for Name: buildings; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.buildings (fid, code, parcel_code, name, height_m, floors, gfa_m2, use, source, ifc_guid, project_id, geom) FROM stdin;
1	DN-HTP-HT01-001-B1	DN-HTP-HT01-001	Công trình hạ tầng 1	6.9	1	19242.5	utility	survey	\N	\N	01060000200B170000010000000103000000010000000500000013FBFC60553720411EC7E0C05C103B4154E04B482C3820411517F2E945103B41BC9D570E78382041FFCE4228F8103B417BB80827A1372041087F31FF0E113B4113FBFC60553720411EC7E0C05C103B41
2	DN-HTP-HT01-001-B2	DN-HTP-HT01-001	Công trình hạ tầng 2	11	2	20948.7	utility	survey	\N	\N	01060000200B170000010000000103000000010000000500000070FFCC0CA338204192C222F949103B4196886D7F27392041D30599E53B103B41225829B36939204167B801A0D7103B41FCCE8840E538204127758BB3E5103B4170FFCC0CA338204192C222F949103B41
3	DN-HTP-CX02-001-B1	DN-HTP-CX02-001	Nhà chòi 1	4.7	1	477	pavilion	estimate	\N	\N	01060000200B17000001000000010300000001000000050000005057926EF83A2041C0B99B36DA0F3B41D221E933773B2041FFF185BDCC0F3B41BE4ADE567A3B2041A425551ED40F3B413C808791FB3A204164ED6A97E10F3B415057926EF83A2041C0B99B36DA0F3B41
4	DN-HTP-NC01-001-B1	DN-HTP-NC01-001	Nhà văn phòng 1	24.7	6	142235.1	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001427C60D2A3A2041148BF1B622103B41EE206DF9543B2041D02D24F202103B418FA65EAB963B2041632D3E7B9D103B41B5ACB7BF6B3A2041A68A0B40BD103B411427C60D2A3A2041148BF1B622103B41
5	DN-HTP-NC01-001-B2	DN-HTP-NC01-001	Phòng thí nghiệm 2	18.2	4	48903.4	laboratory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000694B9F1C973B204191F9332A03103B4125562B723B3C204164B71FB3F10F3B4106D970A07C3C204184DA7D068B103B414ACEE44AD83B2041B11C927D9C103B41694B9F1C973B204191F9332A03103B41
6	DN-HTP-NC01-001-B3	DN-HTP-NC01-001	Trung tâm dữ liệu 3	10.2	2	12347.3	data_centre	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004DF6A053C93C2041F8F310E01C103B41F2CCB299173D20415962748E14103B417822F4055C3D204122993482B5103B41D34BE2BF0D3D2041C12AD1D3BD103B414DF6A053C93C2041F8F310E01C103B41
7	DN-HTP-CX04-001-B1	DN-HTP-CX04-001	Nhà chòi 1	4.8	1	573.6	pavilion	estimate	\N	\N	01060000200B170000010000000103000000010000000500000035D057A5CF4120416746F94C140F3B41AEBC640E0243204108CC64BCF30E3B41AF57D5A6034320418E482C7DF70E3B41366BC83DD1412041EEC2C00D180F3B4135D057A5CF4120416746F94C140F3B41
8	DN-HTP-CN01-001-B1	DN-HTP-CN01-001	Nhà xưởng 1	7.4	1	37579	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006E82F74997402041E659FF296E0F3B412CCC08A2234220411020920A440F3B41649BA4CF74422041632E76FF02103B41A6519377E84020413968E31E2D103B416E82F74997402041E659FF296E0F3B41
9	DN-HTP-CN01-001-B2	DN-HTP-CN01-001	Nhà kho 2	19.6	2	40830.8	warehouse	survey	\N	\N	01060000200B170000010000000103000000010000000500000018C454EBAF42204166FD9EE2620F3B4161F77FA682432041936D357D4C0F3B41454C36EED54320413385E36310103B41FC180B330343204106154DC926103B4118C454EBAF42204166FD9EE2620F3B41
10	DN-HTP-CN01-001-B3	DN-HTP-CN01-001	Nhà văn phòng 3	11.4	3	31551.4	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000606031B5B843204184E693B1150F3B41F72DA4D81A442041263680430B0F3B4165216042744420412DFD5D97DD0F3B41CE53ED1E124420418BAD7105E80F3B41606031B5B843204184E693B1150F3B41
11	DN-HTP-NC03-001-B1	DN-HTP-NC03-001	Nhà văn phòng 1	12.5	3	47456.3	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006D68FC436148204116584BF19D0E3B41C34766C62D49204137412835880E3B4100975FD47149204154EF204B280F3B41ABB7F551A5482041320644073E0F3B416D68FC436148204116584BF19D0E3B41
12	DN-HTP-NC03-001-B2	DN-HTP-NC03-001	Phòng thí nghiệm 2	12.7	3	23824.7	laboratory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D1B93CFF4C492041E21E63E3730E3B4157B49E6FA2492041E9F4D3CE6A0E3B41D22582E2F3492041A4CFAF662A0F3B414B2B20729E4920419DF93E7B330F3B41D1B93CFF4C492041E21E63E3730E3B41
13	DN-HTP-NC03-001-B3	DN-HTP-NC03-001	Trung tâm dữ liệu 3	20.9	4	20316.7	data_centre	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004DDA66AD3C4A204196123479B40E3B4158EA6E207D4A2041F8F6B69FAD0E3B4136365BE9BD4A204148C8AD04460F3B412B2653767D4A2041E7E32ADE4C0F3B414DDA66AD3C4A204196123479B40E3B41
14	DN-HTP-NC03-001-B4	DN-HTP-NC03-001	Nhà ăn 4	14.5	3	9800.5	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000B320F3E5A64A20414291885C980E3B41CE644D49D44A2041C40DA689930E3B412AC8449D114B2041C376EACC230F3B410F84EA39E44A204141FACC9F280F3B41B320F3E5A64A20414291885C980E3B41
15	DN-HTP-NC04-001-B1	DN-HTP-NC04-001	Nhà văn phòng 1	8.3	2	50950.9	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000035A73984084F204190CE1703080E3B41B778D1801D5020419CB40C93EA0D3B41879C16506B502041D1D1729BA10E3B4105CB7E53564F2041C5EB7D0BBF0E3B4135A73984084F204190CE1703080E3B41
16	DN-HTP-NC04-001-B2	DN-HTP-NC04-001	Phòng thí nghiệm 2	21.6	5	70687.2	laboratory	survey	\N	\N	01060000200B17000001000000010300000001000000050000006D102F79BA5020414E5A2C31060E3B41E791371962512041D65E8E60F40D3B41F174D33AA851204171C81959990E3B4177F3CA9A00512041E9C3B729AB0E3B416D102F79BA5020414E5A2C31060E3B41
17	DN-HTP-NC04-001-B3	DN-HTP-NC04-001	Trung tâm dữ liệu 3	10.3	2	13954.9	data_centre	survey	\N	\N	01060000200B1700000100000001030000000100000005000000CF250931895120410BB14CC4D80D3B41C7494670D05120416258DD31D10D3B41203349F022522041FB0BC942930E3B41280F0CB1DB512041A46438D59A0E3B41CF250931895120410BB14CC4D80D3B41
18	DN-HTP-CX09-001-B1	DN-HTP-CX09-001	Nhà chòi 1	4.3	1	354.3	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000006E6C046FB053204142179025300D3B41CD1666626B542041C46A26471C0D3B417A7DE80D6D542041BA6CC934200D3B411BD3861AB253204138193313340D3B416E6C046FB053204142179025300D3B41
19	DN-HTP-GT01-001-B1	DN-HTP-GT01-001	Nhà điều hành bến bãi 1	10.2	2	40666	depot	estimate	\N	DA-DN-HTP-GT01-001	01060000200B1700000100000001030000000100000005000000ECF33995195320412A05FD0CE40D3B4142D6BCE4155420412E47503CC90D3B413A444F0B585420412B21C3D7640E3B41E361CCBB5B53204126DF6FA87F0E3B41ECF33995195320412A05FD0CE40D3B41
20	DN-HTP-CX10-001-B1	DN-HTP-CX10-001	Nhà chòi 1	5	1	4294.7	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000000679E4A56A3720411CC624D6CA123B4165E0D64D093820419CF68CF9B9123B417EF0142C213820411F12C41EF2123B411F892284823720419FE15BFB02133B410679E4A56A3720411CC624D6CA123B41
21	DN-HTP-NC05-001-B1	DN-HTP-NC05-001	Nhà văn phòng 1	5.5	1	32123.5	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008512CDD5C63A20410B59E9A79C113B41954C0A02C03B2041226C9B2C82113B4118410991313C2041FC9BBF4C8D123B410707CC64383B2041E4880DC8A7123B418512CDD5C63A20410B59E9A79C113B41
22	DN-HTP-NC05-001-B2	DN-HTP-NC05-001	Phòng thí nghiệm 2	14.1	3	49704.9	laboratory	survey	\N	\N	01060000200B170000010000000103000000010000000500000089D54C4B1A3C20411B02205572113B4189272437A83C20414BE4D63F63113B41680B49E70B3D20410C3342BF4D123B4169B971FB7D3C2041DB508BD45C123B4189D54C4B1A3C20411B02205572113B41
23	DN-HTP-NC05-001-B3	DN-HTP-NC05-001	Trung tâm dữ liệu 3	20.4	4	41113.3	data_centre	survey	\N	\N	01060000200B17000001000000010300000001000000050000009CED7EDAE93C20414DA8329263113B4151EB640F343D2041407C3DAF5B113B410DC3FA73A63D20418AA4CFC568123B4158C5143F5C3D204197D0C4A870123B419CED7EDAE93C20414DA8329263113B41
24	DN-HTP-NC05-001-B4	DN-HTP-NC05-001	Nhà ăn 4	18	4	26086.1	canteen	survey	\N	\N	01060000200B1700000100000001030000000100000005000000E694EB58613D204199938AC540113B41FF02DC6E973D2041A9C904063B113B416BBBDF10003E20413EF8292731123B41524DEFFAC93D20412EC2AFE636123B41E694EB58613D204199938AC540113B41
25	DN-HTP-KT01-001-B1	DN-HTP-KT01-001	Nhà kho 1	9.3	1	45021	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A79B9C38023E20416D65920D3B113B41BF99B9B2463F2041D5B9729118113B4197453B39BB3F2041709F32AC2A123B417F471EBF763E2041084B52284D123B41A79B9C38023E20416D65920D3B113B41
26	DN-HTP-KT01-001-B2	DN-HTP-KT01-001	Nhà kho 2	9.9	1	23919.7	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000C64ADF82863F2041E9A4301BF6103B41790765C7374020416BE23944E3103B41ED72BF1EAC40204106650EF0F4113B413AB639DAFA3F2041832705C707123B41C64ADF82863F2041E9A4301BF6103B41
27	DN-HTP-KT01-001-B3	DN-HTP-KT01-001	Nhà văn phòng 3	4.7	1	11848.5	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000007CB48F67040204164D6B21BE1103B4104FCF773C2402041ACFC8D72D8103B41288EE7FD40412041B32C4C1B02123B412B5D3880EF4020416A0671C40A123B4107CB48F67040204164D6B21BE1103B41
28	DN-HTP-NO01-001-B1	DN-HTP-NO01-001	Nhà ở công nhân 1	7.6	2	72690.8	dormitory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000ECDF1BADC0482041E1C0A44ECD0F3B4176A35DF0DA49204113D10D4FAF0F3B41B3FC99A9494A2041B98DFAC3B3103B412A3958662F492041887D91C3D1103B41ECDF1BADC0482041E1C0A44ECD0F3B41
29	DN-HTP-NO01-001-B2	DN-HTP-NO01-001	Nhà ở công nhân 2	7.4	2	39723.1	dormitory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000DCE663988B4A20414CE1FE5B0E103B41375FAE37404B20416A66C329FB0F3B41E0E941639D4B204193742F54D6103B418671F7C3E84A204175EF6A86E9103B41DCE663988B4A20414CE1FE5B0E103B41
30	DN-HTP-NC07-001-B1	DN-HTP-NC07-001	Nhà văn phòng 1	17	4	133022.3	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A476FB0D064C2041B5DAA698C90F3B41A83B8FC9184D2041BBC2EE65AC0F3B41B82C5A857E4D20418E6E23B59B103B41B467C6C96B4C20418986DBE7B8103B41A476FB0D064C2041B5DAA698C90F3B41
31	DN-HTP-NC07-001-B2	DN-HTP-NC07-001	Phòng thí nghiệm 2	17.5	4	64810.9	laboratory	survey	\N	\N	01060000200B170000010000000103000000010000000500000054671E7E744D2041ADF1E8EE770F3B41FA54E11BEE4D2041513A11026B0F3B4154018404614E204139FF424F79103B41AD13C166E74D204196B61A3C86103B4154671E7E744D2041ADF1E8EE770F3B41
32	DN-HTP-NC07-001-B3	DN-HTP-NC07-001	Trung tâm dữ liệu 3	21	4	40500.8	data_centre	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000AE4353A2E4E20419D71512B540F3B4116735DAB844E20415C3A78FB4A0F3B41E28253ABE54E20419CD510282F103B41D6F32B3A8F4E2041DE0CEA5738103B410AE4353A2E4E20419D71512B540F3B41
33	DN-HTP-NC07-001-B4	DN-HTP-NC07-001	Nhà ăn 4	19.1	4	26526.2	canteen	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006F4385C0B44E204199AEFDE3320F3B41F60F55ACEA4E2041B410F2282D0F3B41ACBB6457524F2041CAC52D0521103B4125EF946B1C4F2041AF6339C026103B416F4385C0B44E204199AEFDE3320F3B41
34	DN-HTP-DV01-001-B1	DN-HTP-DV01-001	Nhà văn phòng 1	5.7	1	47239	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000024B884FBA24F20414CB678372F0F3B41E5B2E50F0A512041D515E80D090F3B41480B5F197D512041E0FE58A817103B418710FE0416502041579FE9D13D103B4124B884FBA24F20414CB678372F0F3B41
35	DN-HTP-DV01-001-B2	DN-HTP-DV01-001	Nhà dịch vụ 2	16.2	4	104501.1	service	estimate	\N	\N	01060000200B170000010000000103000000010000000500000020AE49E1595120416B738FFEE90E3B41BF882E1830522041E281603AD30E3B410D775CED97522041D37CAF79C70F3B416F9C77B6C15120415C6EDE3DDE0F3B4120AE49E1595120416B738FFEE90E3B41
36	DN-HTP-CN02-001-B1	DN-HTP-CN02-001	Nhà xưởng 1	15	2	86884.4	factory	estimate	\N	\N	01060000200B170000010000000103000000010000000500000073F9D5CEBB522041201AFE57D90E3B4178FDD670D9532041D732B6FCBA0E3B411DC750765D5420412BCF058BF10F3B4118C34FD43F53204174B64DE60F103B4173F9D5CEBB522041201AFE57D90E3B41
37	DN-HTP-CN02-001-B2	DN-HTP-CN02-001	Nhà kho 2	18.4	2	44602	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000E7E3C504615420417D595DA7C20E3B418E7211A1F45420416C234AF7B20E3B41B475DD5C7455204117A2836FDF0F3B410EE791C0E054204128D8961FEF0F3B41E7E3C504615420417D595DA7C20E3B41
38	DN-HTP-CN02-001-B3	DN-HTP-CN02-001	Nhà văn phòng 3	8.3	2	26317.7	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000005B6F2330B552041B59AFDD3920E3B41975EFDEB66552041967A9214890E3B41563BD143E25520416BE5DD38AB0F3B41C392C68B865520418A0549F8B40F3B4105B6F2330B552041B59AFDD3920E3B41
39	DN-HTP-CN02-001-B4	DN-HTP-CN02-001	Nhà ăn 4	14.8	3	27214.5	canteen	estimate	\N	\N	01060000200B17000001000000010300000001000000050000003262B8839E55204112F785AB980E3B4116BE07F0DB55204111E45E24920E3B414AD462B95656204165D986F9B20F3B416678134D1956204165ECAD80B90F3B413262B8839E55204112F785AB980E3B41
40	DN-HTP-NC08-001-B1	DN-HTP-NC08-001	Nhà văn phòng 1	26.6	7	155244.5	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000007A607D1EB438204146180D7159133B41594CE3F57A3A2041F174121A29133B41118D4369A43A20411C205F9B8A133B4131A1DD91DD38204172C359F2BA133B417A607D1EB438204146180D7159133B41
41	DN-HTP-NC08-001-B2	DN-HTP-NC08-001	Phòng thí nghiệm 2	22.5	5	59013.8	laboratory	estimate	\N	\N	01060000200B170000010000000103000000010000000500000015C52BD82C382041D3E7567110143B41622F9B4DCA3920410BC24480E4133B413066F22CE3392041868A42021F143B41E3FB82B7453820414DB054F34A143B4115C52BD82C382041D3E7567110143B41
42	DN-HTP-NC08-001-B3	DN-HTP-NC08-001	Trung tâm dữ liệu 3	30	6	36438.7	data_centre	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000DD1573BAA639204125FD08466B143B4197D3DEB1093B20412171608C45143B41255A272E183B2041F4676D9F67143B416B9CBB36B5392041F8F315598D143B41DD1573BAA639204125FD08466B143B41
43	DN-HTP-CN03-001-B1	DN-HTP-CN03-001	Nhà xưởng 1	14.8	2	89099.2	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000C6D177E10C3B20417A2279B9EC123B4118823C59263C2041768F82CFCE123B4177A6CB25AE3C204125B3B4400E143B4125F606AE943B20412946AB2A2C143B41C6D177E10C3B20417A2279B9EC123B41
44	DN-HTP-CN03-001-B2	DN-HTP-CN03-001	Nhà kho 2	19.4	2	44733.2	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006C6AD738913C204195BD5CFBEB123B41C93852A81E3D204173274BF3DC123B417E2171C8A53D20414426DCCE1A143B412253F658183D204166BCEDD629143B416C6AD738913C204195BD5CFBEB123B41
45	DN-HTP-CN03-001-B3	DN-HTP-CN03-001	Nhà văn phòng 3	7.9	2	27895.6	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000022951707743D2041B22BC89FC9123B41B4797D3BCD3D2041BDCFC424C0123B418CBC4FC74D3E2041D3135586EE133B41FAD7E992F43D2041C86F5801F8133B4122951707743D2041B22BC89FC9123B41
46	DN-HTP-CN03-001-B4	DN-HTP-CN03-001	Nhà ăn 4	9.5	2	18218	canteen	survey	\N	\N	01060000200B1700000100000001030000000100000005000000F7C42272F23D204187574C42AD123B415FCAF9D52A3E204162FB1444A7123B4103CC1567B23E20415EEB6E29E6133B419BC63E037A3E20418347A627EC133B41F7C42272F23D204187574C42AD123B41
47	DN-HTP-DV02-001-B1	DN-HTP-DV02-001	Nhà văn phòng 1	12	3	86722	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000099D85956473F204148BA538965123B41200A702928412041D3006B6F32123B41DD8E22F159412041D3EC9B88A7123B41565D0C1E793F204148A684A2DA123B4199D85956473F204148BA538965123B41
48	DN-HTP-DV02-001-B2	DN-HTP-DV02-001	Nhà dịch vụ 2	8.9	2	30085.2	service	estimate	\N	\N	01060000200B170000010000000103000000010000000500000046C5AED3D43E2041A20B155F69133B41002DCE40A0402041259A5C8B38133B410830ABABBC4020415CDB21647B133B414DC88B3EF13E2041DA4CDA37AC133B4146C5AED3D43E2041A20B155F69133B41
49	DN-HTP-DV02-001-B3	DN-HTP-DV02-001	Nhà ăn 3	24.3	5	37213.7	canteen	survey	\N	\N	01060000200B17000001000000010300000001000000050000006EE807C1623F20413175F988C8133B413C6153621C4120411F84709999133B41D766552A2B41204166469E5EBC133B4109EE0989713F20417937274EEB133B416EE807C1623F20413175F988C8133B41
50	DN-HTP-DV03-001-B1	DN-HTP-DV03-001	Nhà văn phòng 1	16.7	4	136045.5	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000008469F8D2314220410534E60394123B41DF1F9108434320416568A0FA76123B41C46F02A9AB432041A5FF12186D133B4169B969739A42204146CB58218A133B418469F8D2314220410534E60394123B41
51	DN-HTP-DV03-001-B2	DN-HTP-DV03-001	Nhà dịch vụ 2	5.6	1	18912.8	service	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E290A59DC34320415CBF6F7D1B123B41224583284F4420416429DFA80C123B4141E9C0E4BE4420411CD60E7F13133B410135E35933442041146C9F5322133B41E290A59DC34320415CBF6F7D1B123B41
52	DN-HTP-DV03-001-B3	DN-HTP-DV03-001	Nhà ăn 3	19.3	4	37837.4	canteen	survey	\N	\N	01060000200B170000010000000103000000010000000500000009AF4ED4F74420412C39C08AE2113B4100A0F850484520410631ECFCD9113B41473EF22CA9452041853ADED4BD123B41514D48B058452041AB42B262C6123B4109AF4ED4F74420412C39C08AE2113B41
53	DN-HTP-CN04-001-B1	DN-HTP-CN04-001	Nhà xưởng 1	7	1	50178.8	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002D23AF68CD452041182F509ECD113B412E655966FC462041E286C46AAD113B4190700909874720410BEE0B88F3123B418F2E5F0B58462041419697BB13133B412D23AF68CD452041182F509ECD113B41
54	DN-HTP-CN04-001-B2	DN-HTP-CN04-001	Nhà kho 2	18.7	2	49495.7	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000F7C50C1754472041D77D7909AA113B411FE979F5ED47204196B620AF99113B411425B97476482041845EA7C4DA123B41ED014C96DC472041C525001FEB123B41F7C50C1754472041D77D7909AA113B41
55	DN-HTP-CN04-001-B3	DN-HTP-CN04-001	Nhà văn phòng 3	8.5	2	29928.4	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000072D127BB1D4820414330BBFF8E113B4162E3C1377C4820417D1802F584113B41CEE42F9601492041EB74C2AEBE123B41DED29519A3482041B08C7BB9C8123B4172D127BB1D4820414330BBFF8E113B41
56	DN-HTP-CN04-001-B4	DN-HTP-CN04-001	Nhà ăn 4	9.6	2	20618.1	canteen	survey	\N	\N	01060000200B17000001000000010300000001000000050000008A8980B0A24820413136727379113B4137FA8C09E24820418914EDB772113B4182AFBBA7664920416B8E73ADAA123B41D53EAF4E2749204113B0F868B1123B418A8980B0A24820413136727379113B41
57	DN-HTP-CN05-001-B1	DN-HTP-CN05-001	Nhà xưởng 1	7.1	1	57370.5	factory	estimate	\N	\N	01060000200B170000010000000103000000010000000500000022F57EAE584920412A68D7E668113B41986BA975824B2041B31D120C2E113B41A0DDB656DB4B20415F336B1EFF113B412A678C8FB1492041D67D30F939123B4122F57EAE584920412A68D7E668113B41
58	DN-HTP-CN05-001-B2	DN-HTP-CN05-001	Nhà kho 2	19.5	2	62427.5	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A275510EAD4920418E07285964123B4154F63185E54B20418160CFEE27123B419EC95024144C2041AB36F99995123B41ED4870ADDB492041B8DD5104D2123B41A275510EAD4920418E07285964123B41
59	DN-HTP-CN06-001-B1	DN-HTP-CN06-001	Nhà xưởng 1	14.4	2	121261	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D4AE2F8EAC4C2041574C6B2E0B113B416800D688444E2041BB126FD2DF103B41B7B0E8B9BF4E2041B6C3909B01123B41235F42BF274D204152FD8CF72C123B41D4AE2F8EAC4C2041574C6B2E0B113B41
60	DN-HTP-CN06-001-B2	DN-HTP-CN06-001	Nhà kho 2	18.7	2	64405.9	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000003DCCE729984E20411065D8D5CE103B413286E0506C4F20410EC3C449B8103B41E6D521E1EB4F204149B4915BE4113B41F01B29BA174F20414B56A5E7FA113B413DCCE729984E20411065D8D5CE103B41
61	DN-HTP-NC09-001-B1	DN-HTP-NC09-001	Nhà văn phòng 1	13.3	3	122432.7	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000005EBBACC9615020413E45BBC528113B41C652267EBF5120415967399B03113B4114B4E51A21522041E2A0A138E9113B41AB1C6C66C3502041C77E23630E123B415EBBACC9615020413E45BBC528113B41
62	DN-HTP-NC09-001-B2	DN-HTP-NC09-001	Phòng thí nghiệm 2	17.5	4	88150.3	laboratory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000186CB3B617522041390D3A8BC1103B41D101FEA8DE522041A9657166AC103B411E33D30C3B532041725A01BB85113B41659D881A745220410102CADF9A113B41186CB3B617522041390D3A8BC1103B41
63	DN-HTP-KT03-001-B1	DN-HTP-KT03-001	Nhà kho 1	10.3	1	53743.4	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000800121F2913820414373827C0B153B41531E9827F23920419201E10DE6143B415CBE7CE0743A204145C7D98D19163B4189A105AB14392041F6387BFC3E163B41800121F2913820414373827C0B153B41
64	DN-HTP-KT03-001-B2	DN-HTP-KT03-001	Nhà kho 2	10.6	1	28393.1	warehouse	estimate	\N	\N	01060000200B170000010000000103000000010000000500000007774FD6813A20415F1A9CAAF1143B41D2C4CE33583B2041A7DE52E2DA143B41C0F882DACB3B2041737A9EEEEA153B41F5AA037DF53A20412CB6E7B601163B4107774FD6813A20415F1A9CAAF1143B41
65	DN-HTP-NC10-001-B1	DN-HTP-NC10-001	Nhà văn phòng 1	5.6	1	33514.7	office	estimate	\N	DA-DN-HTP-NC10-001	01060000200B170000010000000103000000010000000500000087272B80933B2041FAA3C14AAE143B419708D5049E3C2041C90588F791143B41DA72CB780C3D2041F3F580C995153B41CA9121F4013C20412494BA1CB2153B4187272B80933B2041FAA3C14AAE143B41
66	DN-HTP-NC10-001-B2	DN-HTP-NC10-001	Phòng thí nghiệm 2	5.6	1	17360.4	laboratory	estimate	\N	DA-DN-HTP-NC10-001	01060000200B17000001000000010300000001000000050000004CC035304B3D20412B24F8E7B9143B41DB97D4E0CD3D204189D74104AC143B41FFE0A8803E3E2041D79CCDF1B4153B4170090AD0BB3D204179E983D5C2153B414CC035304B3D20412B24F8E7B9143B41
67	DN-HTP-NC10-001-B3	DN-HTP-NC10-001	Trung tâm dữ liệu 3	11.7	2	20204.7	data_centre	estimate	\N	DA-DN-HTP-NC10-001	01060000200B1700000100000001030000000100000005000000D3565A38393E2041F5407A42BF143B4126AF27B4913E20413C3D15DBB5143B412736DA82F53E204176805FA2A0153B41D3DD0C079D3E20413084C409AA153B41D3565A38393E2041F5407A42BF143B41
68	DN-HTP-NC10-001-B4	DN-HTP-NC10-001	Nhà ăn 4	13.5	3	20591.6	canteen	estimate	\N	DA-DN-HTP-NC10-001	01060000200B17000001000000010300000001000000050000008A0AD852C83E2041BF75CA4498143B41EF177970FB3E20410C9C12D692143B410AF9BA9E6E3F2041B82C0AC7A1153B41A5EB19813B3F20416A06C235A7153B418A0AD852C83E2041BF75CA4498143B41
69	DN-HTP-NC11-001-B1	DN-HTP-NC11-001	Nhà văn phòng 1	22.9	6	242544.2	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000081DC13FC5C432041EF12754311143B41D17D222BC2442041E0B5784DEB133B41B403EFEB1E4520419930B87CC5143B416462E0BCB9432041A88DB472EB143B4181DC13FC5C432041EF12754311143B41
70	DN-HTP-NC11-001-B2	DN-HTP-NC11-001	Phòng thí nghiệm 2	22.8	5	109231.9	laboratory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000AAFD55630E4520413DFDA5C397133B414BE22D3EEF452041D6E6F7DD7F133B41D7F24E943E462041B17BCA7D3A143B41370E77B95D4520411892786352143B41AAFD55630E4520413DFDA5C397133B41
71	DN-HTP-CX11-001-B1	DN-HTP-CX11-001	Nhà chòi 1	4.4	1	5045.8	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000009038792F1F472041C7D46EC02C143B41856BC7DBA14720416FEE2DDD1E143B4117D62ABBC147204167A7A1D669143B4122A3DC0E3F472041BF8DE2B977143B419038792F1F472041C7D46EC02C143B41
72	DN-HTP-NC12-001-B1	DN-HTP-NC12-001	Nhà văn phòng 1	9.1	2	67608.8	office	estimate	\N	DA-DN-HTP-NC12-001	01060000200B1700000100000001030000000100000005000000B1B32CA3574D204196F077B7B0123B413B266DDC814E2041595CA00591123B419F8AF4AAE34E20415684221877133B411618B471B94D20419218FAC996133B41B1B32CA3574D204196F077B7B0123B41
73	DN-HTP-NC12-001-B2	DN-HTP-NC12-001	Phòng thí nghiệm 2	12.8	3	57019.4	laboratory	estimate	\N	DA-DN-HTP-NC12-001	01060000200B1700000100000001030000000100000005000000BD6B9B39914F2041CC6846A5BD123B416E108E8F305020417C8330B6AC123B412D77EB219350204185A75D9594133B417BD2F8CBF34F2041D48C7384A5133B41BD6B9B39914F2041CC6846A5BD123B41
74	DN-HTP-DV04-001-B1	DN-HTP-DV04-001	Nhà văn phòng 1	4	1	32060.9	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001EAE08FBE9502041B6CCB8C5B4123B41FBDC20A3FE512041D9ABA85E97123B417855C2EC64522041802583FB87133B419B26AA44505120415D469362A5133B411EAE08FBE9502041B6CCB8C5B4123B41
75	DN-HTP-DV04-001-B2	DN-HTP-DV04-001	Nhà dịch vụ 2	4.7	1	18495.2	service	survey	\N	\N	01060000200B1700000100000001030000000100000005000000B6842E54AF522041E7CF299245123B419D439D8F3C532041AD48A08F36123B4118E269DAA9532041B8AF93A637133B413223FB9E1C532041F2361DA946133B41B6842E54AF522041E7CF299245123B41
76	DN-HTP-DV04-001-B3	DN-HTP-DV04-001	Nhà ăn 3	19.6	4	36181.9	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000931ED995645320415B727B3F06123B41FFB52EEFBA532041F54F2A12FD113B414A22365014542041DEE38D51CF123B41DE8AE0F6BD5320414406DF7ED8123B41931ED995645320415B727B3F06123B41
77	DN-HTP-CX12-001-B1	DN-HTP-CX12-001	Nhà chòi 1	4.1	1	5939.5	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000037FABF9D15420416F17A4F785123B41947AFED3B4552041CF059ADB6D123B41506DB633CB552041690E007DA2123B41BF716359E854204109200A99BA123B41037FABF9D15420416F17A4F785123B41
78	DN-HTP-GT02-001-B1	DN-HTP-GT02-001	Nhà điều hành bến bãi 1	9.1	2	31470.4	depot	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A5B19E465439204181ECC6C86F163B4104F4DD68FF3920416105B3985D163B418C8020234B3A2041165B4ABB0F173B412D3EE100A039204136425EEB21173B41A5B19E465439204181ECC6C86F163B41
79	DN-HTP-GT02-001-B2	DN-HTP-GT02-001	Nhà văn phòng 2	8.5	2	16467	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000EAE0A3E81D3B20411C9137D94F163B416C24ACA48D3B204175CC3AF943163B41E8A2C818CC3B204165FA4DE2D6163B41675FC05C5C3B20410CBF4AC2E2163B41EAE0A3E81D3B20411C9137D94F163B41
80	DN-HTP-CN10-001-B1	DN-HTP-CN10-001	Nhà xưởng 1	7.3	1	62044	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000942523FA7E3C2041C3BBCA7939163B41E76725703D3E20418937D2060A163B418C34AD0EB13E204159D5E3FF19173B4139F2AA98F23C20419259DC7249173B41942523FA7E3C2041C3BBCA7939163B41
81	DN-HTP-CN10-001-B2	DN-HTP-CN10-001	Nhà kho 2	19.5	2	66258.3	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E549D960843E2041DD74A42C33163B411CE5F2D46D3F20410640045D1A163B41585774E4E43F204169A66A6E32173B4120BC5A70FB3E204140DB0A3E4B173B41E549D960843E2041DD74A42C33163B41
82	DN-HTP-KT04-001-B1	DN-HTP-KT04-001	Nhà kho 1	9.1	1	48393.6	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001B154AD9E53F2041E905C705CE153B41F3026DB83641204152266E38AA153B411D30109BB34120410E2471FDCF163B414542EDBB62402041A503CACAF3163B411B154AD9E53F2041E905C705CE153B41
83	DN-HTP-KT04-001-B2	DN-HTP-KT04-001	Nhà kho 2	9.7	1	27476.7	warehouse	survey	\N	\N	01060000200B17000001000000010300000001000000050000004B8EB5DDDD41204155352275A8153B41FA46C4539C422041810A363794153B4104E3214413432041672B5CFFAB163B41552A13CE544220413C56483DC0163B414B8EB5DDDD41204155352275A8153B41
84	DN-HTP-CN11-001-B1	DN-HTP-CN11-001	Nhà xưởng 1	21.7	3	153138	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D28A31DA45432041DE5080D763153B412D9F099AE344204182B585DE37153B41AFC1171B49452041B3128FA326163B4154AD3F5BAB4320410FAE899C52163B41D28A31DA45432041DE5080D763153B41
85	DN-HTP-CN11-001-B2	DN-HTP-CN11-001	Nhà kho 2	28.2	3	81684.6	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000ADDBB9B8A9452041B9BB979348153B41A1FC20B68C4620411C45D37330153B412E4D2F56F0462041F76366CD1A163B413A2CC8580D46204194DA2AED32163B41ADDBB9B8A9452041B9BB979348153B41
86	DN-HTP-NC13-001-B1	DN-HTP-NC13-001	Nhà văn phòng 1	8.8	2	69224.6	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000FDE1DF46204B2041D74979B9BB143B41F6270A051A4D204158729BF985143B41837021F5544D2041F5FA8C9D10153B41892AF7365B4B204174D26A5D46153B41FDE1DF46204B2041D74979B9BB143B41
87	DN-HTP-NC13-001-B2	DN-HTP-NC13-001	Phòng thí nghiệm 2	13.8	3	59615.7	laboratory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000DBAD64DF124B2041AFEBD6D26A153B41CF1B442CED4C2041671B706A38153B41E058B6730F4D2041FD5E0D0D89153B41ECEAD626354B2041462F7475BB153B41DBAD64DF124B2041AFEBD6D26A153B41
88	DN-HTP-NC13-001-B3	DN-HTP-NC13-001	Trung tâm dữ liệu 3	15.9	3	29238	data_centre	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000DD42667AE24B2041C4A92B05CC153B41FD81556FC24D2041CE15DF0299153B417392585FD34D204124A489DAC0153B415353696AF34B20411B38D6DCF3153B41DD42667AE24B2041C4A92B05CC153B41
89	DN-HTP-CN12-001-B1	DN-HTP-CN12-001	Nhà xưởng 1	14	2	341607.4	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000F742D33E1C51204159D5490CDF133B413C7CF91D745420417BE3611684133B419137A07516552041369AC6F701153B414DFE7996BE512041148CAEED5C153B41F742D33E1C51204159D5490CDF133B41
90	DN-HTP-NC14-001-B1	DN-HTP-NC14-001	Nhà văn phòng 1	27.9	7	298455.1	office	estimate	\N	DA-DN-HTP-NC14-001	01060000200B170000010000000103000000010000000500000015D16ADD645520410DDD4EB8A3133B41F9632F434357204169826EE070133B413CFDC662905720417AAF944B26143B41586A02FDB15520411F0A752359143B4115D16ADD645520410DDD4EB8A3133B41
91	DN-HTP-NO02-001-B1	DN-HTP-NO02-001	Nhà ở công nhân 1	31.5	9	578939.9	dormitory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000B7B080CFE4392041A6CEFDEB45183B41074ADA3CA73B2041EFA81C0D16183B41DAFE54551C3C2041F34C3C7F29193B418A65FBE7593A2041AA721D5E59193B41B7B080CFE4392041A6CEFDEB45183B41
92	DN-HTP-NC15-001-B1	DN-HTP-NC15-001	Nhà văn phòng 1	15.8	4	188858.8	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000F0CF781F043D20412E03611904183B41B1EFEA529C3E204199855BB7D8173B413F89DB1FFF3E204101185220C1183B417E6969EC663D204196955782EC183B41F0CF781F043D20412E03611904183B41
93	DN-HTP-NC15-001-B2	DN-HTP-NC15-001	Phòng thí nghiệm 2	29.8	7	175208.5	laboratory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008C913F3B7D3F20416A1C45FFED173B41A44F2BB7554020416D0756FDD6173B41FC429607BA4020412BF7C4F5C2183B41E484AA8BE13F2041280CB4F7D9183B418C913F3B7D3F20416A1C45FFED173B41
94	DN-HTP-CN13-001-B1	DN-HTP-CN13-001	Nhà xưởng 1	21.1	3	183114.9	factory	estimate	\N	DA-DN-HTP-CN13-001	01060000200B17000001000000010300000001000000050000003971E7A05E412041A3B9CA607F173B41AF274DFF6F432041EA2D211E47173B41E9C4F0FAD3432041E807234F32183B41730E8B9CC2412041A093CC916A183B413971E7A05E412041A3B9CA607F173B41
95	DN-HTP-DV05-001-B1	DN-HTP-DV05-001	Nhà văn phòng 1	4.1	1	43375.3	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000004BC6315037442041049D2A6B07173B410E0DA62B724520413919C5F4E5163B410B408F16E34520416C83EE92EF173B4148F91A3BA84420413707540911183B414BC6315037442041049D2A6B07173B41
96	DN-HTP-DV05-001-B2	DN-HTP-DV05-001	Nhà dịch vụ 2	12.2	3	66071	service	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000A35FB550E64520412275084C3A173B41788E611F9B4620413EDAC31427173B41772DB06006472041CC7E006123183B41A2FE039251462041AF19459836183B41A35FB550E64520412275084C3A173B41
97	DN-HTP-DV05-001-B3	DN-HTP-DV05-001	Nhà ăn 3	10.1	2	23740.6	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D68D397A1447204131076E6C06173B41D3E502A873472041C83AE04EFC163B410BA7C387D9472041A1DFABF2EB173B410E4FFA597A47204109AC3910F6173B41D68D397A1447204131076E6C06173B41
98	DN-HTP-GT03-001-B1	DN-HTP-GT03-001	Nhà điều hành bến bãi 1	10.8	2	45749.4	depot	survey	\N	\N	01060000200B1700000100000001030000000100000005000000145E9E8CCC492041EF29069903173B417F1D8368C84A20418D0FA3D4E8163B415184B34F154B20413BB21BBB9D173B41E6C4CE73194A20419DCC7E7FB8173B41145E9E8CCC492041EF29069903173B41
99	DN-HTP-NC18-001-B1	DN-HTP-NC18-001	Nhà văn phòng 1	5.2	1	26494.3	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000C187909DAF3A20418A9318C82B1A3B41B4939562C83B2041154221F10D1A3B416D8ED143153C2041E1F897C9C21A3B417A82CC7EFC3A2041564A8FA0E01A3B41C187909DAF3A20418A9318C82B1A3B41
100	DN-HTP-NC18-001-B2	DN-HTP-NC18-001	Phòng thí nghiệm 2	21.4	5	69893.6	laboratory	survey	\N	\N	01060000200B170000010000000103000000010000000500000006F5E40AA63C2041C44CC0017D193B41A901D1244B3D20410638CD756B193B4172D0F88A913D2041ADDE960F111A3B41CFC30C71EC3C20416BF3899B221A3B4106F5E40AA63C2041C44CC0017D193B41
101	DN-HTP-CN15-001-B1	DN-HTP-CN15-001	Nhà xưởng 1	45	7	404607.1	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000C0F5D355E4120413536248E0E193B41B34DE4C041432041C33B372ADB183B41C50126FEA24320415D86FFE6BF193B411DC39E72BF412041CF80EC4AF3193B410C0F5D355E4120413536248E0E193B41
102	DN-HTP-CN16-001-B1	DN-HTP-CN16-001	Nhà xưởng 1	50.4	3	265101.4	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000AD1EA47E9C442041395F33649C183B41466DE18A5F4720414C9B613F51183B41229C9A97CA472041C1B4EC0F4D193B41894D5D8B07452041AF78BE3498193B41AD1EA47E9C442041395F33649C183B41
103	DN-HTP-CN17-001-B1	DN-HTP-CN17-001	Nhà xưởng 1	22.3	3	112406.5	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000CB2B354F44820411371E76C70183B415C2EBB54384A20412457C1FD4D183B413C67646C984A20411480E80730193B41ECEA5C6C54492041039A0E7752193B410CB2B354F44820411371E76C70183B41
104	DN-HTP-CN17-001-B2	DN-HTP-CN17-001	Nhà kho 2	18.7	2	41190.6	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000CD9A4E83B34A204154163D0B5A183B415CA91083754B2041F04E0F6D45183B414A7E51EDCB4B204184B491B310193B41BB6F8FED094B2041E97BBF5125193B41CD9A4E83B34A204154163D0B5A183B41
105	DN-HTP-DV06-001-B1	DN-HTP-DV06-001	Nhà văn phòng 1	7.7	2	51362.6	office	estimate	\N	DA-DN-HTP-DV06-001	01060000200B1700000100000001030000000100000005000000CB984C8B1A4C2041B9C14E770B183B416B680CB4F84C20416239F8DAF3173B417886440C5B4D2041C47C5E31DB183B41D9B684E37C4C20411B05B5CDF2183B41CB984C8B1A4C2041B9C14E770B183B41
106	DN-HTP-DV06-001-B2	DN-HTP-DV06-001	Nhà dịch vụ 2	16.4	4	57209.5	service	estimate	\N	DA-DN-HTP-DV06-001	01060000200B17000001000000010300000001000000050000009A69DA64824D2041A21EECA9E5173B41ECF8EBC5024E204178501405D8173B4146F1E0995F4E20413C996461B2183B41F561CF38DF4D204166673C06C0183B419A69DA64824D2041A21EECA9E5173B41
107	DN-HTP-DV06-001-B3	DN-HTP-DV06-001	Nhà ăn 3	9	2	13781.1	canteen	estimate	\N	DA-DN-HTP-DV06-001	01060000200B1700000100000001030000000100000005000000D5763EA75F4E2041B22C67BEA5173B41B2BC0554A54E20415CAABD569E173B415B821AD9FA4E2041654D2A8267183B417E3C532CB54E2041BBCFD3E96E183B41D5763EA75F4E2041B22C67BEA5173B41
108	DN-HTP-CN18-001-B1	DN-HTP-CN18-001	Nhà xưởng 1	41.2	2	149141	factory	estimate	\N	\N	01060000200B170000010000000103000000010000000500000060FB0D07864F204122AD4800CC173B411402B650215220415D103A1585173B41385186017F522041BEAF107961183B41834ADEB7E34F2041834C1F64A8183B4160FB0D07864F204122AD4800CC173B41
109	DN-HTP-CN19-001-B1	DN-HTP-CN19-001	Nhà xưởng 1	22.4	3	125547.2	factory	survey	\N	\N	01060000200B17000001000000010300000001000000050000005A1C78F4A75220411C6ADECD1E173B41EC6889A10D542041B5A77DCAF8163B419520D0BA73542041186799F5E8173B4103D4BE0D0E5320417F29FAF80E183B415A1C78F4A75220411C6ADECD1E173B41
110	DN-HTP-CN19-001-B2	DN-HTP-CN19-001	Nhà kho 2	10.4	1	23396.3	warehouse	estimate	\N	\N	01060000200B170000010000000103000000010000000500000080E854270B5520413BEA50CA08173B415748730CD4552041DD8B8470F3163B4194F6D5ED35562041800162AFD9173B41BD96B7086D552041DE5F2E09EF173B4180E854270B5520413BEA50CA08173B41
111	DN-ITP-CX01-001-B1	DN-ITP-CX01-001	Nhà chòi 1	5.3	1	564.5	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000C34333DAAD6A2041E2F185F4EB243B414D2E2B253D6B2041CEBFF6E608253B41CC690282376B2041A1A4EFE00F253B41417F0A37A86A2041B5D67EEEF2243B41C34333DAAD6A2041E2F185F4EB243B41
112	DN-ITP-HT01-001-B1	DN-ITP-HT01-001	Công trình hạ tầng 1	6.3	1	49338.9	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000CB216EA9266A204121E7B9237D253B41FDA50D11006C204137F205C6DC253B413EEF5F736A6B2041A18603EE95263B410C6BC00B916920418B7BB74B36263B41CB216EA9266A204121E7B9237D253B41
113	DN-ITP-CX02-001-B1	DN-ITP-CX02-001	Nhà chòi 1	4	1	397.9	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000A8D9D5604C6E2041669EFFBFA2253B41F3AB964CBD6E2041B064BE8FB9253B4192081A4AB86E2041A57DE0C2BF253B414736595E476E20415BB721F3A8253B41A8D9D5604C6E2041669EFFBFA2253B41
114	DN-ITP-DV01-001-B1	DN-ITP-DV01-001	Nhà văn phòng 1	31.4	8	467142.6	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000491C6119E36D2041788D1BC5CC253B4167A98645576F2041AE7B23F417263B41E3F348B66B6E20414CA704783B273B41C566238AF76C204117B9FC48F0263B41491C6119E36D2041788D1BC5CC253B41
115	DN-ITP-CX03-001-B1	DN-ITP-CX03-001	Nhà chòi 1	5.1	1	522.5	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000006833930A03732041974AB72397263B41B1810C487F73204121B9D63CB0263B41B3E664227973204191074ED8B7263B416B98EBE4FC72204108992EBF9E263B416833930A03732041974AB72397263B41
116	DN-ITP-GT01-001-B1	DN-ITP-GT01-001	Nhà điều hành bến bãi 1	6	1	36443	depot	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D6D0D80221712041B1ABD7539F263B413E492402A4722041710A8B81ED263B41D140E36E1A7220418342E6C297273B4169C8976F97702041C3E3329549273B41D6D0D80221712041B1ABD7539F263B41
117	DN-ITP-NC01-001-B1	DN-ITP-NC01-001	Nhà văn phòng 1	11.4	3	95862.5	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000088CFEB4906C20418FADDE20B5273B414EE92432346E204114E4E2DE09283B4136DE3A2AC36D2041FE3456C095283B41F08014AD1F6C204178FE510241283B41088CFEB4906C20418FADDE20B5273B41
118	DN-ITP-NC01-001-B2	DN-ITP-NC01-001	Phòng thí nghiệm 2	14.4	3	53602.7	laboratory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000DE323683EB6B204178E0C10E6A283B41F12512A2E56D2041153EF64CD0283B4169E56D88B26D204175BC0F8A0F293B4156F29169B86B2041D85EDB4BA9283B41DE323683EB6B204178E0C10E6A283B41
149	KCN-HK-CX06-001-B1	KCN-HK-CX06-001	Nhà chòi 1	5.5	1	7827	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000CF957A38B3912041AAA280FDB11E3B41E264EEFB879220415B4AC37AFC1E3B4142123AA442922041E520CBFE2D1F3B412F43C6E06D91204135798881E31E3B41CF957A38B3912041AAA280FDB11E3B41
119	DN-ITP-NC01-001-B3	DN-ITP-NC01-001	Trung tâm dữ liệu 3	16.8	3	25846.8	data_centre	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A68C3CF3106B2041DDF50E69B2283B41DC850667E26C20412B1D177010293B4162A9B59EC66C204159D9E3D132293B412CB0EB2AF56A20410BB2DBCAD4283B41A68C3CF3106B2041DDF50E69B2283B41
120	DN-ITP-NC02-001-B1	DN-ITP-NC02-001	Nhà văn phòng 1	19.9	5	148523.3	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000719681A71F6F2041AAF1FA2075283B4175F03C753A702041487C4542AE283B41D881AD919F6F20413599CCF06D293B41D427F2C3846E2041970E82CF34293B41719681A71F6F2041AAF1FA2075283B41
121	DN-ITP-NC02-001-B2	DN-ITP-NC02-001	Phòng thí nghiệm 2	14.5	3	48733.7	laboratory	estimate	\N	\N	01060000200B170000010000000103000000010000000500000068221FB43E702041CF1835E411293B41AF60E95AD870204121CD59EE30293B413FDF38DB3C702041E660185EF1293B41F8A06E34A36F204194ACF353D2293B4168221FB43E702041CF1835E411293B41
122	DN-ITP-NC02-001-B3	DN-ITP-NC02-001	Trung tâm dữ liệu 3	25.4	5	42310.6	data_centre	survey	\N	\N	01060000200B17000001000000010300000001000000050000004C1273BBCB7120413DF2CAA4A1283B41C728907016722041F10551BCB0283B416F6326887671204181D0E7A076293B41F44C09D32B712041CDBC618967293B414C1273BBCB7120413DF2CAA4A1283B41
123	KCN-HK-CX01-001-B1	KCN-HK-CX01-001	Nhà chòi 1	5.7	1	514	pavilion	estimate	\N	\N	01060000200B170000010000000103000000010000000500000003603CD5AB8B20415E1C93D2A2173B41C05652C6478C2041BEE5186BD9173B41A25B5068418C2041B21C0BF7DD173B41E5643A77A58B20415253855EA7173B4103603CD5AB8B20415E1C93D2A2173B41
124	KCN-HK-HT01-001-B1	KCN-HK-HT01-001	Công trình hạ tầng 1	10.9	2	59701.5	utility	estimate	\N	\N	01060000200B170000010000000103000000010000000500000075B42D2BA78A204166B663FD9A173B41D6B8EFBE868B20418414D843E9173B41CE700DF4868A2041E91878EB9F183B416D6C4B60A7892041CBBA03A551183B4175B42D2BA78A204166B663FD9A173B41
125	KCN-HK-HT01-001-B2	KCN-HK-HT01-001	Công trình hạ tầng 2	5.5	1	14564.2	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000824B8DBD368C2041EA38D06615183B412BBFCCD7A78C204134FFCDFF3C183B413EB7A505AB8B2041B7103688F1183B41954366EB398B20416D4A38EFC9183B41824B8DBD368C2041EA38D06615183B41
126	KCN-HK-HT01-001-B3	KCN-HK-HT01-001	Nhà văn phòng 3	8.9	2	16932.2	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000059EA8947CA8C204161654F906C183B419D0068E8098D204171A31AD782183B4110725B44FC8B204170483D6243193B41CC5B7DA3BC8B2041600A721B2D193B4159EA8947CA8C204161654F906C183B41
127	KCN-HK-HT01-001-B4	KCN-HK-HT01-001	Công trình hạ tầng 4	11.9	2	11958.6	utility	estimate	\N	\N	01060000200B170000010000000103000000010000000500000092CCB5D62B8D204106574348BB183B41ABDC6659558D20417735B5D0C9183B41CA1BC0CE418C20416B6886928E193B41B20B0F4C188C2041FA89140A80193B4192CCB5D62B8D204106574348BB183B41
128	KCN-HK-CN01-001-B1	KCN-HK-CN01-001	Nhà xưởng 1	15	2	99881.2	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E683FA0FDA8D2041150D08B1A7183B41ABA3FB72298F2041FCAD971C1D193B4118A09C41108E2041398379E7E5193B4153809BDEC08C204152E2E97B70193B41E683FA0FDA8D2041150D08B1A7183B41
129	KCN-HK-CN01-001-B2	KCN-HK-CN01-001	Nhà kho 2	10.7	1	26769.2	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000CF0761CA48F2041E1428F1554193B41E4408EC35B9020415F5FB86194193B41FE443CAA438F20419A13A0645C1A3B4126F424038C8E20411DF776181C1A3B410CF0761CA48F2041E1428F1554193B41
130	KCN-HK-CN01-001-B3	KCN-HK-CN01-001	Nhà văn phòng 3	9.4	2	26419.3	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000E0C7A0468A90204187C7845BC3193B41F7F61067E2902041FF5B0336E2193B4180227E8BBE8F2041743B769EB21A3B4169F30D6B668F2041FCA6F7C3931A3B41E0C7A0468A90204187C7845BC3193B41
131	KCN-HK-CX03-001-B1	KCN-HK-CX03-001	Nhà chòi 1	4.5	1	312.1	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000009CDA3C8BB4922041AB5438AB151A3B41D36C0C190F9320412567425F351A3B416153FB50089320418286F0363A1A3B412AC12BC3AD9220410874E6821A1A3B419CDA3C8BB4922041AB5438AB151A3B41
132	KCN-HK-KT01-001-B1	KCN-HK-KT01-001	Nhà kho 1	9	1	25617.3	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000B518A77C739120419261CBBEFE193B4111FCB6923B922041B8D9D4CB441A3B41D04A502138912041905EC50EFE1A3B417467400B709020416AE6BB01B81A3B41B518A77C739120419261CBBEFE193B41
133	KCN-HK-KT01-001-B2	KCN-HK-KT01-001	Nhà kho 2	9.9	1	14684.1	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000893761EA6F922041587676A2891A3B4193710E2CDA9220411C4DDFD5AE1A3B41AB0F9CB1CF9120417B45E41E6D1B3B41A1D5EE6F65912041B76E7BEB471B3B41893761EA6F922041587676A2891A3B41
134	KCN-HK-KT01-001-B3	KCN-HK-KT01-001	Nhà văn phòng 3	4.7	1	6954.7	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000000EDC725A36932041870B23A3991A3B41153C037270932041DF3CBAF9AD1A3B416BE19ABC7C92204172AE61005C1B3B4165810AA542922041197DCAA9471B3B410EDC725A36932041870B23A3991A3B41
135	KCN-HK-CX04-001-B1	KCN-HK-CX04-001	Nhà chòi 1	4	1	616.4	pavilion	survey	\N	\N	01060000200B170000010000000103000000010000000500000061F6D3C405962041EA892234491B3B411C965C5A2F97204113B69363B11B3B419D3E4F5C2B97204110D9653DB41B3B41E39EC6C601962041E7ACF40D4C1B3B4161F6D3C405962041EA892234491B3B41
136	KCN-HK-DV01-001-B1	KCN-HK-DV01-001	Nhà văn phòng 1	19.2	5	141106.9	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000AEBEB9EF4394204196EC31B4301B3B416A76632738952041AB8D9034861B3B4119780FD84F94204101777E172C1C3B415DC065A05B932041ECD51F97D61B3B41AEBEB9EF4394204196EC31B4301B3B41
137	KCN-HK-DV01-001-B2	KCN-HK-DV01-001	Nhà dịch vụ 2	16.6	4	62085.3	service	estimate	\N	\N	01060000200B170000010000000103000000010000000500000065D3E617FA952041E4FC3A03D31B3B4182E5A5E57D962041F5CE5728011C3B413F2B961E96952041C5C5F7A9A61C3B412119D75012952041B4F3DA84781C3B4165D3E617FA952041E4FC3A03D31B3B41
138	KCN-HK-GT01-001-B1	KCN-HK-GT01-001	Nhà điều hành bến bãi 1	5.5	1	20490.2	depot	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000AED8BD99E9720418488512D541C3B416709062FC39820417D853386BA1C3B41F9E494383D9820412B81F82E1A1D3B419CC81AE318972041318416D6B31C3B410AED8BD99E9720418488512D541C3B41
139	KCN-HK-CN02-001-B1	KCN-HK-CN02-001	Nhà xưởng 1	7.6	1	61400.1	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000F117743B1E89204163DBCD67BF183B41C7239583AC8A20419DFB6DD84A193B411135322C7789204175A2F0BC271A3B413C2911E4E88720413C82504C9C193B41F117743B1E89204163DBCD67BF183B41
140	KCN-HK-CN02-001-B2	KCN-HK-CN02-001	Nhà kho 2	10.9	1	33958.2	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000C3C8F38B0F8B20418A770A8952193B4148D771A9DC8B20414FE5CF589A193B417D016D3A998A20414D61704D811A3B41F8F2EE1CCC89204188F3AA7D391A3B41C3C8F38B0F8B20418A770A8952193B41
141	KCN-HK-DV03-001-B1	KCN-HK-DV03-001	Nhà văn phòng 1	15.7	4	206809.6	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000002C446FB0049020417878E8ACC21B3B41C3024EBD6F9120412D65DBC7411C3B411BE615186490204124D638E6001D3B418427370BF98E20416EE945CB811C3B412C446FB0049020417878E8ACC21B3B41
142	KCN-HK-CN03-001-B1	KCN-HK-CN03-001	Nhà xưởng 1	15.5	2	90403.5	factory	survey	\N	\N	01060000200B17000001000000010300000001000000050000009C43E1281E922041DC107B4D411C3B41B24401C13193204146AD0BCAA11C3B4128855164F2912041FABB5ED6851D3B41128431CCDE902041901FCE59251D3B419C43E1281E922041DC107B4D411C3B41
143	KCN-HK-CN03-001-B2	KCN-HK-CN03-001	Nhà kho 2	18.6	2	43528.3	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000460CDD8BE3932041A765B6D7891C3B41DCA133C176942041F9CE7D61BD1C3B41FD4155CF4B932041F22A7BD9921D3B4167ACFE99B8922041A0C1B34F5F1D3B41460CDD8BE3932041A765B6D7891C3B41
144	KCN-HK-CN03-001-B3	KCN-HK-CN03-001	Nhà văn phòng 3	12.6	3	39746.9	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000048E001607094204158A83E98051D3B41FD88C51FC1942041A4E181DD211D3B41B7E6D1217A932041C8909B5C0B1E3B41023E0E62299320417D575817EF1D3B4148E001607094204158A83E98051D3B41
145	KCN-HK-CN03-001-B4	KCN-HK-CN03-001	Nhà ăn 4	15	3	27109.5	canteen	survey	\N	\N	01060000200B17000001000000010300000001000000050000000251A6A9E6942041CD25CD83351D3B4184AD133B1D952041A2EB8C9E481D3B41A6C831A5DA932041193720F82E1E3B41246CC413A4932041447160DD1B1E3B410251A6A9E6942041CD25CD83351D3B41
146	KCN-HK-CN05-001-B1	KCN-HK-CN05-001	Nhà xưởng 1	15.4	2	102530.4	factory	estimate	\N	DA-KCN-HK-CN05-001	01060000200B1700000100000001030000000100000005000000EC417842E9862041681EECB98E1A3B41CDC6C9332C8820417BA829CAFF1A3B41672E6301E986204189F88093E61B3B4187A91110A6852041766E4383751B3B41EC417842E9862041681EECB98E1A3B41
147	KCN-HK-CN05-001-B2	KCN-HK-CN05-001	Nhà kho 2	9.5	1	28397.9	warehouse	estimate	\N	DA-KCN-HK-CN05-001	01060000200B1700000100000001030000000100000005000000D92E6C941A89204159B28F89D01A3B4199416806D88920414A77E3DC121B3B4106ADA75CAF88204157A1C6B3E61B3B41469AABEAF187204166DC7260A41B3B41D92E6C941A89204159B28F89D01A3B41
148	KCN-HK-CN07-001-B1	KCN-HK-CN07-001	Nhà xưởng 1	7.5	1	104974.3	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E3B4049D288E204135830D588B1C3B41745F16211890204104B570D3381D3B41055BF8FB898E2041FE4B8421551E3B4173B0E6779A8C20412F1A21A6A71D3B41E3B4049D288E204135830D588B1C3B41
150	KCN-HK-CN09-001-B1	KCN-HK-CN09-001	Nhà xưởng 1	8.8	1	40451.9	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000005C6AEFDD4F882041952C6BD6BE1C3B41EFACBF894D892041909517A6171D3B41A2FDEE9816882041FE02F7AEF51D3B410FBB1EED18872041039A4ADF9C1D3B415C6AEFDD4F882041952C6BD6BE1C3B41
151	KCN-HK-CN09-001-B2	KCN-HK-CN09-001	Nhà kho 2	9.8	1	20733.4	warehouse	survey	\N	\N	01060000200B170000010000000103000000010000000500000040358DEBCF892041890481A6401D3B41612452175F8A2041E5316DC6721D3B411D68BBA04B892041A1E5EA79371E3B41FD78F674BC88204145B8FE59051E3B4140358DEBCF892041890481A6401D3B41
152	KCN-HK-CN09-001-B3	KCN-HK-CN09-001	Nhà văn phòng 3	8.6	2	24952.9	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008189D65FBE8A2041741EF387711D3B41ACF1C8840A8B204149FD80308C1D3B41B791E6C0D389204196EA4A196A1E3B418B29F49B87892041C20BBD704F1E3B418189D65FBE8A2041741EF387711D3B41
153	KCN-HK-CN09-001-B4	KCN-HK-CN09-001	Nhà ăn 4	9.5	2	15726.5	canteen	survey	\N	\N	01060000200B170000010000000103000000010000000500000054FCE4C61B8B2041BE7F1AB0C61D3B41A14F1837508B2041AE79F70BD91D3B4121700461238A20416CA9B7DDAF1E3B41D41CD1F0EE8920417DAFDA819D1E3B4154FCE4C61B8B2041BE7F1AB0C61D3B41
154	KCN-HK-KT02-001-B1	KCN-HK-KT02-001	Nhà kho 1	10.3	1	48548.2	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006326AE0ED48B2041BB05E9CAF71D3B418EC1E71BEF8C204185B5DBE35A1E3B41778C7906A88B20413363B973441F3B414CF13FF98C8A204169B3C65AE11E3B416326AE0ED48B2041BB05E9CAF71D3B41
155	KCN-HK-KT02-001-B2	KCN-HK-KT02-001	Nhà kho 2	9.5	1	25442.4	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001B3CAECD498D204193FB239F621E3B4166B86E1BE58D204187B67AFE981E3B41268DDD1CA48C2041C79033357E1F3B41DA101DCF088C2041D4D5DCD5471F3B411B3CAECD498D204193FB239F621E3B41
156	KCN-HK-KT03-001-B1	KCN-HK-KT03-001	Nhà kho 1	10.5	1	42002.9	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000007AD378E5808E2041A92D499DED1E3B41D86B0F30C88F2041AC444933601F3B412AD9672BC98E204154615C4D16203B41CC40D1E0818D2041514A5CB7A31F3B417AD378E5808E2041A92D499DED1E3B41
157	KCN-HK-KT03-001-B2	KCN-HK-KT03-001	Nhà kho 2	9.2	1	22314.7	warehouse	estimate	\N	\N	01060000200B170000010000000103000000010000000500000099FAF2F53C9020412CE1B3A07F1F3B41F1D86DC0F0902041072CBF92BE1F3B4122205788F38F2041B17EF16373203B41CB41DCBD3F8F2041D733E67134203B4199FAF2F53C9020412CE1B3A07F1F3B41
158	KCN-HK-KT03-001-B3	KCN-HK-KT03-001	Nhà văn phòng 3	4.7	1	11678.2	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001DE38E95D79020416B67A6B501203B41328DE72830912041FBCD5FB820203B41A428D92A2F9020411DD3573BD8203B41907E8097D68F20418D6C9E38B9203B411DE38E95D79020416B67A6B501203B41
159	KCN-HK-KT04-001-B1	KCN-HK-KT04-001	Nhà kho 1	10.8	1	41859.7	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000B914F3A2BD912041CFD2DA6C2F203B414F488489CB9220419C881FEB8D203B41BA0650DF9E912041B8838B9D64213B4124D3BEF890902041EACD461F06213B41B914F3A2BD912041CFD2DA6C2F203B41
160	KCN-HK-KT04-001-B2	KCN-HK-KT04-001	Nhà kho 2	9.7	1	22244.1	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000287E642690932041182ED2EC9D203B416FB033302A942041BB0DBFDAD3203B412464B8D50A932041DB53CD0BA1213B41DD31E9CB709220413874E01D6B213B41287E642690932041182ED2EC9D203B41
161	KCN-HK-KT04-001-B3	KCN-HK-KT04-001	Nhà văn phòng 3	4.9	1	11274.9	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000007AA4CB10249420415315DA0EFA203B418BFA651173942041EDC38FB715213B41A93F8EED5A932041DE00FBC1DD213B4198E9F3EC0B93204144524519C2213B417AA4CB10249420415315DA0EFA203B41
162	KCN-LC-HT01-001-B1	KCN-LC-HT01-001	Công trình hạ tầng 1	11.3	2	107571.4	utility	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D609A99442752041C258148CD52B3B41BAD4A34907772041AB4FC6E64D2C3B412B28B98332762041F71648FC152D3B41475DBECE6D7420410D2096A19D2C3B41D609A99442752041C258148CD52B3B41
163	KCN-LC-CX02-001-B1	KCN-LC-CX02-001	Nhà chòi 1	4.4	1	330.8	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000002C9BD653207820413876D027802C3B4118802D83A8782041A2C2655CA42C3B419B164C39A47820411ED1CD64A82C3B41AF31F5091C782041B4843830842C3B412C9BD653207820413876D027802C3B41
164	KCN-LC-DV01-001-B1	KCN-LC-DV01-001	Nhà văn phòng 1	5.1	1	19625.6	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008557EA0717782041499C8179B02C3B4170945E397A7920412ECC87E70E2D3B4184FF97831A792041017719E8682D3B4199C22352B77720411C47137A0A2D3B418557EA0717782041499C8179B02C3B41
165	KCN-LC-DV01-001-B2	KCN-LC-DV01-001	Nhà dịch vụ 2	20.9	5	49299.7	service	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000B176AB1015782041661941A2712D3B4129CD990266792041E7FF5436CB2D3B41CAF23B9033792041950E87A6FA2D3B41529C4D9EE277204113287312A12D3B41B176AB1015782041661941A2712D3B41
166	KCN-LC-DV01-001-B3	KCN-LC-DV01-001	Nhà ăn 3	32.4	7	42874.7	canteen	estimate	\N	\N	01060000200B170000010000000103000000010000000500000058C42095BF772041329EE193D12D3B4176491DB32279204130DCBAFC2F2E3B4120F401FB05792041EB7C61FE4A2E3B41016F05DDA2772041ED3E8895EC2D3B4158C42095BF772041329EE193D12D3B41
167	KCN-LC-DV01-001-B4	KCN-LC-DV01-001	Trạm y tế 4	26.8	7	27299.7	clinic	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001226A7E5D97620415095291DCF2D3B41522A33171F782041CA737291252E3B410868C72E0A782041FABBAA3A392E3B41C9633BFDC476204180DD61C6E22D3B411226A7E5D97620415095291DCF2D3B41
168	KCN-LC-CN01-001-B1	KCN-LC-CN01-001	Nhà xưởng 1	30	7	500223.5	factory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000FE208A5A5C7B2041533A4090E52D3B41AB3AB60F2A7D2041FFCA864F602E3B4129B6156F297C2041BE1638A2512F3B417B9CE9B95B7A20411386F1E2D62E3B41FE208A5A5C7B2041533A4090E52D3B41
169	KCN-LC-GT01-001-B1	KCN-LC-GT01-001	Nhà điều hành bến bãi 1	9.5	2	33439.2	depot	survey	\N	\N	01060000200B1700000100000001030000000100000005000000802764B56A7E20412ABFEE144C2F3B41B40ACB5D4C7F2041F946EF12882F3B41DB752603C87E2041D420ED8804303B41A792BF5AE67D20410499EC8AC82F3B41802764B56A7E20412ABFEE144C2F3B41
170	KCN-LC-GT02-001-B1	KCN-LC-GT02-001	Nhà điều hành bến bãi 1	10.8	2	58497.3	depot	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004E7D3507E1802041351432B5752F3B41477F1A883382204187F656B3CF2F3B4198AD26A099812041F2379B6D60303B419FAB411F47802041A055766F06303B414E7D3507E1802041351432B5752F3B41
171	KCN-LC-GT03-001-B1	KCN-LC-GT03-001	Nhà điều hành bến bãi 1	10.2	2	42204.8	depot	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004CE73E6742732041185A6F93EC2D3B411D035B6974742041D5AAFDED3D2E3B412A4B81E5FD732041F5827860AD2E3B41592F65E3CB7220413832EA055C2E3B414CE73E6742732041185A6F93EC2D3B41
172	KCN-LC-CN02-001-B1	KCN-LC-CN02-001	Nhà xưởng 1	31.5	1	78113.2	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D37A20921B772041C6E58242542E3B41AFD8624AD3782041335B5029C92E3B41E384690B997720416BBBB0AAF02F3B4107272753E1752041FE45E3C37B2F3B41D37A20921B772041C6E58242542E3B41
173	KCN-LC-CN03-001-B1	KCN-LC-CN03-001	Nhà xưởng 1	7.7	1	62335.1	factory	survey	\N	\N	01060000200B17000001000000010300000001000000050000001A95F08E497C204107180E0FA52F3B41DCCDBB1BBB7E2041C7833D5D4B303B4143B825840C7E20411C87538BEF303B41817F5AF79A7B20415C1B243D49303B411A95F08E497C204107180E0FA52F3B41
174	KCN-LC-CN03-001-B2	KCN-LC-CN03-001	Nhà kho 2	18.5	2	69321.7	warehouse	survey	\N	\N	01060000200B17000001000000010300000001000000050000001EB53BF9757B204142BD825276303B413FF531B5C27D20415B570FD712313B41B6B53F855D7D20412AB82DFE71313B41967549C9107B2041111EA179D5303B411EB53BF9757B204142BD825276303B41
175	KCN-LC-CN03-001-B3	KCN-LC-CN03-001	Nhà văn phòng 3	5.4	1	17448.5	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000EB28BE9B227B2041353AB55EF1303B41D789145A7C7D2041AD36A75891313B41BAAB1EDA4A7D2041981AE6E4BF313B41CE4AC81BF17A2041211EF4EA1F313B41EB28BE9B227B2041353AB55EF1303B41
176	KCN-LC-DV02-001-B1	KCN-LC-DV02-001	Nhà văn phòng 1	23.7	6	221457.9	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000001BE4DB45637F20419D78749A7C303B417099B147478020419BCE5938B9303B414688CD29367F20418090900CBA313B41F1D2F727527E2041833AAB6E7D313B411BE4DB45637F20419D78749A7C303B41
177	KCN-LC-DV02-001-B2	KCN-LC-DV02-001	Nhà dịch vụ 2	16.9	4	69685.9	service	survey	\N	\N	01060000200B1700000100000001030000000100000005000000F35F1C9B7B802041B005EA004D313B41D8BC247BF78020412124B5EF6D313B41AB03F920FC7F204123137B4C5A323B41C7A6F040807F2041B3F4AF5D39323B41F35F1C9B7B802041B005EA004D313B41
178	KCN-LC-DV02-001-B3	KCN-LC-DV02-001	Nhà ăn 3	10.7	2	21764.5	canteen	survey	\N	\N	01060000200B17000001000000010300000001000000050000006106B967F8802041761E484F9F313B4145E2EF0C498120417CC7E8BFB4313B4181B4AA6561802041A63186968E323B419DD873C010802041A088E52579323B416106B967F8802041761E484F9F313B41
179	KCN-LC-DV02-001-B4	KCN-LC-DV02-001	Trạm y tế 4	3.9	1	7462.6	clinic	estimate	\N	\N	01060000200B17000001000000010300000001000000050000003E0ADAADFA812041860B86645A313B413EF53BF6248220414F9B3CA265313B41B430A068FE8020412003E69E7A323B41B4453E20D480204157732F616F323B413E0ADAADFA812041860B86645A313B41
180	KCN-LC-CN04-001-B1	KCN-LC-CN04-001	Nhà xưởng 1	8.8	1	65553.8	factory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000CC34B0E14A722041204B8EE9082F3B41F28217C8637420414E9454A6972F3B41EADB9862927320411E7AF78E5C303B41C48D317C79712041F13031D2CD2F3B41CC34B0E14A722041204B8EE9082F3B41
181	KCN-LC-CN04-001-B2	KCN-LC-CN04-001	Nhà kho 2	9.1	1	34472.4	warehouse	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000AE0C2929437120418AAE8080EE2F3B41F9657DD05A732041202B73E87C303B41D3F61755E872204150380C90E8303B41889DC3ADD0702041BABB19285A303B41AE0C2929437120418AAE8080EE2F3B41
182	KCN-LC-CN04-001-B3	KCN-LC-CN04-001	Nhà văn phòng 3	3.9	1	17857.4	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000FF3155607F7020417E7BFB9265303B416B9AC47AB3722041C1742D8BFB303B41AFF61A207D72204193C403A82E313B41438EAB054970204150CBD1AF98303B41FF3155607F7020417E7BFB9265303B41
183	KCN-LC-CN05-001-B1	KCN-LC-CN05-001	Nhà xưởng 1	14.6	2	104596.3	factory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000507F0D096375204129FECD3EF42F3B4117C814FA11772041B39A2BD066303B419A26C0D73B762041AE19502D30313B41D2DDB8E68C742041247DF29BBD303B41507F0D096375204129FECD3EF42F3B41
184	KCN-LC-CN05-001-B2	KCN-LC-CN05-001	Nhà kho 2	18.9	2	57914.3	warehouse	survey	\N	\N	01060000200B170000010000000103000000010000000500000050DEDB48F2732041040163D7E2303B41507F5577917520412DBA253851313B411BA74EC919752041C66F05C3C1313B411B06D59A7A7320419DB6426253313B4150DEDB48F2732041040163D7E2303B41
185	KCN-LC-CN06-001-B1	KCN-LC-CN06-001	Nhà xưởng 1	21.3	3	263071.1	factory	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000CBA7C948F772041CE0D710644313B4125CD8404C17920410C733749D9313B417E98670BBE78204137CA95D0CC323B4165855F9B8C762041F964CF8D37323B410CBA7C948F772041CE0D710644313B41
186	KCN-HC-HT01-001-B1	KCN-HC-HT01-001	Công trình hạ tầng 1	11.5	2	37327.9	utility	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002D5747BFC5A2204190F9815CFB073B41C704DFE4DBA320414A6BDCD0E7073B41476D440A03A42041588ED41573083B41AEBFACE4ECA220419E1C7AA186083B412D5747BFC5A2204190F9815CFB073B41
187	KCN-HC-HT01-001-B2	KCN-HC-HT01-001	Công trình hạ tầng 2	5.8	1	10483.9	utility	estimate	\N	\N	01060000200B170000010000000103000000010000000500000061DDEEB957A42041DF5FBB14DE073B41A7A09EFCE8A420415CA29BDFD3073B41C44768DF11A5204181DE235565083B417E84B89C80A42041039C438A6F083B4161DDEEB957A42041DF5FBB14DE073B41
188	KCN-HC-HT01-001-B3	KCN-HC-HT01-001	Nhà văn phòng 3	8.9	2	9990.9	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000066218D0436A52041B42F2ED4D3073B41B5DF073B7AA5204198AE1509CF073B41FED1A4C3A5A520419E1C1BEA69083B41B0132A8D61A52041BB9D33B56E083B4166218D0436A52041B42F2ED4D3073B41
189	KCN-HC-CX02-001-B1	KCN-HC-CX02-001	Nhà chòi 1	4.8	1	488.3	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000975D2B76E7A62041D75BCEAA49073B41F6DCB34EE3A7204185554BF837073B41F3F65D63E4A720417E4894D03B073B419477D58AE8A62041D04E17834D073B41975D2B76E7A62041D75BCEAA49073B41
190	KCN-HC-DV01-001-B1	KCN-HC-DV01-001	Nhà văn phòng 1	16.7	4	102788	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D8E3FDF967A620413A510CDADC073B41229DF69CDCA72041B5889AAAC2073B41304ED74D04A82041BCEECDDF4F083B41E694DEAA8FA6204141B73F0F6A083B41D8E3FDF967A620413A510CDADC073B41
191	KCN-HC-DV01-001-B2	KCN-HC-DV01-001	Nhà dịch vụ 2	20.5	5	66665.9	service	survey	\N	\N	01060000200B17000001000000010300000001000000050000001C76644320A820416B8A6C74BE073B41B3BD8293D0A8204192ABB010B2073B41F24FF4BEFDA82041354BC7C352083B415B08D66E4DA820410E2A83275F083B411C76644320A820416B8A6C74BE073B41
192	KCN-HC-GT01-001-B1	KCN-HC-GT01-001	Nhà điều hành bến bãi 1	9.8	2	28143.5	depot	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000CFB21CA9D7A92041D69C8947CC073B41145D675204AB2041AA90DF26B7073B416C3802221EAB2041A535A6FA12083B41268EB778F1A92041D041501B28083B41CFB21CA9D7A92041D69C8947CC073B41
193	KCN-HC-GT01-001-B2	KCN-HC-GT01-001	Nhà văn phòng 2	4.8	1	7392.4	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000000952D413FCAB20419102E0B66A073B41B9A7AC249BAC2041B87D67895F073B410418C969B5AC204180EC3AFFBC073B4154C2F05816AC20415971B32CC8073B410952D413FCAB20419102E0B66A073B41
194	KCN-HC-CN01-001-B1	KCN-HC-CN01-001	Nhà xưởng 1	29.1	4	124558.9	factory	survey	\N	\N	01060000200B170000010000000103000000010000000500000020FE1F66F7A220415BDC69383E093B41AA9D63FD0EA420419932CA922A093B4186E1BD254EA420412F6FB1440B0A3B41FC417A8E36A32041F21851EA1E0A3B4120FE1F66F7A220415BDC69383E093B41
195	KCN-HC-CN01-001-B2	KCN-HC-CN01-001	Nhà kho 2	27.9	3	47769.5	warehouse	estimate	\N	\N	01060000200B170000010000000103000000010000000500000006685F454CA4204142411F27FE083B41C323D0C1CEA420411E33C7FBF4083B418869AC6B12A52041E1AF7FB5E5093B41CBAD3BEF8FA4204106BED7E0EE093B4106685F454CA4204142411F27FE083B41
196	KCN-HC-CN01-001-B3	KCN-HC-CN01-001	Nhà văn phòng 3	4.3	1	9259.9	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000040BB9810EA520416EF337CFD0083B416AEBE34759A520416128178ECB083B418C959D20A0A52041EAE3D79AC7093B4126B5725A55A52041F7AEF8DBCC093B41040BB9810EA520416EF337CFD0083B41
197	KCN-HC-CN01-001-B4	KCN-HC-CN01-001	Nhà ăn 4	22.9	5	30176.2	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000A0A47239A2A520413254E2FFEA083B416AE25BC0D9A520418F11FF18E7083B410E6C9D5A19A62041D1CE2160C9093B41452EB4D3E1A5204174110547CD093B41A0A47239A2A520413254E2FFEA083B41
198	KCN-HC-DV02-001-B1	KCN-HC-DV02-001	Nhà văn phòng 1	4.7	1	30422.6	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000005F21086694A320413027750B9F0A3B41347A5FAF98A42041EFDC1AC18C0A3B41DDC4CCD8DAA42041DADC2123780B3B41086C758FD6A320411C277C6D8A0B3B415F21086694A320413027750B9F0A3B41
199	KCN-HC-DV02-001-B2	KCN-HC-DV02-001	Nhà dịch vụ 2	25.4	6	96393.7	service	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002FCD64430DA52041F9B242EB3C0A3B412C89838792A520419213E88D330A3B41E22EBA03D9A52041D91888512E0B3B41E6729BBF53A520413FB8E2AE370B3B412FCD64430DA52041F9B242EB3C0A3B41
200	KCN-HC-DV02-001-B3	KCN-HC-DV02-001	Nhà ăn 3	14	3	23767.1	canteen	survey	\N	\N	01060000200B1700000100000001030000000100000005000000B2349B2ADFA52041F0B98189680A3B412FDAFED42FA620419A3065DE620A3B41899F3F0E6AA620416E989602320B3B410CFADB6319A62041C521B3AD370B3B41B2349B2ADFA52041F0B98189680A3B41
201	KCN-HC-CN04-001-B1	KCN-HC-CN04-001	Nhà xưởng 1	8.2	1	30105.8	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000DF96F747B9A62041F55AF8C7930A3B41C862B000F9A720418A216D507D0A3B417DB7E2E92EA820419209BC1C3D0B3B4194EB2931EFA62041FD424794530B3B41DF96F747B9A62041F55AF8C7930A3B41
202	KCN-HC-CN04-001-B2	KCN-HC-CN04-001	Nhà kho 2	27.3	3	48396.4	warehouse	survey	\N	\N	01060000200B170000010000000103000000010000000500000085B45F0893A8204195198870310A3B419A6C19A81BA9204130D7C5D6270A3B41F140A27860A920410DD3D9A81C0B3B41DB88E8D8D7A8204171159C42260B3B4185B45F0893A8204195198870310A3B41
203	KCN-HC-CN04-001-B3	KCN-HC-CN04-001	Nhà văn phòng 3	15.8	4	31996.5	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000B6AABA1BA2A92041C6709CE8650A3B4106B77624F8A920418D7EECDC5F0A3B4166BE2BC82EAA2041E71AC740220B3B4116B26FBFD8A92041210D774C280B3B41B6AABA1BA2A92041C6709CE8650A3B41
204	KCN-DN-HT01-001-B1	KCN-DN-HT01-001	Công trình hạ tầng 1	10.9	2	29573.2	utility	survey	\N	\N	01060000200B1700000100000001030000000100000005000000B11886A6D8D320411535139CEE1F3B417BBEB75C9ED42041765A171909203B4161FD6B4651D4204110EAC9F198203B4196573A908BD32041AFC4C5747E203B41B11886A6D8D320411535139CEE1F3B41
205	KCN-DN-HT01-001-B2	KCN-DN-HT01-001	Công trình hạ tầng 2	5.8	1	8118	utility	survey	\N	\N	01060000200B17000001000000010300000001000000050000000E12D1A3AAD420416C0329D559203B411F2A814C23D5204172AE75FF69203B411E685A66DED420414AC2B290EA203B410D50AABD65D4204143176666DA203B410E12D1A3AAD420416C0329D559203B41
206	KCN-DN-HT01-001-B3	KCN-DN-HT01-001	Nhà văn phòng 3	8.4	2	8283.7	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000081D29203C4D52041ECA43CF629203B41F96D6906FAD52041A795AE3231203B41BC53E510ADD520412D1C36CEC0203B4144B80E0E77D52041722BC491B9203B4181D29203C4D52041ECA43CF629203B41
207	KCN-DN-CX02-001-B1	KCN-DN-CX02-001	Nhà chòi 1	4.8	1	499.1	pavilion	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D3F42C3E51D8204196084E3A52203B41458D7D192BD9204113843E6A6F203B4172254AB228D92041C47A39E673203B41018DF9D64ED8204147FF48B656203B41D3F42C3E51D8204196084E3A52203B41
208	KCN-DN-DV01-001-B1	KCN-DN-DV01-001	Nhà văn phòng 1	8.3	2	65164.7	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000003A3698834ED62041DEC6103D81203B4138AF073766D82041111A4402C9203B41CA6FA84026D8204171A0425D40213B41CDF6388D0ED620413E4D0F98F8203B413A3698834ED62041DEC6103D81203B41
209	KCN-DN-CN01-001-B1	KCN-DN-CN01-001	Nhà xưởng 1	21.7	3	52378.6	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D293496BFCD22041CA125D18EB203B4164E5BA61D8D320415F4A889008213B41398D206184D32041FCEEAA50A5213B41A83BAF6AA8D2204167B77FD887213B41D293496BFCD22041CA125D18EB203B41
210	KCN-DN-CN01-001-B2	KCN-DN-CN01-001	Nhà kho 2	10.4	1	8975.6	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000005DD528852ED42041C3B273F310213B41B77F741F97D42041483310F71E213B41B1CD18CD3ED4204150E890C6C3213B415623CD32D6D32041CA67F4C2B5213B415DD528852ED42041C3B273F310213B41
211	KCN-DN-CN01-001-B3	KCN-DN-CN01-001	Nhà văn phòng 3	9.2	2	10266	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000CFD004A9BFD4204168585FEC40213B41C1A803AC00D52041456D1CA249213B4110C53468ABD420415E075BBDE8213B411EED35656AD4204181F29D07E0213B41CFD004A9BFD4204168585FEC40213B41
212	KCN-DN-CN01-001-B4	KCN-DN-CN01-001	Nhà ăn 4	5.2	1	3616.6	canteen	survey	\N	\N	01060000200B1700000100000001030000000100000005000000F4C3D6533BD520412AC5874A2F213B4163A80E7265D52041F4DD12EF34213B41E67B60B40DD52041D1CE23A9D8213B4177972896E3D4204107B69804D3213B41F4C3D6533BD520412AC5874A2F213B41
213	KCN-DN-CX03-001-B1	KCN-DN-CX03-001	Nhà chòi 1	5.9	1	4552.6	pavilion	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002207DA185ED6204116500FA09B213B4106244F774DD720416500D1B1BB213B415CEF128B39D72041381DFCDEE0213B4178D29D2C4AD62041E86C3ACDC0213B412207DA185ED6204116500FA09B213B41
214	KCN-TQ-HT01-001-B1	KCN-TQ-HT01-001	Công trình hạ tầng 1	6.6	1	30872.3	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E2E5AA401EE120419D6B1AB1082A3B41F136B5B152E220410E6F31198A2A3B414E7C30C480E1204144578430072B3B413F2B26534CE02041D3536DC8852A3B41E2E5AA401EE120419D6B1AB1082A3B41
215	KCN-TQ-HT01-001-B2	KCN-TQ-HT01-001	Công trình hạ tầng 2	10.7	2	32891.1	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000A8B516CDF5E22041225352ACD12A3B413CE5B0F89DE320419A069D3A182B3B41AF75EAA5CEE2204165EEA3C4932B3B411B46507A26E22041EE3A59364D2B3B41A8B516CDF5E22041225352ACD12A3B41
216	KCN-TQ-DV01-001-B1	KCN-TQ-DV01-001	Nhà văn phòng 1	7.9	2	104475.9	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000461325C50BE5204184770AB66C2B3B414C633FC6B9E6204127198C1E212C3B414B1F55F5BAE5204194E553F5B82C3B4145CF3AF40CE42041F043D28C042C3B41461325C50BE5204184770AB66C2B3B41
217	KCN-TQ-KT01-001-B1	KCN-TQ-KT01-001	Nhà kho 1	9.3	1	61494.3	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000005BB4ACFCA8DF2041BF028CACE12A3B415BEB4A8809E12041DEBB9895752B3B41D70CDDD39DDF204130C5BF4E4E2C3B41D6D53E483DDE2041120CB365BA2B3B415BB4ACFCA8DF2041BF028CACE12A3B41
218	KCN-TQ-KT01-001-B2	KCN-TQ-KT01-001	Nhà kho 2	10.5	1	33921.3	warehouse	survey	\N	\N	01060000200B17000001000000010300000001000000050000007600515052E12041A492001D9F2B3B41521F1B9A0EE2204199DC0D1CEE2B3B41D97D39EA9FE02041F64C219CC82C3B41FC5E6FA0E3DF20410003149D792C3B417600515052E12041A492001D9F2B3B41
219	FTZ-1-CX01-001-B1	FTZ-1-CX01-001	Nhà chòi 1	4.4	1	365.7	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000004720C1ACBE6A20411198FF59DE323B4173A08E266A6B204176B06FF00B333B413876E95B666B2041970032810F333B410CF61BE2BA6A204132E8C1EAE1323B414720C1ACBE6A20411198FF59DE323B41
220	FTZ-1-HT01-001-B1	FTZ-1-HT01-001	Công trình hạ tầng 1	11.1	2	47618.5	utility	survey	\N	\N	01060000200B170000010000000103000000010000000500000095BA4D82DA6A20415E690B2F12333B4121449973E06B204175EE8AD257333B41FC16785A476B2041631C52CAE7333B41718D2C69416A20414C97D226A2333B4195BA4D82DA6A20415E690B2F12333B41
221	FTZ-1-HT01-001-B2	FTZ-1-HT01-001	Công trình hạ tầng 2	10.4	2	26326	utility	survey	\N	\N	01060000200B1700000100000001030000000100000005000000098B8D9CF76B2041EC01E1B9AC333B410A456A4D6D6C2041016FC703CC333B41A58A9B70B36B2041A66105CB7A343B41A4D0BEBF3D6B204190F41E815B343B41098B8D9CF76B2041EC01E1B9AC333B41
222	FTZ-1-HT01-001-B3	FTZ-1-HT01-001	Nhà văn phòng 3	8.1	2	12674.3	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D2B59854D16C2041B5EC35F917343B410111BEFE0D6D2041F121F91928343B411D43C7B4596C204116CB76A3D1343B41EDE7A10A1D6C2041DA95B382C1343B41D2B59854D16C2041B5EC35F917343B41
223	FTZ-1-DV01-001-B1	FTZ-1-DV01-001	Nhà văn phòng 1	20.5	5	213608.3	office	estimate	\N	DA-FTZ-1-DV01-001	01060000200B17000001000000010300000001000000050000003C5C5FB6806D2041124AFB372D343B415366407EE26E2041131DE1458B343B41EAEB383C0B6E2041922890B155353B41D3E15774A96C20419155AAA3F7343B413C5C5FB6806D2041124AFB372D343B41
224	FTZ-1-DV01-001-B2	FTZ-1-DV01-001	Nhà dịch vụ 2	25.1	6	146076.7	service	estimate	\N	DA-FTZ-1-DV01-001	01060000200B1700000100000001030000000100000005000000E9AC307ABA6F204171D3F64198343B41DF2EEC608070204102F8E3DECC343B4111658A2CB16F20418584E0B78F353B411BE3CE45EB6E2041F55FF31A5B353B41E9AC307ABA6F204171D3F64198343B41
225	FTZ-1-CN01-001-B1	FTZ-1-CN01-001	Nhà xưởng 1	15.9	2	70980.2	factory	estimate	\N	DA-FTZ-1-CN01-001	01060000200B17000001000000010300000001000000050000001E0F21DE4471204133084668C7343B410710617B1D7320411014D60D45353B414D5996299A722041C08BC58AC0353B416458568CC1702041E37F35E542353B411E0F21DE4471204133084668C7343B41
226	FTZ-1-CN01-001-B2	FTZ-1-CN01-001	Nhà kho 2	18.9	2	40311	warehouse	estimate	\N	DA-FTZ-1-CN01-001	01060000200B17000001000000010300000001000000050000003AA23E3C6C7020419B0B45B373353B415CFA10903C7220414335D724EF353B41C26CD4A7F371204140A100B433363B41A01402542370204198776E42B8353B413AA23E3C6C7020419B0B45B373353B41
227	FTZ-1-CN01-001-B3	FTZ-1-CN01-001	Nhà văn phòng 3	4.8	1	9652.1	office	estimate	\N	DA-FTZ-1-CN01-001	01060000200B1700000100000001030000000100000005000000B0C25F5182702041D1D45AC8F4353B4100115476307220419066772367363B4100F2981C0972204104BF6E248C363B41B0A3A4F75A702041462D52C919363B41B0C25F5182702041D1D45AC8F4353B41
228	FTZ-1-CX05-001-B1	FTZ-1-CX05-001	Nhà chòi 1	4.6	1	351.3	pavilion	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004E66A27E6878204115B13A6C90363B419A541A17F87820419D542C99B6363B41D557A5E5F37820413AD69C8ABA363B4189692D4D64782041B232AB5D94363B414E66A27E6878204115B13A6C90363B41
229	FTZ-1-GT01-001-B1	FTZ-1-GT01-001	Nhà điều hành bến bãi 1	9.2	2	30300.4	depot	survey	\N	\N	01060000200B1700000100000001030000000100000005000000BD1C7386B4772041B4F6D39EF2363B41749E9F7682782041461DBC5E29373B419B22F392027820417597EBA1A1373B41E4A0C6A234772041E27003E26A373B41BD1C7386B4772041B4F6D39EF2363B41
230	FTZ-1-GT01-001-B2	FTZ-1-GT01-001	Nhà văn phòng 2	8.1	2	16145	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000009FD59BDFF1782041132B16FE79373B41DB4B9604537920416A2C9FD193373B4125657308C17820415E3401191D383B41EAEE78E35F7820410733784503383B419FD59BDFF1782041132B16FE79373B41
231	FTZ-1-KT02-001-B1	FTZ-1-KT02-001	Nhà kho 1	18.7	2	83186.4	warehouse	estimate	\N	DA-FTZ-1-KT02-001	01060000200B170000010000000103000000010000000500000029B0DB42F068204139A9181FD1343B41BC43AEF45C6A20419BF2C61332353B41860C6AC193692041EE155147EF353B41F378970F276820418CCCA2528E353B4129B0DB42F068204139A9181FD1343B41
232	FTZ-1-KT02-001-B2	FTZ-1-KT02-001	Nhà kho 2	10.3	1	23424.3	warehouse	estimate	\N	DA-FTZ-1-KT02-001	01060000200B1700000100000001030000000100000005000000E335A530326B20415684F8F9F8343B41D7E65626D36B2041EBE8B2C423353B41A53878AEDD6A2041128400990A363B41B187C6B83C6A20417D1F46CEDF353B41E335A530326B20415684F8F9F8343B41
233	FTZ-1-DV02-001-B1	FTZ-1-DV02-001	Nhà văn phòng 1	15.8	4	103127.5	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000002D49388D8F6C20414056761F81353B410DEB2D60736D20416165E5B0BD353B4109792674B76C20418EF6EA676E363B412AD730A1D36B20416DE77BD631363B412D49388D8F6C20414056761F81353B41
234	FTZ-1-DV02-001-B2	FTZ-1-DV02-001	Nhà dịch vụ 2	13.8	3	37890	service	survey	\N	\N	01060000200B1700000100000001030000000100000005000000414C9CBC906D2041DC4F0B8BC1353B41C9D8C884F26D2041F937F789DB353B418EB6DB98176D204155089D67A9363B41062AAFD0B56C20413820B1688F363B41414C9CBC906D2041DC4F0B8BC1353B41
235	FTZ-1-DV02-001-B3	FTZ-1-DV02-001	Nhà ăn 3	14.8	3	21414.9	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000668D498F726E20412D671232F6353B41AE01CB12B56E20415121EAE007363B4149CB9CF8F36D20410A180077BD363B4101571B75B16D2041E65D28C8AB363B41668D498F726E20412D671232F6353B41
236	FTZ-1-DV02-001-B4	FTZ-1-DV02-001	Trạm y tế 4	5.5	1	4836.1	clinic	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000D3E384671A6F204144A49909E8353B41D56DEF3D3F6F20419A84B8D4F1353B41805E8DCC566E2041A7276569CC363B417ED422F6316E20415147469EC2363B41D3E384671A6F204144A49909E8353B41
237	FTZ-1-KT03-001-B1	FTZ-1-KT03-001	Nhà kho 1	9.5	1	40293.3	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000EB7281800070204130AC474432363B41BB233913E77120411AA8DD9FB3363B413DBA7A2B5A712041BE4E682038373B416E09C398736F2041D452D2C4B6363B41EB7281800070204130AC474432363B41
238	FTZ-1-KT03-001-B2	FTZ-1-KT03-001	Nhà kho 2	10.3	1	22249.9	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000C822D91AF76E2041C8C9A108C2363B4179D1A449B9702041203D89B739373B41ECFCAF3766702041E07242D587373B413B4EE408A46E204188FF5A2610373B41C822D91AF76E2041C8C9A108C2363B41
239	FTZ-1-KT03-001-B3	FTZ-1-KT03-001	Nhà văn phòng 3	5.7	1	10855.3	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000C143FE668E6E2041F394EB042A373B419754B6FE72702041AFD9B7D9AA373B41E026C2684C7020415F2F9522CF373B410A160AD1676E2041A4EAC84D4E373B41C143FE668E6E2041F394EB042A373B41
240	FTZ-1-HT02-001-B1	FTZ-1-HT02-001	Công trình hạ tầng 1	5.3	1	19136.4	utility	survey	\N	\N	01060000200B170000010000000103000000010000000500000014646C10136B20415FE647D0F3363B41A8019138DC6B2041FCF8C54A29373B41710D6C0D316B20413C81AF40CA373B41DD6F47E5676A2041A06E31C694373B4114646C10136B20415FE647D0F3363B41
241	FTZ-1-HT02-001-B2	FTZ-1-HT02-001	Công trình hạ tầng 2	6.3	1	9631.5	utility	survey	\N	\N	01060000200B1700000100000001030000000100000005000000EFADB36B2D6C2041E6D0AD2F50373B4179E18234996C2041DC825BD76C373B4151B2ED7AF96B204152ED6A0A03383B41C87E1EB28D6B20415B3BBD62E6373B41EFADB36B2D6C2041E6D0AD2F50373B41
242	FTZ-1-HT02-001-B3	FTZ-1-HT02-001	Nhà văn phòng 3	4.7	1	6173.8	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000F3C633E8F66C204192EA18464C373B41836CF0AD356D2041EC0A50F65C373B418210DB1F916C20415FF621B4F7373B41F26A1E5A526C204105D6EA03E7373B41F3C633E8F66C204192EA18464C373B41
243	FTZ-1-HT02-001-B4	FTZ-1-HT02-001	Công trình hạ tầng 4	6	1	4011	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000AACEB3B9096D204110E924B9DE373B416CE55ABA276D2041B2F814B3E6373B41BE19E333426C204194816289BE383B41FD023C33246C2041F271728FB6383B41AACEB3B9096D204110E924B9DE373B41
244	FTZ-1-CN03-001-B1	FTZ-1-CN03-001	Nhà xưởng 1	14	2	184482.6	factory	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D956B5015F66204103A134CCAA373B411F5181DD496820419784744B2D383B4160DA4FCC0A6720416D30725559393B411AE083F01F652041D94C32D6D6383B41D956B5015F66204103A134CCAA373B41
245	FTZ-1-GT02-001-B1	FTZ-1-GT02-001	Nhà điều hành bến bãi 1	4.6	1	14022.5	depot	estimate	\N	\N	01060000200B170000010000000103000000010000000500000096362A8A7873204148767173F53A3B41867418D4AF74204148176335483B3B41BC8EEE3460742041B7F9F614933B3B41CC5000EB28732041B7580553403B3B4196362A8A7873204148767173F53A3B41
246	FTZ-1-GT02-001-B2	FTZ-1-GT02-001	Nhà văn phòng 2	7.9	2	15841.3	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000062669C33E8712041482958EB2D3C3B41E31A003C3A732041DC9C73C9873C3B417453CCC012732041F19BE4E9AC3C3B41F39E68B8C07120415D28C90B533C3B4162669C33E8712041482958EB2D3C3B41
247	FTZ-2-CX01-001-B1	FTZ-2-CX01-001	Nhà chòi 1	4.7	1	336.4	pavilion	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000151179C01A482041FEC3C2BDFC263B41B7058C5EA3482041817E32C908273B415D2F3BA0A148204134DBC9BA0D273B41BB3A280219482041B0205AAF01273B41151179C01A482041FEC3C2BDFC263B41
248	FTZ-2-HT01-001-B1	FTZ-2-HT01-001	Công trình hạ tầng 1	11.2	2	48258.8	utility	survey	\N	\N	01060000200B170000010000000103000000010000000500000082D6F5F92B4720415234FF2D4E273B41F461CF632548204143F6382B64273B41F334AFA5DF47204146991CEF29283B4181A9D53BE646204155D7E2F113283B4182D6F5F92B4720415234FF2D4E273B41
249	FTZ-2-HT01-001-B2	FTZ-2-HT01-001	Công trình hạ tầng 2	11.9	2	26963.7	utility	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000A096D6B8D94820419268B9C459273B41F49CE1BA5649204149D522CA64273B41BBDB96D40A492041298C77033C283B4167D58BD28D482041721F0EFE30283B41A096D6B8D94820419268B9C459273B41
250	FTZ-2-HT01-001-B3	FTZ-2-HT01-001	Nhà văn phòng 3	4.2	1	6921.7	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000302FC1528B492041488B19F7BE273B41DBE92135D54920412048A87AC5273B419F8FA9FF944920416B8B6B8D7B283B41F3D4481D4B49204194CEDC0975283B41302FC1528B492041488B19F7BE273B41
251	FTZ-2-CX03-001-B1	FTZ-2-CX03-001	Nhà chòi 1	5.5	1	502.8	pavilion	survey	\N	\N	01060000200B170000010000000103000000010000000500000030928EC1A34E204141570E14A2273B410F790FC8DE4F2041F51C22DABD273B41B92338AADD4F2041FC14AD04C1273B41D93CB7A3A24E2041484F993EA5273B4130928EC1A34E204141570E14A2273B41
252	FTZ-2-CX04-001-B1	FTZ-2-CX04-001	Nhà chòi 1	4.5	1	288.7	pavilion	estimate	\N	\N	01060000200B170000010000000103000000010000000500000077562A1C97522041A2EEBB6BF1273B41084B718CFD522041DE06C273FA273B419BC21F78FB522041E8D4385900283B410ACED80795522041ADBC3251F7273B4177562A1C97522041A2EEBB6BF1273B41
253	FTZ-2-CX05-001-B1	FTZ-2-CX05-001	Nhà chòi 1	5.4	1	372	pavilion	estimate	\N	\N	01060000200B170000010000000103000000010000000500000036C999AE035720419CB1A5C254283B4126AAFB0669572041669AFEB15D283B419CAD83656657204123BEB52765283B41ADCC210D0157204159D55C385C283B4136C999AE035720419CB1A5C254283B41
254	FTZ-2-DV02-001-B1	FTZ-2-DV02-001	Nhà văn phòng 1	11.5	3	84713.8	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000068C82AF7F8542041EE087E3FC8283B41838A79E534562041A497011AE4283B41B717A91EF55520417217FDF298293B419C555A30B9542041BC8879187D293B4168C82AF7F8542041EE087E3FC8283B41
255	FTZ-2-DV02-001-B2	FTZ-2-DV02-001	Nhà dịch vụ 2	4.4	1	14959.6	service	survey	\N	\N	01060000200B1700000100000001030000000100000005000000E7FCDF5FD3562041907B4AFEBD283B41073CD434625720410B24FC95CA283B416AD6253F16572041FF43F4FAA1293B414A97316A87562041849B426395293B41E7FCDF5FD3562041907B4AFEBD283B41
256	FTZ-2-GT01-001-B1	FTZ-2-GT01-001	Nhà điều hành bến bãi 1	10.7	2	31961	depot	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000CB807966AD5B20413CC3233F22293B41C46DCC64775C204121331A0E34293B41C8E78CF33E5C20413942FB1AD4293B41D0FA39F5745B204154D2044CC2293B41CB807966AD5B20413CC3233F22293B41
257	FTZ-2-GT01-001-B2	FTZ-2-GT01-001	Nhà văn phòng 2	5.3	1	8939.5	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000836B43EDA35D20410C682C4DAF293B415AB0F4C5115E2041FD5064FCB8293B41F7B2DEE2D95D2041F7612676572A3B41206E2D0A6C5D20410679EEC64D2A3B41836B43EDA35D20410C682C4DAF293B41
258	FTZ-2-GT02-001-B1	FTZ-2-GT02-001	Nhà điều hành bến bãi 1	9.1	2	47895	depot	survey	\N	\N	01060000200B170000010000000103000000010000000500000052654ABCE45E204131136A394B293B415BBAD9AE21602041C77CDF2A67293B41C8DB40A0EA5F204196DA164A032A3B41BF86B1ADAD5E20410071A158E7293B4152654ABCE45E204131136A394B293B41
259	FTZ-2-NC01-001-B1	FTZ-2-NC01-001	Nhà văn phòng 1	9.3	2	81682.7	office	estimate	\N	DA-FTZ-2-NC01-001	01060000200B170000010000000103000000010000000500000037DF0241C9542041E9428965DD293B41F0F95E84C95620415E673D8F0A2A3B4136361F2692562041D0065290A72A3B417D1BC3E2915420415BE29D667A2A3B4137DF0241C9542041E9428965DD293B41
260	FTZ-2-NC01-001-B2	FTZ-2-NC01-001	Phòng thí nghiệm 2	17.9	4	86718.8	laboratory	estimate	\N	DA-FTZ-2-NC01-001	01060000200B1700000100000001030000000100000005000000C7A2720EE5532041A9FE9720E52A3B41860885DDC055204109C487130F2B3B41B8437BC4A0552041D69219186A2B3B41F9DD68F5C453204176CD2925402B3B41C7A2720EE5532041A9FE9720E52A3B41
261	FTZ-2-DV05-001-B1	FTZ-2-DV05-001	Nhà văn phòng 1	8.1	2	67294.8	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000085C5735A03582041BB0E8989132A3B413634287A035A2041F87818B0402A3B41CCA9B4C4D359204191CE0EF9C72A3B411B3B00A5D357204154647FD29A2A3B4185C5735A03582041BB0E8989132A3B41
262	FTZ-2-DV05-001-B2	FTZ-2-DV05-001	Nhà dịch vụ 2	12.5	3	55886.3	service	survey	\N	\N	01060000200B17000001000000010300000001000000050000002E0A414800572041BFB3D6EE082B3B41934CD772A958204190F2C76A2E2B3B414C7B6E1A8A582041EFEE1F4D872B3B41E638D8EFE05620411EB02ED1612B3B412E0A414800572041BFB3D6EE082B3B41
263	FTZ-2-DV05-001-B3	FTZ-2-DV05-001	Nhà ăn 3	10.1	2	18749.7	canteen	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E97E7D8CF556204166669DDC9E2B3B41F6CCD333E0582041F399981ECA2B3B41E02F219FD2582041B32943A1F02B3B41D3E1CAF7E756204126F6475FC52B3B41E97E7D8CF556204166669DDC9E2B3B41
264	FTZ-2-KT04-001-B1	FTZ-2-KT04-001	Nhà kho 1	9.4	1	59474.6	warehouse	estimate	\N	DA-FTZ-2-KT04-001	01060000200B17000001000000010300000001000000050000003BAB48518A5E2041E5458D4EC12A3B41ACD0A6451061204121D5A641FA2A3B413230066BCD6020417EE596D4B72B3B41C10AA876475E204142567DE17E2B3B413BAB48518A5E2041E5458D4EC12A3B41
265	FTZ-2-KT04-001-B2	FTZ-2-KT04-001	Nhà kho 2	10.8	1	32512.2	warehouse	estimate	\N	DA-FTZ-2-KT04-001	01060000200B1700000100000001030000000100000005000000E2481ED9DA5D2041927D344A972B3B41CE019328646020416A8B0B89D02B3B41F8ED91E13F6020410C77A767372C3B410D351D92B65D20413469D028FE2B3B41E2481ED9DA5D2041927D344A972B3B41
266	FTZ-2-KT04-001-B3	FTZ-2-KT04-001	Nhà văn phòng 3	5	1	16288.7	office	estimate	\N	DA-FTZ-2-KT04-001	01060000200B1700000100000001030000000100000005000000C56D0083E95D2041A8E708CC252C3B4150D84B788360204175089D82602C3B41F5ABDFC871602041370DC2A8922C3B416A4194D3D75D20416AEC2DF2572C3B41C56D0083E95D2041A8E708CC252C3B41
267	FTZ-2-KT05-001-B1	FTZ-2-KT05-001	Nhà kho 1	10.8	1	29321	warehouse	estimate	\N	DA-FTZ-2-KT05-001	01060000200B170000010000000103000000010000000500000067296F7C3C4620415F3EAF9C812A3B413C96F47287472041C76A78CA9E2A3B411668D72E4947204150E2E85A4F2B3B4142FB5138FE452041E8B51F2D322B3B4167296F7C3C4620415F3EAF9C812A3B41
268	FTZ-2-KT05-001-B2	FTZ-2-KT05-001	Nhà kho 2	9.8	1	15129.9	warehouse	estimate	\N	DA-FTZ-2-KT05-001	01060000200B1700000100000001030000000100000005000000A86A4ECFD8472041F47446EDC32A3B412875B3A86A4820417BFC11C9D02A3B41333ABA931E4820413AF5C586A82B3B41B22F55BA8C472041B36DFAAA9B2B3B41A86A4ECFD8472041F47446EDC32A3B41
269	FTZ-2-KT06-001-B1	FTZ-2-KT06-001	Nhà kho 1	9.8	1	29498.1	warehouse	survey	\N	\N	01060000200B17000001000000010300000001000000050000004EF207C137492041A0596EB9F92A3B41DD5A96214A4A2041D56A15EA112B3B41D0B4ED50FF4920411A7D2510E62B3B41414C5FF0EC482041E56B7EDFCD2B3B414EF207C137492041A0596EB9F92A3B41
270	FTZ-2-KT06-001-B2	FTZ-2-KT06-001	Nhà kho 2	18.1	2	30541.4	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000001A104E546E4B20412347D3B01F2B3B41F7D9FA22034C20410D8362CF2C2B3B4160707EDBB84B2041228C7970FF2B3B4182A6D10C244B20413850EA51F22B3B411A104E546E4B20412347D3B01F2B3B41
271	FTZ-2-KT07-001-B1	FTZ-2-KT07-001	Nhà kho 1	9.9	1	75226.6	warehouse	estimate	\N	DA-FTZ-2-KT07-001	01060000200B1700000100000001030000000100000005000000AB74A74E574C20412F818079302B3B41EDA12663DB4E204150724B42692B3B41D20F9C99854E2041D5F256855C2C3B4190E21C85014C2041B5018CBC232C3B41AB74A74E574C20412F818079302B3B41
272	FTZ-2-DV07-001-B1	FTZ-2-DV07-001	Nhà văn phòng 1	4.5	1	32418.9	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000007AA932FCD553204160753ACBC42B3B41426C73D924552041AADC1051E22B3B41A85D3F38E25420417F632B419F2C3B41E09AFE5A9353204136FC54BB812C3B417AA932FCD553204160753ACBC42B3B41
273	FTZ-2-DV07-001-B2	FTZ-2-DV07-001	Nhà dịch vụ 2	24.9	6	98779.7	service	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E00736D37B5520417A5213A2FF2B3B418D343A0632562041535E49B20F2C3B41959CC015F0552041DD8340ADCA2C3B41E76FBCE23955204104780A9DBA2C3B41E00736D37B5520417A5213A2FF2B3B41
274	FTZ-2-GT03-001-B1	FTZ-2-GT03-001	Nhà điều hành bến bãi 1	4.7	1	9812.6	depot	survey	\N	\N	01060000200B170000010000000103000000010000000500000063AE9E8BBF5A204171EEE3A8732C3B41E4318950695B204100718EA0822C3B41ED453558415B20410087C3F7F32C3B416CC24A93975A204171041900E52C3B4163AE9E8BBF5A204171EEE3A8732C3B41
275	FTZ-2-GT03-001-B2	FTZ-2-GT03-001	Nhà văn phòng 2	4.8	1	5036.2	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000079BA35D525C2041C47A29AF0A2D3B41D3B32822AA5C2041D7AE106C122D3B4152FDB380805C2041DE7BC878882D3B4187E42EBC285C2041CB47E1BB802D3B41079BA35D525C2041C47A29AF0A2D3B41
276	FTZ-2-CN03-001-B1	FTZ-2-CN03-001	Nhà xưởng 1	22.7	3	108044	factory	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000850995EFDF5D2041D58E76F6852C3B416E75917B175F20410B7B076EA12C3B41DF465F53C85E20411E3103E4812D3B41F6DA62C7905D2041E844726C662D3B41850995EFDF5D2041D58E76F6852C3B41
277	FTZ-2-CN03-001-B2	FTZ-2-CN03-001	Nhà kho 2	28.2	3	55681.1	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000C8BE3AE1475F204178CB4B92B52C3B411AB18A53F45F2041DD9863C6C42C3B41FFFF8452A65F20418C8C5DF7A12D3B41AD0D35E0F95E204127BF45C3922D3B41C8BE3AE1475F204178CB4B92B52C3B41
278	FTZ-2-CN03-001-B3	FTZ-2-CN03-001	Nhà văn phòng 3	4.1	1	9623	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000116E00605E602041F9FEE924C52C3B4176A7373FBD602041BFE52882CD2C3B4161059A5A76602041AFF61D89962D3B41FCCB627B17602041E90FDF2B8E2D3B41116E00605E602041F9FEE924C52C3B41
279	FTZ-2-CN06-001-B1	FTZ-2-CN06-001	Nhà xưởng 1	14.9	2	112777	factory	estimate	\N	DA-FTZ-2-CN06-001	01060000200B17000001000000010300000001000000050000003AAEB9A478502041FC9B9C0AF32C3B4187B21B59635220415840BE4D1E2D3B41FD2273C0135220417C23A102002E3B41B01E110C29502041207F7FBFD42D3B413AAEB9A478502041FC9B9C0AF32C3B41
280	FTZ-2-CN06-001-B2	FTZ-2-CN06-001	Nhà kho 2	18.9	2	60219.1	warehouse	estimate	\N	DA-FTZ-2-CN06-001	01060000200B170000010000000103000000010000000500000027E40E20874F2041E864FA94EC2D3B41BABA80C1835120412A7DB26C192E3B41DFC526685A5120418CE2F3AC8E2E3B414BEFB4C65D4F20414ACA3BD5612E3B4127E40E20874F2041E864FA94EC2D3B41
281	FTZ-2-CN07-001-B1	FTZ-2-CN07-001	Nhà xưởng 1	14.6	2	84186.1	factory	estimate	\N	DA-FTZ-2-CN07-001	01060000200B170000010000000103000000010000000500000025928770F1522041557B3AB8172D3B41ABABEBF544552041ED2F0D394C2D3B41A8DD215E11552041F6A99885DE2D3B4122C4BDD8BD5220415EF5C504AA2D3B4125928770F1522041557B3AB8172D3B41
282	FTZ-2-CN07-001-B2	FTZ-2-CN07-001	Nhà kho 2	19.6	2	42805.3	warehouse	estimate	\N	DA-FTZ-2-CN07-001	01060000200B1700000100000001030000000100000005000000FA6420CCC1522041C28DAE4AE12D3B414B9F88C1DF542041A1CA9B12112E3B41F9F2F768C3542041071B9F73612E3B41A9B88F73A552204127DEB1AB312E3B41FA6420CCC1522041C28DAE4AE12D3B41
283	FTZ-2-CN07-001-B3	FTZ-2-CN07-001	Nhà văn phòng 3	8.4	2	25091.3	office	estimate	\N	DA-FTZ-2-CN07-001	01060000200B1700000100000001030000000100000005000000D71EF3FA90522041A01E6A98472E3B4115D584E3D55420413B066FCF7A2E3B41DECD8205C6542041175CD4CDA72E3B41A017F11C815220417B74CF96742E3B41D71EF3FA90522041A01E6A98472E3B41
284	FTZ-2-CN07-001-B4	FTZ-2-CN07-001	Nhà ăn 4	4.5	1	8470.7	canteen	estimate	\N	DA-FTZ-2-CN07-001	01060000200B170000010000000103000000010000000500000014161F43E8522041365583C8992E3B417F7D1D0353552041CDFD9B55D02E3B4147DFB914495520413D77E97EEC2E3B41DB77BB54DE522041A6CED0F1B52E3B4114161F43E8522041365583C8992E3B41
285	FTZ-2-KT09-001-B1	FTZ-2-KT09-001	Nhà kho 1	9.9	1	67567	warehouse	estimate	\N	DA-FTZ-2-KT09-001	01060000200B1700000100000001030000000100000005000000D865FED80B562041B7C402C7CE2D3B417C7F749EEA5720414E47CFFCF82D3B41BF16FCBF895720412AE05DAC0B2F3B411BFD85FAAA552041945D9176E12E3B41D865FED80B562041B7C402C7CE2D3B41
286	FTZ-2-CX10-001-B1	FTZ-2-CX10-001	Nhà chòi 1	4	1	5530.5	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000006AD0B1C3645A2041736DC37EC12D3B41A6D9594F1E5B20410DB77FDAD12D3B41CE645DDC095B20413A300AD70B2E3B41925BB550505A2041A0E64D7BFB2D3B416AD0B1C3645A2041736DC37EC12D3B41
287	FTZ-2-KT10-001-B1	FTZ-2-KT10-001	Nhà kho 1	18.4	2	76133.5	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000BC3A38A0EA5C20419E21EB76FC2D3B41F2141DD7F55E20411DA1CA972A2E3B415AC443A1C15E204131178AA4BE2E3B4124EA5E6AB65C2041B297AA83902E3B41BC3A38A0EA5C20419E21EB76FC2D3B41
288	FTZ-2-KT10-001-B2	FTZ-2-KT10-001	Nhà kho 2	9	1	20080	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000006AF73678585D20414951B664F02E3B41D50B27825A5F20412E387EB61D2F3B4104F38D853D5F2041EBF7A4E86F2F3B4198DE9D7B3B5D20410611DD96422F3B416AF73678585D20414951B664F02E3B41
289	FTZ-2-KT10-001-B3	FTZ-2-KT10-001	Nhà văn phòng 3	9.1	2	20520.6	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000378F0903255D2041D4E8C88D6B2F3B41B70DBA55195F2041227300AA972F3B417AC3B6710A5F20414D5880E3C12F3B41FA44061F165D2041FFCD48C7952F3B41378F0903255D2041D4E8C88D6B2F3B41
290	FTZ-2-GT04-001-B1	FTZ-2-GT04-001	Nhà điều hành bến bãi 1	10.1	2	39691.2	depot	estimate	\N	\N	01060000200B170000010000000103000000010000000500000058EB9FC7B4452041F9E16213AE2D3B417AFD64858A462041CCEE7EEBC02D3B416D3F971C474620417F259811802E3B414B2DD25E71452041AD187C396D2E3B4158EB9FC7B4452041F9E16213AE2D3B41
291	FTZ-2-KT11-001-B1	FTZ-2-KT11-001	Nhà kho 1	9.4	1	48338.1	warehouse	estimate	\N	DA-FTZ-2-KT11-001	01060000200B1700000100000001030000000100000005000000DB43F1B041482041AD38878C2C2E3B41F83A2299544A2041AE78055B5B2E3B410D770EFC124A2041E22B8069152F3B41EF7FDD1300482041E1EB019BE62E3B41DB43F1B041482041AD38878C2C2E3B41
292	FTZ-2-KT11-001-B2	FTZ-2-KT11-001	Nhà kho 2	9.8	1	25527.3	warehouse	estimate	\N	DA-FTZ-2-KT11-001	01060000200B1700000100000001030000000100000005000000646A6338B9472041ED8A81C9182F3B410F285E55E5492041E446E6D0492F3B41A74ABD9AC3492041A0E09A75A92F3B41FB8CC27D97472041A924366E782F3B41646A6338B9472041ED8A81C9182F3B41
293	FTZ-2-DV09-001-B1	FTZ-2-DV09-001	Nhà văn phòng 1	16.5	4	109566.2	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000095313407744F20417DDF9CA9E42E3B41337490C537512041D449667D0C2F3B41F5A1CF5E0C512041A282818F872F3B41575F73A0484F20414B18B8BB5F2F3B4195313407744F20417DDF9CA9E42E3B41
294	FTZ-2-DV09-001-B2	FTZ-2-DV09-001	Nhà dịch vụ 2	16.9	4	59454.1	service	survey	\N	\N	01060000200B17000001000000010300000001000000050000004120BA0BED4E2041832A1849D52F3B4150C97A69A35020414BAFF4EEFB2F3B4169FE31548B50204104027D3940303B415A5571F6D44E20413B7DA09319303B414120BA0BED4E2041832A1849D52F3B41
295	FTZ-2-CN08-001-B1	FTZ-2-CN08-001	Nhà xưởng 1	7.7	1	53604.3	factory	estimate	\N	DA-FTZ-2-CN08-001	01060000200B170000010000000103000000010000000500000051871DD0AE5520416932D95C412F3B41FAAB196D5B582041DFF477B87D2F3B41388D338221582041B4CC3AF421303B418F6837E5745520413E0A9C98E52F3B4151871DD0AE5520416932D95C412F3B41
296	FTZ-2-CN08-001-B2	FTZ-2-CN08-001	Nhà kho 2	19.8	2	62317.2	warehouse	estimate	\N	DA-FTZ-2-CN08-001	01060000200B17000001000000010300000001000000050000004E512250A55520416E38355E00303B41B6EE2F382A58204192F5A63939303B41A525D9AE08582041AE37975298303B413D88CBC6835520418A7A25775F303B414E512250A55520416E38355E00303B41
297	FTZ-2-CN08-001-B3	FTZ-2-CN08-001	Nhà văn phòng 3	9	2	31246.9	office	estimate	\N	DA-FTZ-2-CN08-001	01060000200B1700000100000001030000000100000005000000229A6073835520417657067081303B41659F0CE7E657204127406758B7303B41D1628337D5572041B5AEDE7EE9303B418E5DD7C37155204104C67D96B3303B41229A6073835520417657067081303B41
298	FTZ-2-CN10-001-B1	FTZ-2-CN10-001	Nhà xưởng 1	21.5	3	128036.6	factory	survey	\N	\N	01060000200B17000001000000010300000001000000050000000B145BD7B25C2041BA9901F7C82F3B41FB6E35D2F15D204179F35516E52F3B41E9AF8653945D2041E53A8034EE303B41F954AC58555C204127E12B15D2303B410B145BD7B25C2041BA9901F7C82F3B41
299	FTZ-2-CN10-001-B2	FTZ-2-CN10-001	Nhà kho 2	18	2	45113.2	warehouse	estimate	\N	\N	01060000200B170000010000000103000000010000000500000094C3C340315E2041C2A82A1BED2F3B41F29D53E1DA5E204159A9A00FFC2F3B41566A2EFB7A5E2041522406FF0B313B41F78F9E5AD15D2041BB23900AFD303B4194C3C340315E2041C2A82A1BED2F3B41
300	FTZ-2-CN10-001-B3	FTZ-2-CN10-001	Nhà văn phòng 3	5.4	1	11787.3	office	survey	\N	\N	01060000200B1700000100000001030000000100000005000000E78F00C1285F2041DF5CCAE328303B41CF612091725F2041D61EBD652F303B415A852F60045F20416A5D2ADC67313B4172B30F90BA5E2041739B375A61313B41E78F00C1285F2041DF5CCAE328303B41
301	FTZ-2-DV10-001-B1	FTZ-2-DV10-001	Nhà văn phòng 1	27.5	7	216433.5	office	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000759525A5D4472041F1E75BDD02303B41252B4192C74820418EF52A4818303B41DFDCCFC76F48204146DE9D3911313B412F47B4DA7C472041A8D0CECEFB303B41759525A5D4472041F1E75BDD02303B41
302	FTZ-2-DV10-001-B2	FTZ-2-DV10-001	Nhà dịch vụ 2	25.2	6	93625.3	service	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008450F29592492041A51B4FC6F02F3B41DF94AC5B274A2041D36614E4FD2F3B4128B6462BDA492041F5F278C5D8303B41CD718C6545492041C7A7B3A7CB303B418450F29592492041A51B4FC6F02F3B41
303	FTZ-2-CN11-001-B1	FTZ-2-CN11-001	Nhà xưởng 1	14.6	2	82657.6	factory	estimate	\N	DA-FTZ-2-CN11-001	01060000200B170000010000000103000000010000000500000082B24AD5AD4A2041A5D386DAE52F3B41C8144FECE84B2041FF4E0FA201303B41D380E8F78A4B204108FC070E0C313B418D1EE4E04F4A2041AE807F46F0303B4182B24AD5AD4A2041A5D386DAE52F3B41
304	FTZ-2-CN11-001-B2	FTZ-2-CN11-001	Nhà kho 2	10.3	1	22634.1	warehouse	estimate	\N	DA-FTZ-2-CN11-001	01060000200B1700000100000001030000000100000005000000E041159AF54C2041295915AA47303B4185EE334B9C4D204190694B5C56303B414EA0096C3B4D2041B375D20D69313B41A9F3EABA944C20414C659C5B5A313B41E041159AF54C2041295915AA47303B41
305	FTZ-2-CN11-001-B3	FTZ-2-CN11-001	Nhà văn phòng 3	16.5	4	44310.8	office	estimate	\N	DA-FTZ-2-CN11-001	01060000200B17000001000000010300000001000000050000005423B498E24D20410BBD9F6E7E303B415430E35F354E20411CA7E9BA85303B41243498D6D34D2041C975DC4E9A313B412527690F814D2041B88B920293313B415423B498E24D20410BBD9F6E7E303B41
306	FTZ-2-KT14-001-B1	FTZ-2-KT14-001	Nhà kho 1	10.3	1	53191.6	warehouse	estimate	\N	DA-FTZ-2-KT14-001	01060000200B1700000100000001030000000100000005000000D4451111954E2041DFD1542D4D303B4128024817EA5020415FEB14D081303B41EE815ECBAB5020411B3CA27632313B419AC527C5564E20419B22E2D3FD303B41D4451111954E2041DFD1542D4D303B41
307	FTZ-2-KT14-001-B2	FTZ-2-KT14-001	Nhà kho 2	9.9	1	28864.6	warehouse	estimate	\N	DA-FTZ-2-KT14-001	01060000200B17000001000000010300000001000000050000006A039FDFC34E2041F0F9784451313B41CB2EF001E6502041C95AA36A81313B4132F76856C1502041EF0D4C66E9313B41D0CB17349F4E204117AD2140B9313B416A039FDFC34E2041F0F9784451313B41
308	FTZ-2-CX11-001-B1	FTZ-2-CX11-001	Nhà chòi 1	4	1	4800.5	pavilion	estimate	\N	\N	01060000200B170000010000000103000000010000000500000010346828CE592041D525F9F5C4313B4190E46B8B455A204111E8837CCF313B41CF47488B285A20412235B5B821323B414F974428B1592041E6722A3217323B4110346828CE592041D525F9F5C4313B41
309	FTZ-2-DV12-001-B1	FTZ-2-DV12-001	Nhà văn phòng 1	8.3	2	38563.6	office	survey	\N	\N	01060000200B17000001000000010300000001000000050000000708E761A75B20410C357E34C2313B416D56EAE2725C204179288C25D4313B41DEBF29062E5C20417ED35B6A97323B4178712685625B204111E04D7985323B410708E761A75B20410C357E34C2313B41
310	FTZ-2-DV12-001-B2	FTZ-2-DV12-001	Nhà dịch vụ 2	25.3	6	59979.8	service	estimate	\N	\N	01060000200B17000001000000010300000001000000050000008C23567C7D5D2041EE7879EEA2313B4162DEEE42F55D20415BC9CB7DAD313B41A907F2C2BA5D204103BD516053323B41D34C59FC425D2041976CFFD048323B418C23567C7D5D2041EE7879EEA2313B41
311	FTZ-2-DV12-001-B3	FTZ-2-DV12-001	Nhà ăn 3	15.1	3	17856.5	canteen	estimate	\N	\N	01060000200B17000001000000010300000001000000050000004D84CD6B2F5E2041630277FADE313B41D879ADA46D5E2041A261CF76E4313B41CED7AF132A5E2041C65BDD0EA4323B4143E2CFDAEB5D204186FC84929E323B414D84CD6B2F5E2041630277FADE313B41
312	FTZ-2-DV12-001-B4	FTZ-2-DV12-001	Trạm y tế 4	24.7	6	24139.6	clinic	estimate	\N	\N	01060000200B1700000100000001030000000100000005000000E6056CB78A5E20411228D70A2E323B419EDA7785BA5E20412D11CA4132323B41710273E47F5E2041E936FA81D8323B41B92D6716505E2041CE4D074BD4323B41E6056CB78A5E20411228D70A2E323B41
313	FTZ-3-HT01-001-B1	FTZ-3-HT01-001	Công trình hạ tầng 1	11.5	2	52842.5	utility	estimate	\N	DA-FTZ-3-HT01-001	01060000200B1700000100000001030000000100000005000000602CBE23B6802041913A6A7FAA1F3B41BF188AC7AE8120413F1C1B46F21F3B41C9374CA0ED8020410C62AC8C99203B416A4B80FCF47F20415D80FBC551203B41602CBE23B6802041913A6A7FAA1F3B41
314	FTZ-3-HT01-001-B2	FTZ-3-HT01-001	Công trình hạ tầng 2	5.5	1	14452.1	utility	estimate	\N	DA-FTZ-3-HT01-001	01060000200B17000001000000010300000001000000050000002291EB835A822041F213E9E453203B416112F9A8CF822041D81901B675203B41A715860AF0812041CE30E25E37213B41689478E57A812041E92ACA8D15213B412291EB835A822041F213E9E453203B41
315	FTZ-3-HT01-001-B3	FTZ-3-HT01-001	Nhà văn phòng 3	9.4	2	15020.2	office	estimate	\N	DA-FTZ-3-HT01-001	01060000200B17000001000000010300000001000000050000009DD24D172E832041AC99DC71A3203B41EE004048688320418A573D3EB4203B417DE5D032878220419D82DD2B77213B412CB7DE014D822041BFC47C5F66213B419DD24D172E832041AC99DC71A3203B41
316	FTZ-3-CX02-001-B1	FTZ-3-CX02-001	Nhà chòi 1	5.7	1	5237.2	pavilion	estimate	\N	\N	01060000200B17000001000000010300000001000000050000009EE302E3F2832041CEA73C3321213B41E74C173E4D842041E0BF9A483B213B41126B9D28E58320413C81436C95213B41CA0189CD8A8320412969E5567B213B419EE302E3F2832041CEA73C3321213B41
317	FTZ-3-KT01-001-B1	FTZ-3-KT01-001	Nhà kho 1	9.5	1	91831.2	warehouse	estimate	\N	DA-FTZ-3-KT01-001	01060000200B17000001000000010300000001000000050000007774F092F6892041E89814E687223B4134C9B7708D8C2041CA70744047233B415D7386639D8B2041111B7B2417243B41A11EBF85068920412F431BCA57233B417774F092F6892041E89814E687223B41
318	FTZ-3-CX05-001-B1	FTZ-3-CX05-001	Nhà chòi 1	5.5	1	580.8	pavilion	survey	\N	\N	01060000200B1700000100000001030000000100000005000000A5A1E00E2C8E20414B3286BC5F233B415B2B8364268F2041DE177400A8233B41066FCC5D228F2041EAEC137DAB233B4151E52908288E20415607263963233B41A5A1E00E2C8E20414B3286BC5F233B41
319	FTZ-3-GT01-001-B1	FTZ-3-GT01-001	Nhà điều hành bến bãi 1	9.7	2	28960.2	depot	survey	\N	\N	01060000200B17000001000000010300000001000000050000002790E50C7E912041C6DCF524BD243B41F49E4A125D9220417B606786FD243B41CD90431DE8912041EB2318D062253B410082DE170991204135A0A66E22253B412790E50C7E912041C6DCF524BD243B41
320	FTZ-3-GT01-001-B2	FTZ-3-GT01-001	Nhà văn phòng 2	4.1	1	7999.4	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000007402B6A67E92204124FAA5FC23253B41B371C184F292204162D4576F45253B412B37034D799220415AF49E69AE253B41EBC7F76E059220411C1AEDF68C253B417402B6A67E92204124FAA5FC23253B41
321	FTZ-3-CN03-001-B1	FTZ-3-CN03-001	Nhà xưởng 1	14	2	93467.6	factory	estimate	\N	DA-FTZ-3-CN03-001	01060000200B1700000100000001030000000100000005000000CC4E2C8F3C7F20416A1BAD9C00213B417BE595FC58802041120C19B852213B41E1CFCF53277F2041AD13866D5B223B41323966E60A7E204104231A5209223B41CC4E2C8F3C7F20416A1BAD9C00213B41
322	FTZ-3-CN03-001-B2	FTZ-3-CN03-001	Nhà kho 2	19.8	2	51099.7	warehouse	estimate	\N	DA-FTZ-3-CN03-001	01060000200B17000001000000010300000001000000050000004B5C6B83BA8020417702859698213B410C3568C96381204113DCF673C9213B4197D3F2A44B802041F53E3D10BC223B41D6FAF55EA27F20415865CB328B223B414B5C6B83BA8020417702859698213B41
323	FTZ-3-CN03-001-B3	FTZ-3-CN03-001	Nhà văn phòng 3	4	1	13472.1	office	estimate	\N	DA-FTZ-3-CN03-001	01060000200B170000010000000103000000010000000500000004277450E881204138062C24AB213B41A1C10833408220416AE5F382C4213B412535576932812041950D9927AE223B41889AC286DA802041632ED1C894223B4104277450E881204138062C24AB213B41
324	FTZ-3-DV01-001-B1	FTZ-3-DV01-001	Nhà văn phòng 1	12.2	3	109447.4	office	estimate	\N	\N	01060000200B170000010000000103000000010000000500000016B28EDD168520416EA67E1FF6223B41F10336053F86204129B7969D4B233B4119398913598520410738C2C012243B413DE7E1EB308420414C27AA42BD233B4116B28EDD168520416EA67E1FF6223B41
325	FTZ-3-DV01-001-B2	FTZ-3-DV01-001	Nhà dịch vụ 2	12.7	3	59495.9	service	survey	\N	\N	01060000200B17000001000000010300000001000000050000009FCB40B6DB8620416867A20B80233B41CDB813BD6287204177893706A7233B419B110B2C538620417BC4323592243B416D243825CC8520416BA29D3A6B243B419FCB40B6DB8620416867A20B80233B41
326	FTZ-3-DV02-001-B1	FTZ-3-DV02-001	Nhà văn phòng 1	20.5	5	172385.9	office	estimate	\N	DA-FTZ-3-DV02-001	01060000200B17000001000000010300000001000000050000004F40D1EBD08F204105BA0D1DA6253B41DF710002CC902041FD2F9198EE253B4153FFED56CC8F20411EB6DB02CC263B41C3CDBE40D18E20412740588783263B414F40D1EBD08F204105BA0D1DA6253B41
327	FTZ-3-DV02-001-B2	FTZ-3-DV02-001	Nhà dịch vụ 2	8	2	39878.5	service	estimate	\N	DA-FTZ-3-DV02-001	01060000200B170000010000000103000000010000000500000057D74764419120417AE9D0A563263B410C78FA51C791204135963E4F8A263B41CE044739C590204138CCE1D369273B411964944B3F9020417D1F742A43273B4157D74764419120417AE9D0A563263B41
328	FTZ-3-KT04-001-B1	FTZ-3-KT04-001	Nhà kho 1	18	2	87836.8	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000F904615AF37D204100A1DA8589223B41C5668AF1E87E20411FF0316BD0223B4137A11C7F9B7D20417B183A31F1233B416A3FF3E7A57C20415CC9E24BAA233B41F904615AF37D204100A1DA8589223B41
329	FTZ-3-KT04-001-B2	FTZ-3-KT04-001	Nhà kho 2	18	2	50955.1	warehouse	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002342A885387F2041B6E6C3BF14233B41C7D08532C47F20419918E2113D233B419CC4EB65847E20410C0D2C0652243B41F8350EB9F87D204129DB0DB429243B412342A885387F2041B6E6C3BF14233B41
330	FTZ-3-KT04-001-B3	FTZ-3-KT04-001	Nhà văn phòng 3	8.6	2	25537.4	office	survey	\N	\N	01060000200B170000010000000103000000010000000500000083CB55D921802041740892ED41233B41D91A030A668020419007E19C55233B41A91F74831E7F2041CDF3204271243B4153D0C652DA7E2041B1F4D1925D243B4183CB55D921802041740892ED41233B41
331	FTZ-3-DV04-001-B1	FTZ-3-DV04-001	Nhà văn phòng 1	11.399999999999999	3	580188.6	office	estimate	\N	\N	01060000200B17000001000000010300000001000000050000002C927EDEBC8320415719D5C503243B41E2C5EF3F9986204137545F31D7243B419C2F1FE0CF84204188FB644A63263B41E6FBAD7EF3812041A9C0DADE8F253B412C927EDEBC8320415719D5C503243B41
332	FTZ-3-CN05-001-B1	FTZ-3-CN05-001	Nhà xưởng 1	15.3	2	137472.7	factory	estimate	\N	DA-FTZ-3-CN05-001	01060000200B1700000100000001030000000100000005000000DE9F6C9FDA862041BB787C264C253B419EEC5A312E882041BAE6FE2CAE253B41FCC86A75CE862041F76055C9DE263B413B7C7CE37A852041F7F2D2C27C263B41DE9F6C9FDA862041BB787C264C253B41
333	FTZ-3-CN05-001-B2	FTZ-3-CN05-001	Nhà kho 2	19	2	74358.6	warehouse	estimate	\N	DA-FTZ-3-CN05-001	01060000200B1700000100000001030000000100000005000000DB6A1ADE9088204105429BF3A8253B41D54BC1FA3D892041B9CFB8ECDA253B414CC7CDA4C5872041BC944CD720273B4152E626881887204108072FDEEE263B41DB6A1ADE9088204105429BF3A8253B41
334	FTZ-3-CN05-001-B3	FTZ-3-CN05-001	Nhà văn phòng 3	11.5	3	55379.6	office	estimate	\N	DA-FTZ-3-CN05-001	01060000200B170000010000000103000000010000000500000039B6F9D58C892041824C2DFDE2253B41EC0599CFE6892041473569F6FC253B41240FB8C67C8820417C0B687E36273B4171BF18CD22882041B8222C851C273B4139B6F9D58C892041824C2DFDE2253B41
335	FTZ-3-NC01-001-B1	FTZ-3-NC01-001	Nhà văn phòng 1	20	5	146920.3	office	estimate	\N	DA-FTZ-3-NC01-001	01060000200B17000001000000010300000001000000050000009D4E6A25AA892041E8A25EE391263B41826D75E4A98A20411A613BB7DB263B4190129D43D3892041F217DD9695273B41ABF39184D3882041C05900C34B273B419D4E6A25AA892041E8A25EE391263B41
336	FTZ-3-NC01-001-B2	FTZ-3-NC01-001	Phòng thí nghiệm 2	22.3	5	75303.3	laboratory	estimate	\N	DA-FTZ-3-NC01-001	01060000200B170000010000000103000000010000000500000014F98416AA8B2041082C4B16E1263B415325E0580E8C2041F94E8807FE263B41DE85D39AFC8A20417445E718EB273B419F597858988A20418322AA27CE273B4114F98416AA8B2041082C4B16E1263B41
337	FTZ-3-NC01-001-B3	FTZ-3-NC01-001	Trung tâm dữ liệu 3	36.1	7	64224.6	data_centre	estimate	\N	DA-FTZ-3-NC01-001	01060000200B1700000100000001030000000100000005000000420ECC4D458C204115A686A64B273B413C80A788928C20418D7EE1F161273B4174B8D24FBD8B20412136BB991A283B417A46F714708B2041A95D604E04283B41420ECC4D458C204115A686A64B273B41
338	FTZ-3-NC01-001-B4	FTZ-3-NC01-001	Nhà ăn 4	24.4	5	30364.5	canteen	estimate	\N	DA-FTZ-3-NC01-001	01060000200B1700000100000001030000000100000005000000C0D59A45D28C20414E64FA1267273B4158D7D640FB8C2041505E89E772273B41C1CAA85FEF8B20415BD21DE55A283B4128C96C64C68B204159D88E104F283B41C0D59A45D28C20414E64FA1267273B41
339	FTZ-3-CN07-001-B1	FTZ-3-CN07-001	Nhà xưởng 1	15.8	2	85947.7	factory	estimate	\N	DA-FTZ-3-CN07-001	01060000200B17000001000000010300000001000000050000008029E29F427F204159D2592EF2243B4106B1166D6A81204100C3F27891253B415EF11FFBE180204148312FA307263B41D869EB2DBA7E2041A040965868253B418029E29F427F204159D2592EF2243B41
340	FTZ-3-CN07-001-B2	FTZ-3-CN07-001	Nhà kho 2	9.2	1	21091.8	warehouse	estimate	\N	DA-FTZ-3-CN07-001	01060000200B1700000100000001030000000100000005000000673B93DFA57E2041B118BD3CA9253B41A4C81D12C8802041EB2B2FE946263B41BA30F0258380204144A07D9982263B417EA365F3607E20410A8D0BEDE4253B41673B93DFA57E2041B118BD3CA9253B41
341	FTZ-3-CN07-001-B3	FTZ-3-CN07-001	Nhà văn phòng 3	9.3	2	24921.4	office	estimate	\N	DA-FTZ-3-CN07-001	01060000200B17000001000000010300000001000000050000004670CE32057E2041060D0CC0E5253B4158D3555AF17F2041EF2AABD273263B41677D5575C37F2041A82B9A919B263B41551ACE4DD77D2041BF0DFB7E0D263B414670CE32057E2041060D0CC0E5253B41
342	FTZ-3-CN07-001-B4	FTZ-3-CN07-001	Nhà ăn 4	5.6	1	8125.8	canteen	estimate	\N	DA-FTZ-3-CN07-001	01060000200B170000010000000103000000010000000500000022B2113ADF7D20419FA0AAB823263B41FFB648D3D97F204171D4B7F6B5263B418CD4F019BC7F2041CA499AB4CF263B41B0CFB980C17D2041F9158D763D263B4122B2113ADF7D20419FA0AAB823263B41
343	FTZ-3-CX07-001-B1	FTZ-3-CX07-001	Nhà chòi 1	4.6	1	5334.8	pavilion	survey	\N	\N	01060000200B17000001000000010300000001000000050000006AC2943CEB8B204134419E078F293B41DB647048B68C2041C621E9A4C9293B41807EB45E868C2041D00F5923F3293B4110DCD852BB8B20413E2F0E86B8293B416AC2943CEB8B204134419E078F293B41
344	FTZ-3-KT08-001-B1	FTZ-3-KT08-001	Nhà kho 1	10	1	40024.5	warehouse	survey	\N	\N	01060000200B170000010000000103000000010000000500000062D5A4C0317D2041110BFA4E91263B4166DBB1224F7E20416DF704B1E3263B411CD6F9504A7D2041CFC74A91C5273B4119D0ECEE2C7C204173DB3F2F73273B4162D5A4C0317D2041110BFA4E91263B41
345	FTZ-3-KT08-001-B2	FTZ-3-KT08-001	Nhà kho 2	9.4	1	22212.8	warehouse	survey	\N	\N	01060000200B1700000100000001030000000100000005000000D978FAA3117F204170B457210A273B41187A6A93A87F2041636196B335273B4127BDEC089F7E2041F90BB0AA1B283B41E7BB7C19087E2041075F7118F0273B41D978FAA3117F204170B457210A273B41
346	FTZ-3-CN09-001-B1	FTZ-3-CN09-001	Nhà xưởng 1	14.8	2	105586.8	factory	estimate	\N	DA-FTZ-3-CN09-001	01060000200B17000001000000010300000001000000050000004D48808191802041FA8FA6767C273B415B1BF63942822041C3690F61F9273B41C2C1098D5C8120417E7CB048C0283B41B4EE93D4AB7F2041B5A2475E43283B414D48808191802041FA8FA6767C273B41
347	FTZ-3-CX08-001-B1	FTZ-3-CX08-001	Nhà chòi 1	4.9	1	7685	pavilion	survey	\N	\N	01060000200B1700000100000001030000000100000005000000B993E119618420412B60F052FC283B41F987A0EFEB842041890EF56624293B41893CDE438A8420413C03D9FC78293B4149481F6EFF832041DE54D4E850293B41B993E119618420412B60F052FC283B41
\.


--
-- Data for Name: compliance_verdicts; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.compliance_verdicts (fid, lot_code, status, rule_id, clause, value, "limit", checked_at, run_id) FROM stdin;
1	DN-HTP-CX01-001	pass	max_far	QCVN 01:2021	0.5	1.0	2026-11-20 00:00:00+00	r1
\.


--
-- Data for Name: construction_projects; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.construction_projects (fid, code, permit_no, parcel_code, name, phase, planned_start, planned_end, actual_start, actual_end, progress_pct, status, geom) FROM stdin;
1	DA-DN-HTP-GT01-001	332/2026/GPXD-BQL	DN-HTP-GT01-001	Dự án đầu tư xây dựng – Đơn vị vận hành hạ tầng KCNC	Giai đoạn 1 / Phase 1	2026-03-04	2027-10-09	2026-04-03	\N	39.5	under_construction	01060000200B1700000100000001030000000100000005000000861C1D7F135220412419422D740D3B41A793869850552041E86DC10F1C0D3B4150DC7F8AD1552041C7239D614B0E3B412F6516719452204103CF1D7FA30E3B41861C1D7F135220412419422D740D3B41
2	DA-DN-HTP-DV03-001	235/2023/GPXD-BQL	DN-HTP-DV03-001	Dự án đầu tư xây dựng – DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	Giai đoạn 2 / Phase 2	2023-06-25	2024-09-06	2023-08-16	2024-12-25	100	completed	01060000200B17000001000000010300000001000000050000001C006B1E834120417CF6183F1C123B412F88C22960452041248EEE21B3113B411B13FB8F0A462041C78323F743133B41088BA3842D4220411FEC4D14AD133B411C006B1E834120417CF6183F1C123B41
3	DA-DN-HTP-NC10-001	014/2024/GPXD-BQL	DN-HTP-NC10-001	Dự án đầu tư xây dựng – Velivo AI Labs Co., Ltd.	Giai đoạn 1 / Phase 1	2024-12-03	2026-09-13	2024-11-28	\N	95	under_construction	01060000200B17000001000000010300000001000000050000008911CBC06F3B2041D2530F4087143B4140D8CDB8E23E2041DB86EA6829143B41EA73004B873F204124166A88AC153B4133ADFD52143C20411AE38E5F0A163B418911CBC06F3B2041D2530F4087143B41
4	DA-DN-HTP-NC12-001	340/2025/GPXD-BQL	DN-HTP-NC12-001	Dự án đầu tư xây dựng – Galelle Embedded Co., Ltd.	Giai đoạn 1 / Phase 1	2025-08-03	2027-02-13	2025-10-26	\N	66.1	under_construction	01060000200B1700000100000001030000000100000005000000F2AE5107DE4C2041A12FDC01AD123B41D674CC88505020413E4B50374F123B418010FF1AF550204187DACF56D2133B419C4A8499824D2041EABE5B2130143B41F2AE5107DE4C2041A12FDC01AD123B41
5	DA-DN-HTP-CN10-001	240/2022/GPXD-BQL	DN-HTP-CN10-001	Dự án đầu tư xây dựng – Ordotek Precision Co., Ltd.	Giai đoạn 2 / Phase 2	2022-10-12	2024-06-10	2022-11-26	2024-08-01	100	completed	01060000200B1700000100000001030000000100000005000000EB64FAC41A3C20418D0BD98819163B41A32BFDBC8D3F2041973EB4B1BB153B415AB48AE9304020417AB8E8873B173B41A3ED87F1BD3C204170850D5F99173B41EB64FAC41A3C20418D0BD98819163B41
6	DA-DN-HTP-NC14-001	021/2026/GPXD-BQL	DN-HTP-NC14-001	Dự án đầu tư xây dựng – Zanovia Software Co., Ltd.	Giai đoạn 1 / Phase 1	2026-02-01	2028-05-11	2026-03-06	\N	30.5	under_construction	01060000200B17000001000000010300000001000000050000006924D09BA4542041427E57E97D133B418B9B39B5E157204106D3D6CB25133B414224C7E184582041E94C0BA2A5143B4121AD5DC84755204125F88BBFFD143B416924D09BA4542041427E57E97D133B41
7	DA-DN-HTP-CN13-001	302/2025/GPXD-BQL	DN-HTP-CN13-001	Dự án đầu tư xây dựng – Brixtek Pharma Co., Ltd.	Giai đoạn 1 / Phase 1	2025-02-11	2027-05-20	2025-02-26	\N	74.8	under_construction	01060000200B1700000100000001030000000100000005000000C9B7014F66402041A010CAB345173B41B1A10D3068432041691881E1F3163B417F4E42550E4420411F2801B57A183B41976436740C41204156204A87CC183B41C9B7014F66402041A010CAB345173B41
8	DA-DN-HTP-DV06-001	205/2026/GPXD-BQL	DN-HTP-DV06-001	Dự án đầu tư xây dựng – Jovora Finance Co., Ltd.	Giai đoạn 1 / Phase 1	2026-09-21	2029-01-30	2026-10-21	\N	3.2	under_construction	01060000200B170000010000000103000000010000000500000036B5645CB94B2041A2F414EDB9173B41935BC24DB04E20412992574469173B41478F2F1A444F2041A3B489EFC4183B41EAE8D1284D4C20411C17479815193B4136B5645CB94B2041A2F414EDB9173B41
9	DA-DN-ITP-HT01-001	026/2023/GPXD-BQL	DN-ITP-HT01-001	Dự án đầu tư xây dựng – Đơn vị vận hành hạ tầng KCNTT	Giai đoạn 2 / Phase 2	2023-01-06	2024-05-17	2023-02-17	2024-07-02	100	completed	01060000200B17000001000000010300000001000000050000003EF628FB0F6A2041E2886EB2DD243B4186F7F9D9516D2041D0FE552686253B41CB4CE328E96B2041D32D7E8544273B41844B124AA7682041E5B796119C263B413EF628FB0F6A2041E2886EB2DD243B41
10	DA-DN-ITP-NC01-001	088/2024/GPXD-BQL	DN-ITP-NC01-001	Dự án đầu tư xây dựng – Caelusca Biotech Co., Ltd.	Giai đoạn 2 / Phase 2	2024-08-29	2026-04-19	2024-10-05	2026-07-24	100	completed	01060000200B1700000100000001030000000100000005000000F3C24751076C20410007AE486F273B4103A897BFE06E2041B09F75A302283B414BBD89A4B36D20414F32164577293B413BD83936DA6A20419F994EEAE3283B41F3C24751076C20410007AE486F273B41
11	DA-KCN-HK-CN05-001	215/2024/GPXD-BQL	KCN-HK-CN05-001	Dự án đầu tư xây dựng – Dorousca Machinery Co., Ltd.	Giai đoạn 1 / Phase 1	2024-09-18	2026-09-12	2024-10-02	\N	95	under_construction	01060000200B17000001000000010300000001000000050000007E4C59890E8720418A01586FFF193B4115D2EDA02E8A20419BE7D98C171B3B4125D2D2DA478820410E5B8B24731C3B418F4C3EC327852041FD7409075B1B3B417E4C59890E8720418A01586FFF193B41
12	DA-KCN-HK-CN08-001	330/2026/GPXD-BQL	KCN-HK-CN08-001	Dự án đầu tư xây dựng – Solivo Textile Co., Ltd.	Giai đoạn 1 / Phase 1	2027-02-17	2029-04-07	\N	\N	0	permitted	01060000200B17000001000000010300000001000000050000003C5E151FCF93204143CEDF60761E3B416EC9FBB2D6962041390E3EE9851F3B417FC9E0ECEF942041AC81EF80E1203B414D5EFA58E8912041B64191F8D11F3B413C5E151FCF93204143CEDF60761E3B41
13	DA-KCN-TQ-CX01-001	416/2025/GPXD-BQL	KCN-TQ-CX01-001	Dự án đầu tư xây dựng – KCN-TQ-CX01-001	Giai đoạn 2 / Phase 2	2025-05-28	2026-03-01	2025-05-29	2026-04-07	100	completed	01060000200B17000001000000010300000001000000050000003F7E5F115BE1204135EC5A008D293B41C5B145383FE42041BB403188C32A3B4194F70DA718E420415EE96983DA2A3B410EC4278034E12041D79493FBA3293B413F7E5F115BE1204135EC5A008D293B41
14	DA-KCN-TQ-CN01-001	\N	KCN-TQ-CN01-001	Dự án đầu tư xây dựng – Caelarin Furniture Co., Ltd.	Giai đoạn 1 / Phase 1	2027-07-24	2029-09-30	\N	\N	0	planned	01060000200B17000001000000010300000001000000050000009A594CAF9AE22041A05E8103F32B3B41949ACB2790E520419E2E75CF302D3B41D1E6CE4BCFE320417B0276463C2E3B41D6A54FD3D9E020417D32827AFE2C3B419A594CAF9AE22041A05E8103F32B3B41
15	DA-FTZ-1-DV01-001	029/2025/GPXD-BQL	FTZ-1-DV01-001	Dự án đầu tư xây dựng – Brixelle Academy Co., Ltd.	Giai đoạn 1 / Phase 1	2025-10-10	2026-11-24	2025-12-16	\N	76.2	under_construction	01060000200B17000001000000010300000001000000050000003D0080F7BD6D2041B928D718C8333B41576847BBD17020418DA72B8799343B41497A1257726F2041A30EAEF6E3353B412F124B935E6C2041CF8F598812353B413D0080F7BD6D2041B928D718C8333B41
16	DA-FTZ-1-CN01-001	304/2024/GPXD-BQL	FTZ-1-CN01-001	Dự án đầu tư xây dựng – Mavvane Packaging Co., Ltd.	Giai đoạn 1 / Phase 1	2024-08-04	2026-08-01	2024-09-16	\N	95	under_construction	01060000200B1700000100000001030000000100000005000000E8AE0B5E1871204123308F4EAC343B419F0187CD76732041A69FD5874D353B419113526917722041BC0658F797363B41D9C0D6F9B86F20413A9711BEF6353B41E8AE0B5E1871204123308F4EAC343B41
17	DA-FTZ-1-KT02-001	374/2026/GPXD-BQL	FTZ-1-KT02-001	Dự án đầu tư xây dựng – Doroarin Logistics Co., Ltd.	Giai đoạn 1 / Phase 1	2026-03-25	2027-08-15	2026-03-17	\N	47.8	under_construction	01060000200B1700000100000001030000000100000005000000D1A272140E69204120FBCB8242343B41292426D22B6C20411461199816353B4117661DE1C66A204113CEB33F66363B41BFE46923A96720411E68662A92353B41D1A272140E69204120FBCB8242343B41
18	DA-FTZ-1-KT04-001	101/2026/GPXD-BQL	FTZ-1-KT04-001	Dự án đầu tư xây dựng – Norvane Cold Chain Co., Ltd.	Giai đoạn 1 / Phase 1	2027-08-13	2029-01-04	\N	\N	0	permitted	01060000200B17000001000000010300000001000000050000007F0F2321B27020413734F40F1B383B413AFA3E80F8732041CA0385F2F9383B41C00F85D06B722041A47607FA6E3A3B4105256971256F204111A7761790393B417F0F2321B27020413734F40F1B383B41
19	DA-FTZ-1-CN04-001	\N	FTZ-1-CN04-001	Dự án đầu tư xây dựng – Nortek Textile Co., Ltd.	Giai đoạn 1 / Phase 1	2027-05-20	2028-08-13	\N	\N	0	planned	01060000200B17000001000000010300000001000000050000003E3CFFAB336920410F7F92130D383B4158A4C66F476C2041E3FDE681DE383B41B85CDCA9916A2041B37B542C7A3A3B419EF414E67D672041DFFCFFBDA8393B413E3CFFAB336920410F7F92130D383B41
20	DA-FTZ-2-DV01-001	\N	FTZ-2-DV01-001	Dự án đầu tư xây dựng – Brixusca Academy Co., Ltd.	Giai đoạn 1 / Phase 1	2027-10-26	2030-04-12	\N	\N	0	planned	01060000200B170000010000000103000000010000000500000016FE46C83F4A2041C77D88CB47273B41C273D0235A4D2041CB2C11D48D273B4182456499DC4C2041ADCA17D1F1283B41D6CFDA3DC2492041A91B8FC8AB283B4116FE46C83F4A2041C77D88CB47273B41
21	DA-FTZ-2-DV04-001	162/2026/GPXD-BQL	FTZ-2-DV04-001	Dự án đầu tư xây dựng – Soltrix Services Co., Ltd.	Giai đoạn 1 / Phase 1	2027-09-10	2029-03-09	\N	\N	0	permitted	01060000200B1700000100000001030000000100000005000000BD2DA37C064D20415D5AB43F05293B4143B0140EC950204138F5B91C5A293B413887BFF321502041D76EB7F4332B3B41B2044E625F4C2041FCD3B117DF2A3B41BD2DA37C064D20415D5AB43F05293B41
22	DA-FTZ-2-NC01-001	158/2026/GPXD-BQL	FTZ-2-NC01-001	Dự án đầu tư xây dựng – Frelmond AI Labs Co., Ltd.	Giai đoạn 1 / Phase 1	2026-05-06	2028-06-19	2026-05-06	\N	27.5	under_construction	01060000200B17000001000000010300000001000000050000004CB7CB7314542041A6991478A4293B416BEC706A1B5720414C68E4CAE8293B4160C31B5074562041EBE1E1A2C22B3B41418E76596D532041451312507E2B3B414CB7CB7314542041A6991478A4293B41
23	DA-FTZ-2-KT04-001	461/2026/GPXD-BQL	FTZ-2-KT04-001	Dự án đầu tư xây dựng – Solvane Bonded Warehouse Co., Ltd.	Giai đoạn 1 / Phase 1	2026-04-21	2027-05-18	2026-05-23	\N	42	under_construction	01060000200B17000001000000010300000001000000050000006AA2B5120E5E2041DE4AED9A852A3B413B7A0A467D612041518E5A1ED32A3B413051B52BD6602041F00758F6AC2C3B415F7960F8665D20417DC4EA725F2C3B416AA2B5120E5E2041DE4AED9A852A3B41
24	DA-FTZ-2-KT05-001	291/2026/GPXD-BQL	FTZ-2-KT05-001	Dự án đầu tư xây dựng – Galelle Bonded Warehouse Co., Ltd.	Giai đoạn 1 / Phase 1	2026-07-10	2028-09-09	2026-08-09	\N	13.7	under_construction	01060000200B1700000100000001030000000100000005000000616D77DCE6452041F7282DDD612A3B41DFF34B42E648204129553B85A52A3B41483647D4774820410351DAA8DE2B3B41CAAF726E78452041D124CC009B2B3B41616D77DCE6452041F7282DDD612A3B41
25	DA-FTZ-2-KT07-001	066/2025/GPXD-BQL	FTZ-2-KT07-001	Dự án đầu tư xây dựng – Hestmond Bonded Warehouse Co., Ltd.	Giai đoạn 1 / Phase 1	2025-11-20	2027-08-25	2026-01-14	\N	50.2	under_construction	01060000200B17000001000000010300000001000000050000005288B143584C2041FF39F747F32A3B41D80A23D51A502041DAD4FC24482B3B41414D1E67AC4F2041B4D09B48812C3B41BBCAACD5E94B2041D935966B2C2C3B415288B143584C2041FF39F747F32A3B41
26	DA-FTZ-2-KT08-001	\N	FTZ-2-KT08-001	Dự án đầu tư xây dựng – Tavvane Fulfilment Co., Ltd.	Giai đoạn 1 / Phase 1	2027-01-24	2028-08-29	\N	\N	0	planned	01060000200B17000001000000010300000001000000050000008773815092482041D4FE969C092C3B4132E90AACAC4B2041D8AD1FA54F2C3B417B1AA7370E4B204174CA2AF7102E3B41CFA41DDCF3472041701BA2EECA2D3B418773815092482041D4FE969C092C3B41
27	DA-FTZ-2-CN06-001	448/2024/GPXD-BQL	FTZ-2-CN06-001	Dự án đầu tư xây dựng – Zanarin Textile Co., Ltd.	Giai đoạn 1 / Phase 1	2024-07-23	2026-08-06	2024-09-12	\N	95	under_construction	01060000200B170000010000000103000000010000000500000097EE3C0ABD4F20419875135EAB2C3B4140E6A71F9B5220415F9D3C16EC2C3B41891744ABFC512041FBB94768AD2E3B41E01FD9951E4F204134921EB06C2E3B4197EE3C0ABD4F20419875135EAB2C3B41
28	DA-FTZ-2-CN07-001	253/2026/GPXD-BQL	FTZ-2-CN07-001	Dự án đầu tư xây dựng – Galtrix Precision Co., Ltd.	Giai đoạn 1 / Phase 1	2026-03-19	2028-05-17	2026-05-11	\N	22.6	under_construction	01060000200B170000010000000103000000010000000500000083C584E8E9522041C3E46408F32C3B41A2FA29DFF055204169B3345B372D3B41EB2BC66A5255204105D03FADF82E3B41CCF620744B5220415F01705AB42E3B4183C584E8E9522041C3E46408F32C3B41
29	DA-FTZ-2-KT09-001	028/2026/GPXD-BQL	FTZ-2-KT09-001	Dự án đầu tư xây dựng – Quorelle Logistics Co., Ltd.	Giai đoạn 1 / Phase 1	2026-09-21	2028-04-05	2026-10-21	\N	3	suspended	01060000200B1700000100000001030000000100000005000000644D7B24205620410BAB19863B2D3B41256F224460592041CD4F02E3842D3B416DA0BECFC1582041696C0D35462F3B41AC7E17B081552041A7C724D8FC2E3B41644D7B24205620410BAB19863B2D3B41
30	DA-FTZ-2-KT11-001	262/2025/GPXD-BQL	FTZ-2-KT11-001	Dự án đầu tư xây dựng – Zanivo Fulfilment Co., Ltd.	Giai đoạn 1 / Phase 1	2025-06-18	2026-08-10	2025-06-26	\N	95	under_construction	01060000200B1700000100000001030000000100000005000000483A0B7AEE4720417FB35932DA2D3B41F4AF94D5084B20418362E23A202E3B41A1D6B1C6724A2041D4FBB4BDC92F3B41F560286B58472041D04C2CB5832F3B41483A0B7AEE4720417FB35932DA2D3B41
31	DA-FTZ-2-KT13-001	429/2026/GPXD-BQL	FTZ-2-KT13-001	Dự án đầu tư xây dựng – Brixtrix Fulfilment Co., Ltd.	Giai đoạn 1 / Phase 1	2027-06-29	2028-12-31	\N	\N	0	permitted	01060000200B1700000100000001030000000100000005000000458C0E12465220416D99279EC32E3B4164C1B3084D5520411368F7F0072F3B4111E8D0F9B65420416401CA73B1303B41F2B22B03B0512041BE32FA206D303B41458C0E12465220416D99279EC32E3B41
32	DA-FTZ-2-CN08-001	313/2025/GPXD-BQL	FTZ-2-CN08-001	Dự án đầu tư xây dựng – Velarin Auto Parts Co., Ltd.	Giai đoạn 1 / Phase 1	2025-01-24	2026-01-26	2025-04-18	\N	95	under_construction	01060000200B17000001000000010300000001000000050000002614054E7C552041B55FDC1B0C2F3B41E735AC6DBC5820417804C578552F3B41945CC95E26582041C99D97FBFE303B41D33A223FE654204106F9AE9EB5303B412614054E7C552041B55FDC1B0C2F3B41
33	DA-FTZ-2-CN11-001	009/2026/GPXD-BQL	FTZ-2-CN11-001	Dự án đầu tư xây dựng – Caelelle Semiconductor Co., Ltd.	Giai đoạn 1 / Phase 1	2026-04-17	2027-04-23	2026-05-25	\N	46.6	under_construction	01060000200B1700000100000001030000000100000005000000DCBEF0A99C4A2041848B512CDD2F3B416241623B5F4E20415F26570932303B415299A583D44D204177DDDF63BB313B41CC1634F2114A20419D42DA8666313B41DCBEF0A99C4A2041848B512CDD2F3B41
34	DA-FTZ-2-KT14-001	164/2026/GPXD-BQL	FTZ-2-KT14-001	Dự án đầu tư xây dựng – Quorivo Fulfilment Co., Ltd.	Giai đoạn 1 / Phase 1	2026-09-21	2029-01-18	2026-10-21	\N	3.9	under_construction	01060000200B17000001000000010300000001000000050000007F71D1C27D4E2041A25B60BA34303B4129693CD85B5120416983897275303B4118C17F20D1502041823A12CDFE313B416FC9140BF34D2041BB12E914BE313B417F71D1C27D4E2041A25B60BA34303B41
35	DA-FTZ-2-KT15-001	\N	FTZ-2-KT15-001	Dự án đầu tư xây dựng – Hestusca Fulfilment Co., Ltd.	Giai đoạn 1 / Phase 1	2027-04-26	2028-10-28	\N	\N	0	planned	01060000200B17000001000000010300000001000000050000006B4819A1AA512041CCCAB1647C303B418A7DBE97B1542041739981B7C0303B417AD501E0265420418B500A124A323B415BA05CE91F512041E5813ABF05323B416B4819A1AA512041CCCAB1647C303B41
36	DA-FTZ-3-HT01-001	240/2026/GPXD-BQL	FTZ-3-HT01-001	Dự án đầu tư xây dựng – Đơn vị vận hành hạ tầng KTMTD PK3	Giai đoạn 1 / Phase 1	2026-07-09	2028-10-20	2026-09-11	\N	8.4	under_construction	01060000200B1700000100000001030000000100000005000000178692C1AC802041344D1009921F3B412FD09F5FE3832041B6DD2C817F203B418F14F93990822041544EEE36A5213B4177CAEB9B597F2041D3BDD1BEB7203B41178692C1AC802041344D1009921F3B41
37	DA-FTZ-3-CN01-001	031/2026/GPXD-BQL	FTZ-3-CN01-001	Dự án đầu tư xây dựng – Ordoovia Textile Co., Ltd.	Giai đoạn 1 / Phase 1	2027-10-26	2029-10-06	\N	\N	0	permitted	01060000200B1700000100000001030000000100000005000000B270156BD08620414D5535BC57213B4173015643B08920412C90BF272C223B41D345AF1D5D882041CB0081DD51233B4112B56E457D852041EBC5F6717D223B41B270156BD08620414D5535BC57213B41
38	DA-FTZ-3-KT01-001	183/2026/GPXD-BQL	FTZ-3-KT01-001	Dự án đầu tư xây dựng – Lumardo Cold Chain Co., Ltd.	Giai đoạn 1 / Phase 1	2026-05-12	2028-04-03	2026-07-09	\N	17.7	under_construction	01060000200B17000001000000010300000001000000050000004F46898BF58920412C90BF2740223B41DBCCF6663B8D20415810170632233B413B115041E88B2041F780D8BB57243B41AF8AE265A2882041CB0081DD65233B414F46898BF58920412C90BF2740223B41
39	DA-FTZ-3-CX05-001	177/2023/GPXD-BQL	FTZ-3-CX05-001	Dự án đầu tư xây dựng – FTZ-3-CX05-001	Giai đoạn 2 / Phase 2	2023-07-22	2024-12-24	2023-08-28	2025-03-07	100	completed	01060000200B17000001000000010300000001000000050000008C46C4E87C8D204185D6034B22233B413B728E6DF2902041072A96EB21243B413B728E6DD4902041DA63A9E63B243B418C46C4E85E8D2041581017463C233B418C46C4E87C8D204185D6034B22233B41
40	DA-FTZ-3-CN03-001	388/2025/GPXD-BQL	FTZ-3-CN03-001	Dự án đầu tư xây dựng – Istrardo Textile Co., Ltd.	Giai đoạn 1 / Phase 1	2025-11-09	2026-12-10	2025-12-22	\N	89.9	under_construction	01060000200B170000010000000103000000010000000500000077CAEB1B4A7F20415E46352BC5203B418F14F9B980822041DFD651A3B2213B412443A117ED802041AA90053210233B410CF99379B67D20412900E9B922223B4177CAEB1B4A7F20415E46352BC5203B41
41	DA-FTZ-3-DV02-001	420/2026/GPXD-BQL	FTZ-3-DV02-001	Dự án đầu tư xây dựng – Brixvane Services Co., Ltd.	Giai đoạn 1 / Phase 1	2026-09-21	2028-09-27	2026-10-21	\N	4.2	under_construction	01060000200B17000001000000010300000001000000050000004C30B549958F2041035DCE4879253B41344193B85A922041029E801446263B41C86F3B16C7902041CD5734A3A3273B41E05E5DA7018E2041CE1682D7D6263B414C30B549958F2041035DCE4879253B41
42	DA-FTZ-3-CN05-001	347/2025/GPXD-BQL	FTZ-3-CN05-001	Dự án đầu tư xây dựng – Hestelle Foods Co., Ltd.	Giai đoạn 1 / Phase 1	2025-03-09	2027-05-27	2025-05-10	\N	71.8	under_construction	01060000200B170000010000000103000000010000000500000044B98A43E1862041F47CABD3EA243B41D03FF81E278A204120FD02B2DC253B418AA927BF5B882041F75270866A273B41FE22BAE315852041CBD218A878263B4144B98A43E1862041F47CABD3EA243B41
43	DA-FTZ-3-NC01-001	064/2024/GPXD-BQL	FTZ-3-NC01-001	Dự án đầu tư xây dựng – Lumelle Materials Co., Ltd.	Giai đoạn 1 / Phase 1	2024-10-03	2026-03-16	2024-12-25	\N	95	under_construction	01060000200B170000010000000103000000010000000500000081B9C5A04A8A204120FD02F2E6253B412FE58F25C08D2041A1509592E6263B41E94EBFC5F48B204178A6026774283B413B23F5407F882041F75270C674273B4181B9C5A04A8A204120FD02F2E6253B41
44	DA-FTZ-3-CN07-001	046/2026/GPXD-BQL	FTZ-3-CN07-001	Dự án đầu tư xây dựng – Ordoardo Electronics Co., Ltd.	Giai đoạn 1 / Phase 1	2026-09-21	2028-11-25	2026-10-21	\N	4	under_construction	01060000200B17000001000000010300000001000000050000008F269EB9127F20412DDD6C02D4243B41DCF08DB1B2812041C45475FD95253B41469984861A8020417FB35979F7263B41F9CE948E7A7D2041E83B517E35263B418F269EB9127F20412DDD6C02D4243B41
45	DA-FTZ-3-KT06-001	132/2026/GPXD-BQL	FTZ-3-KT06-001	Dự án đầu tư xây dựng – Xanvane Logistics Co., Ltd.	Giai đoạn 1 / Phase 1	2027-08-17	2029-11-20	\N	\N	0	permitted	01060000200B1700000100000001030000000100000005000000FE22BA6301852041A38FFF688A263B418AA9273F47882041CF0F57477C273B41F3511E14AF8620418A6E3BC3DD283B4168CBB038698320415EEEE3E4EB273B41FE22BA6301852041A38FFF688A263B41
46	DA-FTZ-3-CN08-001	275/2026/GPXD-BQL	FTZ-3-CN08-001	Dự án đầu tư xây dựng – Mavtrix Semiconductor Co., Ltd.	Giai đoạn 1 / Phase 1	2027-09-20	2029-11-11	\N	\N	0	permitted	01060000200B17000001000000010300000001000000050000003B23F5C06A882041CF0F578786273B41E94EBF45E08B20415163E92786283B4153F7B51A488A20410CC2CDA3E7293B41A5CBEB95D28620418A6E3B03E8283B413B23F5C06A882041CF0F578786273B41
47	DA-FTZ-3-CN09-001	396/2025/GPXD-BQL	FTZ-3-CN09-001	Dự án đầu tư xây dựng – Istrusca Semiconductor Co., Ltd.	Giai đoạn 1 / Phase 1	2025-02-10	2027-02-22	2025-02-18	\N	78.1	under_construction	01060000200B1700000100000001030000000100000005000000CAF53C98348020410A3CBDE510273B418B867D7014832041E9764751E5273B4176CB152CAC81204158C76B511D293B41B53AD553CC7E2041798CE1E548283B41CAF53C98348020410A3CBDE510273B41
\.


--
-- Data for Name: functional_areas; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.functional_areas (fid, code, name_vi, name_en, kind, district, established, operator, published_area_ha, geom) FROM stdin;
1	DN-HTP	Khu công nghệ cao Đà Nẵng	Da Nang High-Tech Park	high_tech_park	Hòa Vang (xã Hòa Liên)	2010-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	1128	01060000200B17000001000000010300000001000000070000008A279C86535520415A2D45DBF20C3B41F3DFD55D343620415214AF9741103B4114CF3B47C43A2041488589E3FC1A3B41FDFF7AC692562041024BE15808183B415FC98BD1FA552041C258A0E5A2163B410DE0127B4B59204110ACDEB348163B418A279C86535520415A2D45DBF20C3B41
2	DN-ITP	Khu công nghệ thông tin tập trung Đà Nẵng (giai đoạn 1)	Da Nang Concentrated IT Park (phase 1)	it_park	Hòa Vang (xã Hòa Liên)	2016-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	131	01060000200B1700000100000001030000000100000005000000F1832BB0EA7320418EB9EE2CB0263B41635BF2F4157120415DDAE00F312A3B4151CCB2AC4667204160A405C035283B41DFF4EB671B6A2041918313DDB4243B41F1832BB0EA7320418EB9EE2CB0263B41
3	KCN-HK	Khu công nghiệp Hòa Khánh	Hoa Khanh Industrial Park	industrial_park	Liên Chiểu	1996-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	394	01060000200B17000001000000010300000001000000070000006EC3D7684F9320419EA5775C1C223B4169A352ACBC9A2041302CE2B7CE1C3B411E3792BED38A2041340446C53C173B4129444899058520417D9A13FD611B3B416DC1EB1236882041348EF0D67F1C3B4167D4BAF4968620415971B843A81D3B416EC3D7684F9320419EA5775C1C223B41
4	KCN-LC	Khu công nghiệp Liên Chiểu	Lien Chieu Industrial Park	industrial_park	Liên Chiểu	1998-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	289	01060000200B1700000100000001030000000100000007000000D0A108EA398420413F786CB2992F3B412BC46FAC467520413D12FE34A02B3B41D4E63105FA6F2041C90631F49B303B41750C30C5A67B20419823F386B6333B41EC52454C847D20410F9A497AF5313B41F00AE0C9CA80204142E3F564D4323B41D0A108EA398420413F786CB2992F3B41
5	KCN-HC	Khu công nghiệp Hòa Cầm	Hoa Cam Industrial Park	industrial_park	Cẩm Lệ	2003-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	149	01060000200B1700000100000001030000000100000005000000C63E6FED06AD2041CEDE7BCBCC063B417CC2C3EB30AE204113A934F6F00A3B41FE1AB07C6CA32041B0FE51A8B20B3B4148975B7E42A220416B34997D8E073B41C63E6FED06AD2041CEDE7BCBCC063B41
6	KCN-DN	Khu công nghiệp Đà Nẵng (An Đồn)	Da Nang Industrial Park (An Don)	industrial_park	Sơn Trà	1993-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	50	01060000200B17000001000000010300000001000000050000001E0F02E7F2D920416B53CDC06B203B41D4023C0BC8D820414E50406E99223B412A0CE3023FD2204117C76B49B9213B417418A9DE69D3204134CAF89B8B1F3B411E0F02E7F2D920416B53CDC06B203B41
7	KCN-TQ	Khu công nghiệp Dịch vụ Thủy sản Đà Nẵng (Thọ Quang)	Da Nang Seafood Services Industrial Park (Tho Quang)	industrial_park	Sơn Trà	2001-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	76	01060000200B1700000100000001030000000100000005000000E0854AF584E72041EB3E6EF3152C3B412D19E2C2D1E320410F2F125D4A2E3B4130DFE367A5DD2041C5AF6253B32B3B41E34B4C9A58E12041A1BFBEE97E293B41E0854AF584E72041EB3E6EF3152C3B41
8	FTZ-1	Khu thương mại tự do Đà Nẵng – Phân khu 1 (logistics cảng Liên Chiểu)	Da Nang Free Trade Zone – Sub-zone 1 (Lien Chieu port logistics)	ftz	Liên Chiểu	2025-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	400	01060000200B17000001000000010300000001000000050000005201C7C84A7A20413F73D9EFF0363B413A20E3C4DB73204180F3BCBAFD3C3B41929F93E82064204163D4682BCF383B41AA8077EC8F6A204122548560C2323B415201C7C84A7A20413F73D9EFF0363B41
9	FTZ-2	Khu thương mại tự do Đà Nẵng – Phân khu 2 (sản xuất)	Da Nang Free Trade Zone – Sub-zone 2 (production)	ftz	Liên Chiểu – Hòa Vang	2025-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	900	01060000200B17000001000000010300000001000000070000006977BEF4985E2041522426FB3F333B4199D910C92162204198FAB7353A293B418902013412472041EA913373D7263B411B6C7F9017442041A368FD044A2F3B41692A8BA82A472041AEA695698F2F3B41A75EBA779C462041AFF9399D22313B416977BEF4985E2041522426FB3F333B41
10	FTZ-3	Khu thương mại tự do Đà Nẵng – Phân khu 3 (thương mại – dịch vụ)	Da Nang Free Trade Zone – Sub-zone 3 (commerce and services)	ftz	Liên Chiểu	2025-01-01	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	581	01060000200B17000001000000010300000001000000070000000BCE46B0F69320416A02424EF5243B41E0B4856FC3802041C6AAF6646A1F3B41E37E45588D782041FCECC2DB86263B41EFB51BD8E9882041A1035CF93F2B3B410471831C5C8A2041964A3150FF293B4123536EDD328D2041958BE31BD12A3B410BCE46B0F69320416A02424EF5243B41
\.


--
-- Data for Name: network_links; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.network_links (fid, code, network, name, area_code, capacity, unit, width_m, lanes, diameter_mm, voltage_kv, geom) FROM stdin;
1	DN-HTP-RD-U01-01	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B17000001000000010200000002000000EB28F5DC6939204144950749EA0F3B411AD9F4A9FE392041759EC34F48113B41
2	DN-HTP-RD-U01-02	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000001AD9F4A9FE392041759EC34F48113B41CB5EF6D4A43A20414182E830CF123B41
3	DN-HTP-RD-U01-03	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B17000001000000010200000002000000CB5EF6D4A43A20414182E830CF123B415417D785593B2041EF86A83B78143B41
4	DN-HTP-RD-U01-04	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000005417D785593B2041EF86A83B78143B419CE0B162083C20414225B39013163B41
5	DN-HTP-RD-U01-05	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000009CE0B162083C20414225B39013163B410C213C01B23C204198C73190A2173B41
6	DN-HTP-RD-U01-06	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000000C213C01B23C204198C73190A2173B4192856D985E3D2041C1FFFB8C38193B41
7	DN-HTP-RD-U01-07	road	Đường số D1 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B1700000100000001020000000200000092856D985E3D2041C1FFFB8C38193B410C185BC6F93D20413B06E294A51A3B41
8	DN-HTP-RD-U02-01	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000F13DFF77033D20413A32AF56880F3B4120EEFE44983D20416A3B6B5DE6103B41
9	DN-HTP-RD-U02-02	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B1700000100000001020000000200000020EEFE44983D20416A3B6B5DE6103B41D07300703E3E2041371F903E6D123B41
10	DN-HTP-RD-U02-03	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000D07300703E3E2041371F903E6D123B415A2CE120F33E2041E423504916143B41
11	DN-HTP-RD-U02-04	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B170000010000000102000000020000005A2CE120F33E2041E423504916143B41A2F5BBFDA13F204137C25A9EB1153B41
12	DN-HTP-RD-U02-05	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000A2F5BBFDA13F204137C25A9EB1153B411236469C4B4020418D64D99D40173B41
13	DN-HTP-RD-U02-06	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B170000010000000102000000020000001236469C4B4020418D64D99D40173B41979A7733F8402041B69CA39AD6183B41
14	DN-HTP-RD-U02-07	road	Đường số D2 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000979A7733F8402041B69CA39AD6183B41122D65619341204130A389A2431A3B41
15	DN-HTP-RD-U03-01	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B170000010000000102000000020000000BDE19E030402041916322E4310F3B41398E19ADC5402041C26CDEEA8F103B41
16	DN-HTP-RD-U03-02	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B17000001000000010200000002000000398E19ADC5402041C26CDEEA8F103B41EA131BD86B4120418E5003CC16123B41
17	DN-HTP-RD-U03-03	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B17000001000000010200000002000000EA131BD86B4120418E5003CC16123B4174CCFB88204220413B55C3D6BF133B41
18	DN-HTP-RD-U03-04	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B1700000100000001020000000200000074CCFB88204220413B55C3D6BF133B41BC95D665CF4220418EF3CD2B5B153B41
19	DN-HTP-RD-U03-05	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B17000001000000010200000002000000BC95D665CF4220418EF3CD2B5B153B412BD6600479432041E4954C2BEA163B41
20	DN-HTP-RD-U03-06	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B170000010000000102000000020000002BD6600479432041E4954C2BEA163B41B13A929B254420410ECE162880183B41
21	DN-HTP-RD-U03-07	road	Đường số D3 (internal road)	DN-HTP	3600	veh/h	20.5	4	\N	\N	01050000200B17000001000000010200000002000000B13A929B254420410ECE162880183B412CCD7FC9C044204187D4FC2FED193B41
22	DN-HTP-RD-U04-01	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B17000001000000010200000002000000C665EF503F442041BD0A0787C30E3B41F515EF1DD4442041EE13C38D21103B41
23	DN-HTP-RD-U04-02	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B17000001000000010200000002000000F515EF1DD4442041EE13C38D21103B41A59BF0487A452041BAF7E76EA8113B41
24	DN-HTP-RD-U04-03	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B17000001000000010200000002000000A59BF0487A452041BAF7E76EA8113B412F54D1F92E46204168FCA77951133B41
25	DN-HTP-RD-U04-04	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B170000010000000102000000020000002F54D1F92E46204168FCA77951133B41771DACD6DD462041BB9AB2CEEC143B41
26	DN-HTP-RD-U04-05	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B17000001000000010200000002000000771DACD6DD462041BB9AB2CEEC143B41E75D367587472041113D31CE7B163B41
27	DN-HTP-RD-U04-06	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B17000001000000010200000002000000E75D367587472041113D31CE7B163B416CC2670C344820413A75FBCA11183B41
28	DN-HTP-RD-U04-07	road	Đường trục chính dọc (main road)	DN-HTP	3600	veh/h	30	4	\N	\N	01050000200B170000010000000102000000020000006CC2670C344820413A75FBCA11183B41E754553ACF482041B37BE1D27E193B41
29	DN-HTP-RD-U05-01	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B1700000100000001020000000200000040D4A33EB2472041DAA3FAB0650E3B416F84A30B474820410BADB6B7C30F3B41
30	DN-HTP-RD-U05-02	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000006F84A30B474820410BADB6B7C30F3B411F0AA536ED482041D790DB984A113B41
31	DN-HTP-RD-U05-03	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B170000010000000102000000020000001F0AA536ED482041D790DB984A113B41A9C285E7A149204185959BA3F3123B41
32	DN-HTP-RD-U05-04	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B17000001000000010200000002000000A9C285E7A149204185959BA3F3123B41F18B60C4504A2041D833A6F88E143B41
33	DN-HTP-RD-U05-05	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B17000001000000010200000002000000F18B60C4504A2041D833A6F88E143B4161CCEA62FA4A20412ED624F81D163B41
34	DN-HTP-RD-U05-06	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B1700000100000001020000000200000061CCEA62FA4A20412ED624F81D163B41E6301CFAA64B2041570EEFF4B3173B41
35	DN-HTP-RD-U05-07	road	Đường số D5 (internal road)	DN-HTP	1800	veh/h	15.5	2	\N	\N	01050000200B17000001000000010200000002000000E6301CFAA64B2041570EEFF4B3173B4161C30928424C2041D014D5FC20193B41
36	DN-HTP-RD-U06-01	road	Đường số D6 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000ECC808D3CF4A20414DAB09ED100E3B411A7908A0644B20417DB4C5F36E0F3B41
37	DN-HTP-RD-U06-02	road	Đường số D6 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B170000010000000102000000020000001A7908A0644B20417DB4C5F36E0F3B41CBFE09CB0A4C20414A98EAD4F5103B41
38	DN-HTP-RD-U06-03	road	Đường số D6 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B17000001000000010200000002000000CBFE09CB0A4C20414A98EAD4F5103B4154B7EA7BBF4C2041F79CAADF9E123B41
39	DN-HTP-RD-U06-04	road	Đường số D6 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B1700000100000001020000000200000054B7EA7BBF4C2041F79CAADF9E123B419D80C5586E4D20414A3BB5343A143B41
40	DN-HTP-RD-U06-05	road	Đường số D6 (internal road)	DN-HTP	3600	veh/h	24	4	\N	\N	01050000200B170000010000000102000000020000009D80C5586E4D20414A3BB5343A143B410CC14FF7174E2041A0DD3334C9153B41
\.


--
-- Data for Name: network_nodes; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.network_nodes (fid, code, network, kind, name, area_code, capacity, unit, geom) FROM stdin;
1	DN-HTP-N-SUB	power	substation	Trạm biến áp 110/22 kV KCNC (substation)	DN-HTP	126	MVA	01010000200B170000BC0F66BA5D372041FA581D65E9103B41
2	DN-HTP-N-WTR	water	water_supply_station	Trạm cấp nước KCNC (water supply)	DN-HTP	30500	m3/day	01010000200B170000FAEFD36B223820410F85A37DD4103B41
3	DN-HTP-N-WWTP	wastewater	wwtp	Nhà máy xử lý nước thải tập trung KCNC (WWTP)	DN-HTP	23000	m3/day	01010000200B17000038D0411DE738204125B12996BF103B41
4	DN-HTP-N-OUT	drainage	outfall	Cửa xả nước mưa KCNC (storm outfall)	DN-HTP	183220	m3/day	01010000200B1700002EB1253A403620417AFB957145103B41
5	DN-HTP-N-X0101	road	intersection	Nút giao (crossing) 1-1	DN-HTP	\N	\N	01010000200B1700001AD9F4A9FE392041759EC34F48113B41
6	DN-HTP-N-X0102	road	intersection	Nút giao (crossing) 1-2	DN-HTP	\N	\N	01010000200B170000CB5EF6D4A43A20414182E830CF123B41
7	DN-HTP-N-X0103	road	intersection	Nút giao (crossing) 1-3	DN-HTP	\N	\N	01010000200B1700005417D785593B2041EF86A83B78143B41
8	DN-HTP-N-X0104	road	intersection	Nút giao (crossing) 1-4	DN-HTP	\N	\N	01010000200B1700009CE0B162083C20414225B39013163B41
9	DN-HTP-N-X0105	road	intersection	Nút giao (crossing) 1-5	DN-HTP	\N	\N	01010000200B1700000C213C01B23C204198C73190A2173B41
10	DN-HTP-N-X0106	road	intersection	Nút giao (crossing) 1-6	DN-HTP	\N	\N	01010000200B17000092856D985E3D2041C1FFFB8C38193B41
11	DN-HTP-N-X0201	road	intersection	Nút giao (crossing) 2-1	DN-HTP	\N	\N	01010000200B17000020EEFE44983D20416A3B6B5DE6103B41
12	DN-HTP-N-X0202	road	intersection	Nút giao (crossing) 2-2	DN-HTP	\N	\N	01010000200B170000D07300703E3E2041371F903E6D123B41
13	DN-HTP-N-X0203	road	intersection	Nút giao (crossing) 2-3	DN-HTP	\N	\N	01010000200B1700005A2CE120F33E2041E423504916143B41
14	DN-HTP-N-X0204	road	intersection	Nút giao (crossing) 2-4	DN-HTP	\N	\N	01010000200B170000A2F5BBFDA13F204137C25A9EB1153B41
15	DN-HTP-N-X0205	road	intersection	Nút giao (crossing) 2-5	DN-HTP	\N	\N	01010000200B1700001236469C4B4020418D64D99D40173B41
16	DN-HTP-N-X0206	road	intersection	Nút giao (crossing) 2-6	DN-HTP	\N	\N	01010000200B170000979A7733F8402041B69CA39AD6183B41
17	DN-HTP-N-X0301	road	intersection	Nút giao (crossing) 3-1	DN-HTP	\N	\N	01010000200B170000398E19ADC5402041C26CDEEA8F103B41
18	DN-HTP-N-X0302	road	intersection	Nút giao (crossing) 3-2	DN-HTP	\N	\N	01010000200B170000EA131BD86B4120418E5003CC16123B41
19	DN-HTP-N-X0303	road	intersection	Nút giao (crossing) 3-3	DN-HTP	\N	\N	01010000200B17000074CCFB88204220413B55C3D6BF133B41
20	DN-HTP-N-X0304	road	intersection	Nút giao (crossing) 3-4	DN-HTP	\N	\N	01010000200B170000BC95D665CF4220418EF3CD2B5B153B41
\.


--
-- Data for Name: parcels; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.parcels (fid, code, zone_code, area_code, land_use, status, tenant, investor, sector, lease_start, lease_end, registered_capital_usd, employees, is_public, area_m2, green_area_m2, geom) FROM stdin;
1	DN-HTP-CX01-001	DN-HTP-CX01	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	2	t	12065.239397971292	12065.2	01060000200B17000001000000010300000001000000050000006A8275164C362041A3E27C4B49103B4162032DDC5E392041F99295ADF50F3B41220CB3556B3920414B02C20513103B41298BFB8F58362041F551A9A366103B416A8275164C362041A3E27C4B49103B41
2	DN-HTP-HT01-001	DN-HTP-HT01	DN-HTP	infrastructure	operating	Đơn vị vận hành hạ tầng KCNC	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	56	t	124712.79047936921	46321.6	01060000200B1700000100000001030000000100000005000000298BFB8F58362041F551A9A366103B41220CB3556B3920414B02C20513103B41CB54AC47EC3920412AB89D5742113B41D2D3F481D9362041D40785F595113B41298BFB8F58362041F551A9A366103B41
3	DN-HTP-CX02-001	DN-HTP-CX02	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	2	t	13540.422606418539	13051.6	01060000200B17000001000000010300000001000000050000004954C12E7D3920411D379774F20F3B41001BC426F03C2041266A729D940F3B41BF234AA0FC3C204178D99EF5B10F3B41085D47A8893920416FA6C3CC0F103B414954C12E7D3920411D379774F20F3B41
4	DN-HTP-NC01-001	DN-HTP-NC01	DN-HTP	rnd	operating	Ordoardo Chip Design Co., Ltd.	Ordoardo Holdings (Viet Nam)	semiconductor design	2010-03-26	2060-03-26	51512000	7813	f	139961.07593196796	42362.8	01060000200B1700000100000001030000000100000005000000085D47A8893920416FA6C3CC0F103B41BF234AA0FC3C204178D99EF5B10F3B41686C43927D3D2041578F7A47E1103B41B1A5409A0A3A20414E5C9F1E3F113B41085D47A8893920416FA6C3CC0F103B41
5	DN-HTP-CX03-001	DN-HTP-CX03	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	21	t	133841.1897789086	109715.6	01060000200B1700000100000001030000000100000005000000B7663E1A1F3D2041D99909A08F0F3B419F504AFB20402041A2A1C0CD3D0F3B4107A2C966AE402041D4C6C8778A103B411FB8BD85AC3D20410BBF114ADC103B41B7663E1A1F3D2041D99909A08F0F3B41
6	DN-HTP-CX04-001	DN-HTP-CX04	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	2	t	15167.102137256481	14566.1	01060000200B17000001000000010300000001000000050000004B71ED15494020410CC5A18A390F3B415EF9442126442041B35C776DD00E3B411D02CB9A3244204106CCA3C5ED0E3B410A7A738F554020415E34CEE2560F3B414B71ED15494020410CC5A18A390F3B41
7	DN-HTP-CN01-001	DN-HTP-CN01	DN-HTP	industrial	operating	Galtrix Pharma Co., Ltd.	Galtrix Holdings (Korea)	pharmaceuticals	2016-06-25	2066-06-25	21888000	3401	f	156775.3086883127	33366.2	01060000200B17000001000000010300000001000000050000000A7A738F554020415E34CEE2560F3B411D02CB9A3244204106CCA3C5ED0E3B41C64AC48CB3442041E4817F171D103B41B4C26C81D64020413DEAA93486103B410A7A738F554020415E34CEE2560F3B41
8	DN-HTP-CX05-001	DN-HTP-CX05	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12857.305246496471	10624.2	01060000200B170000010000000103000000010000000500000003D89DD1604420415458B430CA0E3B41B7AEDB3DA74720418EA18815710E3B4176B761B7B3472041E110B56D8E0E3B41C2E0234B6D442041A6C7E088E70E3B4103D89DD1604420415458B430CA0E3B41
9	DN-HTP-NC02-001	DN-HTP-NC02	DN-HTP	rnd	available	\N	\N	\N	\N	\N	\N	\N	f	132900.0082335264	\N	01060000200B1700000100000001030000000100000005000000C2E0234B6D442041A6C7E088E70E3B4176B761B7B3472041E110B56D8E0E3B411F005BA934482041C0C690BFBD0F3B416B291D3DEE442041857DBCDA16103B41C2E0234B6D442041A6C7E088E70E3B41
10	DN-HTP-CX06-001	DN-HTP-CX06	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	1	t	11638.471044626172	11461.8	01060000200B17000001000000010300000001000000050000009DFF6F90C5472041B2458ADC6D0E3B41FAA5CD81BC4A204139E3CC331D0E3B41B9AE53FBC84A20418B52F98B3A0E3B415C08F609D247204105B5B6348B0E3B419DFF6F90C5472041B2458ADC6D0E3B41
11	DN-HTP-NC03-001	DN-HTP-NC03	DN-HTP	rnd	operating	Solivo Chip Design Co., Ltd.	Solivo Holdings (Viet Nam)	semiconductor design	2019-01-12	2069-01-12	37369000	4044	f	120301.48370929135	34919.2	01060000200B17000001000000010300000001000000050000005C08F609D247204105B5B6348B0E3B41B9AE53FBC84A20418B52F98B3A0E3B4163F74CED494B20416A08D5DD690F3B410651EFFB52482041E46A9286BA0F3B415C08F609D247204105B5B6348B0E3B41
12	DN-HTP-CX07-001	DN-HTP-CX07	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	26	t	153421.00514987035	137252.4	01060000200B1700000100000001030000000100000005000000B1F14775EB4A2041EC126436180E3B4196B7C2F65D4E2041892ED86BBA0D3B41FE084262EB4E2041BA53E015070F3B411A43C7E0784B20411E386CE0640F3B41B1F14775EB4A2041EC126436180E3B41
13	DN-HTP-CX08-001	DN-HTP-CX08	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	2	t	13184.885390806892	11899.4	01060000200B17000001000000010300000001000000050000007C0857497C4E2041ADD2D932B70D3B4110C81C12D85120411E7A7ED25B0D3B41CFD0A28BE451204170E9AA2A790D3B413B11DDC2884E2041FF41068BD40D3B417C0857497C4E2041ADD2D932B70D3B41
14	DN-HTP-NC04-001	DN-HTP-NC04	DN-HTP	rnd	operating	Hestivo Materials Co., Ltd.	Hestivo Holdings (Japan)	new materials	2011-10-05	2061-10-05	23803000	4559	f	136286.05243548757	50176.9	01060000200B17000001000000010300000001000000050000003B11DDC2884E2041FF41068BD40D3B41CFD0A28BE451204170E9AA2A790D3B4178199C7D655220414F9F867CA80E3B41E459D6B4094F2041DEF7E1DC030F3B413B11DDC2884E2041FF41068BD40D3B41
15	DN-HTP-CX09-001	DN-HTP-CX09	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12714.327544772937	12140.7	01060000200B1700000100000001030000000100000005000000C713970507522041D2A915D5560D3B41E88A001F4455204195FE94B7FE0C3B41A793869850552041E86DC10F1C0D3B41861C1D7F135220412419422D740D3B41C713970507522041D2A915D5560D3B41
16	DN-HTP-GT01-001	DN-HTP-GT01	DN-HTP	transport	under_construction	Đơn vị vận hành hạ tầng KCNC	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	0	t	131422.11396470616	16074.9	01060000200B1700000100000001030000000100000005000000861C1D7F135220412419422D740D3B41A793869850552041E86DC10F1C0D3B4150DC7F8AD1552041C7239D614B0E3B412F6516719452204103CF1D7FA30E3B41861C1D7F135220412419422D740D3B41
17	DN-HTP-CX10-001	DN-HTP-CX10	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	17	t	154480.08734612778	133815.8	01060000200B17000001000000010300000001000000050000008A8BF1F3DF3620414730CF1EA5113B41830CA9B9F23920419DE0E78051113B417CDAAD72923A2041F69BC238C9123B418359F6AC7F372041A0EBA9D61C133B418A8BF1F3DF3620414730CF1EA5113B41
18	DN-HTP-NC05-001	DN-HTP-NC05	DN-HTP	rnd	operating	Tavelle Software Co., Ltd.	Tavelle Holdings (Viet Nam)	software	2013-01-24	2063-01-24	35346000	10903	f	173367.9372574471	60705.1	01060000200B1700000100000001030000000100000005000000695D3D0C113A2041C184E9474E113B4120244004843D2041CAB7C470F0103B4119F244BD233E204123739F2868123B41622B42C5B03A20411A40C4FFC5123B41695D3D0C113A2041C184E9474E113B41
19	DN-HTP-KT01-001	DN-HTP-KT01	DN-HTP	warehouse	operating	Zanelle Cold Chain Co., Ltd.	Zanelle Holdings (Taiwan)	cold chain logistics	2014-06-22	2064-06-22	30804000	279	f	151163.15614491372	36960.2	01060000200B1700000100000001030000000100000005000000D76FBAF7B23D20417EE75B73EB103B41BF59C6D8B440204147EF12A199103B41B827CB9154412041A0AAED5811123B41D03DBFB0523E2041D7A2362B63123B41D76FBAF7B23D20417EE75B73EB103B41
20	DN-HTP-NC06-001	DN-HTP-NC06	DN-HTP	rnd	available	\N	\N	\N	\N	\N	\N	\N	f	194195.50542326373	\N	01060000200B17000001000000010300000001000000050000006C7A69F3DC402041B012F45D95103B417E02C1FEB944204158AAC9402C103B4177D0C5B759452041B065A4F8A3113B4164486EAC7C41204109CECE150D123B416C7A69F3DC402041B012F45D95103B41
21	DN-HTP-KT02-001	DN-HTP-KT02	DN-HTP	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	164621.4859061678	\N	01060000200B170000010000000103000000010000000500000023E119AFF4442041F8A5060426103B41D8B7571B3B48204133EFDAE8CC0F3B41D0855CD4DA4820418CAAB5A044113B411CAF1E68944520415161E1BB9D113B4123E119AFF4442041F8A5060426103B41
22	DN-HTP-NO01-001	DN-HTP-NO01	DN-HTP	housing	operating	Mavelle Housing Co., Ltd.	Mavelle Holdings (Korea)	worker housing	2010-09-13	2060-09-13	18580000	185	f	149015.8598796792	50259.6	01060000200B1700000100000001030000000100000005000000BE08EC6D594820415793DCAFC90F3B411BAF495F504B2041DD301F07790F3B41137D4E18F04B204136ECF9BEF0103B41B6D6F026F9482041B04EB76741113B41BE08EC6D594820415793DCAFC90F3B41
23	DN-HTP-NC07-001	DN-HTP-NC07	DN-HTP	rnd	operating	Frelora Biotech Co., Ltd.	Frelora Holdings (Japan)	biotechnology	2010-01-10	2060-01-10	111616000	16194	f	173277.0262704402	55126.4	01060000200B1700000100000001030000000100000005000000D2FAC3527F4B20419160B609740F3B41B6C03ED4F14E20412D7C2A3F160F3B41AF8E438D914F2041863705F78D103B41CAC8C80B1F4C2041EA1B91C1EB103B41D2FAC3527F4B20419160B609740F3B41
24	DN-HTP-DV01-001	DN-HTP-DV01	DN-HTP	services	operating	Mavardo Clinic Co., Ltd.	Mavardo Holdings (Viet Nam)	health care	2019-11-04	2069-11-04	11233000	3618	f	168815.7341630157	49035.1	01060000200B17000001000000010300000001000000050000009C11D326104F204151202C06130F3B4130D198EF6B522041C2C7D0A5B70E3B41299F9DA80B5320411B83AB5D2F103B4195DFD7DFAF4F2041AADB06BE8A103B419C11D326104F204151202C06130F3B41
25	DN-HTP-CN02-001	DN-HTP-CN02	DN-HTP	industrial	operating	Hestusca Electronics Co., Ltd.	Hestusca Holdings (Singapore)	electronics	2024-10-29	2074-10-29	120039000	3094	f	162790.8377837081	35450.1	01060000200B1700000100000001030000000100000005000000E71C13E39A52204176F767A8B20E3B4108947CFCD75520413A4CE78A5A0E3B41016281B5775620419307C242D20F3B41E0EA179C3A532041CFB242602A103B41E71C13E39A52204176F767A8B20E3B41
26	DN-HTP-NC08-001	DN-HTP-NC08	DN-HTP	rnd	operating	Doroarin Biotech Co., Ltd.	Doroarin Holdings (Singapore)	biotechnology	2023-04-02	2073-04-02	48691000	4907	f	164806.21676073398	44102.9	01060000200B17000001000000010300000001000000050000003B11F31E863720411314F4FF2B133B413492AAE4983A204169C40C62D8123B411F1DE34A433B20410CBA413769143B41279C2B8530382041B60929D5BC143B413B11F31E863720411314F4FF2B133B41
27	DN-HTP-CN03-001	DN-HTP-CN03	DN-HTP	industrial	operating	Solusca Semiconductor Co., Ltd.	Solusca Holdings (Japan)	semiconductors	2018-05-21	2068-05-21	21966000	2407	f	184956.6137478834	41496.9	01060000200B17000001000000010300000001000000050000001AE33E37B73A20418D680E29D5123B41D1A9412F2A3E2041969BE95177123B41BD347A95D43E204139911E2708143B41066E779D613B2041305E43FE65143B411AE33E37B73A20418D680E29D5123B41
28	DN-HTP-DV02-001	DN-HTP-DV02	DN-HTP	services	operating	Solovia Finance Co., Ltd.	Solovia Holdings (Korea)	banking	2023-07-15	2073-07-15	47314000	2372	f	161267.5672693038	49165.8	01060000200B170000010000000103000000010000000500000088F5BB22593E20414ACB805472123B4170DFC7035B41204113D3378220123B415C6A006A05422041B6C86C57B1133B417480F488033F2041EDC0B52903143B4188F5BB22593E20414ACB805472123B41
29	DN-HTP-DV03-001	DN-HTP-DV03	DN-HTP	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	1523	t	207176.38830081213	76754.2	01060000200B17000001000000010300000001000000050000001C006B1E834120417CF6183F1C123B412F88C22960452041248EEE21B3113B411B13FB8F0A462041C78323F743133B41088BA3842D4220411FEC4D14AD133B411C006B1E834120417CF6183F1C123B41
30	DN-HTP-CN04-001	DN-HTP-CN04	DN-HTP	industrial	operating	Zanardo Furniture Co., Ltd.	Zanardo Holdings (Japan)	furniture	2015-05-18	2065-05-18	32736000	2706	f	175625.51106628412	43051.3	01060000200B1700000100000001030000000100000005000000D4661BDA9A452041C4892BE5AC113B41883D5946E1482041FFD2FFC953113B4174C891AC8B492041A2C8349FE4123B41C0F1534045462041677F60BA3D133B41D4661BDA9A452041C4892BE5AC113B41
31	DN-HTP-CN05-001	DN-HTP-CN05	DN-HTP	industrial	operating	Hestivo Machinery Co., Ltd.	Hestivo Holdings (Korea)	mechanical engineering	2023-01-13	2073-01-13	20609000	1266	f	158976.73626436788	35305.1	01060000200B17000001000000010300000001000000050000006F8EED98FF4820412377019150113B41CC344B8AF64B2041A91444E8FF103B41B7BF83F0A04C20414C0A79BD90123B415A1926FFA9492041C66C3666E1123B416F8EED98FF4820412377019150113B41
32	DN-HTP-CN06-001	DN-HTP-CN06	DN-HTP	industrial	operating	Frelardo Packaging Co., Ltd.	Frelardo Holdings (Thailand)	plastics and packaging	2016-09-21	2066-09-21	41730000	4150	f	184859.62587010616	41711.2	01060000200B17000001000000010300000001000000050000008380C57D254C20415D44DBEAFA103B41674640FF974F2041F95F4F209D103B4153D17865425020419C5584F52D123B416E0BFEE3CF4C2041003A10C08B123B418380C57D254C20415D44DBEAFA103B41
33	DN-HTP-NC09-001	DN-HTP-NC09	DN-HTP	rnd	operating	Ordoovia Embedded Co., Ltd.	Ordoovia Holdings (Viet Nam)	IoT and embedded systems	2011-10-16	2061-10-16	32335000	10860	f	180100.1213493302	60546.1	01060000200B17000001000000010300000001000000050000004D97D451B64F20411D0451E799103B41E1569A1A125320418EABF5863E103B41CCE1D280BC53204131A12A5CCF113B4139220DB860502041C0F985BC2A123B414D97D451B64F20411D0451E799103B41
34	DN-HTP-CN07-001	DN-HTP-CN07	DN-HTP	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	173672.4943606344	\N	01060000200B170000010000000103000000010000000500000098A2140E4153204142DB8C8939103B41B9197E277E56204106300C6CE10F3B41A5A4B68D28572041A925414172113B41832D4D74EB532041E5D0C15ECA113B4198A2140E4153204142DB8C8939103B41
35	DN-HTP-KT03-001	DN-HTP-KT03	DN-HTP	warehouse	operating	Zanmond Logistics Co., Ltd.	Zanmond Holdings (Korea)	logistics	2011-05-29	2061-05-29	10030000	990	f	159169.30302636948	39378.5	01060000200B1700000100000001030000000100000005000000AA3F7FA83E38204158FFF416DE143B41A3C0366E513B2041AEAF0D798A143B414D5C6900F63B2041F63E8D980D163B4155DBB13AE3382041A18E743661163B41AA3F7FA83E38204158FFF416DE143B41
36	DN-HTP-NC10-001	DN-HTP-NC10	DN-HTP	rnd	under_construction	Velivo AI Labs Co., Ltd.	Velivo Holdings (Japan)	artificial intelligence	2024-09-08	2074-09-08	51868000	0	f	178630.4902751522	54392.3	01060000200B17000001000000010300000001000000050000008911CBC06F3B2041D2530F4087143B4140D8CDB8E23E2041DB86EA6829143B41EA73004B873F204124166A88AC153B4133ADFD52143C20411AE38E5F0A163B418911CBC06F3B2041D2530F4087143B41
37	DN-HTP-CN08-001	DN-HTP-CN08	DN-HTP	industrial	leased	Norardo Furniture Co., Ltd.	Norardo Holdings (Japan)	furniture	2025-09-26	2075-09-26	111051000	0	f	155751.68696632434	\N	01060000200B1700000100000001030000000100000005000000F72348AC113F20418EB6816B24143B41DF0D548D1342204157BE3899D2133B418AA9861FB8422041A04DB8B855153B41A1BF7A3EB63F2041D745018BA7153B41F72348AC113F20418EB6816B24143B41
38	DN-HTP-NC11-001	DN-HTP-NC11	DN-HTP	rnd	operating	Velovia Embedded Co., Ltd.	Velovia Holdings (Thailand)	IoT and embedded systems	2022-01-12	2072-01-12	35309000	12093	f	200090.2755825422	68820.1	01060000200B17000001000000010300000001000000050000008B2EF7A73B422041C1E11956CE133B419EB64EB3184620416879EF3865133B4149528145BD462041B1086F58E8143B4136CA293AE04220410A71997551153B418B2EF7A73B422041C1E11956CE133B41
39	DN-HTP-CX11-001	DN-HTP-CX11	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	19	t	169618.5419428511	150092.5	01060000200B17000001000000010300000001000000050000004395A7635346204109752CFC5E133B41F76BE5CF9949204143BE00E105133B41A20718623E4A20418C4D800089143B41ED30DAF5F74620415104AC1BE2143B414395A7635346204109752CFC5E133B41
40	DN-HTP-CN09-001	DN-HTP-CN09	DN-HTP	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	153539.20990338418	\N	01060000200B1700000100000001030000000100000005000000DEBC7922B8492041676202A802133B413B63D713AF4C2041EEFF44FFB1123B41E5FE09A6534D2041378FC41E35143B418858ACB45C4A2041B0F181C785143B41DEBC7922B8492041676202A802133B41
41	DN-HTP-NC12-001	DN-HTP-NC12	DN-HTP	rnd	under_construction	Galelle Embedded Co., Ltd.	Galelle Holdings (Japan)	IoT and embedded systems	2025-03-14	2075-03-14	29559000	0	f	178536.81970126735	49454	01060000200B1700000100000001030000000100000005000000F2AE5107DE4C2041A12FDC01AD123B41D674CC88505020413E4B50374F123B418010FF1AF550204187DACF56D2133B419C4A8499824D2041EABE5B2130143B41F2AE5107DE4C2041A12FDC01AD123B41
42	DN-HTP-DV04-001	DN-HTP-DV04	DN-HTP	services	operating	Pyreardo Finance Co., Ltd.	Pyreardo Holdings (Thailand)	banking	2021-01-23	2071-01-23	67325000	2214	f	173940.10586240163	45320	01060000200B1700000100000001030000000100000005000000BCC560DB6E50204162EF51FE4B123B41508526A4CA532041D396F69DF0113B41FA2059366F5420411C2676BD73133B416761936D13512041AB7ED11DCF133B41BCC560DB6E50204162EF51FE4B123B41
43	DN-HTP-CX12-001	DN-HTP-CX12	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	16	t	167732.32482100977	157029.2	01060000200B170000010000000103000000010000000500000007D1A097F953204187C68DA0EB113B4128480AB1365720414A1B0D8393113B41D3E33C43DB57204193AA8CA216133B41B16CD3299E542041CF550DC06E133B4107D1A097F953204187C68DA0EB113B41
44	DN-HTP-GT02-001	DN-HTP-GT02	DN-HTP	transport	operating	Đơn vị vận hành hạ tầng KCNC	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	145	t	157818.10887306643	16967.1	01060000200B17000001000000010300000001000000050000000D93AEACE938204114B7BE5F70163B4105146672FC3B20416967D7C11C163B41BD9CF39E9F3C20414CE10B989C173B41C41B3CD98C392041F630F335F0173B410D93AEACE938204114B7BE5F70163B41
45	DN-HTP-CN10-001	DN-HTP-CN10	DN-HTP	industrial	operating	Ordotek Precision Co., Ltd.	Ordotek Holdings (Korea)	precision engineering	2018-11-06	2068-11-06	94237000	3092	f	177114.08937710733	44211.6	01060000200B1700000100000001030000000100000005000000EB64FAC41A3C20418D0BD98819163B41A32BFDBC8D3F2041973EB4B1BB153B415AB48AE9304020417AB8E8873B173B41A3ED87F1BD3C204170850D5F99173B41EB64FAC41A3C20418D0BD98819163B41
46	DN-HTP-KT04-001	DN-HTP-KT04	DN-HTP	warehouse	operating	Zanora Cold Chain Co., Ltd.	Zanora Holdings (Taiwan)	cold chain logistics	2019-05-09	2069-05-09	25387000	494	f	154429.50508326755	24636.2	01060000200B17000001000000010300000001000000050000005A7777B0BC3F20414A6E4BB4B6153B4142618391BE422041137602E264153B41F9E910BE61432041F6EF36B8E4163B41110005DD5F4020412DE87F8A36173B415A7777B0BC3F20414A6E4BB4B6153B41
47	DN-HTP-CN11-001	DN-HTP-CN11	DN-HTP	industrial	operating	Hesttrix Packaging Co., Ltd.	Hesttrix Holdings (Japan)	plastics and packaging	2024-07-10	2074-07-10	28878000	2142	f	198391.70176608473	43421.4	01060000200B1700000100000001030000000100000005000000EE8126ACE64220417D99E39E60153B41010A7EB7C34620412431B981F7143B41B8920BE46647204107ABED5777163B41A60AB4D88943204160131875E0163B41EE8126ACE64220417D99E39E60153B41
48	DN-HTP-CX13-001	DN-HTP-CX13	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	11	t	168178.6438104785	159061.2	01060000200B1700000100000001030000000100000005000000A5E8D667FE462041C42CF644F1143B415ABF14D4444A2041FF75CA2998143B411148A200E84A2041E2EFFEFF17163B415D716494A1472041A7A62A1B71163B41A5E8D667FE462041C42CF644F1143B41
49	DN-HTP-NC13-001	DN-HTP-NC13	DN-HTP	rnd	operating	Quorivo Embedded Co., Ltd.	Quorivo Holdings (Korea)	IoT and embedded systems	2015-09-22	2065-09-22	59650000	7114	f	152235.80982071682	54536.2	01060000200B17000001000000010300000001000000050000004010A926634A2041231ACCF094143B419DB606185A4D2041AAB70E4844143B41553F9444FD4D20418D31431EC4153B41F8983653064B2041069400C714163B414010A926634A2041231ACCF094143B41
50	DN-HTP-CX14-001	DN-HTP-CX14	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	38	t	177021.21397617835	172951.6	01060000200B17000001000000010300000001000000050000005402810B894D20415DE7A54A3F143B4139C8FB8CFB502041FA021A80E1133B41F05089B99E512041DD7C4E5661153B410C8B0E382C4E20414061DA20BF153B415402810B894D20415DE7A54A3F143B41
51	DN-HTP-CN12-001	DN-HTP-CN12	DN-HTP	industrial	operating	Quorarin Precision Co., Ltd.	Quorarin Holdings (Viet Nam)	precision engineering	2016-05-28	2066-05-28	59117000	1390	f	172463.52181260413	1659.8	01060000200B17000001000000010300000001000000050000001F1990DF195120411EA71B47DE133B41B2D855A8755420418F4EC0E682133B416A61E3D41855204172C8F4BC02153B41D6A11D0CBD5120410121501D5E153B411F1990DF195120411EA71B47DE133B41
52	DN-HTP-NC14-001	DN-HTP-NC14	DN-HTP	rnd	under_construction	Zanovia Software Co., Ltd.	Zanovia Holdings (Japan)	software	2025-04-15	2075-04-15	19291000	0	f	166308.43885617412	51071.6	01060000200B17000001000000010300000001000000050000006924D09BA4542041427E57E97D133B418B9B39B5E157204106D3D6CB25133B414224C7E184582041E94C0BA2A5143B4121AD5DC84755204125F88BBFFD143B416924D09BA4542041427E57E97D133B41
53	DN-HTP-NO02-001	DN-HTP-NO02	DN-HTP	housing	operating	Kestmond Housing Co., Ltd.	Kestmond Holdings (Japan)	worker housing	2022-03-19	2072-03-19	35934000	106	f	160691.88107670224	50983.1	01060000200B17000001000000010300000001000000050000007CD3384B933920416A593D5FFF173B417554F010A63C2041BF0956C1AB173B41430125364C3D20417619D69432193B414A806D70393A20412069BD3286193B417CD3384B933920416A593D5FFF173B41
54	DN-HTP-NC15-001	DN-HTP-NC15	DN-HTP	rnd	operating	Doromond AI Labs Co., Ltd.	Doromond Holdings (Japan)	artificial intelligence	2024-10-14	2074-10-14	256327000	14584	f	180339.22970190507	51441.9	01060000200B17000001000000010300000001000000050000005BA58463C43C2041E3AD5788A8173B41126C875B37402041EDE032B14A173B41E018BC80DD402041A3F0B284D1183B412952B9886A3D20419ABDD75B2F193B415BA58463C43C2041E3AD5788A8173B41
55	DN-HTP-CN13-001	DN-HTP-CN13	DN-HTP	industrial	under_construction	Brixtek Pharma Co., Ltd.	Brixtek Holdings (Viet Nam)	pharmaceuticals	2024-11-08	2074-11-08	22437000	0	f	157241.57286358456	38729	01060000200B1700000100000001030000000100000005000000C9B7014F66402041A010CAB345173B41B1A10D3068432041691881E1F3163B417F4E42550E4420411F2801B57A183B41976436740C41204156204A87CC183B41C9B7014F66402041A010CAB345173B41
56	DN-HTP-DV05-001	DN-HTP-DV05	DN-HTP	services	operating	Brixmond Academy Co., Ltd.	Brixmond Holdings (Korea)	training	2013-11-07	2063-11-07	65717000	5242	f	202004.29452882102	52514.8	01060000200B17000001000000010300000001000000050000005EC2B04A90432041D33B629EEF163B41704A08566D4720417AD3378186163B413EF73C7B1348204130E3B7540D183B412B6FE56F36442041894BE27176183B415EC2B04A90432041D33B629EEF163B41
57	DN-HTP-GT03-001	DN-HTP-GT03	DN-HTP	transport	operating	Đơn vị vận hành hạ tầng KCNC	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	262	t	171241.07508194612	20378.1	01060000200B170000010000000103000000010000000500000015296106A84720411ACF744480163B41CAFF9E72EE4A20415518492927163B4197ACD397944B20410B28C9FCAD173B41E3D5952B4E482041D1DEF41707183B4115296106A84720411ACF744480163B41
58	DN-HTP-CX15-001	DN-HTP-CX15	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	6	t	155007.93173859635	153363	01060000200B1700000100000001030000000100000005000000B05033C50C4B204179BC4AF023163B410DF790B6034E2041005A8D47D3153B41DBA3C5DBA94E2041B6690D1B5A173B417DFD67EAB24B20412FCCCAC3AA173B41B05033C50C4B204179BC4AF023163B41
59	DN-HTP-CN14-001	DN-HTP-CN14	DN-HTP	industrial	leased	Hestelle Precision Co., Ltd.	Hestelle Holdings (Viet Nam)	precision engineering	2026-06-19	2076-06-19	14711000	0	f	180244.66309616136	\N	01060000200B1700000100000001030000000100000005000000C4420BAA324E2041B389244ACE153B41A808862BA551204150A5987F70153B4176B5BA504B52204106B51853F7163B4192EF3FCFD84E20416A99A41D55173B41C4420BAA324E2041B389244ACE153B41
60	DN-HTP-NC16-001	DN-HTP-NC16	DN-HTP	rnd	available	\N	\N	\N	\N	\N	\N	\N	f	175603.97811796106	\N	01060000200B17000001000000010300000001000000050000008E591A7EC351204174499A466D153B412219E0461F552041E5F03EE611153B41F0C5146CC55520419B00BFB998163B415C064FA3695220412A591A1AF4163B418E591A7EC351204174499A466D153B41
61	DN-HTP-NC17-001	DN-HTP-NC17	DN-HTP	rnd	available	\N	\N	\N	\N	\N	\N	\N	f	169336.81482781717	\N	01060000200B1700000100000001030000000100000005000000D9645A3A4E5520419820D6E80C153B41FADBC3538B5820415C7555CBB4143B41C888F878315920411285D59E3B163B41A7118F5FF45520414F3056BC93163B41D9645A3A4E5520419820D6E80C153B41
62	DN-HTP-NC18-001	DN-HTP-NC18	DN-HTP	rnd	operating	Galovia Software Co., Ltd.	Galovia Holdings (Taiwan)	software	2013-09-21	2063-09-21	358987000	4778	f	142947.29141356185	44772.1	01060000200B170000010000000103000000010000000500000002386AE23F3A20419391075C95193B41FBB821A8523D2041E94120BE41193B41AFEC8E74E63D2041636452699D1A3B41B66BD7AED33A20410DB43907F11A3B4102386AE23F3A20419391075C95193B41
63	DN-HTP-CX16-001	DN-HTP-CX16	DN-HTP	green	operating	\N	\N	public green space	\N	\N	\N	18	t	160425.05849560295	147173.4	01060000200B1700000100000001030000000100000005000000E109B6FA703D20410DE621853E193B4198D0B8F2E34020411619FDADE0183B414C0426BF77412041903B2F593C1A3B41953D23C7043E2041870854309A1A3B41E109B6FA703D20410DE621853E193B41
64	DN-HTP-CN15-001	DN-HTP-CN15	DN-HTP	industrial	operating	Kestovia Packaging Co., Ltd.	Kestovia Holdings (Korea)	plastics and packaging	2016-10-31	2066-10-31	109308000	2067	f	139877.987536421	29068.4	01060000200B17000001000000010300000001000000050000004F1C33E612412041CA4894B0DB183B4137063FC71444204193504BDE89183B41EB39AC93A84420410C737D89E5193B410350A0B2A6412041436BC65B371A3B414F1C33E612412041CA4894B0DB183B41
65	DN-HTP-CN16-001	DN-HTP-CN16	DN-HTP	industrial	operating	Hestenth Auto Parts Co., Ltd.	Hestenth Holdings (Viet Nam)	automotive parts	2014-01-15	2064-01-15	39052000	936	f	179697.7330984957	40026.3	01060000200B1700000100000001030000000100000005000000E326E2E13C442041FC732C9B85183B41F6AE39ED19482041A30B027E1C183B41AAE2A6B9AD4820411D2E342978193B41975A4FAED044204176965E46E1193B41E326E2E13C442041FC732C9B85183B41
66	DN-HTP-CN17-001	DN-HTP-CN17	DN-HTP	industrial	operating	Hestmond Precision Co., Ltd.	Hestmond Holdings (Korea)	precision engineering	2017-01-21	2067-01-21	100044000	2398	f	152331.5782831463	34002.9	01060000200B17000001000000010300000001000000050000009B8D929D5448204144073F4116183B414F64D0099B4B20417F501326BD173B4103983DD62E4C2041F87245D118193B414FC1FF69E8482041BE2971EC71193B419B8D929D5448204144073F4116183B41
67	DN-HTP-DV06-001	DN-HTP-DV06	DN-HTP	services	under_construction	Jovora Finance Co., Ltd.	Jovora Holdings (United States)	banking	2026-07-06	2076-07-06	23148000	0	f	137890.99885562455	36221.1	01060000200B170000010000000103000000010000000500000036B5645CB94B2041A2F414EDB9173B41935BC24DB04E20412992574469173B41478F2F1A444F2041A3B489EFC4183B41EAE8D1284D4C20411C17479815193B4136B5645CB94B2041A2F414EDB9173B41
68	DN-HTP-CN18-001	DN-HTP-CN18	DN-HTP	industrial	operating	Zanmond Auto Parts Co., Ltd.	Zanmond Holdings (Viet Nam)	automotive parts	2021-08-11	2071-08-11	32275000	1482	f	160340.93451828498	39194.7	01060000200B17000001000000010300000001000000050000004AA73C41DF4E2041DDC1EE4664173B412E6DB7C25152204179DD627C06173B41E2A0248FE5522041F3FF942762183B41FEDAA90D734F204156E420F2BF183B414AA73C41DF4E2041DDC1EE4664173B41
69	DN-HTP-CN19-001	DN-HTP-CN19	DN-HTP	industrial	operating	Jovarin Auto Parts Co., Ltd.	Jovarin Holdings (Germany)	automotive parts	2023-05-05	2073-05-05	19758000	2211	f	156212.7026283034	38435	01060000200B170000010000000103000000010000000500000014BE4B15705220419D81644303173B41A87D11DECB5520410E2909E3A7163B415CB17EAA5F562041884B3B8E03183B41C8F1B8E10353204117A496EE5E183B4114BE4B15705220419D81644303173B41
70	DN-ITP-CX01-001	DN-ITP-CX01	DN-ITP	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13490.372581787764	12056.2	01060000200B170000010000000103000000010000000500000036061E75266A2041E4E6A8E1C1243B417D07EF53686D2041D25C90556A253B4186F7F9D9516D2041D0FE552686253B413EF628FB0F6A2041E2886EB2DD243B4136061E75266A2041E4E6A8E1C1243B41
71	DN-ITP-HT01-001	DN-ITP-HT01	DN-ITP	infrastructure	operating	Đơn vị vận hành hạ tầng KCNTT	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	148	t	216487.83055809682	69221.3	01060000200B17000001000000010300000001000000050000003EF628FB0F6A2041E2886EB2DD243B4186F7F9D9516D2041D0FE552686253B41CB4CE328E96B2041D32D7E8544273B41844B124AA7682041E5B796119C263B413EF628FB0F6A2041E2886EB2DD243B41
72	DN-ITP-CX02-001	DN-ITP-CX02	DN-ITP	green	operating	\N	\N	public green space	\N	\N	\N	3	t	11800.748627235476	11393.5	01060000200B1700000100000001030000000100000005000000794B7AF59F6D2041CEE48A9275253B418930CA63797020417E7D52ED08263B419220D5E9627020417D1F18BE24263B41823B857B896D2041CC86506391253B41794B7AF59F6D2041CEE48A9275253B41
73	DN-ITP-DV01-001	DN-ITP-DV01	DN-ITP	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	3427	t	189373.45531230766	61863.6	01060000200B1700000100000001030000000100000005000000823B857B896D2041CC86506391253B419220D5E9627020417D1F18BE24263B41D775BE38FA6E20417F4E401DE3273B41C7906ECA206C2041CEB578C24F273B41823B857B896D2041CC86506391253B41
74	DN-ITP-CX03-001	DN-ITP-CX03	DN-ITP	green	operating	\N	\N	public green space	\N	\N	\N	2	t	13116.455632342586	11610.1	01060000200B1700000100000001030000000100000005000000ED6606E5A570204114B7E7EA11263B414BBD00A7D073204139C287B3B5263B4154AD0B2DBA73204137644D84D1263B41F556116B8F7020411359ADBB2D263B41ED6606E5A570204114B7E7EA11263B41
198	FTZ-2-DV06-001	FTZ-2-DV06	FTZ-2	services	available	\N	\N	banking	\N	\N	\N	\N	t	118508.63791979037	\N	01060000200B1700000100000001030000000100000005000000F53A925C395020411D0A06D64A2B3B419F32FD7117532041E4312F8E8B2B3B410875F803A9522041BE2DCEB1C42C3B415E7D8DEECA4F2041F705A5F9832C3B41F53A925C395020411D0A06D64A2B3B41
75	DN-ITP-GT01-001	DN-ITP-GT01	DN-ITP	transport	operating	Đơn vị vận hành hạ tầng KCNTT	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	399	t	210487.36847194037	24395.9	01060000200B1700000100000001030000000100000005000000F556116B8F7020411359ADBB2D263B4154AD0B2DBA73204137644D84D1263B419902F57B517220413A9375E38F283B413BACFAB9266F20411588D51AEC273B41F556116B8F7020411359ADBB2D263B41
76	DN-ITP-CX04-001	DN-ITP-CX04	DN-ITP	green	operating	\N	\N	public green space	\N	\N	\N	24	t	180724.16485259816	174005.1	01060000200B1700000100000001030000000100000005000000B07DEBD08D6820411609CC97BB263B41F77EBCAFCF6B2041047FB30B64273B413E94AE94A26A2041A31154ADD8283B41F792DDB560672041B59B6C3930283B41B07DEBD08D6820411609CC97BB263B41
77	DN-ITP-NC01-001	DN-ITP-NC01	DN-ITP	rnd	operating	Caelusca Biotech Co., Ltd.	Caelusca Holdings (Taiwan)	biotechnology	2016-06-01	2066-06-01	53106000	3942	f	158089.06887904604	44699.1	01060000200B1700000100000001030000000100000005000000F3C24751076C20410007AE486F273B4103A897BFE06E2041B09F75A302283B414BBD89A4B36D20414F32164577293B413BD83936DA6A20419F994EEAE3283B41F3C24751076C20410007AE486F273B41
78	DN-ITP-NC02-001	DN-ITP-NC02	DN-ITP	rnd	operating	Jovtrix Embedded Co., Ltd.	Jovtrix Holdings (United States)	IoT and embedded systems	2024-05-03	2074-05-03	58016000	4762	f	175714.9756688805	60017.6	01060000200B170000010000000103000000010000000500000067DED3400D6F204146D90AA10B283B41C534CE02387220416BE4AA69AF283B410C4AC0E70A7120410A774B0B242A3B41AEF3C525E06D2041E56BAB4280293B4167DED3400D6F204146D90AA10B283B41
79	KCN-HK-CX01-001	KCN-HK-CX01	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	1	t	14650.981748617467	14122.6	01060000200B17000001000000010300000001000000050000007E13EBA7D88A2041B18DA8B24A173B4114997FBFF88D2041C2732AD062183B412B475D55D68D204146E740637B183B4195C1C83DB68A20413601BF4563173B417E13EBA7D88A2041B18DA8B24A173B41
80	KCN-HK-HT01-001	KCN-HK-HT01	KCN-HK	infrastructure	operating	Đơn vị vận hành hạ tầng KCN Hòa Khánh	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	80	t	171589.88074496266	57836.8	01060000200B170000010000000103000000010000000500000095C1C83DB68A20413601BF4563173B412B475D55D68D204146E740637B183B41C6278746438C20417A426F339B193B4130A2F22E23892041695CED1583183B4195C1C83DB68A20413601BF4563173B41
81	KCN-HK-CX02-001	KCN-HK-CX02	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	1	t	15573.767806175138	12812.1	01060000200B170000010000000103000000010000000500000061FF4924128E20411EFC1DB46B183B41E21F99A064912041DBE6377695193B41F9CD7636429120415F5A4E09AE193B4178AD27BAEF8D2041A26F344784183B4161FF4924128E20411EFC1DB46B183B41
82	KCN-HK-CN01-001	KCN-HK-CN01	KCN-HK	industrial	operating	Tavivo Foods Co., Ltd.	Tavivo Holdings (Japan)	food processing	2016-06-16	2066-06-16	115519000	2137	f	182397.39878678918	42044.8	01060000200B170000010000000103000000010000000500000078AD27BAEF8D2041A26F344784183B41F9CD7636429120415F5A4E09AE193B4194AEA027AF8F204193B57CD9CD1A3B41138E51AB5C8C2041D6CA6217A4193B4178AD27BAEF8D2041A26F344784183B41
83	KCN-HK-CX03-001	KCN-HK-CX03	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	1	t	10614.274660441528	10219.7	01060000200B170000010000000103000000010000000500000098FED428A6912041761DA467AC193B41D6DA75CEE99320413EC56857771A3B41ED885364C7932041C2387FEA8F1A3B41AFACB2BE83912041FA90BAFAC4193B4198FED428A6912041761DA467AC193B41
84	KCN-HK-KT01-001	KCN-HK-KT01	KCN-HK	warehouse	operating	Veltek Fulfilment Co., Ltd.	Veltek Holdings (Viet Nam)	e-commerce fulfilment	2003-10-01	2053-10-01	24150000	658	f	124312.63340817348	30127	01060000200B1700000100000001030000000100000005000000AFACB2BE83912041FA90BAFAC4193B41ED885364C7932041C2387FEA8F1A3B4188697D5534922041F693ADBAAF1B3B414A8DDCAFF08F20412EECE8CAE41A3B41AFACB2BE83912041FA90BAFAC4193B41
85	KCN-HK-CX04-001	KCN-HK-CX04	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	4	t	16090.810133933628	15020	01060000200B170000010000000103000000010000000500000077603320119420419B7F761B851A3B41EFBEDCD87F9720410ED23CC0B81B3B41066DBA6E5D97204192455353D11B3B418E0E11B6EE9320411FF38CAE9D1A3B4177603320119420419B7F761B851A3B41
86	KCN-HK-DV01-001	KCN-HK-DV01	KCN-HK	services	operating	Lumora Retail Co., Ltd.	Lumora Holdings (Germany)	retail	2009-04-21	2059-04-21	33287000	2680	f	188452.91321460932	48628.1	01060000200B17000001000000010300000001000000050000008E0E11B6EE9320411FF38CAE9D1A3B41066DBA6E5D97204192455353D11B3B41A14DE45FCA952041C6A08123F11C3B4129EF3AA75B922041534EBB7EBD1B3B418E0E11B6EE9320411FF38CAE9D1A3B41
87	KCN-HK-CX05-001	KCN-HK-CX05	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	1	t	14202.083851228585	13470.5	01060000200B17000001000000010300000001000000050000003C25A73D999720416A5A30A4C11B3B416E908DD1A09A2041609A8E2CD11C3B41853E6B677E9A2041E40DA5BFE91C3B4153D384D376972041EECD4637DA1B3B413C25A73D999720416A5A30A4C11B3B41
88	KCN-HK-GT01-001	KCN-HK-GT01	KCN-HK	transport	operating	Đơn vị vận hành hạ tầng KCN Hòa Khánh	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	112	t	166332.4626420096	20091.2	01060000200B170000010000000103000000010000000500000053D384D376972041EECD4637DA1B3B41853E6B677E9A2041E40DA5BFE91C3B41201F9558EB9820411869D38F091E3B41EEB3AEC4E395204122297507FA1C3B4153D384D376972041EECD4637DA1B3B41
89	KCN-HK-CN02-001	KCN-HK-CN02	KCN-HK	industrial	operating	Galovia Auto Parts Co., Ltd.	Galovia Holdings (Korea)	automotive parts	2006-02-05	2056-02-05	44359000	2077	f	199654.17342733932	45675	01060000200B170000010000000103000000010000000500000078910B6711892041908F52C88F183B410E17A07E318C2041A075D4E5A7193B414B3FC6835C8A204140F8BBC8F61A3B41B5B9316C3C87204130123AABDE193B4178910B6711892041908F52C88F183B41
90	KCN-HK-DV02-001	KCN-HK-DV02	KCN-HK	services	available	\N	\N	banking	\N	\N	\N	\N	t	212229.30939726194	\N	01060000200B17000001000000010300000001000000050000005B7D6AE34A8C2041FCFDC7C9B0193B41DB9DB95F9D8F2041B9E8E18BDA1A3B4119C6DF64C88D2041596BC96E291C3B4198A590E8758A20419C80AFACFF1A3B415B7D6AE34A8C2041FCFDC7C9B0193B41
91	KCN-HK-DV03-001	KCN-HK-DV03	KCN-HK	services	operating	Istrtek Retail Co., Ltd.	Istrtek Holdings (Japan)	retail	2016-06-07	2066-06-07	22898000	2615	f	144644.5207720172	44543.6	01060000200B1700000100000001030000000100000005000000917CF5E7DE8F2041541F4E7DF11A3B41D058968D229220411CC7126DBC1B3B410D81BC924D902041BC49FA4F0B1D3B41CFA41BED098E2041F4A13560401C3B41917CF5E7DE8F2041541F4E7DF11A3B41
92	KCN-HK-CN03-001	KCN-HK-CN03	KCN-HK	industrial	operating	Kestora Semiconductor Co., Ltd.	Kestora Holdings (Singapore)	semiconductors	2021-08-09	2071-08-09	21483000	3062	f	219275.23030185007	45403.9	01060000200B170000010000000103000000010000000500000070DE53DF499220417A812031CA1B3B41E93CFD97B8952041ECD3E6D5FD1C3B412665239DE39320418C56CEB84C1E3B41AE067AE47490204119040814191D3B4170DE53DF499220417A812031CA1B3B41
93	KCN-HK-CN04-001	KCN-HK-CN04	KCN-HK	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	193536.8810721002	\N	01060000200B170000010000000103000000010000000500000036A3C7FCD1952041485CDAB9061D3B41670EAE90D99820413E9C3842161E3B41A536D49504972041DE1E2025651F3B4173CBED01FD932041E8DEC19C551E3B4136A3C7FCD1952041485CDAB9061D3B41
94	KCN-HK-CN05-001	KCN-HK-CN05	KCN-HK	industrial	under_construction	Dorousca Machinery Co., Ltd.	Dorousca Holdings (Korea)	mechanical engineering	2024-02-21	2074-02-21	170380000	0	f	207229.42147124867	45918.2	01060000200B17000001000000010300000001000000050000007E4C59890E8720418A01586FFF193B4115D2EDA02E8A20419BE7D98C171B3B4125D2D2DA478820410E5B8B24731C3B418F4C3EC327852041FD7409075B1B3B417E4C59890E8720418A01586FFF193B41
95	KCN-HK-CN06-001	KCN-HK-CN06	KCN-HK	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	220281.6813224809	\N	01060000200B17000001000000010300000001000000050000006238B805488A2041F76FCD70201B3B41E25807829A8D2041B45AE7324A1C3B41F358ECBBB38B204127CE98CAA51D3B4172389D3F618820416AE37E087C1C3B416238B805488A2041F76FCD70201B3B41
96	KCN-HK-CN07-001	KCN-HK-CN07	KCN-HK	industrial	operating	Xanivo Machinery Co., Ltd.	Xanivo Holdings (Korea)	mechanical engineering	2023-03-18	2073-03-18	64669000	2418	f	150132.6010070668	36900.8	01060000200B17000001000000010300000001000000050000009837430ADC8D20414F915324611C3B41D713E4AF1F902041173918142C1D3B41E713C9E9388E20418AACC9AB871E3B41A9372844F58B2041C20405BCBC1D3B419837430ADC8D20414F915324611C3B41
97	KCN-HK-CX06-001	KCN-HK-CX06	KCN-HK	green	operating	\N	\N	public green space	\N	\N	\N	19	t	227594.93747806636	219744.7	01060000200B17000001000000010300000001000000050000007799A1014790204174F325D8391D3B41F0F74ABAB5932041E745EC7C6D1E3B4100F82FF4CE9120415AB99D14C91F3B418899863B608E2041E766D76F951E3B417799A1014790204174F325D8391D3B41
98	KCN-HK-CN08-001	KCN-HK-CN08	KCN-HK	industrial	leased	Solivo Textile Co., Ltd.	Solivo Holdings (United States)	garments and textiles	2026-06-19	2076-06-19	28987000	0	f	200880.0277471111	\N	01060000200B17000001000000010300000001000000050000003C5E151FCF93204143CEDF60761E3B416EC9FBB2D6962041390E3EE9851F3B417FC9E0ECEF942041AC81EF80E1203B414D5EFA58E8912041B64191F8D11F3B413C5E151FCF93204143CEDF60761E3B41
99	KCN-HK-CN09-001	KCN-HK-CN09	KCN-HK	industrial	operating	Zanvane Semiconductor Co., Ltd.	Zanvane Holdings (Singapore)	semiconductors	2019-07-07	2069-07-07	98448000	8292	f	182663.69263379302	39973.9	01060000200B1700000100000001030000000100000005000000BA27B6774F8820419016E4BA881C3B413A4805F4A18B20414D01FE7CB21D3B4182768A4E0E8A20419B68BEB8D21E3B4102563BD2BB862041DF7DA4F6A81D3B41BA27B6774F8820419016E4BA881C3B41
100	KCN-HK-KT02-001	KCN-HK-KT02	KCN-HK	warehouse	operating	Brixora Bonded Warehouse Co., Ltd.	Brixora Holdings (Taiwan)	bonded warehousing	2024-02-23	2074-02-23	44667000	290	f	124494.12552166302	26269.4	01060000200B1700000100000001030000000100000005000000F026417CE38B2041E8376A6EC91D3B412F03E221278E2041B0DF2E5E941E3B417731677C938C2041FF46EF99B41F3B413855C6D64F8A2041379F2AAAE91E3B41F026417CE38B2041E8376A6EC91D3B41
101	KCN-HK-KT03-001	KCN-HK-KT03	KCN-HK	warehouse	operating	Quorelle Bonded Warehouse Co., Ltd.	Quorelle Holdings (Korea)	bonded warehousing	1998-05-04	2048-05-04	56020000	1340	f	188728.04790168142	43618.3	01060000200B1700000100000001030000000100000005000000CF889F734E8E20410E9A3C22A21E3B4148E7482CBD91204180EC02C7D51F3B419015CE8629902041CE53C302F6203B4117B724CEBA8C20415C01FD5DC21F3B41CF889F734E8E20410E9A3C22A21E3B41
102	KCN-HK-KT04-001	KCN-HK-KT04	KCN-HK	warehouse	operating	Lumenth Cold Chain Co., Ltd.	Lumenth Holdings (Japan)	cold chain logistics	2021-04-30	2071-04-30	32147000	1044	f	166575.30224208464	40032.6	01060000200B1700000100000001030000000100000005000000954D1391D6912041DC74F6AADE1F3B41C6B8F924DE942041D2B45433EE203B410EE77E7F4A932041211C156F0E223B41DC7B98EB429020412BDCB6E6FE203B41954D1391D6912041DC74F6AADE1F3B41
103	KCN-LC-CX01-001	KCN-LC-CX01	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	11700.02166900605	11700	01060000200B170000010000000103000000010000000500000084116FF14E752041357D2FBBAD2B3B410259BCA4FF772041192A50D3642C3B41200CA779E37720418FC459507F2C3B41A2C459C632752041AB173938C82B3B4184116FF14E752041357D2FBBAD2B3B41
104	KCN-LC-HT01-001	KCN-LC-HT01	KCN-LC	infrastructure	operating	Đơn vị vận hành hạ tầng KCN Liên Chiểu	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	151	t	153900.34028433316	50417.5	01060000200B1700000100000001030000000100000005000000A2C459C632752041AB173938C82B3B41200CA779E37720418FC459507F2C3B41CFAF23F4707620412B5D1BBDDB2D3B415168D640C073204147B0FAA4242D3B41A2C459C632752041AB173938C82B3B41
105	KCN-LC-CX02-001	KCN-LC-CX02	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	0	t	11402.808454204047	10100	01060000200B1700000100000001030000000100000005000000F4CDCE031B7820413A222D1A6C2C3B41D1796938BA7A204185FC9E8B1E2D3B41EF2C540D9E7A2041FC96A808392D3B411281B9D8FE772041B0BC3697862C3B41F4CDCE031B7820413A222D1A6C2C3B41
106	KCN-LC-DV01-001	KCN-LC-DV01	KCN-LC	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	1091	t	149990.84197787126	49917.7	01060000200B17000001000000010300000001000000050000001281B9D8FE772041B0BC3697862C3B41EF2C540D9E7A2041FC96A808392D3B419DD0D0872B792041982F6A75952E3B41C02436538C7620414C55F803E32D3B411281B9D8FE772041B0BC3697862C3B41
107	KCN-LC-CX03-001	KCN-LC-CX03	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12455.537889750689	12266.3	01060000200B170000010000000103000000010000000500000062C02DDB007B20411C850253312D3B41DA635507DE7D20417CB5DA3DF42D3B41F81640DCC17D2041F24FE4BA0E2E3B41807318B0E47A2041921F0CD04B2D3B4162C02DDB007B20411C850253312D3B41
108	KCN-LC-CN01-001	KCN-LC-CN01	KCN-LC	industrial	operating	Pyreardo Packaging Co., Ltd.	Pyreardo Holdings (Taiwan)	plastics and packaging	2005-02-18	2055-02-18	61896000	1553	f	163838.28798679923	38760.3	01060000200B1700000100000001030000000100000005000000807318B0E47A2041921F0CD04B2D3B41F81640DCC17D2041F24FE4BA0E2E3B41A7BABC564F7C20418FE8A5276B2F3B412E17952A727920412FB8CD3CA82E3B41807318B0E47A2041921F0CD04B2D3B41
109	KCN-LC-CX04-001	KCN-LC-CX04	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12321.162591625234	11373.3	01060000200B1700000100000001030000000100000005000000CCD86766F97D20419DADB784FB2D3B4190B0A9A9CE802041BDBF3B55BC2E3B41AD63947EB2802041345A45D2D62E3B41EA8B523BDD7D20411348C101162E3B41CCD86766F97D20419DADB784FB2D3B41
110	KCN-LC-GT01-001	KCN-LC-GT01	KCN-LC	transport	operating	Đơn vị vận hành hạ tầng KCN Liên Chiểu	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	176	t	162070.73535300285	17134.7	01060000200B1700000100000001030000000100000005000000EA8B523BDD7D20411348C101162E3B41AD63947EB2802041345A45D2D62E3B415C0711F93F7F2041D0F2063F33303B41982FCFB56A7C2041AFE0826E722F3B41EA8B523BDD7D20411348C101162E3B41
111	KCN-LC-CX05-001	KCN-LC-CX05	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13944.740834865655	13547.4	01060000200B17000001000000010300000001000000050000008125BC08EA802041DEB7189CC32E3B41E0CBA5DD1E842041EB1EECD49D2F3B41FE7E90B20284204161B9F551B82F3B419FD8A6DDCD80204154522219DE2E3B418125BC08EA802041DEB7189CC32E3B41
112	KCN-LC-GT02-001	KCN-LC-GT02	KCN-LC	transport	operating	Đơn vị vận hành hạ tầng KCN Liên Chiểu	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	108	t	183427.04145146222	20236.7	01060000200B17000001000000010300000001000000050000009FD8A6DDCD80204154522219DE2E3B41FE7E90B20284204161B9F551B82F3B41AD220D2D90822041FE51B7BE14313B414E7C23585B7F2041F1EAE3853A303B419FD8A6DDCD80204154522219DE2E3B41
113	KCN-LC-GT03-001	KCN-LC-GT03	KCN-LC	transport	operating	Đơn vị vận hành hạ tầng KCN Liên Chiểu	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	338	t	173034.42866442713	20065.5	01060000200B1700000100000001030000000100000005000000EACC4654A0732041ABB427AA422D3B4168149407517620418F6148C2F92D3B41885D2371B0742041B890AC80812F3B410A16D6BDFF712041D4E38B68CA2E3B41EACC4654A0732041ABB427AA422D3B41
114	KCN-LC-CN02-001	KCN-LC-CN02	KCN-LC	industrial	operating	Kestovia Semiconductor Co., Ltd.	Kestovia Holdings (Korea)	semiconductors	2004-05-27	2054-05-27	65587000	1295	f	168638.8710940087	39823.9	01060000200B17000001000000010300000001000000050000005A89A6666C762041B0592509012E3B413735419B0B792041FC33977AB32E3B41577ED0046B7720412563FB383B303B417AD235D0CB742041D98889C7882F3B415A89A6666C762041B0592509012E3B41
115	KCN-LC-NO01-001	KCN-LC-NO01	KCN-LC	housing	leased	Kestelle Housing Co., Ltd.	Kestelle Holdings (Viet Nam)	worker housing	2025-12-14	2075-12-14	29106000	0	f	184207.93938956974	\N	01060000200B1700000100000001030000000100000005000000C87B053E5279204192BCFA41C62E3B41401F2D6A2F7C2041F3ECD22C892F3B416068BCD38E7A20411B1C37EB10313B41E8C494A7B1772041BBEB5E004E303B41C87B053E5279204192BCFA41C62E3B41
116	KCN-LC-CN03-001	KCN-LC-CN03	KCN-LC	industrial	operating	Lumusca Semiconductor Co., Ltd.	Lumusca Holdings (Japan)	semiconductors	2006-10-22	2056-10-22	54619000	1911	f	182220.63085254145	39072.4	01060000200B170000010000000103000000010000000500000032943FC94A7C204113E5AF73902F3B41F66B810C207F204134F7334451303B4116B510767F7D20415D269802D9313B4152DDCE32AA7A20413C14143218313B4132943FC94A7C204113E5AF73902F3B41
117	KCN-LC-DV02-001	KCN-LC-DV02	KCN-LC	services	operating	Jovarin Retail Co., Ltd.	Jovarin Holdings (Japan)	retail	2006-08-02	2056-08-02	7063000	2345	f	206232.11917859537	64424.2	01060000200B1700000100000001030000000100000005000000E7E0936B3B7F204155EF108B58303B4146877D40708220416256E4C332313B4167D00CAACF8020418B854882BA323B41072A23D59A7D20417E1E7549E0313B41E7E0936B3B7F204155EF108B58303B41
118	KCN-LC-CN04-001	KCN-LC-CN04	KCN-LC	industrial	operating	Lumardo Auto Parts Co., Ltd.	Lumardo Holdings (Viet Nam)	automotive parts	2010-02-10	2060-02-10	26918000	972	f	194446.5491515862	44468.5	01060000200B1700000100000001030000000100000005000000EF3EF834E9712041665F6099DF2E3B416D8645E8997420414A0C81B1962F3B414104E2C4C5722041010DD2E94E313B41C4BC9411157020411D60B1D197303B41EF3EF834E9712041665F6099DF2E3B41
119	KCN-LC-CN05-001	KCN-LC-CN05	KCN-LC	industrial	operating	Norardo Precision Co., Ltd.	Norardo Holdings (Singapore)	precision engineering	2016-02-21	2066-02-21	71036000	1993	f	189507.063941808	43244.3	01060000200B17000001000000010300000001000000050000005FFB5747B57420416B045EF89D2F3B413CA7F27B54772041B7DECF6950303B4110258F58807520416DDF20A208323B413379F423E17220412205AF3056313B415FFB5747B57420416B045EF89D2F3B41
120	KCN-LC-CN06-001	KCN-LC-CN06	KCN-LC	industrial	operating	Ordomond Precision Co., Ltd.	Ordomond Holdings (Korea)	precision engineering	2004-10-31	2054-10-31	68884000	3236	f	207002.72435436043	44618.1	01060000200B1700000100000001030000000100000005000000CDEDB61E9B7720414D67333163303B414591DE4A787A2041AD970B1C26313B41190F7B27A478204164985C54DE323B41A16B53FBC6752041046884691B323B41CDEDB61E9B7720414D67333163303B41
121	KCN-LC-CX06-001	KCN-LC-CX06	KCN-LC	green	operating	\N	\N	public green space	\N	\N	\N	43	t	204769.49660812906	189908.3	01060000200B17000001000000010300000001000000050000003706F1A9937A2041CE8FE8622D313B41FADD32ED687D2041EFA16C33EE313B41CF5BCFC9947B2041A5A2BD6BA6333B410B848D86BF7820418590399BE5323B413706F1A9937A2041CE8FE8622D313B41
122	KCN-HC-CX01-001	KCN-HC-CX01	KCN-HC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12148.239656866941	11871.7	01060000200B17000001000000010300000001000000050000008CB8181559A2204187CD660097073B41F31D55157BA52041DC6A06A55E073B418604086F83A520417AA9485A7C073B411E9FCB6E61A22041250CA9B5B4073B418CB8181559A2204187CD660097073B41
223	FTZ-2-DV11-001	FTZ-2-DV11	FTZ-2	services	available	\N	\N	\N	\N	\N	\N	\N	f	168747.8046497474	\N	01060000200B17000001000000010300000001000000050000004CD00FDDE0542041159166E2C4303B410DF2B6FC20582041D7354F3F0E313B41FD49FA4496572041F0ECD79997323B413C285325565420412D48EF3C4E323B414CD00FDDE0542041159166E2C4303B41
123	KCN-HC-HT01-001	KCN-HC-HT01	KCN-HC	infrastructure	operating	Đơn vị vận hành hạ tầng KCN Hòa Cầm	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	80	t	113697.18685410146	40507.8	01060000200B17000001000000010300000001000000050000001E9FCB6E61A22041250CA9B5B4073B418604086F83A520417AA9485A7C073B41C0D11296D1A5204197F3086592083B41596CD695AFA22041435669C0CA083B411E9FCB6E61A22041250CA9B5B4073B41
124	KCN-HC-CX02-001	KCN-HC-CX02	KCN-HC	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13328.945942199185	12835.2	01060000200B17000001000000010300000001000000050000002F9BD97FB6A5204193F72C785A073B41C47CB37226A92041937B94A21C073B41576366CC2EA9204131BAD6573A073B41C1818CD9BEA5204130366F2D78073B412F9BD97FB6A5204193F72C785A073B41
125	KCN-HC-DV01-001	KCN-HC-DV01	KCN-HC	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	3712	t	124747.59308092178	46268.4	01060000200B1700000100000001030000000100000005000000C1818CD9BEA5204130366F2D78073B41576366CC2EA9204131BAD6573A073B41913071F37CA920414E04976250083B41FB4E97000DA620414E802F388E083B41C1818CD9BEA5204130366F2D78073B41
126	KCN-HC-CX03-001	KCN-HC-CX03	KCN-HC	green	operating	\N	\N	public green space	\N	\N	\N	2	t	14055.658615407836	11945.7	01060000200B17000001000000010300000001000000050000008D7A1DFB55A92041591F804B19073B418E0CD4E7F5AC2041716FDA16D8063B4120F38641FEAC20410EAE1CCCF5063B411F61D0545EA92041F65DC20037073B418D7A1DFB55A92041591F804B19073B41
127	KCN-HC-GT01-001	KCN-HC-GT01	KCN-HC	transport	operating	Đơn vị vận hành hạ tầng KCN Hòa Cầm	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	203	t	131549.00537902198	13845.4	01060000200B17000001000000010300000001000000050000001F61D0545EA92041F65DC20037073B4120F38641FEAC20410EAE1CCCF5063B415BC091684CAD20412CF8DCD60B083B415A2EDB7BACA9204114A8820B4D083B411F61D0545EA92041F65DC20037073B41
128	KCN-HC-CN01-001	KCN-HC-CN01	KCN-HC	industrial	operating	Xanivo Auto Parts Co., Ltd.	Xanivo Holdings (Korea)	automotive parts	2018-07-25	2068-07-25	41883000	872	f	131174.17374832687	18994.6	01060000200B1700000100000001030000000100000005000000EB5289EFB7A22041E094AB75E8083B4153B8C5EFD9A5204135324B1AB0083B412283331A34A62041822F4DE2F0093B41BB1DF71912A320412D92AD3D290A3B41EB5289EFB7A22041E094AB75E8083B41
129	KCN-HC-CN02-001	KCN-HC-CN02	KCN-HC	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	143923.19548310546	\N	01060000200B17000001000000010300000001000000050000008E354A5A15A62041ECBE71EDAB083B412317244D85A92041EC42D9176E083B41F3E19177DFA920413940DBDFAE093B415D00B8846FA6204139BC73B5EC093B418E354A5A15A62041ECBE71EDAB083B41
130	KCN-HC-CN03-001	KCN-HC-CN03	KCN-HC	industrial	leased	Jovivo Textile Co., Ltd.	Jovivo Holdings (Viet Nam)	garments and textiles	2024-12-16	2074-12-16	30886000	0	f	151770.08829740243	\N	01060000200B1700000100000001030000000100000005000000EC148ED5B4A92041B1E6C4C06A083B41EDA644C254AD2041C9361F8C29083B41BD71B2ECAEAD2041173421546A093B41BCDFFBFF0EAA2041FFE3C688AB093B41EC148ED5B4A92041B1E6C4C06A083B41
131	KCN-HC-DV02-001	KCN-HC-DV02	KCN-HC	services	operating	Dorousca Finance Co., Ltd.	Dorousca Holdings (Japan)	banking	2023-09-22	2073-09-22	11060000	2743	f	147956.4449845106	41168.4	01060000200B1700000100000001030000000100000005000000F4E5B9CE17A3204191D69A8A3D0A3B415C4BF6CE39A62041E5733A2F050A3B419DB287829FA62041620B93016F0B3B41364D4B827DA320410D6EF35CA70B3B41F4E5B9CE17A3204191D69A8A3D0A3B41
132	KCN-HC-CN04-001	KCN-HC-CN04	KCN-HC	industrial	operating	Freltrix Pharma Co., Ltd.	Freltrix Holdings (Viet Nam)	pharmaceuticals	2007-03-19	2057-03-19	34451000	3378	f	162336.56173318374	35320.1	01060000200B170000010000000103000000010000000500000097C87A3975A620419C006102010A3B412CAA542CE5A920419C84C82CC3093B416E11E6DF4AAA2041191C21FF2C0B3B41D92F0CEDDAA620411998B9D46A0B3B4197C87A3975A620419C006102010A3B41
133	KCN-HC-CX04-001	KCN-HC-CX04	KCN-HC	green	operating	\N	\N	public green space	\N	\N	\N	26	t	171187.37688824587	159724	01060000200B1700000100000001030000000100000005000000F5A7BEB414AA20416228B4D5BF093B41F63975A1B4AD20417A780EA17E093B4138A106551AAE2041F70F6773E80A3B41370F50687AAA2041DFBF0CA8290B3B41F5A7BEB414AA20416228B4D5BF093B41
134	KCN-DN-CX01-001	KCN-DN-CX01	KCN-DN	green	operating	\N	\N	public green space	\N	\N	\N	1	t	10804.74160304637	10723.9	01060000200B170000010000000103000000010000000500000084180C0378D32041B99651DB971F3B41DF58A9C82FD620412ADD8D12F51F3B416573334120D62041FE4FDD0C12203B410A33967B68D320418E09A1D5B41F3B4184180C0378D32041B99651DB971F3B41
135	KCN-DN-HT01-001	KCN-DN-HT01	KCN-DN	infrastructure	operating	Đơn vị vận hành hạ tầng KCN Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	81	t	92789.86202253614	31337.4	01060000200B17000001000000010300000001000000050000000A33967B68D320418E09A1D5B41F3B416573334120D62041FE4FDD0C12203B4131BB68E49AD52041AA0E73E80A213B41D67ACB1EE3D220413AC836B1AD203B410A33967B68D320418E09A1D5B41F3B41
136	KCN-DN-CX02-001	KCN-DN-CX02	KCN-DN	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13676.02051054663	12413.5	01060000200B1700000100000001030000000100000005000000873E48BD69D62041E6CF48D6FC1F3B4112765068DAD9204173D3FED272203B419890DAE0CAD9204147464ECD8F203B410D59D2355AD62041BB4298D019203B41873E48BD69D62041E6CF48D6FC1F3B41
137	KCN-DN-DV01-001	KCN-DN-DV01	KCN-DN	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	4140	t	117448.07074637299	41067.3	01060000200B17000001000000010300000001000000050000000D59D2355AD62041BB4298D019203B419890DAE0CAD9204147464ECD8F203B4165D80F8445D92041F304E4A888213B41DAA007D9D4D5204167012EAC12213B410D59D2355AD62041BB4298D019203B41
138	KCN-DN-CN01-001	KCN-DN-CN01	KCN-DN	industrial	operating	Galardo Textile Co., Ltd.	Galardo Holdings (Singapore)	garments and textiles	2006-11-18	2056-11-18	8526000	1935	f	86334.84280363287	17782.1	01060000200B17000001000000010300000001000000050000005D955597D3D220410E3B86ABCA203B41B7D5F25C8BD520417E81C2E227213B4191E531470FD520417F8D766E0F223B4136A5948157D220410F473A37B2213B415D955597D3D220410E3B86ABCA203B41
139	KCN-DN-CX03-001	KCN-DN-CX03	KCN-DN	green	operating	\N	\N	public green space	\N	\N	\N	8	t	109277.67866519946	104508.7	01060000200B170000010000000103000000010000000500000060BB9151C5D520413B747DA62F213B41EBF299FC35D92041C77733A3A5213B41C402D9E6B9D82041C983E72E8D223B4139CBD03B49D520413C80313217223B4160BB9151C5D520413B747DA62F213B41
140	KCN-TQ-CX01-001	KCN-TQ-CX01	KCN-TQ	green	operating	\N	\N	public green space	\N	\N	\N	2	t	14492.996262990227	13268.5	01060000200B17000001000000010300000001000000050000003F7E5F115BE1204135EC5A008D293B41C5B145383FE42041BB403188C32A3B4194F70DA718E420415EE96983DA2A3B410EC4278034E12041D79493FBA3293B413F7E5F115BE1204135EC5A008D293B41
141	KCN-TQ-HT01-001	KCN-TQ-HT01	KCN-TQ	infrastructure	operating	Đơn vị vận hành hạ tầng KCN Thọ Quang	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	53	t	148619.79467329232	55155.4	01060000200B17000001000000010300000001000000050000000EC4278034E12041D79493FBA3293B4194F70DA718E420415EE96983DA2A3B41D2D936298DE220419DEE752DC62B3B414BA65002A9DF2041179A9FA58F2A3B410EC4278034E12041D79493FBA3293B41
142	KCN-TQ-CX02-001	KCN-TQ-CX02	KCN-TQ	green	operating	\N	\N	public green space	\N	\N	\N	2	t	14832.116436784721	12195.6	01060000200B1700000100000001030000000100000005000000BEEB924F73E420411B080463D92A3B41B82C12C868E7204119D8F72E172C3B418872DA3642E72041BB80302A2E2C3B418D315BBE4CE42041BEB03C5EF02A3B41BEEB924F73E420411B080463D92A3B41
143	KCN-TQ-DV01-001	KCN-TQ-DV01	KCN-TQ	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	2758	t	152097.33442334557	47097.2	01060000200B17000001000000010300000001000000050000008D315BBE4CE42041BEB03C5EF02A3B418872DA3642E72041BB80302A2E2C3B41C55403B9B6E52041FB853CD4192D3B41CA138440C1E22041FDB54808DC2B3B418D315BBE4CE42041BEB03C5EF02A3B41
144	KCN-TQ-KT01-001	KCN-TQ-KT01	KCN-TQ	warehouse	operating	Solenth Fulfilment Co., Ltd.	Solenth Holdings (Korea)	e-commerce fulfilment	2019-03-08	2069-03-08	48374000	590	f	168674.59839877588	36904.5	01060000200B17000001000000010300000001000000050000001BEC187182DF2041BA42D8A0A62A3B41A11FFF9766E220414097AE28DD2B3B41DE6B02BCA5E020411D6BAF9FE82C3B4158381C95C1DD20419716D917B22B3B411BEC187182DF2041BA42D8A0A62A3B41
145	KCN-TQ-CN01-001	KCN-TQ-CN01	KCN-TQ	industrial	reserved	Caelarin Furniture Co., Ltd.	Caelarin Holdings (Japan)	furniture	\N	\N	\N	\N	f	172621.39850069367	\N	01060000200B17000001000000010300000001000000050000009A594CAF9AE22041A05E8103F32B3B41949ACB2790E520419E2E75CF302D3B41D1E6CE4BCFE320417B0276463C2E3B41D6A54FD3D9E020417D32827AFE2C3B419A594CAF9AE22041A05E8103F32B3B41
146	FTZ-1-CX01-001	FTZ-1-CX01	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13552.463816692298	13160.3	01060000200B170000010000000103000000010000000500000003CE7631986A20411ABFB6E6CF323B415C4F2AEFB56D20410F2504FCA3333B417A0215C4996D204185BF0D79BE333B41218161067C6A20419159C063EA323B4103CE7631986A20411ABFB6E6CF323B41
147	FTZ-1-HT01-001	FTZ-1-HT01	FTZ-1	infrastructure	operating	Đơn vị vận hành hạ tầng KTMTD PK1	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	137	t	169063.12167132413	59909.8	01060000200B1700000100000001030000000100000005000000218161067C6A20419159C063EA323B417A0215C4996D204185BF0D79BE333B416B14E05F3A6C20419B2690E808353B4112932CA21C692041A7C042D334343B41218161067C6A20419159C063EA323B41
148	FTZ-1-CX02-001	FTZ-1-CX02	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13382.981637187922	12550.8	01060000200B1700000100000001030000000100000005000000204D9522DA6D2041438ECD9BAD333B4139B55CE6ED702041160D220A7F343B41576847BBD17020418DA72B8799343B413D0080F7BD6D2041B928D718C8333B41204D9522DA6D2041438ECD9BAD333B41
149	FTZ-1-DV01-001	FTZ-1-DV01	FTZ-1	services	under_construction	Brixelle Academy Co., Ltd.	Brixelle Holdings (Japan)	training	2025-01-10	2075-01-10	94830000	0	f	166948.8798091944	49052.4	01060000200B17000001000000010300000001000000050000003D0080F7BD6D2041B928D718C8333B41576847BBD17020418DA72B8799343B41497A1257726F2041A30EAEF6E3353B412F124B935E6C2041CF8F598812353B413D0080F7BD6D2041B928D718C8333B41
150	FTZ-1-CX03-001	FTZ-1-CX03	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	1	t	10302.4598585796	10302.4	01060000200B1700000100000001030000000100000005000000CAFB208934712041AD9585D191343B41824E9CF8927320413005CC0A33353B419F0187CD76732041A69FD5874D353B41E8AE0B5E1871204123308F4EAC343B41CAFB208934712041AD9585D191343B41
151	FTZ-1-CN01-001	FTZ-1-CN01	FTZ-1	industrial	under_construction	Mavvane Packaging Co., Ltd.	Mavvane Holdings (Japan)	plastics and packaging	2023-12-18	2073-12-18	96632000	0	f	128520.24902249458	31867.4	01060000200B1700000100000001030000000100000005000000E8AE0B5E1871204123308F4EAC343B419F0187CD76732041A69FD5874D353B419113526917722041BC0658F797363B41D9C0D6F9B86F20413A9711BEF6353B41E8AE0B5E1871204123308F4EAC343B41
152	FTZ-1-CX04-001	FTZ-1-CX04	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	1	t	14242.717118938923	14242.7	01060000200B1700000100000001030000000100000005000000A545455ABD732041BDF03A4F3E353B41603061B90377204150C0CB311D363B417EE34B8EE7762041C65AD5AE37363B41C3F82F2FA1732041348B44CC58353B41A545455ABD732041BDF03A4F3E353B41
153	FTZ-1-KT01-001	FTZ-1-KT01	FTZ-1	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	177673.83479339565	\N	01060000200B1700000100000001030000000100000005000000C3F82F2FA1732041348B44CC58353B417EE34B8EE7762041C65AD5AE37363B4170F5162A88752041DDC1571E82373B41B40AFBCA417220414AF2C63BA3363B41C3F82F2FA1732041348B44CC58353B41
154	FTZ-1-CX05-001	FTZ-1-CX05	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	3	t	13074.90307455979	12387.1	01060000200B170000010000000103000000010000000500000084270A1B2E772041DEAB3A7628363B41622B64BC2F7A2041EC195912F5363B4180DE4E91137A204162B4628F0F373B41A2DAF4EF11772041544644F342363B4184270A1B2E772041DEAB3A7628363B41
155	FTZ-1-GT01-001	FTZ-1-GT01	FTZ-1	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK1	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	329	t	163105.68758873228	18331.6	01060000200B1700000100000001030000000100000005000000A2DAF4EF11772041544644F342363B4180DE4E91137A204162B4628F0F373B4172F0192DB4782041781BE5FE59383B4193ECBF8BB27520416AADC6628D373B41A2DAF4EF11772041544644F342363B41
156	FTZ-1-KT02-001	FTZ-1-KT02	FTZ-1	warehouse	under_construction	Doroarin Logistics Co., Ltd.	Doroarin Holdings (Taiwan)	logistics	2025-07-15	2075-07-15	24488000	0	f	171733.4156180842	36135.7	01060000200B1700000100000001030000000100000005000000D1A272140E69204120FBCB8242343B41292426D22B6C20411461199816353B4117661DE1C66A204113CEB33F66363B41BFE46923A96720411E68662A92353B41D1A272140E69204120FBCB8242343B41
157	FTZ-1-DV02-001	FTZ-1-DV02	FTZ-1	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	2039	t	169585.7800318168	61351.4	01060000200B1700000100000001030000000100000005000000ED219105506C204148CAE23720353B41078A58C9636F20411C4937A6F1353B41F5CB4FD8FE6D20411AB6D14D41373B41DB638814EB6A204146377DDF6F363B41ED219105506C204148CAE23720353B41
158	FTZ-1-KT03-001	FTZ-1-KT03	FTZ-1	warehouse	operating	Veltrix Logistics Co., Ltd.	Veltrix Holdings (Viet Nam)	logistics	2024-10-31	2074-10-31	39480000	759	f	130550.18221905916	26957.9	01060000200B170000010000000103000000010000000500000098D01C6CAA6F2041B2D19A6D04363B414F2398DB087220413541E1A6A5363B413D658FEAA370204133AE7B4EF5373B418612147B456E2041B13E351554373B4198D01C6CAA6F2041B2D19A6D04363B41
159	FTZ-1-NC01-001	FTZ-1-NC01	FTZ-1	rnd	reserved	Mavusca Embedded Co., Ltd.	Mavusca Holdings (Korea)	IoT and embedded systems	\N	\N	\N	\N	f	180480.1319967716	\N	01060000200B1700000100000001030000000100000005000000731A413D33722041C32C50EBB0363B412E055D9C7975204155FCE0CD8F373B411C4754AB1474204154697B75DF383B41615C384CCE702041C199EA9200383B41731A413D33722041C32C50EBB0363B41
160	FTZ-1-CN02-001	FTZ-1-CN02	FTZ-1	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	165681.88591003866	\N	01060000200B170000010000000103000000010000000500000052FC05FEA3752041E3E74F129B373B413000609FA5782041F1556EAE67383B411E4257AE40772041EFC20856B7393B41403EFD0C3F742041E154EAB9EA383B4152FC05FEA3752041E3E74F129B373B41
161	FTZ-1-CX06-001	FTZ-1-CX06	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	28	t	190855.6670750937	168343.8	01060000200B1700000100000001030000000100000005000000DD9754F88C672041940270A7AC353B41351908B6AA6A20418968BDBC80363B41BB2E4E061E69204163DB3FC4F5373B4163AD9A48006620416E75F2AE21373B41DD9754F88C672041940270A7AC353B41
162	FTZ-1-HT02-001	FTZ-1-HT02	FTZ-1	infrastructure	operating	Đơn vị vận hành hạ tầng KTMTD PK1	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	191	t	188468.8955724644	57831.8	01060000200B1700000100000001030000000100000005000000F91673E9CE6A2041BDD1865C8A363B41137F3AADE26D20419150DBCA5B373B41999480FD556C20416BC35DD2D0383B417F2CB9394269204197440964FF373B41F91673E9CE6A2041BDD1865C8A363B41
163	FTZ-1-CX07-001	FTZ-1-CX07	FTZ-1	green	operating	\N	\N	public green space	\N	\N	\N	19	t	145086.7440359158	138175	01060000200B1700000100000001030000000100000005000000A4C5FE4F296E204127D93E926E373B415B187ABF87702041AA4885CB0F383B41E12DC00FFB6E204184BB07D384393B412ADB44A09C6C2041014CC199E3383B41A4C5FE4F296E204127D93E926E373B41
164	FTZ-1-KT04-001	FTZ-1-KT04	FTZ-1	warehouse	leased	Norvane Cold Chain Co., Ltd.	Norvane Holdings (Singapore)	cold chain logistics	2025-03-01	2075-03-01	32045000	0	f	200576.3168575641	\N	01060000200B17000001000000010300000001000000050000007F0F2321B27020413734F40F1B383B413AFA3E80F8732041CA0385F2F9383B41C00F85D06B722041A47607FA6E3A3B4105256971256F204111A7761790393B417F0F2321B27020413734F40F1B383B41
165	FTZ-1-DV03-001	FTZ-1-DV03	FTZ-1	services	available	\N	\N	\N	\N	\N	\N	\N	f	184130.3088500085	\N	01060000200B17000001000000010300000001000000050000005EF1E7E12274204158EFF33605393B413CF5418324772041665D12D3D1393B41C20A88D39775204140D094DA463B3B41E4062E32967220413262763E7A3A3B415EF1E7E12274204158EFF33605393B41
166	FTZ-1-CN03-001	FTZ-1-CN03	FTZ-1	industrial	operating	Xanenth Machinery Co., Ltd.	Xanenth Holdings (Korea)	mechanical engineering	2015-11-29	2065-11-29	65374000	751	f	210623.4842993667	43244.5	01060000200B170000010000000103000000010000000500000022BDE0BAF1652041E7AF7B5E2F373B417A3E94780F692041DC15C97303383B41DAF6A9B259672041AB93361E9F393B418275F6F43B642041B62DE908CB383B4122BDE0BAF1652041E7AF7B5E2F373B41
167	FTZ-1-CN04-001	FTZ-1-CN04	FTZ-1	industrial	leased	Nortek Textile Co., Ltd.	Nortek Holdings (Singapore)	garments and textiles	2025-10-01	2075-10-01	33835000	0	f	207989.50366993685	\N	01060000200B17000001000000010300000001000000050000003E3CFFAB336920410F7F92130D383B4158A4C66F476C2041E3FDE681DE383B41B85CDCA9916A2041B37B542C7A3A3B419EF414E67D672041DFFCFFBDA8393B413E3CFFAB336920410F7F92130D383B41
168	FTZ-1-CN05-001	FTZ-1-CN05	FTZ-1	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	160114.0590835993	\N	01060000200B1700000100000001030000000100000005000000E9EA8A128E6C20417A864A49F1383B41A03D0682EC6E2041FDF5908292393B4100F61BBC366D2041CC73FE2C2E3B3B4148A3A04CD86A20414904B8F38C3A3B41E9EA8A128E6C20417A864A49F1383B41
169	FTZ-1-DV04-001	FTZ-1-DV04	FTZ-1	services	reserved	Frelivo Retail Co., Ltd.	Frelivo Holdings (Viet Nam)	retail	\N	\N	\N	\N	f	221350.94740395318	\N	01060000200B1700000100000001030000000100000005000000C434AFE3166F20418AE1FFC69D393B417F1FCB425D7220411DB190A97C3A3B41DFD7E07CA7702041EC2EFE53183C3B4123EDC41D616D20415A5F6D71393B3B41C434AFE3166F20418AE1FFC69D393B41
170	FTZ-1-GT02-001	FTZ-1-GT02	FTZ-1	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK1	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	531	t	203201.54915733944	21261.5	01060000200B1700000100000001030000000100000005000000A21674A487722041AB9CFFED873A3B41811ACE4589752041B90A1E8A543B3B41E1D2E37FD373204188888B34F03C3B4102CF89DED17020417A1A6D98233C3B41A21674A487722041AB9CFFED873A3B41
171	FTZ-2-CX01-001	FTZ-2-CX01	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	3	t	11688.541826335379	11170.1	01060000200B1700000100000001030000000100000005000000A816246D22472041AB3FD908E3263B41269DF8D2214A2041DE6BE7B026273B411132BC67174A2041973F3A3C44273B4193ABE7011847204165132C9400273B41A816246D22472041AB3FD908E3263B41
172	FTZ-2-HT01-001	FTZ-2-HT01	FTZ-2	infrastructure	operating	Đơn vị vận hành hạ tầng KTMTD PK2	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	93	t	140839.16657670948	49392.1	01060000200B170000010000000103000000010000000500000093ABE7011847204165132C9400273B411132BC67174A2041973F3A3C44273B41D10350DD9949204179DD4039A8283B41537D7B779A46204147B1329164283B4193ABE7011847204165132C9400273B41
173	FTZ-2-CX02-001	FTZ-2-CX02	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	0	t	12099.177181442315	12099.1	01060000200B17000001000000010300000001000000050000002B6983334A4A20410DAA35402A273B41D7DE0C8F644D20411159BE4870273B41C273D0235A4D2041CB2C11D48D273B4116FE46C83F4A2041C77D88CB47273B412B6983334A4A20410DAA35402A273B41
174	FTZ-2-DV01-001	FTZ-2-DV01	FTZ-2	services	reserved	Brixusca Academy Co., Ltd.	Brixusca Holdings (Viet Nam)	training	\N	\N	\N	\N	f	145787.0498997998	\N	01060000200B170000010000000103000000010000000500000016FE46C83F4A2041C77D88CB47273B41C273D0235A4D2041CB2C11D48D273B4182456499DC4C2041ADCA17D1F1283B41D6CFDA3DC2492041A91B8FC8AB283B4116FE46C83F4A2041C77D88CB47273B41
175	FTZ-2-CX03-001	FTZ-2-CX03	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	2	t	14661.259550336514	14147	01060000200B170000010000000103000000010000000500000099315ED4934D2041B450A37374273B411FB4CF65565120418EEBA850C9273B41094993FA4B51204147BFFBDBE6273B4183C62169894D20416D24F6FE91273B4199315ED4934D2041B450A37374273B41
176	FTZ-2-KT01-001	FTZ-2-KT01	FTZ-2	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	176658.4409518437	\N	01060000200B170000010000000103000000010000000500000083C62169894D20416D24F6FE91273B41094993FA4B51204147BFFBDBE6273B41C91A2770CE502041295D02D94A293B414398B5DE0B4D20414FC2FCFBF5283B4183C62169894D20416D24F6FE91273B41
177	FTZ-2-CX04-001	FTZ-2-CX04	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	3	t	11181.121308200454	10017.1	01060000200B17000001000000010300000001000000050000003CE43EED74512041D120B201CC273B41E5DBA902535420419848DBB90C283B41D0706D9748542041511C2E452A283B41277902826A5120418BF4048DE9273B413CE43EED74512041D120B201CC273B41
178	FTZ-2-CN01-001	FTZ-2-CN01	FTZ-2	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	134725.08631418846	\N	01060000200B1700000100000001030000000100000005000000277902826A5120418BF4048DE9273B41D0706D9748542041511C2E452A283B419042010DCB53204133BA34428E293B41E74A96F7EC5020416D920B8A4D293B41277902826A5120418BF4048DE9273B41
179	FTZ-2-CX05-001	FTZ-2-CX05	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	2	t	11803.777782957968	10026.5	01060000200B170000010000000103000000010000000500000028BB86CBA1542041FC8F03AC13283B4147F02BC2A8572041A25ED3FE57283B413285EF569E5720415B32268A75283B4113504A6097542041B563563731283B4128BB86CBA1542041FC8F03AC13283B41
180	FTZ-2-DV02-001	FTZ-2-DV02	FTZ-2	services	operating	Hestarin Academy Co., Ltd.	Hestarin Holdings (Korea)	training	2016-03-13	2066-03-13	45736000	4044	f	142227.68332567366	42155.1	01060000200B170000010000000103000000010000000500000013504A6097542041B563563731283B413285EF569E5720415B32268A75283B41F25683CC205720413DD02C87D9293B41D321DED51954204197015D3495293B4113504A6097542041B563563731283B41
181	FTZ-2-CX06-001	FTZ-2-CX06	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	2	t	12674.407387146328	11636.7	01060000200B170000010000000103000000010000000500000009437D07D85720414456B8295C283B41CA642427185B204107FBA086A5283B41B4F9E7BB0D5B2041C0CEF311C3283B41F3D7409CCD572041FD290BB579283B4109437D07D85720414456B8295C283B41
182	FTZ-2-DV03-001	FTZ-2-DV03	FTZ-2	services	available	\N	\N	\N	\N	\N	\N	\N	f	152718.19186574657	\N	01060000200B1700000100000001030000000100000005000000F3D7409CCD572041FD290BB579283B41B4F9E7BB0D5B2041C0CEF311C3283B4174CB7B31905A2041A26CFA0E272A3B41B3A9D41150572041DFC711B2DD293B41F3D7409CCD572041FD290BB579283B41
183	FTZ-2-CX07-001	FTZ-2-CX07	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	4	t	12257.031926843736	10763.3	01060000200B17000001000000010300000001000000050000008BB7756C475B2041A9F285B1A9283B4184531F256C5E20419249F7A3F0283B416FE8E2B9615E20414B1D4A2F0E293B41764C39013D5B204162C6D83CC7283B418BB7756C475B2041A9F285B1A9283B41
184	FTZ-2-GT01-001	FTZ-2-GT01	FTZ-2	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK2	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	191	t	147689.0947507267	15776.5	01060000200B1700000100000001030000000100000005000000764C39013D5B204162C6D83CC7283B416FE8E2B9615E20414B1D4A2F0E293B412FBA762FE45D20412DBB502C722A3B41361ECD76BF5A20414464DF392B2A3B41764C39013D5B204162C6D83CC7283B41
185	FTZ-2-CX08-001	FTZ-2-CX08	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	1	t	13391.453976612649	12168.8	01060000200B170000010000000103000000010000000500000046A6706A9B5E20413441DCCEF4283B41177EC59D0A622041A784495242293B41011389320062204160589CDD5F293B41313B34FF905E2041ED142F5A12293B4146A6706A9B5E20413441DCCEF4283B41
186	FTZ-2-GT02-001	FTZ-2-GT02	FTZ-2	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK2	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	176	t	161358.12707394245	18446.6	01060000200B1700000100000001030000000100000005000000313B34FF905E2041ED142F5A12293B41011389320062204160589CDD5F293B41C1E41CA88261204142F6A2DAC32A3B41F10CC874135E2041CFB23557762A3B41313B34FF905E2041ED142F5A12293B41
187	FTZ-2-CN02-001	FTZ-2-CN02	FTZ-2	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	187466.09930506893	\N	01060000200B1700000100000001030000000100000005000000CC126915954620415549EAD473283B414A993D7B944920418775F87CB7283B413F70E860ED48204126EFF554912A3B41C1E913FBED452041F4C2E7AC4D2A3B41CC126915954620415549EAD473283B41
188	FTZ-2-CX09-001	FTZ-2-CX09	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	21	t	194052.05411396179	183672	01060000200B17000001000000010300000001000000050000004F65C8DBBC492041B7B3460CBB283B41FBDA5137D74C2041BB62CF1401293B41F0B1FC1C304C20415ADCCCECDA2A3B41443C73C115492041562D44E4942A3B414F65C8DBBC492041B7B3460CBB283B41
189	FTZ-2-DV04-001	FTZ-2-DV04	FTZ-2	services	leased	Soltrix Services Co., Ltd.	Soltrix Holdings (Singapore)	business services	2025-03-13	2075-03-13	49614000	0	f	235143.88532341932	\N	01060000200B1700000100000001030000000100000005000000BD2DA37C064D20415D5AB43F05293B4143B0140EC950204138F5B91C5A293B413887BFF321502041D76EB7F4332B3B41B2044E625F4C2041FCD3B117DF2A3B41BD2DA37C064D20415D5AB43F05293B41
190	FTZ-2-KT02-001	FTZ-2-KT02	FTZ-2	warehouse	reserved	Caelelle Logistics Co., Ltd.	Caelelle Holdings (Korea)	logistics	\N	\N	\N	\N	f	179327.86045070944	\N	01060000200B170000010000000103000000010000000500000060E08395E75020417B2AC3CD5C293B4109D8EEAAC55320414252EC859D293B41FEAE99901E532041E1CBE95D772B3B4155B72E7B405020411AA4C0A5362B3B4160E08395E75020417B2AC3CD5C293B41
191	FTZ-2-NC01-001	FTZ-2-NC01	FTZ-2	rnd	under_construction	Frelmond AI Labs Co., Ltd.	Frelmond Holdings (Korea)	artificial intelligence	2025-09-17	2075-09-17	91761000	0	f	189314.3054900032	63050.6	01060000200B17000001000000010300000001000000050000004CB7CB7314542041A6991478A4293B416BEC706A1B5720414C68E4CAE8293B4160C31B5074562041EBE1E1A2C22B3B41418E76596D532041451312507E2B3B414CB7CB7314542041A6991478A4293B41
192	FTZ-2-DV05-001	FTZ-2-DV05	FTZ-2	services	operating	Ordomond Academy Co., Ltd.	Ordomond Holdings (Korea)	training	2019-04-08	2069-04-08	56745000	2651	f	203277.85528609913	60390.1	01060000200B17000001000000010300000001000000050000002C3FC2AF4A572041EE5FC9F5EC293B41EE6069CF8A5A2041B004B252362A3B41E33714B5E35920414F7EAF2A102C3B4122166D95A35620418DD9C6CDC62B3B412C3FC2AF4A572041EE5FC9F5EC293B41
193	FTZ-2-KT03-001	FTZ-2-KT03	FTZ-2	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	196583.7996331484	\N	01060000200B1700000100000001030000000100000005000000AFB3BA14BA5A204153FC967D3A2A3B41A84F64CDDE5D20413C530870812A3B419D260FB3375D2041DBCC05485B2C3B41A48A65FA125A2041F2759455142C3B41AFB3BA14BA5A204153FC967D3A2A3B41
194	FTZ-2-KT04-001	FTZ-2-KT04	FTZ-2	warehouse	under_construction	Solvane Bonded Warehouse Co., Ltd.	Solvane Holdings (United States)	bonded warehousing	2025-10-04	2075-10-04	63297000	0	f	214778.1715056931	46978.5	01060000200B17000001000000010300000001000000050000006AA2B5120E5E2041DE4AED9A852A3B413B7A0A467D612041518E5A1ED32A3B413051B52BD6602041F00758F6AC2C3B415F7960F8665D20417DC4EA725F2C3B416AA2B5120E5E2041DE4AED9A852A3B41
195	FTZ-2-KT05-001	FTZ-2-KT05	FTZ-2	warehouse	under_construction	Galelle Bonded Warehouse Co., Ltd.	Galelle Holdings (Singapore)	bonded warehousing	2026-01-28	2076-01-28	16503000	0	f	123886.7849587683	25792.4	01060000200B1700000100000001030000000100000005000000616D77DCE6452041F7282DDD612A3B41DFF34B42E648204129553B85A52A3B41483647D4774820410351DAA8DE2B3B41CAAF726E78452041D124CC009B2B3B41616D77DCE6452041F7282DDD612A3B41
196	FTZ-2-KT06-001	FTZ-2-KT06	FTZ-2	warehouse	operating	Galusca Logistics Co., Ltd.	Galusca Holdings (Taiwan)	logistics	2017-03-15	2067-03-15	43208000	945	f	128239.10663279475	28375.6	01060000200B1700000100000001030000000100000005000000E5BFD6A20E49204159938914A92A3B41903560FE284C20415D42121DEF2A3B41F9775B90BA4B2041373EB140282C3B414E02D234A0482041338F2838E22B3B41E5BFD6A20E49204159938914A92A3B41
197	FTZ-2-KT07-001	FTZ-2-KT07	FTZ-2	warehouse	under_construction	Hestmond Bonded Warehouse Co., Ltd.	Hestmond Holdings (Korea)	bonded warehousing	2025-09-14	2075-09-14	6022000	0	f	155394.60234901274	36452.6	01060000200B17000001000000010300000001000000050000005288B143584C2041FF39F747F32A3B41D80A23D51A502041DAD4FC24482B3B41414D1E67AC4F2041B4D09B48812C3B41BBCAACD5E94B2041D935966B2C2C3B415288B143584C2041FF39F747F32A3B41
199	FTZ-2-DV07-001	FTZ-2-DV07	FTZ-2	services	operating	Brixarin Finance Co., Ltd.	Brixarin Holdings (Singapore)	banking	2018-04-26	2068-04-26	44380000	3044	f	125108.17017476841	36737.8	01060000200B1700000100000001030000000100000005000000E111DA3A6653204147795780922B3B4100477F316D562041ED4727D3D62B3B4169897AC3FE552041C743C6F60F2D3B414A54D5CCF75220412175F6A3CB2C3B41E111DA3A6653204147795780922B3B41
200	FTZ-2-DV08-001	FTZ-2-DV08	FTZ-2	services	available	\N	\N	\N	\N	\N	\N	\N	f	134335.96814598513	\N	01060000200B1700000100000001030000000100000005000000C299D0769C562041903F0CFEDA2B3B4183BB7796DC59204152E4F45A242C3B41ECFD72286E5920412CE0937E5D2D3B412BDCCB082E562041693BAB21142D3B41C299D0769C562041903F0CFEDA2B3B41
201	FTZ-2-GT03-001	FTZ-2-GT03	FTZ-2	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK2	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	397	t	129912.20813688172	15693	01060000200B1700000100000001030000000100000005000000450EC9DB0B5A2041F4DBD985282C3B413EAA7294305D2041DD324B786F2C3B41A7EC6D26C25C2041B72EEA9BA82D3B41AE50C46D9D592041CED778A9612D3B41450EC9DB0B5A2041F4DBD985282C3B41
202	FTZ-2-CN03-001	FTZ-2-CN03	FTZ-2	industrial	operating	Tavardo Machinery Co., Ltd.	Tavardo Holdings (Viet Nam)	mechanical engineering	2016-02-05	2066-02-05	28657000	1544	f	141935.94066228808	33016.6	01060000200B1700000100000001030000000100000005000000FFFCC3D95F5D2041802A30A3732C3B41D0D4180DCF602041F36D9D26C12C3B413917149F60602041CD693C4AFA2D3B41683FBF6BF15C20415926CFC6AC2D3B41FFFCC3D95F5D2041802A30A3732C3B41
203	FTZ-2-CN04-001	FTZ-2-CN04	FTZ-2	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	177764.00966962983	\N	01060000200B17000001000000010300000001000000050000000321228A6A45204172943A65C22B3B4181A7F6EF69482041A4C0480D062C3B41CAD8927BCB47204140DD535FC72D3B414C52BE15CC4420410EB145B7832D3B410321228A6A45204172943A65C22B3B41
204	FTZ-2-KT08-001	FTZ-2-KT08	FTZ-2	warehouse	reserved	Tavvane Fulfilment Co., Ltd.	Tavvane Holdings (United States)	e-commerce fulfilment	\N	\N	\N	\N	f	184009.11605775845	\N	01060000200B17000001000000010300000001000000050000008773815092482041D4FE969C092C3B4132E90AACAC4B2041D8AD1FA54F2C3B417B1AA7370E4B204174CA2AF7102E3B41CFA41DDCF3472041701BA2EECA2D3B418773815092482041D4FE969C092C3B41
205	FTZ-2-CN05-001	FTZ-2-CN05	FTZ-2	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	222974.2874009669	\N	01060000200B1700000100000001030000000100000005000000F43B5CF1DB4B20417AA504D0532C3B417ABECD829E4F204155400AADA82C3B41C3EF690E004F2041F15C15FF692E3B413D6DF87C3D4B204116C20F22152E3B41F43B5CF1DB4B20417AA504D0532C3B41
206	FTZ-2-CN06-001	FTZ-2-CN06	FTZ-2	industrial	under_construction	Zanarin Textile Co., Ltd.	Zanarin Holdings (Singapore)	garments and textiles	2024-01-15	2074-01-15	26330000	0	f	170046.9558889039	39039.1	01060000200B170000010000000103000000010000000500000097EE3C0ABD4F20419875135EAB2C3B4140E6A71F9B5220415F9D3C16EC2C3B41891744ABFC512041FBB94768AD2E3B41E01FD9951E4F204134921EB06C2E3B4197EE3C0ABD4F20419875135EAB2C3B41
207	FTZ-2-CN07-001	FTZ-2-CN07	FTZ-2	industrial	under_construction	Galtrix Precision Co., Ltd.	Galtrix Holdings (Taiwan)	precision engineering	2025-11-21	2075-11-21	53277000	0	f	179516.56409599294	41661.8	01060000200B170000010000000103000000010000000500000083C584E8E9522041C3E46408F32C3B41A2FA29DFF055204169B3345B372D3B41EB2BC66A5255204105D03FADF82E3B41CCF620744B5220415F01705AB42E3B4183C584E8E9522041C3E46408F32C3B41
208	FTZ-2-KT09-001	FTZ-2-KT09	FTZ-2	warehouse	under_construction	Quorelle Logistics Co., Ltd.	Quorelle Holdings (Taiwan)	logistics	2026-04-24	2076-04-24	29273000	0	f	192757.44663515344	47406	01060000200B1700000100000001030000000100000005000000644D7B24205620410BAB19863B2D3B41256F224460592041CD4F02E3842D3B416DA0BECFC1582041696C0D35462F3B41AC7E17B081552041A7C724D8FC2E3B41644D7B24205620410BAB19863B2D3B41
209	FTZ-2-CX10-001	FTZ-2-CX10	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	14	t	186409.83403627228	180863	01060000200B1700000100000001030000000100000005000000E6C173898F5920417047E70D892D3B41E05D1D42B45C2041599E5800D02D3B41288FB9CD155C2041F5BA6352912F3B412FF30F15F15820410C64F25F4A2F3B41E6C173898F5920417047E70D892D3B41
210	FTZ-2-KT10-001	FTZ-2-KT10	FTZ-2	warehouse	operating	Mavmond Bonded Warehouse Co., Ltd.	Mavmond Holdings (Korea)	bonded warehousing	2021-08-20	2071-08-20	10024000	1709	f	203662.57738274196	48939.2	01060000200B1700000100000001030000000100000005000000A1B06E87E35C2041FB953D2BD42D3B417288C3BA526020416ED9AAAE212E3B41BAB95F46B45F20410AF6B500E32F3B41EAE10A13455C204197B2487D952F3B41A1B06E87E35C2041FB953D2BD42D3B41
211	FTZ-2-GT04-001	FTZ-2-GT04	FTZ-2	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK2	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	227	t	168344.30914908936	19250.9	01060000200B1700000100000001030000000100000005000000C5E7ABB3C64420411D49FDFA922D3B41436E8019C64720414F750BA3D62D3B41F0949D0A30472041A00EDE25802F3B41720EC9A4304420416EE2CF7D3C2F3B41C5E7ABB3C64420411D49FDFA922D3B41
212	FTZ-2-KT11-001	FTZ-2-KT11	FTZ-2	warehouse	under_construction	Zanivo Fulfilment Co., Ltd.	Zanivo Holdings (Korea)	e-commerce fulfilment	2024-11-19	2074-11-19	12767000	0	f	174258.48785393327	40031.5	01060000200B1700000100000001030000000100000005000000483A0B7AEE4720417FB35932DA2D3B41F4AF94D5084B20418362E23A202E3B41A1D6B1C6724A2041D4FBB4BDC92F3B41F560286B58472041D04C2CB5832F3B41483A0B7AEE4720417FB35932DA2D3B41
213	FTZ-2-KT12-001	FTZ-2-KT12	FTZ-2	warehouse	leased	Nortrix Bonded Warehouse Co., Ltd.	Nortrix Holdings (Japan)	bonded warehousing	2026-10-20	2076-10-20	30124000	0	f	211158.89791349648	\N	01060000200B1700000100000001030000000100000005000000B602E61A384B2041255AC765242E3B413C8557ACFA4E2041FFF4CC42792E3B41E9AB749D644E2041508E9FC522303B416329030CA24A204176F399E8CD2F3B41B602E61A384B2041255AC765242E3B41
214	FTZ-2-DV09-001	FTZ-2-DV09	FTZ-2	services	operating	Xanora Finance Co., Ltd.	Xanora Holdings (Viet Nam)	banking	2018-08-20	2068-08-20	91008000	8470	f	161036.181425113	43168.6	01060000200B170000010000000103000000010000000500000059B5C633194F2041432AD6F37B2E3B4102AD3149F75120410A52FFABBC2E3B41AFD34E3A615120415AEBD12E66303B4106DCE324834E204194C3A87625303B4159B5C633194F2041432AD6F37B2E3B41
215	FTZ-2-KT13-001	FTZ-2-KT13	FTZ-2	warehouse	leased	Brixtrix Fulfilment Co., Ltd.	Brixtrix Holdings (Viet Nam)	e-commerce fulfilment	2026-10-12	2076-10-12	26590000	0	f	170003.99585789273	\N	01060000200B1700000100000001030000000100000005000000458C0E12465220416D99279EC32E3B4164C1B3084D5520411368F7F0072F3B4111E8D0F9B65420416401CA73B1303B41F2B22B03B0512041BE32FA206D303B41458C0E12465220416D99279EC32E3B41
216	FTZ-2-CN08-001	FTZ-2-CN08	FTZ-2	industrial	under_construction	Velarin Auto Parts Co., Ltd.	Velarin Holdings (Taiwan)	automotive parts	2024-08-15	2074-08-15	94708000	0	f	182543.24510032078	43652.6	01060000200B17000001000000010300000001000000050000002614054E7C552041B55FDC1B0C2F3B41E735AC6DBC5820417804C578552F3B41945CC95E26582041C99D97FBFE303B41D33A223FE654204106F9AE9EB5303B412614054E7C552041B55FDC1B0C2F3B41
217	FTZ-2-CN09-001	FTZ-2-CN09	FTZ-2	industrial	reserved	Xanarin Pharma Co., Ltd.	Xanarin Holdings (Viet Nam)	pharmaceuticals	\N	\N	\N	\N	f	176531.9919805391	\N	01060000200B1700000100000001030000000100000005000000A888FDB2EB5820411AFCA9A3592F3B41A124A76B105C204103531B96A02F3B414E4BC45C7A5B204154ECED184A313B4155AF1AA4555820416B957C2603313B41A888FDB2EB5820411AFCA9A3592F3B41
218	FTZ-2-CN10-001	FTZ-2-CN10	FTZ-2	industrial	operating	Quormond Furniture Co., Ltd.	Quormond Holdings (Viet Nam)	furniture	2022-09-08	2072-09-08	74648000	2598	f	192870.51384999364	45649.5	01060000200B17000001000000010300000001000000050000006377F8B03F5C2041A54A00C1A42F3B41344F4DE4AE5F2041198E6D44F22F3B41E1756AD5185F2041692740C79B313B41109E15A2A95B2041F6E3D2434E313B416377F8B03F5C2041A54A00C1A42F3B41
219	FTZ-2-DV10-001	FTZ-2-DV10	FTZ-2	services	operating	Kestvane Finance Co., Ltd.	Kestvane Holdings (Singapore)	banking	2021-04-29	2071-04-29	13743000	941	f	161089.15589167277	46387.9	01060000200B17000001000000010300000001000000050000006FF6150953472041DEE4E3F8922F3B411A6C9F646D4A2041E2936C01D92F3B410AC4E2ACE2492041FB4AF55B62313B415F4E5951C8462041F79B6C531C313B416FF6150953472041DEE4E3F8922F3B41
220	FTZ-2-CN11-001	FTZ-2-CN11	FTZ-2	industrial	under_construction	Caelelle Semiconductor Co., Ltd.	Caelelle Holdings (Japan)	semiconductors	2025-10-23	2075-10-23	97719000	0	f	195200.87108993344	46344.9	01060000200B1700000100000001030000000100000005000000DCBEF0A99C4A2041848B512CDD2F3B416241623B5F4E20415F26570932303B415299A583D44D204177DDDF63BB313B41CC1634F2114A20419D42DA8666313B41DCBEF0A99C4A2041848B512CDD2F3B41
221	FTZ-2-KT14-001	FTZ-2-KT14	FTZ-2	warehouse	under_construction	Quorivo Fulfilment Co., Ltd.	Quorivo Holdings (Japan)	e-commerce fulfilment	2026-06-05	2076-06-05	10519000	0	f	148866.10605478467	36020	01060000200B17000001000000010300000001000000050000007F71D1C27D4E2041A25B60BA34303B4129693CD85B5120416983897275303B4118C17F20D1502041823A12CDFE313B416FC9140BF34D2041BB12E914BE313B417F71D1C27D4E2041A25B60BA34303B41
222	FTZ-2-KT15-001	FTZ-2-KT15	FTZ-2	warehouse	leased	Hestusca Fulfilment Co., Ltd.	Hestusca Holdings (Korea)	e-commerce fulfilment	2025-11-26	2075-11-26	16169000	0	f	157156.19094500574	\N	01060000200B17000001000000010300000001000000050000006B4819A1AA512041CCCAB1647C303B418A7DBE97B1542041739981B7C0303B417AD501E0265420418B500A124A323B415BA05CE91F512041E5813ABF05323B416B4819A1AA512041CCCAB1647C303B41
224	FTZ-2-CX11-001	FTZ-2-CX11	FTZ-2	green	operating	\N	\N	public green space	\N	\N	\N	36	t	163190.84324809856	158129.3	01060000200B1700000100000001030000000100000005000000CF44084250582041792D346A12313B41C8E0B1FA745B20416384A55C59313B41B838F542EA5A20417B3B2EB7E2323B41BF9C4B8AC557204192E4BCC49B323B41CF44084250582041792D346A12313B41
225	FTZ-2-DV12-001	FTZ-2-DV12	FTZ-2	services	operating	Doroovia Clinic Co., Ltd.	Doroovia Holdings (Singapore)	health care	2020-07-20	2070-07-20	47469000	4212	f	178294.60507277973	54797.5	01060000200B170000010000000103000000010000000500000089330340A45B2041057C8A875D313B415A0B5873135F204178BFF70AAB313B414A639BBB885E20419176806534333B41798B4688195B20411D3313E2E6323B4189330340A45B2041057C8A875D313B41
226	FTZ-3-CX01-001	FTZ-3-CX01	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	1	t	14248.151151530554	13965.4	01060000200B1700000100000001030000000100000005000000178692C1CA8020416213FD0D781F3B412FD09F5F01842041E3A3198665203B412FD09F5FE3832041B6DD2C817F203B41178692C1AC802041344D1009921F3B41178692C1CA8020416213FD0D781F3B41
227	FTZ-3-HT01-001	FTZ-3-HT01	FTZ-3	infrastructure	under_construction	Đơn vị vận hành hạ tầng KTMTD PK3	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	utilities	\N	\N	\N	0	t	161073.95975993242	55897.5	01060000200B1700000100000001030000000100000005000000178692C1AC802041344D1009921F3B412FD09F5FE3832041B6DD2C817F203B418F14F93990822041544EEE36A5213B4177CAEB9B597F2041D3BDD1BEB7203B41178692C1AC802041344D1009921F3B41
228	FTZ-3-CX02-001	FTZ-3-CX02	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	9	t	143214.74083101453	124012.6	01060000200B1700000100000001030000000100000005000000E0496DE124842041E3A319C66F203B412D145DD9C48620417A1B22C131213B418D58B6B353852041EBC5F67171223B41408EC6BBB3822041544EEE76AF213B41E0496DE124842041E3A319C66F203B41
229	FTZ-3-CX03-001	FTZ-3-CX03	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	3	t	12745.204678296068	11386	01060000200B1700000100000001030000000100000005000000B270156BEE8620417A1B22C13D213B4173015643CE8920415A56AC2C12223B4173015643B08920412C90BF272C223B41B270156BD08620414D5535BC57213B41B270156BEE8620417A1B22C13D213B41
230	FTZ-3-CN01-001	FTZ-3-CN01	FTZ-3	industrial	leased	Ordoovia Textile Co., Ltd.	Ordoovia Holdings (Korea)	garments and textiles	2025-06-21	2075-06-21	43433000	0	f	144083.29639761272	\N	01060000200B1700000100000001030000000100000005000000B270156BD08620414D5535BC57213B4173015643B08920412C90BF272C223B41D345AF1D5D882041CB0081DD51233B4112B56E457D852041EBC5F6717D223B41B270156BD08620414D5535BC57213B41
231	FTZ-3-CX04-001	FTZ-3-CX04	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	1	t	14512.111359227165	13286.9	01060000200B17000001000000010300000001000000050000004F46898B138A20415A56AC2C26223B41DBCCF666598D204185D6030B18233B41DBCCF6663B8D20415810170632233B414F46898BF58920412C90BF2740223B414F46898B138A20415A56AC2C26223B41
232	FTZ-3-KT01-001	FTZ-3-KT01	FTZ-3	warehouse	under_construction	Lumardo Cold Chain Co., Ltd.	Lumardo Holdings (Singapore)	cold chain logistics	2025-09-28	2075-09-28	25006000	0	f	164058.0041753481	37505	01060000200B17000001000000010300000001000000050000004F46898BF58920412C90BF2740223B41DBCCF6663B8D20415810170632233B413B115041E88B2041F780D8BB57243B41AF8AE265A2882041CB0081DD65233B414F46898BF58920412C90BF2740223B41
233	FTZ-3-CX05-001	FTZ-3-CX05	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	2	t	15337.633965658752	14755.7	01060000200B17000001000000010300000001000000050000008C46C4E87C8D204185D6034B22233B413B728E6DF2902041072A96EB21243B413B728E6DD4902041DA63A9E63B243B418C46C4E85E8D2041581017463C233B418C46C4E87C8D204185D6034B22233B41
234	FTZ-3-CN02-001	FTZ-3-CN02	FTZ-3	industrial	reserved	Solora Auto Parts Co., Ltd.	Solora Holdings (Taiwan)	automotive parts	\N	\N	\N	\N	f	173390.45676274452	\N	01060000200B17000001000000010300000001000000050000008C46C4E85E8D2041581017463C233B413B728E6DD4902041DA63A9E63B243B419BB6E747818F204178D46A9C61253B41EC8A1DC30B8C2041F780D8FB61243B418C46C4E85E8D2041581017463C233B41
235	FTZ-3-CX06-001	FTZ-3-CX06	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	1	t	12287.741321282556	11873.1	01060000200B1700000100000001030000000100000005000000ECEB5BEF15912041072A962B2C243B41D4FC395EDB932041066B48F7F8243B41D4FC395EBD932041D8A45BF212253B41ECEB5BEFF7902041DA63A92646243B41ECEB5BEF15912041072A962B2C243B41
236	FTZ-3-GT01-001	FTZ-3-GT01	FTZ-3	transport	operating	Đơn vị vận hành hạ tầng KTMTD PK3	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	transport services	\N	\N	\N	124	t	138911.71774326055	14524.5	01060000200B1700000100000001030000000100000005000000ECEB5BEFF7902041DA63A92646243B41D4FC395EBD932041D8A45BF212253B41344193386A92204177151DA838263B414C30B5C9A48F204178D46ADC6B253B41ECEB5BEFF7902041DA63A92646243B41
237	FTZ-3-CN03-001	FTZ-3-CN03	FTZ-3	industrial	under_construction	Istrardo Textile Co., Ltd.	Istrardo Holdings (Taiwan)	garments and textiles	2025-04-22	2075-04-22	80042000	0	f	191701.34715688758	39137.8	01060000200B170000010000000103000000010000000500000077CAEB1B4A7F20415E46352BC5203B418F14F9B980822041DFD651A3B2213B412443A117ED802041AA90053210233B410CF99379B67D20412900E9B922223B4177CAEB1B4A7F20415E46352BC5203B41
238	FTZ-3-KT02-001	FTZ-3-KT02	FTZ-3	warehouse	leased	Quorarin Cold Chain Co., Ltd.	Quorarin Holdings (Viet Nam)	cold chain logistics	2025-01-07	2075-01-07	19491000	0	f	156594.38850754977	\N	01060000200B1700000100000001030000000100000005000000408EC63BA4822041DFD651E3BC213B418D58B63344852041764E5ADE7E223B4122875E91B083204141080E6DDC233B41D5BC6E9910812041AA9005721A233B41408EC63BA4822041DFD651E3BC213B41
239	FTZ-3-DV01-001	FTZ-3-DV01	FTZ-3	services	operating	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng	public administration	\N	\N	\N	3080	t	171479.99629117845	60557.1	01060000200B170000010000000103000000010000000500000012B56EC56D852041764E5ADE8A223B41D345AF9D4D8820415689E4495F233B41677457FBB9862041214398D8BC243B41A6E31623DA83204141080E6DE8233B4112B56EC56D852041764E5ADE8A223B41
240	FTZ-3-KT03-001	FTZ-3-KT03	FTZ-3	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	195252.7923145179	\N	01060000200B1700000100000001030000000100000005000000AF8AE2E5928820415689E44973233B413B1150C1D88B204181093C2865243B41D03FF81E458A20414DC3EFB6C2253B4144B98A43FF862041214398D8D0243B41AF8AE2E5928820415689E44973233B41
241	FTZ-3-CN04-001	FTZ-3-CN04	FTZ-3	industrial	leased	Tavmond Pharma Co., Ltd.	Tavmond Holdings (Japan)	pharmaceuticals	2025-04-24	2075-04-24	41916000	0	f	206359.76290095545	\N	01060000200B1700000100000001030000000100000005000000EC8A1D43FC8B204181093C686F243B419BB6E7C7718F2041035DCE086F253B412FE58F25DE8D2041CE168297CC263B4181B9C5A0688A20414DC3EFF6CC253B41EC8A1D43FC8B204181093C686F243B41
242	FTZ-3-DV02-001	FTZ-3-DV02	FTZ-3	services	under_construction	Brixvane Services Co., Ltd.	Brixvane Holdings (Korea)	business services	2026-03-15	2076-03-15	49425000	0	f	165325.06847761394	44181.4	01060000200B17000001000000010300000001000000050000004C30B549958F2041035DCE4879253B41344193B85A922041029E801446263B41C86F3B16C7902041CD5734A3A3273B41E05E5DA7018E2041CE1682D7D6263B414C30B549958F2041035DCE4879253B41
243	FTZ-3-KT04-001	FTZ-3-KT04	FTZ-3	warehouse	operating	Caeltek Logistics Co., Ltd.	Caeltek Holdings (Japan)	logistics	2024-11-11	2074-11-11	57200000	505	f	218174.47090694372	46670.6	01060000200B17000001000000010300000001000000050000000CF99379987D2041FC39FCB43C223B412443A117CF8020417DCA182D2A233B41DEACD0B7037F204154208601B8243B41C662C319CD7B2041D38F6989CA233B410CF99379987D2041FC39FCB43C223B41
244	FTZ-3-DV03-001	FTZ-3-DV03	FTZ-3	services	reserved	Solenth Academy Co., Ltd.	Solenth Holdings (Germany)	training	\N	\N	\N	\N	f	178219.39368882292	\N	01060000200B1700000100000001030000000100000005000000D5BC6E99F28020417DCA186D34233B4122875E919283204114422168F6233B41DCF08D31C7812041EB978E3C84253B418F269E39277F204154208641C2243B41D5BC6E99F28020417DCA186D34233B41
245	FTZ-3-DV04-001	FTZ-3-DV04	FTZ-3	services	operating	Quorelle Clinic Co., Ltd.	Quorelle Holdings (Viet Nam)	health care	2016-12-12	2066-12-12	33529000	2203	f	195160.6392798171	1764.4	01060000200B1700000100000001030000000100000005000000A6E31623BC8320411442216802243B41677457FB9B862041F47CABD3D6243B4121DE869BD0842041CBD218A864263B41614D46C3F0812041EB978E3C90253B41A6E31623BC8320411442216802243B41
246	FTZ-3-CN05-001	FTZ-3-CN05	FTZ-3	industrial	under_construction	Hestelle Foods Co., Ltd.	Hestelle Holdings (Korea)	food processing	2024-12-09	2074-12-09	123068000	0	f	222216.35522182746	50333.6	01060000200B170000010000000103000000010000000500000044B98A43E1862041F47CABD3EA243B41D03FF81E278A204120FD02B2DC253B418AA927BF5B882041F75270866A273B41FE22BAE315852041CBD218A878263B4144B98A43E1862041F47CABD3EA243B41
247	FTZ-3-NC01-001	FTZ-3-NC01	FTZ-3	rnd	under_construction	Lumelle Materials Co., Ltd.	Lumelle Holdings (Japan)	new materials	2024-07-30	2074-07-30	304196000	0	f	234857.15022403092	79299.3	01060000200B170000010000000103000000010000000500000081B9C5A04A8A204120FD02F2E6253B412FE58F25C08D2041A1509592E6263B41E94EBFC5F48B204178A6026774283B413B23F5407F882041F75270C674273B4181B9C5A04A8A204120FD02F2E6253B41
248	FTZ-3-CN06-001	FTZ-3-CN06	FTZ-3	industrial	available	\N	\N	\N	\N	\N	\N	\N	f	188155.74265750253	\N	01060000200B1700000100000001030000000100000005000000E05E5DA7E38D2041A15095D2F0263B41C86F3B16A9902041A091479EBD273B4183D96AB6DD8E204177E7B4724B293B419BC88C47188C204178A602A77E283B41E05E5DA7E38D2041A15095D2F0263B41
249	FTZ-3-KT05-001	FTZ-3-KT05	FTZ-3	warehouse	reserved	Norvane Fulfilment Co., Ltd.	Norvane Holdings (United States)	e-commerce fulfilment	\N	\N	\N	\N	f	193854.6981681828	\N	01060000200B1700000100000001030000000100000005000000C662C399B87B2041AB4C504ADC233B41DEACD037EF7E20412DDD6CC2C9243B414755C70C577D2041E83B513E2B263B412F0BBA6E207A204166AB34C63D253B41C662C399B87B2041AB4C504ADC233B41
250	FTZ-3-CN07-001	FTZ-3-CN07	FTZ-3	industrial	under_construction	Ordoardo Electronics Co., Ltd.	Ordoardo Holdings (Viet Nam)	electronics	2026-05-18	2076-05-18	32526000	0	f	158353.38858681452	35410.4	01060000200B17000001000000010300000001000000050000008F269EB9127F20412DDD6C02D4243B41DCF08DB1B2812041C45475FD95253B41469984861A8020417FB35979F7263B41F9CE948E7A7D2041E83B517E35263B418F269EB9127F20412DDD6C02D4243B41
251	FTZ-3-DV05-001	FTZ-3-DV05	FTZ-3	services	available	\N	\N	\N	\N	\N	\N	\N	f	173406.20405590502	\N	01060000200B1700000100000001030000000100000005000000614D4643DC812041C45475FDA1253B4121DE861BBC842041A38FFF6876263B418B867DF0238320415EEEE3E4D7273B41CAF53C18448020417FB3597903273B41614D4643DC812041C45475FDA1253B41
252	FTZ-3-KT06-001	FTZ-3-KT06	FTZ-3	warehouse	leased	Xanvane Logistics Co., Ltd.	Xanvane Holdings (Japan)	logistics	2025-07-22	2075-07-22	25597000	0	f	197446.0361492822	\N	01060000200B1700000100000001030000000100000005000000FE22BA6301852041A38FFF688A263B418AA9273F47882041CF0F57477C273B41F3511E14AF8620418A6E3BC3DD283B4168CBB038698320415EEEE3E4EB273B41FE22BA6301852041A38FFF688A263B41
253	FTZ-3-CN08-001	FTZ-3-CN08	FTZ-3	industrial	leased	Mavtrix Semiconductor Co., Ltd.	Mavtrix Holdings (Japan)	semiconductors	2026-04-08	2076-04-08	79212000	0	f	208677.76958529014	\N	01060000200B17000001000000010300000001000000050000003B23F5C06A882041CF0F578786273B41E94EBF45E08B20415163E92786283B4153F7B51A488A20410CC2CDA3E7293B41A5CBEB95D28620418A6E3B03E8283B413B23F5C06A882041CF0F578786273B41
254	FTZ-3-CX07-001	FTZ-3-CX07	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	23	t	167182.13890855768	151502.4	01060000200B17000001000000010300000001000000050000009BC88CC7038C20415163E96790283B4183D96A36C98E20414FA49B335D293B41EC81610B318D20410A0380AFBE2A3B410471839C6B8A20410CC2CDE3F1293B419BC88CC7038C20415163E96790283B41
255	FTZ-3-KT07-001	FTZ-3-KT07	FTZ-3	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	171104.7210591138	\N	01060000200B17000001000000010300000001000000050000002F0BBAEE107A2041F13398324B253B414755C78C477D204172C4B4AA38263B41329A5F48DF7B2041E214D9AA70273B411A5052AAA87820416084BC3283263B412F0BBAEE107A2041F13398324B253B41
256	FTZ-3-KT08-001	FTZ-3-KT08	FTZ-3	warehouse	operating	Ordoenth Fulfilment Co., Ltd.	Ordoenth Holdings (Korea)	e-commerce fulfilment	2017-05-20	2067-05-20	19385000	247	f	139769.69678298302	29169.6	01060000200B1700000100000001030000000100000005000000F9CE940E6B7D204172C4B4EA42263B41469984060B8020410A3CBDE504273B4131DE1CC2A27E2041798CE1E53C283B41E4132DCA027C2041E214D9EA7A273B41F9CE940E6B7D204172C4B4EA42263B41
257	FTZ-3-CN09-001	FTZ-3-CN09	FTZ-3	industrial	under_construction	Istrusca Semiconductor Co., Ltd.	Istrusca Holdings (Japan)	semiconductors	2024-07-20	2074-07-20	23766000	0	f	153055.9767458666	38146.1	01060000200B1700000100000001030000000100000005000000CAF53C98348020410A3CBDE510273B418B867D7014832041E9764751E5273B4176CB152CAC81204158C76B511D293B41B53AD553CC7E2041798CE1E548283B41CAF53C98348020410A3CBDE510273B41
258	FTZ-3-CX08-001	FTZ-3-CX08	FTZ-3	green	operating	\N	\N	public green space	\N	\N	\N	21	t	174274.5946256831	166445.6	01060000200B170000010000000103000000010000000500000068CBB0B859832041E9764751F9273B41F3511E949F86204115F79E2FEB283B41DE96B64F378520418447C32F232A3B4153104974F181204158C76B5131293B4168CBB0B859832041E9764751F9273B41
259	FTZ-3-KT09-001	FTZ-3-KT09	FTZ-3	warehouse	available	\N	\N	\N	\N	\N	\N	\N	f	184188.2187717587	\N	01060000200B1700000100000001030000000100000005000000A5CBEB15C386204115F79E6FF5283B4153F7B59A388A2041964A3110F5293B413E3C4E56D0882041069B55102D2B3B41901084D15A8520418447C36F2D2A3B41A5CBEB15C386204115F79E6FF5283B41
\.


--
-- Data for Name: planning_zones; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.planning_zones (fid, code, area_code, name, land_use, plan_level, max_coverage_pct, max_far, max_height_m, max_floors, min_green_pct, min_setback_m, allowed_uses, plan_decision, geom) FROM stdin;
1	DN-HTP-CX01	DN-HTP	Đất cây xanh CX-01 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 9190/QĐ-BQL 2017	01060000200B17000001000000010300000001000000050000006A8275164C362041A3E27C4B49103B4162032DDC5E392041F99295ADF50F3B41220CB3556B3920414B02C20513103B41298BFB8F58362041F551A9A366103B416A8275164C362041A3E27C4B49103B41
2	DN-HTP-HT01	DN-HTP	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000298BFB8F58362041F551A9A366103B41220CB3556B3920414B02C20513103B41CB54AC47EC3920412AB89D5742113B41D2D3F481D9362041D40785F595113B41298BFB8F58362041F551A9A366103B41
3	DN-HTP-CX02	DN-HTP	Đất cây xanh CX-02 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 852/QĐ-BQL 2016	01060000200B17000001000000010300000001000000050000004954C12E7D3920411D379774F20F3B41001BC426F03C2041266A729D940F3B41BF234AA0FC3C204178D99EF5B10F3B41085D47A8893920416FA6C3CC0F103B414954C12E7D3920411D379774F20F3B41
4	DN-HTP-NC01	DN-HTP	Đất nghiên cứu – phát triển NC-01 (research and development)	rnd	1/2000	40	2	40	7	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000085D47A8893920416FA6C3CC0F103B41BF234AA0FC3C204178D99EF5B10F3B41686C43927D3D2041578F7A47E1103B41B1A5409A0A3A20414E5C9F1E3F113B41085D47A8893920416FA6C3CC0F103B41
5	DN-HTP-CX03	DN-HTP	Đất cây xanh CX-03 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000B7663E1A1F3D2041D99909A08F0F3B419F504AFB20402041A2A1C0CD3D0F3B4107A2C966AE402041D4C6C8778A103B411FB8BD85AC3D20410BBF114ADC103B41B7663E1A1F3D2041D99909A08F0F3B41
6	DN-HTP-CX04	DN-HTP	Đất cây xanh CX-04 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 3733/QĐ-BQL 2015	01060000200B17000001000000010300000001000000050000004B71ED15494020410CC5A18A390F3B415EF9442126442041B35C776DD00E3B411D02CB9A3244204106CCA3C5ED0E3B410A7A738F554020415E34CEE2560F3B414B71ED15494020410CC5A18A390F3B41
7	DN-HTP-CN01	DN-HTP	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/500	65	2	30	4	20	6	factory; warehouse; office; canteen	QĐ 5575/QĐ-BQL 2021	01060000200B17000001000000010300000001000000050000000A7A738F554020415E34CEE2560F3B411D02CB9A3244204106CCA3C5ED0E3B41C64AC48CB3442041E4817F171D103B41B4C26C81D64020413DEAA93486103B410A7A738F554020415E34CEE2560F3B41
8	DN-HTP-CX05	DN-HTP	Đất cây xanh CX-05 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 4180/QĐ-BQL 2012	01060000200B170000010000000103000000010000000500000003D89DD1604420415458B430CA0E3B41B7AEDB3DA74720418EA18815710E3B4176B761B7B3472041E110B56D8E0E3B41C2E0234B6D442041A6C7E088E70E3B4103D89DD1604420415458B430CA0E3B41
9	DN-HTP-NC02	DN-HTP	Đất nghiên cứu – phát triển NC-02 (research and development)	rnd	1/2000	50	2	40	12	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000C2E0234B6D442041A6C7E088E70E3B4176B761B7B3472041E110B56D8E0E3B411F005BA934482041C0C690BFBD0F3B416B291D3DEE442041857DBCDA16103B41C2E0234B6D442041A6C7E088E70E3B41
10	DN-HTP-CX06	DN-HTP	Đất cây xanh CX-06 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 629/QĐ-BQL 2015	01060000200B17000001000000010300000001000000050000009DFF6F90C5472041B2458ADC6D0E3B41FAA5CD81BC4A204139E3CC331D0E3B41B9AE53FBC84A20418B52F98B3A0E3B415C08F609D247204105B5B6348B0E3B419DFF6F90C5472041B2458ADC6D0E3B41
11	DN-HTP-NC03	DN-HTP	Đất nghiên cứu – phát triển NC-03 (research and development)	rnd	1/2000	40	1.5	30	9	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000005C08F609D247204105B5B6348B0E3B41B9AE53FBC84A20418B52F98B3A0E3B4163F74CED494B20416A08D5DD690F3B410651EFFB52482041E46A9286BA0F3B415C08F609D247204105B5B6348B0E3B41
12	DN-HTP-CX07	DN-HTP	Đất cây xanh CX-07 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000B1F14775EB4A2041EC126436180E3B4196B7C2F65D4E2041892ED86BBA0D3B41FE084262EB4E2041BA53E015070F3B411A43C7E0784B20411E386CE0640F3B41B1F14775EB4A2041EC126436180E3B41
13	DN-HTP-CX08	DN-HTP	Đất cây xanh CX-08 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000007C0857497C4E2041ADD2D932B70D3B4110C81C12D85120411E7A7ED25B0D3B41CFD0A28BE451204170E9AA2A790D3B413B11DDC2884E2041FF41068BD40D3B417C0857497C4E2041ADD2D932B70D3B41
14	DN-HTP-NC04	DN-HTP	Đất nghiên cứu – phát triển NC-04 (research and development)	rnd	1/2000	50	2	30	12	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000003B11DDC2884E2041FF41068BD40D3B41CFD0A28BE451204170E9AA2A790D3B4178199C7D655220414F9F867CA80E3B41E459D6B4094F2041DEF7E1DC030F3B413B11DDC2884E2041FF41068BD40D3B41
15	DN-HTP-CX09	DN-HTP	Đất cây xanh CX-09 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000C713970507522041D2A915D5560D3B41E88A001F4455204195FE94B7FE0C3B41A793869850552041E86DC10F1C0D3B41861C1D7F135220412419422D740D3B41C713970507522041D2A915D5560D3B41
16	DN-HTP-GT01	DN-HTP	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000861C1D7F135220412419422D740D3B41A793869850552041E86DC10F1C0D3B4150DC7F8AD1552041C7239D614B0E3B412F6516719452204103CF1D7FA30E3B41861C1D7F135220412419422D740D3B41
17	DN-HTP-CX10	DN-HTP	Đất cây xanh CX-10 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008A8BF1F3DF3620414730CF1EA5113B41830CA9B9F23920419DE0E78051113B417CDAAD72923A2041F69BC238C9123B418359F6AC7F372041A0EBA9D61C133B418A8BF1F3DF3620414730CF1EA5113B41
18	DN-HTP-NC05	DN-HTP	Đất nghiên cứu – phát triển NC-05 (research and development)	rnd	1/2000	45	2	30	9	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000695D3D0C113A2041C184E9474E113B4120244004843D2041CAB7C470F0103B4119F244BD233E204123739F2868123B41622B42C5B03A20411A40C4FFC5123B41695D3D0C113A2041C184E9474E113B41
19	DN-HTP-KT01	DN-HTP	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/2000	65	1	25	1	20	6	warehouse; cold store; office	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000D76FBAF7B23D20417EE75B73EB103B41BF59C6D8B440204147EF12A199103B41B827CB9154412041A0AAED5811123B41D03DBFB0523E2041D7A2362B63123B41D76FBAF7B23D20417EE75B73EB103B41
20	DN-HTP-NC06	DN-HTP	Đất nghiên cứu – phát triển NC-06 (research and development)	rnd	1/500	45	3	30	12	30	6	office; laboratory; data centre; canteen	QĐ 1947/QĐ-BQL 2018	01060000200B17000001000000010300000001000000050000006C7A69F3DC402041B012F45D95103B417E02C1FEB944204158AAC9402C103B4177D0C5B759452041B065A4F8A3113B4164486EAC7C41204109CECE150D123B416C7A69F3DC402041B012F45D95103B41
21	DN-HTP-KT02	DN-HTP	Đất kho tàng, logistics KT-02 (warehouses and logistics)	warehouse	1/2000	60	1.4	18	2	20	8	warehouse; cold store; office	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000023E119AFF4442041F8A5060426103B41D8B7571B3B48204133EFDAE8CC0F3B41D0855CD4DA4820418CAAB5A044113B411CAF1E68944520415161E1BB9D113B4123E119AFF4442041F8A5060426103B41
22	DN-HTP-NO01	DN-HTP	Đất nhà ở công nhân, chuyên gia NO-01 (housing for workers and experts)	housing	1/2000	45	2	35	9	30	6	dormitory; service	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000BE08EC6D594820415793DCAFC90F3B411BAF495F504B2041DD301F07790F3B41137D4E18F04B204136ECF9BEF0103B41B6D6F026F9482041B04EB76741113B41BE08EC6D594820415793DCAFC90F3B41
23	DN-HTP-NC07	DN-HTP	Đất nghiên cứu – phát triển NC-07 (research and development)	rnd	1/2000	50	2	60	12	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000D2FAC3527F4B20419160B609740F3B41B6C03ED4F14E20412D7C2A3F160F3B41AF8E438D914F2041863705F78D103B41CAC8C80B1F4C2041EA1B91C1EB103B41D2FAC3527F4B20419160B609740F3B41
24	DN-HTP-DV01	DN-HTP	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	50	2.5	25	7	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000009C11D326104F204151202C06130F3B4130D198EF6B522041C2C7D0A5B70E3B41299F9DA80B5320411B83AB5D2F103B4195DFD7DFAF4F2041AADB06BE8A103B419C11D326104F204151202C06130F3B41
25	DN-HTP-CN02	DN-HTP	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	70	2.5	25	3	20	8	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000E71C13E39A52204176F767A8B20E3B4108947CFCD75520413A4CE78A5A0E3B41016281B5775620419307C242D20F3B41E0EA179C3A532041CFB242602A103B41E71C13E39A52204176F767A8B20E3B41
26	DN-HTP-NC08	DN-HTP	Đất nghiên cứu – phát triển NC-08 (research and development)	rnd	1/2000	45	3	30	7	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000003B11F31E863720411314F4FF2B133B41279C2B8530382041B60929D5BC143B411F1DE34A433B20410CBA413769143B413492AAE4983A204169C40C62D8123B413B11F31E863720411314F4FF2B133B41
27	DN-HTP-CN03	DN-HTP	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/2000	65	1.2	45	4	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000001AE33E37B73A20418D680E29D5123B41D1A9412F2A3E2041969BE95177123B41BD347A95D43E204139911E2708143B41066E779D613B2041305E43FE65143B411AE33E37B73A20418D680E29D5123B41
28	DN-HTP-DV02	DN-HTP	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	45	2.5	35	5	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000088F5BB22593E20414ACB805472123B417480F488033F2041EDC0B52903143B415C6A006A05422041B6C86C57B1133B4170DFC7035B41204113D3378220123B4188F5BB22593E20414ACB805472123B41
29	DN-HTP-DV03	DN-HTP	Đất dịch vụ – điều hành DV-03 (services and administration)	services	1/2000	40	1.5	45	7	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000001C006B1E834120417CF6183F1C123B412F88C22960452041248EEE21B3113B411B13FB8F0A462041C78323F743133B41088BA3842D4220411FEC4D14AD133B411C006B1E834120417CF6183F1C123B41
30	DN-HTP-CN04	DN-HTP	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/2000	70	1.5	25	3	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000D4661BDA9A452041C4892BE5AC113B41883D5946E1482041FFD2FFC953113B4174C891AC8B492041A2C8349FE4123B41C0F1534045462041677F60BA3D133B41D4661BDA9A452041C4892BE5AC113B41
31	DN-HTP-CN05	DN-HTP	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/2000	70	1.5	45	5	20	8	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000006F8EED98FF4820412377019150113B415A1926FFA9492041C66C3666E1123B41B7BF83F0A04C20414C0A79BD90123B41CC344B8AF64B2041A91444E8FF103B416F8EED98FF4820412377019150113B41
32	DN-HTP-CN06	DN-HTP	Đất nhà máy, xí nghiệp CN-06 (factories)	industrial	1/2000	65	1.2	30	4	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008380C57D254C20415D44DBEAFA103B41674640FF974F2041F95F4F209D103B4153D17865425020419C5584F52D123B416E0BFEE3CF4C2041003A10C08B123B418380C57D254C20415D44DBEAFA103B41
33	DN-HTP-NC09	DN-HTP	Đất nghiên cứu – phát triển NC-09 (research and development)	rnd	1/2000	50	1.5	60	9	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000004D97D451B64F20411D0451E799103B41E1569A1A125320418EABF5863E103B41CCE1D280BC53204131A12A5CCF113B4139220DB860502041C0F985BC2A123B414D97D451B64F20411D0451E799103B41
34	DN-HTP-CN07	DN-HTP	Đất nhà máy, xí nghiệp CN-07 (factories)	industrial	1/2000	60	1.5	30	5	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000098A2140E4153204142DB8C8939103B41B9197E277E56204106300C6CE10F3B41A5A4B68D28572041A925414172113B41832D4D74EB532041E5D0C15ECA113B4198A2140E4153204142DB8C8939103B41
35	DN-HTP-KT03	DN-HTP	Đất kho tàng, logistics KT-03 (warehouses and logistics)	warehouse	1/2000	60	1.4	18	1	20	8	warehouse; cold store; office	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000AA3F7FA83E38204158FFF416DE143B41A3C0366E513B2041AEAF0D798A143B414D5C6900F63B2041F63E8D980D163B4155DBB13AE3382041A18E743661163B41AA3F7FA83E38204158FFF416DE143B41
36	DN-HTP-NC10	DN-HTP	Đất nghiên cứu – phát triển NC-10 (research and development)	rnd	1/2000	50	2	40	9	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008911CBC06F3B2041D2530F4087143B4140D8CDB8E23E2041DB86EA6829143B41EA73004B873F204124166A88AC153B4133ADFD52143C20411AE38E5F0A163B418911CBC06F3B2041D2530F4087143B41
37	DN-HTP-CN08	DN-HTP	Đất nhà máy, xí nghiệp CN-08 (factories)	industrial	1/500	65	1.2	30	3	20	8	factory; warehouse; office; canteen	QĐ 6876/QĐ-BQL 2020	01060000200B1700000100000001030000000100000005000000F72348AC113F20418EB6816B24143B41A1BF7A3EB63F2041D745018BA7153B418AA9861FB8422041A04DB8B855153B41DF0D548D1342204157BE3899D2133B41F72348AC113F20418EB6816B24143B41
38	DN-HTP-NC11	DN-HTP	Đất nghiên cứu – phát triển NC-11 (research and development)	rnd	1/2000	40	2	40	9	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008B2EF7A73B422041C1E11956CE133B419EB64EB3184620416879EF3865133B4149528145BD462041B1086F58E8143B4136CA293AE04220410A71997551153B418B2EF7A73B422041C1E11956CE133B41
39	DN-HTP-CX11	DN-HTP	Đất cây xanh CX-11 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000004395A7635346204109752CFC5E133B41F76BE5CF9949204143BE00E105133B41A20718623E4A20418C4D800089143B41ED30DAF5F74620415104AC1BE2143B414395A7635346204109752CFC5E133B41
40	DN-HTP-CN09	DN-HTP	Đất nhà máy, xí nghiệp CN-09 (factories)	industrial	1/2000	65	1.5	30	5	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000DEBC7922B8492041676202A802133B418858ACB45C4A2041B0F181C785143B41E5FE09A6534D2041378FC41E35143B413B63D713AF4C2041EEFF44FFB1123B41DEBC7922B8492041676202A802133B41
41	DN-HTP-NC12	DN-HTP	Đất nghiên cứu – phát triển NC-12 (research and development)	rnd	1/500	50	1.5	40	12	25	6	office; laboratory; data centre; canteen	QĐ 5555/QĐ-BQL 2013	01060000200B1700000100000001030000000100000005000000F2AE5107DE4C2041A12FDC01AD123B41D674CC88505020413E4B50374F123B418010FF1AF550204187DACF56D2133B419C4A8499824D2041EABE5B2130143B41F2AE5107DE4C2041A12FDC01AD123B41
42	DN-HTP-DV04	DN-HTP	Đất dịch vụ – điều hành DV-04 (services and administration)	services	1/2000	40	1.5	35	7	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000BCC560DB6E50204162EF51FE4B123B41508526A4CA532041D396F69DF0113B41FA2059366F5420411C2676BD73133B416761936D13512041AB7ED11DCF133B41BCC560DB6E50204162EF51FE4B123B41
43	DN-HTP-CX12	DN-HTP	Đất cây xanh CX-12 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000007D1A097F953204187C68DA0EB113B4128480AB1365720414A1B0D8393113B41D3E33C43DB57204193AA8CA216133B41B16CD3299E542041CF550DC06E133B4107D1A097F953204187C68DA0EB113B41
44	DN-HTP-GT02	DN-HTP	Đất giao thông, bãi đỗ xe GT-02 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 7554/QĐ-BQL 2023	01060000200B17000001000000010300000001000000050000000D93AEACE938204114B7BE5F70163B4105146672FC3B20416967D7C11C163B41BD9CF39E9F3C20414CE10B989C173B41C41B3CD98C392041F630F335F0173B410D93AEACE938204114B7BE5F70163B41
45	DN-HTP-CN10	DN-HTP	Đất nhà máy, xí nghiệp CN-10 (factories)	industrial	1/2000	60	1.2	35	3	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000EB64FAC41A3C20418D0BD98819163B41A32BFDBC8D3F2041973EB4B1BB153B415AB48AE9304020417AB8E8873B173B41A3ED87F1BD3C204170850D5F99173B41EB64FAC41A3C20418D0BD98819163B41
46	DN-HTP-KT04	DN-HTP	Đất kho tàng, logistics KT-04 (warehouses and logistics)	warehouse	1/500	65	0.8	18	1	20	8	warehouse; cold store; office	QĐ 212/QĐ-BQL 2016	01060000200B17000001000000010300000001000000050000005A7777B0BC3F20414A6E4BB4B6153B4142618391BE422041137602E264153B41F9E910BE61432041F6EF36B8E4163B41110005DD5F4020412DE87F8A36173B415A7777B0BC3F20414A6E4BB4B6153B41
47	DN-HTP-CN11	DN-HTP	Đất nhà máy, xí nghiệp CN-11 (factories)	industrial	1/2000	70	1.5	35	4	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000EE8126ACE64220417D99E39E60153B41010A7EB7C34620412431B981F7143B41B8920BE46647204107ABED5777163B41A60AB4D88943204160131875E0163B41EE8126ACE64220417D99E39E60153B41
48	DN-HTP-CX13	DN-HTP	Đất cây xanh CX-13 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000A5E8D667FE462041C42CF644F1143B415ABF14D4444A2041FF75CA2998143B411148A200E84A2041E2EFFEFF17163B415D716494A1472041A7A62A1B71163B41A5E8D667FE462041C42CF644F1143B41
49	DN-HTP-NC13	DN-HTP	Đất nghiên cứu – phát triển NC-13 (research and development)	rnd	1/500	50	1.5	40	7	30	6	office; laboratory; data centre; canteen	QĐ 496/QĐ-BQL 2018	01060000200B17000001000000010300000001000000050000004010A926634A2041231ACCF094143B41F8983653064B2041069400C714163B41553F9444FD4D20418D31431EC4153B419DB606185A4D2041AAB70E4844143B414010A926634A2041231ACCF094143B41
50	DN-HTP-CX14	DN-HTP	Đất cây xanh CX-14 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000005402810B894D20415DE7A54A3F143B4139C8FB8CFB502041FA021A80E1133B41F05089B99E512041DD7C4E5661153B410C8B0E382C4E20414061DA20BF153B415402810B894D20415DE7A54A3F143B41
51	DN-HTP-CN12	DN-HTP	Đất nhà máy, xí nghiệp CN-12 (factories)	industrial	1/2000	65	2	30	3	20	8	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000001F1990DF195120411EA71B47DE133B41B2D855A8755420418F4EC0E682133B416A61E3D41855204172C8F4BC02153B41D6A11D0CBD5120410121501D5E153B411F1990DF195120411EA71B47DE133B41
52	DN-HTP-NC14	DN-HTP	Đất nghiên cứu – phát triển NC-14 (research and development)	rnd	1/500	40	2	40	7	25	6	office; laboratory; data centre; canteen	QĐ 8812/QĐ-BQL 2010	01060000200B17000001000000010300000001000000050000006924D09BA4542041427E57E97D133B418B9B39B5E157204106D3D6CB25133B414224C7E184582041E94C0BA2A5143B4121AD5DC84755204125F88BBFFD143B416924D09BA4542041427E57E97D133B41
53	DN-HTP-NO02	DN-HTP	Đất nhà ở công nhân, chuyên gia NO-02 (housing for workers and experts)	housing	1/2000	45	4	45	15	30	6	dormitory; service	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000007CD3384B933920416A593D5FFF173B417554F010A63C2041BF0956C1AB173B41430125364C3D20417619D69432193B414A806D70393A20412069BD3286193B417CD3384B933920416A593D5FFF173B41
54	DN-HTP-NC15	DN-HTP	Đất nghiên cứu – phát triển NC-15 (research and development)	rnd	1/2000	45	3	60	12	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000005BA58463C43C2041E3AD5788A8173B41126C875B37402041EDE032B14A173B41E018BC80DD402041A3F0B284D1183B412952B9886A3D20419ABDD75B2F193B415BA58463C43C2041E3AD5788A8173B41
55	DN-HTP-CN13	DN-HTP	Đất nhà máy, xí nghiệp CN-13 (factories)	industrial	1/2000	70	1.5	45	4	20	8	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000C9B7014F66402041A010CAB345173B41976436740C41204156204A87CC183B417F4E42550E4420411F2801B57A183B41B1A10D3068432041691881E1F3163B41C9B7014F66402041A010CAB345173B41
56	DN-HTP-DV05	DN-HTP	Đất dịch vụ – điều hành DV-05 (services and administration)	services	1/2000	50	1.5	25	5	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000005EC2B04A90432041D33B629EEF163B41704A08566D4720417AD3378186163B413EF73C7B1348204130E3B7540D183B412B6FE56F36442041894BE27176183B415EC2B04A90432041D33B629EEF163B41
57	DN-HTP-GT03	DN-HTP	Đất giao thông, bãi đỗ xe GT-03 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000015296106A84720411ACF744480163B41CAFF9E72EE4A20415518492927163B4197ACD397944B20410B28C9FCAD173B41E3D5952B4E482041D1DEF41707183B4115296106A84720411ACF744480163B41
58	DN-HTP-CX15	DN-HTP	Đất cây xanh CX-15 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000B05033C50C4B204179BC4AF023163B417DFD67EAB24B20412FCCCAC3AA173B41DBA3C5DBA94E2041B6690D1B5A173B410DF790B6034E2041005A8D47D3153B41B05033C50C4B204179BC4AF023163B41
59	DN-HTP-CN14	DN-HTP	Đất nhà máy, xí nghiệp CN-14 (factories)	industrial	1/2000	60	2.5	35	3	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000C4420BAA324E2041B389244ACE153B41A808862BA551204150A5987F70153B4176B5BA504B52204106B51853F7163B4192EF3FCFD84E20416A99A41D55173B41C4420BAA324E2041B389244ACE153B41
60	DN-HTP-NC16	DN-HTP	Đất nghiên cứu – phát triển NC-16 (research and development)	rnd	1/2000	45	2	30	9	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008E591A7EC351204174499A466D153B412219E0461F552041E5F03EE611153B41F0C5146CC55520419B00BFB998163B415C064FA3695220412A591A1AF4163B418E591A7EC351204174499A466D153B41
61	DN-HTP-NC17	DN-HTP	Đất nghiên cứu – phát triển NC-17 (research and development)	rnd	1/2000	45	1.5	30	9	25	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000D9645A3A4E5520419820D6E80C153B41FADBC3538B5820415C7555CBB4143B41C888F878315920411285D59E3B163B41A7118F5FF45520414F3056BC93163B41D9645A3A4E5520419820D6E80C153B41
62	DN-HTP-NC18	DN-HTP	Đất nghiên cứu – phát triển NC-18 (research and development)	rnd	1/2000	40	1.5	40	7	30	6	office; laboratory; data centre; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000002386AE23F3A20419391075C95193B41FBB821A8523D2041E94120BE41193B41AFEC8E74E63D2041636452699D1A3B41B66BD7AED33A20410DB43907F11A3B4102386AE23F3A20419391075C95193B41
63	DN-HTP-CX16	DN-HTP	Đất cây xanh CX-16 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 8722/QĐ-BQL 2021	01060000200B1700000100000001030000000100000005000000E109B6FA703D20410DE621853E193B4198D0B8F2E34020411619FDADE0183B414C0426BF77412041903B2F593C1A3B41953D23C7043E2041870854309A1A3B41E109B6FA703D20410DE621853E193B41
64	DN-HTP-CN15	DN-HTP	Đất nhà máy, xí nghiệp CN-15 (factories)	industrial	1/2000	60	2.5	45	4	20	10	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000004F1C33E612412041CA4894B0DB183B4137063FC71444204193504BDE89183B41EB39AC93A84420410C737D89E5193B410350A0B2A6412041436BC65B371A3B414F1C33E612412041CA4894B0DB183B41
65	DN-HTP-CN16	DN-HTP	Đất nhà máy, xí nghiệp CN-16 (factories)	industrial	1/2000	70	2	35	4	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000E326E2E13C442041FC732C9B85183B41F6AE39ED19482041A30B027E1C183B41AAE2A6B9AD4820411D2E342978193B41975A4FAED044204176965E46E1193B41E326E2E13C442041FC732C9B85183B41
66	DN-HTP-CN17	DN-HTP	Đất nhà máy, xí nghiệp CN-17 (factories)	industrial	1/2000	65	2	25	5	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000009B8D929D5448204144073F4116183B414F64D0099B4B20417F501326BD173B4103983DD62E4C2041F87245D118193B414FC1FF69E8482041BE2971EC71193B419B8D929D5448204144073F4116183B41
67	DN-HTP-DV06	DN-HTP	Đất dịch vụ – điều hành DV-06 (services and administration)	services	1/2000	40	1.5	25	9	25	6	office; service; canteen; clinic	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000036B5645CB94B2041A2F414EDB9173B41935BC24DB04E20412992574469173B41478F2F1A444F2041A3B489EFC4183B41EAE8D1284D4C20411C17479815193B4136B5645CB94B2041A2F414EDB9173B41
68	DN-HTP-CN18	DN-HTP	Đất nhà máy, xí nghiệp CN-18 (factories)	industrial	1/2000	65	1.2	35	3	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000004AA73C41DF4E2041DDC1EE4664173B412E6DB7C25152204179DD627C06173B41E2A0248FE5522041F3FF942762183B41FEDAA90D734F204156E420F2BF183B414AA73C41DF4E2041DDC1EE4664173B41
69	DN-HTP-CN19	DN-HTP	Đất nhà máy, xí nghiệp CN-19 (factories)	industrial	1/2000	60	1.5	25	3	20	6	factory; warehouse; office; canteen	QĐ 3070/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000014BE4B15705220419D81644303173B41A87D11DECB5520410E2909E3A7163B415CB17EAA5F562041884B3B8E03183B41C8F1B8E10353204117A496EE5E183B4114BE4B15705220419D81644303173B41
70	DN-ITP-CX01	DN-ITP	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 5017/QĐ-UBND 2022	01060000200B170000010000000103000000010000000500000036061E75266A2041E4E6A8E1C1243B417D07EF53686D2041D25C90556A253B4186F7F9D9516D2041D0FE552686253B413EF628FB0F6A2041E2886EB2DD243B4136061E75266A2041E4E6A8E1C1243B41
71	DN-ITP-HT01	DN-ITP	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/500	40	0.8	20	2	30	6	utility	QĐ 7168/QĐ-BQL 2020	01060000200B17000001000000010300000001000000050000003EF628FB0F6A2041E2886EB2DD243B41844B124AA7682041E5B796119C263B41CB4CE328E96B2041D32D7E8544273B4186F7F9D9516D2041D0FE552686253B413EF628FB0F6A2041E2886EB2DD243B41
72	DN-ITP-CX02	DN-ITP	Đất cây xanh CX-02 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 6422/QĐ-BQL 2016	01060000200B1700000100000001030000000100000005000000794B7AF59F6D2041CEE48A9275253B418930CA63797020417E7D52ED08263B419220D5E9627020417D1F18BE24263B41823B857B896D2041CC86506391253B41794B7AF59F6D2041CEE48A9275253B41
73	DN-ITP-DV01	DN-ITP	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/500	40	3	35	9	25	6	office; service; canteen; clinic	QĐ 4389/QĐ-BQL 2017	01060000200B1700000100000001030000000100000005000000823B857B896D2041CC86506391253B41C7906ECA206C2041CEB578C24F273B41D775BE38FA6E20417F4E401DE3273B419220D5E9627020417D1F18BE24263B41823B857B896D2041CC86506391253B41
74	DN-ITP-CX03	DN-ITP	Đất cây xanh CX-03 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 1714/QĐ-BQL 2022	01060000200B1700000100000001030000000100000005000000ED6606E5A570204114B7E7EA11263B414BBD00A7D073204139C287B3B5263B4154AD0B2DBA73204137644D84D1263B41F556116B8F7020411359ADBB2D263B41ED6606E5A570204114B7E7EA11263B41
75	DN-ITP-GT01	DN-ITP	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 1954/QĐ-BQL 2018	01060000200B1700000100000001030000000100000005000000F556116B8F7020411359ADBB2D263B413BACFAB9266F20411588D51AEC273B419902F57B517220413A9375E38F283B4154AD0B2DBA73204137644D84D1263B41F556116B8F7020411359ADBB2D263B41
76	DN-ITP-CX04	DN-ITP	Đất cây xanh CX-04 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 5017/QĐ-UBND 2022	01060000200B1700000100000001030000000100000005000000B07DEBD08D6820411609CC97BB263B41F77EBCAFCF6B2041047FB30B64273B413E94AE94A26A2041A31154ADD8283B41F792DDB560672041B59B6C3930283B41B07DEBD08D6820411609CC97BB263B41
77	DN-ITP-NC01	DN-ITP	Đất nghiên cứu – phát triển NC-01 (research and development)	rnd	1/2000	45	1.5	60	7	25	6	office; laboratory; data centre; canteen	QĐ 5017/QĐ-UBND 2022	01060000200B1700000100000001030000000100000005000000F3C24751076C20410007AE486F273B413BD83936DA6A20419F994EEAE3283B414BBD89A4B36D20414F32164577293B4103A897BFE06E2041B09F75A302283B41F3C24751076C20410007AE486F273B41
78	DN-ITP-NC02	DN-ITP	Đất nghiên cứu – phát triển NC-02 (research and development)	rnd	1/2000	40	3	30	9	30	6	office; laboratory; data centre; canteen	QĐ 5017/QĐ-UBND 2022	01060000200B170000010000000103000000010000000500000067DED3400D6F204146D90AA10B283B41C534CE02387220416BE4AA69AF283B410C4AC0E70A7120410A774B0B242A3B41AEF3C525E06D2041E56BAB4280293B4167DED3400D6F204146D90AA10B283B41
79	KCN-HK-CX01	KCN-HK	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000007E13EBA7D88A2041B18DA8B24A173B4114997FBFF88D2041C2732AD062183B412B475D55D68D204146E740637B183B4195C1C83DB68A20413601BF4563173B417E13EBA7D88A2041B18DA8B24A173B41
80	KCN-HK-HT01	KCN-HK	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000095C1C83DB68A20413601BF4563173B412B475D55D68D204146E740637B183B41C6278746438C20417A426F339B193B4130A2F22E23892041695CED1583183B4195C1C83DB68A20413601BF4563173B41
81	KCN-HK-CX02	KCN-HK	Đất cây xanh CX-02 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000061FF4924128E20411EFC1DB46B183B41E21F99A064912041DBE6377695193B41F9CD7636429120415F5A4E09AE193B4178AD27BAEF8D2041A26F344784183B4161FF4924128E20411EFC1DB46B183B41
82	KCN-HK-CN01	KCN-HK	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	70	1.5	45	3	20	8	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000078AD27BAEF8D2041A26F344784183B41F9CD7636429120415F5A4E09AE193B4194AEA027AF8F204193B57CD9CD1A3B41138E51AB5C8C2041D6CA6217A4193B4178AD27BAEF8D2041A26F344784183B41
83	KCN-HK-CX03	KCN-HK	Đất cây xanh CX-03 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000098FED428A6912041761DA467AC193B41D6DA75CEE99320413EC56857771A3B41ED885364C7932041C2387FEA8F1A3B41AFACB2BE83912041FA90BAFAC4193B4198FED428A6912041761DA467AC193B41
84	KCN-HK-KT01	KCN-HK	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/2000	70	0.8	25	2	20	8	warehouse; cold store; office	QĐ 7445/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000AFACB2BE83912041FA90BAFAC4193B41ED885364C7932041C2387FEA8F1A3B4188697D5534922041F693ADBAAF1B3B414A8DDCAFF08F20412EECE8CAE41A3B41AFACB2BE83912041FA90BAFAC4193B41
85	KCN-HK-CX04	KCN-HK	Đất cây xanh CX-04 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 9229/QĐ-BQL 2016	01060000200B170000010000000103000000010000000500000077603320119420419B7F761B851A3B41EFBEDCD87F9720410ED23CC0B81B3B41066DBA6E5D97204192455353D11B3B418E0E11B6EE9320411FF38CAE9D1A3B4177603320119420419B7F761B851A3B41
86	KCN-HK-DV01	KCN-HK	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	40	1.5	45	5	25	6	office; service; canteen; clinic	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008E0E11B6EE9320411FF38CAE9D1A3B41066DBA6E5D97204192455353D11B3B41A14DE45FCA952041C6A08123F11C3B4129EF3AA75B922041534EBB7EBD1B3B418E0E11B6EE9320411FF38CAE9D1A3B41
87	KCN-HK-CX05	KCN-HK	Đất cây xanh CX-05 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000003C25A73D999720416A5A30A4C11B3B416E908DD1A09A2041609A8E2CD11C3B41853E6B677E9A2041E40DA5BFE91C3B4153D384D376972041EECD4637DA1B3B413C25A73D999720416A5A30A4C11B3B41
88	KCN-HK-GT01	KCN-HK	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 6930/QĐ-BQL 2010	01060000200B170000010000000103000000010000000500000053D384D376972041EECD4637DA1B3B41853E6B677E9A2041E40DA5BFE91C3B41201F9558EB9820411869D38F091E3B41EEB3AEC4E395204122297507FA1C3B4153D384D376972041EECD4637DA1B3B41
89	KCN-HK-CN02	KCN-HK	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	65	1.2	35	3	20	8	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000078910B6711892041908F52C88F183B410E17A07E318C2041A075D4E5A7193B414B3FC6835C8A204140F8BBC8F61A3B41B5B9316C3C87204130123AABDE193B4178910B6711892041908F52C88F183B41
90	KCN-HK-DV02	KCN-HK	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	40	3	35	7	25	6	office; service; canteen; clinic	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000005B7D6AE34A8C2041FCFDC7C9B0193B41DB9DB95F9D8F2041B9E8E18BDA1A3B4119C6DF64C88D2041596BC96E291C3B4198A590E8758A20419C80AFACFF1A3B415B7D6AE34A8C2041FCFDC7C9B0193B41
91	KCN-HK-DV03	KCN-HK	Đất dịch vụ – điều hành DV-03 (services and administration)	services	1/500	40	3	45	5	25	6	office; service; canteen; clinic	QĐ 532/QĐ-BQL 2011	01060000200B1700000100000001030000000100000005000000917CF5E7DE8F2041541F4E7DF11A3B41CFA41BED098E2041F4A13560401C3B410D81BC924D902041BC49FA4F0B1D3B41D058968D229220411CC7126DBC1B3B41917CF5E7DE8F2041541F4E7DF11A3B41
92	KCN-HK-CN03	KCN-HK	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/2000	60	2	45	5	20	8	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000070DE53DF499220417A812031CA1B3B41E93CFD97B8952041ECD3E6D5FD1C3B412665239DE39320418C56CEB84C1E3B41AE067AE47490204119040814191D3B4170DE53DF499220417A812031CA1B3B41
93	KCN-HK-CN04	KCN-HK	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/2000	65	1.2	35	5	20	8	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000036A3C7FCD1952041485CDAB9061D3B41670EAE90D99820413E9C3842161E3B41A536D49504972041DE1E2025651F3B4173CBED01FD932041E8DEC19C551E3B4136A3C7FCD1952041485CDAB9061D3B41
94	KCN-HK-CN05	KCN-HK	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/500	70	1.5	30	3	20	10	factory; warehouse; office; canteen	QĐ 4181/QĐ-BQL 2021	01060000200B17000001000000010300000001000000050000007E4C59890E8720418A01586FFF193B4115D2EDA02E8A20419BE7D98C171B3B4125D2D2DA478820410E5B8B24731C3B418F4C3EC327852041FD7409075B1B3B417E4C59890E8720418A01586FFF193B41
95	KCN-HK-CN06	KCN-HK	Đất nhà máy, xí nghiệp CN-06 (factories)	industrial	1/2000	70	2.5	45	4	20	8	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000006238B805488A2041F76FCD70201B3B41E25807829A8D2041B45AE7324A1C3B41F358ECBBB38B204127CE98CAA51D3B4172389D3F618820416AE37E087C1C3B416238B805488A2041F76FCD70201B3B41
96	KCN-HK-CN07	KCN-HK	Đất nhà máy, xí nghiệp CN-07 (factories)	industrial	1/2000	70	1.5	30	4	20	6	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000009837430ADC8D20414F915324611C3B41A9372844F58B2041C20405BCBC1D3B41E713C9E9388E20418AACC9AB871E3B41D713E4AF1F902041173918142C1D3B419837430ADC8D20414F915324611C3B41
97	KCN-HK-CX06	KCN-HK	Đất cây xanh CX-06 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000007799A1014790204174F325D8391D3B41F0F74ABAB5932041E745EC7C6D1E3B4100F82FF4CE9120415AB99D14C91F3B418899863B608E2041E766D76F951E3B417799A1014790204174F325D8391D3B41
98	KCN-HK-CN08	KCN-HK	Đất nhà máy, xí nghiệp CN-08 (factories)	industrial	1/2000	65	2	25	3	20	6	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000003C5E151FCF93204143CEDF60761E3B416EC9FBB2D6962041390E3EE9851F3B417FC9E0ECEF942041AC81EF80E1203B414D5EFA58E8912041B64191F8D11F3B413C5E151FCF93204143CEDF60761E3B41
99	KCN-HK-CN09	KCN-HK	Đất nhà máy, xí nghiệp CN-09 (factories)	industrial	1/2000	60	1.2	30	4	20	6	factory; warehouse; office; canteen	QĐ 7445/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000BA27B6774F8820419016E4BA881C3B413A4805F4A18B20414D01FE7CB21D3B4182768A4E0E8A20419B68BEB8D21E3B4102563BD2BB862041DF7DA4F6A81D3B41BA27B6774F8820419016E4BA881C3B41
100	KCN-HK-KT02	KCN-HK	Đất kho tàng, logistics KT-02 (warehouses and logistics)	warehouse	1/500	65	0.8	18	1	20	6	warehouse; cold store; office	QĐ 4841/QĐ-BQL 2011	01060000200B1700000100000001030000000100000005000000F026417CE38B2041E8376A6EC91D3B412F03E221278E2041B0DF2E5E941E3B417731677C938C2041FF46EF99B41F3B413855C6D64F8A2041379F2AAAE91E3B41F026417CE38B2041E8376A6EC91D3B41
101	KCN-HK-KT03	KCN-HK	Đất kho tàng, logistics KT-03 (warehouses and logistics)	warehouse	1/2000	65	1	25	1	20	6	warehouse; cold store; office	QĐ 7445/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000CF889F734E8E20410E9A3C22A21E3B4148E7482CBD91204180EC02C7D51F3B419015CE8629902041CE53C302F6203B4117B724CEBA8C20415C01FD5DC21F3B41CF889F734E8E20410E9A3C22A21E3B41
102	KCN-HK-KT04	KCN-HK	Đất kho tàng, logistics KT-04 (warehouses and logistics)	warehouse	1/2000	65	1.4	20	1	20	6	warehouse; cold store; office	QĐ 7445/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000954D1391D6912041DC74F6AADE1F3B41C6B8F924DE942041D2B45433EE203B410EE77E7F4A932041211C156F0E223B41DC7B98EB429020412BDCB6E6FE203B41954D1391D6912041DC74F6AADE1F3B41
103	KCN-LC-CX01	KCN-LC	Đất cây xanh CX-01 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 7402/QĐ-BQL 2024	01060000200B170000010000000103000000010000000500000084116FF14E752041357D2FBBAD2B3B410259BCA4FF772041192A50D3642C3B41200CA779E37720418FC459507F2C3B41A2C459C632752041AB173938C82B3B4184116FF14E752041357D2FBBAD2B3B41
104	KCN-LC-HT01	KCN-LC	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000A2C459C632752041AB173938C82B3B415168D640C073204147B0FAA4242D3B41CFAF23F4707620412B5D1BBDDB2D3B41200CA779E37720418FC459507F2C3B41A2C459C632752041AB173938C82B3B41
105	KCN-LC-CX02	KCN-LC	Đất cây xanh CX-02 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000F4CDCE031B7820413A222D1A6C2C3B41D1796938BA7A204185FC9E8B1E2D3B41EF2C540D9E7A2041FC96A808392D3B411281B9D8FE772041B0BC3697862C3B41F4CDCE031B7820413A222D1A6C2C3B41
106	KCN-LC-DV01	KCN-LC	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/500	40	2.5	45	9	25	6	office; service; canteen; clinic	QĐ 4998/QĐ-BQL 2008	01060000200B17000001000000010300000001000000050000001281B9D8FE772041B0BC3697862C3B41C02436538C7620414C55F803E32D3B419DD0D0872B792041982F6A75952E3B41EF2C540D9E7A2041FC96A808392D3B411281B9D8FE772041B0BC3697862C3B41
107	KCN-LC-CX03	KCN-LC	Đất cây xanh CX-03 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3362/QĐ-UBND 2011	01060000200B170000010000000103000000010000000500000062C02DDB007B20411C850253312D3B41DA635507DE7D20417CB5DA3DF42D3B41F81640DCC17D2041F24FE4BA0E2E3B41807318B0E47A2041921F0CD04B2D3B4162C02DDB007B20411C850253312D3B41
108	KCN-LC-CN01	KCN-LC	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	60	2.5	30	4	20	6	factory; warehouse; office; canteen	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000807318B0E47A2041921F0CD04B2D3B41F81640DCC17D2041F24FE4BA0E2E3B41A7BABC564F7C20418FE8A5276B2F3B412E17952A727920412FB8CD3CA82E3B41807318B0E47A2041921F0CD04B2D3B41
109	KCN-LC-CX04	KCN-LC	Đất cây xanh CX-04 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 6520/QĐ-BQL 2018	01060000200B1700000100000001030000000100000005000000CCD86766F97D20419DADB784FB2D3B4190B0A9A9CE802041BDBF3B55BC2E3B41AD63947EB2802041345A45D2D62E3B41EA8B523BDD7D20411348C101162E3B41CCD86766F97D20419DADB784FB2D3B41
110	KCN-LC-GT01	KCN-LC	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000EA8B523BDD7D20411348C101162E3B41AD63947EB2802041345A45D2D62E3B415C0711F93F7F2041D0F2063F33303B41982FCFB56A7C2041AFE0826E722F3B41EA8B523BDD7D20411348C101162E3B41
111	KCN-LC-CX05	KCN-LC	Đất cây xanh CX-05 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 3362/QĐ-UBND 2011	01060000200B17000001000000010300000001000000050000008125BC08EA802041DEB7189CC32E3B41E0CBA5DD1E842041EB1EECD49D2F3B41FE7E90B20284204161B9F551B82F3B419FD8A6DDCD80204154522219DE2E3B418125BC08EA802041DEB7189CC32E3B41
112	KCN-LC-GT02	KCN-LC	Đất giao thông, bãi đỗ xe GT-02 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 3362/QĐ-UBND 2011	01060000200B17000001000000010300000001000000050000009FD8A6DDCD80204154522219DE2E3B41FE7E90B20284204161B9F551B82F3B41AD220D2D90822041FE51B7BE14313B414E7C23585B7F2041F1EAE3853A303B419FD8A6DDCD80204154522219DE2E3B41
113	KCN-LC-GT03	KCN-LC	Đất giao thông, bãi đỗ xe GT-03 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 3188/QĐ-BQL 2009	01060000200B1700000100000001030000000100000005000000EACC4654A0732041ABB427AA422D3B410A16D6BDFF712041D4E38B68CA2E3B41885D2371B0742041B890AC80812F3B4168149407517620418F6148C2F92D3B41EACC4654A0732041ABB427AA422D3B41
114	KCN-LC-CN02	KCN-LC	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	65	1.2	25	4	20	8	factory; warehouse; office; canteen	QĐ 3362/QĐ-UBND 2011	01060000200B17000001000000010300000001000000050000005A89A6666C762041B0592509012E3B417AD235D0CB742041D98889C7882F3B41577ED0046B7720412563FB383B303B413735419B0B792041FC33977AB32E3B415A89A6666C762041B0592509012E3B41
115	KCN-LC-NO01	KCN-LC	Đất nhà ở công nhân, chuyên gia NO-01 (housing for workers and experts)	housing	1/2000	40	2	60	15	30	6	dormitory; service	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000C87B053E5279204192BCFA41C62E3B41E8C494A7B1772041BBEB5E004E303B416068BCD38E7A20411B1C37EB10313B41401F2D6A2F7C2041F3ECD22C892F3B41C87B053E5279204192BCFA41C62E3B41
116	KCN-LC-CN03	KCN-LC	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/2000	70	1.5	30	3	20	6	factory; warehouse; office; canteen	QĐ 3362/QĐ-UBND 2011	01060000200B170000010000000103000000010000000500000032943FC94A7C204113E5AF73902F3B4152DDCE32AA7A20413C14143218313B4116B510767F7D20415D269802D9313B41F66B810C207F204134F7334451303B4132943FC94A7C204113E5AF73902F3B41
117	KCN-LC-DV02	KCN-LC	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	50	2.5	35	9	25	6	office; service; canteen; clinic	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000E7E0936B3B7F204155EF108B58303B4146877D40708220416256E4C332313B4167D00CAACF8020418B854882BA323B41072A23D59A7D20417E1E7549E0313B41E7E0936B3B7F204155EF108B58303B41
118	KCN-LC-CN04	KCN-LC	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/500	70	1.2	25	5	20	10	factory; warehouse; office; canteen	QĐ 6406/QĐ-BQL 2016	01060000200B1700000100000001030000000100000005000000EF3EF834E9712041665F6099DF2E3B41C4BC9411157020411D60B1D197303B414104E2C4C5722041010DD2E94E313B416D8645E8997420414A0C81B1962F3B41EF3EF834E9712041665F6099DF2E3B41
119	KCN-LC-CN05	KCN-LC	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/2000	65	1.2	25	3	20	10	factory; warehouse; office; canteen	QĐ 3362/QĐ-UBND 2011	01060000200B17000001000000010300000001000000050000005FFB5747B57420416B045EF89D2F3B413379F423E17220412205AF3056313B4110258F58807520416DDF20A208323B413CA7F27B54772041B7DECF6950303B415FFB5747B57420416B045EF89D2F3B41
120	KCN-LC-CN06	KCN-LC	Đất nhà máy, xí nghiệp CN-06 (factories)	industrial	1/2000	65	1.5	45	4	20	10	factory; warehouse; office; canteen	QĐ 3362/QĐ-UBND 2011	01060000200B1700000100000001030000000100000005000000CDEDB61E9B7720414D67333163303B41A16B53FBC6752041046884691B323B41190F7B27A478204164985C54DE323B414591DE4A787A2041AD970B1C26313B41CDEDB61E9B7720414D67333163303B41
121	KCN-LC-CX06	KCN-LC	Đất cây xanh CX-06 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 3362/QĐ-UBND 2011	01060000200B17000001000000010300000001000000050000003706F1A9937A2041CE8FE8622D313B410B848D86BF7820418590399BE5323B41CF5BCFC9947B2041A5A2BD6BA6333B41FADD32ED687D2041EFA16C33EE313B413706F1A9937A2041CE8FE8622D313B41
122	KCN-HC-CX01	KCN-HC	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 6907/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008CB8181559A2204187CD660097073B41F31D55157BA52041DC6A06A55E073B418604086F83A520417AA9485A7C073B411E9FCB6E61A22041250CA9B5B4073B418CB8181559A2204187CD660097073B41
123	KCN-HC-HT01	KCN-HC	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/500	40	0.8	20	2	30	6	utility	QĐ 4085/QĐ-BQL 2016	01060000200B17000001000000010300000001000000050000001E9FCB6E61A22041250CA9B5B4073B418604086F83A520417AA9485A7C073B41C0D11296D1A5204197F3086592083B41596CD695AFA22041435669C0CA083B411E9FCB6E61A22041250CA9B5B4073B41
124	KCN-HC-CX02	KCN-HC	Đất cây xanh CX-02 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6907/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000002F9BD97FB6A5204193F72C785A073B41C47CB37226A92041937B94A21C073B41576366CC2EA9204131BAD6573A073B41C1818CD9BEA5204130366F2D78073B412F9BD97FB6A5204193F72C785A073B41
125	KCN-HC-DV01	KCN-HC	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	40	3	25	7	25	6	office; service; canteen; clinic	QĐ 6907/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000C1818CD9BEA5204130366F2D78073B41576366CC2EA9204131BAD6573A073B41913071F37CA920414E04976250083B41FB4E97000DA620414E802F388E083B41C1818CD9BEA5204130366F2D78073B41
126	KCN-HC-CX03	KCN-HC	Đất cây xanh CX-03 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 6907/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008D7A1DFB55A92041591F804B19073B418E0CD4E7F5AC2041716FDA16D8063B4120F38641FEAC20410EAE1CCCF5063B411F61D0545EA92041F65DC20037073B418D7A1DFB55A92041591F804B19073B41
127	KCN-HC-GT01	KCN-HC	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 8922/QĐ-BQL 2024	01060000200B17000001000000010300000001000000050000001F61D0545EA92041F65DC20037073B4120F38641FEAC20410EAE1CCCF5063B415BC091684CAD20412CF8DCD60B083B415A2EDB7BACA9204114A8820B4D083B411F61D0545EA92041F65DC20037073B41
128	KCN-HC-CN01	KCN-HC	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	60	2.5	30	5	20	6	factory; warehouse; office; canteen	QĐ 6907/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000EB5289EFB7A22041E094AB75E8083B4153B8C5EFD9A5204135324B1AB0083B412283331A34A62041822F4DE2F0093B41BB1DF71912A320412D92AD3D290A3B41EB5289EFB7A22041E094AB75E8083B41
129	KCN-HC-CN02	KCN-HC	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	60	2.5	25	4	20	8	factory; warehouse; office; canteen	QĐ 6907/QĐ-UBND 2023	01060000200B17000001000000010300000001000000050000008E354A5A15A62041ECBE71EDAB083B412317244D85A92041EC42D9176E083B41F3E19177DFA920413940DBDFAE093B415D00B8846FA6204139BC73B5EC093B418E354A5A15A62041ECBE71EDAB083B41
130	KCN-HC-CN03	KCN-HC	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/2000	65	1.5	25	3	20	10	factory; warehouse; office; canteen	QĐ 6907/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000EC148ED5B4A92041B1E6C4C06A083B41EDA644C254AD2041C9361F8C29083B41BD71B2ECAEAD2041173421546A093B41BCDFFBFF0EAA2041FFE3C688AB093B41EC148ED5B4A92041B1E6C4C06A083B41
131	KCN-HC-DV02	KCN-HC	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	50	2.5	35	7	25	6	office; service; canteen; clinic	QĐ 6907/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000F4E5B9CE17A3204191D69A8A3D0A3B415C4BF6CE39A62041E5733A2F050A3B419DB287829FA62041620B93016F0B3B41364D4B827DA320410D6EF35CA70B3B41F4E5B9CE17A3204191D69A8A3D0A3B41
132	KCN-HC-CN04	KCN-HC	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/2000	60	2.5	35	5	20	8	factory; warehouse; office; canteen	QĐ 6907/QĐ-UBND 2023	01060000200B170000010000000103000000010000000500000097C87A3975A620419C006102010A3B412CAA542CE5A920419C84C82CC3093B416E11E6DF4AAA2041191C21FF2C0B3B41D92F0CEDDAA620411998B9D46A0B3B4197C87A3975A620419C006102010A3B41
133	KCN-HC-CX04	KCN-HC	Đất cây xanh CX-04 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6907/QĐ-UBND 2023	01060000200B1700000100000001030000000100000005000000F5A7BEB414AA20416228B4D5BF093B41F63975A1B4AD20417A780EA17E093B4138A106551AAE2041F70F6773E80A3B41370F50687AAA2041DFBF0CA8290B3B41F5A7BEB414AA20416228B4D5BF093B41
134	KCN-DN-CX01	KCN-DN	Đất cây xanh CX-01 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 1431/QĐ-BQL 2009	01060000200B170000010000000103000000010000000500000084180C0378D32041B99651DB971F3B41DF58A9C82FD620412ADD8D12F51F3B416573334120D62041FE4FDD0C12203B410A33967B68D320418E09A1D5B41F3B4184180C0378D32041B99651DB971F3B41
135	KCN-DN-HT01	KCN-DN	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 5774/QĐ-UBND 2018	01060000200B17000001000000010300000001000000050000000A33967B68D320418E09A1D5B41F3B416573334120D62041FE4FDD0C12203B4131BB68E49AD52041AA0E73E80A213B41D67ACB1EE3D220413AC836B1AD203B410A33967B68D320418E09A1D5B41F3B41
136	KCN-DN-CX02	KCN-DN	Đất cây xanh CX-02 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 5774/QĐ-UBND 2018	01060000200B1700000100000001030000000100000005000000873E48BD69D62041E6CF48D6FC1F3B4112765068DAD9204173D3FED272203B419890DAE0CAD9204147464ECD8F203B410D59D2355AD62041BB4298D019203B41873E48BD69D62041E6CF48D6FC1F3B41
137	KCN-DN-DV01	KCN-DN	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/500	40	3	25	5	25	6	office; service; canteen; clinic	QĐ 7002/QĐ-BQL 2018	01060000200B17000001000000010300000001000000050000000D59D2355AD62041BB4298D019203B419890DAE0CAD9204147464ECD8F203B4165D80F8445D92041F304E4A888213B41DAA007D9D4D5204167012EAC12213B410D59D2355AD62041BB4298D019203B41
138	KCN-DN-CN01	KCN-DN	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	70	2	45	4	20	10	factory; warehouse; office; canteen	QĐ 5774/QĐ-UBND 2018	01060000200B17000001000000010300000001000000050000005D955597D3D220410E3B86ABCA203B41B7D5F25C8BD520417E81C2E227213B4191E531470FD520417F8D766E0F223B4136A5948157D220410F473A37B2213B415D955597D3D220410E3B86ABCA203B41
139	KCN-DN-CX03	KCN-DN	Đất cây xanh CX-03 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 6881/QĐ-BQL 2018	01060000200B170000010000000103000000010000000500000060BB9151C5D520413B747DA62F213B41EBF299FC35D92041C77733A3A5213B41C402D9E6B9D82041C983E72E8D223B4139CBD03B49D520413C80313217223B4160BB9151C5D520413B747DA62F213B41
140	KCN-TQ-CX01	KCN-TQ	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 5526/QĐ-UBND 2016	01060000200B17000001000000010300000001000000050000003F7E5F115BE1204135EC5A008D293B41C5B145383FE42041BB403188C32A3B4194F70DA718E420415EE96983DA2A3B410EC4278034E12041D79493FBA3293B413F7E5F115BE1204135EC5A008D293B41
141	KCN-TQ-HT01	KCN-TQ	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 5526/QĐ-UBND 2016	01060000200B17000001000000010300000001000000050000000EC4278034E12041D79493FBA3293B4194F70DA718E420415EE96983DA2A3B41D2D936298DE220419DEE752DC62B3B414BA65002A9DF2041179A9FA58F2A3B410EC4278034E12041D79493FBA3293B41
142	KCN-TQ-CX02	KCN-TQ	Đất cây xanh CX-02 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 6630/QĐ-BQL 2016	01060000200B1700000100000001030000000100000005000000BEEB924F73E420411B080463D92A3B41B82C12C868E7204119D8F72E172C3B418872DA3642E72041BB80302A2E2C3B418D315BBE4CE42041BEB03C5EF02A3B41BEEB924F73E420411B080463D92A3B41
143	KCN-TQ-DV01	KCN-TQ	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	40	2.5	25	5	25	6	office; service; canteen; clinic	QĐ 5526/QĐ-UBND 2016	01060000200B17000001000000010300000001000000050000008D315BBE4CE42041BEB03C5EF02A3B418872DA3642E72041BB80302A2E2C3B41C55403B9B6E52041FB853CD4192D3B41CA138440C1E22041FDB54808DC2B3B418D315BBE4CE42041BEB03C5EF02A3B41
144	KCN-TQ-KT01	KCN-TQ	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/500	65	0.8	18	2	20	8	warehouse; cold store; office	QĐ 1877/QĐ-BQL 2014	01060000200B17000001000000010300000001000000050000001BEC187182DF2041BA42D8A0A62A3B41A11FFF9766E220414097AE28DD2B3B41DE6B02BCA5E020411D6BAF9FE82C3B4158381C95C1DD20419716D917B22B3B411BEC187182DF2041BA42D8A0A62A3B41
145	KCN-TQ-CN01	KCN-TQ	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	60	1.2	45	4	20	6	factory; warehouse; office; canteen	QĐ 5526/QĐ-UBND 2016	01060000200B17000001000000010300000001000000050000009A594CAF9AE22041A05E8103F32B3B41949ACB2790E520419E2E75CF302D3B41D1E6CE4BCFE320417B0276463C2E3B41D6A54FD3D9E020417D32827AFE2C3B419A594CAF9AE22041A05E8103F32B3B41
146	FTZ-1-CX01	FTZ-1	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000003CE7631986A20411ABFB6E6CF323B415C4F2AEFB56D20410F2504FCA3333B417A0215C4996D204185BF0D79BE333B41218161067C6A20419159C063EA323B4103CE7631986A20411ABFB6E6CF323B41
147	FTZ-1-HT01	FTZ-1	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000218161067C6A20419159C063EA323B417A0215C4996D204185BF0D79BE333B416B14E05F3A6C20419B2690E808353B4112932CA21C692041A7C042D334343B41218161067C6A20419159C063EA323B41
148	FTZ-1-CX02	FTZ-1	Đất cây xanh CX-02 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000204D9522DA6D2041438ECD9BAD333B4139B55CE6ED702041160D220A7F343B41576847BBD17020418DA72B8799343B413D0080F7BD6D2041B928D718C8333B41204D9522DA6D2041438ECD9BAD333B41
149	FTZ-1-DV01	FTZ-1	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	45	3	35	9	25	6	office; service; canteen; clinic	QĐ 6901/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000003D0080F7BD6D2041B928D718C8333B41576847BBD17020418DA72B8799343B41497A1257726F2041A30EAEF6E3353B412F124B935E6C2041CF8F598812353B413D0080F7BD6D2041B928D718C8333B41
150	FTZ-1-CX03	FTZ-1	Đất cây xanh CX-03 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000CAFB208934712041AD9585D191343B41824E9CF8927320413005CC0A33353B419F0187CD76732041A69FD5874D353B41E8AE0B5E1871204123308F4EAC343B41CAFB208934712041AD9585D191343B41
151	FTZ-1-CN01	FTZ-1	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/500	60	1.5	35	4	20	6	factory; warehouse; office; canteen	QĐ 7785/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000E8AE0B5E1871204123308F4EAC343B41D9C0D6F9B86F20413A9711BEF6353B419113526917722041BC0658F797363B419F0187CD76732041A69FD5874D353B41E8AE0B5E1871204123308F4EAC343B41
152	FTZ-1-CX04	FTZ-1	Đất cây xanh CX-04 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000A545455ABD732041BDF03A4F3E353B41603061B90377204150C0CB311D363B417EE34B8EE7762041C65AD5AE37363B41C3F82F2FA1732041348B44CC58353B41A545455ABD732041BDF03A4F3E353B41
153	FTZ-1-KT01	FTZ-1	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/500	70	0.8	20	1	20	8	warehouse; cold store; office	QĐ 3233/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000C3F82F2FA1732041348B44CC58353B417EE34B8EE7762041C65AD5AE37363B4170F5162A88752041DDC1571E82373B41B40AFBCA417220414AF2C63BA3363B41C3F82F2FA1732041348B44CC58353B41
154	FTZ-1-CX05	FTZ-1	Đất cây xanh CX-05 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000084270A1B2E772041DEAB3A7628363B41622B64BC2F7A2041EC195912F5363B4180DE4E91137A204162B4628F0F373B41A2DAF4EF11772041544644F342363B4184270A1B2E772041DEAB3A7628363B41
155	FTZ-1-GT01	FTZ-1	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000A2DAF4EF11772041544644F342363B4180DE4E91137A204162B4628F0F373B4172F0192DB4782041781BE5FE59383B4193ECBF8BB27520416AADC6628D373B41A2DAF4EF11772041544644F342363B41
156	FTZ-1-KT02	FTZ-1	Đất kho tàng, logistics KT-02 (warehouses and logistics)	warehouse	1/500	65	1.4	20	2	20	8	warehouse; cold store; office	QĐ 3841/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000D1A272140E69204120FBCB8242343B41292426D22B6C20411461199816353B4117661DE1C66A204113CEB33F66363B41BFE46923A96720411E68662A92353B41D1A272140E69204120FBCB8242343B41
157	FTZ-1-DV02	FTZ-1	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/500	40	1.5	45	9	25	6	office; service; canteen; clinic	QĐ 8639/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000ED219105506C204148CAE23720353B41078A58C9636F20411C4937A6F1353B41F5CB4FD8FE6D20411AB6D14D41373B41DB638814EB6A204146377DDF6F363B41ED219105506C204148CAE23720353B41
158	FTZ-1-KT03	FTZ-1	Đất kho tàng, logistics KT-03 (warehouses and logistics)	warehouse	1/2000	65	1	18	2	20	8	warehouse; cold store; office	QĐ 6901/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000098D01C6CAA6F2041B2D19A6D04363B418612147B456E2041B13E351554373B413D658FEAA370204133AE7B4EF5373B414F2398DB087220413541E1A6A5363B4198D01C6CAA6F2041B2D19A6D04363B41
159	FTZ-1-NC01	FTZ-1	Đất nghiên cứu – phát triển NC-01 (research and development)	rnd	1/2000	40	2	60	9	25	6	office; laboratory; data centre; canteen	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000731A413D33722041C32C50EBB0363B412E055D9C7975204155FCE0CD8F373B411C4754AB1474204154697B75DF383B41615C384CCE702041C199EA9200383B41731A413D33722041C32C50EBB0363B41
160	FTZ-1-CN02	FTZ-1	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	65	1.5	30	4	20	10	factory; warehouse; office; canteen	QĐ 6901/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000052FC05FEA3752041E3E74F129B373B413000609FA5782041F1556EAE67383B411E4257AE40772041EFC20856B7393B41403EFD0C3F742041E154EAB9EA383B4152FC05FEA3752041E3E74F129B373B41
161	FTZ-1-CX06	FTZ-1	Đất cây xanh CX-06 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000DD9754F88C672041940270A7AC353B41351908B6AA6A20418968BDBC80363B41BB2E4E061E69204163DB3FC4F5373B4163AD9A48006620416E75F2AE21373B41DD9754F88C672041940270A7AC353B41
162	FTZ-1-HT02	FTZ-1	Đất hạ tầng kỹ thuật HT-02 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000F91673E9CE6A2041BDD1865C8A363B41137F3AADE26D20419150DBCA5B373B41999480FD556C20416BC35DD2D0383B417F2CB9394269204197440964FF373B41F91673E9CE6A2041BDD1865C8A363B41
163	FTZ-1-CX07	FTZ-1	Đất cây xanh CX-07 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 6707/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000A4C5FE4F296E204127D93E926E373B412ADB44A09C6C2041014CC199E3383B41E12DC00FFB6E204184BB07D384393B415B187ABF87702041AA4885CB0F383B41A4C5FE4F296E204127D93E926E373B41
164	FTZ-1-KT04	FTZ-1	Đất kho tàng, logistics KT-04 (warehouses and logistics)	warehouse	1/2000	70	0.8	25	1	20	6	warehouse; cold store; office	QĐ 6901/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000007F0F2321B27020413734F40F1B383B413AFA3E80F8732041CA0385F2F9383B41C00F85D06B722041A47607FA6E3A3B4105256971256F204111A7761790393B417F0F2321B27020413734F40F1B383B41
165	FTZ-1-DV03	FTZ-1	Đất dịch vụ – điều hành DV-03 (services and administration)	services	1/500	45	1.5	25	9	25	6	office; service; canteen; clinic	QĐ 7757/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000005EF1E7E12274204158EFF33605393B413CF5418324772041665D12D3D1393B41C20A88D39775204140D094DA463B3B41E4062E32967220413262763E7A3A3B415EF1E7E12274204158EFF33605393B41
166	FTZ-1-CN03	FTZ-1	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/500	65	2	45	3	20	10	factory; warehouse; office; canteen	QĐ 3151/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000022BDE0BAF1652041E7AF7B5E2F373B418275F6F43B642041B62DE908CB383B41DAF6A9B259672041AB93361E9F393B417A3E94780F692041DC15C97303383B4122BDE0BAF1652041E7AF7B5E2F373B41
167	FTZ-1-CN04	FTZ-1	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/500	65	2	45	4	20	6	factory; warehouse; office; canteen	QĐ 7130/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000003E3CFFAB336920410F7F92130D383B419EF414E67D672041DFFCFFBDA8393B41B85CDCA9916A2041B37B542C7A3A3B4158A4C66F476C2041E3FDE681DE383B413E3CFFAB336920410F7F92130D383B41
168	FTZ-1-CN05	FTZ-1	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/2000	60	1.5	35	5	20	8	factory; warehouse; office; canteen	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000E9EA8A128E6C20417A864A49F1383B4148A3A04CD86A20414904B8F38C3A3B4100F61BBC366D2041CC73FE2C2E3B3B41A03D0682EC6E2041FDF5908292393B41E9EA8A128E6C20417A864A49F1383B41
169	FTZ-1-DV04	FTZ-1	Đất dịch vụ – điều hành DV-04 (services and administration)	services	1/2000	50	3	35	5	25	6	office; service; canteen; clinic	QĐ 6901/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000C434AFE3166F20418AE1FFC69D393B417F1FCB425D7220411DB190A97C3A3B41DFD7E07CA7702041EC2EFE53183C3B4123EDC41D616D20415A5F6D71393B3B41C434AFE3166F20418AE1FFC69D393B41
170	FTZ-1-GT02	FTZ-1	Đất giao thông, bãi đỗ xe GT-02 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 5697/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000A21674A487722041AB9CFFED873A3B4102CF89DED17020417A1A6D98233C3B41E1D2E37FD373204188888B34F03C3B41811ACE4589752041B90A1E8A543B3B41A21674A487722041AB9CFFED873A3B41
171	FTZ-2-CX01	FTZ-2	Đất cây xanh CX-01 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 2239/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000A816246D22472041AB3FD908E3263B41269DF8D2214A2041DE6BE7B026273B411132BC67174A2041973F3A3C44273B4193ABE7011847204165132C9400273B41A816246D22472041AB3FD908E3263B41
172	FTZ-2-HT01	FTZ-2	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000093ABE7011847204165132C9400273B411132BC67174A2041973F3A3C44273B41D10350DD9949204179DD4039A8283B41537D7B779A46204147B1329164283B4193ABE7011847204165132C9400273B41
173	FTZ-2-CX02	FTZ-2	Đất cây xanh CX-02 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 7238/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000002B6983334A4A20410DAA35402A273B41D7DE0C8F644D20411159BE4870273B41C273D0235A4D2041CB2C11D48D273B4116FE46C83F4A2041C77D88CB47273B412B6983334A4A20410DAA35402A273B41
174	FTZ-2-DV01	FTZ-2	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/500	50	3	25	7	25	6	office; service; canteen; clinic	QĐ 2622/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000016FE46C83F4A2041C77D88CB47273B41C273D0235A4D2041CB2C11D48D273B4182456499DC4C2041ADCA17D1F1283B41D6CFDA3DC2492041A91B8FC8AB283B4116FE46C83F4A2041C77D88CB47273B41
175	FTZ-2-CX03	FTZ-2	Đất cây xanh CX-03 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 2570/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000099315ED4934D2041B450A37374273B411FB4CF65565120418EEBA850C9273B41094993FA4B51204147BFFBDBE6273B4183C62169894D20416D24F6FE91273B4199315ED4934D2041B450A37374273B41
176	FTZ-2-KT01	FTZ-2	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/2000	65	0.8	25	1	20	8	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000083C62169894D20416D24F6FE91273B41094993FA4B51204147BFFBDBE6273B41C91A2770CE502041295D02D94A293B414398B5DE0B4D20414FC2FCFBF5283B4183C62169894D20416D24F6FE91273B41
177	FTZ-2-CX04	FTZ-2	Đất cây xanh CX-04 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000003CE43EED74512041D120B201CC273B41E5DBA902535420419848DBB90C283B41D0706D9748542041511C2E452A283B41277902826A5120418BF4048DE9273B413CE43EED74512041D120B201CC273B41
178	FTZ-2-CN01	FTZ-2	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	60	1.2	25	5	20	8	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000277902826A5120418BF4048DE9273B41D0706D9748542041511C2E452A283B419042010DCB53204133BA34428E293B41E74A96F7EC5020416D920B8A4D293B41277902826A5120418BF4048DE9273B41
179	FTZ-2-CX05	FTZ-2	Đất cây xanh CX-05 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000028BB86CBA1542041FC8F03AC13283B4147F02BC2A8572041A25ED3FE57283B413285EF569E5720415B32268A75283B4113504A6097542041B563563731283B4128BB86CBA1542041FC8F03AC13283B41
180	FTZ-2-DV02	FTZ-2	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	45	2.5	45	7	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000013504A6097542041B563563731283B413285EF569E5720415B32268A75283B41F25683CC205720413DD02C87D9293B41D321DED51954204197015D3495293B4113504A6097542041B563563731283B41
181	FTZ-2-CX06	FTZ-2	Đất cây xanh CX-06 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000009437D07D85720414456B8295C283B41CA642427185B204107FBA086A5283B41B4F9E7BB0D5B2041C0CEF311C3283B41F3D7409CCD572041FD290BB579283B4109437D07D85720414456B8295C283B41
182	FTZ-2-DV03	FTZ-2	Đất dịch vụ – điều hành DV-03 (services and administration)	services	1/500	45	1.5	45	9	25	6	office; service; canteen; clinic	QĐ 8024/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000F3D7409CCD572041FD290BB579283B41B4F9E7BB0D5B2041C0CEF311C3283B4174CB7B31905A2041A26CFA0E272A3B41B3A9D41150572041DFC711B2DD293B41F3D7409CCD572041FD290BB579283B41
183	FTZ-2-CX07	FTZ-2	Đất cây xanh CX-07 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 5322/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000008BB7756C475B2041A9F285B1A9283B4184531F256C5E20419249F7A3F0283B416FE8E2B9615E20414B1D4A2F0E293B41764C39013D5B204162C6D83CC7283B418BB7756C475B2041A9F285B1A9283B41
184	FTZ-2-GT01	FTZ-2	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000764C39013D5B204162C6D83CC7283B416FE8E2B9615E20414B1D4A2F0E293B412FBA762FE45D20412DBB502C722A3B41361ECD76BF5A20414464DF392B2A3B41764C39013D5B204162C6D83CC7283B41
185	FTZ-2-CX08	FTZ-2	Đất cây xanh CX-08 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000046A6706A9B5E20413441DCCEF4283B41177EC59D0A622041A784495242293B41011389320062204160589CDD5F293B41313B34FF905E2041ED142F5A12293B4146A6706A9B5E20413441DCCEF4283B41
186	FTZ-2-GT02	FTZ-2	Đất giao thông, bãi đỗ xe GT-02 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000313B34FF905E2041ED142F5A12293B41011389320062204160589CDD5F293B41C1E41CA88261204142F6A2DAC32A3B41F10CC874135E2041CFB23557762A3B41313B34FF905E2041ED142F5A12293B41
187	FTZ-2-CN02	FTZ-2	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	60	1.5	25	4	20	10	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000CC126915954620415549EAD473283B41C1E913FBED452041F4C2E7AC4D2A3B413F70E860ED48204126EFF554912A3B414A993D7B944920418775F87CB7283B41CC126915954620415549EAD473283B41
188	FTZ-2-CX09	FTZ-2	Đất cây xanh CX-09 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000004F65C8DBBC492041B7B3460CBB283B41443C73C115492041562D44E4942A3B41F0B1FC1C304C20415ADCCCECDA2A3B41FBDA5137D74C2041BB62CF1401293B414F65C8DBBC492041B7B3460CBB283B41
189	FTZ-2-DV04	FTZ-2	Đất dịch vụ – điều hành DV-04 (services and administration)	services	1/2000	50	2.5	45	7	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000BD2DA37C064D20415D5AB43F05293B4143B0140EC950204138F5B91C5A293B413887BFF321502041D76EB7F4332B3B41B2044E625F4C2041FCD3B117DF2A3B41BD2DA37C064D20415D5AB43F05293B41
190	FTZ-2-KT02	FTZ-2	Đất kho tàng, logistics KT-02 (warehouses and logistics)	warehouse	1/500	70	1.4	25	2	20	6	warehouse; cold store; office	QĐ 4191/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000060E08395E75020417B2AC3CD5C293B4155B72E7B405020411AA4C0A5362B3B41FEAE99901E532041E1CBE95D772B3B4109D8EEAAC55320414252EC859D293B4160E08395E75020417B2AC3CD5C293B41
191	FTZ-2-NC01	FTZ-2	Đất nghiên cứu – phát triển NC-01 (research and development)	rnd	1/2000	40	1.5	40	12	30	6	office; laboratory; data centre; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000004CB7CB7314542041A6991478A4293B41418E76596D532041451312507E2B3B4160C31B5074562041EBE1E1A2C22B3B416BEC706A1B5720414C68E4CAE8293B414CB7CB7314542041A6991478A4293B41
192	FTZ-2-DV05	FTZ-2	Đất dịch vụ – điều hành DV-05 (services and administration)	services	1/2000	45	1.5	35	7	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000002C3FC2AF4A572041EE5FC9F5EC293B4122166D95A35620418DD9C6CDC62B3B41E33714B5E35920414F7EAF2A102C3B41EE6069CF8A5A2041B004B252362A3B412C3FC2AF4A572041EE5FC9F5EC293B41
193	FTZ-2-KT03	FTZ-2	Đất kho tàng, logistics KT-03 (warehouses and logistics)	warehouse	1/500	60	0.8	25	1	20	8	warehouse; cold store; office	QĐ 4703/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000AFB3BA14BA5A204153FC967D3A2A3B41A48A65FA125A2041F2759455142C3B419D260FB3375D2041DBCC05485B2C3B41A84F64CDDE5D20413C530870812A3B41AFB3BA14BA5A204153FC967D3A2A3B41
194	FTZ-2-KT04	FTZ-2	Đất kho tàng, logistics KT-04 (warehouses and logistics)	warehouse	1/500	60	0.8	18	1	20	8	warehouse; cold store; office	QĐ 8153/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000006AA2B5120E5E2041DE4AED9A852A3B415F7960F8665D20417DC4EA725F2C3B413051B52BD6602041F00758F6AC2C3B413B7A0A467D612041518E5A1ED32A3B416AA2B5120E5E2041DE4AED9A852A3B41
195	FTZ-2-KT05	FTZ-2	Đất kho tàng, logistics KT-05 (warehouses and logistics)	warehouse	1/2000	60	0.8	20	1	20	8	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000616D77DCE6452041F7282DDD612A3B41DFF34B42E648204129553B85A52A3B41483647D4774820410351DAA8DE2B3B41CAAF726E78452041D124CC009B2B3B41616D77DCE6452041F7282DDD612A3B41
196	FTZ-2-KT06	FTZ-2	Đất kho tàng, logistics KT-06 (warehouses and logistics)	warehouse	1/2000	60	1	20	2	20	6	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000E5BFD6A20E49204159938914A92A3B41903560FE284C20415D42121DEF2A3B41F9775B90BA4B2041373EB140282C3B414E02D234A0482041338F2838E22B3B41E5BFD6A20E49204159938914A92A3B41
197	FTZ-2-KT07	FTZ-2	Đất kho tàng, logistics KT-07 (warehouses and logistics)	warehouse	1/500	65	0.8	20	2	20	8	warehouse; cold store; office	QĐ 4525/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000005288B143584C2041FF39F747F32A3B41D80A23D51A502041DAD4FC24482B3B41414D1E67AC4F2041B4D09B48812C3B41BBCAACD5E94B2041D935966B2C2C3B415288B143584C2041FF39F747F32A3B41
198	FTZ-2-DV06	FTZ-2	Đất dịch vụ – điều hành DV-06 (services and administration)	services	1/2000	40	2.5	25	9	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000F53A925C395020411D0A06D64A2B3B419F32FD7117532041E4312F8E8B2B3B410875F803A9522041BE2DCEB1C42C3B415E7D8DEECA4F2041F705A5F9832C3B41F53A925C395020411D0A06D64A2B3B41
199	FTZ-2-DV07	FTZ-2	Đất dịch vụ – điều hành DV-07 (services and administration)	services	1/2000	50	3	25	7	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000E111DA3A6653204147795780922B3B4100477F316D562041ED4727D3D62B3B4169897AC3FE552041C743C6F60F2D3B414A54D5CCF75220412175F6A3CB2C3B41E111DA3A6653204147795780922B3B41
200	FTZ-2-DV08	FTZ-2	Đất dịch vụ – điều hành DV-08 (services and administration)	services	1/2000	50	3	25	9	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000C299D0769C562041903F0CFEDA2B3B4183BB7796DC59204152E4F45A242C3B41ECFD72286E5920412CE0937E5D2D3B412BDCCB082E562041693BAB21142D3B41C299D0769C562041903F0CFEDA2B3B41
201	FTZ-2-GT03	FTZ-2	Đất giao thông, bãi đỗ xe GT-03 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000450EC9DB0B5A2041F4DBD985282C3B413EAA7294305D2041DD324B786F2C3B41A7EC6D26C25C2041B72EEA9BA82D3B41AE50C46D9D592041CED778A9612D3B41450EC9DB0B5A2041F4DBD985282C3B41
202	FTZ-2-CN03	FTZ-2	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/500	60	1.5	45	3	20	6	factory; warehouse; office; canteen	QĐ 3131/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000FFFCC3D95F5D2041802A30A3732C3B41D0D4180DCF602041F36D9D26C12C3B413917149F60602041CD693C4AFA2D3B41683FBF6BF15C20415926CFC6AC2D3B41FFFCC3D95F5D2041802A30A3732C3B41
203	FTZ-2-CN04	FTZ-2	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/2000	65	2	30	5	20	6	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000000321228A6A45204172943A65C22B3B414C52BE15CC4420410EB145B7832D3B41CAD8927BCB47204140DD535FC72D3B4181A7F6EF69482041A4C0480D062C3B410321228A6A45204172943A65C22B3B41
204	FTZ-2-KT08	FTZ-2	Đất kho tàng, logistics KT-08 (warehouses and logistics)	warehouse	1/2000	70	1	25	1	20	8	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000008773815092482041D4FE969C092C3B41CFA41DDCF3472041701BA2EECA2D3B417B1AA7370E4B204174CA2AF7102E3B4132E90AACAC4B2041D8AD1FA54F2C3B418773815092482041D4FE969C092C3B41
205	FTZ-2-CN05	FTZ-2	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/500	70	1.5	25	3	20	8	factory; warehouse; office; canteen	QĐ 2988/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000F43B5CF1DB4B20417AA504D0532C3B417ABECD829E4F204155400AADA82C3B41C3EF690E004F2041F15C15FF692E3B413D6DF87C3D4B204116C20F22152E3B41F43B5CF1DB4B20417AA504D0532C3B41
206	FTZ-2-CN06	FTZ-2	Đất nhà máy, xí nghiệp CN-06 (factories)	industrial	1/2000	70	1.5	25	4	20	6	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000097EE3C0ABD4F20419875135EAB2C3B41E01FD9951E4F204134921EB06C2E3B41891744ABFC512041FBB94768AD2E3B4140E6A71F9B5220415F9D3C16EC2C3B4197EE3C0ABD4F20419875135EAB2C3B41
207	FTZ-2-CN07	FTZ-2	Đất nhà máy, xí nghiệp CN-07 (factories)	industrial	1/2000	65	1.2	35	5	20	6	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000083C584E8E9522041C3E46408F32C3B41CCF620744B5220415F01705AB42E3B41EB2BC66A5255204105D03FADF82E3B41A2FA29DFF055204169B3345B372D3B4183C584E8E9522041C3E46408F32C3B41
208	FTZ-2-KT09	FTZ-2	Đất kho tàng, logistics KT-09 (warehouses and logistics)	warehouse	1/2000	60	1	18	1	20	6	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000644D7B24205620410BAB19863B2D3B41AC7E17B081552041A7C724D8FC2E3B416DA0BECFC1582041696C0D35462F3B41256F224460592041CD4F02E3842D3B41644D7B24205620410BAB19863B2D3B41
209	FTZ-2-CX10	FTZ-2	Đất cây xanh CX-10 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000E6C173898F5920417047E70D892D3B412FF30F15F15820410C64F25F4A2F3B41288FB9CD155C2041F5BA6352912F3B41E05D1D42B45C2041599E5800D02D3B41E6C173898F5920417047E70D892D3B41
210	FTZ-2-KT10	FTZ-2	Đất kho tàng, logistics KT-10 (warehouses and logistics)	warehouse	1/2000	60	0.8	25	2	20	8	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000A1B06E87E35C2041FB953D2BD42D3B41EAE10A13455C204197B2487D952F3B41BAB95F46B45F20410AF6B500E32F3B417288C3BA526020416ED9AAAE212E3B41A1B06E87E35C2041FB953D2BD42D3B41
211	FTZ-2-GT04	FTZ-2	Đất giao thông, bãi đỗ xe GT-04 (transport and parking)	transport	1/500	20	0.4	12	2	10	3	depot; parking	QĐ 5640/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000C5E7ABB3C64420411D49FDFA922D3B41720EC9A4304420416EE2CF7D3C2F3B41F0949D0A30472041A00EDE25802F3B41436E8019C64720414F750BA3D62D3B41C5E7ABB3C64420411D49FDFA922D3B41
212	FTZ-2-KT11	FTZ-2	Đất kho tàng, logistics KT-11 (warehouses and logistics)	warehouse	1/2000	60	1.4	20	1	20	6	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000483A0B7AEE4720417FB35932DA2D3B41F560286B58472041D04C2CB5832F3B41A1D6B1C6724A2041D4FBB4BDC92F3B41F4AF94D5084B20418362E23A202E3B41483A0B7AEE4720417FB35932DA2D3B41
213	FTZ-2-KT12	FTZ-2	Đất kho tàng, logistics KT-12 (warehouses and logistics)	warehouse	1/2000	60	1.4	25	1	20	6	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000B602E61A384B2041255AC765242E3B413C8557ACFA4E2041FFF4CC42792E3B41E9AB749D644E2041508E9FC522303B416329030CA24A204176F399E8CD2F3B41B602E61A384B2041255AC765242E3B41
214	FTZ-2-DV09	FTZ-2	Đất dịch vụ – điều hành DV-09 (services and administration)	services	1/2000	40	2.5	25	5	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000059B5C633194F2041432AD6F37B2E3B4106DCE324834E204194C3A87625303B41AFD34E3A615120415AEBD12E66303B4102AD3149F75120410A52FFABBC2E3B4159B5C633194F2041432AD6F37B2E3B41
215	FTZ-2-KT13	FTZ-2	Đất kho tàng, logistics KT-13 (warehouses and logistics)	warehouse	1/500	65	1	25	2	20	6	warehouse; cold store; office	QĐ 8009/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000458C0E12465220416D99279EC32E3B41F2B22B03B0512041BE32FA206D303B4111E8D0F9B65420416401CA73B1303B4164C1B3084D5520411368F7F0072F3B41458C0E12465220416D99279EC32E3B41
216	FTZ-2-CN08	FTZ-2	Đất nhà máy, xí nghiệp CN-08 (factories)	industrial	1/2000	65	1.5	45	5	20	6	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000002614054E7C552041B55FDC1B0C2F3B41D33A223FE654204106F9AE9EB5303B41945CC95E26582041C99D97FBFE303B41E735AC6DBC5820417804C578552F3B412614054E7C552041B55FDC1B0C2F3B41
217	FTZ-2-CN09	FTZ-2	Đất nhà máy, xí nghiệp CN-09 (factories)	industrial	1/2000	60	1.5	45	5	20	10	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000A888FDB2EB5820411AFCA9A3592F3B4155AF1AA4555820416B957C2603313B414E4BC45C7A5B204154ECED184A313B41A124A76B105C204103531B96A02F3B41A888FDB2EB5820411AFCA9A3592F3B41
218	FTZ-2-CN10	FTZ-2	Đất nhà máy, xí nghiệp CN-10 (factories)	industrial	1/500	70	2	30	5	20	8	factory; warehouse; office; canteen	QĐ 4808/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000006377F8B03F5C2041A54A00C1A42F3B41344F4DE4AE5F2041198E6D44F22F3B41E1756AD5185F2041692740C79B313B41109E15A2A95B2041F6E3D2434E313B416377F8B03F5C2041A54A00C1A42F3B41
219	FTZ-2-DV10	FTZ-2	Đất dịch vụ – điều hành DV-10 (services and administration)	services	1/2000	45	2.5	45	9	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000006FF6150953472041DEE4E3F8922F3B411A6C9F646D4A2041E2936C01D92F3B410AC4E2ACE2492041FB4AF55B62313B415F4E5951C8462041F79B6C531C313B416FF6150953472041DEE4E3F8922F3B41
220	FTZ-2-CN11	FTZ-2	Đất nhà máy, xí nghiệp CN-11 (factories)	industrial	1/2000	60	2	25	4	20	6	factory; warehouse; office; canteen	QĐ 7512/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000DCBEF0A99C4A2041848B512CDD2F3B416241623B5F4E20415F26570932303B415299A583D44D204177DDDF63BB313B41CC1634F2114A20419D42DA8666313B41DCBEF0A99C4A2041848B512CDD2F3B41
221	FTZ-2-KT14	FTZ-2	Đất kho tàng, logistics KT-14 (warehouses and logistics)	warehouse	1/2000	65	1	18	2	20	8	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000007F71D1C27D4E2041A25B60BA34303B416FC9140BF34D2041BB12E914BE313B4118C17F20D1502041823A12CDFE313B4129693CD85B5120416983897275303B417F71D1C27D4E2041A25B60BA34303B41
222	FTZ-2-KT15	FTZ-2	Đất kho tàng, logistics KT-15 (warehouses and logistics)	warehouse	1/2000	60	1.4	20	2	20	6	warehouse; cold store; office	QĐ 7512/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000006B4819A1AA512041CCCAB1647C303B415BA05CE91F512041E5813ABF05323B417AD501E0265420418B500A124A323B418A7DBE97B1542041739981B7C0303B416B4819A1AA512041CCCAB1647C303B41
223	FTZ-2-DV11	FTZ-2	Đất dịch vụ – điều hành DV-11 (services and administration)	services	1/500	50	3	25	7	25	6	office; service; canteen; clinic	QĐ 9629/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000004CD00FDDE0542041159166E2C4303B410DF2B6FC20582041D7354F3F0E313B41FD49FA4496572041F0ECD79997323B413C285325565420412D48EF3C4E323B414CD00FDDE0542041159166E2C4303B41
224	FTZ-2-CX11	FTZ-2	Đất cây xanh CX-11 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 6892/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000CF44084250582041792D346A12313B41C8E0B1FA745B20416384A55C59313B41B838F542EA5A20417B3B2EB7E2323B41BF9C4B8AC557204192E4BCC49B323B41CF44084250582041792D346A12313B41
225	FTZ-2-DV12	FTZ-2	Đất dịch vụ – điều hành DV-12 (services and administration)	services	1/2000	40	1.5	35	9	25	6	office; service; canteen; clinic	QĐ 7512/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000089330340A45B2041057C8A875D313B415A0B5873135F204178BFF70AAB313B414A639BBB885E20419176806534333B41798B4688195B20411D3313E2E6323B4189330340A45B2041057C8A875D313B41
226	FTZ-3-CX01	FTZ-3	Đất cây xanh CX-01 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000178692C1CA8020416213FD0D781F3B412FD09F5F01842041E3A3198665203B412FD09F5FE3832041B6DD2C817F203B41178692C1AC802041344D1009921F3B41178692C1CA8020416213FD0D781F3B41
227	FTZ-3-HT01	FTZ-3	Đất hạ tầng kỹ thuật HT-01 (technical infrastructure)	infrastructure	1/2000	40	0.8	20	2	30	6	utility	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000178692C1AC802041344D1009921F3B412FD09F5FE3832041B6DD2C817F203B418F14F93990822041544EEE36A5213B4177CAEB9B597F2041D3BDD1BEB7203B41178692C1AC802041344D1009921F3B41
228	FTZ-3-CX02	FTZ-3	Đất cây xanh CX-02 (green space)	green	1/500	5	0.1	8	1	80	3	pavilion	QĐ 6373/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000E0496DE124842041E3A319C66F203B412D145DD9C48620417A1B22C131213B418D58B6B353852041EBC5F67171223B41408EC6BBB3822041544EEE76AF213B41E0496DE124842041E3A319C66F203B41
229	FTZ-3-CX03	FTZ-3	Đất cây xanh CX-03 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 7589/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000B270156BEE8620417A1B22C13D213B4173015643CE8920415A56AC2C12223B4173015643B08920412C90BF272C223B41B270156BD08620414D5535BC57213B41B270156BEE8620417A1B22C13D213B41
230	FTZ-3-CN01	FTZ-3	Đất nhà máy, xí nghiệp CN-01 (factories)	industrial	1/2000	65	1.2	45	3	20	6	factory; warehouse; office; canteen	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000B270156BD08620414D5535BC57213B4173015643B08920412C90BF272C223B41D345AF1D5D882041CB0081DD51233B4112B56E457D852041EBC5F6717D223B41B270156BD08620414D5535BC57213B41
231	FTZ-3-CX04	FTZ-3	Đất cây xanh CX-04 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000004F46898B138A20415A56AC2C26223B41DBCCF666598D204185D6030B18233B41DBCCF6663B8D20415810170632233B414F46898BF58920412C90BF2740223B414F46898B138A20415A56AC2C26223B41
232	FTZ-3-KT01	FTZ-3	Đất kho tàng, logistics KT-01 (warehouses and logistics)	warehouse	1/2000	60	0.8	25	2	20	6	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000004F46898BF58920412C90BF2740223B41DBCCF6663B8D20415810170632233B413B115041E88B2041F780D8BB57243B41AF8AE265A2882041CB0081DD65233B414F46898BF58920412C90BF2740223B41
233	FTZ-3-CX05	FTZ-3	Đất cây xanh CX-05 (green space)	green	1/2000	5	0.1	8	1	80	3	pavilion	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000008C46C4E87C8D204185D6034B22233B413B728E6DF2902041072A96EB21243B413B728E6DD4902041DA63A9E63B243B418C46C4E85E8D2041581017463C233B418C46C4E87C8D204185D6034B22233B41
234	FTZ-3-CN02	FTZ-3	Đất nhà máy, xí nghiệp CN-02 (factories)	industrial	1/2000	65	2.5	30	3	20	8	factory; warehouse; office; canteen	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000008C46C4E85E8D2041581017463C233B413B728E6DD4902041DA63A9E63B243B419BB6E747818F204178D46A9C61253B41EC8A1DC30B8C2041F780D8FB61243B418C46C4E85E8D2041581017463C233B41
235	FTZ-3-CX06	FTZ-3	Đất cây xanh CX-06 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000ECEB5BEF15912041072A962B2C243B41D4FC395EDB932041066B48F7F8243B41D4FC395EBD932041D8A45BF212253B41ECEB5BEFF7902041DA63A92646243B41ECEB5BEF15912041072A962B2C243B41
236	FTZ-3-GT01	FTZ-3	Đất giao thông, bãi đỗ xe GT-01 (transport and parking)	transport	1/2000	20	0.4	12	2	10	3	depot; parking	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000ECEB5BEFF7902041DA63A92646243B41D4FC395EBD932041D8A45BF212253B41344193386A92204177151DA838263B414C30B5C9A48F204178D46ADC6B253B41ECEB5BEFF7902041DA63A92646243B41
237	FTZ-3-CN03	FTZ-3	Đất nhà máy, xí nghiệp CN-03 (factories)	industrial	1/500	65	1.2	30	3	20	8	factory; warehouse; office; canteen	QĐ 7161/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000077CAEB1B4A7F20415E46352BC5203B418F14F9B980822041DFD651A3B2213B412443A117ED802041AA90053210233B410CF99379B67D20412900E9B922223B4177CAEB1B4A7F20415E46352BC5203B41
238	FTZ-3-KT02	FTZ-3	Đất kho tàng, logistics KT-02 (warehouses and logistics)	warehouse	1/2000	60	1.4	20	1	20	8	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000408EC63BA4822041DFD651E3BC213B41D5BC6E9910812041AA9005721A233B4122875E91B083204141080E6DDC233B418D58B63344852041764E5ADE7E223B41408EC63BA4822041DFD651E3BC213B41
239	FTZ-3-DV01	FTZ-3	Đất dịch vụ – điều hành DV-01 (services and administration)	services	1/2000	40	1.5	35	7	25	6	office; service; canteen; clinic	QĐ 8447/QĐ-UBND 2025	01060000200B170000010000000103000000010000000500000012B56EC56D852041764E5ADE8A223B41D345AF9D4D8820415689E4495F233B41677457FBB9862041214398D8BC243B41A6E31623DA83204141080E6DE8233B4112B56EC56D852041764E5ADE8A223B41
240	FTZ-3-KT03	FTZ-3	Đất kho tàng, logistics KT-03 (warehouses and logistics)	warehouse	1/2000	65	0.8	25	1	20	6	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000AF8AE2E5928820415689E44973233B413B1150C1D88B204181093C2865243B41D03FF81E458A20414DC3EFB6C2253B4144B98A43FF862041214398D8D0243B41AF8AE2E5928820415689E44973233B41
241	FTZ-3-CN04	FTZ-3	Đất nhà máy, xí nghiệp CN-04 (factories)	industrial	1/2000	70	1.2	35	5	20	8	factory; warehouse; office; canteen	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000EC8A1D43FC8B204181093C686F243B419BB6E7C7718F2041035DCE086F253B412FE58F25DE8D2041CE168297CC263B4181B9C5A0688A20414DC3EFF6CC253B41EC8A1D43FC8B204181093C686F243B41
242	FTZ-3-DV02	FTZ-3	Đất dịch vụ – điều hành DV-02 (services and administration)	services	1/2000	45	3	25	7	25	6	office; service; canteen; clinic	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000004C30B549958F2041035DCE4879253B41344193B85A922041029E801446263B41C86F3B16C7902041CD5734A3A3273B41E05E5DA7018E2041CE1682D7D6263B414C30B549958F2041035DCE4879253B41
243	FTZ-3-KT04	FTZ-3	Đất kho tàng, logistics KT-04 (warehouses and logistics)	warehouse	1/500	65	1.4	18	2	20	8	warehouse; cold store; office	QĐ 1033/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000000CF99379987D2041FC39FCB43C223B412443A117CF8020417DCA182D2A233B41DEACD0B7037F204154208601B8243B41C662C319CD7B2041D38F6989CA233B410CF99379987D2041FC39FCB43C223B41
244	FTZ-3-DV03	FTZ-3	Đất dịch vụ – điều hành DV-03 (services and administration)	services	1/2000	50	3	25	5	25	6	office; service; canteen; clinic	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000D5BC6E99F28020417DCA186D34233B418F269E39277F204154208641C2243B41DCF08D31C7812041EB978E3C84253B4122875E919283204114422168F6233B41D5BC6E99F28020417DCA186D34233B41
245	FTZ-3-DV04	FTZ-3	Đất dịch vụ – điều hành DV-04 (services and administration)	services	1/500	50	3	45	5	25	6	office; service; canteen; clinic	QĐ 1792/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000A6E31623BC8320411442216802243B41614D46C3F0812041EB978E3C90253B4121DE869BD0842041CBD218A864263B41677457FB9B862041F47CABD3D6243B41A6E31623BC8320411442216802243B41
246	FTZ-3-CN05	FTZ-3	Đất nhà máy, xí nghiệp CN-05 (factories)	industrial	1/500	65	2.5	25	5	20	10	factory; warehouse; office; canteen	QĐ 8943/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000044B98A43E1862041F47CABD3EA243B41D03FF81E278A204120FD02B2DC253B418AA927BF5B882041F75270866A273B41FE22BAE315852041CBD218A878263B4144B98A43E1862041F47CABD3EA243B41
247	FTZ-3-NC01	FTZ-3	Đất nghiên cứu – phát triển NC-01 (research and development)	rnd	1/500	40	2	60	12	30	6	office; laboratory; data centre; canteen	QĐ 8776/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000081B9C5A04A8A204120FD02F2E6253B412FE58F25C08D2041A1509592E6263B41E94EBFC5F48B204178A6026774283B413B23F5407F882041F75270C674273B4181B9C5A04A8A204120FD02F2E6253B41
248	FTZ-3-CN06	FTZ-3	Đất nhà máy, xí nghiệp CN-06 (factories)	industrial	1/2000	60	1.5	30	4	20	10	factory; warehouse; office; canteen	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000E05E5DA7E38D2041A15095D2F0263B419BC88C47188C204178A602A77E283B4183D96AB6DD8E204177E7B4724B293B41C86F3B16A9902041A091479EBD273B41E05E5DA7E38D2041A15095D2F0263B41
249	FTZ-3-KT05	FTZ-3	Đất kho tàng, logistics KT-05 (warehouses and logistics)	warehouse	1/2000	65	0.8	20	2	20	6	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000C662C399B87B2041AB4C504ADC233B41DEACD037EF7E20412DDD6CC2C9243B414755C70C577D2041E83B513E2B263B412F0BBA6E207A204166AB34C63D253B41C662C399B87B2041AB4C504ADC233B41
250	FTZ-3-CN07	FTZ-3	Đất nhà máy, xí nghiệp CN-07 (factories)	industrial	1/500	65	2.5	45	4	20	10	factory; warehouse; office; canteen	QĐ 6787/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000008F269EB9127F20412DDD6C02D4243B41F9CE948E7A7D2041E83B517E35263B41469984861A8020417FB35979F7263B41DCF08DB1B2812041C45475FD95253B418F269EB9127F20412DDD6C02D4243B41
251	FTZ-3-DV05	FTZ-3	Đất dịch vụ – điều hành DV-05 (services and administration)	services	1/2000	45	1.5	35	5	25	6	office; service; canteen; clinic	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000614D4643DC812041C45475FDA1253B4121DE861BBC842041A38FFF6876263B418B867DF0238320415EEEE3E4D7273B41CAF53C18448020417FB3597903273B41614D4643DC812041C45475FDA1253B41
252	FTZ-3-KT06	FTZ-3	Đất kho tàng, logistics KT-06 (warehouses and logistics)	warehouse	1/2000	60	1.4	25	1	20	6	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000FE22BA6301852041A38FFF688A263B418AA9273F47882041CF0F57477C273B41F3511E14AF8620418A6E3BC3DD283B4168CBB038698320415EEEE3E4EB273B41FE22BA6301852041A38FFF688A263B41
253	FTZ-3-CN08	FTZ-3	Đất nhà máy, xí nghiệp CN-08 (factories)	industrial	1/500	70	1.2	45	3	20	10	factory; warehouse; office; canteen	QĐ 7878/QĐ-BQL 2025	01060000200B17000001000000010300000001000000050000003B23F5C06A882041CF0F578786273B41E94EBF45E08B20415163E92786283B4153F7B51A488A20410CC2CDA3E7293B41A5CBEB95D28620418A6E3B03E8283B413B23F5C06A882041CF0F578786273B41
254	FTZ-3-CX07	FTZ-3	Đất cây xanh CX-07 (green space)	green	1/2000	5	0.1	8	1	85	3	pavilion	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000009BC88CC7038C20415163E96790283B4183D96A36C98E20414FA49B335D293B41EC81610B318D20410A0380AFBE2A3B410471839C6B8A20410CC2CDE3F1293B419BC88CC7038C20415163E96790283B41
255	FTZ-3-KT07	FTZ-3	Đất kho tàng, logistics KT-07 (warehouses and logistics)	warehouse	1/2000	60	0.8	20	1	20	6	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B17000001000000010300000001000000050000002F0BBAEE107A2041F13398324B253B414755C78C477D204172C4B4AA38263B41329A5F48DF7B2041E214D9AA70273B411A5052AAA87820416084BC3283263B412F0BBAEE107A2041F13398324B253B41
256	FTZ-3-KT08	FTZ-3	Đất kho tàng, logistics KT-08 (warehouses and logistics)	warehouse	1/500	65	0.8	18	1	20	8	warehouse; cold store; office	QĐ 1461/QĐ-BQL 2025	01060000200B1700000100000001030000000100000005000000F9CE940E6B7D204172C4B4EA42263B41469984060B8020410A3CBDE504273B4131DE1CC2A27E2041798CE1E53C283B41E4132DCA027C2041E214D9EA7A273B41F9CE940E6B7D204172C4B4EA42263B41
257	FTZ-3-CN09	FTZ-3	Đất nhà máy, xí nghiệp CN-09 (factories)	industrial	1/2000	60	2.5	35	5	20	6	factory; warehouse; office; canteen	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000CAF53C98348020410A3CBDE510273B418B867D7014832041E9764751E5273B4176CB152CAC81204158C76B511D293B41B53AD553CC7E2041798CE1E548283B41CAF53C98348020410A3CBDE510273B41
258	FTZ-3-CX08	FTZ-3	Đất cây xanh CX-08 (green space)	green	1/500	5	0.1	8	1	85	3	pavilion	QĐ 6292/QĐ-BQL 2025	01060000200B170000010000000103000000010000000500000068CBB0B859832041E9764751F9273B41F3511E949F86204115F79E2FEB283B41DE96B64F378520418447C32F232A3B4153104974F181204158C76B5131293B4168CBB0B859832041E9764751F9273B41
259	FTZ-3-KT09	FTZ-3	Đất kho tàng, logistics KT-09 (warehouses and logistics)	warehouse	1/2000	60	1.4	25	2	20	8	warehouse; cold store; office	QĐ 8447/QĐ-UBND 2025	01060000200B1700000100000001030000000100000005000000A5CBEB15C386204115F79E6FF5283B4153F7B59A388A2041964A3110F5293B413E3C4E56D0882041069B55102D2B3B41901084D15A8520418447C36F2D2A3B41A5CBEB15C386204115F79E6FF5283B41
\.


--
-- Data for Name: quarantine; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.quarantine (id, source, received_at, payload, reason, digest) FROM stdin;
1	sta:test	2026-11-20 00:00:00+00	{bad	not JSON	d1
\.


--
-- Data for Name: readings_2026_11; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.readings_2026_11 (sensor_id, phenomenon_time, value, quality, source_id) FROM stdin;
1	2026-11-19 00:00:00+00	31.6	ok	demo
1	2026-11-19 01:00:00+00	35.2	ok	demo
1	2026-11-19 02:00:00+00	34.4	ok	demo
1	2026-11-19 03:00:00+00	23.3	ok	demo
1	2026-11-19 04:00:00+00	19.2	ok	demo
1	2026-11-19 05:00:00+00	17.3	ok	demo
1	2026-11-19 06:00:00+00	15.4	ok	demo
1	2026-11-19 07:00:00+00	15.7	ok	demo
1	2026-11-19 08:00:00+00	16.3	ok	demo
1	2026-11-19 09:00:00+00	18.9	ok	demo
1	2026-11-19 10:00:00+00	25	ok	demo
1	2026-11-19 11:00:00+00	26.4	ok	demo
1	2026-11-19 12:00:00+00	31.6	ok	demo
1	2026-11-19 13:00:00+00	32.3	ok	demo
1	2026-11-19 14:00:00+00	31.3	ok	demo
1	2026-11-19 15:00:00+00	25.9	ok	demo
1	2026-11-19 16:00:00+00	23.3	ok	demo
1	2026-11-19 17:00:00+00	15.4	ok	demo
1	2026-11-19 18:00:00+00	13.1	ok	demo
1	2026-11-19 19:00:00+00	14.3	ok	demo
1	2026-11-19 20:00:00+00	14.1	ok	demo
1	2026-11-19 21:00:00+00	13.8	ok	demo
1	2026-11-19 22:00:00+00	16.9	ok	demo
1	2026-11-19 23:00:00+00	16.3	ok	demo
2	2026-11-19 00:00:00+00	57.8	ok	demo
2	2026-11-19 01:00:00+00	54.8	ok	demo
2	2026-11-19 02:00:00+00	41.4	ok	demo
2	2026-11-19 03:00:00+00	32	ok	demo
2	2026-11-19 04:00:00+00	24.1	ok	demo
2	2026-11-19 05:00:00+00	25.1	ok	demo
2	2026-11-19 06:00:00+00	31.4	ok	demo
2	2026-11-19 07:00:00+00	38.2	ok	demo
2	2026-11-19 08:00:00+00	37.9	ok	demo
2	2026-11-19 09:00:00+00	48.3	ok	demo
2	2026-11-19 10:00:00+00	54.2	ok	demo
2	2026-11-19 11:00:00+00	69.8	ok	demo
2	2026-11-19 12:00:00+00	57.9	ok	demo
2	2026-11-19 13:00:00+00	48.8	ok	demo
2	2026-11-19 14:00:00+00	33	ok	demo
2	2026-11-19 15:00:00+00	26	ok	demo
2	2026-11-19 16:00:00+00	25.5	ok	demo
2	2026-11-19 17:00:00+00	28.4	ok	demo
2	2026-11-19 18:00:00+00	28.4	ok	demo
2	2026-11-19 19:00:00+00	27.6	ok	demo
2	2026-11-19 20:00:00+00	27.2	ok	demo
2	2026-11-19 21:00:00+00	30.5	ok	demo
2	2026-11-19 22:00:00+00	32.2	ok	demo
2	2026-11-19 23:00:00+00	50.1	ok	demo
3	2026-11-19 00:00:00+00	28.4	ok	demo
3	2026-11-19 01:00:00+00	30.5	ok	demo
3	2026-11-19 02:00:00+00	31.2	ok	demo
3	2026-11-19 03:00:00+00	32.7	ok	demo
3	2026-11-19 04:00:00+00	33.2	ok	demo
3	2026-11-19 05:00:00+00	35.5	ok	demo
3	2026-11-19 06:00:00+00	37.6	ok	demo
3	2026-11-19 07:00:00+00	38.1	ok	demo
3	2026-11-19 08:00:00+00	40.8	ok	demo
3	2026-11-19 09:00:00+00	42.2	ok	demo
3	2026-11-19 10:00:00+00	39.6	ok	demo
3	2026-11-19 11:00:00+00	37.5	ok	demo
3	2026-11-19 12:00:00+00	34	ok	demo
3	2026-11-19 13:00:00+00	35.3	ok	demo
3	2026-11-19 14:00:00+00	33.9	ok	demo
3	2026-11-19 15:00:00+00	31.1	ok	demo
3	2026-11-19 16:00:00+00	31.2	ok	demo
3	2026-11-19 17:00:00+00	30.4	ok	demo
3	2026-11-19 18:00:00+00	30	ok	demo
3	2026-11-19 19:00:00+00	31	ok	demo
3	2026-11-19 20:00:00+00	28.4	ok	demo
3	2026-11-19 21:00:00+00	30.4	ok	demo
3	2026-11-19 22:00:00+00	31.2	ok	demo
3	2026-11-19 23:00:00+00	29.2	ok	demo
4	2026-11-19 00:00:00+00	63.6	ok	demo
4	2026-11-19 01:00:00+00	63.5	ok	demo
4	2026-11-19 02:00:00+00	64.5	ok	demo
4	2026-11-19 03:00:00+00	62.1	ok	demo
4	2026-11-19 04:00:00+00	60.5	ok	demo
4	2026-11-19 05:00:00+00	59.9	ok	demo
4	2026-11-19 06:00:00+00	59	ok	demo
4	2026-11-19 07:00:00+00	60.3	ok	demo
4	2026-11-19 08:00:00+00	60.4	ok	demo
4	2026-11-19 09:00:00+00	61.7	ok	demo
4	2026-11-19 10:00:00+00	61	ok	demo
4	2026-11-19 11:00:00+00	63	ok	demo
4	2026-11-19 12:00:00+00	61.3	ok	demo
4	2026-11-19 13:00:00+00	59.8	ok	demo
4	2026-11-19 14:00:00+00	45.1	ok	demo
4	2026-11-19 15:00:00+00	46.7	ok	demo
4	2026-11-19 16:00:00+00	47.4	ok	demo
4	2026-11-19 17:00:00+00	47.6	ok	demo
4	2026-11-19 18:00:00+00	48	ok	demo
4	2026-11-19 19:00:00+00	46.8	ok	demo
4	2026-11-19 20:00:00+00	47.3	ok	demo
4	2026-11-19 21:00:00+00	47	ok	demo
4	2026-11-19 22:00:00+00	48.1	ok	demo
4	2026-11-19 23:00:00+00	79.1	suspect	demo
5	2026-11-19 00:00:00+00	2742	ok	demo
5	2026-11-19 01:00:00+00	2821	ok	demo
5	2026-11-19 02:00:00+00	2098	ok	demo
5	2026-11-19 03:00:00+00	1320	ok	demo
5	2026-11-19 04:00:00+00	1375	ok	demo
5	2026-11-19 05:00:00+00	1379	ok	demo
5	2026-11-19 06:00:00+00	1269	ok	demo
5	2026-11-19 07:00:00+00	1214	ok	demo
5	2026-11-19 08:00:00+00	8425	suspect	demo
5	2026-11-19 09:00:00+00	2141	ok	demo
5	2026-11-19 10:00:00+00	2928	ok	demo
5	2026-11-19 11:00:00+00	2994	ok	demo
5	2026-11-19 12:00:00+00	1710	ok	demo
5	2026-11-19 13:00:00+00	685	ok	demo
5	2026-11-19 14:00:00+00	283	ok	demo
5	2026-11-19 15:00:00+00	160	ok	demo
5	2026-11-19 16:00:00+00	155	ok	demo
5	2026-11-19 17:00:00+00	147	ok	demo
5	2026-11-19 18:00:00+00	171	ok	demo
5	2026-11-19 19:00:00+00	162	ok	demo
5	2026-11-19 20:00:00+00	179	ok	demo
5	2026-11-19 21:00:00+00	199	ok	demo
5	2026-11-19 22:00:00+00	479	ok	demo
5	2026-11-19 23:00:00+00	1271	ok	demo
6	2026-11-19 00:00:00+00	30.9	ok	demo
6	2026-11-19 01:00:00+00	28.9	ok	demo
6	2026-11-19 02:00:00+00	25.3	ok	demo
6	2026-11-19 03:00:00+00	22.5	ok	demo
6	2026-11-19 04:00:00+00	20.8	ok	demo
6	2026-11-19 05:00:00+00	24.1	ok	demo
6	2026-11-19 06:00:00+00	19.8	ok	demo
6	2026-11-19 07:00:00+00	17.9	ok	demo
6	2026-11-19 08:00:00+00	19.8	ok	demo
6	2026-11-19 09:00:00+00	25.3	ok	demo
6	2026-11-19 10:00:00+00	30.9	ok	demo
6	2026-11-19 11:00:00+00	34.9	ok	demo
6	2026-11-19 12:00:00+00	37.9	ok	demo
6	2026-11-19 13:00:00+00	35.2	ok	demo
6	2026-11-19 14:00:00+00	31.2	ok	demo
6	2026-11-19 15:00:00+00	27.3	ok	demo
6	2026-11-19 16:00:00+00	22.8	ok	demo
6	2026-11-19 17:00:00+00	18.5	ok	demo
6	2026-11-19 18:00:00+00	18.2	ok	demo
6	2026-11-19 19:00:00+00	17.8	ok	demo
6	2026-11-19 20:00:00+00	21.1	ok	demo
6	2026-11-19 21:00:00+00	21.2	ok	demo
6	2026-11-19 22:00:00+00	24.4	ok	demo
6	2026-11-19 23:00:00+00	28	ok	demo
7	2026-11-19 00:00:00+00	27.5	ok	demo
7	2026-11-19 01:00:00+00	28.4	ok	demo
7	2026-11-19 02:00:00+00	28.8	ok	demo
7	2026-11-19 03:00:00+00	32.4	ok	demo
7	2026-11-19 04:00:00+00	35	ok	demo
7	2026-11-19 05:00:00+00	38.6	ok	demo
7	2026-11-19 06:00:00+00	38.5	ok	demo
7	2026-11-19 07:00:00+00	42.8	ok	demo
7	2026-11-19 08:00:00+00	42.2	ok	demo
7	2026-11-19 09:00:00+00	42.3	ok	demo
7	2026-11-19 10:00:00+00	42.5	ok	demo
7	2026-11-19 11:00:00+00	41.4	ok	demo
7	2026-11-19 12:00:00+00	38.6	ok	demo
7	2026-11-19 13:00:00+00	35.4	ok	demo
7	2026-11-19 14:00:00+00	33.2	ok	demo
7	2026-11-19 15:00:00+00	29.2	ok	demo
7	2026-11-19 16:00:00+00	28.7	ok	demo
7	2026-11-19 17:00:00+00	28.3	ok	demo
7	2026-11-19 18:00:00+00	27.8	ok	demo
7	2026-11-19 19:00:00+00	28.9	ok	demo
7	2026-11-19 20:00:00+00	29.1	ok	demo
7	2026-11-19 21:00:00+00	28.2	ok	demo
7	2026-11-19 22:00:00+00	30.1	ok	demo
7	2026-11-19 23:00:00+00	30.6	ok	demo
8	2026-11-19 00:00:00+00	64.1	ok	demo
8	2026-11-19 01:00:00+00	66.3	ok	demo
8	2026-11-19 02:00:00+00	64.8	ok	demo
8	2026-11-19 03:00:00+00	60.1	ok	demo
8	2026-11-19 04:00:00+00	61.9	ok	demo
8	2026-11-19 05:00:00+00	62.4	ok	demo
8	2026-11-19 06:00:00+00	61.1	ok	demo
8	2026-11-19 07:00:00+00	60.6	ok	demo
8	2026-11-19 08:00:00+00	61.7	ok	demo
8	2026-11-19 09:00:00+00	64	ok	demo
8	2026-11-19 10:00:00+00	65.8	ok	demo
8	2026-11-19 11:00:00+00	64	ok	demo
8	2026-11-19 12:00:00+00	64.8	ok	demo
8	2026-11-19 13:00:00+00	63.6	ok	demo
8	2026-11-19 14:00:00+00	46.7	ok	demo
8	2026-11-19 16:00:00+00	45.7	ok	demo
8	2026-11-19 17:00:00+00	46.3	ok	demo
8	2026-11-19 18:00:00+00	45.9	ok	demo
8	2026-11-19 19:00:00+00	45.2	ok	demo
8	2026-11-19 20:00:00+00	45.8	ok	demo
8	2026-11-19 21:00:00+00	46.5	ok	demo
8	2026-11-19 22:00:00+00	46.4	ok	demo
8	2026-11-19 23:00:00+00	64	ok	demo
9	2026-11-19 00:00:00+00	2853	ok	demo
9	2026-11-19 01:00:00+00	2775	ok	demo
9	2026-11-19 02:00:00+00	1942	ok	demo
9	2026-11-19 03:00:00+00	1488	ok	demo
9	2026-11-19 04:00:00+00	1522	ok	demo
9	2026-11-19 05:00:00+00	1357	ok	demo
9	2026-11-19 06:00:00+00	1348	ok	demo
9	2026-11-19 07:00:00+00	1181	ok	demo
9	2026-11-19 08:00:00+00	1567	ok	demo
9	2026-11-19 09:00:00+00	2171	ok	demo
9	2026-11-19 10:00:00+00	2881	ok	demo
9	2026-11-19 11:00:00+00	2829	ok	demo
9	2026-11-19 12:00:00+00	1917	ok	demo
9	2026-11-19 13:00:00+00	706	ok	demo
9	2026-11-19 14:00:00+00	285	ok	demo
9	2026-11-19 15:00:00+00	189	ok	demo
9	2026-11-19 16:00:00+00	175	ok	demo
9	2026-11-19 17:00:00+00	173	ok	demo
9	2026-11-19 18:00:00+00	174	ok	demo
9	2026-11-19 19:00:00+00	171	ok	demo
9	2026-11-19 20:00:00+00	204	ok	demo
9	2026-11-19 21:00:00+00	245	ok	demo
9	2026-11-19 22:00:00+00	550	ok	demo
9	2026-11-19 23:00:00+00	1627	ok	demo
10	2026-11-19 00:00:00+00	15.1	ok	demo
10	2026-11-19 01:00:00+00	17	ok	demo
10	2026-11-19 02:00:00+00	15.3	ok	demo
10	2026-11-19 03:00:00+00	11.1	ok	demo
10	2026-11-19 04:00:00+00	9	ok	demo
10	2026-11-19 05:00:00+00	7.8	ok	demo
10	2026-11-19 06:00:00+00	9	ok	demo
10	2026-11-19 07:00:00+00	9.8	ok	demo
10	2026-11-19 08:00:00+00	9.8	ok	demo
10	2026-11-19 09:00:00+00	10.7	ok	demo
10	2026-11-19 10:00:00+00	11.2	ok	demo
10	2026-11-19 11:00:00+00	15.7	ok	demo
10	2026-11-19 12:00:00+00	17.6	ok	demo
10	2026-11-19 13:00:00+00	16.4	ok	demo
10	2026-11-19 14:00:00+00	15.6	ok	demo
10	2026-11-19 15:00:00+00	14.7	ok	demo
10	2026-11-19 16:00:00+00	13	ok	demo
10	2026-11-19 17:00:00+00	11.9	ok	demo
10	2026-11-19 18:00:00+00	11.1	ok	demo
10	2026-11-19 19:00:00+00	11.1	ok	demo
10	2026-11-19 20:00:00+00	11.7	ok	demo
10	2026-11-19 21:00:00+00	12.7	ok	demo
10	2026-11-19 22:00:00+00	12.8	ok	demo
10	2026-11-19 23:00:00+00	11.8	ok	demo
11	2026-11-19 00:00:00+00	222.8	ok	demo
11	2026-11-19 01:00:00+00	249.5	ok	demo
11	2026-11-19 02:00:00+00	249.5	ok	demo
11	2026-11-19 03:00:00+00	222.8	ok	demo
11	2026-11-19 04:00:00+00	28.3	ok	demo
11	2026-11-19 05:00:00+00	23.7	ok	demo
11	2026-11-19 06:00:00+00	22	ok	demo
11	2026-11-19 07:00:00+00	26.2	ok	demo
11	2026-11-19 08:00:00+00	31.7	ok	demo
11	2026-11-19 09:00:00+00	45.2	ok	demo
11	2026-11-19 10:00:00+00	65.7	ok	demo
11	2026-11-19 11:00:00+00	65.9	ok	demo
11	2026-11-19 12:00:00+00	57.4	ok	demo
11	2026-11-19 13:00:00+00	48.4	ok	demo
11	2026-11-19 14:00:00+00	31	ok	demo
11	2026-11-19 15:00:00+00	29	ok	demo
11	2026-11-19 16:00:00+00	24.7	ok	demo
11	2026-11-19 17:00:00+00	27.3	ok	demo
11	2026-11-19 18:00:00+00	29.1	ok	demo
11	2026-11-19 19:00:00+00	36.2	ok	demo
11	2026-11-19 20:00:00+00	34.1	ok	demo
11	2026-11-19 21:00:00+00	31.5	ok	demo
11	2026-11-19 22:00:00+00	30.8	ok	demo
11	2026-11-19 23:00:00+00	37.7	ok	demo
12	2026-11-19 00:00:00+00	30	ok	demo
12	2026-11-19 01:00:00+00	31.6	ok	demo
12	2026-11-19 02:00:00+00	31	ok	demo
12	2026-11-19 03:00:00+00	33.8	ok	demo
12	2026-11-19 04:00:00+00	33.5	ok	demo
12	2026-11-19 05:00:00+00	34.3	ok	demo
12	2026-11-19 06:00:00+00	35.5	ok	demo
12	2026-11-19 07:00:00+00	37	ok	demo
12	2026-11-19 08:00:00+00	36.2	ok	demo
12	2026-11-19 09:00:00+00	35.5	ok	demo
12	2026-11-19 10:00:00+00	34.5	ok	demo
12	2026-11-19 11:00:00+00	36.9	ok	demo
12	2026-11-19 12:00:00+00	37.6	ok	demo
12	2026-11-19 13:00:00+00	35	ok	demo
12	2026-11-19 14:00:00+00	35	ok	demo
12	2026-11-19 15:00:00+00	35	ok	demo
12	2026-11-19 16:00:00+00	34.7	ok	demo
12	2026-11-19 17:00:00+00	31.9	ok	demo
12	2026-11-19 18:00:00+00	28.8	ok	demo
12	2026-11-19 19:00:00+00	30.5	ok	demo
12	2026-11-19 20:00:00+00	30.2	ok	demo
12	2026-11-19 21:00:00+00	27.7	ok	demo
12	2026-11-19 22:00:00+00	27	ok	demo
12	2026-11-19 23:00:00+00	28.2	ok	demo
13	2026-11-19 00:00:00+00	63.6	ok	demo
13	2026-11-19 01:00:00+00	63.9	ok	demo
13	2026-11-19 02:00:00+00	63.7	ok	demo
13	2026-11-19 03:00:00+00	63.1	ok	demo
13	2026-11-19 04:00:00+00	61.9	ok	demo
13	2026-11-19 05:00:00+00	62.7	ok	demo
13	2026-11-19 06:00:00+00	63.2	ok	demo
13	2026-11-19 07:00:00+00	62.8	ok	demo
13	2026-11-19 08:00:00+00	65.2	ok	demo
13	2026-11-19 09:00:00+00	65	ok	demo
13	2026-11-19 10:00:00+00	64	ok	demo
13	2026-11-19 11:00:00+00	65.1	ok	demo
13	2026-11-19 12:00:00+00	63	ok	demo
13	2026-11-19 13:00:00+00	87.5	suspect	demo
13	2026-11-19 14:00:00+00	47.6	ok	demo
13	2026-11-19 15:00:00+00	47.5	ok	demo
13	2026-11-19 16:00:00+00	51	ok	demo
13	2026-11-19 17:00:00+00	50.7	ok	demo
13	2026-11-19 18:00:00+00	51.4	ok	demo
13	2026-11-19 19:00:00+00	48.9	ok	demo
13	2026-11-19 20:00:00+00	49.7	ok	demo
13	2026-11-19 21:00:00+00	50.6	ok	demo
13	2026-11-19 22:00:00+00	50	ok	demo
13	2026-11-19 23:00:00+00	64	ok	demo
14	2026-11-19 00:00:00+00	3548	ok	demo
14	2026-11-19 01:00:00+00	3842	ok	demo
14	2026-11-19 02:00:00+00	2650	ok	demo
14	2026-11-19 03:00:00+00	1851	ok	demo
14	2026-11-19 04:00:00+00	1441	ok	demo
14	2026-11-19 05:00:00+00	1722	ok	demo
14	2026-11-19 06:00:00+00	1444	ok	demo
14	2026-11-19 07:00:00+00	1408	ok	demo
14	2026-11-19 08:00:00+00	2058	ok	demo
14	2026-11-19 09:00:00+00	2904	ok	demo
14	2026-11-19 10:00:00+00	3961	ok	demo
14	2026-11-19 11:00:00+00	3519	ok	demo
14	2026-11-19 12:00:00+00	2044	ok	demo
14	2026-11-19 13:00:00+00	947	ok	demo
14	2026-11-19 14:00:00+00	405	ok	demo
14	2026-11-19 15:00:00+00	223	ok	demo
14	2026-11-19 16:00:00+00	204	ok	demo
14	2026-11-19 17:00:00+00	240	ok	demo
14	2026-11-19 18:00:00+00	234	ok	demo
14	2026-11-19 19:00:00+00	235	ok	demo
14	2026-11-19 20:00:00+00	249	ok	demo
14	2026-11-19 21:00:00+00	320	ok	demo
14	2026-11-19 22:00:00+00	660	ok	demo
14	2026-11-19 23:00:00+00	1840	ok	demo
15	2026-11-19 00:00:00+00	20.7	ok	demo
15	2026-11-19 01:00:00+00	20.8	ok	demo
15	2026-11-19 02:00:00+00	20.8	ok	demo
15	2026-11-19 03:00:00+00	18.9	ok	demo
15	2026-11-19 04:00:00+00	16.2	ok	demo
15	2026-11-19 05:00:00+00	14.2	ok	demo
15	2026-11-19 06:00:00+00	11.7	ok	demo
15	2026-11-19 07:00:00+00	11.5	ok	demo
15	2026-11-19 08:00:00+00	14.6	ok	demo
15	2026-11-19 09:00:00+00	17.6	ok	demo
15	2026-11-19 10:00:00+00	17.1	ok	demo
15	2026-11-19 11:00:00+00	23.3	ok	demo
15	2026-11-19 12:00:00+00	22.4	ok	demo
15	2026-11-19 13:00:00+00	23.3	ok	demo
15	2026-11-19 14:00:00+00	23.3	ok	demo
15	2026-11-19 15:00:00+00	19	ok	demo
15	2026-11-19 16:00:00+00	17.8	ok	demo
15	2026-11-19 17:00:00+00	14	ok	demo
15	2026-11-19 19:00:00+00	14.6	ok	demo
15	2026-11-19 20:00:00+00	16	ok	demo
15	2026-11-19 21:00:00+00	16.4	ok	demo
15	2026-11-19 22:00:00+00	15.9	ok	demo
15	2026-11-19 23:00:00+00	16.5	ok	demo
16	2026-11-19 00:00:00+00	34.8	ok	demo
16	2026-11-19 01:00:00+00	36.1	ok	demo
16	2026-11-19 02:00:00+00	41.4	ok	demo
16	2026-11-19 04:00:00+00	48.1	ok	demo
16	2026-11-19 05:00:00+00	45.2	ok	demo
16	2026-11-19 06:00:00+00	43.5	ok	demo
16	2026-11-19 07:00:00+00	46	ok	demo
16	2026-11-19 08:00:00+00	45.8	ok	demo
16	2026-11-19 09:00:00+00	42.5	ok	demo
16	2026-11-19 10:00:00+00	40.4	ok	demo
16	2026-11-19 11:00:00+00	40	ok	demo
16	2026-11-19 12:00:00+00	41	ok	demo
16	2026-11-19 13:00:00+00	39.1	ok	demo
16	2026-11-19 14:00:00+00	38.2	ok	demo
16	2026-11-19 15:00:00+00	35.6	ok	demo
16	2026-11-19 16:00:00+00	31.7	ok	demo
16	2026-11-19 17:00:00+00	30	ok	demo
16	2026-11-19 18:00:00+00	31.2	ok	demo
16	2026-11-19 19:00:00+00	29.8	ok	demo
16	2026-11-19 20:00:00+00	28.3	ok	demo
16	2026-11-19 21:00:00+00	28.4	ok	demo
16	2026-11-19 22:00:00+00	28.2	ok	demo
16	2026-11-19 23:00:00+00	27.7	ok	demo
17	2026-11-19 00:00:00+00	60.6	ok	demo
17	2026-11-19 01:00:00+00	73.4	ok	demo
17	2026-11-19 02:00:00+00	75.4	ok	demo
17	2026-11-19 03:00:00+00	76.5	ok	demo
17	2026-11-19 04:00:00+00	76.5	ok	demo
17	2026-11-19 05:00:00+00	75.4	ok	demo
17	2026-11-19 06:00:00+00	73.4	ok	demo
17	2026-11-19 07:00:00+00	58.3	ok	demo
17	2026-11-19 08:00:00+00	61	ok	demo
17	2026-11-19 09:00:00+00	61.4	ok	demo
17	2026-11-19 10:00:00+00	61.7	ok	demo
17	2026-11-19 11:00:00+00	63.1	ok	demo
17	2026-11-19 12:00:00+00	58.9	ok	demo
17	2026-11-19 13:00:00+00	58.8	ok	demo
17	2026-11-19 14:00:00+00	45.8	ok	demo
17	2026-11-19 15:00:00+00	47.2	ok	demo
17	2026-11-19 16:00:00+00	46.3	ok	demo
17	2026-11-19 17:00:00+00	46.9	ok	demo
17	2026-11-19 18:00:00+00	47	ok	demo
17	2026-11-19 19:00:00+00	46.4	ok	demo
17	2026-11-19 20:00:00+00	45.1	ok	demo
17	2026-11-19 21:00:00+00	45.8	ok	demo
17	2026-11-19 22:00:00+00	47.9	ok	demo
17	2026-11-19 23:00:00+00	60	ok	demo
18	2026-11-19 00:00:00+00	3909	ok	demo
18	2026-11-19 01:00:00+00	3857	ok	demo
18	2026-11-19 02:00:00+00	2692	ok	demo
18	2026-11-19 03:00:00+00	1919	ok	demo
18	2026-11-19 04:00:00+00	1802	ok	demo
18	2026-11-19 05:00:00+00	1872	ok	demo
18	2026-11-19 06:00:00+00	1736	ok	demo
18	2026-11-19 07:00:00+00	1611	ok	demo
18	2026-11-19 08:00:00+00	1892	ok	demo
18	2026-11-19 09:00:00+00	3058	ok	demo
18	2026-11-19 10:00:00+00	4007	ok	demo
18	2026-11-19 11:00:00+00	3589	ok	demo
18	2026-11-19 12:00:00+00	2638	ok	demo
18	2026-11-19 13:00:00+00	938	ok	demo
18	2026-11-19 14:00:00+00	383	ok	demo
18	2026-11-19 15:00:00+00	266	ok	demo
18	2026-11-19 16:00:00+00	267	ok	demo
18	2026-11-19 17:00:00+00	273	ok	demo
18	2026-11-19 18:00:00+00	267	ok	demo
18	2026-11-19 19:00:00+00	277	ok	demo
18	2026-11-19 20:00:00+00	252	ok	demo
18	2026-11-19 21:00:00+00	375	ok	demo
18	2026-11-19 22:00:00+00	782	ok	demo
18	2026-11-19 23:00:00+00	2163	ok	demo
19	2026-11-19 00:00:00+00	32.9	ok	demo
19	2026-11-19 01:00:00+00	39.3	ok	demo
19	2026-11-19 02:00:00+00	34.1	ok	demo
19	2026-11-19 03:00:00+00	23.4	ok	demo
19	2026-11-19 04:00:00+00	25.9	ok	demo
19	2026-11-19 05:00:00+00	27.7	ok	demo
19	2026-11-19 06:00:00+00	25.2	ok	demo
19	2026-11-19 07:00:00+00	25.2	ok	demo
19	2026-11-19 08:00:00+00	29.6	ok	demo
19	2026-11-19 09:00:00+00	32.1	ok	demo
19	2026-11-19 10:00:00+00	38.4	ok	demo
19	2026-11-19 11:00:00+00	40.9	ok	demo
19	2026-11-19 12:00:00+00	46.7	ok	demo
19	2026-11-19 13:00:00+00	43.7	ok	demo
19	2026-11-19 14:00:00+00	38.2	ok	demo
19	2026-11-19 15:00:00+00	31.7	ok	demo
19	2026-11-19 16:00:00+00	27.7	ok	demo
19	2026-11-19 17:00:00+00	21.9	ok	demo
19	2026-11-19 18:00:00+00	27.2	ok	demo
19	2026-11-19 19:00:00+00	28.2	ok	demo
19	2026-11-19 20:00:00+00	31.4	ok	demo
19	2026-11-19 21:00:00+00	24.6	ok	demo
19	2026-11-19 22:00:00+00	28.8	ok	demo
19	2026-11-19 23:00:00+00	33.7	ok	demo
20	2026-11-19 00:00:00+00	27.8	ok	demo
20	2026-11-19 01:00:00+00	28.1	ok	demo
20	2026-11-19 02:00:00+00	29	ok	demo
20	2026-11-19 03:00:00+00	28.6	ok	demo
20	2026-11-19 04:00:00+00	30.6	ok	demo
20	2026-11-19 05:00:00+00	31.7	ok	demo
20	2026-11-19 06:00:00+00	31.8	ok	demo
20	2026-11-19 07:00:00+00	33.5	ok	demo
20	2026-11-19 08:00:00+00	35.4	ok	demo
20	2026-11-19 09:00:00+00	37.9	ok	demo
20	2026-11-19 10:00:00+00	39.8	ok	demo
20	2026-11-19 11:00:00+00	36.7	ok	demo
20	2026-11-19 12:00:00+00	35.7	ok	demo
20	2026-11-19 13:00:00+00	33.9	ok	demo
20	2026-11-19 14:00:00+00	33.5	ok	demo
20	2026-11-19 15:00:00+00	29.3	ok	demo
20	2026-11-19 16:00:00+00	31.6	ok	demo
20	2026-11-19 17:00:00+00	30.5	ok	demo
20	2026-11-19 18:00:00+00	28.8	ok	demo
20	2026-11-19 19:00:00+00	26.8	ok	demo
20	2026-11-19 20:00:00+00	27.4	ok	demo
20	2026-11-19 21:00:00+00	26	ok	demo
20	2026-11-19 22:00:00+00	27	ok	demo
20	2026-11-19 23:00:00+00	27.2	ok	demo
21	2026-11-19 00:00:00+00	63.1	ok	demo
21	2026-11-19 01:00:00+00	64.7	ok	demo
21	2026-11-19 02:00:00+00	64.3	ok	demo
21	2026-11-19 03:00:00+00	64.2	ok	demo
21	2026-11-19 04:00:00+00	62.4	ok	demo
21	2026-11-19 05:00:00+00	62	ok	demo
21	2026-11-19 06:00:00+00	61.6	ok	demo
21	2026-11-19 07:00:00+00	63.1	ok	demo
21	2026-11-19 08:00:00+00	65.9	ok	demo
21	2026-11-19 09:00:00+00	63.1	ok	demo
21	2026-11-19 10:00:00+00	64.5	ok	demo
21	2026-11-19 11:00:00+00	64.9	ok	demo
21	2026-11-19 12:00:00+00	61.6	ok	demo
21	2026-11-19 13:00:00+00	62.4	ok	demo
21	2026-11-19 14:00:00+00	50.2	ok	demo
21	2026-11-19 15:00:00+00	49.8	ok	demo
21	2026-11-19 16:00:00+00	48.8	ok	demo
21	2026-11-19 17:00:00+00	48.7	ok	demo
21	2026-11-19 18:00:00+00	46.1	ok	demo
21	2026-11-19 19:00:00+00	45.1	ok	demo
21	2026-11-19 20:00:00+00	48.6	ok	demo
21	2026-11-19 21:00:00+00	47.5	ok	demo
21	2026-11-19 22:00:00+00	47.2	ok	demo
21	2026-11-19 23:00:00+00	63.4	ok	demo
22	2026-11-19 00:00:00+00	2673	ok	demo
22	2026-11-19 01:00:00+00	2715	ok	demo
22	2026-11-19 02:00:00+00	2189	ok	demo
22	2026-11-19 03:00:00+00	1381	ok	demo
22	2026-11-19 04:00:00+00	1395	ok	demo
22	2026-11-19 05:00:00+00	1450	ok	demo
22	2026-11-19 06:00:00+00	1242	ok	demo
22	2026-11-19 07:00:00+00	1175	ok	demo
22	2026-11-19 08:00:00+00	1329	ok	demo
22	2026-11-19 09:00:00+00	3922	ok	demo
22	2026-11-19 10:00:00+00	4259	ok	demo
22	2026-11-19 11:00:00+00	3922	ok	demo
22	2026-11-19 12:00:00+00	1709	ok	demo
22	2026-11-19 13:00:00+00	714	ok	demo
22	2026-11-19 14:00:00+00	304	ok	demo
22	2026-11-19 15:00:00+00	175	ok	demo
22	2026-11-19 16:00:00+00	151	ok	demo
22	2026-11-19 17:00:00+00	124	ok	demo
22	2026-11-19 18:00:00+00	139	ok	demo
22	2026-11-19 19:00:00+00	135	ok	demo
22	2026-11-19 20:00:00+00	148	ok	demo
22	2026-11-19 21:00:00+00	199	ok	demo
22	2026-11-19 22:00:00+00	512	ok	demo
22	2026-11-19 23:00:00+00	1268	ok	demo
23	2026-11-19 00:00:00+00	26.5	ok	demo
23	2026-11-19 01:00:00+00	23.6	ok	demo
23	2026-11-19 02:00:00+00	23.5	ok	demo
23	2026-11-19 03:00:00+00	21	ok	demo
23	2026-11-19 04:00:00+00	18.1	ok	demo
23	2026-11-19 05:00:00+00	15	ok	demo
23	2026-11-19 06:00:00+00	12.5	ok	demo
23	2026-11-19 07:00:00+00	15.7	ok	demo
23	2026-11-19 08:00:00+00	16.7	ok	demo
23	2026-11-19 09:00:00+00	16.8	ok	demo
23	2026-11-19 10:00:00+00	21.1	ok	demo
23	2026-11-19 11:00:00+00	25.5	ok	demo
23	2026-11-19 12:00:00+00	26.9	ok	demo
23	2026-11-19 13:00:00+00	28.1	ok	demo
23	2026-11-19 14:00:00+00	25.3	ok	demo
23	2026-11-19 15:00:00+00	19.3	ok	demo
23	2026-11-19 16:00:00+00	16.5	ok	demo
23	2026-11-19 17:00:00+00	18.9	ok	demo
23	2026-11-19 18:00:00+00	18.8	ok	demo
23	2026-11-19 19:00:00+00	20.5	ok	demo
23	2026-11-19 20:00:00+00	21.8	ok	demo
23	2026-11-19 21:00:00+00	20.7	ok	demo
23	2026-11-19 22:00:00+00	18.2	ok	demo
23	2026-11-19 23:00:00+00	21.8	ok	demo
24	2026-11-19 00:00:00+00	24.7	ok	demo
24	2026-11-19 01:00:00+00	25.7	ok	demo
24	2026-11-19 02:00:00+00	27.2	ok	demo
24	2026-11-19 03:00:00+00	29.6	ok	demo
24	2026-11-19 04:00:00+00	34.1	ok	demo
24	2026-11-19 05:00:00+00	37.7	ok	demo
24	2026-11-19 06:00:00+00	37.8	ok	demo
24	2026-11-19 07:00:00+00	37.1	ok	demo
24	2026-11-19 08:00:00+00	34.2	ok	demo
24	2026-11-19 09:00:00+00	33.2	ok	demo
24	2026-11-19 10:00:00+00	32.8	ok	demo
24	2026-11-19 11:00:00+00	31.4	ok	demo
24	2026-11-19 12:00:00+00	28.6	ok	demo
24	2026-11-19 13:00:00+00	28.1	ok	demo
24	2026-11-19 14:00:00+00	27.1	ok	demo
24	2026-11-19 15:00:00+00	25.7	ok	demo
24	2026-11-19 16:00:00+00	25.9	ok	demo
24	2026-11-19 17:00:00+00	24.8	ok	demo
24	2026-11-19 18:00:00+00	25.4	ok	demo
24	2026-11-19 19:00:00+00	23.6	ok	demo
24	2026-11-19 20:00:00+00	23.6	ok	demo
24	2026-11-19 21:00:00+00	22.2	ok	demo
24	2026-11-19 22:00:00+00	22.2	ok	demo
24	2026-11-19 23:00:00+00	24.9	ok	demo
25	2026-11-19 00:00:00+00	44.4	ok	demo
25	2026-11-19 01:00:00+00	46.3	ok	demo
25	2026-11-19 02:00:00+00	39.3	ok	demo
25	2026-11-19 03:00:00+00	33.8	ok	demo
25	2026-11-19 04:00:00+00	27.3	ok	demo
25	2026-11-19 05:00:00+00	24.4	ok	demo
25	2026-11-19 06:00:00+00	22.4	ok	demo
25	2026-11-19 07:00:00+00	20.4	ok	demo
25	2026-11-19 08:00:00+00	21.6	ok	demo
25	2026-11-19 09:00:00+00	24.6	ok	demo
25	2026-11-19 10:00:00+00	31.4	ok	demo
25	2026-11-19 11:00:00+00	41.4	ok	demo
25	2026-11-19 12:00:00+00	45.7	ok	demo
25	2026-11-19 13:00:00+00	48.9	ok	demo
25	2026-11-19 14:00:00+00	47.7	ok	demo
25	2026-11-19 15:00:00+00	45.8	ok	demo
25	2026-11-19 16:00:00+00	36.3	ok	demo
25	2026-11-19 17:00:00+00	27.6	ok	demo
25	2026-11-19 18:00:00+00	30.3	ok	demo
25	2026-11-19 19:00:00+00	35.4	ok	demo
25	2026-11-19 20:00:00+00	34.7	ok	demo
25	2026-11-19 21:00:00+00	30.1	ok	demo
25	2026-11-19 22:00:00+00	33.4	ok	demo
25	2026-11-19 23:00:00+00	36.7	ok	demo
26	2026-11-19 00:00:00+00	33.8	ok	demo
26	2026-11-19 01:00:00+00	32.4	ok	demo
26	2026-11-19 02:00:00+00	33.9	ok	demo
26	2026-11-19 03:00:00+00	34.7	ok	demo
26	2026-11-19 04:00:00+00	37	ok	demo
26	2026-11-19 05:00:00+00	39.8	ok	demo
26	2026-11-19 06:00:00+00	39.6	ok	demo
26	2026-11-19 07:00:00+00	43.6	ok	demo
26	2026-11-19 08:00:00+00	43.9	ok	demo
26	2026-11-19 09:00:00+00	42.6	ok	demo
26	2026-11-19 10:00:00+00	45	ok	demo
26	2026-11-19 11:00:00+00	44.5	ok	demo
26	2026-11-19 12:00:00+00	46.3	ok	demo
26	2026-11-19 13:00:00+00	45.9	ok	demo
26	2026-11-19 14:00:00+00	44	ok	demo
26	2026-11-19 15:00:00+00	43.4	ok	demo
26	2026-11-19 16:00:00+00	41	ok	demo
26	2026-11-19 18:00:00+00	36.1	ok	demo
26	2026-11-19 19:00:00+00	35.5	ok	demo
26	2026-11-19 20:00:00+00	34.7	ok	demo
26	2026-11-19 21:00:00+00	34.9	ok	demo
26	2026-11-19 22:00:00+00	33.9	ok	demo
26	2026-11-19 23:00:00+00	34.6	ok	demo
27	2026-11-19 00:00:00+00	2586	ok	demo
27	2026-11-19 01:00:00+00	2847	ok	demo
27	2026-11-19 02:00:00+00	1757	ok	demo
27	2026-11-19 03:00:00+00	1286	ok	demo
27	2026-11-19 04:00:00+00	1177	ok	demo
27	2026-11-19 05:00:00+00	1314	ok	demo
27	2026-11-19 06:00:00+00	1184	ok	demo
27	2026-11-19 07:00:00+00	1071	ok	demo
27	2026-11-19 08:00:00+00	1392	ok	demo
27	2026-11-19 09:00:00+00	1890	ok	demo
27	2026-11-19 10:00:00+00	2823	ok	demo
27	2026-11-19 11:00:00+00	2833	ok	demo
27	2026-11-19 12:00:00+00	1586	ok	demo
27	2026-11-19 13:00:00+00	688	ok	demo
27	2026-11-19 14:00:00+00	908	suspect	demo
27	2026-11-19 15:00:00+00	172	ok	demo
27	2026-11-19 16:00:00+00	160	ok	demo
27	2026-11-19 17:00:00+00	149	ok	demo
27	2026-11-19 18:00:00+00	151	ok	demo
27	2026-11-19 19:00:00+00	150	ok	demo
27	2026-11-19 20:00:00+00	164	ok	demo
27	2026-11-19 21:00:00+00	221	ok	demo
27	2026-11-19 22:00:00+00	492	ok	demo
27	2026-11-19 23:00:00+00	1363	ok	demo
28	2026-11-19 00:00:00+00	21	ok	demo
28	2026-11-19 01:00:00+00	23.7	ok	demo
28	2026-11-19 02:00:00+00	22.8	ok	demo
28	2026-11-19 03:00:00+00	18.4	ok	demo
28	2026-11-19 04:00:00+00	16	ok	demo
28	2026-11-19 05:00:00+00	13.9	ok	demo
28	2026-11-19 06:00:00+00	12.6	ok	demo
28	2026-11-19 07:00:00+00	11.1	ok	demo
28	2026-11-19 08:00:00+00	10.8	ok	demo
28	2026-11-19 09:00:00+00	12.8	ok	demo
28	2026-11-19 10:00:00+00	17.4	ok	demo
28	2026-11-19 11:00:00+00	20.1	ok	demo
28	2026-11-19 12:00:00+00	24	ok	demo
28	2026-11-19 13:00:00+00	23.2	ok	demo
28	2026-11-19 14:00:00+00	22	ok	demo
28	2026-11-19 15:00:00+00	17.6	ok	demo
28	2026-11-19 16:00:00+00	16	ok	demo
28	2026-11-19 17:00:00+00	11	ok	demo
28	2026-11-19 18:00:00+00	12.4	ok	demo
28	2026-11-19 19:00:00+00	13.3	ok	demo
28	2026-11-19 20:00:00+00	12.8	ok	demo
28	2026-11-19 21:00:00+00	11.6	ok	demo
28	2026-11-19 22:00:00+00	13.4	ok	demo
28	2026-11-19 23:00:00+00	11.2	ok	demo
29	2026-11-19 00:00:00+00	50.9	ok	demo
29	2026-11-19 01:00:00+00	57.6	ok	demo
29	2026-11-19 02:00:00+00	46	ok	demo
29	2026-11-19 03:00:00+00	39.3	ok	demo
29	2026-11-19 04:00:00+00	29.3	ok	demo
29	2026-11-19 05:00:00+00	29	ok	demo
29	2026-11-19 07:00:00+00	34.1	ok	demo
29	2026-11-19 08:00:00+00	38.9	ok	demo
29	2026-11-19 09:00:00+00	45.6	ok	demo
29	2026-11-19 10:00:00+00	64	ok	demo
29	2026-11-19 11:00:00+00	64.6	ok	demo
29	2026-11-19 12:00:00+00	42.4	ok	demo
29	2026-11-19 13:00:00+00	35.9	ok	demo
29	2026-11-19 14:00:00+00	30.5	ok	demo
29	2026-11-19 15:00:00+00	25.7	ok	demo
29	2026-11-19 16:00:00+00	22	ok	demo
29	2026-11-19 17:00:00+00	25.7	ok	demo
29	2026-11-19 18:00:00+00	24	ok	demo
29	2026-11-19 19:00:00+00	24.9	ok	demo
29	2026-11-19 20:00:00+00	26.1	ok	demo
29	2026-11-19 21:00:00+00	26.9	ok	demo
29	2026-11-19 22:00:00+00	29.2	ok	demo
29	2026-11-19 23:00:00+00	33.8	ok	demo
30	2026-11-19 00:00:00+00	31	ok	demo
30	2026-11-19 01:00:00+00	31.7	ok	demo
30	2026-11-19 02:00:00+00	33.6	ok	demo
30	2026-11-19 03:00:00+00	35.3	ok	demo
30	2026-11-19 04:00:00+00	36.8	ok	demo
30	2026-11-19 05:00:00+00	38.5	ok	demo
30	2026-11-19 06:00:00+00	39.4	ok	demo
30	2026-11-19 07:00:00+00	40.4	ok	demo
30	2026-11-19 08:00:00+00	42.4	ok	demo
30	2026-11-19 09:00:00+00	41.7	ok	demo
30	2026-11-19 10:00:00+00	35.9	ok	demo
30	2026-11-19 11:00:00+00	35.8	ok	demo
30	2026-11-19 12:00:00+00	35.4	ok	demo
30	2026-11-19 13:00:00+00	36	ok	demo
30	2026-11-19 14:00:00+00	33.5	ok	demo
30	2026-11-19 15:00:00+00	32.1	ok	demo
30	2026-11-19 16:00:00+00	30.9	ok	demo
30	2026-11-19 17:00:00+00	27.5	ok	demo
30	2026-11-19 18:00:00+00	26.1	ok	demo
30	2026-11-19 19:00:00+00	26.7	ok	demo
30	2026-11-19 20:00:00+00	28.8	ok	demo
30	2026-11-19 21:00:00+00	27.3	ok	demo
30	2026-11-19 22:00:00+00	25.6	ok	demo
30	2026-11-19 23:00:00+00	25.9	ok	demo
31	2026-11-19 00:00:00+00	62.6	ok	demo
31	2026-11-19 01:00:00+00	63.3	ok	demo
31	2026-11-19 02:00:00+00	61.9	ok	demo
31	2026-11-19 03:00:00+00	61.2	ok	demo
31	2026-11-19 04:00:00+00	60.2	ok	demo
31	2026-11-19 05:00:00+00	60.9	ok	demo
31	2026-11-19 06:00:00+00	60.8	ok	demo
31	2026-11-19 08:00:00+00	63.5	ok	demo
31	2026-11-19 09:00:00+00	63.9	ok	demo
31	2026-11-19 10:00:00+00	64.6	ok	demo
31	2026-11-19 11:00:00+00	63.6	ok	demo
31	2026-11-19 12:00:00+00	62.7	ok	demo
31	2026-11-19 13:00:00+00	61.7	ok	demo
31	2026-11-19 14:00:00+00	47.7	ok	demo
31	2026-11-19 15:00:00+00	47.6	ok	demo
31	2026-11-19 16:00:00+00	44.7	ok	demo
31	2026-11-19 17:00:00+00	46.8	ok	demo
31	2026-11-19 18:00:00+00	47.2	ok	demo
31	2026-11-19 19:00:00+00	47	ok	demo
31	2026-11-19 20:00:00+00	46.3	ok	demo
31	2026-11-19 21:00:00+00	47.8	ok	demo
31	2026-11-19 22:00:00+00	48.2	ok	demo
31	2026-11-19 23:00:00+00	63.3	ok	demo
32	2026-11-19 00:00:00+00	3534	ok	demo
32	2026-11-19 01:00:00+00	3669	ok	demo
32	2026-11-19 02:00:00+00	2646	ok	demo
32	2026-11-19 03:00:00+00	1709	ok	demo
32	2026-11-19 04:00:00+00	1609	ok	demo
32	2026-11-19 05:00:00+00	1806	ok	demo
32	2026-11-19 06:00:00+00	1475	ok	demo
32	2026-11-19 07:00:00+00	1417	ok	demo
32	2026-11-19 08:00:00+00	1756	ok	demo
32	2026-11-19 09:00:00+00	2736	ok	demo
32	2026-11-19 10:00:00+00	4000	ok	demo
32	2026-11-19 11:00:00+00	3885	ok	demo
32	2026-11-19 12:00:00+00	2309	ok	demo
32	2026-11-19 13:00:00+00	912	ok	demo
32	2026-11-19 14:00:00+00	384	ok	demo
32	2026-11-19 15:00:00+00	194	ok	demo
32	2026-11-19 16:00:00+00	175	ok	demo
32	2026-11-19 17:00:00+00	200	ok	demo
32	2026-11-19 18:00:00+00	227	ok	demo
32	2026-11-19 19:00:00+00	200	ok	demo
32	2026-11-19 20:00:00+00	211	ok	demo
32	2026-11-19 21:00:00+00	301	ok	demo
32	2026-11-19 22:00:00+00	662	ok	demo
32	2026-11-19 23:00:00+00	2020	ok	demo
33	2026-11-19 00:00:00+00	30.6	ok	demo
33	2026-11-19 01:00:00+00	32.9	ok	demo
33	2026-11-19 02:00:00+00	30.8	ok	demo
33	2026-11-19 03:00:00+00	24.5	ok	demo
33	2026-11-19 04:00:00+00	18.8	ok	demo
33	2026-11-19 05:00:00+00	15.4	ok	demo
33	2026-11-19 06:00:00+00	18.4	ok	demo
33	2026-11-19 07:00:00+00	18.7	ok	demo
33	2026-11-19 08:00:00+00	19.6	ok	demo
33	2026-11-19 09:00:00+00	21.5	ok	demo
33	2026-11-19 10:00:00+00	28.8	ok	demo
33	2026-11-19 11:00:00+00	33.2	ok	demo
33	2026-11-19 12:00:00+00	36	ok	demo
33	2026-11-19 13:00:00+00	37.7	ok	demo
33	2026-11-19 14:00:00+00	31.8	ok	demo
33	2026-11-19 15:00:00+00	29.6	ok	demo
33	2026-11-19 16:00:00+00	29.9	ok	demo
33	2026-11-19 17:00:00+00	29.9	ok	demo
33	2026-11-19 18:00:00+00	27.4	ok	demo
33	2026-11-19 19:00:00+00	26.4	ok	demo
33	2026-11-19 20:00:00+00	27	ok	demo
33	2026-11-19 21:00:00+00	31.3	ok	demo
33	2026-11-19 22:00:00+00	30	ok	demo
33	2026-11-19 23:00:00+00	33.1	ok	demo
34	2026-11-19 00:00:00+00	26.6	ok	demo
34	2026-11-19 01:00:00+00	28.3	ok	demo
34	2026-11-19 02:00:00+00	30.2	ok	demo
34	2026-11-19 03:00:00+00	32.1	ok	demo
34	2026-11-19 04:00:00+00	31.6	ok	demo
34	2026-11-19 05:00:00+00	32.7	ok	demo
34	2026-11-19 06:00:00+00	85.5	ok	demo
34	2026-11-19 07:00:00+00	92.7	ok	demo
34	2026-11-19 08:00:00+00	98.1	ok	demo
34	2026-11-19 09:00:00+00	101.1	ok	demo
34	2026-11-19 10:00:00+00	101.1	ok	demo
34	2026-11-19 11:00:00+00	98.1	ok	demo
34	2026-11-19 12:00:00+00	92.7	ok	demo
34	2026-11-19 13:00:00+00	85.5	ok	demo
34	2026-11-19 14:00:00+00	32.1	ok	demo
34	2026-11-19 15:00:00+00	30.7	ok	demo
34	2026-11-19 16:00:00+00	28.8	ok	demo
34	2026-11-19 17:00:00+00	29.2	ok	demo
34	2026-11-19 18:00:00+00	28.2	ok	demo
34	2026-11-19 19:00:00+00	29.6	ok	demo
34	2026-11-19 20:00:00+00	30.6	ok	demo
34	2026-11-19 21:00:00+00	32.6	ok	demo
34	2026-11-19 22:00:00+00	33.4	ok	demo
34	2026-11-19 23:00:00+00	30.1	ok	demo
35	2026-11-19 00:00:00+00	63.8	ok	demo
35	2026-11-19 01:00:00+00	64.2	ok	demo
35	2026-11-19 02:00:00+00	63.6	ok	demo
35	2026-11-19 03:00:00+00	62.1	ok	demo
35	2026-11-19 04:00:00+00	62.6	ok	demo
35	2026-11-19 05:00:00+00	59.5	ok	demo
35	2026-11-19 06:00:00+00	59.2	ok	demo
35	2026-11-19 07:00:00+00	60.6	ok	demo
35	2026-11-19 08:00:00+00	60.2	ok	demo
35	2026-11-19 09:00:00+00	62.8	ok	demo
35	2026-11-19 10:00:00+00	63.3	ok	demo
35	2026-11-19 11:00:00+00	63.3	ok	demo
35	2026-11-19 12:00:00+00	60.9	ok	demo
35	2026-11-19 13:00:00+00	61	ok	demo
35	2026-11-19 14:00:00+00	51.4	ok	demo
35	2026-11-19 15:00:00+00	51.1	ok	demo
35	2026-11-19 16:00:00+00	48.3	ok	demo
35	2026-11-19 17:00:00+00	48.2	ok	demo
35	2026-11-19 18:00:00+00	50.9	ok	demo
35	2026-11-19 19:00:00+00	50.5	ok	demo
35	2026-11-19 20:00:00+00	47.3	ok	demo
35	2026-11-19 21:00:00+00	47.1	ok	demo
35	2026-11-19 22:00:00+00	46	ok	demo
35	2026-11-19 23:00:00+00	60.3	ok	demo
36	2026-11-19 00:00:00+00	4068	ok	demo
36	2026-11-19 01:00:00+00	4731	ok	demo
36	2026-11-19 02:00:00+00	3034	ok	demo
36	2026-11-19 03:00:00+00	2072	ok	demo
36	2026-11-19 04:00:00+00	2062	ok	demo
36	2026-11-19 05:00:00+00	2112	ok	demo
36	2026-11-19 06:00:00+00	1836	ok	demo
36	2026-11-19 07:00:00+00	1898	ok	demo
36	2026-11-19 08:00:00+00	2199	ok	demo
36	2026-11-19 09:00:00+00	2975	ok	demo
36	2026-11-19 10:00:00+00	4181	ok	demo
36	2026-11-19 11:00:00+00	4077	ok	demo
36	2026-11-19 12:00:00+00	2541	ok	demo
36	2026-11-19 13:00:00+00	1060	ok	demo
36	2026-11-19 14:00:00+00	400	ok	demo
36	2026-11-19 15:00:00+00	245	ok	demo
36	2026-11-19 16:00:00+00	227	ok	demo
36	2026-11-19 17:00:00+00	237	ok	demo
36	2026-11-19 18:00:00+00	258	ok	demo
36	2026-11-19 19:00:00+00	229	ok	demo
36	2026-11-19 20:00:00+00	230	ok	demo
36	2026-11-19 21:00:00+00	391	ok	demo
36	2026-11-19 22:00:00+00	679	ok	demo
36	2026-11-19 23:00:00+00	1996	ok	demo
37	2026-11-19 00:00:00+00	27.1	ok	demo
37	2026-11-19 01:00:00+00	30.8	ok	demo
37	2026-11-19 02:00:00+00	27.8	ok	demo
37	2026-11-19 03:00:00+00	22.3	ok	demo
37	2026-11-19 04:00:00+00	20.3	ok	demo
37	2026-11-19 05:00:00+00	17.7	ok	demo
37	2026-11-19 06:00:00+00	14.7	ok	demo
37	2026-11-19 07:00:00+00	12.7	ok	demo
37	2026-11-19 08:00:00+00	14.7	ok	demo
37	2026-11-19 09:00:00+00	17.3	ok	demo
37	2026-11-19 10:00:00+00	20.4	ok	demo
37	2026-11-19 11:00:00+00	24.1	ok	demo
37	2026-11-19 12:00:00+00	30.7	ok	demo
37	2026-11-19 13:00:00+00	30.3	ok	demo
37	2026-11-19 14:00:00+00	28.3	ok	demo
37	2026-11-19 15:00:00+00	25.7	ok	demo
37	2026-11-19 16:00:00+00	21.5	ok	demo
37	2026-11-19 17:00:00+00	21	ok	demo
37	2026-11-19 18:00:00+00	18.9	ok	demo
37	2026-11-19 19:00:00+00	17.1	ok	demo
37	2026-11-19 20:00:00+00	18.2	ok	demo
37	2026-11-19 21:00:00+00	17.5	ok	demo
37	2026-11-19 22:00:00+00	17.6	ok	demo
37	2026-11-19 23:00:00+00	20.8	ok	demo
38	2026-11-19 00:00:00+00	31.6	ok	demo
38	2026-11-19 01:00:00+00	31.4	ok	demo
38	2026-11-19 02:00:00+00	34.9	ok	demo
38	2026-11-19 03:00:00+00	33.7	ok	demo
38	2026-11-19 04:00:00+00	34.8	ok	demo
38	2026-11-19 05:00:00+00	33.8	ok	demo
38	2026-11-19 06:00:00+00	35.8	ok	demo
38	2026-11-19 07:00:00+00	39.1	ok	demo
38	2026-11-19 08:00:00+00	41	ok	demo
38	2026-11-19 09:00:00+00	44	ok	demo
38	2026-11-19 10:00:00+00	40.1	ok	demo
38	2026-11-19 11:00:00+00	38.6	ok	demo
38	2026-11-19 12:00:00+00	37.9	ok	demo
38	2026-11-19 13:00:00+00	39.1	ok	demo
38	2026-11-19 14:00:00+00	39.8	ok	demo
38	2026-11-19 15:00:00+00	41.3	ok	demo
38	2026-11-19 16:00:00+00	37.8	ok	demo
38	2026-11-19 17:00:00+00	37.4	ok	demo
38	2026-11-19 18:00:00+00	35.8	ok	demo
38	2026-11-19 19:00:00+00	34	ok	demo
38	2026-11-19 20:00:00+00	30.3	ok	demo
38	2026-11-19 21:00:00+00	29.7	ok	demo
38	2026-11-19 22:00:00+00	30.2	ok	demo
38	2026-11-19 23:00:00+00	30.8	ok	demo
39	2026-11-19 00:00:00+00	62.7	ok	demo
39	2026-11-19 01:00:00+00	63.7	ok	demo
39	2026-11-19 02:00:00+00	62.6	ok	demo
39	2026-11-19 03:00:00+00	63	ok	demo
39	2026-11-19 04:00:00+00	61.2	ok	demo
39	2026-11-19 05:00:00+00	58.3	ok	demo
39	2026-11-19 06:00:00+00	58.5	ok	demo
39	2026-11-19 07:00:00+00	59.7	ok	demo
39	2026-11-19 08:00:00+00	60.4	ok	demo
39	2026-11-19 09:00:00+00	63.5	ok	demo
39	2026-11-19 10:00:00+00	64.3	ok	demo
39	2026-11-19 11:00:00+00	64.7	ok	demo
39	2026-11-19 12:00:00+00	64.1	ok	demo
39	2026-11-19 13:00:00+00	61.3	ok	demo
39	2026-11-19 14:00:00+00	49.3	ok	demo
39	2026-11-19 15:00:00+00	48.1	ok	demo
39	2026-11-19 16:00:00+00	47.6	ok	demo
39	2026-11-19 17:00:00+00	49	ok	demo
39	2026-11-19 18:00:00+00	50.4	ok	demo
39	2026-11-19 19:00:00+00	49.6	ok	demo
39	2026-11-19 20:00:00+00	48.8	ok	demo
39	2026-11-19 21:00:00+00	48	ok	demo
39	2026-11-19 22:00:00+00	49.6	ok	demo
39	2026-11-19 23:00:00+00	62.2	ok	demo
40	2026-11-19 00:00:00+00	3975	ok	demo
40	2026-11-19 01:00:00+00	4107	ok	demo
40	2026-11-19 02:00:00+00	2621	ok	demo
40	2026-11-19 03:00:00+00	1913	ok	demo
40	2026-11-19 04:00:00+00	1821	ok	demo
40	2026-11-19 05:00:00+00	1765	ok	demo
40	2026-11-19 06:00:00+00	1555	ok	demo
40	2026-11-19 07:00:00+00	1380	ok	demo
40	2026-11-19 08:00:00+00	1783	ok	demo
40	2026-11-19 09:00:00+00	2835	ok	demo
40	2026-11-19 10:00:00+00	4158	ok	demo
40	2026-11-19 11:00:00+00	4074	ok	demo
40	2026-11-19 12:00:00+00	2626	ok	demo
40	2026-11-19 13:00:00+00	1002	ok	demo
40	2026-11-19 14:00:00+00	405	ok	demo
40	2026-11-19 15:00:00+00	249	ok	demo
40	2026-11-19 16:00:00+00	217	ok	demo
40	2026-11-19 17:00:00+00	214	ok	demo
40	2026-11-19 18:00:00+00	213	ok	demo
40	2026-11-19 19:00:00+00	235	ok	demo
40	2026-11-19 20:00:00+00	265	ok	demo
40	2026-11-19 21:00:00+00	332	ok	demo
40	2026-11-19 22:00:00+00	715	ok	demo
40	2026-11-19 23:00:00+00	1892	ok	demo
\.


--
-- Data for Name: readings_daily_totals; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.readings_daily_totals (sensor_id, day, n, value_sum, value_min, value_max) FROM stdin;
36	2026-11-19	17	39718	227	4731
6	2026-11-20	7	149.2	17.8	28
21	2026-11-20	7	346.59999999999997	45.1	63.4
5	2026-11-20	7	2608	147	1271
5	2026-11-19	17	33699	155	8425
9	2026-11-20	7	3144	171	1627
25	2026-11-19	17	601.6999999999999	20.4	48.9
32	2026-11-20	7	3821	200	2020
7	2026-11-19	17	605.5000000000001	27.5	42.8
2	2026-11-19	17	706.1999999999998	24.1	69.8
19	2026-11-20	7	195.8	21.9	33.7
3	2026-11-19	17	592.8000000000001	28.4	42.2
39	2026-11-19	17	1013	47.6	64.7
38	2026-11-20	7	228.2	29.7	37.4
29	2026-11-19	16	655.8000000000001	22	64.6
24	2026-11-19	17	520.9000000000001	24.7	37.8
18	2026-11-19	17	36436	266	4007
31	2026-11-19	16	950.9000000000002	44.7	64.6
14	2026-11-20	7	3778	234	1840
37	2026-11-20	7	131.10000000000002	17.1	21
31	2026-11-20	7	346.6	46.3	63.3
35	2026-11-19	17	1017.8999999999999	48.3	64.2
2	2026-11-20	7	224.4	27.2	50.1
23	2026-11-20	7	140.70000000000002	18.2	21.8
30	2026-11-19	17	610.4	30.9	42.4
20	2026-11-19	17	554.9	27.8	39.8
27	2026-11-20	7	2690	149	1363
23	2026-11-19	17	352.1	12.5	28.1
30	2026-11-20	7	187.9	25.6	28.8
1	2026-11-19	17	423.1000000000001	15.4	35.2
8	2026-11-20	7	340.09999999999997	45.2	64
26	2026-11-19	17	691.4	32.4	46.3
37	2026-11-19	17	386.4	12.7	30.8
27	2026-11-19	17	25674	160	2847
32	2026-11-19	17	34216	175	4000
6	2026-11-19	17	455.5	17.9	37.9
1	2026-11-20	7	103.89999999999999	13.1	16.9
18	2026-11-20	7	4389	252	2163
12	2026-11-19	17	587.1	30	37.6
20	2026-11-20	7	193.7	26	30.5
17	2026-11-19	17	1073.6999999999998	45.8	76.5
39	2026-11-20	7	357.6	48	62.2
10	2026-11-19	17	218.79999999999998	7.8	17.6
4	2026-11-20	7	363.9	46.8	79.1
16	2026-11-20	7	203.59999999999997	27.7	31.2
33	2026-11-19	17	458.2	15.4	37.7
13	2026-11-20	7	365.29999999999995	48.9	64
28	2026-11-20	7	85.7	11	13.4
34	2026-11-19	17	1027.9	26.6	101.1
14	2026-11-19	17	34171	204	3961
28	2026-11-19	17	303.40000000000003	10.8	24
11	2026-11-19	17	1443.8000000000004	22	249.5
3	2026-11-20	7	210.6	28.4	31.2
22	2026-11-19	17	30705	151	4259
34	2026-11-20	7	213.7	28.2	33.4
11	2026-11-20	7	226.70000000000005	27.3	37.7
21	2026-11-19	17	1036.6000000000001	48.8	65.9
12	2026-11-20	7	204.29999999999998	27	31.9
35	2026-11-20	7	350.3	46	60.3
38	2026-11-19	17	634.6999999999999	31.4	44
13	2026-11-19	17	1060.8000000000002	47.5	87.5
4	2026-11-19	17	999.8	45.1	64.5
26	2026-11-20	6	209.7	33.9	36.1
24	2026-11-20	7	166.70000000000002	22.2	25.4
40	2026-11-20	7	3866	213	1892
15	2026-11-19	17	313.20000000000005	11.5	23.3
19	2026-11-19	17	562.6999999999999	23.4	46.7
8	2026-11-19	16	977.6	45.7	66.3
9	2026-11-19	17	27186	175	2881
33	2026-11-20	7	205.1	26.4	33.1
25	2026-11-20	7	228.2	27.6	36.7
29	2026-11-20	7	190.59999999999997	24	33.8
22	2026-11-20	7	2525	124	1268
40	2026-11-19	17	36486	217	4158
7	2026-11-20	7	202.99999999999997	27.8	30.6
16	2026-11-19	16	649.4000000000001	31.7	48.1
36	2026-11-20	7	4020	229	1996
17	2026-11-20	7	339.09999999999997	45.1	60
10	2026-11-20	7	83.1	11.1	12.8
15	2026-11-20	6	93.4	14	16.5
\.


--
-- Data for Name: readings_latest; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.readings_latest (sensor_id, phenomenon_time, value, quality) FROM stdin;
1	2026-11-19 23:00:00+00	16.3	ok
2	2026-11-19 23:00:00+00	50.1	ok
3	2026-11-19 23:00:00+00	29.2	ok
4	2026-11-19 23:00:00+00	79.1	suspect
5	2026-11-19 23:00:00+00	1271	ok
6	2026-11-19 23:00:00+00	28	ok
7	2026-11-19 23:00:00+00	30.6	ok
8	2026-11-19 23:00:00+00	64	ok
9	2026-11-19 23:00:00+00	1627	ok
10	2026-11-19 23:00:00+00	11.8	ok
11	2026-11-19 23:00:00+00	37.7	ok
12	2026-11-19 23:00:00+00	28.2	ok
13	2026-11-19 23:00:00+00	64	ok
14	2026-11-19 23:00:00+00	1840	ok
15	2026-11-19 23:00:00+00	16.5	ok
16	2026-11-19 23:00:00+00	27.7	ok
17	2026-11-19 23:00:00+00	60	ok
18	2026-11-19 23:00:00+00	2163	ok
19	2026-11-19 23:00:00+00	33.7	ok
20	2026-11-19 23:00:00+00	27.2	ok
21	2026-11-19 23:00:00+00	63.4	ok
22	2026-11-19 23:00:00+00	1268	ok
23	2026-11-19 23:00:00+00	21.8	ok
24	2026-11-19 23:00:00+00	24.9	ok
25	2026-11-19 23:00:00+00	36.7	ok
26	2026-11-19 23:00:00+00	34.6	ok
27	2026-11-19 23:00:00+00	1363	ok
28	2026-11-19 23:00:00+00	11.2	ok
29	2026-11-19 23:00:00+00	33.8	ok
30	2026-11-19 23:00:00+00	25.9	ok
31	2026-11-19 23:00:00+00	63.3	ok
32	2026-11-19 23:00:00+00	2020	ok
33	2026-11-19 23:00:00+00	33.1	ok
34	2026-11-19 23:00:00+00	30.1	ok
35	2026-11-19 23:00:00+00	60.3	ok
36	2026-11-19 23:00:00+00	1996	ok
37	2026-11-19 23:00:00+00	20.8	ok
38	2026-11-19 23:00:00+00	30.8	ok
39	2026-11-19 23:00:00+00	62.2	ok
40	2026-11-19 23:00:00+00	1892	ok
\.


--
-- Data for Name: sensors; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.sensors (fid, code, name, kind, observed_property, unit, source, linked_layer, linked_code, area_code, geom) FROM stdin;
1	DN-HTP-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCNC	air	PM2.5 mass concentration	µg/m³	demo	parcels	DN-HTP-DV01-001	DN-HTP	01010000200B1700006258B8E70D512041B6D1EB31A10F3B41
2	DN-HTP-AQ-NO2	Trạm quan trắc không khí tự động (NO2) – KCNC	air	NO2 concentration	µg/m³	demo	parcels	DN-HTP-DV01-001	DN-HTP	01010000200B170000E6B1ACDCB9512041662673EB8E0F3B41
3	DN-HTP-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCNC	water	COD of treated effluent	mg/L	demo	network_nodes	DN-HTP-N-WWTP	DN-HTP	01010000200B17000038D0411DE738204125B12996BF103B41
4	DN-HTP-NS-LAEQ	Trạm quan trắc tiếng ồn – KCNC	noise	Sound level LAeq,1h	dBA	demo	parcels	DN-HTP-DV03-001	DN-HTP	01010000200B170000E041ABB3FE4520419E9C3C1D40133B41
5	DN-HTP-TR-COUNT	Trạm đếm xe – KCNC	traffic	Vehicle count	veh/h	demo	network_links	DN-HTP-RD-U04-03	DN-HTP	01010000200B170000EAF760A1D445204111FA47F47C123B41
6	DN-ITP-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCNTT	air	PM2.5 mass concentration	µg/m³	demo	parcels	DN-ITP-DV01-001	DN-ITP	01010000200B170000ADD821DA416E2041A56A4840BA263B41
7	DN-ITP-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCNTT	water	COD of treated effluent	mg/L	demo	network_nodes	DN-ITP-N-WWTP	DN-ITP	01010000200B170000D661BA09CD6B2041D638F0383B263B41
8	DN-ITP-NS-LAEQ	Trạm quan trắc tiếng ồn – KCNTT	noise	Sound level LAeq,1h	dBA	demo	parcels	DN-ITP-HT01-001	DN-ITP	01010000200B1700001F444AA2E36B2041297C33033E273B41
9	DN-ITP-TR-COUNT	Trạm đếm xe – KCNTT	traffic	Vehicle count	veh/h	demo	network_links	DN-ITP-RD-U01-01	DN-ITP	01010000200B1700000146E3EFC16C20419C42C64A60263B41
10	KCN-HK-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCN Hòa Khánh	air	PM2.5 mass concentration	µg/m³	demo	parcels	KCN-HK-DV01-001	KCN-HK	01010000200B17000017AEFA8ADC942041F3490769C71B3B41
11	KCN-HK-AQ-NO2	Trạm quan trắc không khí tự động (NO2) – KCN Hòa Khánh	air	NO2 concentration	µg/m³	demo	parcels	KCN-HK-DV01-001	KCN-HK	01010000200B1700002FF482498C9520413D2762F0041C3B41
12	KCN-HK-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCN Hòa Khánh	water	COD of treated effluent	mg/L	demo	network_nodes	KCN-HK-N-WWTP	KCN-HK	01010000200B17000013160DC8448C20415C9BF743C5183B41
13	KCN-HK-NS-LAEQ	Trạm quan trắc tiếng ồn – KCN Hòa Khánh	noise	Sound level LAeq,1h	dBA	demo	parcels	KCN-HK-DV02-001	KCN-HK	01010000200B170000E95733F0C58D20419A261878221C3B41
14	KCN-HK-TR-COUNT	Trạm đếm xe – KCN Hòa Khánh	traffic	Vehicle count	veh/h	demo	network_links	KCN-HK-RD-U02-02	KCN-HK	01010000200B170000364AAE9FCC8E204164F4797A921B3B41
15	KCN-LC-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCN Liên Chiểu	air	PM2.5 mass concentration	µg/m³	demo	parcels	KCN-LC-DV01-001	KCN-LC	01010000200B170000D828453095782041247650068E2D3B41
16	KCN-LC-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCN Liên Chiểu	water	COD of treated effluent	mg/L	demo	network_nodes	KCN-LC-N-WWTP	KCN-LC	01010000200B170000180C120A7E762041A465B2C0FF2C3B41
17	KCN-LC-NS-LAEQ	Trạm quan trắc tiếng ồn – KCN Liên Chiểu	noise	Sound level LAeq,1h	dBA	demo	parcels	KCN-LC-CN01-001	KCN-LC	01010000200B1700002682C6B07F792041D8E48D2BA62E3B41
18	KCN-LC-TR-COUNT	Trạm đếm xe – KCN Liên Chiểu	traffic	Vehicle count	veh/h	demo	network_links	KCN-LC-RD-U02-01	KCN-LC	01010000200B170000CC4334E8127A20410A57557BE62D3B41
19	KCN-HC-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCN Hòa Cầm	air	PM2.5 mass concentration	µg/m³	demo	parcels	KCN-HC-DV01-001	KCN-HC	01010000200B17000029D97EE69DA720413F1D0348E4073B41
20	KCN-HC-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCN Hòa Cầm	water	COD of treated effluent	mg/L	demo	network_nodes	KCN-HC-N-WWTP	KCN-HC	01010000200B170000C9517E02E2A4204133E7807615083B41
21	KCN-HC-NS-LAEQ	Trạm quan trắc tiếng ồn – KCN Hòa Cầm	noise	Sound level LAeq,1h	dBA	demo	parcels	KCN-HC-HT01-001	KCN-HC	01010000200B1700001E41B44AC6A520410927A2238E083B41
22	KCN-HC-TR-COUNT	Trạm đếm xe – KCN Hòa Cầm	traffic	Vehicle count	veh/h	demo	network_links	KCN-HC-RD-U01-01	KCN-HC	01010000200B17000059741ABDC4A52041CD7A60E8F8073B41
23	KCN-DN-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCN Đà Nẵng	air	PM2.5 mass concentration	µg/m³	demo	parcels	KCN-DN-DV01-001	KCN-DN	01010000200B170000B918F1DCCFD72041D723BE3CD1203B41
24	KCN-DN-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCN Đà Nẵng	water	COD of treated effluent	mg/L	demo	network_nodes	KCN-DN-N-WWTP	KCN-DN	01010000200B17000034C766A12FD52041B81DD92C77203B41
25	KCN-TQ-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KCN Thọ Quang	air	PM2.5 mass concentration	µg/m³	demo	parcels	KCN-TQ-DV01-001	KCN-TQ	01010000200B1700002943AFBB01E520415C9B3C19052C3B41
26	KCN-TQ-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KCN Thọ Quang	water	COD of treated effluent	mg/L	demo	network_nodes	KCN-TQ-N-WWTP	KCN-TQ	01010000200B170000D1DB68DE99E22041DC567AB6022B3B41
27	KCN-TQ-TR-COUNT	Trạm đếm xe – KCN Thọ Quang	traffic	Vehicle count	veh/h	demo	network_links	KCN-TQ-RD-U01-01	KCN-TQ	01010000200B170000EE3DA0057DE3204114B481B2512B3B41
28	FTZ-1-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KTMTD PK1	air	PM2.5 mass concentration	µg/m³	demo	parcels	FTZ-1-DV01-001	FTZ-1	01010000200B170000433D4927986E2041AE9BC207D6343B41
29	FTZ-1-AQ-NO2	Trạm quan trắc không khí tự động (NO2) – KTMTD PK1	air	NO2 concentration	µg/m³	demo	parcels	FTZ-1-DV01-001	FTZ-1	01010000200B1700004885D7B4356F2041A54EA0EAFF343B41
30	FTZ-1-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KTMTD PK1	water	COD of treated effluent	mg/L	demo	network_nodes	FTZ-1-N-WWTP	FTZ-1	01010000200B1700001CAB8DA2226C204193997BAB2E343B41
31	FTZ-1-NS-LAEQ	Trạm quan trắc tiếng ồn – KTMTD PK1	noise	Sound level LAeq,1h	dBA	demo	parcels	FTZ-1-DV02-001	FTZ-1	01010000200B1700004825D0B5FA6D20419E00B98A3A373B41
32	FTZ-1-TR-COUNT	Trạm đếm xe – KTMTD PK1	traffic	Vehicle count	veh/h	demo	network_links	FTZ-1-RD-U02-02	FTZ-1	01010000200B1700001E77DF3AD16E2041E65B1611A6363B41
33	FTZ-2-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KTMTD PK2	air	PM2.5 mass concentration	µg/m³	demo	parcels	FTZ-2-DV01-001	FTZ-2	01010000200B170000CCA1D5308E4B20413A2450CE1C283B41
34	FTZ-2-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KTMTD PK2	water	COD of treated effluent	mg/L	demo	network_nodes	FTZ-2-N-WWTP	FTZ-2	01010000200B17000051F910C9184920417B03BA50E5273B41
35	FTZ-2-NS-LAEQ	Trạm quan trắc tiếng ồn – KTMTD PK2	noise	Sound level LAeq,1h	dBA	demo	parcels	FTZ-2-DV06-001	FTZ-2	01010000200B170000F8EA66E7A0522041DD56FBE6BE2C3B41
36	FTZ-2-TR-COUNT	Trạm đếm xe – KTMTD PK2	traffic	Vehicle count	veh/h	demo	network_links	FTZ-2-RD-U04-03	FTZ-2	01010000200B170000DA3EFCED05532041EA151D66302C3B41
37	FTZ-3-AQ-PM25	Trạm quan trắc không khí tự động (PM2.5) – KTMTD PK3	air	PM2.5 mass concentration	µg/m³	demo	parcels	FTZ-3-DV01-001	FTZ-3	01010000200B170000BD1463E013862041CC4879DBA3233B41
38	FTZ-3-WQ-COD	Trạm quan trắc nước thải sau xử lý (COD) – KTMTD PK3	water	COD of treated effluent	mg/L	demo	network_nodes	FTZ-3-N-WWTP	FTZ-3	01010000200B170000D91F49256C822041E57106FED6203B41
39	FTZ-3-NS-LAEQ	Trạm quan trắc tiếng ồn – KTMTD PK3	noise	Sound level LAeq,1h	dBA	demo	parcels	FTZ-3-KT03-001	FTZ-3	01010000200B170000E02191EC0C872041D30E1504CF243B41
40	FTZ-3-TR-COUNT	Trạm đếm xe – KTMTD PK3	traffic	Vehicle count	veh/h	demo	network_links	FTZ-3-RD-U03-02	FTZ-3	01010000200B1700008CFF9CD0A28720418D52EA341B243B41
\.


--
-- Data for Name: sync_cursors; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.sync_cursors (source, datastream, watermark, updated_at) FROM stdin;
\.


--
-- Data for Name: sync_status; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.sync_status (source, last_run_start, last_run_end, new, duplicate, rejected, sensors, last_error) FROM stdin;
\.


--
-- Data for Name: twin_meta; Type: TABLE DATA; Schema: store_v4; Owner: -
--

COPY store_v4.twin_meta (key, value) FROM stdin;
created	2026-11-27T01:39:04+00:00
crs	EPSG:5899
schema_version	4
description:functional_areas	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:planning_zones	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:parcels	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:construction_projects	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:buildings	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:network_links	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:network_nodes	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:sensors	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:readings	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
description:alerts	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
dataset	demo
demo_seed	4
demo_scale	0.02
demo_days	1
note	Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: ≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, investors, buildings, networks, permits, sensors and readings are generated and fictional. — Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là dữ liệu giả lập.
\.


--
-- Name: alerts_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.alerts_fid_seq', 1, false);


--
-- Name: buildings_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.buildings_fid_seq', 347, true);


--
-- Name: compliance_verdicts_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.compliance_verdicts_fid_seq', 1, true);


--
-- Name: construction_projects_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.construction_projects_fid_seq', 47, true);


--
-- Name: functional_areas_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.functional_areas_fid_seq', 10, true);


--
-- Name: network_links_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.network_links_fid_seq', 2122, true);


--
-- Name: network_nodes_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.network_nodes_fid_seq', 223, true);


--
-- Name: parcels_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.parcels_fid_seq', 259, true);


--
-- Name: planning_zones_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.planning_zones_fid_seq', 259, true);


--
-- Name: quarantine_id_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.quarantine_id_seq', 1, true);


--
-- Name: sensors_fid_seq; Type: SEQUENCE SET; Schema: store_v4; Owner: -
--

SELECT pg_catalog.setval('store_v4.sensors_fid_seq', 41, false);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (fid);


--
-- Name: buildings buildings_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.buildings
    ADD CONSTRAINT buildings_code_key UNIQUE (code);


--
-- Name: buildings buildings_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.buildings
    ADD CONSTRAINT buildings_pkey PRIMARY KEY (fid);


--
-- Name: compliance_verdicts compliance_verdicts_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.compliance_verdicts
    ADD CONSTRAINT compliance_verdicts_pkey PRIMARY KEY (fid);


--
-- Name: construction_projects construction_projects_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.construction_projects
    ADD CONSTRAINT construction_projects_code_key UNIQUE (code);


--
-- Name: construction_projects construction_projects_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.construction_projects
    ADD CONSTRAINT construction_projects_pkey PRIMARY KEY (fid);


--
-- Name: functional_areas functional_areas_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.functional_areas
    ADD CONSTRAINT functional_areas_code_key UNIQUE (code);


--
-- Name: functional_areas functional_areas_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.functional_areas
    ADD CONSTRAINT functional_areas_pkey PRIMARY KEY (fid);


--
-- Name: network_links network_links_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_links
    ADD CONSTRAINT network_links_code_key UNIQUE (code);


--
-- Name: network_links network_links_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_links
    ADD CONSTRAINT network_links_pkey PRIMARY KEY (fid);


--
-- Name: network_nodes network_nodes_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_nodes
    ADD CONSTRAINT network_nodes_code_key UNIQUE (code);


--
-- Name: network_nodes network_nodes_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_nodes
    ADD CONSTRAINT network_nodes_pkey PRIMARY KEY (fid);


--
-- Name: parcels parcels_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.parcels
    ADD CONSTRAINT parcels_code_key UNIQUE (code);


--
-- Name: parcels parcels_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.parcels
    ADD CONSTRAINT parcels_pkey PRIMARY KEY (fid);


--
-- Name: readings pk_readings; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings
    ADD CONSTRAINT pk_readings PRIMARY KEY (sensor_id, phenomenon_time);


--
-- Name: readings_daily_totals pk_readings_daily_totals; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings_daily_totals
    ADD CONSTRAINT pk_readings_daily_totals PRIMARY KEY (sensor_id, day);


--
-- Name: sync_cursors pk_sync_cursors; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sync_cursors
    ADD CONSTRAINT pk_sync_cursors PRIMARY KEY (source, datastream);


--
-- Name: planning_zones planning_zones_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.planning_zones
    ADD CONSTRAINT planning_zones_code_key UNIQUE (code);


--
-- Name: planning_zones planning_zones_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.planning_zones
    ADD CONSTRAINT planning_zones_pkey PRIMARY KEY (fid);


--
-- Name: quarantine quarantine_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.quarantine
    ADD CONSTRAINT quarantine_pkey PRIMARY KEY (id);


--
-- Name: readings_2026_11 readings_2026_11_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings_2026_11
    ADD CONSTRAINT readings_2026_11_pkey PRIMARY KEY (sensor_id, phenomenon_time);


--
-- Name: readings_latest readings_latest_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings_latest
    ADD CONSTRAINT readings_latest_pkey PRIMARY KEY (sensor_id);


--
-- Name: sensors sensors_code_key; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sensors
    ADD CONSTRAINT sensors_code_key UNIQUE (code);


--
-- Name: sensors sensors_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sensors
    ADD CONSTRAINT sensors_pkey PRIMARY KEY (fid);


--
-- Name: sync_status sync_status_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sync_status
    ADD CONSTRAINT sync_status_pkey PRIMARY KEY (source);


--
-- Name: twin_meta twin_meta_pkey; Type: CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.twin_meta
    ADD CONSTRAINT twin_meta_pkey PRIMARY KEY (key);


--
-- Name: ix_buildings_parcel_code; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX ix_buildings_parcel_code ON store_v4.buildings USING btree (parcel_code);


--
-- Name: ix_compliance_verdicts_lot_checked; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX ix_compliance_verdicts_lot_checked ON store_v4.compliance_verdicts USING btree (lot_code, checked_at);


--
-- Name: ix_parcels_zone_code; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX ix_parcels_zone_code ON store_v4.parcels USING btree (zone_code);


--
-- Name: ix_projects_parcel_code; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX ix_projects_parcel_code ON store_v4.construction_projects USING btree (parcel_code);


--
-- Name: sidx_alerts_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_alerts_geom ON store_v4.alerts USING gist (geom);


--
-- Name: sidx_buildings_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_buildings_geom ON store_v4.buildings USING gist (geom);


--
-- Name: sidx_construction_projects_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_construction_projects_geom ON store_v4.construction_projects USING gist (geom);


--
-- Name: sidx_functional_areas_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_functional_areas_geom ON store_v4.functional_areas USING gist (geom);


--
-- Name: sidx_network_links_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_network_links_geom ON store_v4.network_links USING gist (geom);


--
-- Name: sidx_network_nodes_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_network_nodes_geom ON store_v4.network_nodes USING gist (geom);


--
-- Name: sidx_parcels_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_parcels_geom ON store_v4.parcels USING gist (geom);


--
-- Name: sidx_planning_zones_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_planning_zones_geom ON store_v4.planning_zones USING gist (geom);


--
-- Name: sidx_sensors_geom; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE INDEX sidx_sensors_geom ON store_v4.sensors USING gist (geom);


--
-- Name: ux_quarantine_source_digest; Type: INDEX; Schema: store_v4; Owner: -
--

CREATE UNIQUE INDEX ux_quarantine_source_digest ON store_v4.quarantine USING btree (source, digest);


--
-- Name: readings_2026_11_pkey; Type: INDEX ATTACH; Schema: store_v4; Owner: -
--

ALTER INDEX store_v4.pk_readings ATTACH PARTITION store_v4.readings_2026_11_pkey;


--
-- Name: readings readings_rollup_add; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER readings_rollup_add AFTER INSERT ON store_v4.readings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION store_v4.readings_rollup_add();


--
-- Name: readings readings_rollup_delete; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER readings_rollup_delete AFTER DELETE ON store_v4.readings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION store_v4.readings_rollup_change();


--
-- Name: readings readings_rollup_truncate; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER readings_rollup_truncate AFTER TRUNCATE ON store_v4.readings FOR EACH STATEMENT EXECUTE FUNCTION store_v4.readings_rollup_truncate();


--
-- Name: readings readings_rollup_update; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER readings_rollup_update AFTER UPDATE ON store_v4.readings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION store_v4.readings_rollup_change();


--
-- Name: sensors sensors_keep_readings_delete; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER sensors_keep_readings_delete AFTER DELETE ON store_v4.sensors REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION store_v4.sensors_keep_readings();


--
-- Name: sensors sensors_keep_readings_update; Type: TRIGGER; Schema: store_v4; Owner: -
--

CREATE TRIGGER sensors_keep_readings_update AFTER UPDATE ON store_v4.sensors REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION store_v4.sensors_keep_readings();


--
-- Name: alerts fk_alert_sensor; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.alerts
    ADD CONSTRAINT fk_alert_sensor FOREIGN KEY (sensor_id) REFERENCES store_v4.sensors(fid);


--
-- Name: buildings fk_building_parcel; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.buildings
    ADD CONSTRAINT fk_building_parcel FOREIGN KEY (parcel_code) REFERENCES store_v4.parcels(code);


--
-- Name: readings_daily_totals fk_daily_sensor; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings_daily_totals
    ADD CONSTRAINT fk_daily_sensor FOREIGN KEY (sensor_id) REFERENCES store_v4.sensors(fid);


--
-- Name: readings_latest fk_latest_sensor; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.readings_latest
    ADD CONSTRAINT fk_latest_sensor FOREIGN KEY (sensor_id) REFERENCES store_v4.sensors(fid);


--
-- Name: network_links fk_link_area; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_links
    ADD CONSTRAINT fk_link_area FOREIGN KEY (area_code) REFERENCES store_v4.functional_areas(code);


--
-- Name: network_nodes fk_node_area; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.network_nodes
    ADD CONSTRAINT fk_node_area FOREIGN KEY (area_code) REFERENCES store_v4.functional_areas(code);


--
-- Name: parcels fk_parcel_area; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.parcels
    ADD CONSTRAINT fk_parcel_area FOREIGN KEY (area_code) REFERENCES store_v4.functional_areas(code);


--
-- Name: parcels fk_parcel_zone; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.parcels
    ADD CONSTRAINT fk_parcel_zone FOREIGN KEY (zone_code) REFERENCES store_v4.planning_zones(code);


--
-- Name: construction_projects fk_project_parcel; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.construction_projects
    ADD CONSTRAINT fk_project_parcel FOREIGN KEY (parcel_code) REFERENCES store_v4.parcels(code);


--
-- Name: sensors fk_sensor_area; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.sensors
    ADD CONSTRAINT fk_sensor_area FOREIGN KEY (area_code) REFERENCES store_v4.functional_areas(code);


--
-- Name: planning_zones fk_zone_area; Type: FK CONSTRAINT; Schema: store_v4; Owner: -
--

ALTER TABLE ONLY store_v4.planning_zones
    ADD CONSTRAINT fk_zone_area FOREIGN KEY (area_code) REFERENCES store_v4.functional_areas(code);


--
-- PostgreSQL database dump complete
--

\unrestrict vWwfxGkd7uNfhb8bpC3TKrZDXwiwxDhehSfzKNrIksdSpszdYiZFdCd1KzRMfAh

