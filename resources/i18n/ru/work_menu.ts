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
</context>
</TS>
