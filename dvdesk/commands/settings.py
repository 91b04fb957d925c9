"""``settings show [--json] | set KEY VALUE | preset huyen|tinh|xa`` (DESIGN §12).
``set mail.password -`` keeps the mail password in the system's keyring (asked for, never
typed on the command line)."""

from __future__ import annotations

import json

from dvdesk.commands.common import database, print_json
from dvdesk.domain.messages import msg

HIDDEN = {("mail", "password")}


def run(args) -> int:
    return {"show": show, "set": set_value, "preset": preset}[args.action](args)


def preset(args) -> int:
    from dvdesk.domain.presets import PRESETS
    from dvdesk.services.settings import apply_preset

    sections, previous = apply_preset(database(args), args.preset)
    print(msg("Đã áp dụng mẫu {preset} ({code}).", preset=PRESETS[args.preset].label,
              code=args.preset))
    for section, values in sections.items():
        for name, value in values.items():
            before = previous.get(section, {}).get(name)
            if before != value:
                print(f"  {section}.{name}: {_shown(before)} → {_shown(value)}")
    return 0


def _shown(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def show(args) -> int:
    from dvdesk.services.settings import get_settings

    settings = get_settings(database(args))
    if args.json:
        print_json(settings)
        return 0
    for section, values in settings.items():
        if isinstance(values, dict):
            for name, value in values.items():
                shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                print(f"{section}.{name} = {shown}")
        else:
            print(f"{section} = {json.dumps(values, ensure_ascii=False)}")
    return 0


def _read_password() -> str:
    import getpass
    import sys

    from dvdesk.errors import InvalidInput

    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(msg("Mật khẩu thư: "))
    else:
        password = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not password:
        raise InvalidInput(msg("Chưa nhập mật khẩu thư."))
    return password


def set_value(args) -> int:
    from dvdesk.errors import InvalidInput

    db = database(args)
    if args.key == "mail.password":
        from dvdesk.services.mail import store_password

        if args.value != "-":
            raise InvalidInput(msg("Không ghi mật khẩu trên dòng lệnh; hãy chạy: dvdesk settings "
                                   "set mail.password - (rồi nhập mật khẩu)."))
        store_password(db, _read_password())
        print(msg("Đã lưu mật khẩu thư vào kho mật khẩu của hệ thống."))
        return 0
    from dvdesk.services.settings import set_value as save

    before, after = save(db, args.key, args.value)
    print(msg("Đã lưu {key}: {before} → {after}.", key=args.key,
              before=json.dumps(before, ensure_ascii=False),
              after=json.dumps(after, ensure_ascii=False)))
    return 0
