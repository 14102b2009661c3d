//! The words of the findings: title, detail and actions for each finding id.

use super::*;
// ───────────────────────────── findings ─────────────────────────────

pub use crate::model::{FindingCtx, Reason};

pub struct FindingText {
    pub title: String,
    pub detail: String,
    pub actions: Vec<String>,
}

impl FindingCtx {
    fn prov(&self, lang: Lang) -> String {
        match (&self.provider_name, lang) {
            (Some(n), _) => n.clone(),
            (None, Lang::Ja) => "ご契約のプロバイダー".into(),
            (None, Lang::En) => "your provider".into(),
        }
    }
    /// The password's name, always shown inside 「」 in Japanese: brackets already in the
    /// provider's own name become 『』 so that the sentence never shows 「「…」…」.
    fn pw(&self, lang: Lang) -> String {
        match (&self.password_name, lang) {
            (Some(n), Lang::Ja) => n.replace('「', "『").replace('」', "』"),
            (Some(n), _) => n.clone(),
            (None, Lang::Ja) => "メールのパスワード".into(),
            (None, Lang::En) => "mail password".into(),
        }
    }
    fn servers_text(&self, lang: Lang) -> String {
        match (self.servers.is_empty(), lang) {
            (true, Lang::Ja) => "メールサーバー".into(),
            (true, Lang::En) => "the mail server".into(),
            (false, Lang::Ja) => self.servers.join("、"),
            (false, Lang::En) => self.servers.join(", "),
        }
    }
}

fn act_check_sheet(c: &FindingCtx, lang: Lang) -> String {
    let (prov, pw) = (c.prov(lang), c.pw(lang));
    if let Some(w) = &c.password_written_on {
        return t(
            lang,
            format!("「{pw}」を確かめてください。{w}"),
            format!("Check the “{pw}”. {w}"),
        );
    }
    t(
        lang,
        format!("{prov}から届いた書類（「登録内容のお知らせ」や会員証など）を用意して、「{pw}」を確かめてください。ホームページにログインするときのパスワードや、パソコン・スマートフォン（Apple アカウントや Google アカウント）のパスワードとは別のことが多いです。"),
        format!("Find the papers from {prov} (such as the registration notice or membership card) and check the “{pw}”. It is often not the same as the password of the provider's website, your computer or your phone (Apple Account or Google account)."),
    )
}

fn act_type_carefully(lang: Lang) -> String {
    t(
        lang,
        "パスワードは、日本語入力をオフにして、大文字と小文字の違いに気をつけながら、ゆっくり入力し直してください。",
        "Type the password again slowly, with Japanese input switched off, minding capital and small letters.",
    )
}

fn act_webmail(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => t(
            lang,
            format!("ブラウザー（ホームページを見るソフト）で {url} を開き、同じメールアドレスとパスワードでログインできるか試してください。"),
            format!("Open {url} in a web browser and try to log in with the same address and password."),
        ),
        None => {
            let prov = c.prov(lang);
            t(
                lang,
                format!("{prov}のWebメール（ブラウザーで読むメール）に、同じメールアドレスとパスワードでログインできるか試してください。"),
                format!("Try to log in to {prov}'s webmail (mail read in a web browser) with the same address and password."),
            )
        }
    }
}

/// Webmail as the source of truth: is the mail on the server at all?
fn act_webmail_look(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => t(
            lang,
            format!("ブラウザーで {url} （Webメール）を開いて、受信箱と迷惑メールのフォルダーに、待っているメールが届いているか確かめてください。"),
            format!("Open {url} (webmail) in a web browser and look for the expected mail in the inbox and the junk folder."),
        ),
        None => {
            let prov = c.prov(lang);
            t(
                lang,
                format!("{prov}のWebメール（ブラウザーで読むメール）を開いて、受信箱と迷惑メールのフォルダーに、待っているメールが届いているか確かめてください。"),
                format!("Open {prov}'s webmail (mail read in a web browser) and look for the expected mail in the inbox and the junk folder."),
            )
        }
    }
}

fn act_reset(c: &FindingCtx, lang: Lang) -> String {
    let prov = c.prov(lang);
    let pw = c.pw(lang);
    match (&c.password_reset_url, &c.management_url) {
        (Some(url), _) => t(
            lang,
            format!("「{pw}」が分からないときは、{url} で新しいパスワードにできます。"),
            format!("If you do not know the {pw}, you can set a new one at {url}."),
        ),
        (None, Some(url)) => t(
            lang,
            format!("「{pw}」が分からないときは、{prov}の管理ページ（{url}）で新しいパスワードにできます。"),
            format!("If you do not know the {pw}, you can set a new one on {prov}'s management page ({url})."),
        ),
        (None, None) => t(
            lang,
            format!("「{pw}」が分からないときは、{prov}の会員ページかサポート窓口で、新しいパスワードにする手続きをしてください。"),
            format!("If you do not know the {pw}, ask for a new one on {prov}'s member pages or from its support."),
        ),
    }
}

fn act_all_devices(lang: Lang) -> String {
    t(
        lang,
        "パスワードを変えたときは、このメールを使っているすべての機器（パソコン、スマートフォン、タブレット）で、受信と送信の両方のパスワードを入れ直してください。",
        "After changing the password, enter the new one on every device that uses this address (computer, phone, tablet), for both incoming and outgoing.",
    )
}

fn act_use_recommended(lang: Lang) -> String {
    t(
        lang,
        "メールソフトの設定を、「おすすめの設定」と1項目ずつ見比べて、違うところを直してください。",
        "Compare your mail app's settings with the “Recommended settings”, one field at a time, and correct what differs.",
    )
}

fn act_ask_provider(c: &FindingCtx, lang: Lang) -> String {
    let prov = c.prov(lang);
    t(
        lang,
        format!("それでも直らないときは、この結果を{prov}のサポート窓口に見せて相談してください。"),
        format!("If it still does not work, show this report to {prov}'s support."),
    )
}

/// Title, detail and ordered actions of a finding.
pub fn finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    let prov = c.prov(lang);
    let srv = c.servers_text(lang);
    let (title, detail, actions): (String, String, Vec<String>) = match id {
        // The older login methods (issue 15) have their own module.
        F::ApopLogin | F::PopBeforeSmtp => {
            let x = if id == F::ApopLogin {
                legacy::apop_text(c, lang)
            } else {
                legacy::pop_before_smtp_text(c, lang)
            };
            (x.title, x.detail, x.actions)
        }
        F::AllOk => {
            let extra_ja = match c.situation {
                Situation::CantReceive => "設定とパスワードは正しいので、届かない原因は、メールソフトの設定が「おすすめの設定」と違うか、送ってくる相手の側にある可能性があります。",
                Situation::CantSend => "サーバーは送信を受け付ける状態です。送れない原因は、メールソフトの送信の設定が「おすすめの設定」と違うことが多いです。",
                _ => "",
            };
            let extra_en = match c.situation {
                Situation::CantReceive => " As the settings and password are right, the cause is likely a difference in your mail app's settings, or on the sender's side.",
                Situation::CantSend => " The server accepts mail from you; the cause is most often a difference in your mail app's outgoing settings.",
                _ => "",
            };
            (
                t(lang, "受信も送信も使える設定が見つかりました", "Working settings found for receiving and sending"),
                t(
                    lang,
                    format!("実際にメールサーバーにつないで、パスワードが通ること、受信と送信ができる状態であることを確かめました。{extra_ja}"),
                    format!("We connected to the mail servers and confirmed that the password is accepted and that receiving and sending work.{extra_en}"),
                ),
                {
                    let mut v = Vec::new();
                    if c.situation == Situation::CantReceive {
                        v.push(act_webmail_look(c, lang));
                    }
                    v.push(act_use_recommended(lang));
                    if c.situation == Situation::CantReceive {
                        v.push(t(
                            lang,
                            "スマートフォンで古いメールが見えないときは、メールアプリの「同期する期間」（「メールを同期」）を長くしてください。",
                            "If a phone does not show older mail, lengthen the mail app's sync period (“Mail days to sync”).",
                        ));
                        let prov = c.prov(lang);
                        v.push(match &c.management_url {
                            Some(url) => t(
                                lang,
                                format!("{prov}の管理ページ（{url}）で、受信拒否や迷惑メールの設定、転送の設定が、待っているメールを止めていないか確かめてください。"),
                                format!("On {prov}'s management page ({url}), check that blocking, spam or forwarding settings do not stop the mail you expect."),
                            ),
                            None => t(
                                lang,
                                format!("{prov}の会員ページで、受信拒否や迷惑メールの設定、転送の設定が、待っているメールを止めていないか確かめてください。"),
                                format!("On {prov}'s member pages, check that blocking, spam or forwarding settings do not stop the mail you expect."),
                            ),
                        });
                    }
                    if c.situation == Situation::CantSend {
                        v.push(t(
                            lang,
                            "送信の設定で「送信サーバーは認証が必要」（SMTP認証）がオンになっていて、受信と同じユーザー名と新しいパスワードが入っているか確かめてください。",
                            "Check that “Outgoing server requires authentication” is on and holds the same username and current password as incoming.",
                        ));
                        v.push(t(
                            lang,
                            "Macの「メール」では、送信サーバーが別のアカウントのものになっていないか確かめてください。",
                            "In Mac Mail, check that the account does not use another account's outgoing server.",
                        ));
                        v.push(t(
                            lang,
                            "セキュリティソフトの「メール保護」「メールスキャン」がオンなら、一時的にオフにして送信を試してください。",
                            "If your security software's “mail protection” or “mail scanning” is on, switch it off for a moment and try sending.",
                        ));
                        v.push(t(
                            lang,
                            "外出先や海外から送るときは、プロバイダーによっては送信が制限されています。自宅でも送れないか確かめてください。",
                            "Some providers restrict sending from other networks or from abroad; check whether sending works from home.",
                        ));
                    }
                    v.push(t(
                        lang,
                        "設定が終わったら、自分のアドレスあてにメールを1通送って、届くか確かめてください。",
                        "When done, send one message to your own address and check that it arrives.",
                    ));
                    v
                },
            )
        }
        F::PasswordRejected => {
            // The explanation starts with what happened, in words; the server names come last.
            let mut d_ja = format!("入力したパスワードでは、メールサーバーにログインできませんでした（{srv}）。パスワードの打ち間違い、古いパスワードのまま、またはユーザー名の書き方の違いが考えられます。サーバーの返事だけでは、このどれなのか、アカウントがロックされているのかまでは分かりません。");
            let mut d_en = format!("The mail server did not accept the login with this password ({srv}). A mistyped or old password, or a different username form, are the usual causes. The server's reply does not tell which, nor whether the account is locked.");
            match c.credentials_confirmed {
                Some(true) => {
                    d_ja.push_str("サーバーは応答コードで、ユーザー名かパスワードが違うとはっきり示しました。");
                    d_en.push_str(" The server's response code says plainly that the username or password is wrong.");
                }
                Some(false) => {
                    d_ja.push_str("ただし、サーバーは理由を示さずに断ったため、パスワードが原因だとは言い切れません。");
                    d_en.push_str(" The server refused without giving a reason, though, so the password is not certain to be the cause.");
                }
                None => {}
            }
            if c.any_login_ok {
                d_ja.push_str("ほかのサーバーでは同じパスワードでログインできたので、このサーバーだけ設定が違う可能性があります。");
                d_en.push_str(" The same password worked on another server, so this server's settings may differ.");
            }
            if c.attempts > 0 {
                // Same wording as login_attempts_capped: the cap is per server, per check.
                let cap = crate::model::LOGIN_CAP;
                d_ja.push_str(&format!("何度も間違えるとアカウントが一時的にロックされることがあるため、ログインは1つのサーバーにつき{cap}回までしか試しません。"));
                d_en.push_str(&format!(" Repeated failures can lock the account for a while, so we try at most {cap} logins per server."));
            }
            (
                t(
                    lang,
                    "パスワード（またはユーザー名）が受け付けられませんでした",
                    "The password (or username) was not accepted",
                ),
                t(lang, d_ja, d_en),
                vec![
                    act_check_sheet(c, lang),
                    act_type_carefully(lang),
                    act_webmail(c, lang),
                    act_reset(c, lang),
                    act_all_devices(lang),
                ],
            )
        }
        F::UsernameFormat => {
            let user = c
                .username
                .clone()
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| c.address.clone());
            let user = if user.is_empty() {
                t(
                    lang,
                    "プロバイダーが案内している形",
                    "the form your provider gives",
                )
            } else {
                user
            };
            let (d_ja, d_en) = match &c.rejected_username {
                Some(r) => (
                    format!("このサーバーは、ユーザー名「{r}」ではログインできず、「{user}」ならログインできました。パスワードは正しいので、ユーザー名の書き方を合わせれば使えます。"),
                    format!("The server refused the username “{r}” but accepted “{user}”. The password is right; only the username form must match."),
                ),
                None => (
                    format!("このサーバーでは、ユーザー名を「{user}」の形で入れる必要があります。"),
                    format!("This server needs the username in the form “{user}”."),
                ),
            };
            (
                t(lang, "ユーザー名の書き方が違います", "The username must be written differently"),
                t(lang, d_ja, d_en),
                vec![
                    t(
                        lang,
                        format!("メールソフトの「ユーザー名」（「アカウント名」と書かれていることもあります）に「{user}」と入れてください。"),
                        format!("In your mail app, enter “{user}” as the username (sometimes called “account name”)."),
                    ),
                    t(
                        lang,
                        "受信の設定と送信の設定の両方で、同じように直してください。",
                        "Make the same change for both incoming and outgoing settings.",
                    ),
                ],
            )
        }
        F::ImapNotEnabled => {
            let (why_ja, why_en) = if c.imap_paid_option {
                (
                    format!("{prov}では、IMAPは申し込みが必要なオプション（有料）です。"),
                    format!("At {prov}, IMAP is an option that must be applied for (paid)."),
                )
            } else {
                (
                    "プロバイダーによっては、IMAPを使うのに申し込みや設定の切り替えが必要です。"
                        .to_string(),
                    "Some providers require an application or a setting before IMAP can be used."
                        .to_string(),
                )
            };
            let last = if c.imap_paid_option {
                t(
                    lang,
                    format!("パソコンとスマートフォンで同じ受信箱を見たいときは、{prov}の会員ページで、IMAPのオプションが申し込めるか確かめてください。"),
                    format!("If you want the same inbox on computer and phone, check on {prov}'s member pages whether the IMAP option can be applied for."),
                )
            } else {
                t(
                    lang,
                    format!("IMAPを使いたいときは、{prov}に、このアドレスでIMAPが使えるか問い合わせてください。"),
                    format!("If you want IMAP, ask {prov} whether it can be enabled for this address."),
                )
            };
            (
                t(lang, "この契約ではIMAP（アイマップ）が使えないようです", "IMAP does not seem to be enabled for this account"),
                t(
                    lang,
                    format!("同じパスワードで、POP（ポップ）での受信はできましたが、IMAPでのログインは断られました。POPとIMAPは、メールを受け取る2つの方式です。{why_ja}パスワードの間違いではなく、契約の内容によるものと考えられます。"),
                    format!("With the same password, POP worked but the IMAP login was refused. POP and IMAP are the two ways of receiving mail. {why_en} This points to the contract, not to a wrong password."),
                ),
                vec![
                    t(
                        lang,
                        "メールソフトでは、受信の方式に「POP」を選んでください（「おすすめの設定」はPOPになっています）。",
                        "In your mail app, choose “POP” as the account type (the recommended settings use POP).",
                    ),
                    t(
                        lang,
                        "パソコンとスマートフォンなど複数の機器で読むときは、それぞれの機器で「サーバーにメッセージのコピーを残す」をオンにしてください。",
                        "If several devices read this mail, switch on “Leave a copy of messages on the server” on each of them.",
                    ),
                    last,
                ],
            )
        }
        F::SmtpPort25Blocked => {
            // Without a known working port, name both usual ones rather than pick one.
            let port = c
                .port
                .map(|p| p.to_string())
                .unwrap_or_else(|| t(lang, "465」か「587", "465 or 587"));
            let sec = c
                .security
                .map(|s| security_label(s, lang).to_string())
                .unwrap_or_else(|| {
                    t(
                        lang,
                        "ポート番号に合ったもの（465ならSSL/TLS、587ならSTARTTLS）",
                        "the one that goes with the port (SSL/TLS for 465, STARTTLS for 587)",
                    )
                });
            let port_plain = c
                .port
                .map(|p| p.to_string())
                .unwrap_or_else(|| t(lang, "465番か587", "465 or 587"));
            let prov = c.prov(lang);
            let extra = if c.situation == Situation::CantSend {
                t(lang, "送れない原因は、メールソフトの送信ポートが25番のままになっていることかもしれません。", " Your mail app may still be set to port 25, which would explain why sending fails.")
            } else {
                String::new()
            };
            (
                t(lang, "送信に25番ポートは使えません", "Port 25 cannot be used for sending"),
                t(
                    lang,
                    if c.reason == Reason::Offline {
                        format!("{prov}では、迷惑メール対策のため、25番ポートでの送信を止めています（「OP25B」という仕組みです）。送信には{port_plain}番を使います。{extra}")
                    } else {
                        format!("送信サーバーに25番ポートではつながりませんでしたが、{port_plain}番ではつながりました。迷惑メール対策のため、プロバイダーや回線は25番での送信を止めています（「OP25B」という仕組みです）。故障ではありません。{extra}")
                    },
                    if c.reason == Reason::Offline {
                        format!("{prov} blocks sending on port 25 against spam (“OP25B”); port {port_plain} is used for sending.{extra}")
                    } else {
                        format!("The outgoing server could not be reached on port 25, but port {port_plain} works. Providers and networks block sending on port 25 against spam (“OP25B”); nothing is broken.{extra}")
                    },
                ),
                vec![
                    t(lang, format!("メールソフトの送信（SMTP）の設定を開き、ポート番号を「{port}」にしてください。"), format!("Open the outgoing (SMTP) settings of your mail app and set the port to {port}.")),
                    t(lang, format!("暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を「{sec}」にしてください。"), format!("Set the encryption (sometimes “security” or “SSL”) to {sec}.")),
                    t(lang, "「送信サーバーは認証が必要」（SMTP認証）をオンにして、受信と同じユーザー名とパスワードを使う設定にしてください。", "Switch on “Outgoing server requires authentication” and use the same username and password as for incoming."),
                ],
            )
        }
        F::StarttlsMissing => {
            let alt_ja = if c.alternative_works {
                "別のポートでは暗号化してつながるので、そちらを使ってください。"
            } else {
                ""
            };
            let alt_en = if c.alternative_works {
                " Another port works with encryption; please use that one."
            } else {
                ""
            };
            (
                t(lang, "このポートでは通信を暗号化できません", "This port offers no encryption (STARTTLS)"),
                t(
                    lang,
                    format!("{srv} は、つないだ後で暗号化に切り替える方式（STARTTLS）に対応していませんでした。このままでは、パスワードが読み取れる状態で送られてしまうため、パスワードは送っていません。{alt_ja}"),
                    format!("{srv} does not offer STARTTLS (switching to encryption after connecting). The password would travel readable, so it was not sent.{alt_en}"),
                ),
                vec![
                    t(lang, "メールソフトでは、「おすすめの設定」のポート番号と暗号化の種類を使ってください。", "In your mail app, use the port and encryption of the recommended settings."),
                    t(lang, format!("どのポートでも暗号化できないときは、{prov}に「暗号化(SSL/TLS)して使える設定」を問い合わせてください。"), format!("If no port offers encryption, ask {prov} for settings that work with encryption (SSL/TLS).")),
                ],
            )
        }
        F::TlsCertificateInvalid => {
            let (what_ja, what_en, first) = match c.failure {
                Some(FailureKind::TlsExpired) => (
                    format!("{srv} の証明書の有効期限が切れていました。"),
                    format!("The certificate of {srv} has expired."),
                    t(lang, "パソコンやスマートフォンの日付と時刻が正しいか確かめてください。ずれていると、正しい証明書でも期限切れと判断されます。", "Check that the date and time of your computer or phone are right; a wrong clock makes valid certificates look expired."),
                ),
                Some(FailureKind::TlsHostnameMismatch) => (
                    format!("{srv} の証明書は、別のサーバー名のものでした。サーバー名の入力間違いのことが多いです。"),
                    format!("The certificate of {srv} belongs to another server name. This is usually a mistyped server name."),
                    t(lang, "メールソフトのサーバー名が、「おすすめの設定」と同じか確かめてください。", "Check that the server name in your mail app matches the recommended settings."),
                ),
                _ => (
                    format!("{srv} の証明書は、この機器が信頼する発行元のものではありませんでした。"),
                    format!("The certificate of {srv} is not from an issuer this device trusts."),
                    t(lang, "会社・学校・ホテルなどのネットワークでは、通信が途中で検査されていることがあります。自宅のネットワークで試してください。", "Networks at work, school or hotels sometimes inspect connections; try again from your home network."),
                ),
            };
            let alt_ja = if c.alternative_works {
                "別のサーバーやポートでは問題なくつながりました。"
            } else {
                ""
            };
            let alt_en = if c.alternative_works {
                " Another server or port worked without this problem."
            } else {
                ""
            };
            (
                t(lang, "サーバーの証明書に問題があります", "The server's certificate is not valid"),
                t(
                    lang,
                    format!("証明書とは、サーバーが本物であることを示す電子的な身分証明書です。{what_ja}安全のため、このサーバーにはパスワードを送っていません。{alt_ja}"),
                    format!("A certificate is the server's electronic proof of identity. {what_en} For safety, no password was sent to this server.{alt_en}"),
                ),
                vec![
                    first,
                    t(lang, "セキュリティソフトの「メール保護」「メールスキャン」などの機能がオンになっていないか確かめてください。", "Check whether your security software's “mail protection” or “mail scanning” is switched on."),
                    t(lang, "メールソフトに証明書の警告が出ても、「続ける」や「常に信頼する」は押さないでください。", "If your mail app shows a certificate warning, do not press “Continue” or “Always trust”."),
                    act_ask_provider(c, lang),
                ],
            )
        }
        F::TlsIntercepted => {
            let vendor = c
                .vendor
                .clone()
                .unwrap_or_else(|| t(lang, "セキュリティソフト", "security software"));
            let (issued_ja, issued_en) = match c.issuer.as_deref().filter(|i| !i.is_empty()) {
                Some(i) => (
                    format!("{srv} につないだとき、証明書の発行元が「{i}」でした。"),
                    format!("When connecting to {srv}, the certificate was issued by “{i}”. "),
                ),
                None => (
                    format!(
                        "{srv} につないだときの証明書は、セキュリティソフトが発行したものでした。"
                    ),
                    format!(
                        "When connecting to {srv}, the certificate came from security software. "
                    ),
                ),
            };
            let safe_ja = if c.alternative_works {
                ""
            } else {
                "証明書が信頼できないため、パスワードは送っていません。"
            };
            let safe_en = if c.alternative_works {
                ""
            } else {
                " The certificate is not trusted, so no password was sent."
            };
            (
                t(lang, "セキュリティソフトがメールの通信に割り込んでいます", "Security software is intercepting the mail connection"),
                t(
                    lang,
                    format!("{issued_ja}これは{vendor}のメール保護（メールスキャン）機能が、メールソフトとサーバーの間に入っているしるしです。この機能が、送信や受信を妨げたり、設定を書き換えたりすることがあります。{safe_ja}"),
                    format!("{issued_en}This shows that {vendor}'s mail protection (mail scanning) sits between your mail app and the server; it can block sending or receiving, or change settings.{safe_en}"),
                ),
                vec![
                    t(lang, format!("{vendor}の画面を開き、「メール保護」「メールスキャン」などの機能を一時的にオフにしてください。"), format!("Open {vendor} and switch off its “mail protection” or “mail scanning” for a moment.")),
                    t(lang, "オフにしたまま、もう一度メールの送信と受信を試してください。", "With it off, try sending and receiving again."),
                    t(lang, format!("それで直った場合は、メール保護だけをオフのままにするか、{vendor}のサポート情報で設定のしかたを確かめてください。メール保護だけをオフにしても、ほかのウイルス対策の機能はふつう働き続けます。"), format!("If that fixes it, leave only the mail protection off, or look up {vendor}'s support pages. Switching off mail protection alone normally keeps the other virus protection running.")),
                ],
            )
        }
        F::ServerUnreachable => {
            let (d_ja, d_en) = if c.failure == Some(FailureKind::DnsNotFound) {
                (
                    format!("サーバー名「{srv}」が見つかりませんでした。サーバー名の打ち間違いか、サーバー名が変わったことが考えられます。この機器がインターネットにつながっていない場合も、こうなります。"),
                    format!("The server name “{srv}” was not found. It may be mistyped or may have changed; this also happens when this device is not connected to the Internet."),
                )
            } else {
                (
                    format!("{srv} から返事がありませんでした（接続を断られたか、時間内に応答がありませんでした）。サーバーの一時的な障害、サーバー名やポート番号の違い、またはこの機器のネットワークの問題が考えられます。ここからはどれなのか区別できません。"),
                    format!("{srv} did not answer (the connection was refused or timed out). A temporary server problem, a wrong server name or port, or this device's network are possible; from here we cannot tell which."),
                )
            };
            (
                t(lang, "メールサーバーにつながりません", "The mail server cannot be reached"),
                t(lang, d_ja, d_en),
                vec![
                    t(lang, "ほかのホームページが見られるか確かめて、インターネットにつながっているか確かめてください。", "Check that other web pages open, to make sure you are connected to the Internet."),
                    act_use_recommended(lang),
                    t(lang, format!("{prov}のホームページで、障害やメンテナンスのお知らせが出ていないか確かめてください。"), format!("Check {prov}'s website for outage or maintenance notices.")),
                    t(lang, "30分ほど待ってから、もう一度試してください。", "Wait about 30 minutes and try again."),
                ],
            )
        }
        F::NetworkBlocked => {
            let n = c.count.unwrap_or(0);
            let n_ja = if n > 0 {
                format!("（{n}か所）")
            } else {
                String::new()
            };
            let n_en = if n > 0 {
                format!(" ({n} of them)")
            } else {
                String::new()
            };
            (
                t(lang, "メールの通信が途中で止められているようです", "Mail connections seem to be blocked on this network"),
                t(
                    lang,
                    format!("試したすべてのサーバーとポート{n_ja}で、返事がまったくありませんでした。サーバーが止まっているというより、いま使っているネットワーク（会社・学校・ホテル・駅などのWi-Fi）やセキュリティソフトのファイアウォールが、メールの通信を止めている可能性が高いです。"),
                    format!("None of the servers and ports we tried{n_en} answered at all. Rather than the servers being down, the network you are on (Wi-Fi at work, school, a hotel or a station) or a firewall in your security software is most likely blocking mail connections."),
                ),
                vec![
                    t(lang, "ほかのホームページが見られるか確かめてください。", "Check that other web pages open."),
                    t(lang, "外出先のWi-Fiを使っているときは、自宅のネットワークか、スマートフォンの回線で試してください。", "If you are on Wi-Fi away from home, try from your home network or your phone's mobile connection."),
                    t(lang, "セキュリティソフトのファイアウォールが、メールソフトの通信を止めていないか確かめてください。", "Check whether the firewall in your security software blocks your mail app."),
                    t(lang, format!("それでもつながらないときは、この結果を見せて、{prov}かネットワークの管理者に相談してください。"), format!("If it still fails, show this report to {prov} or to the network's administrator.")),
                ],
            )
        }
        F::MailboxEmptyPop => {
            let keep = match c.keep_on_server_days {
                Some(d) => t(
                    lang,
                    format!("残しておく日数は、{prov}の案内では{d}日です。"),
                    format!(" {prov} suggests keeping them for {d} days."),
                ),
                None => String::new(),
            };
            let mut actions = vec![
                t(lang, "このメールアドレスを設定している機器（古いパソコン、スマートフォン、タブレットなど）を、すべて思い出してください。", "List every device that has this address set up (old computers, phones, tablets)."),
                t(lang, format!("それぞれの機器のメールソフトで、「サーバーにメッセージのコピーを残す」（「サーバーから削除しない」）をオンにしてください。{keep}"), format!("On each of them, switch on “Leave a copy of messages on the server” (or “do not delete from server”).{keep}")),
            ];
            actions.push(match &c.management_url {
                Some(url) => t(lang, format!("{prov}の管理ページ（{url}）で、転送の設定が「メールボックスに残さない」になっていないか確かめてください。"), format!("On {prov}'s management page ({url}), check that forwarding is not set to keep no copy in the mailbox.")),
                None => t(lang, format!("{prov}の会員ページで、ほかのアドレスへの転送が「残さない」設定になっていないか確かめてください。"), format!("On {prov}'s member pages, check that forwarding to another address is not set to keep no copy.")),
            });
            actions.push(act_webmail_look(c, lang));
            (
                t(lang, "サーバーの受信箱が空になっています", "The inbox on the server is empty"),
                t(
                    lang,
                    "POPで調べたところ、サーバーの受信箱にメールが1通もありませんでした。POPは、メールを機器に取り込む方式で、取り込んだ後にサーバーから消す設定になっていることがよくあります。メールが届いていないのではなく、ほかのパソコンやスマートフォンが先に取り込んで、サーバーから消している可能性があります。転送の設定で「メールを残さない」になっている場合も、同じように空になります。",
                    "Checked by POP, the inbox on the server holds no mail at all. POP downloads mail to a device and is often set to delete it from the server afterwards. Mail may be arriving, but another computer or phone may be taking it first and deleting it. Forwarding set to keep no copy empties the inbox the same way.",
                ),
                actions,
            )
        }
        F::QuotaNearlyFull | F::QuotaFull => {
            let sizes = match (c.used_bytes, c.limit_bytes) {
                (Some(u), Some(l)) => format!(" ({} / {})", human_bytes(u), human_bytes(l)),
                _ => String::new(),
            };
            let (used_ja, used_en) = match c.percent {
                Some(p) => (
                    format!("サーバーのメールボックスの{p}%を使っています{sizes}。"),
                    format!("{p}% of the mailbox on the server is used{sizes}."),
                ),
                None => (
                    "サーバーのメールボックスの残りが少なくなっています。".to_string(),
                    "Little space is left in the mailbox on the server.".to_string(),
                ),
            };
            let full = id == F::QuotaFull;
            (
                if full {
                    t(lang, "メールボックスがいっぱいです", "The mailbox is full")
                } else {
                    t(lang, "メールボックスがいっぱいに近づいています", "The mailbox is almost full")
                },
                if full {
                    t(
                        lang,
                        format!("{used_ja}いっぱいのため、新しいメールは受け取れず、送った人にエラーが返っている可能性があります。"),
                        format!("{used_en} While it is full, new mail cannot be received and senders may get an error."),
                    )
                } else {
                    t(
                        lang,
                        format!("{used_ja}いっぱいになると、新しいメールが受け取れなくなり、送った人にエラーが返ります。"),
                        format!("{used_en} Once full, new mail cannot be received and senders get an error."),
                    )
                },
                vec![
                    t(lang, "Webメールかメールソフトで、いらないメール、とくに大きな添付ファイル（写真など）のついたメールを削除してください。", "In webmail or your mail app, delete mail you no longer need, especially mail with large attachments such as photos."),
                    t(lang, "「ごみ箱」と「迷惑メール」のフォルダーも空にしてください。", "Empty the “Trash” and “Junk” folders too."),
                    t(lang, "残しておきたいメールは、パソコンの中のフォルダー（「ローカルフォルダ」）に移すと、サーバーの容量を使いません。", "Mail you want to keep can be moved to a folder on your computer (“local folders”); it then uses no space on the server."),
                ],
            )
        }
        F::JunkHasMail => {
            let n = c.count.unwrap_or(0);
            (
                if n > 0 {
                    t(lang, format!("迷惑メールのフォルダーに{n}通のメールがあります"), format!("{n} message(s) are in the junk folder"))
                } else {
                    t(lang, "迷惑メールのフォルダーにメールがあります", "There is mail in the junk folder")
                },
                t(
                    lang,
                    "サーバーの迷惑メールのフォルダー（「迷惑メール」「Junk」「Spam」など）にメールが入っています。届かないと思っていたメールが、迷惑メールと判断されて、ここに入っていることがあります。",
                    "The junk folder on the server (“Junk”, “Spam” or similar) holds mail. Mail you are waiting for may have been judged as spam and put there.",
                ),
                vec![
                    t(lang, "Webメールかメールソフトで、迷惑メールのフォルダーを開いてください。", "Open the junk folder in webmail or your mail app."),
                    t(lang, "待っているメールがあれば、「迷惑メールではない」を選ぶか、受信箱に移してください。", "If mail you are waiting for is there, mark it “not junk” or move it to the inbox."),
                    t(lang, "その相手のアドレスを、アドレス帳や受信を許可するリストに入れると、次からは受信箱に届きやすくなります。", "Adding the sender to your address book or allow list helps future mail reach the inbox."),
                ],
            )
        }
        F::AppPasswordRequired => {
            let said_ja = match &c.server_text {
                Some(s) => format!("サーバーは「{s}」と返事をしました。"),
                None => String::new(),
            };
            let said_en = match &c.server_text {
                Some(s) => format!("The server replied “{s}”. "),
                None => String::new(),
            };
            let (d_ja, d_en) = if c.reason == Reason::Offline {
                (
                    format!("{prov}のメールをメールソフトで使うときは、ふだんのログイン用のパスワードではなく、メールソフト専用に作る「アプリ パスワード」（アプリ用パスワード）が必要です。"),
                    format!("To use {prov} mail in a mail app, you need an “app password” made for mail apps, not your usual sign-in password."),
                )
            } else {
                (
                    format!("{said_ja}{prov}では、メールソフトからは、ふだんのログイン用のパスワードではなく、メールソフト専用に作る「アプリ パスワード」（アプリ用パスワード）を使う必要があります。パスワードそのものが間違っているとは限りません。"),
                    format!("{said_en}{prov} accepts from mail apps only an “app password” made for them, not your usual sign-in password. Your password itself may well be right."),
                )
            };
            (
                t(
                    lang,
                    "「アプリ パスワード」が必要です",
                    "An app password is needed",
                ),
                t(lang, d_ja, d_en),
                if c.oauth_only {
                    vec![
                        t(lang, format!("{prov}のメールは、パスワードを入れる方式ではなく、{prov}のログイン画面でサインインする方式にだけ対応しています。"), format!("{prov} mail works only with sign-in on {prov}'s own login screen, not with a typed password.")),
                        t(lang, "メールソフトでアカウントを追加するときに、種類の一覧から「Microsoft」「Google」などの名前を選んでください（「その他」「IMAP」は選ばないでください）。", "When adding the account in your mail app, pick the provider's name (“Microsoft”, “Google”…) from the list, not “Other” or “IMAP”."),
                        t(lang, "表示されたログイン画面で、ふだんのメールアドレスとパスワードを入れてください。", "On the login screen that appears, enter your usual address and password."),
                    ]
                } else {
                    vec![
                    match &c.app_password_url {
                        Some(url) => t(lang, format!("ブラウザーで {url} を開き、{prov}のアカウントにログインしてください。"), format!("Open {url} in a web browser and sign in to your {prov} account.")),
                        None => t(lang, format!("ブラウザーで{prov}のアカウント（セキュリティ）の設定ページにログインしてください。"), format!("In a web browser, sign in to {prov}'s account (security) settings.")),
                    },
                    t(lang, "「アプリ パスワード」を作成してください。先に「2段階認証」をオンにする必要があることがあります。", "Create an “app password”. You may need to switch on two-step verification first."),
                    t(lang, "表示された英字の並び（アプリ パスワード）を、メールソフトのパスワード欄に入れてください。ふだんのパスワードは入れないでください。", "Enter the letters shown (the app password) in your mail app's password field, instead of your usual password."),
                ]
                },
            )
        }
        F::GmailPopFetchEnded => {
            let fwd_where = match &c.management_url {
                Some(url) => t(
                    lang,
                    format!("{prov}の管理ページ（{url}）"),
                    format!("{prov}'s management page ({url})"),
                ),
                None => t(
                    lang,
                    format!("{prov}の会員ページ"),
                    format!("{prov}'s member pages"),
                ),
            };
            let imap_ja = match c.imap_available {
                Some(false) => {
                    "このアドレスではIMAPが使えないようなので、方法1の転送がおすすめです。"
                }
                _ => "",
            };
            let imap_en = match c.imap_available {
                Some(false) => " IMAP does not seem to be available for this address, so method 1 (forwarding) is the one to choose.",
                _ => "",
            };
            let mut actions = vec![
                t(lang, format!("方法1: {fwd_where}で、届いたメールをGmailのアドレスへ転送する設定をしてください。"), format!("Method 1: on {fwd_where}, forward incoming mail to your Gmail address.")),
                t(lang, "転送の設定では「メールボックスに残す」を選んでください。残さないと、ほかの機器ではそのメールが読めなくなります。", "When setting up forwarding, choose to keep a copy in the mailbox; otherwise other devices can no longer read that mail."),
            ];
            if c.imap_available != Some(false) {
                actions.push(t(
                    lang,
                    format!("方法2: スマートフォンのGmailアプリに、{}をIMAPのアカウントとして追加すると、Gmailアプリの中で読めます（「おすすめの設定」を使います）。", if c.address.is_empty() { "このアドレス".to_string() } else { c.address.clone() }),
                    format!("Method 2: on a phone, add {} to the Gmail app as an IMAP account; you can then read it there (use the recommended settings).", if c.address.is_empty() { "this address".to_string() } else { c.address.clone() }),
                ));
            }
            actions.push(t(lang, "Gmailから、このアドレスを差出人にして送りたいときは、Gmailの設定「アカウントとインポート」の「名前」（他のメールアドレスを追加）で、「おすすめの設定」の送信サーバーの値を入れてください。", "To send from this address in Gmail, add it under Settings → “Accounts and Import” → “Send mail as”, using the outgoing server of the recommended settings."));
            if c.imap_available != Some(false) {
                actions.push(t(lang, "転送とIMAPを両方使うと、同じメールが2通ずつ見えることがあります。どちらか一方にしてください。", "Using forwarding and IMAP together can show every message twice; choose one."));
            }
            (
                t(lang, "Gmailの「他のアカウントのメールを確認」（POPでの取り込み）は終了しました", "Gmail no longer fetches mail from other accounts by POP"),
                t(
                    lang,
                    format!("Gmailが、ほかのメールアドレスのメールをPOPで取り込む機能は、2026年に終わりました。そのため、Gmailに{prov}のメールが入ってこなくなっています。設定やパスワードの間違いではありません。代わりの方法があります。{imap_ja}"),
                    format!("Gmail stopped fetching mail from other addresses by POP in 2026, so {prov} mail no longer arrives in Gmail that way. Your settings and password are not at fault; there are other ways.{imap_en}"),
                ),
                actions,
            )
        }
        F::PlaintextOnly => {
            let (d2_ja, d2_en) = if c.alternative_works {
                ("「おすすめの設定」には暗号化しない設定を表示していますが、できるだけ早く、暗号化できる設定に切り替えてください。", " The recommended settings are unencrypted; please switch to encrypted settings as soon as you can.")
            } else {
                (
                    "安全のため、パスワードは送っていません。",
                    " For safety, no password was sent.",
                )
            };
            (
                t(lang, "暗号化しない接続しか使えません", "Only unencrypted connections work"),
                t(
                    lang,
                    format!("{srv} には、暗号化（SSL/TLS）を使ってつなぐことができませんでした。暗号化しないと、パスワードやメールの中身が途中で読み取られるおそれがあります。{d2_ja}"),
                    format!("{srv} could not be reached with encryption (SSL/TLS). Without encryption, the password and your mail can be read on the way.{d2_en}"),
                ),
                vec![
                    t(lang, format!("{prov}のホームページで、暗号化（SSL/TLS）を使うメールの設定が案内されていないか確かめてください。"), format!("Look on {prov}'s website for mail settings that use encryption (SSL/TLS).")),
                    t(lang, format!("見つからないときは、{prov}に「暗号化して使える受信と送信の設定」を問い合わせてください。"), format!("If there are none, ask {prov} for incoming and outgoing settings that use encryption.")),
                    t(lang, "サポート担当の方へ: 危険を承知のうえで暗号化なしを試すときだけ、--allow-plaintext を付けて実行してください。", "For support staff: only if you accept the risk, run again with --allow-plaintext."),
                ],
            )
        }
        F::UnverifiedSettings => {
            let (d_ja, d_en) = match c.reason {
                Reason::NoData => (
                    format!("「{}」について登録されている情報がなく、メールサーバーにもつないでいないため、設定をお示しできません。", c.domain),
                    format!("There is no stored information about “{}” and no server was contacted, so no settings can be shown.", c.domain),
                ),
                Reason::NoPassword => (
                    "パスワードが入力されなかったため、サーバーにつながることだけを確かめ、ログインは試していません。パスワードが正しいかどうかは、まだ分かりません。".to_string(),
                    "No password was given, so we only checked that the servers answer; no login was tried. Whether the password works is not known yet.".to_string(),
                ),
                Reason::Partial => (
                    format!("実際に確かめられなかった部分は、{prov}について登録されている情報から表示しています。その部分は、まだ確かめていません。"),
                    format!("The part we could not check live is shown from the stored information about {prov}; that part is not verified."),
                ),
                _ => (
                    format!("インターネットにつながずに調べたため、「おすすめの設定」は{prov}について登録されている情報から作ったものです。メールサーバーで実際に試してはいません。"),
                    format!("Checked without connecting, so the recommended settings come from the stored information about {prov}. They were not tried on the mail servers."),
                ),
            };
            (
                if c.reason == Reason::NoData {
                    t(
                        lang,
                        "このアドレスの設定は、まだ分かっていません",
                        "The settings for this address are not known yet",
                    )
                } else {
                    t(
                        lang,
                        "この設定は、まだ実際には確かめていません",
                        "These settings have not been verified",
                    )
                },
                t(lang, d_ja, d_en),
                {
                    let mut v = Vec::new();
                    if c.password_name.is_some() || c.password_written_on.is_some() {
                        v.push(act_check_sheet(c, lang));
                    }
                    v.extend([
                    t(lang, "インターネットにつながった状態で、パスワードも入れて、もう一度この診断をしてください。", "Run this check again while connected to the Internet, with the password."),
                    t(lang, "メールソフトに設定を入れたら、自分のアドレスあてにメールを1通送って、届くか確かめてください。", "After entering the settings in your mail app, send one message to your own address and check that it arrives."),
                ]);
                    v
                },
            )
        }
        F::NoIncoming | F::NoOutgoing => {
            let incoming = id == F::NoIncoming;
            let (what_ja, what_en) = if incoming {
                ("受信（メールを受け取る）", "receiving mail")
            } else {
                ("送信（メールを送る）", "sending mail")
            };
            let (d_ja, d_en) = match c.reason {
                Reason::NothingFound => (
                    format!("「{}」の{what_ja}に使うサーバーが見つかりませんでした。", c.domain),
                    format!("No server for {what_en} was found for “{}”.", c.domain),
                ),
                Reason::SubmitRejected => (
                    "送信サーバーにはログインできましたが、このアドレスからの送信を受け付けませんでした。プロバイダーによっては、外出先や海外からの送信を止めていて、会員ページで一時的に解除できるようになっています。".to_string(),
                    "The outgoing server accepted the login but refused mail from this address. Some providers block sending from other networks or from abroad, and let you lift it for a while on their member pages.".to_string(),
                ),
                Reason::LoginFailed => (
                    format!("サーバーにはつながりましたが、ログインできなかったため、{what_ja}の確認を最後まで進められませんでした。サーバー名・ポート番号・暗号化は確かめられています。"),
                    format!("The servers answered, but the login was refused, so the check of {what_en} could not finish. The server names, ports and encryption were confirmed."),
                ),
                Reason::OnlyPort25 => (
                    "25番ポートでしかつながりませんでした。25番は、多くのネットワークで止められていて、メールソフトからの送信には使えません。".to_string(),
                    "Only port 25 answered. Port 25 is blocked on most networks and is not meant for sending from a mail app.".to_string(),
                ),
                _ => (
                    format!("{what_ja}に使える設定は、試したものの中にありませんでした。"),
                    format!("None of the settings we tried works for {what_en}."),
                ),
            };
            let tried_ja = if c.tried.is_empty() {
                String::new()
            } else {
                format!("試した結果: {}。", c.tried.join("/"))
            };
            let tried_en = if c.tried.is_empty() {
                String::new()
            } else {
                format!(" What we tried: {}.", c.tried.join("; "))
            };
            (
                if incoming {
                    t(
                        lang,
                        "受信に使える設定が見つかりませんでした",
                        "No working incoming settings were found",
                    )
                } else {
                    t(
                        lang,
                        "送信に使える設定が見つかりませんでした",
                        "No working outgoing settings were found",
                    )
                },
                t(
                    lang,
                    format!("{d_ja}{tried_ja}原因は、ここに並んでいるほかの項目をご覧ください。"),
                    format!("{d_en}{tried_en} See the other findings listed here for the cause."),
                ),
                if c.reason == Reason::LoginFailed {
                    // Every server answered: the server names are right, only the login is not.
                    vec![act_check_sheet(c, lang), act_ask_provider(c, lang)]
                } else {
                    vec![
                        t(lang, "ここに並んでいるほかの項目の手順を、上から順に試してください。", "First follow the steps of the other findings listed here, from the top."),
                        t(lang, format!("{prov}のホームページかお手元の書類で、{}サーバーの名前を確かめてください。", if incoming { "受信" } else { "送信" }), format!("Check the {} server name on {prov}'s website or in your papers.", if incoming { "incoming" } else { "outgoing" })),
                        act_ask_provider(c, lang),
                    ]
                },
            )
        }
        F::Ipv6Broken | F::Offline | F::DnsUnavailable | F::CaptivePortal => {
            network_finding(id, &srv, lang)
        }
        F::LoginAttemptsCapped => {
            let n = if c.attempts > 0 { c.attempts } else { 3 };
            (
                t(lang, format!("ログインは1つのサーバーにつき{n}回までにしました"), format!("At most {n} logins per server were tried")),
                t(
                    lang,
                    format!("パスワードを何度も間違えると、プロバイダーがアカウントを一時的にロックすることがあります。そのため、同じサーバーへのログインは{n}回までにして、{srv} ではログインを試していません。"),
                    format!("Providers may lock an account for a while after repeated wrong passwords, so we tried at most {n} logins per server and did not log in on {srv}."),
                ),
                vec![
                    act_check_sheet(c, lang),
                    t(lang, "パスワードを確かめたら、30分ほど時間をおいてから、もう一度診断してください。", "Once the password is checked, wait about 30 minutes and run the check again."),
                ],
            )
        }
        F::TlsRequired
        | F::LoginTemporarilyFailed
        | F::MailboxInUse
        | F::LoginNotAllowed
        | F::ServerError
        | F::UseStarttls
        | F::SmtpPort25Only => server_said_finding(id, c, lang),
    };
    FindingText {
        title,
        detail,
        actions,
    }
}

/// 「…」 or “…”: what the server said, as a sentence to put in a detail (empty when nothing).
fn said(c: &FindingCtx, lang: Lang) -> String {
    match &c.server_text {
        Some(s) if !s.trim().is_empty() => t(
            lang,
            format!("サーバーの返事は「{s}」でした。"),
            format!("The server said “{s}”. "),
        ),
        _ => String::new(),
    }
}

/// The findings that come from what the server said (response codes and capabilities), and
/// the two about ports (STARTTLS on the same port, port 25 only).
fn server_said_finding(id: FindingId, c: &FindingCtx, lang: Lang) -> (String, String, Vec<String>) {
    use FindingId as F;
    let prov = c.prov(lang);
    let srv = c.servers_text(lang);
    let said = said(c, lang);
    match id {
        F::TlsRequired => {
            let (alt_ja, alt_en) = if c.alternative_works {
                ("暗号化した接続では、問題なくつながりました。", " An encrypted connection worked.")
            } else {
                ("", "")
            };
            (
                t(lang, "暗号化しないとログインできないサーバーです", "This server accepts the login only with encryption"),
                t(
                    lang,
                    format!("{srv} は、暗号化（SSL/TLS または STARTTLS）していない接続ではログインを受け付けません。{said}パスワードが間違っているという意味ではありません（正しいかどうかは、まだ分かりません）。{alt_ja}"),
                    format!("{srv} does not accept logins over an unencrypted connection. {said}This does not mean the password is wrong (whether it is right is not known yet).{alt_en}"),
                ),
                vec![
                    t(lang, "メールソフトの受信と送信の設定で、暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を、下の「おすすめの設定」と同じにしてください。ポート番号が110・143・587番なら「STARTTLS」、995・993・465番なら「SSL/TLS」です。", "In your mail app's incoming and outgoing settings, set the encryption (sometimes “security” or “SSL”) as in the recommended settings below: STARTTLS for ports 110, 143 and 587, SSL/TLS for 995, 993 and 465."),
                    t(lang, "「暗号化しないパスワード」や「平文認証」を許可する設定は使わないでください。", "Do not use settings that allow an unencrypted (“plain text”) password."),
                    act_ask_provider(c, lang),
                ],
            )
        }
        F::LoginTemporarilyFailed => (
            t(lang, "サーバーが一時的にログインを受け付けていません", "The server is refusing logins for now"),
            t(
                lang,
                format!("{srv} は、いまはログインできないと返事をしました。{said}一時的なもので、パスワードやユーザー名が間違っているという意味ではありません。サーバーの混雑やメンテナンス、短い間に何度もログインしたことが原因のことがあります。"),
                format!("{srv} replied that logging in is not possible right now. {said}This is temporary and does not mean the password or username is wrong. Server load, maintenance, or many logins in a short time can cause it."),
            ),
            vec![
                t(lang, "パスワードは入れ直さずに、15分ほど待ってから、もう一度試してください。", "Do not re-enter the password; wait about 15 minutes and try again."),
                t(lang, format!("{prov}のホームページで、障害やメンテナンスのお知らせが出ていないか確かめてください。"), format!("Check {prov}'s website for outage or maintenance notices.")),
                act_ask_provider(c, lang),
            ],
        ),
        F::MailboxInUse => (
            t(lang, "ほかの機器がメールを受信している最中です", "Another device is reading this mailbox right now"),
            t(
                lang,
                format!("{srv} は、このメールボックスがいま別の接続で使われていると返事をしました。{said}POPでは、同じメールボックスに同時につなげるのは1か所だけです。ほかのパソコンやスマートフォンのメールソフトが受信している間は、こうなります。パスワードの間違いではありません。"),
                format!("{srv} replied that the mailbox is being used by another connection right now. {said}With POP only one connection at a time may use a mailbox; this happens while another computer, phone or mail app is receiving. The password is not at fault."),
            ),
            vec![
                t(lang, "ほかのパソコン、スマートフォン、タブレットで、このアドレスのメールソフトを閉じるか、受信が終わるまで数分待ってください。", "Close the mail app for this address on your other computers, phones and tablets, or wait a few minutes until they finish receiving."),
                t(lang, "数分おきに自動でメールを確かめる設定の機器があれば、その間隔を10分以上にしてください。", "If a device checks for mail every few minutes, set it to check every 10 minutes or less often."),
                t(lang, "それでも同じ状態が続くときは、30分ほど時間をおいてから、もう一度試してください。", "If it stays like this, wait about 30 minutes and try again."),
            ],
        ),
        F::LoginNotAllowed => (
            t(lang, "このアカウントでのログインが許可されていません", "This login is not allowed for the account"),
            t(
                lang,
                format!("{srv} は、ログインを受け付けませんでした。{said}サーバーの返事からは、パスワードの打ち間違いではなく、アカウントの状態（ロック、期限切れ、利用停止）か、ログインのしかた（アプリ パスワードやWebでのサインインが必要、メールソフトからの接続が無効）が理由と考えられます。"),
                format!("{srv} did not accept the login. {said}The reply points not to a mistyped password but to the account's state (locked, expired, suspended) or to the way of logging in (an app password or web sign-in needed, mail apps switched off)."),
            ),
            vec![
                act_webmail(c, lang),
                t(lang, format!("{prov}の会員ページで、アカウントが止められていないか、パスワードの期限が切れていないか、メールソフトからの利用に申し込みや設定が必要でないか確かめてください。"), format!("On {prov}'s member pages, check whether the account is suspended, whether the password has expired, and whether using a mail app needs an application or a setting.")),
                t(lang, "パスワードの期限切れと表示されたときは、新しいパスワードに変えてから、すべての機器で入れ直してください。", "If the password is shown as expired, set a new one and then enter it on every device."),
                act_ask_provider(c, lang),
            ],
        ),
        F::ServerError => {
            let (alt_ja, alt_en) = if c.alternative_works {
                ("ほかのサーバーやポートは使えています。", " Other servers or ports work.")
            } else {
                ("", "")
            };
            (
                t(lang, "サーバー側でエラーが起きています", "The server reported an error"),
                t(
                    lang,
                    format!("{srv} は、やり取りの途中でエラーを返すか、接続を切りました。{said}メールソフトの設定やパスワードよりも、サーバー側の問題の可能性が高いですが、ここからは原因を確かめられません。{alt_ja}"),
                    format!("{srv} returned an error or ended the connection part-way. {said}A problem on the server's side is more likely than your settings or password, but from here the cause cannot be confirmed.{alt_en}"),
                ),
                vec![
                    t(lang, "30分ほど待ってから、もう一度試してください。", "Wait about 30 minutes and try again."),
                    t(lang, format!("{prov}のホームページで、障害やメンテナンスのお知らせが出ていないか確かめてください。"), format!("Check {prov}'s website for outage or maintenance notices.")),
                    t(lang, format!("直らないときは、この結果（サーバーの返事を含みます）を{prov}のサポート窓口に見せて相談してください。"), format!("If it persists, show this report (it includes the server's reply) to {prov}'s support.")),
                ],
            )
        }
        F::UseStarttls => (
            t(lang, "暗号化（STARTTLS）に切り替えてください", "Switch this connection to STARTTLS"),
            t(
                lang,
                format!("{srv} には暗号化しない設定でつなぎましたが、このポートは、つないだ後で暗号化に切り替える方式（STARTTLS）に対応しています。暗号化しないと、パスワードやメールの中身が途中で読み取られるおそれがあるため、パスワードは送っていません。"),
                format!("{srv} was reached without encryption, but this port offers STARTTLS (switching to encryption after connecting). Without encryption the password and your mail can be read on the way, so the password was not sent."),
            ),
            vec![
                t(lang, "メールソフトの設定で、ポート番号はそのままにして、暗号化の種類（「セキュリティ」「SSL」と書かれていることもあります）を「STARTTLS」にしてください。", "In your mail app, keep the port number and set the encryption (sometimes “security” or “SSL”) to STARTTLS."),
                t(lang, "設定を変えたら、もう一度この診断をして、暗号化した接続でログインできるか確かめてください。", "After the change, run this check again to confirm that the login works with encryption."),
                act_use_recommended(lang),
            ],
        ),
        _ => (
            t(lang, "送信は25番ポートでだけできました", "Sending works only on port 25"),
            t(
                lang,
                format!("{srv} の25番ポートでは、ログインと送信の確認ができました。いまの回線からは25番で送れますが、多くのプロバイダーや回線（外出先のWi-Fi、スマートフォンの回線など）は、迷惑メール対策のため25番での送信を止めています（「OP25B」という仕組みです）。ほかの回線に移ると送れなくなるおそれがあります。送信用のポート（587番・465番）は、このサーバーでは使えませんでした。"),
                format!("On port 25, {srv} accepted the login and the address. Port 25 works from this network today, but many providers and networks (Wi-Fi away from home, mobile data) block sending on port 25 against spam (“OP25B”), so sending may stop on another network. The submission ports (587, 465) did not work on this server."),
            ),
            vec![
                t(lang, format!("{prov}のホームページかお手元の書類で、送信用のポート（587番か465番）が案内されていないか確かめてください。案内があれば、送信の設定をそのポートにしてください。"), format!("Check {prov}'s website or your papers for a submission port (587 or 465); if one is given, set the outgoing settings to it.")),
                t(lang, format!("案内がないときは、いまは25番のままで使えます。外出先で送れなくなったときはこれが原因なので、{prov}に送信用のポートが使えるか問い合わせてください。"), format!("If none is given, port 25 can stay for now. If sending fails away from home, this is why: ask {prov} whether a submission port can be used.")),
            ],
        ),
    }
}

/// The findings about this computer's own network (no mail server is at fault).
fn network_finding(id: FindingId, srv: &str, lang: Lang) -> (String, String, Vec<String>) {
    use FindingId as F;
    match id {
        F::Ipv6Broken => (
            t(lang, "IPv6 の通信がメールサーバーに届いていません", "Your IPv6 connection does not reach the mail server"),
            t(
                lang,
                format!("{srv} には IPv4 ではつながりましたが、IPv6 での接続には返事がありませんでした。メールソフトによっては IPv6 で待たされてから IPv4 に切り替えるため、送受信が遅くなったり、時間切れになったりすることがあります。"),
                format!("We reached {srv} over IPv4, but connection attempts over IPv6 got no answer. Some mail apps wait on IPv6 before falling back to IPv4, so mail may be slow or time out."),
            ),
            vec![
                t(lang, "ルーター（ホームゲートウェイ）の電源を切り、1分ほど待ってから入れ直してください。そのあと、パソコンも再起動してください。", "Turn your router (home gateway) off, wait about a minute and turn it on again; then restart the computer."),
                t(lang, "それでも遅いときは、インターネットの契約先（プロバイダー）に「IPv6 でメールサーバーにつながらない」と伝えて、この結果を見せてください。", "If mail is still slow, tell your Internet provider that IPv6 does not reach the mail server, and show them this report."),
                t(lang, "急ぐときは、この機器のネットワークの設定で IPv6 を一時的にオフにすると改善することがあります（詳しい人に手伝ってもらってください）。", "If it is urgent, turning IPv6 off for now in this device's network settings often helps (ask someone familiar with it to help)."),
            ],
        ),
        F::Offline => (
            t(lang, "このパソコンはインターネットにつながっていません", "This computer is not connected to the Internet"),
            t(
                lang,
                "インターネットへの経路がまったくありません。メールの設定の問題ではなく、この機器がネットワークにつながっていない状態です。そのため、メールサーバーの名前や設定はまだ確かめられていません。",
                "There is no route to the Internet at all. This is not a problem with your mail settings: this device is not connected to a network, so the mail server names and settings could not be checked yet.",
            ),
            vec![
                t(lang, "Wi-Fi がオンになっているか、LAN ケーブルが抜けていないか確かめてください。", "Check that Wi-Fi is on, or that the network cable is plugged in."),
                t(lang, "ルーターのランプを見て、消えていたり赤く光っていたりしたら、電源を入れ直してください。", "Look at the lights on your router; if they are off or red, turn it off and on again."),
                t(lang, "ほかのホームページが見られるようになったら、もう一度診断してください。", "Once web pages open again, run the check again."),
            ],
        ),
        F::DnsUnavailable => (
            t(lang, "サーバーの名前を調べる仕組み（DNS）が応答していません", "Server names cannot be looked up (DNS does not answer)"),
            t(
                lang,
                "この機器はネットワークにつながっていますが、サーバーの名前を調べる仕組み（DNS）から返事がありません。この状態ではどのメールサーバーの名前も調べられないので、メールの設定が正しいかどうかは判断できません。サーバー名を書き直す必要はありません。",
                "This device is on a network, but the service that looks up server names (DNS) does not answer. No mail server name can be looked up like this, so we cannot tell whether your mail settings are right; there is no need to change the server names.",
            ),
            vec![
                t(lang, "ほかのホームページが見られるか確かめてください。見られないときは、ルーターの電源を入れ直してください。", "Check whether other web pages open; if they do not, turn your router off and on again."),
                t(lang, "DNS の設定を手で変えたことがあるときは、「自動」に戻してください。", "If you ever changed the DNS settings by hand, set them back to automatic."),
                t(lang, "VPN やセキュリティソフトを使っているときは、いったん止めて試してください。", "If you use a VPN or security software, turn it off for a moment and try again."),
                t(lang, "直らないときは、インターネットの契約先（プロバイダー）に相談してください。", "If that does not help, contact your Internet provider."),
            ],
        ),
        _ => (
            t(lang, "Wi-Fi のログイン画面で止まっているようです", "The Wi-Fi seems to be waiting for you to sign in"),
            t(
                lang,
                "インターネットの代わりに、別のページが返事をしています。ホテル・駅・カフェなどの Wi-Fi では、ブラウザーで利用登録や同意を済ませるまで、メールを含むほとんどの通信が止められます。",
                "Something other than the Internet is answering. On Wi-Fi at hotels, stations or cafés, most traffic, mail included, is held until you sign in or accept the terms in a web browser.",
            ),
            vec![
                t(lang, "ブラウザーを開いて、どこかのホームページを表示してください。ログインや同意の画面が出たら、その手順を済ませてください。", "Open a web browser and go to any web page; if a sign-in or terms page appears, complete it."),
                t(lang, "済んだら、もう一度診断してください。", "Then run the check again."),
                t(lang, "画面が出ないときは、スマートフォンの回線など、別のネットワークで試してください。", "If no such page appears, try another network, such as your phone's mobile connection."),
            ],
        ),
    }
}
