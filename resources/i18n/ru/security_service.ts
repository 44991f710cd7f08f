<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConsentDateDialog</name>
    <message>
      <location filename="../../../app/ui/security_service.py" line="106" />
      <source>Consent received</source>
      <translation>Согласие получено</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="111" />
      <source>Member:</source>
      <translation>Член Профсоюза:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="112" />
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
      <location filename="../../../app/ui/security_service.py" line="68" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="69" />
      <source>Other file…</source>
      <translation>Другой файл…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="77" />
      <source>The database will be replaced by the chosen copy. The current data is backed up first, so this step can be undone.</source>
      <translation>База данных будет заменена выбранной копией. Текущие данные сначала сохраняются в резервную копию, так что этот шаг можно отменить.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="95" />
      <source>Backup file</source>
      <translation>Файл резервной копии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="95" />
      <source>Profdesk database (*.sqlite3);;All (*)</source>
      <translation>База данных Profdesk (*.sqlite3);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>SecurityActions</name>
    <message>
      <location filename="../../../app/ui/security_service.py" line="151" />
      <source>Backup saved: {0}</source>
      <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="179" />
      <source>Restore from backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="181" />
      <source>The database was restored from «{0}». The replaced data is kept in «{1}».</source>
      <translation>База данных восстановлена из «{0}». Заменённые данные сохранены в «{1}».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="191" />
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="191" />
      <source>Select a member in the list first.</source>
      <translation>Сначала выберите члена Профсоюза в списке.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="203" />
      <source>Application and consent</source>
      <translation>Заявление и согласие</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="204" />
      <source>application and consent {0}.pdf</source>
      <translation>заявление и согласие {0}.pdf</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="205" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="255" />
      <source>Print application and &amp;consent…</source>
      <translation>Заявление и &amp;согласие на печать…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="258" />
      <source>The application to join and the separate consent to personal data processing</source>
      <translation>Заявление о вступлении и отдельное согласие на обработку персональных данных</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="265" />
      <source>Consent &amp;received…</source>
      <translation>Согласие &amp;получено…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="267" />
      <source>Record the date the signed consent came back</source>
      <translation>Отметить дату получения подписанного согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="271" />
      <source>&amp;Service</source>
      <translation>&amp;Сервис</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="278" />
      <source>&amp;Users…</source>
      <translation>&amp;Пользователи…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="280" />
      <source>Who may sign in, with which role</source>
      <translation>Кто может входить в программу и с какой ролью</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="286" />
      <source>&amp;Audit log…</source>
      <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="288" />
      <source>Who did what and when</source>
      <translation>Кто, что и когда делал</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="295" />
      <source>&amp;Back up now</source>
      <translation>&amp;Сделать резервную копию</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="297" />
      <source>Save a copy of the database beside it</source>
      <translation>Сохранить копию базы данных в папку рядом с ней</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="303" />
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="305" />
      <source>Replace the database with one of its backups</source>
      <translation>Заменить базу данных одной из её резервных копий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="311" />
      <source>Without consent</source>
      <translation>Без согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/security_service.py" line="312" />
      <source>Only members whose signed consent has not been received</source>
      <translation>Только те, от кого ещё не получено подписанное согласие</translation>
    </message>
  </context>
</TS>