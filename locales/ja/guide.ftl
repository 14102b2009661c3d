## 日本語 — guide.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## ---- guide/clients.rs: the screens of each app ----

## Words used by more than one app's guide. Labels among them (「メールアドレス」, 「パスワード」, 「ポート」…) are the apps' own, as in shared/reference/client-screens.md §9.
guide-imap = IMAP
guide-none = なし
guide-email-address = メールアドレス
guide-password = パスワード
guide-english-wording-unconfirmed = 英語版の表示は確認できていません。
guide-port = ポート
guide-press-next = 「次へ」を押します。
guide-leave-on-server-why = スマートフォンなどほかの機器でも同じメールを受け取れるようにするためです。
guide-account-type = アカウントの種類
guide-pop3 = POP3
guide-name = 名前
guide-your-name-shown-to-recipients = あなたのお名前（相手に表示されます）
guide-authentication = 認証
guide-username = ユーザー名

## Two sentences of one reason or note, one after the other.
# $first, $second
guide-joined = { $first }{ $second }

## Values of switches and tick boxes.
guide-on = オン
guide-off = オフ
guide-ticked = チェックを入れる
guide-unticked = チェックを外す

## The incoming protocol as the apps show it.
# $protocol: pop3 or imap, as the apps show it.
guide-protocol-label = { $protocol ->
        [pop3] POP
       *[imap] IMAP
    }

## The mail password: what to enter and how it differs from other passwords.
# $password_name
guide-password-value-named = メールのパスワード（{ $password_name }）
guide-password-value = メールのパスワード

## Which other passwords the mail password is not, by platform (Apple devices ask for the Apple Account, Android and Gmail for the Google account).
# $platform: apple (iPhone, Mac), google (Android, Gmail) or other — the account the device itself asks for.
guide-password-why-not = { $platform ->
        [apple] Apple アカウントやパソコンのパスワード、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
        [google] Google アカウント（Gmail）のパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
       *[other] パソコンのパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
    }
guide-password-why-on-papers = 多くの場合、契約したときの書類に書かれています。

## Why the username has this form.
# $form: address (the whole address), local-part (the part before @) or other.
guide-username-why = { $form ->
        [address] メールアドレスを @ より後ろまで全部入れます。
        [local-part] @ より前の部分だけを入れます。プロバイダーがこの形を求めています。
       *[other] プロバイダーが決めた形のまま、1文字も変えずに入れます。
    }

## Why this port, for apps with only an SSL on/off switch.
# $port
guide-switch-port-why-swapped = このアプリには「SSL を使う」かどうかのスイッチしかないため、確認で使えることが分かった{ $port }番（最初から暗号化する方式）にしています。
# $implicit_port, $port
guide-switch-port-why-starttls = このアプリには「SSL を使う」かどうかのスイッチしかありません。{ $port }番でスイッチをオンにすると、接続してから暗号化する方式（STARTTLS）になるはずですが、アプリの説明では確かめられていません。うまくいかないときは、プロバイダーに{ $implicit_port }番が使えるか尋ねてください。

## Why the SSL switch is on (or why it cannot be).
# $security: none or encrypted.
guide-switch-why = { $security ->
        [none] このサーバーは暗号化に対応していません。パスワードが読まれる危険があるため、プロバイダーに暗号化できる設定を尋ねてください。
       *[encrypted] パスワードとメールを暗号化して送るためです。
    }

## How long POP mail stays on the server.
# $days_from: provider (the provider recommends $days) or default (the common number); $days.
guide-keep-days-why = { $days_from ->
        [provider] プロバイダーのおすすめは{ $days }日です。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。
       *[default] プロバイダーのおすすめの日数が分からないため、よくある{ $days }日にしています。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。
    }

## Encryption choices in drop-down lists (new and classic Outlook, Android, Thunderbird): shared/reference/client-screens.md §0.
guide-dropdown-security-ssl-tls = SSL/TLS
guide-dropdown-security-it-may-read-ssl-tls = 画面では「SSL/TLS (推奨)」と表示されることがあります。
guide-dropdown-security-starttls = STARTTLS
guide-dropdown-security-choose-the-closest-to-none = 「なし」に近い選択肢（「オフ」など）を選んでください。

## Why the outgoing port is not 25.
guide-port-field-use-this-number-not-port = 迷惑メール対策で止められていることの多い25番ではなく、この番号を使います（OP25B）。

## Why no guide can be written; the notice on unverified values.
guide-build-no-outgoing-server = 送信サーバーの設定が分からないため、手順を作れません。
guide-build-no-incoming-server = 受信サーバーの設定が分からないため、手順を作れません。
guide-build-unverified-notice = この設定はまだ実際のサーバーで確かめていません（プロバイダーの資料による値です）。設定したあと、送受信できるか必ず確かめてください。

## new Outlook for Windows. Labels: shared/reference/client-screens.md §1.
guide-outlook-new-syncs-through-microsoft = 新しい Outlook は、POP や IMAP のメールも Microsoft のサーバーを通して同期します（最初に同意の画面が出ます）。
guide-outlook-new-in-new-outlook-the-server = 新しい Outlook では、あとからサーバー名・ポート・暗号化・ユーザー名を変えられません。間違えたときは、アカウントをいったん削除して追加し直します。
guide-outlook-new-some-providers-advise-against-new = プロバイダーによっては、新しい Outlook を POP で使うことをすすめていません。ほかの機器でも読むなら IMAP のほうが安心です。
# $username
guide-outlook-new-no-incoming-username-field = このプロバイダーは受信のユーザー名に「{ $username }」を使いますが、新しい Outlook の画面には受信用のユーザー名の欄がないことがあります。うまくいかないときは Thunderbird など別のアプリをお使いください。
# $protocol: pop3 or imap.
guide-outlook-new-incoming-server = { $protocol ->
        [pop3] POP 受信サーバー
       *[imap] IMAP 受信サーバー
    }
guide-outlook-new-add-account = アカウントの追加
guide-outlook-new-add-account-open = 初めて起動したときの画面、または左下の「アカウントを追加」（右上の設定（歯車）→「アカウント」からも開けます）
guide-outlook-new-replace-microsoft-address = Microsoft アカウントのアドレスが最初から入っていることがあります。消してから、このアドレスを入れてください。
guide-outlook-new-press-continue = 「続行」を押します。
guide-outlook-new-choose-provider = プロバイダーを選択
guide-outlook-new-choose-provider-at-the-bottom = 画面右下の「プロバイダーを選択」
guide-outlook-new-the-list-also-shows-microsoft = 一覧には Microsoft 365、Outlook.com、Gmail なども並びますが、プロバイダーのメールでは IMAP か POP を選びます。
# $proto_label
guide-outlook-new-settings = { $proto_label } の設定
guide-outlook-new-show-more = 表示数を増やす
guide-outlook-new-this-reveals-the-server-fields = サーバーの欄を表示させるためです。
guide-outlook-new-use-recommended-settings = おすすめの設定を使用する
guide-outlook-new-so-that-the-values-below = 自動の値ではなく、ここに書いた値を使うためです。
guide-outlook-new-it-may-read-imap-pop = 「IMAP/POP 受信サーバー」と表示されることもあります。
guide-outlook-new-server-label-unconfirmed = 手引きによっては「IMAP/POP 受信サーバー」と書かれています。
guide-outlook-new-secure-connection-type = セキュア接続タイプ
guide-outlook-new-smtp-username = SMTPユーザー名
guide-outlook-new-smtp-password = SMTPパスワード
guide-outlook-new-same-password-as-incoming = 受信と同じパスワードを入れてください。
guide-outlook-new-some-guides-leave-it-empty = 空欄のままでよいと書く手引きもあります。
guide-outlook-new-smtp-outgoing-server = SMTP送信サーバー
guide-outlook-new-sync-with-the-microsoft-cloud = Microsoft クラウドとの同期の確認
guide-outlook-new-read-it-and-press-continue = 内容を読んで「続行」を押します。続くプライバシーの画面も、内容を確かめて進めます。

## classic Outlook, the SPA tick box. Label: shared/reference/client-screens.md §2b.
guide-spa-field-provider-mail-does-not-use = プロバイダーのメールでは使いません。チェックが入っているとログインできません。

## classic Outlook. Labels: shared/reference/client-screens.md §2 (2a add-account wizard, 2b classic dialogs).
# $protocol: pop3 or imap.
guide-outlook-classic-account-settings = { $protocol ->
        [pop3] POP アカウントの設定
       *[imap] IMAP アカウントの設定
    }
guide-outlook-classic-incoming-mail-server = 受信メール：サーバー
guide-outlook-classic-incoming-mail-port = 受信メール：ポート
guide-outlook-classic-this-server-requires-an-encrypted = このサーバーは暗号化された接続（SSL/TLS）が必要
# $port
guide-outlook-classic-port-encrypts-from-the-start = { $port }番は最初から暗号化する方式です。
guide-outlook-classic-pop-starttls-unselectable = POP の受信では、Outlook はこのチェックの有無しか選べません。STARTTLS の設定は Outlook では選べない可能性があります（未確認）。プロバイダーに995番が使えるか尋ねてください。
guide-outlook-classic-incoming-mail-encryption-method = 受信メール：暗号化方法
guide-outlook-classic-outgoing-mail-server = 送信メール：サーバー
guide-outlook-classic-outgoing-mail-port = 送信メール：ポート
guide-outlook-classic-outgoing-mail-encryption-method = 送信メール：暗号化方法
guide-outlook-classic-add-account = アカウントの追加
guide-outlook-classic-welcome-to-outlook-on-first = 初めて起動したときの「Outlook へようこそ」、または「ファイル」→「アカウントの追加」
guide-outlook-classic-advanced-options-let-me-set = 詳細オプション → 自分で自分のアカウントを手動で設定
guide-outlook-classic-manual-setup-why = チェックしないと Outlook が自動で決めてしまい、POP を選べません。
guide-outlook-classic-press-connect = 「接続」を押します。
guide-outlook-classic-choose-the-account-type = アカウントの種類を選ぶ
guide-outlook-classic-pop-imap = POP / IMAP
guide-outlook-classic-enter-the-password = パスワードの入力
guide-outlook-classic-press-connect-when-it-says = 「接続」を押し、「アカウントが正常に追加されました」と出たら「完了」を押します。
guide-outlook-classic-pop-and-imap-account-settings = POP と IMAP のアカウント設定
guide-outlook-classic-file-account-settings-account-settings = 「ファイル」→「アカウント設定」→「アカウント設定(A)」→ このアカウントを選んで「変更」
guide-outlook-classic-user-name = アカウント名(U)
guide-outlook-classic-press-more-settings = 「詳細設定(M)」を押します。
guide-outlook-classic-my-outgoing-server-smtp-requires = 送信サーバー（SMTP）は認証が必要(O)
guide-outlook-classic-sending-also-needs-your-username = 送信にもユーザー名とパスワードが必要です。ここが外れていると送信できません。
guide-outlook-classic-use-same-settings-as-my = 受信メールサーバーと同じ設定を使用する(U)
guide-outlook-classic-selected = 選ぶ
guide-outlook-classic-log-on-before-sending = メールを送信する前に受信メール サーバーにログオンする(I)
guide-outlook-classic-internet-e-mail-settings-outgoing = インターネット電子メール設定：「送信サーバー」タブ
guide-outlook-classic-internet-e-mail-settings-advanced = インターネット電子メール設定：「詳細設定」タブ
guide-outlook-classic-leave-a-copy-of-messages = サーバーにメッセージのコピーを置く(L)
guide-outlook-classic-remove-from-server-after-days = サーバーから削除する(R) [ ] 日後
# $days
guide-outlook-classic-ticked-days = チェックを入れて{ $days }日後
guide-outlook-classic-press-ok-next-finish = 「OK」を押し、「次へ」→「完了」で閉じます。

## Windows Mail (retired). Labels: shared/reference/client-screens.md §3.
guide-windows-mail-retired-notice = Windows の「メール」アプリは2024年12月31日で Microsoft のサポートが終わり、今はメールの送受信ができません。このアプリにアカウントを追加しても使えないため、新しい Outlook（Outlook for Windows）の手順で設定してください。下の値は、以前の設定を見比べるときの参考です。
guide-windows-mail-for-reference-the-old-settings = 参考: 以前の設定の値（インターネット メール）
guide-windows-mail-old-settings-open = 以前の設定は、歯車 →「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」で見られました。
guide-windows-mail-user-name = ユーザー名
guide-windows-mail-incoming-email-server = 受信メールサーバー
guide-windows-mail-this-app-takes-the-port = このアプリでは、サーバー名のあとに「:」とポート番号を続けて入れます。
guide-windows-mail-imap4 = IMAP4
guide-windows-mail-outgoing-smtp-email-server = メールの送信（SMTP）サーバー
guide-windows-mail-outgoing-server-requires-authentication = 送信サーバーには、認証が必要です
guide-windows-mail-use-the-same-user-name = 送信メールに同じユーザー名とパスワードを使用する
guide-windows-mail-require-ssl-for-incoming-email = 受信メールにはSSLが必要
guide-windows-mail-require-ssl-for-outgoing-email = 送信メールにはSSLが必要
guide-windows-mail-do-not-finish-here-go = ここで設定を終えず、新しい Outlook（Outlook for Windows）の手順に進んでください。

## Mail on Mac. Labels: shared/reference/client-screens.md §4.
guide-mac-mail-while-automatically-manage-connection-settings = 「接続設定を自動的に管理」にチェックが入ったままだと、「メール」が自分で別のポートや方式を試すため、ここに書いた値が使われません。受信と送信の両方でチェックを外してから値を入れます。
guide-mac-mail-add-account = アカウントを追加
guide-mac-mail-add-account-open = 「メール」メニュー →「アカウントを追加…」→「その他のメールアカウント…」→「続ける」
guide-mac-mail-email-address = メールアドレス
guide-mac-mail-press-sign-in = 「サインイン」を押します。
guide-mac-mail-account-must-be-manually-configured = アカウントを手動で設定する必要があります
guide-mac-mail-shown-when-mail-cannot-find = 自動で見つからなかったときに出る画面です。
guide-mac-mail-user-name = ユーザ名
guide-mac-mail-account-type = アカウントの種類
guide-mac-mail-incoming-mail-server = 受信用メールサーバ
guide-mac-mail-outgoing-mail-server = 送信用メールサーバ
guide-mac-mail-screen-wording-unconfirmed = 新しい macOS（Sonoma 以降）のこの画面の表示は確かめられていません。
guide-mac-mail-press-sign-in-choose-apps = 「サインイン」を押し、使うアプリ（メール）を選んで「完了」を押します。
guide-mac-mail-japanese-wording-unconfirmed = 日本語の表示は確認できていません（古い macOS では「SSLを使用」）。
guide-mac-mail-older-macos-shows-use-ssl = 古い macOS では「SSLを使用」と表示されます。
guide-mac-mail-server-settings-tab-incoming-mail = 「サーバ設定」タブ：「受信用メールサーバ」
guide-mac-mail-mail-settings-accounts-this-account = 「メール」メニュー →「設定…」→「アカウント」→ このアカウント →「サーバ設定」
guide-mac-mail-host-name = ホスト名
guide-mac-mail-automatically-manage-connection-settings = 接続設定を自動的に管理
guide-mac-mail-unticking-it-shows-the-port = チェックを外すと、「ポート」と「TLS/SSLを使用」の欄が現れます。
guide-mac-mail-use-tls-ssl = TLS/SSLを使用
guide-mac-mail-server-settings-tab-outgoing-mail = 「サーバ設定」タブ：「送信用メールサーバ（SMTP）」
guide-mac-mail-account = アカウント
# $host
guide-mac-mail-this-account-s-own-server = { $host }（このアカウントの送信サーバー）
guide-mac-mail-if-another-account-s-server = 別のアカウントの送信サーバーが選ばれていると、送信できなかったり、違う差出人で届いたりします。一覧にないときは「SMTPサーバリストを編集…」で追加します。
guide-mac-mail-outgoing-port-only-when-off = チェックを外さないと、送信ポートを指定できません。
guide-mac-mail-press-save = 「保存」を押します。
guide-mac-mail-account-information-tab-pop = 「アカウント情報」タブ（POP）
guide-mac-mail-remove-copy-from-server = 受信後にメッセージのコピーをサーバから削除
guide-mac-mail-pick-the-closest-period = いちばん近い期間を選んでください。
guide-mac-mail-label-and-choices-unconfirmed = この項目の表示と選択肢は確かめられていません。

## Mail on iPhone and iPad. Labels: shared/reference/client-screens.md §5.
guide-iphone-apple-spelling-unconfirmed = Apple の表記（「サーバ」「ユーザ名」か「サーバー」「ユーザー名」か）は iOS 17/18 では確かめられていません。
guide-iphone-new-account = 新規アカウント
guide-iphone-new-account-open = iOS 18：「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」（iOS 17まで：「設定」→「メール」→「アカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」）
guide-iphone-email = メール
guide-iphone-some-guides-write-address = 手引きによっては「アドレス」と書かれています。
guide-iphone-description = 説明
guide-iphone-any-name-you-like-e = 分かりやすい名前（例：プロバイダーのメール）
guide-iphone-server-details = サーバーの入力
guide-iphone-imap-pop-at-the-top = IMAP / POP（画面上部）
guide-iphone-choose-it-before-typing-changing = 先に選んでから入力します。あとから種類を変えるには、アカウントを作り直す必要があるようです。
guide-iphone-incoming-mail-server-host-name = 受信メールサーバ：ホスト名
guide-iphone-incoming-mail-server-user-name = 受信メールサーバ：ユーザ名
guide-iphone-incoming-mail-server-password = 受信メールサーバ：パスワード
guide-iphone-outgoing-mail-server-host-name = 送信メールサーバ：ホスト名
guide-iphone-outgoing-mail-server-user-name = 送信メールサーバ：ユーザ名
guide-iphone-even-if-it-says-optional = 「オプション」と薄く書かれていても、空けずに入れます。空けると送信できません。
guide-iphone-outgoing-mail-server-password = 送信メールサーバ：パスワード
guide-iphone-enter-the-same-password-here = ここも「オプション」と書かれていても、同じパスワードを入れます。
guide-iphone-press-next-then-save = 「次へ」を押し、「保存」を押します。
guide-iphone-use-ssl = SSLを使用
guide-iphone-server-port = サーバポート
guide-iphone-delete-from-server = サーバーから削除
guide-iphone-seven-days = 7日
guide-iphone-apple-wording-unconfirmed = Apple の正確な表記は確かめられていません。
guide-iphone-advanced-incoming-settings = 詳細：受信設定
guide-iphone-mail-accounts-this-account-account = メールアカウントの一覧 → このアカウント →「アカウント」→「詳細」
guide-iphone-outgoing-mail-server-smtp = 「送信メールサーバ」（SMTP）
guide-iphone-smtp-open = このアカウント →「アカウント」→「SMTP」→「プライマリサーバ」の「サーバ名」
# $port
guide-iphone-port-may-be-guessed = iPhone はポートを自分で推測して入れることがあります。ここが{ $port }になっているか必ず確かめてください。
guide-iphone-press-done = 「完了」を押します。

## Gmail app on Android. Labels: shared/reference/client-screens.md §6.
guide-android-gmail-wording-from-email-app = Gmail アプリの画面の言葉は、同じ仕組みの Android 標準メールアプリの表記をもとにしています。少し違う言葉で出ることがあります。
guide-android-gmail-never-choose-an-accept-all = 「証明書をすべて承認」が付いた選択肢は選びません。偽のサーバーでも気づけなくなるためです。
guide-android-gmail-server = サーバー
guide-android-gmail-security-type = セキュリティの種類
guide-android-gmail-delete-email-from-server = サーバーからメールを削除
guide-android-gmail-never = 削除しない
# $keep_days
guide-android-gmail-deleting-on-the-phone-leaves = スマートフォンで消しても、サーバーには残るのでパソコンでも受け取れます。サーバーの古いメールは、パソコンの「{ $keep_days }日後に削除」の設定で片付きます。スマートフォンだけで読む場合は「受信トレイから削除したとき」を選ぶと、サーバーの容量がいっぱいになりにくくなります。
guide-android-gmail-sync-emails-from-label = 同期するメールの送信元:
guide-android-gmail-automatic = 自動
guide-android-gmail-if-older-mail-is-missing = 古いメールがスマートフォンに見当たらないときは、ここをもっと長い期間（「すべて」など）にします。
guide-android-gmail-shown-for-imap-only = IMAP のときだけ出る項目です。
guide-android-gmail-wording-not-confirmed = 表示は確かめられていません。
guide-android-gmail-add-another-account = アカウントの追加
guide-android-gmail-gmail-app-account-picture-top = Gmail アプリ右上のアカウントの丸いアイコン →「別のアカウントを追加」→「その他」（メニューの正確な言葉は確かめられていません）
guide-android-gmail-manual-setup = 手動セットアップ
guide-android-gmail-press-it = 押す
guide-android-gmail-manual-setup-why = 自動の設定に任せず、ここに書いた値を入れるためです。
guide-android-gmail-personal-pop3-personal-imap = 個人用（POP3）／個人用（IMAP）
guide-android-gmail-personal-pop3 = 個人用（POP3）
guide-android-gmail-personal-imap = 個人用（IMAP）
guide-android-gmail-pop3-offer-unconfirmed = 2026年の Google の変更後も POP3 を選べるかは確かめられていません。出てこないときは IMAP をお使いください（プロバイダーが IMAP に対応している場合）。
guide-android-gmail-incoming-server-settings = 受信サーバーの設定
guide-android-gmail-outgoing-server-settings = 送信サーバーの設定
guide-android-gmail-smtp-server = SMTPサーバー
guide-android-gmail-require-signin = ログインが必要
guide-android-gmail-account-options = アカウントのオプション
guide-android-gmail-press-next-account-set-up = 「次へ」を押し、「アカウントの設定が完了しました。」の画面で、送信メールに表示するあなたのお名前を入れて「次へ」を押します。

## Gmail on the web. Labels: shared/reference/client-screens.md §7 (7a Send mail as; forwarding words from iTSCOM's manual).
guide-gmail-web-gmail-ended-pop-fetching-check = Gmail は2026年に、ほかのメールを POP で取り込む機能（「他のアカウントのメールを確認」）をやめました。代わりに、プロバイダー側で Gmail へ「転送」し、返信は Gmail の「他のメールアドレスを追加」でプロバイダーの送信サーバーから送ります。
guide-gmail-web-forwarding-plus-adding-the-same = 転送と、スマートフォンの Gmail アプリでの IMAP の追加を両方行うと、同じメールが2通ずつ見えます。また、Gmail からプロバイダーのアドレスへ転送し返すと、メールが行ったり来たりして止まらなくなります。どちらか一つにしてください。
# $url
guide-gmail-web-url-in-brackets = （{ $url }）
# $url_text
guide-gmail-web-forwarding-open-itscom = iTSCOM の「メールアカウント管理ページ」{ $url_text }にログインし、「メールアカウント情報参照」の画面で「転送設定」を開き、「設定」を押します。
# $url_text
guide-gmail-web-forwarding-open-provider = プロバイダーのメール設定のページ{ $url_text }にログインし、転送の設定を開きます。
guide-gmail-web-forwarding-open-provider-no-url = プロバイダーの会員ページ（メールの設定）にログインし、転送の設定を開きます。
guide-gmail-web-forwarding-wording-differs = 転送の画面の言葉はプロバイダーごとに違います（ここに書いた言葉は iTSCOM の手引きのものです）。
guide-gmail-web-secured-connection-using-ssl = SSL を使用したセキュリティで保護された接続
# $port
guide-gmail-web-ssl-why = { $port }番は最初から暗号化する方式なので、こちらを選びます。465番を入れると自動でこちらに変わります。
guide-gmail-web-secured-connection-using-tls-recommended = TLS を使用したセキュリティで保護された接続
# $port
guide-gmail-web-starttls-why = { $port }番は接続してから暗号化する方式（STARTTLS）なので、こちらを選びます。
guide-gmail-web-secured-connection = セキュリティで保護された接続
guide-gmail-web-no-encryption = この送信サーバーは暗号化に対応していないため、Gmail からは使えません。プロバイダーに暗号化できる送信の設定を尋ねてください。
guide-gmail-web-provider-side-forward-to-gmail = プロバイダー側：Gmail への転送
guide-gmail-web-forwarding-address = 転送先メールアドレス
guide-gmail-web-your-gmail-address = あなたの Gmail のアドレス
guide-gmail-web-keep-do-not-keep-forwarded = 転送したメールをメールボックスに残す／残さない
guide-gmail-web-keep = 残す
# $keep_days
guide-gmail-web-keep-copy-why = 「残さない」にすると、パソコンのメールソフトやプロバイダーの Webメールからは読めなくなります。残す場合は、メールソフトの「{ $keep_days }日後にサーバーから削除」や Webメールでの整理で、容量がいっぱいにならないようにします。
guide-gmail-web-keep-copy-wording-unconfirmed = 画面の正確な言葉は分かりません。iTSCOM の手引きでは「転送したメールをメールボックスに残すか残さないかを選択します」と説明されています。
guide-gmail-web-save-then-send-a-test = 設定を保存し、自分のプロバイダーのアドレスあてにテストのメールを送って、Gmail に1通だけ届くか確かめます。転送したメールは Gmail で迷惑メールに入ることがあるので、「迷惑メール」も見てください。
guide-gmail-web-gmail-add-another-email-address = Gmail：他のメールアドレスを追加（名前とアドレス）
guide-gmail-web-gear-see-all-settings-accounts = 歯車 →「すべての設定を表示」→「アカウントとインポート」→「名前:」の欄の「他のメールアドレスを追加」
guide-gmail-web-treat-as-an-alias = エイリアスとして扱います
guide-gmail-web-not-an-alias-why = プロバイダーのアドレスは Gmail とは別のあなたのアドレスなので、エイリアスにはしません。
guide-gmail-web-press-next-step = 「次のステップ」を押します。
guide-gmail-web-gmail-send-through-smtp-server = Gmail：SMTP サーバー経由で送信
guide-gmail-web-smtp-server = SMTPサーバー
guide-gmail-web-recommended-suffix-unconfirmed = 日本語画面で「(推奨)」が付くかは確かめられていません。
guide-gmail-web-press-add-account = 「アカウントを追加」を押します。
guide-gmail-web-gmail-confirmation-code = Gmail：確認コード
guide-gmail-web-confirmation-code = 確認コード
guide-gmail-web-the-number-in-the-message = プロバイダーのアドレスに届いたメールに書かれた数字
guide-gmail-web-google-checks-that-the-address = そのアドレスが本当にあなたのものか、Google が確かめるためです。転送の設定が済んでいれば、確認のメールも Gmail に届きます。
guide-gmail-web-press-verify-you-can-now = 「確認」を押します。このあと、返信するときの差出人をプロバイダーのアドレスにできます。
guide-gmail-web-the-provider-s-outgoing-server = このプロバイダーの送信サーバーが分からないため、Gmail からこのアドレスで送る設定（「他のメールアドレスを追加」）の手順は書けません。送信サーバーの名前とポートをプロバイダーに確かめてください。

## Thunderbird's authentication methods. Labels: shared/reference/client-screens.md §8.
guide-tb-auth-normal-password = 通常のパスワード認証
guide-tb-auth-encrypted-password = 暗号化されたパスワード認証
guide-tb-auth-oauth2 = OAuth2
guide-tb-auth-no-authentication = 認証なし

## Thunderbird. Labels: shared/reference/client-screens.md §8 (8a classic account setup, 8c account settings).
guide-thunderbird-newer-thunderbird-versions-may-add = 新しい版の Thunderbird では、2つ目からのアカウントを「アカウントの追加」という別の画面で追加することがあります。項目の名前は同じです（後ろの「:」がないだけです）。
guide-thunderbird-port-zero-autodetect = 0のままだと自動で探します。ここでは、このページに書いた番号を入れます。
guide-thunderbird-set-up-your-existing-email = 既存のメールアドレスのセットアップ
guide-thunderbird-on-first-start-or-account = 初めて起動したとき、または「アカウント設定」→「アカウント操作」→「メールアカウントを追加」
guide-thunderbird-your-full-name = あなたのお名前
guide-thunderbird-press-configure-manually = 「手動設定」を押します。
guide-thunderbird-manual-configuration-incoming-server = 手動設定：受信サーバー
guide-thunderbird-protocol = プロトコル:
guide-thunderbird-hostname = ホスト名:
guide-thunderbird-port = ポート番号:
guide-thunderbird-connection-security = 接続の保護:
guide-thunderbird-authentication-method = 認証方式:
guide-thunderbird-username = ユーザー名:
guide-thunderbird-manual-configuration-outgoing-server = 手動設定：送信サーバー
guide-thunderbird-press-re-test-then-done = 「再テスト」を押して、問題がなければ「完了」を押します。
guide-thunderbird-server-settings-pop = サーバー設定（POP）
guide-thunderbird-server-settings-open = 「アカウント設定」→ このアカウントの「サーバー設定」
guide-thunderbird-leave-messages-on-server = ダウンロード後もサーバーにメッセージを残す
guide-thunderbird-for-at-most-days = ダウンロードしてから [ ] 日以上経過したメッセージは削除する
# $days
guide-thunderbird-ticked-days = チェックを入れて{ $days }日
guide-thunderbird-press-ok = 「OK」を押します。

## classic Outlook, Mac Mail and iPhone: choices by a value (labels: shared/reference/client-screens.md §2b, §4, §5).
# $direction: incoming or outgoing. classic Outlook's SPA tick box, shared/reference/client-screens.md §2b.
guide-spa-field-label = { $direction ->
        [incoming] 受信メール
       *[outgoing] 送信メール
    }：セキュリティで保護されたパスワード認証（SPA）でのログオンが必要
# $period: day, week or month — Mac Mail's choices of "remove copy from server" (shared/reference/client-screens.md §4).
guide-mac-mail-keep-choice = { $period ->
        [day] 1日後
        [week] 1週間後
       *[month] 1か月後
    }
# $days, $choice: the closest choice (guide-mac-mail-keep-choice).
guide-mac-mail-keep-days-why = サーバーに残す日数の目安は{ $days }日です。選べる期間のうち、いちばん近い「{ $choice }」を選びます。ほかの機器でも受け取れるように少しの間残し、容量がいっぱいにならないように古いものは消します。
# $days_from: provider (the provider recommends $days) or guideline (the usual number); $days.
guide-iphone-seven-days-why = iPhone で受け取ったあと7日はサーバーに残るので、パソコンなどほかの機器でも受け取れます。（{ $days_from ->
        [provider] プロバイダーのおすすめ
       *[guideline] サーバーに残す日数の目安
    }は{ $days }日です。選べるのは「しない」「7日」「受信ボックスからの削除時」の三つです。）

## ---- situation.rs: the steps per situation ----

## Used by more than one list of steps.
# $url
situation-url-in-brackets = （{ $url }）

## What to have ready before setting up a new computer or phone (situation-step-… ids follow StepId).
# $password_name
situation-password-name-in-brackets = （{ $password_name }）
situation-password-where-unknown = 分からないときは、契約したときの書類を見るか、プロバイダーの会員ページで設定し直します。
# $address
situation-step-have-address = メールアドレスを、@ より後ろまで1文字も違わずに控えておきます（{ $address }）。
# $password_name_text, $where_written
situation-step-have-password = メールのパスワード{ $password_name_text }を用意します。パソコンやスマートフォン（Apple アカウント、Google アカウント）のパスワードや、プロバイダーのホームページに入るためのユーザーIDとそのパスワードとは別のものです。{ $where_written }
situation-step-check-old-device = 今までの機器が POP と IMAP のどちらで受け取っていたかを確かめます。パソコン1台だけで読んでいたなら POP、パソコンとスマートフォンで同じ受信トレイが見えていたなら IMAP のことが多いです。
situation-step-save-old-pop-mail = 今までのパソコンが POP なら、これまでのメールはそのパソコンの中にしかないことがあります。古いパソコンを手放す前に、メールを保存するか新しい機器へ移します。
situation-step-choose-protocol = POP にするか IMAP にするかは、三つの質問（何台の機器で読むか、1台のパソコンに全部を残したいか、どこでメールを管理したいか）で決めます。
situation-step-test-after-setup = 設定が終わったら、自分のアドレスあてにメールを1通送り、送れることと届くことを確かめます。

## Can't receive: the steps in order.
# $url_text
situation-step-provider-filters-itscom = iTSCOM の「メールアカウント管理ページ」{ $url_text }にログインし、「メールアカウント情報参照」の画面で次の欄を見ます。「転送設定」：転送していて、転送したメールを「残さない」になっていないか。「受信拒否設定」：知っている人のアドレスや件名が入っていないか。「迷惑メールスキャン設定」：迷惑メールの隔離がオンになっていないか。拒否や隔離されたメールは「どこでもメール」の迷惑メールフォルダーに7日間だけ残ります。
situation-step-provider-filters = プロバイダーの会員ページで、受信拒否や迷惑メールの設定と、転送の設定を確かめます。転送で「元のメールボックスに残さない」になっていると、メールは転送先にしか届きません。
# $url_text
situation-step-webmail-first = まず、プロバイダーの Webメール{ $url_text }にログインして、メールがサーバーに届いているか確かめます。Webメールにあれば、原因はパソコンやスマートフォンの側です。Webメールにもなければ、届く前の段階（送った人、迷惑メールや転送の設定）を調べます。Webメールにログインできなければ、パスワードが違うか、ロックされています。
situation-step-password-and-lock = 最近パスワードを変えなかったか、何度も間違えて入れなかったかを思い出します。何度も間違えると、しばらくログインできなくなることがあります。時間をおいてから、正しいパスワードを一度だけ入れ直します。パスワードを変えたときは、すべての機器で入れ直します。
situation-step-quota = メールボックスの容量がいっぱいだと、新しいメールは届かずに送った人へ戻ります。Webメールで、古いメールや大きな添付ファイルの付いたメールを消します（ごみ箱も空にします）。
situation-step-junk-folder = 「迷惑メール」のフォルダーに入っていないか見ます。アプリでは受信トレイしか見ていないことがよくあります。
situation-step-other-device-pop = ほかのパソコンやスマートフォンが POP で受け取り、サーバーに残さない設定になっていると、そちらが先にメールを持っていってしまいます。ほかの機器で「サーバーにメッセージのコピーを置く」（アプリによって言葉は違います）がオンか確かめます。
situation-step-phone-sync-period = スマートフォンでは、最近の数日分しか表示しない設定になっていることがあります。メールの設定で、同期する期間を長くします。

## Can't send: the steps in order.
# $host, $port, $security
situation-cant-send-recommended-outgoing = このアドレスのおすすめは、{ $host } の{ $port }番・{ $security } です。
# $sending_abroad: my-page (iTSCOM addresses without the management page: itscom.net…, switched on in マイページ), management-page (iTSCOM ms246.net / mgl.246.ne.jp, $url_text: the page in brackets or nothing) or other.
situation-step-other-network = { $sending_abroad ->
        [my-page] iTSCOM のアドレスは、日本の外からの送信が制限されています。iTSCOM の「マイページ」で「海外からのメール送信」をオンにすると、1週間送信できます（期限はマイページに表示されます）。受信には制限はありません。海外では「どこでもメール」から送る方法もあります。
        [management-page] iTSCOM のアドレスは、日本の外からの送信が制限されています。「メールアカウント管理ページ」{ $url_text }の「メールアカウント情報参照」の画面で「国外からのメール送信制限設定」を開き、制限を解除します。解除は最大1週間の一時的なもので、画面に出る日時まで有効です。受信には制限はありません。海外では「どこでもメール」から送る方法もあります。
       *[other] 家では送れるのに外出先や旅行先で送れないときは、その場所の回線の制限か、プロバイダーの海外からの送信制限が原因のことがあります。プロバイダーの案内を確かめます。
    }
# $recommendation
situation-step-port-security = 送信ポートと暗号化の組み合わせを確かめます。465番なら SSL/TLS、587番なら STARTTLS です。どちらか一つでも違うと送れません。{ $recommendation }
situation-step-port25-blocked = 送信ポートが25番になっていたら、587番（または465番）に変えます。多くのプロバイダーは迷惑メール対策のため、25番での送信を止めています（OP25B）。
situation-step-outgoing-auth = 「送信サーバーは認証が必要」にあたる設定がオンか、送信用のパスワードが古いままになっていないかを確かめます。パスワードを変えたときは、受信と送信の両方を入れ直します。
situation-step-security-software = ウイルス対策ソフトの「メールの保護」や「メールのスキャン」などの機能が、送信を邪魔したり設定を書き換えたりすることがあります。その機能だけをいったん止めて試し、試したあとは必ず元に戻します。
situation-step-mac-other-smtp = Mac の「メール」では、別のアカウントの送信サーバーが選ばれていることがあります。「メール」→「設定…」→「アカウント」→「サーバ設定」の「送信用メールサーバ（SMTP）」で、このアカウント自身のサーバーを選びます。

## Read it in Gmail: the steps in order.
# $host, $port
situation-step-gmail-send-as-server = Gmail から送るときの差出人をこのアドレスにするには、Gmail の「他のメールアドレスを追加」で、プロバイダーの送信サーバー（{ $host }、{ $port }番）を設定します。
situation-step-gmail-send-as = Gmail から送るときの差出人をこのアドレスにするには、Gmail の「他のメールアドレスを追加」で、プロバイダーの送信サーバーを設定します。
situation-step-gmail-pop-ended = Gmail は2026年に、ほかのメールを POP で取り込む機能（「他のアカウントのメールを確認」）をやめました。これまでの取り込みは止まっています。すでに取り込んだメールは消えません。
situation-step-gmail-forwarding = プロバイダーの会員ページで、Gmail のアドレスへの自動転送を設定します。転送したメールを「残す」にすると、ほかのアプリや Webメールでも読めますが、容量がいっぱいにならないよう気をつけます。「残さない」にすると Gmail にしか残りません。
situation-step-gmail-app-imap = スマートフォンでは、Gmail アプリにこのアドレスを IMAP で追加する方法もあります（パソコンのブラウザーの Gmail には表示されません）。
situation-step-gmail-duplicates-loops = 転送と、Gmail アプリでの追加を両方すると、同じメールが2通ずつ届きます。また、Gmail からこのアドレスへ転送し返すと、メールが行ったり来たりして止まらなくなります。方法は一つにします。
situation-step-gmail-spam-folder = 転送されたメールは、Gmail で迷惑メールと判断されることがあります。しばらくは Gmail の「迷惑メール」も見てください。

## POP or IMAP from the three questions: reasons and cautions.
# $devices: several or one.
situation-choose-protocol-imap-reason = { $devices ->
        [several] 何台もの機器で読むので、どの機器でも同じ受信トレイが見える IMAP が向いています。読んだ印や送ったメールも共有されます。
       *[one] メールをサーバーで管理したいので IMAP にします。機器を買い替えても、設定するだけで今までのメールが見えます。
    }
situation-choose-protocol-with-imap-mail-piles-up = IMAP ではメールがサーバーにたまります。容量がいっぱいになると新しいメールが届かなくなるので、いらないメールはときどき消してください。
situation-choose-protocol-deleting-on-one-device-deletes = どの機器で消しても、すべての機器から消えます。
situation-choose-protocol-this-provider-needs-a-separate = このプロバイダーでは、IMAP を使うには別の申し込み（有料のオプション）が必要です。申し込んでいない場合は POP にし、ほかの機器では「サーバーから削除しない」設定にします。
situation-choose-protocol-use-imap-on-every-device = すべての機器で同じ方式（IMAP）にそろえます。POP の機器が混じると、その機器がメールをサーバーから消してしまうことがあります。
# $why: keep-all (one computer must keep everything) or one-device.
situation-choose-protocol-pop-reason = { $why ->
        [keep-all] 1台のパソコンに全部のメールを残したいので、パソコンに受け取って保存する POP にします。
       *[one-device] 読むのが1台なので、受け取ったメールを機器に保存する POP で十分です。サーバーの容量も気にせずに済みます。
    }
# $days_from: provider or default, $days
situation-choose-protocol-leave-mail-on-the-server = サーバーには受け取ったあとも{ $days_from ->
        [provider] プロバイダーのおすすめの{ $days }日
       *[default] { $days }日
    }だけ残し、それより古いものは消す設定にします。万一のときの予備になり、容量もいっぱいになりません。
# $days
situation-choose-protocol-set-the-other-devices-phones = ほかの機器（スマートフォンなど）も POP にして、「サーバーから削除しない」設定にします。サーバーの古いメールは、このパソコンが{ $days }日後に片付けます。ほかの機器は{ $days }日より前に受け取ってください。
situation-choose-protocol-with-pop-the-mail-lives = POP では、メールはこの機器の中にしかなくなります。機器を買い替える前に、メールを保存してください。

## What to do first in the app for a finding (ids follow FindingId).
situation-first-move-all-ok = サーバー側の設定は正しく動いています。アプリの値が下の推奨値と同じか、一つずつ見比べてください。
situation-first-move-password-rejected = アプリに保存されているパスワードを、メールのパスワードで入れ直します（受信と送信の両方）。
situation-first-move-username-format = ユーザー名の欄を、プロバイダーが求める形（下の値）に直します。
situation-first-move-imap-not-enabled = IMAP が使えるようにするか（申し込みが必要な場合があります）、POP で設定し直します。
situation-first-move-smtp-port25-blocked = 送信ポートを25番から推奨の番号に変え、暗号化もそれに合わせます。
situation-first-move-starttls-missing = ポートと暗号化の組み合わせを、下の推奨値にそろえます。
situation-first-move-tls-certificate-invalid = サーバー名が推奨値と1文字も違わないか確かめます。合っていれば、アプリでは何も変えずにプロバイダーに知らせてください。
situation-first-move-tls-intercepted = ウイルス対策ソフトのメール保護の機能をいったん止めて試します（アプリの設定は変えません）。
situation-first-move-server-unreachable = サーバー名を推奨値どおりに直し、インターネットにつながっているか確かめます。
situation-first-move-network-blocked = 別の回線（スマートフォンのテザリングなど）で試すか、推奨のポート番号に変えます。
situation-first-move-mailbox-empty-pop = POP のすべての機器で、サーバーにメールを残す設定にします。
situation-first-move-quota-nearly-full = Webメールで古いメールを消し、POP なら「サーバーから削除するまでの日数」を設定します。
situation-first-move-junk-has-mail = アプリで「迷惑メール」のフォルダーを開き、必要なメールを受信トレイに戻します。
situation-first-move-app-password-required = 普段のパスワードではなく、サービスで発行する専用のパスワードをパスワード欄に入れます。
situation-first-move-gmail-pop-fetch-ended = プロバイダー側で Gmail への転送を設定します。
situation-first-move-plaintext-only = 暗号化の欄を推奨値にします。暗号化できないままパスワードを送らないでください。
situation-first-move-unverified-settings = 設定したあと、自分あてにメールを送って、送れることと届くことを確かめます。
situation-first-move-no-incoming = 受信サーバーの正しい名前をプロバイダーの案内で確かめてから入れます。
situation-first-move-no-outgoing = 送信サーバーの正しい名前をプロバイダーの案内で確かめてから入れます。
situation-first-move-login-attempts-capped = これ以上続けて試さず、しばらく待ってから正しいパスワードを一度だけ入れます。
situation-first-move-tls-required = 暗号化の欄を「SSL/TLS」か「STARTTLS」にします（下の推奨値）。パスワードは変えません。
situation-first-move-login-temporarily-failed = アプリの設定は変えずに、しばらく待ってからもう一度受信・送信します。
situation-first-move-mailbox-in-use = ほかの機器やアプリのメールを閉じてから、もう一度受信します。
situation-first-move-login-not-allowed = アプリの設定はそのままで、プロバイダーの会員ページかWebメールでアカウントの状態を確かめます。
situation-first-move-server-error = アプリの設定は変えずに、時間をおいて試し、直らなければプロバイダーに知らせます。
situation-first-move-use-starttls = ポート番号はそのままで、暗号化の欄を「STARTTLS」にします。
situation-first-move-smtp-port25-only = いまは25番で送れますが、できれば送信ポートを587番（STARTTLS）か465番（SSL/TLS）にします。
situation-first-move-ipv6-broken = アプリの設定は変えずに、ルーターとパソコンを再起動します。
situation-first-move-offline = アプリの設定は変えずに、まず Wi-Fi かケーブルの接続を直します。
situation-first-move-dns-unavailable = アプリの設定は変えずに、ルーターを再起動して、ホームページが見られるか確かめます。
situation-first-move-captive-portal = アプリの設定は変えずに、ブラウザーで Wi-Fi のログインを済ませます。
situation-first-move-apop-login = 受信サーバーの認証方式を APOP（Thunderbird では「暗号化されたパスワード認証」）にします。
situation-first-move-pop-before-smtp = 送信サーバーの認証を「なし」にし、送る前に必ず先に受信します。

## ---- guide/mod.rs: names of apps, fields, protocols ----

## The names of the apps (guide-app-…, by ClientId) and the plain, app-independent names of the fields (guide-field-…, by FieldId).
guide-app-outlook-new = 新しい Outlook（Outlook for Windows）
guide-app-outlook-classic = Outlook（クラシック版：2016〜2024／Microsoft 365）
guide-app-windows-mail = Windows の「メール」アプリ（提供終了）
guide-app-mac-mail = Mac の「メール」
guide-app-iphone = iPhone・iPad の「メール」
guide-app-android-gmail = Android の Gmail アプリ
guide-app-gmail-web = パソコンのブラウザーで使う Gmail
guide-app-thunderbird = Thunderbird
guide-field-email-address = メールアドレス
guide-field-display-name = お名前（相手に表示されます）
guide-field-password = パスワード
guide-field-description = 説明
guide-field-manual-setup = 手動での設定
guide-field-account-type = 受信方式（POP か IMAP か）
guide-field-show-more = 詳しい項目の表示
guide-field-use-recommended = おすすめの設定
guide-field-incoming-host = 受信サーバー
guide-field-incoming-port = 受信ポート
guide-field-incoming-security = 受信の暗号化
guide-field-incoming-username = 受信のユーザー名
guide-field-incoming-password = 受信のパスワード
guide-field-incoming-auth = 受信の認証方式
guide-field-incoming-spa = 受信の SPA（セキュリティで保護されたパスワード認証）
guide-field-manage-automatically = 受信の接続設定の自動管理
guide-field-outgoing-host = 送信サーバー
guide-field-outgoing-port = 送信ポート
guide-field-outgoing-security = 送信の暗号化
guide-field-outgoing-username = 送信のユーザー名
guide-field-outgoing-password = 送信のパスワード
guide-field-outgoing-auth-required = 送信時の認証
guide-field-outgoing-same-as-incoming = 送信に受信と同じユーザー名とパスワードを使う
guide-field-outgoing-auth = 送信の認証方式
guide-field-outgoing-spa = 送信の SPA（セキュリティで保護されたパスワード認証）
guide-field-outgoing-manage-automatically = 送信の接続設定の自動管理
guide-field-outgoing-server-choice = このアカウントで使う送信サーバー
guide-field-leave-on-server = サーバーにメールを残す
guide-field-delete-after-days = サーバーから削除するまでの日数
guide-field-delete-from-server = サーバーから削除するタイミング
guide-field-sync-period = 同期する期間
guide-field-treat-as-alias = エイリアスとして扱う
guide-field-confirmation-code = 確認コード
guide-field-forward-to = 転送先のメールアドレス
guide-field-forward-keep-copy = 転送したメールを元のメールボックスに残すか

## The person's choice of POP or IMAP could not be honoured. $chosen: the protocol chosen, $shown: the one shown.
# $shown, $chosen
guide-preferred-protocol-not-confirmed = { $chosen } を選びましたが、{ $chosen } の設定はこの確認で使えることを確かめられなかったため、確かめられた { $shown } の設定を表示しています。

## Plain names of the protocols.
guide-protocol-imap = IMAP
guide-protocol-pop3 = POP
guide-protocol-smtp = SMTP

## Plain names of the authentication methods.
guide-auth-password-cleartext = 通常のパスワード
guide-auth-password-encrypted = 暗号化されたパスワード
guide-auth-oauth2 = OAuth2（ブラウザーでのログイン）
guide-auth-client-ip-address = 接続元の回線で判断（パスワードなし）
guide-auth-smtp-after-pop = 先に受信してから送信（POP before SMTP）
guide-auth-none = なし

## The guide as text for the terminal (guide::render_text).
# $app; $protocol: imap, pop3 or none (Gmail on the web).
guide-render-heading = { $app }{ $protocol ->
        [imap] {" "}— IMAP
        [pop3] {" "}— POP
       *[none] {""}
    }
# $text: one notice.
guide-render-notice = 【ご注意】{ $text }
# $text: how to get to the screen.
guide-render-how-to-open = 開き方: { $text }
# $label: the app's label, $value: what to enter.
guide-render-field = ・「{ $label }」: { $value }
# $text: why.
guide-render-why = 理由: { $text }


## ---- compare.rs: what the app shows now against the recommended settings ----

# $on: yes or no — a switch or tick box as the person sees it.
compare-switch = { $on ->
        [yes] オン
       *[no] オフ
    }
# $name: the plain name of the field, $label: the app's own label (when it does not say incoming or outgoing by itself).
compare-name-and-label = { $name }（「{ $label }」）
# $name, $current: what the app shows, $recommended: what it should show. 「送信ポート: 25 → 587」
compare-line = { $name }: { $current } → { $recommended }
# $days
compare-days = { $days }日
compare-note-protocol-cannot-switch = POP と IMAP は、多くのアプリで後から切り替えられません。アカウントを追加し直します（POP で受け取ったメールは先にパソコンに残っているか確かめてください）。
compare-note-leave-on-server-off = オフのままだと、この機器が受け取ったメールはサーバーから消え、ほかの機器では受け取れません。
compare-note-port-25-blocked = 25番は多くのプロバイダーが迷惑メール対策のために止めています（OP25B）。
compare-note-full-width = 全角の文字が混じっています。半角で入れ直してください。
compare-note-whole-address = @ より後ろも含めて、メールアドレスを全部入れます。
