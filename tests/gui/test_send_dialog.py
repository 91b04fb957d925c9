"""Gửi lịch cho cán bộ: the list first (dry run), then the mails to a real SMTP server on
loopback, with each officer's result; a refused address never stops the rest."""

from __future__ import annotations

import pytest

from dvdesk.services import calendar as cal
from dvdesk.services import officers
from dvdesk.services.settings import set_value
from tests.test_mail import (  # noqa: F401 (the loopback server fixtures)
    PASSWORD,
    slow_smtp_server,
    smtp_server,
)

pytest.importorskip("aiosmtpd.controller")
MONTH = "2026-10"  # approved in the demo


@pytest.fixture
def addresses(ctx, smtp_server, monkeypatch):  # noqa: F811 (the fixture imported above)
    return _give_addresses(ctx, smtp_server, monkeypatch)


@pytest.fixture
def slow_addresses(ctx, slow_smtp_server, monkeypatch):  # noqa: F811
    return _give_addresses(ctx, slow_smtp_server, monkeypatch)


def _give_addresses(ctx, server, monkeypatch):
    inbox, port = server
    for key, value in (("mail.host", "127.0.0.1"), ("mail.port", str(port)),
                       ("mail.security", "none"), ("mail.user", "thu.ky"),
                       ("mail.sender", "vanphong@huyenuy.vn")):
        set_value(ctx.db, key, value)
    monkeypatch.delenv("DVDESK_SMTP_PASSWORD", raising=False)
    people = {}
    for m in cal.calendar_view(ctx.db, MONTH)["meetings"][:3]:
        people.update({a["id"]: a["name"] for a in m["attendees"]})
    given = {}
    for n, officer_id in enumerate(sorted(people)):
        given[officer_id] = f"{'refuse' if n == 0 else 'canbo'}{officer_id}@xa.vn"
        officers.update_officer(ctx.db, officer_id, email=given[officer_id])
    return inbox, people, given


def test_the_list_then_the_sending_with_each_result(window, ctx, qtbot, errors, addresses):
    from dvdesk.gui.send_dialog import SendDialog

    inbox, people, given = addresses
    ctx.month = MONTH
    dialog = SendDialog(ctx, MONTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    shown = {name: (email, result) for name, email, result in dialog.results()}
    for officer_id, address in given.items():
        assert shown[people[officer_id]] == (address, "Sẽ gửi")
    assert "Chưa có e-mail" in {result for _e, result in shown.values()}
    assert inbox.messages == []  # the list sends nothing
    assert f"sẽ gửi cho {len(given)} cán bộ" in dialog.summary.text()

    dialog.password.setText(PASSWORD)
    dialog.report = None
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert errors == []
    shown = {name: (email, result) for name, email, result in dialog.results()}
    refused = min(given)
    assert shown[people[refused]][1].startswith("Không gửi được: máy chủ từ chối địa chỉ")
    for officer_id in set(given) - {refused}:
        assert shown[people[officer_id]] == (given[officer_id], "Đã gửi")
    assert sorted(to for to, _m in inbox.messages) == sorted(
        [given[o]] for o in set(given) - {refused})
    assert f"đã gửi {len(given) - 1}, không gửi được 1" in dialog.summary.text()


def test_a_month_not_approved_says_so(window, ctx, qtbot, errors):
    from dvdesk.gui.send_dialog import SendDialog

    dialog = SendDialog(ctx, "2026-12", window)
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    assert "12/2026" in errors[0] and dialog.summary.text() == errors[0]
    assert dialog.send_button.isEnabled()


def test_the_status_bar_stop_ends_the_sending_as_cleanly(window, ctx, qtbot, errors,
                                                        slow_addresses):
    """The window's own "Dừng" (status bar) while mailing: no "nothing was written" error,
    the same marked results as the dialog's "Dừng gửi"."""
    from dvdesk.gui.send_dialog import SendDialog

    inbox, people, given = slow_addresses
    dialog = SendDialog(ctx, MONTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    dialog.send_button.click()
    assert dialog.stop_button.isVisible() and dialog.stop_button.text() == "Dừng gửi"
    qtbot.waitUntil(lambda: len(inbox.messages) >= 1, timeout=60000)
    window.job_indicator.stop.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert errors == []
    shown = {name: result for name, _email, result in dialog.results()}
    results = [shown[people[o]] for o in given]
    refused_tried = shown[people[min(given)]].startswith("Không gửi được")  # or not reached
    assert results.count("Đã gửi") == len(inbox.messages) < len(given) - 1
    assert results.count("Chưa gửi (đã dừng)") == \
        len(given) - len(inbox.messages) - refused_tried > 0
    assert "đã dừng theo yêu cầu" in dialog.summary.text()
    assert not dialog.stop_button.isVisible() and dialog.send_button.isEnabled()


def test_stopping_the_list_sends_nothing_and_says_so(window, ctx, qtbot, errors, addresses):
    from dvdesk.gui.send_dialog import SendDialog

    inbox, _people, _given = addresses
    dialog = SendDialog(ctx, MONTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview_button.click()
    assert dialog.stop_button.text() == "Dừng lập danh sách"
    dialog.stop_button.click()
    assert not dialog.stop_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert errors == [] and inbox.messages == []
    assert dialog.summary.text() == "Đã dừng lập danh sách; chưa gửi thư nào."
    assert dialog.table.rowCount() == 0 and dialog.preview_button.isEnabled()
