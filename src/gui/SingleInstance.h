#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace tma {

// One running assistant per user: the first instance listens on a local socket; a later launch
// passes its arguments to it and exits, and the first one shows itself.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& name = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first; false when another one was told to show itself.
    bool claim(const QStringList& arguments);

Q_SIGNALS:
    void activated(const QStringList& arguments);

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace tma
