"""Writing an output file (PDF, Excel, backup) so that it is whole or not there at all.

Every writer goes through ``replacing(path)``: the target is checked first (a
regular file or nothing: never through a symlink, never onto a device such as
/dev/full, never a name longer than the file system takes), the content is
written to a temporary file in the same folder, flushed to disk, and only then
renamed over the target. A full disk, a read-only folder or a crash half-way
leaves the old file (or no file) and no partial one, and the failure is one
sentence that says which of these it was. Imports nothing but the standard
library, ``dvdesk.errors`` and ``dvdesk.domain.messages``, so documents/, services/ and
store/ can use it.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dvdesk.domain.messages import msg
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
        raise InvalidInput(msg("Cần tên tệp để ghi, không phải {path}.", path=shown(target)))
    if len(name) > NAME_MAX:
        raise InvalidInput(msg("Tên tệp dài {length} byte, quá mức {limit} byte mà ổ đĩa cho "
                               "phép; hãy đặt tên ngắn hơn.", length=len(name), limit=NAME_MAX))
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InvalidInput(_sentence(error, target)) from error
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise InvalidInput(msg("{path} là một liên kết tượng trưng (symlink); không ghi qua "
                                   "liên kết, hãy chọn tệp khác.", path=shown(target)))
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(msg("{path} là một thư mục; hãy ghi rõ tên tệp.",
                                   path=shown(target)))
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(msg("{path} không phải là tệp thông thường (thiết bị hay ống dẫn); "
                                   "hãy chọn tệp khác.", path=shown(target)))
    if not target.parent.is_dir():
        raise InvalidInput(msg("Thư mục {folder} không tồn tại, không thể ghi {name}.",
                               folder=shown(target.parent), name=shown(target.name)))
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
    return _sentence(error, target if target is not None else msg("(đầu ra)"))


def _sentence(error: OSError, target: os.PathLike | str) -> str:
    where = shown(target)
    code = error.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return msg("Ổ đĩa đã đầy, không ghi được {path}; hãy giải phóng chỗ trống rồi làm lại.",
                   path=where)
    if code == errno.EROFS:
        return msg("Thư mục của {path} nằm trên ổ chỉ đọc; hãy chọn thư mục khác.", path=where)
    if code in (errno.EACCES, errno.EPERM):
        return msg("Không có quyền ghi vào thư mục của {path} (chỉ đọc, hoặc tệp đang mở trong "
                   "chương trình khác); hãy chọn thư mục khác.", path=where)
    if code == errno.ENAMETOOLONG:
        return msg("Tên hoặc đường dẫn {path} quá dài; hãy đặt tên ngắn hơn.", path=where)
    if code == errno.ENOENT:
        return msg("Thư mục của {path} không còn tồn tại.", path=where)
    return msg("Không ghi được {path} (mã lỗi hệ thống {code}).", path=where, code=code)


def write_bytes(path: os.PathLike | str, data: bytes) -> Path:
    target = check_target(path)
    with replacing(target) as partial:
        partial.write_bytes(data)
    return target
