// bench-bare-wizard: the floor for the wizard's cold start and memory. A QWizard with one empty
// page from the same Qt, the same window size as the assistant and the same measurement hook
// (BenchProbe, "wizard-shown" at the first paint). Nothing else.
#include "BenchProbe.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.setWindowTitle(QStringLiteral("bare QWizard"));
    wizard.resize(820, 680); // the assistant's size
    tma::BenchProbe::markOnFirstPaint(&wizard, "wizard-shown");
    wizard.show();
    return app.exec();
}
