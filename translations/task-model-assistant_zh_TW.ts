<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>無法連線到伺服器。請檢查位址，並確認 Open WebUI 正在執行。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>安全連線失敗：伺服器的憑證不受信任。決定是否信任之前，請先檢查下方的憑證。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>伺服器未及時回應，可能正忙碌或正在啟動；請稍後再試。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI 仍在啟動中，請稍後再試。</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>電子郵件或密碼不正確。</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>您的工作階段已過期，或金鑰已失效。請重新登入。</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>此帳號不是管理員。請使用管理員帳號登入：只有管理員才能變更任務模型。</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>此伺服器不允許使用 API 金鑰。管理員可在「管理員控制台 &gt; 設定 &gt; 一般」中開啟「啟用 API 金鑰」，您也可以改用電子郵件和密碼登入。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>此 API 金鑰無權使用 %1。管理員可在「管理員控制台 &gt; 設定 &gt; 一般」中將其加入允許的端點，或關閉此限制。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>此伺服器已關閉密碼登入。請改用 API 金鑰。</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>此帳號使用雙重驗證登入。請在 Open WebUI 中建立 API 金鑰（設定 &gt; 帳號），並在此改用該金鑰。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>嘗試次數過多。請等候幾分鐘後再試。</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>伺服器回傳的內容不是 Open WebUI 的 API（例如代理伺服器的登入頁面）。請檢查位址，或先登入代理伺服器。</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>伺服器認為這些設定無效，拒絕接受。</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>伺服器拒絕了這些設定：必須提供 %1。</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>伺服器無法辨識此位址。它可能不是 Open WebUI，或是不同的版本。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>伺服器的回應異常龐大，因此未予讀取。</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>伺服器回報錯誤（HTTP %1）。</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>讀取設定後，已有人變更了伺服器上的任務設定。本次未做任何變更；請檢查目前的設定後再試一次。</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>伺服器接受了變更，但沒有保留下來。它可能執行了多個工作處理程序（worker），或關閉了 ENABLE_PERSISTENT_CONFIG。</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>請求無效，已被拒絕。</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>讀取後，已有人變更了伺服器的 OpenAI 相容連線。本次未做任何變更；請在「管理員控制台 &gt; 設定 &gt; 連線」中檢查連線後再試一次。</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>伺服器的模型清單中已不再有測試所用的對話模型：讀取後模型清單已變更，或 Open WebUI 的多個工作處理程序未共用模型清單。請再測試一次；若持續發生，請以單一工作處理程序或搭配 Redis 執行 Open WebUI。</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未說明原因）</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>供應商不接受此 API 金鑰。供應商的回覆：%1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>供應商表示帳號已沒有額度。供應商的回覆：%1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>供應商不認得此模型。供應商的回覆：%1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>供應商拒絕了測試請求。供應商的回覆：%1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>無法與伺服器建立安全連線（https）。此位址可能未提供 https；請檢查位址及其連接埠。</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>LDAP 登入失敗：使用者名稱或密碼錯誤，或 Open WebUI 無法透過其目錄伺服器驗證。Open WebUI 不會說明是哪一種情況。</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>此伺服器未提供 LDAP 登入。請使用電子郵件和密碼或 API 金鑰登入。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此伺服器透過反向代理（受信任的標頭）讓使用者登入，因此助理無法使用密碼登入。請使用 API 金鑰：在 Open WebUI 的「設定 &gt; 帳號 &gt; API 金鑰」中建立。管理員必須在「管理員控制台 &gt; 設定 &gt; 一般」中允許 API 金鑰。</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>此位址只有未加密的 HTTP 回應，因此未傳送任何內容：您的密碼或金鑰將以明文傳輸。若仍要登入，請使用位址 %1 並重新登入。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是 true 或 false。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是文字。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是整數。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是數字。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是物件。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的類型錯誤：必須是清單。</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>伺服器拒絕了這些設定，因為欄位 %1 的值無效（%2）。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>此 API 金鑰無權使用 API 的這個部分。管理員可在「管理員控制台 &gt; 設定 &gt; 一般」中將其加入允許的端點，或關閉此限制。</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1相關設定：%2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1伺服器訊息：%2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>儲存並測試</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>請檢查變更內容，然後套用。本助理會先備份目前的設定，並在套用前後各執行一次真實任務，讓您看到差異。</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>以下設定將會變更：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>套用後</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>套用並測試(&amp;A)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>從套用前剛建立的備份還原設定</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>套用前後的任務耗時</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>將助理保留在系統匣中，以便稍後切換策略(&amp;K)</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>同時測量背景任務執行時的對話速度(&amp;M)（會增加伺服器負載）</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>產生標題</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>標籤生成</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>跟進內容生成</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>自動完成生成</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>網頁搜尋查詢生成</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>檢索查詢生成</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>對話開始時發出一次簡短請求，為側邊欄中的對話命名。</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>對話取得最初幾則回應後發出一次請求，為對話加上標籤。</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>每次回應後發出一次請求，建議可繼續提出的跟進問題。</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>使用者輸入時幾乎每次按鍵都會發出請求：在較慢的硬體上負擔最重。</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>每次網頁搜尋前發出一次請求，產生搜尋查詢。</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>每次查詢檔案或知識庫前發出一次請求，產生檢索查詢。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>找不到備份 %1。</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 不是本助理的備份，已略過。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index 需要大於或等於 0 的數字。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout 需要介於 1 到 3600 之間的秒數。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定指令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap 使用 LDAP 使用者名稱（--user）登入，而不是 --email。</translation>
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
        <translation>用法：task-model-assistant-cli [選項] &lt;指令&gt; [參數]

設定 Open WebUI 伺服器的任務模型（負責產生對話標題、標籤、跟進內容與搜尋查詢
的模型），讓對話保持流暢。

指令：
  login [--email E]          登入，並將工作階段存放在鑰匙圈中
                             （密碼從 stdin 讀取，或以不回顯的方式詢問）
  login --ldap --user NAME   以 LDAP 帳號執行相同操作（伺服器提供 LDAP 時）
  status                     伺服器、帳號、兩個任務模型及各項自動化功能
  presets                    可套用的預設集
  apply local --model ID     所有對話都使用同一個輕量本機模型
        [--external-model ID] [--also-off LIST]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             使用 OpenAI 相容供應商（如 OpenRouter）的模型；
                             金鑰來自 --provider-key-stdin、TASK_PROVIDER_API_KEY
                             或鑰匙圈
  apply quiet                關閉自動完成、標籤、跟進內容、搜尋查詢與檢索查詢生成
                             （標題保持開啟）
  apply PRESET               套用您在本助理中儲存的預設集
  pull MODEL                 透過 Open WebUI 下載 Ollama 模型
  test [--chat-model ID]     對本機與外部兩個任務模型各執行一次真實的標題任務並計時
       [--deep]              接著在背景任務執行的同時傳送幾則對話訊息並計時
                             （先列出要傳送的請求；按 Ctrl+C 停止）
  backup                     立即備份伺服器的任務設定
  backups                    列出此伺服器的備份
  restore [ID | --original]  還原備份（預設：最新的備份）
  forget --server URL        忘記已儲存的伺服器：移除其設定檔、記住的預設集與鑰匙圈中的
                             登入資訊（備份會保留）

選項：
  --server URL               Open WebUI 伺服器（或 OWUI_URL；預設：上次使用的伺服器）
  --email E                  管理員帳號（login 用）
  --ldap                     以 LDAP 帳號登入（login）
  --user NAME                LDAP 使用者名稱（login --ldap）
  --api-key-stdin            從 stdin 讀取 Open WebUI API 金鑰（或設定 OWUI_API_KEY）
  --provider-key-stdin       從 stdin 讀取託管供應商的金鑰（在 API 金鑰之後）
  --also-off LIST            搭配 apply：一併關閉這些自動化功能（以逗號分隔：
                             autocomplete,tags,follow-ups,search-query,
                             retrieval-query,title）
  --make-public              搭配 apply：讓所有使用者都能使用任務模型
                             （可見度：公開；可用 restore 還原）
  --ollama-index N           由哪個 Ollama 連線下載模型（預設 0）
  --timeout SECONDS          等待伺服器回應的時間上限（預設 20）
  --no-keychain              不讀取也不寫入鑰匙圈
  --json                     機器可讀的輸出（status、test、apply）
  --verbose                  將每個請求（狀態、耗時）與步驟記錄到 stderr，供錯誤回報使用；
                             絕不記錄機密資料
  -h, --help                 顯示此說明
  -v, --version              顯示版本

結束代碼：0 成功，1 其他失敗，2 用法錯誤，3 身分驗證失敗，4 非管理員，
5 無法連線到伺服器，6 設定無效或伺服器錯誤，7 任務測試失敗。</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>目前模型（各對話自己的模型）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>伺服器：   %1（%2）</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>登入身分： %1（%2，%3）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>本機模型對話的任務模型：%1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部模型對話的任務模型：%1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>自動化功能：</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>相符的預設集：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>備份數：%1</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>無需變更：伺服器已在使用「%1」。</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>已套用「%1」。變更內容：</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>已新增連線 %1。</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>此伺服器版本沒有「%1」的開關，維持原狀。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>先前設定的備份：%1（還原指令：restore %1）</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>若要讓所有使用者都能使用該模型，請加上 --make-public 再次套用預設集。</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>現在所有使用者都能使用「%1」，他們的對話也會產生標題、標籤和跟進內容。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>已還原可使用「%1」的使用者。</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>LDAP 帳號</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [關] %1（未設定，因此伺服器視為關閉）</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [開] %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [關] %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>伺服器未回應的背景請求：%1 個。</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>使用本機模型的對話：此伺服器上沒有這類對話模型，無法測試。</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>使用外部模型的對話：此伺服器上沒有這類對話模型，無法測試。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>使用本機模型的對話：「產生標題」已關閉，因此未執行任務（%1）。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>使用外部模型的對話：「產生標題」已關閉，因此未執行任務（%1）。</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>使用本機模型的對話（對話模型 %1）：任務失敗。%2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>使用外部模型的對話（對話模型 %1）：任務失敗。%2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>使用本機模型的對話（對話模型 %1）：由 %2 回應，耗時 %3，標題為「%4」。</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>使用外部模型的對話（對話模型 %1）：由 %2 回應，耗時 %3，標題為「%4」。</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>管理員</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>使用者</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>待審核</translation>
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
        <translation>連線到管理員控制台</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>請以管理員身分登入您的 Open WebUI 伺服器。本助理變更的設定與「管理員控制台 &gt; 設定 &gt; 介面」中的相同。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>尋找伺服器(&amp;F)</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>在此電腦上尋找 Open WebUI（連接埠 3000 和 8080）</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登入方式：</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>電子郵件和密碼(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>API 金鑰(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>Open WebUI 會在「設定 &gt; 帳號 &gt; API 金鑰」中顯示您的 API 金鑰。伺服器必須允許使用 API 金鑰（「管理員控制台 &gt; 設定 &gt; 一般 &gt; 啟用 API 金鑰」）。</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>記住我（存放在系統鑰匙圈中，絕不寫入檔案）(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>登入(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>登入進度</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>信任此伺服器的這個憑證(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>LDAP 帳號(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>使用目錄（LDAP）的使用者名稱和密碼登入</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>LDAP 使用者名稱</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>忘記此伺服器…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>從本助理移除這個已儲存的伺服器及其登入資訊（備份會保留）</translation>
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
        <translation>伺服器上沒有可供測量的對話模型。</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>對話速度測試會依序向 %2 傳送 %1 則簡短的對話訊息。</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Open WebUI 的背景任務已全部關閉，因此每則訊息單獨傳送。</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>每則訊息傳送的同時，也會傳送 Open WebUI 為對話執行的背景請求：%1。</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>背景任務執行期間，回答的第一個字在 %1 後出現，完整回答在 %2 後完成（中位數；已回答的訊息：%3 則）。</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>回答的第一個字：舊設定下 %1，新設定下 %2。</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>完整回答：舊設定下 %1，新設定下 %2。</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>對話速度測試已停止。已回答的訊息：%1 則。</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>對話速度測試已達到時間上限。已回答的訊息：%1 則。</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>對話速度測試未能完成：%1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>每次執行向伺服器傳送 %1 個請求；每個回答在 %2 個 token 處截斷。</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>每次執行最多 %1 分鐘後會自動結束，也可以隨時停止。</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>忘記此伺服器</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>要忘記伺服器 %1 嗎？</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>要忘記位於 %2 的伺服器「%1」嗎？</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>本助理會移除此伺服器的位址、帳號、已信任的憑證、為它記住的預設集，以及存放在系統鑰匙圈中的登入資訊。伺服器本身不會有任何變更。它的備份會保留在此電腦上：要讓伺服器回到使用本助理前的設定，就得靠這些備份。託管供應商的金鑰會留在鑰匙圈中，因為其他伺服器可能也在使用。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘記</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>供應商 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>供應商 URL</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>供應商 API 金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>供應商 API 金鑰</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>要求 Open WebUI 使用此金鑰連線到供應商</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>託管任務模型</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>注意：屆時標題、標籤與搜尋查詢的文字（取自使用者的對話內容）將會傳送給此供應商。</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>無法為 %1 建立資料夾。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 已損毀，已將其移至 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 已損毀且無法移開，因此未使用該檔案。</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>伺服器上的本機模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>下載模型(&amp;W)：</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>要下載的模型</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下載進度</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>Ollama 伺服器(&amp;O)：</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>要下載到的 Ollama 伺服器</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>輕量本機模型</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>託管端點</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>停用自動化功能</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>使用本助理前的設定</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>還原本助理首次變更前，伺服器原有的任務設定。</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>此預設集沒有 ID。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>預設集「%1」的類型不明。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>預設集「%1」含有不明的自動化功能「%2」。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>預設集「%1」中有一個沒有 URL 的連線。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>預設集「%1」不會變更任何設定。</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>由各對話自己的模型執行任務。</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>所有對話都使用任務模型 %1。</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>使用本機模型的對話由其自身模型執行任務。</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>本機模型對話的任務模型：%1。</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>使用外部模型的對話由其自身模型執行任務。</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>外部模型對話的任務模型：%1。</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>關閉%1。</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>保留%1。</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>透過供應商 %1。</translation>
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
        <translation>將目前設定儲存為預設集</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>預設集名稱：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation>「%1」是內建預設集的名稱，請換一個名稱。</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>伺服器的模型清單中沒有「%1」。Open WebUI 會默默忽略它，繼續使用各對話自己的模型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>「%1」看起來是推理模型：它會先思考再回答，導致標題和標籤生成緩慢。小型的非推理模型會更快。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>「%1」是大型模型（%2）。輕量模型（例如 qwen2.5:3b）處理背景任務的速度快得多。</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>一般使用者無法使用「%1」，因此他們的對話中標題、標籤和跟進內容的產生都會失敗（只有管理員的對話會產生）。請在「管理員控制台 &gt; 設定 &gt; 模型 &gt; %1 &gt; 可見度」中將它設為公開，或選擇公開的模型。</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>回應的是對話模型 %1，而不是 %2：伺服器忽略了任務模型設定。當 Open WebUI 的清單中沒有該任務模型時就會如此。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 與 %2 在其供應商端是同一個模型，因此無法從回應看出是哪一個執行了任務。</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>回應來自「%1」，以供應商的名稱來看，它既不是 %2 也不是 %3，因此測試無法判斷是哪一個執行了任務。</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1 和 %2 在不同的 Ollama 伺服器上執行，因此任務模型不會把對話模型擠出記憶體。</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>兩個模型都留在記憶體中：%1 佔用 %2，%3 佔用 %4。</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama 為了執行任務模型 %3（%4）而卸載了對話模型 %1（%2）：伺服器無法同時在記憶體中保留兩者，因此每次背景任務之後，下一則對話訊息都要等待 %1 重新載入。請選擇較小的任務模型或託管端點，或是停用自動化功能。</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>測試前 %1 不在記憶體中，因此無法看出它能否與 %2 同時放進記憶體。請先用 %1 進行一次對話，然後再測試。</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>此版本的 Open WebUI 不會顯示哪些模型在記憶體中（0.5 及更新版本會顯示），因此無法檢查兩個模型能否同時放下。</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>伺服器不允許此帳號查看哪些模型在記憶體中，因此無法檢查兩個模型能否同時放下。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>伺服器的記憶體模型清單中沒有剛剛回應的 %1，因此無法檢查兩個模型能否同時放下。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>無法讀取伺服器的記憶體模型清單，因此無法檢查兩個模型能否同時放下。</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>請輸入供應商 URL，例如 https://openrouter.ai/api/v1。</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>供應商 URL 必須是以 https:// 開頭的網址（若供應商位於伺服器所在的網路中，也可以使用 http://）。</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>正在取得 %1 的檔案清單…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下載 %1…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>正在下載 %1：%2 / %3（%4%）。</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>正在驗證 %1 已下載的檔案…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>正在將 %1 儲存到伺服器…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 已下載完成。</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>正在下載 %1。Ollama 回報：%2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>正在刪除 %1 舊版本中不再需要的檔案…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>冬天要怎麼讓窗台上的羅勒活下來？</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>每天給它 6 小時以上的光照，表層土乾了再澆水，讓它遠離冰冷的玻璃，並摘掉花苞。</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>我應該多久澆一次水？請用一句話回答。</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>我應該多久澆</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>請輸入您的 Open WebUI 伺服器位址，例如 http://localhost:3000。</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>伺服器位址不能包含空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>「%1」不是有效的伺服器位址。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>本機模型對話的任務模型</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>外部模型對話的任務模型</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>目前模型</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>This server has no administrator yet: open it in a browser, create the first account, then sign in here.</source>
        <translation>此伺服器尚無管理員：請在瀏覽器中開啟它、建立第一個帳號，再回到這裡登入。</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>此伺服器不需登入：直接按「登入」即可。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>此伺服器透過反向代理（受信任的標頭）讓使用者登入，因此助理無法使用密碼登入。只有 API 金鑰能登入，但 API 金鑰已關閉：管理員必須在「管理員控制台 &gt; 設定 &gt; 一般」中開啟「啟用 API 金鑰」。然後在 Open WebUI 的「設定 &gt; 帳號 &gt; API 金鑰」中建立金鑰。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此伺服器透過反向代理（受信任的標頭）讓使用者登入，因此助理無法使用密碼登入。請使用 API 金鑰：在 Open WebUI 的「設定 &gt; 帳號 &gt; API 金鑰」中建立。管理員必須在「管理員控制台 &gt; 設定 &gt; 一般」中允許 API 金鑰。</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>此伺服器使用 LDAP 帳號登入：請使用您的目錄使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>此伺服器已關閉密碼登入：請使用 API 金鑰。在 Open WebUI 的「設定 &gt; 帳號 &gt; API 金鑰」中建立。管理員必須在「管理員控制台 &gt; 設定 &gt; 一般」中允許 API 金鑰。</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>無法建立安全連線，因此助理改用未加密的 HTTP 連線（%1）。您的密碼或 API 金鑰將以明文傳輸；若伺服器提供 https，請使用 https://。</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>無法變更 Windows 的開機啟動項目。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>無法移除 %1。</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>選擇策略</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>選擇背景任務（標題、標籤、跟進內容、自動完成、搜尋查詢）的執行方式，讓它們不再與您的對話模型爭搶資源。</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>起點（伺服器目前的設定）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>輕量本機模型(&amp;L)</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>最適合硬體資源有限的系統。由伺服器上的小型模型（Qwen2.5 3B、Llama 3.2 3B…）產生標題、標籤和查詢，大型模型則只負責回答對話。</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>託管端點(&amp;H)</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>網路連線穩定時，可獲得最快的回應速度。由 OpenRouter 等 OpenAI 相容服務以小巧快速的模型執行任務。</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>停用自動化功能(&amp;D)</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>最適合專注於核心對話功能。關閉非必要的背景任務；對話標題仍保持開啟。</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>自動化功能</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>進階：分別設定兩個任務模型(&amp;V)</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>讓所有使用者都能使用任務模型（可見度：公開）</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — 讀取中…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — 發生問題</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>輕量本機模型：%1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>託管端點：%1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>停用自動化功能</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>還原使用本助理前的設定</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>立即測試</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>將目前設定儲存為預設集…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>開啟助理…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>忘記此伺服器…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登入時啟動</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>關於 Task Model Assistant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1：尚未讀取</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>目前模型</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1：任務模型 %2（本機模型對話）、%3（外部模型對話）</translation>
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
        <translation>設定任務模型，讓 Open WebUI 伺服器更快。</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>預先填入的 Open WebUI 伺服器。</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>啟動至系統匣（登入時使用）。</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>將每個請求（狀態、耗時）與每個步驟記錄到 stderr，供錯誤回報使用；絕不記錄機密資料。</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒內無回應</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>伺服器將助理重新導向至 %1。請改用該位址。</translation>
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
        <translation>使用本機模型的對話</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>使用外部模型的對話</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>OpenAI 相容連線</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>（維持不變）</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>伺服器已套用這些設定。仍可套用以進行測試。</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>以下設定將會變更（%1）：</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>以目前的設定測試</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>備份目前的設定</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>套用新設定</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>確認伺服器已保留設定</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>以新設定測試</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>已停止。如果當時正在儲存設定，請到 Open WebUI 的管理員控制台中檢查。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，耗時 %2</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>無需變更</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>已變更 %1 項設定</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>請返回第一頁重新登入；您的選擇會保留。</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>設定已套用。伺服器上沒有可用來執行測試任務的對話模型。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>無法讀取備份 %1。</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>正在還原先前的設定…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>備份 %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>已復原：伺服器已恢復先前的設定。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>復原失敗：%1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>無法將供應商金鑰存放在鑰匙圈中：%1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>上方清單現在顯示伺服器目前的設定：再套用一次，即可在其上套用您的選擇。</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>可使用 %1 的對象</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>並非所有使用者</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有使用者</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>現在所有使用者都能使用「%1」，他們的對話也會產生標題、標籤和跟進內容。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>已還原可使用「%1」的使用者。</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1，使用您輸入的金鑰</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>正在等候伺服器回應（已過 %1 秒）</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1（已過 %2 秒）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>已在變更任何設定前停止。</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>正在重新讀取伺服器上的設定</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>如果伺服器之後仍套用了這次儲存，可按「復原」還原先前的設定。</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>請在 Open WebUI 的管理員控制台（管理員控制台 &gt; 設定 &gt; 介面）中檢查，或使用「復原」還原先前的設定。</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>新設定已儲存。測試在完成前已停止。</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>對話速度測試，第 %1 則訊息，共 %2 則</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>回答的第一個字</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>本助理會執行兩次：先使用目前設定，再使用新設定。</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>與本機模型 %1 對話中的標題任務</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>與外部模型 %1 對話中的標題任務</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>使用本機模型的對話：標題現由 %1 產生，耗時 %2（原為 %4，耗時 %3）。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>使用外部模型的對話：標題現由 %1 產生，耗時 %2（原為 %4，耗時 %3）。</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>使用本機模型的對話：標題現由 %1 產生，耗時 %2。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>使用外部模型的對話：標題現由 %1 產生，耗時 %2。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>使用本機模型的對話：「產生標題」已關閉，因此未執行測試任務。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>使用外部模型的對話：「產生標題」已關閉，因此未執行測試任務。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>使用本機模型的對話：測試任務失敗。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>使用外部模型的對話：測試任務失敗。%1</translation>
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
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>關於 Task Model Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;讓 Open WebUI 伺服器在一般硬體上也能快速運作：它會設定負責產生對話標題、標籤、跟進內容與搜尋查詢的任務模型，並以真實測試證明效果。&lt;/p&gt;&lt;p&gt;機密資料只會存放在您的系統鑰匙圈中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系統語言（%1）</translation>
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
        <translation>%1（此伺服器版本不支援）</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>缺少供應商的 API 金鑰。</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>任務設定為空。</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>無法寫入備份，因此未做任何變更。%1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>伺服器以遮罩方式顯示連線金鑰，因此無法安全地寫回。請改在「管理員控制台 &gt; 設定 &gt; 連線」中新增此連線。</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>伺服器未及時回應儲存請求，但 %1 秒後重新讀取設定，確認已儲存成功。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>伺服器未回應儲存請求，重新讀取設定後也無法確定是否已套用。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>伺服器未回應儲存請求，且 %1 秒後仍保留先前的設定。</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>伺服器的設定未變更。</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>伺服器的設定可能已變更。</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>警告：此位址以未加密的 http 連線到另一部電腦，您的密碼或金鑰將以明文傳輸。如果伺服器支援，請改用 https://。</translation>
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
        <translation>此電腦上沒有 Open WebUI 回應（連接埠 3000 和 8080）。請輸入您伺服器的位址。</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>正在此電腦上尋找 Open WebUI…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>請輸入管理員帳號的電子郵件和密碼。</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Open WebUI 的 API 金鑰以「sk-」開頭。</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>正在連線到伺服器…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>正在讀取伺服器版本…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>正在確認帳號是否為管理員…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>正在鑰匙圈中尋找已儲存的登入資訊…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>已儲存的登入資訊已過期。請重新登入。</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>正在以已儲存的工作階段登入…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。未做任何變更。</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>已在 %2 以 %1（管理員）身分登入。</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>無法將登入資訊存放在鑰匙圈中：%1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>憑證：%1
簽發者：%2
SHA-256：%3
問題：%4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>警告：這不是您先前為此伺服器信任的憑證（SHA-256 %1）。除非您知道憑證變更的原因，否則請勿信任新憑證。</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>請輸入管理員帳號的 LDAP 使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>本助理已忘記 %1，備份仍會保留。</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>無法忘記此伺服器：%1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>請輸入您的電子郵件和密碼，或 API 金鑰。</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1 的角色是「%2」。</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>請輸入您的 LDAP 使用者名稱和密碼。</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>回答中沒有文字。</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>輸入部分模型名稱以篩選清單</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>依名稱篩選模型</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>變更後請重新驗證金鑰。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>請先輸入供應商的 API 金鑰。</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>正在要求伺服器連線到 %1…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>驗證成功：伺服器已連線到 %1，共提供 %2 個模型。</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>警告：使用未加密的 http 時，供應商金鑰會以明文從您的伺服器傳送到 %1。</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>供應商未提供「%1」。請從其列出的模型中選擇：輸入部分名稱即可找到。</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>供應商未列出其模型，因此無法在此檢查「%1」。請確認名稱完全正確。</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>輸入部分模型名稱以尋找模型</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>沒有可用的鑰匙圈。在 Linux 上，請安裝並啟動 Secret Service 服務（例如 GNOME Keyring 或 KWallet）；本助理絕不會以純文字儲存機密資料。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>鑰匙圈拒絕存取。請將其解鎖（或允許本助理存取）後再試一次。</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>無法使用鑰匙圈：%1。在 Linux 上，必須執行 Secret Service 服務（例如 GNOME Keyring）。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>鑰匙圈回報錯誤：%1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>鑰匙圈未及時回應，可能已鎖定：請解鎖後再試一次。</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>推理模型：執行任務較慢</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>大型：執行任務較慢</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>此伺服器尚無本機模型。請在下方下載一個小型模型。</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>伺服器上的本機模型都不是小型模型。請在下方下載輕量模型，例如 qwen2.5:3b。</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>請選擇負責背景任務的模型。</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 已在伺服器上就緒。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>下載 %1 失敗：%2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>正在開始下載 %1…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>下載已停止。</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>此伺服器沒有本機模型。</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>此伺服器已關閉 Ollama（管理員控制台 &gt; 設定 &gt; 連線），因此無法在此下載模型。</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>沒有模型名稱包含「%1」。</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>%2 個模型中有 %1 個符合「%3」。</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1 的名稱不符合，但因已選取而仍顯示在清單中。</translation>
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
        <translation>下載在完成前就停止了。</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama 無法下載 %1：%2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>沒有進度資訊</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama 現在已有 %1，但 Open WebUI 的清單中沒有它：其 Ollama 連線只提供選定的模型清單。請在「管理員控制台 &gt; 設定 &gt; 連線」中將 %1 加入該連線的模型 ID，或選擇清單中的模型。</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>無法寫入備份，因此未做任何變更。%1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>伺服器未將「%1」開放給所有使用者。請在「管理員控制台 &gt; 設定 &gt; 模型 &gt; %1 &gt; 可見度」中設為公開。</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>供應商 %1 拒絕了此 API 金鑰。請檢查金鑰後再試一次。</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>伺服器無法連線到供應商 %1：%2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>供應商 %1 拒絕了此請求。請檢查金鑰後再試一次。</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>本助理中尚未設定此伺服器。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>%1 沒有已儲存的登入資訊：請開啟助理登入。</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>正在讀取伺服器的任務設定與模型…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>目前模型（各對話自己的模型）</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>本機模型對話的任務模型：%1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部模型對話的任務模型：%1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>開啟：%1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>關閉：%1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>伺服器上的模型：%1 個本機模型、%2 個外部模型。</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>要保留的自動化功能（未勾選者將關閉）</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>自動化功能（選用：也可關閉其中幾項）</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>注意：若不產生標題，側邊欄中的每個對話都會命名為「新增對話」。</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>無法讀取任務設定或模型：%1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>注意：「%1」將開放給所有使用者使用。變更前建立的備份可以還原此變更。</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>回應中沒有模型或內容。</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI 會依使用者對話所用的模型來選擇任務模型：使用本機（Ollama）模型的對話使用第一個，其他所有對話使用第二個。將兩者設為同一個模型，即可在所有對話中使用它。</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>本機模型對話的任務模型（TASK_MODEL）(&amp;L)：</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>外部模型對話的任務模型（TASK_MODEL_EXTERNAL）(&amp;E)：</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>本機任務模型</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>外部任務模型</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>目前模型（各對話自己的模型）</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1（本機）</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1（套用後）</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>尋找模型(&amp;F)：</translation>
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
        <translation>%1（套用後：%2）</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1（套用前：%2）</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>套用後：未測量。</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>套用前：未測量。</translation>
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
        <translation>登入時啟動</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>無法切換到「%1」</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>鑰匙圈中沒有供應商的金鑰：請開啟助理輸入金鑰。</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>已在使用中：%1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>已切換到 %1</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>請在助理中檢查設定。</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>測試失敗</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>測試通過</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>測試發現問題</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>預設集未儲存</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>預設集已儲存</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>已忘記伺服器</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 已從本助理中移除，備份仍會保留。</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>無法忘記 %1</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>使用本機模型的對話：%1 產生標題耗時 %2。</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>使用外部模型的對話：%1 產生標題耗時 %2。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>使用本機模型的對話：「產生標題」已關閉。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>使用外部模型的對話：「產生標題」已關閉。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>使用本機模型的對話：測試任務失敗。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>使用外部模型的對話：測試任務失敗。%1</translation>
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
        <translation>您的桌面環境沒有系統匣，因此助理的選單顯示在這裡。</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>策略與動作</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>請使用以下指令重新登入：task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>憑證：%1，簽發者：%2，SHA-256：%3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>執行 task-model-assistant-cli --help 以查看用法。</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>要使用哪個伺服器？請指定 --server URL 或設定 OWUI_URL。</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Open WebUI API 金鑰：</translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>已指定 --api-key-stdin，但未從 stdin 讀取到任何金鑰。</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>供應商 API 金鑰：</translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>已指定 --provider-key-stdin，但未從 stdin 讀取到任何金鑰。</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>警告：%1 使用未加密的 http：密碼或金鑰將以明文傳輸。</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login 需要 --email（或透過 --api-key-stdin / OWUI_API_KEY 提供 API 金鑰）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>未從 stdin 讀取到密碼。</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>尚未登入 %1。請執行：task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM（或設定 OWUI_API_KEY）。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>鑰匙圈中沒有 %1 的已儲存登入資訊。請執行：task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>已以 %2（管理員）身分登入 %1。</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>未儲存任何資料（--no-keychain）。</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>已登入，但鑰匙圈無法儲存工作階段：%1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>工作階段已存放在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>內建預設集：</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1（以 --model 選擇模型；顯示的是指南推薦的模型）</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1（以 --provider-url 和 --model 選擇）</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>您的預設集：</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>%1 尚無備份。</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  （原始設定）</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply 需要指定預設集：local、hosted、quiet 或您自己的預設集。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的預設集。</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>鑰匙圈中沒有 %1 的供應商金鑰。</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>--also-off 中有不明的自動化功能「%1」。</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>使用 %1，這是此伺服器上已有的推薦輕量模型。</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>請以 --model 選擇任務模型。此伺服器上的本機模型：%1。或先下載推薦的模型：task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted 需要 --model，例如 --model %1。</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url 必須以 https:// 或 http:// 開頭。</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>需要供應商的 API 金鑰：請使用 --provider-key-stdin 或 TASK_PROVIDER_API_KEY。</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>需要供應商的 API 金鑰：請使用 --provider-key-stdin 或 TASK_PROVIDER_API_KEY（之後會存放在鑰匙圈中）。</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>正在讀取目前的設定…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>正在新增連線…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>正在檢查模型…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>正在儲存新設定…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>正在確認設定已保留…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>警告：無法將供應商金鑰存放在鑰匙圈中：%1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull 需要模型名稱，例如：pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 已在伺服器上就緒。</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>下載 %1 失敗。</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>伺服器的模型清單中沒有對話模型「%1」。</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>原始設定</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>最新的備份</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>%2 沒有可還原的備份（%1）。</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>備份 %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>套用 %1 之前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動建立</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>正在以一個簡短請求測試供應商…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>無法讀取伺服器的模型，因此未檢查任務模型。%1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>正在更新可使用任務模型的對象…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>然後使用以下指令登入：task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>LDAP 使用者名稱：</translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap 需要 --user NAME，也就是您的 LDAP 使用者名稱。</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>%1 的 LDAP 密碼：</translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>若要使用 LDAP 登入：task-model-assistant-cli login --server %1 --ldap --user NAME</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>已在變更伺服器上的任何設定前停止。</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>已在儲存過程中停止：伺服器上可能已有部分或全部新設定。</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>請使用以下指令檢查：status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>請使用以下指令檢查：status。若要還原先前的設定：restore %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>正在重新讀取儲存後伺服器上的設定…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>如果伺服器之後仍套用了這次儲存，可執行以下指令還原先前的設定：restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget 需要指定要忘記的伺服器：--server URL。</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1 不是已儲存的伺服器，沒有可忘記的內容。</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget 會從鑰匙圈移除伺服器的登入資訊，因此無法搭配 --no-keychain 執行。</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>已忘記 %1：其設定檔、為它記住的預設集，以及鑰匙圈中的登入資訊都已移除。備份仍會保留（列出指令：backups --server %1）。</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>無法從鑰匙圈移除 %1 的登入資訊，因此保留此伺服器：%2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>對話速度測試：第 %1 則訊息，共 %2 則…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>原始設定的備份 %1 已儲存至 %2。</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>備份 %1 已儲存至 %2。</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>正在與本機模型 %1 的對話中執行標題任務…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>正在與外部模型 %1 的對話中執行標題任務…</translation>
    </message>
</context>
</TS>
