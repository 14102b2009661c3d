; The Windows installer of Tsunagu, made by Debian's makensis (scripts/windows.sh):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DFILES=<dir> -DICON=<icon.ico> \
;            -DOUTFILE=<Tsunagu-0.1.0-setup.exe> installer.nsi
; <dir> holds tsunagu-app.exe, WebView2Loader.dll and tsunagu.exe.
;
; Per user, no administrator rights: %LOCALAPPDATA%\Programs\Tsunagu, shortcuts in the user's
; Start menu (and, optional, desktop), the uninstaller registered under HKCU in Apps & features.
; Japanese or English pages by the system's language (English when neither matches).
; The window needs the Microsoft Edge WebView2 runtime: the installer looks for it where its
; Evergreen installer registers itself and, when it is missing, says what to do.
; Silent: Tsunagu-<version>-setup.exe /S  (uninstall.exe /S).

!ifndef VERSION | FILES | ICON | OUTFILE
  !error "define VERSION, FILES, ICON and OUTFILE (see the top of this file)"
!endif

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define PRODUCT "Tsunagu"
!define PUBLISHER "Tsunagu contributors"
!define APP_EXE "tsunagu-app.exe"
!define REG_APP "Software\Tsunagu"
!define REG_UNINST "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tsunagu"
; The Evergreen WebView2 runtime's client id (Microsoft's distribution documentation).
!define WV2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Name "$(AppName)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Tsunagu"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} ${VERSION} Setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License, ${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunApp)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used when the system's matches none.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Japanese"

LangString AppName ${LANG_ENGLISH} "Tsunagu"
LangString AppName ${LANG_JAPANESE} "つなぐ（メール設定の確認）"
LangString SecMain ${LANG_ENGLISH} "Tsunagu (required)"
LangString SecMain ${LANG_JAPANESE} "つなぐ本体（必須）"
LangString SecDesktop ${LANG_ENGLISH} "Shortcut on the desktop"
LangString SecDesktop ${LANG_JAPANESE} "デスクトップにショートカットを作る"
LangString RunApp ${LANG_ENGLISH} "Start Tsunagu now"
LangString RunApp ${LANG_JAPANESE} "「つなぐ」をすぐに起動する"
LangString Need64 ${LANG_ENGLISH} "Tsunagu needs the 64-bit edition of Windows. This PC runs the 32-bit edition, so Tsunagu cannot be installed here."
LangString Need64 ${LANG_JAPANESE} "「つなぐ」は 64 ビット版の Windows で動きます。このパソコンの Windows は 32 ビット版のため、インストールできません。"
LangString WebView2Found ${LANG_ENGLISH} "Microsoft Edge WebView2 Runtime found:"
LangString WebView2Found ${LANG_JAPANESE} "Microsoft Edge WebView2 ランタイムがあります:"
LangString WebView2Missing ${LANG_ENGLISH} "Tsunagu is installed, but the Microsoft Edge WebView2 Runtime, which it needs to show its window, was not found on this PC.$\r$\n$\r$\nWindows 11 and updated Windows 10 come with it. Run Windows Update, or install the $\"Evergreen Standalone Installer$\" from Microsoft's WebView2 Runtime page (search for $\"WebView2 Runtime download$\"). Then start Tsunagu."
LangString WebView2Missing ${LANG_JAPANESE} "「つなぐ」のインストールは終わりましたが、画面の表示に必要な Microsoft Edge WebView2 ランタイムが、このパソコンには見つかりませんでした。$\r$\n$\r$\nWindows 11 と、更新された Windows 10 には最初から入っています。Windows Update を実行するか、Microsoft の WebView2 ランタイムのページ（「WebView2 ランタイム ダウンロード」で検索できます）から「エバーグリーン スタンドアロン インストーラー」を入れてください。そのあとで「つなぐ」を起動してください。"

; The runtime's version, or "" when it is not installed. Per machine (64- and 32-bit views of
; HKLM) or per user (HKCU, where a non-administrator install puts it). "0.0.0.0" means removed.
Function WebView2Version
  Push $0
  StrCpy $0 ""
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WV2_CLIENT}" "pv"
  SetRegView 32
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\${WV2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WV2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
  Exch $0
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Need64)" /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "$(SecMain)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${FILES}\${APP_EXE}"
  File "${FILES}\WebView2Loader.dll"
  File "${FILES}\tsunagu.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; A shortcut's name is the language's; kept so that the uninstaller removes that one.
  CreateShortcut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_APP}" "ShortcutName" "$(AppName)"

  WriteRegStr HKCU "${REG_UNINST}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${REG_UNINST}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINST}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${REG_UNINST}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${REG_UNINST}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINST}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${REG_UNINST}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${REG_UNINST}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINST}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${REG_UNINST}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  WriteRegDWORD HKCU "${REG_APP}" "DesktopShortcut" 1
SectionEnd

Section "-WebView2"
  Call WebView2Version
  Pop $0
  ; What was found, for support (and the Wine test of this check).
  WriteRegStr HKCU "${REG_APP}" "WebView2AtInstall" "$0"
  ${If} $0 == ""
    DetailPrint "WebView2: -"
    MessageBox MB_OK|MB_ICONINFORMATION "$(WebView2Missing)" /SD IDOK
  ${Else}
    DetailPrint "$(WebView2Found) $0"
  ${EndIf}
SectionEnd

Section "Uninstall"
  ReadRegStr $0 HKCU "${REG_APP}" "ShortcutName"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0.lnk"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\tsunagu.exe"
  Delete "$INSTDIR\uninstall.exe"
  ; Only when empty: nothing the user put there is removed.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${REG_UNINST}"
  DeleteRegKey HKCU "${REG_APP}"
SectionEnd
