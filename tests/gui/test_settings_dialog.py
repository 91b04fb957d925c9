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


def test_the_mail_server_is_set_in_its_tab_and_a_bad_sender_is_refused(window, dialogs,
                                                                        errors, monkeypatch):
    from dvdesk.services import mail

    def edit(dialog):
        tab = dialog.mail
        tab.host.setText(" smtp.huyenuy.vn ")
        tab.port.setValue(465)
        tab.security.setCurrentIndex(tab.security.findData("ssl"))
        tab.user.setText("thu.ky")
        tab.sender.setText("VanPhong@HuyenUy.VN")
        tab.sender_name.setText("Văn phòng Huyện ủy")
        dialog.save()

    dialogs.next(edit)
    window.settings_action.trigger()
    dialogs.check()
    assert errors == []
    saved = get_settings(window.ctx.db)["mail"]
    assert saved == {"host": "smtp.huyenuy.vn", "port": 465, "security": "ssl", "user": "thu.ky",
                     "sender": "VanPhong@huyenuy.vn", "sender_name": "Văn phòng Huyện ủy"}
    assert mail.mail_settings(get_settings(window.ctx.db)).account == "thu.ky@smtp.huyenuy.vn"

    # The password goes to the keyring, never into the settings.
    kept = {}

    class Keyring:
        def set_password(self, service, account, password):
            kept[service, account] = password

    monkeypatch.setattr(mail, "_keyring", lambda: Keyring())

    def password(dialog):
        dialog.mail.password.setText("mật-khẩu")
        dialog.save()

    dialogs.next(password)
    window.settings_action.trigger()
    dialogs.check()
    assert errors == []
    assert kept == {(mail.KEYRING_SERVICE, "thu.ky@smtp.huyenuy.vn"): "mật-khẩu"}
    assert "mật-khẩu" not in str(get_settings(window.ctx.db))

    def bad(dialog):
        dialog.mail.sender.setText("van phong@")
        dialog.save()
        assert dialog.isVisible()  # stays open with the sentence shown
        dialog.reject()

    dialogs.next(bad)
    window.settings_action.trigger()
    dialogs.check()
    assert len(errors) == 1 and "không hợp lệ" in errors[0]
    assert get_settings(window.ctx.db)["mail"]["sender"] == "VanPhong@huyenuy.vn"
