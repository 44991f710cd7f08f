"""Booklet stock: receipts, shipments to organisations, hand-outs, write-offs."""
