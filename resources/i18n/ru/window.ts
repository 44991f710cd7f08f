<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Front</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Оборот</translation>
    </message>
    <message>
        <source>Fit check…</source>
        <translation>Проверить на всех…</translation>
    </message>
    <message>
        <source>Card layout «%1»</source>
        <translation>Макет билета «%1»</translation>
    </message>
</context>
</TS>
