//! The words of the findings: title, detail and actions for each finding id.

use super::*;
use fluent_bundle::FluentValue;
// ───────────────────────────── findings ─────────────────────────────

/// Why settings are unverified or missing (selects the wording of a few findings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reason {
    #[default]
    Unspecified,
    /// No network was used (`--offline`): the settings come from bundled data.
    Offline,
    /// No data for the domain and nothing probed.
    NoData,
    /// No password was given: servers answered, logins were not tried.
    NoPassword,
    /// One side could not be verified; it is shown from bundled data.
    Partial,
    /// No server of this direction was found to try.
    NothingFound,
    /// Every server of this direction was tried and failed.
    AllFailed,
    /// Only port 25 accepted (not usable from a mail app on most networks).
    OnlyPort25,
    /// A login was refused by the server.
    LoginFailed,
    /// The outgoing server took the login but refused mail from this address.
    SubmitRejected,
}

/// The facts a finding's text may use. Every field is optional in effect: the text reads
/// well with `FindingCtx::default()` and says "your provider" when no provider is known.
#[derive(Debug, Clone, Default)]
pub struct FindingCtx {
    pub situation: Situation,
    pub address: String,
    /// The domain as the person reads it (Unicode).
    pub domain: String,
    pub provider_name: Option<String>,
    /// What the provider calls the mail password (メールアドレスパスワード, BIGLOBEパスワード…).
    pub password_name: Option<String>,
    /// Where the provider says the mail password is written (a sentence from its data).
    pub password_written_on: Option<String>,
    pub webmail_url: Option<String>,
    pub management_url: Option<String>,
    /// Where the provider's app passwords are made.
    pub app_password_url: Option<String>,
    /// The provider accepts only its own sign-in (OAuth2), no password of any kind.
    pub oauth_only: bool,
    pub password_reset_url: Option<String>,
    pub keep_on_server_days: Option<u32>,
    pub imap_paid_option: bool,
    /// "host:port" of the servers concerned.
    pub servers: Vec<String>,
    pub failure: Option<FailureKind>,
    pub issuer: Option<String>,
    /// Security software named by the certificate issuer.
    pub vendor: Option<String>,
    /// What the server said (sanitised by the probe).
    pub server_text: Option<String>,
    pub percent: Option<u64>,
    pub used_bytes: Option<u64>,
    pub limit_bytes: Option<u64>,
    pub count: Option<u64>,
    /// The username form that worked / the one that was refused.
    pub username: Option<String>,
    pub rejected_username: Option<String>,
    pub attempts: u32,
    /// The working submission port and its security (port 25 finding).
    pub port: Option<u16>,
    pub security: Option<Security>,
    /// Another server or port of the same direction works.
    pub alternative_works: bool,
    /// Some login (anywhere) succeeded.
    pub any_login_ok: bool,
    pub reason: Reason,
    /// One line per probe tried ("IMAP mail.example.jp:993 (SSL/TLS): 接続を断られました").
    pub tried: Vec<String>,
    /// Gmail situation: whether IMAP works for this account (None: unknown).
    pub imap_available: Option<bool>,
    /// Refused logins: Some(true) when every refusal carried a code saying the credentials
    /// were rejected, Some(false) when some refusal gave no reason (None: not known).
    pub credentials_confirmed: Option<bool>,
}

pub struct FindingText {
    pub title: String,
    pub detail: String,
    pub actions: Vec<String>,
}

impl FindingCtx {
    fn prov(&self, lang: Lang) -> String {
        match &self.provider_name {
            Some(n) => n.clone(),
            None => crate::tr!(lang, "finding-your-provider"),
        }
    }
    /// The password's name, always shown inside 「」 in Japanese: brackets already in the
    /// provider's own name become 『』 so that the sentence never shows 「「…」…」.
    fn pw(&self, lang: Lang) -> String {
        match (&self.password_name, lang) {
            (Some(n), Lang::Ja) => n.replace('「', "『").replace('」', "』"),
            (Some(n), _) => n.clone(),
            (None, _) => crate::tr!(lang, "finding-mail-password"),
        }
    }
    /// The servers concerned as a list ("a、b" / "a, b"), empty when none is known.
    pub(super) fn servers_list(&self, lang: Lang) -> String {
        self.servers
            .join(&crate::tr!(lang, "finding-list-separator"))
    }
    fn servers_text(&self, lang: Lang) -> String {
        if self.servers.is_empty() {
            crate::tr!(lang, "finding-the-mail-server")
        } else {
            self.servers_list(lang)
        }
    }
}

/// A yes/no fact as a Fluent selector.
fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn text(title: String, detail: String, actions: Vec<String>) -> FindingText {
    FindingText {
        title,
        detail,
        actions,
    }
}

fn act_check_sheet(c: &FindingCtx, lang: Lang) -> String {
    let (provider, password) = (c.prov(lang), c.pw(lang));
    match &c.password_written_on {
        Some(w) => crate::tr!(
            lang,
            "finding-act-check-sheet-written",
            password = password,
            written_on = w.as_str()
        ),
        None => crate::tr!(
            lang,
            "finding-act-check-sheet",
            provider = provider,
            password = password
        ),
    }
}

fn act_webmail(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => crate::tr!(lang, "finding-act-webmail-url", url = url.as_str()),
        None => crate::tr!(lang, "finding-act-webmail", provider = c.prov(lang)),
    }
}

/// Webmail as the source of truth: is the mail on the server at all?
fn act_webmail_look(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => crate::tr!(lang, "finding-act-webmail-look-url", url = url.as_str()),
        None => crate::tr!(lang, "finding-act-webmail-look", provider = c.prov(lang)),
    }
}

fn act_reset(c: &FindingCtx, lang: Lang) -> String {
    let (provider, password) = (c.prov(lang), c.pw(lang));
    match (&c.password_reset_url, &c.management_url) {
        (Some(url), _) => crate::tr!(
            lang,
            "finding-act-reset-url",
            password = password,
            url = url.as_str()
        ),
        (None, Some(url)) => crate::tr!(
            lang,
            "finding-act-reset-management",
            password = password,
            provider = provider,
            url = url.as_str()
        ),
        (None, None) => crate::tr!(
            lang,
            "finding-act-reset",
            password = password,
            provider = provider
        ),
    }
}

fn act_ask_provider(c: &FindingCtx, lang: Lang) -> String {
    crate::tr!(lang, "finding-act-ask-provider", provider = c.prov(lang))
}

fn act_outage_notices(c: &FindingCtx, lang: Lang) -> String {
    crate::tr!(lang, "finding-act-outage-notices", provider = c.prov(lang))
}
/// The reason as a Fluent selector.
fn reason_key(r: Reason) -> &'static str {
    match r {
        Reason::Unspecified => "unspecified",
        Reason::Offline => "offline",
        Reason::NoData => "no-data",
        Reason::NoPassword => "no-password",
        Reason::Partial => "partial",
        Reason::NothingFound => "nothing-found",
        Reason::AllFailed => "all-failed",
        Reason::OnlyPort25 => "only-port25",
        Reason::LoginFailed => "login-failed",
        Reason::SubmitRejected => "submit-rejected",
    }
}

fn all_ok(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    let mut v = Vec::new();
    if c.situation == Situation::CantReceive {
        v.push(act_webmail_look(c, lang));
    }
    v.push(crate::tr!(lang, "finding-act-use-recommended"));
    if c.situation == Situation::CantReceive {
        v.push(crate::tr!(lang, "finding-act-sync-period"));
        v.push(match &c.management_url {
            Some(url) => crate::tr!(
                lang,
                "finding-act-check-blocking-url",
                provider = provider,
                url = url.as_str()
            ),
            None => crate::tr!(lang, "finding-act-check-blocking", provider = provider),
        });
    }
    if c.situation == Situation::CantSend {
        v.push(crate::tr!(lang, "finding-act-smtp-auth-on"));
        v.push(crate::tr!(lang, "finding-act-mac-outgoing-server"));
        v.push(crate::tr!(lang, "finding-act-mail-scan-off"));
        v.push(crate::tr!(lang, "finding-act-sending-away"));
    }
    v.push(crate::tr!(lang, "finding-act-send-to-yourself"));
    text(
        crate::tr!(lang, "finding-all-ok.title"),
        crate::tr!(
            lang,
            "finding-all-ok.detail",
            situation = c.situation.as_str()
        ),
        v,
    )
}

fn password_rejected(c: &FindingCtx, lang: Lang) -> FindingText {
    let confirmed = match c.credentials_confirmed {
        Some(b) => yes(b),
        None => "unknown",
    };
    // The explanation starts with what happened, in words; the server names come last. The
    // cap is per server, per check (same words as login_attempts_capped).
    let detail = crate::tr!(
        lang,
        "finding-password-rejected.detail",
        servers = c.servers_text(lang),
        confirmed = confirmed,
        other_login_ok = yes(c.any_login_ok),
        attempts = c.attempts,
        cap = crate::model::LOGIN_CAP,
    );
    text(
        crate::tr!(lang, "finding-password-rejected.title"),
        detail,
        vec![
            act_check_sheet(c, lang),
            crate::tr!(lang, "finding-act-type-carefully"),
            act_webmail(c, lang),
            act_reset(c, lang),
            crate::tr!(lang, "finding-act-all-devices"),
        ],
    )
}

fn username_format(c: &FindingCtx, lang: Lang) -> FindingText {
    let user = c
        .username
        .clone()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| c.address.clone());
    let user = if user.is_empty() {
        crate::tr!(lang, "finding-username-provider-form")
    } else {
        user
    };
    let detail = crate::tr!(
        lang,
        "finding-username-format.detail",
        rejected_known = yes(c.rejected_username.is_some()),
        rejected = c.rejected_username.clone().unwrap_or_default(),
        username = user.as_str(),
    );
    text(
        crate::tr!(lang, "finding-username-format.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-enter-username", username = user.as_str()),
            crate::tr!(lang, "finding-act-same-in-both"),
        ],
    )
}

fn imap_not_enabled(c: &FindingCtx, lang: Lang) -> FindingText {
    let (provider, paid) = (c.prov(lang), yes(c.imap_paid_option));
    text(
        crate::tr!(lang, "finding-imap-not-enabled.title"),
        crate::tr!(
            lang,
            "finding-imap-not-enabled.detail",
            paid = paid,
            provider = provider.as_str()
        ),
        vec![
            crate::tr!(lang, "finding-act-choose-pop"),
            crate::tr!(lang, "finding-act-leave-copy-on-each"),
            crate::tr!(
                lang,
                "finding-act-imap-option",
                paid = paid,
                provider = provider
            ),
        ],
    )
}

fn login_attempts_capped(c: &FindingCtx, lang: Lang) -> FindingText {
    let n = if c.attempts > 0 { c.attempts } else { 3 };
    text(
        crate::tr!(lang, "finding-login-attempts-capped.title", count = n),
        crate::tr!(
            lang,
            "finding-login-attempts-capped.detail",
            count = n,
            servers = c.servers_text(lang)
        ),
        vec![
            act_check_sheet(c, lang),
            crate::tr!(lang, "finding-act-wait-then-check-again"),
        ],
    )
}

/// A number for a select, or `none` when it is not known.
fn number_or_none<'a>(n: Option<impl Into<FluentValue<'a>>>) -> FluentValue<'a> {
    match n {
        Some(n) => n.into(),
        None => "none".into(),
    }
}

fn smtp_port25_blocked(c: &FindingCtx, lang: Lang) -> FindingText {
    // Without a known working port, name both usual ones rather than pick one.
    let port_text = crate::tr!(
        lang,
        "finding-submission-port",
        port = number_or_none(c.port)
    );
    let security = c.security.map_or("none", |s| security_label(s, lang));
    let detail = crate::tr!(
        lang,
        "finding-smtp-port25-blocked.detail",
        reason = reason_key(c.reason),
        provider = c.prov(lang),
        port_text = port_text,
        situation = c.situation.as_str(),
    );
    text(
        crate::tr!(lang, "finding-smtp-port25-blocked.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-set-port", port = number_or_none(c.port)),
            crate::tr!(lang, "finding-act-set-security", security = security),
            crate::tr!(lang, "finding-act-smtp-auth-same"),
        ],
    )
}

fn starttls_missing(c: &FindingCtx, lang: Lang) -> FindingText {
    text(
        crate::tr!(lang, "finding-starttls-missing.title"),
        crate::tr!(
            lang,
            "finding-starttls-missing.detail",
            servers = c.servers_text(lang),
            alt = yes(c.alternative_works)
        ),
        vec![
            crate::tr!(lang, "finding-act-use-recommended-port"),
            crate::tr!(
                lang,
                "finding-act-ask-encrypted-port",
                provider = c.prov(lang)
            ),
        ],
    )
}

fn tls_certificate_invalid(c: &FindingCtx, lang: Lang) -> FindingText {
    let failure = c.failure.map_or("none", |k| k.as_str());
    let detail = crate::tr!(
        lang,
        "finding-tls-certificate-invalid.detail",
        failure = failure,
        servers = c.servers_text(lang),
        alt = yes(c.alternative_works),
    );
    text(
        crate::tr!(lang, "finding-tls-certificate-invalid.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-certificate-first", failure = failure),
            crate::tr!(lang, "finding-act-check-mail-scan"),
            crate::tr!(lang, "finding-act-no-always-trust"),
            act_ask_provider(c, lang),
        ],
    )
}

fn tls_intercepted(c: &FindingCtx, lang: Lang) -> FindingText {
    let vendor = c
        .vendor
        .clone()
        .unwrap_or_else(|| crate::tr!(lang, "finding-security-software"));
    let issuer = c.issuer.clone().unwrap_or_default();
    let detail = crate::tr!(
        lang,
        "finding-tls-intercepted.detail",
        issuer_known = yes(!issuer.is_empty()),
        issuer = issuer,
        servers = c.servers_text(lang),
        vendor = vendor.as_str(),
        alt = yes(c.alternative_works),
    );
    text(
        crate::tr!(lang, "finding-tls-intercepted.title"),
        detail,
        vec![
            crate::tr!(
                lang,
                "finding-act-vendor-mail-scan-off",
                vendor = vendor.as_str()
            ),
            crate::tr!(lang, "finding-act-try-with-it-off"),
            crate::tr!(
                lang,
                "finding-act-vendor-leave-off",
                vendor = vendor.as_str()
            ),
        ],
    )
}

fn plaintext_only(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    text(
        crate::tr!(lang, "finding-plaintext-only.title"),
        crate::tr!(
            lang,
            "finding-plaintext-only.detail",
            servers = c.servers_text(lang),
            alt = yes(c.alternative_works)
        ),
        vec![
            crate::tr!(
                lang,
                "finding-act-look-for-encrypted",
                provider = provider.as_str()
            ),
            crate::tr!(lang, "finding-act-ask-encrypted", provider = provider),
            crate::tr!(lang, "finding-act-allow-plaintext"),
        ],
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
        F::AllOk => parts(all_ok(c, lang)),
        F::PasswordRejected => parts(password_rejected(c, lang)),
        F::UsernameFormat => parts(username_format(c, lang)),
        F::ImapNotEnabled => parts(imap_not_enabled(c, lang)),
        F::SmtpPort25Blocked => parts(smtp_port25_blocked(c, lang)),
        F::StarttlsMissing => parts(starttls_missing(c, lang)),
        F::TlsCertificateInvalid => parts(tls_certificate_invalid(c, lang)),
        F::TlsIntercepted => parts(tls_intercepted(c, lang)),
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
                    crate::tr!(lang, "finding-act-use-recommended"),
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
        F::PlaintextOnly => parts(plaintext_only(c, lang)),
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
            parts(network_finding(id, c, lang))
        }
        F::LoginAttemptsCapped => parts(login_attempts_capped(c, lang)),
        F::TlsRequired
        | F::LoginTemporarilyFailed
        | F::MailboxInUse
        | F::LoginNotAllowed
        | F::ServerError
        | F::UseStarttls
        | F::SmtpPort25Only => parts(server_said_finding(id, c, lang)),
    };
    FindingText {
        title,
        detail,
        actions,
    }
}

/// The three parts, while `finding` still builds them one by one.
fn parts(x: FindingText) -> (String, String, Vec<String>) {
    (x.title, x.detail, x.actions)
}

/// What the server said, as a sentence to put in a detail (empty when nothing).
fn said(c: &FindingCtx, lang: Lang) -> String {
    match &c.server_text {
        Some(s) if !s.trim().is_empty() => {
            crate::tr!(lang, "finding-server-said", text = s.as_str())
        }
        _ => String::new(),
    }
}

/// The findings that come from what the server said (response codes and capabilities), and
/// the two about ports (STARTTLS on the same port, port 25 only).
fn server_said_finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    let provider = c.prov(lang);
    let servers = c.servers_text(lang);
    let said = said(c, lang);
    let alt = yes(c.alternative_works);
    match id {
        F::TlsRequired => text(
            crate::tr!(lang, "finding-tls-required.title"),
            crate::tr!(
                lang,
                "finding-tls-required.detail",
                servers = servers,
                said = said,
                alt = alt
            ),
            vec![
                crate::tr!(lang, "finding-act-set-encryption-by-port"),
                crate::tr!(lang, "finding-act-no-plaintext-password"),
                act_ask_provider(c, lang),
            ],
        ),
        F::LoginTemporarilyFailed => text(
            crate::tr!(lang, "finding-login-temporarily-failed.title"),
            crate::tr!(
                lang,
                "finding-login-temporarily-failed.detail",
                servers = servers,
                said = said
            ),
            vec![
                crate::tr!(lang, "finding-act-wait-15-minutes"),
                act_outage_notices(c, lang),
                act_ask_provider(c, lang),
            ],
        ),
        F::MailboxInUse => text(
            crate::tr!(lang, "finding-mailbox-in-use.title"),
            crate::tr!(
                lang,
                "finding-mailbox-in-use.detail",
                servers = servers,
                said = said
            ),
            vec![
                crate::tr!(lang, "finding-act-close-other-apps"),
                crate::tr!(lang, "finding-act-check-less-often"),
                crate::tr!(lang, "finding-act-wait-30-minutes-if-still"),
            ],
        ),
        F::LoginNotAllowed => text(
            crate::tr!(lang, "finding-login-not-allowed.title"),
            crate::tr!(
                lang,
                "finding-login-not-allowed.detail",
                servers = servers,
                said = said
            ),
            vec![
                act_webmail(c, lang),
                crate::tr!(lang, "finding-act-check-account-state", provider = provider),
                crate::tr!(lang, "finding-act-expired-password"),
                act_ask_provider(c, lang),
            ],
        ),
        F::ServerError => text(
            crate::tr!(lang, "finding-server-error.title"),
            crate::tr!(
                lang,
                "finding-server-error.detail",
                servers = servers,
                said = said,
                alt = alt
            ),
            vec![
                crate::tr!(lang, "finding-act-wait-30-minutes"),
                act_outage_notices(c, lang),
                crate::tr!(
                    lang,
                    "finding-act-ask-provider-with-reply",
                    provider = provider
                ),
            ],
        ),
        F::UseStarttls => text(
            crate::tr!(lang, "finding-use-starttls.title"),
            crate::tr!(lang, "finding-use-starttls.detail", servers = servers),
            vec![
                crate::tr!(lang, "finding-act-switch-to-starttls"),
                crate::tr!(lang, "finding-act-check-again-encrypted"),
                crate::tr!(lang, "finding-act-use-recommended"),
            ],
        ),
        _ => text(
            crate::tr!(lang, "finding-smtp-port25-only.title"),
            crate::tr!(lang, "finding-smtp-port25-only.detail", servers = servers),
            vec![
                crate::tr!(
                    lang,
                    "finding-act-look-for-submission-port",
                    provider = provider.as_str()
                ),
                crate::tr!(lang, "finding-act-port25-for-now", provider = provider),
            ],
        ),
    }
}

/// The findings about this computer's own network (no mail server is at fault).
fn network_finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    match id {
        F::Ipv6Broken => text(
            crate::tr!(lang, "finding-ipv6-broken.title"),
            crate::tr!(
                lang,
                "finding-ipv6-broken.detail",
                servers = c.servers_text(lang)
            ),
            vec![
                crate::tr!(lang, "finding-act-restart-router"),
                crate::tr!(lang, "finding-act-tell-isp-ipv6"),
                crate::tr!(lang, "finding-act-ipv6-off"),
            ],
        ),
        F::Offline => text(
            crate::tr!(lang, "finding-offline.title"),
            crate::tr!(lang, "finding-offline.detail"),
            vec![
                crate::tr!(lang, "finding-act-wifi-cable"),
                crate::tr!(lang, "finding-act-router-lights"),
                crate::tr!(lang, "finding-act-check-when-online"),
            ],
        ),
        F::DnsUnavailable => text(
            crate::tr!(lang, "finding-dns-unavailable.title"),
            crate::tr!(lang, "finding-dns-unavailable.detail"),
            vec![
                crate::tr!(lang, "finding-act-web-pages-or-router"),
                crate::tr!(lang, "finding-act-dns-automatic"),
                crate::tr!(lang, "finding-act-vpn-off"),
                crate::tr!(lang, "finding-act-ask-isp"),
            ],
        ),
        _ => text(
            crate::tr!(lang, "finding-captive-portal.title"),
            crate::tr!(lang, "finding-captive-portal.detail"),
            vec![
                crate::tr!(lang, "finding-act-open-sign-in-page"),
                crate::tr!(lang, "finding-act-check-again"),
                crate::tr!(lang, "finding-act-other-network"),
            ],
        ),
    }
}
