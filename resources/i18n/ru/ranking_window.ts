<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>RankingWindow</name>
    <message>
        <source>Ranking of organisations</source>
        <translation>Рейтинг организаций</translation>
    </message>
    <message>
        <source>Primary organisations</source>
        <translation>Первичные организации</translation>
    </message>
    <message>
        <source>Territorial organisations</source>
        <translation>Территориальные организации</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членов</translation>
    </message>
    <message>
        <source>Left to do</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Left, %</source>
        <translation>Осталось, %</translation>
    </message>
    <message>
        <source>Save to Excel…</source>
        <translation>Сохранить в Excel…</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;В пределах:</translation>
    </message>
    <message>
        <source>Left to do: active members on at least one work list. Click a column heading to sort by it.</source>
        <translation>«Осталось» — члены Профсоюза, которые есть хотя бы в одном рабочем списке. Щёлкните заголовок столбца, чтобы упорядочить по нему.</translation>
    </message>
    <message>
        <source>Counting what is left to do…</source>
        <translation>Подсчёт, сколько осталось сделать…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Organisations: {0}</source>
        <translation>Организаций: {0}</translation>
    </message>
    <message>
        <source>Save the ranking</source>
        <translation>Сохранить рейтинг</translation>
    </message>
    <message>
        <source>ranking.xlsx</source>
        <translation>рейтинг.xlsx</translation>
    </message>
    <message>
        <source>Ranking saved: {0}</source>
        <translation>Рейтинг сохранён: {0}</translation>
    </message>
</context>
</TS>
