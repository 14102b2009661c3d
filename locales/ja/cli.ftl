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

## The command line's help in Japanese (help_ja.rs). clap builds the English help from the
## doc comments in src/main.rs, guides_cli.rs, current_cli.rs and handoff_cli.rs; the English
## entries below repeat those words (without clap's trailing period) so that both languages
## have the same ids, and are not shown: when the doc comments change, change them here too.
# $command: the subcommand's name; an unknown one has no Japanese words (clap's English stays).
cli-help-about = { $command ->
        [tsunagu] メールの設定を調べて、確かめて、分かりやすく説明します
        [diagnose] メールアドレスを、実際の IMAP・POP3・SMTP のサーバーで確かめます
        [providers] 内蔵しているプロバイダーの一覧と、その値を確かめた状態を表示します
        [check] 保守用：内蔵しているサーバーにログインせずにつなぎ、資料との違いを報告します（インターネットが必要です）
        [lookup] アドレスのプロバイダー、設定の候補と、調べた情報源を表示します（ログインはしません）
        [export] 設定をほかの形式で書き出します
        [autoconfig] Thunderbird の自動設定ファイル（clientConfig 1.1）を書き出します
        [mobileconfig] iPhone・iPad・Mac 用の構成プロファイル（.mobileconfig）を書き出します（パスワードは入りません）
        [report] サポート用の報告書を Markdown か1枚の HTML で書き出します（パスワードは入りません）
        [guide] メールアプリ1つ分の、設定の手順を項目ごとに表示します
        [current] このパソコンのメールアプリ（Thunderbird、従来の Outlook）にいま入っている設定を表示します（読むだけで、保存されたパスワードは読みません）
        [handoff] 同じネットワークのスマートフォンに設定を渡す QR コードを表示します（iPhone 用プロファイル、コピーできる値）。標準出力の1行目が URL です
       *[other] { "" }
    }
# $arg: the argument's id (the same words wherever the argument appears); an unknown one has
# no Japanese words.
cli-help-arg = { $arg ->
        [address] メールアドレス
        [situation] ご相談の内容：new-device（新しい機器での設定、既定）、cant-receive（受信できない）、cant-send（送信できない）、gmail（Gmail で読みたい）
        [password_stdin] メールのパスワードを、標準入力の1行目から読みます
        [username] アドレスの代わりに、このユーザー名でログインします
        [config] 確かめる設定が書かれた Thunderbird の自動設定ファイル（clientConfig 1.1 の XML）
        [ca_file] 追加で信頼するルート証明書（PEM 形式）
        [offline] 内蔵データだけを使い、どこにもつなぎません（値は確かめられません）
        [timeout] 全体の制限時間（秒）
        [allow_plaintext] 暗号化しない接続でもパスワードを送ることを許します
        [send_test] 自分のアドレスあてに短いテストメールを1通送り、受信箱に届いたか確かめます
        [lang] 表示する言語：ja か en（既定は、ロケールが日本語なら日本語）
        [json] 結果を JSON 1つで標準出力に出します（進み具合は標準エラー出力に出ます）
        [only] このプロバイダーだけ（内蔵データの識別名で指定）
        [client] メールアプリ：outlook-new、outlook-classic、windows-mail、mac-mail、iphone、android-gmail、gmail-web、thunderbird
        [current] アプリにいま入っている値の JSON ファイル（違うところを先に示します）
        [from] tsunagu diagnose --json で保存した結果から作ります
        [target] インストールできる機器：iphone（既定）、mac、any（どれでも）
        [out] 標準出力ではなく、このファイルに書き出します
        [format] 形式：md（既定）か html
        [compare_current] 確かめた設定を、このパソコンのメールアプリにいま入っている設定と比べます
        [thunderbird_profile] 探す代わりに、この Thunderbird のプロファイルのフォルダー（または prefs.js）だけを読みます
        [bind] この IP アドレスで待ち受けます（既定：このパソコンの家庭内ネットワークのアドレス）
        [minutes] この分数がたったら止めます（1〜60、既定は10）
        [help] ヘルプを表示します
        [version] バージョンを表示します
       *[other] { "" }
    }
# Arguments of `handoff` whose meaning differs from the shared words.
cli-help-handoff-client = スマートフォンのメールアプリ：iphone か android-gmail（既定は、スマートフォンのブラウザーから判断）
cli-help-handoff-lang = メッセージと、スマートフォンが ja も en も求めないときのページの言語：ja か en
# clap's own headings and the word before the usage line.
cli-help-heading-commands = コマンド
cli-help-heading-arguments = 引数
cli-help-heading-options = オプション
cli-help-usage = 使い方
