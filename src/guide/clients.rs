//! The screens of each app, as data built from the settings.
//! Labels: `shared/reference/client-screens.md` (section numbers in the comments).

use super::{
    fit_ssl_switch, t, ClientId, Field, FieldId, Guide, GuideError, GuideInput, LangText, Screen,
};
use crate::model::{Authentication, Protocol, Security, ServerSettings};

fn f(id: FieldId, label: LangText, value: LangText) -> Field {
    Field {
        id,
        label,
        value,
        why: None,
        note: None,
        review: None,
        confirmed: true,
    }
}

impl Field {
    /// Adds a reason (after any reason already there).
    fn why(mut self, w: LangText) -> Field {
        self.why = Some(match self.why.take() {
            Some(old) => t(
                format!("{}{}", old.ja, w.ja),
                format!("{} {}", old.en, w.en),
            ),
            None => w,
        });
        self
    }
    fn why_opt(self, w: Option<LangText>) -> Field {
        match w {
            Some(w) => self.why(w),
            None => self,
        }
    }
    fn note(mut self, n: LangText) -> Field {
        self.note = Some(match self.note.take() {
            Some(old) => t(
                format!("{}{}", old.ja, n.ja),
                format!("{} {}", old.en, n.en),
            ),
            None => n,
        });
        self
    }
    /// The reference marks this label UNCONFIRMED. `n` says what is not confirmed: it is for
    /// maintainers (`review`, in the JSON), never shown to the person, who only needs a hint
    /// (`note`) where one helps.
    fn unconfirmed(mut self, n: LangText) -> Field {
        self.confirmed = false;
        self.review = Some(match self.review.take() {
            Some(old) => t(
                format!("{}{}", old.ja, n.ja),
                format!("{} {}", old.en, n.en),
            ),
            None => n,
        });
        self
    }
}

fn screen(
    title: LangText,
    open: Option<LangText>,
    fields: Vec<Field>,
    then: Option<LangText>,
) -> Screen {
    Screen {
        title,
        open,
        fields,
        then,
    }
}

fn same(s: impl Into<String>) -> LangText {
    LangText::same(s)
}

fn on() -> LangText {
    t("オン", "On")
}
fn off() -> LangText {
    t("オフ", "Off")
}
fn tick() -> LangText {
    t("チェックを入れる", "Ticked")
}
fn untick() -> LangText {
    t("チェックを外す", "Unticked")
}

struct Ctx<'a> {
    client: ClientId,
    input: &'a GuideInput,
    inc: Option<ServerSettings>,
    out: ServerSettings,
    /// False only for Gmail on the web without a known outgoing server.
    out_known: bool,
    inc_swapped: bool,
    out_swapped: bool,
}

impl Ctx<'_> {
    fn inc(&self) -> &ServerSettings {
        // Only called by builders that checked `inc` exists.
        self.inc.as_ref().unwrap_or(&self.out)
    }
    fn pop(&self) -> bool {
        self.inc.as_ref().map(|s| s.protocol) == Some(Protocol::Pop3)
    }
    fn proto_label(&self) -> LangText {
        if self.pop() {
            t("POP", "POP")
        } else {
            t("IMAP", "IMAP")
        }
    }

    fn password_value(&self) -> LangText {
        match &self.input.password_name {
            Some(n) => t(
                format!("メールのパスワード（{}）", n.ja),
                format!("your mail password ({})", n.en),
            ),
            None => t("メールのパスワード", "your mail password"),
        }
    }
    fn password_why(&self) -> LangText {
        // The account the device itself asks for differs by platform: Apple devices ask for the
        // Apple Account (Apple's name for the Apple ID since 2024), Android and Gmail for the
        // Google account; Windows and Thunderbird for neither.
        let not = match self.client {
            ClientId::Iphone | ClientId::MacMail => t(
                "Apple アカウントやパソコンのパスワード、プロバイダーのホームページに入るための ID のパスワードとは別のものです。",
                "Not your Apple Account password, not the computer's password, and not the password of the provider's web member ID.",
            ),
            ClientId::AndroidGmail | ClientId::GmailWeb => t(
                "Google アカウント（Gmail）のパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。",
                "Not your Google account (Gmail) password, and not the password of the provider's web member ID.",
            ),
            _ => t(
                "パソコンのパスワードや、プロバイダーのホームページに入るための ID のパスワードとは別のものです。",
                "Not the computer's password, and not the password of the provider's web member ID.",
            ),
        };
        let whr = match &self.input.password_written_on {
            Some(w) => w.clone(),
            None => t(
                "多くの場合、契約したときの書類に書かれています。",
                "It is usually printed on the papers you received when you signed up.",
            ),
        };
        t(
            format!("{}{}", not.ja, whr.ja),
            format!("{} {}", not.en, whr.en),
        )
    }
    fn password(&self, id: FieldId, label: LangText) -> Field {
        f(id, label, self.password_value()).why(self.password_why())
    }

    fn username_why(&self, username: &str) -> LangText {
        if username.eq_ignore_ascii_case(&self.input.address) {
            t(
                "メールアドレスを @ より後ろまで全部入れます。",
                "Enter the whole address, including the part after @.",
            )
        } else if username == self.input.local_part() {
            t(
                "@ より前の部分だけを入れます。プロバイダーがこの形を求めています。",
                "Enter only the part before @: the provider asks for this form.",
            )
        } else {
            t(
                "プロバイダーが決めた形のまま、1文字も変えずに入れます。",
                "Enter it exactly as the provider gives it.",
            )
        }
    }
    fn username(&self, id: FieldId, label: LangText, s: &ServerSettings) -> Field {
        f(id, label, same(&s.username)).why(self.username_why(&s.username))
    }

    /// Why this port, for apps with only an SSL switch.
    fn switch_port_why(&self, s: &ServerSettings, swapped: bool) -> Option<LangText> {
        if swapped {
            return Some(t(
                format!(
                    "このアプリには「SSL を使う」かどうかのスイッチしかないため、確認で使えることが分かった{}番（最初から暗号化する方式）にしています。",
                    s.port
                ),
                format!(
                    "This app only has an SSL on/off switch, so we use port {}, which encrypts from the start and worked in the check.",
                    s.port
                ),
            ));
        }
        match s.security {
            Security::Starttls => Some(t(
                format!(
                    "このアプリには「SSL を使う」かどうかのスイッチしかありません。{}番でスイッチをオンにすると、接続してから暗号化する方式（STARTTLS）になるはずですが、アプリの説明では確かめられていません。うまくいかないときは、プロバイダーに{}番が使えるか尋ねてください。",
                    s.port,
                    implicit_port(s.protocol)
                ),
                format!(
                    "This app only has an SSL on/off switch. With port {} and the switch on it should use STARTTLS, but the vendor's text does not confirm it. If it fails, ask the provider whether port {} can be used.",
                    s.port,
                    implicit_port(s.protocol)
                ),
            )),
            _ => None,
        }
    }

    fn switch_value(&self, s: &ServerSettings) -> LangText {
        if s.security == Security::None {
            off()
        } else {
            on()
        }
    }
    /// The same as a tick box.
    fn switch_box(&self, s: &ServerSettings) -> LangText {
        if s.security == Security::None {
            untick()
        } else {
            tick()
        }
    }
    fn switch_why(&self, s: &ServerSettings) -> LangText {
        if s.security == Security::None {
            t(
                "このサーバーは暗号化に対応していません。パスワードが読まれる危険があるため、プロバイダーに暗号化できる設定を尋ねてください。",
                "This server offers no encryption. Your password could be read on the way: ask the provider for settings with encryption.",
            )
        } else {
            t(
                "パスワードとメールを暗号化して送るためです。",
                "So that your password and mail travel encrypted.",
            )
        }
    }

    fn outgoing_auth_needed(&self) -> bool {
        !matches!(
            self.out.authentication,
            Authentication::None | Authentication::ClientIpAddress | Authentication::SmtpAfterPop
        )
    }

    fn keep_days(&self) -> u32 {
        self.input.keep_days()
    }
    fn keep_days_why(&self) -> LangText {
        let d = self.keep_days();
        if self.input.keep_on_server_days.is_some() {
            t(
                format!("プロバイダーのおすすめは{d}日です。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。"),
                format!("The provider recommends {d} days: long enough for your other devices to get the mail, short enough that the mailbox does not fill up."),
            )
        } else {
            t(
                format!("プロバイダーのおすすめの日数が分からないため、よくある{d}日にしています。ほかの機器でも受け取れるように少しの間残し、サーバーの容量がいっぱいにならないように古いものは消します。"),
                format!("The provider gives no number, so we use a common {d} days: long enough for your other devices to get the mail, short enough that the mailbox does not fill up."),
            )
        }
    }
}

fn implicit_port(p: Protocol) -> u16 {
    match p {
        Protocol::Imap => 993,
        Protocol::Pop3 => 995,
        Protocol::Smtp => 465,
    }
}

/// Security choice in a drop-down list (new Outlook, classic Outlook, Android, Thunderbird).
fn dropdown_security(client: ClientId, s: Security) -> (LangText, Option<LangText>) {
    match (client, s) {
        (ClientId::OutlookNew, Security::Tls) => (
            t("SSL/TLS", "SSL/TLS"),
            Some(t(
                "画面では「SSL/TLS (推奨)」と表示されることがあります。",
                "It may read \"SSL/TLS (recommended)\".",
            )),
        ),
        (_, Security::Tls) => (t("SSL/TLS", "SSL/TLS"), None),
        (_, Security::Starttls) => (t("STARTTLS", "STARTTLS"), None),
        (ClientId::Thunderbird, Security::None) | (ClientId::AndroidGmail, Security::None) => {
            (t("なし", "None"), None)
        }
        (_, Security::None) => (
            t("なし", "None"),
            Some(t(
                "「なし」に近い選択肢（「オフ」など）を選んでください。",
                "Choose the closest to \"None\" (e.g. \"Off\").",
            )),
        ),
    }
}

fn security_field(ctx: &Ctx<'_>, id: FieldId, label: LangText, s: &ServerSettings) -> Field {
    let (v, note) = dropdown_security(ctx.client, s.security);
    let mut fl = f(id, label, v);
    if s.security == Security::None {
        fl = fl.why(ctx.switch_why(s));
    }
    if let Some(n) = note {
        fl = fl.note(n);
    }
    fl
}

fn port_field(id: FieldId, label: LangText, s: &ServerSettings) -> Field {
    let fl = f(id, label, same(s.port.to_string()));
    if s.protocol == Protocol::Smtp && s.port != 25 {
        fl.why(t(
            "迷惑メール対策で止められていることの多い25番ではなく、この番号を使います（OP25B）。",
            "Use this number, not port 25, which many providers block against spam (OP25B).",
        ))
    } else {
        fl
    }
}

pub(super) fn build(client: ClientId, input: &GuideInput) -> Result<Guide, GuideError> {
    let out_known = input.recommended.outgoing.is_some();
    let out = match &input.recommended.outgoing {
        Some(o) => o.clone(),
        // Gmail on the web still gets the forwarding part without an outgoing server.
        None if client == ClientId::GmailWeb => ServerSettings {
            protocol: Protocol::Smtp,
            host: String::new(),
            port: 0,
            security: Security::Tls,
            username: input.address.clone(),
            authentication: Authentication::PasswordCleartext,
        },
        None => {
            return Err(GuideError {
                message: t(
                    "送信サーバーの設定が分からないため、手順を作れません。",
                    "The outgoing server is not known, so no guide can be written.",
                ),
            })
        }
    };
    let (inc, preference_note) = super::preferred_incoming(input);
    if inc.is_none() && client != ClientId::GmailWeb {
        return Err(GuideError {
            message: t(
                "受信サーバーの設定が分からないため、手順を作れません。",
                "The incoming server is not known, so no guide can be written.",
            ),
        });
    }
    let switch = client.has_ssl_switch_only();
    let (inc, inc_swapped) = match inc {
        Some(i) if switch => {
            let (s, w) = fit_ssl_switch(&i, &input.working);
            (Some(s), w)
        }
        other => (other, false),
    };
    let (out, out_swapped) = if switch {
        fit_ssl_switch(&out, &input.working)
    } else {
        (out, false)
    };
    let ctx = Ctx {
        client,
        input,
        inc,
        out,
        out_known,
        inc_swapped,
        out_swapped,
    };
    let mut notices = Vec::new();
    if !input.recommended.verified {
        notices.push(t(
            "この設定はまだ実際のサーバーで確かめていません（プロバイダーの資料による値です）。設定したあと、送受信できるか必ず確かめてください。",
            "These settings were not verified live (they come from the provider's data). After setting up, check that sending and receiving work.",
        ));
    }
    notices.extend(preference_note);
    let screens = match client {
        ClientId::OutlookNew => outlook_new(&ctx, &mut notices),
        ClientId::OutlookClassic => outlook_classic(&ctx, &mut notices),
        ClientId::WindowsMail => windows_mail(&ctx, &mut notices),
        ClientId::MacMail => mac_mail(&ctx, &mut notices),
        ClientId::Iphone => iphone(&ctx, &mut notices),
        ClientId::AndroidGmail => android_gmail(&ctx, &mut notices),
        ClientId::GmailWeb => gmail_web(&ctx, &mut notices),
        ClientId::Thunderbird => thunderbird(&ctx, &mut notices),
    };
    Ok(Guide {
        client,
        app: client.name(),
        protocol: if client == ClientId::GmailWeb {
            None
        } else {
            ctx.inc.as_ref().map(|s| s.protocol)
        },
        verified: input.recommended.verified,
        notices,
        screens,
    })
}

// ---- §1 new Outlook for Windows -------------------------------------------------------------

fn outlook_new(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(t(
        "新しい Outlook は、POP や IMAP のメールも Microsoft のサーバーを通して同期します（最初に同意の画面が出ます）。",
        "New Outlook syncs POP and IMAP mail through Microsoft's cloud (a consent screen appears first).",
    ));
    notices.push(t(
        "新しい Outlook では、あとからサーバー名・ポート・暗号化・ユーザー名を変えられません。間違えたときは、アカウントをいったん削除して追加し直します。",
        "In new Outlook the server, port, encryption and username cannot be changed later: remove the account and add it again.",
    ));
    if c.pop() {
        notices.push(t(
            "プロバイダーによっては、新しい Outlook を POP で使うことをすすめていません。ほかの機器でも読むなら IMAP のほうが安心です。",
            "Some providers advise against new Outlook with POP. If you read mail on other devices too, IMAP is safer.",
        ));
    }
    if !inc.username.eq_ignore_ascii_case(&c.input.address) {
        notices.push(t(
            format!("このプロバイダーは受信のユーザー名に「{}」を使いますが、新しい Outlook の画面には受信用のユーザー名の欄がないことがあります。うまくいかないときは Thunderbird など別のアプリをお使いください。", inc.username),
            format!("This provider wants the incoming username \"{}\", but new Outlook may show no incoming username field. If it fails, use another app such as Thunderbird.", inc.username),
        ));
    }
    let server_label = if c.pop() {
        t("POP 受信サーバー", "POP Incoming Server")
    } else {
        t("IMAP 受信サーバー", "IMAP Incoming Server")
    };
    vec![
        screen(
            t("アカウントの追加", "Add account"),
            Some(t(
                "初めて起動したときの画面、または左下の「アカウントを追加」（右上の設定（歯車）→「アカウント」からも開けます）",
                "The first-run screen, or Settings (gear) › \"Accounts\" › \"Your accounts\" › \"Add account\"",
            )),
            vec![f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address))
                .why(t(
                    "Microsoft アカウントのアドレスが最初から入っていることがあります。消してから、このアドレスを入れてください。",
                    "A Microsoft account address may be filled in already: replace it with this address.",
                ))],
            Some(t("「続行」を押します。", "Press \"Continue\".")),
        ),
        screen(
            t("プロバイダーを選択", "Choose provider"),
            Some(t("画面右下の「プロバイダーを選択」", "\"Choose provider\" at the bottom right")),
            vec![f(FieldId::AccountType, t("プロバイダーを選択", "Choose provider"), c.proto_label())
                .note(t(
                    "一覧には Microsoft 365、Outlook.com、Gmail なども並びますが、プロバイダーのメールでは IMAP か POP を選びます。",
                    "The list also shows Microsoft 365, Outlook.com, Gmail and others; for provider mail choose IMAP or POP.",
                ))],
            None,
        ),
        screen(
            t(format!("{} の設定", c.proto_label().ja), format!("{} settings", c.proto_label().en)),
            None,
            vec![
                c.password(FieldId::Password, t("パスワード", "Password")),
                f(FieldId::ShowMore, t("表示数を増やす", "Show more"), on())
                    .why(t("サーバーの欄を表示させるためです。", "This reveals the server fields."))
                    .unconfirmed(t("英語版の表示は確認できていません。", "The English wording is not confirmed.")),
                f(FieldId::UseRecommended, t("おすすめの設定を使用する", "Use recommended settings"), off())
                    .why(t(
                        "自動の値ではなく、ここに書いた値を使うためです。",
                        "So that the values below are used instead of automatic ones.",
                    ))
                    .unconfirmed(t("英語版の表示は確認できていません。", "The English wording is not confirmed.")),
                f(FieldId::IncomingHost, server_label, same(&inc.host))
                    .note(t(
                        "「IMAP/POP 受信サーバー」と表示されることもあります。",
                        "It may read \"IMAP/POP Incoming Server\".",
                    ))
                    .unconfirmed(t(
                        "手引きによっては「IMAP/POP 受信サーバー」と書かれています。",
                        "Some guides write \"IMAP/POP Incoming Server\".",
                    )),
                port_field(FieldId::IncomingPort, t("ポート", "Port"), inc),
                security_field(c, FieldId::IncomingSecurity, t("セキュア接続タイプ", "Secure connection type"), inc),
                c.username(FieldId::OutgoingUsername, t("SMTPユーザー名", "SMTP Username"), &c.out),
                c.password(FieldId::OutgoingPassword, t("SMTPパスワード", "SMTP Password"))
                    .note(t(
                        "受信と同じパスワードを入れてください。",
                        "Enter the same password as for incoming mail.",
                    ))
                    .unconfirmed(t(
                        "空欄のままでよいと書く手引きもあります。",
                        "Some guides leave it empty.",
                    )),
                f(FieldId::OutgoingHost, t("SMTP送信サーバー", "SMTP Outgoing Server"), same(&c.out.host)),
                port_field(FieldId::OutgoingPort, t("ポート", "Port"), &c.out),
                security_field(c, FieldId::OutgoingSecurity, t("セキュア接続タイプ", "Secure connection type"), &c.out),
            ],
            Some(t("「続行」を押します。", "Press \"Continue\".")),
        ),
        screen(
            t("Microsoft クラウドとの同期の確認", "Sync with the Microsoft Cloud"),
            None,
            vec![],
            Some(t(
                "内容を読んで「続行」を押します。続くプライバシーの画面も、内容を確かめて進めます。",
                "Read it and press \"Continue\"; check the privacy screens that follow.",
            )),
        ),
    ]
}

// ---- §2 classic Outlook ---------------------------------------------------------------------

fn spa_field(id: FieldId) -> Field {
    let (ja, en) = if id == FieldId::IncomingSpa {
        ("受信メール", "Incoming mail")
    } else {
        ("送信メール", "Outgoing mail")
    };
    f(
        id,
        t(
            format!("{ja}：セキュリティで保護されたパスワード認証（SPA）でのログオンが必要"),
            format!("{en}: Require logon using Secure Password Authentication (SPA)"),
        ),
        untick(),
    )
    .why(t(
        "プロバイダーのメールでは使いません。チェックが入っているとログインできません。",
        "Provider mail does not use SPA; with it ticked the login fails.",
    ))
}

fn outlook_classic(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    let _ = notices;
    let title = if c.pop() {
        t("POP アカウントの設定", "POP Account Settings")
    } else {
        t("IMAP アカウントの設定", "IMAP Account Settings")
    };
    let mut incoming = vec![
        f(
            FieldId::IncomingHost,
            t("受信メール：サーバー", "Incoming mail: Server"),
            same(&inc.host),
        ),
        port_field(
            FieldId::IncomingPort,
            t("受信メール：ポート", "Incoming mail: Port"),
            inc,
        ),
    ];
    if c.pop() {
        let v = if inc.security == Security::Tls {
            tick()
        } else {
            untick()
        };
        let mut fl = f(
            FieldId::IncomingSecurity,
            t(
                "このサーバーは暗号化された接続（SSL/TLS）が必要",
                "This server requires an encrypted connection (SSL/TLS)",
            ),
            v,
        );
        fl = match inc.security {
            Security::Tls => fl.why(t(
                format!("{}番は最初から暗号化する方式です。", inc.port),
                format!("Port {} encrypts from the start.", inc.port),
            )),
            Security::Starttls => fl.note(t(
                "POP の受信では、Outlook はこのチェックの有無しか選べません。STARTTLS の設定は Outlook では選べない可能性があります（未確認）。プロバイダーに995番が使えるか尋ねてください。",
                "For POP, Outlook only has this tick box; STARTTLS may not be selectable (UNCONFIRMED). Ask the provider whether port 995 can be used.",
            )),
            Security::None => fl.why(c.switch_why(inc)),
        };
        incoming.push(fl);
    } else {
        incoming.push(security_field(
            c,
            FieldId::IncomingSecurity,
            t("受信メール：暗号化方法", "Incoming mail: Encryption method"),
            inc,
        ));
    }
    incoming.push(spa_field(FieldId::IncomingSpa));
    incoming.push(f(
        FieldId::OutgoingHost,
        t("送信メール：サーバー", "Outgoing mail: Server"),
        same(&c.out.host),
    ));
    incoming.push(port_field(
        FieldId::OutgoingPort,
        t("送信メール：ポート", "Outgoing mail: Port"),
        &c.out,
    ));
    incoming.push(security_field(
        c,
        FieldId::OutgoingSecurity,
        t("送信メール：暗号化方法", "Outgoing mail: Encryption method"),
        &c.out,
    ));
    incoming.push(spa_field(FieldId::OutgoingSpa));

    let mut screens = vec![
        screen(
            t("アカウントの追加", "Add Account"),
            Some(t(
                "初めて起動したときの「Outlook へようこそ」、または「ファイル」→「アカウントの追加」",
                "\"Welcome to Outlook\" on first start, or \"File\" › \"Add Account\"",
            )),
            vec![
                f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address)),
                f(
                    FieldId::ManualSetup,
                    t("詳細オプション → 自分で自分のアカウントを手動で設定", "Advanced options › Let me set up my account manually"),
                    tick(),
                )
                .why(t(
                    "チェックしないと Outlook が自動で決めてしまい、POP を選べません。",
                    "Without it Outlook decides by itself and you cannot choose POP.",
                )),
            ],
            Some(t("「接続」を押します。", "Press \"Connect\".")),
        ),
        screen(
            t("アカウントの種類を選ぶ", "Choose the account type"),
            None,
            vec![f(FieldId::AccountType, t("POP / IMAP", "POP / IMAP"), c.proto_label())],
            None,
        ),
        screen(title, None, incoming, Some(t("「次へ」を押します。", "Press \"Next\"."))),
        screen(
            t("パスワードの入力", "Enter the password"),
            None,
            vec![c.password(FieldId::Password, t("パスワード", "Password"))],
            Some(t(
                "「接続」を押し、「アカウントが正常に追加されました」と出たら「完了」を押します。",
                "Press \"Connect\"; when it says the account was added, press \"Done\".",
            )),
        ),
    ];

    // §2b: the classic dialogs, for the username, SMTP AUTH and leave-on-server.
    screens.push(screen(
        t("POP と IMAP のアカウント設定", "POP and IMAP Account Settings"),
        Some(t(
            "「ファイル」→「アカウント設定」→「アカウント設定(A)」→ このアカウントを選んで「変更」",
            "\"File\" › \"Account Settings\" › \"Account Settings\" › select this account › \"Change\"",
        )),
        vec![c
            .username(FieldId::IncomingUsername, t("アカウント名(U)", "User Name"), inc)
            .unconfirmed(t("英語版の表示は確認できていません。", "The English wording is not confirmed."))],
        Some(t("「詳細設定(M)」を押します。", "Press \"More Settings\".")),
    ));
    let mut out_tab = vec![f(
        FieldId::OutgoingAuthRequired,
        t(
            "送信サーバー（SMTP）は認証が必要(O)",
            "My outgoing server (SMTP) requires authentication",
        ),
        if c.outgoing_auth_needed() {
            tick()
        } else {
            untick()
        },
    )];
    if c.outgoing_auth_needed() {
        out_tab[0] = out_tab[0].clone().why(t(
            "送信にもユーザー名とパスワードが必要です。ここが外れていると送信できません。",
            "Sending also needs your username and password; without this tick sending fails.",
        ));
        out_tab.push(f(
            FieldId::OutgoingSameAsIncoming,
            t(
                "受信メールサーバーと同じ設定を使用する(U)",
                "Use same settings as my incoming mail server",
            ),
            t("選ぶ", "Selected"),
        ));
    } else if c.out.authentication == Authentication::SmtpAfterPop {
        out_tab.push(
            f(
                FieldId::OutgoingSameAsIncoming,
                t(
                    "メールを送信する前に受信メール サーバーにログオンする(I)",
                    "Log on to incoming mail server before sending mail",
                ),
                t("選ぶ", "Selected"),
            )
            .unconfirmed(t(
                "英語版の表示は確認できていません。",
                "The English wording is not confirmed.",
            )),
        );
    }
    screens.push(screen(
        t(
            "インターネット電子メール設定：「送信サーバー」タブ",
            "Internet E-mail Settings: \"Outgoing Server\" tab",
        ),
        None,
        out_tab,
        None,
    ));
    if c.pop() {
        let d = c.keep_days();
        screens.push(screen(
            t(
                "インターネット電子メール設定：「詳細設定」タブ",
                "Internet E-mail Settings: \"Advanced\" tab",
            ),
            None,
            vec![
                f(
                    FieldId::LeaveOnServer,
                    t(
                        "サーバーにメッセージのコピーを置く(L)",
                        "Leave a copy of messages on the server",
                    ),
                    tick(),
                )
                .why(t(
                    "スマートフォンなどほかの機器でも同じメールを受け取れるようにするためです。",
                    "So that your phone or other devices can get the same mail.",
                ))
                .unconfirmed(t(
                    "英語版の表示は確認できていません。",
                    "The English wording is not confirmed.",
                )),
                f(
                    FieldId::DeleteAfterDays,
                    t(
                        "サーバーから削除する(R) [ ] 日後",
                        "Remove from server after [ ] days",
                    ),
                    t(
                        format!("チェックを入れて{d}日後"),
                        format!("Ticked, {d} days"),
                    ),
                )
                .why(c.keep_days_why())
                .unconfirmed(t(
                    "英語版の表示は確認できていません。",
                    "The English wording is not confirmed.",
                )),
            ],
            Some(t(
                "「OK」を押し、「次へ」→「完了」で閉じます。",
                "Press \"OK\", then \"Next\" and \"Finish\".",
            )),
        ));
    }
    screens
}

// ---- §3 Windows Mail (retired) --------------------------------------------------------------

fn windows_mail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.insert(
        0,
        t(
            "Windows の「メール」アプリは2024年12月31日で Microsoft のサポートが終わり、今はメールの送受信ができません。このアプリにアカウントを追加しても使えないため、新しい Outlook（Outlook for Windows）の手順で設定してください。下の値は、以前の設定を見比べるときの参考です。",
            "Microsoft ended the Windows Mail app on 31 December 2024; it can no longer send or receive, so adding an account to it does not help. Set the account up with the new Outlook (Outlook for Windows) guide instead. The values below are only for comparing with the old settings.",
        ),
    );
    let inc_port_why = c.switch_port_why(inc, c.inc_swapped);
    let out_port_why = c.switch_port_why(&c.out, c.out_swapped);
    let hostport = |s: &ServerSettings| same(format!("{}:{}", s.host, s.port));
    vec![
        screen(
            t("参考: 以前の設定の値（インターネット メール）", "For reference: the old settings (Internet email)"),
            Some(t(
                "以前の設定は、歯車 →「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」で見られました。",
                "The old settings used to be under Gear › \"Manage accounts\" › the account › mailbox sync settings › advanced mailbox settings (the English wording of that screen is not confirmed).",
            )),
            vec![
                f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address)),
                c.username(FieldId::IncomingUsername, t("ユーザー名", "User name"), inc),
                c.password(FieldId::Password, t("パスワード", "Password")),
                f(FieldId::IncomingHost, t("受信メールサーバー", "Incoming email server"), hostport(inc))
                    .why(t(
                        "このアプリでは、サーバー名のあとに「:」とポート番号を続けて入れます。",
                        "This app takes the port after the server name and a colon.",
                    ))
                    .why_opt(inc_port_why),
                f(
                    FieldId::AccountType,
                    t("アカウントの種類", "Account type"),
                    if c.pop() { t("POP3", "POP3") } else { t("IMAP4", "IMAP4") },
                ),
                f(FieldId::OutgoingHost, t("メールの送信（SMTP）サーバー", "Outgoing (SMTP) email server"), hostport(&c.out))
                    .why_opt(out_port_why),
                f(
                    FieldId::OutgoingAuthRequired,
                    t("送信サーバーには、認証が必要です", "Outgoing server requires authentication"),
                    if c.outgoing_auth_needed() { tick() } else { untick() },
                ),
                f(
                    FieldId::OutgoingSameAsIncoming,
                    t("送信メールに同じユーザー名とパスワードを使用する", "Use the same user name and password for sending email"),
                    if c.outgoing_auth_needed() { tick() } else { untick() },
                ),
                f(FieldId::IncomingSecurity, t("受信メールにはSSLが必要", "Require SSL for incoming email"), c.switch_box(inc))
                    .why(c.switch_why(inc)),
                f(FieldId::OutgoingSecurity, t("送信メールにはSSLが必要", "Require SSL for outgoing email"), c.switch_box(&c.out))
                    .why(c.switch_why(&c.out)),
            ],
            Some(t(
                "ここで設定を終えず、新しい Outlook（Outlook for Windows）の手順に進んでください。",
                "Do not finish here: go on with the new Outlook (Outlook for Windows) guide.",
            )),
        ),
    ]
}

// ---- §4 Mac Mail ----------------------------------------------------------------------------

fn mac_mail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(t(
        "「接続設定を自動的に管理」にチェックが入ったままだと、「メール」が自分で別のポートや方式を試すため、ここに書いた値が使われません。受信と送信の両方でチェックを外してから値を入れます。",
        "While \"Automatically manage connection settings\" is on, Mail silently tries other ports and methods and ignores these values. Turn it off for both incoming and outgoing first.",
    ));
    let mut screens = vec![
        screen(
            t("アカウントを追加", "Add Account"),
            Some(t(
                "「メール」メニュー →「アカウントを追加…」→「その他のメールアカウント…」→「続ける」",
                "\"Mail\" › \"Add Account…\" › \"Other Mail Account…\" › \"Continue\"",
            )),
            vec![
                f(FieldId::DisplayName, t("名前", "Name"), t("あなたのお名前（相手に表示されます）", "your name (shown to recipients)")),
                f(FieldId::EmailAddress, t("メールアドレス", "Email Address"), same(&c.input.address)),
                c.password(FieldId::Password, t("パスワード", "Password")),
            ],
            Some(t("「サインイン」を押します。", "Press \"Sign In\".")),
        ),
        screen(
            t("アカウントを手動で設定する必要があります", "Account must be manually configured"),
            Some(t("自動で見つからなかったときに出る画面です。", "Shown when Mail cannot find the settings itself.")),
            vec![
                c.username(FieldId::IncomingUsername, t("ユーザ名", "User Name"), inc),
                f(FieldId::AccountType, t("アカウントの種類", "Account Type"), c.proto_label()),
                f(FieldId::IncomingHost, t("受信用メールサーバ", "Incoming Mail Server"), same(&inc.host)),
                f(FieldId::OutgoingHost, t("送信用メールサーバ", "Outgoing Mail Server"), same(&c.out.host)),
            ]
            .into_iter()
            .map(|fl| fl.unconfirmed(t(
                "新しい macOS（Sonoma 以降）のこの画面の表示は確かめられていません。",
                "This screen's wording on recent macOS (Sonoma and later) is not confirmed.",
            )))
            .collect(),
            Some(t(
                "「サインイン」を押し、使うアプリ（メール）を選んで「完了」を押します。",
                "Press \"Sign In\", choose the apps (Mail) and press \"Done\".",
            )),
        ),
    ];
    let tls_note = t(
        "日本語の表示は確認できていません（古い macOS では「SSLを使用」）。",
        "The Japanese wording is not confirmed (older macOS: 「SSLを使用」).",
    );
    let older_macos = t(
        "古い macOS では「SSLを使用」と表示されます。",
        "Older macOS shows \"Use SSL\".",
    );
    screens.push(screen(
        t(
            "「サーバ設定」タブ：「受信用メールサーバ」",
            "\"Server Settings\" tab: Incoming Mail Server",
        ),
        Some(t(
            "「メール」メニュー →「設定…」→「アカウント」→ このアカウント →「サーバ設定」",
            "\"Mail\" › \"Settings…\" › \"Accounts\" › this account › \"Server Settings\"",
        )),
        vec![
            c.username(FieldId::IncomingUsername, t("ユーザ名", "User Name"), inc),
            c.password(FieldId::IncomingPassword, t("パスワード", "Password")),
            f(
                FieldId::IncomingHost,
                t("ホスト名", "Host Name"),
                same(&inc.host),
            ),
            f(
                FieldId::ManageAutomatically,
                t(
                    "接続設定を自動的に管理",
                    "Automatically manage connection settings",
                ),
                untick(),
            )
            .why(t(
                "チェックを外すと、「ポート」と「TLS/SSLを使用」の欄が現れます。",
                "Unticking it shows the Port and \"Use TLS/SSL\" fields.",
            )),
            f(
                FieldId::IncomingPort,
                t("ポート", "Port"),
                same(inc.port.to_string()),
            )
            .why_opt(c.switch_port_why(inc, c.inc_swapped)),
            f(
                FieldId::IncomingSecurity,
                t("TLS/SSLを使用", "Use TLS/SSL"),
                c.switch_box(inc),
            )
            .why(c.switch_why(inc))
            .note(older_macos.clone())
            .unconfirmed(tls_note.clone()),
            f(
                FieldId::IncomingAuth,
                t("認証", "Authentication"),
                t("パスワード", "Password"),
            ),
        ],
        None,
    ));
    screens.push(screen(
        t("「サーバ設定」タブ：「送信用メールサーバ（SMTP）」", "\"Server Settings\" tab: Outgoing Mail Server (SMTP)"),
        None,
        vec![
            f(
                FieldId::OutgoingServerChoice,
                t("アカウント", "Account"),
                t(
                    format!("{}（このアカウントの送信サーバー）", c.out.host),
                    format!("{} (this account's own server)", c.out.host),
                ),
            )
            .why(t(
                "別のアカウントの送信サーバーが選ばれていると、送信できなかったり、違う差出人で届いたりします。一覧にないときは「SMTPサーバリストを編集…」で追加します。",
                "If another account's server is chosen, sending fails or goes out under the wrong account. If it is not listed, add it with \"Edit SMTP Server List…\".",
            )),
            c.username(FieldId::OutgoingUsername, t("ユーザ名", "User Name"), &c.out),
            c.password(FieldId::OutgoingPassword, t("パスワード", "Password")),
            f(FieldId::OutgoingHost, t("ホスト名", "Host Name"), same(&c.out.host)),
            f(
                FieldId::OutgoingManageAutomatically,
                t("接続設定を自動的に管理", "Automatically manage connection settings"),
                untick(),
            )
            .why(t(
                "チェックを外さないと、送信ポートを指定できません。",
                "The outgoing port can only be set with this turned off.",
            )),
            port_field(FieldId::OutgoingPort, t("ポート", "Port"), &c.out)
                .why_opt(c.switch_port_why(&c.out, c.out_swapped)),
            f(FieldId::OutgoingSecurity, t("TLS/SSLを使用", "Use TLS/SSL"), c.switch_box(&c.out))
                .why(c.switch_why(&c.out))
                .note(older_macos)
                .unconfirmed(tls_note),
            f(
                FieldId::OutgoingAuth,
                t("認証", "Authentication"),
                if c.outgoing_auth_needed() { t("パスワード", "Password") } else { t("なし", "None") },
            ),
        ],
        Some(t("「保存」を押します。", "Press \"Save\".")),
    ));
    if c.pop() {
        let d = c.keep_days();
        let (ja, en) = mac_keep_choice(d);
        screens.push(screen(
            t(
                "「アカウント情報」タブ（POP）",
                "\"Account Information\" tab (POP)",
            ),
            None,
            vec![f(
                FieldId::DeleteAfterDays,
                t(
                    "受信後にメッセージのコピーをサーバから削除",
                    "Remove copy from server after retrieving a message",
                ),
                t(ja, en),
            )
            .why(t(
                format!(
                    "サーバーに残す日数の目安は{d}日です。選べる期間のうち、いちばん近い「{ja}」を選びます。ほかの機器でも受け取れるように少しの間残し、容量がいっぱいにならないように古いものは消します。"
                ),
                format!(
                    "Keep mail on the server for about {d} days: pick the closest choice, \"{en}\". Other devices can still get it, and the mailbox does not fill up."
                ),
            ))
            .note(t("いちばん近い期間を選んでください。", "Pick the closest period."))
            .unconfirmed(t(
                "この項目の表示と選択肢は確かめられていません。",
                "The label and its choices are not confirmed.",
            ))],
            None,
        ));
    }
    screens
}

fn mac_keep_choice(days: u32) -> (&'static str, &'static str) {
    match days {
        0..=1 => ("1日後", "After one day"),
        2..=29 => ("1週間後", "After one week"),
        _ => ("1か月後", "After one month"),
    }
}

// ---- §5 iPhone / iPad -----------------------------------------------------------------------

fn iphone(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    let _ = notices;
    let apple_spelling = t(
        "Apple の表記（「サーバ」「ユーザ名」か「サーバー」「ユーザー名」か）は iOS 17/18 では確かめられていません。",
        "Apple's exact Japanese spelling on iOS 17/18 is not confirmed.",
    );
    let mut screens = vec![
        screen(
            t("新規アカウント", "New Account"),
            Some(t(
                "iOS 18：「設定」→「アプリ」→「メール」→「メールアカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」（iOS 17まで：「設定」→「メール」→「アカウント」→「アカウントを追加」→「その他」→「メールアカウントを追加」）",
                "iOS 18: Settings › Apps › Mail › Mail Accounts › Add Account › Other › Add Mail Account (iOS 17 and earlier: Settings › Mail › Accounts › Add Account › Other › Add Mail Account)",
            )),
            vec![
                f(FieldId::DisplayName, t("名前", "Name"), t("あなたのお名前（相手に表示されます）", "your name (shown to recipients)")),
                f(FieldId::EmailAddress, t("メール", "Email"), same(&c.input.address))
                    .note(t("手引きによっては「アドレス」と書かれています。", "Some guides write \"Address\".")),
                c.password(FieldId::Password, t("パスワード", "Password")),
                f(FieldId::Description, t("説明", "Description"), t("分かりやすい名前（例：プロバイダーのメール）", "any name you like (e.g. provider mail)")),
            ],
            Some(t("「次へ」を押します。", "Press \"Next\".")),
        ),
        screen(
            t("サーバーの入力", "Server details"),
            None,
            vec![
                f(FieldId::AccountType, t("IMAP / POP（画面上部）", "IMAP / POP (at the top)"), c.proto_label())
                    .why(t(
                        "先に選んでから入力します。あとから種類を変えるには、アカウントを作り直す必要があるようです。",
                        "Choose it before typing; changing the type later seems to need a new account.",
                    )),
                f(FieldId::IncomingHost, t("受信メールサーバ：ホスト名", "Incoming Mail Server: Host Name"), same(&inc.host))
                    .unconfirmed(apple_spelling.clone()),
                c.username(FieldId::IncomingUsername, t("受信メールサーバ：ユーザ名", "Incoming Mail Server: User Name"), inc)
                    .unconfirmed(apple_spelling.clone()),
                c.password(FieldId::IncomingPassword, t("受信メールサーバ：パスワード", "Incoming Mail Server: Password")),
                f(FieldId::OutgoingHost, t("送信メールサーバ：ホスト名", "Outgoing Mail Server: Host Name"), same(&c.out.host))
                    .unconfirmed(apple_spelling.clone()),
                c.username(FieldId::OutgoingUsername, t("送信メールサーバ：ユーザ名", "Outgoing Mail Server: User Name"), &c.out)
                    .why(t(
                        "「オプション」と薄く書かれていても、空けずに入れます。空けると送信できません。",
                        "Even if it says \"Optional\", fill it in: left empty, sending fails.",
                    )),
                c.password(FieldId::OutgoingPassword, t("送信メールサーバ：パスワード", "Outgoing Mail Server: Password"))
                    .note(t(
                        "ここも「オプション」と書かれていても、同じパスワードを入れます。",
                        "Enter the same password here even if it says \"Optional\".",
                    )),
            ],
            Some(t("「次へ」を押し、「保存」を押します。", "Press \"Next\", then \"Save\".")),
        ),
    ];
    let mut adv = vec![
        f(
            FieldId::IncomingSecurity,
            t("SSLを使用", "Use SSL"),
            c.switch_value(inc),
        )
        .why(c.switch_why(inc)),
        f(
            FieldId::IncomingAuth,
            t("認証", "Authentication"),
            t("パスワード", "Password"),
        ),
        f(
            FieldId::IncomingPort,
            t("サーバポート", "Server Port"),
            same(inc.port.to_string()),
        )
        .why_opt(c.switch_port_why(inc, c.inc_swapped))
        .unconfirmed(apple_spelling.clone()),
    ];
    if c.pop() {
        adv.push(
            f(FieldId::DeleteFromServer, t("サーバーから削除", "Delete from server"), t("7日", "Seven days"))
                .why(t(
                    format!(
                        "iPhone で受け取ったあと7日はサーバーに残るので、パソコンなどほかの機器でも受け取れます。（{}は{}日です。選べるのは「しない」「7日」「受信ボックスからの削除時」の三つです。）",
                        if c.input.keep_on_server_days.is_some() { "プロバイダーのおすすめ" } else { "サーバーに残す日数の目安" },
                        c.keep_days()
                    ),
                    format!(
                        "Mail stays on the server for 7 days after the iPhone gets it, so your other devices can still get it. ({} is {} days; the choices are Never, Seven days and When removed from Inbox.)",
                        if c.input.keep_on_server_days.is_some() { "The provider's recommendation" } else { "The usual guideline" },
                        c.keep_days()
                    ),
                ))
                .unconfirmed(t(
                    "Apple の正確な表記は確かめられていません。",
                    "Apple's exact wording is not confirmed.",
                )),
        );
    }
    screens.push(screen(
        t("詳細：受信設定", "Advanced: Incoming Settings"),
        Some(t(
            "メールアカウントの一覧 → このアカウント →「アカウント」→「詳細」",
            "Mail Accounts › this account › \"Account\" › \"Advanced\"",
        )),
        adv,
        None,
    ));
    screens.push(screen(
        t("「送信メールサーバ」（SMTP）", "Outgoing Mail Server (SMTP)"),
        Some(t(
            "このアカウント →「アカウント」→「SMTP」→「プライマリサーバ」の「サーバ名」",
            "This account › \"Account\" › \"SMTP\" › the \"Primary Server\"",
        )),
        vec![
            f(FieldId::OutgoingSecurity, t("SSLを使用", "Use SSL"), c.switch_value(&c.out)).why(c.switch_why(&c.out)),
            f(
                FieldId::OutgoingAuth,
                t("認証", "Authentication"),
                if c.outgoing_auth_needed() { t("パスワード", "Password") } else { t("なし", "None") },
            ),
            port_field(FieldId::OutgoingPort, t("サーバポート", "Server Port"), &c.out)
                .why_opt(c.switch_port_why(&c.out, c.out_swapped))
                .note(t(
                    format!("iPhone はポートを自分で推測して入れることがあります。ここが{}になっているか必ず確かめてください。", c.out.port),
                    format!("The iPhone may guess the port by itself: make sure it shows {}.", c.out.port),
                ))
                .unconfirmed(apple_spelling),
        ],
        Some(t("「完了」を押します。", "Press \"Done\".")),
    ));
    screens
}

// ---- §6 Android Gmail app -------------------------------------------------------------------

fn android_gmail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(t(
        "Gmail アプリの画面の言葉は、同じ仕組みの Android 標準メールアプリの表記をもとにしています。少し違う言葉で出ることがあります。",
        "The Gmail app's wording is taken from the related Android Email app; the real app may word things slightly differently.",
    ));
    let sec_why = t(
        "「証明書をすべて承認」が付いた選択肢は選びません。偽のサーバーでも気づけなくなるためです。",
        "Never choose an \"Accept all certificates\" option: it would hide a fake server.",
    );
    let mut incoming = vec![
        c.username(FieldId::IncomingUsername, t("ユーザー名", "Username"), inc),
        c.password(FieldId::Password, t("パスワード", "Password")),
        f(
            FieldId::IncomingHost,
            t("サーバー", "Server"),
            same(&inc.host),
        ),
        port_field(FieldId::IncomingPort, t("ポート", "Port"), inc),
        security_field(
            c,
            FieldId::IncomingSecurity,
            t("セキュリティの種類", "Security type"),
            inc,
        )
        .why(sec_why.clone()),
    ];
    if c.pop() {
        incoming.push(
            f(FieldId::DeleteFromServer, t("サーバーからメールを削除", "Delete email from server"), t("削除しない", "Never"))
                .why(t(
                    format!(
                        "スマートフォンで消しても、サーバーには残るのでパソコンでも受け取れます。サーバーの古いメールは、パソコンの「{}日後に削除」の設定で片付きます。スマートフォンだけで読む場合は「受信トレイから削除したとき」を選ぶと、サーバーの容量がいっぱいになりにくくなります。",
                        c.keep_days()
                    ),
                    format!(
                        "Deleting on the phone leaves the mail on the server so your computer still gets it; the computer's \"remove after {} days\" clears old mail. If only this phone reads the mail, choose \"When I delete from Inbox\" so the mailbox does not fill up.",
                        c.keep_days()
                    ),
                )),
        );
    }
    let mut options = vec![];
    if !c.pop() {
        options.push(
            f(FieldId::SyncPeriod, t("同期するメールの送信元:", "Sync emails from:"), t("自動", "Automatic"))
                .why(t(
                    "古いメールがスマートフォンに見当たらないときは、ここをもっと長い期間（「すべて」など）にします。",
                    "If older mail is missing on the phone, choose a longer period here (e.g. \"All\").",
                ))
                .note(t("IMAP のときだけ出る項目です。", "Shown for IMAP only."))
                .unconfirmed(t(
                    "表示は確かめられていません。",
                    "Wording not confirmed.",
                )),
        );
    }
    vec![
        screen(
            t("アカウントの追加", "Add another account"),
            Some(t(
                "Gmail アプリ右上のアカウントの丸いアイコン →「別のアカウントを追加」→「その他」（メニューの正確な言葉は確かめられていません）",
                "Gmail app › account picture (top right) › \"Add another account\" › \"Other\" (exact menu wording not confirmed)",
            )),
            vec![
                f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address)),
                f(FieldId::ManualSetup, t("手動セットアップ", "Manual setup"), t("押す", "Press it")).why(t(
                    "自動の設定に任せず、ここに書いた値を入れるためです。",
                    "So that you enter the values below instead of guessed ones.",
                )),
            ],
            None,
        ),
        screen(
            t("アカウントの種類", "Account type"),
            None,
            vec![{
                let fl = f(
                    FieldId::AccountType,
                    t("個人用（POP3）／個人用（IMAP）", "Personal (POP3) / Personal (IMAP)"),
                    if c.pop() { t("個人用（POP3）", "Personal (POP3)") } else { t("個人用（IMAP）", "Personal (IMAP)") },
                );
                if c.pop() {
                    fl.note(t(
                        "2026年の Google の変更後も POP3 を選べるかは確かめられていません。出てこないときは IMAP をお使いください（プロバイダーが IMAP に対応している場合）。",
                        "Whether POP3 is still offered after Google's 2026 changes is not confirmed; if it is missing, use IMAP (when the provider offers it).",
                    ))
                } else {
                    fl
                }
            }],
            None,
        ),
        screen(
            t("受信サーバーの設定", "Incoming server settings"),
            None,
            incoming,
            Some(t("「次へ」を押します。", "Press \"Next\".")),
        ),
        screen(
            t("送信サーバーの設定", "Outgoing server settings"),
            None,
            vec![
                f(FieldId::OutgoingHost, t("SMTPサーバー", "SMTP server"), same(&c.out.host)),
                port_field(FieldId::OutgoingPort, t("ポート", "Port"), &c.out),
                security_field(c, FieldId::OutgoingSecurity, t("セキュリティの種類", "Security type"), &c.out).why(sec_why),
                f(
                    FieldId::OutgoingAuthRequired,
                    t("ログインが必要", "Require signin"),
                    if c.outgoing_auth_needed() { tick() } else { untick() },
                ),
                c.username(FieldId::OutgoingUsername, t("ユーザー名", "Username"), &c.out),
                c.password(FieldId::OutgoingPassword, t("パスワード", "Password")),
            ],
            Some(t("「次へ」を押します。", "Press \"Next\".")),
        ),
        screen(
            t("アカウントのオプション", "Account options"),
            None,
            options,
            Some(t(
                "「次へ」を押し、「アカウントの設定が完了しました。」の画面で、送信メールに表示するあなたのお名前を入れて「次へ」を押します。",
                "Press \"Next\"; on the \"Your account is set up\" screen enter your name as shown on sent mail and press \"Next\".",
            )),
        ),
    ]
}

// ---- §7 Gmail on the web --------------------------------------------------------------------

fn gmail_web(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    notices.push(t(
        "Gmail は2026年に、ほかのメールを POP で取り込む機能（「他のアカウントのメールを確認」）をやめました。代わりに、プロバイダー側で Gmail へ「転送」し、返信は Gmail の「他のメールアドレスを追加」でプロバイダーの送信サーバーから送ります。",
        "Gmail ended POP fetching (\"Check mail from other accounts\") in 2026. Instead, forward mail to Gmail from the provider's side, and reply through the provider's server with Gmail's \"Send mail as\".",
    ));
    notices.push(t(
        "転送と、スマートフォンの Gmail アプリでの IMAP の追加を両方行うと、同じメールが2通ずつ見えます。また、Gmail からプロバイダーのアドレスへ転送し返すと、メールが行ったり来たりして止まらなくなります。どちらか一つにしてください。",
        "Forwarding plus adding the same account by IMAP in the Gmail app shows every message twice; forwarding back from Gmail to the provider address makes mail loop forever. Use one way only.",
    ));
    let itscom = c.input.provider_id.as_deref() == Some("itscom");
    let url = |u: &Option<String>| match u {
        Some(u) => t(format!("（{u}）"), format!(" ({u})")),
        None => t("", ""),
    };
    let mgmt = if itscom {
        let u = url(&c.input.management_url);
        t(
            format!("iTSCOM の「メールアカウント管理ページ」{}にログインし、「メールアカウント情報参照」の画面で「転送設定」を開き、「設定」を押します。", u.ja),
            format!("Log in to iTSCOM's mail account management page{}, open forwarding on the account information screen and press the settings button.", u.en),
        )
    } else {
        match &c.input.management_url {
            Some(_) => {
                let u = url(&c.input.management_url);
                t(
                    format!("プロバイダーのメール設定のページ{}にログインし、転送の設定を開きます。", u.ja),
                    format!("Log in to the provider's mail settings page{} and open the forwarding settings.", u.en),
                )
            }
            None => t(
                "プロバイダーの会員ページ（メールの設定）にログインし、転送の設定を開きます。",
                "Log in to the provider's member page (mail settings) and open the forwarding settings.",
            ),
        }
    };
    let words = |fl: Field| -> Field {
        if itscom {
            fl
        } else {
            fl.unconfirmed(t(
                "転送の画面の言葉はプロバイダーごとに違います（ここに書いた言葉は iTSCOM の手引きのものです）。",
                "The forwarding screen's wording differs by provider (these words are from iTSCOM's manual).",
            ))
        }
    };
    let (sec_label_value, sec_why) = match c.out.security {
        Security::Tls => (
            t("SSL を使用したセキュリティで保護された接続", "Secured connection using SSL"),
            t(
                format!("{}番は最初から暗号化する方式なので、こちらを選びます。465番を入れると自動でこちらに変わります。", c.out.port),
                format!("Port {} encrypts from the start, so choose this; entering 465 selects it by itself.", c.out.port),
            ),
        ),
        _ => (
            t("TLS を使用したセキュリティで保護された接続", "Secured connection using TLS (recommended)"),
            t(
                format!("{}番は接続してから暗号化する方式（STARTTLS）なので、こちらを選びます。", c.out.port),
                format!("Port {} upgrades to encryption after connecting (STARTTLS), so choose this.", c.out.port),
            ),
        ),
    };
    let mut sec = f(
        FieldId::OutgoingSecurity,
        t("セキュリティで保護された接続", "Secured connection"),
        sec_label_value,
    )
    .why(sec_why);
    if c.out.security == Security::None {
        sec = sec.note(t(
            "この送信サーバーは暗号化に対応していないため、Gmail からは使えません。プロバイダーに暗号化できる送信の設定を尋ねてください。",
            "This outgoing server offers no encryption, so Gmail cannot use it: ask the provider for encrypted settings.",
        ));
    }
    let mut screens = vec![
        screen(
            t("プロバイダー側：Gmail への転送", "Provider side: forward to Gmail"),
            Some(mgmt),
            vec![
                words(f(FieldId::ForwardTo, t("転送先メールアドレス", "Forwarding address"), t("あなたの Gmail のアドレス", "your Gmail address"))),
                f(
                    FieldId::ForwardKeepCopy,
                    t("転送したメールをメールボックスに残す／残さない", "Keep / do not keep forwarded mail in the mailbox"),
                    t("残す", "Keep"),
                )
                .why(t(
                    format!(
                        "「残さない」にすると、パソコンのメールソフトやプロバイダーの Webメールからは読めなくなります。残す場合は、メールソフトの「{}日後にサーバーから削除」や Webメールでの整理で、容量がいっぱいにならないようにします。",
                        c.keep_days()
                    ),
                    format!(
                        "With \"do not keep\", the mail is gone from your mail app and the provider's webmail. If you keep it, let a mail app remove it after {} days or tidy up in webmail so the mailbox does not fill up.",
                        c.keep_days()
                    ),
                ))
                .unconfirmed(t(
                    "画面の正確な言葉は分かりません。iTSCOM の手引きでは「転送したメールをメールボックスに残すか残さないかを選択します」と説明されています。",
                    "The exact wording is not known; iTSCOM's manual describes choosing whether to keep forwarded mail in the mailbox.",
                )),
            ],
            Some(t(
                "設定を保存し、自分のプロバイダーのアドレスあてにテストのメールを送って、Gmail に1通だけ届くか確かめます。転送したメールは Gmail で迷惑メールに入ることがあるので、「迷惑メール」も見てください。",
                "Save, then send a test message to your provider address and check that exactly one copy arrives in Gmail. Forwarded mail may land in Spam, so look there too.",
            )),
        ),
        screen(
            t("Gmail：他のメールアドレスを追加（名前とアドレス）", "Gmail: Add another email address (name and address)"),
            Some(t(
                "歯車 →「すべての設定を表示」→「アカウントとインポート」→「名前:」の欄の「他のメールアドレスを追加」",
                "Gear › \"See all settings\" › \"Accounts and Import\" › \"Send mail as\" › \"Add another email address\"",
            )),
            vec![
                f(FieldId::DisplayName, t("名前", "Name"), t("あなたのお名前（相手に表示されます）", "your name (shown to recipients)")),
                f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address)),
                f(FieldId::TreatAsAlias, t("エイリアスとして扱います", "Treat as an alias"), untick())
                    .why(t(
                        "プロバイダーのアドレスは Gmail とは別のあなたのアドレスなので、エイリアスにはしません。",
                        "Your provider address is a separate address of yours, not a Gmail alias.",
                    )),
            ],
            Some(t("「次のステップ」を押します。", "Press \"Next Step\".")),
        ),
        screen(
            t("Gmail：SMTP サーバー経由で送信", "Gmail: Send through SMTP server"),
            None,
            vec![
                f(FieldId::OutgoingHost, t("SMTPサーバー", "SMTP Server"), same(&c.out.host)),
                port_field(FieldId::OutgoingPort, t("ポート", "Port"), &c.out),
                c.username(FieldId::OutgoingUsername, t("ユーザー名", "Username"), &c.out),
                c.password(FieldId::OutgoingPassword, t("パスワード", "Password")),
                sec.note(t(
                    "日本語画面で「(推奨)」が付くかは確かめられていません。",
                    "Whether the Japanese label carries \"（推奨）\" is not confirmed.",
                )),
            ],
            Some(t("「アカウントを追加」を押します。", "Press \"Add Account\".")),
        ),
        screen(
            t("Gmail：確認コード", "Gmail: Confirmation code"),
            None,
            vec![f(
                FieldId::ConfirmationCode,
                t("確認コード", "Confirmation code"),
                t(
                    "プロバイダーのアドレスに届いたメールに書かれた数字",
                    "the number in the message sent to your provider address",
                ),
            )
            .why(t(
                "そのアドレスが本当にあなたのものか、Google が確かめるためです。転送の設定が済んでいれば、確認のメールも Gmail に届きます。",
                "Google checks that the address is yours; with forwarding set up, the message also arrives in Gmail.",
            ))],
            Some(t(
                "「確認」を押します。このあと、返信するときの差出人をプロバイダーのアドレスにできます。",
                "Press \"Verify\". You can now reply from your provider address.",
            )),
        ),
    ];
    if !c.out_known {
        screens.truncate(1);
        notices.push(t(
            "このプロバイダーの送信サーバーが分からないため、Gmail からこのアドレスで送る設定（「他のメールアドレスを追加」）の手順は書けません。送信サーバーの名前とポートをプロバイダーに確かめてください。",
            "The provider's outgoing server is not known, so the \"Send mail as\" steps cannot be written. Ask the provider for the outgoing server and port.",
        ));
    }
    screens
}

// ---- §8 Thunderbird -------------------------------------------------------------------------

fn tb_auth(a: Authentication) -> LangText {
    match a {
        Authentication::PasswordCleartext => t("通常のパスワード認証", "Normal password"),
        Authentication::PasswordEncrypted => t("暗号化されたパスワード認証", "Encrypted password"),
        Authentication::OAuth2 => t("OAuth2", "OAuth2"),
        Authentication::None | Authentication::ClientIpAddress | Authentication::SmtpAfterPop => {
            t("認証なし", "No authentication")
        }
    }
}

fn thunderbird(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(t(
        "新しい版の Thunderbird では、2つ目からのアカウントを「アカウントの追加」という別の画面で追加することがあります。項目の名前は同じです（後ろの「:」がないだけです）。",
        "Newer Thunderbird versions may add further accounts in a different \"Add account\" dialog (Account Hub); the field names are the same, without the trailing colon.",
    ));
    let port_why = t(
        "0のままだと自動で探します。ここでは、このページに書いた番号を入れます。",
        "0 means autodetect; enter the number shown here instead.",
    );
    let mut screens = vec![
        screen(
            t("既存のメールアドレスのセットアップ", "Set Up Your Existing Email Address"),
            Some(t(
                "初めて起動したとき、または「アカウント設定」→「アカウント操作」→「メールアカウントを追加」",
                "On first start, or Account Settings › Account Actions › Add Mail Account",
            )),
            vec![
                f(FieldId::DisplayName, t("あなたのお名前", "Your full name"), t("あなたのお名前（相手に表示されます）", "your name (shown to recipients)")),
                f(FieldId::EmailAddress, t("メールアドレス", "Email address"), same(&c.input.address)),
                c.password(FieldId::Password, t("パスワード", "Password")),
            ],
            Some(t("「手動設定」を押します。", "Press \"Configure manually\".")),
        ),
        screen(
            t("手動設定：受信サーバー", "Manual configuration: Incoming server"),
            None,
            vec![
                f(FieldId::AccountType, t("プロトコル:", "Protocol:"), if c.pop() { t("POP3", "POP3") } else { t("IMAP", "IMAP") }),
                f(FieldId::IncomingHost, t("ホスト名:", "Hostname:"), same(&inc.host)),
                f(FieldId::IncomingPort, t("ポート番号:", "Port:"), same(inc.port.to_string())).why(port_why.clone()),
                security_field(c, FieldId::IncomingSecurity, t("接続の保護:", "Connection security:"), inc),
                f(FieldId::IncomingAuth, t("認証方式:", "Authentication method:"), tb_auth(inc.authentication)),
                c.username(FieldId::IncomingUsername, t("ユーザー名:", "Username:"), inc),
            ],
            None,
        ),
        screen(
            t("手動設定：送信サーバー", "Manual configuration: Outgoing server"),
            None,
            vec![
                f(FieldId::OutgoingHost, t("ホスト名:", "Hostname:"), same(&c.out.host)),
                port_field(FieldId::OutgoingPort, t("ポート番号:", "Port:"), &c.out),
                security_field(c, FieldId::OutgoingSecurity, t("接続の保護:", "Connection security:"), &c.out),
                f(FieldId::OutgoingAuth, t("認証方式:", "Authentication method:"), tb_auth(c.out.authentication)),
                c.username(FieldId::OutgoingUsername, t("ユーザー名:", "Username:"), &c.out),
            ],
            Some(t("「再テスト」を押して、問題がなければ「完了」を押します。", "Press \"Re-test\", then \"Done\".")),
        ),
    ];
    if c.pop() {
        let d = c.keep_days();
        screens.push(screen(
            t("サーバー設定（POP）", "Server Settings (POP)"),
            Some(t(
                "「アカウント設定」→ このアカウントの「サーバー設定」",
                "Account Settings › this account's \"Server Settings\"",
            )),
            vec![
                f(
                    FieldId::LeaveOnServer,
                    t(
                        "ダウンロード後もサーバーにメッセージを残す",
                        "Leave messages on server",
                    ),
                    tick(),
                )
                .why(t(
                    "スマートフォンなどほかの機器でも同じメールを受け取れるようにするためです。",
                    "So that your phone or other devices can get the same mail.",
                )),
                f(
                    FieldId::DeleteAfterDays,
                    t(
                        "ダウンロードしてから [ ] 日以上経過したメッセージは削除する",
                        "For at most [ ] days",
                    ),
                    t(
                        format!("チェックを入れて{d}日"),
                        format!("Ticked, {d} days"),
                    ),
                )
                .why(c.keep_days_why()),
            ],
            Some(t("「OK」を押します。", "Press \"OK\".")),
        ));
    }
    screens
}
