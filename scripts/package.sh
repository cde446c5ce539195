#!/usr/bin/env bash
# Build dist/dseza_twin.zip, the plugin as QGIS's "Install from ZIP" takes it.
#
#   ./scripts/package.sh [OUTPUT.zip]
#
# The zip holds one top folder, dseza_twin/, with what QGIS loads: metadata.txt,
# __init__.py, dseza_twin_plugin/, processing/, resources/, i18n/ (with the .qm
# files built from i18n/*.ts by lrelease), LICENSE and README.md. Files are those
# git knows (tracked, or new and not ignored), so .venv, .qgis-profile, caches,
# out/ and dist/ never get in; tests/, scripts/ and .ci/ are left out on purpose.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$DSEZA_ROOT"

OUTPUT=${1:-dist/dseza_twin.zip}
case $OUTPUT in /*) ;; *) OUTPUT="$DSEZA_ROOT/$OUTPUT" ;; esac
mkdir -p "$(dirname "$OUTPUT")"
command -v git >/dev/null || die "git is needed to list the plugin's files"

# Translations: i18n/*.ts -> i18n/*.qm (the .qm files are built, never committed).
shopt -s nullglob
TS_FILES=(i18n/*.ts)
if [ "${#TS_FILES[@]}" -gt 0 ]; then
    LRELEASE=""
    for candidate in /usr/lib/qt5/bin/lrelease "$(command -v lrelease || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { LRELEASE=$candidate; break; }
    done
    if [ -n "$LRELEASE" ]; then
        for ts in "${TS_FILES[@]}"; do
            "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
        done
        log "built ${#TS_FILES[@]} translation(s) with $LRELEASE"
    else
        log "warning: lrelease not found (Debian package qttools5-dev-tools): the zip has no .qm translations"
    fi
fi

# The files of the plugin: git's view of the work tree, limited to what QGIS loads.
mapfile -t FILES < <(
    {
        git ls-files -z --cached --others --exclude-standard -- \
            metadata.txt __init__.py dseza_twin_plugin processing resources i18n \
            'LICENSE*' 'README*' 'CHANGELOG*'
        QM_FILES=(i18n/*.qm)
        [ "${#QM_FILES[@]}" -eq 0 ] || printf '%s\0' "${QM_FILES[@]}"
    } | tr '\0' '\n' | grep -v '^$' | grep -vE '(^|/)(__pycache__|tests?)/|\.py[co]$|(^|/)\.' | sort -u
)
[ "${#FILES[@]}" -gt 0 ] || die "no plugin files found (is this a git work tree?)"

/usr/bin/python3 - "$OUTPUT" "${FILES[@]}" <<'EOF'
import os
import sys
import time
import zipfile

output, files = sys.argv[1], sys.argv[2:]
# Reproducible: fixed order, and file times from SOURCE_DATE_EPOCH when set.
epoch = os.environ.get("SOURCE_DATE_EPOCH")
stamp = time.gmtime(int(epoch))[:6] if epoch else None
tmp = output + ".part"
with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path in files:
        if not os.path.isfile(path):  # deleted in the work tree but still in git's index
            continue
        info = zipfile.ZipInfo.from_file(path, "dseza_twin/" + path)
        if stamp:
            info.date_time = stamp
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(path, "rb") as handle:
            archive.writestr(info, handle.read())
os.replace(tmp, output)
EOF
SIZE=$(du -h "$OUTPUT" | cut -f1)
log "wrote $OUTPUT ($SIZE, $(/usr/bin/python3 -c 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' "$OUTPUT") files)"
