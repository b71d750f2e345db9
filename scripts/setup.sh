#!/usr/bin/env bash
# Installs everything Parley needs to build, test and run on Debian 12:
# Debian packages (compiler, libraries, test tools) and the npm data packages
# the knowledge base is built from.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  libgumbo-dev        # HTML5 parsing
  libre2-dev          # regular expressions in rules
  libutf8proc-dev     # Unicode character classes and normalisation
  libuchardet-dev     # charset detection of mis-labelled pages
  libsimdjson-dev     # JSON Lines input
  libzstd-dev zlib1g-dev zstd  # compressed inputs
  libarchive-dev      # article archives: tar, zip, WARC crawls
  libsqlite3-dev      # the embedded store
  libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wamerican           # English word list: which capitalised words are common words
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm data packages (country codes, names, demonyms), pinned in package-lock.json.
if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "setup: installing npm data packages"
    npm ci --no-audit --no-fund --silent || npm install --no-audit --no-fund --silent
  fi
fi
echo "setup: done"
