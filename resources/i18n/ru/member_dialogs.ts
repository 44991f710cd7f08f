<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="40" />
      <source>Mark as left</source>
      <translation>Выбытие из Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="45" />
      <source>at own wish</source>
      <translation>по собственному желанию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="46" />
      <source>dismissal</source>
      <translation>увольнение</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="47" />
      <source>retirement</source>
      <translation>выход на пенсию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="48" />
      <source>death</source>
      <translation>смерть</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="49" />
      <source>transfer to another organisation</source>
      <translation>переход в другую организацию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="53" />
      <source>Member:</source>
      <translation>Член Профсоюза:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="54" />
      <source>Left on</source>
      <translation>Дата выбытия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="55" />
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="59" />
      <source>The record is kept: a member who leaves stays in history.</source>
      <translation>Карточка не удаляется: выбывший остаётся в истории.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="66" />
      <source>Enter the date of leaving.</source>
      <translation>Укажите дату выбытия.</translation>
    </message>
  </context>
  <context>
    <name>MoveDialog</name>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="90" />
      <source>Move to another organisation</source>
      <translation>Перевод в другую организацию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="95" />
      <source>type a part of the name or code</source>
      <translation>начните вводить название или код</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="100" />
      <source>Member:</source>
      <translation>Член Профсоюза:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="101" />
      <source>Now in</source>
      <translation>Сейчас в организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="102" />
      <source>New organisation</source>
      <translation>Новая организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="103" />
      <source>Moved on</source>
      <translation>Дата перевода</translation>
    </message>
    <message>
      <location filename="../../../app/ui/member_dialogs.py" line="111" />
      <source>Choose the organisation to move to.</source>
      <translation>Выберите организацию, в которую переводится член Профсоюза.</translation>
    </message>
  </context>
</TS>