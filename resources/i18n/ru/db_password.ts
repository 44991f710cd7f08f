<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>DbPassword</name>
    <message>
      <location filename="../../../app/ui/db_password.py" line="13" />
      <source>Database server password</source>
      <translation>Пароль для сервера базы данных</translation>
    </message>
    <message>
      <location filename="../../../app/ui/db_password.py" line="14" />
      <source>Password for {0}:</source>
      <translation>Пароль для {0}:</translation>
    </message>
  </context>
</TS>