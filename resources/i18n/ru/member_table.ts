<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../../app/ui/member_table.py" line="63"/>
        <source>worker</source>
        <translation>работающий</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="64"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="65"/>
        <source>pensioner</source>
        <translation>пенсионер</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="71"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="72"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="73"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="74"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="75"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="77"/>
        <source>Joined</source>
        <translation>Вступил(а)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="78"/>
        <source>E-registered</source>
        <translation>Эл. учёт</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="79"/>
        <source>Card number</source>
        <translation>Номер билета</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="80"/>
        <source>Left</source>
        <translation>Выбыл(а)</translation>
    </message>
</context>
</TS>
