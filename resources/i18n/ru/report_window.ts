<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ReportWindow</name>
    <message>
        <source>Statistical report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <source>Leave empty for no comparison</source>
        <translation>Оставьте пустым, если сравнение не нужно</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Построить</translation>
    </message>
    <message>
        <source>E-registration below this share is highlighted (kept for the whole office)</source>
        <translation>Доля на электронном учёте ниже этой выделяется цветом (порог общий для всего офиса)</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Р&amp;азвернуть всё</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>&amp;Свернуть</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Период с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Сравнить с датой:</translation>
    </message>
    <message>
        <source>Highlight e-registration below:</source>
        <translation>Выделять электронный учёт ниже:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Строится отчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>на {0}</translation>
    </message>
    <message>
        <source>Primaries</source>
        <translation>ППО</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <source>Students
(headcount)</source>
        <translation>Обучаю-
щихся</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены
Профсоюза</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Работающие</translation>
    </message>
    <message>
        <source>Student
members</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Pensioners</source>
        <translation>Пенсионеры</translation>
    </message>
    <message>
        <source>Coverage of
workers, %</source>
        <translation>Охват
работающих, %</translation>
    </message>
    <message>
        <source>Coverage of
students, %</source>
        <translation>Охват
студентов, %</translation>
    </message>
    <message>
        <source>Youth
under 35</source>
        <translation>Молодёжь
до 35 лет</translation>
    </message>
    <message>
        <source>Youth, %</source>
        <translation>Молодёжь, %</translation>
    </message>
    <message>
        <source>E-registered</source>
        <translation>На эл. учёте</translation>
    </message>
    <message>
        <source>E-registered, %</source>
        <translation>На эл. учёте, %</translation>
    </message>
    <message>
        <source>Cards
issued</source>
        <translation>Выдано
билетов</translation>
    </message>
    <message>
        <source>Without
consent</source>
        <translation>Без согласия
на ПДн</translation>
    </message>
    <message>
        <source>Joined in
the period</source>
        <translation>Принято
за период</translation>
    </message>
    <message>
        <source>Left in
the period</source>
        <translation>Выбыло
за период</translation>
    </message>
    <message>
        <source>Members
change</source>
        <translation>Изменение
числа членов</translation>
    </message>
    <message>
        <source>E-registered
change, pp</source>
        <translation>Изменение
эл. учёта, п. п.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Below the threshold of {0} %</source>
        <translation>Ниже порога {0} %</translation>
    </message>
    <message>
        <source>At or above the threshold</source>
        <translation>Не ниже порога</translation>
    </message>
    <message>
        <source>Below the threshold</source>
        <translation>Ниже порога</translation>
    </message>
    <message>
        <source>E-registration by territorial organisation, % (threshold {0} %)</source>
        <translation>Доля на электронном учёте по территориальным организациям, % (порог {0} %)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Report as of {0}</source>
        <translation>Отчёт на {0}</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Отчёт сохраняется…</translation>
    </message>
</context>
</TS>
