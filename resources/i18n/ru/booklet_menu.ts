<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookletActions</name>
    <message>
        <source>Booklet &amp;text and emblem…</source>
        <translation>&amp;Текст буклета и эмблема…</translation>
    </message>
    <message>
        <source>Edit the texts of the booklet «Как работать в Профкардс?», with a preview</source>
        <translation>Править текст буклета «Как работать в Профкардс?» с предпросмотром</translation>
    </message>
    <message>
        <source>Booklet &amp;layout…</source>
        <translation>&amp;Макет буклета…</translation>
    </message>
    <message>
        <source>Where the texts, the emblem and the card place go on the four pages</source>
        <translation>Где на четырёх страницах стоят тексты, эмблема и место для билета</translation>
    </message>
    <message>
        <source>&amp;Print booklets…</source>
        <translation>&amp;Печать буклетов…</translation>
    </message>
    <message>
        <source>Booklets with the member&apos;s name and card number, or blank ones</source>
        <translation>Именные буклеты с ФИО и номером билета или пустые</translation>
    </message>
    <message>
        <source>Print &amp;cards and booklets…</source>
        <translation>Печать &amp;билетов и буклетов…</translation>
    </message>
    <message>
        <source>Two PDF files, cards and booklets, for the same members in the same order</source>
        <translation>Два PDF-файла — билеты и буклеты — для одних и тех же членов Профсоюза в одном порядке</translation>
    </message>
    <message>
        <source>Boo&amp;klets</source>
        <translation>Бу&amp;клеты</translation>
    </message>
    <message>
        <source>Print booklets</source>
        <translation>Печать буклетов</translation>
    </message>
    <message>
        <source>Booklet {0} of {1}</source>
        <translation>Буклет {0} из {1}</translation>
    </message>
    <message>
        <source>Making booklets…</source>
        <translation>Готовятся буклеты…</translation>
    </message>
    <message>
        <source>Booklet printing cancelled.</source>
        <translation>Печать буклетов отменена.</translation>
    </message>
    <message>
        <source>Booklets</source>
        <translation>Буклеты</translation>
    </message>
    <message>
        <source>The booklets are made, but check this first:</source>
        <translation>Буклеты готовы, но сначала проверьте:</translation>
    </message>
    <message numerus="yes">
        <source>Booklets: %n</source>
        <translation>
            <numerusform>Буклеты: %n</numerusform>
            <numerusform>Буклеты: %n</numerusform>
            <numerusform>Буклеты: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards and booklets</source>
        <translation>Билеты и буклеты</translation>
    </message>
    <message>
        <source>Print cards and booklets</source>
        <translation>Печать билетов и буклетов</translation>
    </message>
    <message>
        <source>Folder for the two PDF files</source>
        <translation>Папка для двух PDF-файлов</translation>
    </message>
    <message numerus="yes">
        <source>Made for %n member(s), in the same order:</source>
        <translation>
            <numerusform>Готово для %n члена Профсоюза, в одном порядке:</numerusform>
            <numerusform>Готово для %n членов Профсоюза, в одном порядке:</numerusform>
            <numerusform>Готово для %n членов Профсоюза, в одном порядке:</numerusform>
        </translation>
    </message>
    <message>
        <source>Making cards and booklets…</source>
        <translation>Готовятся билеты и буклеты…</translation>
    </message>
</context>
</TS>
