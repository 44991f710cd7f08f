<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="47"/>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="60"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="63"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="66"/>
        <source>All objects</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="69"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="71"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="74"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="76"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="86"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="87"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="88"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="89"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="90"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="91"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/security_audit.py" line="139"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="141"/>
        <source>(the newest; narrow the filter to see older ones)</source>
        <translation>(последние; чтобы увидеть более ранние, сузьте отбор)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="147"/>
        <source>Export audit log</source>
        <translation>Выгрузка журнала действий</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="148"/>
        <source>audit.xlsx</source>
        <translation>журнал.xlsx</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_audit.py" line="149"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/security_audit.py" line="165"/>
        <source>Exported %n entry(ies)</source>
        <translation>
            <numerusform>Выгружена %n запись</numerusform>
            <numerusform>Выгружены %n записи</numerusform>
            <numerusform>Выгружено %n записей</numerusform>
        </translation>
    </message>
</context>
</TS>
