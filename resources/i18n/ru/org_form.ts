<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>OrgForm</name>
    <message>
      <location filename="../../../app/ui/org_form.py" line="41" />
      <source>New organisation</source>
      <translation>Новая организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="41" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="45" />
      <source>primary organisation</source>
      <translation>первичная организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="46" />
      <source>territorial organisation</source>
      <translation>территориальная организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="47" />
      <source>regional organisation</source>
      <translation>региональная организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="55" />
      <source>A short unique code, e.g. T05-012; used in files and the CLI.</source>
      <translation>Короткий уникальный код, например T05-012; используется в файлах обмена и командной строке.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="60" />
      <source>People who work there: the base of coverage in %.</source>
      <translation>Сколько человек работает в организации: от этого числа считается охват профчленством.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="64" />
      <source>Students of a college or university: the base of student coverage in %.</source>
      <translation>Обучающиеся колледжа или вуза: от этого числа считается охват студентов профчленством.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="68" />
      <source>Primary organisations hold the members; territorial (district, town) organisations group the primary ones; the regional one is at the top.</source>
      <translation>В первичных организациях состоят члены Профсоюза; территориальные (районные, городские) объединяют первичные; региональная — на вершине дерева.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="73" />
      <source>Shown in the tree, the lists and on booklets when the full name is long.</source>
      <translation>Показывается в дереве, списках и буклетах, когда полное название длинное.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="80" />
      <source>The person who puts the organisation's members on electronic registration.</source>
      <translation>Кто ставит членов Профсоюза этой организации на электронный учёт.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="82" />
      <source>active</source>
      <translation>действующая</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="87" />
      <source>&amp;Kind</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="88" />
      <source>&amp;Parent organisation</source>
      <translation>В&amp;ышестоящая организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="89" />
      <source>&amp;Name*</source>
      <translation>&amp;Название*</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="90" />
      <source>S&amp;hort name</source>
      <translation>&amp;Краткое название</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="91" />
      <source>&amp;Code*</source>
      <translation>К&amp;од*</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="92" />
      <source>&amp;Institution type</source>
      <translation>&amp;Тип учреждения</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="93" />
      <source>&amp;Employees</source>
      <translation>&amp;Работников</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="94" />
      <source>&amp;Students</source>
      <translation>&amp;Студентов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="95" />
      <source>C&amp;hair</source>
      <translation>&amp;Председатель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="96" />
      <source>&amp;Registrar</source>
      <translation>Ответственный за эл. &amp;учёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="97" />
      <source>Registrar's &amp;phone</source>
      <translation>Те&amp;лефон ответственного</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="98" />
      <source>Registrar's e-&amp;mail</source>
      <translation>&amp;Эл. почта ответственного</translation>
    </message>
    <message>
      <location filename="../../../app/ui/org_form.py" line="145" />
      <source>The registrar's phone is not a Russian number.</source>
      <translation>Телефон ответственного не похож на российский номер.</translation>
    </message>
  </context>
</TS>