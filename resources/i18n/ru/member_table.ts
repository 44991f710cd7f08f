<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberTableModel</name>
    <message>
        <source>worker</source>
        <translation>работающий</translation>
    </message>
    <message>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <source>pensioner</source>
        <translation>пенсионер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вступил(а)</translation>
    </message>
    <message>
        <source>E-registered</source>
        <translation>Эл. учёт</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер билета</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбыл(а)</translation>
    </message>
</context>
</TS>
