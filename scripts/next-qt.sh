#!/usr/bin/env bash
# Builds and tests the project on the next Debian release (13 "trixie": Qt 6.8, GCC 14, QtKeychain
# 0.15) inside a chroot, with the README's default preset: the Qt the macOS and Windows installers
# are built with is close to this one, so what breaks on a newer Qt breaks here first.
#
#   scripts/next-qt.sh            run the leg (needs root, debootstrap and the network to the mirror)
#   TMA_CHROOT=DIR                keep the chroot in DIR and reuse it (local runs); CI always starts
#                                 from an empty one so that a missing install step shows
#   TMA_NEXT_QT_COMMAND='…'       what to run inside instead of the test suite (e.g. a screenshot run)
#
# The mirror is the one this machine's own apt sources name, read at run time: no host is written
# here. The project is copied in as its working tree (tracked and untracked files git does not
# ignore), built and tested under `env -i`, so nothing of the host's environment leaks in.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)

if [ "$(id -u)" -ne 0 ]; then
  echo "next-qt.sh needs root (debootstrap and chroot)." >&2
  exit 1
fi
command -v debootstrap >/dev/null 2>&1 || {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
}

mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
if [ -z "$mirror" ]; then
  mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\(http[^ ]*\) .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
fi
if [ -z "$mirror" ]; then
  echo "No Debian mirror found in this machine's apt sources." >&2
  exit 1
fi

if [ "${CI:-}" = "true" ] || [ -z "${TMA_CHROOT:-}" ]; then
  root=$(mktemp -d /var/tmp/tma-trixie.XXXXXX)
  fresh=1
else
  root=$TMA_CHROOT
  mkdir -p "$root"
  fresh=0
fi

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[i]}" 2>/dev/null || true
  done
  if [ "$fresh" = 1 ]; then
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

started=$(date +%s)
if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap trixie into $root"
  debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
    tail -n 30 "$root.debootstrap.log" >&2
    exit 1
  }
  rm -f "$root.debootstrap.log"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

mount_in() { # type source target [options]
  mkdir -p "$root/$3"
  mount -t "$1" ${4:+-o "$4"} "$2" "$root/$3"
  mounted+=("$root/$3")
}
mount_in proc proc proc
mount_in sysfs sysfs sys
mount_in devpts devpts dev/pts newinstance,ptmxmode=0666
mount_in tmpfs tmpfs dev/shm mode=1777
[ -e "$root/dev/ptmx" ] || ln -s pts/ptmx "$root/dev/ptmx"

echo "== copying the working tree into the chroot"
rm -rf "$root/work/project"
mkdir -p "$root/work/project"
git ls-files -z --cached --others --exclude-standard | xargs -0 -r -n 1 sh -c '[ ! -e "$0" ] || printf "%s\0" "$0"' |
  tar --null -T - -cf - | tar -xf - -C "$root/work/project"

inside() {
  chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 CI="${CI:-}" DEBIAN_FRONTEND=noninteractive "$@"
}

echo "== packages (the project's own scripts/deps.sh)"
inside sh -c 'apt-get update -qq && apt-get install -y -qq git ca-certificates >/dev/null'
inside /work/project/scripts/deps.sh >/dev/null
prepared=$(date +%s)
inside sh -c 'echo "Debian $(cat /etc/debian_version), Qt $(/usr/lib/qt6/bin/qtpaths6 --qt-version 2>/dev/null || echo ?), $(g++ --version | head -n 1)"'

# The README's default preset, the whole suite two tests at a time, and the .deb as Debian 13 checks it.
command=${TMA_NEXT_QT_COMMAND:-'cmake --preset default && cmake --build --preset default && ctest --preset default -j2 && ./scripts/check-package.sh build'}
echo "== $command"
status=0
inside sh -c "cd /work/project && $command" || status=$?
finished=$(date +%s)
echo "next-qt.sh: chroot and packages $((prepared - started)) s, build and tests $((finished - prepared)) s, exit $status"
exit "$status"
