<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress: {0}</source>
        <translation>Ход работы: {0}</translation>
    </message>
    <message>
        <source>E-registration</source>
        <translation>Электронный учёт</translation>
    </message>
    <message>
        <source>Cards handed</source>
        <translation>Билеты выданы</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Буклеты</translation>
    </message>
    <message>
        <source>PROFKARDS</source>
        <translation>Профкардс</translation>
    </message>
    <message>
        <source>Share of members, % (end of each month)</source>
        <translation>Доля членов Профсоюза, % (на конец месяца)</translation>
    </message>
    <message>
        <source>Members (right axis)</source>
        <translation>Членов Профсоюза (правая шкала)</translation>
    </message>
    <message>
        <source>Target 100 %</source>
        <translation>Цель 100 %</translation>
    </message>
    <message>
        <source>not reached at this pace</source>
        <translation>при нынешнем темпе не достигается</translation>
    </message>
    <message>
        <source>{0}: {1} now, 100 % on {2}</source>
        <translation>{0}: сейчас {1}, 100 % — {2}</translation>
    </message>
    <message>
        <source>(figures of {0})</source>
        <translation>(данные на {0})</translation>
    </message>
    <message>
        <source>Months rebuilt from the member history (not stored then): {0} of {1}</source>
        <translation>Месяцев, восстановленных по истории членов (срез тогда не снимался): {0} из {1}</translation>
    </message>
    <message>
        <source>Members now: {0}</source>
        <translation>Членов Профсоюза сейчас: {0}</translation>
    </message>
</context>
</TS>
