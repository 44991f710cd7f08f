<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="32"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="35"/>
        <source>&amp;Export exchange file…</source>
        <translation>&amp;Выгрузить файл обмена…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="42"/>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Загрузить файл обмена…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="49"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Расхождения…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="56"/>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Парольная фраза…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="77"/>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="153"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="78"/>
        <source>Set the exchange passphrase first: the offices share it to encrypt the files.</source>
        <translation>Сначала задайте парольную фразу обмена: она общая для всех офисов и шифрует файлы.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="89"/>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="110"/>
        <source>Exchange passphrase</source>
        <translation>Парольная фраза обмена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="91"/>
        <source>Passphrase for this exchange (8 characters or more):</source>
        <translation>Парольная фраза для этого обмена (не короче 8 знаков):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="111"/>
        <source>Passphrase shared by the regional and district offices (8 characters or more):</source>
        <translation>Парольная фраза, общая для регионального и районных офисов (не короче 8 знаков):</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="130"/>
        <source>Exchange passphrase saved.</source>
        <translation>Парольная фраза обмена сохранена.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="154"/>
        <source>There are no territorial organisations.</source>
        <translation>Территориальных организаций нет.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="162"/>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="173"/>
        <source>Export exchange file</source>
        <translation>Выгрузка файла обмена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="163"/>
        <source>Territorial organisation:</source>
        <translation>Территориальная организация:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="175"/>
        <source>Profdesk exchange file (*.pdx)</source>
        <translation>Файл обмена Profdesk (*.pdx)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="188"/>
        <source>Exporting exchange file…</source>
        <translation>Выгрузка файла обмена…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="191"/>
        <source>Exchange file written: %1 record(s).</source>
        <translation>Файл обмена записан, записей: %1.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="201"/>
        <source>Created: %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="204"/>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="207"/>
        <source>Conflicts waiting for a decision: %1</source>
        <translation>Расхождений ждут решения: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="210"/>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="225"/>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="247"/>
        <source>Import exchange file</source>
        <translation>Загрузка файла обмена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="227"/>
        <source>Profdesk exchange file (*.pdx);;All files (*)</source>
        <translation>Файл обмена Profdesk (*.pdx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="239"/>
        <source>The file would change this database as follows:</source>
        <translation>Файл изменит эту базу так:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="248"/>
        <source>Import it now?</source>
        <translation>Загрузить его?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="258"/>
        <source>Importing exchange file…</source>
        <translation>Загрузка файла обмена…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="264"/>
        <source>Checking exchange file…</source>
        <translation>Проверка файла обмена…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/exchange/exchange_menu.py" line="272"/>
        <source>Exchange file imported</source>
        <translation>Файл обмена загружен</translation>
    </message>
</context>
</TS>
