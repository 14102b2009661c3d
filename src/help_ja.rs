//! The command line's help in Japanese (when the locale is Japanese): clap builds the help
//! from the English doc comments, so the Japanese words replace them here, by subcommand name
//! and argument id, together with clap's own headings. An argument without Japanese words
//! keeps its English help (and `tests/ja_words.rs` shows it).

use clap::{Arg, ArgAction, Command};

/// Japanese `about` of the commands, by name.
fn about(name: &str) -> Option<&'static str> {
    Some(match name {
        "tsunagu" => "メールの設定を調べて、確かめて、分かりやすく説明します",
        "diagnose" => "メールアドレスを、実際の IMAP・POP3・SMTP のサーバーで確かめます",
        "providers" => "内蔵しているプロバイダーの一覧と、その値を確かめた状態を表示します",
        "check" => "保守用：内蔵しているサーバーにログインせずにつなぎ、資料との違いを報告します（インターネットが必要です）",
        "lookup" => "アドレスのプロバイダー、設定の候補と、調べた情報源を表示します（ログインはしません）",
        "export" => "設定をほかの形式で書き出します",
        "autoconfig" => "Thunderbird の自動設定ファイル（clientConfig 1.1）を書き出します",
        "mobileconfig" => "iPhone・iPad・Mac 用の構成プロファイル（.mobileconfig）を書き出します（パスワードは入りません）",
        "report" => "サポート用の報告書を Markdown か1枚の HTML で書き出します（パスワードは入りません）",
        "guide" => "メールアプリ1つ分の、設定の手順を項目ごとに表示します",
        "current" => "このパソコンのメールアプリ（Thunderbird、従来の Outlook）にいま入っている設定を表示します（読むだけで、保存されたパスワードは読みません）",
        "handoff" => "同じネットワークのスマートフォンに設定を渡す QR コードを表示します（iPhone 用プロファイル、コピーできる値）。標準出力の1行目が URL です",
        _ => return None,
    })
}

/// Japanese help of the arguments, by id (the same words wherever the argument appears).
fn arg_help(id: &str) -> Option<&'static str> {
    Some(match id {
        "address" => "メールアドレス",
        "situation" => "ご相談の内容：new-device（新しい機器での設定、既定）、cant-receive（受信できない）、cant-send（送信できない）、gmail（Gmail で読みたい）",
        "password_stdin" => "メールのパスワードを、標準入力の1行目から読みます",
        "username" => "アドレスの代わりに、このユーザー名でログインします",
        "config" => "確かめる設定が書かれた Thunderbird の自動設定ファイル（clientConfig 1.1 の XML）",
        "ca_file" => "追加で信頼するルート証明書（PEM 形式）",
        "offline" => "内蔵データだけを使い、どこにもつなぎません（値は確かめられません）",
        "timeout" => "全体の制限時間（秒）",
        "allow_plaintext" => "暗号化しない接続でもパスワードを送ることを許します",
        "send_test" => "自分のアドレスあてに短いテストメールを1通送り、受信箱に届いたか確かめます",
        "lang" => "表示する言語：ja か en（既定は、ロケールが日本語なら日本語）",
        "json" => "結果を JSON 1つで標準出力に出します（進み具合は標準エラー出力に出ます）",
        "only" => "このプロバイダーだけ（内蔵データの識別名で指定）",
        "client" => "メールアプリ：outlook-new、outlook-classic、windows-mail、mac-mail、iphone、android-gmail、gmail-web、thunderbird",
        "current" => "アプリにいま入っている値の JSON ファイル（違うところを先に示します）",
        "from" => "tsunagu diagnose --json で保存した結果から作ります",
        "target" => "インストールできる機器：iphone（既定）、mac、any（どれでも）",
        "out" => "標準出力ではなく、このファイルに書き出します",
        "format" => "形式：md（既定）か html",
        "compare_current" => "確かめた設定を、このパソコンのメールアプリにいま入っている設定と比べます",
        "thunderbird_profile" => "探す代わりに、この Thunderbird のプロファイルのフォルダー（または prefs.js）だけを読みます",
        "bind" => "この IP アドレスで待ち受けます（既定：このパソコンの家庭内ネットワークのアドレス）",
        "minutes" => "この分数がたったら止めます（1〜60、既定は10）",
        "help" => "ヘルプを表示します",
        "version" => "バージョンを表示します",
        _ => return None,
    })
}

/// An argument whose meaning depends on the command; otherwise the shared words.
fn arg_help_in(command: &str, id: &str) -> Option<&'static str> {
    match (command, id) {
        ("handoff", "client") => {
            Some("スマートフォンのメールアプリ：iphone か android-gmail（既定は、スマートフォンのブラウザーから判断）")
        }
        ("handoff", "lang") => {
            Some("メッセージと、スマートフォンが ja も en も求めないときのページの言語：ja か en")
        }
        _ => arg_help(id),
    }
}

fn localize(cmd: Command) -> Command {
    let name = cmd.get_name().to_string();
    let mut cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(arg_help("help")),
        )
        .subcommand_help_heading("コマンド")
        .help_template("{about-with-newline}\n使い方: {usage}\n\n{all-args}{after-help}");
    if let Some(a) = about(&name) {
        cmd = cmd.about(a).long_about(None);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() {
                "引数"
            } else {
                "オプション"
            };
            let mut a = a.help_heading(heading);
            // The Japanese help names the defaults and choices itself.
            if a.get_action().takes_values() {
                a = a.hide_default_value(true).hide_possible_values(true);
            }
            match arg_help_in(&name, a.get_id().as_str()) {
                Some(h) => a.help(h).long_help(None),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, localize);
    }
    cmd
}

/// The command with Japanese help.
pub fn command(base: Command) -> Command {
    let base = base.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(arg_help("version")),
    );
    // clap's own `help` subcommand has English words only; `--help` works on every command.
    localize(base).disable_help_subcommand(true)
}
