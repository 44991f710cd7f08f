<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FitDialog</name>
    <message>
        <source>Fit check</source>
        <translation>Проверка макета</translation>
    </message>
    <message>
        <source>Members checked: %1. Texts that do not fit even at the minimum size: %2.</source>
        <translation>Проверено членов Профсоюза: %1. Не помещается даже при наименьшем размере шрифта: %2.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Widest — %1: %2 (%3)</source>
        <translation>Самый длинный текст — %1: %2 (%3)</translation>
    </message>
</context>
</TS>
