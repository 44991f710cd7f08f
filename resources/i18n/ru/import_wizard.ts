<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose the file</source>
      <translation>Выберите файл</translation>
    </message>
    <message>
      <source>An Excel workbook (.xlsx, .xlsm, .xls), a LibreOffice sheet (.ods) or a CSV file with one member per row. People already in the database (the same Profdesk id, or else the same full name and date of birth) are updated, not added twice.</source>
      <translation>Книга Excel (.xlsx, .xlsm, .xls), таблица LibreOffice (.ods) или файл CSV, по одному члену Профсоюза в строке. Кто уже есть в базе (тот же идентификатор Profdesk, а без него — те же ФИО и дата рождения), обновляется, а не добавляется второй раз.</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <source>From the file's “Organisation” column</source>
      <translation>Из столбца «Организация» в файле</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <source>Members go to the &amp;organisation:</source>
      <translation>&amp;Организация, в которую загрузить:</translation>
    </message>
    <message>
      <source>&lt;b&gt;What the list needs&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a row of column titles (any of the first rows), then one person per row; the columns in any order;&lt;/li&gt;&lt;li&gt;needed: {full_name}, or {last_name} and {first_name}; when the organisation comes from the file, also {organisation} or {organisation_code};&lt;/li&gt;&lt;li&gt;may be there too: {also};&lt;/li&gt;&lt;li&gt;titles are recognised in other spellings as well (“Ф.И.О.”, “Дата рожд.”); totals, signatures and empty rows are skipped.&lt;/li&gt;&lt;/ul&gt;You may also drag the file onto this window.</source>
      <translation>&lt;b&gt;Что должно быть в списке&lt;/b&gt;&lt;ul&gt;&lt;li&gt;строка с названиями столбцов (в любой из первых строк), под ней — по одному человеку в строке; столбцы в любом порядке;&lt;/li&gt;&lt;li&gt;обязательно: {full_name} или {last_name} и {first_name}; если организация берётся из файла, ещё {organisation} или {organisation_code};&lt;/li&gt;&lt;li&gt;по желанию: {also};&lt;/li&gt;&lt;li&gt;названия узнаются и в других написаниях («Ф.И.О.», «Дата рожд.»); итоговые строки, подписи и пустые строки пропускаются.&lt;/li&gt;&lt;/ul&gt;Файл можно и перетащить в это окно.</translation>
    </message>
    <message>
      <source>Member list</source>
      <translation>Список членов Профсоюза</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</source>
      <translation>Таблицы (*.xlsx *.xlsm *.xls *.ods *.csv);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Import members</source>
      <translation>Загрузка списка членов Профсоюза</translation>
    </message>
    <message>
      <source>The file has no “Organisation” column: go back and choose the organisation the members go to.</source>
      <translation>В файле нет столбца «Организация»: вернитесь назад и выберите организацию, в которую загрузить список.</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>Check the columns</source>
      <translation>Проверьте столбцы</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Столбец в файле</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>Что в нём</translation>
    </message>
    <message>
      <source>Values</source>
      <translation>Значения</translation>
    </message>
    <message>
      <source>Your choices are remembered for files with the same column titles.</source>
      <translation>Ваш выбор запоминается для файлов с такими же заголовками столбцов.</translation>
    </message>
    <message>
      <source>Column titles found in row %1. Fix what was not recognised.</source>
      <translation>Заголовки столбцов найдены в строке %1. Исправьте то, что распознано неверно.</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— не загружать —</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <source>Preview</source>
      <translation>Предварительный просмотр</translation>
    </message>
    <message>
      <source>The first rows as they will be imported. Rows with a problem are skipped and listed at the end; the rest of the file goes in.</source>
      <translation>Первые строки в том виде, в каком они будут загружены. Строки с ошибками пропускаются и перечисляются в конце, остальные загружаются.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Загрузить</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Not imported: %1</source>
      <translation>Не загрузится: %1</translation>
    </message>
    <message>
      <source>Skipped, not a person: %1</source>
      <translation>Пропускается, это не человек: %1</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Идёт загрузка…</translation>
    </message>
    <message>
      <source>Importing members…</source>
      <translation>Загрузка членов Профсоюза…</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation>Загрузка отменена, ничего не записано.</translation>
    </message>
  </context>
  <context>
    <name>SheetPage</name>
    <message>
      <source>Choose the sheet</source>
      <translation>Выберите лист</translation>
    </message>
    <message>
      <source>The sheet with the member list.</source>
      <translation>Лист, на котором список членов Профсоюза.</translation>
    </message>
  </context>
</TS>