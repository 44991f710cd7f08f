<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>OrgForm</name>
    <message>
      <source>New organisation</source>
      <translation>Новая организация</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>primary organisation</source>
      <translation>первичная организация</translation>
    </message>
    <message>
      <source>territorial organisation</source>
      <translation>территориальная организация</translation>
    </message>
    <message>
      <source>regional organisation</source>
      <translation>региональная организация</translation>
    </message>
    <message>
      <source>A short unique code, e.g. T05-012; used in files and the CLI.</source>
      <translation>Короткий уникальный код, например T05-012; используется в файлах обмена и командной строке.</translation>
    </message>
    <message>
      <source>People who work there: the base of coverage in %.</source>
      <translation>Сколько человек работает в организации: от этого числа считается охват профчленством.</translation>
    </message>
    <message>
      <source>Students of a college or university: the base of student coverage in %.</source>
      <translation>Обучающиеся колледжа или вуза: от этого числа считается охват студентов профчленством.</translation>
    </message>
    <message>
      <source>Primary organisations hold the members; territorial (district, town) organisations group the primary ones; the regional one is at the top.</source>
      <translation>В первичных организациях состоят члены Профсоюза; территориальные (районные, городские) объединяют первичные; региональная — на вершине дерева.</translation>
    </message>
    <message>
      <source>Shown in the tree, the lists and on booklets when the full name is long.</source>
      <translation>Показывается в дереве, списках и буклетах, когда полное название длинное.</translation>
    </message>
    <message>
      <source>Surname First name Patronymic</source>
      <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
      <source>The ranking window and the sheets for the chairmen show it.</source>
      <translation>Его показывают рейтинг организаций и списки для председателей.</translation>
    </message>
    <message>
      <source>The person who puts the organisation's members on electronic registration.</source>
      <translation>Кто ставит членов Профсоюза этой организации на электронный учёт.</translation>
    </message>
    <message>
      <source>active</source>
      <translation>действующая</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Parent organisation</source>
      <translation>В&amp;ышестоящая организация</translation>
    </message>
    <message>
      <source>&amp;Name*</source>
      <translation>&amp;Название*</translation>
    </message>
    <message>
      <source>S&amp;hort name</source>
      <translation>&amp;Краткое название</translation>
    </message>
    <message>
      <source>&amp;Code*</source>
      <translation>К&amp;од*</translation>
    </message>
    <message>
      <source>&amp;Institution type</source>
      <translation>&amp;Тип учреждения</translation>
    </message>
    <message>
      <source>&amp;Employees</source>
      <translation>&amp;Работников</translation>
    </message>
    <message>
      <source>&amp;Students</source>
      <translation>&amp;Студентов</translation>
    </message>
    <message>
      <source>C&amp;hairman (full name)</source>
      <translation>&amp;Председатель (ФИО)</translation>
    </message>
    <message>
      <source>Chairman's ph&amp;one</source>
      <translation>Тел&amp;ефон председателя</translation>
    </message>
    <message>
      <source>&amp;Registrar</source>
      <translation>Ответственный за эл. &amp;учёт</translation>
    </message>
    <message>
      <source>Registrar's &amp;phone</source>
      <translation>Те&amp;лефон ответственного</translation>
    </message>
    <message>
      <source>Registrar's e-&amp;mail</source>
      <translation>&amp;Эл. почта ответственного</translation>
    </message>
  </context>
</TS>