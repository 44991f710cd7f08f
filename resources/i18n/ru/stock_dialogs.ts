<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="177"/>
        <source>Confirm receipt of shipment No. %1</source>
        <translation>Подтверждение приёма отправки № %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="181"/>
        <source>Surname and initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="187"/>
        <source>%1 copies from %2 to %3</source>
        <translation>%1 экз.: «%2» → «%3»</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="193"/>
        <source>Received by:</source>
        <translation>Принял(а):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="194"/>
        <source>Received on:</source>
        <translation>Дата приёма:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="195"/>
        <source>Copies counted:</source>
        <translation>Принято, экз.:</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="215"/>
        <source>Booklets handed to members</source>
        <translation>Выдача буклетов членам Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="219"/>
        <source>Count from the cards handed to members</source>
        <translation>Посчитать по выданным профсоюзным билетам</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="225"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="228"/>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="229"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="241"/>
        <source>Cards handed over and not yet counted: %1</source>
        <translation>Выдано билетов, ещё не учтённых: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="249"/>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="85"/>
        <source>Receive a print run</source>
        <translation>Получение тиража из типографии</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="98"/>
        <source>Edition:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="99"/>
        <source>Year of the edition:</source>
        <translation>Год издания:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="100"/>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="101"/>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="124"/>
        <source>New shipment</source>
        <translation>Новая отправка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="133"/>
        <source>Oldest edition the sender holds</source>
        <translation>Самое старое издание из имеющихся у отправителя</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="139"/>
        <source>Send now (otherwise keep as a draft)</source>
        <translation>Отправить сразу (иначе сохранить черновик)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="141"/>
        <source>To:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="142"/>
        <source>From:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="143"/>
        <source>Edition:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="144"/>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="145"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="160"/>
        <source>Choose the organisation that receives the booklets.</source>
        <translation>Выберите организацию, которая получает буклеты.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="259"/>
        <source>Write off booklets</source>
        <translation>Списание буклетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="265"/>
        <source>Damaged, lost…</source>
        <translation>Испорчены, утеряны…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="267"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="268"/>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="269"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="270"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/stock_dialogs.py" line="278"/>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
</context>
</TS>
