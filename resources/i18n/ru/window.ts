<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>DesignerWindow</name>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="118" />
      <source>Properties</source>
      <translation>Свойства</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="133" />
      <source>Layout</source>
      <translation>Макет</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="140" />
      <source>Front</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="141" />
      <source>Back</source>
      <translation>Оборот</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="144" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="145" />
      <source>Save as…</source>
      <translation>Сохранить как…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="146" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="149" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="156" />
      <source>Elements</source>
      <translation>Элементы</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="160" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="161" />
      <source>Barcode</source>
      <translation>Штрихкод</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="162" />
      <source>Image</source>
      <translation>Картинка</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="163" />
      <source>Box</source>
      <translation>Прямоугольник</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="164" />
      <source>Line</source>
      <translation>Линия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="168" />
      <location filename="../../../app/ui/cards/designer/window.py" line="317" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="169" />
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="170" />
      <location filename="../../../app/ui/cards/designer/window.py" line="423" />
      <source>Paste</source>
      <translation>Вставить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="171" />
      <source>To front</source>
      <translation>На передний план</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="172" />
      <source>To back</source>
      <translation>На задний план</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="175" />
      <source>Arrange</source>
      <translation>Расположение</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="179" />
      <source>Align left</source>
      <translation>По левому краю</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="180" />
      <source>Align centres</source>
      <translation>По центрам</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="181" />
      <source>Align right</source>
      <translation>По правому краю</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="182" />
      <source>Align top</source>
      <translation>По верху</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="183" />
      <source>Align bottom</source>
      <translation>По низу</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="184" />
      <source>Distribute across</source>
      <translation>Распределить по ширине</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="185" />
      <source>Distribute down</source>
      <translation>Распределить по высоте</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="189" />
      <source>Zoom in</source>
      <translation>Крупнее</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="191" />
      <source>Zoom out</source>
      <translation>Мельче</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="194" />
      <source>Previous member</source>
      <translation>← Член Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="195" />
      <source>Next member</source>
      <translation>Член Профсоюза →</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="196" />
      <source>Fit check…</source>
      <translation>Проверить на всех…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="235" />
      <source> (built in)</source>
      <translation> (встроенный)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="263" />
      <source>Card layout «%1»</source>
      <translation>Макет билета «%1»</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="265" />
      <source>%1 text(s) cut: shown in red.</source>
      <translation>Не помещается текстов: %1 (обведены красным).</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="309" />
      <source>Add element</source>
      <translation>Добавить элемент</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="323" />
      <location filename="../../../app/ui/cards/designer/window.py" line="343" />
      <source>Move</source>
      <translation>Сдвинуть</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="332" />
      <source>Resize</source>
      <translation>Изменить размер</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="355" />
      <source>Change properties</source>
      <translation>Изменить свойства</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="401" />
      <source>Align</source>
      <translation>Выровнять</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="412" />
      <source>Order</source>
      <translation>Порядок</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="440" />
      <location filename="../../../app/ui/cards/designer/window.py" line="447" />
      <source>Save layout as</source>
      <translation>Сохранить макет как</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="441" />
      <source>Name of the office's layout (latin letters, digits, - and _):</source>
      <translation>Имя макета офиса (латинские буквы, цифры, «-» и «_»):</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="447" />
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="462" />
      <source>Saved: version %1.</source>
      <translation>Сохранено: версия %1.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/window.py" line="486" />
      <source>The layout has unsaved changes. Close without saving?</source>
      <translation>В макете есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
  </context>
</TS>