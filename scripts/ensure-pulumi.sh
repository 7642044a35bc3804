#!/usr/bin/env bash
# Makes the Pulumi CLI, its Node.js language host and the dynamic-provider plugin reachable,
# without the internet: uses a `pulumi` on PATH when it is new enough, otherwise builds
# `pulumi` and `pulumi-language-nodejs` from Go modules into a cache outside the repo
# (keyed by version), reused on later runs.
#
# Prints progress on stderr and, as its only stdout line, a PATH prefix (directories joined
# by ':') that holds pulumi, pulumi-language-nodejs and pulumi-resource-pulumi-nodejs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
PULUMI_VERSION="3.274.1"              # must match scripts/pulumi-cli/cli/go.mod
LANGUAGE_HOST_SDK_VERSION="3.67.1"    # must match scripts/pulumi-cli/language-nodejs/go.mod
MIN_INSTALLED_VERSION="3.200.0"
cache_root="${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-cognito-userpool}"
cache_bin="$cache_root/pulumi-v${PULUMI_VERSION}-langhost-v${LANGUAGE_HOST_SDK_VERSION}/bin"
dynamic_plugin_dir="$repo/node_modules/@pulumi/pulumi"

log() { printf '[ensure-pulumi] %s\n' "$*" >&2; }

version_ge() { # version_ge A B: A >= B (dotted numbers)
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

if [ ! -x "$dynamic_plugin_dir/pulumi-resource-pulumi-nodejs" ]; then
  log "error: $dynamic_plugin_dir/pulumi-resource-pulumi-nodejs is missing; run 'npm ci' first."
  exit 1
fi

if [ -z "${PULUMI_FORCE_BUILD:-}" ] && command -v pulumi >/dev/null 2>&1 \
   && command -v pulumi-language-nodejs >/dev/null 2>&1; then
  installed="$(pulumi version 2>/dev/null | sed 's/^v//')"
  if [ -n "$installed" ] && version_ge "$installed" "$MIN_INSTALLED_VERSION"; then
    log "using installed pulumi v$installed ($(command -v pulumi))"
    echo "$dynamic_plugin_dir"
    exit 0
  fi
  log "installed pulumi v${installed:-unknown} is older than v$MIN_INSTALLED_VERSION; building v$PULUMI_VERSION"
fi

build() { # build NAME MODULE_DIR PACKAGE VERSION
  local name="$1" module_dir="$2" package="$3" version="$4" started
  if [ -x "$cache_bin/$name" ]; then
    log "$name: cached at $cache_bin/$name"
    return
  fi
  command -v go >/dev/null 2>&1 || { log "error: Go is needed to build $name (no pulumi on PATH)"; exit 1; }
  started=$(date +%s)
  log "$name: building $package (first time only; takes several minutes on 2 cores)..."
  mkdir -p "$cache_bin"
  # A ticker, so a CI log shows the build is alive.
  ( while sleep 30; do log "$name: still building ($(( $(date +%s) - started ))s)"; done ) &
  local ticker=$!
  trap 'kill $ticker 2>/dev/null || true' RETURN
  ( cd "$module_dir" && GOFLAGS=-mod=readonly go build -trimpath \
      -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version" \
      -o "$cache_bin/$name.tmp" "$package" )
  mv "$cache_bin/$name.tmp" "$cache_bin/$name"
  log "$name: built in $(( $(date +%s) - started ))s"
}

build pulumi "$here/pulumi-cli/cli" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi "$PULUMI_VERSION"
build pulumi-language-nodejs "$here/pulumi-cli/language-nodejs" \
  github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs "$LANGUAGE_HOST_SDK_VERSION"

echo "$cache_bin:$dynamic_plugin_dir"
