#!/usr/bin/env bash
# Loads the Da Nang demo twin through qgis_process (the admin's path) into PostGIS and
# into a GeoPackage, at SCALE 1 (the baseline) and at a SCALE that gives >= 200,000 lots
# and >= 300,000 buildings (100 by default), and prints wall times and their ratios.
# The issue's bar: the large twin loads into PostGIS in under 10 minutes on 2 cores.
#
#   scripts/bench/load_postgis.sh [SCALE] [DAYS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scale="${1:-100}"
days="${2:-30}"
out="$(mktemp -d)"
trap 'rm -rf "$out"; psql "service=dseza_twin_demo" -qc "DROP SCHEMA IF EXISTS bench_small CASCADE; DROP SCHEMA IF EXISTS bench_large CASCADE" >/dev/null 2>&1 || true' EXIT
export PGSERVICEFILE="${PGSERVICEFILE:-$here/.pg_service.conf}"

run() {  # label store scale -> prints seconds, and the counts of the run
  local label="$1" store="$2" s="$3" t0 t1
  t0=$(date +%s.%N)
  "$here/scripts/qgis-process" --json run dsezatwin:loaddemotwin -- "STORE=$store" "SCALE=$s" "DAYS=$days" \
    > "$out/$label.json" 2> "$out/$label.err" || { cat "$out/$label.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 - "$out/$label.json" "$label" "$t0" "$t1" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["results"]
secs = float(sys.argv[4]) - float(sys.argv[3])
print("{:<16} {:8.1f} s   lots {:>8,}  buildings {:>8,}  readings {:>8,}".format(
    sys.argv[2], secs, res["PARCELS"], res["BUILDINGS"], res["READINGS"]))
open(sys.argv[1] + ".secs", "w").write(str(secs))
PY
}

echo "DSEZA Twin demo load, days=$days, $(nproc) cores"
run pg_scale1 "service=dseza_twin_demo schema=bench_small" 1
run pg_scale$scale "service=dseza_twin_demo schema=bench_large" "$scale"
run gpkg_scale1 "$out/small.gpkg" 1
run gpkg_scale$scale "$out/large.gpkg" "$scale"
python3 - "$out" "$scale" <<'PY'
import sys
d, s = sys.argv[1], sys.argv[2]
t = {k: float(open("{}/{}.json.secs".format(d, k)).read()) for k in
     ("pg_scale1", "pg_scale" + s, "gpkg_scale1", "gpkg_scale" + s)}
print("ratio PostGIS scale {0} / scale 1: {1:.1f}x; GeoPackage: {2:.1f}x".format(
    s, t["pg_scale" + s] / t["pg_scale1"], t["gpkg_scale" + s] / t["gpkg_scale1"]))
print("PostGIS scale {} uses {:.0%} of the 10-minute budget".format(s, t["pg_scale" + s] / 600))
PY
