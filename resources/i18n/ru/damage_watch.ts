<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LoginDialog</name>
    <message>
        <source>{0}

Restore the database from this backup now?</source>
        <translation>{0}

Восстановить базу из этой копии сейчас?</translation>
    </message>
</context>
</TS>
