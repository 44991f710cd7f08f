"""Membership booklets: texts, printing."""
