#!/usr/bin/env bash
# Run every check of DSEZA Twin: setup, lint (ruff), then the three test tiers.
#
#   ./scripts/test.sh                      setup + ruff + tests/unit, tests/qgis, tests/integration
#   ./scripts/test.sh tests/unit -k store  setup + ruff + one pytest run with these arguments
#
# Each tier runs in its own pytest process (headless QGIS starts once per
# process). Exit status is non-zero when setup, ruff or any test fails, and
# when no test ran at all. The last line sums up every tier:
#   total: N passed, N failed, N skipped
#
# Environment: DSEZA_SKIP_SETUP=1 skips scripts/setup.sh (quick re-runs);
# DSEZA_TEST_PG overrides the test database (libpq string);
# DSEZA_TEST_TIMEOUT limits each pytest process (seconds, default 1800).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$DSEZA_ROOT"

START=$(now)
if [ "${DSEZA_SKIP_SETUP:-0}" != 1 ]; then
    ./scripts/setup.sh </dev/null
fi

STATUS=0

log "ruff check ."
if "$DSEZA_VENV/bin/ruff" check --no-cache --output-format=concise . ; then
    :
else
    log "ruff found problems (see above)"
    STATUS=1
fi

export_qgis_env
export DSEZA_TEST_PG="${DSEZA_TEST_PG:-$DSEZA_TEST_PG_DEFAULT}"
export PYTHONDONTWRITEBYTECODE=1
RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/dseza-test-results.XXXXXX")   # junit files of this run
trap 'rm -rf "$RESULTS"' EXIT

# run_pytest NAME ARGS... — one pytest process; records its junit file.
run_pytest() {
    local name=$1 rc=0
    shift
    log "pytest $name: $*"
    timeout --kill-after=30 "${DSEZA_TEST_TIMEOUT:-1800}" \
        "$DSEZA_VENV/bin/python" -m pytest --import-mode=importlib -p no:cacheprovider \
        -rfEs --junitxml="$RESULTS/$name.xml" "$@" </dev/null || rc=$?
    case $rc in
        0) ;;
        5) log "pytest $name: no test collected" ;;
        124|137) log "pytest $name: timed out"; STATUS=1 ;;
        *) log "pytest $name: failed (exit $rc)"; STATUS=1 ;;
    esac
}

if [ "$#" -gt 0 ]; then
    run_pytest selected "$@"
else
    for tier in unit qgis integration; do
        if [ -d "tests/$tier" ]; then
            run_pytest "$tier" "tests/$tier"
        else
            log "tests/$tier: no such folder"
        fi
    done
fi

# Sum up the tiers from their junit files.
read -r PASSED FAILED SKIPPED < <(/usr/bin/python3 - "$RESULTS" <<'EOF'
import pathlib
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.xml")):
    try:
        suites = list(ET.parse(path).getroot().iter("testsuite"))
    except ET.ParseError:
        failed += 1  # a pytest process that died while writing its report
        continue
    for suite in suites:
        tests = int(suite.get("tests", 0))
        bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
        skip = int(suite.get("skipped", 0))
        passed += tests - bad - skip
        failed += bad
        skipped += skip
print(passed, failed, skipped)
EOF
)

PASSED=${PASSED:-0} FAILED=${FAILED:-0} SKIPPED=${SKIPPED:-0}
if [ "$((PASSED + FAILED))" -eq 0 ]; then
    log "no test ran: that counts as a failure"
    STATUS=1
fi
log "finished in $(elapsed "$START") s, status $STATUS"
echo "total: $PASSED passed, $FAILED failed, $SKIPPED skipped"
exit "$STATUS"
