"""The domain: case files, taxonomy, validation, life cycle and deadline arithmetic.

Pure Python (dateutil only): no Qt, no SQL, and nothing else of this program, so every rule can be
read and tested on its own. The store persists these values; the CLI and GUI render its errors.
"""
