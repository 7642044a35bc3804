// pulumi-language-nodejs: a front for the real Node.js language host (built from sdk/v3 v3.67.1,
// the newest release the Go module proxy here will serve). That host runs programs fine but
// answers RunPlugin with "not supported", and the v3.274.1 engine starts Node.js policy packs
// through RunPlugin. So this binary starts the real host as a child, forwards every
// LanguageRuntime call to it byte for byte, and implements RunPlugin itself (runplugin.go).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// realHostName is the real host's file name, looked up next to this binary. ensure-pulumi.sh
// sets it with -ldflags -X so the two cannot drift apart.
var realHostName = "pulumi-language-nodejs-v3.67.1"

func main() {
	self, err := os.Executable()
	if err != nil {
		fail("cannot locate own executable: %v", err)
	}
	realHost := filepath.Join(filepath.Dir(self), realHostName)

	// Arguments (flags and the engine address) go to the real host untouched: it does the
	// tracing and the engine health check, exiting within five minutes of the engine's end
	// (should the engine not have stopped us), which ends us too.
	child := exec.Command(realHost, os.Args[1:]...)
	child.Stdin, child.Stderr = os.Stdin, os.Stderr
	// An os.Pipe rather than StdoutPipe, so Wait does not close our end before we drained it.
	outR, outW, err := os.Pipe()
	if err != nil {
		fail("%v", err)
	}
	child.Stdout = outW
	dieWithParent(child)
	if err := child.Start(); err != nil {
		fail("cannot start %s: %v", realHost, err)
	}
	outW.Close()
	childDone := make(chan struct{})
	go func() { _ = child.Wait(); close(childDone) }()

	out := bufio.NewReader(outR)
	first, _ := out.ReadString('\n')
	childPort, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		// Not serving (e.g. a bad flag): be the real host, output and exit code alike.
		fmt.Print(first)
		_, _ = io.Copy(os.Stdout, out)
		<-childDone
		os.Exit(exitCode(child))
	}

	conn, err := grpc.NewClient(fmt.Sprintf("127.0.0.1:%d", childPort),
		grpc.WithTransportCredentials(insecure.NewCredentials()), rpcutil.GrpcChannelOptions())
	if err != nil {
		_ = child.Process.Kill()
		fail("cannot connect to %s: %v", realHost, err)
	}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(srv *grpc.Server) error {
			// Only RunPlugin is registered here; every other method of every service is "unknown"
			// to this server and so goes to the forwarder.
			desc := pulumirpc.LanguageRuntime_ServiceDesc
			desc.Methods = nil
			desc.Streams = nil
			for _, s := range pulumirpc.LanguageRuntime_ServiceDesc.Streams {
				if s.StreamName == "RunPlugin" {
					desc.Streams = append(desc.Streams, s)
				}
			}
			srv.RegisterService(&desc, &policyHost{})
			return nil
		},
		Options: []grpc.ServerOption{
			grpc.ForceServerCodec(passthroughCodec{}),
			grpc.UnknownServiceHandler(forwardTo(conn)),
		},
	})
	if err != nil {
		_ = child.Process.Kill()
		fail("cannot serve: %v", err)
	}

	// The engine reads our port from the first stdout line; the real host's later stdout
	// (rare, but the engine logs it) follows ours.
	fmt.Printf("%d\n", handle.Port)
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(os.Stdout, out); close(copied) }()

	// The engine stops plugins with SIGINT to the process group (SIGKILL after 5s), which
	// reaches the real host too; a signal sent to us alone is passed on.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	code := 0
	select {
	case <-childDone:
		code = exitCode(child)
	case sig := <-sigs:
		_ = child.Process.Signal(sig)
		stopChild(child, childDone)
	case err := <-handle.Done:
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: stopped serving: %v\n", err)
		stopChild(child, childDone)
		code = 1
	}
	select { // let the real host's last output through, without hanging on a grandchild's pipe
	case <-copied:
	case <-time.After(time.Second):
	}
	// Node.js processes started by RunPlugin die with us (dieWithParent).
	os.Exit(code)
}

// stopChild waits up to five seconds for the real host to exit, then kills it.
func stopChild(child *exec.Cmd, done <-chan struct{}) {
	select {
	case <-done:
		return
	case <-time.After(5 * time.Second):
	}
	_ = child.Process.Kill()
	<-done
}

func exitCode(child *exec.Cmd) int {
	if code := child.ProcessState.ExitCode(); code >= 0 {
		return code
	}
	return 1 // killed by a signal
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: "+format+"\n", args...)
	os.Exit(1)
}
