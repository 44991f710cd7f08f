<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../../app/ui/org_tree.py" line="20"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_tree.py" line="20"/>
        <source>Members</source>
        <translation>Членов</translation>
    </message>
    <message>
        <location filename="../../../app/ui/org_tree.py" line="26"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
</TS>
