"""Members and organisations: the table, the forms, moving and leaving, importing a list."""
