#pragma once

#include "ApiError.h"

namespace tma::cli {

// The CLI's exit codes: distinct per kind of failure so scripts can react (documented in README).
enum ExitCode
{
    Ok = 0,
    Failure = 1,       // anything else: keychain, files, cancelled
    Usage = 2,         // bad command line
    Auth = 3,          // not signed in, wrong credentials, expired session, API keys disabled
    NotAdmin = 4,      // signed in but not an admin, or the API key may not use an endpoint
    Unreachable = 5,   // no server, TLS failure, timeout, server still starting
    ServerError = 6,   // validation, server error, conflict, change not kept, unexpected content
    TestFailed = 7,    // the task test did not show the task model answering
    Interrupted = 130, // Ctrl-C (the shells' 128 + SIGINT)
};

ExitCode exitCodeFor(const ApiError& error);

} // namespace tma::cli
