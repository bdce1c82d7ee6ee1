#!/usr/bin/env bash
# Task Model Assistant benchmarks: one command, one markdown table on stdout (a header line with the
# machine and date, then metric | ours | floor | ratio | runs). What each row measures and the goals:
# bench/README.md. Exits non-zero only when something could not be measured, never on a threshold.
#
#   BUILD_DIR=build      build directory (configured with the default preset's settings if missing)
#   RUNS=10              runs per timing (medians; the README's table uses at least 10)
#   IDLE_SECONDS=60      the tray's idle window (an hour simulated: nothing may poll or ask the server)
#   BENCH_OUT=DIR        raw results and logs (default: $BUILD_DIR/bench-results)
#   TMA_BENCH_NO_BUILD=1 use what is built
# shellcheck disable=SC2153,SC2154 # results come from sourced files and printf -v
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

fail() {
  echo "bench: cannot measure: $*" >&2
  exit 1
}

# ---- inside Xvfb + a private D-Bus session (re-entered below) -----------------------------------
if [ "${1:-}" = "--gui-phase" ]; then
  # shellcheck source=/dev/null
  . "$BENCH_WORK/env.sh"
  out=$BENCH_WORK/gui.env
  : >"$out"
  log=$BENCH_OUT/gui.log
  export QT_QPA_PLATFORM=xcb
  # A real Secret Service, unlocked, in this private session (the returning user's sign-in).
  printf %s bench-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
    fail "gnome-keyring-daemon did not start"

  # launch NAME EVENT [bench-launch options] -- PROGRAM ARGS: bench-launch's key=value lines
  # become NAME_key=value in gui.env.
  launch() {
    local name=$1 event=$2
    shift 2
    local result
    result=$("$B/bench/bench-launch" --runs "$RUNS" --warmup 1 --log "$log" \
      --ready-file "$BENCH_WORK/ready" --event "$event" "$@") || fail "$name (see $log)"
    printf '%s\n' "$result" | sed "s/^/${name}_/" >>"$out"
  }
  # Memory: keep the window up for a while after it is shown, then read VmHWM/VmRSS from outside.
  settle_ms=2000

  # 1. First start: nothing configured (the wizard's first page), and the floor.
  launch wiz wizard-shown --exit-on-ready -- "$GUI"
  launch bwiz wizard-shown --exit-on-ready -- "$B/bench/bench-bare-wizard"
  launch wizmem wizard-shown --settle-ms "$settle_ms" -- "$GUI"
  launch bwizmem wizard-shown --settle-ms "$settle_ms" -- "$B/bench/bench-bare-wizard"

  # 2. Returning user: signed in once (key in the keychain, server in the settings), as `login`
  #    leaves it. The wizard then signs in by itself when it opens.
  OWUI_API_KEY=$API_KEY "$CLI" login --server "$URL" >>"$log" 2>&1 || fail "cli login (see $log)"
  "$FLOWS" snapshot "$FAKE_PID" "$STATS" "$BENCH_WORK/r0.json" || fail "fake server counts"
  launch rwiz wizard-shown --exit-on-ready -- "$GUI"
  "$FLOWS" snapshot "$FAKE_PID" "$STATS" "$BENCH_WORK/r1.json" || fail "fake server counts"
  launch rwizmem wizard-shown --settle-ms "$settle_ms" -- "$GUI"
  "$FLOWS" snapshot "$FAKE_PID" "$STATS" "$BENCH_WORK/r2.json" || fail "fake server counts"
  IFS=$'\t' read -r n detail < <("$FLOWS" diff "$BENCH_WORK/r1.json" "$BENCH_WORK/r2.json")
  echo "rwiz_launch_requests_total=$n" >>"$out"
  echo "rwiz_launch_requests_detail='$detail'" >>"$out"

  # 3. The tray (--tray with a configured server), with trayer as the tray host.
  trayer --edge top --align right --widthtype request --height 32 --SetDockType true --transparent false \
    >/dev/null 2>&1 &
  trayer_pid=$!
  trap 'kill "$trayer_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    xdotool search --onlyvisible --class trayer >/dev/null 2>&1 && break
    sleep 0.1
  done
  xdotool search --onlyvisible --class trayer >/dev/null 2>&1 || fail "trayer did not show up"
  launch tray tray-ready --exit-on-ready -- "$GUI" --tray
  launch btray tray-ready --exit-on-ready -- "$B/bench/bench-bare-tray"

  # 4. The tray left alone, next to the bare tray icon over the same window: memory at the end,
  #    requests (ours; the bare icon has no server), wake-ups and CPU time during it.
  rm -f "$BENCH_WORK/ready" "$BENCH_WORK/ready-bare"
  TMA_BENCH_READY_FILE=$BENCH_WORK/ready "$GUI" --tray >>"$log" 2>&1 &
  tray_pid=$!
  TMA_BENCH_READY_FILE=$BENCH_WORK/ready-bare "$B/bench/bench-bare-tray" >>"$log" 2>&1 &
  bare_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^event=tray-ready ' "$BENCH_WORK/ready" 2>/dev/null &&
      grep -q '^event=tray-ready ' "$BENCH_WORK/ready-bare" 2>/dev/null && break
    sleep 0.1
  done
  grep -q '^event=tray-ready ' "$BENCH_WORK/ready" 2>/dev/null || fail "the tray did not get ready"
  grep -q '^event=tray-ready ' "$BENCH_WORK/ready-bare" 2>/dev/null || fail "the bare tray did not get ready"
  sleep 2 # let the start settle before the window opens
  proc_counters() { # PID → context switches of all its threads, CPU ticks (user + system)
    local switches=0 n
    for task in /proc/"$1"/task/*; do
      n=$(awk '/^(voluntary|nonvoluntary)_ctxt_switches:/ {s += $2} END {print s}' "$task/status")
      switches=$((switches + n))
    done
    echo "$switches $(awk '{print $14 + $15}' "/proc/$1/stat")"
  }
  "$FLOWS" snapshot "$FAKE_PID" "$STATS" "$BENCH_WORK/i0.json" || fail "fake server counts"
  read -r sw0 tk0 < <(proc_counters "$tray_pid")
  read -r bsw0 btk0 < <(proc_counters "$bare_pid")
  sleep "$IDLE_SECONDS"
  read -r sw1 tk1 < <(proc_counters "$tray_pid")
  read -r bsw1 btk1 < <(proc_counters "$bare_pid")
  "$FLOWS" snapshot "$FAKE_PID" "$STATS" "$BENCH_WORK/i1.json" || fail "fake server counts"
  hz=$(getconf CLK_TCK)
  {
    echo "idle_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$tray_pid/status")"
    echo "idle_hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$tray_pid/status")"
    echo "idle_wakeups=$((sw1 - sw0))"
    echo "idle_cpu_ms=$(((tk1 - tk0) * 1000 / hz))"
    echo "bidle_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$bare_pid/status")"
    echo "bidle_hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$bare_pid/status")"
    echo "bidle_wakeups=$((bsw1 - bsw0))"
    echo "bidle_cpu_ms=$(((btk1 - btk0) * 1000 / hz))"
    IFS=$'\t' read -r n detail < <("$FLOWS" diff "$BENCH_WORK/i0.json" "$BENCH_WORK/i1.json")
    echo "idle_requests=$n"
    echo "idle_requests_detail='$detail'"
  } >>"$out"
  kill "$tray_pid" "$bare_pid" 2>/dev/null || true
  wait "$tray_pid" "$bare_pid" 2>/dev/null || true
  exit 0
fi

# ---- the outer run ----------------------------------------------------------------------------
BUILD_DIR=${BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR=$root/$BUILD_DIR ;; esac
RUNS=${RUNS:-10}
IDLE_SECONDS=${IDLE_SECONDS:-60}
BENCH_OUT=${BENCH_OUT:-$BUILD_DIR/bench-results}
[ "$RUNS" -ge 1 ] 2>/dev/null || fail "RUNS must be a positive number"

# Tools: the project's packages, plus hyperfine and jq for the CLI comparison.
if [ "${TMA_BENCH_NO_BUILD:-0}" != "1" ]; then
  ./scripts/deps.sh >&2
fi
missing=()
for tool in hyperfine jq xvfb-run trayer xdotool curl dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "bench: installing hyperfine jq (missing: ${missing[*]})" >&2
  apt_install() { DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq hyperfine jq >&2; }
  apt_install || { "${sudo_cmd[@]}" apt-get update -qq >&2 && apt_install; } || fail "could not install hyperfine and jq"
  for tool in "${missing[@]}"; do command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"; done
fi

targets=(task-model-assistant task-model-assistant-cli fake-openwebui bench-bare-wizard bench-bare-tray
  bench-launch bench-flows)
if [ "${TMA_BENCH_NO_BUILD:-0}" != "1" ]; then
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    if [ "$BUILD_DIR" = "$root/build" ]; then
      cmake --preset default >&2
    else
      cmake -S "$root" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
    fi
  fi
  grep -q '^TMA_BUILD_BENCH:BOOL=OFF' "$BUILD_DIR/CMakeCache.txt" && fail "$BUILD_DIR has TMA_BUILD_BENCH=OFF"
  grep -q '^TMA_BUILD_TESTS:BOOL=OFF' "$BUILD_DIR/CMakeCache.txt" && fail "$BUILD_DIR has TMA_BUILD_TESTS=OFF (the fake server)"
  cmake --build "$BUILD_DIR" --target "${targets[@]}" >&2 || fail "the build failed"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)

B=$BUILD_DIR
GUI=$B/src/app/task-model-assistant
CLI=$B/src/app/task-model-assistant-cli
FAKE=$B/tests/support/fake-openwebui
FLOWS=$B/bench/bench-flows
for program in "$GUI" "$CLI" "$FAKE" "$FLOWS" "$B/bench/bench-launch" "$B/bench/bench-bare-wizard" \
  "$B/bench/bench-bare-tray"; do
  [ -x "$program" ] || fail "$program is not built"
done

load=$(cut -d' ' -f1 /proc/loadavg) # other work on the machine makes the timings noisier
mkdir -p "$BENCH_OUT"
rm -f "$BENCH_OUT"/*.log
work=$(mktemp -d "${TMPDIR:-/tmp}/tma-bench.XXXXXX")
fake_pid=""
remote_pid=""
tls_pid=""
cleanup() {
  [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null
  [ -n "$remote_pid" ] && kill "$remote_pid" 2>/dev/null
  [ -n "$tls_pid" ] && kill "$tls_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Everything the app reads or writes lives in the temporary folder: settings, data, sockets, keyring.
mkdir -p "$work/home/.config" "$work/home/.local/share" "$work/home/.cache" "$work/data" "$work/tmp"
mkdir -m 700 "$work/run"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/run TMA_DATA_DIR=$work/data TMPDIR=$work/tmp
export USER=tma-bench LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS OWUI_URL OWUI_API_KEY TASK_PROVIDER_API_KEY QT_QPA_PLATFORM

median_of() { sort -n "$1" | awk '{v[NR] = $1} END {if (NR == 0) exit 1; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# wait_for_url LOG: the URL a fake server prints once it listens.
wait_for_url() {
  local url=""
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on \(https\{0,1\}:[^ ]*\).*/\1/p' "$1" | head -n 1)
    [ -n "$url" ] && break
    sleep 0.05
  done
  [ -n "$url" ] || fail "the fake server did not start (see $1)"
  printf '%s' "$url"
}

# The fake Open WebUI (demo mode: API keys on, realistic task latencies), counting requests.
STATS=$work/stats.json
"$FAKE" --demo --port 0 --stats-file "$STATS" >"$BENCH_OUT/fake.log" 2>&1 &
fake_pid=$!
URL=$(wait_for_url "$BENCH_OUT/fake.log")
API_KEY=sk-admin-key

cat >"$work/env.sh" <<EOF
B='$B' GUI='$GUI' CLI='$CLI' FLOWS='$FLOWS' URL='$URL' API_KEY='$API_KEY'
FAKE_PID='$fake_pid' STATS='$STATS' RUNS='$RUNS' IDLE_SECONDS='$IDLE_SECONDS'
BENCH_WORK='$work' BENCH_OUT='$BENCH_OUT'
EOF

echo "bench: GUI starts under Xvfb ($RUNS runs each, then a ${IDLE_SECONDS} s tray idle)…" >&2
BENCH_WORK=$work xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- bash "$here/run.sh" --gui-phase ||
  fail "the GUI measurements (see $BENCH_OUT/gui.log)"
# shellcheck source=/dev/null
. "$work/gui.env"

# ---- the command line against the fake, on loopback -------------------------------------------
echo "bench: command line and request counts…" >&2
export OWUI_URL=$URL OWUI_API_KEY=$API_KEY
cli_log=$BENCH_OUT/cli.log
tasks=$URL/api/v1/tasks
auth="Authorization: Bearer $API_KEY"
curl -fsS -m 10 -H "$auth" "$tasks/config" -o "$work/original.json" || fail "GET $tasks/config with curl"
restore_original() {
  curl -fsS -m 10 -H "$auth" -H 'Content-Type: application/json' --data-binary "@$work/original.json" \
    "$tasks/config/update" -o /dev/null || fail "restoring the task settings with curl"
}
snap() { "$FLOWS" snapshot "$fake_pid" "$STATS" "$work/$1.json" || fail "fake server counts"; }
# count NAME COMMAND...: requests COMMAND makes (from the original settings); NAME_total, NAME_detail.
count() {
  local name=$1 n detail
  shift
  restore_original
  snap before
  "$@" >"$work/$name.out" 2>>"$cli_log" || fail "$name: $* (see $cli_log)"
  snap after
  IFS=$'\t' read -r n detail < <("$FLOWS" diff "$work/before.json" "$work/after.json")
  printf -v "${name}_total" '%s' "$n"
  printf -v "${name}_detail" '%s' "$detail"
}

# The manual route's body: the settings `apply quiet` leaves, as curl would POST them.
restore_original
"$CLI" apply quiet >>"$cli_log" 2>&1 || fail "cli apply quiet (see $cli_log)"
curl -fsS -m 10 -H "$auth" "$tasks/config" -o "$work/quiet.json" || fail "GET $tasks/config with curl"
restore_original
manual="curl -fsS -H '$auth' '$tasks/config' -o /dev/null && curl -fsS -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/quiet.json' '$tasks/config/update' -o /dev/null"
reset="curl -fsS -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/original.json' '$tasks/config/update' -o /dev/null"
hyperfine --runs "$RUNS" --warmup 1 --prepare "$reset" --export-json "$BENCH_OUT/apply-quiet.json" \
  -n ours "$CLI apply quiet" -n curl "$manual" -n cli-start "$CLI --version" >"$BENCH_OUT/hyperfine.txt" 2>&1 ||
  fail "hyperfine cli apply quiet vs curl (see $BENCH_OUT/hyperfine.txt)"
apply_ms=$(jq '.results[0].median * 1000' "$BENCH_OUT/apply-quiet.json")
curl_ms=$(jq '.results[1].median * 1000' "$BENCH_OUT/apply-quiet.json")
apply_runs=$(jq '.results[0].times | length' "$BENCH_OUT/apply-quiet.json")
cli_start_ms=$(jq '.results[2].median * 1000' "$BENCH_OUT/apply-quiet.json")

# Requests per operation.
count status "$CLI" status
count quiet "$CLI" apply quiet
count manual sh -c "$manual"
count local "$CLI" apply local --model qwen2.5:3b
count localauto "$CLI" apply local
connect_total=$((status_total - 2)) # status = connecting + the task settings and the models, read together

# ---- the command line against a server 40 ms away (a VPS, a VPN) -------------------------------
# The same fake, answering each request one round trip (40 ms) after it arrives, one more for a new
# connection's handshake. Round trips on the critical path are counted by the fake.
echo "bench: a server 40 ms away…" >&2
RSTATS=$work/stats-remote.json
"$FAKE" --demo --port 0 --round-trip-ms 40 --stats-file "$RSTATS" >"$BENCH_OUT/fake-remote.log" 2>&1 &
remote_pid=$!
RURL=$(wait_for_url "$BENCH_OUT/fake-remote.log")
rtasks=$RURL/api/v1/tasks
curl -fsS -m 10 -H "$auth" "$rtasks/config" -o "$work/remote-original.json" || fail "GET $rtasks/config with curl"
rreset="curl -fsS -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/remote-original.json' '$rtasks/config/update' -o /dev/null"
rmanual="curl -fsS -H '$auth' '$rtasks/config' -o /dev/null && curl -fsS -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/quiet.json' '$rtasks/config/update' -o /dev/null"
hyperfine --runs "$RUNS" --warmup 1 --prepare "$rreset" --export-json "$BENCH_OUT/apply-quiet-remote.json" \
  -n ours "OWUI_URL='$RURL' $CLI apply quiet" -n curl "$rmanual" >"$BENCH_OUT/hyperfine-remote.txt" 2>&1 ||
  fail "hyperfine cli apply quiet vs curl at 40 ms (see $BENCH_OUT/hyperfine-remote.txt)"
remote_apply_ms=$(jq '.results[0].median * 1000' "$BENCH_OUT/apply-quiet-remote.json")
remote_curl_ms=$(jq '.results[1].median * 1000' "$BENCH_OUT/apply-quiet-remote.json")
remote_runs=$(jq '.results[0].times | length' "$BENCH_OUT/apply-quiet-remote.json")
# interval PID STATS RESET NAME COMMAND...: what COMMAND costs, from the settings RESET puts back, as
# the fake PID counts it (STATS's since_last_dump): NAME_rt (round trips on the critical path),
# NAME_conn (connections opened), NAME_n (requests), NAME_tls (TLS handshakes, over HTTPS).
interval() {
  local pid=$1 stats=$2 reset=$3 name=$4
  shift 4
  sh -c "$reset" || fail "restoring the task settings for $name"
  "$FLOWS" snapshot "$pid" "$stats" "$work/interval-before.json" || fail "fake server counts"
  "$@" >>"$cli_log" 2>&1 || fail "$name: $* (see $cli_log)"
  "$FLOWS" snapshot "$pid" "$stats" "$work/interval-after.json" || fail "fake server counts"
  local field
  for field in rt:round_trips conn:connections n:requests tls:tls_handshakes; do
    printf -v "${name}_${field%%:*}" '%s' "$(jq ".since_last_dump.${field#*:} // 0" "$work/interval-after.json")"
  done
}
cost() { interval "$remote_pid" "$RSTATS" "$rreset" "$@"; }
cost rquiet env OWUI_URL="$RURL" "$CLI" apply quiet
cost rlocal env OWUI_URL="$RURL" "$CLI" apply local --model qwen2.5:3b
cost rmanual sh -c "$rmanual"

# The tray (menu opened, then a switch) and the wizard's local flow against the same far server,
# each run with its own settings (this server only) and data (no backups yet), as a new user.
remote_flow_runs=$((RUNS < 5 ? RUNS : 5))
for i in $(seq 1 "$remote_flow_runs"); do
  for flow in tray wizard; do
    dir=$work/remote-$flow-$i
    mkdir -p "$dir/config" "$dir/data"
    sh -c "$rreset" || fail "restoring the remote task settings"
    args=("$RURL" admin@example.com)
    [ "$flow" = wizard ] && args=("$RURL")
    XDG_CONFIG_HOME=$dir/config "$FLOWS" seed-profile "$RURL" admin@example.com || fail "seeding a profile"
    XDG_CONFIG_HOME=$dir/config TMA_DATA_DIR=$dir/data QT_QPA_PLATFORM=offscreen \
      "$FLOWS" "$flow" "${args[@]}" "$remote_pid" "$RSTATS" >"$work/r$flow-$i.txt" 2>>"$cli_log" ||
      fail "$flow flow at 40 ms (see $cli_log)"
  done
done
kill "$remote_pid" 2>/dev/null
remote_pid=""
# ---- the same server over HTTPS: TLS handshakes per operation ---------------------------------
# The fake behind the tests' TLS proxy (HTTP/1.1, a self-signed certificate the profile trusts, as
# after the user accepted it). Handshakes are counted by the proxy; curl (-k) makes one per call.
echo "bench: over HTTPS…" >&2
command -v openssl >/dev/null 2>&1 || fail "openssl is not installed"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=tma-bench -keyout "$work/tls-key.pem" \
  -out "$work/tls-cert.pem" >/dev/null 2>&1 || fail "openssl could not make a certificate"
pin=$(openssl x509 -noout -fingerprint -sha256 -in "$work/tls-cert.pem" | sed 's/.*=//' | tr a-f A-F)
TSTATS=$work/stats-tls.json
"$FAKE" --demo --port 0 --round-trip-ms 40 --tls-cert "$work/tls-cert.pem" --tls-key "$work/tls-key.pem" \
  --stats-file "$TSTATS" >"$BENCH_OUT/fake-tls.log" 2>&1 &
tls_pid=$!
TURL=$(wait_for_url "$BENCH_OUT/fake-tls.log")
ttasks=$TURL/api/v1/tasks
tdir=$work/tls
mkdir -p "$tdir/config" "$tdir/data"
XDG_CONFIG_HOME=$tdir/config "$FLOWS" seed-profile "$TURL" admin@example.com "$pin" || fail "seeding a profile"
curl -fsSk -m 10 -H "$auth" "$ttasks/config" -o "$work/tls-original.json" || fail "GET $ttasks/config with curl"
treset="curl -fsSk -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/tls-original.json' '$ttasks/config/update' -o /dev/null"
tmanual="curl -fsSk -H '$auth' '$ttasks/config' -o /dev/null && curl -fsSk -H '$auth' -H 'Content-Type: application/json' --data-binary @'$work/quiet.json' '$ttasks/config/update' -o /dev/null"
handshakes() { interval "$tls_pid" "$TSTATS" "$treset" "$@"; }
tenv=(env XDG_CONFIG_HOME="$tdir/config" TMA_DATA_DIR="$tdir/data" OWUI_URL="$TURL")
handshakes tquiet "${tenv[@]}" "$CLI" apply quiet
handshakes tstatus "${tenv[@]}" "$CLI" status
handshakes tmanual sh -c "$tmanual"
sh -c "$treset" || fail "restoring the HTTPS server's task settings"
"${tenv[@]}" QT_QPA_PLATFORM=offscreen "$FLOWS" tray "$TURL" admin@example.com "$tls_pid" "$TSTATS" \
  >"$work/ttray.txt" 2>>"$cli_log" || fail "tray flow over HTTPS (see $cli_log)"
sh -c "$treset" || fail "restoring the HTTPS server's task settings"
"${tenv[@]}" QT_QPA_PLATFORM=offscreen "$FLOWS" wizard "$TURL" "$tls_pid" "$TSTATS" \
  >"$work/twizard.txt" 2>>"$cli_log" || fail "wizard flow over HTTPS (see $cli_log)"
kill "$tls_pid" 2>/dev/null
tls_pid=""

# rstep FLOW STEP FIELD: the median over the runs of one field of a step (4 ms, 5 round trips,
# 6 connections, 7 server busy ms).
rstep() {
  cat "$work/r$1"-*.txt | awk -F'\t' -v s="$2" -v f="$3" '$1 == s {print $f}' >"$work/rstep.values"
  median_of "$work/rstep.values" || fail "no $1 $2 figures at 40 ms"
}

# The tray's logic (menu open, then a switch) and the wizard's whole local flow, on the same server.
restore_original
QT_QPA_PLATFORM=offscreen "$FLOWS" tray "$URL" admin@example.com "$fake_pid" "$STATS" >"$work/tray.txt" 2>>"$cli_log" ||
  fail "tray flow (see $cli_log)"
restore_original
QT_QPA_PLATFORM=offscreen "$FLOWS" wizard "$URL" "$fake_pid" "$STATS" >"$work/wizard.txt" 2>>"$cli_log" ||
  fail "wizard flow (see $cli_log)"
step() { awk -F'\t' -v s="$2" -v f="$3" '$1 == s {print $f}' "$work/$1.txt"; }

# The task test through both slots: a hosted connection for external chats, then a local task
# model for local chats and a hosted one for external chats.
TASK_PROVIDER_API_KEY=sk-or-v1-demo-key "$CLI" --no-keychain apply hosted --provider-url https://openrouter.ai/api/v1 \
  --model openai/gpt-4o-mini >>"$cli_log" 2>&1 || fail "cli apply hosted (see $cli_log)"
"$CLI" apply local --model qwen2.5:3b --external-model openai/gpt-4o-mini >>"$cli_log" 2>&1 ||
  fail "cli apply local (see $cli_log)"
curl -fsS -m 10 -H "$auth" "$tasks/config" -o "$work/original.json" || fail "GET $tasks/config with curl"
count test "$CLI" test --json # the first run also counts the requests
test_runs=0
for slot in local external; do : >"$work/test-$slot.ms"; : >"$work/curl-$slot.ms"; done
for i in $(seq 1 "$RUNS"); do
  [ "$i" -eq 1 ] && cp "$work/test.out" "$work/test.json" ||
    "$CLI" test --json >"$work/test.json" 2>>"$cli_log" || fail "cli test (see $cli_log)"
  for slot in local external; do
    jq -e --arg s "$slot" '.slots[] | select(.slot == $s and .outcome == "answered")' "$work/test.json" >/dev/null ||
      fail "the task test did not answer in the $slot slot (see $BENCH_OUT/test.json)"
    jq --arg s "$slot" '.slots[] | select(.slot == $s) | .elapsed_ms' "$work/test.json" >>"$work/test-$slot.ms"
    chat=$(jq -r --arg s "$slot" '.slots[] | select(.slot == $s) | .chat_model' "$work/test.json")
    # The same task request from curl: what the server takes, seen from the smallest client.
    body=$(jq -nc --arg m "$chat" '{model: $m, stream: false, messages: [
      {role: "user", content: "How do I make my sourdough starter more active?"},
      {role: "assistant", content: "Feed it twice a day and keep it warm."}]}')
    curl -fsS -m 60 -H "$auth" -H 'Content-Type: application/json' --data-binary "$body" \
      -o /dev/null -w '%{time_total}\n' "$tasks/title/completions" >"$work/curl.s" || fail "title completion with curl"
    awk '{print $1 * 1000}' "$work/curl.s" >>"$work/curl-$slot.ms"
  done
  test_runs=$((test_runs + 1))
done
cp "$work/test.json" "$BENCH_OUT/test.json"
answered() { jq -r --arg s "$1" '.slots[] | select(.slot == $s) | "\(.chat_model) chat → \(.answered_by)"' "$work/test.json"; }
title_requests=$(printf '%s\n' "$test_detail" | awk -v RS=', ' '/^POST \/api\/v1\/tasks\/title\/completions/ {
  n = 1; if (match($0, /×[0-9]+/)) n = substr($0, RSTART + 2) + 0; print n}')
title_requests=${title_requests:-0}
slots_tested=$(jq '[.slots[] | select(.outcome == "answered" or .outcome == "failed")] | length' "$work/test.json")

# ---- the table --------------------------------------------------------------------------------
ms() { awk -v v="$1" 'BEGIN {printf (v < 100 ? "%.1f ms" : "%.0f ms"), v}'; }
mb() { awk -v v="$1" 'BEGIN {printf "%.1f MB", v / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0) print "—"; else printf "%.2f", a / b}'; }
row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
cores=$(nproc)
ram=$(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
qt=$(/usr/lib/qt6/bin/qtpaths6 --qt-query QT_VERSION 2>/dev/null || qtpaths6 --qt-query QT_VERSION 2>/dev/null || echo 6)

echo "**Machine:** ${cpu:-unknown CPU}, $cores cores, $ram RAM, $os, Qt $qt ($build_type build), Xvfb; load average $load at the start — **date:** $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
row metric ours floor ratio runs
row '---' '---:' '---:' '---:' '---:'
# Start-up (Xvfb): process start → first frame of the window, or the tray icon docked and painted.
row "cold start → wizard shown (first run)" "$(ms "$wiz_median_ms")" "$(ms "$bwiz_median_ms") bare QWizard" \
  "$(ratio "$wiz_median_ms" "$bwiz_median_ms")" "$wiz_runs"
row "cold start → wizard shown (returning user: saved server, keychain sign-in)" "$(ms "$rwiz_median_ms")" \
  "$(ms "$bwiz_median_ms") bare QWizard" "$(ratio "$rwiz_median_ms" "$bwiz_median_ms")" "$rwiz_runs"
row "cold start → tray menu ready (\`--tray\`)" "$(ms "$tray_median_ms")" "$(ms "$btray_median_ms") bare QSystemTrayIcon" \
  "$(ratio "$tray_median_ms" "$btray_median_ms")" "$tray_runs"
# Memory.
row "peak RSS (VmHWM), wizard open 2 s (first run)" "$(mb "$wizmem_settle_hwm_kb")" "$(mb "$bwizmem_settle_hwm_kb") bare QWizard" \
  "$(ratio "$wizmem_settle_hwm_kb" "$bwizmem_settle_hwm_kb")" "$wizmem_runs"
row "peak RSS (VmHWM), wizard open 2 s (returning user)" "$(mb "$rwizmem_settle_hwm_kb")" \
  "$(mb "$bwizmem_settle_hwm_kb") bare QWizard" "$(ratio "$rwizmem_settle_hwm_kb" "$bwizmem_settle_hwm_kb")" "$rwizmem_runs"
row "RSS, tray only after ${IDLE_SECONDS} s idle (VmRSS; peak $(mb "$idle_hwm_kb"))" "$(mb "$idle_rss_kb")" \
  "$(mb "$bidle_rss_kb") bare tray icon" "$(ratio "$idle_rss_kb" "$bidle_rss_kb")" 1
row "requests / wake-ups / CPU time during the ${IDLE_SECONDS} s tray idle" \
  "$idle_requests / $idle_wakeups / ${idle_cpu_ms} ms" "0 / $bidle_wakeups / ${bidle_cpu_ms} ms bare tray icon" "—" 1
# The command line against the fake on loopback.
row "\`cli apply quiet\` end to end" "$(ms "$apply_ms")" "$(ms "$curl_ms") 2× curl (GET + POST)" \
  "$(ratio "$apply_ms" "$curl_ms")" "$apply_runs"
# The same against a server 40 ms away: round trips are what a remote user waits for.
row "\`cli apply quiet\` end to end, server 40 ms away" "$(ms "$remote_apply_ms")" "$(ms "$remote_curl_ms") 2× curl (GET + POST)" \
  "$(ratio "$remote_apply_ms" "$remote_curl_ms")" "$remote_runs"
row "round trips at 40 ms: \`apply quiet\` ($rquiet_n requests, $rquiet_conn connections; connect included)" \
  "$rquiet_rt" "$rmanual_rt (curl: $rmanual_n requests, $rmanual_conn connections)" "$(ratio "$rquiet_rt" "$rmanual_rt")" 1
row "round trips at 40 ms: \`apply local --model\` ($rlocal_n requests, $rlocal_conn connections)" \
  "$rlocal_rt" "$rmanual_rt (curl)" "$(ratio "$rlocal_rt" "$rmanual_rt")" 1
row "tray switch to *Disable automations*, server 40 ms away (menu read before; $(rstep tray switch-quiet 5) round trips)" \
  "$(ms "$(rstep tray switch-quiet 4)")" "$(ms "$remote_curl_ms") 2× curl (GET + POST; $rmanual_rt round trips)" \
  "$(ratio "$(rstep tray switch-quiet 4)" "$remote_curl_ms")" "$remote_flow_runs"
row "tray menu opened first at 40 ms: saved sign-in + settings read ($(rstep tray menu-open-first 5) round trips)" \
  "$(ms "$(rstep tray menu-open-first 4)")" "—" "—" "$remote_flow_runs"
row "wizard at 40 ms: *Sign in* → signed in ($(rstep wizard sign-in 5) round trips) / *Next* → Strategy page ready ($(rstep wizard strategy-page 5))" \
  "$(ms "$(rstep wizard sign-in 4)") / $(ms "$(rstep wizard strategy-page 4)")" "—" "—" "$remote_flow_runs"
for i in $(seq 1 "$remote_flow_runs"); do
  awk -F'\t' '$1 == "apply-and-test" {print $4 - $7}' "$work/rwizard-$i.txt"
done >"$work/rapply.values"
row "wizard at 40 ms: *Apply and test* → result, the server's generation time left out ($(rstep wizard apply-and-test 5) round trips)" \
  "$(ms "$(median_of "$work/rapply.values")")" "—" "—" "$remote_flow_runs"
# TLS handshakes per operation over HTTPS (8th field of a flow's step).
row "TLS handshakes over HTTPS: \`apply quiet\` ($tquiet_n requests) / \`status\` ($tstatus_n), one CLI run each" \
  "$tquiet_tls / $tstatus_tls" "$tmanual_tls (curl: one per call)" "$(ratio "$tquiet_tls" "$tmanual_tls")" 1
row "TLS handshakes over HTTPS: tray menu opened first / again / switch" \
  "$(step ttray menu-open-first 8) / $(step ttray menu-open-again 8) / $(step ttray switch-quiet 8)" "—" "—" 1
row "TLS handshakes over HTTPS: wizard shown / sign in / strategy page / Apply and test" \
  "$(step twizard show 8) / $(step twizard sign-in 8) / $(step twizard strategy-page 8) / $(step twizard apply-and-test 8)" \
  "—" "—" 1
row "\`cli --version\` (the CLI's own start, no network)" "$(ms "$cli_start_ms")" "—" "—" "$apply_runs"
# Requests per operation, counted by the fake server.
row "requests at launch, returning user (the saved sign-in), per start" \
  "$(awk -v a="$rwiz_launch_requests_total" -v b="$((RUNS + 1))" 'BEGIN {printf "%g", a / b}')" "—" "—" "$((RUNS + 1))"
row "requests: connect (API key; \`status\` minus its two reads)" "$connect_total" "—" "—" 1
row "requests: \`apply quiet\` (connect included)" "$quiet_total" "$manual_total (curl)" "$(ratio "$quiet_total" "$manual_total")" 1
row "requests: \`apply local --model\`" "$local_total" "$manual_total (curl)" "$(ratio "$local_total" "$manual_total")" 1
row "requests: \`apply local\` (model picked by the CLI)" "$localauto_total" "$manual_total (curl)" \
  "$(ratio "$localauto_total" "$manual_total")" 1
row "requests: \`test\` (both slots)" "$test_total" "—" "—" 1
row "requests: tray menu opened, first / again" "$(step tray menu-open-first 2) / $(step tray menu-open-again 2)" \
  "— / 1" "—" 1
row "requests: tray switch to *Disable automations*" "$(step tray switch-quiet 2)" "$manual_total (curl)" \
  "$(ratio "$(step tray switch-quiet 2)" "$manual_total")" 1
row "requests: wizard (local strategy), show / sign in / strategy page / apply page / Apply" \
  "$(step wizard show 2) / $(step wizard sign-in 2) / $(step wizard strategy-page 2) / $(step wizard apply-page 2) / $(step wizard apply-and-test 2)" \
  "—" "—" 1
# The task test.
local_ms=$(median_of "$work/test-local.ms") || fail "no local test timings"
external_ms=$(median_of "$work/test-external.ms") || fail "no external test timings"
curl_local_ms=$(median_of "$work/curl-local.ms") || fail "no curl timings"
curl_external_ms=$(median_of "$work/curl-external.ms") || fail "no curl timings"
row "task test: title requests per slot tested" \
  "$(awk -v a="$title_requests" -v b="$slots_tested" 'BEGIN {printf "%g", b ? a / b : 0}') ($title_requests for $slots_tested slots)" \
  "1" "$(ratio "$title_requests" "$slots_tested")" 1
row "task test: latency reported, local slot ($(answered local))" "$(ms "$local_ms")" "$(ms "$curl_local_ms") curl, same request" \
  "$(ratio "$local_ms" "$curl_local_ms")" "$test_runs"
row "task test: latency reported, external slot ($(answered external))" "$(ms "$external_ms")" \
  "$(ms "$curl_external_ms") curl, same request" "$(ratio "$external_ms" "$curl_external_ms")" "$test_runs"

# The details behind the request rows (not part of the table).
{
  echo "connect + status: $status_detail"
  echo "apply quiet: $quiet_detail"
  echo "manual (curl): $manual_detail"
  echo "apply local --model: $local_detail"
  echo "apply local: $localauto_detail"
  echo "test: $test_detail"
  echo "returning-user launches ($((RUNS + 1))): $rwiz_launch_requests_detail"
  echo "tray idle: $idle_requests_detail"
  sed 's/^/tray /' "$work/tray.txt"
  sed 's/^/wizard /' "$work/wizard.txt"
  sed 's/^/tray at 40 ms, first run: /' "$work/rtray-1.txt"
  sed 's/^/wizard at 40 ms, first run: /' "$work/rwizard-1.txt"
  sed 's/^/tray over HTTPS: /' "$work/ttray.txt"
  sed 's/^/wizard over HTTPS: /' "$work/twizard.txt"
  cat "$work/gui.env"
} >"$BENCH_OUT/requests.txt"
echo "bench: details in $BENCH_OUT/requests.txt" >&2
