#!/usr/bin/env bash
# Compiles every C++ file that a Windows build compiles by default, for Windows, without linking:
# MinGW-w64 (-fsyntax-only) against this machine's Qt headers, with the project's warnings as
# errors. It stands in for the MSVC build that only the Windows workflow can run: the Windows
# branches (#ifdef Q_OS_WIN) are compiled here, and a POSIX-only header that MSVC lacks (unistd.h,
# sys/*.h, spawn.h, termios.h, …) stops it, although MinGW itself would have some of them.
# 64 → 32-bit narrowing (MSVC's C4244) is checked by the clang build (asan preset).
#   scripts/check-windows.sh [build-dir]    (default build: its generated ui_*.h and *.moc are used)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}

compiler=x86_64-w64-mingw32-g++-posix
if ! command -v "$compiler" >/dev/null 2>&1; then
  echo "$compiler not found: the Windows compile check is skipped (scripts/deps.sh installs it)."
  exit 0
fi
qt=$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || /usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_HEADERS)
keychain=$(dirname "$(dirname "$(find /usr/include /usr/local/include -path '*/qt6keychain/keychain.h' -print -quit)")")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# QtKeychain's header alone (its folder's parent also holds Linux's C headers).
mkdir -p "$work/keychain"
ln -s "$keychain/qt6keychain" "$work/keychain/qt6keychain"
# Headers MSVC does not have: including one outside a platform guard is an error.
for header in unistd.h spawn.h termios.h dirent.h sys/socket.h sys/wait.h sys/mman.h sys/resource.h; do
  mkdir -p "$work/posix/$(dirname "$header")"
  printf '#error "%s is POSIX-only: MSVC has no such header (put it behind #ifdef Q_OS_UNIX)"\n' "$header" \
    >"$work/posix/$header"
done

includes=(-I"$work/posix" -Isrc/core/api -Isrc/core/model -Isrc/core/ops -Isrc/core/store -Isrc/core/platform -Isrc/core/text -Isrc/cli -Isrc/gui -Itests/support -Itests/integration -Itests/gui
          -Itests/translations -Ibench/probe)
includes+=(-I"$build/generated") # AppVersion.h
while IFS= read -r dir; do includes+=(-I"$dir"); done < <(find "$build" -type d -path '*_autogen/include' | sort)
system=(-isystem "$qt")
for module in QtCore QtNetwork QtGui QtWidgets QtSvg QtTest; do system+=(-isystem "$qt/$module"); done
system+=(-isystem "$work/keychain")
flags=(-std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
       -Wcast-align -Woverloaded-virtual -Werror -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING
       -DQT_NO_FOREACH -DQT_NO_KEYWORDS -DQT_MESSAGELOGCONTEXT -DQT_CORE_LIB -DQT_GUI_LIB -DQT_WIDGETS_LIB
       -DQT_NETWORK_LIB -DQT_TESTLIB_LIB
       -DTMA_SOURCE_DIR='"."' -DTMA_LUPDATE='"lupdate"' -DCLI_PATH='"cli"')

# What a Windows build compiles: everything but the Linux-only tests and bench tools and fuzz/.
mapfile -t files < <(git ls-files 'src/*.cpp' 'tests/*.cpp' 'bench/*.cpp' |
  grep -vE '^(bench/(launch|flows)\.cpp|tests/cli/|tests/gui/tst_trayicon\.cpp)')

# One compile per file, one per core; a file that fails is listed with its first errors.
{
  printf '#!/usr/bin/env bash\n'
  printf 'log="%s/$(echo "$1" | tr / _).log"\n' "$work"
  printf '%s "$1" 2>"$log" || echo "$1"\n' "$(printf '%q ' "$compiler" "${flags[@]}" "${system[@]}" "${includes[@]}")"
} >"$work/compile.sh"
chmod +x "$work/compile.sh"
status=0
printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 1 "$work/compile.sh" >"$work/failed"
if [ -s "$work/failed" ]; then
  while IFS= read -r file; do
    echo "== $file"
    head -n 20 "$work/$(echo "$file" | tr / _).log"
  done <"$work/failed"
  status=1
fi
echo "Windows compile check: ${#files[@]} files, $(wc -l <"$work/failed") failed."
exit "$status"
