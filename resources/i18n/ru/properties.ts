<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Insert a member field…</source>
        <translation>Вставить поле…</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Абзацы</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Список с точками</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Narrow</source>
        <translation>Узкий</translation>
    </message>
    <message>
        <source>Narrow bold</source>
        <translation>Узкий полужирный</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Влево</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>По центру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Вправо</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Прописными буквами</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>Файл картинки…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Закреплён</translation>
    </message>
    <message>
        <source>Hidden (not printed)</source>
        <translation>Скрыт (не печатается)</translation>
    </message>
    <message>
        <source>X, mm</source>
        <translation>X, мм</translation>
    </message>
    <message>
        <source>Y, mm</source>
        <translation>Y, мм</translation>
    </message>
    <message>
        <source>Width, mm</source>
        <translation>Ширина, мм</translation>
    </message>
    <message>
        <source>Height, mm</source>
        <translation>Высота, мм</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <source>Size, pt</source>
        <translation>Размер, пт</translation>
    </message>
    <message>
        <source>Minimum size, pt</source>
        <translation>Наименьший размер, пт</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Выравнивание</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Image for the layout</source>
        <translation>Картинка для макета</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
