<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BatchItemsDialog</name>
    <message>
        <source>Cards in the batch</source>
        <translation>Билеты партии</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер билета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Mark selected as failed</source>
        <translation>Отметить выбранные как брак</translation>
    </message>
    <message>
        <source>Mark selected as handed to the member</source>
        <translation>Отметить выбранные как выданные</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>не напечатан</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>брак</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Card print batches</source>
        <translation>Партии печати билетов</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Билетов</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатана</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Cards in the batch…</source>
        <translation>Билеты партии…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Напечатать снова…</translation>
    </message>
    <message>
        <source>Reprint failed…</source>
        <translation>Перепечатать брак…</translation>
    </message>
    <message>
        <source>Issue sheet…</source>
        <translation>Ведомость выдачи…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>card printer</source>
        <translation>принтер карт</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>листы A4</translation>
    </message>
    <message>
        <source>Select a batch first.</source>
        <translation>Сначала выберите партию.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>Card printer (one CR80 card per page)</source>
        <translation>Принтер карт (одна карта CR80 на странице)</translation>
    </message>
    <message>
        <source>A4 sheets, 8 cards with bleed and crop marks</source>
        <translation>Листы A4: 8 карт с вылетами и метками реза</translation>
    </message>
    <message>
        <source>Print cards</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <source>Whose cards</source>
        <translation>Чьи билеты</translation>
    </message>
    <message numerus="yes">
        <source>The selected members (%n)</source>
        <translation>
            <numerusform>Выбранный член Профсоюза (%n)</numerusform>
            <numerusform>Выбранные члены Профсоюза (%n)</numerusform>
            <numerusform>Выбранные члены Профсоюза (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation «%1» and those under it</source>
        <translation>Организация «%1» с подчинёнными</translation>
    </message>
    <message>
        <source>Everyone in the current list (filter and search)</source>
        <translation>Все в текущем списке (фильтр и поиск)</translation>
    </message>
    <message>
        <source>Everyone without a printed card</source>
        <translation>Все, у кого нет напечатанного билета</translation>
    </message>
    <message>
        <source>Only cards not printed yet</source>
        <translation>Только ещё не напечатанные билеты</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Профиль принтера</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <source>Members without a card number get one before the preview.</source>
        <translation>Тем, у кого нет номера билета, номер будет выдан перед предпросмотром.</translation>
    </message>
</context>
<context>
    <name>PrinterProfilesDialog</name>
    <message>
        <source>Printer profiles</source>
        <translation>Профили принтеров</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Shift right, mm (front)</source>
        <translation>Сдвиг вправо, мм (лицо)</translation>
    </message>
    <message>
        <source>Shift down, mm (front)</source>
        <translation>Сдвиг вниз, мм (лицо)</translation>
    </message>
    <message>
        <source>Shift right, mm (back)</source>
        <translation>Сдвиг вправо, мм (оборот)</translation>
    </message>
    <message>
        <source>Shift down, mm (back)</source>
        <translation>Сдвиг вниз, мм (оборот)</translation>
    </message>
    <message>
        <source>Turn the back 180°</source>
        <translation>Повернуть оборот на 180°</translation>
    </message>
    <message>
        <source>Prints both sides in one pass (duplex)</source>
        <translation>Печатает обе стороны за один проход (дуплекс)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Use by default</source>
        <translation>Использовать по умолчанию</translation>
    </message>
    <message>
        <source>Calibration: card…</source>
        <translation>Калибровка: карта…</translation>
    </message>
    <message>
        <source>Calibration: A4…</source>
        <translation>Калибровка: A4…</translation>
    </message>
    <message>
        <source>Print the calibration page, measure how far the outline is from the card&apos;s edges (it should be 2 mm) and enter the difference.</source>
        <translation>Напечатайте калибровочную страницу, измерьте расстояние от рамки до краёв карты (должно быть 2 мм) и введите разницу.</translation>
    </message>
</context>
</TS>
