<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="124" />
      <source>Choose the file</source>
      <translation>Выберите файл</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="127" />
      <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file with one member per row. People already in the database (the same Profdesk id, or else the same full name and date of birth) are updated, not added twice.</source>
      <translation>Книга Excel (.xlsx, .xlsm, .xls), таблица LibreOffice (.ods) или файл CSV, по одному члену Профсоюза в строке. Кто уже есть в базе (тот же идентификатор Profdesk, а без него — те же ФИО и дата рождения), обновляется, а не добавляется второй раз.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="137" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="144" />
      <source>From the file's “Organisation” column</source>
      <translation>Из столбца «Организация» в файле</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="153" />
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="157" />
      <source>Members go to the &amp;organisation:</source>
      <translation>&amp;Организация, в которую загрузить:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="165" />
      <source>Member list</source>
      <translation>Список членов Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="167" />
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.xlsm *.xls *.ods *.csv);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="64" />
      <source>&amp;Import list…</source>
      <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="67" />
      <source>Import members from an Excel workbook (.xlsx, .xls), a LibreOffice sheet (.ods) or a CSV file</source>
      <translation>Загрузить членов Профсоюза из книги Excel (.xlsx, .xls), таблицы LibreOffice (.ods) или файла CSV</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="97" />
      <source>Import members</source>
      <translation>Загрузка списка членов Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="297" />
      <source>The file has no “Organisation” column: go back and choose the organisation the members go to.</source>
      <translation>В файле нет столбца «Организация»: вернитесь назад и выберите организацию, в которую загрузить список.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="61" />
      <source>&amp;Members</source>
      <translation>&amp;Члены Профсоюза</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="231" />
      <source>Check the columns</source>
      <translation>Проверьте столбцы</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="236" />
      <source>Column in the file</source>
      <translation>Столбец в файле</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="236" />
      <source>Imported as</source>
      <translation>Что в нём</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="236" />
      <source>Values</source>
      <translation>Значения</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="245" />
      <source>Your choices are remembered for files with the same column titles.</source>
      <translation>Ваш выбор запоминается для файлов с такими же заголовками столбцов.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="252" />
      <source>Column titles found in row %1. Fix what was not recognised.</source>
      <translation>Заголовки столбцов найдены в строке %1. Исправьте то, что распознано неверно.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="263" />
      <source>— not imported —</source>
      <translation>— не загружать —</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="326" />
      <source>Preview</source>
      <translation>Предварительный просмотр</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="329" />
      <source>The first rows as they will be imported. Rows with a problem are skipped and listed at the end; the rest of the file goes in.</source>
      <translation>Первые строки в том виде, в каком они будут загружены. Строки с ошибками пропускаются и перечисляются в конце, остальные загружаются.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="334" />
      <source>&amp;Import</source>
      <translation>&amp;Загрузить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="356" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="362" />
      <source>Not imported: %1</source>
      <translation>Не загрузится: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="364" />
      <source>Skipped, not a person: %1</source>
      <translation>Пропускается, это не человек: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="406" />
      <source>Importing…</source>
      <translation>Идёт загрузка…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="408" />
      <source>Importing members…</source>
      <translation>Загрузка членов Профсоюза…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="421" />
      <source>The import was cancelled; nothing was written.</source>
      <translation>Загрузка отменена, ничего не записано.</translation>
    </message>
  </context>
  <context>
    <name>SheetPage</name>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="192" />
      <source>Choose the sheet</source>
      <translation>Выберите лист</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_wizard.py" line="193" />
      <source>The sheet with the member list.</source>
      <translation>Лист, на котором список членов Профсоюза.</translation>
    </message>
  </context>
</TS>