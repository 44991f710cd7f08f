<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>WorkPanel</name>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="89" />
      <location filename="../../../app/ui/work/work_panel.py" line="189" />
      <source>Work lists</source>
      <translation>Рабочие списки</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="110" />
      <source>&amp;List:</source>
      <translation>&amp;Список:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="112" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Организация:</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="120" />
      <source>E-registered today</source>
      <translation>На электронном учёте с сегодня</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="121" />
      <source>Print consent forms…</source>
      <translation>Бланки согласия…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="122" />
      <source>Print the cards…</source>
      <translation>Печать билетов…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="123" />
      <source>Booklets handed out</source>
      <translation>Буклеты выданы</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="124" />
      <source>In PROFKARDS</source>
      <translation>В Профкардс</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="125" />
      <source>Import PROFKARDS list…</source>
      <translation>Список из Профкардс…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="126" />
      <source>Sheets for organisations…</source>
      <translation>Списки для организаций…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="127" />
      <source>Progress…</source>
      <translation>Ход работы…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="141" />
      <source>Actions apply to the selected rows, or to the whole list when none is.</source>
      <translation>Действия применяются к выделенным строкам, а если ничего не выделено — ко всему списку.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="152" />
      <source>All organisations</source>
      <translation>Все организации</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/work/work_panel.py" line="171" />
      <source>In the list: %n</source>
      <translation>
        <numerusform>В списке: %n</numerusform>
        <numerusform>В списке: %n</numerusform>
        <numerusform>В списке: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../../app/ui/work/work_panel.py" line="190" />
      <source>Nothing is selected. Mark all %n members of the list?</source>
      <translation>
        <numerusform>Ничего не выделено. Отметить весь список — %n человека?</numerusform>
        <numerusform>Ничего не выделено. Отметить весь список — %n человека?</numerusform>
        <numerusform>Ничего не выделено. Отметить весь список — %n человек?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="206" />
      <source>Put on electronic registration: {0}</source>
      <translation>Поставлены на электронный учёт: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="209" />
      <source>Booklets recorded as handed out: {0}</source>
      <translation>Отмечена выдача буклетов: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="212" />
      <source>Marked as in PROFKARDS: {0}</source>
      <translation>Отмечены в Профкардс: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="218" />
      <source>Folder for the consent forms</source>
      <translation>Папка для бланков согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="236" />
      <source>Consent forms saved: {0}</source>
      <translation>Сохранено бланков согласия: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="257" />
      <source>List of card numbers from PROFKARDS</source>
      <translation>Список номеров билетов из Профкардс</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="259" />
      <source>Lists (*.xlsx *.csv *.txt);;All files (*)</source>
      <translation>Списки (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="274" />
      <source>PROFKARDS list</source>
      <translation>Список из Профкардс</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="287" />
      <source>all</source>
      <translation>все организации</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="296" />
      <source>Sheets for organisations</source>
      <translation>Списки для организаций</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="297" />
      <source>sheets for organisations.pdf</source>
      <translation>списки для организаций.pdf</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="298" />
      <source>PDF (*.pdf);;Excel (*.xlsx)</source>
      <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/work_panel.py" line="315" />
      <source>Sheets saved: {0} organisations</source>
      <translation>Списки сохранены, организаций: {0}</translation>
    </message>
  </context>
</TS>