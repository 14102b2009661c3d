## 日本語 — cli.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# --ca-file could not be used. $why: the engine's reason (English).
cli-ca-file-error = --ca-file に指定した証明書ファイル「{ $path }」を使えません（{ $why }）。ファイルの場所と中身（PEM 形式）を確かめてください。

## diagnose --compare-current (current_cli.rs)
cli-current-heading = ■ このコンピューターのメールアプリの設定との比較
cli-current-no-account = { $address } のアカウントは、Thunderbird にも従来の Outlook にも見つかりませんでした。ほかのアプリ（新しい Outlook、iPhone など）の設定は読み取れないので、アプリの画面で確かめてください。
cli-current-same = ・確かめた設定と同じです。

## guide (guides_cli.rs)
cli-guide-differences = 今の設定と違うところ
cli-guide-also-check = あわせて確かめること

## handoff (handoff_cli.rs). $minutes: how long the page stays up.
cli-handoff-scan = 同じ Wi-Fi につないだスマートフォンのカメラで QR コードを読み取ってください。約{ $minutes }分で止まります（Ctrl-C で今すぐ止めます）。
# $why: expired, request-cap or stopped.
cli-handoff-stopped = { $why ->
        [expired] 時間になったので止めました。
        [request-cap] アクセスの回数が上限に達したので止めました。
       *[stopped] 止めました。
    }

## providers and lookup (cli_lookup.rs). $status: verified, unverified or broken.
cli-status-mark = （{ $status ->
        [verified] 確認済み
        [unverified] 未確認
       *[broken] 使用不可
    }）
# One provider of `tsunagu providers`: its servers and the status of its values.
cli-providers-counts = サーバー{ $servers }件（うち確認済み{ $verified_servers }件）／値：確認済み{ $verified }・未確認{ $unverified }・使用不可{ $broken }
cli-providers-total = { $providers }社。値：確認済み{ $verified }・未確認{ $unverified }・使用不可{ $broken }
cli-lookup-address = メールアドレス: { $address }
# $id: the provider's id for maintainers (English output only; empty in Japanese).
cli-lookup-provider = プロバイダー: { $name }{ $id }（{ $source }）
cli-lookup-provider-unknown = プロバイダー: 内蔵データにありません（推測した候補を接続テストで確かめます）
cli-lookup-candidates = 候補（この順に確かめます）:
# $documented: "yes" when the provider documents the candidate.
cli-lookup-documented = { $documented ->
        [yes] 資料あり
       *[no] 未確認
    }
cli-lookup-username = ユーザー名
cli-lookup-provider-id = （プロバイダーのID）
# Between usernames to try.
cli-lookup-or = {" "}または{" "}
cli-lookup-sources = 調べた情報源:
# $trust: none (a guess), trusted or untrusted.
cli-lookup-trust = { $trust ->
        [none] —
        [trusted] 信頼できる経路
       *[untrusted] 信頼できない経路（改ざんの可能性あり）
    }
# $outcome: found, not-found, failed, timeout or skipped.
cli-lookup-outcome = { $outcome ->
        [found] 見つかった
        [not-found] なし
        [failed] 失敗
        [timeout] 時間切れ
       *[skipped] 省略
    }
cli-lookup-source-result = { $outcome }（{ $trust }; { $ms } ms）
# The provider's facts (cli_lookup::provider_facts_text).
cli-facts-password = パスワード
cli-facts-webmail = Webメール
cli-facts-management = メールの管理ページ
cli-facts-password-reset = パスワードの再設定
cli-facts-quota = メールボックスの容量
cli-facts-keep-days = サーバーに残す日数の目安: { $days }日
cli-facts-op25b = 25番ポートからの送信は制限されています（465番か587番を使います）
cli-facts-imap-paid = IMAPは有料オプションです
cli-facts-app-password = メールアプリには専用のパスワード（アプリパスワードなど）が必要です
cli-facts-oauth-required = パスワードではログインできません（OAuthでのサインインが必要です）
cli-facts-notes = 注意:

## Usage errors (main.rs, guides_cli.rs). $why: the system's own reason; $path: a file.
cli-error-password-stdin = 標準入力からパスワードを読み取れません（{ $why }）。
cli-error-need-address = メールアドレスか、--from REPORT.json を指定してください。
cli-error-cannot-open = 「{ $path }」を開けません（{ $why }）。
cli-error-cannot-read = 「{ $path }」を読み取れません（{ $why }）。
cli-error-too-large = 「{ $path }」は大きすぎます。
cli-error-not-json = 「{ $path }」は、このコマンドで読める JSON ではありません（{ $why }）。
cli-error-cannot-write = 「{ $path }」に書き込めません（{ $why }）。
