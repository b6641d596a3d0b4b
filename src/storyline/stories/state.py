"""The story index's saved state as versioned JSON, not a pickle.

Why: a pickle names the Python classes it holds, so renaming or moving one made every
stored index unreadable, and loading a pickle runs whatever it names. Here every type
the state may hold is listed under a stable name (TYPES); anything else is refused when
saving, so a new kind of field is noticed by the tests, not by a user's next run. A
class may be renamed freely (its stable name stays); a change to what the state means
bumps STATE_VERSION in stories/index.py, and an old state is then rebuilt.

Layout: ``SLSTORYJ`` + zlib(JSON {"format", "version", "state"}). Plain JSON values are
themselves; other values are objects tagged with "$t" (tuple, set, bytes, numpy arrays,
maps with non-string keys, Counters, the registered classes, datasketch's MinHashLSH).
A state written by the first releases (``SLSTORY1``, a pickle) still loads once; the
next save writes JSON.
"""

from __future__ import annotations

import base64
import json
import pickle
import zlib
from collections import Counter, defaultdict
from typing import Any, TypeVar

import numpy as np
from datasketch import MinHashLSH

from storyline.errors import StoreError
from storyline.stories.cluster import Clusterer, ClusterParams, StoryState, ThreadState
from storyline.stories.dedup import DuplicateIndex, DupParams, _Entry
from storyline.stories.features import Vectorizer

MAGIC = b"SLSTORYJ"
LEGACY_MAGIC = b"SLSTORY1"  # a pickle of (version, __dict__): read once, never written
FORMAT = "storyline.story_index"

# Stable name -> class, for every object the state holds (filled by register()).
TYPES: dict[str, type] = {}
_NAMES: dict[type, str] = {}

T = TypeVar("T")


def register(name: str, cls: type) -> None:
    """Let instances of cls be saved under name (their attributes are saved, whatever they are)."""
    TYPES[name] = cls
    _NAMES[cls] = name


for _name, _cls in (
    ("ClusterParams", ClusterParams),
    ("Clusterer", Clusterer),
    ("StoryState", StoryState),
    ("ThreadState", ThreadState),
    ("DupParams", DupParams),
    ("DuplicateIndex", DuplicateIndex),
    ("DupEntry", _Entry),
    ("Vectorizer", Vectorizer),
):
    register(_name, _cls)


_FACTORIES: dict[Any, str] = {list: "list", set: "set", int: "int", float: "float", dict: "dict"}


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def encode(value: Any) -> Any:
    """A JSON-able tree for value; TypeError for a type the state may not hold."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, np.generic):
        return value
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, list):
        return _list(value)
    if isinstance(value, tuple):
        return {"$t": "tuple", "v": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        items = sorted(value, key=repr)  # the same state always writes the same bytes
        return {"$t": "set" if isinstance(value, set) else "frozenset", "v": [encode(v) for v in items]}
    if isinstance(value, bytes):
        return {"$t": "bytes", "v": _b64(value)}
    if isinstance(value, np.ndarray):
        arr = np.ascontiguousarray(value)
        return {"$t": "ndarray", "dtype": arr.dtype.str, "shape": list(arr.shape), "v": _b64(arr.tobytes())}
    if isinstance(value, Counter):
        return {"$t": "counter", "v": _pairs(value)}
    if isinstance(value, defaultdict):
        factory = _FACTORIES.get(value.default_factory)
        if factory is None:
            raise TypeError(f"a defaultdict of {value.default_factory!r} cannot be saved")
        return {"$t": "defaultdict", "factory": factory, "v": _pairs(value)}
    if type(value) is dict:
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$t": "map", "v": _pairs(value)}
    if isinstance(value, MinHashLSH):
        return _encode_lsh(value)
    name = _NAMES.get(type(value))
    if name is None:
        raise TypeError(
            f"the story index state holds a {type(value).__module__}.{type(value).__qualname__}, "
            "which stories/state.py does not know: register it there"
        )
    return {"$t": "obj", "type": name, "v": {k: encode(v) for k, v in vars(value).items()}}


_PLAIN = frozenset({int, float, str, bool, type(None)})


def _list(values: Any) -> list[Any]:
    """A list of encoded values; most lists in the state are of plain numbers, which pass as they are."""
    values = list(values)
    if all(type(v) in _PLAIN for v in values):
        return values
    return [encode(v) for v in values]


def _pairs(mapping: dict) -> dict[str, list]:
    """A map with any keys: keys and values as two lists (ints stay ints)."""
    return {"k": _list(mapping), "v": _list(mapping.values())}


def decode(tree: Any) -> Any:
    """The value encode() wrote."""
    if isinstance(tree, list):
        return tree if all(type(v) in _PLAIN for v in tree) else [decode(v) for v in tree]
    if not isinstance(tree, dict):
        return tree
    tag = tree.get("$t")
    if tag is None:
        return {k: decode(v) for k, v in tree.items()}
    if tag == "tuple":
        return tuple(decode(v) for v in tree["v"])
    if tag == "set":
        return {decode(v) for v in tree["v"]}
    if tag == "frozenset":
        return frozenset(decode(v) for v in tree["v"])
    if tag == "bytes":
        return base64.b64decode(tree["v"])
    if tag == "ndarray":
        raw = base64.b64decode(tree["v"])
        return np.frombuffer(raw, dtype=np.dtype(tree["dtype"])).reshape(tree["shape"]).copy()
    if tag == "counter":
        return Counter(_unpairs(tree["v"]))
    if tag == "map":
        return _unpairs(tree["v"])
    if tag == "defaultdict":
        return defaultdict({v: k for k, v in _FACTORIES.items()}[tree["factory"]], _unpairs(tree["v"]))
    if tag == "lsh":
        return _decode_lsh(tree)
    if tag == "obj":
        cls = TYPES.get(tree["type"])
        if cls is None:
            raise StoreError(
                f"the stored story index holds a {tree['type']!r}, which this storyline does not "
                "know; delete the state (storyline rebuilds it on the next run)"
            )
        obj: Any = object.__new__(cls)
        vars(obj).update({k: decode(v) for k, v in tree["v"].items()})
        return obj
    raise StoreError(f"the stored story index holds an unknown value kind {tag!r}")


def _unpairs(pairs: dict[str, list]) -> dict:
    keys, values = decode(pairs["k"]), decode(pairs["v"])
    return {_hashable(k): v for k, v in zip(keys, values, strict=True)}


def _hashable(key: Any) -> Any:
    return tuple(_hashable(k) for k in key) if isinstance(key, (list, tuple)) else key


def _encode_lsh(lsh: MinHashLSH) -> dict[str, Any]:
    """datasketch's in-memory LSH: its band parameters and the two tables (the hash function is its default)."""
    if lsh.hashfunc is not None or lsh.prepickle:
        raise TypeError("only an in-memory MinHashLSH with the default hash can be saved")
    return {
        "$t": "lsh",
        "num_perm": lsh.h,
        "b": lsh.b,
        "r": lsh.r,
        "tables": [_pairs({k: sorted(v) for k, v in t._dict.items()}) for t in lsh.hashtables],
        "keys": _pairs(dict(lsh.keys._dict)),
    }


def _decode_lsh(tree: dict[str, Any]) -> MinHashLSH:
    lsh = MinHashLSH(num_perm=tree["num_perm"], params=(tree["b"], tree["r"]))
    for table, pairs in zip(lsh.hashtables, tree["tables"], strict=True):
        for k, v in _unpairs(pairs).items():
            table._dict[k] = set(v)
    for k, v in _unpairs(tree["keys"]).items():
        lsh.keys._dict[k] = list(v)
    return lsh


def dump(obj: object, version: int) -> bytes:
    """The state of obj (a registered class or StoryIndex itself) as versioned, compressed JSON."""
    payload = {"format": FORMAT, "version": version, "state": {k: encode(v) for k, v in vars(obj).items()}}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return MAGIC + zlib.compress(text.encode("utf-8"), 2)  # level 2: most of the size gain, a fifth of the time


def load(cls: type[T], data: bytes, version: int) -> T:
    """An object of cls restored from dump()'s bytes, or once from the pickle an older release saved."""
    state: dict[str, Any] | None
    if data.startswith(LEGACY_MAGIC):
        version_found, state = _legacy(data)
    elif data.startswith(MAGIC):
        try:
            payload = json.loads(zlib.decompress(data[len(MAGIC) :]).decode("utf-8"))
            if payload.get("format") != FORMAT:
                raise ValueError(f"not a story index but {payload.get('format')!r}")
            version_found = payload["version"]
            state = None if version_found != version else {k: decode(v) for k, v in payload["state"].items()}
        except StoreError:
            raise
        except Exception as exc:  # a damaged state: say so rather than crash deep inside
            raise StoreError(
                f"the stored story index is damaged ({type(exc).__name__}: {exc}); delete it and rerun to rebuild it"
            ) from exc
    else:
        raise StoreError(
            "the stored story index is not in a format this storyline reads; "
            "delete it (storyline rebuilds it on the next run)"
        )
    if version_found != version or state is None:
        raise StoreError(
            f"the stored story index is version {version_found}, this storyline reads "
            f"{version}; delete it and rerun to rebuild it"
        )
    obj = object.__new__(cls)
    vars(obj).update(state)
    return obj


def _legacy(data: bytes) -> tuple[int, dict[str, Any]]:
    """The first releases' pickle (only ever read from the project's own store)."""
    try:
        version, state = pickle.loads(zlib.decompress(data[len(LEGACY_MAGIC) :]))  # noqa: S301 - own store
    except Exception as exc:
        raise StoreError(
            f"the stored story index is damaged ({type(exc).__name__}); delete it and rerun to rebuild it"
        ) from exc
    return int(version), dict(state)
