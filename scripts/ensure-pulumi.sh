#!/usr/bin/env bash
# Makes the Pulumi CLI, its Node.js language host and the dynamic-provider plugin reachable,
# without the internet: uses a `pulumi` on PATH when it is new enough, otherwise builds
# `pulumi` and `pulumi-language-nodejs` from Go modules into a cache outside the repo
# (keyed by version), reused on later runs. The `pulumi-language-nodejs` built here is our proxy
# (scripts/pulumi-cli/language-nodejs-proxy) in front of the real v3.67.1 host, which is built
# beside it as pulumi-language-nodejs-v3.67.1; the proxy adds RunPlugin, for policy packs.
#
# Prints progress on stderr and, as its only stdout line, a PATH prefix (directories joined
# by ':') that holds pulumi, pulumi-language-nodejs and pulumi-resource-pulumi-nodejs, all in the
# directory the CLI takes its bundled plugins from, so it prints no "using ... from $PATH" warning.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
PULUMI_VERSION="3.274.1"              # must match scripts/pulumi-cli/cli/go.mod
LANGUAGE_HOST_SDK_VERSION="3.67.1"    # must match scripts/pulumi-cli/language-nodejs/go.mod
REAL_LANGUAGE_HOST="pulumi-language-nodejs-v${LANGUAGE_HOST_SDK_VERSION}"
MIN_INSTALLED_VERSION="3.200.0"
cache_root="${PULUMI_CLI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-cognito-userpool}"
proxy_module="$here/pulumi-cli/language-nodejs-proxy"
# The proxy's directory is keyed by a checksum of its sources, so editing it rebuilds the proxy
# (and the real host beside it, about a minute) but not the CLI.
proxy_sum="$(cat "$proxy_module"/go.mod "$proxy_module"/go.sum "$proxy_module"/*.go | cksum | cut -d' ' -f1)"
cli_bin="$cache_root/cli-v${PULUMI_VERSION}/bin"
langhost_bin="$cache_root/nodejs-langhost-v${LANGUAGE_HOST_SDK_VERSION}-proxy-${proxy_sum}/bin"
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
    # An installed CLI ships its bundled plugins, pulumi-resource-pulumi-nodejs included, beside it.
    dirname "$(command -v pulumi)"
    exit 0
  fi
  log "installed pulumi v${installed:-unknown} is older than v$MIN_INSTALLED_VERSION; building v$PULUMI_VERSION"
fi

build() { # build BIN_DIR NAME MODULE_DIR PACKAGE VERSION [EXTRA_LDFLAGS]
  local bin_dir="$1" name="$2" module_dir="$3" package="$4" version="$5" extra_ldflags="${6:-}" started
  if [ -x "$bin_dir/$name" ]; then
    log "$name: cached at $bin_dir/$name"
    return
  fi
  command -v go >/dev/null 2>&1 || { log "error: Go is needed to build $name (no pulumi on PATH)"; exit 1; }
  started=$(date +%s)
  log "$name: building $package (first time only; takes several minutes on 2 cores)..."
  mkdir -p "$bin_dir"
  # A ticker, so a CI log shows the build is alive.
  ( while sleep 30; do log "$name: still building ($(( $(date +%s) - started ))s)"; done ) &
  local ticker=$!
  trap 'kill $ticker 2>/dev/null || true' RETURN
  ( cd "$module_dir" && GOFLAGS=-mod=readonly go build -trimpath \
      -ldflags "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version $extra_ldflags" \
      -o "$bin_dir/$name.tmp" "$package" )
  mv "$bin_dir/$name.tmp" "$bin_dir/$name"
  log "$name: built in $(( $(date +%s) - started ))s"
}

build "$cli_bin" pulumi "$here/pulumi-cli/cli" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi "$PULUMI_VERSION"
build "$langhost_bin" "$REAL_LANGUAGE_HOST" "$here/pulumi-cli/language-nodejs" \
  github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs "$LANGUAGE_HOST_SDK_VERSION"
# The proxy starts the real host from its own directory, under the name given here.
build "$langhost_bin" pulumi-language-nodejs "$proxy_module" \
  pulumi-cognito-userpool/pulumi-language-nodejs-proxy "$LANGUAGE_HOST_SDK_VERSION" \
  "-X main.realHostName=$REAL_LANGUAGE_HOST"

# --- Pulumi YAML language host (issue 13) -------------------------------------------------------
# Runs Pulumi YAML programs (examples/yaml-reference) and writes YAML code for `pulumi import`.
# Built from the Go module github.com/pulumi/pulumi-yaml (scripts/pulumi-cli/language-yaml/), cached
# beside the CLI and keyed by version like it. v1.25.0 is the newest the Go module proxy here serves.
YAML_HOST_VERSION="1.25.0"            # must match scripts/pulumi-cli/language-yaml/go.mod
yaml_bin="$cache_root/yaml-langhost-v${YAML_HOST_VERSION}/bin"
build "$yaml_bin" pulumi-language-yaml "$here/pulumi-cli/language-yaml" \
  github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml "$YAML_HOST_VERSION" \
  "-X github.com/pulumi/pulumi-yaml/pkg/version.Version=v$YAML_HOST_VERSION"
# --- end of the YAML language host section -------------------------------------------------------

# The CLI takes a bundled plugin (language hosts, pulumi-resource-pulumi-nodejs) from the directory
# of its own executable, symlinks resolved, and warns "using <plugin> from $PATH at <path>" for one
# found on PATH anywhere else (getPluginInfoAndPath in sdk/go/common/workspace/plugins.go,
# https://github.com/pulumi/pulumi/blob/v3.274.1/sdk/go/common/workspace/plugins.go). So the plugins
# go into one directory with a hard link to the built pulumi (a symlink would resolve back to
# cli_bin), keyed by what it holds, and only that directory goes on PATH. pulumi-resource-pulumi-nodejs
# is the script @pulumi/pulumi ships, as upstream's CLI bundles it: it resolves
# @pulumi/pulumi/cmd/dynamic-provider from its working directory, which the engine sets to the
# program's (execPlugin, cmd.Dir = pwd, in sdk/go/common/resource/plugin/plugin.go), so each
# program runs its own @pulumi/pulumi version's dynamic provider.
linked_plugins=("$langhost_bin/pulumi-language-nodejs" "$yaml_bin/pulumi-language-yaml") # built here, kept in the cache
copied_plugins=("$dynamic_plugin_dir/pulumi-resource-pulumi-nodejs") # node_modules may go; these must not
bundle_key="$({ printf '%s\n' "$cli_bin" "${linked_plugins[@]}"; cat "${copied_plugins[@]}"; } | cksum | cut -d' ' -f1)"
bundle_bin="$cache_root/bundle-v${PULUMI_VERSION}-${bundle_key}/bin"
if [ ! -x "$bundle_bin/pulumi" ]; then
  staging="$(mktemp -d "$cache_root/.bundle-XXXXXX")"
  chmod 755 "$staging"
  ln "$cli_bin/pulumi" "$staging/pulumi" 2>/dev/null || cp "$cli_bin/pulumi" "$staging/pulumi"
  for plugin in "${linked_plugins[@]}"; do ln -s "$plugin" "$staging/"; done
  for plugin in "${copied_plugins[@]}"; do cp "$plugin" "$staging/"; done
  mkdir -p "$(dirname "$bundle_bin")"
  # Another run may have assembled the same directory meanwhile; then its copy stays.
  mv -T "$staging" "$bundle_bin" 2>/dev/null || rm -rf "$staging"
  log "plugins bundled beside pulumi in $bundle_bin"
fi
echo "$bundle_bin"
