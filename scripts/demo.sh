#!/usr/bin/env bash
# Build the Da Nang demo twin and a QGIS project with a map of it.
#
#   ./scripts/demo.sh                 GeoPackage store out/danang_twin.gpkg (made anew)
#   ./scripts/demo.sh --postgis       PostGIS store "service=dseza_twin_demo schema=twin"
#   ./scripts/demo.sh --seed 7 --scale 2 --days 90
#   ./scripts/demo.sh --no-iot        without the IoT part (SensorThings, MQTT, CSV, alerts)
#
# Steps: scripts/setup.sh; dsezatwin:createstore and dsezatwin:loaddemotwin run
# through scripts/qgis-process (as an admin would run them); scripts/make_project.py
# writes out/danang_twin.qgz and renders out/danang_twin.png. The IoT part
# (scripts/demo_iot.py) brings yesterday's readings through a SensorThings
# replay server and today's through MQTT, imports the real UCI air-quality CSV
# and computes the alerts. The demo geometry and readings are illustrative, not
# official planning data or measurements.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

BACKEND=gpkg
SEED=2026
SCALE=1
DAYS=30
SETUP=1
IOT=1
while [ "$#" -gt 0 ]; do
    case $1 in
        --postgis) BACKEND=postgis ;;
        --gpkg) BACKEND=gpkg ;;
        --seed) SEED=${2:?--seed needs a number}; shift ;;
        --scale) SCALE=${2:?--scale needs a number}; shift ;;
        --days) DAYS=${2:?--days needs a number}; shift ;;
        --no-setup) SETUP=0 ;;
        --no-iot) IOT=0 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
    shift
done

START=$(now)
cd "$DSEZA_ROOT"
if [ "$SETUP" = 1 ]; then
    ./scripts/setup.sh </dev/null
fi

OUT="$DSEZA_ROOT/out"
mkdir -p "$OUT"
QGZ="$OUT/danang_twin.qgz"
PNG="$OUT/danang_twin.png"
if [ "$BACKEND" = gpkg ]; then
    STORE="$OUT/danang_twin.gpkg"
    # A new file each time: the demo always shows the current schema and generator.
    rm -f "$STORE" "$STORE-wal" "$STORE-shm" "$STORE-journal"
else
    STORE="service=$DSEZA_DEMO_DB schema=twin"
fi
export PGSERVICEFILE="${PGSERVICEFILE:-$DSEZA_PG_SERVICE_FILE}"
if [ "$BACKEND" = postgis ]; then
    # A new schema each time too — but only when it holds the demo (never someone's own data).
    held=$(psql -X -w -d "service=$DSEZA_DEMO_DB" -tAc \
        "SELECT value FROM twin.twin_meta WHERE key = 'dataset'" 2>/dev/null </dev/null || true)
    if [ "$held" = demo ]; then
        psql -X -w -q -d "service=$DSEZA_DEMO_DB" -c "DROP SCHEMA twin CASCADE" </dev/null 2>/dev/null
    fi
fi

# run_algorithm NAME JSON_OUT PARAM... — one algorithm through qgis_process, its
# JSON kept in out/, its log shown when it fails.
run_algorithm() {
    local algorithm=$1 json=$2 t0 rc=0
    shift 2
    t0=$(now)
    log "qgis_process run $algorithm $*"
    ./scripts/qgis-process --json run "$algorithm" -- "$@" >"$json" 2>"$json.log" </dev/null || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$json.log" >&2
        die "$algorithm failed (exit $rc); its output is in $json"
    fi
    log "$algorithm done in $(elapsed "$t0") s"
}

run_algorithm dsezatwin:createstore "$OUT/createstore.json" "STORE=$STORE"
# The history ends yesterday 00:00 in Da Nang; yesterday and today arrive through the IoT sync.
HISTORY_END=$(TZ=Asia/Ho_Chi_Minh date -d 'yesterday 00:00' --iso-8601=seconds)
run_algorithm dsezatwin:loaddemotwin "$OUT/loaddemotwin.json" \
    "STORE=$STORE" "SEED=$SEED" "SCALE=$SCALE" "DAYS=$DAYS" "END=$HISTORY_END"
if [ "$IOT" = 1 ]; then
    t0=$(now)
    "$DSEZA_VENV/bin/python" scripts/demo_iot.py --store "$STORE" --out "$OUT" --seed "$SEED" --days "$DAYS" \
        --history-end "$HISTORY_END" </dev/null
    log "IoT part done in $(elapsed "$t0") s"
fi

# BIM: a real IFC model (the buildingSMART Duplex, ../shared/data; skipped where absent) imported onto a free
# lot of the High-Tech Park before the planning checks, which then judge that lot with it. Its own
# georeferencing is in Chicago: it is placed by hand (GEOREF=manual) on the lot's centre.
IFC_MODEL="$DSEZA_ROOT/../shared/data/ifc/Duplex_A_20110907.ifc"
IFC_3D=""
if [ -f "$IFC_MODEL" ]; then
    IFC_LOT=$(PYTHONPATH="$DSEZA_PLUGINS" "$DSEZA_VENV/bin/python" - "$STORE" <<'EOF'
import sys

from dseza_twin.dseza_twin_plugin.store import open_store

with open_store(sys.argv[1]) as store:
    lots = store.rows("parcels", ["code", "status", "area_code", "area_m2"], order_by="code")
    built = {row["parcel_code"] for row in store.rows("buildings", ["parcel_code"])}
print(next(lot["code"] for lot in lots if lot["status"] == "available" and lot["area_code"] == "DN-HTP"
           and lot["code"] not in built and (lot["area_m2"] or 0) > 5000))
EOF
)
    IFC_3D="$OUT/ifc_duplex_3d.gpkg"
    rm -f "$IFC_3D" "$OUT/ifc_duplex.gpkg"
    run_algorithm dsezatwin:importifc "$OUT/importifc.json" "INPUT=$IFC_MODEL" "STORE=$STORE" "PARCEL=$IFC_LOT" \
        GEOREF=manual "OUTPUT_BUILDINGS=$OUT/ifc_duplex.gpkg" "OUTPUT_3D=$IFC_3D" OUTPUT_STOREYS=TEMPORARY_OUTPUT \
        "REPORT=$OUT/ifc_duplex.html"
    log "IFC model on lot $IFC_LOT (report: out/ifc_duplex.html)"
else
    log "no IFC sample at $IFC_MODEL (../shared/data is absent): the BIM step is skipped"
fi

# Planning checks, their verdicts kept in the store (the zone inspector shows them).
if [ "$BACKEND" = gpkg ]; then
    L() { printf '%s|layername=%s' "$STORE" "$1"; }
else
    L() { printf "postgres://service=%s key='fid' srid=5899 table=\"twin\".\"%s\" (geom)" "$DSEZA_DEMO_DB" "$1"; }
fi
run_algorithm dsezatwin:checkcompliance "$OUT/checkcompliance.json" \
    "PARCELS=$(L parcels)" "BUILDINGS=$(L buildings)" "ZONING=$(L planning_zones)" "ROADS=$(L network_links)" \
    RULES=qcvn01-2021,plan OUTPUT="$OUT/compliance.gpkg" VIOLATIONS="$OUT/violations.gpkg" \
    REPORT="$OUT/compliance.html" WRITE_TO_STORE=true "STORE=$STORE"

# The High-Tech Park's fact sheet (3 pages with the 3D view; scripts/qgis-process runs it under Xvfb).
# Development scenarios for a block of the High-Tech Park (scripts/demo_scenarios.py draws them): drafted,
# simulated, compared and one promoted, all through qgis_process; 3D buildable envelopes of the HTP's lots.
SCEN="$OUT/scenarios"
rm -rf "$SCEN"
declare -A DRAWN
while IFS='=' read -r key value; do DRAWN[$key]=$value; done < <(
    "$DSEZA_VENV/bin/python" scripts/demo_scenarios.py --store "$STORE" --out "$SCEN" </dev/null)
draft() {  # scenario layer operation input
    run_algorithm dsezatwin:draftscenario "$SCEN/draft_$1_$2_$3.json" "STORE=$STORE" "SCENARIO=$1" "LAYER=$2" \
        "OPERATION=$3" "INPUT=$4" "SCENARIO_NAME=$5"
}
draft HTP-CHIP parcels upsert "${DRAWN[chip_lots]}" "Semiconductor fab cluster (${DRAWN[chip_zone]})"
draft HTP-CHIP buildings upsert "${DRAWN[chip_buildings]}" ""
draft HTP-RND parcels delete "${DRAWN[rnd_removed_lots]}" "R&D campus (${DRAWN[rnd_campus]})"
draft HTP-RND parcels upsert "${DRAWN[rnd_campus_lot]}" ""
draft HTP-RND buildings upsert "${DRAWN[rnd_campus_building]}" ""
run_algorithm dsezatwin:simulatescenario "$SCEN/simulate_rnd.json" "STORE=$STORE" SCENARIO=HTP-RND \
    "OUTPUT=$SCEN/simulate_rnd.gpkg" "ELEMENTS=$SCEN/elements_rnd.gpkg" "REPORT=$SCEN/simulate_rnd.html"
run_algorithm dsezatwin:comparescenarios "$SCEN/compare.json" "STORE=$STORE" SCENARIOS=HTP-CHIP,HTP-RND \
    "OUTPUT=$SCEN/compare.gpkg" "REPORT=$SCEN/compare.html" "CSV=$SCEN/compare.csv"
# the envelope of the R&D campus lot the scenario draws, around its planned building (the 3D close-up shows both)
run_algorithm dsezatwin:buildableenvelope "$SCEN/envelopes_rnd.json" "PARCELS=${DRAWN[rnd_campus_lot]}" \
    "ROADS=$(L network_links)" "ZONING=$(L planning_zones)" "BUILDINGS=${DRAWN[rnd_campus_building]}" \
    RULES=qcvn01-2021,plan "OUTPUT=$SCEN/envelopes_HTP-RND.gpkg"
run_algorithm dsezatwin:promotescenario "$SCEN/promote_chip.json" "STORE=$STORE" SCENARIO=HTP-CHIP \
    "REPORT=$SCEN/promote_chip.html"
log "scenarios: out/scenarios/compare.html (live, HTP-CHIP, HTP-RND), HTP-CHIP promoted (promote_chip.html)"

REPORT_PDF="$OUT/zone_report_DN-HTP_vi.pdf"
run_algorithm dsezatwin:zonereport "$OUT/zonereport.json" "STORE=$STORE" AREA=DN-HTP LANGUAGE=vi \
    "OUTPUT=$REPORT_PDF"

t0=$(now)
log "scripts/make_project.py: project and map"
"$DSEZA_VENV/bin/python" scripts/make_project.py "$STORE" "$QGZ" "$PNG" ${IFC_3D:+--ifc-3d "$IFC_3D"} \
    --scenarios "$SCEN" </dev/null
log "project and map done in $(elapsed "$t0") s"

# -- What the demo made --------------------------------------------------------
echo
echo "DSEZA Twin demo (seed $SEED, scale $SCALE, $DAYS days) — $(elapsed "$START") s"
echo "Store: $STORE"
PYTHONPATH="$DSEZA_PLUGINS" "$DSEZA_VENV/bin/python" - "$STORE" <<'EOF'
import sys

from dseza_twin.dseza_twin_plugin.store import open_store

with open_store(sys.argv[1]) as store:
    counts = store.counts()
    (quarantined,) = store.query("SELECT count(*) FROM {}quarantine".format(
        "" if store.address.is_gpkg else store.address.schema + "."))[0]
print("Features per layer:")
for layer, n in counts.items():
    print("  {:<24}{:>10,}".format(layer, n))
print("  {:<24}{:>10,}".format("total", sum(counts.values())))
print("  {:<24}{:>10,}".format("(quarantined payloads)", quarantined))
EOF
echo "Files:"
FILES=("$QGZ" "$PNG" "$REPORT_PDF" "$OUT/uci_air_quality.gpkg" "$OUT/alerts.gpkg")
if [ "$BACKEND" = gpkg ]; then
    FILES=("$STORE" "${FILES[@]}")
fi
for f in "${FILES[@]}"; do
    if [ -e "$f" ]; then
        printf '  %-44s %8s\n' "${f#"$DSEZA_ROOT"/}" "$(du -h "$f" | cut -f1)"
    fi
done
echo "Open the project: qgis $QGZ"
