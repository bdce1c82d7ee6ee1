#include "ExitCode.h"

namespace tma::cli {

ExitCode exitCodeFor(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::None:
        return Ok;
    case Kind::WrongCredentials:
    case Kind::SessionExpired:
    case Kind::ApiKeysDisabled:
    case Kind::PasswordAuthDisabled:
    case Kind::MfaRequired:
    case Kind::RateLimited:
    case Kind::LdapFailed:
    case Kind::LdapDisabled:
    case Kind::TrustedHeaderRequired:
        return Auth;
    case Kind::NotAdmin:
    case Kind::EndpointRestricted:
        return NotAdmin;
    case Kind::Unreachable:
    case Kind::Tls:
    case Kind::PlainHttpOnly:
    case Kind::Timeout:
    case Kind::ServerStarting:
        return Unreachable;
    case Kind::Validation:
    case Kind::Server:
    case Kind::NotFound:
    case Kind::UnexpectedContent:
    case Kind::TooLarge:
    case Kind::Conflict:
    case Kind::ConnectionConflict:
    case Kind::ProviderRefused:
    case Kind::NotPersisted:
    case Kind::Invalid:
    case Kind::ModelNotFound:
        return ServerError;
    case Kind::Cancelled:
        return Failure;
    }
    return Failure;
}

} // namespace tma::cli
