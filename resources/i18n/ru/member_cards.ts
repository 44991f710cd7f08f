<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>MemberCardActions</name>
    <message>
      <source>Cards</source>
      <translation>Билеты</translation>
    </message>
    <message>
      <source>Select a member in the list first.</source>
      <translation>Сначала выберите члена Профсоюза в списке.</translation>
    </message>
    <message>
      <source>Reissue card</source>
      <translation>Перевыпуск билета</translation>
    </message>
    <message>
      <source>The current card will be marked lost or spoiled and kept in the history; the member gets a new card number. Continue?</source>
      <translation>Текущий билет будет отмечен как утерянный или испорченный и останется в истории; члену Профсоюза будет выдан новый номер. Продолжить?</translation>
    </message>
    <message>
      <source>New card number: %1</source>
      <translation>Новый номер билета: %1</translation>
    </message>
    <message>
      <source>The member has no current card.</source>
      <translation>У члена Профсоюза нет действующего билета.</translation>
    </message>
    <message numerus="yes">
      <source>Cards handed out: %n</source>
      <translation>
        <numerusform>Выдан %n билет</numerusform>
        <numerusform>Выдано %n билета</numerusform>
        <numerusform>Выдано %n билетов</numerusform>
      </translation>
    </message>
    <message>
      <source>to print</source>
      <translation>к печати</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>напечатан</translation>
    </message>
    <message>
      <source>handed to the member</source>
      <translation>выдан</translation>
    </message>
    <message>
      <source>lost or spoiled</source>
      <translation>утерян или испорчен</translation>
    </message>
    <message>
      <source>№ %1: %2; created %3, printed %4, handed %5, closed %6</source>
      <translation>№ %1: %2; создан %3, напечатан %4, выдан %5, закрыт %6</translation>
    </message>
    <message>
      <source>The member has no cards yet.</source>
      <translation>У члена Профсоюза ещё нет билетов.</translation>
    </message>
    <message>
      <source>Card history</source>
      <translation>История билетов</translation>
    </message>
  </context>
</TS>