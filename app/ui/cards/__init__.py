"""Membership cards: issuing, printing batches, printer profiles."""
