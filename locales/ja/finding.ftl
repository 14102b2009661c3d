## 日本語 — finding.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).

## The words of the findings (src/text/finding.rs): a message `finding-<id>` per finding with
## `.title` and `.detail`, and the steps as `finding-act-…`. Common variables: $provider (the
## provider's name or finding-your-provider), $password (what the provider calls the mail
## password), $servers ("host:port" of the servers concerned, or finding-the-mail-server),
## $said (what the server said, as a sentence, or nothing), $alt (yes: another server or port
## of the same direction works).

## Words that stand in for facts that are not known.

finding-your-provider = ご契約のプロバイダー
finding-mail-password = メールのパスワード
finding-the-mail-server = メールサーバー
# Between two server names in a list.
finding-list-separator = { "、" }
# $text: the server's reply (sanitised by the probe).
finding-server-said = サーバーの返事は「{ $text }」でした。

## Steps shared by several findings.

# $written_on: where the provider says the password is written (a sentence from its data).
finding-act-check-sheet-written = 「{ $password }」を確かめてください。{ $written_on }
finding-act-check-sheet = { $provider }から届いた書類（「登録内容のお知らせ」や会員証など）を用意して、「{ $password }」を確かめてください。ホームページにログインするときのパスワードや、パソコン・スマートフォン（Apple アカウントや Google アカウント）のパスワードとは別のことが多いです。
finding-act-type-carefully = パスワードは、日本語入力をオフにして、大文字と小文字の違いに気をつけながら、ゆっくり入力し直してください。
finding-act-webmail-url = ブラウザー（ホームページを見るソフト）で { $url } を開き、同じメールアドレスとパスワードでログインできるか試してください。
finding-act-webmail = { $provider }のWebメール（ブラウザーで読むメール）に、同じメールアドレスとパスワードでログインできるか試してください。
finding-act-webmail-look-url = ブラウザーで { $url } （Webメール）を開いて、受信箱と迷惑メールのフォルダーに、待っているメールが届いているか確かめてください。
finding-act-webmail-look = { $provider }のWebメール（ブラウザーで読むメール）を開いて、受信箱と迷惑メールのフォルダーに、待っているメールが届いているか確かめてください。
finding-act-reset-url = 「{ $password }」が分からないときは、{ $url } で新しいパスワードにできます。
finding-act-reset-management = 「{ $password }」が分からないときは、{ $provider }の管理ページ（{ $url }）で新しいパスワードにできます。
finding-act-reset = 「{ $password }」が分からないときは、{ $provider }の会員ページかサポート窓口で、新しいパスワードにする手続きをしてください。
finding-act-all-devices = パスワードを変えたときは、このメールを使っているすべての機器（パソコン、スマートフォン、タブレット）で、受信と送信の両方のパスワードを入れ直してください。
finding-act-use-recommended = メールソフトの設定を、「おすすめの設定」と1項目ずつ見比べて、違うところを直してください。
finding-act-ask-provider = それでも直らないときは、この結果を{ $provider }のサポート窓口に見せて相談してください。
finding-act-outage-notices = { $provider }のホームページで、障害やメンテナンスのお知らせが出ていないか確かめてください。
finding-act-wait-30-minutes = 30分ほど待ってから、もう一度試してください。

## The older login methods (issue 15). $server_count: how many servers $servers names.

finding-apop-login =
    .title = 受信サーバーには APOP でログインしました
    .detail = 受信サーバー{ $server_count ->
        [0] { "" }
       *[other] （{ $servers }）
    }への接続は暗号化されていないため、パスワードをそのまま送る方法は使わず、APOP（パスワードそのものは送らずに確かめる古い方式）でログインしました。
finding-act-apop-auth = メールソフトの受信サーバーの認証方式を APOP にします（Thunderbird では「認証方式: 暗号化されたパスワード認証」）。
finding-act-apop-ssl = APOP でも、メールの中身は暗号化されずに流れます。プロバイダーが SSL/TLS（995番ポート）の受信に対応していれば、そちらに切り替えてください。
finding-pop-before-smtp =
    .title = 送信は「POP before SMTP」方式です（先に受信してから送信）
    .detail = 送信サーバー{ $server_count ->
        [0] { "" }
       *[other] （{ $servers }）
    }は送信時の認証（SMTP 認証）に対応していません。このコンピューターが POP でログインする前は宛先を断り、POP でログインした直後には受け付けました。受信のログインを目印に、少しのあいだだけ送信を許す古い方式です。
finding-act-pbs-no-auth = メールソフトの送信サーバーの設定を「送信サーバーの認証: なし」にします（ユーザー名とパスワードは送信サーバーには入れません）。
finding-act-pbs-receive-first = 送る前に、必ず先に受信します（順番: 受信 → 送信）。送受信ボタンを押してから送ると確実です。受信してから時間がたつと、送信は再び断られます。
finding-act-pbs-smtp-auth = プロバイダーが SMTP 認証（587番や465番ポート）に対応していれば、そちらに切り替えるほうが確実です。

## The findings about this computer's own network.

finding-ipv6-broken =
    .title = IPv6 の通信がメールサーバーに届いていません
    .detail = { $servers } には IPv4 ではつながりましたが、IPv6 での接続には返事がありませんでした。メールソフトによっては IPv6 で待たされてから IPv4 に切り替えるため、送受信が遅くなったり、時間切れになったりすることがあります。
finding-act-restart-router = ルーター（ホームゲートウェイ）の電源を切り、1分ほど待ってから入れ直してください。そのあと、パソコンも再起動してください。
finding-act-tell-isp-ipv6 = それでも遅いときは、インターネットの契約先（プロバイダー）に「IPv6 でメールサーバーにつながらない」と伝えて、この結果を見せてください。
finding-act-ipv6-off = 急ぐときは、この機器のネットワークの設定で IPv6 を一時的にオフにすると改善することがあります（詳しい人に手伝ってもらってください）。
finding-offline =
    .title = このパソコンはインターネットにつながっていません
    .detail = インターネットへの経路がまったくありません。メールの設定の問題ではなく、この機器がネットワークにつながっていない状態です。そのため、メールサーバーの名前や設定はまだ確かめられていません。
finding-act-wifi-cable = Wi-Fi がオンになっているか、LAN ケーブルが抜けていないか確かめてください。
finding-act-router-lights = ルーターのランプを見て、消えていたり赤く光っていたりしたら、電源を入れ直してください。
finding-act-check-when-online = ほかのホームページが見られるようになったら、もう一度診断してください。
finding-dns-unavailable =
    .title = サーバーの名前を調べる仕組み（DNS）が応答していません
    .detail = この機器はネットワークにつながっていますが、サーバーの名前を調べる仕組み（DNS）から返事がありません。この状態ではどのメールサーバーの名前も調べられないので、メールの設定が正しいかどうかは判断できません。サーバー名を書き直す必要はありません。
finding-act-web-pages-or-router = ほかのホームページが見られるか確かめてください。見られないときは、ルーターの電源を入れ直してください。
finding-act-dns-automatic = DNS の設定を手で変えたことがあるときは、「自動」に戻してください。
finding-act-vpn-off = VPN やセキュリティソフトを使っているときは、いったん止めて試してください。
finding-act-ask-isp = 直らないときは、インターネットの契約先（プロバイダー）に相談してください。
finding-captive-portal =
    .title = Wi-Fi のログイン画面で止まっているようです
    .detail = インターネットの代わりに、別のページが返事をしています。ホテル・駅・カフェなどの Wi-Fi では、ブラウザーで利用登録や同意を済ませるまで、メールを含むほとんどの通信が止められます。
finding-act-open-sign-in-page = ブラウザーを開いて、どこかのホームページを表示してください。ログインや同意の画面が出たら、その手順を済ませてください。
finding-act-check-again = 済んだら、もう一度診断してください。
finding-act-other-network = 画面が出ないときは、スマートフォンの回線など、別のネットワークで試してください。

## The findings from what the server said, and about ports.

finding-tls-required =
    .title = 暗号化しないとログインできないサーバーです
    .detail = { $servers } は、暗号化（SSL/TLS または STARTTLS）していない接続ではログインを受け付けません。{ $said }パスワードが間違っているという意味ではありません（正しいかどうかは、まだ分かりません）。{ $alt ->
        [yes] 暗号化した接続では、問題なくつながりました。
       *[no] { "" }
    }
finding-act-set-encryption-by-port = メールソフトの受信と送信の設定で、暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を、「おすすめの設定」と同じにしてください。ポート番号が110・143・587番なら「STARTTLS」、995・993・465番なら「SSL/TLS」です。
finding-act-no-plaintext-password = 「暗号化しないパスワード」や「平文認証」を許可する設定は使わないでください。
finding-login-temporarily-failed =
    .title = サーバーが一時的にログインを受け付けていません
    .detail = { $servers } は、いまはログインできないと返事をしました。{ $said }一時的なもので、パスワードやユーザー名が間違っているという意味ではありません。サーバーの混雑やメンテナンス、短い間に何度もログインしたことが原因のことがあります。
finding-act-wait-15-minutes = パスワードは入れ直さずに、15分ほど待ってから、もう一度試してください。
finding-mailbox-in-use =
    .title = ほかの機器がメールを受信している最中です
    .detail = { $servers } は、このメールボックスがいま別の接続で使われていると返事をしました。{ $said }POPでは、同じメールボックスに同時につなげるのは1か所だけです。ほかのパソコンやスマートフォンのメールソフトが受信している間は、こうなります。パスワードの間違いではありません。
finding-act-close-other-apps = ほかのパソコン、スマートフォン、タブレットで、このアドレスのメールソフトを閉じるか、受信が終わるまで数分待ってください。
finding-act-check-less-often = 数分おきに自動でメールを確かめる設定の機器があれば、その間隔を10分以上にしてください。
finding-act-wait-30-minutes-if-still = それでも同じ状態が続くときは、30分ほど時間をおいてから、もう一度試してください。
finding-login-not-allowed =
    .title = このアカウントでのログインが許可されていません
    .detail = { $servers } は、ログインを受け付けませんでした。{ $said }サーバーの返事からは、パスワードの打ち間違いではなく、アカウントの状態（ロック、期限切れ、利用停止）か、ログインのしかた（アプリ パスワードやWebでのサインインが必要、メールソフトからの接続が無効）が理由と考えられます。
finding-act-check-account-state = { $provider }の会員ページで、アカウントが止められていないか、パスワードの期限が切れていないか、メールソフトからの利用に申し込みや設定が必要でないか確かめてください。
finding-act-expired-password = パスワードの期限切れと表示されたときは、新しいパスワードに変えてから、すべての機器で入れ直してください。
finding-server-error =
    .title = サーバー側でエラーが起きています
    .detail = { $servers } は、やり取りの途中でエラーを返すか、接続を切りました。{ $said }メールソフトの設定やパスワードよりも、サーバー側の問題の可能性が高いですが、ここからは原因を確かめられません。{ $alt ->
        [yes] ほかのサーバーやポートは使えています。
       *[no] { "" }
    }
finding-act-ask-provider-with-reply = 直らないときは、この結果（サーバーの返事を含みます）を{ $provider }のサポート窓口に見せて相談してください。
finding-use-starttls =
    .title = 暗号化（STARTTLS）に切り替えてください
    .detail = { $servers } には暗号化しない設定でつなぎましたが、このポートは、つないだ後で暗号化に切り替える方式（STARTTLS）に対応しています。暗号化しないと、パスワードやメールの中身が途中で読み取られるおそれがあるため、パスワードは送っていません。
finding-act-switch-to-starttls = メールソフトの設定で、ポート番号はそのままにして、暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を「STARTTLS」にしてください。
finding-act-check-again-encrypted = 設定を変えたら、もう一度この診断をして、暗号化した接続でログインできるか確かめてください。
finding-smtp-port25-only =
    .title = 送信は25番ポートでだけできました
    .detail = { $servers } の25番ポートでは、ログインと送信の確認ができました。いまの回線からは25番で送れますが、多くのプロバイダーや回線（外出先のWi-Fi、スマートフォンの回線など）は、迷惑メール対策のため25番での送信を止めています（「OP25B」という仕組みです）。ほかの回線に移ると送れなくなるおそれがあります。送信用のポート（587番・465番）は、このサーバーでは使えませんでした。
finding-act-look-for-submission-port = { $provider }のホームページかお手元の書類で、送信用のポート（587番か465番）が案内されていないか確かめてください。案内があれば、送信の設定をそのポートにしてください。
finding-act-port25-for-now = 案内がないときは、いまは25番のままで使えます。外出先で送れなくなったときはこれが原因なので、{ $provider }に送信用のポートが使えるか問い合わせてください。

## Settings and password. $situation: new-device, cant-receive, cant-send or gmail.

finding-all-ok =
    .title = 受信も送信も使える設定が見つかりました
    .detail = 実際にメールサーバーにつないで、パスワードが通ること、受信と送信ができる状態であることを確かめました。{ $situation ->
        [cant-receive] 設定とパスワードは正しいので、届かない原因は、メールソフトの設定が「おすすめの設定」と違うか、送ってくる相手の側にある可能性があります。
        [cant-send] サーバーは送信を受け付ける状態です。送れない原因は、メールソフトの送信の設定が「おすすめの設定」と違うことが多いです。
       *[other] { "" }
    }
finding-act-sync-period = スマートフォンで古いメールが見えないときは、メールアプリの「同期する期間」（「メールを同期」）を長くしてください。
finding-act-check-blocking-url = { $provider }の管理ページ（{ $url }）で、受信拒否や迷惑メールの設定、転送の設定が、待っているメールを止めていないか確かめてください。
finding-act-check-blocking = { $provider }の会員ページで、受信拒否や迷惑メールの設定、転送の設定が、待っているメールを止めていないか確かめてください。
finding-act-smtp-auth-on = 送信の設定で「送信サーバーは認証が必要」（SMTP認証）がオンになっていて、受信と同じユーザー名と新しいパスワードが入っているか確かめてください。
finding-act-mac-outgoing-server = Macの「メール」では、送信サーバーが別のアカウントのものになっていないか確かめてください。
finding-act-mail-scan-off = セキュリティソフトの「メール保護」「メールスキャン」がオンなら、一時的にオフにして送信を試してください。
finding-act-sending-away = 外出先や海外から送るときは、プロバイダーによっては送信が制限されています。自宅でも送れないか確かめてください。
finding-act-send-to-yourself = 設定が終わったら、自分のアドレスあてにメールを1通送って、届くか確かめてください。

# $confirmed: yes (the reply codes say the credentials are wrong), no (some refusal gave no
# reason) or unknown; $other_login_ok: yes when the password worked elsewhere; $attempts:
# logins tried (0: none counted); $cap: logins per server at most.
finding-password-rejected =
    .title = パスワード（またはユーザー名）が受け付けられませんでした
    .detail = 入力したパスワードでは、メールサーバーにログインできませんでした（{ $servers }）。パスワードの打ち間違い、古いパスワードのまま、またはユーザー名の書き方の違いが考えられます。サーバーの返事だけでは、このどれなのか、アカウントがロックされているのかまでは分かりません。{ $confirmed ->
        [yes] サーバーは応答コードで、ユーザー名かパスワードが違うとはっきり示しました。
        [no] ただし、サーバーは理由を示さずに断ったため、パスワードが原因だとは言い切れません。
       *[unknown] { "" }
    }{ $other_login_ok ->
        [yes] ほかのサーバーでは同じパスワードでログインできたので、このサーバーだけ設定が違う可能性があります。
       *[no] { "" }
    }{ $attempts ->
        [0] { "" }
       *[other] 何度も間違えるとアカウントが一時的にロックされることがあるため、ログインは1つのサーバーにつき{ $cap }回までしか試しません。
    }

# $username: the form that worked (or finding-username-provider-form); $rejected: the one
# that was refused, when known ($rejected_known).
finding-username-format =
    .title = ユーザー名の書き方が違います
    .detail = { $rejected_known ->
        [yes] このサーバーは、ユーザー名「{ $rejected }」ではログインできず、「{ $username }」ならログインできました。パスワードは正しいので、ユーザー名の書き方を合わせれば使えます。
       *[no] このサーバーでは、ユーザー名を「{ $username }」の形で入れる必要があります。
    }
finding-username-provider-form = プロバイダーが案内している形
finding-act-enter-username = メールソフトの「ユーザー名」（「アカウント名」と書かれていることもあります）に「{ $username }」と入れてください。
finding-act-same-in-both = 受信の設定と送信の設定の両方で、同じように直してください。

# $paid: yes when the provider sells IMAP as a paid option.
finding-imap-not-enabled =
    .title = この契約ではIMAP（アイマップ）が使えないようです
    .detail = 同じパスワードで、POP（ポップ）での受信はできましたが、IMAPでのログインは断られました。POPとIMAPは、メールを受け取る2つの方式です。{ $paid ->
        [yes] { $provider }では、IMAPは申し込みが必要なオプション（有料）です。
       *[no] プロバイダーによっては、IMAPを使うのに申し込みや設定の切り替えが必要です。
    }パスワードの間違いではなく、契約の内容によるものと考えられます。
finding-act-choose-pop = メールソフトでは、受信の方式に「POP」を選んでください（「おすすめの設定」はPOPになっています）。
finding-act-leave-copy-on-each = パソコンとスマートフォンなど複数の機器で読むときは、それぞれの機器で「サーバーにメッセージのコピーを残す」をオンにしてください。
finding-act-imap-option = { $paid ->
        [yes] パソコンとスマートフォンで同じ受信箱を見たいときは、{ $provider }の会員ページで、IMAPのオプションが申し込めるか確かめてください。
       *[no] IMAPを使いたいときは、{ $provider }に、このアドレスでIMAPが使えるか問い合わせてください。
    }

# $count: logins per server at most.
finding-login-attempts-capped =
    .title = ログインは1つのサーバーにつき{ $count }回までにしました
    .detail = パスワードを何度も間違えると、プロバイダーがアカウントを一時的にロックすることがあります。そのため、同じサーバーへのログインは{ $count }回までにして、{ $servers } ではログインを試していません。
finding-act-wait-then-check-again = パスワードを確かめたら、30分ほど時間をおいてから、もう一度診断してください。

## Ports, encryption and certificates.

# $reason: offline when nothing was probed; $port_text: finding-submission-port.
finding-smtp-port25-blocked =
    .title = 送信に25番ポートは使えません
    .detail = { $reason ->
        [offline] { $provider }では、迷惑メール対策のため、25番ポートでの送信を止めています（「OP25B」という仕組みです）。送信には{ $port_text }を使います。
       *[other] 送信サーバーに25番ポートではつながりませんでしたが、{ $port_text }ではつながりました。迷惑メール対策のため、プロバイダーや回線は25番での送信を止めています（「OP25B」という仕組みです）。故障ではありません。
    }{ $situation ->
        [cant-send] 送れない原因は、メールソフトの送信ポートが25番のままになっていることかもしれません。
       *[other] { "" }
    }
# $port: the submission port that works, or none when not known.
finding-submission-port = { $port ->
        [none] 465番か587番
       *[other] { $port }番
    }
finding-act-set-port = メールソフトの送信（SMTP）の設定を開き、ポート番号を{ $port ->
        [none] 「465」か「587」
       *[other] 「{ $port }」
    }にしてください。
# $security: the encryption that goes with the port, or none when not known.
finding-act-set-security = 暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を「{ $security ->
        [none] ポート番号に合ったもの（465ならSSL/TLS、587ならSTARTTLS）
       *[other] { $security }
    }」にしてください。
finding-act-smtp-auth-same = 「送信サーバーは認証が必要」（SMTP認証）をオンにして、受信と同じユーザー名とパスワードを使う設定にしてください。

finding-starttls-missing =
    .title = このポートでは通信を暗号化できません
    .detail = { $servers } は、つないだ後で暗号化に切り替える方式（STARTTLS）に対応していませんでした。このままでは、パスワードが読み取れる状態で送られてしまうため、パスワードは送っていません。{ $alt ->
        [yes] 別のポートでは暗号化してつながるので、そちらを使ってください。
       *[no] { "" }
    }
finding-act-use-recommended-port = メールソフトでは、「おすすめの設定」のポート番号と暗号化の種類を使ってください。
finding-act-ask-encrypted-port = どのポートでも暗号化できないときは、{ $provider }に「暗号化(SSL/TLS)して使える設定」を問い合わせてください。

# $failure: the failure kind (tls_expired, tls_hostname_mismatch, …) or none.
finding-tls-certificate-invalid =
    .title = サーバーの証明書に問題があります
    .detail = 証明書とは、サーバーが本物であることを示す電子的な身分証明書です。{ $failure ->
        [tls_expired] { $servers } の証明書の有効期限が切れていました。
        [tls_hostname_mismatch] { $servers } の証明書は、別のサーバー名のものでした。サーバー名の入力間違いのことが多いです。
       *[other] { $servers } の証明書は、この機器が信頼する発行元のものではありませんでした。
    }安全のため、このサーバーにはパスワードを送っていません。{ $alt ->
        [yes] 別のサーバーやポートでは問題なくつながりました。
       *[no] { "" }
    }
finding-act-certificate-first = { $failure ->
        [tls_expired] パソコンやスマートフォンの日付と時刻が正しいか確かめてください。ずれていると、正しい証明書でも期限切れと判断されます。
        [tls_hostname_mismatch] メールソフトのサーバー名が、「おすすめの設定」と同じか確かめてください。
       *[other] 会社・学校・ホテルなどのネットワークでは、通信が途中で検査されていることがあります。自宅のネットワークで試してください。
    }
finding-act-check-mail-scan = セキュリティソフトの「メール保護」「メールスキャン」などの機能がオンになっていないか確かめてください。
finding-act-no-always-trust = メールソフトに証明書の警告が出ても、「続ける」や「常に信頼する」は押さないでください。

# $issuer: the certificate's issuer, when known ($issuer_known); $vendor: the security
# software it names, or finding-security-software.
finding-tls-intercepted =
    .title = セキュリティソフトがメールの通信に割り込んでいます
    .detail = { $issuer_known ->
        [yes] { $servers } につないだとき、証明書の発行元が「{ $issuer }」でした。
       *[no] { $servers } につないだときの証明書は、セキュリティソフトが発行したものでした。
    }これは{ $vendor }のメール保護（メールスキャン）機能が、メールソフトとサーバーの間に入っているしるしです。この機能が、送信や受信を妨げたり、設定を書き換えたりすることがあります。{ $alt ->
        [yes] { "" }
       *[no] 証明書が信頼できないため、パスワードは送っていません。
    }
finding-security-software = セキュリティソフト
finding-act-vendor-mail-scan-off = { $vendor }の画面を開き、「メール保護」「メールスキャン」などの機能を一時的にオフにしてください。
finding-act-try-with-it-off = オフにしたまま、もう一度メールの送信と受信を試してください。
finding-act-vendor-leave-off = それで直った場合は、メール保護だけをオフのままにするか、{ $vendor }のサポート情報で設定のしかたを確かめてください。メール保護だけをオフにしても、ほかのウイルス対策の機能はふつう働き続けます。

finding-plaintext-only =
    .title = 暗号化しない接続しか使えません
    .detail = { $servers } には、暗号化（SSL/TLS）を使ってつなぐことができませんでした。暗号化しないと、パスワードやメールの中身が途中で読み取られるおそれがあります。{ $alt ->
        [yes] 「おすすめの設定」には暗号化しない設定を表示していますが、できるだけ早く、暗号化できる設定に切り替えてください。
       *[no] 安全のため、パスワードは送っていません。
    }
finding-act-look-for-encrypted = { $provider }のホームページで、暗号化（SSL/TLS）を使うメールの設定が案内されていないか確かめてください。
finding-act-ask-encrypted = 見つからないときは、{ $provider }に「暗号化して使える受信と送信の設定」を問い合わせてください。
finding-act-allow-plaintext = サポート担当の方へ: 危険を承知のうえで暗号化なしを試すときだけ、--allow-plaintext を付けて実行してください。

## Servers that do not answer, and what the mailbox holds.

# $failure: the failure kind (dns_not_found, …) or none.
finding-server-unreachable =
    .title = メールサーバーにつながりません
    .detail = { $failure ->
        [dns_not_found] サーバー名「{ $servers }」が見つかりませんでした。サーバー名の打ち間違いか、サーバー名が変わったことが考えられます。この機器がインターネットにつながっていない場合も、こうなります。
       *[other] { $servers } から返事がありませんでした（接続を断られたか、時間内に応答がありませんでした）。サーバーの一時的な障害、サーバー名やポート番号の違い、またはこの機器のネットワークの問題が考えられます。ここからはどれなのか区別できません。
    }
finding-act-check-internet = ほかのホームページが見られるか確かめて、インターネットにつながっているか確かめてください。

# $count: how many servers and ports were tried (0: not counted).
finding-network-blocked =
    .title = メールの通信が途中で止められているようです
    .detail = 試したすべてのサーバーとポート{ $count ->
        [0] { "" }
       *[other] （{ $count }か所）
    }で、返事がまったくありませんでした。サーバーが止まっているというより、いま使っているネットワーク（会社・学校・ホテル・駅などのWi-Fi）やセキュリティソフトのファイアウォールが、メールの通信を止めている可能性が高いです。
finding-act-check-web-pages = ほかのホームページが見られるか確かめてください。
finding-act-home-or-mobile = 外出先のWi-Fiを使っているときは、自宅のネットワークか、スマートフォンの回線で試してください。
finding-act-check-firewall = セキュリティソフトのファイアウォールが、メールソフトの通信を止めていないか確かめてください。
finding-act-ask-provider-or-admin = それでもつながらないときは、この結果を見せて、{ $provider }かネットワークの管理者に相談してください。

finding-mailbox-empty-pop =
    .title = サーバーの受信箱が空になっています
    .detail = POPで調べたところ、サーバーの受信箱にメールが1通もありませんでした。POPは、メールを機器に取り込む方式で、取り込んだ後にサーバーから消す設定になっていることがよくあります。メールが届いていないのではなく、ほかのパソコンやスマートフォンが先に取り込んで、サーバーから消している可能性があります。転送の設定で「メールを残さない」になっている場合も、同じように空になります。
finding-act-list-devices = このメールアドレスを設定している機器（古いパソコン、スマートフォン、タブレットなど）を、すべて思い出してください。
# $days: how long the provider suggests keeping mail on the server, or none.
finding-act-leave-copy = それぞれの機器のメールソフトで、「サーバーにメッセージのコピーを残す」（「サーバーから削除しない」）をオンにしてください。{ $days ->
        [none] { "" }
       *[other] 残しておく日数は、{ $provider }の案内では{ $days }日です。
    }
finding-act-forwarding-keeps-copy-url = { $provider }の管理ページ（{ $url }）で、転送の設定が「メールボックスに残さない」になっていないか確かめてください。
finding-act-forwarding-keeps-copy = { $provider }の会員ページで、ほかのアドレスへの転送が「残さない」設定になっていないか確かめてください。

# $percent: the share of the mailbox in use, or none; $used and $limit: the sizes, when
# known ($sizes_known).
finding-quota-usage = { $percent ->
        [none] サーバーのメールボックスの残りが少なくなっています。
       *[other] サーバーのメールボックスの{ $percent }%を使っています{ $sizes_known ->
            [yes] { " " }({ $used } / { $limit })
           *[no] { "" }
        }。
    }
# $usage: finding-quota-usage.
finding-quota-nearly-full =
    .title = メールボックスがいっぱいに近づいています
    .detail = { $usage }いっぱいになると、新しいメールが受け取れなくなり、送った人にエラーが返ります。
finding-quota-full =
    .title = メールボックスがいっぱいです
    .detail = { $usage }いっぱいのため、新しいメールは受け取れず、送った人にエラーが返っている可能性があります。
finding-act-delete-large-mail = Webメールかメールソフトで、いらないメール、とくに大きな添付ファイル（写真など）のついたメールを削除してください。
finding-act-empty-trash = 「ごみ箱」と「迷惑メール」のフォルダーも空にしてください。
finding-act-local-folders = 残しておきたいメールは、パソコンの中のフォルダー（「ローカルフォルダ」）に移すと、サーバーの容量を使いません。

# $count: the messages in the junk folder (0: not counted).
finding-junk-has-mail =
    .title = { $count ->
        [0] 迷惑メールのフォルダーにメールがあります
       *[other] 迷惑メールのフォルダーに{ $count }通のメールがあります
    }
    .detail = サーバーの迷惑メールのフォルダー（「迷惑メール」「Junk」「Spam」など）にメールが入っています。届かないと思っていたメールが、迷惑メールと判断されて、ここに入っていることがあります。
finding-act-open-junk = Webメールかメールソフトで、迷惑メールのフォルダーを開いてください。
finding-act-not-junk = 待っているメールがあれば、「迷惑メールではない」を選ぶか、受信箱に移してください。
finding-act-allow-sender = その相手のアドレスを、アドレス帳や受信を許可するリストに入れると、次からは受信箱に届きやすくなります。

## Passwords of another kind, Gmail, and settings that are not verified.

# $said: finding-server-replied, or nothing.
finding-app-password-required =
    .title = 「アプリ パスワード」が必要です
    .detail = { $reason ->
        [offline] { $provider }のメールをメールソフトで使うときは、ふだんのログイン用のパスワードではなく、メールソフト専用に作る「アプリ パスワード」（アプリ用パスワード）が必要です。
       *[other] { $said }{ $provider }では、メールソフトからは、ふだんのログイン用のパスワードではなく、メールソフト専用に作る「アプリ パスワード」（アプリ用パスワード）を使う必要があります。パスワードそのものが間違っているとは限りません。
    }
# $text: the server's reply.
finding-server-replied = サーバーは「{ $text }」と返事をしました。
finding-act-oauth-only = { $provider }のメールは、パスワードを入れる方式ではなく、{ $provider }のログイン画面でサインインする方式にだけ対応しています。
finding-act-pick-provider-type = メールソフトでアカウントを追加するときに、種類の一覧から「Microsoft」「Google」などの名前を選んでください（「その他」「IMAP」は選ばないでください）。
finding-act-usual-sign-in = 表示されたログイン画面で、ふだんのメールアドレスとパスワードを入れてください。
finding-act-app-password-page-url = ブラウザーで { $url } を開き、{ $provider }のアカウントにログインしてください。
finding-act-app-password-page = ブラウザーで{ $provider }のアカウント（セキュリティ）の設定ページにログインしてください。
finding-act-create-app-password = 「アプリ パスワード」を作成してください。先に「2段階認証」をオンにする必要があることがあります。
finding-act-enter-app-password = 表示された英字の並び（アプリ パスワード）を、メールソフトのパスワード欄に入れてください。ふだんのパスワードは入れないでください。

# $imap: no when IMAP is known not to work for this address (yes or unknown otherwise).
finding-gmail-pop-fetch-ended =
    .title = Gmailの「他のアカウントのメールを確認」（POPでの取り込み）は終了しました
    .detail = Gmailが、ほかのメールアドレスのメールをPOPで取り込む機能は、2026年に終わりました。そのため、Gmailに{ $provider }のメールが入ってこなくなっています。設定やパスワードの間違いではありません。代わりの方法があります。{ $imap ->
        [no] このアドレスではIMAPが使えないようなので、方法1の転送がおすすめです。
       *[other] { "" }
    }
finding-act-gmail-forward-url = 方法1: { $provider }の管理ページ（{ $url }）で、届いたメールをGmailのアドレスへ転送する設定をしてください。
finding-act-gmail-forward = 方法1: { $provider }の会員ページで、届いたメールをGmailのアドレスへ転送する設定をしてください。
finding-act-forward-keep-copy = 転送の設定では「メールボックスに残す」を選んでください。残さないと、ほかの機器ではそのメールが読めなくなります。
# $address: the address, or finding-this-address.
finding-act-gmail-app-imap = 方法2: スマートフォンのGmailアプリに、{ $address }をIMAPのアカウントとして追加すると、Gmailアプリの中で読めます（「おすすめの設定」を使います）。
finding-this-address = このアドレス
finding-act-gmail-send-as = Gmailから、このアドレスを差出人にして送りたいときは、Gmailの設定「アカウントとインポート」の「名前」（他のメールアドレスを追加）で、「おすすめの設定」の送信サーバーの値を入れてください。
finding-act-not-both = 転送とIMAPを両方使うと、同じメールが2通ずつ見えることがあります。どちらか一方にしてください。

# $reason: no-data, no-password, partial, offline, …; $domain: the address's domain.
finding-unverified-settings =
    .title = { $reason ->
        [no-data] このアドレスの設定は、まだ分かっていません
       *[other] この設定は、まだ実際には確かめていません
    }
    .detail = { $reason ->
        [no-data] 「{ $domain }」について登録されている情報がなく、メールサーバーにもつないでいないため、設定をお示しできません。
        [no-password] パスワードが入力されなかったため、サーバーにつながることだけを確かめ、ログインは試していません。パスワードが正しいかどうかは、まだ分かりません。
        [partial] 実際に確かめられなかった部分は、{ $provider }について登録されている情報から表示しています。その部分は、まだ確かめていません。
       *[other] インターネットにつながずに調べたため、「おすすめの設定」は{ $provider }について登録されている情報から作ったものです。メールサーバーで実際に試してはいません。
    }
finding-act-check-again-online = インターネットにつながった状態で、パスワードも入れて、もう一度この診断をしてください。
finding-act-send-test-to-yourself = メールソフトに設定を入れたら、自分のアドレスあてにメールを1通送って、届くか確かめてください。

# No working settings for one direction. $direction: incoming or outgoing; $what: the
# .what of the direction; $tried: the probes tried, $tried_count of them.
finding-no-settings =
    .title = { $direction ->
        [incoming] 受信に使える設定が見つかりませんでした
       *[outgoing] 送信に使える設定が見つかりませんでした
    }
    .what = { $direction ->
        [incoming] 受信（メールを受け取る）
       *[outgoing] 送信（メールを送る）
    }
    .detail = { $reason ->
        [nothing-found] 「{ $domain }」の{ $what }に使うサーバーが見つかりませんでした。
        [submit-rejected] 送信サーバーにはログインできましたが、このアドレスからの送信を受け付けませんでした。プロバイダーによっては、外出先や海外からの送信を止めていて、会員ページで一時的に解除できるようになっています。
        [login-failed] サーバーにはつながりましたが、ログインできなかったため、{ $what }の確認を最後まで進められませんでした。サーバー名・ポート番号・暗号化は確かめられています。
        [only-port25] 25番ポートでしかつながりませんでした。25番は、多くのネットワークで止められていて、メールソフトからの送信には使えません。
       *[other] { $what }に使える設定は、試したものの中にありませんでした。
    }{ $tried_count ->
        [0] { "" }
       *[other] 試した結果: { $tried }。
    }原因は、ここに並んでいるほかの項目をご覧ください。
# Between two probes in the list of what was tried.
finding-tried-separator = { "/" }
finding-act-other-findings-first = ここに並んでいるほかの項目の手順を、上から順に試してください。
finding-act-check-server-name = { $provider }のホームページかお手元の書類で、{ $direction ->
        [incoming] 受信
       *[outgoing] 送信
    }サーバーの名前を確かめてください。
