<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Usage: task-model-assistant-cli [options] &lt;command&gt; [arguments]

Sets up the task model of an Open WebUI server (the model that writes chat titles, tags,
follow-ups and search queries), so that chats stay fast.

Commands:
  login [--email E]          sign in and keep the session in the keychain
                             (password read from stdin, or asked for without echo)
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
  backup                     back up the server&apos;s task settings now
  backups                    list the backups of this server
  restore [ID | --original]  put back a backup (default: the latest)

Options:
  --server URL               the Open WebUI server (or OWUI_URL; default: the last one)
  --email E                  the admin account (login)
  --api-key-stdin            read an Open WebUI API key from stdin (or set OWUI_API_KEY)
  --provider-key-stdin       read the hosted provider&apos;s key from stdin (after the API key)
  --also-off LIST            with apply: also turn off these automations (comma separated:
                             autocomplete,tags,follow-ups,search-query,retrieval-query,title)
  --ollama-index N           which Ollama connection pulls (default 0)
  --timeout SECONDS          how long to wait for the server (default 20)
  --no-keychain              neither read nor write the keychain
  --json                     machine-readable output (status, test, apply)
  -h, --help                 this help
  -v, --version              the version

Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 not an admin,
5 server unreachable, 6 validation or server error, 7 task test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats with local models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such chat model on this server, nothing to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title generation is turned off, so no task ran (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chat model %2): the task failed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chat model %2): answered by %3 in %4, title &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Expected %1 to answer: the server ignored the task model setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to the admin panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model %1 for all chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for local chats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for external chats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not publicly available: tasks in other users&apos; chats may fail. Make it public in Workspace &gt; Models or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Makes an Open WebUI server fast by setting up its task model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::ApplyPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats with local models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with local models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as a chat with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to see the current settings, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed; check them in Open WebUI&apos;s admin panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: titles now use %2, %3 instead of %4 with %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: titles now use %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Expected %1 to answer; the server ignored the task model setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title generation is turned off, so no test task ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the test task failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::AssistantApp</name>
    <message>
        <source>Save current settings as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::AssistantWizard</name>
    <message>
        <source>Task Model Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>This server does not look like Open WebUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not reach the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::ModelPuller</name>
    <message>
        <source>The download stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::TimingChart</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::TrayController</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in: open the assistant to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 wrote a title in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title generation is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::TrayFallbackWindow</name>
    <message>
        <source>Task Model Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so the assistant&apos;s menu is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  quiet    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  original %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed; check with: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3% (%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the download finished but the server does not list %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a title task as a chat with %1 (local)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a title task as a chat with %1 (external)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 saved in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the original settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
