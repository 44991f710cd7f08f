<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StockChanges</name>
    <message>
        <source>Cancel shipment</source>
        <translation>Отмена отправки</translation>
    </message>
    <message>
        <source>Why is shipment No. %1 cancelled?</source>
        <translation>Почему отменяется отправка № %1?</translation>
    </message>
    <message>
        <source>Select the mistaken entry in the History tab first.</source>
        <translation>Сначала выберите ошибочную запись на вкладке «История».</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>Сторнирование записи</translation>
    </message>
    <message>
        <source>What was wrong with this entry?</source>
        <translation>В чём ошибка этой записи?</translation>
    </message>
    <message>
        <source>Save transfer act</source>
        <translation>Сохранить акт приёма-передачи</translation>
    </message>
    <message>
        <source>transfer act %1.pdf</source>
        <translation>акт приёма-передачи %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Transfer act saved: %1</source>
        <translation>Акт приёма-передачи сохранён: %1</translation>
    </message>
</context>
</TS>
