<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AnnualReport</name>
    <message>
        <source>Je toelichting bij %1 is nog niet bewaard.</source>
        <translation>Your commentary for %1 has not been saved yet.</translation>
    </message>
    <message>
        <source>Wil je hem eerst bewaren?</source>
        <translation>Do you want to save it first?</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Jaar %1 afsluiten?</source>
        <translation>Finalise the year %1?</translation>
    </message>
    <message>
        <source>De cijfers zoals je ze hier ziet gelden daarna als gepubliceerd; latere verslagen houden er rekening mee, zodat niemand door vergelijken herkenbaar wordt. Gesloten dossiers die in dit jaar zijn meegeteld, komen daarna in aanmerking voor het verwijderen van de persoonsgegevens zodra de bewaartermijn van %1 na het sluiten voorbij is. Afsluiten kun je niet terugdraaien.</source>
        <translation>The figures as you see them here will then count as published; later reports take them into account, so that nobody can be recognised by comparing reports. Closed cases counted in this year then become eligible for removal of their personal data once the retention period of %1 after closing has passed. Finalising cannot be undone.</translation>
    </message>
    <message>
        <source>Jaar afsluiten</source>
        <translation>Finalise year</translation>
    </message>
    <message>
        <source>De cijfers worden geteld en afgeschermd…</source>
        <translation>Counting the figures and suppressing small counts…</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Afgesloten op %1: deze cijfers gelden als gepubliceerd.</source>
        <translation>Finalised on %1: these figures count as published.</translation>
    </message>
    <message>
        <source>Dit jaar loopt nog: de cijfers kunnen nog veranderen.</source>
        <translation>This year is still running: the figures may still change.</translation>
    </message>
    <message>
        <source>Nog niet afgesloten.</source>
        <translation>Not finalised yet.</translation>
    </message>
    <message>
        <source>Jaarverslag als PDF bewaren</source>
        <translation>Save annual report as PDF</translation>
    </message>
    <message>
        <source>jaarverslag-%1.pdf</source>
        <translation>annual-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Het jaarverslag %1 staat in %2</source>
        <translation>The annual report for %1 has been saved to %2</translation>
    </message>
    <message>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Jaar %1 is afgesloten.</source>
        <translation>The year %1 has been finalised.</translation>
    </message>
    <message>
        <source>Publieke sleutel van de ombudsfunctionaris kiezen</source>
        <translation>Choose the ombudsperson&apos;s public key</translation>
    </message>
    <message>
        <source>Publieke sleutel (*.json);;Alle bestanden (*)</source>
        <translation>Public key (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Statistiekbundel bewaren</source>
        <translation>Save statistics bundle</translation>
    </message>
    <message>
        <source>statistiek-%1.json</source>
        <translation>statistics-%1.json</translation>
    </message>
    <message>
        <source>Statistiekbundel (*.json)</source>
        <translation>Statistics bundle (*.json)</translation>
    </message>
    <message>
        <source>De statistiek van %1 is verzegeld voor de ombudsfunctionaris en staat in %2. Alleen de ombudsfunctionaris kan hem openen; er staan alleen aantallen in.</source>
        <translation>The statistics for %1 have been sealed for the ombudsperson and saved to %2. Only the ombudsperson can open the file; it contains counts only.</translation>
    </message>
    <message>
        <source>De statistiek wordt geteld en verzegeld…</source>
        <translation>Counting and sealing the statistics…</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Discriminatiegronden</source>
        <translation>Grounds of discrimination</translation>
    </message>
    <message>
        <source>Rol van de melder</source>
        <translation>Reporter&apos;s role</translation>
    </message>
    <message>
        <source>Relatie tot de beklaagde</source>
        <translation>Relationship to the person complained about</translation>
    </message>
    <message>
        <source>Hiërarchische verhouding</source>
        <translation>Hierarchical relationship</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Eerste contact via</source>
        <translation>First contact via</translation>
    </message>
    <message>
        <source>Kwartaal van aanmelding</source>
        <translation>Quarter of opening</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Gedrag naar rol van de melder</source>
        <translation>Behaviour by reporter&apos;s role</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>minder dan %1, niet getoond</source>
        <translation>fewer than %1, not shown</translation>
    </message>
    <message>
        <source>× = afgeschermd: een aantal van 1 tot en met %1, of een aantal dat verborgen is zodat zo’n klein aantal niet terug te rekenen is.</source>
        <translation>× = withheld: a count from 1 to %1, or a count hidden so that such a small count cannot be worked out.</translation>
    </message>
    <message>
        <source>Nieuwe dossiers</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Doorlopend uit eerdere jaren</source>
        <translation>Carried over from earlier years</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Nazorg op tijd</source>
        <translation>Aftercare on time</translation>
    </message>
    <message>
        <source>geen nazorg gepland in dit jaar</source>
        <translation>no aftercare planned this year</translation>
    </message>
    <message>
        <source>afgeschermd</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>%1 van %2 op tijd</source>
        <translation>%1 of %2 on time</translation>
    </message>
    <message>
        <source>Deze tabel wordt niet getoond: de aantallen zijn te klein om niemand herkenbaar te maken.</source>
        <translation>This table is not shown: the counts are too small to keep everyone unrecognisable.</translation>
    </message>
    <message>
        <source>In %1 had je geen dossiers, dus er is niets te tellen. Je kunt wel een toelichting schrijven; die komt in het verslag.</source>
        <translation>You had no cases in %1, so there is nothing to count. You can still write a commentary; it will go into the report.</translation>
    </message>
    <message>
        <source>In %1 had je minder dan %2 dossiers. Dat is te weinig om cijfers te tonen zonder dat iemand herkenbaar wordt; het verslag bevat daarom alleen je toelichting.</source>
        <translation>In %1 you had fewer than %2 cases. That is too few to show figures without someone becoming recognisable, so the report contains only your commentary.</translation>
    </message>
</context>
<context>
    <name>AnnualReportPage</name>
    <message>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Jaar van het verslag</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <source>Cijfers en toelichting</source>
        <translation>Figures and commentary</translation>
    </message>
    <message>
        <source>Je toelichting: signalen en aanbevelingen</source>
        <translation>Your commentary: signals and recommendations</translation>
    </message>
    <message>
        <source>Wat viel je op dit jaar, en wat raad je het bestuur aan? Dit is de enige vrije tekst in het verslag: schrijf niets waaraan iemand te herkennen is. Ctrl+Enter bewaart.</source>
        <translation>What stood out to you this year, and what do you recommend to the board? This is the only free text in the report: write nothing by which anyone could be recognised. Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>Toelichting bij het jaarverslag</source>
        <translation>Commentary on the annual report</translation>
    </message>
    <message>
        <source>Toelichting bewaren</source>
        <translation>Save commentary</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>Jaar afsluiten…</source>
        <translation>Finalise year…</translation>
    </message>
    <message>
        <source>Jaar afsluiten</source>
        <translation>Finalise year</translation>
    </message>
    <message>
        <source>Statistiek voor de ombudsfunctionaris…</source>
        <translation>Statistics for the ombudsperson…</translation>
    </message>
    <message>
        <source>Statistiek voor de ombudsfunctionaris</source>
        <translation>Statistics for the ombudsperson</translation>
    </message>
    <message>
        <source>Bundels samenvoegen (ombudsfunctionaris)…</source>
        <translation>Merge bundles (ombudsperson)…</translation>
    </message>
    <message>
        <source>Bundels samenvoegen (ombudsfunctionaris)</source>
        <translation>Merge bundles (ombudsperson)</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Wat je hebt getypt weggooien?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>Je wijzigingen in dit venster zijn nog niet bewaard.</source>
        <translation>Your changes in this window have not been saved yet.</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Verder bewerken</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>ja, de beklaagde heeft macht over de melder</source>
        <translation>yes, they have power over the reporter</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Anonieme me&amp;lding (geen naam of contactgegevens)</source>
        <translation>&amp;Anonymous report (no name or contact details)</translation>
    </message>
    <message>
        <source>Anonieme melding</source>
        <translation>Anonymous report</translation>
    </message>
    <message>
        <source>&amp;Melder</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Melder (naam of initialen)</source>
        <translation>Reporter (name or initials)</translation>
    </message>
    <message>
        <source>naam, initialen of pseudoniem</source>
        <translation>name, initials or pseudonym</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <source>Rol van de melder</source>
        <translation>Reporter&apos;s role</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>Gender van de melder</source>
        <translation>Reporter&apos;s gender</translation>
    </message>
    <message>
        <source>&amp;Eenheid</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Eenheid (faculteit of dienst)</source>
        <translation>Unit (faculty or support service)</translation>
    </message>
    <message>
        <source>Eerste &amp;contact via</source>
        <translation>First &amp;contact via</translation>
    </message>
    <message>
        <source>Eerste contact via</source>
        <translation>First contact via</translation>
    </message>
    <message>
        <source>Relatie &amp;beklaagde</source>
        <translation>&amp;Person complained about</translation>
    </message>
    <message>
        <source>Relatie van de beklaagde tot de melder</source>
        <translation>Relationship of the person complained about to the reporter</translation>
    </message>
    <message>
        <source>&amp;Hiërarchisch</source>
        <translation>&amp;Hierarchical</translation>
    </message>
    <message>
        <source>Heeft de beklaagde macht over de melder</source>
        <translation>Does the person complained about have power over the reporter?</translation>
    </message>
    <message>
        <source>Omgev&amp;ing</source>
        <translation>&amp;Setting</translation>
    </message>
    <message>
        <source>Omgeving waarin het gebeurde</source>
        <translation>Setting in which it happened</translation>
    </message>
    <message>
        <source>&amp;Gedrag</source>
        <translation>&amp;Behaviour</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Di&amp;scriminatiegronden</source>
        <translation>Grounds of &amp;discrimination</translation>
    </message>
    <message>
        <source>Discriminatiegronden</source>
        <translation>Grounds of discrimination</translation>
    </message>
    <message>
        <source>&amp;Vraag van de melder</source>
        <translation>Reporter&apos;s re&amp;quest</translation>
    </message>
    <message>
        <source>Vraag van de melder</source>
        <translation>Reporter&apos;s request</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>nazorg</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>opgeschoond</source>
        <translation>purged</translation>
    </message>
</context>
<context>
    <name>CloseCase</name>
    <message>
        <source>na 1 dag</source>
        <translation>after 1 day</translation>
    </message>
    <message>
        <source>na 1 week</source>
        <translation>after 1 week</translation>
    </message>
    <message>
        <source>na 1 maand</source>
        <translation>after 1 month</translation>
    </message>
    <message>
        <source>na 1 jaar</source>
        <translation>after 1 year</translation>
    </message>
    <message>
        <source>na %1 dagen</source>
        <translation>after %1 days</translation>
    </message>
    <message>
        <source>na %1 weken</source>
        <translation>after %1 weeks</translation>
    </message>
    <message>
        <source>na %1 maanden</source>
        <translation>after %1 months</translation>
    </message>
    <message>
        <source>na %1 jaar</source>
        <translation>after %1 years</translation>
    </message>
    <message>
        <source>Nazorg %1</source>
        <translation>Aftercare %1</translation>
    </message>
    <message>
        <source>Datum nazorg %1</source>
        <translation>Date of aftercare %1</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Geen nazorg ingesteld</source>
        <translation>No aftercare set up</translation>
    </message>
    <message>
        <source>Dossier sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nazorg kan niet vóór de sluitdatum liggen.</source>
        <translation>Aftercare cannot be before the closing date.</translation>
    </message>
    <message>
        <source>&amp;Gesloten op</source>
        <translation>&amp;Closed on</translation>
    </message>
    <message>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Uitkomst (één of meer)</source>
        <translation>Outcome (one or more)</translation>
    </message>
    <message>
        <source>&amp;Doorverwezen naar</source>
        <translation>&amp;Referred to</translation>
    </message>
    <message>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>&amp;Nazorg</source>
        <translation>&amp;Aftercare</translation>
    </message>
    <message>
        <source>Nazorgmomenten</source>
        <translation>Aftercare dates</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Contactmoment wijzigen</source>
        <translation>Edit contact moment</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Contactmoment toevoegen</source>
        <translation>Add contact moment</translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>Datum en tijd van het contactmoment</source>
        <translation>Date and time of the contact moment</translation>
    </message>
    <message>
        <source>&amp;Duur (minuten)</source>
        <translation>&amp;Duration (minutes)</translation>
    </message>
    <message>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>&amp;Vorm</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>Vorm van het contact</source>
        <translation>How the contact took place</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>W&amp;ith</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notities bij het contactmoment</source>
        <translation>Notes on the contact moment</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
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
    <name>AppShell</name>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>De automatische back-up van vandaag is niet gemaakt.</source>
        <translation>Today's automatic backup was not made.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Er is niets bewaard.</source>
        <translation>Nothing was saved.</translation>
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
    <name>Dossier</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>gedaan %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>nazorg</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <source>afspraak</source>
        <translation>follow-up</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Dossier &amp;heropenen</source>
        <translation>&amp;Reopen case</translation>
    </message>
    <message>
        <source>Dossier heropenen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Dossier verwijderen, als het per vergissing is aangemaakt</source>
        <translation>Delete the case, if it was created by mistake</translation>
    </message>
    <message>
        <source>Dossier verwijderen…</source>
        <translation>Delete case…</translation>
    </message>
    <message>
        <source>Gekozen afspraak wijzigen</source>
        <translation>Edit the selected follow-up</translation>
    </message>
    <message>
        <source>Gekozen contactmoment verwijderen</source>
        <translation>Remove the selected contact moment</translation>
    </message>
    <message>
        <source>Gekozen contactmoment wijzigen</source>
        <translation>Edit the selected contact moment</translation>
    </message>
    <message>
        <source>Niet bewaarde tekst teruggezet</source>
        <translation>Unsaved text restored</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>W&amp;ijzigen…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Geopend %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>gesloten %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>persoonsgegevens worden verwijderd vanaf %1</source>
        <translation>personal data will be removed as of %1</translation>
    </message>
    <message>
        <source>persoonsgegevens zijn verwijderd</source>
        <translation>personal data have been removed</translation>
    </message>
    <message>
        <source>Bewaarplicht: %1</source>
        <translation>Legal hold: %1</translation>
    </message>
    <message>
        <source>Bewaarplicht…</source>
        <translation>Legal hold…</translation>
    </message>
    <message>
        <source>Bewaarplicht verlengen…</source>
        <translation>Extend retention…</translation>
    </message>
    <message>
        <source>Nog geen contactmomenten.</source>
        <translation>No contact moments yet.</translation>
    </message>
    <message>
        <source>1 contactmoment, 1 minuut</source>
        <translation>1 contact moment, 1 minute</translation>
    </message>
    <message>
        <source>1 contactmoment, %1 minuten</source>
        <translation>1 contact moment, %1 minutes</translation>
    </message>
    <message>
        <source>%1 contactmomenten, samen %2 minuten</source>
        <translation>%1 contact moments, %2 minutes in total</translation>
    </message>
    <message>
        <source>Niet bewaarde wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Niet bewaard</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Geëxporteerd naar %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>← Dossiers</source>
        <translation>← Cases</translation>
    </message>
    <message>
        <source>Terug naar de lijst met dossiers</source>
        <translation>Back to the list of cases</translation>
    </message>
    <message>
        <source>Bewaarplicht verlengen</source>
        <translation>Extend retention</translation>
    </message>
    <message>
        <source>E&amp;xporteren…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>Dossier sl&amp;uiten…</source>
        <translation>Clos&amp;e case…</translation>
    </message>
    <message>
        <source>Dossier sluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Sections of the case</translation>
    </message>
    <message>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Wijzigingen bewaren</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Contactmoment toevoegen…</source>
        <translation>Add contact &amp;moment…</translation>
    </message>
    <message>
        <source>Contactmoment toevoegen</source>
        <translation>Add contact moment</translation>
    </message>
    <message>
        <source>Contactmomenten, nieuwste eerst</source>
        <translation>Contact moments, newest first</translation>
    </message>
    <message>
        <source>&amp;Afspraken en nazorg</source>
        <translation>&amp;Follow-ups and aftercare</translation>
    </message>
    <message>
        <source>&amp;Gedaan</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Markeer de gekozen afspraak als gedaan</source>
        <translation>Mark the selected follow-up as done</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>&amp;Cancel follow-up</translation>
    </message>
    <message>
        <source>Annuleer de gekozen afspraak</source>
        <translation>Cancel the selected follow-up</translation>
    </message>
    <message>
        <source>Afspraak toe&amp;voegen…</source>
        <translation>Add follo&amp;w-up…</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Afspraken en nazorg</source>
        <translation>Follow-ups and aftercare</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Je eigen aantekeningen bij dit dossier. Ctrl+Enter bewaart.</source>
        <translation>Your own notes on this case. Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>Notities bewaren</source>
        <translation>Save notes</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Volgende deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle soorten gedrag</source>
        <translation>All kinds of behaviour</translation>
    </message>
    <message>
        <source>1 dossier</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>Geen dossiers die hierbij passen. Zet een filter uit of zoek op een ander woord.</source>
        <translation>No cases match. Turn off a filter or search for a different word.</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Maak je eerste dossier met Ctrl+N: een referentie, de datum en wat je van de melding weet. Alles blijft versleuteld op deze computer.</source>
        <translation>No cases yet. Start your first case with Ctrl+N: a reference, the date and what you know about the report. Everything stays encrypted on this computer.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Zoekveld leegmaken</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Dossiers importeren uit een uitwisselbestand (.json, versleuteld) of een spreadsheet (.csv, .xlsx)</source>
        <translation>Import cases from an exchange file (.json, encrypted) or a spreadsheet (.csv, .xlsx)</translation>
    </message>
    <message>
        <source>Dossiers importeren</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Nieuw dossier (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Voortgang van de import</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import annuleren</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Zoek in dossiers…</source>
        <translation>Search cases…</translation>
    </message>
    <message>
        <source>Zoek in dossiers</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alleen open dossiers</source>
        <translation>Only open cases</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Alleen gesloten dossiers met lopende nazorg</source>
        <translation>Only closed cases with aftercare still pending</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Alleen gesloten dossiers zonder lopende nazorg</source>
        <translation>Only closed cases with no aftercare pending</translation>
    </message>
    <message>
        <source>Met deadline</source>
        <translation>With deadline</translation>
    </message>
    <message>
        <source>Alleen dossiers met een openstaande deadline</source>
        <translation>Only cases with an open deadline</translation>
    </message>
    <message>
        <source>Jaar van opening</source>
        <translation>Year opened</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Behaviour</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export case</translation>
    </message>
    <message>
        <source>Verzegeld exportbestand (*.vpsealed)</source>
        <translation>Sealed export file (*.vpsealed)</translation>
    </message>
    <message>
        <source>Bezig met versleutelen en opslaan…</source>
        <translation>Encrypting and saving…</translation>
    </message>
    <message>
        <source>De export wordt afgebroken…</source>
        <translation>Cancelling the export…</translation>
    </message>
    <message>
        <source>De export is afgebroken; er is geen bestand geschreven.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Het dossier wordt versleuteld opgeslagen in een bestand dat je zelf kiest. Alleen wie de wachtwoordzin kent, kan het openen. Geef de wachtwoordzin apart door, nooit samen met het bestand.</source>
        <translation>The case is saved as an encrypted file in a place you choose. Only someone who knows the passphrase can open it. Share the passphrase separately, never together with the file.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin voor het exportbestand</source>
        <translation>Passphrase for the export file</translation>
    </message>
    <message>
        <source>Wachtwoordzin n&amp;ogmaals</source>
        <translation>Passphrase &amp;again</translation>
    </message>
    <message>
        <source>Wachtwoordzin nogmaals</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Voortgang van de export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
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
    <name>FollowupDialog</name>
    <message>
        <source>Afspraak wijzigen</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>niet herhalen</source>
        <translation>does not repeat</translation>
    </message>
    <message>
        <source>elke week</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>elke twee weken</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>elke maand</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>Schrijf kort op wat is afgesproken.</source>
        <translation>Write down briefly what was agreed.</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Soort: afspraak of nazorg</source>
        <translation>Kind: agreement or aftercare</translation>
    </message>
    <message>
        <source>&amp;Wat is afgesproken</source>
        <translation>&amp;What was agreed</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>bijvoorbeeld: melder laat weten of het gesprek met de leidinggevende is gevoerd</source>
        <translation>for example: reporter lets you know whether the conversation with their manager has taken place</translation>
    </message>
    <message>
        <source>Wie &amp;doet het</source>
        <translation>Who d&amp;oes it</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk op</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>&amp;Herhalen</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Herhalen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Versleuteld bestand</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>1 dossier geïmporteerd.</source>
        <translation>1 case imported.</translation>
    </message>
    <message>
        <source>%1 dossiers geïmporteerd.</source>
        <translation>%1 cases imported.</translation>
    </message>
    <message>
        <source>Dossiers importeren</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <source>Dossierbestanden (*.json *.vpsealed *.csv *.xlsx);;Alle bestanden (*)</source>
        <translation>Case files (*.json *.vpsealed *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Wachtwoordzin van het bestand:</source>
        <translation>The file&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Import geannuleerd; er is niets geïmporteerd.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
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
    <name>LegalHoldDialog</name>
    <message>
        <source>Bewaarplicht vastleggen</source>
        <translation>Set legal hold</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Schrijf op waarom de gegevens langer bewaard moeten blijven.</source>
        <translation>Write down why the data must be kept longer.</translation>
    </message>
    <message>
        <source>Bewaarplicht</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>Met een bewaarplicht worden de persoonsgegevens van dit dossier niet verwijderd na de bewaartermijn, zolang de bewaarplicht geldt. Schrijf op waarom, bijvoorbeeld een lopende klachtprocedure.</source>
        <translation>With a legal hold, the personal data in this case are not removed at the end of the retention period for as long as the hold applies. Write down why, for example an ongoing complaints procedure.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reden voor de bewaarplicht</source>
        <translation>Reason for the legal hold</translation>
    </message>
    <message>
        <source>Bewaarplicht opheffen</source>
        <translation>Lift legal hold</translation>
    </message>
    <message>
        <source>Bewaarplicht &amp;opheffen</source>
        <translation>&amp;Lift legal hold</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
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
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deze referentie is al in gebruik; kies een ander nummer.</source>
        <translation>This reference is already in use; choose another number.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Re&amp;ferentie</source>
        <translation>Re&amp;ference</translation>
    </message>
    <message>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ge&amp;opend op</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Vul rol, eerste contact, gedrag, relatie, hiërarchie en omgeving in; de naam van de melder of &quot;anonieme melding&quot;. Ctrl+Enter bewaart.</source>
        <translation>Fill in the role, first contact, behaviour, person complained about, hierarchy and setting, plus the reporter&apos;s name or &quot;Anonymous report&quot;. Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>Knoppen</source>
        <translation>Buttons</translation>
    </message>
</context>
<context>
    <name>OmbudspersonMerge</name>
    <message>
        <source>Privésleutel kiezen</source>
        <translation>Choose private key</translation>
    </message>
    <message>
        <source>Privésleutel (*.json);;Alle bestanden (*)</source>
        <translation>Private key (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Statistiekbundel toevoegen</source>
        <translation>Add statistics bundle</translation>
    </message>
    <message>
        <source>Statistiekbundel (*.json);;Alle bestanden (*)</source>
        <translation>Statistics bundle (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Samengevoegd verslag bewaren</source>
        <translation>Save merged report</translation>
    </message>
    <message>
        <source>samengevoegd-%1</source>
        <translation>merged-%1</translation>
    </message>
    <message>
        <source>Bewaard in %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Nog geen sleutel gekozen</source>
        <translation>No key chosen yet</translation>
    </message>
</context>
<context>
    <name>OmbudspersonMergeDialog</name>
    <message>
        <source>Bundels samenvoegen (ombudsfunctionaris)</source>
        <translation>Merge bundles (ombudsperson)</translation>
    </message>
    <message>
        <source>Voor de ombudsfunctionaris: voeg de statistiekbundels van vertrouwenspersonen samen tot één verslag. Je hebt je privésleutel en de wachtwoordzin ervan nodig. De bundels bevatten alleen aantallen; na het samenvoegen worden kleine aantallen opnieuw afgeschermd.</source>
        <translation>For the ombudsperson: merge the statistics bundles of confidential advisors into one report. You need your private key and its passphrase. The bundles contain counts only; after merging, small counts are suppressed again.</translation>
    </message>
    <message>
        <source>Privésleutel</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>Nog geen sleutel gekozen</source>
        <translation>No key chosen yet</translation>
    </message>
    <message>
        <source>Sleutel &amp;kiezen…</source>
        <translation>Choose &amp;key…</translation>
    </message>
    <message>
        <source>Privésleutel kiezen</source>
        <translation>Choose private key</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin van de sleutel</source>
        <translation>Key &amp;passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de privésleutel</source>
        <translation>Passphrase of the private key</translation>
    </message>
    <message>
        <source>&amp;Bundels</source>
        <translation>&amp;Bundles</translation>
    </message>
    <message>
        <source>Gekozen statistiekbundels</source>
        <translation>Selected statistics bundles</translation>
    </message>
    <message>
        <source>Bundel &amp;toevoegen…</source>
        <translation>&amp;Add bundle…</translation>
    </message>
    <message>
        <source>Bundel toevoegen</source>
        <translation>Add bundle</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Gekozen bundel verwijderen</source>
        <translation>Remove the selected bundle</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Bundels samenvoegen</source>
        <translation>Merge bundles</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Samengevoegde cijfers</source>
        <translation>Merged figures</translation>
    </message>
    <message>
        <source>&amp;PDF bewaren…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <source>Samengevoegd verslag als PDF bewaren</source>
        <translation>Save merged report as PDF</translation>
    </message>
    <message>
        <source>&amp;JSON bewaren…</source>
        <translation>Save &amp;JSON…</translation>
    </message>
    <message>
        <source>Samengevoegd verslag als JSON bewaren</source>
        <translation>Save merged report as JSON</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
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
        <translation>The backup&apos;s passphrase (or your current passphrase):</translation>
    </message>
    <message>
        <source>De back-up wordt gecontroleerd en teruggezet…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>Instelling wijzigen</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <source>„%1” verandert van %2 in %3. Doorgaan?</source>
        <translation>“%1” changes from %2 to %3. Continue?</translation>
    </message>
    <message>
        <source>1 extra code (alleen via beleid)</source>
        <translation>1 extra code (set by policy only)</translation>
    </message>
    <message>
        <source>%1 extra codes (alleen via beleid)</source>
        <translation>%1 extra codes (set by policy only)</translation>
    </message>
    <message>
        <source>De instelling kon niet worden opgeslagen.</source>
        <translation>The setting could not be saved.</translation>
    </message>
    <message>
        <source>Je organisatie staat hoogstens 1 minuut toe</source>
        <translation>Your organisation allows at most 1 minute</translation>
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
        <source>Meldingen over het beleid van je organisatie</source>
        <translation>Notices about your organisation&apos;s policy</translation>
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
        <translation>Every day you open the vault, an encrypted backup is made automatically in the vault&apos;s backups folder. Now and then, also make a backup on an encrypted drive of your own.</translation>
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
        <source> (de eerste %1 staan hieronder)</source>
        <translation> (the first %1 are listed below)</translation>
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
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
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
        <source>Wachtwoordzin &amp;tonen</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin tonen</source>
        <translation>Show passphrase</translation>
    </message>
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
        <translation>Your operating system&apos;s keychain then keeps a key, so once you have logged in to your computer you can unlock without your passphrase. Your passphrase always keeps working.</translation>
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
<context>
    <name>Corrections</name>
    <message>
        <source>Alleen voor een dossier dat per vergissing is aangemaakt. Alles erin verdwijnt en komt niet terug.</source>
        <translation>Only for a case created by mistake. Everything in it disappears and cannot be brought back.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Dossier %1 verwijderen?</source>
        <translation>Delete case %1?</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Verwijderen van het contactmoment ongedaan maken</source>
        <translation>Undo removing the contact moment</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Venster tonen</source>
        <translation>Show window</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
</context>
</TS>
