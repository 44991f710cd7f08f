<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../../app/ui/member_table.py" line="71"/>
        <source>worker</source>
        <translation>работающий</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="72"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="73"/>
        <source>pensioner</source>
        <translation>пенсионер</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="79"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="80"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="81"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="82"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="83"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="84"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="85"/>
        <source>Joined</source>
        <translation>Вступил(а)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="86"/>
        <source>E-registered</source>
        <translation>Эл. учёт</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="87"/>
        <source>Card number</source>
        <translation>Номер билета</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_table.py" line="88"/>
        <source>Left</source>
        <translation>Выбыл(а)</translation>
    </message>
</context>
</TS>
