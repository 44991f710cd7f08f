<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>PropertiesPanel</name>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="62" />
      <source>Insert a member field…</source>
      <translation>Вставить поле…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="68" />
      <source>Regular</source>
      <translation>Обычный</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="69" />
      <source>Bold</source>
      <translation>Полужирный</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="70" />
      <source>Italic</source>
      <translation>Курсив</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="71" />
      <source>Narrow</source>
      <translation>Узкий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="72" />
      <source>Narrow bold</source>
      <translation>Узкий полужирный</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="85" />
      <source>Left</source>
      <translation>Влево</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="86" />
      <source>Centre</source>
      <translation>По центру</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="87" />
      <source>Right</source>
      <translation>Вправо</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="91" />
      <source>Upper case</source>
      <translation>Прописными буквами</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="102" />
      <source>Image file…</source>
      <translation>Файл картинки…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="104" />
      <source>Locked</source>
      <translation>Закреплён</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="108" />
      <source>X, mm</source>
      <translation>X, мм</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="109" />
      <source>Y, mm</source>
      <translation>Y, мм</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="110" />
      <source>Width, mm</source>
      <translation>Ширина, мм</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="111" />
      <source>Height, mm</source>
      <translation>Высота, мм</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="112" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="114" />
      <source>Font</source>
      <translation>Шрифт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="115" />
      <source>Size, pt</source>
      <translation>Размер, пт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="116" />
      <source>Minimum size, pt</source>
      <translation>Наименьший размер, пт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="117" />
      <source>Lines</source>
      <translation>Строк</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="118" />
      <source>Alignment</source>
      <translation>Выравнивание</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="120" />
      <source>Colour</source>
      <translation>Цвет</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="121" />
      <source>Barcode</source>
      <translation>Штрихкод</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="181" />
      <source>Image for the card</source>
      <translation>Картинка для билета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/properties.py" line="181" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
  </context>
</TS>