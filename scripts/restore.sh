#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh after checking its sha256 and its readability.
#   scripts/restore.sh postgres "host=… user=fitfolio dbname=fitfolio" backups/daily/fitfolio-2026-11-30.pgdump
#   scripts/restore.sh sqlite data/fitfolio.db backups/daily/fitfolio-2026-11-30.sqlite3
# PostgreSQL: the target database must have no tables, unless --recreate is given first, which drops and recreates
# its public schema once the dump is verified. SQLite: the target file must not exist, unless --recreate replaces it.
# Stop the app first (docs/RUNBOOK.md). PG_RESTORE and PSQL override the client programs (make restore uses the db container's).
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"

recreate=false
if [ "${1:-}" = --recreate ]; then
  recreate=true
  shift
fi
[ $# -eq 3 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
provider="$1" target="$2" dump="$3"
ext="$(dump_extension "$provider")"
[ -f "$dump" ] || { echo "restore: no dump at $dump" >&2; exit 1; }
[[ "$dump" == *."$ext" ]] || { echo "restore: $dump is not a $provider dump (*.$ext)" >&2; exit 1; }
verify_checksum "$dump" || { echo "restore: $dump does not match its checksum; nothing was changed" >&2; exit 1; }

case "$provider" in
  postgres)
    read -ra pg_restore <<< "${PG_RESTORE:-$(pg_tool pg_restore)}"
    read -ra psql <<< "${PSQL:-$(pg_tool psql)}"
    "${pg_restore[@]}" --list < "$dump" > /dev/null
    tables="$("${psql[@]}" --no-psqlrc --quiet --tuples-only --no-align --dbname="$target" \
      --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
    if [ "$tables" != 0 ]; then
      $recreate || { echo "restore: the target database has $tables tables; give --recreate to replace them" >&2; exit 1; }
      "${psql[@]}" --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --dbname="$target" \
        --command="DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
    fi
    # One transaction: a restore that fails part-way leaves the database as it was before pg_restore started.
    "${pg_restore[@]}" --no-owner --no-acl --exit-on-error --single-transaction --dbname="$target" < "$dump"
    ;;
  sqlite)
    [ "$(sqlite3 "$dump" 'PRAGMA integrity_check;')" = ok ] || { echo "restore: $dump fails SQLite's integrity check" >&2; exit 1; }
    if [ -e "$target" ] && ! $recreate; then
      echo "restore: $target exists; give --recreate to replace it" >&2
      exit 1
    fi
    mkdir -p "$(dirname "$target")"
    (umask 077 && cp -f "$dump" "$target.restoring")
    # The app must still open the file it had: a replaced file keeps its owner and mode (owner changes need root).
    if [ -e "$target" ]; then
      chmod --reference="$target" "$target.restoring"
      [ "$(id -u)" -ne 0 ] || chown --reference="$target" "$target.restoring"
    fi
    rm -f "$target-wal" "$target-shm"
    mv -f "$target.restoring" "$target"
    ;;
esac
echo "restore: $dump → $provider $([ "$provider" = sqlite ] && echo "$target" || echo database)"
