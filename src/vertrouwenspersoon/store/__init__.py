"""The vault: SQLCipher connection, key slots, schema and migrations, backups and repositories."""
