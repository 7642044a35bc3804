//go:build tools

// Package tools pins actionlint, the GitHub Actions workflow checker that `npm run lint` runs
// (scripts/actionlint.sh builds it from this module).
package tools

import _ "github.com/rhysd/actionlint/cmd/actionlint"
