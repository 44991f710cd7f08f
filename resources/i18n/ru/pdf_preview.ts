<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../../app/ui/pdf_preview.py" line="64"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="65"/>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="66"/>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="67"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="74"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="77"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="80"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="135"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="150"/>
        <source>Sending pages to the printer…</source>
        <translation>Страницы отправляются на принтер…</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="150"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="157"/>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="195"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../../app/ui/pdf_preview.py" line="195"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
</TS>
