<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et assurez-vous qu&apos;Open WebUI est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>La connexion sécurisée a échoué&#xa0;: le certificat du serveur n&apos;est pas approuvé. Examinez le certificat ci-dessous avant de décider de lui faire confiance.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Il est peut-être occupé ou en cours de démarrage&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI est encore en cours de démarrage. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>L&apos;e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>Votre session a expiré ou la clé n&apos;est plus valide. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>Ce compte n&apos;est pas administrateur. Connectez-vous avec un compte administrateur&#xa0;: seuls les administrateurs peuvent modifier le modèle de tâche.</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>Ce serveur n&apos;autorise pas les clés API. Un administrateur peut activer «&#xa0;Autoriser les clés API&#xa0;» dans Panneau d&apos;administration &gt; Réglages &gt; Général, ou vous pouvez vous connecter avec votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>Cette clé API n&apos;est pas autorisée à utiliser %1. Un administrateur peut l&apos;ajouter aux points de terminaison autorisés dans Panneau d&apos;administration &gt; Réglages &gt; Général, ou désactiver cette restriction.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>La connexion par mot de passe est désactivée sur ce serveur. Utilisez plutôt une clé API.</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>Ce compte utilise une connexion à deux facteurs. Créez une clé API dans Open WebUI (Réglages &gt; Compte) et utilisez-la ici.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>Trop de tentatives. Patientez quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>Le serveur a répondu avec autre chose que l&apos;API d&apos;Open WebUI (par exemple la page de connexion d&apos;un proxy). Vérifiez l&apos;adresse ou connectez-vous d&apos;abord au proxy.</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>Le serveur a refusé les réglages, car ils ne sont pas valides.</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>Le serveur a refusé les réglages&#xa0;: il exige %1.</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>Le serveur ne connaît pas cette adresse. Ce n&apos;est peut-être pas Open WebUI, ou il s&apos;agit d&apos;une autre version.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>La réponse du serveur était anormalement volumineuse et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Le serveur a signalé une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>Quelqu&apos;un a modifié les réglages des tâches sur le serveur depuis leur lecture. Rien n&apos;a été modifié&#xa0;; vérifiez les réglages actuels et réessayez.</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>Le serveur a accepté la modification, mais ne la conserve pas. Il exécute peut-être plusieurs processus (workers), ou ENABLE_PERSISTENT_CONFIG y est désactivé.</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>La requête a été refusée, car elle n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>Quelqu&apos;un a modifié les connexions compatibles OpenAI du serveur depuis leur lecture. Rien n&apos;a été modifié&#xa0;; vérifiez les connexions dans Panneau d&apos;administration &gt; Réglages &gt; Connexions et réessayez.</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>Le serveur ne liste plus le modèle de conversation utilisé par le test&#xa0;: sa liste de modèles a changé depuis sa lecture, ou plusieurs processus d&apos;Open WebUI ne partagent pas leurs listes de modèles. Refaites le test&#xa0;; si cela se reproduit, lancez Open WebUI avec un seul processus ou avec Redis.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>Le fournisseur n&apos;a pas accepté la clé API. Il a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>Le fournisseur indique que le compte n&apos;a plus de crédits. Il a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>Le fournisseur ne connaît pas ce modèle. Il a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>Le fournisseur a refusé la requête de test. Il a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (https) avec le serveur. Il ne propose peut-être pas https à cette adresse&#xa0;; vérifiez l&apos;adresse et son port.</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>La connexion LDAP a échoué&#xa0;: le nom d&apos;utilisateur ou le mot de passe est incorrect, ou Open WebUI n&apos;a pas pu les vérifier auprès de son annuaire. Open WebUI ne précise pas de quel cas il s&apos;agit.</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>Ce serveur ne propose pas la connexion LDAP. Connectez-vous avec votre e-mail et votre mot de passe, ou avec une clé API.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>Ce serveur identifie les utilisateurs par un proxy inverse (un en-tête de confiance)&#xa0;: l&apos;assistant ne peut donc pas se connecter avec un mot de passe. Utilisez une clé API&#xa0;: créez-en une dans Open WebUI, sous Réglages &gt; Compte &gt; Clés API. Un administrateur doit autoriser les clés API dans Panneau d&apos;administration &gt; Réglages &gt; Général.</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>Seul le HTTP non chiffré répond à cette adresse, donc rien n&apos;a été envoyé&#xa0;: votre mot de passe ou votre clé circulerait en clair. Pour vous connecter malgré tout, utilisez l&apos;adresse %1 et connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être vrai ou faux.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être du texte.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être un nombre.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être un objet.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>Le serveur a refusé les réglages, car le champ %1 n&apos;a pas le bon type&#xa0;: sa valeur doit être une liste.</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>Le serveur a refusé les réglages, car la valeur du champ %1 n&apos;est pas valide (%2).</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>Cette clé API n&apos;est pas autorisée à utiliser cette partie de l&apos;API. Un administrateur peut l&apos;ajouter aux points de terminaison autorisés dans Panneau d&apos;administration &gt; Réglages &gt; Général, ou désactiver cette restriction.</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1 Réglages concernés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1 Réponse du serveur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>Enregistrer et tester</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>Vérifiez les modifications, puis appliquez-les. L&apos;assistant sauvegarde d&apos;abord les réglages actuels et exécute une vraie tâche avant et après, pour que vous constatiez la différence.</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>Ces réglages vont changer&#xa0;:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>&amp;Appliquer et tester</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>Remettre les réglages de la sauvegarde effectuée juste avant l&apos;application</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>Durée de la tâche avant et après</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>&amp;Garder l&apos;assistant dans la zone de notification pour changer de stratégie plus tard</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>Mesurer aussi la &amp;vitesse de la conversation pendant les tâches d&apos;arrière-plan (charge le serveur)</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>Génération du titre</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>Génération de tags</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>Génération de questions de suivi</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>Génération des suggestions (autocomplétion)</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>Génération de requête de recherche Web</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>Génération de requête de RAG</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>Une courte requête au début d&apos;une conversation&#xa0;; elle nomme la conversation dans la barre latérale.</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>Une requête après les premières réponses d&apos;une conversation pour lui attribuer des tags.</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>Une requête après chaque réponse pour suggérer des questions de suivi.</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>Une requête à presque chaque frappe pendant que les utilisateurs écrivent&#xa0;: la plus lourde sur un matériel lent.</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>Une requête avant chaque recherche Web pour rédiger les requêtes de recherche.</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>Une requête avant chaque recherche dans les documents ou les connaissances pour rédiger les requêtes.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>La sauvegarde %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 n&apos;est pas une sauvegarde de cet assistant et a été ignoré.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index attend un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap se connecte avec un nom d&apos;utilisateur LDAP (--user), pas avec --email.</translation>
    </message>
    <message>
        <source>Usage: task-model-assistant-cli [options] &lt;command&gt; [arguments]

Sets up the task model of an Open WebUI server (the model that writes chat titles, tags,
follow-ups and search queries), so that chats stay fast.

Commands:
  login [--email E]          sign in and keep the session in the keychain
                             (password read from stdin, or asked for without echo)
  login --ldap --user NAME   the same with an LDAP account (where the server offers LDAP)
  status                     server, account, both task models and the automations
  presets                    the presets you can apply
  apply local --model ID     a lightweight local model for all chats
        [--external-model ID] [--also-off LIST]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             a model of an OpenAI-compatible provider (e.g. OpenRouter);
                             its key from --provider-key-stdin, TASK_PROVIDER_API_KEY or
                             the keychain
  apply quiet                turn off autocomplete, tags, follow-ups, search and
                             retrieval query generation (titles stay on)
  apply PRESET               a preset you saved in the assistant
  pull MODEL                 download an Ollama model through Open WebUI
  test [--chat-model ID]     run a real title task per task-model slot and time it
       [--deep]              then time a few chat messages while the background tasks
                             run (lists its requests first; Ctrl+C stops it)
  backup                     back up the server&apos;s task settings now
  backups                    list the backups of this server
  restore [ID | --original]  put back a backup (default: the latest)
  forget --server URL        forget a saved server: its profile, remembered presets and
                             sign-in in the keychain (its backups are kept)

Options:
  --server URL               the Open WebUI server (or OWUI_URL; default: the last one)
  --email E                  the admin account (login)
  --ldap                     sign in with an LDAP account (login)
  --user NAME                the LDAP user name (login --ldap)
  --api-key-stdin            read an Open WebUI API key from stdin (or set OWUI_API_KEY)
  --provider-key-stdin       read the hosted provider&apos;s key from stdin (after the API key)
  --also-off LIST            with apply: also turn off these automations (comma separated:
                             autocomplete,tags,follow-ups,search-query,retrieval-query,title)
  --make-public              with apply: let all users use the task model when only some
                             may (Visibility: Public; undone by restore)
  --ollama-index N           which Ollama connection pulls (default 0)
  --timeout SECONDS          how long to wait for the server (default 20)
  --no-keychain              neither read nor write the keychain
  --json                     machine-readable output (status, test, apply)
  --verbose                  log each request (status, time) and step to stderr, for bug
                             reports; secrets are never logged
  -h, --help                 this help
  -v, --version              the version

Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 not an admin,
5 server unreachable, 6 validation or server error, 7 task test failed.</source>
        <translation>Utilisation&#xa0;: task-model-assistant-cli [options] &lt;commande&gt; [arguments]

Configure le modèle de tâche d&apos;un serveur Open WebUI (qui rédige titres, tags, questions de
suivi et requêtes de recherche des conversations) pour que les conversations restent rapides.

Commandes&#xa0;:
  login [--email E]          se connecter et garder la session dans le trousseau
                             (mot de passe lu sur stdin, ou demandé sans écho)
  login --ldap --user NOM    la même chose avec un compte LDAP (si le serveur propose LDAP)
  status                     serveur, compte, les deux modèles de tâche et les automatisations
  presets                    les préréglages que vous pouvez appliquer
  apply local --model ID     un modèle local léger pour toutes les conversations
        [--external-model ID] [--also-off LISTE]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             un modèle d&apos;un fournisseur compatible OpenAI (p. ex. OpenRouter)&#xa0;;
                             sa clé vient de --provider-key-stdin, de TASK_PROVIDER_API_KEY ou
                             du trousseau
  apply quiet                désactiver autocomplétion, tags, questions de suivi et requêtes de
                             recherche et de RAG (les titres restent activés)
  apply PRÉRÉGLAGE           un préréglage que vous avez enregistré dans l&apos;assistant
  pull MODÈLE                télécharger un modèle Ollama via Open WebUI
  test [--chat-model ID]     chronométrer une vraie tâche de titre pour chaque modèle de tâche
       [--deep]              puis chronométrer quelques messages de conversation pendant
                             les tâches d&apos;arrière-plan (liste d&apos;abord ses requêtes&#xa0;; Ctrl+C l&apos;arrête)
  backup                     sauvegarder maintenant les réglages des tâches du serveur
  backups                    lister les sauvegardes de ce serveur
  restore [ID | --original]  restaurer une sauvegarde (par défaut&#xa0;: la plus récente)
  forget --server URL        oublier un serveur enregistré&#xa0;: son profil, ses préréglages mémorisés
                             et sa connexion dans le trousseau (ses sauvegardes sont conservées)

Options&#xa0;:
  --server URL               le serveur Open WebUI (ou OWUI_URL&#xa0;; par défaut&#xa0;: le dernier)
  --email E                  le compte administrateur (login)
  --ldap                     se connecter avec un compte LDAP (login)
  --user NOM                 le nom d&apos;utilisateur LDAP (login --ldap)
  --api-key-stdin            lire une clé API Open WebUI sur stdin (ou définir OWUI_API_KEY)
  --provider-key-stdin       lire la clé du fournisseur hébergé sur stdin (après la clé API)
  --also-off LISTE           avec apply&#xa0;: désactiver aussi (liste séparée par des virgules)&#xa0;:
                             autocomplete,tags,follow-ups,search-query,retrieval-query,title
  --make-public              avec apply&#xa0;: permettre à tous les utilisateurs d&apos;utiliser le modèle
                             de tâche (Visibilité&#xa0;: Public&#xa0;; annulé par restore)
  --ollama-index N           la connexion Ollama qui télécharge (par défaut 0)
  --timeout SECONDES         durée d&apos;attente du serveur (par défaut 20)
  --no-keychain              ne pas lire ni écrire dans le trousseau
  --json                     sortie lisible par une machine (status, test, apply)
  --verbose                  consigner chaque requête (statut, durée) et étape sur stderr, pour
                             les rapports de bogue&#xa0;; les secrets ne sont jamais consignés
  -h, --help                 cette aide
  -v, --version              la version

Codes de sortie&#xa0;: 0 succès, 1 autre échec, 2 utilisation, 3 authentification, 4 non admin,
5 serveur injoignable, 6 erreur de validation ou du serveur, 7 échec du test de tâche.</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modèle actuel (le modèle propre à chaque conversation)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>Serveur&#xa0;:              %1 à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>Connecté en tant que&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé API</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>Modèle de tâche des conversations avec des modèles locaux&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>Modèle de tâche des conversations avec des modèles externes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>Automatisations&#xa0;:</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>Préréglages correspondants&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>Rien à changer&#xa0;: le serveur utilise déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>«&#xa0;%1&#xa0;» appliqué. Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>Connexion %1 ajoutée.</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>Cette version du serveur ne propose pas d&apos;option pour %1&#xa0;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>Sauvegarde des réglages précédents&#xa0;: %1 (pour restaurer&#xa0;: restore %1)</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>Pour que tous les utilisateurs puissent l&apos;utiliser, appliquez de nouveau le préréglage avec --make-public.</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>Tous les utilisateurs peuvent désormais utiliser «&#xa0;%1&#xa0;»&#xa0;: leurs conversations ont aussi des titres, des tags et des questions de suivi.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>Les droits d&apos;utilisation de «&#xa0;%1&#xa0;» sont rétablis comme avant.</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>compte LDAP</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [non] %1 (non définie&#xa0;: le serveur la considère donc comme désactivée)</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [oui] %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [non] %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>Requêtes d&apos;arrière-plan sans réponse du serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: aucun modèle de conversation de ce type sur ce serveur, rien à tester.</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>Conversations avec des modèles externes&#xa0;: aucun modèle de conversation de ce type sur ce serveur, rien à tester.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>Conversations avec des modèles locaux&#xa0;: la génération des titres est désactivée, aucune tâche n&apos;a donc été exécutée (%1).</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>Conversations avec des modèles externes&#xa0;: la génération des titres est désactivée, aucune tâche n&apos;a donc été exécutée (%1).</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>Conversations avec des modèles locaux (modèle de conversation %1)&#xa0;: la tâche a échoué. %2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>Conversations avec des modèles externes (modèle de conversation %1)&#xa0;: la tâche a échoué. %2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>Conversations avec des modèles locaux (modèle de conversation %1)&#xa0;: réponse de %2 en %3, titre «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>Conversations avec des modèles externes (modèle de conversation %1)&#xa0;: réponse de %2 en %3, titre «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <comment>a changed setting, its value before and after</comment>
        <translation>  %1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to the admin panel</source>
        <translation>Se connecter au panneau d&apos;administration</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>Connectez-vous à votre serveur Open WebUI en tant qu&apos;administrateur. L&apos;assistant modifie les mêmes réglages que dans Panneau d&apos;administration &gt; Réglages &gt; Interface utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>&amp;Détecter les serveurs</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>Rechercher Open WebUI sur cet ordinateur (ports 3000 et 8080)</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>E-&amp;mail et mot de passe</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>Clé AP&amp;I</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé &amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>Open WebUI affiche votre clé API dans Réglages &gt; Compte &gt; Clés API. Le serveur doit autoriser les clés API (Panneau d&apos;administration &gt; Réglages &gt; Général &gt; Autoriser les clés API).</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>Se souve&amp;nir de moi (conservé dans le trousseau du système, jamais dans un fichier)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>&amp;Faire confiance à ce certificat pour ce serveur</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>Compte &amp;LDAP</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>Se connecter avec le nom d&apos;utilisateur et le mot de passe de l&apos;annuaire (LDAP)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>Nom d&apos;utilisateur LDAP</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Oublier ce serveur…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>Retirer de l&apos;assistant ce serveur enregistré et sa connexion (ses sauvegardes sont conservées)</translation>
    </message>
</context>
<context>
    <name>ContentionReport</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>The server has no chat model to measure.</source>
        <translation>Le serveur n&apos;a aucun modèle de conversation à mesurer.</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>Le test de vitesse envoie %1 courts messages de conversation à %2, l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Les tâches d&apos;arrière-plan d&apos;Open WebUI sont toutes désactivées&#xa0;: chaque message est donc envoyé seul.</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>Avec chaque message, il envoie au même moment les requêtes d&apos;arrière-plan qu&apos;Open WebUI exécute pour une conversation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>Pendant les tâches d&apos;arrière-plan, le premier mot de la réponse est arrivé après %1 et la réponse complète après %2 (médianes&#xa0;; messages ayant reçu une réponse&#xa0;: %3).</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>Premier mot de la réponse&#xa0;: %1 avec les anciens réglages, %2 avec les nouveaux.</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>Réponse complète&#xa0;: %1 avec les anciens réglages, %2 avec les nouveaux.</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>Le test de vitesse a été arrêté. Messages ayant reçu une réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>Le test de vitesse a atteint sa limite de temps. Messages ayant reçu une réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>Le test de vitesse n&apos;a pas pu aller à son terme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>Chaque passage envoie %1 requêtes au serveur&#xa0;; chaque réponse est coupée à %2 jetons.</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>Un passage s&apos;arrête de lui-même au bout de %1 minutes au plus, et peut être arrêté à tout moment.</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>Oublier ce serveur</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>Oublier le serveur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>Oublier le serveur %1 à l&apos;adresse %2&#xa0;?</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>L&apos;assistant supprime son adresse, son compte, le certificat approuvé et les préréglages mémorisés pour ce serveur, ainsi que la connexion conservée dans le trousseau du système. Le serveur lui-même n&apos;est pas modifié. Ses sauvegardes restent sur cet ordinateur&#xa0;: ce sont elles qui permettent de revenir aux réglages du serveur d&apos;avant l&apos;assistant. Les clés des fournisseurs hébergés restent dans le trousseau, car d&apos;autres serveurs peuvent les utiliser.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>&amp;URL du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL du fournisseur</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>&amp;Clé API du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>Clé API du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>Demander à Open WebUI de se connecter au fournisseur avec cette clé</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>Modèle de tâche hébergé</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>Remarque&#xa0;: le texte des titres, des tags et des requêtes de recherche — des extraits des conversations de vos utilisateurs — est alors envoyé à ce fournisseur.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 était endommagé et a été mis de côté sous le nom %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 est endommagé et n&apos;a pas pu être mis de côté&#xa0;; il n&apos;a pas été utilisé.</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>Modèles locaux sur le serveur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>Téléchar&amp;ger un modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modèle à télécharger</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>&amp;Sur le serveur Ollama&#xa0;:</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>Serveur Ollama où télécharger</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>Modèle local léger</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>Point de terminaison hébergé</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>Désactiver les automatisations</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>Réglages d&apos;avant l&apos;assistant</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>Remet les réglages des tâches que le serveur avait avant la première modification par l&apos;assistant.</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>Le préréglage n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» est d&apos;un type inconnu.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» contient une automatisation inconnue&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» contient une connexion sans URL.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>Le préréglage «&#xa0;%1&#xa0;» ne change rien.</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>Le modèle de chaque conversation effectue les tâches.</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>Modèle de tâche %1 pour toutes les conversations.</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>Les conversations avec des modèles locaux effectuent leurs propres tâches.</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>Modèle de tâche des conversations avec des modèles locaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>Les conversations avec des modèles externes effectuent leurs propres tâches.</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>Modèle de tâche des conversations avec des modèles externes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>Désactive %1.</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>Conserve %1.</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>Par le fournisseur %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PresetNameDialog</name>
    <message>
        <source>Save current settings as preset</source>
        <translation>Enregistrer les réglages actuels comme préréglage</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;un préréglage intégré&#xa0;; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>Le serveur ne répertorie pas le modèle «&#xa0;%1&#xa0;». Open WebUI l&apos;ignorerait sans le signaler et continuerait d&apos;utiliser le modèle de chaque conversation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>«&#xa0;%1&#xa0;» semble être un modèle de raisonnement&#xa0;: il réfléchit avant de répondre, ce qui ralentit les titres et les tags. Un petit modèle sans raisonnement est plus rapide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>«&#xa0;%1&#xa0;» est un grand modèle (%2). Un modèle léger comme qwen2.5:3b répond beaucoup plus vite aux tâches d&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>Les utilisateurs ordinaires n&apos;ont pas le droit d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: les titres, tags et questions de suivi échouent dans leurs conversations (seules celles des administrateurs en ont). Rendez-le public dans Panneau d&apos;administration &gt; Réglages &gt; Modèles &gt; %1 &gt; Visibilité, ou choisissez un modèle public.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>Le modèle de conversation %1 a répondu à la place de %2&#xa0;: le serveur a ignoré le réglage du modèle de tâche. Open WebUI agit ainsi quand il ne liste pas le modèle de tâche.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 et %2 sont le même modèle chez leur fournisseur&#xa0;: la réponse ne peut donc pas montrer lequel a exécuté la tâche.</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>La réponse vient de «&#xa0;%1&#xa0;», qui n&apos;est ni %2 ni %3 selon les noms que leur donnent leurs fournisseurs&#xa0;: le test ne peut donc pas dire lequel a exécuté la tâche.</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1 et %2 tournent sur des serveurs Ollama différents&#xa0;: le modèle de tâche n&apos;évince donc jamais le modèle de conversation de la mémoire.</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>Les deux modèles restent en mémoire&#xa0;: %1 occupe %2 et %3 occupe %4.</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama a déchargé le modèle de conversation %1 (%2) pour exécuter le modèle de tâche %3 (%4)&#xa0;: le serveur ne peut pas garder les deux en mémoire, donc après chaque tâche d&apos;arrière-plan, le message suivant d&apos;une conversation attend que %1 soit rechargé. Choisissez un modèle de tâche plus petit ou un point de terminaison hébergé, ou désactivez les automatisations.</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>%1 n&apos;était pas en mémoire avant le test&#xa0;: impossible de voir s&apos;il y tient avec %2. Discutez une fois avec %1, puis refaites le test.</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>Cette version d&apos;Open WebUI n&apos;indique pas quels modèles sont en mémoire (les versions 0.5 et ultérieures le font)&#xa0;: impossible de vérifier si les deux modèles y tiennent ensemble.</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>Le serveur n&apos;a pas permis à ce compte de voir quels modèles sont en mémoire&#xa0;: impossible de vérifier si les deux modèles y tiennent ensemble.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>La liste des modèles en mémoire du serveur ne contient pas %1, qui vient pourtant de répondre&#xa0;: impossible de vérifier si les deux modèles y tiennent ensemble.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>La liste des modèles en mémoire du serveur n&apos;a pas pu être lue&#xa0;: impossible de vérifier si les deux modèles y tiennent ensemble.</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>Saisissez l&apos;URL du fournisseur, par exemple https://openrouter.ai/api/v1.</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>L&apos;URL du fournisseur doit être une adresse web commençant par https:// (ou http:// pour un fournisseur sur le réseau du serveur lui-même).</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>Récupération de la liste des fichiers de %1…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>Téléchargement de %1&#xa0;: %2 sur %3 (%4&#xa0;%).</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>Vérification des fichiers téléchargés de %1…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>Enregistrement de %1 sur le serveur…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 est téléchargé.</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>Téléchargement de %1. Ollama indique&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>Suppression des fichiers d&apos;une version antérieure de %1 devenus inutiles…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>Comment garder du basilic en vie sur un rebord de fenêtre en hiver&#xa0;?</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>Donnez-lui au moins 6 heures de lumière, arrosez quand le dessus du terreau est sec, éloignez-le de la vitre froide et pincez les boutons floraux.</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>À quelle fréquence dois-je l&apos;arroser&#xa0;? Répondez en une phrase.</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>À quelle fréquence dois-je arroser</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Open WebUI, par exemple http://localhost:3000.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>Une adresse de serveur ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L&apos;adresse doit commencer par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>Modèle de tâche des conversations avec des modèles locaux</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>Modèle de tâche des conversations avec des modèles externes</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>This server has no administrator yet: open it in a browser, create the first account, then sign in here.</source>
        <translation>Ce serveur n&apos;a pas encore d&apos;administrateur&#xa0;: ouvrez-le dans un navigateur, créez le premier compte, puis connectez-vous ici.</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>Ce serveur fonctionne sans connexion&#xa0;: cliquez simplement sur «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>Ce serveur identifie les utilisateurs par un proxy inverse (un en-tête de confiance)&#xa0;: l&apos;assistant ne peut donc pas se connecter avec un mot de passe. Seule une clé API permet d&apos;entrer, et les clés API sont désactivées&#xa0;: un administrateur doit activer «&#xa0;Autoriser les clés API&#xa0;» dans Panneau d&apos;administration &gt; Réglages &gt; Général. Créez ensuite une clé dans Open WebUI, sous Réglages &gt; Compte &gt; Clés API.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>Ce serveur identifie les utilisateurs par un proxy inverse (un en-tête de confiance)&#xa0;: l&apos;assistant ne peut donc pas se connecter avec un mot de passe. Utilisez une clé API&#xa0;: créez-en une dans Open WebUI, sous Réglages &gt; Compte &gt; Clés API. Un administrateur doit autoriser les clés API dans Panneau d&apos;administration &gt; Réglages &gt; Général.</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>Ce serveur utilise des comptes LDAP&#xa0;: saisissez le nom d&apos;utilisateur et le mot de passe de votre annuaire.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>La connexion par mot de passe est désactivée sur ce serveur&#xa0;: utilisez une clé API. Créez-en une dans Open WebUI, sous Réglages &gt; Compte &gt; Clés API. Un administrateur doit autoriser les clés API dans Panneau d&apos;administration &gt; Réglages &gt; Général.</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>Aucune connexion sécurisée n&apos;a été possible&#xa0;: l&apos;assistant s&apos;est donc connecté en HTTP non chiffré (%1). Votre mot de passe ou votre clé API circule en clair&#xa0;; utilisez https:// si le serveur le propose.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Impossible de modifier l&apos;entrée de démarrage de Windows.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>Choisir une stratégie</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>Choisissez comment les tâches d&apos;arrière-plan (titres, tags, questions de suivi, autocomplétion, requêtes de recherche) doivent s&apos;exécuter, pour qu&apos;elles ne soient plus en concurrence avec votre modèle de conversation.</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>Point de départ (réglages actuels du serveur)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>Modèle &amp;local léger</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>Idéal pour un matériel limité. Un petit modèle sur votre serveur (Qwen2.5 3B, Llama 3.2 3B…) rédige les titres, les tags et les requêtes, tandis que le grand modèle se contente de répondre dans les conversations.</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>Point de terminaison &amp;hébergé</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>Idéal pour obtenir les réponses les plus rapides avec une connexion Internet fiable. Un service compatible OpenAI, comme OpenRouter, exécute les tâches avec un petit modèle rapide.</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>&amp;Désactiver les automatisations</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>Idéal pour se concentrer sur l&apos;essentiel&#xa0;: la conversation. Désactive les tâches d&apos;arrière-plan dont vous pouvez vous passer&#xa0;; les titres des conversations restent activés.</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatisations</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>&amp;Avancé&#xa0;: régler séparément les deux modèles de tâche</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>Rendre le modèle de tâche accessible à tous les utilisateurs (Visibilité&#xa0;: Public)</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — lecture…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — problème</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>Modèle local léger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>Point de terminaison hébergé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>Désactiver les automatisations</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>Restaurer les réglages d&apos;avant l&apos;assistant</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>Tester maintenant</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>Enregistrer les réglages actuels comme préréglage…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>Ouvrir l&apos;assistant…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Oublier ce serveur…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>À propos de Task Model Assistant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1&#xa0;: pas encore lu</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1&#xa0;: modèles de tâche %2 (conversations locales), %3 (conversations externes)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its host</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Makes an Open WebUI server fast by setting up its task model.</source>
        <translation>Rend un serveur Open WebUI rapide en configurant son modèle de tâche.</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>Serveur Open WebUI à proposer en premier.</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>Démarrer dans la zone de notification (utilisé à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>Consigner chaque requête (statut, durée) et chaque étape sur stderr, pour les rapports de bogue&#xa0;; les secrets ne sont jamais consignés.</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1&#xa0;s</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>Le serveur renvoie l&apos;assistant vers %1. Utilisez plutôt cette adresse.</translation>
    </message>
</context>
<context>
    <name>tma::ApplyPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Chats with local models</source>
        <translation>Conversations avec des modèles locaux</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>Conversations avec des modèles externes</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>Connexion compatible OpenAI</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(inchangée)</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>Le serveur a déjà ces réglages. Appliquez-les quand même pour les tester.</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>Ces réglages vont changer (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>Tester avec les réglages actuels</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>Sauvegarder les réglages actuels</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>Appliquer les nouveaux réglages</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>Vérifier que le serveur les a conservés</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>Tester avec les nouveaux réglages</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>Arrêté. Si les réglages étaient en cours d&apos;enregistrement, vérifiez-les dans le panneau d&apos;administration d&apos;Open WebUI.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à changer</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>réglages modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>Revenez à la première page et reconnectez-vous&#xa0;; vos choix sont conservés.</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>Les réglages ont été appliqués. Le serveur n&apos;a aucun modèle de conversation pour exécuter une tâche de test.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>Impossible de lire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>Remise en place des réglages précédents…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>Modifications annulées&#xa0;: le serveur a retrouvé ses réglages précédents.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l&apos;annulation des modifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>Impossible de conserver la clé du fournisseur dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>La liste ci-dessus montre maintenant les réglages actuels du serveur&#xa0;: appliquez de nouveau pour y ajouter vos choix.</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>Qui peut utiliser %1</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>Pas tous les utilisateurs</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>Tous les utilisateurs peuvent désormais utiliser «&#xa0;%1&#xa0;»&#xa0;: leurs conversations ont aussi des titres, des tags et des questions de suivi.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>Les droits d&apos;utilisation de «&#xa0;%1&#xa0;» sont rétablis comme avant.</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1, avec la clé que vous avez saisie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>en attente du serveur depuis %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1 (depuis %2&#xa0;s)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>Arrêté avant toute modification.</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>relecture des réglages du serveur</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>Si le serveur prend finalement en compte l&apos;enregistrement plus tard, le bouton «&#xa0;Annuler les modifications&#xa0;» remettra en place les réglages précédents.</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>Vérifiez-les dans le panneau d&apos;administration d&apos;Open WebUI (Panneau d&apos;administration &gt; Réglages &gt; Interface utilisateur), ou utilisez «&#xa0;Annuler les modifications&#xa0;» pour remettre en place les réglages précédents.</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>Les nouveaux réglages sont enregistrés. Le test a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>test de vitesse, message %1 sur %2</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>Premier mot de la réponse</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>L&apos;assistant l&apos;exécute deux fois&#xa0;: avec les réglages actuels, puis avec les nouveaux.</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>une tâche de titre dans une conversation avec %1, un modèle local</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>une tâche de titre dans une conversation avec %1, un modèle externe</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: les titres viennent maintenant de %1 en %2, au lieu de %3 avec %4.</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>Conversations avec des modèles externes&#xa0;: les titres viennent maintenant de %1 en %2, au lieu de %3 avec %4.</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: les titres viennent maintenant de %1 en %2.</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>Conversations avec des modèles externes&#xa0;: les titres viennent maintenant de %1 en %2.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: la génération des titres est désactivée, aucune tâche de test n&apos;a donc été exécutée.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>Conversations avec des modèles externes&#xa0;: la génération des titres est désactivée, aucune tâche de test n&apos;a donc été exécutée.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>Conversations avec des modèles locaux&#xa0;: la tâche de test a échoué. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>Conversations avec des modèles externes&#xa0;: la tâche de test a échoué. %1</translation>
    </message>
</context>
<context>
    <name>tma::AssistantWizard</name>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À p&amp;ropos</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>À propos de Task Model Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Rend un serveur Open WebUI rapide sur un matériel modeste&#xa0;: il configure le modèle de tâche qui rédige les titres, les tags, les questions de suivi et les requêtes de recherche des conversations, et prouve le gain par un vrai test.&lt;/p&gt;&lt;p&gt;Les secrets sont conservés uniquement dans le trousseau de votre système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation>%1 (non disponible dans cette version du serveur)</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>La clé API du fournisseur est manquante.</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>Les réglages des tâches sont vides.</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>Aucune sauvegarde n&apos;a pu être écrite, donc rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>Le serveur n&apos;affiche les clés de ses connexions que sous forme masquée&#xa0;: elles ne peuvent donc pas être réécrites sans risque. Ajoutez plutôt la connexion dans Panneau d&apos;administration &gt; Réglages &gt; Connexions.</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>Le serveur n&apos;a pas répondu à temps à la demande d&apos;enregistrement, mais une relecture de ses réglages %1&#xa0;s plus tard a montré qu&apos;ils avaient bien été enregistrés.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>Le serveur n&apos;a pas répondu à la demande d&apos;enregistrement, et la relecture de ses réglages n&apos;a pas permis de déterminer si l&apos;enregistrement a été pris en compte.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>Le serveur n&apos;a pas répondu à la demande d&apos;enregistrement, et %1&#xa0;s plus tard, il avait toujours ses réglages précédents.</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>Les réglages du serveur n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>Les réglages du serveur ont peut-être été modifiés.</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>Avertissement&#xa0;: cette adresse utilise http non chiffré vers un autre ordinateur&#xa0;; votre mot de passe ou votre clé circulerait donc en clair. Utilisez https:// si le serveur le propose.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>%1 trouvé à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation>Aucun Open WebUI n&apos;a répondu sur cet ordinateur (ports 3000 et 8080). Saisissez l&apos;adresse de votre serveur.</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>Recherche d&apos;Open WebUI sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>Saisissez l&apos;e-mail et le mot de passe d&apos;un compte administrateur.</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Une clé API Open WebUI commence par «&#xa0;sk-&#xa0;».</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Prise de contact avec le serveur…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>Lecture de la version du serveur…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>Vérification des droits d&apos;administrateur du compte…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>Recherche de votre connexion enregistrée dans le trousseau…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Votre connexion enregistrée a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>Connexion avec votre session enregistrée…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>Connecté en tant que %1 (administrateur) sur %2.</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>Impossible de conserver votre connexion dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>Certificat&#xa0;: %1
Émis par&#xa0;: %2
SHA-256&#xa0;: %3
Problème&#xa0;: %4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>Avertissement&#xa0;: ce n&apos;est pas le certificat auquel vous aviez fait confiance pour ce serveur (SHA-256 %1). Ne faites confiance au nouveau que si vous savez pourquoi il a changé.</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe LDAP d&apos;un compte administrateur.</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>L&apos;assistant a oublié %1. Ses sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>Impossible d&apos;oublier le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>Saisissez votre e-mail et votre mot de passe, ou une clé API.</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1 a le rôle «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe LDAP.</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>La réponse ne contenait aucun texte.</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>Saisissez une partie du nom d&apos;un modèle pour filtrer la liste</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>Filtrer les modèles par nom</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>Vérifiez à nouveau la clé après une modification.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>Saisissez d&apos;abord la clé API du fournisseur.</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>Demande au serveur de se connecter à %1…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>Vérifié&#xa0;: le serveur a joint %1. Modèles proposés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>Avertissement&#xa0;: en http non chiffré, la clé du fournisseur circule en clair de votre serveur vers %1.</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>Le fournisseur ne propose pas «&#xa0;%1&#xa0;». Choisissez l&apos;un des modèles de sa liste&#xa0;: saisissez une partie du nom pour le trouver.</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>Le fournisseur n&apos;a pas fourni la liste de ses modèles&#xa0;: «&#xa0;%1&#xa0;» ne peut donc pas être vérifié ici. Vérifiez que le nom est parfaitement exact.</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>Saisissez une partie du nom d&apos;un modèle pour le trouver</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>Aucun trousseau n&apos;est disponible. Sous Linux, installez et démarrez un service Secret Service comme GNOME Keyring ou KWallet&#xa0;; l&apos;assistant ne stocke jamais de secrets en clair.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès. Déverrouillez-le (ou autorisez l&apos;assistant) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>Impossible d&apos;utiliser le trousseau&#xa0;: %1. Sous Linux, un service Secret Service comme GNOME Keyring doit être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps. Il est peut-être verrouillé&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>Modèle de raisonnement&#xa0;: lent pour les tâches</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>Grand&#xa0;: lent pour les tâches</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>Ce serveur n&apos;a encore aucun modèle local. Téléchargez-en un petit ci-dessous.</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>Aucun des modèles locaux du serveur n&apos;est petit. Téléchargez ci-dessous un modèle léger, comme qwen2.5:3b.</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>Sélectionnez le modèle qui doit effectuer les tâches d&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 est prêt sur le serveur.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Échec du téléchargement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>Démarrage du téléchargement de %1…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Téléchargement arrêté.</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>Ce serveur n&apos;a aucun modèle local.</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>Ollama est désactivé sur ce serveur (Panneau d&apos;administration &gt; Réglages &gt; Connexions)&#xa0;: aucun modèle ne peut donc être téléchargé ici.</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>Aucun nom de modèle ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>Modèles correspondant à «&#xa0;%3&#xa0;»&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1 reste affiché, car il est sélectionné, même si son nom ne correspond pas.</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>a model&apos;s size in billions of parameters, as Ollama writes it</comment>
        <translation>%1B</translation>
    </message>
</context>
<context>
    <name>tma::ModelPuller</name>
    <message>
        <source>The download stopped before it finished.</source>
        <translation>Le téléchargement s&apos;est arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama n&apos;a pas pu télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>aucune ligne de progression</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama dispose maintenant de %1, mais Open WebUI ne le liste pas&#xa0;: sa connexion Ollama ne propose qu&apos;une liste choisie de modèles. Ajoutez %1 aux identifiants de modèles de la connexion dans Panneau d&apos;administration &gt; Réglages &gt; Connexions, ou choisissez un modèle qu&apos;elle liste.</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>Aucune sauvegarde n&apos;a pu être écrite, donc rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>Le serveur n&apos;a pas rendu «&#xa0;%1&#xa0;» accessible à tous les utilisateurs. Réglez Panneau d&apos;administration &gt; Réglages &gt; Modèles &gt; %1 &gt; Visibilité sur Public.</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>Le fournisseur %1 a refusé la clé API. Vérifiez la clé et réessayez.</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>Le serveur n&apos;a pas pu joindre le fournisseur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>Le fournisseur %1 a refusé la requête. Vérifiez la clé et réessayez.</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>Ce serveur n&apos;est pas configuré dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>Aucune connexion enregistrée pour %1&#xa0;: ouvrez l&apos;assistant pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>Lecture des réglages des tâches et des modèles du serveur…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modèle actuel (le modèle propre à chaque conversation)</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>Modèle de tâche des conversations avec des modèles locaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>Modèle de tâche des conversations avec des modèles externes&#xa0;: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Activées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>Modèles sur le serveur — locaux&#xa0;: %1, externes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>Automatisations à conserver (celles qui sont décochées sont désactivées)</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>Automatisations (facultatif&#xa0;: en désactiver aussi certaines)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>Remarque&#xa0;: sans titres, chaque conversation de la barre latérale s&apos;appelle «&#xa0;Nouvelle conversation&#xa0;».</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>Impossible de lire les réglages des tâches ou les modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>Remarque&#xa0;: «&#xa0;%1&#xa0;» sera rendu accessible à tous les utilisateurs. La sauvegarde faite avant la modification permet de l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>La réponse ne contient ni modèle ni contenu.</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI choisit le modèle de tâche d&apos;après le modèle avec lequel l&apos;utilisateur converse&#xa0;: les conversations avec un modèle local (Ollama) utilisent le premier, toutes les autres le second. Choisissez le même modèle pour les deux afin de l&apos;utiliser partout.</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>Modèle de tâche des conversations avec des modèles l&amp;ocaux (TASK_MODEL)&#xa0;:</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>Modèle de tâche des conversations avec des modèles e&amp;xternes (TASK_MODEL_EXTERNAL)&#xa0;:</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>Modèle de tâche local</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>Modèle de tâche externe</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modèle actuel (le modèle propre à chaque conversation)</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1 (modèle local)</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1 (après application)</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>&amp;Rechercher un modèle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tma::TimingChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 (after: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1 (après&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1 (avant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>Après&#xa0;: non mesuré.</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>Avant&#xa0;: non mesuré.</translation>
    </message>
</context>
<context>
    <name>tma::TrayController</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>Impossible de passer à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>La clé du fournisseur n&apos;est pas dans le trousseau&#xa0;: ouvrez l&apos;assistant pour la saisir.</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>Déjà utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Passage à %1 effectué</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>Vérifiez les réglages dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>Échec du test</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>Test réussi</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>Le test a détecté un problème</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>Le préréglage n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>Préréglage enregistré</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>Serveur oublié</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 ne figure plus dans l&apos;assistant. Ses sauvegardes sont conservées.</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>Impossible d&apos;oublier %1</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: %1 a rédigé un titre en %2.</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>Conversations avec des modèles externes&#xa0;: %1 a rédigé un titre en %2.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>Conversations avec des modèles locaux&#xa0;: la génération des titres est désactivée.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>Conversations avec des modèles externes&#xa0;: la génération des titres est désactivée.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>Conversations avec des modèles locaux&#xa0;: la tâche de test a échoué. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>Conversations avec des modèles externes&#xa0;: la tâche de test a échoué. %1</translation>
    </message>
</context>
<context>
    <name>tma::TrayFallbackWindow</name>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so the assistant&apos;s menu is here.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification&#xa0;; le menu de l&apos;assistant se trouve donc ici.</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>Stratégies et actions</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>Reconnectez-vous avec&#xa0;: task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>Certificat&#xa0;: %1, émis par %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>Exécutez task-model-assistant-cli --help pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>Quel serveur&#xa0;? Indiquez --server URL ou définissez OWUI_URL.</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Clé API Open WebUI&#xa0;: </translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>--api-key-stdin a été indiqué, mais aucune clé n&apos;a été lue sur stdin.</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>Clé API du fournisseur&#xa0;: </translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>--provider-key-stdin a été indiqué, mais aucune clé n&apos;a été lue sur stdin.</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>Avertissement&#xa0;: %1 utilise http non chiffré&#xa0;: le mot de passe ou la clé circule en clair.</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>E-mail&#xa0;: </translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login nécessite --email (ou une clé API via --api-key-stdin / OWUI_API_KEY).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>Aucun mot de passe n&apos;a été lu sur stdin.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>Non connecté à %1. Exécutez&#xa0;: task-model-assistant-cli login --server %1 --email VOUS@EXEMPLE.COM (ou définissez OWUI_API_KEY).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>Aucune connexion enregistrée pour %1 dans le trousseau. Exécutez&#xa0;: task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>Connecté à %1 en tant que %2 (administrateur).</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>Rien n&apos;a été enregistré (--no-keychain).</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>Connecté, mais le trousseau n&apos;a pas pu stocker la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>La session est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>Préréglages intégrés&#xa0;:</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1 (choisissez le modèle avec --model&#xa0;; affiché&#xa0;: la recommandation du guide)</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1 (choisissez avec --provider-url et --model)</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>Vos préréglages&#xa0;:</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>Aucune sauvegarde de %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  (réglages d&apos;origine)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply nécessite un préréglage&#xa0;: local, hosted, quiet ou l&apos;un des vôtres.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun préréglage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>La clé du fournisseur pour %1 n&apos;est pas dans le trousseau.</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>Automatisation inconnue «&#xa0;%1&#xa0;» dans --also-off.</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>Utilisation de %1, un modèle léger recommandé présent sur ce serveur.</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>Choisissez le modèle de tâche avec --model. Modèles locaux sur ce serveur&#xa0;: %1. Ou téléchargez d&apos;abord un modèle recommandé&#xa0;: task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted nécessite --model, par exemple --model %1.</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>La clé API du fournisseur est nécessaire&#xa0;: --provider-key-stdin ou TASK_PROVIDER_API_KEY.</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>La clé API du fournisseur est nécessaire&#xa0;: --provider-key-stdin ou TASK_PROVIDER_API_KEY (elle est ensuite conservée dans le trousseau).</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>Lecture des réglages actuels…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>Ajout de la connexion…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>Vérification des modèles…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>Enregistrement des nouveaux réglages…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>Vérification de leur conservation…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>Avertissement&#xa0;: impossible de conserver la clé du fournisseur dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull nécessite un nom de modèle, par exemple&#xa0;: pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 est prêt sur le serveur.</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>Échec du téléchargement de %1.</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>Le serveur ne répertorie pas le modèle de conversation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>les réglages d&apos;origine</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>Aucune sauvegarde à restaurer (%1) pour %2.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>avant l&apos;application de %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>Essai du fournisseur avec une courte requête…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>Les modèles du serveur n&apos;ont pas pu être lus, donc les modèles de tâche n&apos;ont pas été vérifiés. %1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>Mise à jour des droits d&apos;utilisation du modèle de tâche…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>Connectez-vous ensuite avec&#xa0;: task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>Nom d&apos;utilisateur LDAP&#xa0;: </translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap a besoin de --user NOM, votre nom d&apos;utilisateur LDAP.</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>Mot de passe LDAP de %1&#xa0;: </translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>Pour vous connecter avec LDAP&#xa0;: task-model-assistant-cli login --server %1 --ldap --user NOM</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>Arrêté avant toute modification sur le serveur.</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>Arrêté pendant l&apos;enregistrement&#xa0;: le serveur a peut-être déjà reçu une partie ou la totalité des nouveaux réglages.</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>Vérifiez-les avec&#xa0;: status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>Vérifiez-les avec&#xa0;: status. Pour remettre en place les réglages précédents&#xa0;: restore %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>Relecture des réglages du serveur après l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>Si le serveur prend finalement en compte l&apos;enregistrement plus tard, pour remettre en place les réglages précédents&#xa0;: restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget nécessite le serveur à oublier&#xa0;: --server URL.</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1 n&apos;est pas un serveur enregistré&#xa0;: il n&apos;y a rien à oublier.</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget supprime du trousseau la connexion au serveur&#xa0;: il ne peut donc pas être utilisé avec --no-keychain.</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>Serveur %1 oublié&#xa0;: son profil, les préréglages mémorisés pour lui et sa connexion dans le trousseau ont été supprimés. Ses sauvegardes sont conservées (pour les lister&#xa0;: backups --server %1).</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>La connexion à %1 n&apos;a pas pu être supprimée du trousseau, le serveur est donc conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>Test de vitesse&#xa0;: message %1 sur %2…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>Sauvegarde %1 des réglages d&apos;origine enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>Sauvegarde %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>Exécution d&apos;une tâche de titre dans une conversation avec %1, un modèle local…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>Exécution d&apos;une tâche de titre dans une conversation avec %1, un modèle externe…</translation>
    </message>
</context>
</TS>
