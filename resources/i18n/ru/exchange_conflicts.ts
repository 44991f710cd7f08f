<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ConflictsWindow</name>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="37" />
      <source>Exchange conflicts</source>
      <translation>Расхождения после обмена</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="42" />
      <source>The same data was changed both here and in the other copy. Choose which value to keep; the decision travels with the next exchange file.</source>
      <translation>Одни и те же данные изменили и здесь, и в другой копии. Выберите, какое значение оставить: решение уйдёт с очередным файлом обмена.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="49" />
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="49" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="49" />
      <source>Value here</source>
      <translation>Значение здесь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="49" />
      <source>Value there</source>
      <translation>Значение там</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="61" />
      <source>Keep the value &amp;here</source>
      <translation>Оставить значение &amp;здесь</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="62" />
      <source>Take the value &amp;there</source>
      <translation>Взять значение &amp;оттуда</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="65" />
      <source>Nothing waits: all copies agree.</source>
      <translation>Расхождений нет: копии совпадают.</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="83" />
      <source>Last name</source>
      <translation>Фамилия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="84" />
      <source>First name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="85" />
      <source>Patronymic</source>
      <translation>Отчество</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="86" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="87" />
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="88" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="89" />
      <source>Position</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="90" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="91" />
      <source>E-mail</source>
      <translation>Электронная почта</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="92" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="93" />
      <source>Joined on</source>
      <translation>Дата вступления</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="94" />
      <source>Left on</source>
      <translation>Дата выхода</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="95" />
      <source>Reason for leaving</source>
      <translation>Причина выхода</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="96" />
      <source>E-registered on</source>
      <translation>Дата постановки на электронный учёт</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="97" />
      <source>Consent on</source>
      <translation>Дата согласия</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="98" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="99" />
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="100" />
      <source>Short name</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="101" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="102" />
      <source>Employees</source>
      <translation>Работников</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="103" />
      <source>Students</source>
      <translation>Студентов</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="104" />
      <source>Card status</source>
      <translation>Состояние билета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="105" />
      <source>Handed on</source>
      <translation>Дата выдачи билета</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="114" />
      <source>(empty)</source>
      <translation>(пусто)</translation>
    </message>
    <message>
      <location filename="../../../app/ui/exchange_conflicts.py" line="126" />
      <source>possible duplicate</source>
      <translation>возможный двойник</translation>
    </message>
  </context>
</TS>