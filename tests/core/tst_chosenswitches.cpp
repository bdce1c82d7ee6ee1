// A preset carries only the switches the user decided: the ones changed from the server's state,
// or, for the quiet preset, all of them (they start as its own defaults).
#include "ChosenSwitches.h"

#include <QTest>

using namespace tma;

class TestChosenSwitches : public QObject
{
    Q_OBJECT

private:
    static TaskConfig server()
    {
        QJsonObject json;
        for (Automation automation : Automations::all())
            json.insert(Automations::configKey(automation), true);
        json.insert(Automations::configKey(Automation::FollowUps), false);
        return TaskConfig(json);
    }

    static QMap<Automation, bool> shownAsServer()
    {
        QMap<Automation, bool> shown;
        const TaskConfig config = server();
        for (Automation automation : Automations::all())
            shown.insert(automation, config.isEnabled(automation));
        return shown;
    }

private Q_SLOTS:
    void untouchedSwitchesAreNotCarried()
    {
        QVERIFY(ChosenSwitches::of(Preset::Kind::Local, shownAsServer(), server()).isEmpty());
        QVERIFY(ChosenSwitches::of(Preset::Kind::Hosted, shownAsServer(), server()).isEmpty());
    }

    void changedSwitchesAreCarried()
    {
        QMap<Automation, bool> shown = shownAsServer();
        shown[Automation::Tags] = false;
        shown[Automation::FollowUps] = true;
        const QMap<Automation, bool> chosen = ChosenSwitches::of(Preset::Kind::Local, shown, server());
        const QMap<Automation, bool> expected{{Automation::Tags, false}, {Automation::FollowUps, true}};
        QCOMPARE(chosen, expected);
    }

    void quietCarriesAllItShows()
    {
        const QMap<Automation, bool> quiet = Preset::quiet().automations;
        QCOMPARE(ChosenSwitches::of(Preset::Kind::Quiet, quiet, server()), quiet);
    }
};

QTEST_GUILESS_MAIN(TestChosenSwitches)
#include "tst_chosenswitches.moc"
