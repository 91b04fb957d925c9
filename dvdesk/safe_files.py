"""Writing an output file (PDF, Excel, backup) so that it is whole or not there at all.

Every writer goes through ``replacing(path)``: the target is checked first (a
regular file or nothing: never through a symlink, never onto a device such as
/dev/full, never a name longer than the file system takes), the content is
written to a temporary file in the same folder, flushed to disk, and only then
renamed over the target. A full disk, a read-only folder or a crash half-way
leaves the old file (or no file) and no partial one, and the failure is one
sentence that says which of these it was. Imports nothing but the standard
library and ``dvdesk.errors``, so documents/, services/ and store/ can use it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dvdesk.errors import InvalidInput

NAME_MAX = 255  # bytes, on every file system the program runs on


def shown(path: os.PathLike | str) -> str:
    """A path as a sentence can print it: bytes that are not UTF-8 shown as \\xNN."""
    return os.fsdecode(os.fspath(path)).encode("utf-8", "backslashreplace").decode("utf-8")


def check_target(path: os.PathLike | str) -> Path:
    """The output path, or InvalidInput saying why nothing can be written there."""
    target = Path(path).expanduser()
    name = os.fsencode(target.name)
    if not target.name:
        raise InvalidInput(f"Cần tên tệp để ghi, không phải {shown(target)}.")
    if len(name) > NAME_MAX:
        raise InvalidInput(f"Tên tệp dài {len(name)} byte, quá mức {NAME_MAX} byte mà ổ đĩa "
                           "cho phép; hãy đặt tên ngắn hơn.")
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InvalidInput(_sentence(error, target)) from error
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise InvalidInput(f"{shown(target)} là một liên kết tượng trưng (symlink); "
                               "không ghi qua liên kết, hãy chọn tệp khác.")
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(f"{shown(target)} là một thư mục; hãy ghi rõ tên tệp.")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(f"{shown(target)} không phải là tệp thông thường (thiết bị hay "
                               "ống dẫn); hãy chọn tệp khác.")
    if not target.parent.is_dir():
        raise InvalidInput(f"Thư mục {shown(target.parent)} không tồn tại, không thể ghi "
                           f"{shown(target.name)}.")
    return target


@contextmanager
def replacing(path: os.PathLike | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; when the block ends without error the
    file written there replaces the target. On any error the temporary file is removed."""
    target = check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".dvdesk-", suffix=".partial",
                                             dir=target.parent)
        os.close(handle)
    except OSError as error:
        raise InvalidInput(_sentence(error, target)) from error
    partial = Path(temporary)
    try:
        os.chmod(partial, _file_mode(target))
        yield partial
        _sync(partial)
        check_target(target)  # still a regular file or nothing at the moment of the swap
        os.replace(partial, target)
    except OSError as error:
        raise InvalidInput(_sentence(error, target)) from error
    finally:
        partial.unlink(missing_ok=True)


def _file_mode(target: Path) -> int:
    """The replaced file's permissions, or the usual ones for a new file (not mkstemp's 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _sync(path: Path) -> None:
    """Push the file to disk before the rename, so a power cut cannot leave it empty."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_sentence(error: OSError, target: os.PathLike | str | None = None) -> str:
    """One sentence for a file error met anywhere (the file named when the error has it,
    else ``target``)."""
    name = error.filename
    if name:
        return _sentence(error, Path(os.fsdecode(name)))
    return _sentence(error, Path(target) if target is not None else Path("(đầu ra)"))


def _sentence(error: OSError, target: Path) -> str:
    where = shown(target)
    code = error.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return f"Ổ đĩa đã đầy, không ghi được {where}; hãy giải phóng chỗ trống rồi làm lại."
    if code == errno.EROFS:
        return f"Thư mục của {where} nằm trên ổ chỉ đọc; hãy chọn thư mục khác."
    if code in (errno.EACCES, errno.EPERM):
        return (f"Không có quyền ghi vào thư mục của {where} (chỉ đọc, hoặc tệp đang mở trong "
                "chương trình khác); hãy chọn thư mục khác.")
    if code == errno.ENAMETOOLONG:
        return f"Tên hoặc đường dẫn {where} quá dài; hãy đặt tên ngắn hơn."
    if code == errno.ENOENT:
        return f"Thư mục của {where} không còn tồn tại."
    return f"Không ghi được {where} (mã lỗi hệ thống {code})."


def write_bytes(path: os.PathLike | str, data: bytes) -> Path:
    target = check_target(path)
    with replacing(target) as partial:
        partial.write_bytes(data)
    return target
