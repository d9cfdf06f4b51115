#!/usr/bin/env bash
# Installs the peers the benchmark times against (issue 5, step 4):
#   - Python dateparser from Debian (python3-dateparser, for /usr/bin/python3);
#   - chrono-node from npm, into tests/bench/.peers (ignored by git).
# A peer that cannot be installed is reported and skipped: the benchmark goes on.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PEERS=$HERE/.peers
CHRONO_VERSION=${CHRONO_VERSION:-2.10.3}

install_dateparser() {
    if /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
        echo "setup_peers: dateparser present"
        return 0
    fi
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "setup_peers: cannot install python3-dateparser (needs root and apt-get)" >&2
        return 1
    fi
    echo "setup_peers: apt-get install python3-dateparser"
    { apt-get install -y -qq python3-dateparser >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 &&
        apt-get install -y -qq python3-dateparser >/dev/null 2>&1; }; } ||
        { echo "setup_peers: python3-dateparser could not be installed" >&2; return 1; }
}

install_chrono() {
    if [ -f "$PEERS/node_modules/chrono-node/package.json" ]; then
        echo "setup_peers: chrono-node present"
        return 0
    fi
    if ! command -v npm >/dev/null; then
        echo "setup_peers: npm missing, chrono-node skipped (apt-get install npm)" >&2
        return 1
    fi
    echo "setup_peers: npm install chrono-node@$CHRONO_VERSION"
    mkdir -p "$PEERS"
    npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error \
        "chrono-node@$CHRONO_VERSION" >/dev/null 2>&1 ||
        { echo "setup_peers: chrono-node could not be installed" >&2; return 1; }
}

install_dateparser
install_chrono
exit 0
