#!/usr/bin/env bash
# Installs what is missing, builds, starts the reference server on loopback with demo content,
# and opens the app pointed at it. Extra arguments go to the app, e.g. `--lang fr`.
# TPN_PORT picks the server's port (default 8443); state lives in build/dev/run/. The server
# symbolizes the app's crash reports with the build's symbols: see them with
#   build/dev/server/tekpounou-server report --data build/dev/run/server --symbols build/dev/symbols
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev

state="$PWD/build/dev/run"
port="${TPN_PORT:-8443}"
mkdir -p "$state"
bash packaging/dev-certs.sh "$state/certs"

build/dev/server/tekpounou-server --listen "127.0.0.1:$port" --data "$state/server" --demo \
    --tls-cert "$state/certs/server.pem" --tls-key "$state/certs/server.key" \
    --signing-key "$state/certs/content-signing.key" --symbols "$PWD/build/dev/symbols" \
    >"$state/server.out" 2>"$state/server.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q 'listening on' "$state/server.out" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$state/server.log" >&2; exit 1; }
    sleep 0.1
done
echo "Reference server: $(cat "$state/server.out")  (log: $state/server.log)"

build/dev/app/tekpounou --api-url "https://127.0.0.1:$port" --ca-cert "$state/certs/ca.pem" \
    --content-key "$state/certs/content-key.pem" --data-dir "$state/app" "$@"
