// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/ConsoleDevice.h"

#include <QList>
#include <QMetaType>
#include <QString>

struct _virConnect; // NOLINT(bugprone-reserved-identifier): libvirt names its types so
struct _virDomain;  // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

/// A snapshot of one domain as the domain list shows it. Made on a worker thread from libvirt
/// calls, then handed to the GUI thread by value.
struct DomainInfo
{
    /// virDomainState's values, spelled out so that users of the model need not include libvirt.
    enum class State {
        NoState = 0,
        Running = 1,
        Blocked = 2,
        Paused = 3,
        ShuttingDown = 4,
        ShutOff = 5,
        Crashed = 6,
        Suspended = 7, ///< pmsuspended
    };

    QString uuid; ///< the key: stable across renames and restarts
    QString name;
    int id = -1; ///< -1 when not running
    State state = State::NoState;
    int reason = 0; ///< the state's reason (virDomain*Reason), 0 when unknown
    bool persistent = true;
    /// The serial and console devices, from the domain's XML. Empty until consolesLoaded: a listing
    /// shows names and states first and reads the XML after (see DomainSummaries).
    ConsoleDeviceList consoles;
    bool consolesLoaded = false;

    bool isActive() const { return id >= 0 || state == State::Running || state == State::Paused; }
    /// "running", "paused", "shut off" … translated.
    static QString stateText(State state);
    /// A freedesktop icon name for the state ("media-playback-start" …), for the views.
    static QString stateIconName(State state);

    /// Reads one domain (name, UUID, state, id, persistence, consoles from its XML). Blocks: a
    /// few calls, each a round trip on a remote connection; call it off the GUI thread. Sets
    /// *gone when the domain no longer exists.
    static DomainInfo fetch(_virDomain *domain, bool *gone);
    /// Every domain with its consoles: DomainSummaries, then DomainConsoleLoader over all of them.
    /// Blocks likewise (2 round trips + one XML per domain, several in flight). *ok false when
    /// listing failed.
    static QList<DomainInfo> listAll(_virConnect *connection, bool *ok);

    friend bool operator==(const DomainInfo &, const DomainInfo &) = default;
};

using DomainInfoList = QList<DomainInfo>;

} // namespace vcv

Q_DECLARE_METATYPE(vcv::DomainInfo)
Q_DECLARE_METATYPE(vcv::DomainInfoList)
