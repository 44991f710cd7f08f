"""The application's jobs: each module is one thing a user does end to end (print a booklet
run, write the report files, set up a new installation, ...), combining the domain
(app.models) with printing, importing and the exchange. The GUI and the CLI both call these,
so a job behaves the same from either; app.models stays the domain and imports none of it."""
