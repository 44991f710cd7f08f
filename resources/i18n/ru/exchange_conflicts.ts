<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConflictsWindow</name>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="33" />
      <source>Exchange conflicts</source>
      <translation>Расхождения после обмена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="38" />
      <source>The same data was changed both here and in the other copy. Choose which value to keep; the decision travels with the next exchange file.</source>
      <translation>Одни и те же данные изменили и здесь, и в другой копии. Выберите, какое значение оставить: решение уйдёт с очередным файлом обмена.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="45" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="45" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="45" />
      <source>Value here</source>
      <translation>Значение здесь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="45" />
      <source>Value there</source>
      <translation>Значение там</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="52" />
      <source>Keep the value &amp;here</source>
      <translation>Оставить значение &amp;здесь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="53" />
      <source>Take the value &amp;there</source>
      <translation>Взять значение &amp;оттуда</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="56" />
      <source>Nothing waits: all copies agree.</source>
      <translation>Расхождений нет: копии совпадают.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="77" />
      <source>(empty)</source>
      <translation>(пусто)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="85" />
      <source>possible duplicate</source>
      <translation>возможный двойник</translation>
    </message>
  </context>
</TS>