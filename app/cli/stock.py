"""stock: booklets from the printing house to the members (editions, shipments, balances).

`stock ship` drafts and sends a shipment in one step (add --draft to only draft it, then
`stock send`); the booklets leave the sender when sent and reach the receiver when
`stock confirm` records who received them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import CliContext, parse_date, positive_int, print_json

STATUSES = ("draft", "sent", "received", "cancelled")


def register(commands: argparse._SubParsersAction) -> None:
    stock = commands.add_parser("stock", help="буклеты: тиражи, отправки, остатки").add_subparsers(
        dest="stock_command", metavar="ДЕЙСТВИЕ", required=True
    )

    p = stock.add_parser("receive", help="оприходовать тираж из типографии (в региональной)")
    p.add_argument("--edition", required=True, help="название издания")
    p.add_argument("--qty", type=positive_int, required=True, help="сколько экземпляров")
    p.add_argument("--date", type=parse_date, help="дата получения (по умолчанию сегодня)")
    p.add_argument("--year", type=int, help="год издания (по умолчанию год получения)")
    p.set_defaults(handler=cmd_receive)

    p = stock.add_parser("ship", help="отправить буклеты подчинённой организации")
    p.add_argument("--to", required=True, help="код организации-получателя")
    p.add_argument("--qty", type=positive_int, required=True, help="сколько экземпляров")
    p.add_argument("--from", dest="from_code", help="код отправителя (по умолчанию вышестоящая)")
    p.add_argument("--edition", help="издание (по умолчанию самое старое из имеющихся)")
    p.add_argument("--date", type=parse_date, help="дата отправки (по умолчанию сегодня)")
    p.add_argument("--draft", action="store_true", help="только составить черновик")
    p.add_argument("--json", action="store_true", help="вывести отправку в формате JSON")
    p.set_defaults(handler=cmd_ship)

    p = stock.add_parser("send", help="отправить черновик отправки")
    p.add_argument("shipment", metavar="ОТПРАВКА", help="id или номер отправки")
    p.add_argument("--date", type=parse_date, help="дата отправки")
    p.set_defaults(handler=cmd_send)

    p = stock.add_parser("confirm", help="подтвердить получение отправки")
    p.add_argument("shipment", metavar="ОТПРАВКА", help="id или номер отправки")
    p.add_argument("--by", required=True, help="кто принял (фамилия, инициалы)")
    p.add_argument("--date", type=parse_date, help="дата приёма")
    p.add_argument("--qty", type=positive_int, help="сколько принято, если меньше отправленного")
    p.set_defaults(handler=cmd_confirm)

    p = stock.add_parser("cancel", help="отменить отправку (сторнирующими записями)")
    p.add_argument("shipment", metavar="ОТПРАВКА", help="id или номер отправки")
    p.add_argument("--reason", default="", help="причина отмены")
    p.set_defaults(handler=cmd_cancel)

    p = stock.add_parser("handout", help="записать выдачу буклетов членам Профсоюза")
    p.add_argument("--org", required=True, help="код организации")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--qty", type=positive_int, help="сколько выдано")
    how.add_argument(
        "--from-cards", action="store_true", help="посчитать по выданным билетам (ещё не учтённым)"
    )
    p.add_argument("--date", type=parse_date, help="дата выдачи")
    p.add_argument("--edition", help="издание (по умолчанию самое старое)")
    p.add_argument("--json", action="store_true", help="вывести записи в формате JSON")
    p.set_defaults(handler=cmd_handout)

    p = stock.add_parser("writeoff", help="списать испорченные или утерянные буклеты")
    p.add_argument("--org", required=True, help="код организации")
    p.add_argument("--qty", type=positive_int, required=True, help="сколько списать")
    p.add_argument("--reason", required=True, help="причина списания")
    p.add_argument("--date", type=parse_date, help="дата списания")
    p.add_argument("--edition", help="издание (по умолчанию самое старое)")
    p.add_argument("--json", action="store_true", help="вывести записи в формате JSON")
    p.set_defaults(handler=cmd_writeoff)

    p = stock.add_parser("reverse", help="сторнировать ошибочную запись (id из stock history)")
    p.add_argument("entry", metavar="ID", help="id записи (достаточно первых символов)")
    p.add_argument("--reason", default="", help="что было не так")
    p.set_defaults(handler=cmd_reverse)

    p = stock.add_parser("balance", help="остатки буклетов по организациям")
    p.add_argument("--org", help="код организации (с подчинёнными)")
    p.add_argument("--json", action="store_true", help="вывести в формате JSON")
    p.add_argument("--xlsx", type=Path, help="сохранить таблицу остатков в Excel")
    p.set_defaults(handler=cmd_balance)

    p = stock.add_parser("shipments", help="список отправок")
    p.add_argument("--status", choices=STATUSES, help="состояние")
    p.add_argument("--org", help="код организации (отправитель или получатель)")
    p.add_argument("--since", type=parse_date, help="отправлены начиная с даты")
    p.add_argument("--until", type=parse_date, help="отправлены по дату")
    p.add_argument("--json", action="store_true", help="вывести в формате JSON")
    p.set_defaults(handler=cmd_shipments)

    p = stock.add_parser("history", help="все движения буклетов организации")
    p.add_argument("--org", required=True, help="код организации")
    p.add_argument("--json", action="store_true", help="вывести в формате JSON")
    p.set_defaults(handler=cmd_history)

    p = stock.add_parser("act", help="акт приёма-передачи по отправке в PDF")
    p.add_argument("shipment", metavar="ОТПРАВКА", help="id или номер отправки")
    p.add_argument("--out", type=Path, required=True, help="файл .pdf")
    p.set_defaults(handler=cmd_act)


def _edition_id(s, title: str | None) -> str | None:  # noqa: ANN001
    from ..models.stock import edition_by_title

    return edition_by_title(s, title).id if title else None


def cmd_receive(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock import fmt, receive_edition

    with ctx.database().session() as s:
        row = receive_edition(s, args.edition, args.qty, args.date, args.year)
        print(f"Оприходовано {fmt(row.quantity)} экз. издания «{args.edition.strip()}».")
    return 0


def cmd_ship(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.organisations import get_by_code
    from ..models.stock import fmt
    from ..models.stock_queries import shipment_row
    from ..models.stock_shipments import create_shipment, ship

    with ctx.database().session() as s:
        to_id = get_by_code(s, args.to).id
        from_id = get_by_code(s, args.from_code).id if args.from_code else None
        edition_id = _edition_id(s, args.edition)
        make = create_shipment if args.draft else ship
        shipment = make(s, to_id, args.qty, from_id, edition_id, args.date)
        row = shipment_row(s, shipment.id)
    if args.json:
        print_json(row.as_dict())
    else:
        print(row.id)
        state = "черновик" if args.draft else "отправлена"
        print(
            f"Отправка № {row.number} ({state}): {fmt(row.quantity)} экз. «{row.edition}», "
            f"{row.from_name} → {row.to_name}.",
            file=sys.stderr,
        )
    return 0


def cmd_send(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock_shipments import get_shipment, send_shipment

    with ctx.database().session() as s:
        shipment = send_shipment(s, get_shipment(s, args.shipment).id, args.date)
        print(f"Отправка № {shipment.number} отправлена.")
    return 0


def cmd_confirm(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock import fmt
    from ..models.stock_shipments import confirm_shipment, get_shipment

    with ctx.database().session() as s:
        shipment = get_shipment(s, args.shipment)
        confirm_shipment(s, shipment.id, args.by, args.date, args.qty)
        print(
            f"Отправка № {shipment.number} принята: {fmt(shipment.received_quantity)} "
            f"экз., принял(а): {shipment.received_by}"
        )
    return 0


def cmd_cancel(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock_shipments import cancel_shipment, get_shipment

    with ctx.database().session() as s:
        shipment = cancel_shipment(s, get_shipment(s, args.shipment).id, args.reason)
        print(f"Отправка № {shipment.number} отменена; записи о ней сохранены в истории.")
    return 0


def _print_entries(rows, as_json: bool, verb: str) -> None:  # noqa: ANN001
    from ..models.stock import fmt

    if as_json:
        print_json([{"id": r.id, "quantity": r.quantity, "on": r.entry_date} for r in rows])
        return
    total = sum(r.quantity for r in rows)
    print(f"{verb} {fmt(total)} экз. (записи: {', '.join(r.id for r in rows)}).")


def cmd_handout(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.organisations import get_by_code
    from ..models.stock_handouts import hand_out, hand_out_from_cards

    with ctx.database().session() as s:
        org_id = get_by_code(s, args.org).id
        if args.from_cards:
            rows = hand_out_from_cards(s, org_id, args.date)
        else:
            rows = hand_out(s, org_id, args.qty, args.date, _edition_id(s, args.edition))
        _print_entries(rows, args.json, "Выдано членам Профсоюза")
    return 0


def cmd_writeoff(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.organisations import get_by_code
    from ..models.stock_handouts import write_off

    with ctx.database().session() as s:
        org_id = get_by_code(s, args.org).id
        edition_id = _edition_id(s, args.edition)
        rows = write_off(s, org_id, args.qty, args.reason, args.date, edition_id)
        _print_entries(rows, args.json, "Списано")
    return 0


def cmd_reverse(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock import get_movement, reverse_movement

    with ctx.database().session() as s:
        entry = get_movement(s, args.entry)
        row = reverse_movement(s, entry.id, args.reason)
        print(f"Запись {entry.id} сторнирована записью {row.id}.")
    return 0


COLUMNS = (
    ("received", "получено"),
    ("shipped", "передано"),
    ("handed_out", "выдано"),
    ("written_off", "списано"),
    ("on_hand", "на руках"),
    ("in_transit", "в пути"),
    ("members_without_booklet", "без буклета"),
)


def cmd_balance(args: argparse.Namespace, ctx: CliContext) -> int:
    # read on the light path (no SQLAlchemy) when it may; a table file takes the normal one
    found = None if args.xlsx else ctx.light(lambda reader: reader.stock_balances(args.org))
    if found is not None:
        rows = [r.as_dict() | {"depth": r.depth} for r in found]
    else:
        from ..models.organisations import get_by_code
        from ..models.stock_queries import export_balances_xlsx, flat_balances

        with ctx.database().session() as s:
            org_id = get_by_code(s, args.org).id if args.org else None
            rows = [r.as_dict() | {"depth": r.depth} for r in flat_balances(s, org_id)]
            if args.xlsx:
                count = export_balances_xlsx(s, args.xlsx)
                print(
                    f"Таблица остатков сохранена: {args.xlsx} ({count} организаций).",
                    file=sys.stderr,
                )
    if args.json:
        print_json([{k: v for k, v in r.items() if k != "depth"} for r in rows])
    elif not args.xlsx:
        head = f"{'код':<10} {'организация':<40}" + "".join(f"{t:>12}" for _, t in COLUMNS)
        print(head)
        for r in rows:
            name = ("  " * r["depth"] + r["name"])[:40]
            print(f"{r['code']:<10} {name:<40}" + "".join(f"{r[k]:>12}" for k, _ in COLUMNS))
    return 0


STATUS_TITLES = {
    "draft": "черновик",
    "sent": "в пути",
    "received": "принята",
    "cancelled": "отменена",
}


def _d(day) -> str:  # noqa: ANN001
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def cmd_shipments(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock_rows import ShipmentFilter

    rows = ctx.light(lambda reader: _light_shipments(reader.conn, args))
    if rows is None:
        from ..models.organisations import get_by_code
        from ..models.stock_queries import list_shipments

        with ctx.database().session() as s:
            org_id = get_by_code(s, args.org).id if args.org else None
            flt = ShipmentFilter(args.status, org_id, args.since, args.until)
            rows = list_shipments(s, flt)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    for r in rows:
        print(
            f"№ {r.number:<5} {STATUS_TITLES.get(r.status, r.status):<9} {_d(r.sent_on):<10} "
            f"{r.quantity:>7}  {r.from_name} → {r.to_name}  {r.received_by}  {r.id}"
        )
    return 0


def _light_shipments(conn: Any, args: argparse.Namespace) -> list | None:
    """The shipments on the light path; None for a code that is not there (the normal path
    says so)."""
    from ..models.fastread import stock
    from ..models.stock_rows import ShipmentFilter

    org_id = None
    if args.org:
        org_id = stock.org_id_by_code(conn, args.org)
        if org_id is None:
            return None
    flt = ShipmentFilter(args.status, org_id, args.since, args.until)
    return stock.shipment_rows(conn, flt)


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.light(lambda reader: _light_history(reader.conn, args.org))
    if rows is None:
        from ..models.organisations import get_by_code
        from ..models.stock_queries import history

        with ctx.database().session() as s:
            rows = history(s, get_by_code(s, args.org).id)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return 0
    for r in rows:
        mark = " (сторнирована)" if r.reversed else ""
        ship_no = f"отправка № {r.shipment_number} {r.counterpart}" if r.shipment_number else ""
        print(
            f"{_d(r.on)}  {r.change:>+7} {r.balance:>7}  {r.kind_title}{mark}  {ship_no}"
            f"  {r.reason}  {r.id}"
        )
    return 0


def _light_history(conn: Any, org_code: str) -> list | None:
    """One organisation's ledger on the light path; None for a code that is not there."""
    from ..models.fastread import stock

    org_id = stock.org_id_by_code(conn, org_code)
    return None if org_id is None else stock.history(conn, org_id)


def cmd_act(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.stock_queries import shipment_for_act
    from ..models.stock_shipments import get_shipment
    from ..printing.transfer_act import TransferAct, write_transfer_act  # reportlab: load late

    with ctx.database().session() as s:
        row = shipment_for_act(s, get_shipment(s, args.shipment).id)
        write_transfer_act(TransferAct.from_record(row), args.out)
    print(f"Акт приёма-передачи по отправке № {row.number}: {args.out}")
    return 0
