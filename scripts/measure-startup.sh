#!/usr/bin/env bash
# Measures the README's start-up times on this machine: `npm run devnet` until "devnet ready",
# and `npm start` until the app answers (cold = no previous build, warm = up-to-date build).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEVNET_RPC_PORT=${DEVNET_RPC_PORT:-28545} DEVNET_PROVIDER_PORT=${DEVNET_PROVIDER_PORT:-28600} APP_PORT=${APP_PORT:-23090}
export DEVNET_STATE_DIR=.devnet-measure APP_OUT_DIR=dist-measure

until_line() { # $1 = pattern; runs the rest as a command, prints seconds until the pattern appears
  local pattern=$1; shift
  local start=$(date +%s.%N) log=$(mktemp)
  "$@" > "$log" 2>&1 & local pid=$!
  until grep -q "$pattern" "$log"; do
    kill -0 $pid 2>/dev/null || { cat "$log"; echo "command ended early" >&2; exit 1; }
    sleep 0.05
  done
  local end=$(date +%s.%N)
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $start" | bc)"
}

echo "npm run devnet until 'devnet ready': $(until_line 'devnet ready' npm run devnet -s) s"
rm -rf dist-measure
echo "npm start, cold (builds the UI):    $(until_line 'App: http' npm start -s) s"
echo "npm start, warm (build up to date): $(until_line 'App: http' npm start -s) s"
rm -rf dist-measure .devnet-measure
