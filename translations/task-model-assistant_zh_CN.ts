<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>无法连接到服务器。请检查地址，并确认 Open WebUI 正在运行。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>安全连接失败：服务器的证书不受信任。决定是否信任之前，请先检查下方的证书。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>服务器未及时响应，可能正忙或正在启动；请稍后重试。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI 仍在启动中，请稍后重试。</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>邮箱或密码不正确。</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>您的会话已过期或密钥已失效。请重新登录。</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>此账号不是管理员。请使用管理员账号登录：只有管理员才能更改任务模型。</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>此服务器不允许使用 API 密钥。管理员可在“管理员面板 &gt; 设置 &gt; 通用”中开启“启用 API 密钥”，您也可以改用邮箱和密码登录。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>此 API 密钥无权使用 %1。管理员可在“管理员面板 &gt; 设置 &gt; 通用”中将其加入允许的接口，或关闭该限制。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>此服务器已关闭密码登录。请改用 API 密钥。</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>此账号启用了双因素认证登录。请在 Open WebUI 中创建 API 密钥（设置 &gt; 账号），然后在此处改用该密钥。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>尝试次数过多。请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>服务器返回的内容不是 Open WebUI 的 API（例如代理服务器的登录页面）。请检查地址，或先登录代理服务器。</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>服务器认为这些设置无效，拒绝接受。</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>服务器拒绝了这些设置：需要提供 %1。</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>服务器无法识别此地址。它可能不是 Open WebUI，或者是其他版本。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>服务器的响应异常庞大，因此未读取。</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>服务器报告了错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>读取设置后，有人更改了服务器上的任务设置。本次未做任何更改；请查看当前设置后重试。</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>服务器接受了更改，但没有保留。它可能运行了多个工作进程（worker），或关闭了 ENABLE_PERSISTENT_CONFIG。</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>请求无效，已被拒绝。</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>读取后，有人更改了服务器的 OpenAI 兼容连接。本次未做任何更改；请在“管理员面板 &gt; 设置 &gt; 外部连接”中检查连接后重试。</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>服务器的模型列表中已不再有测试所用的对话模型：读取后模型列表已变更，或 Open WebUI 的多个工作进程没有共享模型列表。请重新测试；如果仍然出现，请以单个工作进程或配合 Redis 运行 Open WebUI。</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未说明原因）</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>提供商不接受该 API 密钥。提供商的回复：%1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>提供商表示账号已没有额度。提供商的回复：%1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>提供商不认识该模型。提供商的回复：%1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>提供商拒绝了测试请求。提供商的回复：%1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>无法与服务器建立安全连接（https）。此地址可能未提供 https；请检查地址及其端口。</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>LDAP 登录失败：用户名或密码错误，或 Open WebUI 无法通过其目录服务器验证。Open WebUI 不会说明是哪一种情况。</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>此服务器未提供 LDAP 登录。请使用邮箱和密码或 API 密钥登录。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此服务器通过反向代理（受信任的标头）让用户登录，因此助手无法使用密码登录。请使用 API 密钥：在 Open WebUI 的“设置 &gt; 账号 &gt; API 密钥”中创建。管理员必须在“管理员面板 &gt; 设置 &gt; 通用”中允许 API 密钥。</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>此地址只有未加密的 HTTP 响应，因此未发送任何内容：您的密码或密钥将以明文传输。如仍要登录，请使用地址 %1 并重新登录。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为文本。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为整数。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为数字。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为对象。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的类型错误：必须为列表。</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>服务器拒绝了这些设置，因为字段 %1 的值无效（%2）。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>此 API 密钥无权使用 API 的这一部分。管理员可在“管理员面板 &gt; 设置 &gt; 通用”中将其加入允许的接口，或关闭该限制。</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1相关设置：%2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1服务器消息：%2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>保存并测试</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>请检查更改内容，然后应用。本助手会先备份当前设置，并在应用前后各运行一次真实任务，让您看到差异。</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>以下设置将被更改：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>应用后</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>应用并测试(&amp;A)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>从应用前刚创建的备份还原设置</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>应用前后的任务耗时</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>将助手保留在系统托盘中，以便稍后切换策略(&amp;K)</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>同时测量后台任务运行时的对话速度(&amp;M)（会给服务器带来负载）</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>标题生成</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>标签生成</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>追问生成</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>输入框内容自动补全</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>联网搜索关键词生成</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>检索查询生成</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>对话开始时发出一次简短请求，为侧边栏中的对话命名。</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>对话得到最初几条回答后发出一次请求，为其添加标签。</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>每次回答后发出一次请求，推荐可继续提出的追问。</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>用户输入时几乎每次按键都会发出请求：在较慢的硬件上负担最重。</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>每次联网搜索前发出一次请求，生成搜索查询。</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>每次检索文档或知识库前发出一次请求，生成检索查询。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>未找到备份 %1。</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 不是本助手的备份，已跳过。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index 需要大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap 使用 LDAP 用户名（--user）登录，而不是 --email。</translation>
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
        <translation>用法：task-model-assistant-cli [选项] &lt;命令&gt; [参数]

设置 Open WebUI 服务器的任务模型（负责生成对话标题、标签、追问和搜索查询的
模型），让对话保持流畅。

命令：
  login [--email E]          登录，并将会话保存在钥匙串中
                             （密码从 stdin 读取，或以不回显的方式询问）
  login --ldap --user NAME   以 LDAP 账号执行相同操作（服务器提供 LDAP 时）
  status                     服务器、账号、两个任务模型及各项自动化功能
  presets                    可应用的预设
  apply local --model ID     所有对话都使用同一个轻量本地模型
        [--external-model ID] [--also-off LIST]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             使用 OpenAI 兼容提供商（如 OpenRouter）的模型；
                             密钥来自 --provider-key-stdin、TASK_PROVIDER_API_KEY
                             或钥匙串
  apply quiet                关闭自动补全、标签、追问、搜索查询和检索查询生成
                             （标题保持开启）
  apply PRESET               应用您在本助手中保存的预设
  pull MODEL                 通过 Open WebUI 下载 Ollama 模型
  test [--chat-model ID]     为本地和外部两个任务模型各运行一次真实的标题任务并计时
       [--deep]              随后在后台任务运行的同时发送几条对话消息并计时
                             （先列出要发送的请求；按 Ctrl+C 停止）
  backup                     立即备份服务器的任务设置
  backups                    列出此服务器的备份
  restore [ID | --original]  还原备份（默认：最新备份）
  forget --server URL        忘记已保存的服务器：移除其配置文件、记住的预设和钥匙串中的
                             登录信息（备份会保留）

选项：
  --server URL               Open WebUI 服务器（或 OWUI_URL；默认：上次使用的服务器）
  --email E                  管理员账号（用于 login）
  --ldap                     以 LDAP 账号登录（login）
  --user NAME                LDAP 用户名（login --ldap）
  --api-key-stdin            从 stdin 读取 Open WebUI API 密钥（或设置 OWUI_API_KEY）
  --provider-key-stdin       从 stdin 读取托管提供商的密钥（在 API 密钥之后）
  --also-off LIST            与 apply 一起使用：同时关闭这些自动化功能（逗号分隔：
                             autocomplete,tags,follow-ups,search-query,
                             retrieval-query,title）
  --make-public              与 apply 一起使用：让所有用户都能使用任务模型
                             （可见性：公共；可用 restore 撤销）
  --ollama-index N           使用哪个 Ollama 连接下载模型（默认 0）
  --timeout SECONDS          等待服务器响应的时长上限（默认 20）
  --no-keychain              不读取也不写入钥匙串
  --json                     机器可读的输出（status、test、apply）
  --verbose                  将每个请求（状态、耗时）和步骤记录到 stderr，用于错误报告；
                             绝不记录机密信息
  -h, --help                 显示此帮助
  -v, --version              显示版本

退出码：0 成功，1 其他失败，2 用法错误，3 身份验证失败，4 非管理员，
5 无法连接到服务器，6 设置无效或服务器错误，7 任务测试失败。</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>当前模型（各对话自身的模型）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>服务器：   %1（%2）</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>登录身份： %1（%2，%3）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>本地模型对话的任务模型：%1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部模型对话的任务模型：%1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>自动化功能：</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>匹配的预设：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>备份数：%1</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>无需更改：服务器已在使用“%1”。</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>已应用“%1”。更改内容：</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>已添加连接 %1。</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>此服务器版本没有“%1”的开关，保持原样。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>先前设置的备份：%1（还原命令：restore %1）</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>若要让所有用户都能使用该模型，请加上 --make-public 再次应用预设。</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>现在所有用户都能使用“%1”，他们的对话也会生成标题、标签和追问。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>已还原可使用“%1”的用户。</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>LDAP 账号</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [关] %1（未设置，因此服务器视为关闭）</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [开] %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [关] %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>服务器未响应的后台请求：%1 个。</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>使用本地模型的对话：此服务器上没有这类对话模型，无法测试。</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>使用外部模型的对话：此服务器上没有这类对话模型，无法测试。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>使用本地模型的对话：“标题生成”已关闭，因此未运行任务（%1）。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>使用外部模型的对话：“标题生成”已关闭，因此未运行任务（%1）。</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>使用本地模型的对话（对话模型 %1）：任务失败。%2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>使用外部模型的对话（对话模型 %1）：任务失败。%2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>使用本地模型的对话（对话模型 %1）：由 %2 响应，耗时 %3，标题为“%4”。</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>使用外部模型的对话（对话模型 %1）：由 %2 响应，耗时 %3，标题为“%4”。</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <comment>a changed setting, its value before and after</comment>
        <translation>  %1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to the admin panel</source>
        <translation>连接到管理员面板</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>请以管理员身份登录您的 Open WebUI 服务器。本助手更改的设置与“管理员面板 &gt; 设置 &gt; 界面”中的相同。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>查找服务器(&amp;F)</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>在此计算机上查找 Open WebUI（端口 3000 和 8080）</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>邮箱和密码(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>API 密钥(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>Open WebUI 会在“设置 &gt; 账号 &gt; API 密钥”中显示您的 API 密钥。服务器必须允许使用 API 密钥（“管理员面板 &gt; 设置 &gt; 通用 &gt; 启用 API 密钥”）。</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>记住我（保存在系统钥匙串中，绝不写入文件）(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>登录进度</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>信任此服务器的这个证书(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>LDAP 账号(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>使用目录（LDAP）的用户名和密码登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>LDAP 用户名</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>忘记此服务器…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>从本助手中移除这个已保存的服务器及其登录信息（备份会保留）</translation>
    </message>
</context>
<context>
    <name>ContentionReport</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The server has no chat model to measure.</source>
        <translation>服务器上没有可供测量的对话模型。</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>对话速度测试会向 %2 依次发送 %1 条简短的对话消息。</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Open WebUI 的后台任务已全部关闭，因此每条消息单独发送。</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>每条消息发送的同时，还会发送 Open WebUI 为对话运行的后台请求：%1。</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>后台任务运行期间，回答的第一个字在 %1 后出现，完整回答在 %2 后完成（中位数；已回答的消息：%3 条）。</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>回答的第一个字：旧设置下 %1，新设置下 %2。</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>完整回答：旧设置下 %1，新设置下 %2。</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>对话速度测试已停止。已回答的消息：%1 条。</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>对话速度测试已达到时间上限。已回答的消息：%1 条。</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>对话速度测试未能完成：%1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>每次运行向服务器发送 %1 个请求；每个回答在 %2 个 token 处截断。</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>每次运行最多 %1 分钟后会自动结束，也可以随时停止。</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>忘记此服务器</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>要忘记服务器 %1 吗？</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>要忘记位于 %2 的服务器“%1”吗？</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>本助手将移除此服务器的地址、账号、已信任的证书、为它记住的预设，以及保存在系统钥匙串中的登录信息。服务器本身不会有任何更改。它的备份会保留在此计算机上：要让服务器恢复到使用本助手前的设置，就要靠这些备份。托管提供商的密钥会留在钥匙串中，因为其他服务器可能也在使用。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>提供商 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>提供商 URL</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>提供商 API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>提供商 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>请求 Open WebUI 使用此密钥连接到提供商</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>托管任务模型</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>注意：届时标题、标签和搜索查询的文本（取自用户的对话内容）将发送给该提供商。</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 已损坏，已将其移至 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 已损坏且无法移走，因此未使用该文件。</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>服务器上的本地模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>下载模型(&amp;W)：</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>要下载的模型</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>Ollama 服务器(&amp;O)：</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>要下载到的 Ollama 服务器</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>轻量本地模型</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>托管端点</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>禁用自动化功能</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>使用本助手前的设置</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>还原本助手首次更改前服务器原有的任务设置。</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>该预设没有 ID。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>预设“%1”的类型未知。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>预设“%1”包含未知的自动化功能“%2”。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>预设“%1”中有一个没有 URL 的连接。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>预设“%1”不会更改任何设置。</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>由各对话自身的模型执行任务。</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>所有对话均使用任务模型 %1。</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>使用本地模型的对话由其自身模型执行任务。</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>本地模型对话的任务模型：%1。</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>使用外部模型的对话由其自身模型执行任务。</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>外部模型对话的任务模型：%1。</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>关闭%1。</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>保留%1。</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>通过提供商 %1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>PresetNameDialog</name>
    <message>
        <source>Save current settings as preset</source>
        <translation>将当前设置保存为预设</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation>“%1”是内置预设的名称，请换一个名称。</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>服务器的模型列表中没有“%1”。Open WebUI 会静默忽略它，继续使用各对话自身的模型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>“%1”看起来是推理模型：它会先思考再回答，导致标题和标签生成缓慢。小型非推理模型会更快。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>“%1”是大型模型（%2）。轻量模型（例如 qwen2.5:3b）处理后台任务要快得多。</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>普通用户无法使用“%1”，因此他们的对话中标题、标签和追问的生成都会失败（只有管理员的对话会生成）。请在“管理员面板 &gt; 设置 &gt; 模型 &gt; %1 &gt; 可见性”中将其设为“公共”，或选择公共的模型。</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>回答的是对话模型 %1，而不是 %2：服务器忽略了任务模型设置。当 Open WebUI 的列表中没有该任务模型时就会这样。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 和 %2 在其提供商处是同一个模型，因此无法从回答看出是哪一个执行了任务。</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>回答来自“%1”，按提供商的名称来看，它既不是 %2 也不是 %3，因此测试无法判断是哪一个执行了任务。</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1 和 %2 运行在不同的 Ollama 服务器上，因此任务模型不会把对话模型挤出内存。</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>两个模型都留在内存中：%1 占用 %2，%3 占用 %4。</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama 为运行任务模型 %3（%4）卸载了对话模型 %1（%2）：服务器无法同时在内存中保留两者，因此每次后台任务之后，下一条对话消息都要等待 %1 重新加载。请选择更小的任务模型或托管端点，或者关闭自动化功能。</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>测试前 %1 不在内存中，因此无法看出它能否与 %2 同时放进内存。请先用 %1 进行一次对话，然后再测试。</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>此版本的 Open WebUI 不显示哪些模型在内存中（0.5 及更高版本会显示），因此无法检查两个模型能否同时放下。</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>服务器不允许此账号查看哪些模型在内存中，因此无法检查两个模型能否同时放下。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>服务器的内存模型列表中没有刚刚回答的 %1，因此无法检查两个模型能否同时放下。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>无法读取服务器的内存模型列表，因此无法检查两个模型能否同时放下。</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>请输入提供商 URL，例如 https://openrouter.ai/api/v1。</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>提供商 URL 必须是以 https:// 开头的网址（若提供商位于服务器所在的网络中，也可以用 http://）。</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>正在获取 %1 的文件列表…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>正在下载 %1：%2 / %3（%4%）。</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>正在校验 %1 已下载的文件…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>正在将 %1 保存到服务器…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 已下载完成。</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>正在下载 %1。Ollama 报告：%2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>正在删除 %1 旧版本中不再需要的文件…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>冬天怎样让窗台上的罗勒活下来？</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>每天给它 6 小时以上的光照，表层土干了再浇水，让它远离冰冷的玻璃，并掐掉花苞。</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>我应该多久浇一次水？请用一句话回答。</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>我应该多久浇</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>请输入您的 Open WebUI 服务器地址，例如 http://localhost:3000。</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>服务器地址不能包含空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>“%1”不是有效的服务器地址。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>本地模型对话的任务模型</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>外部模型对话的任务模型</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>This server has no administrator yet: open it in a browser, create the first account, then sign in here.</source>
        <translation>此服务器还没有管理员：请在浏览器中打开它，创建第一个账号，然后在这里登录。</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>此服务器无需登录：直接点击“登录”即可。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>此服务器通过反向代理（受信任的标头）让用户登录，因此助手无法使用密码登录。只有 API 密钥能登录，但 API 密钥已关闭：管理员必须在“管理员面板 &gt; 设置 &gt; 通用”中开启“启用 API 密钥”。然后在 Open WebUI 的“设置 &gt; 账号 &gt; API 密钥”中创建密钥。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此服务器通过反向代理（受信任的标头）让用户登录，因此助手无法使用密码登录。请使用 API 密钥：在 Open WebUI 的“设置 &gt; 账号 &gt; API 密钥”中创建。管理员必须在“管理员面板 &gt; 设置 &gt; 通用”中允许 API 密钥。</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>此服务器使用 LDAP 账号登录：请使用您的目录用户名和密码。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此服务器已关闭密码登录：请使用 API 密钥。在 Open WebUI 的“设置 &gt; 账号 &gt; API 密钥”中创建。管理员必须在“管理员面板 &gt; 设置 &gt; 通用”中允许 API 密钥。</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>无法建立安全连接，因此助手改用未加密的 HTTP 连接（%1）。您的密码或 API 密钥将以明文传输；如果服务器提供 https，请使用 https://。</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>无法更改 Windows 开机启动项。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>选择策略</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>选择后台任务（标题、标签、追问、自动补全、搜索查询）的运行方式，使其不再与您的对话模型争抢资源。</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>起点（服务器当前的设置）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>轻量本地模型(&amp;L)</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>最适合硬件资源有限的系统。由服务器上的小模型（Qwen2.5 3B、Llama 3.2 3B…）生成标题、标签和查询，大模型只负责回答对话。</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>托管端点(&amp;H)</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>网络连接稳定时，可获得最快的响应速度。由 OpenRouter 等 OpenAI 兼容服务使用小巧快速的模型执行任务。</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>禁用自动化功能(&amp;D)</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>最适合专注于核心对话功能。关闭非必要的后台任务；对话标题保持开启。</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>自动化功能</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>高级：分别设置两个任务模型(&amp;V)</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>让所有用户都能使用任务模型（可见性：公共）</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — 读取中…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — 出现问题</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>轻量本地模型：%1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>托管端点：%1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>禁用自动化功能</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>还原使用本助手前的设置</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>立即测试</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>将当前设置保存为预设…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>打开助手…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>忘记此服务器…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>关于 Task Model Assistant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1：尚未读取</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1：任务模型 %2（本地模型对话）、%3（外部模型对话）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its host</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Makes an Open WebUI server fast by setting up its task model.</source>
        <translation>设置任务模型，让 Open WebUI 服务器更快。</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>预先填入的 Open WebUI 服务器。</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>启动到系统托盘（登录时使用）。</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>将每个请求（状态、耗时）和每个步骤记录到 stderr，用于错误报告；绝不记录机密信息。</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>服务器将助手重定向到 %1。请改用该地址。</translation>
    </message>
</context>
<context>
    <name>tma::ApplyPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Chats with local models</source>
        <translation>使用本地模型的对话</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>使用外部模型的对话</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>OpenAI 兼容连接</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>（保持不变）</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>服务器已采用这些设置。仍可应用以进行测试。</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>以下设置将被更改（%1）：</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>使用当前设置测试</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>备份当前设置</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>应用新设置</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>确认服务器已保留设置</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>使用新设置测试</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>已停止。如果当时正在保存设置，请到 Open WebUI 的管理员面板中检查。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，耗时 %2</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>无需更改</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>已更改 %1 项设置</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>请返回第一页重新登录；您的选择会被保留。</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>设置已应用。服务器上没有可用于运行测试任务的对话模型。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>正在还原先前的设置…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>已撤销：服务器已恢复先前的设置。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>无法将提供商密钥保存到钥匙串中：%1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>上方列表现在显示服务器当前的设置：再次应用即可在此基础上应用您的选择。</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>可使用 %1 的用户</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>并非所有用户</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>现在所有用户都能使用“%1”，他们的对话也会生成标题、标签和追问。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>已还原可使用“%1”的用户。</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1，使用您输入的密钥</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>正在等待服务器响应（已用时 %1 秒）</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1（已用时 %2 秒）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>已在进行任何更改前停止。</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>正在重新读取服务器上的设置</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>如果服务器之后仍应用了这次保存，可点击“撤销”还原先前的设置。</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>请在 Open WebUI 的管理员面板（管理员面板 &gt; 设置 &gt; 界面）中检查，或使用“撤销”还原先前的设置。</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>新设置已保存。测试在完成前已停止。</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>对话速度测试，第 %1 条消息，共 %2 条</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>回答的第一个字</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>本助手会运行两次：先使用当前设置，再使用新设置。</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>与本地模型 %1 对话中的标题任务</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>与外部模型 %1 对话中的标题任务</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>使用本地模型的对话：标题现由 %1 生成，耗时 %2（原为 %4，耗时 %3）。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>使用外部模型的对话：标题现由 %1 生成，耗时 %2（原为 %4，耗时 %3）。</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>使用本地模型的对话：标题现由 %1 生成，耗时 %2。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>使用外部模型的对话：标题现由 %1 生成，耗时 %2。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>使用本地模型的对话：“标题生成”已关闭，因此未运行测试任务。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>使用外部模型的对话：“标题生成”已关闭，因此未运行测试任务。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>使用本地模型的对话：测试任务失败。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>使用外部模型的对话：测试任务失败。%1</translation>
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
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>关于 Task Model Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;让 Open WebUI 服务器在普通硬件上也能快速运行：它会设置负责生成对话标题、标签、追问和搜索查询的任务模型，并通过真实测试证明效果。&lt;/p&gt;&lt;p&gt;机密信息只保存在您的系统钥匙串中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation>%1（此服务器版本不支持）</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>缺少提供商的 API 密钥。</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>任务设置为空。</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>无法写入备份，因此未做任何更改。%1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>服务器以掩码形式显示连接密钥，因此无法安全地写回。请改为在“管理员面板 &gt; 设置 &gt; 外部连接”中添加此连接。</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>服务器未及时响应保存请求，但 %1 秒后重新读取设置，确认已保存成功。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>服务器未响应保存请求，重新读取设置后也无法确定是否已应用。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>服务器未响应保存请求，且 %1 秒后仍保留先前的设置。</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>服务器的设置未更改。</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>服务器的设置可能已更改。</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>警告：此地址通过未加密的 http 连接到另一台计算机，您的密码或密钥将以明文传输。如果服务器支持，请改用 https://。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>在 %2 找到 %1。</translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation>此计算机上没有 Open WebUI 响应（端口 3000 和 8080）。请输入您的服务器地址。</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>正在此计算机上查找 Open WebUI…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>请输入管理员账号的邮箱和密码。</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Open WebUI 的 API 密钥以“sk-”开头。</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>正在读取服务器版本…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>正在确认账号是否为管理员…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>正在钥匙串中查找已保存的登录信息…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>已保存的登录信息已过期。请重新登录。</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>正在使用已保存的会话登录…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。未做任何更改。</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>已在 %2 以 %1（管理员）身份登录。</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>无法将登录信息保存到钥匙串中：%1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>证书：%1
颁发者：%2
SHA-256：%3
问题：%4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>警告：这不是您之前为此服务器信任的证书（SHA-256 %1）。除非您清楚证书变更的原因，否则请勿信任新证书。</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>请输入管理员账号的 LDAP 用户名和密码。</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>本助手已忘记 %1，备份仍会保留。</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>无法忘记此服务器：%1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>请输入您的邮箱和密码，或 API 密钥。</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1 的角色是“%2”。</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>请输入您的 LDAP 用户名和密码。</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>回答中没有文本。</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>输入模型名称的一部分以筛选列表</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>按名称筛选模型</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>更改后请重新验证密钥。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>请先输入提供商的 API 密钥。</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>正在请求服务器连接到 %1…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>验证成功：服务器已连接到 %1，共提供 %2 个模型。</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>警告：使用未加密的 http 时，提供商密钥会以明文从您的服务器发送到 %1。</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>提供商未提供“%1”。请从其列出的模型中选择：输入部分名称即可找到。</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>提供商未列出其模型，因此无法在此检查“%1”。请确认名称完全正确。</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>输入模型名称的一部分以查找模型</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>没有可用的钥匙串。在 Linux 上，请安装并启动 Secret Service 服务（例如 GNOME Keyring 或 KWallet）；本助手绝不会以明文存储机密信息。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>钥匙串拒绝访问。请将其解锁（或允许本助手访问）后重试。</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>无法使用钥匙串：%1。在 Linux 上，必须运行 Secret Service 服务（例如 GNOME Keyring）。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>钥匙串报告错误：%1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>钥匙串未及时响应，可能已锁定：请解锁后重试。</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>推理模型：执行任务较慢</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>大型：执行任务较慢</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>此服务器还没有本地模型。请在下方下载一个小模型。</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>服务器上的本地模型都不是小模型。请在下方下载轻量模型，例如 qwen2.5:3b。</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>请选择负责后台任务的模型。</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 已在服务器上就绪。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>正在开始下载 %1…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>下载已停止。</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>此服务器没有本地模型。</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>此服务器已关闭 Ollama（管理员面板 &gt; 设置 &gt; 外部连接），因此无法在此下载模型。</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>没有模型名称包含“%1”。</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>%2 个模型中有 %1 个匹配“%3”。</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1 的名称不匹配，但因已选中而仍显示在列表中。</translation>
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
        <translation>下载在完成前中断了。</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama 无法下载 %1：%2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>没有进度信息</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama 现在已有 %1，但 Open WebUI 的列表中没有它：其 Ollama 连接只提供选定的模型列表。请在“管理员面板 &gt; 设置 &gt; 外部连接”中将 %1 加入该连接的模型 ID，或选择列表中的模型。</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>无法写入备份，因此未做任何更改。%1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>服务器未将“%1”开放给所有用户。请在“管理员面板 &gt; 设置 &gt; 模型 &gt; %1 &gt; 可见性”中设为“公共”。</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>提供商 %1 拒绝了该 API 密钥。请检查密钥后重试。</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>服务器无法连接到提供商 %1：%2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>提供商 %1 拒绝了该请求。请检查密钥后重试。</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>本助手中尚未设置此服务器。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>%1 没有已保存的登录信息：请打开助手登录。</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>正在读取服务器的任务设置和模型…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>当前模型（各对话自身的模型）</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>本地模型对话的任务模型：%1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部模型对话的任务模型：%1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>开启：%1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>关闭：%1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>服务器上的模型：%1 个本地模型，%2 个外部模型。</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>要保留的自动化功能（未勾选的将被关闭）</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>自动化功能（可选：也可关闭其中几项）</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>注意：如果不生成标题，侧边栏中的每个对话都将显示为“新对话”。</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>无法读取任务设置或模型：%1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>注意：“%1”将开放给所有用户使用。更改前创建的备份可以撤销此更改。</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>响应中没有模型或内容。</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI 根据用户对话所用的模型选择任务模型：使用本地（Ollama）模型的对话使用第一个，其他所有对话使用第二个。将两者设为同一模型，即可在所有对话中使用它。</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>本地模型对话的任务模型（TASK_MODEL）(&amp;L)：</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>外部模型对话的任务模型（TASK_MODEL_EXTERNAL）(&amp;E)：</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>本地任务模型</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>外部任务模型</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>当前模型（各对话自身的模型）</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1（本地）</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1（应用后）</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>查找模型(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>tma::TimingChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (after: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1（应用后：%2）</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1（应用前：%2）</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>应用后：未测量。</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>应用前：未测量。</translation>
    </message>
</context>
<context>
    <name>tma::TrayController</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>无法切换到“%1”</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>钥匙串中没有提供商的密钥：请打开助手输入密钥。</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>已在使用：%1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>已切换到 %1</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>请在助手中检查设置。</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>测试失败</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>测试通过</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>测试发现问题</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>预设未保存</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>预设已保存</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>已忘记服务器</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 已从本助手中移除，备份仍会保留。</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>无法忘记 %1</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>使用本地模型的对话：%1 生成标题耗时 %2。</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>使用外部模型的对话：%1 生成标题耗时 %2。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>使用本地模型的对话：“标题生成”已关闭。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>使用外部模型的对话：“标题生成”已关闭。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>使用本地模型的对话：测试任务失败。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>使用外部模型的对话：测试任务失败。%1</translation>
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
        <translation>您的桌面环境没有系统托盘，因此助手的菜单显示在这里。</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>策略和操作</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>请使用以下命令重新登录：task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>证书：%1，颁发者：%2，SHA-256：%3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>运行 task-model-assistant-cli --help 查看用法。</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>要使用哪个服务器？请指定 --server URL 或设置 OWUI_URL。</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Open WebUI API 密钥：</translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>已指定 --api-key-stdin，但未从 stdin 读取到任何密钥。</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>提供商 API 密钥：</translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>已指定 --provider-key-stdin，但未从 stdin 读取到任何密钥。</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>警告：%1 使用未加密的 http：密码或密钥将以明文传输。</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login 需要 --email（或通过 --api-key-stdin / OWUI_API_KEY 提供 API 密钥）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>未从 stdin 读取到密码。</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>尚未登录 %1。请运行：task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM（或设置 OWUI_API_KEY）。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>钥匙串中没有 %1 的已保存登录信息。请运行：task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>已以 %2（管理员）身份登录 %1。</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>未保存任何内容（--no-keychain）。</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>已登录，但钥匙串无法保存会话：%1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>会话已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>内置预设：</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1（用 --model 选择模型；显示的是指南推荐的模型）</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1（用 --provider-url 和 --model 选择）</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>您的预设：</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>%1 还没有备份。</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  （原始设置）</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply 需要指定预设：local、hosted、quiet 或您自己的预设。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>没有名为“%1”的预设。</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>钥匙串中没有 %1 的提供商密钥。</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>--also-off 中有未知的自动化功能“%1”。</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>使用 %1，这是此服务器上已有的推荐轻量模型。</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>请用 --model 选择任务模型。此服务器上的本地模型：%1。或先下载推荐的模型：task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted 需要 --model，例如 --model %1。</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url 必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>需要提供商的 API 密钥：请使用 --provider-key-stdin 或 TASK_PROVIDER_API_KEY。</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>需要提供商的 API 密钥：请使用 --provider-key-stdin 或 TASK_PROVIDER_API_KEY（之后会保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>正在读取当前设置…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>正在添加连接…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>正在检查模型…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>正在保存新设置…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>正在确认设置已保留…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>警告：无法将提供商密钥保存到钥匙串中：%1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull 需要模型名称，例如：pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 已在服务器上就绪。</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>下载 %1 失败。</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>服务器的模型列表中没有对话模型“%1”。</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>原始设置</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>%2 没有可还原的备份（%1）。</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>应用 %1 之前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>正在用一个简短请求测试提供商…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>无法读取服务器的模型，因此未检查任务模型。%1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>正在更新可使用任务模型的用户…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>然后使用以下命令登录：task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>LDAP 用户名：</translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap 需要 --user NAME，即您的 LDAP 用户名。</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>%1 的 LDAP 密码：</translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>若要使用 LDAP 登录：task-model-assistant-cli login --server %1 --ldap --user NAME</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>已在更改服务器上的任何设置前停止。</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>已在保存过程中停止：服务器上可能已有部分或全部新设置。</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>请使用以下命令检查：status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>请使用以下命令检查：status。若要还原先前的设置：restore %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>正在重新读取保存后服务器上的设置…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>如果服务器之后仍应用了这次保存，可运行以下命令还原先前的设置：restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget 需要指定要忘记的服务器：--server URL。</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1 不是已保存的服务器，没有可忘记的内容。</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget 会从钥匙串中移除服务器的登录信息，因此无法与 --no-keychain 一起运行。</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>已忘记 %1：其配置文件、为它记住的预设以及钥匙串中的登录信息均已移除。备份仍会保留（列出命令：backups --server %1）。</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>无法从钥匙串中移除 %1 的登录信息，因此保留此服务器：%2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>对话速度测试：第 %1 条消息，共 %2 条…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>原始设置的备份 %1 已保存到 %2。</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>备份 %1 已保存到 %2。</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>正在与本地模型 %1 的对话中运行标题任务…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>正在与外部模型 %1 的对话中运行标题任务…</translation>
    </message>
</context>
</TS>
