"""Key derivation, key wrapping, recovery keys, the OS keychain adapter and process hygiene."""
