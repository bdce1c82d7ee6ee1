// The tray's "Save current settings as preset…" question: it opens without a nested event loop
// (ask() returns while the dialog is still open), Save stays off for a blank name, and the name
// arrives trimmed through the callback.
#include "PresetNameDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using tma::PresetNameDialog;

namespace {

QInputDialog* openDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("presetNameDialog") && widget->isVisible())
            return qobject_cast<QInputDialog*>(widget);
    }
    return nullptr;
}

} // namespace

class TestPresetNameDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesTheTrimmedName()
    {
        QObject context;
        QStringList names;
        PresetNameDialog::ask(nullptr, &context, [&names](const QString& name) { names << name; });
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()) != nullptr); // ask() has returned; the dialog is open
        QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(save);
        QCOMPARE(save->text(), QStringLiteral("Save"));
        QVERIFY(!save->isEnabled());
        auto* edit = dialog->findChild<QLineEdit*>();
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("Evening  "));
        QVERIFY(save->isEnabled());
        QVERIFY(names.isEmpty());
        save->click();
        QCOMPARE(names, QStringList{QStringLiteral("Evening")});
        QTRY_VERIFY(!openDialog());
    }

    void cancelSavesNothing()
    {
        QObject context;
        QStringList names;
        PresetNameDialog::ask(nullptr, &context, [&names](const QString& name) { names << name; });
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("Evening"));
        dialog->reject();
        QTRY_VERIFY(!openDialog());
        QVERIFY(names.isEmpty());
    }
};

QTEST_MAIN(TestPresetNameDialog)
#include "tst_presetnamedialog.moc"
