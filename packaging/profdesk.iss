; Inno Setup script: turns the PyInstaller folder dist\profdesk into ProfdeskSetup-<version>.exe
;
;   iscc /DAppVersion=0.1.0 packaging\profdesk.iss
;
; Per-user install without administrator rights (Programs folder under the user's
; AppData\Local). The database lives in %LOCALAPPDATA%\Profdesk, outside the program folder,
; so uninstalling or upgrading never touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5C1E7A52-3F0B-4D7A-9E63-6F2B9B1D4C21}
AppName=Profdesk
AppVersion={#AppVersion}
AppVerName=Profdesk {#AppVersion}
AppPublisher=Profdesk
DefaultDirName={localappdata}\Programs\Profdesk
DefaultGroupName=Profdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=ProfdeskSetup-{#AppVersion}
SetupIconFile=..\resources\icons\profdesk.ico
UninstallDisplayIcon={app}\profdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\profdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the program files only; old libraries must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Profdesk"; Filename: "{app}\profdesk.exe"
Name: "{group}\Удалить Profdesk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Profdesk"; Filename: "{app}\profdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\profdesk.exe"; Description: "{cm:LaunchProgram,Profdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for %LOCALAPPDATA%\Profdesk: the office's database and its backups stay.
