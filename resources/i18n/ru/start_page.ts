<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StartPage</name>
    <message>
        <source>members</source>
        <translation>членов Профсоюза</translation>
    </message>
    <message>
        <source>Current members (not left)</source>
        <translation>Состоят в Профсоюзе (не выбывшие)</translation>
    </message>
    <message>
        <source>on e-registration</source>
        <translation>на электронном учёте</translation>
    </message>
    <message>
        <source>Share of current members put on electronic registration by today</source>
        <translation>Доля состоящих в Профсоюзе, поставленных на электронный учёт на сегодня</translation>
    </message>
    <message>
        <source>cards to print</source>
        <translation>билетов к печати</translation>
    </message>
    <message>
        <source>Cards waiting for printing plus current members without a card</source>
        <translation>Билеты, ожидающие печати, и члены Профсоюза без действующего билета</translation>
    </message>
    <message>
        <source>booklets on hand</source>
        <translation>буклетов на складе</translation>
    </message>
    <message>
        <source>Booklets held by the regional organisation now</source>
        <translation>Буклеты, которые сейчас есть у региональной организации</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить члена Профсоюза</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Загрузить список</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <source>Print booklets</source>
        <translation>Печать буклетов</translation>
    </message>
    <message>
        <source>Ship booklets</source>
        <translation>Отгрузка буклетов</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <source>Exchange: send a file</source>
        <translation>Обмен: выгрузить файл</translation>
    </message>
    <message>
        <source>Exchange: load a file</source>
        <translation>Обмен: загрузить файл</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Стартовая страница</translation>
    </message>
</context>
</TS>
