<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StockWindow</name>
    <message>
        <source>Booklet stock</source>
        <translation>Учёт буклетов</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>На руках</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Members without a booklet</source>
        <translation>Членов без буклета</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Любая организация</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Sent from:</source>
        <translation>Отправлены с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экз.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Кто принял</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отправки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>в пути</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Буклеты</translation>
    </message>
    <message>
        <source>Receive print run…</source>
        <translation>Получить тираж…</translation>
    </message>
    <message>
        <source>Booklets arrived from the printing house</source>
        <translation>Поступление буклетов из типографии</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>Новая отправка…</translation>
    </message>
    <message>
        <source>Send booklets to an organisation directly below</source>
        <translation>Отправить буклеты непосредственно подчинённой организации</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the selected draft shipment</source>
        <translation>Отправить выбранный черновик</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Подтвердить приём…</translation>
    </message>
    <message>
        <source>Record who received the selected shipment</source>
        <translation>Записать, кто принял выбранную отправку</translation>
    </message>
    <message>
        <source>Cancel shipment…</source>
        <translation>Отменить отправку…</translation>
    </message>
    <message>
        <source>Undo the selected shipment by reversing entries; history is kept</source>
        <translation>Отменить выбранную отправку сторнирующими записями; история сохраняется</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>Выдача членам…</translation>
    </message>
    <message>
        <source>Booklets handed to members, typed in or counted from cards</source>
        <translation>Буклеты, выданные членам Профсоюза: числом или по выданным билетам</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <source>Damaged or lost booklets</source>
        <translation>Испорченные или утерянные буклеты</translation>
    </message>
    <message>
        <source>Reverse entry…</source>
        <translation>Сторнировать запись…</translation>
    </message>
    <message>
        <source>Correct the selected history entry by a reversing one</source>
        <translation>Исправить выбранную запись истории сторнирующей записью</translation>
    </message>
    <message>
        <source>All entries of the selected organisation</source>
        <translation>Все записи выбранной организации</translation>
    </message>
    <message>
        <source>Transfer act…</source>
        <translation>Акт приёма-передачи…</translation>
    </message>
    <message>
        <source>Save the transfer act of the selected shipment as PDF</source>
        <translation>Сохранить акт приёма-передачи выбранной отправки в PDF</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <source>Save the balance table as an XLSX workbook</source>
        <translation>Сохранить таблицу остатков в файл XLSX</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Перечитать данные</translation>
    </message>
    <message>
        <source>Select an organisation in the balance tree first.</source>
        <translation>Сначала выберите организацию в таблице остатков.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (сторнирована)</translation>
    </message>
    <message>
        <source>Select a shipment in the Shipments tab first.</source>
        <translation>Сначала выберите отправку на вкладке «Отправки».</translation>
    </message>
    <message>
        <source>Export balances</source>
        <translation>Выгрузка остатков</translation>
    </message>
    <message>
        <source>booklet balances %1.xlsx</source>
        <translation>остатки буклетов %1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s)</source>
        <translation>
            <numerusform>Выгружена %n организация</numerusform>
            <numerusform>Выгружено %n организации</numerusform>
            <numerusform>Выгружено %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting balances…</source>
        <translation>Выгрузка остатков…</translation>
    </message>
    <message>
        <source>&amp;Booklets</source>
        <translation>&amp;Буклеты</translation>
    </message>
</context>
</TS>
