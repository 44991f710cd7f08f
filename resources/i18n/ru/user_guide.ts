<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The guide in Russian: every job step by step, with pictures</source>
        <translation>Руководство: все работы по шагам, с иллюстрациями</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Что это?</translation>
    </message>
    <message>
        <source>Click a field to see what it is for</source>
        <translation>Щёлкните поле, чтобы узнать, для чего оно</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Profdesk user guide</source>
        <translation>Руководство пользователя Profdesk</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
</context>
</TS>
