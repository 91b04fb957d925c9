"""Feedback documents: the monthly (or yearly) summary PDF and the Excel export.

``feedback_report(db, period)`` gathers what the summary prints (the counts of
``feedback_counts`` and the items overdue on its day); ``feedback_pdf`` writes it
in the official layout; ``export_feedback`` writes the filtered list (and the
period's counts) to Excel. They read only.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.domain.messages import paper
from dvdesk.domain.units import level_names
from dvdesk.services.feedback_read import (
    FeedbackFilter,
    feedback_counts,
    list_feedback,
    period_bounds,
    period_words,
)
from dvdesk.store import queries
from dvdesk.store.database import Database


def feedback_report(db: Database, period: str, on: dt.date | None = None) -> dict:
    counts = feedback_counts(db, period, on)
    as_of = dt.date.fromisoformat(counts["as_of"])
    overdue = list_feedback(db, FeedbackFilter(overdue=True), on=as_of).rows
    overdue.sort(key=lambda i: (i["deadline"], i["id"]))
    return {"period": period, "period_words": period_words(period), "counts": counts,
            "overdue": overdue}


@paper
def feedback_pdf(db: Database, period: str, path, *, on: dt.date | None = None,
                 number: str = "", date: dt.date | None = None) -> dict:
    from dvdesk.documents.feedback_pdf import write_feedback_pdf

    data = feedback_report(db, period, on)
    with db.read() as session:
        settings = queries.settings(session)
    write_feedback_pdf(data, settings, path, number=number, date=date)
    return data


@paper
def export_feedback(db: Database, path, flt: FeedbackFilter | None = None, *,
                    period: str | None = None, on: dt.date | None = None) -> dict[str, int]:
    """The items matching ``flt`` (received in ``period`` when given), with the period's
    counts; returns sheet name -> rows."""
    from dvdesk.documents.feedback_xlsx import write_feedback_workbook

    flt = flt or FeedbackFilter()
    counts, title = None, "DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ CỦA NHÂN DÂN"
    if period:
        first, last = period_bounds(period)
        flt = FeedbackFilter(**{**flt.__dict__, "received_from": first, "received_to": last})
        counts = feedback_counts(db, period, on)
        title += f" {period_words(period).upper()}"
    page = list_feedback(db, flt, on=on)
    items = sorted(page.rows, key=lambda i: (i["received"], i["id"]))
    with db.read() as session:
        levels = level_names(queries.settings(session))
    return write_feedback_workbook(items, path, counts, title, levels)
