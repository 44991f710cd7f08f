<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../../app/ui/first_start.py" line="376"/>
        <source>Add the organisations, then import or add the members.</source>
        <translation>Добавьте организации, затем загрузите или добавьте членов Профсоюза.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="386"/>
        <source>Select an organisation and use Organisations → Add organisation… to build the tree under it.</source>
        <translation>Выберите организацию и постройте под ней дерево: Организации → Добавить организацию…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../../app/ui/first_start.py" line="59"/>
        <source>Profdesk: first start</source>
        <translation>Profdesk: первый запуск</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="89"/>
        <source>Welcome to Profdesk</source>
        <translation>Добро пожаловать в Profdesk</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="90"/>
        <source>The database is empty. Choose how you begin; you can change it later.</source>
        <translation>База данных пока пуста. Выберите, с чего начать.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="94"/>
        <source>&amp;Regional office: set up the regional organisation</source>
        <translation>&amp;Региональная организация: завести региональную организацию</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="98"/>
        <source>&amp;Look around on demo data (a separate file, real data stays empty)</source>
        <translation>&amp;Посмотреть программу на демонстрационных данных (отдельный файл, настоящая база остаётся пустой)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="102"/>
        <source>&amp;District office: open the file received from the region</source>
        <translation>Ра&amp;йон: открыть файл, полученный из региона</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="112"/>
        <source>Exchange with districts is not available in this version</source>
        <translation>Обмен файлами с районами в этой версии программы недоступен</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="119"/>
        <source>Regional organisation</source>
        <translation>Региональная организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="121"/>
        <source>The organisation at the top of the tree and the region code for card numbers.</source>
        <translation>Организация на вершине дерева и код региона для номеров членских билетов.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="125"/>
        <source>e.g. Kursk regional organisation</source>
        <translation>например, Курская областная организация Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="131"/>
        <source>Two digits of the region (46 for the Kursk region). Every card number the program issues begins with them.</source>
        <translation>Две цифры кода региона (46 — Курская область). С них начинается номер каждого билета, который выдаёт программа.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="136"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="138"/>
        <source>Region &amp;code:</source>
        <translation>&amp;Код региона:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="149"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="151"/>
        <source>The administrator signs in with this name and password and creates the accounts of the other staff.</source>
        <translation>Администратор входит в программу с этим именем и паролем и заводит учётные записи остальных сотрудников.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="162"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="163"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="164"/>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="176"/>
        <source>Where do the members come from?</source>
        <translation>Откуда возьмутся члены Профсоюза?</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="177"/>
        <source>Press Finish to save the regional organisation and open the program.</source>
        <translation>Нажмите «Завершить», чтобы сохранить региональную организацию и открыть программу.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="181"/>
        <source>&amp;Import the member lists we already have (Excel or CSV)</source>
        <translation>&amp;Загрузить имеющиеся списки членов Профсоюза (Excel или CSV)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="185"/>
        <source>&amp;Build the organisation tree by hand, then add members</source>
        <translation>&amp;Построить дерево организаций вручную, затем добавить членов Профсоюза</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="199"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="200"/>
        <source>A made-up region with thousands of members, to try everything safely.</source>
        <translation>Вымышленный регион с тысячами членов Профсоюза: можно пробовать всё без опаски.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="205"/>
        <source>The demo data is kept in a separate file:
{0}

The window title says [DEMO DATA]. Your real database stays empty, and this wizard opens again at the next start so you can set it up.</source>
        <translation>Демонстрационные данные хранятся в отдельном файле:
{0}

В заголовке окна будет надпись [ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ]. Настоящая база останется пустой, и при следующем запуске этот мастер откроется снова, чтобы её настроить.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="220"/>
        <location filename="../../../app/ui/first_start.py" line="351"/>
        <source>File from the region</source>
        <translation>Файл из региона</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="222"/>
        <source>The regional office exports a file for your territorial organisation and tells you its passphrase.</source>
        <translation>Региональная организация выгружает файл для вашей территориальной организации и сообщает вам его пароль.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="227"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="235"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="237"/>
        <source>Pass&amp;phrase:</source>
        <translation>Пар&amp;оль файла:</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="280"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/first_start.py" line="351"/>
        <source>Exchange files (*.pdx);;All (*)</source>
        <translation>Файлы обмена Profdesk (*.pdx);;Все файлы (*)</translation>
    </message>
</context>
</TS>
