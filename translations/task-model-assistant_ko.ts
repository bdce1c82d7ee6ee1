<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached. Check the address and that Open WebUI is running.</source>
        <translation>서버에 연결할 수 없습니다. 주소가 올바른지, Open WebUI가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted. Check the certificate below before you decide to trust it.</source>
        <translation>보안 연결에 실패했습니다. 서버의 인증서를 신뢰할 수 없습니다. 신뢰 여부를 결정하기 전에 아래 인증서를 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy or starting; try again in a moment.</source>
        <translation>서버가 제시간에 응답하지 않았습니다. 사용량이 많거나 시작 중일 수 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Open WebUI is still starting up. Try again in a moment.</source>
        <translation>Open WebUI가 아직 시작 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>이메일 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Your session has expired or the key is no longer valid. Please sign in again.</source>
        <translation>세션이 만료되었거나 키가 더 이상 유효하지 않습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>This account is not an administrator. Sign in with an admin account: only admins can change the task model.</source>
        <translation>이 계정은 관리자가 아닙니다. 작업 모델은 관리자만 변경할 수 있으므로 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <source>This server does not allow API keys. An admin can turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General, or you can sign in with email and password.</source>
        <translation>이 서버는 API 키를 허용하지 않습니다. 관리자는 관리자 패널 &gt; 설정 &gt; 일반에서 &quot;API 키 활성화&quot;를 켤 수 있습니다. 또는 이메일과 비밀번호로 로그인하세요.</translation>
    </message>
    <message>
        <source>This API key is not allowed to use %1. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>이 API 키로는 다음 경로를 사용할 수 없습니다: %1. 관리자는 관리자 패널 &gt; 설정 &gt; 일반에서 이를 허용된 엔드포인트에 추가하거나 제한을 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server. Use an API key instead.</source>
        <translation>이 서버에서는 비밀번호 로그인이 꺼져 있습니다. 대신 API 키를 사용하세요.</translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in. Create an API key in Open WebUI (Settings &gt; Account) and use it here instead.</source>
        <translation>이 계정은 2단계 인증을 사용합니다. Open WebUI(설정 &gt; 계정)에서 API 키를 만든 후 대신 여기에 입력하세요.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes before trying again.</source>
        <translation>시도 횟수가 너무 많습니다. 몇 분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server answered with something that is not Open WebUI&apos;s API (for example a proxy&apos;s login page). Check the address, or sign in to the proxy first.</source>
        <translation>서버가 Open WebUI API가 아닌 응답을 보냈습니다(예: 프록시 로그인 페이지). 주소를 확인하거나 먼저 프록시에 로그인하세요.</translation>
    </message>
    <message>
        <source>The server refused the settings as invalid.</source>
        <translation>설정이 유효하지 않아 서버가 거부했습니다.</translation>
    </message>
    <message>
        <source>The server refused the settings: it requires %1.</source>
        <translation>서버가 설정을 거부했습니다. 다음 항목이 필요합니다: %1.</translation>
    </message>
    <message>
        <source>The server does not know this address. It may not be Open WebUI, or a different version.</source>
        <translation>서버가 이 주소를 인식하지 못했습니다. Open WebUI가 아니거나 다른 버전일 수 있습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was unexpectedly large and was not read.</source>
        <translation>서버 응답이 예상보다 커서 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>서버가 오류를 보고했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>Someone changed the task settings on the server since they were read. Nothing was changed; review the current settings and try again.</source>
        <translation>설정을 읽은 뒤 다른 사용자가 서버의 작업 설정을 변경했습니다. 아무것도 변경하지 않았습니다. 현재 설정을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server accepted the change but does not keep it. It may run several workers or have ENABLE_PERSISTENT_CONFIG turned off.</source>
        <translation>서버가 변경을 받아들였지만 유지하지 않습니다. 여러 워커로 실행 중이거나 ENABLE_PERSISTENT_CONFIG가 꺼져 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>요청이 유효하지 않아 거부되었습니다.</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s OpenAI-compatible connections since they were read. Nothing was changed; review the connections in Admin Panel &gt; Settings &gt; Connections and try again.</source>
        <translation>설정을 읽은 뒤 다른 사용자가 서버의 OpenAI 호환 연결을 변경했습니다. 아무것도 변경하지 않았습니다. 관리자 패널 &gt; 설정 &gt; 연결에서 연결을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server no longer lists the chat model the test used: its model list changed since it was read, or several Open WebUI workers do not share their model lists. Test again; if this keeps happening, run Open WebUI with one worker or with Redis.</source>
        <translation>서버의 모델 목록에 테스트에 사용한 채팅 모델이 더 이상 없습니다. 목록을 읽은 뒤 모델 목록이 바뀌었거나, 여러 Open WebUI 워커가 모델 목록을 공유하지 않습니다. 다시 테스트하세요. 계속 발생하면 Open WebUI를 워커 하나로 실행하거나 Redis와 함께 실행하세요.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(이유가 제시되지 않음)</translation>
    </message>
    <message>
        <source>The provider did not accept the API key. It said: %1</source>
        <translation>제공업체가 API 키를 받아들이지 않았습니다. 제공업체 응답: %1</translation>
    </message>
    <message>
        <source>The provider says the account has no credits left. It said: %1</source>
        <translation>제공업체에 따르면 계정에 남은 크레딧이 없습니다. 제공업체 응답: %1</translation>
    </message>
    <message>
        <source>The provider does not know this model. It said: %1</source>
        <translation>제공업체가 이 모델을 알지 못합니다. 제공업체 응답: %1</translation>
    </message>
    <message>
        <source>The provider refused the test request. It said: %1</source>
        <translation>제공업체가 테스트 요청을 거부했습니다. 제공업체 응답: %1</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be set up. The server may not offer https at this address; check the address and its port.</source>
        <translation>서버와 보안 연결(https)을 설정할 수 없습니다. 이 주소에서는 https를 제공하지 않을 수 있습니다. 주소와 포트를 확인하세요.</translation>
    </message>
    <message>
        <source>LDAP sign-in failed: the user name or password is wrong, or Open WebUI could not check them with its directory server. Open WebUI does not say which.</source>
        <translation>LDAP 로그인에 실패했습니다. 사용자 이름이나 비밀번호가 틀렸거나, Open WebUI가 디렉터리 서버에서 확인하지 못했습니다. Open WebUI는 둘 중 어느 쪽인지 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>This server does not offer LDAP sign-in. Sign in with email and password or with an API key.</source>
        <translation>이 서버는 LDAP 로그인을 제공하지 않습니다. 이메일과 비밀번호 또는 API 키로 로그인하세요.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>이 서버는 리버스 프록시(신뢰할 수 있는 헤더)로 로그인을 처리하므로 도우미가 비밀번호로 로그인할 수 없습니다. API 키를 사용하세요. API 키는 Open WebUI의 설정 &gt; 계정 &gt; API 키에서 만들 수 있습니다. 관리자가 관리자 패널 &gt; 설정 &gt; 일반에서 API 키를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>Only plain HTTP answers at this address, so nothing was sent: your password or key would travel unencrypted. To sign in anyway, use the address %1 and sign in again.</source>
        <translation>이 주소에서는 암호화되지 않은 HTTP만 응답하므로 아무것도 보내지 않았습니다. 보내면 비밀번호나 키가 암호화되지 않은 채 전송되기 때문입니다. 그래도 로그인하려면 %1 주소로 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be true or false.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be text.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a whole number.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a number.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be an object.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the field %1 has the wrong type: it must be a list.</source>
        <translation>필드 %1의 형식이 잘못되어 서버가 설정을 거부했습니다. 값은 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The server refused the settings because the value of the field %1 is not valid (%2).</source>
        <translation>필드 %1의 값이 유효하지 않아 서버가 설정을 거부했습니다(%2).</translation>
    </message>
    <message>
        <source>This API key is not allowed to use this part of the API. An admin can add it to the allowed endpoints in Admin Panel &gt; Settings &gt; General, or turn the restriction off.</source>
        <translation>이 API 키로는 API의 이 부분을 사용할 수 없습니다. 관리자는 관리자 패널 &gt; 설정 &gt; 일반에서 이를 허용된 엔드포인트에 추가하거나 제한을 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 Settings concerned: %2</source>
        <comment>our sentence, then the settings it is about</comment>
        <translation>%1 관련 설정: %2</translation>
    </message>
    <message>
        <source>%1 Server says: %2</source>
        <comment>our sentence, then the server&apos;s own words</comment>
        <translation>%1 서버 메시지: %2</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Save and test</source>
        <translation>저장 및 테스트</translation>
    </message>
    <message>
        <source>Check the changes, then apply them. The assistant backs up the current settings first and runs a real task before and after, so you see the difference.</source>
        <translation>변경 내용을 확인한 후 적용하세요. 도우미가 먼저 현재 설정을 백업하고 적용 전후에 실제 작업을 실행하므로 차이를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>These settings will change:</source>
        <translation>다음 설정이 변경됩니다:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>After</source>
        <translation>적용 후</translation>
    </message>
    <message>
        <source>&amp;Apply and test</source>
        <translation>적용 및 테스트(&amp;A)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Put back the settings from the backup taken just before applying</source>
        <translation>적용 직전에 만든 백업에서 설정을 복원합니다</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Task time before and after</source>
        <translation>적용 전후 작업 소요 시간</translation>
    </message>
    <message>
        <source>&amp;Keep the assistant in the system tray to switch strategies later</source>
        <translation>나중에 전략을 전환할 수 있도록 도우미를 시스템 트레이에 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Also &amp;measure the chat&apos;s speed while background tasks run (loads the server)</source>
        <translation>백그라운드 작업 중 채팅 속도도 측정(서버에 부하가 걸림)(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Automations</name>
    <message>
        <source>Title Generation</source>
        <translation>제목 생성</translation>
    </message>
    <message>
        <source>Tags Generation</source>
        <translation>태그 생성</translation>
    </message>
    <message>
        <source>Follow Up Generation</source>
        <translation>후속 질문 생성</translation>
    </message>
    <message>
        <source>Autocomplete Generation</source>
        <translation>자동완성 생성</translation>
    </message>
    <message>
        <source>Web Search Query Generation</source>
        <translation>웹 검색 쿼리 생성</translation>
    </message>
    <message>
        <source>Retrieval Query Generation</source>
        <translation>검색 쿼리 생성</translation>
    </message>
    <message>
        <source>One short request when a chat starts; names the chat in the sidebar.</source>
        <translation>채팅을 시작할 때 짧은 요청을 한 번 보내 사이드바에 표시할 채팅 이름을 짓습니다.</translation>
    </message>
    <message>
        <source>One request after a chat&apos;s first answers to tag it.</source>
        <translation>채팅의 첫 답변 후 요청을 한 번 보내 채팅에 태그를 붙입니다.</translation>
    </message>
    <message>
        <source>One request after every answer to suggest follow-up questions.</source>
        <translation>답변할 때마다 요청을 한 번 보내 후속 질문을 제안합니다.</translation>
    </message>
    <message>
        <source>A request on almost every keystroke while users type: the heaviest on slow hardware.</source>
        <translation>사용자가 입력하는 동안 거의 키를 누를 때마다 요청을 보냅니다. 느린 하드웨어에서 부담이 가장 큽니다.</translation>
    </message>
    <message>
        <source>One request before each web search to write the search queries.</source>
        <translation>웹 검색을 할 때마다 먼저 요청을 한 번 보내 검색 쿼리를 작성합니다.</translation>
    </message>
    <message>
        <source>One request before each document or knowledge lookup to write the queries.</source>
        <translation>문서나 지식 기반을 조회할 때마다 먼저 요청을 한 번 보내 쿼리를 작성합니다.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>The backup %1 was not found.</source>
        <translation>%1 백업을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a backup of this assistant and was skipped.</source>
        <translation>%1 파일은 이 도우미의 백업이 아니므로 건너뛰었습니다.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--ollama-index needs a number of 0 or more.</source>
        <translation>--ollama-index에는 0 이상의 숫자를 지정하세요.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout에는 1~3600 사이의 초 단위 숫자를 지정하세요.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>명령이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--ldap signs in with an LDAP user name (--user), not with --email.</source>
        <translation>--ldap은 --email이 아니라 LDAP 사용자 이름(--user)으로 로그인합니다.</translation>
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
        <translation>사용법: task-model-assistant-cli [옵션] &lt;명령&gt; [인수]

Open WebUI 서버의 작업 모델(채팅 제목, 태그, 후속 질문, 검색 쿼리를 생성하는
모델)을 설정하여 채팅이 계속 빠르게 동작하도록 합니다.

명령:
  login [--email E]          로그인하고 세션을 키체인에 보관
                             (비밀번호는 stdin에서 읽거나 화면에 표시하지 않고 입력받음)
  login --ldap --user NAME   LDAP 계정으로 같은 작업(서버가 LDAP을 제공하는 경우)
  status                     서버, 계정, 두 작업 모델, 자동화 기능 상태 표시
  presets                    적용할 수 있는 프리셋 표시
  apply local --model ID     모든 채팅에 경량 로컬 모델 사용
        [--external-model ID] [--also-off LIST]
  apply hosted --provider-url URL --model ID [--shortlist IDS]
                             OpenAI 호환 제공업체(예: OpenRouter)의 모델 사용.
                             키는 --provider-key-stdin, TASK_PROVIDER_API_KEY 또는
                             키체인에서 가져옴
  apply quiet                자동완성, 태그, 후속 질문, 웹 검색 쿼리, 검색 쿼리
                             생성을 끔(제목 생성은 유지)
  apply PRESET               도우미에서 저장한 프리셋 적용
  pull MODEL                 Open WebUI를 통해 Ollama 모델 다운로드
  test [--chat-model ID]     작업 모델(로컬용, 외부용)마다 실제 제목 작업을 실행하고
                             소요 시간 측정
       [--deep]              이어서 백그라운드 작업이 실행되는 동안 채팅 메시지 몇 개의
                             시간 측정(먼저 보낼 요청을 표시하며 Ctrl+C로 중지)
  backup                     지금 서버의 작업 설정 백업
  backups                    이 서버의 백업 목록 표시
  restore [ID | --original]  백업 복원(기본값: 최신 백업)
  forget --server URL        저장된 서버의 프로필, 기억한 프리셋, 키체인의 로그인
                             정보를 삭제(백업은 유지됨)

옵션:
  --server URL               Open WebUI 서버(또는 OWUI_URL, 기본값: 마지막 서버)
  --email E                  관리자 계정(login용)
  --ldap                     LDAP 계정으로 로그인(login)
  --user NAME                LDAP 사용자 이름(login --ldap)
  --api-key-stdin            stdin에서 Open WebUI API 키 읽기(또는 OWUI_API_KEY 설정)
  --provider-key-stdin       stdin에서 호스팅 제공업체 키 읽기(API 키 다음)
  --also-off LIST            apply와 함께 사용: 이 자동화 기능도 끔. 쉼표로 구분하여
                             autocomplete,tags,follow-ups,search-query,
                             retrieval-query,title 중에서 지정
  --make-public              apply와 함께: 모든 사용자가 작업 모델을 사용할 수 있게 함
                             (공개 범위: 공개, restore로 되돌림)
  --ollama-index N           다운로드에 사용할 Ollama 연결(기본값: 0)
  --timeout SECONDS          서버 응답을 기다리는 시간(초, 기본값: 20)
  --no-keychain              키체인을 읽거나 쓰지 않음
  --json                     기계가 읽을 수 있는 형식으로 출력(status, test, apply)
  --verbose                  각 요청(상태, 시간)과 각 단계를 stderr에 기록(버그 보고용,
                             비밀 정보는 기록하지 않음)
  -h, --help                 이 도움말 표시
  -v, --version              버전 표시

종료 코드: 0 성공, 1 기타 오류, 2 사용법 오류, 3 인증 오류, 4 관리자 아님,
5 서버에 연결할 수 없음, 6 유효성 검사 또는 서버 오류, 7 작업 테스트 실패</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>현재 모델(각 채팅에서 사용하는 모델)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Server:       %1 at %2</source>
        <translation>서버:        %1(%2)</translation>
    </message>
    <message>
        <source>Signed in as: %1 (%2, %3)</source>
        <translation>로그인 계정: %1(%2, %3)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Task model for chats with local models:    %1</source>
        <translation>로컬 모델 채팅용 작업 모델: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>외부 모델 채팅용 작업 모델: %1</translation>
    </message>
    <message>
        <source>Automations:</source>
        <translation>자동화 기능:</translation>
    </message>
    <message>
        <source>Matching presets: %1</source>
        <translation>일치하는 프리셋: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>백업: %1개</translation>
    </message>
    <message>
        <source>Nothing to change: the server already uses &quot;%1&quot;.</source>
        <translation>변경할 내용이 없습니다. 서버가 이미 &quot;%1&quot; 설정을 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot;. Changes:</source>
        <translation>&quot;%1&quot; 프리셋을 적용했습니다. 변경 내용:</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>연결 %1을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>This server version has no switch for %1; left as it is.</source>
        <translation>이 서버 버전에는 %1 설정이 없어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Backup of the previous settings: %1 (restore with: restore %1)</source>
        <translation>이전 설정 백업: %1(복원하려면: restore %1)</translation>
    </message>
    <message>
        <source>To let all users use it from here, apply the preset again with --make-public.</source>
        <translation>여기서 모든 사용자가 사용할 수 있게 하려면 --make-public 옵션을 붙여 프리셋을 다시 적용하세요.</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>이제 모든 사용자가 &quot;%1&quot; 모델을 사용할 수 있어, 이 사용자들의 채팅에서도 제목, 태그, 후속 질문이 생성됩니다.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 모델을 사용할 수 있는 사용자를 이전대로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>LDAP account</source>
        <translation>LDAP 계정</translation>
    </message>
    <message>
        <source>  [off] %1 (not set, so the server treats it as off)</source>
        <translation>  [꺼짐] %1(설정되지 않아 서버에서 꺼진 것으로 간주함)</translation>
    </message>
    <message>
        <source>  [on]  %1</source>
        <comment>an automation that is on</comment>
        <translation>  [켜짐] %1</translation>
    </message>
    <message>
        <source>  [off] %1</source>
        <comment>an automation that is off</comment>
        <translation>  [꺼짐] %1</translation>
    </message>
    <message>
        <source>Background requests the server did not answer: %1.</source>
        <translation>서버가 응답하지 않은 백그라운드 요청: %1개.</translation>
    </message>
    <message>
        <source>Chats with local models: no such chat model on this server, nothing to test.</source>
        <translation>로컬 모델 채팅: 이 서버에 해당 채팅 모델이 없어 테스트하지 않았습니다.</translation>
    </message>
    <message>
        <source>Chats with external models: no such chat model on this server, nothing to test.</source>
        <translation>외부 모델 채팅: 이 서버에 해당 채팅 모델이 없어 테스트하지 않았습니다.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no task ran (%1).</source>
        <translation>로컬 모델 채팅: 제목 생성이 꺼져 있어 작업을 실행하지 않았습니다(%1).</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no task ran (%1).</source>
        <translation>외부 모델 채팅: 제목 생성이 꺼져 있어 작업을 실행하지 않았습니다(%1).</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): the task failed. %2</source>
        <translation>로컬 모델 채팅(채팅 모델 %1): 작업이 실패했습니다. %2</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): the task failed. %2</source>
        <translation>외부 모델 채팅(채팅 모델 %1): 작업이 실패했습니다. %2</translation>
    </message>
    <message>
        <source>Chats with local models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>로컬 모델 채팅(채팅 모델 %1): %2 모델이 %3 만에 응답했습니다. 제목: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Chats with external models (chat model %1): answered by %2 in %3, title &quot;%4&quot;.</source>
        <translation>외부 모델 채팅(채팅 모델 %1): %2 모델이 %3 만에 응답했습니다. 제목: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>a role</comment>
        <translation>관리자</translation>
    </message>
    <message>
        <source>user</source>
        <comment>a role</comment>
        <translation>사용자</translation>
    </message>
    <message>
        <source>pending approval</source>
        <comment>a role</comment>
        <translation>승인 대기 중</translation>
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
        <translation>관리자 패널에 연결</translation>
    </message>
    <message>
        <source>Sign in to your Open WebUI server as an administrator. The assistant changes the same settings as Admin Panel &gt; Settings &gt; Interface.</source>
        <translation>관리자로 Open WebUI 서버에 로그인하세요. 도우미는 관리자 패널 &gt; 설정 &gt; 인터페이스와 같은 설정을 변경합니다.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>서버 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Look for Open WebUI on this computer (ports 3000 and 8080)</source>
        <translation>이 컴퓨터에서 Open WebUI를 찾습니다(포트 3000 및 8080)</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>로그인 방법:</translation>
    </message>
    <message>
        <source>E&amp;mail and password</source>
        <translation>이메일과 비밀번호(&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;PI key</source>
        <translation>API 키(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Open WebUI shows your API key in Settings &gt; Account &gt; API keys. The server must allow API keys (Admin Panel &gt; Settings &gt; General &gt; Enable API Keys).</source>
        <translation>API 키는 Open WebUI의 설정 &gt; 계정 &gt; API 키에서 확인할 수 있습니다. 서버에서 API 키를 허용해야 합니다(관리자 패널 &gt; 설정 &gt; 일반 &gt; API 키 활성화).</translation>
    </message>
    <message>
        <source>&amp;Remember me (kept in the system keychain, never in a file)</source>
        <translation>로그인 정보 기억(파일이 아닌 시스템 키체인에 보관)(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>로그인(&amp;I)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>로그인 중</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>이 서버에 대해 이 인증서 신뢰(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;LDAP account</source>
        <translation>LDAP 계정(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in with your directory (LDAP) user name and password</source>
        <translation>디렉터리(LDAP) 사용자 이름과 비밀번호로 로그인합니다</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>LDAP user name</source>
        <translation>LDAP 사용자 이름</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>이 서버 정보 삭제…</translation>
    </message>
    <message>
        <source>Remove this saved server and its sign-in from the assistant (its backups are kept)</source>
        <translation>저장된 이 서버와 로그인 정보를 도우미에서 삭제합니다(백업은 유지됩니다)</translation>
    </message>
</context>
<context>
    <name>ContentionReport</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>The server has no chat model to measure.</source>
        <translation>서버에 측정할 채팅 모델이 없습니다.</translation>
    </message>
    <message>
        <source>The chat speed test sends %1 short chat messages to %2, one after the other.</source>
        <translation>채팅 속도 테스트는 %2에 짧은 채팅 메시지 %1개를 하나씩 차례로 보냅니다.</translation>
    </message>
    <message>
        <source>Open WebUI&apos;s background tasks are all turned off, so each message is sent alone.</source>
        <translation>Open WebUI의 백그라운드 작업이 모두 꺼져 있으므로 각 메시지는 단독으로 전송됩니다.</translation>
    </message>
    <message>
        <source>With each message, it sends the background requests Open WebUI runs for a chat at the same moment: %1.</source>
        <translation>각 메시지와 동시에 Open WebUI가 채팅마다 실행하는 백그라운드 요청도 보냅니다: %1.</translation>
    </message>
    <message>
        <source>While the background tasks ran, the first word of the answer came after %1 and the whole answer after %2 (medians; messages answered: %3).</source>
        <translation>백그라운드 작업이 실행되는 동안 응답의 첫 단어는 %1 후, 전체 응답은 %2 후에 도착했습니다(중앙값, 응답받은 메시지: %3개).</translation>
    </message>
    <message>
        <source>First word of the answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>응답의 첫 단어: 이전 설정에서 %1, 새 설정에서 %2.</translation>
    </message>
    <message>
        <source>Whole answer: %1 with the old settings, %2 with the new ones.</source>
        <translation>전체 응답: 이전 설정에서 %1, 새 설정에서 %2.</translation>
    </message>
    <message>
        <source>The chat speed test was stopped. Messages answered: %1.</source>
        <translation>채팅 속도 테스트를 중지했습니다. 응답받은 메시지: %1개.</translation>
    </message>
    <message>
        <source>The chat speed test reached its time limit. Messages answered: %1.</source>
        <translation>채팅 속도 테스트가 제한 시간에 도달했습니다. 응답받은 메시지: %1개.</translation>
    </message>
    <message>
        <source>The chat speed test could not finish: %1</source>
        <translation>채팅 속도 테스트를 끝내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Each run makes %1 requests to the server; each answer is cut at %2 tokens.</source>
        <translation>한 번 실행할 때마다 서버로 요청 %1개를 보내며, 각 응답은 %2토큰에서 잘립니다.</translation>
    </message>
    <message>
        <source>A run ends on its own after %1 minutes at the latest, and can be stopped at any moment.</source>
        <translation>한 번의 실행은 늦어도 %1분 후에 저절로 끝나며, 언제든지 중지할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ForgetServerDialog</name>
    <message>
        <source>Forget this server</source>
        <translation>이 서버 정보 삭제</translation>
    </message>
    <message>
        <source>Forget the server %1?</source>
        <translation>%1 서버 정보를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Forget the server %1 at %2?</source>
        <translation>%1 서버(%2) 정보를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>The assistant removes its address, account, trusted certificate and the presets it remembers for it, and the sign-in kept in the system keychain. The server itself is not changed. Its backups stay on this computer: they are the way back to the server&apos;s settings from before the assistant. Keys of hosted providers stay in the keychain, as other servers may use them.</source>
        <translation>도우미가 이 서버의 주소, 계정, 신뢰한 인증서, 이 서버용으로 기억한 프리셋과 시스템 키체인에 보관된 로그인 정보를 삭제합니다. 서버 자체는 변경되지 않습니다. 백업은 이 컴퓨터에 그대로 남으므로, 이 백업으로 도우미 사용 전 서버 설정으로 되돌릴 수 있습니다. 호스팅 제공업체의 키는 다른 서버에서도 사용할 수 있으므로 키체인에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>HostedPanel</name>
    <message>
        <source>Provider &amp;URL:</source>
        <translation>제공업체 URL(&amp;U):</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>제공업체 URL</translation>
    </message>
    <message>
        <source>Provider API &amp;key:</source>
        <translation>제공업체 API 키(&amp;K):</translation>
    </message>
    <message>
        <source>sk-or-…</source>
        <translation>sk-or-…</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>제공업체 API 키</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>연결 확인(&amp;V)</translation>
    </message>
    <message>
        <source>Ask Open WebUI to connect to the provider with this key</source>
        <translation>Open WebUI가 이 키로 제공업체에 연결하도록 요청합니다</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <source>Hosted task model</source>
        <translation>호스팅 작업 모델</translation>
    </message>
    <message>
        <source>Note: the text of titles, tags and search queries — parts of your users&apos; chats — is then sent to this provider.</source>
        <translation>참고: 이 경우 제목, 태그, 검색 쿼리의 텍스트(사용자 채팅의 일부)가 이 제공업체로 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 was damaged and has been set aside as %2.</source>
        <translation>%1 파일이 손상되어 %2 파일로 따로 보관했습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be set aside; it was not used.</source>
        <translation>%1 파일이 손상되었고 따로 보관할 수도 없어 사용하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LocalModelPanel</name>
    <message>
        <source>Local models on the server</source>
        <translation>서버의 로컬 모델</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수 수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Do&amp;wnload a model:</source>
        <translation>모델 다운로드(&amp;W):</translation>
    </message>
    <message>
        <source>Model to download</source>
        <translation>다운로드할 모델</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행 상황</translation>
    </message>
    <message>
        <source>&amp;On the Ollama server:</source>
        <translation>Ollama 서버(&amp;O):</translation>
    </message>
    <message>
        <source>Ollama server to download to</source>
        <translation>다운로드 대상 Ollama 서버</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Lightweight local model</source>
        <translation>경량 로컬 모델</translation>
    </message>
    <message>
        <source>Hosted endpoint</source>
        <translation>호스팅 API 엔드포인트</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>자동화 기능 비활성화</translation>
    </message>
    <message>
        <source>Settings from before the assistant</source>
        <translation>도우미 사용 전 설정</translation>
    </message>
    <message>
        <source>Puts back the task settings the server had before the assistant first changed them.</source>
        <translation>도우미가 처음 변경하기 전의 서버 작업 설정으로 되돌립니다.</translation>
    </message>
    <message>
        <source>The preset has no id.</source>
        <translation>프리셋에 ID가 없습니다.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown kind.</source>
        <translation>프리셋 &quot;%1&quot;의 종류를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has an unknown automation &quot;%2&quot;.</source>
        <translation>프리셋 &quot;%1&quot;에 알 수 없는 자동화 기능이 있습니다: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has a connection without a URL.</source>
        <translation>프리셋 &quot;%1&quot;에 URL이 없는 연결이 있습니다.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; changes nothing.</source>
        <translation>프리셋 &quot;%1&quot;에는 변경할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Each chat&apos;s own model does the tasks.</source>
        <translation>각 채팅에서 사용하는 모델이 작업을 직접 수행합니다.</translation>
    </message>
    <message>
        <source>Task model %1 for all chats.</source>
        <translation>모든 채팅의 작업 모델: %1.</translation>
    </message>
    <message>
        <source>Chats with local models do their own tasks.</source>
        <translation>로컬 모델 채팅은 해당 모델이 작업을 직접 수행합니다.</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1.</source>
        <translation>로컬 모델 채팅용 작업 모델: %1.</translation>
    </message>
    <message>
        <source>Chats with external models do their own tasks.</source>
        <translation>외부 모델 채팅은 해당 모델이 작업을 직접 수행합니다.</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1.</source>
        <translation>외부 모델 채팅용 작업 모델: %1.</translation>
    </message>
    <message>
        <source>Turns off %1.</source>
        <translation>끔: %1.</translation>
    </message>
    <message>
        <source>Keeps %1.</source>
        <translation>유지: %1.</translation>
    </message>
    <message>
        <source>Through the provider at %1.</source>
        <translation>제공업체 경유: %1.</translation>
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
        <translation>현재 설정을 프리셋으로 저장</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>프리셋 이름:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>&quot;%1&quot; is the name of a built-in preset; choose another name.</source>
        <translation>&quot;%1&quot; 이름은 기본 제공 프리셋에서 사용 중입니다. 다른 이름을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>PresetValidator</name>
    <message>
        <source>The server does not list the model &quot;%1&quot;. Open WebUI would silently ignore it and keep using each chat&apos;s own model.</source>
        <translation>서버 모델 목록에 &quot;%1&quot; 모델이 없습니다. Open WebUI는 이를 알리지 않고 무시하며 각 채팅에서 사용하는 모델을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a reasoning model: it thinks before answering, which makes titles and tags slow. A small non-reasoning model is faster.</source>
        <translation>&quot;%1&quot; 모델은 추론 모델로 보입니다. 답변하기 전에 생각하므로 제목과 태그 생성이 느려집니다. 추론하지 않는 작은 모델이 더 빠릅니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a large model (%2). A lightweight model such as qwen2.5:3b answers background tasks much faster.</source>
        <translation>&quot;%1&quot; 모델은 큰 모델입니다(%2). qwen2.5:3b 같은 경량 모델이 백그라운드 작업에 훨씬 빠르게 응답합니다.</translation>
    </message>
    <message>
        <source>Regular users may not use &quot;%1&quot;, so titles, tags and follow-ups fail in their chats (only admins&apos; chats get them). Make it public in Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility, or pick a public model.</source>
        <translation>일반 사용자는 &quot;%1&quot; 모델을 사용할 수 없어서, 일반 사용자의 채팅에서는 제목, 태그, 후속 질문 생성이 실패합니다(관리자 채팅에서만 생성됩니다). 관리자 패널 &gt; 설정 &gt; 모델 &gt; %1 &gt; 공개 범위에서 공개로 바꾸거나 공개된 모델을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>The chat model %1 answered instead of %2: the server ignored the task model setting. Open WebUI does this when it does not list the task model.</source>
        <translation>%2 대신 채팅 모델 %1에서 응답했습니다. 서버가 작업 모델 설정을 무시했습니다. Open WebUI는 작업 모델이 목록에 없으면 이렇게 동작합니다.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same model for their provider, so the answer cannot show which of them ran the task.</source>
        <translation>%1 및 %2 모델은 제공업체에서 같은 모델이므로, 응답만으로는 어느 쪽이 작업을 실행했는지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The answer came from &quot;%1&quot;, which is neither %2 nor %3 as their providers name them, so the test cannot tell which of them ran the task.</source>
        <translation>응답은 &quot;%1&quot;에서 왔습니다. 제공업체가 부르는 이름으로 보면 %2도 %3도 아니므로, 어느 쪽이 작업을 실행했는지 테스트로는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 run on different Ollama servers, so the task model never pushes the chat model out of memory.</source>
        <translation>%1와(과) %2은(는) 서로 다른 Ollama 서버에서 실행되므로, 작업 모델이 채팅 모델을 메모리에서 밀어내는 일은 없습니다.</translation>
    </message>
    <message>
        <source>Both models stay in memory: %1 takes %2 and %3 takes %4.</source>
        <translation>두 모델 모두 메모리에 남아 있습니다. %1은(는) %2, %3은(는) %4를 차지합니다.</translation>
    </message>
    <message>
        <source>Ollama unloaded the chat model %1 (%2) to run the task model %3 (%4): the server cannot hold both in memory, so after every background task the next chat message waits for %1 to load again. Choose a smaller task model or a hosted endpoint, or turn automations off.</source>
        <translation>Ollama가 작업 모델 %3(%4)을(를) 실행하려고 채팅 모델 %1(%2)을(를) 메모리에서 내렸습니다. 서버가 두 모델을 함께 메모리에 둘 수 없으므로, 백그라운드 작업이 있을 때마다 다음 채팅 메시지는 %1이(가) 다시 로드될 때까지 기다립니다. 더 작은 작업 모델이나 호스팅 API 엔드포인트를 선택하거나 자동화 기능을 끄세요.</translation>
    </message>
    <message>
        <source>%1 was not in memory before the test, so whether it fits in memory together with %2 could not be seen. Chat with %1 once, then test again.</source>
        <translation>테스트 전에 %1이(가) 메모리에 없었으므로 %2와(과) 함께 메모리에 들어가는지 확인할 수 없었습니다. %1(으)로 한 번 채팅한 다음 다시 테스트하세요.</translation>
    </message>
    <message>
        <source>This version of Open WebUI does not show which models are in memory (0.5 and later do), so whether both models fit could not be checked.</source>
        <translation>이 버전의 Open WebUI는 어떤 모델이 메모리에 있는지 보여 주지 않으므로(0.5 이상은 보여 줍니다), 두 모델이 함께 들어가는지 확인할 수 없었습니다.</translation>
    </message>
    <message>
        <source>The server did not let this account see which models are in memory, so whether both models fit could not be checked.</source>
        <translation>서버가 이 계정에 어떤 모델이 메모리에 있는지 보여 주지 않았으므로, 두 모델이 함께 들어가는지 확인할 수 없었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory does not include %1, which has just answered, so whether both models fit could not be checked.</source>
        <translation>서버의 메모리 모델 목록에 방금 응답한 %1이(가) 없으므로, 두 모델이 함께 들어가는지 확인할 수 없었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s list of models in memory could not be read, so whether both models fit could not be checked.</source>
        <translation>서버의 메모리 모델 목록을 읽을 수 없었으므로, 두 모델이 함께 들어가는지 확인할 수 없었습니다.</translation>
    </message>
</context>
<context>
    <name>ProviderUrl</name>
    <message>
        <source>Enter the provider&apos;s URL, for example https://openrouter.ai/api/v1.</source>
        <translation>제공업체 URL을 입력하세요. 예: https://openrouter.ai/api/v1</translation>
    </message>
    <message>
        <source>The provider URL must be a web address that starts with https:// (or http:// for a provider on the server&apos;s own network).</source>
        <translation>제공업체 URL은 https://로 시작하는 웹 주소여야 합니다(서버와 같은 네트워크에 있는 제공업체라면 http://도 됩니다).</translation>
    </message>
</context>
<context>
    <name>PullStatusText</name>
    <message>
        <source>Getting the list of files of %1…</source>
        <translation>%1의 파일 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 다운로드 중…</translation>
    </message>
    <message>
        <source>Downloading %1: %2 of %3 (%4%).</source>
        <translation>%1 다운로드 중: %2 / %3 (%4%).</translation>
    </message>
    <message>
        <source>Checking the downloaded files of %1…</source>
        <translation>%1의 다운로드한 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Saving %1 on the server…</source>
        <translation>서버에 %1 저장 중…</translation>
    </message>
    <message>
        <source>%1 is downloaded.</source>
        <translation>%1 다운로드가 완료되었습니다.</translation>
    </message>
    <message>
        <source>Downloading %1. Ollama reports: %2</source>
        <translation>%1 다운로드 중입니다. Ollama 보고: %2</translation>
    </message>
    <message>
        <source>Removing files of an older %1 that are no longer needed…</source>
        <translation>더 이상 필요 없는 %1 이전 버전의 파일을 삭제하는 중…</translation>
    </message>
</context>
<context>
    <name>SampleChat</name>
    <message>
        <source>How do I keep basil alive on a windowsill in winter?</source>
        <translation>겨울에 창가에서 바질을 살려 두려면 어떻게 해야 하나요?</translation>
    </message>
    <message>
        <source>Give it 6+ hours of light, water when the top soil is dry, keep it away from cold glass, and pinch off flower buds.</source>
        <translation>하루 6시간 이상 빛을 쬐어 주고, 겉흙이 마르면 물을 주고, 차가운 유리창에서 떨어뜨려 두고, 꽃봉오리는 따 주세요.</translation>
    </message>
    <message>
        <source>How often should I water it? Answer in one sentence.</source>
        <translation>물은 얼마나 자주 줘야 하나요? 한 문장으로 답해 주세요.</translation>
    </message>
    <message>
        <source>How often should I water</source>
        <comment>the start of a question, as typed so far</comment>
        <translation>물은 얼마나 자주</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of your Open WebUI server, for example http://localhost:3000.</source>
        <translation>Open WebUI 서버 주소를 입력하세요(예: http://localhost:3000).</translation>
    </message>
    <message>
        <source>A server address cannot contain spaces.</source>
        <translation>서버 주소에는 공백을 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>&quot;%1&quot;은(는) 올바른 서버 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <source>Task model for chats with local models</source>
        <translation>로컬 모델 채팅용 작업 모델</translation>
    </message>
    <message>
        <source>Task model for chats with external models</source>
        <translation>외부 모델 채팅용 작업 모델</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
</context>
<context>
    <name>SignInAdvice</name>
    <message>
        <source>This server has no administrator yet: open it in a browser, create the first account, then sign in here.</source>
        <translation>이 서버에는 아직 관리자가 없습니다. 브라우저에서 열어 첫 계정을 만든 다음 여기에서 로그인하세요.</translation>
    </message>
    <message>
        <source>This server runs without sign-in: just press Sign in.</source>
        <translation>이 서버는 로그인 없이 동작합니다. 바로 &quot;로그인&quot;을 누르세요.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Only an API key gets in, and API keys are turned off: an admin must turn on &quot;Enable API Keys&quot; in Admin Panel &gt; Settings &gt; General. Then create a key in Open WebUI under Settings &gt; Account &gt; API keys.</source>
        <translation>이 서버는 리버스 프록시(신뢰할 수 있는 헤더)로 로그인을 처리하므로 도우미가 비밀번호로 로그인할 수 없습니다. API 키로만 들어갈 수 있는데 API 키가 꺼져 있습니다. 관리자가 관리자 패널 &gt; 설정 &gt; 일반에서 &quot;API 키 활성화&quot;를 켜야 합니다. 그런 다음 Open WebUI의 설정 &gt; 계정 &gt; API 키에서 키를 만드세요.</translation>
    </message>
    <message>
        <source>This server signs people in through a reverse proxy (a trusted header), so the assistant cannot sign in with a password. Use an API key: create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>이 서버는 리버스 프록시(신뢰할 수 있는 헤더)로 로그인을 처리하므로 도우미가 비밀번호로 로그인할 수 없습니다. API 키를 사용하세요. API 키는 Open WebUI의 설정 &gt; 계정 &gt; API 키에서 만들 수 있습니다. 관리자가 관리자 패널 &gt; 설정 &gt; 일반에서 API 키를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>This server signs in with LDAP accounts: use your directory user name and password.</source>
        <translation>이 서버는 LDAP 계정으로 로그인합니다. 디렉터리 사용자 이름과 비밀번호를 사용하세요.</translation>
    </message>
    <message>
        <source>Password sign-in is turned off on this server: use an API key. Create one in Open WebUI under Settings &gt; Account &gt; API keys. An admin must allow API keys in Admin Panel &gt; Settings &gt; General.</source>
        <translation>이 서버에서는 비밀번호 로그인이 꺼져 있습니다. API 키를 사용하세요. API 키는 Open WebUI의 설정 &gt; 계정 &gt; API 키에서 만들 수 있습니다. 관리자가 관리자 패널 &gt; 설정 &gt; 일반에서 API 키를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>No secure connection was possible, so the assistant connected over plain HTTP (%1). Your password or API key travels unencrypted; use https:// if the server offers it.</source>
        <translation>보안 연결을 할 수 없어 도우미가 암호화되지 않은 HTTP로 연결했습니다(%1). 비밀번호나 API 키가 암호화되지 않은 채 전송됩니다. 서버가 https를 제공하면 https://를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Windows 시작 프로그램 항목을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 파일을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Choose a strategy</source>
        <translation>전략 선택</translation>
    </message>
    <message>
        <source>Pick how background tasks (titles, tags, follow-ups, autocomplete, search queries) should run, so they no longer compete with your chat model.</source>
        <translation>백그라운드 작업(제목, 태그, 후속 질문, 자동완성, 검색 쿼리)을 실행할 방식을 선택하여 더 이상 채팅 모델과 경쟁하지 않게 하세요.</translation>
    </message>
    <message>
        <source>Where you start (the server&apos;s current settings)</source>
        <translation>시작 상태(서버의 현재 설정)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lightweight local model</source>
        <translation>경량 로컬 모델(&amp;L)</translation>
    </message>
    <message>
        <source>Best for limited hardware. A small model on your server (Qwen2.5 3B, Llama 3.2 3B…) writes titles, tags and queries, while the large model only answers chats.</source>
        <translation>하드웨어가 제한된 경우에 가장 적합합니다. 서버의 작은 모델(Qwen2.5 3B, Llama 3.2 3B 등)이 제목, 태그, 쿼리를 작성하고 큰 모델은 채팅 응답만 담당합니다.</translation>
    </message>
    <message>
        <source>&amp;Hosted endpoint</source>
        <translation>호스팅 API 엔드포인트(&amp;H)</translation>
    </message>
    <message>
        <source>Best for the fastest response with a reliable internet connection. An OpenAI-compatible service such as OpenRouter runs the tasks with a small, fast model.</source>
        <translation>안정적인 인터넷 연결이 있고 가장 빠른 응답을 원할 때 가장 적합합니다. OpenRouter 같은 OpenAI 호환 서비스가 작고 빠른 모델로 작업을 실행합니다.</translation>
    </message>
    <message>
        <source>&amp;Disable automations</source>
        <translation>자동화 기능 비활성화(&amp;D)</translation>
    </message>
    <message>
        <source>Best to focus on core chat. Turns off the background tasks you can do without; chat titles stay on.</source>
        <translation>핵심 채팅 기능에 집중하려는 경우에 가장 적합합니다. 없어도 되는 백그라운드 작업을 끄고, 채팅 제목 생성은 켜 둡니다.</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>자동화 기능</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: set the two task models apart</source>
        <translation>고급: 두 작업 모델을 따로 설정(&amp;V)</translation>
    </message>
    <message>
        <source>Make the task model available to all users (Visibility: Public)</source>
        <translation>모든 사용자가 작업 모델을 사용할 수 있게 하기(공개 범위: 공개)</translation>
    </message>
</context>
<context>
    <name>TrayMenuModel</name>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — 읽는 중…</translation>
    </message>
    <message>
        <source>%1 — problem</source>
        <translation>%1 — 문제 있음</translation>
    </message>
    <message>
        <source>Lightweight local model: %1</source>
        <translation>경량 로컬 모델: %1</translation>
    </message>
    <message>
        <source>Hosted endpoint: %1</source>
        <translation>호스팅 API 엔드포인트: %1</translation>
    </message>
    <message>
        <source>Disable automations</source>
        <translation>자동화 기능 비활성화</translation>
    </message>
    <message>
        <source>Restore settings from before the assistant</source>
        <translation>도우미 사용 전 설정으로 복원</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>지금 테스트</translation>
    </message>
    <message>
        <source>Save current settings as preset…</source>
        <translation>현재 설정을 프리셋으로 저장…</translation>
    </message>
    <message>
        <source>Open assistant…</source>
        <translation>도우미 열기…</translation>
    </message>
    <message>
        <source>Forget this server…</source>
        <translation>이 서버 정보 삭제…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>로그인 시 시작</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Task Model Assistant 정보</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Task Model Assistant</source>
        <translation>Task Model Assistant</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1: 아직 읽지 않음</translation>
    </message>
    <message>
        <source>Current Model</source>
        <translation>현재 모델</translation>
    </message>
    <message>
        <source>%1: task models %2 (local chats), %3 (external chats)</source>
        <translation>%1: 작업 모델 %2(로컬 채팅), %3(외부 채팅)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server&apos;s name, then its host</comment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Makes an Open WebUI server fast by setting up its task model.</source>
        <translation>작업 모델을 설정하여 Open WebUI 서버를 빠르게 만듭니다.</translation>
    </message>
    <message>
        <source>Open WebUI server to offer first.</source>
        <translation>처음에 제안할 Open WebUI 서버입니다.</translation>
    </message>
    <message>
        <source>Start in the system tray (used at login).</source>
        <translation>시스템 트레이에서 시작합니다(로그인 시 사용).</translation>
    </message>
    <message>
        <source>Log each request (status, time) and step to stderr, for bug reports; secrets are never logged.</source>
        <translation>버그 보고용으로 각 요청(상태, 시간)과 각 단계를 stderr에 기록합니다. 비밀 정보는 기록하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>tma::ApiReply</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>The server sends the assistant to %1. Use that address instead.</source>
        <translation>서버가 도우미를 %1(으)로 리디렉션합니다. 대신 그 주소를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>tma::ApplyPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Chats with local models</source>
        <translation>로컬 모델 채팅</translation>
    </message>
    <message>
        <source>Chats with external models</source>
        <translation>외부 모델 채팅</translation>
    </message>
    <message>
        <source>OpenAI-compatible connection</source>
        <translation>OpenAI 호환 연결</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(그대로)</translation>
    </message>
    <message>
        <source>The server already has these settings. Apply to test them anyway.</source>
        <translation>서버에 이미 이 설정이 적용되어 있습니다. 그래도 테스트하려면 적용하세요.</translation>
    </message>
    <message>
        <source>These settings will change (%1):</source>
        <translation>다음 설정이 변경됩니다(%1):</translation>
    </message>
    <message>
        <source>Test with the current settings</source>
        <translation>현재 설정으로 테스트</translation>
    </message>
    <message>
        <source>Back up the current settings</source>
        <translation>현재 설정 백업</translation>
    </message>
    <message>
        <source>Apply the new settings</source>
        <translation>새 설정 적용</translation>
    </message>
    <message>
        <source>Check that the server kept them</source>
        <translation>서버에 설정이 유지되었는지 확인</translation>
    </message>
    <message>
        <source>Test with the new settings</source>
        <translation>새 설정으로 테스트</translation>
    </message>
    <message>
        <source>Stopped. If the settings were being saved, check them in Open WebUI&apos;s admin panel.</source>
        <translation>중지했습니다. 설정을 저장하는 중이었다면 Open WebUI의 관리자 패널에서 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>변경 사항 없음</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>변경한 설정: %1개</translation>
    </message>
    <message>
        <source>Go back to the first page and sign in again; your choices are kept.</source>
        <translation>첫 페이지로 돌아가 다시 로그인하세요. 선택한 내용은 유지됩니다.</translation>
    </message>
    <message>
        <source>The settings were applied. The server has no chat model to run a test task with.</source>
        <translation>설정을 적용했습니다. 서버에 테스트 작업을 실행할 채팅 모델이 없습니다.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>%1 백업을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Putting back the settings from before…</source>
        <translation>이전 설정으로 되돌리는 중…</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>백업 %1</translation>
    </message>
    <message>
        <source>Undone: the server has its previous settings again.</source>
        <translation>되돌렸습니다. 서버가 이전 설정으로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>되돌리지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The provider key could not be kept in the keychain: %1</source>
        <translation>제공업체 키를 키체인에 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The list above now shows the server&apos;s current settings: apply again to put your choices on top of them.</source>
        <translation>위 목록에 서버의 현재 설정이 표시됩니다. 다시 적용하면 그 위에 선택한 내용이 반영됩니다.</translation>
    </message>
    <message>
        <source>Who may use %1</source>
        <translation>%1 사용 가능 대상</translation>
    </message>
    <message>
        <source>Not all users</source>
        <translation>일부 사용자만</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>All users may now use &quot;%1&quot;, so their chats get titles, tags and follow-ups too.</source>
        <translation>이제 모든 사용자가 &quot;%1&quot; 모델을 사용할 수 있어, 이 사용자들의 채팅에서도 제목, 태그, 후속 질문이 생성됩니다.</translation>
    </message>
    <message>
        <source>Put back who may use &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 모델을 사용할 수 있는 사용자를 이전대로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>%1, with the key you entered</source>
        <translation>%1(입력한 키 사용)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a step of the apply, and what it is doing or did</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>waiting for the server, %1 s so far</source>
        <translation>서버 응답 대기 중(%1초 경과)</translation>
    </message>
    <message>
        <source>%1, %2 s so far</source>
        <comment>what the step waits for, and how long</comment>
        <translation>%1(%2초 경과)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Stopped before anything was changed.</source>
        <translation>아무것도 변경하기 전에 중지했습니다.</translation>
    </message>
    <message>
        <source>reading back what the server holds</source>
        <translation>서버의 설정을 다시 읽는 중</translation>
    </message>
    <message>
        <source>Should it apply the save late after all, Undo puts the settings from before back.</source>
        <translation>서버가 뒤늦게 저장을 적용하더라도 &quot;되돌리기&quot;로 이전 설정을 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Check them in Open WebUI&apos;s admin panel (Admin Panel &gt; Settings &gt; Interface), or use Undo to put back the settings from before.</source>
        <translation>Open WebUI의 관리자 패널(관리자 패널 &gt; 설정 &gt; 인터페이스)에서 설정을 확인하거나, &quot;되돌리기&quot;를 사용해 이전 설정으로 되돌리세요.</translation>
    </message>
    <message>
        <source>The new settings are saved. The test was stopped before it finished.</source>
        <translation>새 설정이 저장되었습니다. 테스트는 완료되기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>chat speed test, message %1 of %2</source>
        <translation>채팅 속도 테스트, 메시지 %1/%2</translation>
    </message>
    <message>
        <source>First word of the answer</source>
        <translation>응답의 첫 단어</translation>
    </message>
    <message>
        <source>The assistant runs it twice: with the current settings, then with the new ones.</source>
        <translation>도우미가 이 테스트를 두 번 실행합니다. 현재 설정으로 한 번, 새 설정으로 한 번 실행합니다.</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, a local model</source>
        <translation>로컬 모델(%1) 채팅에서 제목 작업</translation>
    </message>
    <message>
        <source>a title task in a chat with %1, an external model</source>
        <translation>외부 모델(%1) 채팅에서 제목 작업</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>로컬 모델 채팅: 이제 %1 모델이 %2 만에 제목을 생성합니다(이전: %4 모델로 %3).</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2, instead of %3 from %4.</source>
        <translation>외부 모델 채팅: 이제 %1 모델이 %2 만에 제목을 생성합니다(이전: %4 모델로 %3).</translation>
    </message>
    <message>
        <source>Chats with local models: titles now come from %1 in %2.</source>
        <translation>로컬 모델 채팅: 이제 %1 모델이 %2 만에 제목을 생성합니다.</translation>
    </message>
    <message>
        <source>Chats with external models: titles now come from %1 in %2.</source>
        <translation>외부 모델 채팅: 이제 %1 모델이 %2 만에 제목을 생성합니다.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is turned off, so no test task ran.</source>
        <translation>로컬 모델 채팅: 제목 생성이 꺼져 있어 테스트 작업을 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is turned off, so no test task ran.</source>
        <translation>외부 모델 채팅: 제목 생성이 꺼져 있어 테스트 작업을 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>로컬 모델 채팅: 테스트 작업이 실패했습니다. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>외부 모델 채팅: 테스트 작업이 실패했습니다. %1</translation>
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
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Task Model Assistant</source>
        <translation>Task Model Assistant 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;Makes an Open WebUI server fast on modest hardware: it sets up the task model that writes chat titles, tags, follow-ups and search queries, and proves the gain with a real test.&lt;/p&gt;&lt;p&gt;Secrets are kept only in your system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Task Model Assistant %1&lt;/h3&gt;&lt;p&gt;사양이 높지 않은 하드웨어에서도 Open WebUI 서버를 빠르게 만듭니다. 채팅 제목, 태그, 후속 질문, 검색 쿼리를 생성하는 작업 모델을 설정하고 실제 테스트로 개선 효과를 확인합니다.&lt;/p&gt;&lt;p&gt;비밀 정보는 시스템 키체인에만 보관됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>시스템 언어(%1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>완료(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>tma::AutomationSwitches</name>
    <message>
        <source>%1 (not on this server version)</source>
        <translation>%1(이 서버 버전에는 없음)</translation>
    </message>
</context>
<context>
    <name>tma::ConfigApplier</name>
    <message>
        <source>The provider&apos;s API key is missing.</source>
        <translation>제공업체 API 키가 없습니다.</translation>
    </message>
    <message>
        <source>The task settings are empty.</source>
        <translation>작업 설정이 비어 있습니다.</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>백업을 저장할 수 없어 아무것도 변경하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>The server shows its connection keys masked, so they can&apos;t be written back safely. Add the connection in Admin Panel &gt; Settings &gt; Connections instead.</source>
        <translation>서버가 연결 키를 가려서 표시하므로 안전하게 다시 쓸 수 없습니다. 대신 관리자 패널 &gt; 설정 &gt; 연결에서 연결을 추가하세요.</translation>
    </message>
    <message>
        <source>The server did not answer the save in time, but reading its settings back %1 s later showed that they were saved.</source>
        <translation>서버가 저장 요청에 제시간에 응답하지 않았지만, %1초 후 설정을 다시 읽어 보니 저장되어 있었습니다.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and reading its settings back could not tell whether it was applied.</source>
        <translation>서버가 저장 요청에 응답하지 않았고, 설정을 다시 읽어도 적용되었는지 알 수 없었습니다.</translation>
    </message>
    <message>
        <source>The server did not answer the save, and %1 s later it still held its previous settings.</source>
        <translation>서버가 저장 요청에 응답하지 않았고, %1초 후에도 이전 설정을 그대로 유지하고 있었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not changed.</source>
        <translation>서버의 설정은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s settings may have changed.</source>
        <translation>서버의 설정이 변경되었을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>tma::ConnectPage</name>
    <message>
        <source>Warning: this address uses plain http to another computer, so your password or key would travel unencrypted. Use https:// if the server offers it.</source>
        <translation>경고: 이 주소는 다른 컴퓨터에 일반 http로 연결하므로 비밀번호나 키가 암호화되지 않은 채 전송됩니다. 서버가 지원한다면 https://를 사용하세요.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Found %1 at %2.</source>
        <translation>%2에서 %1을(를) 찾았습니다.</translation>
    </message>
    <message>
        <source>No Open WebUI answered on this computer (ports 3000 and 8080). Enter your server&apos;s address.</source>
        <translation>이 컴퓨터에서 응답하는 Open WebUI가 없습니다(포트 3000 및 8080). 서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Looking for Open WebUI on this computer…</source>
        <translation>이 컴퓨터에서 Open WebUI를 찾는 중…</translation>
    </message>
    <message>
        <source>Enter the email and password of an admin account.</source>
        <translation>관리자 계정의 이메일과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>An Open WebUI API key starts with &quot;sk-&quot;.</source>
        <translation>Open WebUI API 키는 &quot;sk-&quot;로 시작합니다.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>서버에 연결하는 중…</translation>
    </message>
    <message>
        <source>Reading the server&apos;s version…</source>
        <translation>서버 버전을 확인하는 중…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Checking that the account is an admin…</source>
        <translation>계정이 관리자인지 확인하는 중…</translation>
    </message>
    <message>
        <source>Looking for your saved sign-in in the keychain…</source>
        <translation>키체인에서 저장된 로그인 정보를 찾는 중…</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>저장된 로그인 정보가 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Signing in with your saved session…</source>
        <translation>저장된 세션으로 로그인하는 중…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>중지했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin) on %2.</source>
        <translation>%2에 관리자 %1 계정으로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Your sign-in could not be kept in the keychain: %1</source>
        <translation>로그인 정보를 키체인에 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Certificate: %1
Issued by: %2
SHA-256: %3
Problem: %4</source>
        <translation>인증서: %1
발급자: %2
SHA-256: %3
문제: %4</translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before for this server (SHA-256 %1). Only trust the new one if you know why it changed.</source>
        <translation>경고: 이 서버에 대해 이전에 신뢰한 인증서(SHA-256 %1)가 아닙니다. 변경된 이유를 아는 경우에만 새 인증서를 신뢰하세요.</translation>
    </message>
    <message>
        <source>Enter the LDAP user name and password of an admin account.</source>
        <translation>관리자 계정의 LDAP 사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The assistant no longer knows %1. Its backups are kept.</source>
        <translation>도우미에서 %1 정보를 삭제했습니다. 백업은 유지됩니다.</translation>
    </message>
    <message>
        <source>The server could not be forgotten: %1</source>
        <translation>서버 정보를 삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>tma::Connector</name>
    <message>
        <source>Enter your email and password, or an API key.</source>
        <translation>이메일과 비밀번호 또는 API 키를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 has the role &quot;%2&quot;.</source>
        <translation>%1의 역할은 &quot;%2&quot;입니다.</translation>
    </message>
    <message>
        <source>Enter your LDAP user name and password.</source>
        <translation>LDAP 사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>tma::ContentionTest</name>
    <message>
        <source>The answer had no text.</source>
        <translation>응답에 텍스트가 없었습니다.</translation>
    </message>
</context>
<context>
    <name>tma::FilterField</name>
    <message>
        <source>Type part of a model&apos;s name to filter the list</source>
        <translation>모델 이름의 일부를 입력해 목록을 필터링하세요</translation>
    </message>
    <message>
        <source>Filter the models by name</source>
        <translation>이름으로 모델 필터링</translation>
    </message>
</context>
<context>
    <name>tma::HostedPanel</name>
    <message>
        <source>Verify the key again after a change.</source>
        <translation>키를 변경한 후에는 다시 확인하세요.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s API key first.</source>
        <translation>먼저 제공업체 API 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Asking the server to connect to %1…</source>
        <translation>서버에 %1 연결을 요청하는 중…</translation>
    </message>
    <message>
        <source>Verified: the server reached %1. Models offered: %2.</source>
        <translation>확인됨: 서버가 %1에 연결했습니다. 제공되는 모델: %2개.</translation>
    </message>
    <message>
        <source>Warning: plain http sends the provider key unencrypted from your server to %1.</source>
        <translation>경고: 암호화되지 않은 http를 사용하면 제공업체 키가 서버에서 %1(으)로 암호화 없이 전송됩니다.</translation>
    </message>
    <message>
        <source>The provider does not offer &quot;%1&quot;. Choose one of the models it lists: type part of a name to find it.</source>
        <translation>제공업체가 &quot;%1&quot; 모델을 제공하지 않습니다. 제공업체 목록에 있는 모델 중 하나를 선택하세요. 이름의 일부를 입력하면 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>The provider did not list its models, so &quot;%1&quot; can&apos;t be checked here. Make sure the name is exactly right.</source>
        <translation>제공업체가 모델 목록을 제공하지 않아 여기서는 &quot;%1&quot; 모델을 확인할 수 없습니다. 이름이 정확한지 확인하세요.</translation>
    </message>
    <message>
        <source>Type part of a model&apos;s name to find it</source>
        <translation>모델 이름의 일부를 입력해 찾으세요</translation>
    </message>
</context>
<context>
    <name>tma::KeychainSecretStore</name>
    <message>
        <source>No keychain is available. On Linux, install and start a Secret Service such as GNOME Keyring or KWallet; the assistant never stores secrets in plain text.</source>
        <translation>사용할 수 있는 키체인이 없습니다. Linux에서는 GNOME Keyring이나 KWallet 같은 Secret Service를 설치하고 실행하세요. 도우미는 비밀 정보를 일반 텍스트로 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (or allow the assistant) and try again.</source>
        <translation>키체인이 액세스를 거부했습니다. 키체인 잠금을 해제하거나 도우미를 허용한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The keychain could not be used: %1. On Linux, a Secret Service such as GNOME Keyring must be running.</source>
        <translation>키체인을 사용할 수 없습니다: %1. Linux에서는 GNOME Keyring 같은 Secret Service가 실행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>키체인에서 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked: unlock it and try again.</source>
        <translation>키체인이 제시간에 응답하지 않았습니다. 잠겨 있을 수 있으니 잠금을 해제한 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>tma::LocalModelPanel</name>
    <message>
        <source>Recommended</source>
        <translation>권장</translation>
    </message>
    <message>
        <source>Reasoning model: slow for tasks</source>
        <translation>추론 모델: 작업 처리가 느림</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>소형</translation>
    </message>
    <message>
        <source>Large: slow for tasks</source>
        <translation>대형: 작업 처리가 느림</translation>
    </message>
    <message>
        <source>This server has no local models yet. Download a small one below.</source>
        <translation>이 서버에는 아직 로컬 모델이 없습니다. 아래에서 작은 모델을 다운로드하세요.</translation>
    </message>
    <message>
        <source>None of the server&apos;s local models is small. Download a lightweight one such as qwen2.5:3b below.</source>
        <translation>서버의 로컬 모델 중 작은 모델이 없습니다. 아래에서 qwen2.5:3b 같은 경량 모델을 다운로드하세요.</translation>
    </message>
    <message>
        <source>Select the model that should do the background tasks.</source>
        <translation>백그라운드 작업을 수행할 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>이제 서버에서 %1을(를) 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2</source>
        <translation>%1 다운로드에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>Starting the download of %1…</source>
        <translation>%1 다운로드를 시작하는 중…</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>다운로드를 중지했습니다.</translation>
    </message>
    <message>
        <source>This server has no local models.</source>
        <translation>이 서버에는 로컬 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Ollama is turned off on this server (Admin Panel &gt; Settings &gt; Connections), so models can&apos;t be downloaded here.</source>
        <translation>이 서버에서 Ollama가 꺼져 있어(관리자 패널 &gt; 설정 &gt; 연결) 여기서는 모델을 다운로드할 수 없습니다.</translation>
    </message>
    <message>
        <source>No model&apos;s name contains &quot;%1&quot;.</source>
        <translation>이름에 &quot;%1&quot; 검색어가 포함된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 models match &quot;%3&quot;.</source>
        <translation>모델 %2개 중 %1개가 &quot;%3&quot; 검색어와 일치합니다.</translation>
    </message>
    <message>
        <source>%1 is still listed because it is selected, although its name does not match.</source>
        <translation>%1은(는) 이름이 일치하지 않지만 선택되어 있어 목록에 계속 표시됩니다.</translation>
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
        <translation>다운로드가 완료되기 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>Ollama could not download %1: %2</source>
        <translation>Ollama가 %1을(를) 다운로드하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>진행 상황 정보가 없습니다</translation>
    </message>
    <message>
        <source>Ollama now has %1, but Open WebUI does not list it: its Ollama connection offers only a chosen list of models. Add %1 to the connection&apos;s model IDs in Admin Panel &gt; Settings &gt; Connections, or choose a model it lists.</source>
        <translation>Ollama에는 이제 %1 모델이 있지만 Open WebUI 목록에는 없습니다. Ollama 연결이 선택한 모델 목록만 제공하기 때문입니다. 관리자 패널 &gt; 설정 &gt; 연결에서 연결의 모델 ID에 %1 모델을 추가하거나, 목록에 있는 모델을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>tma::ModelSharer</name>
    <message>
        <source>No backup could be written, so nothing was changed. %1</source>
        <translation>백업을 저장할 수 없어 아무것도 변경하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>The server did not make &quot;%1&quot; available to all users. Set Admin Panel &gt; Settings &gt; Models &gt; %1 &gt; Visibility to Public.</source>
        <translation>서버가 &quot;%1&quot; 모델을 모든 사용자에게 공개하지 않았습니다. 관리자 패널 &gt; 설정 &gt; 모델 &gt; %1 &gt; 공개 범위를 공개로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>tma::ProviderVerifier</name>
    <message>
        <source>The provider %1 refused the API key. Check the key and try again.</source>
        <translation>제공업체 %1에서 API 키를 거부했습니다. 키를 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server could not reach the provider %1: %2</source>
        <translation>서버가 제공업체 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The provider %1 refused the request. Check the key and try again.</source>
        <translation>제공업체 %1에서 요청을 거부했습니다. 키를 확인한 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>tma::SavedServerSessions</name>
    <message>
        <source>This server is not set up in the assistant.</source>
        <translation>이 서버는 도우미에 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1: open the assistant to sign in.</source>
        <translation>%1에 저장된 로그인 정보가 없습니다. 도우미를 열어 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>tma::StrategyPage</name>
    <message>
        <source>Reading the server&apos;s task settings and models…</source>
        <translation>서버의 작업 설정과 모델을 읽는 중…</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>현재 모델(각 채팅에서 사용하는 모델)</translation>
    </message>
    <message>
        <source>Task model for chats with local models: %1</source>
        <translation>로컬 모델 채팅용 작업 모델: %1</translation>
    </message>
    <message>
        <source>Task model for chats with external models: %1</source>
        <translation>외부 모델 채팅용 작업 모델: %1</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>켬: %1</translation>
    </message>
    <message>
        <source>Off: %1</source>
        <translation>끔: %1</translation>
    </message>
    <message>
        <source>Models on the server: %1 local, %2 external.</source>
        <translation>서버의 모델: 로컬 %1개, 외부 %2개.</translation>
    </message>
    <message>
        <source>Automations to keep (unchecked ones are turned off)</source>
        <translation>유지할 자동화 기능(선택 해제한 항목은 꺼짐)</translation>
    </message>
    <message>
        <source>Automations (optional: also turn some off)</source>
        <translation>자동화 기능(선택 사항: 일부를 끌 수도 있음)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>Note: without titles, every chat in the sidebar is called &quot;New Chat&quot;.</source>
        <translation>참고: 제목이 없으면 사이드바의 모든 채팅 이름이 &quot;새 채팅&quot;이 됩니다.</translation>
    </message>
    <message>
        <source>The task settings or the models could not be read: %1</source>
        <translation>작업 설정 또는 모델을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; will be made available to all users. The backup taken before the change can undo it.</source>
        <translation>참고: &quot;%1&quot; 모델을 모든 사용자가 사용할 수 있게 됩니다. 변경 전에 만드는 백업으로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>tma::TaskProbe</name>
    <message>
        <source>The answer has no model or content.</source>
        <translation>응답에 모델 또는 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>tma::TaskSlotsPanel</name>
    <message>
        <source>Open WebUI picks the task model by the model a user chats with: chats with a local (Ollama) model use the first, all other chats the second. Set both to the same model to use it everywhere.</source>
        <translation>Open WebUI는 사용자가 채팅하는 모델에 따라 작업 모델을 선택합니다. 로컬(Ollama) 모델과의 채팅에는 첫 번째, 그 밖의 모든 채팅에는 두 번째 모델이 사용됩니다. 어디서나 같은 모델을 사용하려면 두 항목을 같은 모델로 설정하세요.</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;local models (TASK_MODEL):</source>
        <translation>로컬 모델 채팅용 작업 모델(TASK_MODEL)(&amp;L):</translation>
    </message>
    <message>
        <source>Task model for chats with &amp;external models (TASK_MODEL_EXTERNAL):</source>
        <translation>외부 모델 채팅용 작업 모델(TASK_MODEL_EXTERNAL)(&amp;E):</translation>
    </message>
    <message>
        <source>Local Task Model</source>
        <translation>로컬 작업 모델</translation>
    </message>
    <message>
        <source>External Task Model</source>
        <translation>외부 작업 모델</translation>
    </message>
    <message>
        <source>Current Model (each chat&apos;s own model)</source>
        <translation>현재 모델(각 채팅에서 사용하는 모델)</translation>
    </message>
    <message>
        <source>%1 (Local)</source>
        <translation>%1(로컬)</translation>
    </message>
    <message>
        <source>%1 (after applying)</source>
        <translation>%1(적용 후 사용 가능)</translation>
    </message>
    <message>
        <source>&amp;Find a model:</source>
        <translation>모델 검색(&amp;F):</translation>
    </message>
</context>
<context>
    <name>tma::TimingChart</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 (after: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1(적용 후: %2)</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <comment>a bar of the chart: the time, then the model</comment>
        <translation>%1(적용 전: %2)</translation>
    </message>
    <message>
        <source>After: not measured.</source>
        <translation>적용 후: 측정 안 됨.</translation>
    </message>
    <message>
        <source>Before: not measured.</source>
        <translation>적용 전: 측정 안 됨.</translation>
    </message>
</context>
<context>
    <name>tma::TrayController</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>로그인 시 시작</translation>
    </message>
    <message>
        <source>Could not switch to &quot;%1&quot;</source>
        <translation>전환하지 못했습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The provider&apos;s key is not in the keychain: open the assistant to enter it.</source>
        <translation>제공업체 키가 키체인에 없습니다. 도우미를 열어 입력하세요.</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>이미 사용 중: %1</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>전환 완료: %1</translation>
    </message>
    <message>
        <source>Check the settings in the assistant.</source>
        <translation>도우미에서 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>테스트 실패</translation>
    </message>
    <message>
        <source>Test passed</source>
        <translation>테스트 통과</translation>
    </message>
    <message>
        <source>Test found a problem</source>
        <translation>테스트에서 문제가 발견되었습니다</translation>
    </message>
    <message>
        <source>The preset was not saved</source>
        <translation>프리셋이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Preset saved</source>
        <translation>프리셋을 저장했습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Server forgotten</source>
        <translation>서버 정보를 삭제했습니다</translation>
    </message>
    <message>
        <source>%1 is no longer in the assistant. Its backups are kept.</source>
        <translation>%1 정보가 도우미에서 삭제되었습니다. 백업은 유지됩니다.</translation>
    </message>
    <message>
        <source>Could not forget %1</source>
        <translation>%1 정보를 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Chats with local models: %1 wrote a title in %2.</source>
        <translation>로컬 모델 채팅: %1 모델이 %2 만에 제목을 생성했습니다.</translation>
    </message>
    <message>
        <source>Chats with external models: %1 wrote a title in %2.</source>
        <translation>외부 모델 채팅: %1 모델이 %2 만에 제목을 생성했습니다.</translation>
    </message>
    <message>
        <source>Chats with local models: title generation is off.</source>
        <translation>로컬 모델 채팅: 제목 생성이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Chats with external models: title generation is off.</source>
        <translation>외부 모델 채팅: 제목 생성이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Chats with local models: the test task failed. %1</source>
        <translation>로컬 모델 채팅: 테스트 작업이 실패했습니다. %1</translation>
    </message>
    <message>
        <source>Chats with external models: the test task failed. %1</source>
        <translation>외부 모델 채팅: 테스트 작업이 실패했습니다. %1</translation>
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
        <translation>데스크톱에 시스템 트레이가 없어 도우미 메뉴를 여기에 표시합니다.</translation>
    </message>
    <message>
        <source>Strategies and actions</source>
        <translation>전략 및 동작</translation>
    </message>
</context>
<context>
    <name>tma::cli::CliRunner</name>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Sign in again with: task-model-assistant-cli login --server %1</source>
        <translation>다음 명령으로 다시 로그인하세요: task-model-assistant-cli login --server %1</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>인증서: %1, 발급자: %2, SHA-256: %3</translation>
    </message>
    <message>
        <source>Run task-model-assistant-cli --help for usage.</source>
        <translation>사용법은 task-model-assistant-cli --help로 확인하세요.</translation>
    </message>
    <message>
        <source>Which server? Give --server URL or set OWUI_URL.</source>
        <translation>서버가 지정되지 않았습니다. --server URL을 지정하거나 OWUI_URL을 설정하세요.</translation>
    </message>
    <message>
        <source>Open WebUI API key: </source>
        <translation>Open WebUI API 키: </translation>
    </message>
    <message>
        <source>--api-key-stdin was given but no key was read from stdin.</source>
        <translation>--api-key-stdin 옵션이 지정되었지만 stdin에서 키를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Provider API key: </source>
        <translation>제공업체 API 키: </translation>
    </message>
    <message>
        <source>--provider-key-stdin was given but no key was read from stdin.</source>
        <translation>--provider-key-stdin 옵션이 지정되었지만 stdin에서 키를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Warning: %1 uses plain http: the password or key travels unencrypted.</source>
        <translation>경고: %1은(는) 일반 http를 사용하므로 비밀번호나 키가 암호화되지 않은 채 전송됩니다.</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>이메일: </translation>
    </message>
    <message>
        <source>login needs --email (or an API key from --api-key-stdin / OWUI_API_KEY).</source>
        <translation>login 명령에는 --email 옵션(또는 --api-key-stdin / OWUI_API_KEY로 전달한 API 키)이 필요합니다.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>No password was read from stdin.</source>
        <translation>stdin에서 비밀번호를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Run: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (or set OWUI_API_KEY).</source>
        <translation>%1에 로그인되어 있지 않습니다. 다음을 실행하세요: task-model-assistant-cli login --server %1 --email YOU@EXAMPLE.COM (또는 OWUI_API_KEY 설정)</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Run: task-model-assistant-cli login --server %2</source>
        <translation>키체인에 %1의 저장된 로그인 정보가 없습니다. 다음을 실행하세요: task-model-assistant-cli login --server %2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령입니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (admin).</source>
        <translation>%1에 관리자 %2 계정으로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Nothing was saved (--no-keychain).</source>
        <translation>아무것도 저장하지 않았습니다(--no-keychain).</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the session: %1</source>
        <translation>로그인했지만 키체인에 세션을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain.</source>
        <translation>세션은 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Built-in presets:</source>
        <translation>기본 제공 프리셋:</translation>
    </message>
    <message>
        <source>  local    %1 (choose the model with --model; shown: the guide&apos;s recommendation)</source>
        <translation>  local    %1(--model로 모델 선택, 표시된 모델: 가이드 권장 모델)</translation>
    </message>
    <message>
        <source>  hosted   %1 (choose with --provider-url and --model)</source>
        <translation>  hosted   %1(--provider-url과 --model로 선택)</translation>
    </message>
    <message>
        <source>Your presets:</source>
        <translation>내 프리셋:</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>아직 %1의 백업이 없습니다.</translation>
    </message>
    <message>
        <source>  (original)</source>
        <translation>  (원래 설정)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>apply needs a preset: local, hosted, quiet or one of yours.</source>
        <translation>apply에는 프리셋을 지정하세요: local, hosted, quiet 또는 직접 저장한 프리셋.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 프리셋이 없습니다.</translation>
    </message>
    <message>
        <source>The provider key for %1 is not in the keychain.</source>
        <translation>%1의 제공업체 키가 키체인에 없습니다.</translation>
    </message>
    <message>
        <source>Unknown automation &quot;%1&quot; in --also-off.</source>
        <translation>--also-off에 알 수 없는 자동화 기능이 있습니다: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Using %1, a recommended lightweight model this server has.</source>
        <translation>이 서버에 있는 권장 경량 모델 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Choose the task model with --model. Local models on this server: %1. Or download a recommended one first: task-model-assistant-cli pull qwen2.5:3b</source>
        <translation>--model로 작업 모델을 선택하세요. 이 서버의 로컬 모델: %1. 또는 먼저 권장 모델을 다운로드하세요: task-model-assistant-cli pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>apply hosted needs --model, for example --model %1.</source>
        <translation>apply hosted에는 --model 옵션이 필요합니다(예: --model %1).</translation>
    </message>
    <message>
        <source>--provider-url must start with https:// or http://.</source>
        <translation>--provider-url은 https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY.</source>
        <translation>제공업체 API 키가 필요합니다: --provider-key-stdin 또는 TASK_PROVIDER_API_KEY</translation>
    </message>
    <message>
        <source>The provider&apos;s API key is needed: --provider-key-stdin or TASK_PROVIDER_API_KEY (it is then kept in the keychain).</source>
        <translation>제공업체 API 키가 필요합니다: --provider-key-stdin 또는 TASK_PROVIDER_API_KEY(입력한 키는 키체인에 보관됩니다)</translation>
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation>현재 설정을 읽는 중…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Adding the connection…</source>
        <translation>연결을 추가하는 중…</translation>
    </message>
    <message>
        <source>Checking the models…</source>
        <translation>모델을 확인하는 중…</translation>
    </message>
    <message>
        <source>Saving the new settings…</source>
        <translation>새 설정을 저장하는 중…</translation>
    </message>
    <message>
        <source>Checking that they were kept…</source>
        <translation>설정이 유지되었는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Warning: the provider key could not be kept in the keychain: %1</source>
        <translation>경고: 제공업체 키를 키체인에 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>pull needs a model name, for example: pull qwen2.5:3b</source>
        <translation>pull에는 모델 이름이 필요합니다. 예: pull qwen2.5:3b</translation>
    </message>
    <message>
        <source>%1 is ready on the server.</source>
        <translation>이제 서버에서 %1을(를) 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Downloading %1 failed.</source>
        <translation>%1 다운로드에 실패했습니다.</translation>
    </message>
    <message>
        <source>The server does not list the chat model &quot;%1&quot;.</source>
        <translation>서버 목록에 &quot;%1&quot; 채팅 모델이 없습니다.</translation>
    </message>
    <message>
        <source>the original settings</source>
        <translation>원래 설정</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>최신 백업</translation>
    </message>
    <message>
        <source>There is no backup to restore (%1) for %2.</source>
        <translation>%2에 복원할 백업(%1)이 없습니다.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>백업 %1</translation>
    </message>
    <message>
        <source>before applying %1</source>
        <translation>%1 적용 전</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>직접 만듦</translation>
    </message>
    <message>
        <source>Trying the provider with one short request…</source>
        <translation>짧은 요청 하나로 제공업체를 시험하는 중…</translation>
    </message>
    <message>
        <source>The server&apos;s models could not be read, so the task models were not checked. %1</source>
        <translation>서버의 모델 목록을 읽을 수 없어 작업 모델을 확인하지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Updating who may use the task model…</source>
        <translation>작업 모델을 사용할 수 있는 사용자를 업데이트하는 중…</translation>
    </message>
    <message>
        <source>Then sign in with: task-model-assistant-cli login --server %1 --api-key-stdin</source>
        <translation>그런 다음 아래 명령으로 로그인하세요: task-model-assistant-cli login --server %1 --api-key-stdin</translation>
    </message>
    <message>
        <source>LDAP user name: </source>
        <translation>LDAP 사용자 이름: </translation>
    </message>
    <message>
        <source>login --ldap needs --user NAME, your LDAP user name.</source>
        <translation>login --ldap에는 LDAP 사용자 이름을 지정하는 --user NAME이 필요합니다.</translation>
    </message>
    <message>
        <source>LDAP password for %1: </source>
        <translation>%1의 LDAP 비밀번호: </translation>
    </message>
    <message>
        <source>To sign in with LDAP: task-model-assistant-cli login --server %1 --ldap --user NAME</source>
        <translation>LDAP으로 로그인하려면: task-model-assistant-cli login --server %1 --ldap --user NAME</translation>
    </message>
    <message>
        <source>Stopped before anything on the server was changed.</source>
        <translation>서버에서 아무것도 변경하기 전에 중지했습니다.</translation>
    </message>
    <message>
        <source>Stopped while saving: the server may already hold some or all of the new settings.</source>
        <translation>저장 중에 중지했습니다. 서버에 새 설정의 일부 또는 전부가 이미 적용되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Check them with: status</source>
        <translation>다음 명령으로 확인하세요: status</translation>
    </message>
    <message>
        <source>Check them with: status. To put back the settings from before: restore %1</source>
        <translation>다음 명령으로 확인하세요: status. 이전 설정으로 되돌리려면: restore %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Reading back what the server holds after the save…</source>
        <translation>저장 후 서버의 설정을 다시 읽는 중…</translation>
    </message>
    <message>
        <source>Should it apply the save late after all: restore %1</source>
        <translation>서버가 뒤늦게 저장을 적용하면 다음 명령으로 이전 설정을 복원하세요: restore %1</translation>
    </message>
    <message>
        <source>forget needs the server to forget: --server URL.</source>
        <translation>forget에는 정보를 삭제할 서버를 지정하는 --server URL이 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is not a saved server: there is nothing to forget.</source>
        <translation>%1은(는) 저장된 서버가 아니므로 삭제할 정보가 없습니다.</translation>
    </message>
    <message>
        <source>forget removes the server&apos;s sign-in from the keychain: it cannot run with --no-keychain.</source>
        <translation>forget은 키체인에서 서버의 로그인 정보를 삭제하므로 --no-keychain과 함께 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Forgot %1: its profile, the presets remembered for it and its sign-in in the keychain are removed. Its backups are kept (list them with: backups --server %1).</source>
        <translation>%1 정보를 삭제했습니다. 프로필, 이 서버용으로 기억한 프리셋, 키체인의 로그인 정보가 삭제되었습니다. 백업은 유지됩니다(목록을 보려면: backups --server %1).</translation>
    </message>
    <message>
        <source>The sign-in of %1 could not be removed from the keychain, so the server is kept: %2</source>
        <translation>키체인에서 %1의 로그인 정보를 삭제할 수 없어 서버 정보를 유지합니다: %2</translation>
    </message>
    <message>
        <source>Chat speed test: message %1 of %2…</source>
        <translation>채팅 속도 테스트: 메시지 %1/%2…</translation>
    </message>
    <message>
        <source>Backup %1 of the original settings saved in %2.</source>
        <translation>%2에 원래 설정의 백업을 저장했습니다(%1).</translation>
    </message>
    <message>
        <source>Backup %1 saved in %2.</source>
        <translation>%2에 백업을 저장했습니다(%1).</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, a local model…</source>
        <translation>로컬 모델(%1) 채팅에서 제목 작업을 실행하는 중…</translation>
    </message>
    <message>
        <source>Running a title task in a chat with %1, an external model…</source>
        <translation>외부 모델(%1) 채팅에서 제목 작업을 실행하는 중…</translation>
    </message>
</context>
</TS>
