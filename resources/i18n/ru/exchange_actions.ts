<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ExchangeMenu</name>
    <message>
      <source>E&amp;xchange</source>
      <translation>&amp;Обмен</translation>
    </message>
    <message>
      <source>&amp;Export exchange file…</source>
      <translation>&amp;Выгрузить файл обмена…</translation>
    </message>
    <message>
      <source>&amp;Import exchange file…</source>
      <translation>&amp;Загрузить файл обмена…</translation>
    </message>
    <message>
      <source>&amp;Conflicts…</source>
      <translation>&amp;Расхождения…</translation>
    </message>
    <message>
      <source>&amp;Passphrase…</source>
      <translation>&amp;Парольная фраза…</translation>
    </message>
  </context>
</TS>