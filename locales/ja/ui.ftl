## 日本語 — ui.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The wizard (ui/src/i18n.ts builds its screens' words from these).

ui-app-name = つなぐ
ui-app-tagline = メール設定の確認
ui-switch-lang = English
    .label = Switch to English
ui-demo-banner = デモモード: このパソコンの中の練習用メールサーバーを使っています。
ui-back = 戻る
ui-next = 次へ
ui-step = { $n } / { $of }

## Screen 1: the situation.

ui-situation-title = どうしましたか？
ui-situation-lead = いちばん近いものを選んでください。
ui-situation-new-device =
    .title = 新しい機器で使いたい
    .detail = 新しいパソコンやスマートフォンにメールを設定する
ui-situation-cant-receive =
    .title = メールが届かない
    .detail = 受信できない、来るはずのメールが見当たらない
ui-situation-cant-send =
    .title = メールが送れない
    .detail = 送信するとエラーになる、相手に届かない
ui-situation-gmail =
    .title = Gmailで読みたい
    .detail = プロバイダーのメールを Gmail で読み書きしたい

## Screen 2: the address and the password.

ui-account-title = メールアドレスとパスワード
ui-account-lead = 設定したいメールアドレスと、そのメールのパスワードを入れてください。
ui-address-label = メールアドレス
ui-address-hint = 例: taro@example.ne.jp（全角で入れても大丈夫です）
ui-read-as = 次のように読み取りました:
ui-password-label = メールのパスワード
ui-password-hint = パソコンやスマートフォン（Apple アカウント、Google アカウント）のパスワードではなく、プロバイダーから届いた書類にあるメール用のパスワードです。
ui-show-password = パスワードを表示する
ui-remember = このパソコンにパスワードを保存する（次回から入力不要）
ui-forget = 保存したパスワードを消す
ui-forgotten = 保存したパスワードを消しました。
ui-recalled = 保存してあったパスワードを入れました。
ui-no-password = パスワードを入れないと、サーバーにつながるかだけを確認します（ログインは確かめません）。
ui-provider-found = プロバイダー
ui-password-called = パスワードの呼び方
ui-password-where = 書いてある場所
ui-open-page-webmail = Webメールを開く
ui-open-page-management = 会員ページを開く
ui-open-page-password-reset = パスワードを忘れたとき
ui-app-password-note = このサービスでは、メールアプリ用の専用パスワード（アプリパスワード）が必要です。
ui-imap-paid-note = このプロバイダーでは IMAP が有料のオプションのことがあります。
ui-unknown-provider = このドメインの情報は内蔵されていません。よくある設定を順番に確かめます。

## Screen 3: the apps, POP or IMAP, the settings the app has now.

ui-devices-title = どのアプリで使いますか？
ui-devices-lead = 使っている（使いたい）アプリをすべて選んでください。
ui-client-iphone = iPhone / iPad の「メール」
ui-client-android-gmail = Android の Gmail アプリ
ui-client-outlook-new = Outlook（新しい Outlook）
ui-client-outlook-classic = Outlook（クラシック / 2016〜2024）
ui-client-windows-mail = Windows の「メール」
ui-client-mac-mail = Mac の「メール」
ui-client-thunderbird = Thunderbird
ui-client-gmail-web = Gmail（ウェブ）
ui-pick-one = アプリを1つ以上選んでください。
ui-protocol-title = 受け取り方を決める3つの質問
ui-protocol-lead = 答えると、POP と IMAP のどちらが合うかをお知らせします（答えなくても進めます）。
ui-q-devices = このメールを読む機器（パソコン・スマートフォン・タブレット）は何台ですか？
ui-q-devices-one = 1台だけ
ui-q-devices-many = 2台以上
ui-q-keep-all = 1台のパソコンに、すべてのメールを残しておく必要がありますか？
ui-yes = はい
ui-no = いいえ
ui-q-manage = メールをどこで管理したいですか？
ui-manage-one-pc = 1台のパソコンで
ui-manage-anywhere = どの機器でも同じに
ui-manage-not-sure = わからない
ui-advice = おすすめは { $protocol } です。
ui-now-title = いまアプリに入っている設定と比べる（入れなくても大丈夫です）
ui-now-lead = アプリの設定画面に出ている値を、わかるところだけ入れてください。直すところに印をつけます。
ui-now-field-incoming-host = 受信サーバー
ui-now-field-incoming-port = 受信ポート
ui-now-field-incoming-security = 受信の暗号化（SSL）
ui-now-field-incoming-username = 受信のユーザー名
ui-now-field-outgoing-host = 送信サーバー
ui-now-field-outgoing-port = 送信ポート
ui-now-field-outgoing-security = 送信の暗号化（SSL）
ui-security-unknown = わからない／空欄
ui-security-tls = SSL/TLS
ui-security-starttls = STARTTLS
ui-security-none = なし（暗号化しない）
ui-compare-button = 比べる
ui-read-current = このコンピューターから設定を読み取る
ui-read-current-lead = Thunderbird と従来の Outlook の設定を、このコンピューターから読み取って比べます（読むだけで、何も変えません。パスワードは読みません）。
ui-read-current-use = この設定で比べる
ui-changes-title = 直すところ（今の値 → 正しい値）
ui-no-changes = 入れた値は正しい設定と同じです。直すところはありません。
ui-change-mark = 直す
ui-start-check = 確認を始める

## Screen 4: the live check.

ui-check-title = サーバーを確認しています
ui-check-lead = メールサーバーに実際につないで、1つずつ確かめています。
ui-elapsed = { $seconds }秒経過
ui-cancel = 中止する
ui-cancelled = 確認を中止しました。
ui-planning = 確認するサーバーを探しています…
ui-column-connect = 接続
ui-column-encryption = 暗号化
ui-column-answer = 応答
ui-column-login = ログイン
ui-column-final = 最終確認
ui-row-header = サーバー
ui-status-header = 状態
ui-protocol-imap = 受信 (IMAP)
ui-protocol-pop3 = 受信 (POP)
ui-protocol-smtp = 送信 (SMTP)
ui-waiting = 待っています
ui-running = 確認中…
ui-ok = OK
ui-skipped = 確認せず
ui-cell-ok = できた
ui-cell-failed = できなかった
ui-cell-running = 確認中
ui-cell-pending = まだ
ui-failure-dns-not-found = サーバー名が見つからない
ui-failure-connect-refused = 接続を断られた
ui-failure-connect-timeout = 応答がない
ui-failure-tls-handshake-failed = 暗号化の開始に失敗
ui-failure-tls-untrusted = 証明書が信頼できない
ui-failure-tls-hostname-mismatch = 証明書の名前が違う
ui-failure-tls-expired = 証明書の期限切れ
ui-failure-starttls-unavailable = 暗号化に対応していない
ui-failure-greeting-timeout = サーバーが応答しない
ui-failure-read-timeout = 途中で応答が止まった
ui-failure-protocol-error = サーバーの応答が正しくない
ui-failure-login-failed = パスワードかユーザー名が違う
ui-failure-login-mechanism-unsupported = ログイン方式が合わない
ui-failure-plaintext-refused = 暗号化しないとパスワードを送れない
ui-failure-submit-rejected = 送信を断られた
ui-failure-tls-required = 暗号化しないとログインできない
ui-failure-login-temporarily-failed = 一時的にログインできない
ui-failure-mailbox-in-use = ほかの機器が受信中
ui-failure-login-not-allowed = このログインは許可されていない
ui-failure-server-error = サーバー側のエラー

## Screen 5: the result.

ui-result-title = 確認の結果
ui-causes-title = 原因とすること
ui-evidence = 調べた内容（サポート向け）
ui-settings-title = アプリに入れる設定
ui-copy = コピー
ui-copy-label = { $label }をコピー
ui-copied = コピーしました: { $value }
ui-copied-short = コピーしました
ui-primary-actions = すること（上から順に）
ui-others-title = ほかに見つかったこと
ui-details-title = くわしい内容（{ $count }件）
ui-checked-title = サーバーごとの確認の結果
ui-verified-but-login = サーバー名・ポート番号・暗号化は、実際につないで確かめました。パスワードが通るかは、パスワードを直してからもう一度確かめてください。
ui-focus-here = { $what }は、ここから確かめてください。
ui-focus-what-cant-send = 送信の設定
ui-focus-what-cant-receive = 受信の設定
ui-earlier-steps = アカウントを最初から作るときの手順（{ $count ->
        [1] 1
       *[other] 1〜{ $count }
    }）
ui-pick-one-hint = アプリを1つ以上選ぶと、確認を始められます。
ui-devices-cross-check = 選んだアプリは{ $count }台の機器のものなので、「2台以上」として考えました。
ui-demo-title = 練習用のアカウント（押すと入力されます）
ui-demo-case-normal = 正しく設定できる
ui-demo-case-wrong-password = パスワードが違う
ui-demo-case-imap-denied = IMAP が使えない（POP だけ使える）
ui-demo-case-quota-full = メールボックスがいっぱい
ui-demo-case-port25 = 25番ポートが止められている（「メールが送れない」で試す）
ui-demo-chosen = 練習用のアカウント「{ $what }」を入れました。
ui-saving = 保存の画面を開いています…
ui-copy-failed = コピーできませんでした。
ui-unverified = この設定は実際の接続で確かめられていません。
ui-no-settings = 使える設定が見つかりませんでした。上の「すること」を先に行ってください。
ui-profile-iphone = iPhone・iPad 用の設定ファイルを保存
ui-profile-mac = Mac 用の設定ファイルを保存
ui-report = サポート用の報告書を保存
ui-saved = 保存しました: { $path }
ui-retest = もう一度確認する
ui-restart = 最初からやり直す
ui-field-header = 項目
ui-value-header = 入れる値
ui-error-prefix = うまくいきませんでした:
ui-what-next = もう一度試すか、「戻る」で入力を見直してください。

## The hand-off to the phone (ui/src/handoff.ts).

ui-handoff-button = スマートフォンに設定を送る
ui-handoff-title = スマートフォンで QR コードを読み取ってください
ui-handoff-steps =
    .connect = スマートフォンを、このパソコンと同じ Wi-Fi につなぎます。
    .scan = スマートフォンのカメラを QR コードに向け、出てきたリンクを開きます。
    .follow = 開いたページの案内どおりに設定します（iPhone ではプロファイルを使えます）。
ui-handoff-qr-alt = スマートフォンで開くページの QR コード
ui-handoff-type-it = 読み取れないときは、スマートフォンのブラウザーにこのアドレスを入力します:
ui-handoff-active = 受け渡し中です。あと { $left } で自動的に止まります。
ui-handoff-stop = 受け渡しを止める
ui-handoff-close = 閉じる
ui-handoff-again = もう一度始める
ui-handoff-starting = 準備しています…
ui-handoff-ended-stopped = 受け渡しを止めました。このアドレスはもう使えません。
ui-handoff-ended-expired = 時間になったので止めました。このアドレスはもう使えません。
ui-handoff-ended-request-cap = アクセスが多すぎたので止めました。このアドレスはもう使えません。
ui-handoff-no-password = スマートフォンに送るのは設定の値だけです。パスワードは送りません。
ui-handoff-isolated = スマートフォンでページが開けないときは、ゲスト用 Wi-Fi などでスマートフォンとパソコンが互いに見えないようになっているのかもしれません。その場合は、プロファイルのファイルか、印刷用のページをお使いください。
ui-handoff-no-lan = スマートフォンに直接は送れません
ui-handoff-profile = iPhone 用プロファイルを保存
ui-handoff-printable = 印刷用のページを保存

## The explanations of the words the apps show (ui/src/terms.ts).

ui-term-op25b = 迷惑メール対策のため、プロバイダーが25番ポートを使った送信を止めるしくみです。
ui-term-starttls = つないだあとで暗号化に切り替える方式です（587番・143番・110番などで使います）。
ui-term-ssl-tls = 最初から暗号化してつなぐ方式です（465番・993番・995番などで使います）。
ui-term-spa = Outlook の古いログイン方式です。プロバイダーの指示がなければオフのままにします。
ui-term-imap = メールをサーバーに置いたまま読む受け取り方です。どの機器でも同じメールが見えます。
ui-term-pop = メールを機器の中に取り込んで読む受け取り方です。
ui-term-smtp = メールを送るためのしくみ（送信サーバー）です。
ui-term-final-check = ログインのあと、受信ではメールボックスを開けるか、送信では送れる状態かを確かめます。
ui-term-answer = つないだサーバーが、メールサーバーとして正しくあいさつを返したかどうかです。

## The desktop app's own sentences (src-tauri/src/api.rs).

app-port-incoming = 受信ポート
app-port-outgoing = 送信ポート
# $field: app-port-incoming or app-port-outgoing; $typed: what the person typed.
app-port-not-a-number = { $field }は数字で入れてください（例: 587）。「{ $typed }」は比べられません。
# $client: the client id of the tab.
app-unreadable = { $client ->
        [outlook-new] 新しい Outlook は設定をこのコンピューターではなくマイクロソフトのクラウドに保存するため、読み取れません。
        [windows-mail] Windows の「メール」アプリは提供が終わっていて、設定を読み取れません。
        [mac-mail] Mac のメールアプリの設定には、公開されていて変わらない保存場所がないため、読み取りません。
       *[other] このアプリの設定は、このコンピューターからは読み取れません。
    }アプリの画面に出ている値を下の欄に入れて比べてください。
# $app: Thunderbird or Outlook; $problems: empty, or " (what went wrong reading the settings)".
app-no-account = このコンピューターの { $app } には、{ $address } のアカウントが見つかりませんでした。{ $problems }
app-save-filter-profile = Apple 構成プロファイル

## The app's own words outside the window's screens (src-tauri/src/lib.rs, demo.rs, main.rs).
# The error of a cancelled diagnosis (the window shows ui-cancelled instead).
app-cancelled = 中止しました
# open_provider_page: the provider has no page of that kind.
app-no-such-page = このプロバイダーには、そのページがありません
# The demo's accounts (demo.rs); the note shows English / Japanese.
app-demo-note = { $case ->
        [wrong-password] パスワード違い
        [imap-denied] IMAP 不可
        [quota-full] 容量いっぱい
       *[port25] 25番ポートが使えない
    }
# Windows without the WebView2 runtime (main.rs): the message box shows Japanese, then English.
# The product names are values ($webview2: WebView2, $windows_11, $windows_10, $windows_update).
app-webview2-missing = 「つなぐ」の画面を表示するには、Microsoft Edge { $webview2 } ランタイムが必要ですが、このパソコンには入っていません。
    .what-to-do = { $windows_11 } と、更新された { $windows_10 } には最初から入っています。{ $windows_update } を実行するか、Microsoft の { $webview2 } ランタイムのページ（「{ $webview2 } ランタイム ダウンロード」で検索できます）から「エバーグリーン スタンドアロン インストーラー」を入れてから、もう一度「つなぐ」を起動してください。
    .short = { $webview2 } ランタイムがありません
    .title = つなぐ Tsunagu
