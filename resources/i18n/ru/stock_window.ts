<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>StockWindow</name>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="99" />
      <source>Booklet stock</source>
      <translation>Учёт буклетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="108" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="109" />
      <location filename="../../../app/ui/stock_window.py" line="166" />
      <source>Received</source>
      <translation>Получено</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="110" />
      <source>Passed on</source>
      <translation>Передано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="111" />
      <source>Handed out</source>
      <translation>Выдано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="112" />
      <source>Written off</source>
      <translation>Списано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="113" />
      <source>On hand</source>
      <translation>На руках</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="114" />
      <source>In transit</source>
      <translation>В пути</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="115" />
      <source>Members without a booklet</source>
      <translation>Членов без буклета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="132" />
      <source>All statuses</source>
      <translation>Все состояния</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="138" />
      <source>Any organisation</source>
      <translation>Любая организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="143" />
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="147" />
      <source>Status:</source>
      <translation>Состояние:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="149" />
      <source>Organisation:</source>
      <translation>Организация:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="151" />
      <source>Sent from:</source>
      <translation>Отправлены с:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="153" />
      <source>to:</source>
      <translation>по:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="159" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="160" />
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="161" />
      <source>Sent</source>
      <translation>Отправлена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="162" />
      <source>From</source>
      <translation>Отправитель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="163" />
      <source>To</source>
      <translation>Получатель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="164" />
      <location filename="../../../app/ui/stock_window.py" line="186" />
      <source>Edition</source>
      <translation>Издание</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="165" />
      <source>Copies</source>
      <translation>Экз.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="167" />
      <source>Received by</source>
      <translation>Кто принял</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="184" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="185" />
      <source>Entry</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="187" />
      <source>Change</source>
      <translation>Изменение</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="188" />
      <source>On hand after</source>
      <translation>Остаток</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="189" />
      <source>Shipment</source>
      <translation>Отправка</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="190" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="191" />
      <source>By</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="205" />
      <source>Balances</source>
      <translation>Остатки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="206" />
      <source>Shipments</source>
      <translation>Отправки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="207" />
      <location filename="../../../app/ui/stock_window.py" line="289" />
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="215" />
      <source>draft</source>
      <translation>черновик</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="216" />
      <source>in transit</source>
      <translation>в пути</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="217" />
      <source>received</source>
      <translation>принята</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="218" />
      <source>cancelled</source>
      <translation>отменена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="222" />
      <source>Booklets</source>
      <translation>Буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="239" />
      <source>Receive print run…</source>
      <translation>Получить тираж…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="242" />
      <source>Booklets arrived from the printing house</source>
      <translation>Поступление буклетов из типографии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="245" />
      <source>New shipment…</source>
      <translation>Новая отправка…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="248" />
      <source>Send booklets to an organisation directly below</source>
      <translation>Отправить буклеты непосредственно подчинённой организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="251" />
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="254" />
      <source>Send the selected draft shipment</source>
      <translation>Отправить выбранный черновик</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="257" />
      <source>Confirm receipt…</source>
      <translation>Подтвердить приём…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="260" />
      <source>Record who received the selected shipment</source>
      <translation>Записать, кто принял выбранную отправку</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="263" />
      <source>Cancel shipment…</source>
      <translation>Отменить отправку…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="266" />
      <source>Undo the selected shipment by reversing entries; history is kept</source>
      <translation>Отменить выбранную отправку сторнирующими записями; история сохраняется</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="270" />
      <source>Hand out…</source>
      <translation>Выдача членам…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="273" />
      <source>Booklets handed to members, typed in or counted from cards</source>
      <translation>Буклеты, выданные членам Профсоюза: числом или по выданным билетам</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="276" />
      <source>Write off…</source>
      <translation>Списать…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="279" />
      <source>Damaged or lost booklets</source>
      <translation>Испорченные или утерянные буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="282" />
      <source>Reverse entry…</source>
      <translation>Сторнировать запись…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="285" />
      <source>Correct the selected history entry by a reversing one</source>
      <translation>Исправить выбранную запись истории сторнирующей записью</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="292" />
      <source>All entries of the selected organisation</source>
      <translation>Все записи выбранной организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="296" />
      <source>Transfer act…</source>
      <translation>Акт приёма-передачи…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="299" />
      <source>Save the transfer act of the selected shipment as PDF</source>
      <translation>Сохранить акт приёма-передачи выбранной отправки в PDF</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="302" />
      <source>Export to Excel…</source>
      <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="305" />
      <source>Save the balance table as an XLSX workbook</source>
      <translation>Сохранить таблицу остатков в файл XLSX</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="309" />
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="312" />
      <source>Read the figures again</source>
      <translation>Перечитать данные</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="421" />
      <source>Select an organisation in the balance tree first.</source>
      <translation>Сначала выберите организацию в таблице остатков.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="432" />
      <source>History of %1</source>
      <translation>История: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="436" />
      <source> (reversed)</source>
      <translation> (сторнирована)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="456" />
      <source>Select a shipment in the Shipments tab first.</source>
      <translation>Сначала выберите отправку на вкладке «Отправки».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="508" />
      <source>Cancel shipment</source>
      <translation>Отмена отправки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="509" />
      <source>Why is shipment No. %1 cancelled?</source>
      <translation>Почему отменяется отправка № %1?</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="526" />
      <source>Select the mistaken entry in the History tab first.</source>
      <translation>Сначала выберите ошибочную запись на вкладке «История».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="531" />
      <source>Reverse entry</source>
      <translation>Сторнирование записи</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="531" />
      <source>What was wrong with this entry?</source>
      <translation>В чём ошибка этой записи?</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="547" />
      <source>Save transfer act</source>
      <translation>Сохранить акт приёма-передачи</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="548" />
      <source>transfer act %1.pdf</source>
      <translation>акт приёма-передачи %1.pdf</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="549" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="562" />
      <source>Transfer act saved: %1</source>
      <translation>Акт приёма-передачи сохранён: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="572" />
      <source>Export balances</source>
      <translation>Выгрузка остатков</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="573" />
      <source>booklet balances %1.xlsx</source>
      <translation>остатки буклетов %1.xlsx</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="576" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/stock_window.py" line="589" />
      <location filename="../../../app/ui/stock_window.py" line="596" />
      <source>Exported %n organisation(s)</source>
      <translation>
        <numerusform>Выгружена %n организация</numerusform>
        <numerusform>Выгружено %n организации</numerusform>
        <numerusform>Выгружено %n организаций</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="593" />
      <source>Exporting balances…</source>
      <translation>Выгрузка остатков…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="640" />
      <source>Booklets of the selected &amp;organisation…</source>
      <translation>Буклеты выбранной &amp;организации…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="642" />
      <source>Every booklet entry of the organisation selected in the tree</source>
      <translation>Все записи о буклетах организации, выбранной в дереве</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="226" />
      <location filename="../../../app/ui/stock_window.py" line="629" />
      <location filename="../../../app/ui/stock_window.py" line="639" />
      <source>&amp;Booklets</source>
      <translation>&amp;Буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="630" />
      <source>Booklet &amp;stock and shipments…</source>
      <translation>&amp;Учёт и отправки буклетов…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock_window.py" line="633" />
      <source>Print runs, shipments to organisations, balances, transfer acts</source>
      <translation>Тиражи, отправки в организации, остатки, акты приёма-передачи</translation>
    </message>
  </context>
</TS>