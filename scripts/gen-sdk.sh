#!/usr/bin/env bash
# Generates an SDK for the resource plugin's package schema in Python or Go:
#
#   bash scripts/gen-sdk.sh <python|go> <out-dir> [schema.json]
#
# With an installed Pulumi CLI whose language hosts are on PATH, `pulumi package gen-sdk
# plugin/schema.json --language <lang> --out <dir>` does the same. Here those hosts' Go modules are
# refused by the module proxy (see README, "Other languages"), so this builds a small tool on the
# same pkg/v3 codegen the hosts call (scripts/pulumi-cli/gen-sdk), cached like the CLI, and runs it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
language="${1:?usage: gen-sdk.sh <python|go> <out-dir> [schema.json]}"
out="${2:?usage: gen-sdk.sh <python|go> <out-dir> [schema.json]}"
schema="${3:-$repo/plugin/schema.json}"
module="$here/pulumi-cli/gen-sdk"
cache_root="${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-cognito-userpool}"
sum="$(cat "$module"/go.mod "$module"/go.sum "$module"/*.go | cksum | cut -d' ' -f1)"
bin="$cache_root/gen-sdk-v3.274.1-$sum/bin/pulumi-gen-sdk"

if [ ! -x "$bin" ]; then
  echo "[gen-sdk] building pulumi-gen-sdk (first time only; a few minutes on 2 cores)..." >&2
  mkdir -p "$(dirname "$bin")"
  ( cd "$module" && GOFLAGS=-mod=readonly go build -trimpath -o "$bin.tmp" . )
  mv "$bin.tmp" "$bin"
fi
exec "$bin" "$schema" "$language" "$out"
