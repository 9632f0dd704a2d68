#!/usr/bin/env bash
# Creates the Docker secrets deploy/compose.yml reads, with fresh random passwords; files that exist are kept.
#   deploy/init-secrets.sh              create what is missing
#   deploy/init-secrets.sh --rotate db  new PostgreSQL password in both files (then follow docs/RUNBOOK.md)
#   deploy/init-secrets.sh --rotate redis
# SMTP_PASSWORD (environment) fills Email__Smtp__Password when that file is made; else it is left empty.
set -euo pipefail
dir="${FITFOLIO_SECRETS_DIR:-$(cd "$(dirname "$0")" && pwd)/secrets}"
rotate="${2:-}"
# A mistyped rotation must fail loudly: silently rotating nothing would leave the operator trusting an old password.
case "${1:-} $rotate" in
  " " | "--rotate db" | "--rotate redis") ;;
  *) echo "usage: $0 [--rotate db|redis]" >&2; exit 2 ;;
esac
umask 077
mkdir -p "$dir"
chmod 700 "$dir"

password() { openssl rand -hex 24; }

# The folder stays private to root on the host; inside a container each file is readable by the service's own user.
write() {
  local name="$1" content="$2"
  printf '%s' "$content" > "$dir/$name.tmp"
  chmod 444 "$dir/$name.tmp"
  mv -f "$dir/$name.tmp" "$dir/$name"
  echo "wrote $dir/$name"
}

if [ ! -f "$dir/postgres_password" ] || [ "$rotate" = db ]; then
  pg="$(password)"
  write postgres_password "$pg"
  # Pool 20 per replica: (max_connections 100 - 3 superuser-reserved - 10 for backups, migrations, psql and monitoring)
  # / 4 replicas at most (two, plus two more while scaling out) = 21; Timeout=5 is how long a request waits for a
  # connection before it answers 503 with Retry-After. The arithmetic: docs/SCALING.md, "Connections".
  write ConnectionStrings__Database "Host=db;Port=5432;Database=fitfolio;Username=fitfolio;Password=$pg;Maximum Pool Size=20;Timeout=5"
fi

if [ ! -f "$dir/redis.conf" ] || [ "$rotate" = redis ]; then
  rd="$(password)"
  write redis.conf "requirepass $rd"
  write ConnectionStrings__Redis "redis:6379,password=$rd,abortConnect=false"
fi

[ -f "$dir/Email__Smtp__Password" ] || write Email__Smtp__Password "${SMTP_PASSWORD:-}"
