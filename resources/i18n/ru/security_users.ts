<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../../app/ui/security_users.py" line="71"/>
        <source>Whole database</source>
        <translation>Вся база</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="80"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="81"/>
        <source>&amp;Login</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="84"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="87"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="87"/>
        <source>Change role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="90"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="91"/>
        <source>Limited &amp;to</source>
        <translation>&amp;Доступ только к</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="94"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="95"/>
        <source>&amp;Repeat password</source>
        <translation>П&amp;овтор пароля</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="101"/>
        <source>The first user is the administrator: from now on Profdesk asks for a login and password at start.</source>
        <translation>Первый пользователь — администратор: с этого момента Profdesk при запуске спрашивает имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="117"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../../app/ui/security_users.py" line="44"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="45"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="46"/>
        <source>Viewer (read and reports)</source>
        <translation>Просмотр (чтение и отчёты)</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="126"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="132"/>
        <source>Login</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="132"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="132"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="132"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="141"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="142"/>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="143"/>
        <location filename="../../../app/ui/security_users.py" line="190"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="144"/>
        <source>Reset &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="153"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="169"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="169"/>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="173"/>
        <source>whole database</source>
        <translation>вся база</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="190"/>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="230"/>
        <source>Deactivate user</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <location filename="../../../app/ui/security_users.py" line="231"/>
        <source>{0} will no longer be able to sign in. Continue?</source>
        <translation>{0} больше не сможет войти в программу. Продолжить?</translation>
    </message>
</context>
</TS>
