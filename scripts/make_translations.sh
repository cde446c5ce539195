#!/usr/bin/env bash
# Update the translations of DSEZA Twin and compile them.
#
#   ./scripts/make_translations.sh            extract + compile: i18n/dseza_twin_vi.ts, then i18n/*.qm
#   ./scripts/make_translations.sh --compile  compile only (i18n/*.ts -> i18n/*.qm), sources untouched
#
# Extraction (scripts/make_translations.py) finds every self.tr / tr / translate /
# QT_TRANSLATE_NOOP string of dseza_twin_plugin/ and processing/, keeps the
# translations already in the .ts files and reports how many are still unfinished.
# Translate in Qt Linguist (`linguist i18n/dseza_twin_vi.ts`) or any editor; see i18n/README.md.
# The .qm files are build products (gitignored): the plugin loads i18n/dseza_twin_<lang>.qm at start.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$DSEZA_ROOT"

LANGUAGES=(vi)
if [ "${1:-}" != "--compile" ]; then
    /usr/bin/python3 scripts/make_translations.py "${LANGUAGES[@]}"
fi

LRELEASE=""
for candidate in /usr/lib/qt5/bin/lrelease "$(command -v lrelease || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { LRELEASE=$candidate; break; }
done
[ -n "$LRELEASE" ] || die "lrelease not found: install the Debian package qttools5-dev-tools"

shopt -s nullglob
for ts in i18n/*.ts; do
    "$LRELEASE" -silent -removeidentical "$ts" -qm "${ts%.ts}.qm"
    log "compiled ${ts%.ts}.qm"
done
