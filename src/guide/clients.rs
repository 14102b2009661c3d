//! The screens of each app, as data built from the settings.
//! Labels: `shared/reference/client-screens.md` (section numbers in the comments).

use super::{
    fit_ssl_switch, ClientId, Field, FieldId, Guide, GuideError, GuideInput, LangText, Screen,
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
            Some(old) => crate::ltr!("guide-joined", first = &old, second = &w),
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
            Some(old) => crate::ltr!("guide-joined", second = &n, first = &old),
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
            Some(old) => crate::ltr!("guide-joined", second = &n, first = &old),
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
    crate::ltr!("guide-on")
}
fn off() -> LangText {
    crate::ltr!("guide-off")
}
fn tick() -> LangText {
    crate::ltr!("guide-ticked")
}
fn untick() -> LangText {
    crate::ltr!("guide-unticked")
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
    /// The incoming protocol as a select key of the catalogue: `pop3` or `imap`.
    fn protocol_key(&self) -> &'static str {
        if self.pop() {
            "pop3"
        } else {
            "imap"
        }
    }
    fn proto_label(&self) -> LangText {
        crate::ltr!("guide-protocol-label", protocol = self.protocol_key())
    }

    fn password_value(&self) -> LangText {
        match &self.input.password_name {
            Some(n) => crate::ltr!("guide-password-value-named", password_name = &n),
            None => crate::ltr!("guide-password-value"),
        }
    }
    fn password_why(&self) -> LangText {
        // The account the device itself asks for differs by platform: Apple devices ask for the
        // Apple Account (Apple's name for the Apple ID since 2024), Android and Gmail for the
        // Google account; Windows and Thunderbird for neither.
        let platform = match self.client {
            ClientId::Iphone | ClientId::MacMail => "apple",
            ClientId::AndroidGmail | ClientId::GmailWeb => "google",
            _ => "other",
        };
        let not = crate::ltr!("guide-password-why-not", platform = platform);
        let whr = match &self.input.password_written_on {
            Some(w) => w.clone(),
            None => crate::ltr!("guide-password-why-on-papers"),
        };
        crate::ltr!("guide-joined", first = &not, second = &whr)
    }
    fn password(&self, id: FieldId, label: LangText) -> Field {
        f(id, label, self.password_value()).why(self.password_why())
    }

    fn username_why(&self, username: &str) -> LangText {
        let form = if username.eq_ignore_ascii_case(&self.input.address) {
            "address"
        } else if username == self.input.local_part() {
            "local-part"
        } else {
            "other"
        };
        crate::ltr!("guide-username-why", form = form)
    }
    fn username(&self, id: FieldId, label: LangText, s: &ServerSettings) -> Field {
        f(id, label, same(&s.username)).why(self.username_why(&s.username))
    }

    /// Why this port, for apps with only an SSL switch.
    fn switch_port_why(&self, s: &ServerSettings, swapped: bool) -> Option<LangText> {
        if swapped {
            return Some(crate::ltr!("guide-switch-port-why-swapped", port = &s.port));
        }
        match s.security {
            Security::Starttls => Some(crate::ltr!(
                "guide-switch-port-why-starttls",
                implicit_port = &implicit_port(s.protocol),
                port = &s.port
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
        let security = if s.security == Security::None {
            "none"
        } else {
            "encrypted"
        };
        crate::ltr!("guide-switch-why", security = security)
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
        let days_from = if self.input.keep_on_server_days.is_some() {
            "provider"
        } else {
            "default"
        };
        crate::ltr!("guide-keep-days-why", days_from = days_from, days = d)
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
            crate::ltr!("guide-dropdown-security-ssl-tls"),
            Some(crate::ltr!("guide-dropdown-security-it-may-read-ssl-tls")),
        ),
        (_, Security::Tls) => (crate::ltr!("guide-dropdown-security-ssl-tls"), None),
        (_, Security::Starttls) => (crate::ltr!("guide-dropdown-security-starttls"), None),
        (ClientId::Thunderbird, Security::None) | (ClientId::AndroidGmail, Security::None) => {
            (crate::ltr!("guide-none"), None)
        }
        (_, Security::None) => (
            crate::ltr!("guide-none"),
            Some(crate::ltr!(
                "guide-dropdown-security-choose-the-closest-to-none"
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
        fl.why(crate::ltr!("guide-port-field-use-this-number-not-port"))
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
                message: crate::ltr!("guide-build-no-outgoing-server"),
            })
        }
    };
    let (inc, preference_note) = super::preferred_incoming(input);
    if inc.is_none() && client != ClientId::GmailWeb {
        return Err(GuideError {
            message: crate::ltr!("guide-build-no-incoming-server"),
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
        notices.push(crate::ltr!("guide-build-unverified-notice"));
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
    notices.push(crate::ltr!("guide-outlook-new-syncs-through-microsoft"));
    notices.push(crate::ltr!("guide-outlook-new-in-new-outlook-the-server"));
    if c.pop() {
        notices.push(crate::ltr!(
            "guide-outlook-new-some-providers-advise-against-new"
        ));
    }
    if !inc.username.eq_ignore_ascii_case(&c.input.address) {
        notices.push(crate::ltr!(
            "guide-outlook-new-no-incoming-username-field",
            username = &inc.username
        ));
    }
    let server_label = crate::ltr!(
        "guide-outlook-new-incoming-server",
        protocol = c.protocol_key()
    );
    vec![
        screen(
            crate::ltr!("guide-outlook-new-add-account"),
            Some(crate::ltr!("guide-outlook-new-add-account-open")),
            vec![f(
                FieldId::EmailAddress,
                crate::ltr!("guide-email-address"),
                same(&c.input.address),
            )
            .why(crate::ltr!("guide-outlook-new-replace-microsoft-address"))],
            Some(crate::ltr!("guide-outlook-new-press-continue")),
        ),
        screen(
            crate::ltr!("guide-outlook-new-choose-provider"),
            Some(crate::ltr!(
                "guide-outlook-new-choose-provider-at-the-bottom"
            )),
            vec![f(
                FieldId::AccountType,
                crate::ltr!("guide-outlook-new-choose-provider"),
                c.proto_label(),
            )
            .note(crate::ltr!(
                "guide-outlook-new-the-list-also-shows-microsoft"
            ))],
            None,
        ),
        screen(
            crate::ltr!("guide-outlook-new-settings", proto_label = &c.proto_label()),
            None,
            vec![
                c.password(FieldId::Password, crate::ltr!("guide-password")),
                f(
                    FieldId::ShowMore,
                    crate::ltr!("guide-outlook-new-show-more"),
                    on(),
                )
                .why(crate::ltr!(
                    "guide-outlook-new-this-reveals-the-server-fields"
                ))
                .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed")),
                f(
                    FieldId::UseRecommended,
                    crate::ltr!("guide-outlook-new-use-recommended-settings"),
                    off(),
                )
                .why(crate::ltr!("guide-outlook-new-so-that-the-values-below"))
                .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed")),
                f(FieldId::IncomingHost, server_label, same(&inc.host))
                    .note(crate::ltr!("guide-outlook-new-it-may-read-imap-pop"))
                    .unconfirmed(crate::ltr!("guide-outlook-new-server-label-unconfirmed")),
                port_field(FieldId::IncomingPort, crate::ltr!("guide-port"), inc),
                security_field(
                    c,
                    FieldId::IncomingSecurity,
                    crate::ltr!("guide-outlook-new-secure-connection-type"),
                    inc,
                ),
                c.username(
                    FieldId::OutgoingUsername,
                    crate::ltr!("guide-outlook-new-smtp-username"),
                    &c.out,
                ),
                c.password(
                    FieldId::OutgoingPassword,
                    crate::ltr!("guide-outlook-new-smtp-password"),
                )
                .note(crate::ltr!("guide-outlook-new-same-password-as-incoming"))
                .unconfirmed(crate::ltr!("guide-outlook-new-some-guides-leave-it-empty")),
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-outlook-new-smtp-outgoing-server"),
                    same(&c.out.host),
                ),
                port_field(FieldId::OutgoingPort, crate::ltr!("guide-port"), &c.out),
                security_field(
                    c,
                    FieldId::OutgoingSecurity,
                    crate::ltr!("guide-outlook-new-secure-connection-type"),
                    &c.out,
                ),
            ],
            Some(crate::ltr!("guide-outlook-new-press-continue")),
        ),
        screen(
            crate::ltr!("guide-outlook-new-sync-with-the-microsoft-cloud"),
            None,
            vec![],
            Some(crate::ltr!("guide-outlook-new-read-it-and-press-continue")),
        ),
    ]
}

// ---- §2 classic Outlook ---------------------------------------------------------------------

fn spa_field(id: FieldId) -> Field {
    let direction = if id == FieldId::IncomingSpa {
        "incoming"
    } else {
        "outgoing"
    };
    f(
        id,
        crate::ltr!("guide-spa-field-label", direction = direction),
        untick(),
    )
    .why(crate::ltr!("guide-spa-field-provider-mail-does-not-use"))
}

fn outlook_classic(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let _ = notices;
    let title = crate::ltr!(
        "guide-outlook-classic-account-settings",
        protocol = c.protocol_key()
    );
    let incoming = outlook_classic_server_fields(c);
    let mut screens = vec![
        screen(
            crate::ltr!("guide-outlook-classic-add-account"),
            Some(crate::ltr!(
                "guide-outlook-classic-welcome-to-outlook-on-first"
            )),
            vec![
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-email-address"),
                    same(&c.input.address),
                ),
                f(
                    FieldId::ManualSetup,
                    crate::ltr!("guide-outlook-classic-advanced-options-let-me-set"),
                    tick(),
                )
                .why(crate::ltr!("guide-outlook-classic-manual-setup-why")),
            ],
            Some(crate::ltr!("guide-outlook-classic-press-connect")),
        ),
        screen(
            crate::ltr!("guide-outlook-classic-choose-the-account-type"),
            None,
            vec![f(
                FieldId::AccountType,
                crate::ltr!("guide-outlook-classic-pop-imap"),
                c.proto_label(),
            )],
            None,
        ),
        screen(title, None, incoming, Some(crate::ltr!("guide-press-next"))),
        screen(
            crate::ltr!("guide-outlook-classic-enter-the-password"),
            None,
            vec![c.password(FieldId::Password, crate::ltr!("guide-password"))],
            Some(crate::ltr!(
                "guide-outlook-classic-press-connect-when-it-says"
            )),
        ),
    ];

    screens.extend(outlook_classic_dialogs(c));
    screens
}

/// classic Outlook, §2a: the server fields of the POP or IMAP account settings screen.
fn outlook_classic_server_fields(c: &Ctx<'_>) -> Vec<Field> {
    let inc = c.inc();
    let mut incoming = vec![
        f(
            FieldId::IncomingHost,
            crate::ltr!("guide-outlook-classic-incoming-mail-server"),
            same(&inc.host),
        ),
        port_field(
            FieldId::IncomingPort,
            crate::ltr!("guide-outlook-classic-incoming-mail-port"),
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
            crate::ltr!("guide-outlook-classic-this-server-requires-an-encrypted"),
            v,
        );
        fl = match inc.security {
            Security::Tls => fl.why(crate::ltr!(
                "guide-outlook-classic-port-encrypts-from-the-start",
                port = &inc.port
            )),
            Security::Starttls => fl.note(crate::ltr!(
                "guide-outlook-classic-pop-starttls-unselectable"
            )),
            Security::None => fl.why(c.switch_why(inc)),
        };
        incoming.push(fl);
    } else {
        incoming.push(security_field(
            c,
            FieldId::IncomingSecurity,
            crate::ltr!("guide-outlook-classic-incoming-mail-encryption-method"),
            inc,
        ));
    }
    incoming.push(spa_field(FieldId::IncomingSpa));
    incoming.push(f(
        FieldId::OutgoingHost,
        crate::ltr!("guide-outlook-classic-outgoing-mail-server"),
        same(&c.out.host),
    ));
    incoming.push(port_field(
        FieldId::OutgoingPort,
        crate::ltr!("guide-outlook-classic-outgoing-mail-port"),
        &c.out,
    ));
    incoming.push(security_field(
        c,
        FieldId::OutgoingSecurity,
        crate::ltr!("guide-outlook-classic-outgoing-mail-encryption-method"),
        &c.out,
    ));
    incoming.push(spa_field(FieldId::OutgoingSpa));
    incoming
}

/// classic Outlook, §2b: the classic dialogs, for the username, SMTP AUTH and leave-on-server.
fn outlook_classic_dialogs(c: &Ctx<'_>) -> Vec<Screen> {
    let inc = c.inc();
    let mut screens = Vec::new();
    screens.push(screen(
        crate::ltr!("guide-outlook-classic-pop-and-imap-account-settings"),
        Some(crate::ltr!(
            "guide-outlook-classic-file-account-settings-account-settings"
        )),
        vec![c
            .username(
                FieldId::IncomingUsername,
                crate::ltr!("guide-outlook-classic-user-name"),
                inc,
            )
            .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed"))],
        Some(crate::ltr!("guide-outlook-classic-press-more-settings")),
    ));
    let mut out_tab = vec![f(
        FieldId::OutgoingAuthRequired,
        crate::ltr!("guide-outlook-classic-my-outgoing-server-smtp-requires"),
        if c.outgoing_auth_needed() {
            tick()
        } else {
            untick()
        },
    )];
    if c.outgoing_auth_needed() {
        out_tab[0] = out_tab[0].clone().why(crate::ltr!(
            "guide-outlook-classic-sending-also-needs-your-username"
        ));
        out_tab.push(f(
            FieldId::OutgoingSameAsIncoming,
            crate::ltr!("guide-outlook-classic-use-same-settings-as-my"),
            crate::ltr!("guide-outlook-classic-selected"),
        ));
    } else if c.out.authentication == Authentication::SmtpAfterPop {
        out_tab.push(
            f(
                FieldId::OutgoingSameAsIncoming,
                crate::ltr!("guide-outlook-classic-log-on-before-sending"),
                crate::ltr!("guide-outlook-classic-selected"),
            )
            .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed")),
        );
    }
    screens.push(screen(
        crate::ltr!("guide-outlook-classic-internet-e-mail-settings-outgoing"),
        None,
        out_tab,
        None,
    ));
    if c.pop() {
        let d = c.keep_days();
        screens.push(screen(
            crate::ltr!("guide-outlook-classic-internet-e-mail-settings-advanced"),
            None,
            vec![
                f(
                    FieldId::LeaveOnServer,
                    crate::ltr!("guide-outlook-classic-leave-a-copy-of-messages"),
                    tick(),
                )
                .why(crate::ltr!("guide-leave-on-server-why"))
                .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed")),
                f(
                    FieldId::DeleteAfterDays,
                    crate::ltr!("guide-outlook-classic-remove-from-server-after-days"),
                    crate::ltr!("guide-outlook-classic-ticked-days", days = &d),
                )
                .why(c.keep_days_why())
                .unconfirmed(crate::ltr!("guide-english-wording-unconfirmed")),
            ],
            Some(crate::ltr!("guide-outlook-classic-press-ok-next-finish")),
        ));
    }
    screens
}

// ---- §3 Windows Mail (retired) --------------------------------------------------------------

fn windows_mail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.insert(0, crate::ltr!("guide-windows-mail-retired-notice"));
    let inc_port_why = c.switch_port_why(inc, c.inc_swapped);
    let out_port_why = c.switch_port_why(&c.out, c.out_swapped);
    let hostport = |s: &ServerSettings| same(format!("{}:{}", s.host, s.port));
    vec![screen(
        crate::ltr!("guide-windows-mail-for-reference-the-old-settings"),
        Some(crate::ltr!("guide-windows-mail-old-settings-open")),
        vec![
            f(
                FieldId::EmailAddress,
                crate::ltr!("guide-email-address"),
                same(&c.input.address),
            ),
            c.username(
                FieldId::IncomingUsername,
                crate::ltr!("guide-windows-mail-user-name"),
                inc,
            ),
            c.password(FieldId::Password, crate::ltr!("guide-password")),
            f(
                FieldId::IncomingHost,
                crate::ltr!("guide-windows-mail-incoming-email-server"),
                hostport(inc),
            )
            .why(crate::ltr!("guide-windows-mail-this-app-takes-the-port"))
            .why_opt(inc_port_why),
            f(
                FieldId::AccountType,
                crate::ltr!("guide-account-type"),
                if c.pop() {
                    crate::ltr!("guide-pop3")
                } else {
                    crate::ltr!("guide-windows-mail-imap4")
                },
            ),
            f(
                FieldId::OutgoingHost,
                crate::ltr!("guide-windows-mail-outgoing-smtp-email-server"),
                hostport(&c.out),
            )
            .why_opt(out_port_why),
            f(
                FieldId::OutgoingAuthRequired,
                crate::ltr!("guide-windows-mail-outgoing-server-requires-authentication"),
                if c.outgoing_auth_needed() {
                    tick()
                } else {
                    untick()
                },
            ),
            f(
                FieldId::OutgoingSameAsIncoming,
                crate::ltr!("guide-windows-mail-use-the-same-user-name"),
                if c.outgoing_auth_needed() {
                    tick()
                } else {
                    untick()
                },
            ),
            f(
                FieldId::IncomingSecurity,
                crate::ltr!("guide-windows-mail-require-ssl-for-incoming-email"),
                c.switch_box(inc),
            )
            .why(c.switch_why(inc)),
            f(
                FieldId::OutgoingSecurity,
                crate::ltr!("guide-windows-mail-require-ssl-for-outgoing-email"),
                c.switch_box(&c.out),
            )
            .why(c.switch_why(&c.out)),
        ],
        Some(crate::ltr!("guide-windows-mail-do-not-finish-here-go")),
    )]
}

// ---- §4 Mac Mail ----------------------------------------------------------------------------

fn mac_mail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(crate::ltr!(
        "guide-mac-mail-while-automatically-manage-connection-settings"
    ));
    let mut screens = vec![
        screen(
            crate::ltr!("guide-mac-mail-add-account"),
            Some(crate::ltr!("guide-mac-mail-add-account-open")),
            vec![
                f(
                    FieldId::DisplayName,
                    crate::ltr!("guide-name"),
                    crate::ltr!("guide-your-name-shown-to-recipients"),
                ),
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-mac-mail-email-address"),
                    same(&c.input.address),
                ),
                c.password(FieldId::Password, crate::ltr!("guide-password")),
            ],
            Some(crate::ltr!("guide-mac-mail-press-sign-in")),
        ),
        screen(
            crate::ltr!("guide-mac-mail-account-must-be-manually-configured"),
            Some(crate::ltr!("guide-mac-mail-shown-when-mail-cannot-find")),
            vec![
                c.username(
                    FieldId::IncomingUsername,
                    crate::ltr!("guide-mac-mail-user-name"),
                    inc,
                ),
                f(
                    FieldId::AccountType,
                    crate::ltr!("guide-mac-mail-account-type"),
                    c.proto_label(),
                ),
                f(
                    FieldId::IncomingHost,
                    crate::ltr!("guide-mac-mail-incoming-mail-server"),
                    same(&inc.host),
                ),
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-mac-mail-outgoing-mail-server"),
                    same(&c.out.host),
                ),
            ]
            .into_iter()
            .map(|fl| fl.unconfirmed(crate::ltr!("guide-mac-mail-screen-wording-unconfirmed")))
            .collect(),
            Some(crate::ltr!("guide-mac-mail-press-sign-in-choose-apps")),
        ),
    ];
    mac_mail_server_settings(c, &mut screens);
    if c.pop() {
        let d = c.keep_days();
        let choice = crate::ltr!("guide-mac-mail-keep-choice", period = mac_keep_choice(d));
        screens.push(screen(
            crate::ltr!("guide-mac-mail-account-information-tab-pop"),
            None,
            vec![f(
                FieldId::DeleteAfterDays,
                crate::ltr!("guide-mac-mail-remove-copy-from-server"),
                choice.clone(),
            )
            .why(crate::ltr!(
                "guide-mac-mail-keep-days-why",
                days = d,
                choice = &choice
            ))
            .note(crate::ltr!("guide-mac-mail-pick-the-closest-period"))
            .unconfirmed(crate::ltr!("guide-mac-mail-label-and-choices-unconfirmed"))],
            None,
        ));
    }
    screens
}

/// Mac Mail, §4: the "Server Settings" tabs (incoming and outgoing).
fn mac_mail_server_settings(c: &Ctx<'_>, screens: &mut Vec<Screen>) {
    let inc = c.inc();
    let tls_note = crate::ltr!("guide-mac-mail-japanese-wording-unconfirmed");
    let older_macos = crate::ltr!("guide-mac-mail-older-macos-shows-use-ssl");
    screens.push(screen(
        crate::ltr!("guide-mac-mail-server-settings-tab-incoming-mail"),
        Some(crate::ltr!(
            "guide-mac-mail-mail-settings-accounts-this-account"
        )),
        vec![
            c.username(
                FieldId::IncomingUsername,
                crate::ltr!("guide-mac-mail-user-name"),
                inc,
            ),
            c.password(FieldId::IncomingPassword, crate::ltr!("guide-password")),
            f(
                FieldId::IncomingHost,
                crate::ltr!("guide-mac-mail-host-name"),
                same(&inc.host),
            ),
            f(
                FieldId::ManageAutomatically,
                crate::ltr!("guide-mac-mail-automatically-manage-connection-settings"),
                untick(),
            )
            .why(crate::ltr!("guide-mac-mail-unticking-it-shows-the-port")),
            f(
                FieldId::IncomingPort,
                crate::ltr!("guide-port"),
                same(inc.port.to_string()),
            )
            .why_opt(c.switch_port_why(inc, c.inc_swapped)),
            f(
                FieldId::IncomingSecurity,
                crate::ltr!("guide-mac-mail-use-tls-ssl"),
                c.switch_box(inc),
            )
            .why(c.switch_why(inc))
            .note(older_macos.clone())
            .unconfirmed(tls_note.clone()),
            f(
                FieldId::IncomingAuth,
                crate::ltr!("guide-authentication"),
                crate::ltr!("guide-password"),
            ),
        ],
        None,
    ));
    screens.push(screen(
        crate::ltr!("guide-mac-mail-server-settings-tab-outgoing-mail"),
        None,
        vec![
            f(
                FieldId::OutgoingServerChoice,
                crate::ltr!("guide-mac-mail-account"),
                crate::ltr!(
                    "guide-mac-mail-this-account-s-own-server",
                    host = &c.out.host
                ),
            )
            .why(crate::ltr!("guide-mac-mail-if-another-account-s-server")),
            c.username(
                FieldId::OutgoingUsername,
                crate::ltr!("guide-mac-mail-user-name"),
                &c.out,
            ),
            c.password(FieldId::OutgoingPassword, crate::ltr!("guide-password")),
            f(
                FieldId::OutgoingHost,
                crate::ltr!("guide-mac-mail-host-name"),
                same(&c.out.host),
            ),
            f(
                FieldId::OutgoingManageAutomatically,
                crate::ltr!("guide-mac-mail-automatically-manage-connection-settings"),
                untick(),
            )
            .why(crate::ltr!("guide-mac-mail-outgoing-port-only-when-off")),
            port_field(FieldId::OutgoingPort, crate::ltr!("guide-port"), &c.out)
                .why_opt(c.switch_port_why(&c.out, c.out_swapped)),
            f(
                FieldId::OutgoingSecurity,
                crate::ltr!("guide-mac-mail-use-tls-ssl"),
                c.switch_box(&c.out),
            )
            .why(c.switch_why(&c.out))
            .note(older_macos)
            .unconfirmed(tls_note),
            f(
                FieldId::OutgoingAuth,
                crate::ltr!("guide-authentication"),
                if c.outgoing_auth_needed() {
                    crate::ltr!("guide-password")
                } else {
                    crate::ltr!("guide-none")
                },
            ),
        ],
        Some(crate::ltr!("guide-mac-mail-press-save")),
    ));
}

/// The period of Mac Mail's "remove copy from server" list closest to `days`
/// (`guide-mac-mail-keep-choice` names it).
fn mac_keep_choice(days: u32) -> &'static str {
    match days {
        0..=1 => "day",
        2..=29 => "week",
        _ => "month",
    }
}

// ---- §5 iPhone / iPad -----------------------------------------------------------------------

fn iphone(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    let _ = notices;
    let apple_spelling = crate::ltr!("guide-iphone-apple-spelling-unconfirmed");
    let mut screens = vec![
        screen(
            crate::ltr!("guide-iphone-new-account"),
            Some(crate::ltr!("guide-iphone-new-account-open")),
            vec![
                f(
                    FieldId::DisplayName,
                    crate::ltr!("guide-name"),
                    crate::ltr!("guide-your-name-shown-to-recipients"),
                ),
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-iphone-email"),
                    same(&c.input.address),
                )
                .note(crate::ltr!("guide-iphone-some-guides-write-address")),
                c.password(FieldId::Password, crate::ltr!("guide-password")),
                f(
                    FieldId::Description,
                    crate::ltr!("guide-iphone-description"),
                    crate::ltr!("guide-iphone-any-name-you-like-e"),
                ),
            ],
            Some(crate::ltr!("guide-press-next")),
        ),
        screen(
            crate::ltr!("guide-iphone-server-details"),
            None,
            vec![
                f(
                    FieldId::AccountType,
                    crate::ltr!("guide-iphone-imap-pop-at-the-top"),
                    c.proto_label(),
                )
                .why(crate::ltr!("guide-iphone-choose-it-before-typing-changing")),
                f(
                    FieldId::IncomingHost,
                    crate::ltr!("guide-iphone-incoming-mail-server-host-name"),
                    same(&inc.host),
                )
                .unconfirmed(apple_spelling.clone()),
                c.username(
                    FieldId::IncomingUsername,
                    crate::ltr!("guide-iphone-incoming-mail-server-user-name"),
                    inc,
                )
                .unconfirmed(apple_spelling.clone()),
                c.password(
                    FieldId::IncomingPassword,
                    crate::ltr!("guide-iphone-incoming-mail-server-password"),
                ),
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-iphone-outgoing-mail-server-host-name"),
                    same(&c.out.host),
                )
                .unconfirmed(apple_spelling.clone()),
                c.username(
                    FieldId::OutgoingUsername,
                    crate::ltr!("guide-iphone-outgoing-mail-server-user-name"),
                    &c.out,
                )
                .why(crate::ltr!("guide-iphone-even-if-it-says-optional")),
                c.password(
                    FieldId::OutgoingPassword,
                    crate::ltr!("guide-iphone-outgoing-mail-server-password"),
                )
                .note(crate::ltr!("guide-iphone-enter-the-same-password-here")),
            ],
            Some(crate::ltr!("guide-iphone-press-next-then-save")),
        ),
    ];
    iphone_advanced(c, &apple_spelling, &mut screens);
    screens.push(screen(
        crate::ltr!("guide-iphone-outgoing-mail-server-smtp"),
        Some(crate::ltr!("guide-iphone-smtp-open")),
        vec![
            f(
                FieldId::OutgoingSecurity,
                crate::ltr!("guide-iphone-use-ssl"),
                c.switch_value(&c.out),
            )
            .why(c.switch_why(&c.out)),
            f(
                FieldId::OutgoingAuth,
                crate::ltr!("guide-authentication"),
                if c.outgoing_auth_needed() {
                    crate::ltr!("guide-password")
                } else {
                    crate::ltr!("guide-none")
                },
            ),
            port_field(
                FieldId::OutgoingPort,
                crate::ltr!("guide-iphone-server-port"),
                &c.out,
            )
            .why_opt(c.switch_port_why(&c.out, c.out_swapped))
            .note(crate::ltr!(
                "guide-iphone-port-may-be-guessed",
                port = &c.out.port
            ))
            .unconfirmed(apple_spelling),
        ],
        Some(crate::ltr!("guide-iphone-press-done")),
    ));
    screens
}

/// iPhone, §5: the advanced incoming settings and the outgoing server (SMTP) screens.
fn iphone_advanced(c: &Ctx<'_>, apple_spelling: &LangText, screens: &mut Vec<Screen>) {
    let inc = c.inc();
    let mut adv = vec![
        f(
            FieldId::IncomingSecurity,
            crate::ltr!("guide-iphone-use-ssl"),
            c.switch_value(inc),
        )
        .why(c.switch_why(inc)),
        f(
            FieldId::IncomingAuth,
            crate::ltr!("guide-authentication"),
            crate::ltr!("guide-password"),
        ),
        f(
            FieldId::IncomingPort,
            crate::ltr!("guide-iphone-server-port"),
            same(inc.port.to_string()),
        )
        .why_opt(c.switch_port_why(inc, c.inc_swapped))
        .unconfirmed(apple_spelling.clone()),
    ];
    if c.pop() {
        adv.push(
            f(
                FieldId::DeleteFromServer,
                crate::ltr!("guide-iphone-delete-from-server"),
                crate::ltr!("guide-iphone-seven-days"),
            )
            .why(crate::ltr!(
                "guide-iphone-seven-days-why",
                days_from = if c.input.keep_on_server_days.is_some() {
                    "provider"
                } else {
                    "guideline"
                },
                days = c.keep_days(),
            ))
            .unconfirmed(crate::ltr!("guide-iphone-apple-wording-unconfirmed")),
        );
    }
    screens.push(screen(
        crate::ltr!("guide-iphone-advanced-incoming-settings"),
        Some(crate::ltr!(
            "guide-iphone-mail-accounts-this-account-account"
        )),
        adv,
        None,
    ));
}

// ---- §6 Android Gmail app -------------------------------------------------------------------

fn android_gmail(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(crate::ltr!("guide-android-gmail-wording-from-email-app"));
    let sec_why = crate::ltr!("guide-android-gmail-never-choose-an-accept-all");
    let mut incoming = vec![
        c.username(
            FieldId::IncomingUsername,
            crate::ltr!("guide-username"),
            inc,
        ),
        c.password(FieldId::Password, crate::ltr!("guide-password")),
        f(
            FieldId::IncomingHost,
            crate::ltr!("guide-android-gmail-server"),
            same(&inc.host),
        ),
        port_field(FieldId::IncomingPort, crate::ltr!("guide-port"), inc),
        security_field(
            c,
            FieldId::IncomingSecurity,
            crate::ltr!("guide-android-gmail-security-type"),
            inc,
        )
        .why(sec_why.clone()),
    ];
    if c.pop() {
        incoming.push(
            f(
                FieldId::DeleteFromServer,
                crate::ltr!("guide-android-gmail-delete-email-from-server"),
                crate::ltr!("guide-android-gmail-never"),
            )
            .why(crate::ltr!(
                "guide-android-gmail-deleting-on-the-phone-leaves",
                keep_days = &c.keep_days()
            )),
        );
    }
    let mut options = vec![];
    if !c.pop() {
        options.push(
            f(
                FieldId::SyncPeriod,
                crate::ltr!("guide-android-gmail-sync-emails-from-label"),
                crate::ltr!("guide-android-gmail-automatic"),
            )
            .why(crate::ltr!("guide-android-gmail-if-older-mail-is-missing"))
            .note(crate::ltr!("guide-android-gmail-shown-for-imap-only"))
            .unconfirmed(crate::ltr!("guide-android-gmail-wording-not-confirmed")),
        );
    }
    vec![
        screen(
            crate::ltr!("guide-android-gmail-add-another-account"),
            Some(crate::ltr!(
                "guide-android-gmail-gmail-app-account-picture-top"
            )),
            vec![
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-email-address"),
                    same(&c.input.address),
                ),
                f(
                    FieldId::ManualSetup,
                    crate::ltr!("guide-android-gmail-manual-setup"),
                    crate::ltr!("guide-android-gmail-press-it"),
                )
                .why(crate::ltr!("guide-android-gmail-manual-setup-why")),
            ],
            None,
        ),
        screen(
            crate::ltr!("guide-account-type"),
            None,
            vec![{
                let fl = f(
                    FieldId::AccountType,
                    crate::ltr!("guide-android-gmail-personal-pop3-personal-imap"),
                    if c.pop() {
                        crate::ltr!("guide-android-gmail-personal-pop3")
                    } else {
                        crate::ltr!("guide-android-gmail-personal-imap")
                    },
                );
                if c.pop() {
                    fl.note(crate::ltr!("guide-android-gmail-pop3-offer-unconfirmed"))
                } else {
                    fl
                }
            }],
            None,
        ),
        screen(
            crate::ltr!("guide-android-gmail-incoming-server-settings"),
            None,
            incoming,
            Some(crate::ltr!("guide-press-next")),
        ),
        screen(
            crate::ltr!("guide-android-gmail-outgoing-server-settings"),
            None,
            vec![
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-android-gmail-smtp-server"),
                    same(&c.out.host),
                ),
                port_field(FieldId::OutgoingPort, crate::ltr!("guide-port"), &c.out),
                security_field(
                    c,
                    FieldId::OutgoingSecurity,
                    crate::ltr!("guide-android-gmail-security-type"),
                    &c.out,
                )
                .why(sec_why),
                f(
                    FieldId::OutgoingAuthRequired,
                    crate::ltr!("guide-android-gmail-require-signin"),
                    if c.outgoing_auth_needed() {
                        tick()
                    } else {
                        untick()
                    },
                ),
                c.username(
                    FieldId::OutgoingUsername,
                    crate::ltr!("guide-username"),
                    &c.out,
                ),
                c.password(FieldId::OutgoingPassword, crate::ltr!("guide-password")),
            ],
            Some(crate::ltr!("guide-press-next")),
        ),
        screen(
            crate::ltr!("guide-android-gmail-account-options"),
            None,
            options,
            Some(crate::ltr!("guide-android-gmail-press-next-account-set-up")),
        ),
    ]
}

// ---- §7 Gmail on the web --------------------------------------------------------------------

fn gmail_web(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    notices.push(crate::ltr!(
        "guide-gmail-web-gmail-ended-pop-fetching-check"
    ));
    notices.push(crate::ltr!(
        "guide-gmail-web-forwarding-plus-adding-the-same"
    ));
    let itscom = c.input.provider_id.as_deref() == Some("itscom");
    let url = |u: &Option<String>| match u {
        Some(u) => crate::ltr!("guide-gmail-web-url-in-brackets", url = &u),
        None => LangText::default(),
    };
    let mgmt = if itscom {
        let u = url(&c.input.management_url);
        crate::ltr!("guide-gmail-web-forwarding-open-itscom", url_text = &u)
    } else {
        match &c.input.management_url {
            Some(_) => {
                let u = url(&c.input.management_url);
                crate::ltr!("guide-gmail-web-forwarding-open-provider", url_text = &u)
            }
            None => crate::ltr!("guide-gmail-web-forwarding-open-provider-no-url"),
        }
    };
    let words = |fl: Field| -> Field {
        if itscom {
            fl
        } else {
            fl.unconfirmed(crate::ltr!("guide-gmail-web-forwarding-wording-differs"))
        }
    };
    let sec = gmail_web_security_field(c);
    let mut screens = vec![
        screen(
            crate::ltr!("guide-gmail-web-provider-side-forward-to-gmail"),
            Some(mgmt),
            vec![
                words(f(
                    FieldId::ForwardTo,
                    crate::ltr!("guide-gmail-web-forwarding-address"),
                    crate::ltr!("guide-gmail-web-your-gmail-address"),
                )),
                f(
                    FieldId::ForwardKeepCopy,
                    crate::ltr!("guide-gmail-web-keep-do-not-keep-forwarded"),
                    crate::ltr!("guide-gmail-web-keep"),
                )
                .why(crate::ltr!(
                    "guide-gmail-web-keep-copy-why",
                    keep_days = &c.keep_days()
                ))
                .unconfirmed(crate::ltr!("guide-gmail-web-keep-copy-wording-unconfirmed")),
            ],
            Some(crate::ltr!("guide-gmail-web-save-then-send-a-test")),
        ),
        screen(
            crate::ltr!("guide-gmail-web-gmail-add-another-email-address"),
            Some(crate::ltr!(
                "guide-gmail-web-gear-see-all-settings-accounts"
            )),
            vec![
                f(
                    FieldId::DisplayName,
                    crate::ltr!("guide-name"),
                    crate::ltr!("guide-your-name-shown-to-recipients"),
                ),
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-email-address"),
                    same(&c.input.address),
                ),
                f(
                    FieldId::TreatAsAlias,
                    crate::ltr!("guide-gmail-web-treat-as-an-alias"),
                    untick(),
                )
                .why(crate::ltr!("guide-gmail-web-not-an-alias-why")),
            ],
            Some(crate::ltr!("guide-gmail-web-press-next-step")),
        ),
        screen(
            crate::ltr!("guide-gmail-web-gmail-send-through-smtp-server"),
            None,
            vec![
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-gmail-web-smtp-server"),
                    same(&c.out.host),
                ),
                port_field(FieldId::OutgoingPort, crate::ltr!("guide-port"), &c.out),
                c.username(
                    FieldId::OutgoingUsername,
                    crate::ltr!("guide-username"),
                    &c.out,
                ),
                c.password(FieldId::OutgoingPassword, crate::ltr!("guide-password")),
                sec.note(crate::ltr!(
                    "guide-gmail-web-recommended-suffix-unconfirmed"
                )),
            ],
            Some(crate::ltr!("guide-gmail-web-press-add-account")),
        ),
        screen(
            crate::ltr!("guide-gmail-web-gmail-confirmation-code"),
            None,
            vec![f(
                FieldId::ConfirmationCode,
                crate::ltr!("guide-gmail-web-confirmation-code"),
                crate::ltr!("guide-gmail-web-the-number-in-the-message"),
            )
            .why(crate::ltr!(
                "guide-gmail-web-google-checks-that-the-address"
            ))],
            Some(crate::ltr!("guide-gmail-web-press-verify-you-can-now")),
        ),
    ];
    if !c.out_known {
        screens.truncate(1);
        notices.push(crate::ltr!(
            "guide-gmail-web-the-provider-s-outgoing-server"
        ));
    }
    screens
}

/// Gmail on the web, "Send mail as": the encryption choice for the provider's outgoing server.
fn gmail_web_security_field(c: &Ctx<'_>) -> Field {
    let (sec_label_value, sec_why) = match c.out.security {
        Security::Tls => (
            crate::ltr!("guide-gmail-web-secured-connection-using-ssl"),
            crate::ltr!("guide-gmail-web-ssl-why", port = &c.out.port),
        ),
        _ => (
            crate::ltr!("guide-gmail-web-secured-connection-using-tls-recommended"),
            crate::ltr!("guide-gmail-web-starttls-why", port = &c.out.port),
        ),
    };
    let mut sec = f(
        FieldId::OutgoingSecurity,
        crate::ltr!("guide-gmail-web-secured-connection"),
        sec_label_value,
    )
    .why(sec_why);
    if c.out.security == Security::None {
        sec = sec.note(crate::ltr!("guide-gmail-web-no-encryption"));
    }
    sec
}

// ---- §8 Thunderbird -------------------------------------------------------------------------

fn tb_auth(a: Authentication) -> LangText {
    match a {
        Authentication::PasswordCleartext => crate::ltr!("guide-tb-auth-normal-password"),
        Authentication::PasswordEncrypted => crate::ltr!("guide-tb-auth-encrypted-password"),
        Authentication::OAuth2 => crate::ltr!("guide-tb-auth-oauth2"),
        Authentication::None | Authentication::ClientIpAddress | Authentication::SmtpAfterPop => {
            crate::ltr!("guide-tb-auth-no-authentication")
        }
    }
}

fn thunderbird(c: &Ctx<'_>, notices: &mut Vec<LangText>) -> Vec<Screen> {
    let inc = c.inc();
    notices.push(crate::ltr!(
        "guide-thunderbird-newer-thunderbird-versions-may-add"
    ));
    let port_why = crate::ltr!("guide-thunderbird-port-zero-autodetect");
    let mut screens = vec![
        screen(
            crate::ltr!("guide-thunderbird-set-up-your-existing-email"),
            Some(crate::ltr!("guide-thunderbird-on-first-start-or-account")),
            vec![
                f(
                    FieldId::DisplayName,
                    crate::ltr!("guide-thunderbird-your-full-name"),
                    crate::ltr!("guide-your-name-shown-to-recipients"),
                ),
                f(
                    FieldId::EmailAddress,
                    crate::ltr!("guide-email-address"),
                    same(&c.input.address),
                ),
                c.password(FieldId::Password, crate::ltr!("guide-password")),
            ],
            Some(crate::ltr!("guide-thunderbird-press-configure-manually")),
        ),
        screen(
            crate::ltr!("guide-thunderbird-manual-configuration-incoming-server"),
            None,
            vec![
                f(
                    FieldId::AccountType,
                    crate::ltr!("guide-thunderbird-protocol"),
                    if c.pop() {
                        crate::ltr!("guide-pop3")
                    } else {
                        crate::ltr!("guide-imap")
                    },
                ),
                f(
                    FieldId::IncomingHost,
                    crate::ltr!("guide-thunderbird-hostname"),
                    same(&inc.host),
                ),
                f(
                    FieldId::IncomingPort,
                    crate::ltr!("guide-thunderbird-port"),
                    same(inc.port.to_string()),
                )
                .why(port_why.clone()),
                security_field(
                    c,
                    FieldId::IncomingSecurity,
                    crate::ltr!("guide-thunderbird-connection-security"),
                    inc,
                ),
                f(
                    FieldId::IncomingAuth,
                    crate::ltr!("guide-thunderbird-authentication-method"),
                    tb_auth(inc.authentication),
                ),
                c.username(
                    FieldId::IncomingUsername,
                    crate::ltr!("guide-thunderbird-username"),
                    inc,
                ),
            ],
            None,
        ),
        screen(
            crate::ltr!("guide-thunderbird-manual-configuration-outgoing-server"),
            None,
            vec![
                f(
                    FieldId::OutgoingHost,
                    crate::ltr!("guide-thunderbird-hostname"),
                    same(&c.out.host),
                ),
                port_field(
                    FieldId::OutgoingPort,
                    crate::ltr!("guide-thunderbird-port"),
                    &c.out,
                ),
                security_field(
                    c,
                    FieldId::OutgoingSecurity,
                    crate::ltr!("guide-thunderbird-connection-security"),
                    &c.out,
                ),
                f(
                    FieldId::OutgoingAuth,
                    crate::ltr!("guide-thunderbird-authentication-method"),
                    tb_auth(c.out.authentication),
                ),
                c.username(
                    FieldId::OutgoingUsername,
                    crate::ltr!("guide-thunderbird-username"),
                    &c.out,
                ),
            ],
            Some(crate::ltr!("guide-thunderbird-press-re-test-then-done")),
        ),
    ];
    if c.pop() {
        let d = c.keep_days();
        screens.push(screen(
            crate::ltr!("guide-thunderbird-server-settings-pop"),
            Some(crate::ltr!("guide-thunderbird-server-settings-open")),
            vec![
                f(
                    FieldId::LeaveOnServer,
                    crate::ltr!("guide-thunderbird-leave-messages-on-server"),
                    tick(),
                )
                .why(crate::ltr!("guide-leave-on-server-why")),
                f(
                    FieldId::DeleteAfterDays,
                    crate::ltr!("guide-thunderbird-for-at-most-days"),
                    crate::ltr!("guide-thunderbird-ticked-days", days = &d),
                )
                .why(c.keep_days_why()),
            ],
            Some(crate::ltr!("guide-thunderbird-press-ok")),
        ));
    }
    screens
}
