#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --help, --version and the command-line modes print and exit: they must work without a
// display (in scripts, over ssh), so they get a QCoreApplication, the window a QApplication.
bool needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "--list", "--print-log"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"virt-console-viewer"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VCV_VERSION));
    QCoreApplication::setOrganizationName(u"virt-console-viewer"_s);

    const auto options = vcv::CommandLine::parse(QCoreApplication::arguments());
    if (!options)
        return 2;

    QApplication::setApplicationDisplayName(u"Virt Console Viewer"_s);
    QApplication::setDesktopFileName(u"org.virt_console_viewer.VirtConsoleViewer"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/virt-console-viewer.svg"_s));
    vcv::MainWindow window;
    window.show();
    return QApplication::exec();
}
