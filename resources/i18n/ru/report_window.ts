<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ReportWindow</name>
    <message>
      <location filename="../../../app/ui/report_window.py" line="101" />
      <source>Statistical report</source>
      <translation>Статистический отчёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="119" />
      <source>Leave empty for no comparison</source>
      <translation>Оставьте пустым, если сравнение не нужно</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="126" />
      <source>&amp;Build</source>
      <translation>&amp;Построить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="136" />
      <source>E-registration below this share is highlighted (kept for the whole office)</source>
      <translation>Доля на электронном учёте ниже этой выделяется цветом (порог общий для всего офиса)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="142" />
      <source>Export to &amp;Excel…</source>
      <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="143" />
      <source>Export to &amp;PDF…</source>
      <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="146" />
      <source>E&amp;xpand all</source>
      <translation>Р&amp;азвернуть всё</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="147" />
      <source>&amp;Collapse all</source>
      <translation>&amp;Свернуть</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="166" />
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="167" />
      <source>Chart</source>
      <translation>Диаграмма</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="171" />
      <source>As of:</source>
      <translation>На дату:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="172" />
      <source>Period from:</source>
      <translation>Период с:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="173" />
      <source>to:</source>
      <translation>по:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="174" />
      <source>Organisation:</source>
      <translation>Организация:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="175" />
      <source>Compare with:</source>
      <translation>Сравнить с датой:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="183" />
      <source>Highlight e-registration below:</source>
      <translation>Выделять электронный учёт ниже:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="238" />
      <source>Building the report…</source>
      <translation>Строится отчёт…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/report_window.py" line="253" />
      <source>%n organisation(s)</source>
      <translation>
        <numerusform>%n организация</numerusform>
        <numerusform>%n организации</numerusform>
        <numerusform>%n организаций</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="255" />
      <source>as of {0}</source>
      <translation>на {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="264" />
      <source>Primaries</source>
      <translation>ППО</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="279" />
      <source>Employees</source>
      <translation>Работников</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="282" />
      <source>Students
(headcount)</source>
      <translation>Обучаю-
щихся</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="265" />
      <source>Members</source>
      <translation>Члены
Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="280" />
      <source>Workers</source>
      <translation>Работающие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="283" />
      <source>Student
members</source>
      <translation>Студенты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="285" />
      <source>Pensioners</source>
      <translation>Пенсионеры</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="281" />
      <source>Coverage of
workers, %</source>
      <translation>Охват
работающих, %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="284" />
      <source>Coverage of
students, %</source>
      <translation>Охват
студентов, %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="277" />
      <source>Youth
under 35</source>
      <translation>Молодёжь
до 35 лет</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="278" />
      <source>Youth, %</source>
      <translation>Молодёжь, %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="269" />
      <source>E-registered</source>
      <translation>На эл. учёте</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="270" />
      <source>E-registered, %</source>
      <translation>На эл. учёте, %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="286" />
      <source>Cards
issued</source>
      <translation>Выдано
билетов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="287" />
      <source>Without
consent</source>
      <translation>Без согласия
на ПДн</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="291" />
      <source>Joined in
the period</source>
      <translation>Принято
за период</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="292" />
      <source>Left in
the period</source>
      <translation>Выбыло
за период</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="267" />
      <source>Members
change</source>
      <translation>Изменение
числа членов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="274" />
      <source>E-registered
change, pp</source>
      <translation>Изменение
эл. учёта, п. п.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="302" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="326" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="346" />
      <source>Below the threshold of {0} %</source>
      <translation>Ниже порога {0} %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="381" />
      <source>At or above the threshold</source>
      <translation>Не ниже порога</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="382" />
      <source>Below the threshold</source>
      <translation>Ниже порога</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="405" />
      <source>E-registration by territorial organisation, % (threshold {0} %)</source>
      <translation>Доля на электронном учёте по территориальным организациям, % (порог {0} %)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="444" />
      <source>PDF document (*.pdf)</source>
      <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="446" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="448" />
      <source>Save the report</source>
      <translation>Сохранить отчёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="448" />
      <source>Report as of {0}</source>
      <translation>Отчёт на {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="471" />
      <source>Saved: {0}</source>
      <translation>Сохранено: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_window.py" line="473" />
      <source>Saving the report…</source>
      <translation>Отчёт сохраняется…</translation>
    </message>
  </context>
</TS>