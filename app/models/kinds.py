"""The kinds the tables store as plain text: organisation kinds, member categories, card
states, booklet movements and shipments. Plain Python (no SQLAlchemy), so that the light read
path (app.models.fastread) and the entities (app.models.entities) share them."""

from __future__ import annotations

import enum


class OrgKind(enum.StrEnum):
    REGION = "region"
    TERRITORIAL = "territorial"
    PRIMARY = "primary"


class Category(enum.StrEnum):
    WORKER = "worker"
    STUDENT = "student"
    PENSIONER = "pensioner"


class Sex(enum.StrEnum):
    MALE = "M"
    FEMALE = "F"


class LeaveReason(enum.StrEnum):
    OWN_WISH = "own_wish"
    DISMISSAL = "dismissal"
    RETIREMENT = "retirement"
    DEATH = "death"
    TRANSFER = "transfer"


class CardStatus(enum.StrEnum):
    TO_PRINT = "to_print"
    PRINTED = "printed"
    ISSUED = "issued"
    LOST = "lost"  # lost or spoiled: the card is closed and a new one may be issued


class MovementKind(enum.StrEnum):
    RECEIPT = "receipt"  # a print run arrives from the printing house
    SHIP_OUT = "ship_out"  # a shipment leaves the sender (when sent)
    SHIP_IN = "ship_in"  # a shipment arrives at the receiver (when confirmed)
    HANDOUT = "handout"  # booklets handed to members
    WRITEOFF = "writeoff"  # damaged, lost, short on arrival


class ShipmentStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    CANCELLED = "cancelled"  # a draft dropped, or a sent/received shipment reversed


# the three campaign shares of the start page and the progress figures (app.models.progress)
CAMPAIGN = ("e_registered", "cards", "booklets")
