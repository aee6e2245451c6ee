#!/usr/bin/env bash
# Builds the Java example client on first use (javac, standard library only), cached by a hash of its sources, then
# runs it. The gate starts this command each time the simulated user starts Lync, so a cached start is just `java`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v javac >/dev/null 2>&1; then
  echo "java example: javac not found; install a JDK 17 (apt-get install -y openjdk-17-jdk-headless)" >&2
  exit 1
fi
hash="$(cd "$here" && find src -name '*.java' -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
build="$here/build/$hash"
if [ ! -f "$build/.done" ]; then
  mkdir -p "$here/build"
  tmp="$(mktemp -d "$here/build/tmp.XXXXXX")"
  javac --release 17 -Xlint:all -Werror -d "$tmp" $(find "$here/src" -name '*.java' -type f) >&2
  touch "$tmp/.done"
  # Another start may have built the same sources meanwhile: the first rename wins, the other copy is dropped.
  mv -T "$tmp" "$build" 2>/dev/null || rm -rf "$tmp"
fi
# `run.sh --build` only builds: run it before the gate, since a cold javac can take longer than the 15 s start-up limit.
[ "${1:-}" = "--build" ] && exit 0
# stdout is the protocol: the JVM's own warnings go to stderr (-Xlog), and no hsperfdata file is kept (-XX:-UsePerfData):
# in a PID namespace of its own every client is the same pid, and the JVMs would warn about each other's locked file.
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -Xlog:all=warning:stderr -cp "$build" lync.adapter.Main
