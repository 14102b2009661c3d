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
guide-pop = POP

## The mail password: what to enter and how it differs from other passwords.
# $password_name
guide-password-value-named = メールのパスワード（{ $password_name }）
guide-password-value = メールのパスワード

## Which other passwords the mail password is not, by platform (Apple devices ask for the Apple Account, Android and Gmail for the Google account).
guide-password-why-not-your-apple-account-password = Apple アカウントやパソコンのパスワード、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
guide-password-why-not-your-google-account-gmail = Google アカウント（Gmail）のパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
guide-password-why-not-the-computer-s-password = パソコンのパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。
guide-password-why-it-is-usually-printed-on = 多くの場合、契約したときの書類に書かれています。

## Why the username has this form.
guide-username-why-enter-the-whole-address-including = メールアドレスを @ より後ろまで全部入れます。
guide-username-why-enter-only-the-part-before = @ より前の部分だけを入れます。プロバイダーがこの形を求めています。
guide-username-why-enter-it-exactly-as-the = プロバイダーが決めた形のまま、1文字も変えずに入れます。

## Why this port, for apps with only an SSL on/off switch.
# $port
guide-switch-port-why-swapped = このアプリには「SSL を使う」かどうかのスイッチしかないため、確認で使えることが分かった{ $port }番（最初から暗号化する方式）にしています。
# $implicit_port, $port
guide-switch-port-why-starttls = このアプリには「SSL を使う」かどうかのスイッチしかありません。{ $port }番でスイッチをオンにすると、接続してから暗号化する方式（STARTTLS）になるはずですが、アプリの説明では確かめられていません。うまくいかないときは、プロバイダーに{ $implicit_port }番が使えるか尋ねてください。

## Why the SSL switch is on (or why it cannot be).
guide-switch-why-this-server-offers-no-encryption = このサーバーは暗号化に対応していません。パスワードが読まれる危険があるため、プロバイダーに暗号化できる設定を尋ねてください。
guide-switch-why-so-that-your-password-and = パスワードとメールを暗号化して送るためです。

## How long POP mail stays on the server.
# $days
guide-keep-days-why-the-provider-recommends-days-long = プロバイダーのおすすめは{ $days }日です。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。
# $days
guide-keep-days-why-the-provider-gives-no-number = プロバイダーのおすすめの日数が分からないため、よくある{ $days }日にしています。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。

## Encryption choices in drop-down lists (new and classic Outlook, Android, Thunderbird): shared/reference/client-screens.md §0.
guide-dropdown-security-ssl-tls = SSL/TLS
guide-dropdown-security-it-may-read-ssl-tls = 画面では「SSL/TLS (推奨)」と表示されることがあります。
guide-dropdown-security-starttls = STARTTLS
guide-dropdown-security-choose-the-closest-to-none = 「なし」に近い選択肢（「オフ」など）を選んでください。

## Why the outgoing port is not 25.
guide-port-field-use-this-number-not-port = 迷惑メール対策で止められていることの多い25番ではなく、この番号を使います（OP25B）。

## Why no guide can be written; the notice on unverified values.
guide-build-the-outgoing-server-is-not = 送信サーバーの設定が分からないため、手順を作れません。
guide-build-the-incoming-server-is-not = 受信サーバーの設定が分からないため、手順を作れません。
guide-build-these-settings-were-not-verified = この設定はまだ実際のサーバーで確かめていません（プロバイダーの資料による値です）。設定したあと、送受信できるか必ず確かめてください。

## new Outlook for Windows. Labels: shared/reference/client-screens.md §1.
guide-outlook-new-new-outlook-syncs-pop-and = 新しい Outlook は、POP や IMAP のメールも Microsoft のサーバーを通して同期します（最初に同意の画面が出ます）。
guide-outlook-new-in-new-outlook-the-server = 新しい Outlook では、あとからサーバー名・ポート・暗号化・ユーザー名を変えられません。間違えたときは、アカウントをいったん削除して追加し直します。
guide-outlook-new-some-providers-advise-against-new = プロバイダーによっては、新しい Outlook を POP で使うことをすすめていません。ほかの機器でも読むなら IMAP のほうが安心です。
# $username
guide-outlook-new-this-provider-wants-the-incoming = このプロバイダーは受信のユーザー名に「{ $username }」を使いますが、新しい Outlook の画面には受信用のユーザー名の欄がないことがあります。うまくいかないときは Thunderbird など別のアプリをお使いください。
guide-outlook-new-pop-incoming-server = POP 受信サーバー
guide-outlook-new-imap-incoming-server = IMAP 受信サーバー
guide-outlook-new-add-account = アカウントの追加
guide-outlook-new-the-first-run-screen-or = 初めて起動したときの画面、または左下の「アカウントを追加」（右上の設定（歯車）→「アカウント」からも開けます）
guide-outlook-new-a-microsoft-account-address-may = Microsoft アカウントのアドレスが最初から入っていることがあります。消してから、このアドレスを入れてください。
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
guide-outlook-new-some-guides-write-imap-pop = 手引きによっては「IMAP/POP 受信サーバー」と書かれています。
guide-outlook-new-secure-connection-type = セキュア接続タイプ
guide-outlook-new-smtp-username = SMTPユーザー名
guide-outlook-new-smtp-password = SMTPパスワード
guide-outlook-new-enter-the-same-password-as = 受信と同じパスワードを入れてください。
guide-outlook-new-some-guides-leave-it-empty = 空欄のままでよいと書く手引きもあります。
guide-outlook-new-smtp-outgoing-server = SMTP送信サーバー
guide-outlook-new-sync-with-the-microsoft-cloud = Microsoft クラウドとの同期の確認
guide-outlook-new-read-it-and-press-continue = 内容を読んで「続行」を押します。続くプライバシーの画面も、内容を確かめて進めます。

## classic Outlook, the SPA tick box. Label: shared/reference/client-screens.md §2b.
guide-spa-field-provider-mail-does-not-use = プロバイダーのメールでは使いません。チェックが入っているとログインできません。

## classic Outlook. Labels: shared/reference/client-screens.md §2 (2a add-account wizard, 2b classic dialogs).
guide-outlook-classic-pop-account-settings = POP アカウントの設定
guide-outlook-classic-imap-account-settings = IMAP アカウントの設定
guide-outlook-classic-incoming-mail-server = 受信メール：サーバー
guide-outlook-classic-incoming-mail-port = 受信メール：ポート
guide-outlook-classic-this-server-requires-an-encrypted = このサーバーは暗号化された接続（SSL/TLS）が必要
# $port
guide-outlook-classic-port-encrypts-from-the-start = { $port }番は最初から暗号化する方式です。
guide-outlook-classic-for-pop-outlook-only-has = POP の受信では、Outlook はこのチェックの有無しか選べません。STARTTLS の設定は Outlook では選べない可能性があります（未確認）。プロバイダーに995番が使えるか尋ねてください。
guide-outlook-classic-incoming-mail-encryption-method = 受信メール：暗号化方法
guide-outlook-classic-outgoing-mail-server = 送信メール：サーバー
guide-outlook-classic-outgoing-mail-port = 送信メール：ポート
guide-outlook-classic-outgoing-mail-encryption-method = 送信メール：暗号化方法
guide-outlook-classic-add-account = アカウントの追加
guide-outlook-classic-welcome-to-outlook-on-first = 初めて起動したときの「Outlook へようこそ」、または「ファイル」→「アカウントの追加」
guide-outlook-classic-advanced-options-let-me-set = 詳細オプション → 自分で自分のアカウントを手動で設定
guide-outlook-classic-without-it-outlook-decides-by = チェックしないと Outlook が自動で決めてしまい、POP を選べません。
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
guide-outlook-classic-log-on-to-incoming-mail = メールを送信する前に受信メール サーバーにログオンする(I)
guide-outlook-classic-internet-e-mail-settings-outgoing = インターネット電子メール設定：「送信サーバー」タブ
guide-outlook-classic-internet-e-mail-settings-advanced = インターネット電子メール設定：「詳細設定」タブ
guide-outlook-classic-leave-a-copy-of-messages = サーバーにメッセージのコピーを置く(L)
guide-outlook-classic-remove-from-server-after-days = サーバーから削除する(R) [ ] 日後
# $days
guide-outlook-classic-ticked-days = チェックを入れて{ $days }日後
guide-outlook-classic-press-ok-then-next-and = 「OK」を押し、「次へ」→「完了」で閉じます。

## Windows Mail (retired). Labels: shared/reference/client-screens.md §3.
guide-windows-mail-microsoft-ended-the-windows-mail = Windows の「メール」アプリは2024年12月31日で Microsoft のサポートが終わり、今はメールの送受信ができません。このアプリにアカウントを追加しても使えないため、新しい Outlook（Outlook for Windows）の手順で設定してください。下の値は、以前の設定を見比べるときの参考です。
guide-windows-mail-for-reference-the-old-settings = 参考: 以前の設定の値（インターネット メール）
guide-windows-mail-the-old-settings-used-to = 以前の設定は、歯車 →「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」で見られました。
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
guide-mac-mail-mail-add-account-other-mail = 「メール」メニュー →「アカウントを追加…」→「その他のメールアカウント…」→「続ける」
guide-mac-mail-email-address = メールアドレス
guide-mac-mail-press-sign-in = 「サインイン」を押します。
guide-mac-mail-account-must-be-manually-configured = アカウントを手動で設定する必要があります
guide-mac-mail-shown-when-mail-cannot-find = 自動で見つからなかったときに出る画面です。
guide-mac-mail-user-name = ユーザ名
guide-mac-mail-account-type = アカウントの種類
guide-mac-mail-incoming-mail-server = 受信用メールサーバ
guide-mac-mail-outgoing-mail-server = 送信用メールサーバ
guide-mac-mail-this-screen-s-wording-on = 新しい macOS（Sonoma 以降）のこの画面の表示は確かめられていません。
guide-mac-mail-press-sign-in-choose-the = 「サインイン」を押し、使うアプリ（メール）を選んで「完了」を押します。
guide-mac-mail-the-japanese-wording-is-not = 日本語の表示は確認できていません（古い macOS では「SSLを使用」）。
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
guide-mac-mail-the-outgoing-port-can-only = チェックを外さないと、送信ポートを指定できません。
guide-mac-mail-press-save = 「保存」を押します。
guide-mac-mail-account-information-tab-pop = 「アカウント情報」タブ（POP）
guide-mac-mail-remove-copy-from-server-after = 受信後にメッセージのコピーをサーバから削除
guide-mac-mail-pick-the-closest-period = いちばん近い期間を選んでください。
guide-mac-mail-the-label-and-its-choices = この項目の表示と選択肢は確かめられていません。

## Mail on iPhone and iPad. Labels: shared/reference/client-screens.md §5.
guide-iphone-apple-s-exact-japanese-spelling = Apple の表記（「サーバ」「ユーザ名」か「サーバー」「ユーザー名」か）は iOS 17/18 では確かめられていません。
guide-iphone-new-account = 新規アカウント
guide-iphone-ios-18-settings-apps-mail = iOS 18：「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」（iOS 17まで：「設定」→「メール」→「アカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」）
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
guide-iphone-apple-s-exact-wording-is = Apple の正確な表記は確かめられていません。
guide-iphone-advanced-incoming-settings = 詳細：受信設定
guide-iphone-mail-accounts-this-account-account = メールアカウントの一覧 → このアカウント →「アカウント」→「詳細」
guide-iphone-outgoing-mail-server-smtp = 「送信メールサーバ」（SMTP）
guide-iphone-this-account-account-smtp-the = このアカウント →「アカウント」→「SMTP」→「プライマリサーバ」の「サーバ名」
# $port
guide-iphone-the-iphone-may-guess-the = iPhone はポートを自分で推測して入れることがあります。ここが{ $port }になっているか必ず確かめてください。
guide-iphone-press-done = 「完了」を押します。

## Gmail app on Android. Labels: shared/reference/client-screens.md §6.
guide-android-gmail-the-gmail-app-s-wording = Gmail アプリの画面の言葉は、同じ仕組みの Android 標準メールアプリの表記をもとにしています。少し違う言葉で出ることがあります。
guide-android-gmail-never-choose-an-accept-all = 「証明書をすべて承認」が付いた選択肢は選びません。偽のサーバーでも気づけなくなるためです。
guide-android-gmail-server = サーバー
guide-android-gmail-security-type = セキュリティの種類
guide-android-gmail-delete-email-from-server = サーバーからメールを削除
guide-android-gmail-never = 削除しない
# $keep_days
guide-android-gmail-deleting-on-the-phone-leaves = スマートフォンで消しても、サーバーには残るのでパソコンでも受け取れます。サーバーの古いメールは、パソコンの「{ $keep_days }日後に削除」の設定で片付きます。スマートフォンだけで読む場合は「受信トレイから削除したとき」を選ぶと、サーバーの容量がいっぱいになりにくくなります。
guide-android-gmail-sync-emails-from = 同期するメールの送信元:
guide-android-gmail-automatic = 自動
guide-android-gmail-if-older-mail-is-missing = 古いメールがスマートフォンに見当たらないときは、ここをもっと長い期間（「すべて」など）にします。
guide-android-gmail-shown-for-imap-only = IMAP のときだけ出る項目です。
guide-android-gmail-wording-not-confirmed = 表示は確かめられていません。
guide-android-gmail-add-another-account = アカウントの追加
guide-android-gmail-gmail-app-account-picture-top = Gmail アプリ右上のアカウントの丸いアイコン →「別のアカウントを追加」→「その他」（メニューの正確な言葉は確かめられていません）
guide-android-gmail-manual-setup = 手動セットアップ
guide-android-gmail-press-it = 押す
guide-android-gmail-so-that-you-enter-the = 自動の設定に任せず、ここに書いた値を入れるためです。
guide-android-gmail-personal-pop3-personal-imap = 個人用（POP3）／個人用（IMAP）
guide-android-gmail-personal-pop3 = 個人用（POP3）
guide-android-gmail-personal-imap = 個人用（IMAP）
guide-android-gmail-whether-pop3-is-still-offered = 2026年の Google の変更後も POP3 を選べるかは確かめられていません。出てこないときは IMAP をお使いください（プロバイダーが IMAP に対応している場合）。
guide-android-gmail-incoming-server-settings = 受信サーバーの設定
guide-android-gmail-outgoing-server-settings = 送信サーバーの設定
guide-android-gmail-smtp-server = SMTPサーバー
guide-android-gmail-require-signin = ログインが必要
guide-android-gmail-account-options = アカウントのオプション
guide-android-gmail-press-next-on-the-your = 「次へ」を押し、「アカウントの設定が完了しました。」の画面で、送信メールに表示するあなたのお名前を入れて「次へ」を押します。

## Gmail on the web. Labels: shared/reference/client-screens.md §7 (7a Send mail as; forwarding words from iTSCOM's manual).
guide-gmail-web-gmail-ended-pop-fetching-check = Gmail は2026年に、ほかのメールを POP で取り込む機能（「他のアカウントのメールを確認」）をやめました。代わりに、プロバイダー側で Gmail へ「転送」し、返信は Gmail の「他のメールアドレスを追加」でプロバイダーの送信サーバーから送ります。
guide-gmail-web-forwarding-plus-adding-the-same = 転送と、スマートフォンの Gmail アプリでの IMAP の追加を両方行うと、同じメールが2通ずつ見えます。また、Gmail からプロバイダーのアドレスへ転送し返すと、メールが行ったり来たりして止まらなくなります。どちらか一つにしてください。
# $url
guide-gmail-web-url-in-brackets = （{ $url }）
# $url_text
guide-gmail-web-log-in-to-itscom-s = iTSCOM の「メールアカウント管理ページ」{ $url_text }にログインし、「メールアカウント情報参照」の画面で「転送設定」を開き、「設定」を押します。
# $url_text
guide-gmail-web-log-in-to-the-provider = プロバイダーのメール設定のページ{ $url_text }にログインし、転送の設定を開きます。
guide-gmail-web-log-in-to-the-provider-no-url = プロバイダーの会員ページ（メールの設定）にログインし、転送の設定を開きます。
guide-gmail-web-the-forwarding-screen-s-wording = 転送の画面の言葉はプロバイダーごとに違います（ここに書いた言葉は iTSCOM の手引きのものです）。
guide-gmail-web-secured-connection-using-ssl = SSL を使用したセキュリティで保護された接続
# $port
guide-gmail-web-port-encrypts-from-the-start = { $port }番は最初から暗号化する方式なので、こちらを選びます。465番を入れると自動でこちらに変わります。
guide-gmail-web-secured-connection-using-tls-recommended = TLS を使用したセキュリティで保護された接続
# $port
guide-gmail-web-port-upgrades-to-encryption-after = { $port }番は接続してから暗号化する方式（STARTTLS）なので、こちらを選びます。
guide-gmail-web-secured-connection = セキュリティで保護された接続
guide-gmail-web-this-outgoing-server-offers-no = この送信サーバーは暗号化に対応していないため、Gmail からは使えません。プロバイダーに暗号化できる送信の設定を尋ねてください。
guide-gmail-web-provider-side-forward-to-gmail = プロバイダー側：Gmail への転送
guide-gmail-web-forwarding-address = 転送先メールアドレス
guide-gmail-web-your-gmail-address = あなたの Gmail のアドレス
guide-gmail-web-keep-do-not-keep-forwarded = 転送したメールをメールボックスに残す／残さない
guide-gmail-web-keep = 残す
# $keep_days
guide-gmail-web-with-do-not-keep-the = 「残さない」にすると、パソコンのメールソフトやプロバイダーの Webメールからは読めなくなります。残す場合は、メールソフトの「{ $keep_days }日後にサーバーから削除」や Webメールでの整理で、容量がいっぱいにならないようにします。
guide-gmail-web-the-exact-wording-is-not = 画面の正確な言葉は分かりません。iTSCOM の手引きでは「転送したメールをメールボックスに残すか残さないかを選択します」と説明されています。
guide-gmail-web-save-then-send-a-test = 設定を保存し、自分のプロバイダーのアドレスあてにテストのメールを送って、Gmail に1通だけ届くか確かめます。転送したメールは Gmail で迷惑メールに入ることがあるので、「迷惑メール」も見てください。
guide-gmail-web-gmail-add-another-email-address = Gmail：他のメールアドレスを追加（名前とアドレス）
guide-gmail-web-gear-see-all-settings-accounts = 歯車 →「すべての設定を表示」→「アカウントとインポート」→「名前:」の欄の「他のメールアドレスを追加」
guide-gmail-web-treat-as-an-alias = エイリアスとして扱います
guide-gmail-web-your-provider-address-is-a = プロバイダーのアドレスは Gmail とは別のあなたのアドレスなので、エイリアスにはしません。
guide-gmail-web-press-next-step = 「次のステップ」を押します。
guide-gmail-web-gmail-send-through-smtp-server = Gmail：SMTP サーバー経由で送信
guide-gmail-web-smtp-server = SMTPサーバー
guide-gmail-web-whether-the-japanese-label-carries = 日本語画面で「(推奨)」が付くかは確かめられていません。
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
guide-thunderbird-0-means-autodetect-enter-the = 0のままだと自動で探します。ここでは、このページに書いた番号を入れます。
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
guide-thunderbird-account-settings-this-account-s = 「アカウント設定」→ このアカウントの「サーバー設定」
guide-thunderbird-leave-messages-on-server = ダウンロード後もサーバーにメッセージを残す
guide-thunderbird-for-at-most-days = ダウンロードしてから [ ] 日以上経過したメッセージは削除する
# $days
guide-thunderbird-ticked-days = チェックを入れて{ $days }日
guide-thunderbird-press-ok = 「OK」を押します。

## Choices by a value.
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
