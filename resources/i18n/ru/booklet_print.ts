<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookletPrintDialog</name>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="48"/>
        <source>Print booklets</source>
        <translation>Печать буклетов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/booklet_print.py" line="55"/>
        <source>Selected members (%n)</source>
        <translation>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="61"/>
        <source>Organisation «{0}» with its subordinates</source>
        <translation>Организация «{0}» с подчинёнными</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="64"/>
        <source>The whole region</source>
        <translation>Весь регион</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../app/ui/booklet_print.py" line="66"/>
        <source>Members shown in the list (%n)</source>
        <translation>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="71"/>
        <source>Blank booklets for stock:</source>
        <translation>Пустые буклеты про запас:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="89"/>
        <source>A4 sheets for printing on both sides</source>
        <translation>Листы A4 для двусторонней печати</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="90"/>
        <source>Single A5 pages in order (for a print shop)</source>
        <translation>Страницы A5 по порядку (для типографии)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="93"/>
        <source>Print on both sides with &lt;b&gt;flip on the short edge&lt;/b&gt;: page 4 and the cover on one side, pages 2 and 3 on the other. Print one sheet first and check that the back is not upside down. Members without a card number get one; the order is the same as in the card batch.</source>
        <translation>Печатайте с двух сторон, &lt;b&gt;переплёт по короткому краю&lt;/b&gt;: на одной стороне с. 4 и обложка, на другой — с. 2 и 3. Сначала напечатайте один лист и проверьте, что оборот не вверх ногами. Тем, у кого нет номера билета, он будет присвоен; порядок — как в пачке билетов.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="104"/>
        <source>Pages:</source>
        <translation>Страницы:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="108"/>
        <source>Make PDF</source>
        <translation>Сделать PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/booklet_print.py" line="113"/>
        <source>Booklets for:</source>
        <translation>Буклеты для:</translation>
    </message>
</context>
</TS>
