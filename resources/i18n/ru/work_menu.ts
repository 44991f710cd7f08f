<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>WorkMenu</name>
    <message>
        <location filename="../../../app/ui/work/work_menu.py" line="26"/>
        <source>&amp;Work</source>
        <translation>&amp;Работа</translation>
    </message>
    <message>
        <location filename="../../../app/ui/work/work_menu.py" line="29"/>
        <source>&amp;Work lists…</source>
        <translation>&amp;Рабочие списки…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/work/work_menu.py" line="32"/>
        <source>Who is still to be served: e-registration, consent, cards, booklets</source>
        <translation>Кого ещё нужно обслужить: электронный учёт, согласие, билеты, буклеты</translation>
    </message>
</context>
</TS>
