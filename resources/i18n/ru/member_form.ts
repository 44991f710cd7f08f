<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../../app/ui/member_form.py" line="46"/>
        <source>New member</source>
        <translation>Новый член Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="46"/>
        <source>Member</source>
        <translation>Карточка члена Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="55"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="56"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="58"/>
        <source>worker</source>
        <translation>работающий</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="59"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="60"/>
        <source>pensioner</source>
        <translation>неработающий пенсионер</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="73"/>
        <source>The date the member was put on electronic registration.</source>
        <translation>Дата постановки члена Профсоюза на электронный учёт.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="79"/>
        <source>The date the signed consent to personal data processing was received (a separate document under 152-FZ).</source>
        <translation>Дата получения подписанного согласия на обработку персональных данных (отдельный документ по 152-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="90"/>
        <source>&amp;Surname*</source>
        <translation>&amp;Фамилия*</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="91"/>
        <source>&amp;First name*</source>
        <translation>&amp;Имя*</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="92"/>
        <source>Pa&amp;tronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="93"/>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="94"/>
        <source>Se&amp;x</source>
        <translation>По&amp;л</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="95"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="96"/>
        <source>&amp;Organisation*</source>
        <translation>Органи&amp;зация*</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="97"/>
        <source>Pos&amp;ition</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="98"/>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="99"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="100"/>
        <source>&amp;Joined on</source>
        <translation>Дата &amp;вступления</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="101"/>
        <source>E-re&amp;gistered on</source>
        <translation>Электронный &amp;учёт с</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="102"/>
        <source>Co&amp;nsent received on</source>
        <translation>&amp;Согласие на обработку ПДн</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="103"/>
        <source>Notes</source>
        <translation>При&amp;мечания</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="149"/>
        <source>Use “Move to another organisation” to change it.</source>
        <translation>Чтобы сменить организацию, используйте «Перевести в другую организацию».</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="225"/>
        <source>Possible duplicate</source>
        <translation>Возможно, это повтор</translation>
    </message>
    <message>
        <location filename="../../../app/ui/member_form.py" line="227"/>
        <source>A member with the same full name and birth date is already recorded:
{0}

Save this record anyway?</source>
        <translation>Член Профсоюза с такими же ФИО и датой рождения уже есть в базе:
{0}

Всё равно сохранить эту карточку?</translation>
    </message>
</context>
</TS>
