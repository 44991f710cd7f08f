<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookletPrintDialog</name>
    <message>
        <source>Print booklets</source>
        <translation>Печать буклетов</translation>
    </message>
    <message numerus="yes">
        <source>Selected members (%n)</source>
        <translation>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
            <numerusform>Выделенные члены Профсоюза (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation «{0}» with its subordinates</source>
        <translation>Организация «{0}» с подчинёнными</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>Весь регион</translation>
    </message>
    <message numerus="yes">
        <source>Members shown in the list (%n)</source>
        <translation>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
            <numerusform>Члены Профсоюза из списка (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank booklets for stock:</source>
        <translation>Пустые буклеты про запас:</translation>
    </message>
    <message>
        <source>A4 sheets for printing on both sides</source>
        <translation>Листы A4 для двусторонней печати</translation>
    </message>
    <message>
        <source>Single A5 pages in order (for a print shop)</source>
        <translation>Страницы A5 по порядку (для типографии)</translation>
    </message>
    <message>
        <source>Print on both sides with &lt;b&gt;flip on the short edge&lt;/b&gt;: page 4 and the cover on one side, pages 2 and 3 on the other. Print one sheet first and check that the back is not upside down. Members without a card number get one; the order is the same as in the card batch.</source>
        <translation>Печатайте с двух сторон, &lt;b&gt;переплёт по короткому краю&lt;/b&gt;: на одной стороне с. 4 и обложка, на другой — с. 2 и 3. Сначала напечатайте один лист и проверьте, что оборот не вверх ногами. Тем, у кого нет номера билета, он будет присвоен; порядок — как в пачке билетов.</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Страницы:</translation>
    </message>
    <message>
        <source>Make PDF</source>
        <translation>Сделать PDF</translation>
    </message>
    <message>
        <source>Booklets for:</source>
        <translation>Буклеты для:</translation>
    </message>
</context>
</TS>
