"""``officer set OFFICER_ID --email ADDRESS``: an officer's fields outside the window.

The e-mail address is where ``calendar send`` mails the personal schedule; an empty
``--email ""`` removes it.
"""

from __future__ import annotations

from dvdesk.commands.common import database
from dvdesk.domain.messages import msg
from dvdesk.errors import InvalidInput


def run(args) -> int:
    return {"set": set_fields}[args.action](args)


def set_fields(args) -> int:
    from dvdesk.services.officer_views import officer_form
    from dvdesk.services.officers import update_officer

    fields = {key: getattr(args, key) for key in ("email",) if getattr(args, key) is not None}
    if not fields:
        raise InvalidInput(msg("Không có gì để sửa: hãy cho --email ĐỊA_CHỈ "
                               "(hoặc --email \"\" để xóa)."))
    db = database(args, create=False)
    update_officer(db, args.officer, **fields)
    form = officer_form(db, args.officer)
    name = form.values["full_name"]
    email = form.values.get("email") or ""
    print(f"Đã ghi e-mail của đồng chí {name}: {email}." if email
          else f"Đã xóa e-mail của đồng chí {name}.")
    return 0
