import pytest

from app.models.text import normalise_phone, search_key, split_full_name, tidy_name


def test_search_key_folds_case_and_yo():
    assert search_key("ЁЛКИНА") == search_key("елкина") == "елкина"
    assert search_key("  Иванов   Иван ") == "иванов иван"


def test_tidy_name_fixes_caps_and_spaces():
    assert tidy_name("ИВАНОВА  анна") == "Иванова Анна"
    assert tidy_name("петрова-водкина") == "Петрова-Водкина"


def test_tidy_name_keeps_turkic_patronymic_endings_small():
    assert tidy_name("ГУСЕЙН ОГЛЫ") == "Гусейн оглы"
    assert tidy_name("лейла  кызы") == "Лейла кызы"
    assert tidy_name("гусейн-оглы") == "Гусейн-оглы"
    assert split_full_name("АЛИЕВ РАШИД ГУСЕЙН ОГЛЫ") == ("Алиев", "Рашид", "Гусейн оглы")


@pytest.mark.parametrize(
    "raw",
    ["8 (910) 123-45-67", "+7 910 123 45 67", "89101234567", "9101234567", "7-910-123-45-67"],
)
def test_phone_forms_normalise(raw):
    assert normalise_phone(raw) == "+79101234567"


def test_phone_junk_is_refused():
    with pytest.raises(ValueError):
        normalise_phone("12-34")
    assert normalise_phone("  ") is None


def test_split_full_name():
    assert split_full_name("ИВАНОВА анна петровна") == ("Иванова", "Анна", "Петровна")
    assert split_full_name("Алиев Рашид Гусейн оглы") == ("Алиев", "Рашид", "Гусейн оглы")
    assert split_full_name("Сидоров Пётр") == ("Сидоров", "Пётр", "")


def test_numbers_are_written_the_russian_way():
    from app.models.text import ru_int, ru_percent, ru_points

    assert ru_int(2808) == "2\u202f808" and ru_int(250000) == "250\u202f000" and ru_int(7) == "7"
    assert ru_percent(91.14) == "91,1\u00a0%"
    assert ru_points(1.2) == "+1,2\u00a0п.\u00a0п."
    assert ru_points(-0.4) == "−0,4\u00a0п.\u00a0п."
    assert ru_points(0.0) == "±0,0\u00a0п.\u00a0п."
