#!/usr/bin/env bash
# Checks .github/workflows/*.yml with actionlint (https://github.com/rhysd/actionlint), as
# `npm run lint` does. actionlint is built once from its Go module (pinned in scripts/actionlint/,
# v1.7.12) into the cache beside the Pulumi CLI (scripts/ensure-pulumi.sh), keyed by that module's
# go.sum, so a later run starts at once. An actionlint on PATH of the same version is used as is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
VERSION="1.7.12" # must match scripts/actionlint/go.mod
module="$here/actionlint"
cache_root="${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-cognito-userpool}"
sum="$(cat "$module"/go.mod "$module"/go.sum | cksum | cut -d' ' -f1)"
bin="$cache_root/actionlint-v$VERSION-$sum/bin/actionlint"

if command -v actionlint >/dev/null 2>&1 && [ "$(actionlint -version | head -n1)" = "$VERSION" ]; then
  bin="$(command -v actionlint)"
elif [ ! -x "$bin" ]; then
  command -v go >/dev/null 2>&1 || { echo "[actionlint] error: Go is needed to build actionlint" >&2; exit 1; }
  echo "[actionlint] building actionlint v$VERSION (first time only)..." >&2
  mkdir -p "$(dirname "$bin")"
  ( cd "$module" && GOFLAGS=-mod=readonly go build -trimpath \
      -ldflags "-X github.com/rhysd/actionlint.version=$VERSION" \
      -o "$bin.tmp" github.com/rhysd/actionlint/cmd/actionlint )
  mv "$bin.tmp" "$bin"
fi
cd "$repo"
exec "$bin" "$@"
