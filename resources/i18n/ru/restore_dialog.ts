<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Find the newest good copy</source>
        <translation>Найти последнюю исправную копию</translation>
    </message>
    <message>
        <source>Check the copies in full, newest first, until a good one is found</source>
        <translation>Полностью проверить копии, начиная с самой новой, пока не найдётся исправная</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>The database will be replaced by the chosen copy. The current data is backed up first, so this step can be undone.</source>
        <translation>База данных будет заменена выбранной копией. Текущие данные сначала сохраняются в резервную копию, так что этот шаг можно отменить.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>исправна</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждена</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Profdesk database (*.sqlite3);;All (*)</source>
        <translation>База данных Profdesk (*.sqlite3);;Все файлы (*)</translation>
    </message>
</context>
</TS>
