#!/usr/bin/env bash
# Runs a command inside a private headless desktop session: its own X server (Xvfb, GLX on
# llvmpipe) and, when started under dbus-run-session, an unlocked gnome-keyring on that private
# session bus. Nothing of the host's display, bus or keyring is used.
# Usage: dbus-run-session -- bash packaging/headless-session.sh COMMAND [ARGS…]
set -euo pipefail
# A throwaway home: the keyring, caches and settings of one run never leak into the next.
HOME="$(mktemp -d)"
export HOME
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
    # The password only unlocks a throwaway keyring that lives as long as this session.
    eval "$(printf 'tekpounou-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
fi
export QT_QPA_PLATFORM=xcb
exec xvfb-run --auto-servernum --server-args="-screen 0 1920x1080x24 -nolisten tcp" "$@"
