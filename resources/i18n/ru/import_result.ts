<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Значение в файле</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>&amp;Save rows with problems…</source>
        <translation>&amp;Сохранить строки с замечаниями…</translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2. Skipped: %3. Not imported: %4. Imported with warnings (the field stays empty, the value is kept in the card): %5.</source>
        <translation>Добавлено: %1. Обновлено: %2. Пропущено: %3. Не загружено: %4. Загружено с предупреждениями (поле осталось пустым, значение сохранено в карточке): %5.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не загружена: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущена: %1</translation>
    </message>
    <message>
        <source>Save rows with problems</source>
        <translation>Сохранить строки с замечаниями</translation>
    </message>
    <message>
        <source>Rows saved for fixing: %1, in «%2».</source>
        <translation>Строк сохранено для исправления: %1, в файле «%2».</translation>
    </message>
</context>
</TS>
