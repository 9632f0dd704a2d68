#!/usr/bin/env bash
# Backs up FitFolio's database: a verified dump with a sha256 file beside it, kept 7 daily / 4 weekly / 3 monthly,
# and copied off-host when BACKUP_RSYNC_TARGET is set.
#   scripts/backup.sh postgres "host=127.0.0.1 port=5432 user=fitfolio dbname=fitfolio"   (libpq conninfo or URI)
#   scripts/backup.sh sqlite data/fitfolio.db                                            (online: the app may run)
# Environment:
#   BACKUP_DIR            where dumps go (default ./backups): daily/, weekly/, monthly/
#   BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY   7, 4, 3
#   BACKUP_RSYNC_TARGET   e.g. backup@nas:/srv/fitfolio — rsync -aH of BACKUP_DIR after each run (never deletes there)
#   PG_DUMP, PG_RESTORE   commands to run (default: from PATH, else Debian's newest); make backup runs them in the db container
#   BACKUP_DATE           YYYY-MM-DD to file the dump under (default today, UTC)
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"
# A dump holds every user's data: the dumps, their checksums and the folders are the owner's alone (rsync -a keeps that).
umask 077

[ $# -eq 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
provider="$1" source="$2"
dir="$(mkdir -p "${BACKUP_DIR:-backups}" && cd "${BACKUP_DIR:-backups}" && pwd)"
day="${BACKUP_DATE:-$(date -u +%F)}"
week="$(date -u -d "$day" +%G-W%V)"
month="${day:0:7}"
ext="$(dump_extension "$provider")"
mkdir -p "$dir/daily" "$dir/weekly" "$dir/monthly"
incoming="$dir/.incoming.$ext"
trap 'rm -f "$incoming"' EXIT

case "$provider" in
  postgres)
    read -ra pg_dump <<< "${PG_DUMP:-$(pg_tool pg_dump)}"
    read -ra pg_restore <<< "${PG_RESTORE:-$(pg_tool pg_restore)}"
    "${pg_dump[@]}" --format=custom --compress=6 --dbname="$source" > "$incoming"
    # A dump whose table of contents cannot be read is no backup: fail now, not on the day of the restore.
    "${pg_restore[@]}" --list < "$incoming" > /dev/null
    ;;
  sqlite)
    [ -f "$source" ] || { echo "backup: no SQLite database at $source" >&2; exit 1; }
    # SQLite's online backup API: a consistent copy even while the app writes (WAL included).
    sqlite3 "$source" ".backup '$incoming'"
    [ "$(sqlite3 "$incoming" 'PRAGMA integrity_check;')" = ok ] || { echo "backup: integrity check failed" >&2; exit 1; }
    ;;
esac

daily="$dir/daily/fitfolio-$day.$ext"
mv -f "$incoming" "$daily"
write_checksum "$daily"
# Weekly and monthly copies are hard links to the newest daily of their week or month (no extra space).
for copy in "$dir/weekly/fitfolio-$week.$ext" "$dir/monthly/fitfolio-$month.$ext"; do
  ln -f "$daily" "$copy" 2>/dev/null || cp -f "$daily" "$copy"
  write_checksum "$copy"
done

prune "$dir/daily" "$ext" "${BACKUP_KEEP_DAILY:-7}"
prune "$dir/weekly" "$ext" "${BACKUP_KEEP_WEEKLY:-4}"
prune "$dir/monthly" "$ext" "${BACKUP_KEEP_MONTHLY:-3}"

if [ -n "${BACKUP_RSYNC_TARGET:-}" ]; then
  rsync -aH "$dir/" "$BACKUP_RSYNC_TARGET/"
fi
echo "backup: $daily ($(stat -c %s "$daily") bytes, sha256 $(cut -d' ' -f1 "$daily.sha256"))"
