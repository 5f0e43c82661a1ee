#!/usr/bin/env bash
# Two portals (A :5193, B :5194) behind nginx (:5195, ip_hash) over one PostgreSQL started here; the browser
# journey in two-instances.mjs signs in through nginx, saves a need, and the instance serving it is stopped.
#   bash bench/two-instances.sh        (needs: npm install playwright-core@1.64.1 in bench/; nginx, chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
A=5193; B=5194; PROXY=5195; PG=5196; ROOT=/tmp/renkei-two; OUT=$(mktemp -d)
for tool in nginx chromium; do command -v $tool > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool > /dev/null; }; done
[ -d bench/node_modules/playwright-core ] || (cd bench && npm install --silent --no-save playwright-core@1.64.1)
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

rm -rf "$ROOT"; mkdir -p "$ROOT"; chmod 777 "$ROOT"
as_pg "$BIN/initdb" -D "$ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync > /dev/null
as_pg "$BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w start -o "-p $PG -k $ROOT -c listen_addresses=127.0.0.1" > /dev/null
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  nginx -c "$OUT/nginx.conf" -s stop 2>/dev/null || true
  as_pg "$BIN/pg_ctl" -D "$ROOT/data" -m fast -w stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

dotnet build -c Release src/Renkei.Web -v q --nologo > /dev/null
portal() { # port, extra env...
  local port=$1; shift
  env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$port \
    ConnectionStrings__Renkei="Host=127.0.0.1;Port=$PG;Username=postgres;Database=renkei" \
    Serilog__MinimumLevel__Default=Warning Renkei__LogDirectory=$OUT/logs-$port Renkei__Security__CookieSecurePolicy=SameAsRequest "$@" \
    dotnet src/Renkei.Web/bin/Release/net10.0/Renkei.Web.dll > "$OUT/portal-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && return; sleep 1; done
  echo "portal on $port did not start:"; tail -20 "$OUT/portal-$port.log"; exit 1
}
as_pg "$BIN/createdb" -h "$ROOT" -p $PG -U postgres renkei
portal $A Renkei__Database__MigrateOnStartup=true Renkei__Database__SeedReferenceData=true Renkei__Database__SeedDemoData=true
PID_A=${PIDS[0]}
portal $B
PID_B=${PIDS[1]}
cat > "$OUT/nginx.conf" <<NGINX
worker_processes 1; pid $OUT/nginx.pid; error_log $OUT/nginx-error.log; events { worker_connections 1024; }
http {
  access_log off;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream renkei { ip_hash; server 127.0.0.1:$A max_fails=1 fail_timeout=30s; server 127.0.0.1:$B max_fails=1 fail_timeout=30s; }
  server {
    listen 127.0.0.1:$PROXY;
    location / {
      proxy_pass http://renkei; proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade; proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 120s; proxy_buffering off;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$OUT/nginx.conf"

coproc JOURNEY { node bench/two-instances.mjs "http://127.0.0.1:$PROXY" "http://127.0.0.1:$A" "http://127.0.0.1:$B" 2>&1; }
while read -r line <&"${JOURNEY[0]}"; do
  echo "$line"
  if [[ $line == STOP* ]]; then
    target=${line#STOP }; [ "$target" = "127.0.0.1:$A" ] && victim=$PID_A || victim=$PID_B
    kill -TERM "$victim"; wait "$victim" 2>/dev/null || true
    echo "stopped ${target} (pid $victim)"
    echo go >&"${JOURNEY[1]}"
  fi
done
wait "$JOURNEY_PID"
