<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConflictsWindow</name>
    <message>
      <source>Exchange conflicts</source>
      <translation>Расхождения после обмена</translation>
    </message>
    <message>
      <source>The same data was changed both here and in the other copy. Choose which value to keep; the decision travels with the next exchange file.</source>
      <translation>Одни и те же данные изменили и здесь, и в другой копии. Выберите, какое значение оставить: решение уйдёт с очередным файлом обмена.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Value here</source>
      <translation>Значение здесь</translation>
    </message>
    <message>
      <source>Value there</source>
      <translation>Значение там</translation>
    </message>
    <message>
      <source>Keep the value &amp;here</source>
      <translation>Оставить значение &amp;здесь</translation>
    </message>
    <message>
      <source>Take the value &amp;there</source>
      <translation>Взять значение &amp;оттуда</translation>
    </message>
    <message>
      <source>Nothing waits: all copies agree.</source>
      <translation>Расхождений нет: копии совпадают.</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Joined on</source>
      <translation>Дата вступления</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>Дата выхода</translation>
    </message>
    <message>
      <source>Reason for leaving</source>
      <translation>Причина выхода</translation>
    </message>
    <message>
      <source>E-registered on</source>
      <translation>Дата постановки на электронный учёт</translation>
    </message>
    <message>
      <source>Consent on</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <source>Chairman's phone</source>
      <translation>Телефон председателя</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Работников</translation>
    </message>
    <message>
      <source>Students</source>
      <translation>Студентов</translation>
    </message>
    <message>
      <source>Card status</source>
      <translation>Состояние билета</translation>
    </message>
    <message>
      <source>Handed on</source>
      <translation>Дата выдачи билета</translation>
    </message>
    <message>
      <source>Value kept from an import</source>
      <translation>Значение из загрузки</translation>
    </message>
    <message>
      <source>Column of the imported file</source>
      <translation>Столбец загруженного файла</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(пусто)</translation>
    </message>
    <message>
      <source>possible duplicate</source>
      <translation>возможный двойник</translation>
    </message>
  </context>
</TS>