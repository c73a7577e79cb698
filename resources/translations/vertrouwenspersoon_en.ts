<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AnnualReport</name>
    <message>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Het jaarverslag komt hier. Je kiest straks een jaar en ziet de kerncijfers: nieuwe en doorlopende dossiers, contactmomenten en uren, en of de nazorg op tijd was. Tabellen met minder dan 5 dossiers worden niet getoond, zodat niemand herkenbaar is. Je schrijft er je eigen toelichting bij en maakt er een PDF van.

Tot die tijd maak je het jaarverslag met de opdrachtregel: vertrouwenspersoon report --year JAAR --out verslag.pdf</source>
        <translation>The annual report will live here. You will pick a year and see the key figures: new and ongoing cases, contact moments and hours, and whether aftercare was on time. Tables with fewer than 5 cases are not shown, so nobody can be recognised. You add your own commentary and turn it into a PDF.

Until then, make the annual report from the command line: vertrouwenspersoon report --year YEAR --out report.pdf</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>De kluis wordt gemaakt</source>
        <translation>Creating your vault</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>over %1 dagen</source>
        <translation>in %1 days</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Hier komt de lijst met al je dossiers, met zoeken (Ctrl+F) en filters op status, jaar, gedrag en deadline. Afspraken en nazorg die nu aandacht vragen, zie je bij Vandaag.</source>
        <translation>The list of all your cases will come here, with search (Ctrl+F) and filters for status, year, behaviour and deadline. Follow-ups and aftercare that need attention now are under Today.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Afronden</source>
        <translation>Finishing up</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welkom bij Vertrouwenspersoon</source>
        <translation>Welcome to Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Zo bewaart dit programma je dossiers.</source>
        <translation>This is how the program keeps your cases.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vertrouwenspersoon</source>
        <translation>Vertrouwenspersoon</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Vergrendel de kluis (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Sterkte: te zwak</source>
        <translation>Strength: too weak</translation>
    </message>
    <message>
        <source>Sterkte: redelijk</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Sterkte: sterk</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>Sterkte: heel sterk</source>
        <translation>Strength: very strong</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Kies je wachtwoordzin</source>
        <translation>Choose your passphrase</translation>
    </message>
    <message>
        <source>Je typt hem twee keer, zodat een tikfout je niet buitensluit.</source>
        <translation>You type it twice, so a typo cannot lock you out.</translation>
    </message>
    <message>
        <source>Kluis maken</source>
        <translation>Create vault</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Ontgrendel en bewaar</source>
        <translation>Unlock and save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
    <message>
        <source>Open de kluis met je herstelsleutel (het herstelblad) en kies een nieuwe wachtwoordzin.</source>
        <translation>Open the vault with your recovery key (the recovery sheet) and choose a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin n&amp;ogmaals</source>
        <translation>New passphrase &amp;again</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin nogmaals</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Je herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Dat is niet de laatste groep. Kijk nog eens goed.</source>
        <translation>That is not the last group. Please look again.</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>herstelblad-vertrouwenspersoon.pdf</source>
        <translation>recovery-sheet-vertrouwenspersoon.pdf</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Het herstelblad wordt opgeslagen…</source>
        <translation>Saving the recovery sheet…</translation>
    </message>
    <message>
        <source>Opgeslagen als %1. Druk het af en verwijder daarna het bestand.</source>
        <translation>Saved as %1. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Back-ups (*.vpbackup)</source>
        <translation>Backups (*.vpbackup)</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de back-up (of je huidige wachtwoordzin):</source>
        <translation>The backup's passphrase (or your current passphrase):</translation>
    </message>
    <message>
        <source>De back-up wordt gecontroleerd en teruggezet…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>%1 extra codes (alleen via beleid)</source>
        <translation>%1 extra codes (set by policy only)</translation>
    </message>
    <message>
        <source>De instelling kon niet worden opgeslagen.</source>
        <translation>The setting could not be saved.</translation>
    </message>
    <message>
        <source>Je organisatie staat hoogstens %1 minuten toe</source>
        <translation>Your organisation allows at most %1 minutes</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>De nieuwe wachtwoordzin wordt ingesteld…</source>
        <translation>Setting the new passphrase…</translation>
    </message>
    <message>
        <source>Je wachtwoordzin is gewijzigd.</source>
        <translation>Your passphrase has been changed.</translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Back-ups (*.vpbackup)</source>
        <translation>Backups (*.vpbackup)</translation>
    </message>
    <message>
        <source>De back-up wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Back-up opgeslagen: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Back-up geannuleerd.</source>
        <translation>Backup cancelled.</translation>
    </message>
    <message>
        <source>Privacymodus: namen in lijsten afschermen (M•••)</source>
        <translation>Privacy mode: mask names in lists (M•••)</translation>
    </message>
    <message>
        <source>Ontgrendel met deze computer</source>
        <translation>Unlock with this computer</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin nogmaals</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Nu een back-up maken…</source>
        <translation>Make a backup now…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Voortgang van de back-up</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Elke dag dat je de kluis opent, wordt er automatisch een versleutelde back-up gemaakt in de map backups van de kluis. Maak daarnaast af en toe een back-up op een eigen versleutelde schijf.</source>
        <translation>Every day you open the vault, an encrypted backup is made automatically in the vault's backups folder. Now and then, also make a backup on an encrypted drive of your own.</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Niets dat vandaag of de komende twee weken op je wacht. Afspraken en nazorg die je in een dossier vastlegt, verschijnen hier vanzelf op tijd.</source>
        <translation>Nothing waiting for you today or in the next two weeks. Follow-ups and aftercare you record in a case will show up here in good time.</translation>
    </message>
    <message>
        <source>%1 — %2 te laat, %3 in totaal</source>
        <translation>%1 — %2 overdue, %3 in total</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>nazorg</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <source>afspraak</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Afspraken en nazorg die nu aandacht vragen</source>
        <translation>Follow-ups and aftercare that need attention now</translation>
    </message>
    <message>
        <source>Gemarkeerd als gedaan.</source>
        <translation>Marked as done.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>De back-up is teruggezet. Ontgrendel de kluis.</source>
        <translation>The backup has been restored. Unlock the vault.</translation>
    </message>
    <message>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Ontgrendel</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ontgrendel met deze computer</source>
        <translation>Unlock with this computer</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten?</source>
        <translation>Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Wachtwoordzin vergeten</source>
        <translation>Forgot passphrase</translation>
    </message>
</context>
<context>
    <name>WizardCreating</name>
    <message>
        <source>De kluis wordt gemaakt. De versleuteling wordt afgestemd op deze computer; dat duurt een paar seconden.</source>
        <translation>Creating the vault. The encryption is tuned to this computer; this takes a few seconds.</translation>
    </message>
    <message>
        <source>Bezig met het maken van de kluis</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>WizardFinish</name>
    <message>
        <source>Nog een paar keuzes; je kunt ze later wijzigen bij Instellingen.</source>
        <translation>A few last choices; you can change them later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Instelling</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>Instelling</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>bijvoorbeeld Universiteit Utrecht</source>
        <translation>for example Utrecht University</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ontgrendel met deze computer</source>
        <translation>Unlock with this computer</translation>
    </message>
    <message>
        <source>De sleutelhanger van je besturingssysteem bewaart dan een sleutel, zodat je na het inloggen op je computer zonder wachtwoordzin ontgrendelt. Je wachtwoordzin blijft altijd werken.</source>
        <translation>Your operating system's keychain then keeps a key, so once you have logged in to your computer you can unlock without your passphrase. Your passphrase always keeps working.</translation>
    </message>
</context>
<context>
    <name>WizardIntro</name>
    <message>
        <source>&lt;b&gt;1. Een kluis op deze laptop.&lt;/b&gt;&lt;br&gt;Je dossiers, contactmomenten en afspraken staan versleuteld in één map op deze laptop. Er gaat niets naar internet.</source>
        <translation>&lt;b&gt;1. A vault on this laptop.&lt;/b&gt;&lt;br&gt;Your cases, contact moments and follow-ups are kept encrypted in one folder on this laptop. Nothing goes to the internet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Alleen jij hebt de sleutel.&lt;/b&gt;&lt;br&gt;Je kiest een wachtwoordzin. Zonder die zin kan niemand de kluis openen, ook de IT-afdeling niet.</source>
        <translation>&lt;b&gt;2. Only you hold the key.&lt;/b&gt;&lt;br&gt;You choose a passphrase. Without it nobody can open the vault, not even the IT department.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Een herstelsleutel voor noodgevallen.&lt;/b&gt;&lt;br&gt;Ben je je wachtwoordzin kwijt, dan opent de herstelsleutel de kluis. Je drukt hem af en bewaart hem veilig.</source>
        <translation>&lt;b&gt;3. A recovery key for emergencies.&lt;/b&gt;&lt;br&gt;If you lose your passphrase, the recovery key opens the vault. You print it and keep it safe.</translation>
    </message>
</context>
<context>
    <name>WizardPassphrase</name>
    <message>
        <source>Kies een wachtwoordzin van minstens 12 tekens. Een paar losse woorden die alleen jij bij elkaar zet, werkt goed en is te onthouden.</source>
        <translation>Choose a passphrase of at least 12 characters. A few unrelated words that only you would put together work well and are easy to remember.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;nogmaals</source>
        <translation>Passphrase &amp;again</translation>
    </message>
    <message>
        <source>Wachtwoordzin nogmaals</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;tonen</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin tonen</source>
        <translation>Show passphrase</translation>
    </message>
</context>
<context>
    <name>WizardRecovery</name>
    <message>
        <source>Dit is je herstelsleutel. Je ziet hem maar één keer. Druk het herstelblad af of sla het op, en bewaar het op een veilige plek, niet bij je laptop.</source>
        <translation>This is your recovery key. You will see it only once. Print or save the recovery sheet and keep it in a safe place, not with your laptop.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Herstelblad afdrukken</source>
        <translation>Print recovery sheet</translation>
    </message>
    <message>
        <source>Typ ter controle de &amp;laatste groep van vijf cijfers over:</source>
        <translation>To check, type the &amp;last group of five digits:</translation>
    </message>
    <message>
        <source>Laatste groep van de herstelsleutel</source>
        <translation>Last group of the recovery key</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Er ging iets onverwachts mis; er is niets gewijzigd. Probeer het opnieuw of start het programma opnieuw.</source>
        <translation>Something unexpected went wrong; nothing was changed. Try again, or restart the program.</translation>
    </message>
</context>
</TS>