"""How a booklet's pages go on paper: the modes `booklets print --pages` offers.

Apart from app.printing.booklet (reportlab), so that the CLI's `booklets` parser loads
without it (`booklets layouts list` reads on the light path).
"""

IMPOSED = "imposed"  # A4 sheets in booklet order, for printing on both sides and folding
SINGLE = "single"  # A5 pages in reading order, for a print shop
PAGE_MODES = (IMPOSED, SINGLE)
