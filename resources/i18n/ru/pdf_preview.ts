<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../../app/ui/pdf_preview.py" line="53" />
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/pdf_preview.py" line="54" />
      <source>&amp;Save PDF…</source>
      <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
      <location filename="../../../app/ui/pdf_preview.py" line="101" />
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <location filename="../../../app/ui/pdf_preview.py" line="101" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
</TS>