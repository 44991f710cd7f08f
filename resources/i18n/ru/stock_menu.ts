<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StockWindow</name>
    <message>
        <location filename="../../../app/ui/stock/stock_menu.py" line="34"/>
        <location filename="../../../app/ui/stock/stock_menu.py" line="44"/>
        <source>&amp;Booklets</source>
        <translation>&amp;Буклеты</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock/stock_menu.py" line="35"/>
        <source>Booklet &amp;stock and shipments…</source>
        <translation>&amp;Учёт и отправки буклетов…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock/stock_menu.py" line="38"/>
        <source>Print runs, shipments to organisations, balances, transfer acts</source>
        <translation>Тиражи, отправки в организации, остатки, акты приёма-передачи</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock/stock_menu.py" line="45"/>
        <source>Booklets of the selected &amp;organisation…</source>
        <translation>Буклеты выбранной &amp;организации…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock/stock_menu.py" line="47"/>
        <source>Every booklet entry of the organisation selected in the tree</source>
        <translation>Все записи о буклетах организации, выбранной в дереве</translation>
    </message>
</context>
</TS>
