<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CardsController</name>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="54" />
      <source>&amp;Cards</source>
      <translation>&amp;Билеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="58" />
      <source>&amp;Print cards…</source>
      <translation>&amp;Печать билетов…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="60" />
      <source>Preview and print plastic cards for the selected members</source>
      <translation>Просмотреть и напечатать пластиковые билеты выбранных членов Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="66" />
      <source>Print &amp;batches…</source>
      <translation>П&amp;артии печати…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="68" />
      <source>Earlier print runs: print again or only the failed cards</source>
      <translation>Прошлые партии печати: напечатать снова или только брак</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="74" />
      <source>&amp;Issue sheet for the organisation…</source>
      <translation>&amp;Ведомость выдачи по организации…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="76" />
      <source>List of members and card numbers with a column for signatures</source>
      <translation>Список членов Профсоюза с номерами билетов и графой для подписи</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="83" />
      <source>&amp;Reissue card…</source>
      <translation>П&amp;еревыпустить билет…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="85" />
      <source>The current card is lost or spoiled: close it and give a new number</source>
      <translation>Билет утерян или испорчен: закрыть его и выдать новый номер</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="91" />
      <source>Mark card &amp;lost</source>
      <translation>Отметить билет &amp;утерянным</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="93" />
      <source>Close the member's current card; it stays in the history</source>
      <translation>Закрыть текущий билет; он останется в истории</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="99" />
      <source>Mark cards &amp;handed out</source>
      <translation>Отметить билеты в&amp;ыданными</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="101" />
      <source>The selected members received their printed cards</source>
      <translation>Выбранные члены Профсоюза получили напечатанные билеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="107" />
      <source>Card hi&amp;story…</source>
      <translation>&amp;История билетов…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="109" />
      <source>All cards of the selected member, current and closed</source>
      <translation>Все билеты выбранного члена Профсоюза: действующий и закрытые</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="115" />
      <source>Printer p&amp;rofiles…</source>
      <translation>П&amp;рофили принтеров…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="117" />
      <source>Offsets and back rotation per printer, calibration page</source>
      <translation>Смещения и поворот оборота для каждого принтера, калибровочная страница</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="123" />
      <source>Card &amp;layouts…</source>
      <translation>&amp;Макеты билетов…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="125" />
      <source>Change the card layout on screen: elements, fonts, images, fit check</source>
      <translation>Изменить макет билета на экране: элементы, шрифты, картинки, проверка на всех членах Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="131" />
      <source>&amp;Emblem image…</source>
      <translation>&amp;Эмблема…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="133" />
      <source>The image printed on cards and booklets</source>
      <translation>Изображение на билетах и буклетах</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="213" />
      <source>Choosing members and numbering cards…</source>
      <translation>Отбор членов Профсоюза и выдача номеров…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="228" />
      <location filename="../../../app/ui/cards/cards_menu.py" line="271" />
      <location filename="../../../app/ui/cards/cards_menu.py" line="327" />
      <source>Print cards</source>
      <translation>Печать билетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="228" />
      <source>There are no cards to print.</source>
      <translation>Печатать нечего: нет билетов для печати.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="236" />
      <location filename="../../../app/ui/cards/cards_menu.py" line="334" />
      <source>Preparing cards…</source>
      <translation>Подготовка билетов…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/cards/cards_menu.py" line="265" />
      <source>Cards: %n member(s)</source>
      <translation>
        <numerusform>Билеты: %n член Профсоюза</numerusform>
        <numerusform>Билеты: %n члена Профсоюза</numerusform>
        <numerusform>Билеты: %n членов Профсоюза</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/cards/cards_menu.py" line="273" />
      <source>The PDF was saved. Mark these %n card(s) as printed and keep the batch?</source>
      <translation>
        <numerusform>PDF сохранён. Отметить %n билет как напечатанный и сохранить партию?</numerusform>
        <numerusform>PDF сохранён. Отметить %n билета как напечатанные и сохранить партию?</numerusform>
        <numerusform>PDF сохранён. Отметить %n билетов как напечатанные и сохранить партию?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="327" />
      <source>This batch has no failed cards.</source>
      <translation>В этой партии нет брака.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="362" />
      <source>Issue sheet</source>
      <translation>Ведомость выдачи билетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="365" />
      <source>Preparing the issue sheet…</source>
      <translation>Подготовка ведомости выдачи…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="372" />
      <location filename="../../../app/ui/cards/cards_menu.py" line="410" />
      <source>Cards</source>
      <translation>Билеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="372" />
      <source>Select a member in the list first.</source>
      <translation>Сначала выберите члена Профсоюза в списке.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="382" />
      <source>Reissue card</source>
      <translation>Перевыпуск билета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="384" />
      <source>The current card will be marked lost or spoiled and kept in the history; the member gets a new card number. Continue?</source>
      <translation>Текущий билет будет отмечен как утерянный или испорченный и останется в истории; члену Профсоюза будет выдан новый номер. Продолжить?</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="398" />
      <source>New card number: %1</source>
      <translation>Новый номер билета: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="410" />
      <source>The member has no current card.</source>
      <translation>У члена Профсоюза нет действующего билета.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/cards/cards_menu.py" line="437" />
      <source>Cards handed out: %n</source>
      <translation>
        <numerusform>Выдан %n билет</numerusform>
        <numerusform>Выдано %n билета</numerusform>
        <numerusform>Выдано %n билетов</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="446" />
      <source>to print</source>
      <translation>к печати</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="447" />
      <source>printed</source>
      <translation>напечатан</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="448" />
      <source>handed to the member</source>
      <translation>выдан</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="449" />
      <source>lost or spoiled</source>
      <translation>утерян или испорчен</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="456" />
      <source>№ %1: %2; created %3, printed %4, handed %5, closed %6</source>
      <translation>№ %1: %2; создан %3, напечатан %4, выдан %5, закрыт %6</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="465" />
      <source>The member has no cards yet.</source>
      <translation>У члена Профсоюза ещё нет билетов.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="466" />
      <source>Card history</source>
      <translation>История билетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="480" />
      <source>Calibration page</source>
      <translation>Калибровочная страница</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="486" />
      <source>Emblem image</source>
      <translation>Эмблема</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/cards_menu.py" line="488" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
</TS>