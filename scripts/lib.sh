# shellcheck shell=bash
# Shell functions shared by the scripts in scripts/ (sourced, never run).
#
# Everything here is derived from where this file lies, so the scripts work
# from any working directory and in a clone anywhere on disk.

# The checkout (the repository root IS the plugin folder). The names below are
# used by the scripts that source this file.
# shellcheck disable=SC2034
DSEZA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DSEZA_VENV="$DSEZA_ROOT/.venv"
DSEZA_PROFILE="$DSEZA_ROOT/.qgis-profile"
DSEZA_PLUGINS="$DSEZA_PROFILE/profiles/default/python/plugins"
DSEZA_PG_SERVICE_FILE="$DSEZA_ROOT/.pg_service.conf"
DSEZA_TEST_DB=dseza_twin_test
DSEZA_DEMO_DB=dseza_twin_demo
DSEZA_TEST_PG_DEFAULT="dbname=$DSEZA_TEST_DB host=127.0.0.1 port=5432 user=postgres"
QGIS_PROCESS_BIN=/usr/bin/qgis_process.bin
export DSEZA_ROOT

# log MESSAGE... — progress to stderr, prefixed with the calling script's name.
log() {
    printf '%s: %s\n' "$(basename "$0")" "$*" >&2
}

# die MESSAGE... — print and exit 1.
die() {
    log "error: $*"
    exit 1
}

# now — seconds since the epoch with milliseconds (for run times).
now() {
    date +%s.%3N
}

# elapsed START — seconds since START, one decimal.
elapsed() {
    awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'
}

# as_root CMD... — run a command as root (directly when we are root, else through sudo).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@"
    else
        die "'$*' needs root and sudo is not available"
    fi
}

# tcp_open HOST PORT — true when something accepts TCP connections there.
tcp_open() {
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# venv_site_packages — the venv's site-packages folder (empty when there is no venv).
venv_site_packages() {
    local d
    for d in "$DSEZA_VENV"/lib/python3*/site-packages; do
        [ -d "$d" ] && { printf '%s\n' "$d"; return 0; }
    done
    return 0
}

# export_qgis_env — the environment in which headless QGIS (qgis_process, the
# QGIS test tier, scripts/make_project.py) sees the project's profile, the
# venv's packages and the local PostgreSQL services.
export_qgis_env() {
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    export QGIS_CUSTOM_CONFIG_PATH="$DSEZA_PROFILE"
    export PGSERVICEFILE="${PGSERVICEFILE:-$DSEZA_PG_SERVICE_FILE}"
    local site
    site=$(venv_site_packages)
    if [ -n "$site" ]; then
        export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
    fi
    # Qt wants a private (0700) runtime folder; headless shells and CI have none.
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ] || [ ! -w "$XDG_RUNTIME_DIR" ]; then
        XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/dseza-twin-runtime-$(id -u)"
        mkdir -p "$XDG_RUNTIME_DIR"
        chmod 700 "$XDG_RUNTIME_DIR"
        export XDG_RUNTIME_DIR
    fi
    # Debian's /usr/bin/qgis_process wrapper does the same for GRASS when it is installed.
    if [ -d /usr/lib/grass82/lib ]; then
        export LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}/usr/lib/grass82/lib"
    fi
}
