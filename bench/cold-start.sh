#!/usr/bin/env bash
# Cold start: `./build.sh run` on a fresh clone to the first page (/login answering 200), then the second start of
# the same clone, beside a bare Blazor Server template (`dotnet new blazor --interactivity Server`) started the same
# way. Prints each time and the portal's own start-up steps from its log (PostgreSQL, migrations, seed data).
#   bash bench/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/renkei-cold-XXXX); chmod 755 "$WORK"
git clone -q . "$WORK/portal"
dotnet new blazor --interactivity Server -o "$WORK/template" -n Template > /dev/null

# start DIR URL COMMAND... → seconds from launch to the first 200 of URL; stops it again.
start() {
  local dir=$1 url=$2; shift 2
  local begin; begin=$(date +%s.%N)
  # Its own process group, stopped with SIGTERM: a background job of a script ignores SIGINT.
  (cd "$dir" && exec setsid env "$@") > "$WORK/last.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 $pid 2>/dev/null || { echo "did not start:"; tail -20 "$WORK/last.log"; exit 1; }
    sleep 0.1
  done
  local end; end=$(date +%s.%N)
  kill -TERM -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  while curl -s -o /dev/null "$url"; do sleep 0.3; done
  sleep 1
  python3 -c "print(f'{$end - $begin:.1f}')"
}
PORTAL_ENV=(Renkei__LocalDatabase__DataDirectory="$WORK/postgres" ./build.sh run)
TEMPLATE_ENV=(ASPNETCORE_URLS=http://127.0.0.1:5197 dotnet run --project . --launch-profile http --urls http://127.0.0.1:5197)
first=$(start "$WORK/portal" http://localhost:5080/login "${PORTAL_ENV[@]}")
steps=$(grep -oE "(Started a private PostgreSQL.* in [0-9]+ ms|Database migrated in [0-9]+ ms|Reference data checked in [0-9]+ ms|Demo data checked in [0-9]+ ms)" "$WORK/last.log" | sed -E 's/ in \/.* on port [0-9]+//' | paste -sd ';' -)
second=$(start "$WORK/portal" http://localhost:5080/login "${PORTAL_ENV[@]}")
steps2=$(grep -oE "(Started a private PostgreSQL.* in [0-9]+ ms|Database migrated in [0-9]+ ms|Reference data checked in [0-9]+ ms|Demo data checked in [0-9]+ ms)" "$WORK/last.log" | sed -E 's/ in \/.* on port [0-9]+//' | paste -sd ';' -)
tfirst=$(start "$WORK/template" http://127.0.0.1:5197/ "${TEMPLATE_ENV[@]}")
tsecond=$(start "$WORK/template" http://127.0.0.1:5197/ "${TEMPLATE_ENV[@]}")
# The build alone, on a third fresh copy: how much of the first start is restore and compile.
git clone -q . "$WORK/build-only"
b0=$(date +%s.%N); (cd "$WORK/build-only" && dotnet build src/Renkei.Web -v q --nologo > /dev/null); b1=$(date +%s.%N)
echo "| | portal | template | ratio |"
echo "|---|---|---|---|"
echo "| first start (fresh clone) | ${first} s | ${tfirst} s | $(python3 -c "print(f'{$first / $tfirst:.2f}')")× |"
echo "| second start | ${second} s | ${tsecond} s | $(python3 -c "print(f'{$second / $tsecond:.2f}')")× |"
echo "restore + build of src/Renkei.Web alone on a fresh clone: $(python3 -c "print(f'{$b1 - $b0:.1f}')") s"
echo "first start, the portal's own steps: $steps"
echo "second start: $steps2"
rm -rf "$WORK/portal/src" "$WORK/build-only" "$WORK/template" # the cluster's data stays for a look: $WORK/postgres
