<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ReportMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Statistical &amp;report…</source>
        <translation>Статистический &amp;отчёт…</translation>
    </message>
    <message>
        <source>Members, coverage, youth and e-registration as of a date, rolled up the tree</source>
        <translation>Численность, охват, молодёжь и электронный учёт на дату — по всему дереву организаций</translation>
    </message>
</context>
</TS>
