<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookletEditor</name>
    <message>
        <source>Booklet text</source>
        <translation>Текст буклета</translation>
    </message>
    <message>
        <source>The text shipped with Profdesk is a &lt;b&gt;draft&lt;/b&gt;: read it through, fill in the places in [square brackets] and adapt it to your organisation before printing. One step, paragraph or line per line of text.</source>
        <translation>Текст, который поставляется с Profdesk, — это &lt;b&gt;черновик&lt;/b&gt;: прочитайте его, заполните места в [квадратных скобках] и поправьте под свою организацию до печати. Каждый шаг, абзац или пункт — с новой строки.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Mobile app: heading</source>
        <translation>Мобильное приложение: заголовок</translation>
    </message>
    <message>
        <source>Mobile app: steps</source>
        <translation>Мобильное приложение: шаги</translation>
    </message>
    <message>
        <source>Website: heading</source>
        <translation>Сайт: заголовок</translation>
    </message>
    <message>
        <source>Website: steps</source>
        <translation>Сайт: шаги</translation>
    </message>
    <message>
        <source>Registration (page 2)</source>
        <translation>Регистрация (с. 2)</translation>
    </message>
    <message>
        <source>What the card gives</source>
        <translation>Что даёт билет</translation>
    </message>
    <message>
        <source>Card page (page 3)</source>
        <translation>Место для билета (с. 3)</translation>
    </message>
    <message>
        <source>Main directions of work</source>
        <translation>Основные направления работы</translation>
    </message>
    <message>
        <source>Contacts: heading</source>
        <translation>Контакты: заголовок</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Back (page 4)</source>
        <translation>Оборот (с. 4)</translation>
    </message>
    <message>
        <source>Side one: page 4 | page 1 (cover)</source>
        <translation>Первая сторона листа: с. 4 | с. 1 (обложка)</translation>
    </message>
    <message>
        <source>Side two: page 2 | page 3 (card place)</source>
        <translation>Вторая сторона листа: с. 2 | с. 3 (место для билета)</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Вернуть черновик</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Каждый пункт с новой строки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Leave empty to use the name of the regional organisation</source>
        <translation>Оставьте пустым, чтобы напечатать название региональной организации</translation>
    </message>
    <message>
        <source>The program&apos;s neutral emblem</source>
        <translation>Нейтральная эмблема программы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Emblem (also on the cards)</source>
        <translation>Эмблема (и на билетах)</translation>
    </message>
    <message>
        <source>Emblem image</source>
        <translation>Рисунок эмблемы</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Рисунки (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Everything fits.</source>
        <translation>Весь текст помещается.</translation>
    </message>
</context>
</TS>
