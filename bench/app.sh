# Sourced by the bench scripts: start_app builds a checkout and starts it. Needs $tmp (a scratch folder) and the array
# apps (the PIDs the caller stops on exit).

built=()

# Builds the checkout in $1 (SPA and Release host; once per script run, never with SKIP_BUILD=1), starts it on a free port with its own SQLite file (or what the
# VAR=value arguments after the name say instead) and waits for it; sets $port.
start_app() {
  local dir=$1 name=$2
  shift 2
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  if [ -z "${SKIP_BUILD:-}" ] && [[ " ${built[*]} " != *" $dir "* ]]; then
    (cd "$dir" && bash scripts/build-web.sh >/dev/null && dotnet build src/FitFolio.Api -c Release -v q -nologo >/dev/null)
    built+=("$dir")
  fi
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$port" App__PublicUrl="http://localhost:$port" \
    ConnectionStrings__Database="Data Source=$tmp/$name.db" RateLimits__MagicLinkStartPerMinute=1000000 RateLimits__MagicLinkPerEmailPerHour=1000000 \
    RateLimits__MagicLinkVerifyPerMinute=1000000 RateLimits__MagicLinkPerEmailTotalPerHour=1000000 RateLimits__WebAuthnStartPerMinute=1000000 \
    Serilog__MinimumLevel__Default=Warning "$@" \
    dotnet "$dir/src/FitFolio.Api/bin/Release/net10.0/FitFolio.Api.dll" >"$tmp/$name.log" 2>&1 &
  apps+=($!)
  for _ in $(seq 1 240); do curl -fs "http://localhost:$port/healthz/ready" >/dev/null && return; sleep 0.5; done
  echo "$name did not become ready:"; tail -n 30 "$tmp/$name.log"; exit 1
}
