#!/usr/bin/env bash
# Build the graph from the sample articles, validate it, and answer "who chaired which conference".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/govkg build data/articles
.venv/bin/govkg validate
.venv/bin/govkg query who-chaired-which-conference
