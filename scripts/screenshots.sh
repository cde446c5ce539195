#!/usr/bin/env bash
# Screenshots of DSEZA Twin in real QGIS desktop, under Xvfb, into out/screenshots/:
#   1-main-window.png     the demo twin's project, layers grouped and styled
#   2-zone-inspector.png  the zone inspector on the High-Tech Park (when the plugin has it)
#   3-zone-report-p1.png, 4-zone-report-p2.png   the zone report (dsezatwin:zonereport, Vietnamese)
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

log "QGIS desktop under Xvfb"
rc=0
timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
    qgis --nologo --noversioncheck --code "$DSEZA_ROOT/scripts/screenshots_qgis.py" \
    >"$OUT/qgis.log" 2>&1 </dev/null || rc=$?
grep '^screenshot:' "$OUT/qgis.log" || true
[ "$rc" -eq 0 ] || die "QGIS ended with status $rc (log: $OUT/qgis.log)"

log "zone report"
./scripts/qgis-process run dsezatwin:zonereport -- STORE=out/danang_twin.gpkg AREA=DN-HTP LANGUAGE=vi \
    OUTPUT="$OUT/zone_report_DN-HTP_vi.pdf" >"$OUT/zonereport.log" 2>&1 </dev/null \
    || { cat "$OUT/zonereport.log" >&2; die "zonereport failed"; }
pdftoppm -r 110 -png "$OUT/zone_report_DN-HTP_vi.pdf" "$OUT/zone-report"
mv "$OUT/zone-report-1.png" "$OUT/3-zone-report-p1.png"
mv "$OUT/zone-report-2.png" "$OUT/4-zone-report-p2.png"
ls -1 "$OUT"/*.png
