package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/google/shlex"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	sdk "github.com/pulumi/pulumi/sdk/v3"
	"github.com/pulumi/pulumi/sdk/v3/go/common/apitype"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

const policyRunner = "@pulumi/pulumi/cmd/run-policy-pack"

// policyHost serves the one LanguageRuntime method the real host lacks. Only RunPlugin is
// registered (see main), so the embedded Unimplemented methods are never reached.
type policyHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
}

// RunPlugin starts a Node.js policy pack the way upstream's host does: `node <run-policy-pack>
// <engine args...> <policy pack dir>`, resolved from the pack's own node_modules, with its
// stdout and stderr streamed back and its exit code last.
func (*policyHost) RunPlugin(
	req *pulumirpc.RunPluginRequest, stream pulumirpc.LanguageRuntime_RunPluginServer,
) error {
	if req.Kind != string(apitype.AnalyzerPlugin) {
		return status.Errorf(codes.Unimplemented,
			"pulumi-language-nodejs here can run only policy packs (plugin kind %q), not %q plugins",
			apitype.AnalyzerPlugin, req.Kind)
	}
	if req.AttachDebugger {
		return status.Error(codes.Unimplemented,
			"pulumi-language-nodejs here cannot attach a debugger to a policy pack")
	}
	ctx := stream.Context()
	dir := req.GetInfo().GetProgramDirectory()
	if dir == "" {
		dir = req.Pwd
	}

	node, err := exec.LookPath("node")
	if err != nil {
		return fmt.Errorf("cannot run policy pack %s: %w", dir, err)
	}
	runner, err := locate(node, dir)
	if err != nil {
		return err
	}
	args, env, err := nodeCommand(req, runner, dir)
	if err != nil {
		return err
	}

	// stdout and stderr are copied by separate goroutines, and a gRPC stream allows one sender.
	var mu sync.Mutex
	send := func(r *pulumirpc.RunPluginResponse) error {
		mu.Lock()
		defer mu.Unlock()
		return stream.Send(r)
	}
	stdout := sendWriter(func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stdout{Stdout: b}})
	})
	stderr := sendWriter(func(b []byte) error {
		return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stderr{Stderr: b}})
	})

	// The engine hands stack name, project and config to analyzers through ConfigureStack,
	// but @pulumi/pulumi's policy runtime reads them from PULUMI_NODEJS_* environment
	// variables at startup. sdk/v3's PolicyProxy (what upstream's host uses for this) answers
	// the engine first, and relays to the policy pack once it has started with that env.
	pp, ppStdout, err := sdk.NewPolicyProxy(ctx, stdout)
	if err != nil {
		return fmt.Errorf("cannot start policy pack proxy: %w", err)
	}
	cfg, err := pp.AwaitConfiguration(ctx)
	if err != nil {
		return fmt.Errorf("no stack configuration for policy pack %s: %w", dir, err)
	}
	stackEnv, err := stackConfigEnv(cfg)
	if err != nil {
		pp.Abort(err)
		return err
	}

	// CommandContext: the engine ends a policy pack by cancelling this call.
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = dir // upstream runs policy packs in their own directory
	cmd.Env = append(env, stackEnv...)
	cmd.Stdout, cmd.Stderr = ppStdout, stderr
	dieWithParent(cmd)
	if err := cmd.Start(); err != nil {
		pp.Abort(err)
		return fmt.Errorf("cannot run policy pack %s: %w", dir, err)
	}
	code := 0
	if err := pp.Attach(ctx, cmd); err != nil { // returns when node exits
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return fmt.Errorf("policy pack %s: %w", dir, err)
		}
		if code = exit.ExitCode(); code < 0 {
			code = 1 // killed by a signal
		}
	}
	return send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: int32(code)}})
}

// locate resolves the policy runner with node's own module resolution from dir, so the pack's
// @pulumi/pulumi is used, not ours.
func locate(node, dir string) (string, error) {
	// Only the error's first line: node's own report starts with a source excerpt.
	script := "try { console.log(require.resolve('" + policyRunner + "')) } " +
		"catch (e) { console.error(String(e.message).split('\\n')[0]); process.exit(1) }"
	cmd := exec.Command(node, "-e", script)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		detail := err.Error()
		var exit *exec.ExitError
		if errors.As(err, &exit) && len(exit.Stderr) > 0 {
			detail = strings.TrimSpace(string(exit.Stderr))
		}
		return "", fmt.Errorf("cannot resolve %s from policy pack %s; run npm install there "+
			"(the pack needs @pulumi/pulumi beside @pulumi/policy): %s", policyRunner, dir, detail)
	}
	return strings.TrimSpace(string(out)), nil
}

// nodeCommand builds node's arguments and environment from the request and the pack's runtime
// options (PulumiPolicy.yaml `runtime.options`).
func nodeCommand(req *pulumirpc.RunPluginRequest, runner, dir string) ([]string, []string, error) {
	env := req.Env
	if len(env) == 0 { // an empty exec env would drop PATH and HOME
		env = os.Environ()
	}
	opts := req.GetInfo().GetOptions().AsMap()
	typescript := true
	if v, ok := opts["typescript"]; ok {
		b, isBool := v.(bool)
		if !isBool {
			return nil, nil, errors.New("runtime option typescript must be a boolean")
		}
		typescript = b
	}
	if typescript {
		env = append(env, "PULUMI_NODEJS_TYPESCRIPT=true")
	}
	if v, ok := opts["tsconfig"].(string); ok && v != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+v)
	}
	var args []string
	if v, ok := opts["nodeargs"]; ok {
		s, isString := v.(string)
		if !isString {
			return nil, nil, errors.New("runtime option nodeargs must be a string")
		}
		split, err := shlex.Split(s)
		if err != nil {
			return nil, nil, fmt.Errorf("runtime option nodeargs: %w", err)
		}
		// They are options for node, so they precede the script (upstream puts them after it).
		args = append(args, split...)
	}
	args = append(args, runner)
	args = append(args, req.Args...) // engine address and log flags; the runner takes the address first
	args = append(args, dir)         // and the program (the pack's directory) last
	return args, env, nil
}

// stackConfigEnv is what @pulumi/pulumi's runtime settings read, as a program run sets them.
func stackConfigEnv(cfg *pulumirpc.AnalyzerStackConfigureRequest) ([]string, error) {
	if cfg == nil { // e.g. `pulumi policy publish`: no stack
		return nil, nil
	}
	var env []string
	add := func(k, v string) {
		if v != "" {
			env = append(env, k+"="+v)
		}
	}
	add("PULUMI_NODEJS_ORGANIZATION", cfg.Organization)
	add("PULUMI_NODEJS_PROJECT", cfg.Project)
	add("PULUMI_NODEJS_STACK", cfg.Stack)
	add("PULUMI_NODEJS_DRY_RUN", strconv.FormatBool(cfg.DryRun))
	if cfg.Config != nil {
		b, err := json.Marshal(cfg.Config)
		if err != nil {
			return nil, err
		}
		add("PULUMI_CONFIG", string(b))
	}
	if len(cfg.ConfigSecretKeys) > 0 {
		b, err := json.Marshal(cfg.ConfigSecretKeys)
		if err != nil {
			return nil, err
		}
		add("PULUMI_CONFIG_SECRET_KEYS", string(b))
	}
	return env, nil
}

type sendWriter func([]byte) error

func (w sendWriter) Write(b []byte) (int, error) {
	if err := w(b); err != nil {
		return 0, err
	}
	return len(b), nil
}
