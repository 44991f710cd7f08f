"""Users, sign-in, audit log, backups and the database password."""
