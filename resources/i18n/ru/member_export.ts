<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MemberExport</name>
    <message>
      <source>Export members</source>
      <translation>Выгрузка списка членов Профсоюза</translation>
    </message>
    <message>
      <source>members.xlsx</source>
      <translation>члены_профсоюза.xlsx</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exporting members…</source>
      <translation>Выгрузка списка…</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n member(s)</source>
      <translation>
        <numerusform>Выгружен %n член Профсоюза</numerusform>
        <numerusform>Выгружено %n члена Профсоюза</numerusform>
        <numerusform>Выгружено %n членов Профсоюза</numerusform>
      </translation>
    </message>
  </context>
</TS>