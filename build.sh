#!/usr/bin/env bash
# The two set-up commands of the README:
#   ./build.sh run    start the portal on http://localhost:5080 (private PostgreSQL + demo data when no connection string is set)
#   ./build.sh test   run every test: Core and Web against a throwaway PostgreSQL, end-to-end in Debian's chromium
# Missing Debian packages (postgresql, chromium, Japanese fonts for screenshots, aiosmtpd as the tests' SMTP server) are installed when we may (root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

install_missing() {
  local missing=()
  for pair in "$@"; do
    local package=${pair%%:*} probe=${pair#*:}
    [ -e "$probe" ] || compgen -G "$probe" > /dev/null || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null; then sudo="sudo"; else
      echo "Please install: ${missing[*]} (apt-get install -y ${missing[*]})" >&2; exit 1
    fi
  fi
  echo "Installing ${missing[*]} ..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
}

if ! command -v dotnet > /dev/null; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

case "${1:-}" in
  run)
    install_missing "postgresql:/usr/lib/postgresql/*/bin/initdb"
    # Analyzers are for the test build (./build.sh test, CI); skipping them here saves a sixth of a first start.
    exec dotnet run --project src/Renkei.Web --launch-profile http -p:RunAnalyzers=false
    ;;
  test)
    install_missing "postgresql:/usr/lib/postgresql/*/bin/initdb" "chromium:/usr/bin/chromium" "fonts-noto-cjk:/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" \
      "python3-aiosmtpd:/usr/lib/python3/dist-packages/aiosmtpd"
    dotnet tool restore > /dev/null
    log=$(mktemp)
    status=0
    dotnet test Renkei.sln --nologo 2>&1 | tee "$log" || status=$?
    # One closing line for CI: the sum over the test projects.
    awk '/(Passed|Failed)! +-/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
         END { gsub(",", "", p); printf "tests: %d passed, %d failed\n", p, f }' "$log"
    rm -f "$log"
    exit $status
    ;;
  *)
    echo "usage: ./build.sh run | test" >&2
    exit 2
    ;;
esac
