<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>Выбытие из Профсоюза</translation>
    </message>
    <message>
        <source>at own wish</source>
        <translation>по собственному желанию</translation>
    </message>
    <message>
        <source>dismissal</source>
        <translation>увольнение</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>выход на пенсию</translation>
    </message>
    <message>
        <source>death</source>
        <translation>смерть</translation>
    </message>
    <message>
        <source>transfer to another organisation</source>
        <translation>переход в другую организацию</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Член Профсоюза:</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The record is kept: a member who leaves stays in history.</source>
        <translation>Карточка не удаляется: выбывший остаётся в истории.</translation>
    </message>
    <message>
        <source>Enter the date of leaving.</source>
        <translation>Укажите дату выбытия.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another organisation</source>
        <translation>Перевод в другую организацию</translation>
    </message>
    <message>
        <source>type a part of the name or code</source>
        <translation>начните вводить название или код</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Член Профсоюза:</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Сейчас в организации</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Дата перевода</translation>
    </message>
    <message>
        <source>Choose the organisation to move to.</source>
        <translation>Выберите организацию, в которую переводится член Профсоюза.</translation>
    </message>
</context>
</TS>
