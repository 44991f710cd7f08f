<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookletDesigner</name>
    <message>
        <source>Page 1 (cover)</source>
        <translation>Страница 1 (обложка)</translation>
    </message>
    <message>
        <source>Page 2</source>
        <translation>Страница 2</translation>
    </message>
    <message>
        <source>Page 3 (card place)</source>
        <translation>Страница 3 (место для билета)</translation>
    </message>
    <message>
        <source>Page 4 (back)</source>
        <translation>Страница 4 (оборот)</translation>
    </message>
    <message>
        <source>Booklet layout «%1»</source>
        <translation>Макет буклета «%1»</translation>
    </message>
    <message>
        <source>Fit check…</source>
        <translation>Проверить на всех…</translation>
    </message>
    <message>
        <source>Booklet text…</source>
        <translation>Текст буклета…</translation>
    </message>
    <message>
        <source>Print with this layout</source>
        <translation>Печатать по этому макету</translation>
    </message>
    <message>
        <source>Booklets are printed with this layout now.</source>
        <translation>Теперь буклеты печатаются по этому макету.</translation>
    </message>
</context>
</TS>
