#!/usr/bin/env bash
# Fails when a user-visible string of the sources lacks a finished translation in any of the three
# catalogues: runs lupdate on copies of them (the committed ones are left alone), then lrelease,
# which must report 0 unfinished and nothing untranslated. A ctest (label l10n) runs it; translations/update.sh fixes it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${QT_BIN:-/usr/lib/qt6/bin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for code in ht fr en; do
  copy="$work/tekpounou_$code.ts"
  # lupdate does not know "ht" (see update.sh): Kreyòl is checked under Indonesian's plural rule.
  sed 's/<TS version="2.1" language="ht">/<TS version="2.1" language="id">/' \
    "translations/tekpounou_$code.ts" >"$copy"
  "$bin/lupdate" -silent -no-obsolete qml src app -ts "$copy" >/dev/null
  # A message changed in the sources is "unfinished"; a new one is "untranslated".
  report=$("$bin/lrelease" "$copy" -qm "$work/$code.qm" 2>&1)
  if ! grep -q ' 0 unfinished' <<<"$report" || grep -q 'untranslated' <<<"$report"; then
    echo "translations/tekpounou_$code.ts lacks translations ($(tr '\n' ' ' <<<"$report" | tr -s ' '))"
    echo "  run translations/update.sh, then translate what it marks unfinished"
    status=1
  fi
done
exit $status
