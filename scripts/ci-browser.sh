#!/usr/bin/env bash
# The playground's browser test (issue 7): installs what it needs on a fresh Debian machine
# (Debian's Chromium; playwright-core never downloads a browser of its own), then builds the page
# with Vite and drives it in headless Chromium. Run as root, from anywhere, after `pnpm install`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's chromium"
  if [ "$(id -u)" -ne 0 ]; then
    echo "ci-browser: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
# Debian's wrapper script prints a harmless shell warning on some machines; keep only the version.
/usr/bin/chromium --version 2>/dev/null

# The page must use the packages' built bundles (dist/), as an app that installs them would.
if [ ! -d examples/playground/node_modules/playwright-core ]; then pnpm install --frozen-lockfile; fi
for package in core templates renderers; do
  if [ ! -f "packages/$package/dist/index.js" ]; then
    pnpm build
    break
  fi
done

pnpm --filter @afterview/playground test:browser
