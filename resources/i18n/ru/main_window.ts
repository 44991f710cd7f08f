<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Search by name, phone or card number</source>
        <translation>Поиск по ФИО, телефону или номеру билета</translation>
    </message>
    <message>
        <source>Type any part of a name; letter case and ё/е do not matter</source>
        <translation>Введите любую часть ФИО; регистр букв и ё/е не важны</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Состоят в Профсоюзе</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выбывшие</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Работающие</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Пенсионеры</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Члены Профсоюза</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Добавить члена Профсоюза…</translation>
    </message>
    <message>
        <source>Add a new member to the selected organisation</source>
        <translation>Добавить нового члена Профсоюза в выбранную организацию</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Открыть карточку…</translation>
    </message>
    <message>
        <source>Open the selected member&apos;s record</source>
        <translation>Открыть карточку выбранного члена Профсоюза</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>Отметить &amp;выбытие…</translation>
    </message>
    <message>
        <source>Record the date and reason the member left; the record is kept</source>
        <translation>Записать дату и причину выбытия; карточка сохраняется</translation>
    </message>
    <message>
        <source>&amp;Restore membership</source>
        <translation>&amp;Восстановить членство</translation>
    </message>
    <message>
        <source>Undo a leave recorded by mistake</source>
        <translation>Отменить выбытие, отмеченное по ошибке</translation>
    </message>
    <message>
        <source>&amp;Move to another organisation…</source>
        <translation>&amp;Перевести в другую организацию…</translation>
    </message>
    <message>
        <source>Transfer the member; the move is kept in history</source>
        <translation>Перевести члена Профсоюза; перевод сохраняется в истории</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Jump to the search field</source>
        <translation>Перейти к строке поиска</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>&amp;Выгрузить список…</translation>
    </message>
    <message>
        <source>Save the members of the selected organisation to Excel or CSV</source>
        <translation>Сохранить членов выбранной организации в Excel или CSV</translation>
    </message>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>&amp;Добавить организацию…</translation>
    </message>
    <message>
        <source>Add an organisation under the selected one</source>
        <translation>Добавить организацию, подчинённую выбранной</translation>
    </message>
    <message>
        <source>&amp;Edit organisation…</source>
        <translation>&amp;Изменить организацию…</translation>
    </message>
    <message>
        <source>Edit the selected organisation</source>
        <translation>Изменить данные выбранной организации</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>{0} on server {1}</source>
        <translation>«{0}» на сервере {1}</translation>
    </message>
    <message>
        <source>[DEMO DATA]</source>
        <translation>[ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ]</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln found</source>
        <translation>
            <numerusform>найдено больше %Ln</numerusform>
            <numerusform>найдено больше %Ln</numerusform>
            <numerusform>найдено больше %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln член Профсоюза</numerusform>
            <numerusform>%Ln члена Профсоюза</numerusform>
            <numerusform>%Ln членов Профсоюза</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>selected: %Ln</source>
        <translation>
            <numerusform>выделено: %Ln</numerusform>
            <numerusform>выделено: %Ln</numerusform>
            <numerusform>выделено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Many members match: scroll down for the rest, or type more letters</source>
        <translation>Найдено много: прокрутите список вниз, чтобы увидеть остальных, или уточните поиск</translation>
    </message>
</context>
</TS>
