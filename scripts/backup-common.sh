# Shared by backup.sh and restore.sh (sourced, not run).

dump_extension() {
  case "$1" in
    postgres) echo pgdump ;;
    sqlite) echo sqlite3 ;;
    *) echo "unknown provider '$1' (postgres or sqlite)" >&2; return 2 ;;
  esac
}

# A PostgreSQL client program: from PATH, else the newest of Debian's /usr/lib/postgresql/*/bin.
pg_tool() {
  if command -v "$1" > /dev/null; then
    command -v "$1"
    return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin/"$1" 2> /dev/null | sort -V | tail -n 1)"
  [ -n "$found" ] || { echo "$1 not found: install postgresql-client" >&2; return 1; }
  echo "$found"
}

# The checksum file names the dump by its base name, so `sha256sum -c` works wherever the pair is copied.
write_checksum() {
  (cd "$(dirname "$1")" && sha256sum "$(basename "$1")" > "$(basename "$1").sha256")
}

verify_checksum() {
  [ -f "$1.sha256" ] || { echo "no checksum file $1.sha256" >&2; return 1; }
  (cd "$(dirname "$1")" && sha256sum --check --quiet "$(basename "$1").sha256")
}

# Keeps the newest N dumps (names sort by date) and their checksums.
prune() {
  local folder="$1" ext="$2" keep="$3" old
  ls -1 "$folder"/fitfolio-*."$ext" 2> /dev/null | sort -r | tail -n +"$((keep + 1))" | while read -r old; do
    rm -f "$old" "$old.sha256"
  done
}
