// Typed calls to the shell's commands (src-tauri/src/lib.rs). The types are generated from
// the Rust types (scripts/app-bindings.sh); nothing here is retyped by hand.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { AddressCheck } from "./bindings/AddressCheck";
import type { AppCompare } from "./bindings/AppCompare";
import type { AppNow } from "./bindings/AppNow";
import type { AppError } from "./bindings/AppError";
import type { AppInfo } from "./bindings/AppInfo";
import type { ClientGuide } from "./bindings/ClientGuide";
import type { ClientId } from "./bindings/ClientId";
import type { CurrentRead } from "./bindings/CurrentRead";
import type { DiagnoseArgs } from "./bindings/DiagnoseArgs";
import type { Event } from "./bindings/Event";
import type { ExportKind } from "./bindings/ExportKind";
import type { Lang } from "./bindings/Lang";
import type { Protocol } from "./bindings/Protocol";
import type { ProtocolChoice } from "./bindings/ProtocolChoice";
import type { ProviderPage } from "./bindings/ProviderPage";
import type { Questions } from "./bindings/Questions";
import type { Report } from "./bindings/Report";

/** Errors from commands arrive as AppError objects; anything else is wrapped. */
export function asAppError(e: unknown): AppError {
  if (e && typeof e === "object" && "kind" in e && "message" in e) return e as AppError;
  return { kind: "internal", message: String(e) };
}

export const api = {
  appInfo: () => invoke<AppInfo>("app_info"),
  checkAddress: (address: string, lang: Lang) =>
    invoke<AddressCheck>("check_address", { address, lang }),
  startDiagnosis: (args: DiagnoseArgs, onEvent: (e: Event) => void) => {
    const channel = new Channel<Event>();
    channel.onmessage = onEvent;
    return invoke<Report>("start_diagnosis", { args, onEvent: channel });
  },
  cancelDiagnosis: () => invoke<boolean>("cancel_diagnosis"),
  guide: (report: Report, client: ClientId, protocol: Protocol | null, lang: Lang) =>
    invoke<ClientGuide>("guide", { report, client, protocol, lang }),
  /** The report's words (findings, input notes, provider name) made again in `lang`. */
  relangReport: (report: Report, lang: Lang) => invoke<Report>("relang_report", { report, lang }),
  adviseProtocol: (address: string, questions: Questions, lang: Lang) =>
    invoke<ProtocolChoice>("advise_protocol", { address, questions, lang }),
  compareWithApp: (report: Report, client: ClientId, protocol: Protocol | null, now: AppNow, lang: Lang) =>
    invoke<AppCompare>("compare_with_app", { report, client, protocol, now, lang }),
  readCurrentSettings: (report: Report, client: ClientId, protocol: Protocol | null, lang: Lang) =>
    invoke<CurrentRead>("read_current_settings", { report, client, protocol, lang }),
  saveExport: (report: Report, kind: ExportKind, lang: Lang) =>
    invoke<string | null>("save_export", { report, kind, lang }),
  copyText: (text: string) => invoke<void>("copy_text", { text }),
  openProviderPage: (address: string, page: ProviderPage) =>
    invoke<void>("open_provider_page", { address, page }),
  rememberPassword: (address: string, password: string) =>
    invoke<void>("remember_password", { address, password }),
  recallPassword: (address: string) => invoke<string | null>("recall_password", { address }),
  forgetPassword: (address: string) => invoke<boolean>("forget_password", { address }),
};
