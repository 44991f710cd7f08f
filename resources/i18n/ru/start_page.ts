<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../../app/ui/start_page.py" line="51"/>
        <source>members</source>
        <translation>членов Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="51"/>
        <source>Current members (not left)</source>
        <translation>Состоят в Профсоюзе (не выбывшие)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="54"/>
        <source>on e-registration</source>
        <translation>на электронном учёте</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="55"/>
        <source>Share of current members put on electronic registration by today</source>
        <translation>Доля состоящих в Профсоюзе, поставленных на электронный учёт на сегодня</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="59"/>
        <source>cards to print</source>
        <translation>билетов к печати</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="60"/>
        <source>Cards waiting for printing plus current members without a card</source>
        <translation>Билеты, ожидающие печати, и члены Профсоюза без действующего билета</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="64"/>
        <source>booklets on hand</source>
        <translation>буклетов на складе</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="65"/>
        <source>Booklets held by the regional organisation now</source>
        <translation>Буклеты, которые сейчас есть у региональной организации</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="99"/>
        <source>Add a member</source>
        <translation>Добавить члена Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="100"/>
        <source>Import a list</source>
        <translation>Загрузить список</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="101"/>
        <source>Print cards</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="102"/>
        <source>Print booklets</source>
        <translation>Печать буклетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="103"/>
        <source>Ship booklets</source>
        <translation>Отгрузка буклетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="104"/>
        <source>Make the report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="105"/>
        <source>Exchange: send a file</source>
        <translation>Обмен: выгрузить файл</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="106"/>
        <source>Exchange: load a file</source>
        <translation>Обмен: загрузить файл</translation>
    </message>
    <message>
        <location filename="../../../app/ui/start_page.py" line="154"/>
        <source>Start page</source>
        <translation>Стартовая страница</translation>
    </message>
</context>
</TS>
