<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="120"/>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="123"/>
        <source>An Excel workbook (.xlsx) or a CSV file with one member per row. People already in the database (same full name and date of birth) are updated, not added twice.</source>
        <translation>Книга Excel (.xlsx) или файл CSV, по одному члену Профсоюза в строке. Кто уже есть в базе (те же ФИО и дата рождения), будет обновлён, а не добавлен второй раз.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="131"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="138"/>
        <source>From the file&apos;s “Organisation” column</source>
        <translation>Из столбца «Организация» в файле</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="147"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="151"/>
        <source>Members go to the &amp;organisation:</source>
        <translation>&amp;Организация, в которую загрузить:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="159"/>
        <source>Member list</source>
        <translation>Список членов Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="161"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="62"/>
        <source>&amp;Import list…</source>
        <translation>&amp;Загрузить список…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="65"/>
        <source>Import members from an Excel workbook (.xlsx) or a CSV file</source>
        <translation>Загрузить членов Профсоюза из книги Excel (.xlsx) или файла CSV</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="93"/>
        <source>Import members</source>
        <translation>Загрузка списка членов Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="291"/>
        <source>The file has no “Organisation” column: go back and choose the organisation the members go to.</source>
        <translation>В файле нет столбца «Организация»: вернитесь назад и выберите организацию, в которую загрузить список.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="59"/>
        <source>&amp;Members</source>
        <translation>&amp;Члены Профсоюза</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="225"/>
        <source>Check the columns</source>
        <translation>Проверьте столбцы</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="230"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="230"/>
        <source>Imported as</source>
        <translation>Что в нём</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="230"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="239"/>
        <source>Your choices are remembered for files with the same column titles.</source>
        <translation>Ваш выбор запоминается для файлов с такими же заголовками столбцов.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="246"/>
        <source>Column titles found in row %1. Fix what was not recognised.</source>
        <translation>Заголовки столбцов найдены в строке %1. Исправьте то, что распознано неверно.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="257"/>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="320"/>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="323"/>
        <source>The first rows as they will be imported. Rows with a problem are skipped and listed at the end; the rest of the file goes in.</source>
        <translation>Первые строки в том виде, в каком они будут загружены. Строки с ошибками пропускаются и перечисляются в конце, остальные загружаются.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="328"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="350"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="355"/>
        <source>Skipped: %1</source>
        <translation>Пропущена: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="386"/>
        <source>Importing…</source>
        <translation>Идёт загрузка…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="388"/>
        <source>Importing members…</source>
        <translation>Загрузка членов Профсоюза…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="401"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Загрузка отменена, ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="411"/>
        <source>Import finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="417"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="417"/>
        <source>Why it was skipped</source>
        <translation>Почему пропущена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="427"/>
        <source>Added: %1. Updated: %2. Unchanged: %3. Rows with problems: %4.</source>
        <translation>Добавлено: %1. Обновлено: %2. Без изменений: %3. Строк с ошибками: %4.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="186"/>
        <source>Choose the sheet</source>
        <translation>Выберите лист</translation>
    </message>
    <message>
        <location filename="../../../app/ui/import_wizard.py" line="187"/>
        <source>The sheet with the member list.</source>
        <translation>Лист, на котором список членов Профсоюза.</translation>
    </message>
</context>
</TS>
