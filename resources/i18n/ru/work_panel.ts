<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>WorkPanel</name>
    <message>
      <source>Work lists</source>
      <translation>Рабочие списки</translation>
    </message>
    <message>
      <source>&amp;List:</source>
      <translation>&amp;Список:</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Организация:</translation>
    </message>
    <message>
      <source>E-registered today</source>
      <translation>Поставлены на электронный учёт сегодня</translation>
    </message>
    <message>
      <source>Print consent forms…</source>
      <translation>Бланки согласия…</translation>
    </message>
    <message>
      <source>Print the cards…</source>
      <translation>Печать билетов…</translation>
    </message>
    <message>
      <source>Booklets handed out</source>
      <translation>Буклеты выданы</translation>
    </message>
    <message>
      <source>In PROFKARDS</source>
      <translation>В Профкардс</translation>
    </message>
    <message>
      <source>Import PROFKARDS list…</source>
      <translation>Список из Профкардс…</translation>
    </message>
    <message>
      <source>Sheets for organisations…</source>
      <translation>Списки для организаций…</translation>
    </message>
    <message>
      <source>Progress…</source>
      <translation>Ход работы…</translation>
    </message>
    <message>
      <source>Ranking…</source>
      <translation>Рейтинг…</translation>
    </message>
    <message>
      <source>Actions apply to the selected rows, or to the whole list when none is.</source>
      <translation>Действия применяются к выделенным строкам, а если ничего не выделено — ко всему списку.</translation>
    </message>
    <message>
      <source>All organisations</source>
      <translation>Все организации</translation>
    </message>
    <message numerus="yes">
      <source>In the list: %n</source>
      <translation>
        <numerusform>В списке: %n</numerusform>
        <numerusform>В списке: %n</numerusform>
        <numerusform>В списке: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nothing is selected. Mark all %n members of the list?</source>
      <translation>
        <numerusform>Ничего не выделено. Отметить весь список — %n человека?</numerusform>
        <numerusform>Ничего не выделено. Отметить весь список — %n человека?</numerusform>
        <numerusform>Ничего не выделено. Отметить весь список — %n человек?</numerusform>
      </translation>
    </message>
    <message>
      <source>Put on electronic registration: {0}</source>
      <translation>Поставлены на электронный учёт: {0}</translation>
    </message>
    <message>
      <source>Booklets recorded as handed out: {0}</source>
      <translation>Отмечена выдача буклетов: {0}</translation>
    </message>
    <message>
      <source>Marked as in PROFKARDS: {0}</source>
      <translation>Отмечены в Профкардс: {0}</translation>
    </message>
    <message>
      <source>Folder for the consent forms</source>
      <translation>Папка для бланков согласия</translation>
    </message>
    <message>
      <source>Consent forms saved: {0}</source>
      <translation>Сохранено бланков согласия: {0}</translation>
    </message>
    <message>
      <source>List of card numbers from PROFKARDS</source>
      <translation>Список номеров билетов из Профкардс</translation>
    </message>
    <message>
      <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
      <translation>Списки (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>PROFKARDS list</source>
      <translation>Список из Профкардс</translation>
    </message>
    <message>
      <source>all</source>
      <translation>все организации</translation>
    </message>
    <message>
      <source>Sheets for organisations</source>
      <translation>Списки для организаций</translation>
    </message>
    <message>
      <source>sheets for organisations.pdf</source>
      <translation>списки для организаций.pdf</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Excel (*.xlsx)</source>
      <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Sheets saved: {0} organisations</source>
      <translation>Списки сохранены, организаций: {0}</translation>
    </message>
  </context>
</TS>