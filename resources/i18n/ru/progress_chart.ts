<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ProgressChart</name>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="28" />
      <source>Progress: {0}</source>
      <translation>Ход работы: {0}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="30" />
      <source>E-registration</source>
      <translation>Электронный учёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="31" />
      <source>Cards handed</source>
      <translation>Билеты выданы</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="32" />
      <source>Booklets</source>
      <translation>Буклеты</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="33" />
      <source>PROFKARDS</source>
      <translation>Профкардс</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="42" />
      <source>Share of members, % (end of each month)</source>
      <translation>Доля членов Профсоюза, % (на конец месяца)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="63" />
      <source>Target 100 %</source>
      <translation>Цель 100 %</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="82" />
      <source>not reached at this pace</source>
      <translation>при нынешнем темпе не достигается</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="84" />
      <source>{0}: {1} % now, 100 % on {2}</source>
      <translation>{0}: сейчас {1} %, 100 % — {2}</translation>
    </message>
    <message>
      <location filename="../../../app/ui/work/progress_chart.py" line="90" />
      <source>Members now: {0}</source>
      <translation>Членов Профсоюза сейчас: {0}</translation>
    </message>
  </context>
</TS>