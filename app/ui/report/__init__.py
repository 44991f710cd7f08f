"""The annual report window."""
