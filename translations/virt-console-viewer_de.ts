<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>vcv::ActionRegistry</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Boot-Protokoll</translation>
    </message>
</context>
<context>
    <name>vcv::AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM-Benutzersitzung</translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation>LXC (Linux-Container)</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Test driver (test:///default)</source>
        <translation>Testtreiber (test:///default)</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hypervisor:</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted, SASL)</source>
        <translation>TCP (unverschlüsselt, SASL)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>default: your login name</source>
        <translation>Standard: der eigene Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>ssh&apos;s default keys</source>
        <translation>Standardschlüssel von ssh</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
</context>
<context>
    <name>vcv::BootComparison</name>
    <message>
        <source>firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>bootloader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <source>kernel start</source>
        <translation>Kernel-Start</translation>
    </message>
    <message>
        <source>init started</source>
        <translation>Init gestartet</translation>
    </message>
    <message>
        <source>root mounted</source>
        <translation>Root eingehängt</translation>
    </message>
    <message>
        <source>systemd start</source>
        <translation>systemd-Start</translation>
    </message>
    <message>
        <source>startup finished</source>
        <translation>Start abgeschlossen</translation>
    </message>
    <message>
        <source>login prompt</source>
        <translation>Anmeldeaufforderung</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Neither boot %1 nor boot %2 has milestones with times to compare.</source>
        <translation>Weder Boot %1 noch Boot %2 hat Meilensteine mit Zeiten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Boot %1 has no milestones with times to compare.</source>
        <translation>Boot %1 hat keine Meilensteine mit Zeiten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Boots %1 and %2 have no step in common to compare.</source>
        <translation>Boot %1 und Boot %2 haben keinen gemeinsamen Schritt zum Vergleichen.</translation>
    </message>
    <message>
        <source>Boot %1 ended at %2 after %3, boot %4 at %5 after %6.</source>
        <translation>Boot %1 endete bei %2 nach %3, Boot %4 bei %5 nach %6.</translation>
    </message>
    <message>
        <source>The largest difference in a shared step: %1.</source>
        <translation>Der größte Unterschied in einem gemeinsamen Schritt: %1.</translation>
    </message>
    <message>
        <source>Boot %1 took as long as boot %2 (%3).</source>
        <translation>Boot %1 dauerte so lange wie Boot %2 (%3).</translation>
    </message>
    <message>
        <source>The largest difference: %1.</source>
        <translation>Der größte Unterschied: %1.</translation>
    </message>
    <message>
        <source>Boot %1 took %2 longer than boot %3</source>
        <translation>Boot %1 dauerte %2 länger als Boot %3</translation>
    </message>
    <message>
        <source>Boot %1 took %2 less than boot %3</source>
        <translation>Boot %1 dauerte %2 weniger als Boot %3</translation>
    </message>
    <message>
        <source>, most of it in %1.</source>
        <translation>, das meiste davon in %1.</translation>
    </message>
    <message>
        <source>; the largest difference is in %1.</source>
        <translation>; der größte Unterschied liegt in %1.</translation>
    </message>
</context>
<context>
    <name>vcv::BootListModel</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Boot %1 · %2 · %3</source>
        <translation>Boot %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Boot %1 · %2</source>
        <translation>Boot %1 · %2</translation>
    </message>
    <message>
        <source>log restarted</source>
        <translation>Protokoll neu begonnen</translation>
    </message>
    <message>
        <source>Starts at line %1, seen at %2
%3</source>
        <translation>Beginnt in Zeile %1, erfasst am %2
%3</translation>
    </message>
    <message>
        <source>Starts at line %1
%2</source>
        <translation>Beginnt in Zeile %1
%2</translation>
    </message>
    <message>
        <source>The guest was reset while the line before was being written: this boot began inside it.</source>
        <translation>Der Gast wurde zurückgesetzt, während die Zeile davor geschrieben wurde: dieser Boot begann mitten in ihr.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n Problem</numerusform>
            <numerusform>⚠ %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vcv::BootListView</name>
    <message>
        <source>This boot only</source>
        <translation>Nur dieser Boot-Vorgang</translation>
    </message>
    <message>
        <source>Boots</source>
        <translation>Boot-Vorgänge</translation>
    </message>
    <message>
        <source>Show only the lines of the selected boot</source>
        <translation>Nur die Zeilen des ausgewählten Boot-Vorgangs anzeigen</translation>
    </message>
</context>
<context>
    <name>vcv::BootNotifications</name>
    <message numerus="yes">
        <source>Nothing on the console for %n second(s) while booting. Last line: %1</source>
        <translation>
            <numerusform>%n Sekunde lang nichts auf der Konsole während des Starts. Letzte Zeile: %1</numerusform>
            <numerusform>%n Sekunden lang nichts auf der Konsole während des Starts. Letzte Zeile: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: kernel panic</source>
        <translation>%1: Kernel-Panic</translation>
    </message>
    <message>
        <source>%1: kernel Oops</source>
        <translation>%1: Kernel-Oops</translation>
    </message>
    <message>
        <source>%1: emergency mode</source>
        <translation>%1: Notfallmodus</translation>
    </message>
    <message>
        <source>%1: boot problem</source>
        <translation>%1: Startproblem</translation>
    </message>
    <message>
        <source>%1: boot stalled</source>
        <translation>%1: Start hängt</translation>
    </message>
</context>
<context>
    <name>vcv::BootReport</name>
    <message>
        <source>Boot %1, lines %2–%3</source>
        <translation>Start %1, Zeilen %2–%3</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
</context>
<context>
    <name>vcv::BootTimelineChart</name>
    <message>
        <source>Boot timeline</source>
        <translation>Boot-Zeitleiste</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
    <message>
        <source>Line %1: click to go there</source>
        <translation>Zeile %1: klicken, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>Timed by when the lines arrived (no clock on them)</source>
        <translation>Nach der Ankunft der Zeilen gemessen (sie tragen keine Uhrzeit)</translation>
    </message>
</context>
<context>
    <name>vcv::BootTimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Go to the first problem of this boot</source>
        <translation>Zum ersten Problem dieses Boot-Vorgangs gehen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Reading the boots of this log…</source>
        <translation>Die Boot-Vorgänge dieses Protokolls werden gelesen…</translation>
    </message>
    <message>
        <source>No milestones in this boot</source>
        <translation>Keine Meilensteine in diesem Boot-Vorgang</translation>
    </message>
    <message>
        <source>Boot %1: no milestones with a clock</source>
        <translation>Boot %1: keine Meilensteine mit Zeitangabe</translation>
    </message>
    <message>
        <source>Boot %1: %2 to %3</source>
        <translation>Boot %1: %2 bis %3</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiteres)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest: %1</source>
        <translation>Am langsamsten: %1</translation>
    </message>
    <message>
        <source>Without a clock, not on the chart: %1</source>
        <translation>Ohne Zeitangabe, nicht im Diagramm: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keinem</translation>
    </message>
    <message>
        <source>Boot %1</source>
        <translation>Boot %1</translation>
    </message>
    <message>
        <source>%1 only in boot %2</source>
        <translation>%1 nur in Boot %2</translation>
    </message>
    <message>
        <source>%1 only in this boot</source>
        <translation>%1 nur in diesem Boot-Vorgang</translation>
    </message>
    <message>
        <source>By step: %1</source>
        <translation>Je Schritt: %1</translation>
    </message>
</context>
<context>
    <name>vcv::CliCommands</name>
    <message>
        <source>The domain &quot;%1&quot; has no console device.</source>
        <translation>Die Domain „%1“ hat kein Konsolengerät.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no console &quot;%2&quot;.</source>
        <translation>Die Domain „%1“ hat keine Konsole „%2“.</translation>
    </message>
    <message>
        <source>The console %1 of &quot;%2&quot; has no log. Enable it with &lt;log file=&apos;/var/log/libvirt/qemu/%2-%1.log&apos; append=&apos;on&apos;/&gt; in its &lt;serial&gt; or &lt;console&gt; element (virsh edit), or with &quot;Enable console logging&quot; in the window.</source>
        <translation>Die Konsole %1 von „%2“ hat kein Protokoll. Es lässt sich mit &lt;log file=&apos;/var/log/libvirt/qemu/%2-%1.log&apos; append=&apos;on&apos;/&gt; in ihrem &lt;serial&gt;- oder &lt;console&gt;-Element (virsh edit) aktivieren oder im Fenster mit „Konsolenprotokollierung aktivieren“.</translation>
    </message>
    <message>
        <source>The domain&apos;s XML cannot be read.</source>
        <translation>Das XML der Domain kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The log %1 is on the host %2, and logs of remote hosts are read over ssh: connect with qemu+ssh://, or run virt-console-viewer --print-log on that host.</source>
        <translation>Das Protokoll %1 liegt auf dem Host %2, und Protokolle entfernter Hosts werden über ssh gelesen: mit qemu+ssh:// verbinden oder virt-console-viewer --print-log auf diesem Host ausführen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The log %1 is empty: it has no boot.</source>
        <translation>Das Protokoll %1 ist leer: Es enthält keinen Start.</translation>
    </message>
    <message numerus="yes">
        <source>The log has %n boot(s); there is no boot %1.</source>
        <translation>
            <numerusform>Das Protokoll enthält %n Start; einen Start %1 gibt es nicht.</numerusform>
            <numerusform>Das Protokoll enthält %n Starts; einen Start %1 gibt es nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log %1 is readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed.</source>
        <translation>Das Protokoll %1 ist nur für root lesbar, und virt-console-viewer-logread, das es mit Administratorrechten liest, ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>vcv::CommandLine</name>
    <message>
        <source>The domain to open: its ID, UUID or name.</source>
        <translation>Die zu öffnende Domain: ihre ID, UUID oder ihr Name.</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI &lt;uri&gt; (for example qemu:///system, qemu+ssh://root@host/system).</source>
        <translation>Mit der libvirt-URI &lt;uri&gt; verbinden (zum Beispiel qemu:///system, qemu+ssh://root@host/system).</translation>
    </message>
    <message>
        <source>Wait for the domain to exist and start instead of failing.</source>
        <translation>Warten, bis die Domain existiert und startet, statt mit einem Fehler abzubrechen.</translation>
    </message>
    <message>
        <source>The console device to open, by alias (serial0, serial1, console0, …); default: the first console.</source>
        <translation>Das zu öffnende Konsolengerät, angegeben per Alias (serial0, serial1, console0, …); Standard: die erste Konsole.</translation>
    </message>
    <message>
        <source>Start the stopped domain paused, attach to its console, then resume it: no boot byte is lost.</source>
        <translation>Die gestoppte Domain pausiert starten, mit ihrer Konsole verbinden und sie dann fortsetzen: So geht kein Byte des Boot-Vorgangs verloren.</translation>
    </message>
    <message>
        <source>Print the domains of the connection with their consoles and log files, then exit.</source>
        <translation>Die Domains der Verbindung mit ihren Konsolen und Protokolldateien ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one domain (ID, UUID or name).</source>
        <translation>Zu viele Argumente: höchstens eine Domain angeben (ID, UUID oder Name).</translation>
    </message>
    <message>
        <source>--list and --print-log exclude each other.</source>
        <translation>--list und --print-log schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--list takes no domain.</source>
        <translation>--list akzeptiert keine Domain.</translation>
    </message>
    <message>
        <source>--print-log needs a domain (ID, UUID or name).</source>
        <translation>--print-log benötigt eine Domain (ID, UUID oder Name).</translation>
    </message>
    <message>
        <source>Attach the console again when the domain runs again after stopping (the default, unless turned off in the Console menu).</source>
        <translation>Die Konsole erneut verbinden, wenn die Domain nach einem Stopp wieder läuft (Standard, sofern nicht im Menü „Konsole“ ausgeschaltet).</translation>
    </message>
    <message>
        <source>Serial console and boot log of libvirt guests, side by side.</source>
        <translation>Serielle Konsole und Boot-Protokoll von libvirt-Gästen, nebeneinander.</translation>
    </message>
    <message>
        <source>Write the whole log of the domain&apos;s console to standard output, rotations stitched in order, byte for byte, then exit (for qemu+ssh:// read on the host over ssh).</source>
        <translation>Das ganze Protokoll der Konsole der Domain auf die Standardausgabe schreiben, Rotationen der Reihe nach zusammengefügt, Byte für Byte, dann beenden (bei qemu+ssh:// auf dem Host über ssh gelesen).</translation>
    </message>
    <message>
        <source>With --print-log: plain text without escape sequences (the default when standard output is a terminal).</source>
        <translation>Mit --print-log: reiner Text ohne Escape-Sequenzen (die Voreinstellung, wenn die Standardausgabe ein Terminal ist).</translation>
    </message>
    <message>
        <source>With --print-log: the log&apos;s bytes as they are, escape sequences included, also to a terminal.</source>
        <translation>Mit --print-log: die Bytes des Protokolls unverändert, mit Escape-Sequenzen, auch auf ein Terminal.</translation>
    </message>
    <message>
        <source>--strip and --raw go with --print-log.</source>
        <translation>--strip und --raw sind nur zusammen mit --print-log möglich.</translation>
    </message>
    <message>
        <source>--strip and --raw exclude each other.</source>
        <translation>--strip und --raw schließen einander aus.</translation>
    </message>
    <message>
        <source>Print each boot&apos;s milestones and problems (kernel panic, oops, failed units, emergency mode …) from the domain&apos;s console log, then exit: status 0 when the boot has no problem, 3 when it has.</source>
        <translation>Die Meilensteine und Probleme jedes Starts (Kernel-Panik, Oops, fehlgeschlagene Units, Notfallmodus …) aus dem Konsolenprotokoll der Domäne ausgeben und beenden: Status 0, wenn der Start keine Probleme hat, 3, wenn er welche hat.</translation>
    </message>
    <message>
        <source>With --boot-report: JSON instead of text.</source>
        <translation>Mit --boot-report: JSON statt Text.</translation>
    </message>
    <message>
        <source>With --boot-report: the boot to report, 1 being the oldest in the log, or &quot;all&quot;; default: the last one.</source>
        <translation>Mit --boot-report: der zu berichtende Start, 1 ist der älteste im Protokoll, oder „all“; Vorgabe: der letzte.</translation>
    </message>
    <message>
        <source>--boot-report excludes --list and --print-log.</source>
        <translation>--boot-report schließt --list und --print-log aus.</translation>
    </message>
    <message>
        <source>--boot takes a boot&apos;s number (1 is the oldest) or &quot;all&quot;, not &quot;%1&quot;.</source>
        <translation>--boot erwartet die Nummer eines Starts (1 ist der älteste) oder „all“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--json and --boot go with --boot-report.</source>
        <translation>--json und --boot gehören zu --boot-report.</translation>
    </message>
    <message>
        <source>--boot-report needs a domain (ID, UUID or name).</source>
        <translation>--boot-report braucht eine Domäne (ID, UUID oder Name).</translation>
    </message>
    <message>
        <source>--%1 goes with the window, not with --list, --print-log or --boot-report.</source>
        <translation>--%1 gilt für das Fenster, nicht für --list, --print-log oder --boot-report.</translation>
    </message>
    <message>
        <source>--%1 needs a domain (ID, UUID or name).</source>
        <translation>--%1 benötigt eine Domain (ID, UUID oder Name).</translation>
    </message>
</context>
<context>
    <name>vcv::Connection</name>
    <message>
        <source>libvirt reported no reason.</source>
        <translation>libvirt hat keinen Grund angegeben.</translation>
    </message>
</context>
<context>
    <name>vcv::ConnectionError</name>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The libvirt daemon is not running</source>
        <translation>Der libvirt-Daemon läuft nicht</translation>
    </message>
    <message>
        <source>Unsupported URI</source>
        <translation>Nicht unterstützte URI</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The URI is empty.</source>
        <translation>Die URI ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI.</source>
        <translation>„%1“ ist keine URI.</translation>
    </message>
    <message>
        <source>libvirt has no driver named &quot;%1&quot;.</source>
        <translation>libvirt hat keinen Treiber namens „%1“.</translation>
    </message>
    <message>
        <source>libvirt reported no reason.</source>
        <translation>libvirt hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The daemon closed the connection.</source>
        <translation>Der Daemon hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The host stopped answering keepalive messages.</source>
        <translation>Der Host antwortet nicht mehr auf Keepalive-Nachrichten.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>An error broke the connection.</source>
        <translation>Ein Fehler hat die Verbindung unterbrochen.</translation>
    </message>
    <message>
        <source>Check the host name in the URI; it must resolve on this machine (DNS or /etc/hosts).</source>
        <translation>Den Hostnamen in der URI prüfen; er muss sich auf diesem Rechner auflösen lassen (DNS oder /etc/hosts).</translation>
    </message>
    <message>
        <source>Check the user name and the password or passphrase. For qemu+ssh:// make sure the ssh key is accepted by the host (ssh-copy-id) or loaded in your agent (ssh-add).</source>
        <translation>Benutzernamen und Passwort bzw. Passphrase prüfen. Bei qemu+ssh:// sicherstellen, dass der Host den ssh-Schlüssel akzeptiert (ssh-copy-id) oder dass der Schlüssel im Agenten geladen ist (ssh-add).</translation>
    </message>
    <message>
        <source>Your user may not use the daemon&apos;s socket: add it to the &quot;libvirt&quot; group and log in again, or connect to qemu:///session instead.</source>
        <translation>Der Benutzer darf den Socket des Daemons nicht verwenden: ihn zur Gruppe „libvirt“ hinzufügen und neu anmelden, oder stattdessen mit qemu:///session verbinden.</translation>
    </message>
    <message>
        <source>Start the libvirt daemon on that host (systemctl start libvirtd, or virtqemud for the modular daemons); for qemu+tcp:// or qemu+tls:// it must also listen on that port.</source>
        <translation>Den libvirt-Daemon auf diesem Host starten (systemctl start libvirtd, bzw. virtqemud bei den modularen Daemons); für qemu+tcp:// oder qemu+tls:// muss er außerdem auf diesem Port lauschen.</translation>
    </message>
    <message>
        <source>Check the URI, for example qemu:///system, qemu+ssh://user@host/system or test:///default; the hypervisor driver must be installed on the host.</source>
        <translation>Die URI prüfen, zum Beispiel qemu:///system, qemu+ssh://user@host/system oder test:///default; der Hypervisor-Treiber muss auf dem Host installiert sein.</translation>
    </message>
    <message>
        <source>The connection will be retried automatically; check that the daemon is running and the host is reachable.</source>
        <translation>Die Verbindung wird automatisch erneut versucht; prüfen, ob der Daemon läuft und der Host erreichbar ist.</translation>
    </message>
    <message>
        <source>See the message above; the daemon&apos;s log on the host may say more.</source>
        <translation>Siehe die Meldung oben; das Protokoll des Daemons auf dem Host enthält eventuell weitere Details.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleLogConfig</name>
    <message>
        <source>Logging can be enabled for serial and console devices only, not for &quot;%1&quot;.</source>
        <translation>Die Protokollierung lässt sich nur für serielle Geräte und Konsolengeräte aktivieren, nicht für „%1“.</translation>
    </message>
    <message>
        <source>The domain XML cannot be read: %1</source>
        <translation>Das Domain-XML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The domain has no device &quot;%1&quot;.</source>
        <translation>Die Domain hat kein Gerät „%1“.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; has a log already.</source>
        <translation>Das Gerät „%1“ hat bereits ein Protokoll.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleLogLocator</name>
    <message>
        <source>the domain&apos;s definition has no such console.</source>
        <translation>die Definition der Domäne hat keine solche Konsole.</translation>
    </message>
    <message>
        <source>This connection&apos;s driver keeps no QEMU log.</source>
        <translation>Der Treiber dieser Verbindung führt kein QEMU-Protokoll.</translation>
    </message>
    <message>
        <source>The domain&apos;s definition cannot be read: %1</source>
        <translation>Die Definition der Domain kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The domain has no console device &quot;%1&quot;.</source>
        <translation>Die Domain hat kein Konsolengerät „%1“.</translation>
    </message>
    <message>
        <source>The console %1 has no log, so there is no boot history to show.

virtlogd can keep one for it: this adds &lt;log file=&apos;%2&apos; append=&apos;on&apos;/&gt; to the device in the domain&apos;s persistent definition. It takes effect the next time the domain starts.</source>
        <translation>Die Konsole %1 hat kein Protokoll, daher lässt sich kein Boot-Verlauf anzeigen.

virtlogd kann eines für sie führen: Dazu wird dem Gerät in der persistenten Definition der Domain &lt;log file=&apos;%2&apos; append=&apos;on&apos;/&gt; hinzugefügt. Das wird beim nächsten Start der Domain wirksam.</translation>
    </message>
    <message>
        <source>The log of this console is %1 on the host %2, and logs of remote hosts are read over ssh: connect with qemu+ssh://, or run virt-console-viewer --print-log on that host.</source>
        <translation>Das Protokoll dieser Konsole ist %1 auf dem Host %2, und Protokolle entfernter Hosts werden über ssh gelesen: mit qemu+ssh:// verbinden oder virt-console-viewer --print-log auf diesem Host ausführen.</translation>
    </message>
    <message>
        <source>The folder %1 for the local copy of the log cannot be created.</source>
        <translation>Der Ordner %1 für die lokale Kopie des Protokolls kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Console logging cannot be enabled: %1</source>
        <translation>Die Konsolenprotokollierung kann nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>Console logging is enabled in the domain&apos;s definition. The log starts with the next start of the domain.</source>
        <translation>Die Konsolenprotokollierung ist in der Definition der Domain aktiviert. Das Protokoll beginnt mit dem nächsten Start der Domain.</translation>
    </message>
    <message>
        <source>Console logging enabled for %1; it applies from the next start.</source>
        <translation>Konsolenprotokollierung für %1 aktiviert; sie gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The log %1 is readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed.</source>
        <translation>Das Protokoll %1 ist nur für root lesbar, und virt-console-viewer-logread, das es mit Administratorrechten liest, ist nicht installiert.</translation>
    </message>
    <message>
        <source>The domain has no console device.</source>
        <translation>Die Domain hat kein Konsolengerät.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleSplitView</name>
    <message>
        <source>Enable console logging</source>
        <translation>Konsolenprotokollierung aktivieren</translation>
    </message>
    <message>
        <source>Adds a virtlogd log to this console in the domain&apos;s persistent definition. It takes effect the next time the domain starts.</source>
        <translation>Fügt dieser Konsole in der persistenten Definition der Domain ein virtlogd-Protokoll hinzu. Das wird beim nächsten Start der Domain wirksam.</translation>
    </message>
    <message>
        <source> — Boot log</source>
        <translation> — Boot-Protokoll</translation>
    </message>
    <message>
        <source>Restart %1 Paused?</source>
        <translation>%1 pausiert neu starten?</translation>
    </message>
    <message>
        <source>%1 is running. Force it off and start it paused so the next boot is shown from its first line?</source>
        <translation>%1 läuft. Zwangsweise ausschalten und pausiert starten, damit der nächste Boot-Vorgang ab seiner ersten Zeile zu sehen ist?</translation>
    </message>
    <message>
        <source>Forcing off is like pulling the plug: what the guest has not written to its disks is lost, and its file systems may need a check.</source>
        <translation>Zwangsweises Ausschalten ist wie Stecker ziehen: Was der Gast nicht auf seine Platten geschrieben hat, geht verloren, und seine Dateisysteme müssen eventuell geprüft werden.</translation>
    </message>
    <message>
        <source>Force Off and Restart Paused</source>
        <translation>Ausschalten und pausiert neu starten</translation>
    </message>
    <message>
        <source>Read as Administrator…</source>
        <translation>Als Administrator lesen…</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Reads the log through virt-console-viewer-logread, run with administrator rights by pkexec. It reads only this console&apos;s log.</source>
        <translation>Liest das Protokoll mit virt-console-viewer-logread, das pkexec mit Administratorrechten ausführt. Es liest nur das Protokoll dieser Konsole.</translation>
    </message>
    <message>
        <source>Read logs that only root may read this way from now on without asking. Settings can turn it off again.</source>
        <translation>Protokolle, die nur root lesen darf, ab jetzt ohne Nachfrage so lesen. In den Einstellungen lässt sich das wieder abschalten.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleStream</name>
    <message>
        <source>The guest is not running.</source>
        <translation>Der Gast läuft nicht.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist.</source>
        <translation>Die Domain %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon is lost.</source>
        <translation>Die Verbindung zum libvirt-Daemon ist unterbrochen.</translation>
    </message>
    <message>
        <source>The guest is not running; the console opens when it starts.</source>
        <translation>Der Gast läuft nicht; die Konsole wird geöffnet, sobald er startet.</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>Verbindung zur Konsole wird hergestellt…</translation>
    </message>
    <message>
        <source>The guest stopped.</source>
        <translation>Der Gast wurde gestoppt.</translation>
    </message>
    <message>
        <source>Another client is attached to this console (%1). Take it over to disconnect it.</source>
        <translation>Ein anderer Client ist mit dieser Konsole verbunden (%1). Durch Übernehmen wird er getrennt.</translation>
    </message>
    <message>
        <source>Cannot open the console: %1</source>
        <translation>Konsole kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot watch the console stream (is the event loop registered?): %1</source>
        <translation>Der Konsolen-Stream kann nicht überwacht werden (ist die Ereignisschleife registriert?): %1</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon was lost.</source>
        <translation>Die Verbindung zum libvirt-Daemon wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The guest stopped; the console reopens when it runs again.</source>
        <translation>Der Gast wurde gestoppt; die Konsole wird wieder geöffnet, sobald er erneut läuft.</translation>
    </message>
    <message>
        <source>The host closed the console; another client may have taken it over.</source>
        <translation>Der Host hat die Konsole geschlossen; möglicherweise hat ein anderer Client sie übernommen.</translation>
    </message>
    <message>
        <source>The domain is already running; stop it first.</source>
        <translation>Die Domain läuft bereits; sie muss zuerst gestoppt werden.</translation>
    </message>
    <message>
        <source>Cannot start the domain paused: %1</source>
        <translation>Die Domain kann nicht pausiert gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot resume the domain: %1</source>
        <translation>Die Domain kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Cannot send Ctrl+Alt+Del: %1</source>
        <translation>Ctrl+Alt+Del kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not a SysRq command.</source>
        <translation>„%1“ ist kein SysRq-Befehl.</translation>
    </message>
    <message>
        <source>Cannot send SysRq %1: %2</source>
        <translation>SysRq %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>This connection&apos;s driver (%1) cannot open consoles.</source>
        <translation>Der Treiber dieser Verbindung (%1) kann keine Konsolen öffnen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon is gone.</source>
        <translation>Die Verbindung zum libvirt-Dienst besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot start the domain paused: not connected.</source>
        <translation>Die Domäne kann nicht angehalten gestartet werden: keine Verbindung.</translation>
    </message>
    <message>
        <source>Starting the domain paused…</source>
        <translation>Die Domäne wird angehalten gestartet…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The console stream refused the bytes.</source>
        <translation>Der Konsolen-Stream hat die Bytes nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleTab</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Console attached</source>
        <translation>Konsole verbunden</translation>
    </message>
    <message>
        <source>Console connecting</source>
        <translation>Konsole wird verbunden</translation>
    </message>
    <message>
        <source>Console in use by another client</source>
        <translation>Konsole wird von einem anderen Client verwendet</translation>
    </message>
    <message>
        <source>Waiting for the guest to run</source>
        <translation>Warten auf den Start des Gasts</translation>
    </message>
    <message>
        <source>Console closed</source>
        <translation>Konsole geschlossen</translation>
    </message>
    <message>
        <source>following</source>
        <translation>Folgen aktiv</translation>
    </message>
    <message>
        <source>not following</source>
        <translation>Folgen inaktiv</translation>
    </message>
    <message>
        <source>QEMU log</source>
        <translation>QEMU-Protokoll</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Konsolenprotokoll</translation>
    </message>
    <message>
        <source>Reading the log</source>
        <translation>Protokoll wird gelesen</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Log of %1 was wiped; earlier text archived to %2</source>
        <translation>Das Protokoll von %1 wurde gelöscht; der frühere Text ist in %2 archiviert</translation>
    </message>
    <message>
        <source>Log of %1 was wiped, but %2</source>
        <translation>Das Protokoll von %1 wurde gelöscht, aber %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, copied over ssh: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 auf %2, über ssh kopiert: %Ln Zeile, %3</numerusform>
            <numerusform>%1 auf %2, über ssh kopiert: %Ln Zeilen, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1: %Ln Zeile, %2</numerusform>
            <numerusform>%1: %Ln Zeilen, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rotated file(s)</source>
        <translation>
            <numerusform>, %n rotierte Datei</numerusform>
            <numerusform>, %n rotierte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The log %1 no longer receives what the console shows: virtlogd has probably stopped. libvirt cannot re-attach a running guest&apos;s log; it resumes when %2 is next started.</source>
        <translation>Das Protokoll %1 erhält nicht mehr, was die Konsole zeigt: virtlogd ist wahrscheinlich beendet. libvirt kann das Protokoll eines laufenden Gasts nicht wieder anbinden; es geht beim nächsten Start von %2 weiter.</translation>
    </message>
    <message>
        <source>── the connection to libvirt was lost at %1 and is back: reattached; what the guest printed meanwhile is in the log ──</source>
        <translation>── die Verbindung zu libvirt brach um %1 ab und ist wieder da: neu angebunden; was der Gast inzwischen ausgab, steht im Protokoll ──</translation>
    </message>
    <message>
        <source>the log stopped (virtlogd?)</source>
        <translation>Protokoll angehalten (virtlogd?)</translation>
    </message>
    <message>
        <source>Copying the log&apos;s history</source>
        <translation>Verlauf des Protokolls wird kopiert</translation>
    </message>
    <message>
        <source>The log %1 is readable by root only.

Read it with administrator rights? The viewer&apos;s log reader then reads this console&apos;s log, and only that; members of the group &quot;libvirt&quot; need no password for it, anyone else is asked for an administrator&apos;s.</source>
        <translation>Das Protokoll %1 ist nur für root lesbar.

Mit Administratorrechten lesen? Der Protokollleser des Programms liest dann das Protokoll dieser Konsole, und nur dieses; Mitglieder der Gruppe „libvirt“ brauchen dafür kein Passwort, alle anderen werden nach dem eines Administrators gefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%1, read with administrator rights: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1, mit Administratorrechten gelesen: %Ln Zeile, %2</numerusform>
            <numerusform>%1, mit Administratorrechten gelesen: %Ln Zeilen, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, read over ssh with sudo: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 auf %2, über ssh mit sudo gelesen: %Ln Zeile, %3</numerusform>
            <numerusform>%1 auf %2, über ssh mit sudo gelesen: %Ln Zeilen, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The QEMU log %1 is readable by root only.

Read it with administrator rights? The viewer&apos;s log reader then reads this domain&apos;s QEMU log, and only that; members of the group &quot;libvirt&quot; need no password for it, anyone else is asked for an administrator&apos;s.</source>
        <translation>Das QEMU-Protokoll %1 ist nur für root lesbar.

Mit Administratorrechten lesen? Der Protokollleser des Viewers liest dann das QEMU-Protokoll dieser Domain, und nur dieses; Mitglieder der Gruppe „libvirt“ brauchen dafür kein Passwort, alle anderen werden nach dem eines Administrators gefragt.</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>Das Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

libvirt writes a domain&apos;s QEMU log readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed here. Install virt-console-viewer&apos;s package (with its polkit rule, members of the group &quot;libvirt&quot; read a domain&apos;s logs through it), or ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Das Protokoll %1 kann nicht gelesen werden: %2

libvirt schreibt das QEMU-Protokoll einer Domain nur für root lesbar, und virt-console-viewer-logread, das es mit Administratorrechten liest, ist hier nicht installiert. Installieren Sie das Paket von virt-console-viewer (mit seiner polkit-Regel lesen Mitglieder der Gruppe „libvirt“ die Protokolle einer Domain darüber) oder bitten Sie einen Administrator um Lesezugriff (eine ACL auf %3).</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

virtlogd writes console logs readable by root only, and virt-console-viewer-logread, which reads them with administrator rights, is not installed here. Install virt-console-viewer&apos;s package (with its polkit rule, members of the group &quot;libvirt&quot; read a domain&apos;s logs through it), or ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Das Protokoll %1 kann nicht gelesen werden: %2

virtlogd schreibt Konsolenprotokolle nur für root lesbar, und virt-console-viewer-logread, das sie mit Administratorrechten liest, ist hier nicht installiert. Installieren Sie das Paket von virt-console-viewer (mit seiner polkit-Regel lesen Mitglieder der Gruppe „libvirt“ die Protokolle einer Domain darüber) oder bitten Sie einen Administrator um Lesezugriff (eine ACL auf %3).</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

It is readable by root only: ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Das Protokoll %1 kann nicht gelesen werden: %2

Es ist nur für root lesbar: Bitten Sie einen Administrator um Lesezugriff (eine ACL auf %3).</translation>
    </message>
</context>
<context>
    <name>vcv::CredentialDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation>Authentifizierung für %1</translation>
    </message>
    <message>
        <source>The connection %1 asks for credentials.</source>
        <translation>Die Verbindung %1 verlangt Zugangsdaten.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>vcv::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>vcv::DomainActions</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Could not shut down %1: %2</source>
        <translation>%1 konnte nicht heruntergefahren werden: %2</translation>
    </message>
    <message>
        <source>Could not force %1 off: %2</source>
        <translation>%1 konnte nicht zwangsweise ausgeschaltet werden: %2</translation>
    </message>
    <message>
        <source>Could not reboot %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>vcv::DomainInfo</name>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>im Ruhezustand</translation>
    </message>
</context>
<context>
    <name>vcv::DomainListModel</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistent</translation>
    </message>
    <message>
        <source>transient</source>
        <translation>transient</translation>
    </message>
    <message>
        <source>no log</source>
        <translation>kein Protokoll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistenz</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>Konsolen</translation>
    </message>
</context>
<context>
    <name>vcv::DomainLookup</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No domain with the ID, UUID or name &quot;%1&quot;.</source>
        <translation>Keine Domain mit der ID, UUID oder dem Namen „%1“.</translation>
    </message>
</context>
<context>
    <name>vcv::DomainTree</name>
    <message>
        <source>Filter domains…</source>
        <translation>Domains filtern…</translation>
    </message>
    <message>
        <source>Open &amp;console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>%1 (with log)</source>
        <translation>%1 (mit Protokoll)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start &amp;paused and attach</source>
        <translation>&amp;Pausiert starten und verbinden</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>&amp;Herunterfahren</translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation>%1 herunterfahren?</translation>
    </message>
    <message>
        <source>The guest %1 is asked to shut down; unsaved work in it may be lost.</source>
        <translation>Der Gast %1 wird aufgefordert, herunterzufahren; ungespeicherte Arbeit darin kann verloren gehen.</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>%1 neu starten?</translation>
    </message>
    <message>
        <source>The guest %1 is asked to reboot.</source>
        <translation>Der Gast %1 wird aufgefordert, neu zu starten.</translation>
    </message>
    <message>
        <source>&amp;Force off</source>
        <translation>&amp;Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Force %1 off?</source>
        <translation>Ausschalten von %1 erzwingen?</translation>
    </message>
    <message>
        <source>The guest %1 is stopped at once, like pulling the plug: its disks may be left inconsistent.</source>
        <translation>Der Gast %1 wird sofort angehalten, als würde der Stecker gezogen: Seine Festplatten können in einem inkonsistenten Zustand zurückbleiben.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The connection %1 is closed and forgotten.</source>
        <translation>Die Verbindung %1 wird geschlossen und vergessen.</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung hin&amp;zufügen…</translation>
    </message>
</context>
<context>
    <name>vcv::DomainTreeFilterModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>der Konsole</translation>
    </message>
    <message>
        <source>Last boot on %1: %2</source>
        <translation>Letzter Start auf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n problem(s)</source>
        <translation>
            <numerusform>%1 · %n Problem</numerusform>
            <numerusform>%1 · %n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::DomainXml</name>
    <message>
        <source>The domain XML is malformed: %1 (line %2)</source>
        <translation>Das Domain-XML ist fehlerhaft: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>The XML does not describe a domain.</source>
        <translation>Das XML beschreibt keine Domain.</translation>
    </message>
</context>
<context>
    <name>vcv::LogArchiver</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the copy of the log: %1</source>
        <translation>die Kopie des Protokolls kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the copy of the log cannot be read: %1</source>
        <translation>die Kopie des Protokolls kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the earlier text could not be archived: its copy failed (%1).</source>
        <translation>der frühere Text konnte nicht archiviert werden: seine Kopie ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>no archive folder is set</source>
        <translation>es ist kein Archivordner eingestellt</translation>
    </message>
    <message>
        <source>the earlier text could not be archived (%1). It is kept and archived at the next wipe, or when the archive folder is changed in the settings.</source>
        <translation>der frühere Text konnte nicht archiviert werden (%1). Er bleibt erhalten und wird beim nächsten Löschen archiviert oder sobald der Archivordner in den Einstellungen geändert wird.</translation>
    </message>
</context>
<context>
    <name>vcv::LogDocument</name>
    <message>
        <source>──── log restarted ────</source>
        <translation>──── Protokoll neu begonnen ────</translation>
    </message>
    <message>
        <source>──── lines missing: the log rotated faster than it could be read ────</source>
        <translation>──── Zeilen fehlen: Das Protokoll wurde schneller rotiert, als es gelesen werden konnte ────</translation>
    </message>
</context>
<context>
    <name>vcv::LogExporter</name>
    <message>
        <source>Cannot read the log at byte %1</source>
        <translation>Das Protokoll kann bei Byte %1 nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>vcv::LogGoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>1 – %1</source>
        <translation>1 – %1</translation>
    </message>
</context>
<context>
    <name>vcv::LogNavigationKeys</name>
    <message>
        <source>Move the current line</source>
        <translation>Aktuelle Zeile bewegen</translation>
    </message>
    <message>
        <source>Go to the first line</source>
        <translation>Zur ersten Zeile</translation>
    </message>
    <message>
        <source>Go to the last line and follow the log</source>
        <translation>Zur letzten Zeile und dem Log folgen</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Seitwärts rollen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>vcv::LogOverviewRuler</name>
    <message>
        <source>Overview: search matches, errors, warnings and bookmarks in the whole log</source>
        <translation>Übersicht: Suchtreffer, Fehler, Warnungen und Lesezeichen im gesamten Protokoll</translation>
    </message>
</context>
<context>
    <name>vcv::LogPane</name>
    <message>
        <source>Boots</source>
        <translation>Boot-Vorgänge</translation>
    </message>
    <message>
        <source>Show the list of boots in this log</source>
        <translation>Liste der Boot-Vorgänge in diesem Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the end of the log in view as it grows (End)</source>
        <translation>Das Ende des Protokolls im Blick behalten, während es wächst (Ende)</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Toggle Bookmark</source>
        <translation>Lesezeichen setzen/entfernen</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>Nächstes Lesezeichen</translation>
    </message>
    <message>
        <source>Previous Bookmark</source>
        <translation>Vorheriges Lesezeichen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Colour Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Automatic (light or dark)</source>
        <translation>Automatisch (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Save Log As…</source>
        <translation>Protokoll speichern unter…</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Boot-Protokoll</translation>
    </message>
    <message>
        <source>Boots (%1)</source>
        <translation>Boot-Vorgänge (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in boot %1 of %2</source>
        <translation>
            <numerusform>%n Problem in Start %1 von %2</numerusform>
            <numerusform>%n Probleme in Start %1 von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this log</source>
        <translation>
            <numerusform>%n Problem in diesem Protokoll</numerusform>
            <numerusform>%n Probleme in diesem Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the problems of boot %1 (%n in the whole log)</source>
        <translation>
            <numerusform>Die Probleme von Start %1 zeigen (%n im ganzen Protokoll)</numerusform>
            <numerusform>Die Probleme von Start %1 zeigen (%n im ganzen Protokoll)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems of this log: panics, Oopses, failed units, …</source>
        <translation>Die Probleme dieses Protokolls zeigen: Panics, Oopses, fehlgeschlagene Units, …</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines (%1)</source>
        <translation>Lange Zeilen umbrechen (%1)</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Wrap Long Lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Show how long each step of the boot took, and compare two boots</source>
        <translation>Zeigen, wie lange jeder Schritt des Boot-Vorgangs dauerte, und zwei Boot-Vorgänge vergleichen</translation>
    </message>
</context>
<context>
    <name>vcv::LogProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kernel panic</source>
        <translation>Kernel-Panic</translation>
    </message>
    <message>
        <source>Kernel Oops</source>
        <translation>Kernel-Oops</translation>
    </message>
    <message>
        <source>Kernel BUG</source>
        <translation>Kernel-BUG</translation>
    </message>
    <message>
        <source>Kernel warning</source>
        <translation>Kernel-Warnung</translation>
    </message>
    <message>
        <source>Hung task</source>
        <translation>Hängender Task</translation>
    </message>
    <message>
        <source>CPU lockup</source>
        <translation>CPU-Blockade</translation>
    </message>
    <message>
        <source>RCU stall</source>
        <translation>RCU-Stillstand</translation>
    </message>
    <message>
        <source>Out-of-memory kill</source>
        <translation>Wegen Speichermangel beendet</translation>
    </message>
    <message>
        <source>Segmentation fault</source>
        <translation>Speicherzugriffsfehler</translation>
    </message>
    <message>
        <source>Failed unit</source>
        <translation>Fehlgeschlagene Unit</translation>
    </message>
    <message>
        <source>Emergency mode</source>
        <translation>Notfallmodus</translation>
    </message>
    <message>
        <source>Boot timeout</source>
        <translation>Zeitüberschreitung beim Start</translation>
    </message>
    <message>
        <source>Firmware or boot loader</source>
        <translation>Firmware oder Bootloader</translation>
    </message>
</context>
<context>
    <name>vcv::LogProblemsPanel</name>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Show only the lines with problems and the lines around them</source>
        <translation>Nur die Zeilen mit Problemen und die Zeilen um sie herum zeigen</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Lines of context shown before and after each problem</source>
        <translation>Zeilen, die vor und nach jedem Problem gezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source> line(s)</source>
        <translation>
            <numerusform> Zeile</numerusform>
            <numerusform> Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogSearchBar</name>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Nur passende Zeilen</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Passende Zeilen ausblenden</translation>
    </message>
    <message>
        <source>Filter the lines of the log by the search</source>
        <translation>Zeilen des Protokolls anhand der Suche filtern</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest lines; the history is still arriving)</source>
        <translation>%1 (neueste Zeilen; der Verlauf kommt noch)</translation>
    </message>
</context>
<context>
    <name>vcv::LogSearchNavigator</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>vcv::LogView</name>
    <message>
        <source>Jump to the end of the log and follow it (End)</source>
        <translation>Zum Ende des Protokolls springen und ihm folgen (Ende)</translation>
    </message>
    <message>
        <source>No log</source>
        <translation>Kein Protokoll</translation>
    </message>
    <message>
        <source>The log is empty</source>
        <translation>Das Protokoll ist leer</translation>
    </message>
    <message>
        <source>No line of this boot matches the filter</source>
        <translation>Keine Zeile dieses Boot-Vorgangs passt zum Filter</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>Keine Zeile passt zum Filter</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln new line(s)</source>
        <translation>
            <numerusform>↓ %Ln neue Zeile</numerusform>
            <numerusform>↓ %Ln neue Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln line(s); save the log to get all of it.</source>
        <translation>
            <numerusform>Die erste Zeile kopiert; zum Sichern des Ganzen das Protokoll speichern.</numerusform>
            <numerusform>Die ersten %Ln Zeilen kopiert; zum Sichern des Ganzen das Protokoll speichern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::MainWindow</name>
    <message>
        <source>Virt Console Viewer</source>
        <translation>Virt Console Viewer</translation>
    </message>
    <message>
        <source>Double-click a domain to open its serial console and boot log.
Right-click it to start it paused and see the whole boot.</source>
        <translation>Doppelklicken auf eine Domain öffnet ihre serielle Konsole und ihr Boot-Protokoll.
Über einen Rechtsklick lässt sie sich pausiert starten, um den gesamten Boot-Vorgang zu sehen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Save Log As…</source>
        <translation>Protokoll &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close Console</source>
        <translation>&amp;Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Terminal and Log &amp;Above Each Other</source>
        <translation>Terminal und Protokoll &amp;übereinander</translation>
    </message>
    <message>
        <source>&amp;Pop Out Log Pane</source>
        <translation>Protokollbereich &amp;abtrennen</translation>
    </message>
    <message>
        <source>&amp;Domain List</source>
        <translation>&amp;Domain-Liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Virt Console Viewer</source>
        <translation>&amp;Über Virt Console Viewer</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no log to save in this tab.</source>
        <translation>In diesem Tab gibt es kein Protokoll zum Speichern.</translation>
    </message>
    <message>
        <source>Save Log As</source>
        <translation>Protokoll speichern unter</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Das Protokoll konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Log saved to %1.</source>
        <translation>Protokoll unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Virt Console Viewer</source>
        <translation>Über Virt Console Viewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virt Console Viewer %1&lt;/h3&gt;&lt;p&gt;The serial console and the boot log of libvirt guests, side by side.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Virt Console Viewer %1&lt;/h3&gt;&lt;p&gt;Serielle Konsole und Boot-Protokoll von libvirt-Gästen, nebeneinander.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 2 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Reattach When the Domain Runs Again</source>
        <translation>&amp;Erneut verbinden, wenn die Domain wieder läuft</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show the &amp;QEMU Log Instead</source>
        <translation>Stattdessen &amp;QEMU-Protokoll anzeigen</translation>
    </message>
    <message>
        <source>The domain&apos;s QEMU log tells why QEMU itself failed to start or stopped.</source>
        <translation>Das QEMU-Protokoll der Domain zeigt, warum QEMU selbst nicht starten konnte oder beendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln connection(s) open</source>
        <translation>
            <numerusform>%1 von %Ln Verbindung offen</numerusform>
            <numerusform>%1 von %Ln Verbindungen offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop copying the log&apos;s history (what has arrived stays)</source>
        <translation>Kopieren des Protokollverlaufs anhalten (was angekommen ist, bleibt)</translation>
    </message>
    <message>
        <source>Tell the &amp;Guest the Terminal Size</source>
        <translation>Dem &amp;Gast die Terminalgröße mitteilen</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt</source>
        <translation>„stty rows … cols …“ an der Eingabeaufforderung des Gasts eintippen</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt (%1 in the terminal)</source>
        <translation>„stty rows … cols …“ an der Eingabeaufforderung des Gasts eintippen (%1 im Terminal)</translation>
    </message>
    <message>
        <source>Change them in File → Settings…, Shortcuts.</source>
        <translation>Ändern lassen sie sich unter Datei → Einstellungen…, Tastenkürzel.</translation>
    </message>
    <message>
        <source>Boot log navigation (fixed)</source>
        <translation>Navigation im Boot-Log (fest)</translation>
    </message>
</context>
<context>
    <name>vcv::RemoteLogMirror</name>
    <message>
        <source>Cannot write the local copy %1 of the log: %2</source>
        <translation>Die lokale Kopie %1 des Protokolls kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Install the OpenSSH client.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Bitte den OpenSSH-Client installieren.</translation>
    </message>
    <message>
        <source>The log %1 does not exist on the host (yet): the domain writes it when it runs.</source>
        <translation>Das Protokoll %1 gibt es auf dem Host (noch) nicht: Die Domain schreibt es, wenn sie läuft.</translation>
    </message>
    <message>
        <source>ssh ended with status %1</source>
        <translation>ssh endete mit Status %1</translation>
    </message>
    <message>
        <source>Reading the log %1 over ssh failed: %2</source>
        <translation>Das Protokoll %1 konnte nicht über ssh gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The ssh connection for the log ended (%1); trying again in %n second(s).</source>
        <translation>
            <numerusform>Die ssh-Verbindung für das Protokoll wurde beendet (%1); neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Die ssh-Verbindung für das Protokoll wurde beendet (%1); neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log %1 over ssh failed: the host sent something other than the log.</source>
        <translation>Das Protokoll %1 konnte nicht über ssh gelesen werden: Der Host hat etwas anderes als das Protokoll gesendet.</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>%1 kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The older part of the log %1 was rotated away on the host before it could be copied.</source>
        <translation>Der ältere Teil des Protokolls %1 wurde auf dem Host weggedreht, bevor er kopiert werden konnte.</translation>
    </message>
    <message>
        <source>Copying the older part of the log %1 failed: %2</source>
        <translation>Kopieren des älteren Teils des Protokolls %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>The log %1 on the host is not readable for the ssh user. virtlogd writes logs readable by root only: connect as root (qemu+ssh://root@…), let that user run the log reader with sudo there, or give that user read access (an ACL on the files).</source>
        <translation>Das Protokoll %1 auf dem Host ist für den ssh-Benutzer nicht lesbar. virtlogd schreibt Protokolle nur für root lesbar: verbinden Sie sich als root (qemu+ssh://root@…), erlauben Sie diesem Benutzer dort, den Protokollleser mit sudo auszuführen, oder geben Sie ihm Lesezugriff (eine ACL auf die Dateien).</translation>
    </message>
    <message>
        <source>The log reader refused to read the log %1: %2</source>
        <translation>Der Protokollleser hat sich geweigert, das Protokoll %1 zu lesen: %2</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights failed: %2</source>
        <translation>Das Lesen des Protokolls %1 mit Administratorrechten ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The log reader on the host failed to read the log %1: %2</source>
        <translation>Der Protokollleser auf dem Host konnte das Protokoll %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Install polkit&apos;s pkexec.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Installieren Sie pkexec von polkit.</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights ended: %2</source>
        <translation>Das Lesen des Protokolls %1 mit Administratorrechten wurde beendet: %2</translation>
    </message>
    <message>
        <source>Reading the log %1 failed: the log reader sent something other than the log.</source>
        <translation>Das Lesen des Protokolls %1 ist fehlgeschlagen: der Protokollleser hat etwas anderes als das Protokoll gesendet.</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights was not authorised. Members of the group &quot;libvirt&quot; may read a domain&apos;s console and QEMU logs without a password once virt-console-viewer&apos;s polkit rule is installed; otherwise ask an administrator to add you to that group, or to give you read access to the log (an ACL on %2).</source>
        <translation>Das Lesen des Protokolls %1 mit Administratorrechten wurde nicht erlaubt. Mitglieder der Gruppe „libvirt“ dürfen die Konsolen- und QEMU-Protokolle einer Domain ohne Passwort lesen, sobald die polkit-Regel von virt-console-viewer installiert ist; andernfalls bitten Sie einen Administrator, Sie in diese Gruppe aufzunehmen oder Ihnen Lesezugriff auf das Protokoll zu geben (eine ACL auf %2).</translation>
    </message>
    <message>
        <source>virt-console-viewer is not installed on %1 (its log reader, which reads logs that root alone may read there, is at none of %2). Install the virt-console-viewer package there and let the ssh user run the reader with sudo without a password (a sudoers rule such as &quot;%libvirt ALL=(root) NOPASSWD: %3&quot;), connect as root (qemu+ssh://root@…), or give the ssh user read access to the log %4 (an ACL on its folder&apos;s files).</source>
        <translation>virt-console-viewer ist auf %1 nicht installiert (sein Protokollleser, der dort nur für root lesbare Protokolle liest, liegt unter keinem von %2). Installieren Sie dort das Paket virt-console-viewer und erlauben Sie dem ssh-Benutzer, den Leser mit sudo ohne Passwort auszuführen (eine sudoers-Regel wie „%libvirt ALL=(root) NOPASSWD: %3“), verbinden Sie sich als root (qemu+ssh://root@…) oder geben Sie dem ssh-Benutzer Lesezugriff auf das Protokoll %4 (eine ACL auf die Dateien seines Ordners).</translation>
    </message>
    <message>
        <source>The ssh user may not read the log %1 with sudo on %2 (%3): sudo needs a rule that lets that user run virt-console-viewer&apos;s log reader without a password, such as &quot;%libvirt ALL=(root) NOPASSWD: %4&quot; (the reader&apos;s path there: the first of %5 that exists). Otherwise connect as root (qemu+ssh://root@…), or give that user read access to the log (an ACL on its folder&apos;s files).</source>
        <translation>Der ssh-Benutzer darf das Protokoll %1 auf %2 nicht mit sudo lesen (%3): sudo braucht eine Regel, die diesem Benutzer erlaubt, den Protokollleser von virt-console-viewer ohne Passwort auszuführen, etwa „%libvirt ALL=(root) NOPASSWD: %4“ (der Pfad des Lesers dort: der erste vorhandene von %5). Andernfalls verbinden Sie sich als root (qemu+ssh://root@…) oder geben diesem Benutzer Lesezugriff auf das Protokoll (eine ACL auf die Dateien seines Ordners).</translation>
    </message>
    <message>
        <source>the log reader ended with status %1</source>
        <translation>der Protokollleser endete mit Status %1</translation>
    </message>
</context>
<context>
    <name>vcv::RestartPausedFlow</name>
    <message>
        <source>%1 could not be forced off, so it was not restarted: %2</source>
        <translation>%1 konnte nicht zwangsweise ausgeschaltet werden und wurde daher nicht neu gestartet: %2</translation>
    </message>
    <message>
        <source>The connection was lost while %1 was being restarted paused.</source>
        <translation>Die Verbindung ging verloren, während %1 pausiert neu gestartet wurde.</translation>
    </message>
    <message>
        <source>%1 is already being restarted paused.</source>
        <translation>%1 wird bereits pausiert neu gestartet.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read: %2</source>
        <translation>Der Zustand von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a transient domain: forced off, it would be gone, so it cannot be restarted paused. Define it first (virsh define) to restart it.</source>
        <translation>%1 ist eine transiente Domain: Zwangsweise ausgeschaltet wäre sie verschwunden, daher kann sie nicht pausiert neu gestartet werden. Zuerst definieren (virsh define), dann neu starten.</translation>
    </message>
    <message>
        <source>Forcing %1 off to restart it paused…</source>
        <translation>%1 wird zwangsweise ausgeschaltet, um es pausiert neu zu starten …</translation>
    </message>
    <message>
        <source>%1 was forced off, but its console is gone; start it again from the domain list.</source>
        <translation>%1 wurde zwangsweise ausgeschaltet, aber seine Konsole ist weg; bitte aus der Domain-Liste wieder starten.</translation>
    </message>
</context>
<context>
    <name>vcv::RotationChain</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a FIFO, not a log file</source>
        <translation>%1 ist ein FIFO, keine Protokolldatei</translation>
    </message>
    <message>
        <source>%1 is a socket, not a log file</source>
        <translation>%1 ist ein Socket, keine Protokolldatei</translation>
    </message>
    <message>
        <source>%1 is a directory, not a log file</source>
        <translation>%1 ist ein Verzeichnis, keine Protokolldatei</translation>
    </message>
    <message>
        <source>%1 is a device, not a log file</source>
        <translation>%1 ist ein Gerät, keine Protokolldatei</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; log files are not read through links</source>
        <translation>%1 ist ein symbolischer Link; Protokolldateien werden nicht über Links gelesen</translation>
    </message>
</context>
<context>
    <name>vcv::Search</name>
    <message>
        <source>Invalid regular expression: %1 (at %2)</source>
        <translation>Ungültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
</context>
<context>
    <name>vcv::SettingsDialog</name>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Follow the end of the log when a console opens</source>
        <translation>Beim Öffnen einer Konsole dem Ende des Protokolls folgen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Follow the desktop (light or dark)</source>
        <translation>Wie die Arbeitsumgebung (hell oder dunkel)</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source> characters/s</source>
        <translation> Zeichen/s</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Boot-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Farb&amp;schema:</translation>
    </message>
    <message>
        <source>Archive the earlier text when a log is wiped</source>
        <translation>Den früheren Text archivieren, wenn ein Protokoll gelöscht wird</translation>
    </message>
    <message>
        <source>virtlogd deletes a console&apos;s log when a domain with &lt;log append=&apos;off&apos;&gt; starts, and a log may be truncated by hand. The text it held before is then written to a file of its own in the archive folder, one subfolder per host.</source>
        <translation>virtlogd löscht das Protokoll einer Konsole, wenn eine Domain mit &lt;log append=&apos;off&apos;&gt; startet, und ein Protokoll kann von Hand gekürzt werden. Der Text, den es vorher enthielt, wird dann in eine eigene Datei im Archivordner geschrieben, ein Unterordner je Host.</translation>
    </message>
    <message>
        <source>Empty: %1. Each host gets a subfolder (&quot;local&quot; for this machine).</source>
        <translation>Leer: %1. Jeder Host bekommt einen Unterordner („local“ für diesen Rechner).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source> per console</source>
        <translation> je Konsole</translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation>Archiv&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die &amp;letzten behalten:</translation>
    </message>
    <message>
        <source>Ask before pasting several lines</source>
        <translation>Vor dem Einfügen mehrerer Zeilen fragen</translation>
    </message>
    <message>
        <source>One window per echo timeout</source>
        <translation>Ein Fenster je Echo-Zeitlimit</translation>
    </message>
    <message>
        <source>Pastes go out as fast as the guest echoes them, a line at a time. A guest that does not echo (a password prompt, echo turned off) gets them at this pace.</source>
        <translation>Eingefügtes geht so schnell hinaus, wie der Gast es als Echo zurückgibt, Zeile für Zeile. Ein Gast ohne Echo (eine Passwortabfrage, abgeschaltetes Echo) erhält es in diesem Tempo.</translation>
    </message>
    <message>
        <source>&amp;Paste pace without echo:</source>
        <translation>&amp;Einfügetempo ohne Echo:</translation>
    </message>
    <message>
        <source>Start a console&apos;s terminal from the end of its log</source>
        <translation>Das Terminal einer Konsole mit dem Ende ihres Protokolls beginnen</translation>
    </message>
    <message>
        <source>A running guest&apos;s terminal shows its recent output at once, taken from the console&apos;s log, instead of staying empty until the guest prints.</source>
        <translation>Das Terminal eines laufenden Gasts zeigt sofort dessen letzte Ausgabe aus dem Protokoll der Konsole, statt leer zu bleiben, bis der Gast etwas ausgibt.</translation>
    </message>
    <message>
        <source>Read logs only root may read with administrator rights without asking</source>
        <translation>Protokolle, die nur root lesen darf, ohne Nachfrage mit Administratorrechten lesen</translation>
    </message>
    <message>
        <source>virtlogd writes console logs readable by root only. The viewer&apos;s log reader, run by pkexec, reads a console&apos;s log for you; off, the log pane asks first.</source>
        <translation>virtlogd schreibt Konsolenprotokolle nur für root lesbar. Der Protokollleser des Programms, von pkexec ausgeführt, liest das Protokoll einer Konsole für Sie; ausgeschaltet fragt der Protokollbereich zuerst.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>S&amp;hortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Notify me when a guest panics or stalls during boot</source>
        <translation>Benachrichtigen, wenn ein Gast beim Start eine Panic hat oder hängen bleibt</translation>
    </message>
    <message>
        <source>A desktop notification when an open console&apos;s guest panics, oopses, reaches an emergency shell or prints nothing for a while during a boot, unless you are looking at that console. Clicking it shows the line.</source>
        <translation>Eine Desktop-Benachrichtigung, wenn der Gast einer geöffneten Konsole eine Panic oder ein Oops hat, in einer Notfall-Shell landet oder während eines Starts eine Weile nichts ausgibt – außer Sie sehen gerade diese Konsole an. Ein Klick darauf zeigt die Zeile.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A boot that began while its console was open counts as stalled when the console prints nothing for this long before a login prompt or systemd&apos;s &quot;Startup finished&quot;.</source>
        <translation>Ein Start, der begann, während seine Konsole offen war, gilt als hängend, wenn die Konsole so lange nichts ausgibt, bevor eine Anmeldeaufforderung oder systemds „Startup finished“ kommt.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Boot sta&amp;lled after:</source>
        <translation>Start hängt &amp;nach:</translation>
    </message>
</context>
<context>
    <name>vcv::ShortcutsPage</name>
    <message>
        <source>&amp;No Key</source>
        <translation>&amp;Keine Taste</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Leave the action without a key</source>
        <translation>Die Aktion ohne Taste lassen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Tast&amp;e:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2” (%3). Give that action another key first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“ (%3). Geben Sie zuerst dieser Aktion eine andere Taste.</translation>
    </message>
    <message>
        <source>Press the new key: it replaces the first, other keys of the action stay</source>
        <translation>Drücken Sie die neue Taste: Sie ersetzt die erste, weitere Tasten der Aktion bleiben</translation>
    </message>
</context>
<context>
    <name>vcv::SshAskPassService</name>
    <message>
        <source>The helper virt-console-viewer-askpass is not installed.</source>
        <translation>Das Hilfsprogramm virt-console-viewer-askpass ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create a private directory in %1: %2</source>
        <translation>In %1 kann kein privates Verzeichnis angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot link %1 into %2.</source>
        <translation>%1 kann nicht nach %2 verlinkt werden.</translation>
    </message>
    <message>
        <source>Cannot listen for ssh&apos;s questions: %1</source>
        <translation>Auf die Fragen von ssh kann nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot listen for ssh&apos;s questions: the path %1 is too long for a socket.</source>
        <translation>Auf die Fragen von ssh kann nicht gewartet werden: Der Pfad %1 ist für einen Socket zu lang.</translation>
    </message>
</context>
<context>
    <name>vcv::SshCommand</name>
    <message>
        <source>%1 does not connect through ssh.</source>
        <translation>%1 verbindet sich nicht über ssh.</translation>
    </message>
</context>
<context>
    <name>vcv::SshPrompter</name>
    <message>
        <source>Answer Yes only if you trust this host and its key.</source>
        <translation>Nur mit Ja antworten, wenn Sie diesem Host und seinem Schlüssel vertrauen.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>ssh connecting to %1 asks:</source>
        <translation>ssh fragt beim Verbinden mit %1:</translation>
    </message>
    <message>
        <source>Asked by ssh connecting to %1. Answer Yes only if you trust this host and its key.</source>
        <translation>Gefragt von ssh beim Verbinden mit %1. Nur mit Ja antworten, wenn Sie diesem Host und seinem Schlüssel vertrauen.</translation>
    </message>
    <message>
        <source>SSH — %1</source>
        <translation>SSH — %1</translation>
    </message>
</context>
<context>
    <name>vcv::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Disconnect the other client and attach this window to the console</source>
        <translation>Den anderen Client trennen und dieses Fenster mit der Konsole verbinden</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu ve&amp;rbinden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>Verbindung zur Konsole wird hergestellt…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>The console is in use by another client.</source>
        <translation>Die Konsole wird von einem anderen Client verwendet.</translation>
    </message>
    <message>
        <source>The guest is not running; the console reattaches when it starts.</source>
        <translation>Der Gast läuft nicht; die Konsole verbindet sich erneut, sobald er startet.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The console failed.</source>
        <translation>Die Konsole ist ausgefallen.</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>Ver&amp;lauf löschen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Ctrl+&amp;C (interrupt)</source>
        <translation>Ctrl+&amp;C (Unterbrechen)</translation>
    </message>
    <message>
        <source>Ctrl+&amp;D (end of input)</source>
        <translation>Ctrl+&amp;D (Ende der Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+&amp;Alt+Del</source>
        <translation>Ctrl+&amp;Alt+Del</translation>
    </message>
    <message>
        <source>Magic &amp;SysRq</source>
        <translation>Magic &amp;SysRq</translation>
    </message>
    <message>
        <source>h — Help</source>
        <translation>h — Hilfe</translation>
    </message>
    <message>
        <source>s — Sync disks</source>
        <translation>s — Datenträger synchronisieren</translation>
    </message>
    <message>
        <source>u — Remount read-only</source>
        <translation>u — Schreibgeschützt neu einhängen</translation>
    </message>
    <message>
        <source>b — Reboot now</source>
        <translation>b — Sofort neu starten</translation>
    </message>
    <message>
        <source>o — Power off</source>
        <translation>o — Ausschalten</translation>
    </message>
    <message>
        <source>e — Terminate all tasks</source>
        <translation>e — Alle Prozesse beenden (SIGTERM)</translation>
    </message>
    <message>
        <source>i — Kill all tasks</source>
        <translation>i — Alle Prozesse sofort beenden (SIGKILL)</translation>
    </message>
    <message>
        <source>t — Show tasks</source>
        <translation>t — Prozesse anzeigen</translation>
    </message>
    <message>
        <source>w — Show blocked tasks</source>
        <translation>w — Blockierte Prozesse anzeigen</translation>
    </message>
    <message>
        <source>m — Show memory</source>
        <translation>m — Speicherinformationen anzeigen</translation>
    </message>
    <message>
        <source>c — Crash</source>
        <translation>c — Absturz auslösen</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Start Paused and &amp;Attach</source>
        <translation>&amp;Angehalten starten und verbinden</translation>
    </message>
    <message>
        <source>T&amp;ype Clipboard</source>
        <translation>Zwischenablage &amp;tippen</translation>
    </message>
    <message>
        <source>Send the clipboard as typed keys, paced by the guest&apos;s echo</source>
        <translation>Die Zwischenablage als getippte Tasten senden, im Tempo des Echos des Gasts</translation>
    </message>
    <message>
        <source>&amp;Cancel Paste</source>
        <translation>Einfügen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln line(s) into the console? Each line runs as if typed.</source>
        <translation>
            <numerusform>%Ln Zeile in die Konsole einfügen? Jede Zeile läuft, als wäre sie getippt.</numerusform>
            <numerusform>%Ln Zeilen in die Konsole einfügen? Jede Zeile läuft, als wäre sie getippt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Do not ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message numerus="yes">
        <source>Pasting: %1 of %Ln line(s) taken by the guest…</source>
        <translation>
            <numerusform>Einfügen: %1 von %Ln Zeile vom Gast angenommen…</numerusform>
            <numerusform>Einfügen: %1 von %Ln Zeilen vom Gast angenommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>── above: from the console log ──</source>
        <translation>── darüber: aus dem Protokoll der Konsole ──</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt, so that its full-screen programs use the whole terminal</source>
        <translation>„stty rows … cols …“ an der Eingabeaufforderung des Gasts eintippen, damit seine Vollbildprogramme das ganze Terminal nutzen</translation>
    </message>
    <message>
        <source>Tell the &amp;Guest the Terminal Size</source>
        <translation>Dem &amp;Gast die Terminalgröße mitteilen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>No more hints about the terminal&apos;s size in this console</source>
        <translation>Keine Hinweise mehr zur Terminalgröße in dieser Konsole</translation>
    </message>
    <message>
        <source>Tell the Guest</source>
        <translation>Dem Gast mitteilen</translation>
    </message>
    <message>
        <source>The guest does not know the terminal&apos;s new size.</source>
        <translation>Der Gast kennt die neue Größe des Terminals nicht.</translation>
    </message>
    <message>
        <source>No console to attach.</source>
        <translation>Keine Konsole zum Verbinden.</translation>
    </message>
</context>
</TS>
