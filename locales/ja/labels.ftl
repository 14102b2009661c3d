## 日本語 — labels.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## What a failure kind means, in one short phrase (text::failure_kind); steps of a probe
## (text::step_name); authentication methods, situations, severities, sources of settings.

label-failure-dns-not-found = サーバー名が見つかりません
label-failure-connect-refused = 接続を断られました
label-failure-connect-timeout = 応答がありません（時間切れ）
label-failure-tls-handshake-failed = 暗号化を始められませんでした
label-failure-tls-untrusted = 証明書が信頼できません
label-failure-tls-hostname-mismatch = 証明書のサーバー名が違います
label-failure-tls-expired = 証明書の期限が切れています
label-failure-starttls-unavailable = 暗号化（STARTTLS）に対応していません
label-failure-greeting-timeout = つながりましたが、サーバーが応答しません
label-failure-read-timeout = 途中でサーバーの応答が止まりました
label-failure-protocol-error = サーバーの応答が読み取れません
label-failure-login-failed = ログインを断られました（パスワードかユーザー名）
label-failure-login-mechanism-unsupported = 使えるログイン方式がありません
label-failure-plaintext-refused = 暗号化なしのためパスワードを送りませんでした
label-failure-submit-rejected = 送信を受け付けませんでした
label-failure-tls-required = 暗号化した接続でないとログインできません
label-failure-login-temporarily-failed = 一時的にログインできない状態です
label-failure-mailbox-in-use = ほかの接続がメールボックスを使っています
label-failure-login-not-allowed = このアカウントかログイン方式が許可されていません
label-failure-server-error = サーバー側でエラーが起きました

label-step-resolve = サーバー名の確認
label-step-connect = 接続
label-step-tls = 暗号化（TLS）
label-step-greeting = サーバーのあいさつ
label-step-starttls = 暗号化への切り替え（STARTTLS）
label-step-capabilities = 機能の確認
label-step-login = ログイン
label-step-mailbox = メールボックスの確認
label-step-submit = 送信できるかの確認
label-step-send-test = テストメールの送信
label-step-relay-before-pop = 受信前の送信の確認
label-step-relay-after-pop = 受信直後の送信の確認

label-authentication-password-cleartext = 通常のパスワード認証
label-authentication-password-encrypted = 暗号化されたパスワード認証
label-authentication-oauth2 = OAuth2
label-authentication-client-ip-address = 認証なし（接続元で判断）
label-authentication-smtp-after-pop = POP before SMTP（先に受信）
label-authentication-none = 認証なし

label-situation-new-device = 新しいパソコンやスマートフォンに設定したい
label-situation-cant-receive = メールが受信できない
label-situation-cant-send = メールが送信できない
label-situation-gmail = Gmailで読みたい

label-severity-error = 問題
label-severity-warning = 注意
label-severity-info = お知らせ

label-source-bundled = 内蔵データ
label-source-config = 設定ファイル
label-source-autoconfig = 自動設定（autoconfig）
label-source-ispdb = Thunderbird ISPDB
label-source-mx = MX レコード
label-source-srv = SRV レコード
label-source-guess = 推測

label-outcome-ok = 成功
label-outcome-skipped = 試していません
label-outcome-failed = 失敗

# $incoming: "yes" for the incoming server; $protocol: IMAP, POP3 or SMTP.
label-server-role = { $incoming ->
        [yes] 受信メールサーバー（{ $protocol }）
       *[no] 送信メールサーバー（{ $protocol }）
    }

## The one name of a security mode, everywhere (guides, reports, lookup, the wizard).
label-security-tls = SSL/TLS
label-security-starttls = STARTTLS
label-security-none = なし（暗号化しない）

# A provider's own advice appended to a finding's detail. $unverified: "yes" or "no".
label-provider-note = 【{ $provider }について】{ $note }{ $unverified ->
        [yes] （未確認の情報です）
       *[no] {""}
    }

## Evidence lines (wording::evidence_text). $status is an outcome or a failure phrase.
label-evidence-provider-data = 内蔵データ（{ $provider }）: { $what }
label-evidence-op25b = 25番ポートでの送信を止めている（OP25B）
label-evidence-probe = { $protocol } { $hostport } { $security } → { $status }
label-evidence-user = （ユーザー名 { $user }）
# $server: the server's own words, quoted as they came.
label-evidence-server = （サーバーの返事: { $server }）

## A discovery source's detail (written in English for the JSON) for a person
## (wording::discovery_detail). The English entries are the engine's own words.
label-detail-documented = プロバイダーの資料にある値です
label-detail-partly-unverified = 一部の値が未確認のため、推測した候補も試します
label-detail-no-server-documented = サーバーの資料がないため、推測した候補を試します
label-detail-offline = オフラインのため調べていません
label-detail-not-utf8 = 返事の文字コードが読めません
label-detail-no-servers = IMAP・POP3・SMTP のサーバーが書かれていません
label-detail-https-verified = HTTPS（証明書を確かめました）
label-detail-plain-http = 暗号化しない HTTP（書き換えられていないか確かめられません）
label-detail-no-record = 登録がありません
label-detail-dns-timeout = DNS の応答が時間切れになりました
label-detail-no-srv = SRV レコードがありません
label-detail-dns-srv = DNS の SRV レコード（書き換えられていないか確かめられません）
label-detail-not-waited = 先に、優先する情報源が答えたため待ちませんでした
label-detail-too-large = 返事が大きすぎます
label-detail-no-tls = TLS を使えません
label-detail-mx-provider = MX { $host } は { $provider } のサーバーです
label-detail-mx-unknown = MX { $host } は内蔵データにないプロバイダーです
label-detail-no-answer-within = { $ms } ミリ秒以内に返事がありません
label-detail-not-in-dns = { $host } は DNS にありません
# Any other detail, by its first word ($kind: tls, connect, config or other). English output
# shows the engine's own detail instead.
label-detail-other = { $kind ->
        [tls] 暗号化（TLS）の途中で失敗しました
        [connect] つながりませんでした
        [config] 設定ファイルの中身を読み取れません
       *[other] 失敗しました
    }（詳しくは --json の detail をご覧ください）

## A report time in local time (wording::local_time): 2026年12月1日 23:42. $minute has two
## digits; $utc is "yes" when the time is shown in UTC (the local offset is unknown or UTC).
label-local-time = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute }{ $utc ->
        [yes] （UTC）
       *[no] {""}
    }
