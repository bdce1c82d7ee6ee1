#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>

namespace tma {

// What the contention test measured: for each chat message, how long until the first word of the
// answer and until its end, while the background tasks ran next to it.
struct ContentionResult
{
    enum class End
    {
        Completed, // every planned message was answered
        Stopped,   // the user stopped it
        TimedOut,  // the time limit came first
        Failed,    // the chat itself failed (error says why)
    };

    QString chatModel;
    int plannedRounds = 0;
    QList<qint64> firstWordMs; // one per message answered, in order
    QList<qint64> totalMs;
    int failedTasks = 0; // background requests the server refused or did not finish
    End end = End::Completed;
    ApiError error;

    int rounds() const { return static_cast<int>(firstWordMs.size()); }
    // The medians over the messages answered; -1 when none was.
    qint64 medianFirstWordMs() const { return median(firstWordMs); }
    qint64 medianTotalMs() const { return median(totalMs); }

    static qint64 median(QList<qint64> values);
};

} // namespace tma
