<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BatchItemsDialog</name>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="301"/>
        <source>Cards in the batch</source>
        <translation>Билеты партии</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="307"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="308"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="309"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="310"/>
        <source>Card number</source>
        <translation>Номер билета</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="311"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="315"/>
        <source>Mark selected as failed</source>
        <translation>Отметить выбранные как брак</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="318"/>
        <source>Mark selected as handed to the member</source>
        <translation>Отметить выбранные как выданные</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="321"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="335"/>
        <source>not printed</source>
        <translation>не напечатан</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="336"/>
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="337"/>
        <source>failed</source>
        <translation>брак</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="210"/>
        <source>Card print batches</source>
        <translation>Партии печати билетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="217"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="218"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="219"/>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="220"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="221"/>
        <source>Cards</source>
        <translation>Билетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="222"/>
        <source>Failed</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="223"/>
        <source>Printed</source>
        <translation>Напечатана</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="224"/>
        <source>Selection</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="231"/>
        <source>Cards in the batch…</source>
        <translation>Билеты партии…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="232"/>
        <source>Print again…</source>
        <translation>Напечатать снова…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="233"/>
        <source>Reprint failed…</source>
        <translation>Перепечатать брак…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="234"/>
        <source>Issue sheet…</source>
        <translation>Ведомость выдачи…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="240"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="254"/>
        <source>card printer</source>
        <translation>принтер карт</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="254"/>
        <source>A4 sheets</source>
        <translation>листы A4</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="274"/>
        <source>Select a batch first.</source>
        <translation>Сначала выберите партию.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="68"/>
        <source>Card printer (one CR80 card per page)</source>
        <translation>Принтер карт (одна карта CR80 на странице)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="69"/>
        <source>A4 sheets, 8 cards with bleed and crop marks</source>
        <translation>Листы A4: 8 карт с вылетами и метками реза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="91"/>
        <source>Print cards</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="98"/>
        <source>Whose cards</source>
        <translation>Чьи билеты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/cards_dialogs.py" line="103"/>
        <source>The selected members (%n)</source>
        <translation>
            <numerusform>Выбранный член Профсоюза (%n)</numerusform>
            <numerusform>Выбранные члены Профсоюза (%n)</numerusform>
            <numerusform>Выбранные члены Профсоюза (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="108"/>
        <source>The organisation «%1» and those under it</source>
        <translation>Организация «%1» с подчинёнными</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="111"/>
        <source>Everyone in the current list (filter and search)</source>
        <translation>Все в текущем списке (фильтр и поиск)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="112"/>
        <source>Everyone without a printed card</source>
        <translation>Все, у кого нет напечатанного билета</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="130"/>
        <source>Only cards not printed yet</source>
        <translation>Только ещё не напечатанные билеты</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="135"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="136"/>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="137"/>
        <source>Printer profile</source>
        <translation>Профиль принтера</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="141"/>
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="151"/>
        <source>Members without a card number get one before the preview.</source>
        <translation>Тем, у кого нет номера билета, номер будет выдан перед предпросмотром.</translation>
    </message>
</context>
<context>
    <name>PrinterProfilesDialog</name>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="389"/>
        <source>Printer profiles</source>
        <translation>Профили принтеров</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="397"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="399"/>
        <source>Shift right, mm (front)</source>
        <translation>Сдвиг вправо, мм (лицо)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="400"/>
        <source>Shift down, mm (front)</source>
        <translation>Сдвиг вниз, мм (лицо)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="401"/>
        <source>Shift right, mm (back)</source>
        <translation>Сдвиг вправо, мм (оборот)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="402"/>
        <source>Shift down, mm (back)</source>
        <translation>Сдвиг вниз, мм (оборот)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="410"/>
        <source>Turn the back 180°</source>
        <translation>Повернуть оборот на 180°</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="412"/>
        <source>Prints both sides in one pass (duplex)</source>
        <translation>Печатает обе стороны за один проход (дуплекс)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="419"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="420"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="421"/>
        <source>Use by default</source>
        <translation>Использовать по умолчанию</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="422"/>
        <source>Calibration: card…</source>
        <translation>Калибровка: карта…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="423"/>
        <source>Calibration: A4…</source>
        <translation>Калибровка: A4…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/cards_dialogs.py" line="435"/>
        <source>Print the calibration page, measure how far the outline is from the card&apos;s edges (it should be 2 mm) and enter the difference.</source>
        <translation>Напечатайте калибровочную страницу, измерьте расстояние от рамки до краёв карты (должно быть 2 мм) и введите разницу.</translation>
    </message>
</context>
</TS>
