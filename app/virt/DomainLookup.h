#pragma once

#include <QString>

struct _virConnect;
struct _virDomain;

namespace vcv {

/// Finds a domain from what a user typed, in virt-viewer's order: as a domain ID, then as a
/// UUID, then as a name. Blocking libvirt calls on the calling thread.
class DomainLookup {
public:
    /// A new reference to the domain (release it with virDomainFree), or nullptr with *error set.
    static _virDomain *find(_virConnect *connection, const QString &idUuidOrName, QString *error = nullptr);
};

} // namespace vcv
