#!/usr/bin/env bash
# The whole test suite: builds, then runs every test with CTest.
# Tests that need ../shared (the seeds and benchmark data) skip themselves
# when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 900
