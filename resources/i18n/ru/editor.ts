<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (встроенный)</translation>
    </message>
    <message>
        <source>%1 text(s) cut: shown in red.</source>
        <translation>Не помещается текстов: %1 (обведены красным).</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Масштаб: %1 %</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>Добавить элемент</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Изменить размер</translation>
    </message>
    <message>
        <source>Change properties</source>
        <translation>Изменить свойства</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Выровнять</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation>Сохранить макет как</translation>
    </message>
    <message>
        <source>Name of the office&apos;s layout (latin letters, digits, - and _):</source>
        <translation>Имя макета офиса (латинские буквы, цифры, «-» и «_»):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Saved: version %1.</source>
        <translation>Сохранено: версия %1.</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>Экспорт макета</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Макеты (*.json)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Сохранено в файл: %1</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Импорт макета</translation>
    </message>
    <message>
        <source>Imported: version %1.</source>
        <translation>Загружено: версия %1.</translation>
    </message>
    <message>
        <source>The layout has unsaved changes. Close without saving?</source>
        <translation>В макете есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
</TS>
