<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CardsController</name>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Билеты</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>&amp;Печать билетов…</translation>
    </message>
    <message>
        <source>Preview and print plastic cards for the selected members</source>
        <translation>Просмотреть и напечатать пластиковые билеты выбранных членов Профсоюза</translation>
    </message>
    <message>
        <source>Print &amp;batches…</source>
        <translation>П&amp;артии печати…</translation>
    </message>
    <message>
        <source>Earlier print runs: print again or only the failed cards</source>
        <translation>Прошлые партии печати: напечатать снова или только брак</translation>
    </message>
    <message>
        <source>&amp;Issue sheet for the organisation…</source>
        <translation>&amp;Ведомость выдачи по организации…</translation>
    </message>
    <message>
        <source>List of members and card numbers with a column for signatures</source>
        <translation>Список членов Профсоюза с номерами билетов и графой для подписи</translation>
    </message>
    <message>
        <source>&amp;Reissue card…</source>
        <translation>П&amp;еревыпустить билет…</translation>
    </message>
    <message>
        <source>The current card is lost or spoiled: close it and give a new number</source>
        <translation>Билет утерян или испорчен: закрыть его и выдать новый номер</translation>
    </message>
    <message>
        <source>Mark card &amp;lost</source>
        <translation>Отметить билет &amp;утерянным</translation>
    </message>
    <message>
        <source>Close the member&apos;s current card; it stays in the history</source>
        <translation>Закрыть текущий билет; он останется в истории</translation>
    </message>
    <message>
        <source>Mark cards &amp;handed out</source>
        <translation>Отметить билеты в&amp;ыданными</translation>
    </message>
    <message>
        <source>The selected members received their printed cards</source>
        <translation>Выбранные члены Профсоюза получили напечатанные билеты</translation>
    </message>
    <message>
        <source>Card hi&amp;story…</source>
        <translation>&amp;История билетов…</translation>
    </message>
    <message>
        <source>All cards of the selected member, current and closed</source>
        <translation>Все билеты выбранного члена Профсоюза: действующий и закрытые</translation>
    </message>
    <message>
        <source>Printer p&amp;rofiles…</source>
        <translation>П&amp;рофили принтеров…</translation>
    </message>
    <message>
        <source>Offsets and back rotation per printer, calibration page</source>
        <translation>Смещения и поворот оборота для каждого принтера, калибровочная страница</translation>
    </message>
    <message>
        <source>Card &amp;layouts…</source>
        <translation>&amp;Макеты билетов…</translation>
    </message>
    <message>
        <source>Change the card layout on screen: elements, fonts, images, fit check</source>
        <translation>Изменить макет билета на экране: элементы, шрифты, картинки, проверка на всех членах Профсоюза</translation>
    </message>
    <message>
        <source>&amp;Emblem image…</source>
        <translation>&amp;Эмблема…</translation>
    </message>
    <message>
        <source>The image printed on cards and booklets</source>
        <translation>Изображение на билетах и буклетах</translation>
    </message>
    <message>
        <source>Choosing members and numbering cards…</source>
        <translation>Отбор членов Профсоюза и выдача номеров…</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <source>There are no cards to print.</source>
        <translation>Печатать нечего: нет билетов для печати.</translation>
    </message>
    <message>
        <source>Preparing cards…</source>
        <translation>Подготовка билетов…</translation>
    </message>
    <message numerus="yes">
        <source>Cards: %n member(s)</source>
        <translation>
            <numerusform>Билеты: %n член Профсоюза</numerusform>
            <numerusform>Билеты: %n члена Профсоюза</numerusform>
            <numerusform>Билеты: %n членов Профсоюза</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF was saved. Mark these %n card(s) as printed and keep the batch?</source>
        <translation>
            <numerusform>PDF сохранён. Отметить %n билет как напечатанный и сохранить партию?</numerusform>
            <numerusform>PDF сохранён. Отметить %n билета как напечатанные и сохранить партию?</numerusform>
            <numerusform>PDF сохранён. Отметить %n билетов как напечатанные и сохранить партию?</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no failed cards.</source>
        <translation>В этой партии нет брака.</translation>
    </message>
    <message>
        <source>Issue sheet</source>
        <translation>Ведомость выдачи билетов</translation>
    </message>
    <message>
        <source>Preparing the issue sheet…</source>
        <translation>Подготовка ведомости выдачи…</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Калибровочная страница</translation>
    </message>
    <message>
        <source>Emblem image</source>
        <translation>Эмблема</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
