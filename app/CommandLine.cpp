#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vcv {

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Serial console and boot log of libvirt guests, side by side."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption connectOption({u"c"_s, u"connect"_s},
        QCoreApplication::translate("CommandLine", "Connect to the libvirt URI <uri> (for example qemu:///system, qemu+ssh://root@host/system)."),
        u"uri"_s);
    parser.addOption(connectOption);

    parser.process(arguments); // --help, --version and unknown options exit here

    CommandLineOptions options;
    options.connectUri = parser.value(connectOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("CommandLine",
            "Too many arguments: give at most one domain (ID, UUID or name).")));
        return std::nullopt;
    }
    if (!positional.isEmpty())
        options.domain = positional.first();
    return options;
}

} // namespace vcv
