#!/usr/bin/env bash
# Screenshots of DSEZA Twin in real QGIS desktop, under Xvfb, into out/screenshots/:
#   1-main-window.png     the demo twin's project, layers grouped and styled
#   2-zone-inspector.png  the zone inspector on the High-Tech Park (when the plugin has it)
#   3-zone-report-p1.png, 4-zone-report-p2.png, 7-zone-report-p3-3d.png   the zone report
#                         (dsezatwin:zonereport, Vietnamese; page 3 is its 3D view)
#   6-zone-inspector-vi.png   the inspector again, QGIS in Vietnamese (qgis --lang vi)
#   5-3d-view.png         the project's saved 3D view on the High-Tech Park, buildings extruded
#   8-3d-ifc-model.png    the project's close-up 3D view on the imported IFC model (when the demo imported one)
#   11-3d-scenario-envelopes.png   the close-up 3D view on a draft scenario's lots, buildable envelopes shown
#   9-scenario-map.png    a development scenario on the map (scenario toolbar, its group, the inspector's scenario tab)
#   10-scenario-compare.png   the compare dialog: every scenario of the demo against the live twin, with its charts
#
#   ./scripts/screenshots.sh            uses out/danang_twin.qgz (made by ./scripts/demo.sh, run first if absent)
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$DSEZA_ROOT"

OUT="$DSEZA_ROOT/out/screenshots"
mkdir -p "$OUT"
[ -e out/danang_twin.qgz ] || ./scripts/demo.sh </dev/null

export QGIS_CUSTOM_CONFIG_PATH="$DSEZA_PROFILE"
export PYTHONPATH="$DSEZA_VENV/lib/python3.11/site-packages${PYTHONPATH:+:$PYTHONPATH}"
export PGSERVICEFILE="${PGSERVICEFILE:-$DSEZA_PG_SERVICE_FILE}"
export DSEZA_SCREENSHOTS="$OUT" DSEZA_PROJECT="$DSEZA_ROOT/out/danang_twin.qgz"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Every PNG the QGIS script lists in its index.txt (written before quitting), the 3D view among them, is there.
all_written() {
    [ "$rc" -ne 124 ] && [ -s "$1" ] && grep -q '5-3d-view.png' "$1" || return 1
    local png
    while read -r png; do
        [ -s "$png" ] || return 1
    done <"$1"
}

log "QGIS desktop under Xvfb"
rc=0
rm -f "$OUT/index.txt" "$OUT/5-3d-view.png"
timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24 +extension GLX" \
    qgis --nologo --noversioncheck --code "$DSEZA_ROOT/scripts/screenshots_qgis.py" \
    >"$OUT/qgis.log" 2>&1 </dev/null || rc=$?
grep '^screenshot:' "$OUT/qgis.log" || true
if [ "$rc" -ne 0 ]; then
    # QGIS 3.22 may abort on exit after a 3D view was opened: accepted only when every PNG was written.
    all_written "$OUT/index.txt" || die "QGIS ended with status $rc (log: $OUT/qgis.log)"
    log "QGIS ended with status $rc after writing every screenshot (a crash on exit; tolerated)"
fi

log "QGIS desktop in Vietnamese: the inspector again"
rc=0
rm -f "$OUT/6-zone-inspector-vi.png"
# On a copy of the profile: QGIS keeps --lang in its settings, and qgis_process and the tests would
# then speak Vietnamese too.
VI_PROFILE=$(mktemp -d)
trap 'rm -rf "$VI_PROFILE"' EXIT
cp -a "$DSEZA_PROFILE/." "$VI_PROFILE/"
QGIS_CUSTOM_CONFIG_PATH="$VI_PROFILE" DSEZA_SHOTS_LANG=vi timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24 +extension GLX" \
    qgis --nologo --noversioncheck --lang vi --code "$DSEZA_ROOT/scripts/screenshots_qgis.py" \
    >"$OUT/qgis_vi.log" 2>&1 </dev/null || rc=$?
grep '^screenshot:' "$OUT/qgis_vi.log" || true
# (the project's saved 3D view opens with it: the same crash on exit may follow)
[ "$rc" -ne 124 ] && [ -s "$OUT/6-zone-inspector-vi.png" ] || die "QGIS in Vietnamese ended with status $rc (log: $OUT/qgis_vi.log)"

log "QGIS desktop: a development scenario on the map, then the compare dialog"
rc=0
rm -f "$OUT/9-scenario-map.png" "$OUT/10-scenario-compare.png" "$OUT/index-scenarios.txt"
DSEZA_STORE="$DSEZA_ROOT/out/danang_twin.gpkg" timeout 200 xvfb-run -a -s "-screen 0 1600x1000x24 +extension GLX" \
    qgis --nologo --noversioncheck --code "$DSEZA_ROOT/scripts/screenshots_scenarios_qgis.py" \
    >"$OUT/qgis_scenarios.log" 2>&1 </dev/null || rc=$?
grep '^screenshot:' "$OUT/qgis_scenarios.log" || true
# (the project's saved 3D view opens with it: the same crash on exit may follow)
[ "$rc" -ne 124 ] && [ -s "$OUT/9-scenario-map.png" ] && [ -s "$OUT/10-scenario-compare.png" ] \
    || die "QGIS (scenarios) ended with status $rc (log: $OUT/qgis_scenarios.log)"

log "zone report"
./scripts/qgis-process run dsezatwin:zonereport -- STORE=out/danang_twin.gpkg AREA=DN-HTP LANGUAGE=vi \
    OUTPUT="$OUT/zone_report_DN-HTP_vi.pdf" >"$OUT/zonereport.log" 2>&1 </dev/null \
    || { cat "$OUT/zonereport.log" >&2; die "zonereport failed"; }
pdftoppm -r 110 -png "$OUT/zone_report_DN-HTP_vi.pdf" "$OUT/zone-report"
mv "$OUT/zone-report-1.png" "$OUT/3-zone-report-p1.png"
mv "$OUT/zone-report-2.png" "$OUT/4-zone-report-p2.png"
[ -e "$OUT/zone-report-3.png" ] || die "the zone report has no 3D page (log: $OUT/zonereport.log)"
mv "$OUT/zone-report-3.png" "$OUT/7-zone-report-p3-3d.png"
ls -1 "$OUT"/*.png
