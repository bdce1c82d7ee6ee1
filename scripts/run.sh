#!/usr/bin/env bash
# Installs what is missing, builds, and starts Task Model Assistant. When no Open WebUI answers on
# localhost:3000 or :8080, it first starts the project's test double as a local DEMO server, so the
# whole flow can be tried at once (sign in as admin@example.com / admin-pass).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
cmake --preset default
cmake --build --preset default

server=""
for port in 3000 8080; do
  if curl -fsS -m 2 "http://127.0.0.1:${port}/health" 2>/dev/null | grep -q '"status"'; then
    server="http://127.0.0.1:${port}"
    echo "Found Open WebUI at ${server}"
    break
  fi
done

demo_pid=""
cleanup() { [ -n "$demo_pid" ] && kill "$demo_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ -z "$server" ]; then
  log=$(mktemp)
  ./build/tests/support/fake-openwebui --demo --port 0 >"$log" 2>&1 &
  demo_pid=$!
  for _ in $(seq 1 50); do
    server=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$server" ] && break
    sleep 0.1
  done
  cat "$log"
  if [ -z "$server" ]; then
    echo "The demo server did not start." >&2
    exit 1
  fi
fi

gui=./build/src/app/task-model-assistant
if [ ! -x "$gui" ]; then
  echo "The GUI is not built yet; here is the CLI against ${server}:"
  OWUI_URL="$server" ./build/src/app/task-model-assistant-cli --help
  exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the assistant on a virtual display (Xvfb)."
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$gui" --server "$server"
fi
"$gui" --server "$server"
