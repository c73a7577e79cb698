"""The anonymised annual report: statistics, disclosure control, JSON and PDF output, statistics bundles.

Imports only the standard library, reportlab, PyNaCl, argon2-cffi and `vertrouwenspersoon.errors` /
`vertrouwenspersoon.messages`, so the store can feed it plain `CaseFacts` without a dependency cycle.
"""
