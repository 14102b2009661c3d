## 日本語 — handoff.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).



## The page the phone sees (src/handoff/page.rs).

handoff-page-title = メールの設定 — Tsunagu
# The link to the page in the other language, named in that language.
handoff-page-other-language = English
# $situation: what the person came for (new-device, cant-receive…).
handoff-page-heading = { $situation ->
        [new-device] スマートフォンにメールを設定します
       *[other] スマートフォンのメール設定を直します
    }
handoff-page-situation-label = ご相談の内容
handoff-page-verified = この設定は、パソコンで実際にサーバーにつないで確かめました。
handoff-page-apps-label = 使うアプリ
# $app: the app's name as the guide writes it.
handoff-page-guide-heading = { $app }に入れる値
handoff-page-no-password = このページにパスワードは載っていません。パスワードは、スマートフォンで設定するときに自分で入力してください。
# $minutes: the whole minutes left, rounded up.
handoff-page-expires = このページはあと約{ $minutes }分で開けなくなります（パソコンの画面で止めることもできます）。
# The copy button beside a value: its label, what it says after copying or when copying
# failed, and what a screen reader says ($field: the field's label).
handoff-copy = コピー
    .done = コピー済み
    .failed = 長押しで選択
    .aria-label = コピー { $field }
# The card that offers the profile on iPhone; .failed-title when no profile could be made.
handoff-profile-card =
    .title = いちばん簡単：プロファイルで設定
    .failed-title = プロファイルでの設定
    .button = プロファイルをダウンロード
    .step-download = ボタンを押し、「許可」を押してプロファイルをダウンロードします。
    .step-install = 「設定」アプリを開き、上のほうに出る「プロファイルがダウンロード済み」を押して、「インストール」を押します。途中でメールのパスワードを尋ねられたら入力します。
    .by-hand = プロファイルを使わずに手で入れる場合は、下の値を順に入力します。


## Why a hand-off could not start (src/handoff/mod.rs). $address: an IP address; $error: the
## operating system's own words.

handoff-error-not-lan = { $address } は家庭内や社内のネットワーク（LAN）のアドレスではないため、使いません。
handoff-error-no-lan-address = このパソコンは Wi-Fi や有線の家庭内ネットワークにつながっていないようです。スマートフォンへの受け渡しはできないので、プロファイルのファイルか印刷用のページをお使いください。
handoff-error-lifetime = 受け渡しの時間は1秒から60分までです。
handoff-error-random = 乱数を用意できませんでした（{ $error }）。
handoff-error-bind = { $address } で待ち受けられませんでした（{ $error }）。
handoff-error-local-address = 待ち受けのアドレスが分かりません（{ $error }）。


## The Apple configuration profile (src/export/mobileconfig.rs).

profile-error-auth = この認証方式は Apple のプロファイルでは設定できません。手順書を見て手で設定してください。
# $host, $port: the server that offers no encryption.
profile-error-plain = { $host }（{ $port }番）は暗号化に対応していないため、パスワードが読まれるおそれがあります。このままのプロファイルは作りません。
# $server: which server is not known (incoming, outgoing).
profile-error-missing = { $server ->
        [incoming] 受信サーバー
       *[outgoing] 送信サーバー
    }の設定が分からないため、プロファイルを作れません。
# What the device shows before installing. $verified: "yes" when the values passed a live
# check (otherwise the text says they did not); the servers by host name and port.
profile-consent = このプロファイルは、{ $address } のメールアカウントをこの機器の「メール」に追加します（受信 { $incoming_host } { $incoming_port }番、送信 { $outgoing_host } { $outgoing_port }番）。{ $verified ->
        [yes] {""}
       *[no] この設定は、まだ実際のサーバーで確かめていない値から作りました。インストールしたあと、送受信できるか必ず確かめてください。
    }パスワードは入っていません。インストールの途中でメールのパスワードを尋ねられたら入力してください。このプロファイルは「設定」からいつでも削除できます。作成：Tsunagu
# The names the device lists the profile and the account under (the Japanese ones are used;
# the description is the Japanese and the English one joined with " / ").
profile-display-name = メール設定: { $address }
profile-mail-display-name = メール: { $address }
profile-description = { $address } のメール設定
