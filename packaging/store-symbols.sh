#!/usr/bin/env bash
# Writes Breakpad symbol files into a symbol store, where minidump_stackwalk (and the server's
# --symbols) look for them: STORE/<module>/<id>/<module>.sym. With --with-libraries, also for every
# shared library the binary loads: Debian's are stripped, but their unwind tables (.eh_frame) and
# exported names still let a stack be followed through libc, libstdc++ and Qt, and be named there.
# A module already in the store is not written again.
# Usage: store-symbols.sh DUMP_SYMS BINARY STORE [--with-libraries]
set -euo pipefail
dump_syms=$1 binary=$2 store=$3 with_libraries=${4:-}

store_one() {
  local file=$1 tmp id module
  tmp=$(mktemp)
  if ! "$dump_syms" "$file" >"$tmp" 2>/dev/null; then
    rm -f "$tmp"
    return 0 # not every mapped file has symbols to give (a library without .eh_frame)
  fi
  read -r _ _ _ id module <"$tmp" || true
  if [ -z "${id:-}" ] || [ -z "${module:-}" ]; then
    rm -f "$tmp"
    echo "store-symbols: no MODULE line for $file" >&2
    return 1
  fi
  mkdir -p "$store/$module/$id"
  mv "$tmp" "$store/$module/$id/$module.sym"
}

store_one "$binary"
if [ "$with_libraries" = "--with-libraries" ]; then
  ldd "$binary" | awk '/=> \// { print $3 }' | while read -r library; do
    real=$(readlink -f "$library")
    name=$(basename "$library")
    # Skip a library whose current build is already stored (its id is in the store's folder).
    if [ -d "$store/$name" ] && [ -n "$(ls -A "$store/$name")" ] && [ "$real" -ot "$store/$name" ]; then
      continue
    fi
    store_one "$real"
  done
fi
