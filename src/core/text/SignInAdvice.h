#pragma once

#include "ServerInfo.h"
#include "Session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tma {

// What a server's public config (/api/config) says about signing in, decided once for the wizard
// and the CLI: which method to preselect and a sentence for the user.
struct SignInAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SignInAdvice)
public:
    // The method the server leaves or suggests; nullopt = any.
    std::optional<AuthMethod> preselect;
    // True when a password cannot get in at all (a trusted-header proxy signs people in).
    bool apiKeyOnly = false;
    QString text; // translated; empty when there is nothing to say

    static SignInAdvice forServer(const ServerInfo& info);
    // Said wherever the connector fell back to plain http (ServerInfo::plainHttpFallback).
    static QString plainHttpNote(const QUrl& url);
};

} // namespace tma
