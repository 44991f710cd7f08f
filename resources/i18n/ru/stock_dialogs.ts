<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm receipt of shipment No. %1</source>
        <translation>Подтверждение приёма отправки № %1</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <source>%1 copies from %2 to %3</source>
        <translation>%1 экз.: «%2» → «%3»</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Принял(а):</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата приёма:</translation>
    </message>
    <message>
        <source>Copies counted:</source>
        <translation>Принято, экз.:</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Booklets handed to members</source>
        <translation>Выдача буклетов членам Профсоюза</translation>
    </message>
    <message>
        <source>Count from the cards handed to members</source>
        <translation>Посчитать по выданным профсоюзным билетам</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Cards handed over and not yet counted: %1</source>
        <translation>Выдано билетов, ещё не учтённых: %1</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive a print run</source>
        <translation>Получение тиража из типографии</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <source>Year of the edition:</source>
        <translation>Год издания:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>New shipment</source>
        <translation>Новая отправка</translation>
    </message>
    <message>
        <source>Oldest edition the sender holds</source>
        <translation>Самое старое издание из имеющихся у отправителя</translation>
    </message>
    <message>
        <source>Send now (otherwise keep as a draft)</source>
        <translation>Отправить сразу (иначе сохранить черновик)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Choose the organisation that receives the booklets.</source>
        <translation>Выберите организацию, которая получает буклеты.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off booklets</source>
        <translation>Списание буклетов</translation>
    </message>
    <message>
        <source>Damaged, lost…</source>
        <translation>Испорчены, утеряны…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество, экз.:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
</context>
</TS>
