//go:build !linux

package main

import "os/exec"

// dieWithParent has no portable equivalent elsewhere: there the engine's process-group signals
// and the real host's engine health check end the children.
func dieWithParent(*exec.Cmd) {}
