//! What to do, per situation: the new-device checklist, POP or IMAP from three questions, and the
//! ordered step lists for "can't receive", "can't send" and "read it in Gmail" that complement the
//! findings (the findings say what the check found; these steps say what a person checks by
//! hand, in the order a careful support engineer would).
//!
//! Pure: no I/O.

use crate::guide::{self, ClientId, FieldId, GuideInput, LangText};
use crate::model::{FindingId, Protocol, Recommended, Report, Situation};
use serde::{Deserialize, Serialize};

fn t(ja: impl Into<String>, en: impl Into<String>) -> LangText {
    LangText::new(ja, en)
}

/// Provider facts and settings the steps mention.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SituationContext {
    pub address: String,
    pub provider_id: Option<String>,
    pub provider_name: Option<LangText>,
    pub password_name: Option<LangText>,
    /// Where the person finds the mail password (provider data).
    #[serde(default)]
    pub password_written_on: Option<LangText>,
    pub webmail_url: Option<String>,
    pub management_url: Option<String>,
    pub password_reset_url: Option<String>,
    pub keep_on_server_days: Option<u32>,
    /// IMAP needs a (paid) option at this provider.
    pub imap_paid_option: bool,
    pub recommended: Recommended,
}

impl SituationContext {
    /// What is known before any check: the address and the bundled provider facts.
    pub fn for_address(address: &str) -> SituationContext {
        SituationContext::build(
            address,
            guide::provider_for(address),
            None,
            Recommended::default(),
        )
    }

    pub fn from_report(r: &Report) -> SituationContext {
        SituationContext::build(
            &r.address,
            guide::provider_of_report(r),
            r.provider.as_ref().map(|p| p.id.clone()),
            r.recommended.clone(),
        )
    }

    fn build(
        address: &str,
        p: Option<&crate::provider::Provider>,
        report_provider_id: Option<String>,
        recommended: Recommended,
    ) -> SituationContext {
        let domain = address
            .rsplit_once('@')
            .map(|(_, d)| d.to_ascii_lowercase())
            .unwrap_or_default();
        SituationContext {
            address: address.to_string(),
            provider_id: report_provider_id.or_else(|| p.map(|p| p.id.clone())),
            provider_name: p.map(|p| guide::text_of(&p.name)),
            password_name: p
                .and_then(|p| p.password_for(&domain).map(|pw| guide::text_of(&pw.name))),
            password_written_on: p.and_then(|p| {
                p.password_for(&domain)
                    .and_then(|pw| pw.written_on.as_ref().map(guide::text_of))
            }),
            webmail_url: p.and_then(|p| p.webmail_url().map(str::to_string)),
            management_url: p.and_then(|p| p.management_url_for(&domain).map(str::to_string)),
            password_reset_url: p.and_then(|p| p.password_reset_url().map(str::to_string)),
            keep_on_server_days: p.and_then(|p| p.keep_on_server_days()),
            imap_paid_option: p.map(|p| p.imap_is_paid_option()).unwrap_or(false),
            recommended,
        }
    }

    /// iTSCOM addresses (the seed manual describes their management page's screens).
    fn is_itscom(&self) -> bool {
        self.provider_id.as_deref() == Some("itscom")
    }

    /// The provider's management page for this address (from the bundled data).
    fn management(&self) -> Option<String> {
        self.management_url.clone()
    }

    pub fn keep_days(&self) -> u32 {
        self.keep_on_server_days.unwrap_or(guide::DEFAULT_KEEP_DAYS)
    }
}

/// Step ids (JSON, UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    HaveAddress,
    HavePassword,
    CheckOldDevice,
    SaveOldPopMail,
    ChooseProtocol,
    TestAfterSetup,
    WebmailFirst,
    PasswordAndLock,
    Quota,
    JunkFolder,
    OtherDevicePop,
    PhoneSyncPeriod,
    ProviderFilters,
    PortSecurity,
    Port25Blocked,
    OutgoingAuth,
    SecuritySoftware,
    OtherNetwork,
    MacOtherSmtp,
    GmailPopEnded,
    GmailForwarding,
    GmailAppImap,
    GmailSendAs,
    GmailDuplicatesLoops,
    GmailSpamFolder,
}

/// One thing to check or do, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub text: LangText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Fields in the mail app this step is about.
    #[serde(default)]
    pub fields: Vec<FieldId>,
    /// Findings this step helps with.
    #[serde(default)]
    pub findings: Vec<FindingId>,
}

fn step(id: StepId, text: LangText) -> Step {
    Step {
        id,
        text,
        link: None,
        fields: Vec::new(),
        findings: Vec::new(),
    }
}

impl Step {
    fn link(mut self, l: Option<String>) -> Step {
        self.link = l;
        self
    }
    fn fields(mut self, f: &[FieldId]) -> Step {
        self.fields = f.to_vec();
        self
    }
    fn findings(mut self, f: &[FindingId]) -> Step {
        self.findings = f.to_vec();
        self
    }
}

/// The ordered steps for a situation.
pub fn steps(situation: Situation, ctx: &SituationContext) -> Vec<Step> {
    match situation {
        Situation::NewDevice => new_device_checklist(ctx),
        Situation::CantReceive => cant_receive(ctx),
        Situation::CantSend => cant_send(ctx),
        Situation::Gmail => gmail(ctx),
    }
}

/// What to have ready before setting up a new PC or phone.
pub fn new_device_checklist(ctx: &SituationContext) -> Vec<Step> {
    let pname = match &ctx.password_name {
        Some(n) => t(format!("（{}）", n.ja), format!(" (\"{}\")", n.en)),
        None => t("", ""),
    };
    let where_ = match &ctx.password_written_on {
        Some(w) => w.clone(),
        None => t(
            "分からないときは、契約したときの書類を見るか、プロバイダーの会員ページで設定し直します。",
            "If you do not know it, look at the papers from when you signed up, or set a new one on the provider's member page.",
        ),
    };
    vec![
        step(
            StepId::HaveAddress,
            t(
                format!("メールアドレスを、@ より後ろまで1文字も違わずに控えておきます（{}）。", ctx.address),
                format!("Write down the full address, including the part after @ ({}).", ctx.address),
            ),
        )
        .fields(&[FieldId::EmailAddress]),
        step(
            StepId::HavePassword,
            t(
                format!(
                    "メールのパスワード{}を用意します。パソコンやスマートフォン（Apple アカウント、Google アカウント）のパスワードや、プロバイダーのホームページに入るためのユーザーIDとそのパスワードとは別のものです。{}",
                    pname.ja, where_.ja
                ),
                format!(
                    "Have the mail password{} ready. It is not the password of your computer or phone (Apple Account, Google account), and not the user ID or password of the provider's web pages. {}",
                    pname.en, where_.en
                ),
            ),
        )
        .link(ctx.password_reset_url.clone())
        .fields(&[FieldId::Password])
        .findings(&[FindingId::PasswordRejected, FindingId::AppPasswordRequired]),
        step(
            StepId::CheckOldDevice,
            t(
                "今までの機器が POP と IMAP のどちらで受け取っていたかを確かめます。パソコン1台だけで読んでいたなら POP、パソコンとスマートフォンで同じ受信トレイが見えていたなら IMAP のことが多いです。",
                "Find out whether the old device used POP or IMAP. Reading on one computer only usually means POP; the same inbox on computer and phone usually means IMAP.",
            ),
        )
        .fields(&[FieldId::AccountType]),
        step(
            StepId::SaveOldPopMail,
            t(
                "今までのパソコンが POP なら、これまでのメールはそのパソコンの中にしかないことがあります。古いパソコンを手放す前に、メールを保存するか新しい機器へ移します。",
                "If the old computer used POP, your past mail may exist only on that computer. Save it or move it before you give the old computer away.",
            ),
        )
        .findings(&[FindingId::MailboxEmptyPop]),
        step(
            StepId::ChooseProtocol,
            t(
                "POP にするか IMAP にするかは、三つの質問（何台の機器で読むか、1台のパソコンに全部を残したいか、どこでメールを管理したいか）で決めます。",
                "Choose POP or IMAP from three questions: how many devices read this mail, whether one computer must keep everything, and where you want to manage it.",
            ),
        )
        .fields(&[FieldId::AccountType, FieldId::LeaveOnServer, FieldId::DeleteAfterDays])
        .findings(&[FindingId::ImapNotEnabled]),
        step(
            StepId::TestAfterSetup,
            t(
                "設定が終わったら、自分のアドレスあてにメールを1通送り、送れることと届くことを確かめます。",
                "When you are done, send one message to your own address and check that it goes out and comes in.",
            ),
        ),
    ]
}

fn cant_receive(ctx: &SituationContext) -> Vec<Step> {
    let webmail = match &ctx.webmail_url {
        Some(u) => t(format!("（{u}）"), format!(" ({u})")),
        None => t("", ""),
    };
    let filters = if ctx.is_itscom() && ctx.management().is_some() {
        let url = ctx.management();
        let where_ = match &url {
            Some(u) => t(format!("（{u}）"), format!(" ({u})")),
            None => t("", ""),
        };
        t(
            format!(
                "iTSCOM の「メールアカウント管理ページ」{}にログインし、「メールアカウント情報参照」の画面で次の欄を見ます。「転送設定」：転送していて、転送したメールを「残さない」になっていないか。「受信拒否設定」：知っている人のアドレスや件名が入っていないか。「迷惑メールスキャン設定」：迷惑メールの隔離がオンになっていないか。拒否や隔離されたメールは「どこでもメール」の迷惑メールフォルダーに7日間だけ残ります。",
                where_.ja
            ),
            format!(
                "Log in to iTSCOM's mail account management page{} and on the account information screen check: forwarding (is it forwarding and set not to keep a copy?), reject settings (is a known sender or subject listed?), spam scan (is quarantine on?). Rejected or quarantined mail stays in the spam folder of どこでもメール (webmail) for 7 days only.",
                where_.en
            ),
        )
    } else {
        t(
            "プロバイダーの会員ページで、受信拒否や迷惑メールの設定と、転送の設定を確かめます。転送で「元のメールボックスに残さない」になっていると、メールは転送先にしか届きません。",
            "On the provider's member page, check the reject/spam settings and forwarding. If forwarding is set not to keep a copy, mail only reaches the forwarding address.",
        )
    };
    vec![
        step(
            StepId::WebmailFirst,
            t(
                format!(
                    "まず、プロバイダーの Webメール{}にログインして、メールがサーバーに届いているか確かめます。Webメールにあれば、原因はパソコンやスマートフォンの側です。Webメールにもなければ、届く前の段階（送った人、迷惑メールや転送の設定）を調べます。Webメールにログインできなければ、パスワードが違うか、ロックされています。",
                    webmail.ja
                ),
                format!(
                    "First log in to the provider's webmail{} and see whether the mail reached the server. If it is there, the cause is on the computer or phone. If not, look before delivery (the sender, spam and forwarding settings). If you cannot log in, the password is wrong or locked.",
                    webmail.en
                ),
            ),
        )
        .link(ctx.webmail_url.clone())
        .findings(&[FindingId::PasswordRejected, FindingId::MailboxEmptyPop, FindingId::AllOk]),
        step(
            StepId::PasswordAndLock,
            t(
                "最近パスワードを変えなかったか、何度も間違えて入れなかったかを思い出します。何度も間違えると、しばらくログインできなくなることがあります。時間をおいてから、正しいパスワードを一度だけ入れ直します。パスワードを変えたときは、すべての機器で入れ直します。",
                "Did you change the password recently, or type it wrong several times? Repeated failures can lock the account for a while. Wait, then enter the right password once. After a change, update it on every device.",
            ),
        )
        .link(ctx.password_reset_url.clone())
        .fields(&[FieldId::Password, FieldId::IncomingPassword])
        .findings(&[FindingId::PasswordRejected, FindingId::LoginAttemptsCapped, FindingId::UsernameFormat]),
        step(
            StepId::Quota,
            t(
                "メールボックスの容量がいっぱいだと、新しいメールは届かずに送った人へ戻ります。Webメールで、古いメールや大きな添付ファイルの付いたメールを消します（ごみ箱も空にします）。",
                "When the mailbox is full, new mail bounces back to the sender. In webmail, delete old mail and mail with large attachments (and empty the trash).",
            ),
        )
        .link(ctx.webmail_url.clone())
        .fields(&[FieldId::DeleteAfterDays])
        .findings(&[FindingId::QuotaFull, FindingId::QuotaNearlyFull]),
        step(
            StepId::JunkFolder,
            t(
                "「迷惑メール」のフォルダーに入っていないか見ます。アプリでは受信トレイしか見ていないことがよくあります。",
                "Look in the junk (spam) folder: apps often show only the inbox.",
            ),
        )
        .findings(&[FindingId::JunkHasMail]),
        step(
            StepId::OtherDevicePop,
            t(
                "ほかのパソコンやスマートフォンが POP で受け取り、サーバーに残さない設定になっていると、そちらが先にメールを持っていってしまいます。ほかの機器で「サーバーにメッセージのコピーを置く」（アプリによって言葉は違います）がオンか確かめます。",
                "If another computer or phone gets the mail by POP without leaving a copy on the server, it takes the mail first. On the other devices, check that \"leave a copy on the server\" (wording varies by app) is on.",
            ),
        )
        .fields(&[FieldId::LeaveOnServer, FieldId::DeleteAfterDays, FieldId::DeleteFromServer])
        .findings(&[FindingId::MailboxEmptyPop]),
        step(
            StepId::PhoneSyncPeriod,
            t(
                "スマートフォンでは、最近の数日分しか表示しない設定になっていることがあります。メールの設定で、同期する期間を長くします。",
                "Phones may show only the last few days. In the mail settings, make the sync period longer.",
            ),
        )
        .fields(&[FieldId::SyncPeriod]),
        step(StepId::ProviderFilters, filters)
            .link(ctx.management())
            .fields(&[FieldId::ForwardKeepCopy])
            .findings(&[FindingId::MailboxEmptyPop, FindingId::JunkHasMail]),
    ]
}

fn cant_send(ctx: &SituationContext) -> Vec<Step> {
    let rec = ctx.recommended.outgoing.as_ref();
    let want = match rec {
        Some(o) => {
            let s = guide::security_name(o.security);
            t(
                format!(
                    "このアドレスのおすすめは、{} の{}番・{} です。",
                    o.host, o.port, s.ja
                ),
                format!(
                    "For this address use {} port {} with {}.",
                    o.host, o.port, s.en
                ),
            )
        }
        None => t("", ""),
    };
    // The management page's steps come from the manual for ms246.net / mgl.246.ne.jp only; other
    // iTSCOM addresses (itscom.net…) switch overseas sending on in マイページ (iTSCOM's notice of
    // 2020-01-14).
    let abroad = if ctx.is_itscom() && ctx.management().is_none() {
        t(
            "iTSCOM のアドレスは、日本の外からの送信が制限されています。iTSCOM の「マイページ」で「海外からのメール送信」をオンにすると、1週間送信できます（期限はマイページに表示されます）。受信には制限はありません。海外では「どこでもメール」から送る方法もあります。",
            "iTSCOM addresses cannot send from outside Japan. Switch on 「海外からのメール送信」 (sending from abroad) in iTSCOM's マイページ to send for one week (the end date is shown there). Receiving is not restricted. Abroad you can also send from どこでもメール (webmail).",
        )
    } else if ctx.is_itscom() {
        let where_ = match ctx.management() {
            Some(u) => t(format!("（{u}）"), format!(" ({u})")),
            None => t("", ""),
        };
        t(
            format!(
                "iTSCOM のアドレスは、日本の外からの送信が制限されています。「メールアカウント管理ページ」{}の「メールアカウント情報参照」の画面で「国外からのメール送信制限設定」を開き、制限を解除します。解除は最大1週間の一時的なもので、画面に出る日時まで有効です。受信には制限はありません。海外では「どこでもメール」から送る方法もあります。",
                where_.ja
            ),
            format!(
                "iTSCOM addresses cannot send from outside Japan. On the mail account management page{}, open the overseas sending restriction on the account information screen and lift it; it stays lifted for up to one week, until the date shown. Receiving is not restricted. Abroad you can also send from どこでもメール (webmail).",
                where_.en
            ),
        )
    } else {
        t(
            "家では送れるのに外出先や旅行先で送れないときは、その場所の回線の制限か、プロバイダーの海外からの送信制限が原因のことがあります。プロバイダーの案内を確かめます。",
            "If sending works at home but not elsewhere or abroad, the local network or the provider's overseas restriction may block it. Check the provider's notices.",
        )
    };
    vec![
        step(
            StepId::PortSecurity,
            t(
                format!(
                    "送信ポートと暗号化の組み合わせを確かめます。465番なら SSL/TLS、587番なら STARTTLS です。どちらか一つでも違うと送れません。{}",
                    want.ja
                ),
                format!(
                    "Check the pair of outgoing port and encryption: 465 goes with SSL/TLS, 587 with STARTTLS. If either is wrong, sending fails. {}",
                    want.en
                ),
            ),
        )
        .fields(&[FieldId::OutgoingPort, FieldId::OutgoingSecurity])
        .findings(&[FindingId::StarttlsMissing, FindingId::PlaintextOnly, FindingId::NoOutgoing]),
        step(
            StepId::Port25Blocked,
            t(
                "送信ポートが25番になっていたら、587番（または465番）に変えます。多くのプロバイダーは迷惑メール対策のため、25番での送信を止めています（OP25B）。",
                "If the outgoing port is 25, change it to 587 (or 465). Many providers block sending on port 25 against spam (OP25B).",
            ),
        )
        .fields(&[FieldId::OutgoingPort])
        .findings(&[FindingId::SmtpPort25Blocked, FindingId::NetworkBlocked]),
        step(
            StepId::OutgoingAuth,
            t(
                "「送信サーバーは認証が必要」にあたる設定がオンか、送信用のパスワードが古いままになっていないかを確かめます。パスワードを変えたときは、受信と送信の両方を入れ直します。",
                "Check that \"outgoing server requires authentication\" (or its equivalent) is on and that the outgoing password is not an old one. After a password change, update both incoming and outgoing.",
            ),
        )
        .fields(&[FieldId::OutgoingAuthRequired, FieldId::OutgoingSameAsIncoming, FieldId::OutgoingUsername, FieldId::OutgoingPassword])
        .findings(&[FindingId::PasswordRejected, FindingId::UsernameFormat]),
        step(
            StepId::SecuritySoftware,
            t(
                "ウイルス対策ソフトの「メールの保護」や「メールのスキャン」などの機能が、送信を邪魔したり設定を書き換えたりすることがあります。その機能だけをいったん止めて試し、試したあとは必ず元に戻します。",
                "Antivirus features such as \"mail protection\" or \"mail scanning\" can block sending or rewrite settings. Turn off only that feature to test, and turn it back on afterwards.",
            ),
        )
        .findings(&[FindingId::TlsIntercepted, FindingId::TlsCertificateInvalid]),
        step(StepId::OtherNetwork, abroad)
            .link(if ctx.is_itscom() { ctx.management() } else { None })
            .findings(&[FindingId::NetworkBlocked, FindingId::ServerUnreachable]),
        step(
            StepId::MacOtherSmtp,
            t(
                "Mac の「メール」では、別のアカウントの送信サーバーが選ばれていることがあります。「メール」→「設定…」→「アカウント」→「サーバ設定」の「送信用メールサーバ（SMTP）」で、このアカウント自身のサーバーを選びます。",
                "Mail on Mac may use another account's outgoing server. In Mail › Settings… › Accounts › Server Settings, choose this account's own outgoing (SMTP) server.",
            ),
        )
        .fields(&[FieldId::OutgoingServerChoice]),
    ]
}

fn gmail(ctx: &SituationContext) -> Vec<Step> {
    let out = ctx.recommended.outgoing.as_ref();
    let send_as = match out {
        Some(o) => t(
            format!(
                "Gmail から送るときの差出人をこのアドレスにするには、Gmail の「他のメールアドレスを追加」で、プロバイダーの送信サーバー（{}、{}番）を設定します。",
                o.host, o.port
            ),
            format!(
                "To send from this address in Gmail, use \"Add another email address\" with the provider's outgoing server ({}, port {}).",
                o.host, o.port
            ),
        ),
        None => t(
            "Gmail から送るときの差出人をこのアドレスにするには、Gmail の「他のメールアドレスを追加」で、プロバイダーの送信サーバーを設定します。",
            "To send from this address in Gmail, use \"Add another email address\" with the provider's outgoing server.",
        ),
    };
    vec![
        step(
            StepId::GmailPopEnded,
            t(
                "Gmail は2026年に、ほかのメールを POP で取り込む機能（「他のアカウントのメールを確認」）をやめました。これまでの取り込みは止まっています。すでに取り込んだメールは消えません。",
                "Gmail ended POP fetching (\"Check mail from other accounts\") in 2026, so fetching has stopped. Mail already imported stays.",
            ),
        )
        .findings(&[FindingId::GmailPopFetchEnded]),
        step(
            StepId::GmailForwarding,
            t(
                "プロバイダーの会員ページで、Gmail のアドレスへの自動転送を設定します。転送したメールを「残す」にすると、ほかのアプリや Webメールでも読めますが、容量がいっぱいにならないよう気をつけます。「残さない」にすると Gmail にしか残りません。",
                "On the provider's member page, forward mail to your Gmail address. \"Keep a copy\" lets other apps and webmail read it too, but watch the mailbox size; \"do not keep\" leaves it only in Gmail.",
            ),
        )
        .link(ctx.management())
        .fields(&[FieldId::ForwardTo, FieldId::ForwardKeepCopy])
        .findings(&[FindingId::GmailPopFetchEnded]),
        step(
            StepId::GmailAppImap,
            t(
                "スマートフォンでは、Gmail アプリにこのアドレスを IMAP で追加する方法もあります（パソコンのブラウザーの Gmail には表示されません）。",
                "On a phone you can instead add this address to the Gmail app by IMAP (it does not appear in Gmail on the web).",
            ),
        )
        .fields(&[FieldId::AccountType])
        .findings(&[FindingId::GmailPopFetchEnded, FindingId::ImapNotEnabled]),
        step(StepId::GmailSendAs, send_as)
            .fields(&[FieldId::OutgoingHost, FieldId::OutgoingPort, FieldId::OutgoingSecurity, FieldId::OutgoingUsername])
            .findings(&[FindingId::NoOutgoing, FindingId::SmtpPort25Blocked]),
        step(
            StepId::GmailDuplicatesLoops,
            t(
                "転送と、Gmail アプリでの追加を両方すると、同じメールが2通ずつ届きます。また、Gmail からこのアドレスへ転送し返すと、メールが行ったり来たりして止まらなくなります。方法は一つにします。",
                "Forwarding plus adding the account in the Gmail app gives two copies of every message; forwarding back from Gmail to this address makes mail loop. Use one way only.",
            ),
        ),
        step(
            StepId::GmailSpamFolder,
            t(
                "転送されたメールは、Gmail で迷惑メールと判断されることがあります。しばらくは Gmail の「迷惑メール」も見てください。",
                "Gmail may mark forwarded mail as spam: look in Gmail's Spam folder for a while.",
            ),
        )
        .findings(&[FindingId::JunkHasMail]),
    ]
}

// ---- POP or IMAP ------------------------------------------------------------------------------

/// Where the person wants to manage the mail.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ManageWhere {
    /// On one computer, which keeps the mail.
    OnePc,
    /// On the server, the same on every device.
    Anywhere,
    NotSure,
}

/// The three questions.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questions {
    /// How many devices read this mail (computers, phones, tablets).
    pub devices: u32,
    /// Must one computer keep every message?
    pub keep_all_on_one_pc: bool,
    pub manage: ManageWhere,
}

/// The answer: which protocol, and how POP keeps mail on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolAdvice {
    pub protocol: Protocol,
    /// POP: days the main computer keeps mail on the server before removing it.
    pub keep_on_server_days: Option<u32>,
    /// True when the days come from the provider (else the common default).
    pub days_from_provider: bool,
    /// POP: phones and other devices never delete from the server.
    pub others_never_delete: bool,
    pub reasons: Vec<LangText>,
    pub cautions: Vec<LangText>,
}

/// Chooses POP or IMAP from the three answers and the provider's facts.
pub fn choose_protocol(q: &Questions, ctx: &SituationContext) -> ProtocolAdvice {
    let days = ctx.keep_days();
    let from_provider = ctx.keep_on_server_days.is_some();
    let several = q.devices >= 2;
    let imap = if q.keep_all_on_one_pc {
        false
    } else if several {
        true
    } else {
        q.manage == ManageWhere::Anywhere
    };
    let mut reasons = Vec::new();
    let mut cautions = Vec::new();
    if imap {
        if several {
            reasons.push(t(
                "何台もの機器で読むので、どの機器でも同じ受信トレイが見える IMAP が向いています。読んだ印や送ったメールも共有されます。",
                "Several devices read this mail: with IMAP every device shows the same inbox, read marks and sent mail.",
            ));
        } else {
            reasons.push(t(
                "メールをサーバーで管理したいので IMAP にします。機器を買い替えても、設定するだけで今までのメールが見えます。",
                "You want the mail kept on the server: with IMAP a new device shows all your mail as soon as it is set up.",
            ));
        }
        cautions.push(t(
            "IMAP ではメールがサーバーにたまります。容量がいっぱいになると新しいメールが届かなくなるので、いらないメールはときどき消してください。",
            "With IMAP mail piles up on the server; when the mailbox is full new mail bounces, so delete what you no longer need from time to time.",
        ));
        cautions.push(t(
            "どの機器で消しても、すべての機器から消えます。",
            "Deleting on one device deletes it everywhere.",
        ));
        if ctx.imap_paid_option {
            cautions.push(t(
                "このプロバイダーでは、IMAP を使うには別の申し込み（有料のオプション）が必要です。申し込んでいない場合は POP にし、ほかの機器では「サーバーから削除しない」設定にします。",
                "This provider needs a separate (paid) option for IMAP. Without it, use POP and set the other devices never to delete from the server.",
            ));
        }
        if several {
            cautions.push(t(
                "すべての機器で同じ方式（IMAP）にそろえます。POP の機器が混じると、その機器がメールをサーバーから消してしまうことがあります。",
                "Use IMAP on every device: a device on POP may remove mail from the server.",
            ));
        }
        ProtocolAdvice {
            protocol: Protocol::Imap,
            keep_on_server_days: None,
            days_from_provider: from_provider,
            others_never_delete: false,
            reasons,
            cautions,
        }
    } else {
        if q.keep_all_on_one_pc {
            reasons.push(t(
                "1台のパソコンに全部のメールを残したいので、パソコンに受け取って保存する POP にします。",
                "One computer must keep everything: POP downloads and stores the mail on that computer.",
            ));
        } else {
            reasons.push(t(
                "読むのが1台なので、受け取ったメールを機器に保存する POP で十分です。サーバーの容量も気にせずに済みます。",
                "Only one device reads this mail: POP, which stores mail on the device, is enough and keeps the server mailbox small.",
            ));
        }
        let d = if from_provider {
            t(
                format!("プロバイダーのおすすめの{days}日"),
                format!("the provider's recommended {days} days"),
            )
        } else {
            t(format!("{days}日"), format!("{days} days"))
        };
        reasons.push(t(
            format!("サーバーには受け取ったあとも{}だけ残し、それより古いものは消す設定にします。万一のときの予備になり、容量もいっぱいになりません。", d.ja),
            format!("Leave mail on the server for {} after download, then remove it: a spare copy without filling the mailbox.", d.en),
        ));
        if several {
            cautions.push(t(
                format!("ほかの機器（スマートフォンなど）も POP にして、「サーバーから削除しない」設定にします。サーバーの古いメールは、このパソコンが{days}日後に片付けます。ほかの機器は{days}日より前に受け取ってください。"),
                format!("Set the other devices (phones) to POP as well, never deleting from the server; this computer clears old mail after {days} days. The other devices must get the mail within {days} days."),
            ));
        }
        cautions.push(t(
            "POP では、メールはこの機器の中にしかなくなります。機器を買い替える前に、メールを保存してください。",
            "With POP the mail lives on this device only: save it before you replace the device.",
        ));
        ProtocolAdvice {
            protocol: Protocol::Pop3,
            keep_on_server_days: Some(days),
            days_from_provider: from_provider,
            others_never_delete: several,
            reasons,
            cautions,
        }
    }
}

// ---- Findings → where to act in the app --------------------------------------------------------

/// The app fields a finding is about (empty when nothing in the app needs to change).
pub fn fix_fields(finding: FindingId) -> &'static [FieldId] {
    use FieldId as F;
    match finding {
        FindingId::AllOk => &[],
        FindingId::PasswordRejected => &[F::Password, F::IncomingPassword, F::OutgoingPassword],
        FindingId::UsernameFormat => &[F::IncomingUsername, F::OutgoingUsername],
        FindingId::ImapNotEnabled => &[F::AccountType],
        FindingId::SmtpPort25Blocked => &[F::OutgoingPort, F::OutgoingSecurity],
        FindingId::StarttlsMissing => &[
            F::IncomingPort,
            F::IncomingSecurity,
            F::OutgoingPort,
            F::OutgoingSecurity,
        ],
        FindingId::TlsCertificateInvalid => &[F::IncomingHost, F::OutgoingHost],
        FindingId::TlsIntercepted => &[],
        FindingId::ServerUnreachable => &[F::IncomingHost, F::OutgoingHost],
        FindingId::NetworkBlocked => &[F::IncomingPort, F::OutgoingPort],
        FindingId::MailboxEmptyPop => &[F::LeaveOnServer, F::DeleteAfterDays, F::DeleteFromServer],
        FindingId::QuotaNearlyFull | FindingId::QuotaFull => &[F::DeleteAfterDays],
        FindingId::JunkHasMail => &[],
        FindingId::AppPasswordRequired => &[F::Password],
        FindingId::GmailPopFetchEnded => &[F::ForwardTo, F::ForwardKeepCopy],
        FindingId::PlaintextOnly => &[F::IncomingSecurity, F::OutgoingSecurity],
        FindingId::UnverifiedSettings => &[],
        FindingId::NoIncoming => &[F::IncomingHost],
        FindingId::NoOutgoing => &[F::OutgoingHost],
        FindingId::LoginAttemptsCapped => &[F::Password],
        FindingId::TlsRequired | FindingId::UseStarttls => &[
            F::IncomingPort,
            F::IncomingSecurity,
            F::OutgoingPort,
            F::OutgoingSecurity,
        ],
        FindingId::LoginTemporarilyFailed
        | FindingId::MailboxInUse
        | FindingId::LoginNotAllowed
        | FindingId::ServerError => &[],
        FindingId::SmtpPort25Only => &[F::OutgoingPort, F::OutgoingSecurity],
        FindingId::Ipv6Broken
        | FindingId::Offline
        | FindingId::DnsUnavailable
        | FindingId::CaptivePortal => &[],
        FindingId::ApopLogin => &[],
        FindingId::PopBeforeSmtp => &[F::OutgoingAuthRequired],
    }
}

/// What to do first in the app for a finding (the finding's own text explains the cause).
pub fn first_move(finding: FindingId) -> LangText {
    match finding {
        FindingId::AllOk => t(
            "サーバー側の設定は正しく動いています。アプリの値が下の推奨値と同じか、一つずつ見比べてください。",
            "The server side works. Compare your app's values with the recommended ones, one by one.",
        ),
        FindingId::PasswordRejected => t(
            "アプリに保存されているパスワードを、メールのパスワードで入れ直します（受信と送信の両方）。",
            "Re-enter the mail password in the app, for both incoming and outgoing.",
        ),
        FindingId::UsernameFormat => t(
            "ユーザー名の欄を、プロバイダーが求める形（下の値）に直します。",
            "Change the username fields to the form the provider wants (the value below).",
        ),
        FindingId::ImapNotEnabled => t(
            "IMAP が使えるようにするか（申し込みが必要な場合があります）、POP で設定し直します。",
            "Enable IMAP with the provider (it may need an application), or set the account up with POP.",
        ),
        FindingId::SmtpPort25Blocked => t(
            "送信ポートを25番から推奨の番号に変え、暗号化もそれに合わせます。",
            "Change the outgoing port from 25 to the recommended number and match the encryption.",
        ),
        FindingId::StarttlsMissing => t(
            "ポートと暗号化の組み合わせを、下の推奨値にそろえます。",
            "Set the port and encryption pair to the recommended values below.",
        ),
        FindingId::TlsCertificateInvalid => t(
            "サーバー名が推奨値と1文字も違わないか確かめます。合っていれば、アプリでは何も変えずにプロバイダーに知らせてください。",
            "Check that the server name matches the recommended one exactly; if it does, change nothing and tell the provider.",
        ),
        FindingId::TlsIntercepted => t(
            "ウイルス対策ソフトのメール保護の機能をいったん止めて試します（アプリの設定は変えません）。",
            "Briefly turn off the antivirus mail-protection feature to test (no app setting changes).",
        ),
        FindingId::ServerUnreachable => t(
            "サーバー名を推奨値どおりに直し、インターネットにつながっているか確かめます。",
            "Correct the server names to the recommended ones and check the internet connection.",
        ),
        FindingId::NetworkBlocked => t(
            "別の回線（スマートフォンのテザリングなど）で試すか、推奨のポート番号に変えます。",
            "Try another network (e.g. phone tethering) or change to the recommended port.",
        ),
        FindingId::MailboxEmptyPop => t(
            "POP のすべての機器で、サーバーにメールを残す設定にします。",
            "On every POP device, set mail to be left on the server.",
        ),
        FindingId::QuotaNearlyFull | FindingId::QuotaFull => t(
            "Webメールで古いメールを消し、POP なら「サーバーから削除するまでの日数」を設定します。",
            "Delete old mail in webmail; with POP, set the days after which mail is removed from the server.",
        ),
        FindingId::JunkHasMail => t(
            "アプリで「迷惑メール」のフォルダーを開き、必要なメールを受信トレイに戻します。",
            "Open the junk folder in the app and move wanted mail back to the inbox.",
        ),
        FindingId::AppPasswordRequired => t(
            "普段のパスワードではなく、サービスで発行する専用のパスワードをパスワード欄に入れます。",
            "Enter the service's app-specific password, not your usual password.",
        ),
        FindingId::GmailPopFetchEnded => t(
            "プロバイダー側で Gmail への転送を設定します。",
            "Set up forwarding to Gmail on the provider's side.",
        ),
        FindingId::PlaintextOnly => t(
            "暗号化の欄を推奨値にします。暗号化できないままパスワードを送らないでください。",
            "Set the encryption fields to the recommended values; do not send the password unencrypted.",
        ),
        FindingId::UnverifiedSettings => t(
            "設定したあと、自分あてにメールを送って、送れることと届くことを確かめます。",
            "After setting up, send yourself a message to confirm sending and receiving.",
        ),
        FindingId::NoIncoming => t(
            "受信サーバーの正しい名前をプロバイダーの案内で確かめてから入れます。",
            "Check the correct incoming server name in the provider's documentation before entering it.",
        ),
        FindingId::NoOutgoing => t(
            "送信サーバーの正しい名前をプロバイダーの案内で確かめてから入れます。",
            "Check the correct outgoing server name in the provider's documentation before entering it.",
        ),
        FindingId::LoginAttemptsCapped => t(
            "これ以上続けて試さず、しばらく待ってから正しいパスワードを一度だけ入れます。",
            "Stop retrying; wait a while, then enter the right password once.",
        ),        FindingId::TlsRequired => t(
            "暗号化の欄を「SSL/TLS」か「STARTTLS」にします（下の推奨値）。パスワードは変えません。",
            "Set the encryption field to SSL/TLS or STARTTLS (the recommended value below); keep the password.",
        ),
        FindingId::LoginTemporarilyFailed => t(
            "アプリの設定は変えずに、しばらく待ってからもう一度受信・送信します。",
            "Change nothing in the app; wait a while, then try receiving and sending again.",
        ),
        FindingId::MailboxInUse => t(
            "ほかの機器やアプリのメールを閉じてから、もう一度受信します。",
            "Close mail on the other devices and apps, then receive again.",
        ),
        FindingId::LoginNotAllowed => t(
            "アプリの設定はそのままで、プロバイダーの会員ページかWebメールでアカウントの状態を確かめます。",
            "Leave the app as it is and check the account's state on the provider's member pages or webmail.",
        ),
        FindingId::ServerError => t(
            "アプリの設定は変えずに、時間をおいて試し、直らなければプロバイダーに知らせます。",
            "Change nothing in the app; try again later, and tell the provider if it persists.",
        ),
        FindingId::UseStarttls => t(
            "ポート番号はそのままで、暗号化の欄を「STARTTLS」にします。",
            "Keep the port number and set the encryption field to STARTTLS.",
        ),
        FindingId::SmtpPort25Only => t(
            "いまは25番で送れますが、できれば送信ポートを587番（STARTTLS）か465番（SSL/TLS）にします。",
            "Port 25 works for now, but if you can, set the outgoing port to 587 (STARTTLS) or 465 (SSL/TLS).",
        ),
        FindingId::Ipv6Broken => t(
            "アプリの設定は変えずに、ルーターとパソコンを再起動します。",
            "Change nothing in the app; restart the router and the computer.",
        ),
        FindingId::Offline => t(
            "アプリの設定は変えずに、まず Wi-Fi かケーブルの接続を直します。",
            "Change nothing in the app; first get Wi-Fi or the cable connected.",
        ),
        FindingId::DnsUnavailable => t(
            "アプリの設定は変えずに、ルーターを再起動して、ホームページが見られるか確かめます。",
            "Change nothing in the app; restart the router and check that web pages open.",
        ),
        FindingId::CaptivePortal => t(
            "アプリの設定は変えずに、ブラウザーで Wi-Fi のログインを済ませます。",
            "Change nothing in the app; sign in to the Wi-Fi in a web browser.",
        ),
        FindingId::ApopLogin => t(
            "受信サーバーの認証方式を APOP（Thunderbird では「暗号化されたパスワード認証」）にします。",
            "Set the incoming authentication to APOP (Thunderbird: Encrypted password).",
        ),
        FindingId::PopBeforeSmtp => t(
            "送信サーバーの認証を「なし」にし、送る前に必ず先に受信します。",
            "Set outgoing authentication to none, and always receive before sending.",
        ),
    }
}

/// Where a field is in one app, and what to put there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPointer {
    pub field: FieldId,
    pub screen: LangText,
    pub label: LangText,
    pub value: LangText,
}

/// For one finding in one situation: what to do first, which fields of the app, which steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    pub situation: Situation,
    pub finding: FindingId,
    pub first: LangText,
    pub fields: Vec<FieldPointer>,
    pub steps: Vec<Step>,
}

/// Advice for a finding, pointing into the guide of `client` when one can be written.
pub fn advise(
    situation: Situation,
    finding: FindingId,
    client: Option<ClientId>,
    ctx: &SituationContext,
    input: &GuideInput,
) -> Advice {
    let mut fields = Vec::new();
    if let Some(c) = client {
        if let Ok(g) = guide::build(c, input) {
            for id in fix_fields(finding) {
                if let Some((sc, fl)) = g.find(*id) {
                    fields.push(FieldPointer {
                        field: *id,
                        screen: sc.title.clone(),
                        label: fl.label.clone(),
                        value: fl.value.clone(),
                    });
                }
            }
        }
    }
    let steps = steps(situation, ctx)
        .into_iter()
        .filter(|s| s.findings.contains(&finding))
        .collect();
    Advice {
        situation,
        finding,
        first: first_move(finding),
        fields,
        steps,
    }
}

/// Readable text of the steps of a situation.
pub fn render_text(steps: &[Step], lang: crate::model::Lang) -> String {
    let mut s = String::new();
    for (i, st) in steps.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, st.text.get(lang)));
        if let Some(l) = &st.link {
            s.push_str(&format!("   {l}\n"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_any_check_the_context_has_the_bundled_provider_facts() {
        let p = guide::provider_for("yamada@ms246.net").expect("bundled provider");
        let c = SituationContext::for_address("yamada@ms246.net");
        assert_eq!(c.provider_id.as_deref(), Some(p.id.as_str()));
        assert_eq!(c.keep_on_server_days, p.keep_on_server_days());
        assert_eq!(c.imap_paid_option, p.imap_is_paid_option());
        assert!(c.provider_name.is_some());
        assert!(c.recommended.incoming.is_none());
        let u = SituationContext::for_address("taro@unknown-isp.invalid");
        assert_eq!(u.provider_id, None);
        assert_eq!(u.keep_days(), guide::DEFAULT_KEEP_DAYS);
    }
}
