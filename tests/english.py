"""What the tests of the English sentences share: the letters only Vietnamese writes and
the error a refused call raised (the ``english`` fixture is in tests/conftest.py)."""

from __future__ import annotations

import re

import pytest

from dvdesk.errors import DvDeskError

# Letters only Vietnamese writes (and "đ"): an English sentence has none of them.
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)


def refused(call) -> DvDeskError:
    """The error ``call`` raises (it must raise one of ours)."""
    with pytest.raises(DvDeskError) as caught:
        call()
    return caught.value
