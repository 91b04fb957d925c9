"""Công cụ → Cài đặt writes the settings sections as one undoable action."""

from __future__ import annotations

from dvdesk.services.settings import get_settings


def test_settings_are_saved_and_undone(window, dialogs, errors):
    before = get_settings(window.ctx.db)

    def edit(dialog):
        dialog.org["signer_name"].setText("  Trần   Văn Ký ")
        dialog.recipients.setPlainText("Thường trực Tỉnh ủy (b/c)\n\nLưu Văn phòng")
        dialog.rule_widgets["cell_attendance"]["officer_max"].setValue(2)
        dialog.rule_widgets["cell_attendance"]["officer_max_standing"].setValue(4)
        assert "officer_max_standing" not in dialog.rule_widgets["hamlet_support"]
        dialog.rule_widgets["hamlet_support"]["unit_hard"].setChecked(False)
        dialog.cell_to.setValue(16)
        dialog.sessions["toi"].setTime(dialog.sessions["toi"].time().addSecs(1800))
        dialog.save()

    dialogs.next(edit)
    window.settings_action.trigger()
    dialogs.check()
    assert errors == []
    after = get_settings(window.ctx.db)
    assert after["organization"]["signer_name"] == "Trần Văn Ký"
    assert after["organization"]["recipients"] == ["Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng"]
    assert after["rules"]["cell_attendance"]["officer_max"] == 2
    assert after["rules"]["cell_attendance"]["officer_max_standing"] == 4
    assert after["rules"]["cell_attendance"]["unit_hard"] is False  # untouched values kept
    assert after["rules"]["hamlet_support"]["unit_hard"] is False
    assert after["calendar"]["cell_window"] == [10, 16]
    assert after["calendar"]["sessions"]["toi"] == "19:30"
    assert after["organization"]["issuing_body"] == before["organization"]["issuing_body"]

    window.undo_action.trigger()
    assert get_settings(window.ctx.db) == before


def test_a_backwards_window_is_refused(window, dialogs, errors):
    before = get_settings(window.ctx.db)

    def edit(dialog):
        dialog.committee_from.setValue(9)
        dialog.committee_to.setValue(7)
        dialog.save()
        assert dialog.isVisible()  # stays open to be corrected
        dialog.reject()

    dialogs.next(edit)
    window.settings_action.trigger()
    dialogs.check()
    assert len(errors) == 1 and "ngày bắt đầu 9" in errors[0]
    assert get_settings(window.ctx.db) == before


def test_a_minimum_above_the_maximum_is_refused(window, dialogs, errors):
    before = get_settings(window.ctx.db)

    def edit(dialog):
        dialog.rule_widgets["commune_lead"]["unit_min"].setValue(2)
        dialog.save()
        dialog.reject()

    dialogs.next(edit)
    window.settings_action.trigger()
    dialogs.check()
    assert errors == ["Quy tắc «Cấp ủy phụ trách xã»: số tối thiểu 2 lớn hơn số tối đa 1 "
                      "mỗi đơn vị."]
    assert get_settings(window.ctx.db) == before
