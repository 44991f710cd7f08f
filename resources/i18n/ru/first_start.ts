<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FirstStart</name>
    <message>
        <source>Add the organisations, then import or add the members.</source>
        <translation>Добавьте организации, затем загрузите или добавьте членов Профсоюза.</translation>
    </message>
    <message>
        <source>Select an organisation and use Organisations → Add organisation… to build the tree under it.</source>
        <translation>Выберите организацию и постройте под ней дерево: Организации → Добавить организацию…</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Profdesk: first start</source>
        <translation>Profdesk: первый запуск</translation>
    </message>
    <message>
        <source>Welcome to Profdesk</source>
        <translation>Добро пожаловать в Profdesk</translation>
    </message>
    <message>
        <source>The database is empty. Choose how you begin; you can change it later.</source>
        <translation>База данных пока пуста. Выберите, с чего начать.</translation>
    </message>
    <message>
        <source>&amp;Regional office: set up the regional organisation</source>
        <translation>&amp;Региональная организация: завести региональную организацию</translation>
    </message>
    <message>
        <source>&amp;Look around on demo data (a separate file, real data stays empty)</source>
        <translation>&amp;Посмотреть программу на демонстрационных данных (отдельный файл, настоящая база остаётся пустой)</translation>
    </message>
    <message>
        <source>&amp;District office: open the file received from the region</source>
        <translation>Ра&amp;йон: открыть файл, полученный из региона</translation>
    </message>
    <message>
        <source>Exchange with districts is not available in this version</source>
        <translation>Обмен файлами с районами в этой версии программы недоступен</translation>
    </message>
    <message>
        <source>Regional organisation</source>
        <translation>Региональная организация</translation>
    </message>
    <message>
        <source>The organisation at the top of the tree and the region code for card numbers.</source>
        <translation>Организация на вершине дерева и код региона для номеров членских билетов.</translation>
    </message>
    <message>
        <source>e.g. Kursk regional organisation</source>
        <translation>например, Курская областная организация Профсоюза</translation>
    </message>
    <message>
        <source>Two digits of the region (46 for the Kursk region). Every card number the program issues begins with them.</source>
        <translation>Две цифры кода региона (46 — Курская область). С них начинается номер каждого билета, который выдаёт программа.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Region &amp;code:</source>
        <translation>&amp;Код региона:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator signs in with this name and password and creates the accounts of the other staff.</source>
        <translation>Администратор входит в программу с этим именем и паролем и заводит учётные записи остальных сотрудников.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Where do the members come from?</source>
        <translation>Откуда возьмутся члены Профсоюза?</translation>
    </message>
    <message>
        <source>Press Finish to save the regional organisation and open the program.</source>
        <translation>Нажмите «Завершить», чтобы сохранить региональную организацию и открыть программу.</translation>
    </message>
    <message>
        <source>&amp;Import the member lists we already have (Excel or CSV)</source>
        <translation>&amp;Загрузить имеющиеся списки членов Профсоюза (Excel или CSV)</translation>
    </message>
    <message>
        <source>&amp;Build the organisation tree by hand, then add members</source>
        <translation>&amp;Построить дерево организаций вручную, затем добавить членов Профсоюза</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>A made-up region with thousands of members, to try everything safely.</source>
        <translation>Вымышленный регион с тысячами членов Профсоюза: можно пробовать всё без опаски.</translation>
    </message>
    <message>
        <source>The demo data is kept in a separate file:
{0}

The window title says [DEMO DATA]. Your real database stays empty, and this wizard opens again at the next start so you can set it up.</source>
        <translation>Демонстрационные данные хранятся в отдельном файле:
{0}

В заголовке окна будет надпись [ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ]. Настоящая база останется пустой, и при следующем запуске этот мастер откроется снова, чтобы её настроить.</translation>
    </message>
    <message>
        <source>File from the region</source>
        <translation>Файл из региона</translation>
    </message>
    <message>
        <source>The regional office exports a file for your territorial organisation and tells you its passphrase.</source>
        <translation>Региональная организация выгружает файл для вашей территориальной организации и сообщает вам его пароль.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Пар&amp;оль файла:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database with a password (for a laptop that travels)</source>
        <translation>&amp;Зашифровать базу паролем (для ноутбука, который возят с собой)</translation>
    </message>
    <message>
        <source>Remember the key in this computer&apos;s password store (no password at start)</source>
        <translation>Запомнить ключ в хранилище паролей этого компьютера (не спрашивать пароль при запуске)</translation>
    </message>
    <message>
        <source>Without the password (or a plain backup kept elsewhere) the data cannot be recovered by anyone: write it down and keep it apart from the laptop.</source>
        <translation>Без пароля (или незашифрованной копии, хранящейся в другом месте) данные не восстановит никто: запишите пароль и храните его отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Пароль базы данных:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Exchange files (*.pdx);;All (*)</source>
        <translation>Файлы обмена Profdesk (*.pdx);;Все файлы (*)</translation>
    </message>
</context>
</TS>
