package main

import (
	"os/exec"
	"syscall"
)

// dieWithParent has the kernel kill cmd if this process dies, even by SIGKILL, so neither the
// real host nor a policy pack outlives us.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
