#pragma once

#include <QString>
#include <QStringList>

namespace tma {

// Whether a hosted task model id can be used with a provider, judged by the provider's own model
// list: an id it does not list fails at the first task (and Open WebUI then quietly lets the chat
// model do the task). Ids are compared exactly, as the provider does.
class ProviderModelCheck
{
public:
    enum class Verdict
    {
        Empty,       // nothing typed
        Listed,      // the provider lists it
        NotListed,   // the provider listed its models, and not this one: refuse it
        CannotCheck, // the provider gave no list: the id is taken as typed
    };

    static Verdict check(const QStringList& offered, const QString& id);
};

} // namespace tma
