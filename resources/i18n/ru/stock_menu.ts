<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StockWindow</name>
    <message>
        <source>&amp;Booklets</source>
        <translation>&amp;Буклеты</translation>
    </message>
    <message>
        <source>Booklet &amp;stock and shipments…</source>
        <translation>&amp;Учёт и отправки буклетов…</translation>
    </message>
    <message>
        <source>Print runs, shipments to organisations, balances, transfer acts</source>
        <translation>Тиражи, отправки в организации, остатки, акты приёма-передачи</translation>
    </message>
    <message>
        <source>Booklets of the selected &amp;organisation…</source>
        <translation>Буклеты выбранной &amp;организации…</translation>
    </message>
    <message>
        <source>Every booklet entry of the organisation selected in the tree</source>
        <translation>Все записи о буклетах организации, выбранной в дереве</translation>
    </message>
</context>
</TS>
