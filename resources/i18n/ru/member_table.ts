<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MemberTableModel</name>
    <message>
      <location filename="../../../app/ui/member_table.py" line="53" />
      <source>worker</source>
      <translation>работающий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="54" />
      <source>student</source>
      <translation>студент</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="55" />
      <source>pensioner</source>
      <translation>пенсионер</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="61" />
      <source>Full name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="62" />
      <source>Birth date</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="63" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="64" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="65" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="66" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="67" />
      <source>Joined</source>
      <translation>Вступил(а)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="68" />
      <source>E-registered</source>
      <translation>Эл. учёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="69" />
      <source>Card number</source>
      <translation>Номер билета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_table.py" line="70" />
      <source>Left</source>
      <translation>Выбыл(а)</translation>
    </message>
  </context>
</TS>