<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>WorkMenu</name>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Работа</translation>
    </message>
    <message>
        <source>&amp;Work lists…</source>
        <translation>&amp;Рабочие списки…</translation>
    </message>
    <message>
        <source>Who is still to be served: e-registration, consent, cards, booklets</source>
        <translation>Кого ещё нужно обслужить: электронный учёт, согласие, билеты, буклеты</translation>
    </message>
    <message>
        <source>&amp;Ranking of organisations…</source>
        <translation>&amp;Рейтинг организаций…</translation>
    </message>
    <message>
        <source>Organisations ordered by what is left to do: whom to phone first</source>
        <translation>Организации по тому, сколько осталось сделать: кому звонить первым</translation>
    </message>
    <message>
        <source>Take the monthly &amp;snapshot now</source>
        <translation>Снять помесячный &amp;срез сейчас</translation>
    </message>
    <message>
        <source>Store this month&apos;s campaign figures of every organisation as of today</source>
        <translation>Сохранить показатели кампаний всех организаций за этот месяц на сегодня</translation>
    </message>
    <message>
        <source>Counting the figures of every organisation…</source>
        <translation>Подсчёт показателей всех организаций…</translation>
    </message>
    <message>
        <source>Monthly snapshot</source>
        <translation>Помесячный срез</translation>
    </message>
    <message>
        <source>The snapshot covers every organisation: it is taken by a user not limited to one organisation.</source>
        <translation>Срез снимается сразу по всем организациям: это делает пользователь без ограничения одной организацией.</translation>
    </message>
    <message>
        <source>Snapshot taken on {0}: {1} organisations.</source>
        <translation>Срез снят на {0}: организаций — {1}.</translation>
    </message>
    <message>
        <source>Past months rebuilt from the history: {0}.</source>
        <translation>Прошлых месяцев восстановлено по истории: {0}.</translation>
    </message>
</context>
</TS>
