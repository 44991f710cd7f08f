<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConsentFilter</name>
    <message>
      <source>Without consent</source>
      <translation>Без согласия</translation>
    </message>
    <message>
      <source>Only members whose signed consent has not been received</source>
      <translation>Только те, от кого ещё не получено подписанное согласие</translation>
    </message>
  </context>
</TS>