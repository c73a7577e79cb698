"""File formats for moving cases in and out of the vault.

- :mod:`sealed_file`  the passphrase-encrypted wrapper an export is written in by default;
- :mod:`json_file`    the exchange format v1 (CONTRACT.md) as bytes and files, sealed or plain;
- :mod:`spreadsheet`  CSV and XLSX import for advisors who keep their cases in a spreadsheet;
- :mod:`template`     the documented spreadsheet template (docs/spreadsheet-template.*);
- :mod:`loader`       one entry point for ``import FILE`` that picks the right reader;
- :mod:`progress`     the progress callback importers report through.

Every reader is all-or-nothing (the whole list of cases, or an exception) and every error names
only a location (file row, case reference, field), never case content.
"""
