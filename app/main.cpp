// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "CliCommands.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "PaintAhead.h"
#include "SessionStore.h"
#include "Translations.h"

#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"
#include "virt/SshAskPass.h"
#include "widgets/LogSyntax.h"
#include "widgets/SshPrompter.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --help, --version and the command-line modes print and exit: they must work without a
// display (in scripts, over ssh), so they get a QCoreApplication, the window a QApplication.
// So do the options that belong to those modes alone: without their mode they are a usage error,
// which must be said, not lost to a missing display.
bool needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "--list", "--print-log", "--strip",
                                 "--raw", "--boot-report", "--json", "--boot"}) {
            const size_t length = std::strlen(flag);
            if (std::strncmp(argv[i], flag, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
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
    // The UI follows the system locale.
    vcv::installTranslations(app.get(), QLocale());

    const auto options = vcv::CommandLine::parse(QCoreApplication::arguments());
    if (!options)
        return 2;
    switch (options->mode) {
    case vcv::CommandLineOptions::Mode::List: return vcv::CliCommands::list(*options);
    case vcv::CommandLineOptions::Mode::PrintLog: return vcv::CliCommands::printLog(*options);
    case vcv::CommandLineOptions::Mode::BootReport: return vcv::CliCommands::bootReport(*options);
    case vcv::CommandLineOptions::Mode::Gui: break;
    }

    QApplication::setApplicationDisplayName(u"Virt Console Viewer"_s);
    QApplication::setDesktopFileName(u"org.virt_console_viewer.VirtConsoleViewer"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/virt-console-viewer.svg"_s));
    // The highlighting definitions load in the background while the window comes up.
    vcv::LogSyntax::preload();
    // libvirt's events run on Qt's loop; this must precede the first connection.
    vcv::EventLoop::ensureRegistered();
    // ssh's questions for qemu+ssh:// (passphrase, password, host key) are asked in the window.
    // Before the first connection: it sets SSH_ASKPASS for the ssh that libvirt starts.
    vcv::SshAskPassService askPass;
    QString askPassError;
    if (!askPass.install(vcv::SshAskPassService::findHelper(), &askPassError))
        qWarning("virt-console-viewer: ssh will ask on the terminal, if any: %s", qPrintable(askPassError));

    // The connections start opening before the window is built, not after. libvirt starts the
    // ssh under each qemu+ssh:// connection with fork(), and a fork write-protects the process's
    // pages for copy-on-write: with ten such connections the forks fell into the window's first
    // paints, and half of the GUI thread's time in its first 80 ms went to those faults
    // (docs/benchmarks.md, "Responsiveness"). Started here, the forks come while the process is
    // smaller and has no window to answer for.
    auto *domains = new vcv::DomainListModel;
    domains->setConnectionUris(options->connectUri.isEmpty() ? vcv::SessionStore::connectionsToOpen()
                                                             : QStringList{options->connectUri});
    vcv::MainWindow window(domains);
    new vcv::SshPrompter(&askPass, &window);
    if (options->connectUri.isEmpty()) {
        window.restoreSession();
    } else {
        window.addConnection(options->connectUri);
    }
    if (options->reconnect)
        window.setAutoReattach(true);
    if (!options->domain.isEmpty()) {
        const QString uri = options->connectUri.isEmpty() ? u"qemu:///system"_s : options->connectUri;
        window.addConnection(uri);
        window.openWhenAvailable(uri, options->domain, options->consoleAlias, options->startPaused, options->wait);
    }
    // The window paints once into its own backing store before it maps, so that its first frame on
    // screen only paints (PaintAhead.h; docs/benchmarks.md, "the first paint ahead" and "the
    // backing store ahead").
    vcv::paintAhead(&window);
    window.show();
    return QApplication::exec();
}
