// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QThread>
#include <QThreadPool>

#include <chrono>
#include <future>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
using RepositoryPtr = std::shared_ptr<KSyntaxHighlighting::Repository>;

/// What preload() is loading; its result, once taken, lives in repositoryHolder().
std::shared_future<RepositoryPtr> &preloading()
{
    static std::shared_future<RepositoryPtr> future;
    return future;
}

/// The repository in use. Destroyed after main() returns, as a function-local static.
RepositoryPtr &repositoryHolder()
{
    static RepositoryPtr repository;
    return repository;
}
} // namespace

void LogSyntax::preload()
{
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    if (repositoryHolder() || preloading().valid())
        return;
    // The palette the first log pane will ask a theme for. The repository's first
    // themeForPalette() costs 6–9 ms here, its later ones microseconds: that first one is done
    // below, off the GUI thread, where it would otherwise hold up the first console tab.
    std::optional<QPalette> palette;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        palette = QGuiApplication::palette();
    // At the GUI thread's priority, unlike other background work: the first log pane waits for it.
    auto task = std::make_shared<std::packaged_task<RepositoryPtr()>>([gui = QThread::currentThread(), palette] {
        auto repository = std::make_shared<KSyntaxHighlighting::Repository>();
        // A definition's rules are read on first use: read ours now, off the GUI thread too.
        repository->definitionForName(bootLogDefinitionName()).foldingEnabled();
        if (palette)
            repository->themeForPalette(*palette);
        repository->moveToThread(gui); // only from the thread it lives in; the GUI thread owns it from here
        return repository;
    });
    preloading() = task->get_future().share();
    // The global pool: the application waits for it at exit, so a load still running then ends first.
    QThreadPool::globalInstance()->start([task] { (*task)(); });
}

bool LogSyntax::isPreloaded()
{
    const auto &future = preloading();
    return future.valid() && future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

KSyntaxHighlighting::Repository &LogSyntax::repository()
{
    RepositoryPtr &repository = repositoryHolder();
    if (!repository) {
        if (preloading().valid())
            repository = preloading().get(); // waits only if a pane opened before the load ended
        else
            repository = std::make_shared<KSyntaxHighlighting::Repository>();
    }
    return *repository;
}

QString LogSyntax::bootLogDefinitionName()
{
    return u"Boot Log"_s;
}

KSyntaxHighlighting::Definition LogSyntax::bootLogDefinition()
{
    return repository().definitionForName(bootLogDefinitionName());
}

KSyntaxHighlighting::Theme LogSyntax::themeForPalette(const QPalette &palette)
{
    return repository().themeForPalette(palette);
}

KSyntaxHighlighting::Theme LogSyntax::themeByName(const QString &name)
{
    const auto themes = repository().themes();
    for (const auto &theme : themes) {
        if (theme.name() == name)
            return theme;
    }
    return {};
}

QStringList LogSyntax::themeNames()
{
    QStringList names;
    const auto themes = repository().themes();
    names.reserve(themes.size());
    for (const auto &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace vcv
