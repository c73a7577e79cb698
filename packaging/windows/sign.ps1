<#
.SYNOPSIS
  Authenticode-sign Windows artefacts with signtool and an RFC 3161 timestamp, then verify them.

.DESCRIPTION
  Used by .github/workflows/windows.yml, inside-out: first the executables in the PyInstaller
  bundle (before they are packed into the MSI), then the MSI itself. The certificate comes from the
  environment, never from the repository:
    WINDOWS_CERT_PFX_BASE64   the code-signing certificate with private key (PFX, base64)
    WINDOWS_CERT_PASSWORD     its password
    TIMESTAMP_URL             RFC 3161 timestamp server of the certificate's CA
  With a hardware token or a cloud HSM (most EV/OV certificates since 2023) replace the /f and /p
  arguments with /sha1 <thumbprint> (certificate in the machine store) or the vendor's signtool dlib.
  The timestamp keeps the signature valid after the certificate expires.

.EXAMPLE
  ./packaging/windows/sign.ps1 dist\vertrouwenspersoon\vertrouwenspersoon.exe dist\vertrouwenspersoon\vertrouwenspersoon-cli.exe
#>
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]] $Files)
$ErrorActionPreference = 'Stop'

foreach ($name in 'WINDOWS_CERT_PFX_BASE64', 'WINDOWS_CERT_PASSWORD', 'TIMESTAMP_URL') {
  if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set; refusing to produce unsigned release files." }
}

$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw 'signtool.exe not found (Windows SDK).' }

$pfx = Join-Path $env:RUNNER_TEMP 'codesign.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
try {
  foreach ($file in $Files) {
    & $signtool.FullName sign /fd SHA256 /td SHA256 /tr $env:TIMESTAMP_URL /f $pfx /p $env:WINDOWS_CERT_PASSWORD `
      /d 'Vertrouwenspersoon' $file
    if ($LASTEXITCODE -ne 0) { throw "signing failed: $file" }
    & $signtool.FullName verify /pa /tw /v $file
    if ($LASTEXITCODE -ne 0) { throw "signature does not verify: $file" }
  }
} finally {
  Remove-Item -Force $pfx
}
