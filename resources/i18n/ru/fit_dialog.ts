<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>FitDialog</name>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="23" />
      <source>Fit check</source>
      <translation>Проверка макета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="26" />
      <source>Members checked: %1. Texts that do not fit even at the minimum size: %2.</source>
      <translation>Проверено членов Профсоюза: %1. Не помещается даже при наименьшем размере шрифта: %2.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="32" />
      <source>Full name</source>
      <translation>ФИО</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="32" />
      <source>Element</source>
      <translation>Элемент</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="32" />
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <location filename="../../../app/ui/cards/designer/fit_dialog.py" line="41" />
      <source>Widest — %1: %2 (%3)</source>
      <translation>Самый длинный текст — %1: %2 (%3)</translation>
    </message>
  </context>
</TS>