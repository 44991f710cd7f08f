<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ReportMenu</name>
    <message>
      <location filename="../../../app/ui/report_menu.py" line="31" />
      <source>&amp;Reports</source>
      <translation>&amp;Отчёты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_menu.py" line="32" />
      <source>Statistical &amp;report…</source>
      <translation>Статистический &amp;отчёт…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/report_menu.py" line="35" />
      <source>Members, coverage, youth and e-registration as of a date, rolled up the tree</source>
      <translation>Численность, охват, молодёжь и электронный учёт на дату — по всему дереву организаций</translation>
    </message>
  </context>
</TS>