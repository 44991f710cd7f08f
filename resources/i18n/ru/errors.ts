<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>Profdesk</source>
        <translation>Profdesk</translation>
    </message>
    <message>
        <source>Could not read or write the file: {0}</source>
        <translation>Не удалось прочитать или записать файл: {0}</translation>
    </message>
    <message>
        <source>Something went wrong inside the program ({0}). Nothing was saved; please try again or tell the developers.</source>
        <translation>В программе произошёл сбой ({0}). Изменения не сохранены; повторите действие или сообщите разработчикам.</translation>
    </message>
</context>
</TS>
