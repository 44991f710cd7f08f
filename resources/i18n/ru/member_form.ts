<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MemberForm</name>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="54" />
      <source>New member</source>
      <translation>Новый член Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="54" />
      <source>Member</source>
      <translation>Карточка члена Профсоюза</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="63" />
      <source>male</source>
      <translation>мужской</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="64" />
      <source>female</source>
      <translation>женский</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="66" />
      <source>worker</source>
      <translation>работающий</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="67" />
      <source>student</source>
      <translation>студент</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="68" />
      <source>pensioner</source>
      <translation>неработающий пенсионер</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="81" />
      <source>The date the member was put on electronic registration.</source>
      <translation>Дата постановки члена Профсоюза на электронный учёт.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="87" />
      <source>The date the signed consent to personal data processing was received (a separate document under 152-FZ).</source>
      <translation>Дата получения подписанного согласия на обработку персональных данных (отдельный документ по 152-ФЗ).</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="93" />
      <source>Worker, student or non-working pensioner: the report counts coverage and youth by category.</source>
      <translation>Работающий, студент или неработающий пенсионер: по категории отчёт считает охват и молодёжь.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="99" />
      <source>With the full name it tells one person from another: a second record with the same name and birth date is flagged as a possible duplicate.</source>
      <translation>Вместе с ФИО отличает одного человека от другого: вторая карточка с теми же ФИО и датой рождения отмечается как возможный повтор.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="104" />
      <source>The date the member joined the union; the report counts members by it.</source>
      <translation>Дата вступления в Профсоюз; по ней отчёт считает численность на дату.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="107" />
      <source>The primary organisation where the member is registered.</source>
      <translation>Первичная организация, в которой член Профсоюза состоит на учёте.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="116" />
      <source>&amp;Surname*</source>
      <translation>&amp;Фамилия*</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="117" />
      <source>&amp;First name*</source>
      <translation>&amp;Имя*</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="118" />
      <source>Pa&amp;tronymic</source>
      <translation>&amp;Отчество</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="119" />
      <source>&amp;Birth date</source>
      <translation>Дата &amp;рождения</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="120" />
      <source>Se&amp;x</source>
      <translation>По&amp;л</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="121" />
      <source>&amp;Category</source>
      <translation>&amp;Категория</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="122" />
      <source>&amp;Organisation*</source>
      <translation>Органи&amp;зация*</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="123" />
      <source>Pos&amp;ition</source>
      <translation>&amp;Должность</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="124" />
      <source>P&amp;hone</source>
      <translation>&amp;Телефон</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="125" />
      <source>&amp;E-mail</source>
      <translation>&amp;Эл. почта</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="126" />
      <source>&amp;Joined on</source>
      <translation>Дата &amp;вступления</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="127" />
      <source>E-re&amp;gistered on</source>
      <translation>Электронный &amp;учёт с</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="128" />
      <source>Co&amp;nsent received on</source>
      <translation>&amp;Согласие на обработку ПДн</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="129" />
      <source>&amp;Notes</source>
      <translation>При&amp;мечания</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="192" />
      <source>Use “Move to another organisation” to change it.</source>
      <translation>Чтобы сменить организацию, используйте «Перевести в другую организацию».</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="203" />
      <source>From an imported list, as written there (not recognised, so the field was left empty):</source>
      <translation>Из загруженного списка, как там написано (не распознано, поэтому поле оставлено пустым):</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="209" />
      <source>«%1»: %2 (imported %3)</source>
      <translation>«%1»: %2 (загружено %3)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="297" />
      <source>Possible duplicate</source>
      <translation>Возможно, это повтор</translation>
    </message>
    <message>
      <location filename="../../../app/ui/members/member_form.py" line="299" />
      <source>A member with the same full name and birth date is already recorded:
{0}

Save this record anyway?</source>
      <translation>Член Профсоюза с такими же ФИО и датой рождения уже есть в базе:
{0}

Всё равно сохранить эту карточку?</translation>
    </message>
  </context>
</TS>