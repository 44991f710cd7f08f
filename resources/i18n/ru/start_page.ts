<?xml version='1.0' encoding='utf-8'?>
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
      <source>Share of current members handed the plastic card</source>
      <translation>Доля членов Профсоюза, получивших пластиковый билет</translation>
    </message>
    <message>
      <source>Share of current members handed the booklet «Как работать в Профкардс?»</source>
      <translation>Доля членов Профсоюза, получивших буклет «Как работать в Профкардс?»</translation>
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
      <source>no snapshot of last month yet</source>
      <translation>среза за прошлый месяц ещё нет</translation>
    </message>
    <message>
      <source>Compared with the snapshot of {0}</source>
      <translation>По сравнению со срезом на {0}</translation>
    </message>
    <message>
      <source>no change in a month</source>
      <translation>без изменений за месяц</translation>
    </message>
    <message>
      <source>hold a card</source>
      <translation>с билетом</translation>
    </message>
    <message>
      <source>have the booklet</source>
      <translation>с буклетом</translation>
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
      <source>{0} in a month</source>
      <translation>{0} за месяц</translation>
    </message>
    <message>
      <source>Start page</source>
      <translation>Стартовая страница</translation>
    </message>
  </context>
</TS>