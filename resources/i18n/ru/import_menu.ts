<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ImportWizard</name>
    <message>
      <source>&amp;Import list…</source>
      <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
      <source>Import members from an Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods) or a CSV file</source>
      <translation>Загрузить членов Профсоюза из книги Excel (.xlsx, .xls), таблицы LibreOffice (.ods) или файла CSV</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Members</source>
      <translation>&amp;Члены Профсоюза</translation>
    </message>
  </context>
</TS>