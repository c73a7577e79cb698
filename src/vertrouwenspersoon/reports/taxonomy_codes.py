"""The default taxonomy codes a report lists (also when their count is zero), with Dutch/English labels.

The domain package owns the taxonomy; the report keeps its own copy of the CONTRACT.md default codes so it
depends on nothing of ours but errors/messages. Codes an institution adds through policy still appear:
statistics add every code found in the data after these. Labels are presentation only; JSON uses codes.
"""

from __future__ import annotations

# table -> ((code, Dutch label, English label), ...) in presentation order
CODES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "behaviour": (
        ("sexual-harassment", "Seksuele intimidatie", "Sexual harassment"),
        ("sexual-violence", "Seksueel geweld of misbruik", "Sexual violence or abuse"),
        ("aggression-violence", "Agressie en geweld", "Aggression and violence"),
        ("bullying", "Pesten", "Bullying"),
        ("intimidation", "Intimidatie (niet-seksueel)", "Intimidation (non-sexual)"),
        ("discrimination", "Discriminatie", "Discrimination"),
        ("abuse-of-power", "Machtsmisbruik", "Abuse of power"),
        ("integrity", "Integriteitsschending", "Integrity violation"),
        ("workload-conflict", "Werkdruk of arbeidsconflict", "Workload or work conflict"),
        ("radicalisation", "Radicalisering", "Radicalisation"),
        ("other", "Overig", "Other"),
    ),
    "grounds": (
        ("origin-ethnicity", "Afkomst of etniciteit", "Origin or ethnicity"),
        ("religion-belief", "Religie of levensovertuiging", "Religion or belief"),
        ("antisemitism", "Antisemitisme", "Antisemitism"),
        ("islamophobia", "Moslimhaat", "Islamophobia"),
        ("gender", "Geslacht", "Gender"),
        ("sexual-orientation", "Seksuele oriëntatie", "Sexual orientation"),
        ("gender-identity", "Genderidentiteit", "Gender identity"),
        ("disability-chronic-illness", "Handicap of chronische ziekte", "Disability or chronic illness"),
        ("age", "Leeftijd", "Age"),
        ("nationality", "Nationaliteit", "Nationality"),
        ("political-opinion", "Politieke overtuiging", "Political opinion"),
        ("other", "Overig", "Other"),
    ),
    "role": (
        ("student", "Student", "Student"),
        ("phd", "Promovendus", "PhD candidate"),
        ("staff-academic", "Wetenschappelijk personeel", "Academic staff"),
        ("staff-support", "Ondersteunend personeel", "Support staff"),
        ("external", "Extern", "External"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "relation": (
        ("manager", "Leidinggevende", "Manager"),
        ("lecturer-supervisor", "Docent of begeleider", "Lecturer or supervisor"),
        ("colleague", "Collega", "Colleague"),
        ("fellow-student", "Medestudent", "Fellow student"),
        ("subordinate", "Ondergeschikte", "Subordinate"),
        ("external", "Extern", "External"),
        ("group-or-organisation", "Groep of organisatie", "Group or organisation"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "hierarchical": (
        ("yes", "Ja, hiërarchisch", "Yes, hierarchical"),
        ("no", "Nee", "No"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "setting": (
        ("education", "Onderwijs", "Education"),
        ("work", "Werk", "Work"),
        ("research-fieldwork", "Onderzoek of veldwerk", "Research or fieldwork"),
        ("student-association", "Studentenvereniging", "Student association"),
        ("online", "Online", "Online"),
        ("housing", "Huisvesting", "Housing"),
        ("other", "Overig", "Other"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "channel": (
        ("in-person", "Persoonlijk", "In person"),
        ("phone", "Telefoon", "Phone"),
        ("video", "Video", "Video"),
        ("email", "E-mail", "E-mail"),
        ("chat", "Chat", "Chat"),
        ("referral", "Doorverwijzing", "Referral"),
        ("unknown", "Onbekend", "Unknown"),
    ),
    "outcome": (
        ("listening-ear", "Luisterend oor", "Listening ear"),
        ("advice", "Advies", "Advice"),
        ("referral", "Doorverwezen", "Referred"),
        ("informal-resolution", "Informele oplossing", "Informal resolution"),
        ("mediation", "Bemiddeling", "Mediation"),
        ("formal-complaint", "Formele klacht", "Formal complaint"),
        ("police-report", "Aangifte", "Police report"),
        ("reported-to-management", "Gemeld bij leiding", "Reported to management"),
        ("withdrawn", "Ingetrokken", "Withdrawn"),
        ("no-contact-after-intake", "Geen contact na intake", "No contact after intake"),
        ("other", "Overig", "Other"),
    ),
    "referral": (
        ("complaints-committee", "Klachtencommissie", "Complaints committee"),
        ("ombudsperson", "Ombudsfunctionaris", "Ombudsperson"),
        ("occupational-physician", "Bedrijfsarts", "Occupational physician"),
        ("student-psychologist", "Studentenpsycholoog", "Student psychologist"),
        ("student-counsellor", "Studentendecaan", "Student counsellor"),
        ("hr", "HR", "HR"),
        ("police", "Politie", "Police"),
        ("vertrouwensinspectie", "Vertrouwensinspectie", "Confidential inspectorate"),
        ("integrity-committee", "Commissie wetenschappelijke integriteit", "Integrity committee"),
        ("discrimination-hotline", "Antidiscriminatievoorziening", "Discrimination hotline"),
        ("cidi", "CIDI", "CIDI"),
        ("victim-support", "Slachtofferhulp", "Victim support"),
        ("external-counselling", "Externe hulpverlening", "External counselling"),
        ("other", "Overig", "Other"),
    ),
    "quarter": (
        ("q1", "1e kwartaal", "1st quarter"),
        ("q2", "2e kwartaal", "2nd quarter"),
        ("q3", "3e kwartaal", "3rd quarter"),
        ("q4", "4e kwartaal", "4th quarter"),
        ("earlier", "Geopend in een eerder jaar", "Opened in an earlier year"),
    ),
    "unit": (
        ("other-units", "Overige eenheden", "Other units"),
        ("unknown", "Onbekend", "Unknown"),
    ),
}

_LABELS = {(table, code): (nl, en) for table, rows in CODES.items() for code, nl, en in rows}


def default_codes(table: str) -> list[str]:
    """The codes always listed in a table (units: none, they come from the data)."""
    if table == "unit":
        return []
    return [code for code, _, _ in CODES.get(table, ())]


def label(table: str, code: str, lang: str) -> str:
    """The reader's label for a code; an unknown (institution-added) code or a unit name shows as is."""
    pair = _LABELS.get((table, code))
    if pair is None:
        return code
    return pair[0] if lang == "nl" else pair[1]
