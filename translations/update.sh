#!/usr/bin/env bash
# Updates the three catalogues from the sources: QML in qml/, C++ tr() in src/ and app/.
# Run from anywhere; then translate every new or changed message and check with
#   lrelease translations/tekpounou_<code>.ts   (it must report 0 unfinished).
#
# Qt 6.4's lupdate refuses to update a catalogue that already holds translations when it does not
# know the catalogue's language, and it does not know Haitian Creole ("ht"). Kreyòl nouns do not
# change for number ("1 leson", "5 leson"), which is the one-plural-form rule lupdate applies to
# Indonesian ("id"); so the ht catalogue is updated under "id" and then labelled "ht" again.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(qml src app)

"$lupdate" -no-obsolete "${sources[@]}" -ts translations/tekpounou_fr.ts translations/tekpounou_en.ts

ht=translations/tekpounou_ht.ts
stand_in=translations/.tekpounou_ht.update.ts # beside the real one, so source paths stay right
trap 'rm -f "$stand_in"' EXIT
sed 's/<TS version="2.1" language="ht">/<TS version="2.1" language="id">/' "$ht" > "$stand_in"
"$lupdate" -no-obsolete "${sources[@]}" -ts "$stand_in"
sed 's/<TS version="2.1" language="id">/<TS version="2.1" language="ht">/' "$stand_in" > "$ht"
