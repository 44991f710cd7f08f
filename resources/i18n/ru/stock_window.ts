<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>StockWindow</name>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="53" />
      <source>Booklet stock</source>
      <translation>Учёт буклетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="62" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="63" />
      <location filename="../../../app/ui/stock/stock_window.py" line="120" />
      <source>Received</source>
      <translation>Получено</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="64" />
      <source>Passed on</source>
      <translation>Передано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="65" />
      <source>Handed out</source>
      <translation>Выдано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="66" />
      <source>Written off</source>
      <translation>Списано</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="67" />
      <source>On hand</source>
      <translation>На руках</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="68" />
      <source>In transit</source>
      <translation>В пути</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="69" />
      <source>Members without a booklet</source>
      <translation>Членов без буклета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="86" />
      <source>All statuses</source>
      <translation>Все состояния</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="92" />
      <source>Any organisation</source>
      <translation>Любая организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="97" />
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="101" />
      <source>Status:</source>
      <translation>Состояние:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="103" />
      <source>Organisation:</source>
      <translation>Организация:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="105" />
      <source>Sent from:</source>
      <translation>Отправлены с:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="107" />
      <source>to:</source>
      <translation>по:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="113" />
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="114" />
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="115" />
      <source>Sent</source>
      <translation>Отправлена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="116" />
      <source>From</source>
      <translation>Отправитель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="117" />
      <source>To</source>
      <translation>Получатель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="118" />
      <location filename="../../../app/ui/stock/stock_window.py" line="140" />
      <source>Edition</source>
      <translation>Издание</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="119" />
      <source>Copies</source>
      <translation>Экз.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="121" />
      <source>Received by</source>
      <translation>Кто принял</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="138" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="139" />
      <source>Entry</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="141" />
      <source>Change</source>
      <translation>Изменение</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="142" />
      <source>On hand after</source>
      <translation>Остаток</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="143" />
      <source>Shipment</source>
      <translation>Отправка</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="144" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="145" />
      <source>By</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="159" />
      <source>Balances</source>
      <translation>Остатки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="160" />
      <source>Shipments</source>
      <translation>Отправки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="161" />
      <location filename="../../../app/ui/stock/stock_window.py" line="243" />
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="169" />
      <source>draft</source>
      <translation>черновик</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="170" />
      <source>in transit</source>
      <translation>в пути</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="171" />
      <source>received</source>
      <translation>принята</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="172" />
      <source>cancelled</source>
      <translation>отменена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="176" />
      <source>Booklets</source>
      <translation>Буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="193" />
      <source>Receive print run…</source>
      <translation>Получить тираж…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="196" />
      <source>Booklets arrived from the printing house</source>
      <translation>Поступление буклетов из типографии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="199" />
      <source>New shipment…</source>
      <translation>Новая отправка…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="202" />
      <source>Send booklets to an organisation directly below</source>
      <translation>Отправить буклеты непосредственно подчинённой организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="205" />
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="208" />
      <source>Send the selected draft shipment</source>
      <translation>Отправить выбранный черновик</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="211" />
      <source>Confirm receipt…</source>
      <translation>Подтвердить приём…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="214" />
      <source>Record who received the selected shipment</source>
      <translation>Записать, кто принял выбранную отправку</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="217" />
      <source>Cancel shipment…</source>
      <translation>Отменить отправку…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="220" />
      <source>Undo the selected shipment by reversing entries; history is kept</source>
      <translation>Отменить выбранную отправку сторнирующими записями; история сохраняется</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="224" />
      <source>Hand out…</source>
      <translation>Выдача членам…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="227" />
      <source>Booklets handed to members, typed in or counted from cards</source>
      <translation>Буклеты, выданные членам Профсоюза: числом или по выданным билетам</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="230" />
      <source>Write off…</source>
      <translation>Списать…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="233" />
      <source>Damaged or lost booklets</source>
      <translation>Испорченные или утерянные буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="236" />
      <source>Reverse entry…</source>
      <translation>Сторнировать запись…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="239" />
      <source>Correct the selected history entry by a reversing one</source>
      <translation>Исправить выбранную запись истории сторнирующей записью</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="246" />
      <source>All entries of the selected organisation</source>
      <translation>Все записи выбранной организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="250" />
      <source>Transfer act…</source>
      <translation>Акт приёма-передачи…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="253" />
      <source>Save the transfer act of the selected shipment as PDF</source>
      <translation>Сохранить акт приёма-передачи выбранной отправки в PDF</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="256" />
      <source>Export to Excel…</source>
      <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="259" />
      <source>Save the balance table as an XLSX workbook</source>
      <translation>Сохранить таблицу остатков в файл XLSX</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="263" />
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="266" />
      <source>Read the figures again</source>
      <translation>Перечитать данные</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="375" />
      <source>Select an organisation in the balance tree first.</source>
      <translation>Сначала выберите организацию в таблице остатков.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="386" />
      <source>History of %1</source>
      <translation>История: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="390" />
      <source> (reversed)</source>
      <translation> (сторнирована)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="410" />
      <source>Select a shipment in the Shipments tab first.</source>
      <translation>Сначала выберите отправку на вкладке «Отправки».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="427" />
      <source>Export balances</source>
      <translation>Выгрузка остатков</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="428" />
      <source>booklet balances %1.xlsx</source>
      <translation>остатки буклетов %1.xlsx</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="431" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/stock/stock_window.py" line="444" />
      <location filename="../../../app/ui/stock/stock_window.py" line="451" />
      <source>Exported %n organisation(s)</source>
      <translation>
        <numerusform>Выгружена %n организация</numerusform>
        <numerusform>Выгружено %n организации</numerusform>
        <numerusform>Выгружено %n организаций</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="448" />
      <source>Exporting balances…</source>
      <translation>Выгрузка остатков…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/stock/stock_window.py" line="180" />
      <source>&amp;Booklets</source>
      <translation>&amp;Буклеты</translation>
    </message>
  </context>
</TS>