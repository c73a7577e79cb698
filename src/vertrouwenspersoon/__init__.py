"""Vertrouwenspersoon: the encrypted, offline case file of a confidential advisor."""

__version__ = "0.1.0"
