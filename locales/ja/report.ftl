## 日本語 — report.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The text report (text::report_text, text::verdict, text::mailbox_summary).

# Mailbox facts in the table of probes; joined with report-list-separator.
report-mailbox-messages = { $count }通
report-mailbox-messages-unseen = { $count }通（未読{ $unseen }）
# $used, $limit: sizes such as "40 MB".
report-mailbox-quota = 容量{ $percent }%（{ $used }／{ $limit }）
report-mailbox-junk = 迷惑メール{ $count }通
report-list-separator = 、
report-situation-steps-heading = 「{ $situation }」のときに確かめること

# The verdict in one sentence. $warnings: how many warnings there are.
report-verdict-verified = { $warnings ->
        [0] 受信も送信も使える設定を確かめました。下の「おすすめの設定」をメールソフトに入れてください。
       *[other] 受信も送信も使える設定を確かめました。ただし、気をつけていただきたいことが{ $warnings }件あります。
    }
# $title: the title of the first problem found.
report-verdict-problem = 問題が見つかりました。まず「{ $title }」をご覧になり、手順を上から順にお試しください。
report-verdict-offline = メールサーバーにはつながずに、登録されている情報から設定を表示しています（まだ確かめていません）。
report-verdict-unverified = 使える設定は、まだ確かめられていません。下の注意をご覧ください。

report-heading = ■ 診断結果: { $address }（{ $situation }）
# $source: where the provider's data came from (label-source-*).
report-provider = プロバイダー: { $name } [{ $source }]
report-input-heading = ■ 入力について
report-findings-heading = ■ 見つかったこと
report-what-to-do = すること:
report-evidence = 根拠:
# $verified: "yes" when the settings were verified live.
report-recommended-heading = ■ おすすめの設定 { $verified ->
        [yes] （実際に確かめました）
       *[no] （まだ確かめていません）
    }
report-no-incoming = 受信: 使える設定が見つかりませんでした
report-no-outgoing = 送信: 使える設定が見つかりませんでした
report-probes-heading = ■ 試した接続 ({ $ms } ms)
report-sources-heading = ■ 設定の候補をどこから得たか

# The recommended settings, one field a line.
report-field-server = サーバー名
report-field-port = ポート番号
report-field-security = 暗号化（SSL）
report-field-username = ユーザー名
report-field-password = パスワード
# $entered: "yes" when a password was entered for this check (the report never holds it).
report-password-value = { $entered ->
        [yes] メールのパスワード（診断で入力したもの）
       *[no] メールのパスワード
    }
report-field-authentication = 認証方式
report-field-outgoing-auth = 送信サーバーの認証
report-outgoing-auth-required = 必要（受信と同じユーザー名とパスワード）

# One discovery source. $outcome: found, not-found, failed, timeout or skipped; $count: how
# many candidates it gave.
report-source-outcome = { $outcome ->
        [found] { $count }件
        [not-found] なし
        [failed] 失敗
        [timeout] 時間切れ
       *[skipped] 未使用
    }
# $trust: guess, trusted or untrusted (the channel could be tampered with).
report-source-trust = { $trust ->
        [guess] 推測
        [trusted] 信頼できる経路
       *[untrusted] 途中で書き換えられていないか確かめられない経路
    }
# $used: report-source-used or nothing.
report-source-line = { $outcome }（{ $trust }、{ $ms } ms）{ $used }
report-source-used = {" "}← これを使用

## The support report in Markdown and HTML (export::report).

report-export-title = メール設定の診断レポート
report-export-checked-at = 診断した日時
report-export-not-recorded = （記録なし）
report-export-address = メールアドレス
report-export-provider = プロバイダー
# $source: where the provider's data came from (label-source-*).
report-export-provider-value = { $name }（{ $source }）
report-export-situation-label = ご相談の内容
# $situation: new-device, cant-receive, cant-send or gmail.
report-export-situation = { $situation ->
        [new-device] 新しい機器での設定
        [cant-receive] 受信できない
        [cant-send] 送信できない
       *[gmail] Gmail で読みたい
    }
report-export-duration = かかった時間
report-export-made-by = 作成
report-export-no-password = このレポートにパスワードは含まれていません。
report-export-input = 入力について
report-export-recommended = おすすめの設定
# $verified: "yes" when the settings were verified live.
report-export-verified = { $verified ->
        [yes] 実際のサーバーで確かめた設定です。
       *[no] この設定は実際のサーバーではまだ確かめていません（プロバイダーの資料による値です）。
    }
report-export-item = 項目
report-export-incoming = 受信
report-export-outgoing = 送信
report-export-unknown = （不明）
report-export-findings = 分かったこと
report-export-no-findings = 特にありません。
# $severity: error, warning or info.
report-export-severity = { $severity ->
        [error] 問題
        [warning] 注意
       *[info] お知らせ
    }
report-export-what-to-do = すること
report-export-evidence = 根拠
report-export-server-checks = サーバーの確認結果
report-export-offline = サーバーへの接続は行っていません（オフライン）。

# Columns of the table of probes (TLS and ms are the same in both languages) and of the settings.
report-export-col-protocol = 種類
report-export-col-server = サーバー
report-export-col-port = ポート
report-export-col-security = 暗号化
report-export-col-username = ユーザー名
report-export-col-result = 結果
report-export-col-failure = 失敗の内容
report-export-col-login-attempts = ログイン回数
report-export-col-steps = 各段階
report-export-col-authentication = 認証
# $outcome: ok, failed or skipped.
report-export-outcome = { $outcome ->
        [ok] 成功
        [failed] 失敗
       *[skipped] 未実施
    }
# A step that never ran (the probe was skipped for the login cap).
report-export-step-skipped = 未実施
# $reply: the server's own words, quoted as they came.
report-export-server-reply = （サーバーの返事: “{ $reply }”）
report-export-cert-trusted = 証明書OK
report-export-cert-untrusted = 証明書NG
report-export-name-mismatch = 名前不一致
# $date: the certificate's end date, in local time.
report-export-expires = 期限：{ $date }
