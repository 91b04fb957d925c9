"""Whether a word is a well-formed Vietnamese syllable (âm tiết): onset, rhyme and tone.

Used to tell legacy-encoded text from Unicode: a correct decoding of a legacy
cell gives syllables, a wrong one almost never does ("tèt" is not Vietnamese,
"tốt" is). The rules are orthographic, not a dictionary: any name spelled the
Vietnamese way passes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Tone marks: huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


_ONSETS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_RHYMES = frozenset("""
a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu
o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăp oăt oe oen oeo oet ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uân uâng uât uây uê uêch uên uênh uêt uơ
uôc uôi uôm uôn uông uôt uy uya uych uyên uyêt uyn uynh uyp uyt uyu
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y
ak ăk âk ek êk ok ôk ơk uk ưk
""".split())
# The -k rhymes are for Central Highlands names (Đắk Lắk, Krông Búk). Loanword rhymes such
# as "oong" (boong) are left out on purpose: VNI "Coâng" would otherwise also read as TCVN3.
_STOP_ENDINGS = ("c", "ch", "p", "t", "k")
_CHECKED_TONES = ("", "\u0301", "\u0323")  # a stop ending takes only sắc or nặng, or none
_LETTER_MARKS = ("\u0302", "\u0306", "\u031b")
_FRONT = ("e", "ê", "i", "y")


_VOWEL_LETTERS = frozenset("aăâeêioôơuưy")
_MARKED = frozenset("ăâêôơư")
_EITHER_STYLE = ("oa", "oe", "uy")  # hòa / hoà, thủy / thuỷ: both placements are written


@lru_cache(maxsize=1 << 14)
def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable ("Nguyễn", "quốc", "giếng"; not "tèt", "café").

    Checks the onset, the rhyme, that a stop ending (-c -ch -p -t) takes only sắc or
    nặng, and that the tone mark sits on the vowel that carries it.
    """
    tones: list[tuple[str, int]] = []
    letters: list[str] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            tones.append((ch, len(letters) - 1))
        elif ch in _LETTER_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
    if len(tones) > 1:
        return False
    tone, at = tones[0] if tones else ("", -1)
    bare = "".join(letters)
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset):]
        if not _rhyme_fits(onset, rhyme):
            continue
        if rhyme.endswith(_STOP_ENDINGS) and tone not in _CHECKED_TONES:
            return False
        return not tone or _tone_in_place(onset, rhyme, at - len(onset))
    return False


def _tone_in_place(onset: str, rhyme: str, at: int) -> bool:
    """The tone mark at index ``at`` of the rhyme sits where Vietnamese writes it."""
    if not rhyme:
        return onset == "gi" and at == -1  # gì: the tone is on the i of gi
    cluster = ""
    for ch in rhyme:
        if ch not in _VOWEL_LETTERS:
            break
        cluster += ch
    if not cluster or at < 0 or at >= len(cluster):
        return False
    marked = [i for i, ch in enumerate(cluster) if ch in _MARKED]
    if marked:
        return at == marked[-1]  # ươ: on ơ; iê, uô, uâ: on the marked vowel
    if len(cluster) == 1:
        return True
    if len(cluster) < len(rhyme):  # a final consonant follows: on the last vowel
        return at == len(cluster) - 1
    if len(cluster) == 3:
        return at == 1  # ngoài, khuỷu
    if cluster in _EITHER_STYLE:
        return True
    return at == 0  # mùa, kìa, tài, sáo


def _rhyme_fits(onset: str, rhyme: str) -> bool:
    if onset == "gi":  # giá, giữa, giếng (gi + iêng written "gi" + "êng")
        return rhyme in _RHYMES or ("i" + rhyme) in _RHYMES or rhyme == ""
    if onset == "qu":  # quá, quốc, quyết, quân
        return (rhyme in _RHYMES or ("u" + rhyme) in _RHYMES) and not rhyme.startswith(("u", "o"))
    if rhyme not in _RHYMES:
        return False
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng") and front:
        return onset == "g" and rhyme.startswith("i")  # gì, gìn
    return True
