#!/usr/bin/env bash
# Make this checkout ready to run, test and demo DSEZA Twin, on Debian 12, as root.
#
# Idempotent: every step first checks whether it is already done, so a second
# run only checks (a few seconds). Safe from any working directory, in CI
# (CI=true, no standard input) and in a clone anywhere on disk.
#
# Steps:
#   1. Debian packages (QGIS 3.22, PostgreSQL 15 + PostGIS 3, Mosquitto, ...):
#      apt-get update + install only when one is missing.
#   2. .venv from /usr/bin/python3 with --system-site-packages (QGIS's bindings
#      and numpy come from Debian), pinned requirements from PyPI; pip is skipped
#      while the requirements' hash matches the stamp in .venv.
#   3. The plugin linked into the project's own QGIS profile (.qgis-profile) and
#      enabled there for qgis_process.
#   4. PostgreSQL and Mosquitto started when they are not running; the databases
#      dseza_twin_test and dseza_twin_demo with PostGIS; .pg_service.conf.
#
# Environment: DSEZA_SKIP_APT=1 skips step 1 (for machines managed otherwise).
set -euo pipefail

# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

START=$(now)
DONE=()   # what this run changed
did() { DONE+=("$*"); log "$*"; }

# Debian packages the project needs (installed without recommends).
APT_PACKAGES=(
    qgis python3-qgis qgis-providers
    postgresql postgresql-15-postgis-3
    mosquitto mosquitto-clients
    xvfb xauth
    proj-bin
    fonts-dejavu-core fonts-noto-core
    poppler-utils
    python3-venv
    qttools5-dev-tools   # lrelease, builds i18n/*.qm for scripts/package.sh
    git
)

# -- 1. Debian packages ------------------------------------------------------
missing_packages() {
    local pkg status
    for pkg in "${APT_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || printf '%s\n' "$pkg"
    done
}

if [ "${DSEZA_SKIP_APT:-0}" != 1 ]; then
    mapfile -t MISSING < <(missing_packages)
    if [ "${#MISSING[@]}" -gt 0 ]; then
        log "installing Debian packages: ${MISSING[*]}"
        export DEBIAN_FRONTEND=noninteractive
        as_root apt-get update -q
        as_root apt-get install -y -q --no-install-recommends "${MISSING[@]}" </dev/null
        did "installed Debian packages: ${MISSING[*]}"
    fi
fi
[ -x "$QGIS_PROCESS_BIN" ] || die "$QGIS_PROCESS_BIN is missing: install the Debian package 'qgis'"

# -- 2. Python virtual environment ------------------------------------------
venv_ok() {
    [ -x "$DSEZA_VENV/bin/python" ] || return 1
    grep -qx 'include-system-site-packages = true' "$DSEZA_VENV/pyvenv.cfg" 2>/dev/null || return 1
    grep -qx 'home = /usr/bin' "$DSEZA_VENV/pyvenv.cfg" 2>/dev/null || return 1
    # The bindings of QGIS must be importable: they belong to Debian's Python.
    "$DSEZA_VENV/bin/python" -c 'import qgis.core' 2>/dev/null
}

if ! venv_ok; then
    if [ -e "$DSEZA_VENV" ]; then
        log "the existing .venv is not made from /usr/bin/python3 with system site-packages: remaking it"
        rm -rf "$DSEZA_VENV"
    fi
    /usr/bin/python3 -m venv --system-site-packages "$DSEZA_VENV"
    did "created .venv (/usr/bin/python3 $(/usr/bin/python3 -c 'import platform; print(platform.python_version())'), system site-packages)"
fi

REQUIREMENTS=("$DSEZA_ROOT/requirements.txt" "$DSEZA_ROOT/requirements-dev.txt")
STAMP="$DSEZA_VENV/.dseza-requirements.sha256"
REQ_HASH=$(cat "${REQUIREMENTS[@]}" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$REQ_HASH" ]; then
    log "installing Python requirements into .venv"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$DSEZA_VENV/bin/python" -m pip install -q --no-input \
        -r "$DSEZA_ROOT/requirements-dev.txt" </dev/null
    printf '%s\n' "$REQ_HASH" >"$STAMP"
    did "installed Python requirements (requirements.txt, requirements-dev.txt)"
fi

# -- 3. The plugin in the project's QGIS profile ------------------------------
mkdir -p "$DSEZA_PLUGINS"
LINK="$DSEZA_PLUGINS/dseza_twin"
if [ "$(readlink "$LINK" 2>/dev/null || true)" != "$DSEZA_ROOT" ]; then
    [ -e "$LINK" ] && [ ! -L "$LINK" ] && die "$LINK exists and is not a link: move it away"
    ln -sfn "$DSEZA_ROOT" "$LINK"
    did "linked the plugin: $LINK -> $DSEZA_ROOT"
fi

QGIS_INI="$DSEZA_PROFILE/profiles/default/QGIS/QGIS3.ini"
plugin_enabled() {
    # dseza_twin=true inside the [PythonPlugins] section of the profile's settings.
    [ -f "$QGIS_INI" ] && awk '
        /^\[/ { section = $0; next }
        section == "[PythonPlugins]" && $0 == "dseza_twin=true" { found = 1 }
        END { exit found ? 0 : 1 }' "$QGIS_INI"
}

if ! plugin_enabled; then
    # qgis_process 3.22 has "plugins enable"; it also checks that the plugin loads.
    if (export_qgis_env && "$QGIS_PROCESS_BIN" plugins enable dseza_twin </dev/null >/dev/null 2>&1) \
        && plugin_enabled; then
        did "enabled the plugin for qgis_process (qgis_process plugins enable dseza_twin)"
    else
        # The plugin does not load right now (work in progress?): record the setting
        # directly, so that qgis_process loads it as soon as it can.
        mkdir -p "$(dirname "$QGIS_INI")"
        /usr/bin/python3 - "$QGIS_INI" <<'EOF'
import sys
path = sys.argv[1]
try:
    lines = open(path, encoding="utf-8").read().splitlines()
except FileNotFoundError:
    lines = []
out, in_section, written = [], False, False
for line in lines:
    if line.startswith("["):
        if in_section and not written:
            out.append("dseza_twin=true")
            written = True
        in_section = line.strip() == "[PythonPlugins]"
    elif in_section and line.startswith("dseza_twin="):
        continue
    out.append(line)
if in_section and not written:
    out.append("dseza_twin=true")
    written = True
if not written:
    if out and out[-1].strip():
        out.append("")
    out += ["[PythonPlugins]", "dseza_twin=true"]
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
EOF
        did "enabled the plugin in $QGIS_INI (qgis_process could not load it now; see 'scripts/qgis-process plugins')"
    fi
fi

# -- 4. Services and databases -------------------------------------------------
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    cluster_version=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null \
        | sort -V | tail -n 1)
    [ -n "$cluster_version" ] || die "no PostgreSQL cluster in /etc/postgresql"
    as_root pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start
    for _ in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 0.5
    done
    pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL $cluster_version did not start"
    did "started PostgreSQL $cluster_version"
fi

# psql as the superuser: over TCP where loopback trust is set up (as on our
# machines), else through the local socket as the postgres OS user (a fresh Debian).
PSQL_TCP=(psql -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)
if env -u PGSERVICE -u PGSERVICEFILE "${PSQL_TCP[@]}" -d postgres -tAc 'SELECT 1' </dev/null >/dev/null 2>&1; then
    TCP_TRUST=1
    PSQL=(env -u PGSERVICE -u PGSERVICEFILE "${PSQL_TCP[@]}")
else
    TCP_TRUST=0
    PSQL=(as_root runuser -u postgres -- psql -X -q -w -v ON_ERROR_STOP=1)
fi
sql() {  # sql DATABASE STATEMENT — one statement, rows as plain text
    "${PSQL[@]}" -d "$1" -tAc "$2" </dev/null
}

for db in "$DSEZA_TEST_DB" "$DSEZA_DEMO_DB"; do
    if [ "$(sql postgres "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
        sql postgres "CREATE DATABASE $db"
        did "created database $db"
    fi
    if [ "$(sql "$db" "SELECT 1 FROM pg_extension WHERE extname = 'postgis'")" != 1 ]; then
        sql "$db" "CREATE EXTENSION IF NOT EXISTS postgis"
        did "created extension postgis in $db"
    fi
done

if [ "$TCP_TRUST" = 0 ]; then
    # Tests, qgis_process and QGIS reach the two local databases over loopback as
    # postgres without a password (no password is ever written down): allow just that.
    HBA=$(sql postgres "SHOW hba_file")
    RULE="host $DSEZA_TEST_DB,$DSEZA_DEMO_DB postgres 127.0.0.1/32 trust"
    if ! as_root grep -qxF "$RULE" "$HBA"; then
        # First matching line wins in pg_hba.conf: put ours on top.
        TMP_HBA=$(mktemp)
        {
            printf '# DSEZA Twin (scripts/setup.sh): local test and demo databases\n%s\n' "$RULE"
            printf 'host %s,%s postgres ::1/128 trust\n' "$DSEZA_TEST_DB" "$DSEZA_DEMO_DB"
            as_root cat "$HBA"
        } >"$TMP_HBA"
        as_root cp "$TMP_HBA" "$HBA"   # cp onto the file keeps its owner and mode
        rm -f "$TMP_HBA"
        sql postgres "SELECT pg_reload_conf()" >/dev/null
        did "allowed loopback connections to $DSEZA_TEST_DB and $DSEZA_DEMO_DB in $HBA"
    fi
fi

SERVICE_TEXT="# Written by scripts/setup.sh: the local PostgreSQL services of this checkout.
# No passwords here (loopback trust on development and CI machines only).
[$DSEZA_TEST_DB]
host=127.0.0.1
port=5432
dbname=$DSEZA_TEST_DB
user=postgres

[$DSEZA_DEMO_DB]
host=127.0.0.1
port=5432
dbname=$DSEZA_DEMO_DB
user=postgres"
if [ "$(cat "$DSEZA_PG_SERVICE_FILE" 2>/dev/null || true)" != "$SERVICE_TEXT" ]; then
    printf '%s\n' "$SERVICE_TEXT" >"$DSEZA_PG_SERVICE_FILE"
    did "wrote $DSEZA_PG_SERVICE_FILE (services $DSEZA_TEST_DB, $DSEZA_DEMO_DB)"
fi
PGSERVICEFILE="$DSEZA_PG_SERVICE_FILE" psql -X -w -d "service=$DSEZA_TEST_DB" -tAc 'SELECT 1' </dev/null >/dev/null \
    || die "cannot connect to service=$DSEZA_TEST_DB over 127.0.0.1"

# The broker settings MQTT ingest needs (resources/mosquitto/dseza-twin.conf: queue
# room for messages that wait for their commit); a changed file restarts the broker.
MOSQUITTO_CONF=/etc/mosquitto/conf.d/dseza-twin.conf
if ! cmp -s "$DSEZA_ROOT/resources/mosquitto/dseza-twin.conf" "$MOSQUITTO_CONF"; then
    as_root install -D -m 0644 "$DSEZA_ROOT/resources/mosquitto/dseza-twin.conf" "$MOSQUITTO_CONF"
    grep -qx 'include_dir /etc/mosquitto/conf.d' /etc/mosquitto/mosquitto.conf \
        || echo 'include_dir /etc/mosquitto/conf.d' | as_root tee -a /etc/mosquitto/mosquitto.conf >/dev/null
    if tcp_open 127.0.0.1 1883; then
        as_root pkill -TERM -x mosquitto || true
        # until the old broker has exited: on exit it removes the pid file, also a new broker's
        for _ in $(seq 1 60); do
            pgrep -x mosquitto >/dev/null || break
            sleep 0.25
        done
    fi
    did "installed $MOSQUITTO_CONF"
fi

if ! tcp_open 127.0.0.1 1883; then
    command -v mosquitto >/dev/null || die "mosquitto is not installed"
    # Debian's configuration writes its pid file under /run/mosquitto.
    as_root install -d -o mosquitto -g mosquitto /run/mosquitto 2>/dev/null || true
    as_root mosquitto -d -c /etc/mosquitto/mosquitto.conf
    for _ in $(seq 1 40); do
        tcp_open 127.0.0.1 1883 && break
        sleep 0.25
    done
    tcp_open 127.0.0.1 1883 || die "Mosquitto did not start listening on 127.0.0.1:1883"
    did "started Mosquitto on 127.0.0.1:1883"
fi

# Translations: i18n/*.qm from i18n/*.ts (build products, not in git), so that QGIS
# set to Vietnamese shows the plugin in Vietnamese from this checkout.
for ts in "$DSEZA_ROOT"/i18n/*.ts; do
    [ -e "$ts" ] || continue
    if [ ! -e "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
        "$DSEZA_ROOT/scripts/make_translations.sh" --compile >/dev/null
        did "compiled the translations (i18n/*.qm)"
        break
    fi
done

# -- Summary ------------------------------------------------------------------
if [ "${#DONE[@]}" -eq 0 ]; then
    log "everything already in place ($(elapsed "$START") s)"
else
    log "done in $(elapsed "$START") s: ${#DONE[@]} step(s) changed something"
fi
