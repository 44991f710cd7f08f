<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Set the exchange passphrase first: the offices share it to encrypt the files.</source>
        <translation>Сначала задайте парольную фразу обмена: она общая для всех офисов и шифрует файлы.</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Парольная фраза обмена</translation>
    </message>
    <message>
        <source>Passphrase for this exchange (8 characters or more):</source>
        <translation>Парольная фраза для этого обмена (не короче 8 знаков):</translation>
    </message>
    <message>
        <source>Passphrase shared by the regional and district offices (8 characters or more):</source>
        <translation>Парольная фраза, общая для регионального и районных офисов (не короче 8 знаков):</translation>
    </message>
    <message>
        <source>Exchange passphrase saved.</source>
        <translation>Парольная фраза обмена сохранена.</translation>
    </message>
    <message>
        <source>There are no territorial organisations.</source>
        <translation>Территориальных организаций нет.</translation>
    </message>
    <message>
        <source>Export exchange file</source>
        <translation>Выгрузка файла обмена</translation>
    </message>
    <message>
        <source>Territorial organisation:</source>
        <translation>Территориальная организация:</translation>
    </message>
    <message>
        <source>Profdesk exchange file (*.pdx)</source>
        <translation>Файл обмена Profdesk (*.pdx)</translation>
    </message>
    <message>
        <source>Exporting exchange file…</source>
        <translation>Выгрузка файла обмена…</translation>
    </message>
    <message>
        <source>Exchange file written: %1 record(s).</source>
        <translation>Файл обмена записан, записей: %1.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Создано: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision: %1</source>
        <translation>Расхождений ждут решения: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Загрузка файла обмена</translation>
    </message>
    <message>
        <source>Profdesk exchange file (*.pdx);;All files (*)</source>
        <translation>Файл обмена Profdesk (*.pdx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file would change this database as follows:</source>
        <translation>Файл изменит эту базу так:</translation>
    </message>
    <message>
        <source>Import it now?</source>
        <translation>Загрузить его?</translation>
    </message>
    <message>
        <source>Importing exchange file…</source>
        <translation>Загрузка файла обмена…</translation>
    </message>
    <message>
        <source>Checking exchange file…</source>
        <translation>Проверка файла обмена…</translation>
    </message>
    <message>
        <source>Exchange file imported</source>
        <translation>Файл обмена загружен</translation>
    </message>
</context>
</TS>
