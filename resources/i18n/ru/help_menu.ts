<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;About Profdesk</source>
      <translation>&amp;О программе Profdesk</translation>
    </message>
    <message>
      <source>Version and where the data is kept</source>
      <translation>Версия и место хранения данных</translation>
    </message>
    <message>
      <source>About Profdesk</source>
      <translation>О программе Profdesk</translation>
    </message>
    <message>
      <source>&lt;b&gt;Profdesk&lt;/b&gt; {0}&lt;br&gt;Member records, union cards and booklets for a regional office of the education workers' union.&lt;br&gt;&lt;br&gt;Database: {1}&lt;br&gt;The program makes no network connections: personal data stays on this computer.</source>
      <translation>&lt;b&gt;Profdesk&lt;/b&gt; {0}&lt;br&gt;Учёт членов Профсоюза, печать билетов и буклетов для региональной организации Профсоюза работников образования.&lt;br&gt;&lt;br&gt;База данных: {1}&lt;br&gt;Программа не подключается к сети: персональные данные остаются на этом компьютере.</translation>
    </message>
  </context>
</TS>