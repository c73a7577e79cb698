"""Sentences for the vault's errors and reports (Dutch, English). No case content, ever."""

from vertrouwenspersoon import messages

messages.register(
    {
        "vault.wrong-passphrase": (
            "Deze wachtwoordzin opent de kluis niet.",
            "This passphrase does not open the vault.",
        ),
        "vault.wrong-recovery-key": (
            "Deze herstelsleutel opent de kluis niet.",
            "This recovery key does not open the vault.",
        ),
        "vault.recovery-key-typo": (
            "Dit is geen geldige herstelsleutel: controleer de cijfergroepen op een typfout.",
            "This is not a valid recovery key: check the groups of digits for a typo.",
        ),
        "vault.no-recovery-slot": (
            "Deze kluis heeft geen herstelsleutel.",
            "This vault has no recovery key.",
        ),
        "vault.keychain-unavailable": (
            "Ontgrendelen met deze computer kan hier niet: er is geen veilige sleutelhanger van het "
            "besturingssysteem. Gebruik je wachtwoordzin.",
            "Unlocking with this computer is not possible here: there is no secure operating-system "
            "keychain. Use your passphrase.",
        ),
        "vault.keychain-not-enabled": (
            "Ontgrendelen met deze computer staat niet aan voor deze kluis. Gebruik je wachtwoordzin.",
            "Unlocking with this computer is not enabled for this vault. Use your passphrase.",
        ),
        "vault.not-found": (
            "Er staat geen kluis in {path}. Maak er een met 'vertrouwenspersoon init --vault {path}'.",
            "There is no vault in {path}. Create one with 'vertrouwenspersoon init --vault {path}'.",
        ),
        "vault.exists": (
            "In {path} staat al een kluis; kies een andere map.",
            "There is already a vault in {path}; choose another folder.",
        ),
        "vault.missing-part": (
            "De kluis in {path} is beschadigd: {part} ontbreekt. Zet een back-up terug "
            "(vertrouwenspersoon restore); automatische back-ups staan in {path}/backups.",
            "The vault in {path} is damaged: {part} is missing. Restore a backup "
            "(vertrouwenspersoon restore); automatic backups are in {path}/backups.",
        ),
        "vault.keyslots-damaged": (
            "Het sleutelbestand van de kluis (keyslots.json) is beschadigd. Zet een back-up terug "
            "(vertrouwenspersoon restore); automatische back-ups staan in {path}/backups.",
            "The vault's key file (keyslots.json) is damaged. Restore a backup "
            "(vertrouwenspersoon restore); automatic backups are in {path}/backups.",
        ),
        "vault.unencrypted": (
            "{path} is een onversleuteld databasebestand, geen kluis; het wordt niet geopend. "
            "Zet een back-up terug (vertrouwenspersoon restore).",
            "{path} is an unencrypted database file, not a vault; it will not be opened. "
            "Restore a backup (vertrouwenspersoon restore).",
        ),
        "vault.unreadable": (
            "De kluis is beschadigd en kan niet worden gelezen. Er is niets gewijzigd. Zet een back-up "
            "terug (vertrouwenspersoon restore); automatische back-ups staan in de map backups van de kluis.",
            "The vault is damaged and cannot be read. Nothing was changed. Restore a backup "
            "(vertrouwenspersoon restore); automatic backups are in the vault's backups folder.",
        ),
        "vault.damaged": (
            "De kluis is beschadigd ({detail}). Er is niets gewijzigd. Zet een back-up terug "
            "(vertrouwenspersoon restore); automatische back-ups staan in de map backups van de kluis.",
            "The vault is damaged ({detail}). Nothing was changed. Restore a backup "
            "(vertrouwenspersoon restore); automatic backups are in the vault's backups folder.",
        ),
        "vault.write-failed": (
            "De wijziging kon niet worden opgeslagen (schijf vol of niet schrijfbaar) en is teruggedraaid; "
            "alle eerdere gegevens zijn intact. Maak ruimte vrij en probeer het opnieuw.",
            "The change could not be saved (disk full or not writable) and was rolled back; all earlier "
            "data is intact. Free some space and try again.",
        ),
        "vault.newer-version": (
            "Deze kluis is gemaakt met een nieuwere versie van Vertrouwenspersoon (schema {found}; deze "
            "versie kent tot {supported}). Installeer de nieuwste versie; de kluis is niet gewijzigd.",
            "This vault was made by a newer version of Vertrouwenspersoon (schema {found}; this version "
            "knows up to {supported}). Install the latest version; the vault was not changed.",
        ),
        "vault.wrong-sqlcipher": (
            "Deze installatie heeft SQLCipher {version}; versie 4 is nodig. Installeer het programma opnieuw.",
            "This installation has SQLCipher {version}; version 4 is required. Reinstall the program.",
        ),
        "vault.setting-refused": (
            "De database weigert de verplichte instelling {setting} (kreeg {value}); de kluis wordt niet "
            "gebruikt. Installeer het programma opnieuw.",
            "The database refuses the required setting {setting} (got {value}); the vault will not be "
            "used. Reinstall the program.",
        ),
        "vault.in-use": (
            "Deze kluis is al geopend door een ander venster of programma. Sluit dat eerst.",
            "This vault is already open in another window or program. Close that first.",
        ),
        "vault.closed": ("De kluis is vergrendeld.", "The vault is locked."),
        "backup.not-a-backup": (
            "{path} is geen (volledig) back-upbestand van Vertrouwenspersoon.",
            "{path} is not a (complete) Vertrouwenspersoon backup file.",
        ),
        "backup.damaged": (
            "De back-up {path} is beschadigd ({detail}); er is niets teruggezet.",
            "The backup {path} is damaged ({detail}); nothing was restored.",
        ),
        "backup.wrong-passphrase": (
            "Deze wachtwoordzin opent de back-up niet (ook niet via de huidige kluis). Er is niets teruggezet.",
            "This passphrase does not open the backup (nor via the current vault). Nothing was restored.",
        ),
        "backup.cannot-write": (
            "De back-up kon niet worden geschreven naar {path}: {detail}.",
            "The backup could not be written to {path}: {detail}.",
        ),
        "passphrase.too-short": (
            "Kies een wachtwoordzin van minstens 12 tekens, bijvoorbeeld een paar losse woorden.",
            "Choose a passphrase of at least 12 characters, for example a few unrelated words.",
        ),
        "passphrase.too-simple": (
            "Deze wachtwoordzin is te eenvoudig; gebruik meer verschillende tekens.",
            "This passphrase is too simple; use more different characters.",
        ),
        "passphrase.too-guessable": (
            "Deze wachtwoordzin is te makkelijk te raden (een bekend woord, naam of patroon); "
            "kies een paar losse woorden die niet bij elkaar horen.",
            "This passphrase is too easy to guess (a known word, name or pattern); "
            "choose a few unrelated words.",
        ),
        "passphrase.spaces-at-ends": (
            "Een wachtwoordzin mag niet met een spatie beginnen of eindigen.",
            "A passphrase must not start or end with a space.",
        ),
        "passphrase.mismatch": (
            "De twee wachtwoordzinnen zijn niet gelijk.",
            "The two passphrases are not the same.",
        ),
    }
)
