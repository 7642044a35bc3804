// The AWS SDK warns once per process that its 2027 releases need Node 22; the pinned release
// supports Node 20 (see README), so the warning is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
