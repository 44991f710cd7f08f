<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DbPassword</name>
    <message>
        <source>Database server password</source>
        <translation>Пароль для сервера базы данных</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>Пароль для {0}:</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <source>The database {0} is encrypted. Enter its password:</source>
        <translation>База данных {0} зашифрована. Введите её пароль:</translation>
    </message>
</context>
</TS>
