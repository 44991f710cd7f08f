<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConsentDateDialog</name>
    <message>
        <source>Consent received</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Член Профсоюза:</translation>
    </message>
    <message>
        <source>Signed consent received on</source>
        <translation>Дата получения подписанного согласия</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database was restored from «{0}». The replaced data is kept in «{1}».</source>
        <translation>База данных восстановлена из «{0}». Заменённые данные сохранены в «{1}».</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>Сначала выберите члена Профсоюза в списке.</translation>
    </message>
    <message>
        <source>Application and consent</source>
        <translation>Заявление и согласие</translation>
    </message>
    <message>
        <source>application and consent {0}.pdf</source>
        <translation>заявление и согласие {0}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print application and &amp;consent…</source>
        <translation>Заявление и &amp;согласие на печать…</translation>
    </message>
    <message>
        <source>The application to join and the separate consent to personal data processing</source>
        <translation>Заявление о вступлении и отдельное согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent &amp;received…</source>
        <translation>Согласие &amp;получено…</translation>
    </message>
    <message>
        <source>Record the date the signed consent came back</source>
        <translation>Отметить дату получения подписанного согласия</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>Who may sign in, with which role</source>
        <translation>Кто может входить в программу и с какой ролью</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
        <source>Who did what and when</source>
        <translation>Кто, что и когда делал</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
        <source>Save a copy of the database beside it</source>
        <translation>Сохранить копию базы данных в папку рядом с ней</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Заменить базу данных одной из её резервных копий</translation>
    </message>
</context>
</TS>
