<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>OrgForm</name>
    <message>
        <location filename="../../../app/ui/org_form.py" line="41"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="41"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="45"/>
        <source>primary organisation</source>
        <translation>первичная организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="46"/>
        <source>territorial organisation</source>
        <translation>территориальная организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="47"/>
        <source>regional organisation</source>
        <translation>региональная организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="55"/>
        <source>A short unique code, e.g. T05-012; used in files and the CLI.</source>
        <translation>Короткий уникальный код, например T05-012; используется в файлах обмена и командной строке.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="60"/>
        <source>People who work there: the base of coverage in %.</source>
        <translation>Сколько человек работает в организации: от этого числа считается охват профчленством.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="67"/>
        <source>active</source>
        <translation>действующая</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="72"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="73"/>
        <source>&amp;Parent organisation</source>
        <translation>В&amp;ышестоящая организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="74"/>
        <source>&amp;Name*</source>
        <translation>&amp;Название*</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="75"/>
        <source>S&amp;hort name</source>
        <translation>&amp;Краткое название</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="76"/>
        <source>&amp;Code*</source>
        <translation>К&amp;од*</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="77"/>
        <source>&amp;Institution type</source>
        <translation>&amp;Тип учреждения</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="78"/>
        <source>&amp;Employees</source>
        <translation>&amp;Работников</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="79"/>
        <source>&amp;Students</source>
        <translation>&amp;Студентов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="80"/>
        <source>C&amp;hair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="81"/>
        <source>&amp;Registrar</source>
        <translation>Ответственный за эл. &amp;учёт</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="82"/>
        <source>Registrar&apos;s &amp;phone</source>
        <translation>Те&amp;лефон ответственного</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="83"/>
        <source>Registrar&apos;s e-&amp;mail</source>
        <translation>&amp;Эл. почта ответственного</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_form.py" line="130"/>
        <source>The registrar&apos;s phone is not a Russian number.</source>
        <translation>Телефон ответственного не похож на российский номер.</translation>
    </message>
</context>
</TS>
