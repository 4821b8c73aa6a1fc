<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>vcv::ActionRegistry</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Journal de démarrage</translation>
    </message>
</context>
<context>
    <name>vcv::AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM (session utilisateur)</translation>
    </message>
    <message>
        <source>LXC (Linux containers)</source>
        <translation>LXC (conteneurs Linux)</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Test driver (test:///default)</source>
        <translation>Pilote de test (test:///default)</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hyperviseur&#xa0;:</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
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
        <translation>TCP (non chiffré, SASL)</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport&#xa0;:</translation>
    </message>
    <message>
        <source>default: your login name</source>
        <translation>par défaut&#xa0;: votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d&apos;hôte ou adresse</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>Hôt&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>ssh&apos;s default keys</source>
        <translation>clés par défaut de ssh</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Fichier de &amp;clé SSH&#xa0;:</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>U&amp;RI&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vcv::BootComparison</name>
    <message>
        <source>firmware</source>
        <translation>micrologiciel</translation>
    </message>
    <message>
        <source>bootloader</source>
        <translation>chargeur d&apos;amorçage</translation>
    </message>
    <message>
        <source>kernel start</source>
        <translation>démarrage du noyau</translation>
    </message>
    <message>
        <source>init started</source>
        <translation>init lancé</translation>
    </message>
    <message>
        <source>root mounted</source>
        <translation>racine montée</translation>
    </message>
    <message>
        <source>systemd start</source>
        <translation>démarrage de systemd</translation>
    </message>
    <message>
        <source>startup finished</source>
        <translation>démarrage terminé</translation>
    </message>
    <message>
        <source>login prompt</source>
        <translation>invite de connexion</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Neither boot %1 nor boot %2 has milestones with times to compare.</source>
        <translation>Ni le démarrage %1 ni le démarrage %2 n&apos;ont de jalons horodatés à comparer.</translation>
    </message>
    <message>
        <source>Boot %1 has no milestones with times to compare.</source>
        <translation>Le démarrage %1 n&apos;a pas de jalons horodatés à comparer.</translation>
    </message>
    <message>
        <source>Boots %1 and %2 have no step in common to compare.</source>
        <translation>Les démarrages %1 et %2 n&apos;ont aucune étape en commun à comparer.</translation>
    </message>
    <message>
        <source>Boot %1 ended at %2 after %3, boot %4 at %5 after %6.</source>
        <translation>Le démarrage %1 s&apos;est arrêté à %2 après %3, le démarrage %4 à %5 après %6.</translation>
    </message>
    <message>
        <source>The largest difference in a shared step: %1.</source>
        <translation>La plus grande différence dans une étape commune&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Boot %1 took as long as boot %2 (%3).</source>
        <translation>Le démarrage %1 a duré autant que le démarrage %2 (%3).</translation>
    </message>
    <message>
        <source>The largest difference: %1.</source>
        <translation>La plus grande différence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Boot %1 took %2 longer than boot %3</source>
        <translation>Le démarrage %1 a duré %2 de plus que le démarrage %3</translation>
    </message>
    <message>
        <source>Boot %1 took %2 less than boot %3</source>
        <translation>Le démarrage %1 a duré %2 de moins que le démarrage %3</translation>
    </message>
    <message>
        <source>, most of it in %1.</source>
        <translation>, surtout dans %1.</translation>
    </message>
    <message>
        <source>; the largest difference is in %1.</source>
        <translation>&#xa0;; la plus grande différence est dans %1.</translation>
    </message>
</context>
<context>
    <name>vcv::BootListModel</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Boot %1 · %2 · %3</source>
        <translation>Démarrage %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Boot %1 · %2</source>
        <translation>Démarrage %1 · %2</translation>
    </message>
    <message>
        <source>log restarted</source>
        <translation>journal recommencé</translation>
    </message>
    <message>
        <source>Starts at line %1, seen at %2
%3</source>
        <translation>Commence à la ligne %1, observé le %2
%3</translation>
    </message>
    <message>
        <source>Starts at line %1
%2</source>
        <translation>Commence à la ligne %1
%2</translation>
    </message>
    <message>
        <source>The guest was reset while the line before was being written: this boot began inside it.</source>
        <translation>L&apos;invité a été réinitialisé pendant l&apos;écriture de la ligne précédente : ce démarrage a commencé au milieu de celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problème</numerusform>
            <numerusform>⚠ %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vcv::BootListView</name>
    <message>
        <source>This boot only</source>
        <translation>Ce démarrage uniquement</translation>
    </message>
    <message>
        <source>Boots</source>
        <translation>Démarrages</translation>
    </message>
    <message>
        <source>Show only the lines of the selected boot</source>
        <translation>N&apos;afficher que les lignes du démarrage sélectionné</translation>
    </message>
</context>
<context>
    <name>vcv::BootNotifications</name>
    <message numerus="yes">
        <source>Nothing on the console for %n second(s) while booting. Last line: %1</source>
        <translation>
            <numerusform>Rien sur la console depuis %n seconde pendant le démarrage. Dernière ligne&#xa0;: %1</numerusform>
            <numerusform>Rien sur la console depuis %n secondes pendant le démarrage. Dernière ligne&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: kernel panic</source>
        <translation>%1&#xa0;: panique du noyau</translation>
    </message>
    <message>
        <source>%1: kernel Oops</source>
        <translation>%1&#xa0;: Oops du noyau</translation>
    </message>
    <message>
        <source>%1: emergency mode</source>
        <translation>%1&#xa0;: mode d’urgence</translation>
    </message>
    <message>
        <source>%1: boot problem</source>
        <translation>%1&#xa0;: problème de démarrage</translation>
    </message>
    <message>
        <source>%1: boot stalled</source>
        <translation>%1&#xa0;: démarrage bloqué</translation>
    </message>
</context>
<context>
    <name>vcv::BootReport</name>
    <message>
        <source>Boot %1, lines %2–%3</source>
        <translation>Démarrage %1, lignes %2–%3</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
</context>
<context>
    <name>vcv::BootTimelineChart</name>
    <message>
        <source>Boot timeline</source>
        <translation>Chronologie du démarrage</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>Line %1: click to go there</source>
        <translation>Ligne %1&#xa0;: cliquer pour y aller</translation>
    </message>
    <message>
        <source>Timed by when the lines arrived (no clock on them)</source>
        <translation>Mesuré à l&apos;arrivée des lignes (elles ne portent pas d&apos;horodatage)</translation>
    </message>
</context>
<context>
    <name>vcv::BootTimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Go to the first problem of this boot</source>
        <translation>Aller au premier problème de ce démarrage</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the boots of this log…</source>
        <translation>Lecture des démarrages de ce journal…</translation>
    </message>
    <message>
        <source>No milestones in this boot</source>
        <translation>Aucun jalon dans ce démarrage</translation>
    </message>
    <message>
        <source>Boot %1: no milestones with a clock</source>
        <translation>Démarrage %1&#xa0;: aucun jalon horodaté</translation>
    </message>
    <message>
        <source>Boot %1: %2 to %3</source>
        <translation>Démarrage %1&#xa0;: %2 jusqu&apos;à %3</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 à la ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest: %1</source>
        <translation>Les plus lents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Without a clock, not on the chart: %1</source>
        <translation>Sans horodatage, absents du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Boot %1</source>
        <translation>Démarrage %1</translation>
    </message>
    <message>
        <source>%1 only in boot %2</source>
        <translation>%1 seulement dans le démarrage %2</translation>
    </message>
    <message>
        <source>%1 only in this boot</source>
        <translation>%1 seulement dans ce démarrage</translation>
    </message>
    <message>
        <source>By step: %1</source>
        <translation>Par étape&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vcv::CliCommands</name>
    <message>
        <source>The domain &quot;%1&quot; has no console device.</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» n&apos;a pas de périphérique console.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no console &quot;%2&quot;.</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» n&apos;a pas de console «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The console %1 of &quot;%2&quot; has no log. Enable it with &lt;log file=&apos;/var/log/libvirt/qemu/%2-%1.log&apos; append=&apos;on&apos;/&gt; in its &lt;serial&gt; or &lt;console&gt; element (virsh edit), or with &quot;Enable console logging&quot; in the window.</source>
        <translation>La console %1 de «&#xa0;%2&#xa0;» n&apos;a pas de journal. Activez-le avec &lt;log file=&apos;/var/log/libvirt/qemu/%2-%1.log&apos; append=&apos;on&apos;/&gt; dans son élément &lt;serial&gt; ou &lt;console&gt; (virsh edit), ou avec «&#xa0;Activer la journalisation de la console&#xa0;» dans la fenêtre.</translation>
    </message>
    <message>
        <source>The domain&apos;s XML cannot be read.</source>
        <translation>Le XML du domaine ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>The log %1 is on the host %2, and logs of remote hosts are read over ssh: connect with qemu+ssh://, or run virt-console-viewer --print-log on that host.</source>
        <translation>Le journal %1 se trouve sur l&apos;hôte %2, et les journaux des hôtes distants se lisent par ssh : connectez-vous avec qemu+ssh://, ou lancez virt-console-viewer --print-log sur cet hôte.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Impossible de créer un répertoire temporaire : %1</translation>
    </message>
    <message>
        <source>The log %1 is empty: it has no boot.</source>
        <translation>Le journal %1 est vide : il ne contient aucun démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>The log has %n boot(s); there is no boot %1.</source>
        <translation>
            <numerusform>Le journal contient %n démarrage ; il n’y a pas de démarrage %1.</numerusform>
            <numerusform>Le journal contient %n démarrages ; il n’y a pas de démarrage %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log %1 is readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed.</source>
        <translation>Le journal %1 n’est lisible que par root, et virt-console-viewer-logread, qui le lit avec les droits d’administrateur, n’est pas installé.</translation>
    </message>
</context>
<context>
    <name>vcv::CommandLine</name>
    <message>
        <source>The domain to open: its ID, UUID or name.</source>
        <translation>Le domaine à ouvrir&#xa0;: son ID, son UUID ou son nom.</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI &lt;uri&gt; (for example qemu:///system, qemu+ssh://root@host/system).</source>
        <translation>Se connecter à l&apos;URI libvirt &lt;uri&gt; (par exemple qemu:///system, qemu+ssh://root@host/system).</translation>
    </message>
    <message>
        <source>Wait for the domain to exist and start instead of failing.</source>
        <translation>Attendre que le domaine existe et démarre au lieu d&apos;échouer.</translation>
    </message>
    <message>
        <source>The console device to open, by alias (serial0, serial1, console0, …); default: the first console.</source>
        <translation>Le périphérique console à ouvrir, par alias (serial0, serial1, console0, …)&#xa0;; par défaut&#xa0;: la première console.</translation>
    </message>
    <message>
        <source>Start the stopped domain paused, attach to its console, then resume it: no boot byte is lost.</source>
        <translation>Démarrer le domaine arrêté en pause, se connecter à sa console, puis le reprendre&#xa0;: aucun octet du démarrage n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Print the domains of the connection with their consoles and log files, then exit.</source>
        <translation>Afficher les domaines de la connexion avec leurs consoles et leurs fichiers journaux, puis quitter.</translation>
    </message>
    <message>
        <source>Too many arguments: give at most one domain (ID, UUID or name).</source>
        <translation>Trop d&apos;arguments&#xa0;: indiquez au plus un domaine (ID, UUID ou nom).</translation>
    </message>
    <message>
        <source>--list and --print-log exclude each other.</source>
        <translation>--list et --print-log s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--list takes no domain.</source>
        <translation>--list n&apos;accepte pas de domaine.</translation>
    </message>
    <message>
        <source>--print-log needs a domain (ID, UUID or name).</source>
        <translation>--print-log nécessite un domaine (ID, UUID ou nom).</translation>
    </message>
    <message>
        <source>Attach the console again when the domain runs again after stopping (the default, unless turned off in the Console menu).</source>
        <translation>Reconnecter la console quand le domaine fonctionne à nouveau après un arrêt (comportement par défaut, sauf si désactivé dans le menu «&#xa0;Console&#xa0;»).</translation>
    </message>
    <message>
        <source>Serial console and boot log of libvirt guests, side by side.</source>
        <translation>Console série et journal de démarrage des invités libvirt, côte à côte.</translation>
    </message>
    <message>
        <source>Write the whole log of the domain&apos;s console to standard output, rotations stitched in order, byte for byte, then exit (for qemu+ssh:// read on the host over ssh).</source>
        <translation>Écrire tout le journal de la console du domaine sur la sortie standard, rotations recousues dans l&apos;ordre, octet par octet, puis quitter (pour qemu+ssh://, lu sur l&apos;hôte par ssh).</translation>
    </message>
    <message>
        <source>With --print-log: plain text without escape sequences (the default when standard output is a terminal).</source>
        <translation>Avec --print-log : texte brut sans séquences d’échappement (par défaut quand la sortie standard est un terminal).</translation>
    </message>
    <message>
        <source>With --print-log: the log&apos;s bytes as they are, escape sequences included, also to a terminal.</source>
        <translation>Avec --print-log : les octets du journal tels quels, séquences d’échappement comprises, même vers un terminal.</translation>
    </message>
    <message>
        <source>--strip and --raw go with --print-log.</source>
        <translation>--strip et --raw vont avec --print-log.</translation>
    </message>
    <message>
        <source>--strip and --raw exclude each other.</source>
        <translation>--strip et --raw s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>Print each boot&apos;s milestones and problems (kernel panic, oops, failed units, emergency mode …) from the domain&apos;s console log, then exit: status 0 when the boot has no problem, 3 when it has.</source>
        <translation>Afficher les étapes et les problèmes de chaque démarrage (panique du noyau, oops, unités en échec, mode d’urgence…) d’après le journal de la console du domaine, puis quitter : code 0 si le démarrage n’a aucun problème, 3 s’il en a.</translation>
    </message>
    <message>
        <source>With --boot-report: JSON instead of text.</source>
        <translation>Avec --boot-report : du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>With --boot-report: the boot to report, 1 being the oldest in the log, or &quot;all&quot;; default: the last one.</source>
        <translation>Avec --boot-report : le démarrage à décrire, 1 étant le plus ancien du journal, ou « all » ; par défaut : le dernier.</translation>
    </message>
    <message>
        <source>--boot-report excludes --list and --print-log.</source>
        <translation>--boot-report exclut --list et --print-log.</translation>
    </message>
    <message>
        <source>--boot takes a boot&apos;s number (1 is the oldest) or &quot;all&quot;, not &quot;%1&quot;.</source>
        <translation>--boot attend le numéro d’un démarrage (1 est le plus ancien) ou « all », pas « %1 ».</translation>
    </message>
    <message>
        <source>--json and --boot go with --boot-report.</source>
        <translation>--json et --boot vont avec --boot-report.</translation>
    </message>
    <message>
        <source>--boot-report needs a domain (ID, UUID or name).</source>
        <translation>--boot-report a besoin d’un domaine (ID, UUID ou nom).</translation>
    </message>
    <message>
        <source>--%1 goes with the window, not with --list, --print-log or --boot-report.</source>
        <translation>--%1 concerne la fenêtre, pas --list, --print-log ni --boot-report.</translation>
    </message>
    <message>
        <source>--%1 needs a domain (ID, UUID or name).</source>
        <translation>--%1 nécessite un domaine (ID, UUID ou nom).</translation>
    </message>
</context>
<context>
    <name>vcv::Connection</name>
    <message>
        <source>libvirt reported no reason.</source>
        <translation>libvirt n&apos;a indiqué aucune raison.</translation>
    </message>
</context>
<context>
    <name>vcv::ConnectionError</name>
    <message>
        <source>Unknown host</source>
        <translation>Hôte inconnu</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>The libvirt daemon is not running</source>
        <translation>Le démon libvirt n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Unsupported URI</source>
        <translation>URI non prise en charge</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The URI is empty.</source>
        <translation>L&apos;URI est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URI.</translation>
    </message>
    <message>
        <source>libvirt has no driver named &quot;%1&quot;.</source>
        <translation>libvirt n&apos;a pas de pilote nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>libvirt reported no reason.</source>
        <translation>libvirt n&apos;a indiqué aucune raison.</translation>
    </message>
    <message>
        <source>The daemon closed the connection.</source>
        <translation>Le démon a fermé la connexion.</translation>
    </message>
    <message>
        <source>The host stopped answering keepalive messages.</source>
        <translation>L&apos;hôte ne répond plus aux messages keepalive.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>An error broke the connection.</source>
        <translation>Une erreur a interrompu la connexion.</translation>
    </message>
    <message>
        <source>Check the host name in the URI; it must resolve on this machine (DNS or /etc/hosts).</source>
        <translation>Vérifiez le nom d&apos;hôte dans l&apos;URI&#xa0;; il doit pouvoir être résolu sur cette machine (DNS ou /etc/hosts).</translation>
    </message>
    <message>
        <source>Check the user name and the password or passphrase. For qemu+ssh:// make sure the ssh key is accepted by the host (ssh-copy-id) or loaded in your agent (ssh-add).</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe ou la phrase secrète. Pour qemu+ssh://, assurez-vous que la clé ssh est acceptée par l&apos;hôte (ssh-copy-id) ou chargée dans votre agent (ssh-add).</translation>
    </message>
    <message>
        <source>Your user may not use the daemon&apos;s socket: add it to the &quot;libvirt&quot; group and log in again, or connect to qemu:///session instead.</source>
        <translation>Votre utilisateur n&apos;a pas le droit d&apos;utiliser le socket du démon&#xa0;: ajoutez-le au groupe «&#xa0;libvirt&#xa0;» et reconnectez-vous à votre session, ou connectez-vous plutôt à qemu:///session.</translation>
    </message>
    <message>
        <source>Start the libvirt daemon on that host (systemctl start libvirtd, or virtqemud for the modular daemons); for qemu+tcp:// or qemu+tls:// it must also listen on that port.</source>
        <translation>Démarrez le démon libvirt sur cet hôte (systemctl start libvirtd, ou virtqemud pour les démons modulaires)&#xa0;; pour qemu+tcp:// ou qemu+tls://, il doit aussi écouter sur ce port.</translation>
    </message>
    <message>
        <source>Check the URI, for example qemu:///system, qemu+ssh://user@host/system or test:///default; the hypervisor driver must be installed on the host.</source>
        <translation>Vérifiez l&apos;URI, par exemple qemu:///system, qemu+ssh://user@host/system ou test:///default&#xa0;; le pilote de l&apos;hyperviseur doit être installé sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>The connection will be retried automatically; check that the daemon is running and the host is reachable.</source>
        <translation>La connexion sera retentée automatiquement&#xa0;; vérifiez que le démon fonctionne et que l&apos;hôte est joignable.</translation>
    </message>
    <message>
        <source>See the message above; the daemon&apos;s log on the host may say more.</source>
        <translation>Voir le message ci-dessus&#xa0;; le journal du démon sur l&apos;hôte peut en dire plus.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleLogConfig</name>
    <message>
        <source>Logging can be enabled for serial and console devices only, not for &quot;%1&quot;.</source>
        <translation>La journalisation ne peut être activée que pour les périphériques série et console, pas pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The domain XML cannot be read: %1</source>
        <translation>Le XML du domaine ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The domain has no device &quot;%1&quot;.</source>
        <translation>Le domaine n&apos;a pas de périphérique «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; has a log already.</source>
        <translation>Le périphérique «&#xa0;%1&#xa0;» a déjà un journal.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleLogLocator</name>
    <message>
        <source>the domain&apos;s definition has no such console.</source>
        <translation>la définition du domaine n&apos;a pas cette console.</translation>
    </message>
    <message>
        <source>This connection&apos;s driver keeps no QEMU log.</source>
        <translation>Le pilote de cette connexion ne tient pas de journal QEMU.</translation>
    </message>
    <message>
        <source>The domain&apos;s definition cannot be read: %1</source>
        <translation>La définition du domaine ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The domain has no console device &quot;%1&quot;.</source>
        <translation>Le domaine n&apos;a pas de périphérique console «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The console %1 has no log, so there is no boot history to show.

virtlogd can keep one for it: this adds &lt;log file=&apos;%2&apos; append=&apos;on&apos;/&gt; to the device in the domain&apos;s persistent definition. It takes effect the next time the domain starts.</source>
        <translation>La console %1 n&apos;a pas de journal, il n&apos;y a donc aucun historique de démarrage à afficher.

virtlogd peut en tenir un pour elle&#xa0;: cela ajoute &lt;log file=&apos;%2&apos; append=&apos;on&apos;/&gt; au périphérique dans la définition persistante du domaine. La modification prend effet au prochain démarrage du domaine.</translation>
    </message>
    <message>
        <source>The log of this console is %1 on the host %2, and logs of remote hosts are read over ssh: connect with qemu+ssh://, or run virt-console-viewer --print-log on that host.</source>
        <translation>Le journal de cette console est %1 sur l&apos;hôte %2, et les journaux des hôtes distants se lisent par ssh : connectez-vous avec qemu+ssh://, ou lancez virt-console-viewer --print-log sur cet hôte.</translation>
    </message>
    <message>
        <source>The folder %1 for the local copy of the log cannot be created.</source>
        <translation>Impossible de créer le dossier %1 de la copie locale du journal.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Console logging cannot be enabled: %1</source>
        <translation>Impossible d&apos;activer la journalisation de la console&#xa0;: %1</translation>
    </message>
    <message>
        <source>Console logging is enabled in the domain&apos;s definition. The log starts with the next start of the domain.</source>
        <translation>La journalisation de la console est activée dans la définition du domaine. Le journal commencera au prochain démarrage du domaine.</translation>
    </message>
    <message>
        <source>Console logging enabled for %1; it applies from the next start.</source>
        <translation>Journalisation de la console activée pour %1&#xa0;; elle s&apos;applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>The log %1 is readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed.</source>
        <translation>Le journal %1 n’est lisible que par root, et virt-console-viewer-logread, qui le lit avec les droits d’administrateur, n’est pas installé.</translation>
    </message>
    <message>
        <source>The domain has no console device.</source>
        <translation>Le domaine n&apos;a pas de périphérique console.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleSplitView</name>
    <message>
        <source>Enable console logging</source>
        <translation>Activer la journalisation de la console</translation>
    </message>
    <message>
        <source>Adds a virtlogd log to this console in the domain&apos;s persistent definition. It takes effect the next time the domain starts.</source>
        <translation>Ajoute un journal virtlogd à cette console dans la définition persistante du domaine. La modification prend effet au prochain démarrage du domaine.</translation>
    </message>
    <message>
        <source> — Boot log</source>
        <translation> — Journal de démarrage</translation>
    </message>
    <message>
        <source>Restart %1 Paused?</source>
        <translation>Redémarrer %1 en pause ?</translation>
    </message>
    <message>
        <source>%1 is running. Force it off and start it paused so the next boot is shown from its first line?</source>
        <translation>%1 est en marche. Forcer son extinction et le démarrer en pause pour voir le prochain démarrage dès sa première ligne ?</translation>
    </message>
    <message>
        <source>Forcing off is like pulling the plug: what the guest has not written to its disks is lost, and its file systems may need a check.</source>
        <translation>Forcer l&apos;extinction revient à débrancher la prise : ce que l&apos;invité n&apos;a pas écrit sur ses disques est perdu, et ses systèmes de fichiers peuvent demander une vérification.</translation>
    </message>
    <message>
        <source>Force Off and Restart Paused</source>
        <translation>Éteindre et redémarrer en pause</translation>
    </message>
    <message>
        <source>Read as Administrator…</source>
        <translation>Lire en tant qu’administrateur…</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>Reads the log through virt-console-viewer-logread, run with administrator rights by pkexec. It reads only this console&apos;s log.</source>
        <translation>Lit le journal avec virt-console-viewer-logread, exécuté avec les droits d’administrateur par pkexec. Il ne lit que le journal de cette console.</translation>
    </message>
    <message>
        <source>Read logs that only root may read this way from now on without asking. Settings can turn it off again.</source>
        <translation>Lire désormais ainsi sans demander les journaux que seul root peut lire. Les paramètres permettent de le désactiver.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleStream</name>
    <message>
        <source>The guest is not running.</source>
        <translation>L&apos;invité n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Fermé.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist.</source>
        <translation>Le domaine %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon is lost.</source>
        <translation>La connexion au démon libvirt est perdue.</translation>
    </message>
    <message>
        <source>The guest is not running; the console opens when it starts.</source>
        <translation>L&apos;invité n&apos;est pas en cours d&apos;exécution&#xa0;; la console s&apos;ouvrira à son démarrage.</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>Connexion à la console…</translation>
    </message>
    <message>
        <source>The guest stopped.</source>
        <translation>L&apos;invité s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Another client is attached to this console (%1). Take it over to disconnect it.</source>
        <translation>Un autre client est connecté à cette console (%1). Prenez la main pour le déconnecter.</translation>
    </message>
    <message>
        <source>Cannot open the console: %1</source>
        <translation>Impossible d&apos;ouvrir la console&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot watch the console stream (is the event loop registered?): %1</source>
        <translation>Impossible de surveiller le flux de la console (la boucle d&apos;événements est-elle enregistrée&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon was lost.</source>
        <translation>La connexion au démon libvirt a été perdue.</translation>
    </message>
    <message>
        <source>The guest stopped; the console reopens when it runs again.</source>
        <translation>L&apos;invité s&apos;est arrêté&#xa0;; la console se rouvrira quand il fonctionnera à nouveau.</translation>
    </message>
    <message>
        <source>The host closed the console; another client may have taken it over.</source>
        <translation>L&apos;hôte a fermé la console&#xa0;; un autre client en a peut-être pris la main.</translation>
    </message>
    <message>
        <source>The domain is already running; stop it first.</source>
        <translation>Le domaine est déjà en cours d&apos;exécution&#xa0;; arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot start the domain paused: %1</source>
        <translation>Impossible de démarrer le domaine en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot resume the domain: %1</source>
        <translation>Impossible de reprendre le domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot send Ctrl+Alt+Del: %1</source>
        <translation>Impossible d&apos;envoyer Ctrl+Alt+Del&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a SysRq command.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande SysRq.</translation>
    </message>
    <message>
        <source>Cannot send SysRq %1: %2</source>
        <translation>Impossible d&apos;envoyer SysRq %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This connection&apos;s driver (%1) cannot open consoles.</source>
        <translation>Le pilote de cette connexion (%1) ne peut pas ouvrir de consoles.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The connection to the libvirt daemon is gone.</source>
        <translation>La connexion au démon libvirt n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot start the domain paused: not connected.</source>
        <translation>Impossible de démarrer le domaine en pause : pas de connexion.</translation>
    </message>
    <message>
        <source>Starting the domain paused…</source>
        <translation>Démarrage du domaine en pause…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The console stream refused the bytes.</source>
        <translation>Le flux de la console a refusé les octets.</translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleTab</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Console attached</source>
        <translation>Console connectée</translation>
    </message>
    <message>
        <source>Console connecting</source>
        <translation>Connexion de la console</translation>
    </message>
    <message>
        <source>Console in use by another client</source>
        <translation>Console utilisée par un autre client</translation>
    </message>
    <message>
        <source>Waiting for the guest to run</source>
        <translation>En attente du démarrage de l&apos;invité</translation>
    </message>
    <message>
        <source>Console closed</source>
        <translation>Console fermée</translation>
    </message>
    <message>
        <source>following</source>
        <translation>suivi actif</translation>
    </message>
    <message>
        <source>not following</source>
        <translation>suivi inactif</translation>
    </message>
    <message>
        <source>QEMU log</source>
        <translation>Journal QEMU</translation>
    </message>
    <message>
        <source>Console log</source>
        <translation>Journal de la console</translation>
    </message>
    <message>
        <source>Reading the log</source>
        <translation>Lecture du journal</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Log of %1 was wiped; earlier text archived to %2</source>
        <translation>Le journal de %1 a été effacé ; le texte précédent est archivé dans %2</translation>
    </message>
    <message>
        <source>Log of %1 was wiped, but %2</source>
        <translation>Le journal de %1 a été effacé, mais %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, copied over ssh: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 sur %2, copié par ssh : %Ln ligne, %3</numerusform>
            <numerusform>%1 sur %2, copié par ssh : %Ln lignes, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1 : %Ln ligne, %2</numerusform>
            <numerusform>%1 : %Ln lignes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rotated file(s)</source>
        <translation>
            <numerusform>, %n fichier de rotation</numerusform>
            <numerusform>, %n fichiers de rotation</numerusform>
        </translation>
    </message>
    <message>
        <source>The log %1 no longer receives what the console shows: virtlogd has probably stopped. libvirt cannot re-attach a running guest&apos;s log; it resumes when %2 is next started.</source>
        <translation>Le journal %1 ne reçoit plus ce que montre la console : virtlogd s’est probablement arrêté. libvirt ne peut pas rattacher le journal d’un invité en marche ; il reprend au prochain démarrage de %2.</translation>
    </message>
    <message>
        <source>── the connection to libvirt was lost at %1 and is back: reattached; what the guest printed meanwhile is in the log ──</source>
        <translation>── la connexion à libvirt a été perdue à %1 et est revenue : rattaché ; ce que l’invité a affiché entre-temps est dans le journal ──</translation>
    </message>
    <message>
        <source>the log stopped (virtlogd?)</source>
        <translation>journal arrêté (virtlogd ?)</translation>
    </message>
    <message>
        <source>Copying the log&apos;s history</source>
        <translation>Copie de l&apos;historique du journal</translation>
    </message>
    <message>
        <source>The log %1 is readable by root only.

Read it with administrator rights? The viewer&apos;s log reader then reads this console&apos;s log, and only that; members of the group &quot;libvirt&quot; need no password for it, anyone else is asked for an administrator&apos;s.</source>
        <translation>Le journal %1 n’est lisible que par root.

Le lire avec les droits d’administrateur&#xa0;? Le lecteur de journaux du programme lit alors le journal de cette console, et lui seul&#xa0;; les membres du groupe «&#xa0;libvirt&#xa0;» n’ont pas besoin de mot de passe, les autres doivent donner celui d’un administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%1, read with administrator rights: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1, lu avec les droits d’administrateur&#xa0;: %Ln ligne, %2</numerusform>
            <numerusform>%1, lu avec les droits d’administrateur&#xa0;: %Ln lignes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, read over ssh with sudo: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 sur %2, lu par ssh avec sudo&#xa0;: %Ln ligne, %3</numerusform>
            <numerusform>%1 sur %2, lu par ssh avec sudo&#xa0;: %Ln lignes, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The QEMU log %1 is readable by root only.

Read it with administrator rights? The viewer&apos;s log reader then reads this domain&apos;s QEMU log, and only that; members of the group &quot;libvirt&quot; need no password for it, anyone else is asked for an administrator&apos;s.</source>
        <translation>Le journal QEMU %1 n’est lisible que par root.

Le lire avec les droits d’administrateur&#xa0;? Le lecteur de journaux de la visionneuse lit alors le journal QEMU de ce domaine, et lui seul&#xa0;; les membres du groupe «&#xa0;libvirt&#xa0;» n’ont pas besoin de mot de passe, les autres doivent donner celui d’un administrateur.</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

libvirt writes a domain&apos;s QEMU log readable by root only, and virt-console-viewer-logread, which reads it with administrator rights, is not installed here. Install virt-console-viewer&apos;s package (with its polkit rule, members of the group &quot;libvirt&quot; read a domain&apos;s logs through it), or ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2

libvirt écrit le journal QEMU d’un domaine lisible par root seul, et virt-console-viewer-logread, qui le lit avec les droits d’administrateur, n’est pas installé ici. Installez le paquet de virt-console-viewer (avec sa règle polkit, les membres du groupe «&#xa0;libvirt&#xa0;» lisent par lui les journaux d’un domaine), ou demandez à un administrateur un accès en lecture (une ACL sur %3).</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

virtlogd writes console logs readable by root only, and virt-console-viewer-logread, which reads them with administrator rights, is not installed here. Install virt-console-viewer&apos;s package (with its polkit rule, members of the group &quot;libvirt&quot; read a domain&apos;s logs through it), or ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2

virtlogd écrit les journaux de console lisibles par root seul, et virt-console-viewer-logread, qui les lit avec les droits d’administrateur, n’est pas installé ici. Installez le paquet de virt-console-viewer (avec sa règle polkit, les membres du groupe «&#xa0;libvirt&#xa0;» lisent par lui les journaux d’un domaine), ou demandez à un administrateur un accès en lecture (une ACL sur %3).</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2

It is readable by root only: ask an administrator to give you read access (an ACL on %3).</source>
        <translation>Le journal %1 ne peut pas être lu&#xa0;: %2

Il n’est lisible que par root&#xa0;: demandez à un administrateur un accès en lecture (une ACL sur %3).</translation>
    </message>
</context>
<context>
    <name>vcv::CredentialDialog</name>
    <message>
        <source>Authentication for %1</source>
        <translation>Authentification pour %1</translation>
    </message>
    <message>
        <source>The connection %1 asks for credentials.</source>
        <translation>La connexion %1 demande des identifiants.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Domaine d&apos;authentification (realm)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>vcv::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>vcv::DomainActions</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>Impossible de reprendre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not shut down %1: %2</source>
        <translation>Impossible d&apos;arrêter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not force %1 off: %2</source>
        <translation>Impossible de forcer l&apos;extinction de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not reboot %1: %2</source>
        <translation>Impossible de redémarrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vcv::DomainInfo</name>
    <message>
        <source>no state</source>
        <translation>aucun état</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
</context>
<context>
    <name>vcv::DomainListModel</name>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistant</translation>
    </message>
    <message>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
    <message>
        <source>no log</source>
        <translation>pas de journal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Persistance</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>Consoles</translation>
    </message>
</context>
<context>
    <name>vcv::DomainLookup</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No domain with the ID, UUID or name &quot;%1&quot;.</source>
        <translation>Aucun domaine avec l&apos;ID, l&apos;UUID ou le nom «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vcv::DomainTree</name>
    <message>
        <source>Filter domains…</source>
        <translation>Filtrer les domaines…</translation>
    </message>
    <message>
        <source>Open &amp;console</source>
        <translation>Ouvrir la &amp;console</translation>
    </message>
    <message>
        <source>%1 (with log)</source>
        <translation>%1 (avec journal)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start &amp;paused and attach</source>
        <translation>Démarrer en &amp;pause et se connecter</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation>Arrêter %1&#xa0;?</translation>
    </message>
    <message>
        <source>The guest %1 is asked to shut down; unsaved work in it may be lost.</source>
        <translation>Une demande d&apos;arrêt est envoyée à l&apos;invité %1&#xa0;; le travail non enregistré qu&apos;il contient peut être perdu.</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>Redémarr&amp;er</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>Redémarrer %1&#xa0;?</translation>
    </message>
    <message>
        <source>The guest %1 is asked to reboot.</source>
        <translation>Une demande de redémarrage est envoyée à l&apos;invité %1.</translation>
    </message>
    <message>
        <source>&amp;Force off</source>
        <translation>&amp;Forcer l&apos;extinction</translation>
    </message>
    <message>
        <source>Force %1 off?</source>
        <translation>Forcer l&apos;extinction de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The guest %1 is stopped at once, like pulling the plug: its disks may be left inconsistent.</source>
        <translation>L&apos;invité %1 est arrêté immédiatement, comme si on le débranchait&#xa0;: ses disques peuvent rester dans un état incohérent.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>The connection %1 is closed and forgotten.</source>
        <translation>La connexion %1 est fermée et oubliée.</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Ajouter une co&amp;nnexion…</translation>
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
        <translation>la console</translation>
    </message>
    <message>
        <source>Last boot on %1: %2</source>
        <translation>Dernier démarrage sur %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n problem(s)</source>
        <translation>
            <numerusform>%1 · %n problème</numerusform>
            <numerusform>%1 · %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::DomainXml</name>
    <message>
        <source>The domain XML is malformed: %1 (line %2)</source>
        <translation>Le XML du domaine est mal formé&#xa0;: %1 (ligne %2)</translation>
    </message>
    <message>
        <source>The XML does not describe a domain.</source>
        <translation>Le XML ne décrit pas un domaine.</translation>
    </message>
</context>
<context>
    <name>vcv::LogArchiver</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the copy of the log: %1</source>
        <translation>impossible d&apos;écrire la copie du journal : %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the copy of the log cannot be read: %1</source>
        <translation>impossible de lire la copie du journal : %1</translation>
    </message>
    <message>
        <source>the earlier text could not be archived: its copy failed (%1).</source>
        <translation>le texte précédent n&apos;a pas pu être archivé : sa copie a échoué (%1).</translation>
    </message>
    <message>
        <source>no archive folder is set</source>
        <translation>aucun dossier d&apos;archives n&apos;est défini</translation>
    </message>
    <message>
        <source>the earlier text could not be archived (%1). It is kept and archived at the next wipe, or when the archive folder is changed in the settings.</source>
        <translation>le texte précédent n&apos;a pas pu être archivé (%1). Il est conservé et sera archivé au prochain effacement, ou dès que le dossier d&apos;archives sera changé dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>vcv::LogDocument</name>
    <message>
        <source>──── log restarted ────</source>
        <translation>──── journal recommencé ────</translation>
    </message>
    <message>
        <source>──── lines missing: the log rotated faster than it could be read ────</source>
        <translation>──── lignes manquantes&#xa0;: la rotation du journal a été plus rapide que sa lecture ────</translation>
    </message>
</context>
<context>
    <name>vcv::LogExporter</name>
    <message>
        <source>Cannot read the log at byte %1</source>
        <translation>Impossible de lire le journal à l&apos;octet %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
</context>
<context>
    <name>vcv::LogGoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>Aller à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
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
        <translation>Déplacer la ligne courante</translation>
    </message>
    <message>
        <source>Go to the first line</source>
        <translation>Aller à la première ligne</translation>
    </message>
    <message>
        <source>Go to the last line and follow the log</source>
        <translation>Aller à la dernière ligne et suivre le journal</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Défiler latéralement</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
</context>
<context>
    <name>vcv::LogOverviewRuler</name>
    <message>
        <source>Overview: search matches, errors, warnings and bookmarks in the whole log</source>
        <translation>Vue d&apos;ensemble&#xa0;: occurrences de la recherche, erreurs, avertissements et signets dans tout le journal</translation>
    </message>
</context>
<context>
    <name>vcv::LogPane</name>
    <message>
        <source>Boots</source>
        <translation>Démarrages</translation>
    </message>
    <message>
        <source>Show the list of boots in this log</source>
        <translation>Afficher la liste des démarrages de ce journal</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the end of the log in view as it grows (End)</source>
        <translation>Garder la fin du journal visible à mesure qu&apos;il s&apos;allonge (Fin)</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Aller à la ligne…</translation>
    </message>
    <message>
        <source>Toggle Bookmark</source>
        <translation>Ajouter ou supprimer un signet</translation>
    </message>
    <message>
        <source>Next Bookmark</source>
        <translation>Signet suivant</translation>
    </message>
    <message>
        <source>Previous Bookmark</source>
        <translation>Signet précédent</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Colour Theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>Automatic (light or dark)</source>
        <translation>Automatique (clair ou sombre)</translation>
    </message>
    <message>
        <source>Save Log As…</source>
        <translation>Enregistrer le journal sous…</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Journal de démarrage</translation>
    </message>
    <message>
        <source>Boots (%1)</source>
        <translation>Démarrages (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in boot %1 of %2</source>
        <translation>
            <numerusform>%n problème dans le démarrage %1 sur %2</numerusform>
            <numerusform>%n problèmes dans le démarrage %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this log</source>
        <translation>
            <numerusform>%n problème dans ce journal</numerusform>
            <numerusform>%n problèmes dans ce journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the problems of boot %1 (%n in the whole log)</source>
        <translation>
            <numerusform>Afficher les problèmes du démarrage %1 (%n dans tout le journal)</numerusform>
            <numerusform>Afficher les problèmes du démarrage %1 (%n dans tout le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the problems of this log: panics, Oopses, failed units, …</source>
        <translation>Afficher les problèmes de ce journal&#xa0;: paniques, Oops, unités en échec, …</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines (%1)</source>
        <translation>Renvoyer les longues lignes à la ligne (%1)</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Wrap Long Lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Show how long each step of the boot took, and compare two boots</source>
        <translation>Montrer la durée de chaque étape du démarrage et comparer deux démarrages</translation>
    </message>
</context>
<context>
    <name>vcv::LogProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Kernel panic</source>
        <translation>Panique du noyau</translation>
    </message>
    <message>
        <source>Kernel Oops</source>
        <translation>Oops du noyau</translation>
    </message>
    <message>
        <source>Kernel BUG</source>
        <translation>BUG du noyau</translation>
    </message>
    <message>
        <source>Kernel warning</source>
        <translation>Avertissement du noyau</translation>
    </message>
    <message>
        <source>Hung task</source>
        <translation>Tâche bloquée</translation>
    </message>
    <message>
        <source>CPU lockup</source>
        <translation>Processeur bloqué</translation>
    </message>
    <message>
        <source>RCU stall</source>
        <translation>Blocage RCU</translation>
    </message>
    <message>
        <source>Out-of-memory kill</source>
        <translation>Arrêt faute de mémoire</translation>
    </message>
    <message>
        <source>Segmentation fault</source>
        <translation>Erreur de segmentation</translation>
    </message>
    <message>
        <source>Failed unit</source>
        <translation>Unité en échec</translation>
    </message>
    <message>
        <source>Emergency mode</source>
        <translation>Mode d’urgence</translation>
    </message>
    <message>
        <source>Boot timeout</source>
        <translation>Délai de démarrage dépassé</translation>
    </message>
    <message>
        <source>Firmware or boot loader</source>
        <translation>Micrologiciel ou chargeur d’amorçage</translation>
    </message>
</context>
<context>
    <name>vcv::LogProblemsPanel</name>
    <message>
        <source>Only problems</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Show only the lines with problems and the lines around them</source>
        <translation>N’afficher que les lignes à problème et les lignes autour</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Lines of context shown before and after each problem</source>
        <translation>Lignes de contexte affichées avant et après chaque problème</translation>
    </message>
    <message numerus="yes">
        <source> line(s)</source>
        <translation>
            <numerusform> ligne</numerusform>
            <numerusform> lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogSearchBar</name>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Lignes correspondantes seulement</translation>
    </message>
    <message>
        <source>Hide matching</source>
        <translation>Masquer les lignes correspondantes</translation>
    </message>
    <message>
        <source>Filter the lines of the log by the search</source>
        <translation>Filtrer les lignes du journal selon la recherche</translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (newest lines; the history is still arriving)</source>
        <translation>%1 (lignes les plus récentes ; l&apos;historique arrive encore)</translation>
    </message>
</context>
<context>
    <name>vcv::LogSearchNavigator</name>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expression régulière invalide au caractère %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vcv::LogView</name>
    <message>
        <source>Jump to the end of the log and follow it (End)</source>
        <translation>Aller à la fin du journal et le suivre (Fin)</translation>
    </message>
    <message>
        <source>No log</source>
        <translation>Aucun journal</translation>
    </message>
    <message>
        <source>The log is empty</source>
        <translation>Le journal est vide</translation>
    </message>
    <message>
        <source>No line of this boot matches the filter</source>
        <translation>Aucune ligne de ce démarrage ne correspond au filtre</translation>
    </message>
    <message>
        <source>No line matches the filter</source>
        <translation>Aucune ligne ne correspond au filtre</translation>
    </message>
    <message numerus="yes">
        <source>↓ %Ln new line(s)</source>
        <translation>
            <numerusform>↓ %Ln nouvelle ligne</numerusform>
            <numerusform>↓ %Ln nouvelles lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln line(s); save the log to get all of it.</source>
        <translation>
            <numerusform>Première ligne copiée ; enregistrez le journal pour tout avoir.</numerusform>
            <numerusform>Les %Ln premières lignes ont été copiées ; enregistrez le journal pour tout avoir.</numerusform>
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
        <translation>Double-cliquez sur un domaine pour ouvrir sa console série et son journal de démarrage.
Cliquez dessus avec le bouton droit pour le démarrer en pause et voir tout le démarrage.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>&amp;Save Log As…</source>
        <translation>&amp;Enregistrer le journal sous…</translation>
    </message>
    <message>
        <source>&amp;Close Console</source>
        <translation>Fermer la &amp;console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Terminal and Log &amp;Above Each Other</source>
        <translation>Terminal et journal &amp;superposés</translation>
    </message>
    <message>
        <source>&amp;Pop Out Log Pane</source>
        <translation>&amp;Détacher le panneau du journal</translation>
    </message>
    <message>
        <source>&amp;Domain List</source>
        <translation>&amp;Liste des domaines</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Virt Console Viewer</source>
        <translation>À &amp;propos de Virt Console Viewer</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>There is no log to save in this tab.</source>
        <translation>Il n&apos;y a aucun journal à enregistrer dans cet onglet.</translation>
    </message>
    <message>
        <source>Save Log As</source>
        <translation>Enregistrer le journal sous</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Le journal n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Log saved to %1.</source>
        <translation>Journal enregistré dans %1.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Virt Console Viewer</source>
        <translation>À propos de Virt Console Viewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virt Console Viewer %1&lt;/h3&gt;&lt;p&gt;The serial console and the boot log of libvirt guests, side by side.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Virt Console Viewer %1&lt;/h3&gt;&lt;p&gt;La console série et le journal de démarrage des invités libvirt, côte à côte.&lt;/p&gt;&lt;p&gt;Distribué sous la licence GNU General Public License, version 2 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>&amp;Reattach When the Domain Runs Again</source>
        <translation>Se &amp;reconnecter au redémarrage du domaine</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Show the &amp;QEMU Log Instead</source>
        <translation>Afficher plutôt le journal &amp;QEMU</translation>
    </message>
    <message>
        <source>The domain&apos;s QEMU log tells why QEMU itself failed to start or stopped.</source>
        <translation>Le journal QEMU du domaine indique pourquoi QEMU lui-même n&apos;a pas pu démarrer ou s&apos;est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln connection(s) open</source>
        <translation>
            <numerusform>%1 connexion ouverte sur %Ln</numerusform>
            <numerusform>%1 connexions ouvertes sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop copying the log&apos;s history (what has arrived stays)</source>
        <translation>Arrêter la copie de l&apos;historique du journal (ce qui est arrivé reste)</translation>
    </message>
    <message>
        <source>Tell the &amp;Guest the Terminal Size</source>
        <translation>Indiquer la taille du terminal à l’&amp;invité</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt</source>
        <translation>Taper «&#xa0;stty rows … cols …&#xa0;» à l’invite de l’invité</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt (%1 in the terminal)</source>
        <translation>Taper «&#xa0;stty rows … cols …&#xa0;» à l’invite de l’invité (%1 dans le terminal)</translation>
    </message>
    <message>
        <source>Change them in File → Settings…, Shortcuts.</source>
        <translation>Modifiables dans Fichier → Paramètres…, Raccourcis.</translation>
    </message>
    <message>
        <source>Boot log navigation (fixed)</source>
        <translation>Navigation dans le journal de démarrage (fixe)</translation>
    </message>
</context>
<context>
    <name>vcv::RemoteLogMirror</name>
    <message>
        <source>Cannot write the local copy %1 of the log: %2</source>
        <translation>Impossible d&apos;écrire la copie locale %1 du journal : %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Install the OpenSSH client.</source>
        <translation>Impossible de lancer %1 : %2. Installez le client OpenSSH.</translation>
    </message>
    <message>
        <source>The log %1 does not exist on the host (yet): the domain writes it when it runs.</source>
        <translation>Le journal %1 n&apos;existe pas (encore) sur l&apos;hôte : le domaine l&apos;écrit quand il tourne.</translation>
    </message>
    <message>
        <source>ssh ended with status %1</source>
        <translation>ssh a terminé avec le code %1</translation>
    </message>
    <message>
        <source>Reading the log %1 over ssh failed: %2</source>
        <translation>La lecture du journal %1 par ssh a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>The ssh connection for the log ended (%1); trying again in %n second(s).</source>
        <translation>
            <numerusform>La connexion ssh du journal a pris fin (%1) ; nouvel essai dans %n seconde.</numerusform>
            <numerusform>La connexion ssh du journal a pris fin (%1) ; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log %1 over ssh failed: the host sent something other than the log.</source>
        <translation>La lecture du journal %1 par ssh a échoué : l&apos;hôte a envoyé autre chose que le journal.</translation>
    </message>
    <message>
        <source>Cannot run %1.</source>
        <translation>Impossible d&apos;exécuter %1.</translation>
    </message>
    <message>
        <source>The older part of the log %1 was rotated away on the host before it could be copied.</source>
        <translation>La partie ancienne du journal %1 a été supprimée par la rotation sur l&apos;hôte avant d&apos;avoir pu être copiée.</translation>
    </message>
    <message>
        <source>Copying the older part of the log %1 failed: %2</source>
        <translation>La copie de la partie ancienne du journal %1 a échoué : %2</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>The log %1 on the host is not readable for the ssh user. virtlogd writes logs readable by root only: connect as root (qemu+ssh://root@…), let that user run the log reader with sudo there, or give that user read access (an ACL on the files).</source>
        <translation>Le journal %1 sur l’hôte n’est pas lisible pour l’utilisateur ssh. virtlogd écrit les journaux lisibles par root seulement&#xa0;: connectez-vous en root (qemu+ssh://root@…), autorisez cet utilisateur à lancer le lecteur de journaux avec sudo sur l’hôte, ou donnez-lui l’accès en lecture (une ACL sur les fichiers).</translation>
    </message>
    <message>
        <source>The log reader refused to read the log %1: %2</source>
        <translation>Le lecteur de journaux a refusé de lire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights failed: %2</source>
        <translation>La lecture du journal %1 avec les droits d’administrateur a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The log reader on the host failed to read the log %1: %2</source>
        <translation>Le lecteur de journaux de l’hôte n’a pas pu lire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Install polkit&apos;s pkexec.</source>
        <translation>Impossible de lancer %1&#xa0;: %2. Installez pkexec de polkit.</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights ended: %2</source>
        <translation>La lecture du journal %1 avec les droits d’administrateur s’est terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the log %1 failed: the log reader sent something other than the log.</source>
        <translation>La lecture du journal %1 a échoué&#xa0;: le lecteur de journaux a envoyé autre chose que le journal.</translation>
    </message>
    <message>
        <source>Reading the log %1 with administrator rights was not authorised. Members of the group &quot;libvirt&quot; may read a domain&apos;s console and QEMU logs without a password once virt-console-viewer&apos;s polkit rule is installed; otherwise ask an administrator to add you to that group, or to give you read access to the log (an ACL on %2).</source>
        <translation>La lecture du journal %1 avec les droits d’administrateur n’a pas été autorisée. Les membres du groupe «&#xa0;libvirt&#xa0;» peuvent lire les journaux de console et QEMU d’un domaine sans mot de passe une fois la règle polkit de virt-console-viewer installée&#xa0;; sinon, demandez à un administrateur de vous ajouter à ce groupe ou de vous donner un accès en lecture au journal (une ACL sur %2).</translation>
    </message>
    <message>
        <source>virt-console-viewer is not installed on %1 (its log reader, which reads logs that root alone may read there, is at none of %2). Install the virt-console-viewer package there and let the ssh user run the reader with sudo without a password (a sudoers rule such as &quot;%libvirt ALL=(root) NOPASSWD: %3&quot;), connect as root (qemu+ssh://root@…), or give the ssh user read access to the log %4 (an ACL on its folder&apos;s files).</source>
        <translation>virt-console-viewer n’est pas installé sur %1 (son lecteur de journaux, qui y lit les journaux que seul root peut lire, ne se trouve à aucun de %2). Installez-y le paquet virt-console-viewer et laissez l’utilisateur ssh lancer le lecteur avec sudo sans mot de passe (une règle sudoers telle que «&#xa0;%libvirt ALL=(root) NOPASSWD: %3&#xa0;»), connectez-vous en root (qemu+ssh://root@…), ou donnez à l’utilisateur ssh un accès en lecture au journal %4 (une ACL sur les fichiers de son dossier).</translation>
    </message>
    <message>
        <source>The ssh user may not read the log %1 with sudo on %2 (%3): sudo needs a rule that lets that user run virt-console-viewer&apos;s log reader without a password, such as &quot;%libvirt ALL=(root) NOPASSWD: %4&quot; (the reader&apos;s path there: the first of %5 that exists). Otherwise connect as root (qemu+ssh://root@…), or give that user read access to the log (an ACL on its folder&apos;s files).</source>
        <translation>L’utilisateur ssh ne peut pas lire le journal %1 avec sudo sur %2 (%3)&#xa0;: sudo a besoin d’une règle qui lui permette de lancer le lecteur de journaux de virt-console-viewer sans mot de passe, telle que «&#xa0;%libvirt ALL=(root) NOPASSWD: %4&#xa0;» (le chemin du lecteur là-bas&#xa0;: le premier de %5 qui existe). Sinon, connectez-vous en root (qemu+ssh://root@…), ou donnez à cet utilisateur un accès en lecture au journal (une ACL sur les fichiers de son dossier).</translation>
    </message>
    <message>
        <source>the log reader ended with status %1</source>
        <translation>le lecteur de journaux s’est terminé avec le statut %1</translation>
    </message>
</context>
<context>
    <name>vcv::RestartPausedFlow</name>
    <message>
        <source>%1 could not be forced off, so it was not restarted: %2</source>
        <translation>Impossible de forcer l&apos;extinction de %1, il n&apos;a donc pas été redémarré : %2</translation>
    </message>
    <message>
        <source>The connection was lost while %1 was being restarted paused.</source>
        <translation>La connexion a été perdue pendant le redémarrage en pause de %1.</translation>
    </message>
    <message>
        <source>%1 is already being restarted paused.</source>
        <translation>%1 est déjà en cours de redémarrage en pause.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>The state of %1 cannot be read: %2</source>
        <translation>Impossible de lire l&apos;état de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a transient domain: forced off, it would be gone, so it cannot be restarted paused. Define it first (virsh define) to restart it.</source>
        <translation>%1 est un domaine transitoire : éteint de force, il disparaîtrait, il ne peut donc pas être redémarré en pause. Définissez-le d&apos;abord (virsh define) pour le redémarrer.</translation>
    </message>
    <message>
        <source>Forcing %1 off to restart it paused…</source>
        <translation>Extinction forcée de %1 pour le redémarrer en pause…</translation>
    </message>
    <message>
        <source>%1 was forced off, but its console is gone; start it again from the domain list.</source>
        <translation>%1 a été éteint de force, mais sa console a disparu ; redémarrez-le depuis la liste des domaines.</translation>
    </message>
</context>
<context>
    <name>vcv::RotationChain</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a FIFO, not a log file</source>
        <translation>%1 est une FIFO, pas un fichier journal</translation>
    </message>
    <message>
        <source>%1 is a socket, not a log file</source>
        <translation>%1 est une socket, pas un fichier journal</translation>
    </message>
    <message>
        <source>%1 is a directory, not a log file</source>
        <translation>%1 est un dossier, pas un fichier journal</translation>
    </message>
    <message>
        <source>%1 is a device, not a log file</source>
        <translation>%1 est un périphérique, pas un fichier journal</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; log files are not read through links</source>
        <translation>%1 est un lien symbolique ; les journaux ne sont pas lus à travers des liens</translation>
    </message>
</context>
<context>
    <name>vcv::Search</name>
    <message>
        <source>Invalid regular expression: %1 (at %2)</source>
        <translation>Expression régulière invalide&#xa0;: %1 (à la position %2)</translation>
    </message>
</context>
<context>
    <name>vcv::SettingsDialog</name>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Follow the end of the log when a console opens</source>
        <translation>Suivre la fin du journal à l&apos;ouverture d&apos;une console</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Follow the desktop (light or dark)</source>
        <translation>Comme le bureau (clair ou sombre)</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source> characters/s</source>
        <translation> caractères/s</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>&amp;Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Boot log</source>
        <translation>Journal de démarrage</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Archive the earlier text when a log is wiped</source>
        <translation>Archiver le texte précédent quand un journal est effacé</translation>
    </message>
    <message>
        <source>virtlogd deletes a console&apos;s log when a domain with &lt;log append=&apos;off&apos;&gt; starts, and a log may be truncated by hand. The text it held before is then written to a file of its own in the archive folder, one subfolder per host.</source>
        <translation>virtlogd efface le journal d&apos;une console quand un domaine avec &lt;log append=&apos;off&apos;&gt; démarre, et un journal peut être tronqué à la main. Le texte qu&apos;il contenait est alors écrit dans un fichier à part dans le dossier d&apos;archives, un sous-dossier par hôte.</translation>
    </message>
    <message>
        <source>Empty: %1. Each host gets a subfolder (&quot;local&quot; for this machine).</source>
        <translation>Vide : %1. Chaque hôte a son sous-dossier (« local » pour cette machine).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Dossier d&apos;archives</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source> per console</source>
        <translation> par console</translation>
    </message>
    <message>
        <source>Archive &amp;folder:</source>
        <translation>&amp;Dossier d&apos;archives :</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Garder les &amp;dernières :</translation>
    </message>
    <message>
        <source>Ask before pasting several lines</source>
        <translation>Demander avant de coller plusieurs lignes</translation>
    </message>
    <message>
        <source>One window per echo timeout</source>
        <translation>Une fenêtre par délai d’écho</translation>
    </message>
    <message>
        <source>Pastes go out as fast as the guest echoes them, a line at a time. A guest that does not echo (a password prompt, echo turned off) gets them at this pace.</source>
        <translation>Les collages partent aussi vite que l’invité en renvoie l’écho, ligne par ligne. Un invité sans écho (une demande de mot de passe, écho désactivé) les reçoit à ce rythme.</translation>
    </message>
    <message>
        <source>&amp;Paste pace without echo:</source>
        <translation>&amp;Rythme de collage sans écho :</translation>
    </message>
    <message>
        <source>Start a console&apos;s terminal from the end of its log</source>
        <translation>Commencer le terminal d’une console par la fin de son journal</translation>
    </message>
    <message>
        <source>A running guest&apos;s terminal shows its recent output at once, taken from the console&apos;s log, instead of staying empty until the guest prints.</source>
        <translation>Le terminal d’un invité en marche montre aussitôt sa sortie récente, tirée du journal de la console, au lieu de rester vide jusqu’à ce que l’invité affiche quelque chose.</translation>
    </message>
    <message>
        <source>Read logs only root may read with administrator rights without asking</source>
        <translation>Lire sans demander, avec les droits d’administrateur, les journaux que seul root peut lire</translation>
    </message>
    <message>
        <source>virtlogd writes console logs readable by root only. The viewer&apos;s log reader, run by pkexec, reads a console&apos;s log for you; off, the log pane asks first.</source>
        <translation>virtlogd écrit les journaux de console lisibles par root seulement. Le lecteur de journaux du programme, lancé par pkexec, lit pour vous le journal d’une console&#xa0;; désactivé, le volet du journal demande d’abord.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>S&amp;hortcuts</source>
        <translation>&amp;Raccourcis</translation>
    </message>
    <message>
        <source>Notify me when a guest panics or stalls during boot</source>
        <translation>M’avertir quand un invité panique ou se bloque au démarrage</translation>
    </message>
    <message>
        <source>A desktop notification when an open console&apos;s guest panics, oopses, reaches an emergency shell or prints nothing for a while during a boot, unless you are looking at that console. Clicking it shows the line.</source>
        <translation>Une notification de bureau quand l’invité d’une console ouverte panique, subit un Oops, tombe dans un shell d’urgence ou n’affiche plus rien un moment pendant un démarrage, sauf si vous regardez cette console. Un clic dessus montre la ligne.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>A boot that began while its console was open counts as stalled when the console prints nothing for this long before a login prompt or systemd&apos;s &quot;Startup finished&quot;.</source>
        <translation>Un démarrage commencé pendant que sa console était ouverte est considéré comme bloqué quand la console n’affiche rien pendant ce temps avant une invite de connexion ou le «&#xa0;Startup finished&#xa0;» de systemd.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Boot sta&amp;lled after:</source>
        <translation>Démarrage &amp;bloqué après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>vcv::ShortcutsPage</name>
    <message>
        <source>&amp;No Key</source>
        <translation>&amp;Aucune touche</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Rétablir la valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Tout rétablir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Leave the action without a key</source>
        <translation>Laisser l&apos;action sans touche</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>T&amp;ouche&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2” (%3). Give that action another key first.</source>
        <translation>%1 est déjà le raccourci de «&#xa0;%2&#xa0;» (%3). Donnez d&apos;abord une autre touche à cette action.</translation>
    </message>
    <message>
        <source>Press the new key: it replaces the first, other keys of the action stay</source>
        <translation>Appuyez sur la nouvelle touche&#xa0;: elle remplace la première, les autres touches de l&apos;action restent</translation>
    </message>
</context>
<context>
    <name>vcv::SshAskPassService</name>
    <message>
        <source>The helper virt-console-viewer-askpass is not installed.</source>
        <translation>L&apos;assistant virt-console-viewer-askpass n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot create a private directory in %1: %2</source>
        <translation>Impossible de créer un répertoire privé dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot link %1 into %2.</source>
        <translation>Impossible de lier %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot listen for ssh&apos;s questions: %1</source>
        <translation>Impossible d&apos;attendre les questions de ssh : %1</translation>
    </message>
    <message>
        <source>Cannot listen for ssh&apos;s questions: the path %1 is too long for a socket.</source>
        <translation>Impossible d&apos;attendre les questions de ssh : le chemin %1 est trop long pour une socket.</translation>
    </message>
</context>
<context>
    <name>vcv::SshCommand</name>
    <message>
        <source>%1 does not connect through ssh.</source>
        <translation>%1 ne se connecte pas par ssh.</translation>
    </message>
</context>
<context>
    <name>vcv::SshPrompter</name>
    <message>
        <source>Answer Yes only if you trust this host and its key.</source>
        <translation>Ne répondez Oui que si vous faites confiance à cet hôte et à sa clé.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>ssh connecting to %1 asks:</source>
        <translation>ssh demande, en se connectant à %1 :</translation>
    </message>
    <message>
        <source>Asked by ssh connecting to %1. Answer Yes only if you trust this host and its key.</source>
        <translation>Demandé par ssh en se connectant à %1. Ne répondez Oui que si vous faites confiance à cet hôte et à sa clé.</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>Prendre la &amp;main</translation>
    </message>
    <message>
        <source>Disconnect the other client and attach this window to the console</source>
        <translation>Déconnecter l&apos;autre client et connecter cette fenêtre à la console</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Reco&amp;nnecter</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <translation>Connexion à la console…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>The console is in use by another client.</source>
        <translation>La console est utilisée par un autre client.</translation>
    </message>
    <message>
        <source>The guest is not running; the console reattaches when it starts.</source>
        <translation>L&apos;invité n&apos;est pas en cours d&apos;exécution&#xa0;; la console se reconnectera à son démarrage.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>The console failed.</source>
        <translation>La console a rencontré une erreur.</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>Effacer l&apos;hi&amp;storique</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Ctrl+&amp;C (interrupt)</source>
        <translation>Ctrl+&amp;C (interruption)</translation>
    </message>
    <message>
        <source>Ctrl+&amp;D (end of input)</source>
        <translation>Ctrl+&amp;D (fin de saisie)</translation>
    </message>
    <message>
        <source>Ctrl+&amp;Alt+Del</source>
        <translation>Ctrl+&amp;Alt+Del</translation>
    </message>
    <message>
        <source>Magic &amp;SysRq</source>
        <translation>&amp;SysRq magique</translation>
    </message>
    <message>
        <source>h — Help</source>
        <translation>h — Aide</translation>
    </message>
    <message>
        <source>s — Sync disks</source>
        <translation>s — Synchroniser les disques</translation>
    </message>
    <message>
        <source>u — Remount read-only</source>
        <translation>u — Remonter en lecture seule</translation>
    </message>
    <message>
        <source>b — Reboot now</source>
        <translation>b — Redémarrer immédiatement</translation>
    </message>
    <message>
        <source>o — Power off</source>
        <translation>o — Éteindre</translation>
    </message>
    <message>
        <source>e — Terminate all tasks</source>
        <translation>e — Terminer tous les processus (SIGTERM)</translation>
    </message>
    <message>
        <source>i — Kill all tasks</source>
        <translation>i — Tuer tous les processus (SIGKILL)</translation>
    </message>
    <message>
        <source>t — Show tasks</source>
        <translation>t — Afficher les processus</translation>
    </message>
    <message>
        <source>w — Show blocked tasks</source>
        <translation>w — Afficher les processus bloqués</translation>
    </message>
    <message>
        <source>m — Show memory</source>
        <translation>m — Afficher l&apos;état de la mémoire</translation>
    </message>
    <message>
        <source>c — Crash</source>
        <translation>c — Provoquer un plantage</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Start Paused and &amp;Attach</source>
        <translation>Démarrer en &amp;pause et s&apos;attacher</translation>
    </message>
    <message>
        <source>T&amp;ype Clipboard</source>
        <translation>&amp;Taper le presse-papiers</translation>
    </message>
    <message>
        <source>Send the clipboard as typed keys, paced by the guest&apos;s echo</source>
        <translation>Envoyer le presse-papiers comme des touches tapées, au rythme de l’écho de l’invité</translation>
    </message>
    <message>
        <source>&amp;Cancel Paste</source>
        <translation>&amp;Annuler le collage</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln line(s) into the console? Each line runs as if typed.</source>
        <translation>
            <numerusform>Coller %Ln ligne dans la console ? Chaque ligne s’exécute comme si elle était tapée.</numerusform>
            <numerusform>Coller %Ln lignes dans la console ? Chaque ligne s’exécute comme si elle était tapée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Do not ask again</source>
        <translation>Ne plus &amp;demander</translation>
    </message>
    <message numerus="yes">
        <source>Pasting: %1 of %Ln line(s) taken by the guest…</source>
        <translation>
            <numerusform>Collage : l’invité a pris %1 de %Ln ligne…</numerusform>
            <numerusform>Collage : l’invité a pris %1 des %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>── above: from the console log ──</source>
        <translation>── au-dessus : tiré du journal de la console ──</translation>
    </message>
    <message>
        <source>Type &quot;stty rows … cols …&quot; at the guest&apos;s prompt, so that its full-screen programs use the whole terminal</source>
        <translation>Taper « stty rows … cols … » à l’invite de l’invité, pour que ses programmes plein écran utilisent tout le terminal</translation>
    </message>
    <message>
        <source>Tell the &amp;Guest the Terminal Size</source>
        <translation>Indiquer la taille du terminal à l’&amp;invité</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>No more hints about the terminal&apos;s size in this console</source>
        <translation>Ne plus signaler la taille du terminal dans cette console</translation>
    </message>
    <message>
        <source>Tell the Guest</source>
        <translation>Indiquer à l’invité</translation>
    </message>
    <message>
        <source>The guest does not know the terminal&apos;s new size.</source>
        <translation>L’invité ne connaît pas la nouvelle taille du terminal.</translation>
    </message>
    <message>
        <source>No console to attach.</source>
        <translation>Aucune console à connecter.</translation>
    </message>
</context>
</TS>
