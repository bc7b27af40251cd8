#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless.
# Extra arguments go to ctest, e.g. `bash packaging/test.sh -L e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
exec dbus-run-session -- bash packaging/headless-session.sh ctest --preset dev "$@"
