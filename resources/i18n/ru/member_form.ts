<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberForm</name>
    <message>
        <source>New member</source>
        <translation>Новый член Профсоюза</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Карточка члена Профсоюза</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>работающий</translation>
    </message>
    <message>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <source>pensioner</source>
        <translation>неработающий пенсионер</translation>
    </message>
    <message>
        <source>The date the member was put on electronic registration.</source>
        <translation>Дата постановки члена Профсоюза на электронный учёт.</translation>
    </message>
    <message>
        <source>The date the signed consent to personal data processing was received (a separate document under 152-FZ).</source>
        <translation>Дата получения подписанного согласия на обработку персональных данных (отдельный документ по 152-ФЗ).</translation>
    </message>
    <message>
        <source>Worker, student or non-working pensioner: the report counts coverage and youth by category.</source>
        <translation>Работающий, студент или неработающий пенсионер: по категории отчёт считает охват и молодёжь.</translation>
    </message>
    <message>
        <source>With the full name it tells one person from another: a second record with the same name and birth date is flagged as a possible duplicate.</source>
        <translation>Вместе с ФИО отличает одного человека от другого: вторая карточка с теми же ФИО и датой рождения отмечается как возможный повтор.</translation>
    </message>
    <message>
        <source>The date the member joined the union; the report counts members by it.</source>
        <translation>Дата вступления в Профсоюз; по ней отчёт считает численность на дату.</translation>
    </message>
    <message>
        <source>The primary organisation where the member is registered.</source>
        <translation>Первичная организация, в которой член Профсоюза состоит на учёте.</translation>
    </message>
    <message>
        <source>&amp;Surname*</source>
        <translation>&amp;Фамилия*</translation>
    </message>
    <message>
        <source>&amp;First name*</source>
        <translation>&amp;Имя*</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>По&amp;л</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Organisation*</source>
        <translation>Органи&amp;зация*</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>Дата &amp;вступления</translation>
    </message>
    <message>
        <source>E-re&amp;gistered on</source>
        <translation>Электронный &amp;учёт с</translation>
    </message>
    <message>
        <source>Co&amp;nsent received on</source>
        <translation>&amp;Согласие на обработку ПДн</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>При&amp;мечания</translation>
    </message>
    <message>
        <source>Use “Move to another organisation” to change it.</source>
        <translation>Чтобы сменить организацию, используйте «Перевести в другую организацию».</translation>
    </message>
    <message>
        <source>From an imported list, as written there (not recognised, so the field was left empty):</source>
        <translation>Из загруженного списка, как там написано (не распознано, поэтому поле оставлено пустым):</translation>
    </message>
    <message>
        <source>«%1»: %2 (imported %3)</source>
        <translation>«%1»: %2 (загружено %3)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможно, это повтор</translation>
    </message>
    <message>
        <source>A member with the same full name and birth date is already recorded:
{0}

Save this record anyway?</source>
        <translation>Член Профсоюза с такими же ФИО и датой рождения уже есть в базе:
{0}

Всё равно сохранить эту карточку?</translation>
    </message>
</context>
</TS>
