"""CONTRACT.md's exchange-format example, copied from the contract text (never produced by the code under test).

Shared by the domain, exchange and CLI tests so there is one copy to keep in step with the contract.
"""

CONTRACT_EXAMPLE = """
{
  "format": "vertrouwenspersoon-cases",
  "version": 1,
  "cases": [
    {
      "reference": "2026-014",
      "opened_on": "2026-03-02",
      "closed_on": "2026-05-11",
      "anonymous": false,
      "reporter": {"alias": "M.", "contact": "optional free text", "role": "phd",
                   "gender": "female", "unit": "Faculteit Bètawetenschappen"},
      "channel": "email",
      "behaviour": ["sexual-harassment", "abuse-of-power"],
      "grounds": [],
      "relation": "lecturer-supervisor",
      "hierarchical": true,
      "setting": "research-fieldwork",
      "requests": ["listening-ear", "advice"],
      "outcomes": ["referral"],
      "referrals": ["complaints-committee"],
      "consent_on": "2026-03-02",
      "legal_hold": null,
      "notes": "free text",
      "contacts": [
        {"at": "2026-03-02T10:30", "minutes": 50, "mode": "in-person", "with": "reporter", "notes": "free text"}
      ],
      "followups": [
        {"kind": "agreement", "description": "free text", "actor": "advisor",
         "due_on": "2026-03-16", "done_on": "2026-03-15", "cancelled_on": null},
        {"kind": "aftercare", "description": "free text", "actor": "advisor",
         "due_on": "2026-06-08", "done_on": null, "cancelled_on": null}
      ]
    }
  ]
}
"""
