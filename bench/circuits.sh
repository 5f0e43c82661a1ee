#!/usr/bin/env bash
# Live heap and RSS of the portal with no circuit and with N idle circuits (default 50) on PAGE (default /surveys).
#   bash bench/circuits.sh [N] [PAGE]     (needs: npm install playwright-core@1.64.1 in bench/, dotnet tool install -g dotnet-gcdump)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50}; PAGE=${2:-/surveys}; PORT=5192; DATA=/tmp/renkei-bench-circuits; OUT=$(mktemp -d)
export PATH="$PATH:$HOME/.dotnet/tools"
mkdir -p "$DATA"; chmod 755 "$DATA"
dotnet build -c Release src/Renkei.Web -v q --nologo > /dev/null
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:$PORT Renkei__LocalDatabase__DataDirectory=$DATA \
  Serilog__MinimumLevel__Default=Warning Renkei__Security__SignInsPerMinute=10000 Renkei__LogDirectory=$OUT/logs Renkei__Security__CookieSecurePolicy=SameAsRequest \
  dotnet src/Renkei.Web/bin/Release/net10.0/Renkei.Web.dll > "$OUT/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null; wait $PORTAL 2>/dev/null; true' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 1; done

measure() { # label → "heap_bytes rss_kb circuits"
  dotnet-gcdump collect -p "$PORTAL" -o "$OUT/$1.gcdump" > /dev/null
  dotnet-gcdump report "$OUT/$1.gcdump" > "$OUT/$1.txt"
  local heap circuits rss
  heap=$(awk '/GC Heap bytes/ { gsub(",", "", $1); print $1; exit }' "$OUT/$1.txt")
  circuits=$(awk '$3 == "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost" { gsub(",", "", $2); print $2; exit }' "$OUT/$1.txt")
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$PORTAL/status")
  echo "$heap $rss ${circuits:-0}"
}
# Warm the pages once (JIT, caches), then let that circuit go.
node bench/circuits.mjs "http://127.0.0.1:$PORT" 1 "$PAGE" < <(sleep 20; echo) > /dev/null
sleep 5
read -r heap0 rss0 c0 < <(measure before)
coproc BROWSERS { node bench/circuits.mjs "http://127.0.0.1:$PORT" "$N" "$PAGE"; }
read -r line <&"${BROWSERS[0]}"; echo "$line circuits open"
sleep 5
read -r heap1 rss1 c1 < <(measure after)
echo stop >&"${BROWSERS[1]}"
echo "no circuit: live heap $((heap0 / 1024)) KB, RSS $((rss0)) KB, circuits $c0"
echo "$N circuits: live heap $((heap1 / 1024)) KB, RSS $((rss1)) KB, circuits $c1"
echo "per circuit: heap $(( (heap1 - heap0) / (c1 - c0) / 1024 )) KB, RSS $(( (rss1 - rss0) / (c1 - c0) )) KB"
echo "heap reports: $OUT/before.txt, $OUT/after.txt (dotnet-gcdump report)"
