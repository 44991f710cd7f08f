<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Profdesk</source>
        <translation>Вход в Profdesk</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>{0}

Restore the database from this backup now?</source>
        <translation>{0}

Восстановить базу из этой копии сейчас?</translation>
    </message>
</context>
</TS>
