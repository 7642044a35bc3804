package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

// frame is a message we do not decode: forwarded calls carry the engine's bytes, so methods and
// fields newer than the real host's (or our) proto definitions pass through unharmed.
type frame struct{ payload []byte }

// passthroughCodec moves frames as raw bytes and everything else (our RunPlugin, and the health
// and reflection services rpcutil registers) as protobuf.
type passthroughCodec struct{}

func (passthroughCodec) Name() string { return "proto" }

func (passthroughCodec) Marshal(v any) ([]byte, error) {
	if f, ok := v.(*frame); ok {
		return f.payload, nil
	}
	m, ok := v.(proto.Message)
	if !ok {
		return nil, fmt.Errorf("cannot marshal %T", v)
	}
	return proto.Marshal(m)
}

func (passthroughCodec) Unmarshal(data []byte, v any) error {
	if f, ok := v.(*frame); ok {
		// gRPC reuses data's buffer once we return.
		f.payload = append([]byte(nil), data...)
		return nil
	}
	m, ok := v.(proto.Message)
	if !ok {
		return fmt.Errorf("cannot unmarshal into %T", v)
	}
	return proto.Unmarshal(data, m)
}

// forwardTo returns a handler that relays any call, unary or streaming, to conn. Every call is
// treated as a bidirectional stream, which is what each of them is on the wire.
func forwardTo(conn *grpc.ClientConn) grpc.StreamHandler {
	desc := &grpc.StreamDesc{ClientStreams: true, ServerStreams: true}
	return func(_ any, in grpc.ServerStream) error {
		method, ok := grpc.MethodFromServerStream(in)
		if !ok {
			return status.Error(codes.Internal, "no method name")
		}
		// Cancellation and deadline of the engine's call carry over to the forwarded one.
		ctx, cancel := context.WithCancel(in.Context())
		defer cancel()
		md, _ := metadata.FromIncomingContext(ctx)
		ctx = metadata.NewOutgoingContext(ctx, forwardable(md))
		out, err := conn.NewStream(ctx, desc, method, grpc.ForceCodec(passthroughCodec{}))
		if err != nil {
			return err
		}

		go func() { // engine -> real host
			for {
				f := &frame{}
				if err := in.RecvMsg(f); err != nil {
					if errors.Is(err, io.EOF) {
						_ = out.CloseSend()
					} else {
						cancel()
					}
					return
				}
				if err := out.SendMsg(f); err != nil {
					return // the real host's status arrives through out.RecvMsg below
				}
			}
		}()

		for sentHeader := false; ; { // real host -> engine
			f := &frame{}
			err := out.RecvMsg(f)
			if !sentHeader {
				sentHeader = true
				if h, herr := out.Header(); herr == nil && len(h) > 0 {
					_ = in.SendHeader(h)
				}
			}
			if err != nil {
				in.SetTrailer(out.Trailer())
				if errors.Is(err, io.EOF) {
					return nil
				}
				return err // a status error: code and message reach the engine unchanged
			}
			if err := in.SendMsg(f); err != nil {
				return err
			}
		}
	}
}

// forwardable drops the pseudo-headers gRPC adds to incoming metadata; the client sets its own.
func forwardable(md metadata.MD) metadata.MD {
	out := metadata.MD{}
	for k, v := range md {
		if !strings.HasPrefix(k, ":") && k != "content-type" && k != "user-agent" {
			out[k] = v
		}
	}
	return out
}
