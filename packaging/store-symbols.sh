#!/usr/bin/env bash
# Writes a binary's Breakpad symbol file into a symbol store, where minidump_stackwalk (and the
# server's --symbols) look for it: STORE/<module>/<id>/<module>.sym.
# Usage: store-symbols.sh DUMP_SYMS BINARY STORE
set -euo pipefail
dump_syms=$1 binary=$2 store=$3
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$dump_syms" "$binary" >"$tmp" 2>/dev/null
read -r _ _ _ id module <"$tmp"
[ -n "$id" ] && [ -n "$module" ] || { echo "store-symbols: no MODULE line for $binary" >&2; exit 1; }
mkdir -p "$store/$module/$id"
mv "$tmp" "$store/$module/$id/$module.sym"
trap - EXIT
