#!/usr/bin/env bash
# API under load with wrk: GET /api/v1/municipalities and the 2017 survey summary, beside the portal's own static
# app.css (Kestrel's limit) and the same file from nginx (the machine's limit), at 100 and 1,000 connections.
#   bash bench/load.sh                      # 30 s rounds, three rounds each (the protocol of issue 10)
#   DURATION=10 ROUNDS=1 bash bench/load.sh # a quick look
# Loopback only, bounded in time; the portal runs in Release on its own private PostgreSQL under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}; ROUNDS=${ROUNDS:-3}; CONNECTIONS=${CONNECTIONS:-"100 1000"}
PORT=5190; NGINX_PORT=5191; DATA=/tmp/renkei-bench-pg; OUT=$(mktemp -d)
for tool in wrk nginx; do command -v $tool > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx > /dev/null; }; done
ulimit -n "$(ulimit -Hn)" # 1,000 connections need more descriptors than the default soft limit
mkdir -p "$DATA"; chmod 755 "$DATA"

dotnet build -c Release src/Renkei.Web -v q --nologo > /dev/null
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$PORT Renkei__LocalDatabase__DataDirectory=$DATA \
  Serilog__MinimumLevel__Default=Warning Renkei__Security__SignInsPerMinute=1000 Renkei__LogDirectory=$OUT/logs \
  dotnet src/Renkei.Web/bin/Release/net10.0/Renkei.Web.dll > "$OUT/portal.log" 2>&1 &
PORTAL=$!
cat > "$OUT/nginx.conf" <<NGINX
worker_processes 1; pid $OUT/nginx.pid; error_log $OUT/nginx-error.log; events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:$NGINX_PORT; root $PWD/src/Renkei.Web/wwwroot; } }
NGINX
nginx -c "$OUT/nginx.conf"
trap 'kill $PORTAL 2>/dev/null; wait $PORTAL 2>/dev/null; nginx -c "$OUT/nginx.conf" -s stop 2>/dev/null; true' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 1; done

TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"secretariat@renkei.example","password":"Renkei#Demo2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
SURVEY=$(curl -sf "http://127.0.0.1:$PORT/api/v1/surveys" -H "Authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print([s["id"] for s in json.load(sys.stdin) if s["fiscalYear"]==2017][0])')

run() { # name url [auth]
  local name=$1 url=$2 auth=${3:-}
  # Warm-up (JIT, pools, caches), not reported.
  wrk -t2 -c100 -d5s ${auth:+-H "Authorization: Bearer $TOKEN"} "$url" > /dev/null 2>&1 || true
  for c in $CONNECTIONS; do
    for r in $(seq "$ROUNDS"); do
      local args=(-t2 -c"$c" -d"${DURATION}s" --latency --timeout 2s)
      [ -n "$auth" ] && args+=(-H "Authorization: Bearer $TOKEN")
      wrk "${args[@]}" "$url" > "$OUT/wrk.txt" 2>&1 || true
      python3 - "$name" "$c" "$r" "$OUT/wrk.txt" <<'PY'
import re, sys
name, c, r, path = sys.argv[1:]
t = open(path).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", t); p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", t)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t); timeouts = re.search(r"timeout (\d+)", t)
scale = {"us": 0.001, "ms": 1, "s": 1000}
print(f"| {name} | {c} | {r} | {float(rps.group(1)):,.0f} | {float(p99.group(1)) * scale[p99.group(2)]:.1f} | {non2xx.group(1) if non2xx else 0} | {timeouts.group(1) if timeouts else 0} |")
PY
    done
  done
}
echo "| target | connections | round | req/s | p99 ms | non-2xx | timeouts |"
echo "|---|---|---|---|---|---|---|"
run "GET /api/v1/municipalities" "http://127.0.0.1:$PORT/api/v1/municipalities" auth
run "GET /api/v1/surveys/{2017}/summary" "http://127.0.0.1:$PORT/api/v1/surveys/$SURVEY/summary" auth
run "Kestrel /app.css" "http://127.0.0.1:$PORT/app.css"
run "nginx /app.css" "http://127.0.0.1:$NGINX_PORT/app.css"
