"""Dialogs of a case: new case, contact moment, follow-up, close, legal hold, export."""
