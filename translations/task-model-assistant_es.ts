<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>No se pudo conectar con el servidor. Compruebe la dirección y que Open WebUI esté en ejecución.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>Falló la conexión segura: el certificado del servidor no es de confianza. Revise el certificado que aparece abajo antes de decidir si confía en él.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>El servidor no respondió a tiempo. Puede que esté ocupado o iniciándose; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI todavía se está iniciando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>La sesión ha caducado o la clave ya no es válida. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>Esta cuenta no es de administrador. Inicie sesión con una cuenta de administrador: solo los administradores pueden cambiar el modelo de tarea.</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>Este servidor no permite claves API. Un administrador puede activar «Habilitar Claves API» en Administración &gt; Ajustes &gt; General, o bien puede iniciar sesión con correo electrónico y contraseña.</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>Esta clave API no tiene permiso para usar %1. Un administrador puede añadirlo a los endpoints permitidos en Administración &gt; Ajustes &gt; General, o desactivar la restricción.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>El inicio de sesión con contraseña está desactivado en este servidor. Use una clave API en su lugar.</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>Esta cuenta usa inicio de sesión en dos pasos. Cree una clave API en Open WebUI (Ajustes &gt; Cuenta) y úsela aquí.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>Demasiados intentos. Espere unos minutos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>El servidor respondió con algo que no es la API de Open WebUI (por ejemplo, la página de inicio de sesión de un proxy). Compruebe la dirección o inicie sesión primero en el proxy.</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>El servidor rechazó los ajustes por no ser válidos.</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>El servidor rechazó los ajustes: requiere %1.</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>El servidor no reconoce esta dirección. Puede que no sea Open WebUI o que sea otra versión.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>La respuesta del servidor era inesperadamente grande y no se leyó.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>El servidor informó de un error (HTTP %1).</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>Alguien cambió los ajustes de tareas en el servidor después de leerlos. No se cambió nada; revise los ajustes actuales y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>El servidor aceptó el cambio, pero no lo conserva. Puede que ejecute varios procesos (workers) o que tenga ENABLE_PERSISTENT_CONFIG desactivado.</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>La solicitud se rechazó por no ser válida.</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>Alguien cambió las conexiones compatibles con OpenAI del servidor después de leerlas. No se cambió nada; revise las conexiones en Administración &gt; Ajustes &gt; Conexiones y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>El servidor ya no incluye el modelo de chat que usó la prueba: su lista de modelos cambió después de leerla, o varios procesos de Open WebUI no comparten sus listas de modelos. Repita la prueba; si vuelve a ocurrir, ejecute Open WebUI con un solo proceso o con Redis.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>El proveedor no aceptó la clave API. Respondió: %1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>El proveedor indica que la cuenta no tiene créditos. Respondió: %1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>El proveedor no conoce este modelo. Respondió: %1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>El proveedor rechazó la solicitud de prueba. Respondió: %1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>No se pudo establecer una conexión segura (https) con el servidor. Puede que no ofrezca https en esta dirección; compruebe la dirección y su puerto.</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>El inicio de sesión LDAP falló: el nombre de usuario o la contraseña son incorrectos, o Open WebUI no pudo comprobarlos con su servidor de directorio. Open WebUI no dice cuál de las dos cosas.</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>Este servidor no ofrece inicio de sesión LDAP. Inicie sesión con correo electrónico y contraseña o con una clave API.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>Este servidor identifica a las personas mediante un proxy inverso (una cabecera de confianza), así que el asistente no puede iniciar sesión con una contraseña. Use una clave API: cree una en Open WebUI, en Ajustes &gt; Cuenta &gt; Claves de la API. Un administrador debe permitir las claves API en Administración &gt; Ajustes &gt; General.</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>En esta dirección solo responde HTTP sin cifrar, así que no se envió nada: su contraseña o su clave viajaría sin cifrar. Para iniciar sesión de todos modos, use la dirección %1 e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser verdadero o falso.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser texto.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser un número entero.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser un número.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser un objeto.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>El servidor rechazó los ajustes porque el campo %1 tiene un tipo incorrecto: debe ser una lista.</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>El servidor rechazó los ajustes porque el valor del campo %1 no es válido (%2).</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>Esta clave API no tiene permiso para usar esta parte de la API. Un administrador puede añadirla a los endpoints permitidos en Administración &gt; Ajustes &gt; General, o desactivar la restricción.</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1 Ajustes afectados: %2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1 Respuesta del servidor: %2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>Guardar y probar</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>Revise los cambios y luego aplíquelos. El asistente hace primero una copia de seguridad de los ajustes actuales y ejecuta una tarea real antes y después, para que vea la diferencia.</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>Estos ajustes van a cambiar:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>A&amp;plicar y probar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>Restaurar los ajustes de la copia de seguridad hecha justo antes de aplicar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>Tiempo de la tarea antes y después</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>&amp;Mantener el asistente en la bandeja del sistema para cambiar de estrategia más adelante</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>Medir también la &amp;velocidad del chat mientras se ejecutan las tareas en segundo plano (carga el servidor)</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>Generación de títulos</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>Generación de etiquetas</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>Generación de preguntas de seguimiento</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>Generación de autocompletado</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>Generación de consultas de búsqueda web</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>Generación de consultas de recuperación</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>Una solicitud breve al empezar un chat; pone nombre al chat en la barra lateral.</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>Una solicitud tras las primeras respuestas de un chat para etiquetarlo.</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>Una solicitud tras cada respuesta para sugerir preguntas de seguimiento.</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>Una solicitud casi con cada pulsación de tecla mientras los usuarios escriben: la más pesada en hardware lento.</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>Una solicitud antes de cada búsqueda web para redactar las consultas de búsqueda.</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>Una solicitud antes de cada búsqueda en documentos o en el conocimiento para redactar las consultas.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>No se encontró la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 no es una copia de seguridad de este asistente y se ha omitido.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index necesita un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout necesita un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: «%1».</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap inicia sesión con un nombre de usuario LDAP (--user), no con --email.</translation>
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
        <translation>Uso: task-model-assistant-cli [opciones] &lt;comando&gt; [argumentos]

Configura el modelo de tarea de un servidor Open WebUI (el que escribe títulos, etiquetas,
preguntas de seguimiento y consultas de búsqueda de los chats) para que los chats sean rápidos.

Comandos:
  login [--email E]          iniciar sesión y guardar la sesión en el llavero
                             (contraseña leída de stdin o pedida sin mostrarla)
  login --ldap --user NOMBRE lo mismo con una cuenta LDAP (si el servidor ofrece LDAP)
  status                     servidor, cuenta, los dos modelos de tarea y las automatizaciones
  presets                    los preajustes que se pueden aplicar
  apply local --model ID     un modelo local ligero para todos los chats
        [--external-model ID] [--also-off LISTA]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             el modelo de un proveedor compatible con OpenAI, como OpenRouter;
                             su clave viene de --provider-key-stdin, TASK_PROVIDER_API_KEY o
                             del llavero
  apply quiet                desactivar autocompletado, etiquetas, preguntas de seguimiento y
                             consultas de búsqueda y de recuperación (se mantienen los títulos)
  apply PREAJUSTE            un preajuste guardado en el asistente
  pull MODELO                descargar un modelo de Ollama a través de Open WebUI
  test [--chat-model ID]     cronometrar una tarea de título real por cada modelo de tarea
       [--deep]              y luego cronometrar unos mensajes de chat mientras se ejecutan
                             las tareas en segundo plano (primero lista sus solicitudes; Ctrl+C lo detiene)
  backup                     hacer ahora una copia de seguridad de los ajustes de tareas
  backups                    listar las copias de seguridad de este servidor
  restore [ID | --original]  restaurar una copia de seguridad (por defecto: la más reciente)
  forget --server URL        olvidar un servidor guardado: su perfil, los preajustes recordados
                             y la sesión del llavero (se conservan sus copias de seguridad)

Opciones:
  --server URL               el servidor Open WebUI (u OWUI_URL; por defecto: el último usado)
  --email E                  la cuenta de administrador (login)
  --ldap                     iniciar sesión con una cuenta LDAP (login)
  --user NOMBRE              el nombre de usuario LDAP (login --ldap)
  --api-key-stdin            leer una clave API de Open WebUI de stdin (o definir OWUI_API_KEY)
  --provider-key-stdin       leer de stdin la clave del proveedor alojado (tras la clave API)
  --also-off LISTA           con apply: desactivar también (lista separada por comas):
                             autocomplete,tags,follow-ups,search-query,retrieval-query,title
  --make-public              con apply: que todos los usuarios puedan usar el modelo de tarea
                             (Visibilidad: Público; se deshace con restore)
  --ollama-index N           la conexión de Ollama que descarga (por defecto 0)
  --timeout SEGUNDOS         cuánto esperar al servidor (por defecto 20)
  --no-keychain              no leer ni escribir en el llavero
  --json                     salida legible por máquina (status, test, apply)
  --verbose                  registrar en stderr cada solicitud (estado, tiempo) y cada paso,
                             para informes de errores; los secretos nunca se registran
  -h, --help                 esta ayuda
  -v, --version              la versión

Códigos de salida: 0 correcto, 1 otro fallo, 2 uso, 3 autenticación, 4 no es administrador,
5 servidor inaccesible, 6 error de validación o del servidor, 7 fallo de la prueba de tarea.</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modelo actual (el propio modelo de cada chat)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>Servidor:             %1 en %2</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>Sesión iniciada como: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave API</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>Modelo de tarea para chats con modelos locales:  %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>Modelo de tarea para chats con modelos externos: %1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>Automatizaciones:</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>Preajustes coincidentes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Copias de seguridad: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>Nada que cambiar: el servidor ya usa «%1».</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>Se aplicó «%1». Cambios:</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>Se añadió la conexión %1.</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>Esta versión del servidor no tiene interruptor para %1; se deja como está.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>Copia de seguridad de los ajustes anteriores: %1 (para restaurarla: restore %1)</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>Para que todos los usuarios puedan usarlo, vuelva a aplicar el preajuste con --make-public.</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>Todos los usuarios pueden usar ahora «%1», así que sus chats también tienen títulos, etiquetas y preguntas de seguimiento.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>Se restableció quién puede usar «%1».</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>cuenta LDAP</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [no]  %1 (sin definir, así que el servidor la trata como desactivada)</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [sí]  %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [no]  %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>Solicitudes en segundo plano sin respuesta del servidor: %1.</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>Chats con modelos locales: no hay ningún modelo de chat de este tipo en el servidor; nada que probar.</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>Chats con modelos externos: no hay ningún modelo de chat de este tipo en el servidor; nada que probar.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>Chats con modelos locales: la generación de títulos está desactivada, así que no se ejecutó ninguna tarea (%1).</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>Chats con modelos externos: la generación de títulos está desactivada, así que no se ejecutó ninguna tarea (%1).</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>Chats con modelos locales (modelo de chat %1): la tarea falló. %2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>Chats con modelos externos (modelo de chat %1): la tarea falló. %2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>Chats con modelos locales (modelo de chat %1): respondió %2 en %3, título «%4».</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>Chats con modelos externos (modelo de chat %1): respondió %2 en %3, título «%4».</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>administrador</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>usuario</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <comment>a changed setting, its value before and after</comment>
        <translation>  %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to the admin panel</source>
        <translation>Conectarse al panel de administración</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>Inicie sesión en su servidor Open WebUI como administrador. El asistente cambia los mismos ajustes que Administración &gt; Ajustes &gt; Interfaz.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>&amp;Buscar servidores</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>Buscar Open WebUI en este equipo (puertos 3000 y 8080)</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>&amp;Correo y contraseña</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>Clave A&amp;PI</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Cla&amp;ve API:</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>Open WebUI muestra su clave API en Ajustes &gt; Cuenta &gt; Claves de la API. El servidor debe permitir las claves API (Administración &gt; Ajustes &gt; General &gt; Habilitar Claves API).</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>&amp;Recordarme (se guarda en el llavero del sistema, nunca en un archivo)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Confiar en es&amp;te certificado para este servidor</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>Cuenta &amp;LDAP</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>Iniciar sesión con el nombre de usuario y la contraseña del directorio (LDAP)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>Nombre de usuario LDAP</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Olvidar este servidor…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>Quitar del asistente este servidor guardado y su inicio de sesión (se conservan sus copias de seguridad)</translation>
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
        <translation>El servidor no tiene ningún modelo de chat que medir.</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>La prueba de velocidad envía %1 mensajes de chat breves a %2, uno tras otro.</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Todas las tareas en segundo plano de Open WebUI están desactivadas, así que cada mensaje se envía solo.</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>Con cada mensaje envía, en el mismo momento, las solicitudes en segundo plano que Open WebUI ejecuta para un chat: %1.</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>Mientras se ejecutaban las tareas en segundo plano, la primera palabra de la respuesta llegó a los %1 y la respuesta completa a los %2 (medianas; mensajes respondidos: %3).</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>Primera palabra de la respuesta: %1 con los ajustes anteriores, %2 con los nuevos.</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>Respuesta completa: %1 con los ajustes anteriores, %2 con los nuevos.</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>Se detuvo la prueba de velocidad. Mensajes respondidos: %1.</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>La prueba de velocidad alcanzó su límite de tiempo. Mensajes respondidos: %1.</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>La prueba de velocidad no pudo terminar: %1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>Cada ejecución envía %1 solicitudes al servidor; cada respuesta se corta a los %2 tokens.</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>Cada ejecución termina por sí sola como máximo a los %1 minutos, y puede detenerla en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>Olvidar este servidor</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>¿Olvidar el servidor %1?</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>¿Olvidar el servidor %1 con la dirección %2?</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>El asistente elimina su dirección, su cuenta, el certificado de confianza y los preajustes que recuerda para este servidor, además del inicio de sesión guardado en el llavero del sistema. El servidor en sí no se modifica. Sus copias de seguridad se quedan en este equipo: son las que permiten volver a los ajustes del servidor previos al asistente. Las claves de los proveedores alojados se quedan en el llavero, ya que otros servidores pueden usarlas.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>&amp;URL del proveedor:</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL del proveedor</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>&amp;Clave API del proveedor:</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>Clave API del proveedor</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Ver&amp;ificar</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>Pedir a Open WebUI que se conecte al proveedor con esta clave</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>Modelo de tarea alojado</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>Nota: el texto de los títulos, las etiquetas y las consultas de búsqueda (partes de los chats de sus usuarios) se envía entonces a este proveedor.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>No se pudo crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 estaba dañado y se ha apartado como %2.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 está dañado y no se pudo apartar; no se ha usado.</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>Modelos locales en el servidor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>Descar&amp;gar un modelo:</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>Modelo para descargar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>&amp;En el servidor Ollama:</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>Servidor Ollama de destino de la descarga</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>Modelo local ligero</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>Endpoint alojado</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>Desactivar automatizaciones</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>Ajustes previos al asistente</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>Restaura los ajustes de tareas que tenía el servidor antes de que el asistente los cambiara por primera vez.</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>El preajuste no tiene identificador.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>El preajuste «%1» es de un tipo desconocido.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>El preajuste «%1» contiene una automatización desconocida: «%2».</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>El preajuste «%1» tiene una conexión sin URL.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>El preajuste «%1» no cambia nada.</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>El propio modelo de cada chat realiza las tareas.</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>Modelo de tarea %1 para todos los chats.</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>Los chats con modelos locales realizan sus propias tareas.</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>Modelo de tarea para chats con modelos locales: %1.</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>Los chats con modelos externos realizan sus propias tareas.</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>Modelo de tarea para chats con modelos externos: %1.</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>Desactiva %1.</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>Mantiene %1.</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>A través del proveedor %1.</translation>
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
        <translation>Guardar los ajustes actuales como preajuste</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation>«%1» es el nombre de un preajuste integrado; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>El servidor no incluye el modelo «%1». Open WebUI lo ignoraría sin avisar y seguiría usando el propio modelo de cada chat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>«%1» parece un modelo de razonamiento: piensa antes de responder, lo que hace lentos los títulos y las etiquetas. Un modelo pequeño sin razonamiento es más rápido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>«%1» es un modelo grande (%2). Un modelo ligero como qwen2.5:3b responde mucho más rápido a las tareas en segundo plano.</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>Los usuarios normales no pueden usar «%1», así que los títulos, etiquetas y preguntas de seguimiento fallan en sus chats (solo los chats de administradores los tienen). Hágalo público en Administración &gt; Ajustes &gt; Modelos &gt; %1 &gt; Visibilidad, o elija un modelo público.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>Respondió el modelo de chat %1 en lugar de %2: el servidor ignoró el ajuste del modelo de tarea. Open WebUI lo hace cuando no incluye el modelo de tarea en su lista.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 y %2 son el mismo modelo para su proveedor, así que la respuesta no puede mostrar cuál de ellos ejecutó la tarea.</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>La respuesta vino de «%1», que no es ni %2 ni %3 según los nombres que les dan sus proveedores, así que la prueba no puede saber cuál de ellos ejecutó la tarea.</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1 y %2 se ejecutan en servidores Ollama distintos, así que el modelo de tarea nunca saca de la memoria al modelo de chat.</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>Ambos modelos permanecen en memoria: %1 ocupa %2 y %3 ocupa %4.</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama descargó el modelo de chat %1 (%2) para ejecutar el modelo de tarea %3 (%4): el servidor no puede mantener ambos en memoria, así que después de cada tarea en segundo plano el siguiente mensaje del chat espera a que %1 se vuelva a cargar. Elija un modelo de tarea más pequeño o un endpoint alojado, o desactive las automatizaciones.</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>%1 no estaba en memoria antes de la prueba, así que no se pudo ver si cabe en memoria junto con %2. Converse una vez con %1 y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>Esta versión de Open WebUI no muestra qué modelos están en memoria (la 0.5 y las posteriores sí), así que no se pudo comprobar si caben ambos modelos.</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>El servidor no permitió a esta cuenta ver qué modelos están en memoria, así que no se pudo comprobar si caben ambos modelos.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>La lista de modelos en memoria del servidor no incluye %1, que acaba de responder, así que no se pudo comprobar si caben ambos modelos.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>No se pudo leer la lista de modelos en memoria del servidor, así que no se pudo comprobar si caben ambos modelos.</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>Introduzca la URL del proveedor, por ejemplo https://openrouter.ai/api/v1.</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>La URL del proveedor debe ser una dirección web que empiece por https:// (o http:// si el proveedor está en la propia red del servidor).</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>Obteniendo la lista de archivos de %1…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>Descargando %1: %2 de %3 (%4&#xa0;%).</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>Comprobando los archivos descargados de %1…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>Guardando %1 en el servidor…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 se ha descargado.</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>Descargando %1. Ollama indica: %2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>Eliminando los archivos de una versión anterior de %1 que ya no se necesitan…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>¿Cómo mantengo viva la albahaca en el alféizar de una ventana en invierno?</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>Dele más de 6 horas de luz, riéguela cuando la capa superior de la tierra esté seca, manténgala lejos del cristal frío y pellizque los botones florales.</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>¿Con qué frecuencia debo regarla? Responda en una sola frase.</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>¿Con qué frecuencia debo regar</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>Introduzca la dirección de su servidor Open WebUI, por ejemplo, http://localhost:3000.</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>La dirección del servidor no puede contener espacios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>«%1» no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>La dirección debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>Modelo de tarea para chats con modelos locales</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>Modelo de tarea para chats con modelos externos</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>Modelo actual</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>This server has no administrator yet: open it in a browser, create the first account, then sign in here.</source>
        <translation>Este servidor aún no tiene administrador: ábralo en un navegador, cree la primera cuenta e inicie sesión aquí.</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>Este servidor funciona sin inicio de sesión: pulse «Iniciar sesión».</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>Este servidor identifica a las personas mediante un proxy inverso (una cabecera de confianza), así que el asistente no puede iniciar sesión con una contraseña. Solo se entra con una clave API, y las claves API están desactivadas: un administrador debe activar «Habilitar Claves API» en Administración &gt; Ajustes &gt; General. Después, cree una clave en Open WebUI, en Ajustes &gt; Cuenta &gt; Claves de la API.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>Este servidor identifica a las personas mediante un proxy inverso (una cabecera de confianza), así que el asistente no puede iniciar sesión con una contraseña. Use una clave API: cree una en Open WebUI, en Ajustes &gt; Cuenta &gt; Claves de la API. Un administrador debe permitir las claves API en Administración &gt; Ajustes &gt; General.</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>Este servidor funciona con cuentas LDAP: use el nombre de usuario y la contraseña de su directorio.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>El inicio de sesión con contraseña está desactivado en este servidor: use una clave API. Cree una en Open WebUI, en Ajustes &gt; Cuenta &gt; Claves de la API. Un administrador debe permitir las claves API en Administración &gt; Ajustes &gt; General.</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>No fue posible una conexión segura, así que el asistente se conectó por HTTP sin cifrar (%1). Su contraseña o su clave API viaja sin cifrar; use https:// si el servidor lo ofrece.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>No se pudo cambiar la entrada de inicio de Windows.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>Elegir una estrategia</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>Elija cómo deben ejecutarse las tareas en segundo plano (títulos, etiquetas, preguntas de seguimiento, autocompletado, consultas de búsqueda) para que dejen de competir con su modelo de chat.</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>Punto de partida (ajustes actuales del servidor)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>Modelo &amp;local ligero</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>Ideal para hardware limitado. Un modelo pequeño en su servidor (Qwen2.5 3B, Llama 3.2 3B…) escribe los títulos, las etiquetas y las consultas, mientras el modelo grande solo responde en los chats.</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>Endpoint alo&amp;jado</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>Ideal para obtener la respuesta más rápida con una conexión a internet fiable. Un servicio compatible con OpenAI, como OpenRouter, ejecuta las tareas con un modelo pequeño y rápido.</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>De&amp;sactivar automatizaciones</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>Ideal para centrarse en lo esencial: el chat. Desactiva las tareas en segundo plano de las que se puede prescindir; los títulos de los chats siguen activos.</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatizaciones</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>A&amp;vanzado: configurar por separado los dos modelos de tarea</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>Hacer que todos los usuarios puedan usar el modelo de tarea (Visibilidad: Público)</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — leyendo…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — problema</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>Modelo local ligero: %1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>Endpoint alojado: %1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>Desactivar automatizaciones</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>Restaurar los ajustes previos al asistente</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>Probar ahora</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>Guardar los ajustes actuales como preajuste…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>Abrir el asistente…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>Olvidar este servidor…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Acerca de Task Model Assistant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1: aún sin leer</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>Modelo actual</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1: modelos de tarea %2 (chats locales), %3 (chats externos)</translation>
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
        <translation>Hace que un servidor Open WebUI sea rápido configurando su modelo de tarea.</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>Servidor Open WebUI que se propone primero.</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>Iniciar en la bandeja del sistema (se usa al iniciar sesión).</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>Registrar en stderr cada solicitud (estado, tiempo) y cada paso, para informes de errores; los secretos nunca se registran.</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en un plazo de %1&#xa0;s</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>El servidor redirige el asistente a %1. Utilice esa dirección.</translation>
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
        <translation>Chats con modelos locales</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>Chats con modelos externos</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>Conexión compatible con OpenAI</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>El servidor ya tiene estos ajustes. Aplíquelos de todos modos para probarlos.</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>Estos ajustes van a cambiar (%1):</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>Probar con los ajustes actuales</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>Hacer una copia de seguridad de los ajustes actuales</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>Aplicar los nuevos ajustes</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>Comprobar que el servidor los ha conservado</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>Probar con los nuevos ajustes</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>Detenido. Si se estaban guardando los ajustes, compruébelos en el panel de administración de Open WebUI.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>ajustes cambiados: %1</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>Vuelva a la primera página e inicie sesión de nuevo; sus elecciones se conservan.</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>Los ajustes se han aplicado. El servidor no tiene ningún modelo de chat con el que ejecutar una tarea de prueba.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>No se pudo leer la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>Restaurando los ajustes anteriores…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>copia de seguridad %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>Deshecho: el servidor vuelve a tener sus ajustes anteriores.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la clave del proveedor en el llavero: %1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>La lista de arriba muestra ahora los ajustes actuales del servidor: vuelva a aplicar para añadir sus cambios sobre ellos.</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>Quién puede usar %1</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>No todos los usuarios</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>Todos los usuarios pueden usar ahora «%1», así que sus chats también tienen títulos, etiquetas y preguntas de seguimiento.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>Se restableció quién puede usar «%1».</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1, con la clave que ha introducido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>esperando al servidor desde hace %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1 (desde hace %2&#xa0;s)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>Detenido antes de cambiar nada.</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>releyendo los ajustes del servidor</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>Si el servidor acaba aplicando los cambios más tarde, «Deshacer» restaurará los ajustes anteriores.</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>Compruébelos en el panel de administración de Open WebUI (Administración &gt; Ajustes &gt; Interfaz) o use «Deshacer» para restaurar los ajustes anteriores.</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>Los nuevos ajustes se han guardado. La prueba se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>prueba de velocidad, mensaje %1 de %2</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>Primera palabra de la respuesta</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>El asistente la ejecuta dos veces: con los ajustes actuales y luego con los nuevos.</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>una tarea de título en un chat con %1, un modelo local</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>una tarea de título en un chat con %1, un modelo externo</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>Chats con modelos locales: ahora los títulos los genera %1 en %2, en lugar de %3 con %4.</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>Chats con modelos externos: ahora los títulos los genera %1 en %2, en lugar de %3 con %4.</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>Chats con modelos locales: ahora los títulos los genera %1 en %2.</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>Chats con modelos externos: ahora los títulos los genera %1 en %2.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>Chats con modelos locales: la generación de títulos está desactivada, así que no se ejecutó ninguna tarea de prueba.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>Chats con modelos externos: la generación de títulos está desactivada, así que no se ejecutó ninguna tarea de prueba.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>Chats con modelos locales: la tarea de prueba falló. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>Chats con modelos externos: la tarea de prueba falló. %1</translation>
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
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Acerca de Task Model Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Hace que un servidor Open WebUI sea rápido en hardware modesto: configura el modelo de tarea que escribe los títulos, las etiquetas, las preguntas de seguimiento y las consultas de búsqueda de los chats, y demuestra la mejora con una prueba real.&lt;/p&gt;&lt;p&gt;Los secretos se guardan solo en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation>%1 (no disponible en esta versión del servidor)</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>Falta la clave API del proveedor.</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>Los ajustes de tareas están vacíos.</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>No se pudo escribir ninguna copia de seguridad, así que no se cambió nada. %1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>El servidor muestra enmascaradas las claves de sus conexiones, así que no se pueden volver a escribir de forma segura. En su lugar, añada la conexión en Administración &gt; Ajustes &gt; Conexiones.</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>El servidor no respondió a tiempo a la solicitud de guardado, pero al releer sus ajustes %1&#xa0;s después se comprobó que se habían guardado.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>El servidor no respondió a la solicitud de guardado, y al releer sus ajustes no se pudo saber si se aplicaron los cambios.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>El servidor no respondió a la solicitud de guardado, y %1&#xa0;s después seguía teniendo sus ajustes anteriores.</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>Los ajustes del servidor no se cambiaron.</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>Puede que los ajustes del servidor hayan cambiado.</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>Aviso: esta dirección usa http sin cifrar hacia otro equipo, así que su contraseña o su clave viajaría sin cifrar. Use https:// si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>Se encontró %1 en %2.</translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation>Ningún Open WebUI respondió en este equipo (puertos 3000 y 8080). Introduzca la dirección de su servidor.</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>Buscando Open WebUI en este equipo…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>Introduzca el correo electrónico y la contraseña de una cuenta de administrador.</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Una clave API de Open WebUI empieza por «sk-».</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>Leyendo la versión del servidor…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>Comprobando que la cuenta es de administrador…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>Buscando su inicio de sesión guardado en el llavero…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Su inicio de sesión guardado ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>Iniciando sesión con la sesión guardada…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>Sesión iniciada como %1 (administrador) en %2.</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar su inicio de sesión en el llavero: %1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>Certificado: %1
Emitido por: %2
SHA-256: %3
Problema: %4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>Aviso: este no es el certificado en el que confió antes para este servidor (SHA-256 %1). Confíe en el nuevo solo si sabe por qué ha cambiado.</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>Introduzca el nombre de usuario y la contraseña LDAP de una cuenta de administrador.</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>El asistente ha olvidado %1. Sus copias de seguridad se conservan.</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>No se pudo olvidar el servidor: %1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>Introduzca su correo electrónico y su contraseña, o una clave API.</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1 tiene el rol «%2».</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña LDAP.</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>La respuesta no tenía texto.</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>Escriba parte del nombre de un modelo para filtrar la lista</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>Filtrar los modelos por nombre</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>Vuelva a verificar la clave después de un cambio.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>Introduzca primero la clave API del proveedor.</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>Pidiendo al servidor que se conecte a %1…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>Verificado: el servidor conectó con %1. Modelos ofrecidos: %2.</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>Aviso: con http simple, la clave del proveedor viaja sin cifrar desde su servidor hasta %1.</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>El proveedor no ofrece «%1». Elija uno de los modelos de su lista: escriba parte del nombre para encontrarlo.</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>El proveedor no ha facilitado la lista de sus modelos, así que aquí no se puede comprobar «%1». Asegúrese de que el nombre sea exactamente el correcto.</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>Escriba parte del nombre de un modelo para encontrarlo</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>No hay ningún llavero disponible. En Linux, instale e inicie un servicio Secret Service como GNOME Keyring o KWallet; el asistente nunca guarda secretos en texto plano.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>El llavero denegó el acceso. Desbloquéelo (o autorice al asistente) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>No se pudo usar el llavero: %1. En Linux, debe estar en ejecución un servicio Secret Service como GNOME Keyring.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>El llavero no respondió a tiempo. Puede que esté bloqueado: desbloquéelo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>Modelo de razonamiento: lento para tareas</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>Grande: lento para tareas</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>Este servidor aún no tiene modelos locales. Descargue uno pequeño a continuación.</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>Ninguno de los modelos locales del servidor es pequeño. Descargue a continuación uno ligero, como qwen2.5:3b.</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>Seleccione el modelo que debe realizar las tareas en segundo plano.</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 está listo en el servidor.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>Iniciando la descarga de %1…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Descarga detenida.</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>Este servidor no tiene modelos locales.</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>Ollama está desactivado en este servidor (Administración &gt; Ajustes &gt; Conexiones), así que aquí no se pueden descargar modelos.</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>Ningún nombre de modelo contiene «%1».</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>Modelos que coinciden con «%3»: %1 de %2.</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1 sigue en la lista porque está seleccionado, aunque su nombre no coincide.</translation>
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
        <translation>La descarga se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama no pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>no hay líneas de progreso</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama ya tiene %1, pero Open WebUI no lo incluye: su conexión de Ollama solo ofrece una lista elegida de modelos. Añada %1 a los ID de modelo de la conexión en Administración &gt; Ajustes &gt; Conexiones, o elija un modelo de esa lista.</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>No se pudo escribir ninguna copia de seguridad, así que no se cambió nada. %1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>El servidor no hizo que «%1» estuviera disponible para todos los usuarios. Ponga Administración &gt; Ajustes &gt; Modelos &gt; %1 &gt; Visibilidad en Público.</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>El proveedor %1 rechazó la clave API. Compruebe la clave y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>El servidor no pudo conectar con el proveedor %1: %2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>El proveedor %1 rechazó la solicitud. Compruebe la clave y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>Este servidor no está configurado en el asistente.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>No hay un inicio de sesión guardado para %1: abra el asistente para iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>Leyendo los ajustes de tareas y los modelos del servidor…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modelo actual (el propio modelo de cada chat)</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>Modelo de tarea para chats con modelos locales: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>Modelo de tarea para chats con modelos externos: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Activadas: %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>Desactivadas: %1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>Modelos en el servidor — locales: %1, externos: %2.</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>Automatizaciones que se mantienen (las no marcadas se desactivan)</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>Automatizaciones (opcional: desactivar también algunas)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>Nota: sin títulos, todos los chats de la barra lateral se llaman «Nuevo Chat».</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>No se pudieron leer los ajustes de tareas o los modelos: %1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>Nota: «%1» quedará disponible para todos los usuarios. La copia de seguridad hecha antes del cambio permite deshacerlo.</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>La respuesta no tiene modelo ni contenido.</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI elige el modelo de tarea según el modelo con el que chatea el usuario: los chats con un modelo local (Ollama) usan el primero y todos los demás, el segundo. Elija el mismo modelo en ambos para usarlo en todos los chats.</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>Modelo de tarea para chats con modelos l&amp;ocales (TASK_MODEL):</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>Modelo de tarea para chats con modelos &amp;externos (TASK_MODEL_EXTERNAL):</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>Modelo de tarea local</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>Modelo de tarea externo</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>Modelo actual (el propio modelo de cada chat)</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1 (modelo local)</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1 (tras aplicar)</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>&amp;Buscar un modelo:</translation>
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
        <translation>%1 (después: %2)</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1 (antes: %2)</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>Después: sin medir.</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>Antes: sin medir.</translation>
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
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>No se pudo cambiar a «%1»</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>La clave del proveedor no está en el llavero: abra el asistente para introducirla.</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>Ya en uso: %1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Se cambió a %1</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>Compruebe los ajustes en el asistente.</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>La prueba falló</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>Prueba superada</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>La prueba detectó un problema</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>El preajuste no se guardó</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>Preajuste guardado</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>Servidor olvidado</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 ya no está en el asistente. Sus copias de seguridad se conservan.</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>No se pudo olvidar %1</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>Chats con modelos locales: %1 escribió un título en %2.</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>Chats con modelos externos: %1 escribió un título en %2.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>Chats con modelos locales: la generación de títulos está desactivada.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>Chats con modelos externos: la generación de títulos está desactivada.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>Chats con modelos locales: la tarea de prueba falló. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>Chats con modelos externos: la tarea de prueba falló. %1</translation>
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
        <translation>Su escritorio no tiene bandeja del sistema, así que el menú del asistente está aquí.</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>Estrategias y acciones</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>Vuelva a iniciar sesión con: task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>Certificado: %1, emitido por %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>Ejecute task-model-assistant-cli --help para ver la ayuda.</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>¿Qué servidor? Indique --server URL o defina OWUI_URL.</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Clave API de Open WebUI: </translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>Se indicó --api-key-stdin, pero no se leyó ninguna clave de stdin.</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>Clave API del proveedor: </translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>Se indicó --provider-key-stdin, pero no se leyó ninguna clave de stdin.</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>Aviso: %1 usa http sin cifrar: la contraseña o la clave viaja sin cifrar.</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>Correo electrónico: </translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login necesita --email (o una clave API de --api-key-stdin / OWUI_API_KEY).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>No se leyó ninguna contraseña de stdin.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>No hay sesión iniciada en %1. Ejecute: task-model-assistant-cli login --server %1 --email USUARIO@EJEMPLO.COM (o defina OWUI_API_KEY).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>No hay ningún inicio de sesión guardado para %1 en el llavero. Ejecute: task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: «%1».</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>Sesión iniciada en %1 como %2 (administrador).</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>No se guardó nada (--no-keychain).</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>Sesión iniciada, pero el llavero no pudo guardar la sesión: %1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>La sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>Preajustes integrados:</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1 (elija el modelo con --model; se muestra la recomendación de la guía)</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1 (elija con --provider-url y --model)</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>Sus preajustes:</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>Todavía no hay copias de seguridad de %1.</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  (ajustes originales)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply necesita un preajuste: local, hosted, quiet o uno de los suyos.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>No existe ningún preajuste «%1».</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>La clave del proveedor para %1 no está en el llavero.</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>Automatización desconocida en --also-off: «%1».</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>Se usa %1, un modelo ligero recomendado que tiene este servidor.</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>Elija el modelo de tarea con --model. Modelos locales en este servidor: %1. O descargue antes uno recomendado: task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted necesita --model, por ejemplo, --model %1.</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>Se necesita la clave API del proveedor: --provider-key-stdin o TASK_PROVIDER_API_KEY.</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>Se necesita la clave API del proveedor: --provider-key-stdin o TASK_PROVIDER_API_KEY (después se guarda en el llavero).</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>Leyendo los ajustes actuales…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>Añadiendo la conexión…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>Comprobando los modelos…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>Guardando los nuevos ajustes…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>Comprobando que se han conservado…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>Aviso: no se pudo guardar la clave del proveedor en el llavero: %1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull necesita un nombre de modelo, por ejemplo: pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 está listo en el servidor.</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>Falló la descarga de %1.</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>El servidor no incluye el modelo de chat «%1».</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>los ajustes originales</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>No hay ninguna copia de seguridad que restaurar (%1) para %2.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>copia de seguridad %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>antes de aplicar %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha manualmente</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>Probando el proveedor con una solicitud breve…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>No se pudieron leer los modelos del servidor, así que no se comprobaron los modelos de tarea. %1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>Actualizando quién puede usar el modelo de tarea…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>Después, inicie sesión con: task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>Nombre de usuario LDAP: </translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap necesita --user NOMBRE, su nombre de usuario LDAP.</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>Contraseña LDAP de %1: </translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>Para iniciar sesión con LDAP: task-model-assistant-cli login --server %1 --ldap --user NOMBRE</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>Detenido antes de cambiar nada en el servidor.</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>Detenido mientras se guardaba: puede que el servidor ya tenga parte o la totalidad de los nuevos ajustes.</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>Compruébelos con: status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>Compruébelos con: status. Para restaurar los ajustes anteriores: restore %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>Releyendo los ajustes del servidor después de guardar…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>Si el servidor acaba aplicando los cambios más tarde, para restaurar los ajustes anteriores: restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget necesita el servidor que se va a olvidar: --server URL.</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1 no es un servidor guardado: no hay nada que olvidar.</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget elimina del llavero el inicio de sesión del servidor: no puede ejecutarse con --no-keychain.</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>Servidor %1 olvidado: se eliminaron su perfil, los preajustes recordados para él y su inicio de sesión en el llavero. Sus copias de seguridad se conservan (para listarlas: backups --server %1).</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>No se pudo eliminar del llavero el inicio de sesión de %1, así que se conserva el servidor: %2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>Prueba de velocidad del chat: mensaje %1 de %2…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>Copia de seguridad %1 de los ajustes originales guardada en %2.</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>Copia de seguridad %1 guardada en %2.</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>Ejecutando una tarea de título en un chat con %1, un modelo local…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>Ejecutando una tarea de título en un chat con %1, un modelo externo…</translation>
    </message>
</context>
</TS>
