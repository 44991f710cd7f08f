<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="44" />
      <source>Import finished</source>
      <translation>Загрузка завершена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="51" />
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="51" />
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="51" />
      <source>Value in the file</source>
      <translation>Значение в файле</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="51" />
      <source>What</source>
      <translation>Что не так</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="56" />
      <source>&amp;Save rows with problems…</source>
      <translation>&amp;Сохранить строки с замечаниями…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="68" />
      <source>Added: %1. Updated: %2. Skipped: %3. Not imported: %4. Imported with warnings (the field stays empty, the value is kept in the card): %5.</source>
      <translation>Добавлено: %1. Обновлено: %2. Пропущено: %3. Не загружено: %4. Загружено с предупреждениями (поле осталось пустым, значение сохранено в карточке): %5.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="77" />
      <source>Not imported: %1</source>
      <translation>Не загружена: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="90" />
      <source>Skipped: %1</source>
      <translation>Пропущена: %1</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="101" />
      <source>Save rows with problems</source>
      <translation>Сохранить строки с замечаниями</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/import_result.py" line="116" />
      <source>Rows saved for fixing: %1, in «%2».</source>
      <translation>Строк сохранено для исправления: %1, в файле «%2».</translation>
    </message>
  </context>
</TS>