#!/usr/bin/env bash
# Sets up a fresh Debian machine with Node 20 for Career Copilot: pnpm, the workspace's packages,
# Redis (accounts, premium) and Chromium (browser tests). Safe to run again; it skips what is there.
#   bash scripts/setup.sh               everything
#   bash scripts/setup.sh --no-browser  skip Chromium (only needed to run the browser tests)
#   bash scripts/setup.sh --with-office also LibreOffice Writer, headless, so the DOCX export test
#                                       checks that LibreOffice opens our files (CI uses it)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1
want_office=0
for arg in "$@"; do
  case "$arg" in
    --no-browser) want_browser=0 ;;
    --with-office) want_office=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log(a>20||(a===20&&b>=19)?1:0)' 2>/dev/null || echo 0)
if [ "$node_ok" != 1 ]; then
  echo "Career Copilot needs Node.js 20.19 or newer (found: $(node -v 2>/dev/null || echo none))." >&2
  exit 1
fi

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1
  fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" \
    || { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"; }
}

if ! command -v pnpm >/dev/null 2>&1; then
  say "Installing pnpm 10"
  npm install -g pnpm@10.34.9 >/dev/null 2>&1 || as_root npm install -g pnpm@10.34.9
fi

if ! command -v redis-server >/dev/null 2>&1; then
  say "Installing Redis (accounts and premium need it; the app works without it)"
  apt_install redis-server || echo "Could not install redis-server; accounts and premium stay off until Redis is available."
fi

if [ "$want_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium (for the browser tests)"
  apt_install chromium || echo "Could not install chromium; the browser tests need it (apt-get install -y chromium)."
fi

if [ "$want_office" = 1 ] && ! command -v soffice >/dev/null 2>&1; then
  say "Installing LibreOffice Writer (the DOCX export test opens our files with it)"
  apt_install libreoffice-writer-nogui || echo "Could not install LibreOffice; the DOCX-opens-in-LibreOffice test will be skipped."
fi

if command -v redis-server >/dev/null 2>&1; then
  node scripts/ensure-redis.mjs || true
fi

say "Installing packages"
pnpm install --frozen-lockfile

say "Ready. Start the app with: pnpm start"
