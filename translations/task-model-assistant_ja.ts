<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>サーバーに接続できませんでした。アドレスが正しいこと、Open WebUI が起動していることを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>安全な接続に失敗しました。サーバーの証明書が信頼されていません。信頼するかどうかを決める前に、下の証明書を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>サーバーが時間内に応答しませんでした。混み合っているか起動中の可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI はまだ起動中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>セッションの有効期限が切れたか、キーが無効になりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>このアカウントは管理者ではありません。タスクモデルを変更できるのは管理者だけです。管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>このサーバーでは API キーが許可されていません。管理者は「管理者パネル &gt; 設定 &gt; 一般」で「API キーを有効にする」をオンにできます。または、メールアドレスとパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>この API キーでは %1 を使用できません。管理者は「管理者パネル &gt; 設定 &gt; 一般」で、これを許可されたエンドポイントに追加するか、制限をオフにできます。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>このサーバーではパスワードによるサインインが無効になっています。代わりに API キーを使用してください。</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>このアカウントは二要素認証を使用しています。Open WebUI（設定 &gt; アカウント）で API キーを作成し、代わりにそのキーをここで使用してください。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>試行回数が多すぎます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>サーバーから Open WebUI の API ではない応答が返されました（プロキシのログインページなど）。アドレスを確認するか、先にプロキシにサインインしてください。</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>サーバーは設定を無効として拒否しました。</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>サーバーが設定を拒否しました。%1 が必要です。</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>サーバーがこのアドレスを認識できませんでした。Open WebUI ではないか、別のバージョンである可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>サーバーの応答が想定外に大きいため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>サーバーがエラーを返しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>設定を読み込んだ後に、他のユーザーがサーバーのタスク設定を変更しました。何も変更していません。現在の設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>サーバーは変更を受け付けましたが、保持していません。複数のワーカーで動作しているか、ENABLE_PERSISTENT_CONFIG がオフになっている可能性があります。</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>リクエストは無効として拒否されました。</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>読み込んだ後に、他のユーザーがサーバーの OpenAI 互換接続を変更しました。何も変更していません。「管理者パネル &gt; 設定 &gt; 接続」で接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>テストで使ったチャットモデルが、サーバーのモデル一覧から消えています。読み込んだ後にモデル一覧が変わったか、Open WebUI の複数のワーカーがモデル一覧を共有していません。もう一度テストしてください。繰り返し起きる場合は、Open WebUI をワーカー 1 つで、または Redis と一緒に実行してください。</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（理由は示されていません）</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>プロバイダーが API キーを受け付けませんでした。プロバイダーの応答: %1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>プロバイダーによると、アカウントのクレジットが残っていません。プロバイダーの応答: %1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>このモデルはプロバイダーで認識されていません。プロバイダーの応答: %1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>プロバイダーがテストリクエストを拒否しました。プロバイダーの応答: %1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>サーバーとの安全な接続（https）を確立できませんでした。このアドレスでは https が提供されていない可能性があります。アドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>LDAP サインインに失敗しました。ユーザー名またはパスワードが間違っているか、Open WebUI がディレクトリサーバーで確認できませんでした。Open WebUI はどちらが原因かを示しません。</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>このサーバーは LDAP サインインに対応していません。メールアドレスとパスワード、または API キーでサインインしてください。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>このサーバーはリバースプロキシ（信頼済みヘッダー）でユーザーをサインインさせるため、アシスタントはパスワードでサインインできません。API キーを使用してください。API キーは Open WebUI の「設定 &gt; アカウント &gt; API キー」で作成できます。管理者が「管理者パネル &gt; 設定 &gt; 一般」で API キーを許可している必要があります。</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>このアドレスでは暗号化されていない HTTP しか応答しないため、何も送信していません。送信すると、パスワードやキーが暗号化されずに送られてしまうためです。それでもサインインする場合は、アドレス %1 を使用してもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値には true または false を指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値にはテキストを指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値には整数を指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値には数値を指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値にはオブジェクトを指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>フィールド %1 の型が正しくないため、サーバーが設定を拒否しました。値にはリストを指定する必要があります。</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>フィールド %1 の値が無効なため、サーバーが設定を拒否しました（%2）。</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>この API キーでは API のこの部分を使用できません。管理者は「管理者パネル &gt; 設定 &gt; 一般」で、これを許可されたエンドポイントに追加するか、制限をオフにできます。</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1 対象の設定: %2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1 サーバーからのメッセージ: %2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>保存とテスト</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>変更内容を確認してから適用してください。アシスタントは最初に現在の設定をバックアップし、適用の前後で実際のタスクを実行するので、違いを確認できます。</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>次の設定が変更されます:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>適用後</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>適用してテスト(&amp;A)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>適用直前に作成したバックアップから設定を復元します</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>適用前後のタスク所要時間</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>後で戦略を切り替えられるよう、アシスタントをシステムトレイに常駐させる(&amp;K)</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>バックグラウンドタスク実行中のチャットの速さも計測する（サーバーに負荷がかかります）(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>タイトル生成</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>タグ生成</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>関連質問の生成</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>自動補完の生成</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>ウェブ検索クエリ生成</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>検索クエリ生成</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>チャットの開始時に短いリクエストを 1 回送り、サイドバーに表示するチャット名を付けます。</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>チャットの最初の回答の後にリクエストを 1 回送り、チャットにタグを付けます。</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>回答のたびにリクエストを 1 回送り、関連質問を提案します。</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>ユーザーの入力中、ほぼキー入力のたびにリクエストを送ります。低速なハードウェアでは最も大きな負荷になります。</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>ウェブ検索のたびに、事前にリクエストを 1 回送って検索クエリを作成します。</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>ドキュメントやナレッジベースを参照するたびに、事前にリクエストを 1 回送ってクエリを作成します。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>バックアップ %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 はこのアシスタントのバックアップではないため、スキップしました。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index には 0 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンドです: 「%1」</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap は --email ではなく、LDAP ユーザー名（--user）でサインインします。</translation>
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
        <translation>使い方: task-model-assistant-cli [オプション] &lt;コマンド&gt; [引数]

Open WebUI サーバーのタスクモデル（チャットのタイトル、タグ、関連質問、検索クエリを
生成するモデル）を設定し、チャットの速さを保ちます。

コマンド:
  login [--email E]          サインインし、セッションをキーチェーンに保存
                             （パスワードは stdin から読むか、非表示で入力を求める）
  login --ldap --user NAME   LDAP アカウントで同じことを行う（サーバーが LDAP に対応している場合）
  status                     サーバー、アカウント、2 つのタスクモデル、自動化機能を表示
  presets                    適用できるプリセットを表示
  apply local --model ID     すべてのチャットで軽量ローカルモデルを使用
        [--external-model ID] [--also-off LIST]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             OpenAI 互換プロバイダー（OpenRouter など）のモデルを使用。
                             キーは --provider-key-stdin、TASK_PROVIDER_API_KEY、
                             またはキーチェーンから取得
  apply quiet                自動補完、タグ、関連質問、ウェブ検索クエリ、検索クエリの
                             生成をオフにする（タイトル生成はオンのまま）
  apply PRESET               アシスタントで保存したプリセットを適用
  pull MODEL                 Open WebUI 経由で Ollama モデルをダウンロード
  test [--chat-model ID]     タスクモデル（ローカル用・外部用）ごとに実際のタイトル
                             タスクを実行し、所要時間を計測
       [--deep]              続けて、バックグラウンドタスクの実行中にチャットメッセージを
                             数回送って計測（先に送信内容を一覧表示、Ctrl+C で停止）
  backup                     サーバーのタスク設定を今すぐバックアップ
  backups                    このサーバーのバックアップを一覧表示
  restore [ID | --original]  バックアップを復元（既定: 最新のバックアップ）
  forget --server URL        保存済みサーバーの登録を削除（プロファイル、記憶したプリセット、
                             キーチェーン内のサインイン情報。バックアップは残る）

オプション:
  --server URL               Open WebUI サーバー（または OWUI_URL。既定: 前回と同じ）
  --email E                  管理者アカウント（login 用）
  --ldap                     LDAP アカウントでサインインする（login）
  --user NAME                LDAP ユーザー名（login --ldap）
  --api-key-stdin            Open WebUI の API キーを stdin から読む
                             （または OWUI_API_KEY を設定）
  --provider-key-stdin       ホスト型プロバイダーのキーを stdin から読む（API キーの後）
  --also-off LIST            apply と併用: これらの自動化機能もオフ。カンマ区切りで
                             autocomplete,tags,follow-ups,search-query,
                             retrieval-query,title から指定
  --make-public              apply と併用: タスクモデルをすべてのユーザーが使えるようにする
                             （公開設定: 公開。restore で元に戻る）
  --ollama-index N           ダウンロードに使う Ollama 接続（既定: 0）
  --timeout SECONDS          サーバーの応答を待つ秒数（既定: 20）
  --no-keychain              キーチェーンの読み書きをしない
  --json                     機械可読な形式で出力（status、test、apply）
  --verbose                  各リクエスト（ステータス、所要時間）と各ステップを stderr に
                             記録する（バグ報告用。秘密情報は記録しない）
  -h, --help                 このヘルプを表示
  -v, --version              バージョンを表示

終了コード: 0 成功、1 その他のエラー、2 使い方の誤り、3 認証エラー、4 管理者ではない、
5 サーバーに接続できない、6 検証エラーまたはサーバーエラー、7 タスクのテストに失敗</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>現在のモデル（各チャットで使用中のモデル）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>サーバー:   %1（%2）</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>アカウント: %1（%2、%3）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>ローカルモデルとのチャット用タスクモデル: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部モデルとのチャット用タスクモデル:     %1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>自動化機能:</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>一致するプリセット: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>バックアップ: %1 件</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>変更はありません。サーバーはすでに「%1」を使用しています。</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>「%1」を適用しました。変更内容:</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>接続 %1 を追加しました。</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>このバージョンのサーバーには %1 の設定がないため、そのままにしました。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>変更前の設定のバックアップ: %1（復元するには: restore %1）</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>ここからすべてのユーザーが使えるようにするには、--make-public を付けてプリセットをもう一度適用してください。</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>すべてのユーザーが「%1」を使えるようになりました。ユーザーのチャットでもタイトル、タグ、関連質問が生成されます。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>「%1」を使えるユーザーを元に戻しました。</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>LDAP アカウント</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [オフ] %1（未設定のため、サーバーではオフとして扱われます）</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [オン] %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [オフ] %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>サーバーが応答しなかったバックグラウンドリクエスト: %1 件。</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>ローカルモデルとのチャット: このサーバーには該当するチャットモデルがないため、テストしませんでした。</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>外部モデルとのチャット: このサーバーには該当するチャットモデルがないため、テストしませんでした。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>ローカルモデルとのチャット: タイトル生成がオフのため、タスクは実行されませんでした（%1）。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>外部モデルとのチャット: タイトル生成がオフのため、タスクは実行されませんでした（%1）。</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>ローカルモデルとのチャット（チャットモデル %1）: タスクが失敗しました。%2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>外部モデルとのチャット（チャットモデル %1）: タスクが失敗しました。%2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>ローカルモデルとのチャット（チャットモデル %1）: %2 が %3 で応答しました。タイトル:「%4」</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>外部モデルとのチャット（チャットモデル %1）: %2 が %3 で応答しました。タイトル:「%4」</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>管理者</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>承認待ち</translation>
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
        <translation>管理者パネルに接続</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>管理者として Open WebUI サーバーにサインインしてください。アシスタントは「管理者パネル &gt; 設定 &gt; インターフェース」と同じ設定を変更します。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>サーバーを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>このコンピューター上の Open WebUI を探します（ポート 3000 と 8080）</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>サインイン方法:</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>メールアドレスとパスワード(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>API キー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>API キーは Open WebUI の「設定 &gt; アカウント &gt; API キー」に表示されます。サーバーで API キーが許可されている必要があります（「管理者パネル &gt; 設定 &gt; 一般 &gt; API キーを有効にする」）。</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>サインイン情報を記憶する（ファイルではなくシステムのキーチェーンに保存）(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>このサーバーでこの証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>LDAP アカウント(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>ディレクトリ（LDAP）のユーザー名とパスワードでサインインします</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>LDAP ユーザー名</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>このサーバーの登録を削除…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>保存済みのこのサーバーとそのサインイン情報をアシスタントから削除します（バックアップは残ります）</translation>
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
        <translation>計測に使えるチャットモデルがサーバーにありません。</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>チャット速度テストは、%2 に短いチャットメッセージを %1 件、順番に送ります。</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Open WebUI のバックグラウンドタスクはすべてオフのため、各メッセージは単独で送られます。</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>各メッセージと同時に、Open WebUI がチャットごとに実行するバックグラウンドリクエストも送ります: %1。</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>バックグラウンドタスクの実行中、回答の最初の文字は %1 後、回答全体は %2 後に届きました（中央値。回答されたメッセージ: %3 件）。</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>回答の最初の文字: 以前の設定で %1、新しい設定で %2。</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>回答全体: 以前の設定で %1、新しい設定で %2。</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>チャット速度テストを停止しました。回答されたメッセージ: %1 件。</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>チャット速度テストが制限時間に達しました。回答されたメッセージ: %1 件。</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>チャット速度テストを完了できませんでした: %1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>1 回の実行でサーバーに %1 件のリクエストを送ります。各回答は %2 トークンで打ち切られます。</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>1 回の実行は遅くとも %1 分で自動的に終了し、いつでも停止できます。</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>このサーバーの登録を削除</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>サーバー「%1」の登録を削除しますか？</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>サーバー「%1」（%2）の登録を削除しますか？</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>アシスタントは、このサーバーのアドレス、アカウント、信頼済みの証明書、このサーバー用に記憶しているプリセット、およびシステムのキーチェーンに保存されているサインイン情報を削除します。サーバー自体は変更されません。バックアップはこのコンピューターに残ります。アシスタント導入前のサーバー設定には、このバックアップから戻せます。ホスト型プロバイダーのキーは、ほかのサーバーでも使われている可能性があるため、キーチェーンに残ります。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>プロバイダーの URL(&amp;U):</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>プロバイダーの URL</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>プロバイダーの API キー(&amp;K):</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>プロバイダーの API キー</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>接続を確認(&amp;V)</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>このキーでプロバイダーに接続するよう Open WebUI に依頼します</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>ホスト型タスクモデル</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>注意: この場合、タイトル、タグ、検索クエリのテキスト（ユーザーのチャットの一部）がこのプロバイダーに送信されます。</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>%1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 は破損していたため、%2 として退避しました。</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 は破損しており、退避もできなかったため、使用しませんでした。</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>サーバー上のローカルモデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>モデルをダウンロード(&amp;W):</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>ダウンロードするモデル</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>Ollama サーバー(&amp;O):</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>ダウンロード先の Ollama サーバー</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>軽量ローカルモデル</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>ホスト型 API エンドポイント</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>自動化機能を無効化</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>アシスタント導入前の設定</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>アシスタントが最初に変更する前のサーバーのタスク設定に戻します。</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>プリセットに ID がありません。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>プリセット「%1」の種類が不明です。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>プリセット「%1」に不明な自動化機能「%2」が含まれています。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>プリセット「%1」に URL のない接続があります。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>プリセット「%1」では何も変更されません。</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>各チャットで使用中のモデルがタスクを実行します。</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>すべてのチャットのタスクモデルは %1 です。</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>ローカルモデルとのチャットは、そのモデル自身がタスクを実行します。</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>ローカルモデルとのチャット用タスクモデルは %1 です。</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>外部モデルとのチャットは、そのモデル自身がタスクを実行します。</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>外部モデルとのチャット用タスクモデルは %1 です。</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>%1をオフにします。</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>%1はそのままにします。</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>プロバイダー %1 を経由します。</translation>
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
        <translation>現在の設定をプリセットとして保存</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>プリセット名:</translation>
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
        <translation>「%1」は組み込みプリセットの名前です。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>サーバーにモデル「%1」がありません。Open WebUI はこの設定を通知なしに無視し、各チャットで使用中のモデルを使い続けます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>「%1」は推論モデルのようです。回答の前に思考するため、タイトルやタグの生成が遅くなります。推論しない小型モデルの方が高速です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>「%1」は大きなモデルです（%2）。qwen2.5:3b のような軽量モデルの方が、バックグラウンドタスクにはるかに速く応答します。</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>一般ユーザーは「%1」を使えないため、そのチャットではタイトル、タグ、関連質問の生成が失敗します（生成されるのは管理者のチャットだけです）。「管理者パネル &gt; 設定 &gt; モデル &gt; %1 &gt; 公開設定」で公開にするか、公開されているモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>%2 ではなくチャットモデル %1 が応答しました。サーバーはタスクモデルの設定を無視しています。Open WebUI は、タスクモデルが一覧にないときにこうなります。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 と %2 はプロバイダー側では同じモデルのため、どちらがタスクを実行したかは応答からはわかりません。</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>応答は「%1」からでした。これはプロバイダーでの名前で見ると %2 でも %3 でもないため、どちらがタスクを実行したかはテストではわかりません。</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1 と %2 は別々の Ollama サーバーで動いているため、タスクモデルがチャットモデルをメモリから追い出すことはありません。</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>両方のモデルがメモリに残っています。%1 は %2、%3 は %4 を使用しています。</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama はタスクモデル %3（%4） を動かすために、チャットモデル %1（%2） をメモリから解放しました。サーバーは両方をメモリに保持できないため、バックグラウンドタスクのたびに、次のチャットメッセージは %1 の再読み込みを待つことになります。より小さなタスクモデルかホスト型 API エンドポイントを選ぶか、自動化機能を無効にしてください。</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>テスト前に %1 がメモリに読み込まれていなかったため、%2 と一緒にメモリに収まるかは確認できませんでした。%1 で一度チャットしてから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>このバージョンの Open WebUI は、どのモデルがメモリにあるかを表示しません（0.5 以降は表示します）。そのため、両方のモデルが収まるかは確認できませんでした。</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>サーバーがこのアカウントに、どのモデルがメモリにあるかの表示を許可しなかったため、両方のモデルが収まるかは確認できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>サーバーのメモリ上のモデル一覧に、いま応答したばかりの %1 が含まれていないため、両方のモデルが収まるかは確認できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>サーバーのメモリ上のモデル一覧を読み取れなかったため、両方のモデルが収まるかは確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>プロバイダーの URL を入力してください（例: https://openrouter.ai/api/v1）。</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>プロバイダーの URL は https:// で始まる Web アドレスにしてください（サーバーと同じネットワーク上のプロバイダーなら http:// も使えます）。</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>%1 のファイル一覧を取得しています…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロードしています…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>%1 をダウンロードしています: %2 / %3（%4%）。</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>%1 のダウンロードしたファイルを確認しています…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>%1 をサーバーに保存しています…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 のダウンロードが完了しました。</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>%1 をダウンロードしています。Ollama の報告: %2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>%1 の旧バージョンの不要になったファイルを削除しています…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>冬に窓辺でバジルを枯らさずに育てるにはどうすればいいですか？</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>1 日 6 時間以上日光に当て、土の表面が乾いたら水をやり、冷たい窓ガラスから離し、花芽は摘み取ってください。</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>水やりはどのくらいの頻度ですればいいですか？一文で答えてください。</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>水やりはどのくらいの頻度で</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>Open WebUI サーバーのアドレスを入力してください（例: http://localhost:3000）。</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>サーバーのアドレスにスペースは使用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>「%1」は有効なサーバーのアドレスではありません。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>アドレスは http:// または https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>ローカルモデルとのチャット用タスクモデル</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>外部モデルとのチャット用タスクモデル</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>現在のモデル</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
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
        <translation>このサーバーにはまだ管理者がいません。ブラウザーで開いて最初のアカウントを作成してから、ここでサインインしてください。</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>このサーバーはサインインなしで動作しています。そのまま「サインイン」を押してください。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>このサーバーはリバースプロキシ（信頼済みヘッダー）でユーザーをサインインさせるため、アシスタントはパスワードでサインインできません。API キーでしかサインインできませんが、API キーは無効になっています。管理者が「管理者パネル &gt; 設定 &gt; 一般」で「API キーを有効にする」をオンにする必要があります。その後、Open WebUI の「設定 &gt; アカウント &gt; API キー」でキーを作成してください。</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>このサーバーはリバースプロキシ（信頼済みヘッダー）でユーザーをサインインさせるため、アシスタントはパスワードでサインインできません。API キーを使用してください。API キーは Open WebUI の「設定 &gt; アカウント &gt; API キー」で作成できます。管理者が「管理者パネル &gt; 設定 &gt; 一般」で API キーを許可している必要があります。</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>このサーバーは LDAP アカウントでサインインします。ディレクトリのユーザー名とパスワードを使用してください。</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>このサーバーではパスワードによるサインインが無効になっています。API キーを使用してください。API キーは Open WebUI の「設定 &gt; アカウント &gt; API キー」で作成できます。管理者が「管理者パネル &gt; 設定 &gt; 一般」で API キーを許可している必要があります。</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>安全な接続ができなかったため、アシスタントは暗号化されていない HTTP で接続しました（%1）。パスワードや API キーは暗号化されずに送信されます。サーバーが https に対応している場合は https:// を使用してください。</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Windows のスタートアップ項目を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>戦略の選択</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>バックグラウンドタスク（タイトル、タグ、関連質問、自動補完、検索クエリ）の実行方法を選び、チャットモデルと競合しないようにします。</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>開始時の状態（サーバーの現在の設定）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>軽量ローカルモデル(&amp;L)</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>ハードウェアが限られている場合に最適です。サーバー上の小型モデル（Qwen2.5 3B、Llama 3.2 3B など）がタイトル、タグ、クエリを作成し、大きなモデルはチャットへの応答だけを担当します。</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>ホスト型 API エンドポイント(&amp;H)</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>安定したインターネット接続があり、最速の応答を求める場合に最適です。OpenRouter などの OpenAI 互換サービスが、小型で高速なモデルでタスクを実行します。</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>自動化機能を無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>チャットの基本機能に集中したい場合に最適です。なくても困らないバックグラウンドタスクをオフにします。チャットのタイトル生成はオンのままです。</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>自動化機能</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>詳細: 2 つのタスクモデルを個別に設定(&amp;V)</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>タスクモデルをすべてのユーザーが使えるようにする（公開設定: 公開）</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — 読み込み中…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — 問題あり</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>軽量ローカルモデル: %1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>ホスト型 API エンドポイント: %1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>自動化機能を無効化</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>アシスタント導入前の設定に戻す</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>今すぐテスト</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>現在の設定をプリセットとして保存…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>アシスタントを開く…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>このサーバーの登録を削除…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Task Model Assistant について</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1: 未読み込み</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>現在のモデル</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1: タスクモデル %2（ローカルチャット）、%3（外部チャット）</translation>
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
        <translation>タスクモデルを設定して Open WebUI サーバーを高速化します。</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>最初に候補として表示する Open WebUI サーバー。</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>システムトレイで起動します（ログイン時に使用）。</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>バグ報告用に、各リクエスト（ステータス、所要時間）と各ステップのログを stderr に出力します。秘密情報はログに記録されません。</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>サーバーはアシスタントを %1 にリダイレクトしています。代わりにそのアドレスを使用してください。</translation>
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
        <translation>ローカルモデルとのチャット</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>外部モデルとのチャット</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>OpenAI 互換の接続</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>（変更なし）</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>サーバーにはすでにこの設定が適用されています。テストするには、そのまま適用してください。</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>次の設定が変更されます（%1）:</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>現在の設定でテスト</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>現在の設定をバックアップ</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>新しい設定を適用</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>サーバーが設定を保持したことを確認</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>新しい設定でテスト</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>停止しました。設定の保存中だった場合は、Open WebUI の管理者パネルで設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>変更した設定: %1 件</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>最初のページに戻って、もう一度サインインしてください。選択内容は保持されます。</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>設定を適用しました。サーバーにテストタスクを実行できるチャットモデルがありません。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>バックアップ %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>以前の設定に戻しています…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>バックアップ %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>元に戻しました。サーバーは以前の設定に戻りました。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>プロバイダーのキーをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>上の一覧にサーバーの現在の設定を表示しました。もう一度適用すると、その上に選択した内容が反映されます。</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>%1 を使えるユーザー</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>一部のユーザーのみ</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>すべてのユーザーが「%1」を使えるようになりました。ユーザーのチャットでもタイトル、タグ、関連質問が生成されます。</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>「%1」を使えるユーザーを元に戻しました。</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1（入力したキーを使用）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>サーバーの応答を待っています（%1 秒経過）</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1（%2 秒経過）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>変更を加える前に停止しました。</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>サーバーの設定を読み込み直しています</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>それでもサーバーが後から保存を適用した場合は、「元に戻す」で以前の設定に戻せます。</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>Open WebUI の管理者パネル（管理者パネル &gt; 設定 &gt; インターフェース）で設定を確認するか、「元に戻す」で以前の設定に戻してください。</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>新しい設定は保存されました。テストは途中で停止しました。</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>チャット速度テスト、メッセージ %1/%2</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>回答の最初の文字</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>アシスタントはこれを 2 回実行します。現在の設定で 1 回、新しい設定でもう 1 回です。</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>ローカルモデル %1 とのチャットでのタイトルタスク</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>外部モデル %1 とのチャットでのタイトルタスク</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>ローカルモデルとのチャット: タイトルは %1 が %2 で生成するようになりました（以前は %4 で %3）。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>外部モデルとのチャット: タイトルは %1 が %2 で生成するようになりました（以前は %4 で %3）。</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>ローカルモデルとのチャット: タイトルは %1 が %2 で生成するようになりました。</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>外部モデルとのチャット: タイトルは %1 が %2 で生成するようになりました。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>ローカルモデルとのチャット: タイトル生成がオフのため、テストタスクは実行されませんでした。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>外部モデルとのチャット: タイトル生成がオフのため、テストタスクは実行されませんでした。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>ローカルモデルとのチャット: テストタスクが失敗しました。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>外部モデルとのチャット: テストタスクが失敗しました。%1</translation>
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
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Task Model Assistant について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;一般的なハードウェアでも Open WebUI サーバーを高速にします。チャットのタイトル、タグ、関連質問、検索クエリを生成するタスクモデルを設定し、実際のテストで効果を確かめます。&lt;/p&gt;&lt;p&gt;秘密情報はシステムのキーチェーンにのみ保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation>%1（このバージョンのサーバーにはありません）</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>プロバイダーの API キーがありません。</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>タスク設定が空です。</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>バックアップを書き込めなかったため、何も変更していません。%1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>サーバーは接続のキーをマスクして表示するため、安全に書き戻せません。代わりに「管理者パネル &gt; 設定 &gt; 接続」で接続を追加してください。</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>サーバーから保存への応答が時間内にありませんでしたが、%1 秒後に設定を読み込み直したところ、保存されていることを確認できました。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>サーバーから保存への応答がなく、設定を読み込み直しても、保存が適用されたかどうかを判断できませんでした。</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>サーバーから保存への応答がなく、%1 秒後もサーバーの設定は以前のままでした。</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>サーバーの設定は変更されていません。</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>サーバーの設定が変更された可能性があります。</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>警告: このアドレスは別のコンピューターへの通常の http 接続のため、パスワードやキーが暗号化されずに送信されます。サーバーが対応している場合は https:// を使用してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>%2 で %1 が見つかりました。</translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation>このコンピューター上で応答する Open WebUI はありませんでした（ポート 3000 と 8080）。サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>このコンピューター上の Open WebUI を探しています…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>管理者アカウントのメールアドレスとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Open WebUI の API キーは「sk-」で始まります。</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>サーバーに接続しています…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>サーバーのバージョンを確認しています…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>アカウントが管理者かどうかを確認しています…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>キーチェーンで保存済みのサインイン情報を探しています…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>保存済みのサインイン情報の有効期限が切れています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>保存済みのセッションでサインインしています…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>停止しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>%2 に %1（管理者）としてサインインしました。</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>サインイン情報をキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>証明書: %1
発行者: %2
SHA-256: %3
問題: %4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>警告: これは以前このサーバーで信頼した証明書（SHA-256 %1）ではありません。変更された理由がわかっている場合にのみ、新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>管理者アカウントの LDAP ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>%1 の登録を削除しました。バックアップは残っています。</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>サーバーの登録を削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>メールアドレスとパスワード、または API キーを入力してください。</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1 のロールは「%2」です。</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>LDAP ユーザー名とパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>回答にテキストがありませんでした。</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>モデル名の一部を入力すると一覧を絞り込めます</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>モデルを名前で絞り込む</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>キーを変更した後は、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>先にプロバイダーの API キーを入力してください。</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>%1 への接続をサーバーに依頼しています…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>確認しました: サーバーは %1 に接続できました。利用可能なモデル: %2 個。</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>警告: 暗号化されていない http では、プロバイダーのキーがサーバーから %1 へ平文で送信されます。</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>プロバイダーは「%1」を提供していません。一覧にあるモデルから選んでください。名前の一部を入力すると検索できます。</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>プロバイダーがモデル一覧を返さなかったため、ここでは「%1」を確認できません。名前が正確であることを確認してください。</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>モデル名の一部を入力すると検索できます</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>利用できるキーチェーンがありません。Linux では GNOME Keyring や KWallet などの Secret Service をインストールして起動してください。アシスタントが秘密情報を平文で保存することはありません。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。キーチェーンのロックを解除して（またはアシスタントを許可して）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>キーチェーンを使用できませんでした: %1。Linux では GNOME Keyring などの Secret Service が実行されている必要があります。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>キーチェーンが時間内に応答しませんでした。ロックされている可能性があります。ロックを解除してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>推論モデル: タスクには低速</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>大型: タスクには低速</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>このサーバーにはまだローカルモデルがありません。下で小型モデルをダウンロードしてください。</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>サーバーのローカルモデルに小型のものがありません。下で qwen2.5:3b などの軽量モデルをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>バックグラウンドタスクを実行するモデルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 をサーバーで使用できるようになりました。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>%1 のダウンロードに失敗しました: %2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>%1 のダウンロードを開始しています…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>ダウンロードを停止しました。</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>このサーバーにはローカルモデルがありません。</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>このサーバーでは Ollama がオフになっているため（管理者パネル &gt; 設定 &gt; 接続）、ここではモデルをダウンロードできません。</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>名前に「%1」を含むモデルはありません。</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>「%3」に一致するモデルは %2 個中 %1 個です。</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1 は名前が一致しませんが、選択されているため一覧に表示されたままです。</translation>
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
        <translation>ダウンロードが完了する前に停止しました。</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama は %1 をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>進行状況の情報が返されませんでした</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama には %1 がありますが、Open WebUI の一覧には表示されません。Ollama 接続が、選んだモデルだけを提供する設定になっています。「管理者パネル &gt; 設定 &gt; 接続」で接続のモデル ID に %1 を追加するか、一覧にあるモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>バックアップを書き込めなかったため、何も変更していません。%1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>サーバーは「%1」をすべてのユーザーに公開しませんでした。「管理者パネル &gt; 設定 &gt; モデル &gt; %1 &gt; 公開設定」を「公開」にしてください。</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>プロバイダー %1 が API キーを拒否しました。キーを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>サーバーがプロバイダー %1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>プロバイダー %1 がリクエストを拒否しました。キーを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>このサーバーはアシスタントに登録されていません。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>%1 の保存済みサインイン情報がありません。アシスタントを開いてサインインしてください。</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>サーバーのタスク設定とモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>現在のモデル（各チャットで使用中のモデル）</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>ローカルモデルとのチャット用タスクモデル: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>外部モデルとのチャット用タスクモデル: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>オン: %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>オフ: %1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>サーバー上のモデル: ローカル %1 個、外部 %2 個。</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>維持する自動化機能（チェックを外したものはオフになります）</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>自動化機能（任意: 一部をオフにすることもできます）</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>注意: タイトルがないと、サイドバーのチャットはすべて「新しいチャット」という名前になります。</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>タスク設定またはモデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>注意: 「%1」はすべてのユーザーが使えるようになります。変更前に作成するバックアップで元に戻せます。</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>応答にモデルまたは内容が含まれていません。</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI は、ユーザーがチャットで使うモデルに応じてタスクモデルを選びます。ローカル（Ollama）モデルとのチャットでは 1 つ目、それ以外のチャットでは 2 つ目が使われます。どのチャットでも同じモデルを使うには、両方に同じモデルを設定してください。</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>ローカルモデルとのチャット用タスクモデル（TASK_MODEL）(&amp;L):</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>外部モデルとのチャット用タスクモデル（TASK_MODEL_EXTERNAL）(&amp;E):</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>ローカルタスクモデル</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>外部タスクモデル</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>現在のモデル（各チャットで使用中のモデル）</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1（ローカル）</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1（適用後に利用可能）</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>モデルを検索(&amp;F):</translation>
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
        <translation>%1（適用後: %2）</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1（適用前: %2）</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>適用後: 未計測です。</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>適用前: 未計測です。</translation>
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
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>「%1」に切り替えられませんでした</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>プロバイダーのキーがキーチェーンにありません。アシスタントを開いて入力してください。</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>すでに使用中: %1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>切り替え完了: %1</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>アシスタントで設定を確認してください。</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>テスト失敗</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>テスト成功</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>テストで問題が見つかりました</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>プリセットは保存されませんでした</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>プリセットを保存しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>サーバーの登録を削除しました</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 はアシスタントから削除されました。バックアップは残っています。</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>%1 の登録を削除できませんでした</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>ローカルモデルとのチャット: %1 が %2 でタイトルを生成しました。</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>外部モデルとのチャット: %1 が %2 でタイトルを生成しました。</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>ローカルモデルとのチャット: タイトル生成はオフです。</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>外部モデルとのチャット: タイトル生成はオフです。</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>ローカルモデルとのチャット: テストタスクが失敗しました。%1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>外部モデルとのチャット: テストタスクが失敗しました。%1</translation>
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
        <translation>デスクトップにシステムトレイがないため、アシスタントのメニューをここに表示しています。</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>戦略と操作</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>次のコマンドでもう一度サインインしてください: task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>証明書: %1、発行者: %2、SHA-256: %3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>使い方は task-model-assistant-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>サーバーが指定されていません。--server URL を指定するか、OWUI_URL を設定してください。</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Open WebUI の API キー: </translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>--api-key-stdin が指定されましたが、stdin からキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>プロバイダーの API キー: </translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>--provider-key-stdin が指定されましたが、stdin からキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>警告: %1 は通常の http を使用しているため、パスワードやキーが暗号化されずに送信されます。</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>メールアドレス: </translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login には --email（または --api-key-stdin / OWUI_API_KEY による API キー）が必要です。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>stdin からパスワードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>%1 にサインインしていません。次を実行してください: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM（または OWUI_API_KEY を設定）</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>キーチェーンに %1 の保存済みサインイン情報がありません。次を実行してください: task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンドです: 「%1」</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>%1 に %2（管理者）としてサインインしました。</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>何も保存していません（--no-keychain）。</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>サインインしましたが、キーチェーンにセッションを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>セッションはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>組み込みプリセット:</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1（--model でモデルを選択。表示はガイドの推奨モデル）</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1（--provider-url と --model で選択）</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>保存したプリセット:</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>%1 のバックアップはまだありません。</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  （元の設定）</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply にはプリセットを指定してください: local、hosted、quiet、または保存したプリセット。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>プリセット「%1」はありません。</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>%1 のプロバイダーキーがキーチェーンにありません。</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>--also-off に不明な自動化機能「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>このサーバーにある推奨の軽量モデル %1 を使用します。</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>--model でタスクモデルを選択してください。このサーバーのローカルモデル: %1。または、先に推奨モデルをダウンロードしてください: task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted には --model が必要です（例: --model %1）。</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url は https:// または http:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>プロバイダーの API キーが必要です: --provider-key-stdin または TASK_PROVIDER_API_KEY</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>プロバイダーの API キーが必要です: --provider-key-stdin または TASK_PROVIDER_API_KEY（指定したキーはキーチェーンに保存されます）</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>現在の設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>接続を追加しています…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>モデルを確認しています…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>新しい設定を保存しています…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>設定が保持されたことを確認しています…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>警告: プロバイダーのキーをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull にはモデル名が必要です。例: pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>%1 をサーバーで使用できるようになりました。</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>%1 のダウンロードに失敗しました。</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>サーバーにチャットモデル「%1」がありません。</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>元の設定</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>最新のバックアップ</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>%2 には復元できるバックアップ（%1）がありません。</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>バックアップ %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>%1 を適用する前</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>短いリクエストを 1 つ送ってプロバイダーを試しています…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>サーバーのモデルを読み込めなかったため、タスクモデルを確認していません。%1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>タスクモデルを使えるユーザーを更新しています…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>その後、次のコマンドでサインインしてください: task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>LDAP ユーザー名: </translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap には、LDAP ユーザー名を指定する --user NAME が必要です。</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>%1 の LDAP パスワード: </translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>LDAP でサインインするには: task-model-assistant-cli login --server %1 --ldap --user NAME</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>サーバーに変更を加える前に停止しました。</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>保存中に停止しました。新しい設定の一部またはすべてが、すでにサーバーに反映されている可能性があります。</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>次のコマンドで確認してください: status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>次のコマンドで確認してください: status（以前の設定に戻すには: restore %1）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>保存後のサーバーの設定を読み込み直しています…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>それでもサーバーが後から保存を適用した場合は、次のコマンドで以前の設定に戻せます: restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget には、登録を削除するサーバーを指定する --server URL が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1 は保存済みのサーバーではないため、削除するものはありません。</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget はサーバーのサインイン情報をキーチェーンから削除するため、--no-keychain と併用できません。</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>%1 の登録を削除しました。プロファイル、このサーバー用に記憶していたプリセット、キーチェーン内のサインイン情報を削除しました。バックアップは残っています（一覧を表示するには: backups --server %1）。</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>%1 のサインイン情報をキーチェーンから削除できなかったため、サーバーの登録は残してあります: %2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>チャット速度テスト: メッセージ %1/%2…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>元の設定のバックアップ %1 を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>バックアップ %1 を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>ローカルモデル %1 とのチャットでタイトルタスクを実行しています…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>外部モデル %1 とのチャットでタイトルタスクを実行しています…</translation>
    </message>
</context>
</TS>
