<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AuditWindow</name>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="46" />
      <source>Audit log</source>
      <translation>Журнал действий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="59" />
      <source>All users</source>
      <translation>Все пользователи</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="62" />
      <source>All actions</source>
      <translation>Все действия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="65" />
      <source>All objects</source>
      <translation>Все объекты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="68" />
      <source>&amp;Show</source>
      <translation>&amp;Показать</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="70" />
      <source>&amp;Export…</source>
      <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="73" />
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="75" />
      <source>to</source>
      <translation>по</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="85" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="86" />
      <source>User</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="87" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="88" />
      <source>Object</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="89" />
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="90" />
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/security_audit.py" line="137" />
      <source>%n entry(ies)</source>
      <translation>
        <numerusform>%n запись</numerusform>
        <numerusform>%n записи</numerusform>
        <numerusform>%n записей</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="139" />
      <source>(the newest; narrow the filter to see older ones)</source>
      <translation>(последние; чтобы увидеть более ранние, сузьте отбор)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="145" />
      <source>Export audit log</source>
      <translation>Выгрузка журнала действий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="146" />
      <source>audit.xlsx</source>
      <translation>журнал.xlsx</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_audit.py" line="147" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/security_audit.py" line="163" />
      <source>Exported %n entry(ies)</source>
      <translation>
        <numerusform>Выгружена %n запись</numerusform>
        <numerusform>Выгружены %n записи</numerusform>
        <numerusform>Выгружено %n записей</numerusform>
      </translation>
    </message>
  </context>
</TS>