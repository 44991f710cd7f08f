<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DesignerShell</name>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Card place</source>
        <translation>Место для билета</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>На передний план</translation>
    </message>
    <message>
        <source>To back</source>
        <translation>На задний план</translation>
    </message>
    <message>
        <source>Hide / show</source>
        <translation>Скрыть / показать</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Показывать скрытые</translation>
    </message>
    <message>
        <source>Draw hidden elements faintly (they are never printed)</source>
        <translation>Показывать скрытые элементы бледно (они не печатаются)</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>По левому краю</translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation>По центрам</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>По правому краю</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>По верху</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>По низу</translation>
    </message>
    <message>
        <source>Distribute across</source>
        <translation>Распределить по ширине</translation>
    </message>
    <message>
        <source>Distribute down</source>
        <translation>Распределить по высоте</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Zoom: 100 % is the true size</source>
        <translation>Масштаб: 100 % — настоящий размер</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>← Член Профсоюза</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>Член Профсоюза →</translation>
    </message>
</context>
</TS>
