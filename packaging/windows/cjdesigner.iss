; Inno Setup 6 script: a Windows installer for the bundle that packaging/build makes in dist\cjdesigner.
; Compile on Windows after the build:  iscc packaging\windows\cjdesigner.iss  (writes dist\cjdesigner-setup.exe)
; It installs for the current user or for all users (the installer asks), adds a Start menu entry for
; cjdesigner-gui.exe (no console window), registers the .cjmap type with its icon and makes
; cjdesigner open double-clicked maps; uninstalling removes all of it.

#define AppVersion "0.1.0"

[Setup]
AppId=cjdesigner
AppName=cjdesigner
AppVersion={#AppVersion}
AppPublisher=the cjdesigner authors
DefaultDirName={autopf}\cjdesigner
DefaultGroupName=cjdesigner
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\packaging\icons\cjdesigner.ico
UninstallDisplayIcon={app}\cjdesigner-gui.exe
OutputDir=..\..\dist
OutputBaseFilename=cjdesigner-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\..\dist\cjdesigner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\packaging\icons\cjmap.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\cjdesigner"; Filename: "{app}\cjdesigner-gui.exe"

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.cjmap"; ValueType: string; ValueName: ""; ValueData: "cjdesigner.map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjmap"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cjdesigner-map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjmap\OpenWithProgids"; ValueType: string; ValueName: "cjdesigner.map"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\cjdesigner.map"; ValueType: string; ValueName: ""; ValueData: "Customer journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\cjdesigner.map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cjmap.ico,0"
Root: HKA; Subkey: "Software\Classes\cjdesigner.map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cjdesigner-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\cjdesigner-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".cjmap"; ValueData: ""; Flags: uninsdeletekey
