<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConsentDateDialog</name>
    <message>
      <location filename="../../../app/ui/security_service.py" line="108" />
      <source>Consent received</source>
      <translation>Согласие получено</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="113" />
      <source>Member:</source>
      <translation>Член Профсоюза:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="114" />
      <source>Signed consent received on</source>
      <translation>Дата получения подписанного согласия</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../../app/ui/security_service.py" line="47" />
      <source>Restore from backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="51" />
      <source>Made</source>
      <translation>Сделана</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="51" />
      <source>Why</source>
      <translation>Причина</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="51" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="63" />
      <source>{0} MB</source>
      <translation>{0} МБ</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="70" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="71" />
      <source>Other file…</source>
      <translation>Другой файл…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="79" />
      <source>The database will be replaced by the chosen copy. The current data is backed up first, so this step can be undone.</source>
      <translation>База данных будет заменена выбранной копией. Текущие данные сначала сохраняются в резервную копию, так что этот шаг можно отменить.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="97" />
      <source>Backup file</source>
      <translation>Файл резервной копии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="97" />
      <source>Profdesk database (*.sqlite3);;All (*)</source>
      <translation>База данных Profdesk (*.sqlite3);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>SecurityActions</name>
    <message>
      <location filename="../../../app/ui/security_service.py" line="153" />
      <source>Backup saved: {0}</source>
      <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="181" />
      <source>Restore from backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="183" />
      <source>The database was restored from «{0}». The replaced data is kept in «{1}».</source>
      <translation>База данных восстановлена из «{0}». Заменённые данные сохранены в «{1}».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="193" />
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="193" />
      <source>Select a member in the list first.</source>
      <translation>Сначала выберите члена Профсоюза в списке.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="205" />
      <source>Application and consent</source>
      <translation>Заявление и согласие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="206" />
      <source>application and consent {0}.pdf</source>
      <translation>заявление и согласие {0}.pdf</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="207" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="257" />
      <source>Print application and &amp;consent…</source>
      <translation>Заявление и &amp;согласие на печать…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="260" />
      <source>The application to join and the separate consent to personal data processing</source>
      <translation>Заявление о вступлении и отдельное согласие на обработку персональных данных</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="267" />
      <source>Consent &amp;received…</source>
      <translation>Согласие &amp;получено…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="269" />
      <source>Record the date the signed consent came back</source>
      <translation>Отметить дату получения подписанного согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="273" />
      <source>&amp;Service</source>
      <translation>&amp;Сервис</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="280" />
      <source>&amp;Users…</source>
      <translation>&amp;Пользователи…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="282" />
      <source>Who may sign in, with which role</source>
      <translation>Кто может входить в программу и с какой ролью</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="288" />
      <source>&amp;Audit log…</source>
      <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="290" />
      <source>Who did what and when</source>
      <translation>Кто, что и когда делал</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="297" />
      <source>&amp;Back up now</source>
      <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="299" />
      <source>Save a copy of the database beside it</source>
      <translation>Сохранить копию базы данных в папку рядом с ней</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="305" />
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="307" />
      <source>Replace the database with one of its backups</source>
      <translation>Заменить базу данных одной из её резервных копий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="315" />
      <source>Without consent</source>
      <translation>Без согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="316" />
      <source>Only members whose signed consent has not been received</source>
      <translation>Только те, от кого ещё не получено подписанное согласие</translation>
    </message>
  </context>
</TS>