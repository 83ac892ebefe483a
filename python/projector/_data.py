"""What users pass as data, turned into what the engine takes.

- A NumPy array (float16/32/64, integers) or a list of lists: a float32 matrix, borrowed by the
  engine without a copy when it already is C-contiguous float32.
- A pandas DataFrame, a pyarrow Table, a ``wandb.Table``: an engine table, column by column
  (numbers; vectors from a column of lists or arrays; text; images from bytes, PIL images or
  ``wandb.Image``), then the engine's smart defaults choose the embedding (a vector column,
  else the numeric columns) and the colour column, exactly as the CLI does for a file.
- A path (``str`` or ``os.PathLike``): a file or a W&B run folder, read by the engine's loaders.
- A :class:`Data` from :func:`projector.load`.
"""

import io
import math
import numbers
import os

import numpy as np

from . import _native


class Data:
    """A table prepared for projection: its embedding matrix, colour labels and columns.

    Made by :func:`projector.load` (a file or a W&B run folder) or from a data frame; pass it
    to :func:`projector.project`, :func:`projector.show` or an estimator's ``fit``.
    """

    def __init__(self, prepared, name):
        self._prepared = prepared
        self.name = name

    @property
    def X(self):
        """The embedding matrix (float32, rows × dimensions)."""
        return self._prepared.matrix()

    @property
    def embedding(self):
        """The embedding columns."""
        return list(self._prepared.embedding)

    @property
    def color(self):
        """The colour column, if any."""
        return self._prepared.color

    @property
    def labels(self):
        """The colour column's class of each embedded row (an array of str), or None."""
        lab = self._prepared.labels()
        if lab is None:
            return None
        codes, classes = lab
        return np.asarray(classes, dtype=object)[codes]

    @property
    def rows(self):
        """The table rows embedded (rows with invalid cells are left out with drop_invalid)."""
        return self._prepared.rows()

    @property
    def columns(self):
        """``{name: kind}`` of every column of the table."""
        return {name: kind for name, kind, _ in self._prepared.table().columns()}

    def column(self, name):
        """The values of a column of the table (all rows)."""
        return self._prepared.table().column(name)

    def to_pandas(self):
        """The whole table as a pandas DataFrame (vector columns as arrays per row)."""
        import pandas as pd

        table = self._prepared.table()
        out = {}
        for name, kind, _ in table.columns():
            values = table.column(name)
            out[name] = list(values) if kind.startswith("vector") else values
        return pd.DataFrame(out)

    def __len__(self):
        return self._prepared.num_rows

    def __repr__(self):
        color = f", colour {self.color!r}" if self.color else ""
        return f"<projector.Data {self.name}: {len(self)} rows × {self._prepared.dims} dims{color}>"


def _is_number(v):
    return isinstance(v, numbers.Real)


def _is_missing(v):
    return v is None or (isinstance(v, float) and math.isnan(v))


def _image_bytes(v):
    """Encoded bytes or a path for an image-like cell, else None."""
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    if type(v).__module__.startswith("wandb") and type(v).__name__ == "Image":
        pil = getattr(v, "_image", None) or getattr(v, "image", None)
        if pil is not None and hasattr(pil, "save"):
            return _png(pil)
        path = getattr(v, "_path", None)
        return path if path and os.path.isfile(path) else None
    if hasattr(v, "save") and hasattr(v, "mode") and hasattr(v, "size"):  # PIL.Image
        return _png(v)
    return None


def _png(pil):
    buf = io.BytesIO()
    pil.save(buf, format="PNG")
    return buf.getvalue()


def _is_image(v):
    if isinstance(v, (bytes, bytearray, memoryview)):
        return True
    if type(v).__module__.startswith("wandb") and type(v).__name__ == "Image":
        return True
    return hasattr(v, "save") and hasattr(v, "mode") and hasattr(v, "size")


def add_values(table, source, name, values):
    """Adds a column of Python values, typed by its cells: numbers, vectors (lists/arrays of
    numbers, all the same length), images, else text."""
    name = str(name)
    values = list(values)
    first = next((v for v in values if not _is_missing(v)), None)
    if first is None:
        table.add_text(name, [""] * len(values))
    elif _is_number(first) and all(_is_missing(v) or _is_number(v) for v in values):
        table.add_numeric(name, np.array([np.nan if _is_missing(v) else float(v) for v in values], dtype=np.float64))
    elif isinstance(first, (list, tuple, np.ndarray)) and not isinstance(first, str):
        dim = len(first)
        rows = np.full((len(values), dim), np.nan, dtype=np.float32)
        for i, v in enumerate(values):
            if _is_missing(v):
                continue
            v = np.asarray(v, dtype=np.float32).ravel()
            if len(v) != dim:
                raise ValueError(
                    f"{source}: row {i}, column '{name}': ragged vectors: this list has {len(v)} values, the first has {dim}"
                )
            rows[i] = v
        table.add_vector(name, rows)
    elif _is_image(first):
        table.add_images(name, [None if _is_missing(v) else _image_bytes(v) for v in values])
    else:
        table.add_text(name, ["" if _is_missing(v) else str(v) for v in values])


def from_pandas(df, source="DataFrame"):
    import pandas as pd

    table = _native.Table(source)
    for name in df.columns:
        s = df[name]
        if isinstance(s, pd.DataFrame):
            raise ValueError(f"{source}: the column name {name!r} is used twice")
        if pd.api.types.is_bool_dtype(s.dtype) or pd.api.types.is_numeric_dtype(s.dtype):
            table.add_numeric(str(name), s.to_numpy(dtype=np.float64, na_value=np.nan))
        elif isinstance(s.dtype, pd.CategoricalDtype):
            table.add_text(str(name), ["" if pd.isna(v) else str(v) for v in s])
        else:
            add_values(table, source, name, s.tolist())
    return table


def from_arrow(t, source="pyarrow.Table"):
    import pyarrow as pa

    if isinstance(t, pa.RecordBatch):
        t = pa.Table.from_batches([t])
    table = _native.Table(source)
    for name, col in zip(t.column_names, t.columns):
        ty = col.type
        if pa.types.is_integer(ty) or pa.types.is_floating(ty) or pa.types.is_boolean(ty):
            values = col.cast(pa.float64()).to_numpy(zero_copy_only=False)
            table.add_numeric(name, np.ascontiguousarray(values, dtype=np.float64))
        elif pa.types.is_fixed_size_list(ty) and (pa.types.is_floating(ty.value_type) or pa.types.is_integer(ty.value_type)) and col.null_count == 0:
            flat = col.combine_chunks().flatten().cast(pa.float32()).to_numpy(zero_copy_only=False)
            table.add_vector(name, np.ascontiguousarray(flat.reshape(len(col), ty.list_size), dtype=np.float32))
        elif pa.types.is_string(ty) or pa.types.is_large_string(ty) or pa.types.is_dictionary(ty):
            table.add_text(name, ["" if v is None else str(v) for v in col.to_pylist()])
        else:
            add_values(table, source, name, col.to_pylist())
    return table


def from_wandb(t, source="wandb.Table"):
    table = _native.Table(source)
    rows = list(t.data)
    for j, name in enumerate(t.columns):
        add_values(table, source, name, [r[j] for r in rows])
    return table


def _module(obj):
    return type(obj).__module__.split(".")[0]


def matrix(data):
    """``data`` as a C-contiguous float32 matrix, or None when it is not array-like numbers."""
    if isinstance(data, np.ndarray):
        a = data
    elif isinstance(data, (list, tuple)):
        try:
            a = np.asarray(data, dtype=np.float64)
        except (TypeError, ValueError) as e:
            raise ValueError(f"a list of lists of numbers is expected (every row the same length): {e}") from None
    else:
        return None
    if a.ndim != 2:
        raise ValueError(f"expected a 2-D array (rows × dimensions), got shape {a.shape}")
    if a.dtype.kind not in "fiub":
        raise ValueError(f"expected an array of numbers, got dtype {a.dtype}")
    return np.ascontiguousarray(a, dtype=np.float32)


def prepare(data, embedding=None, color=None, drop_invalid=False, table=None, step=None):
    """``(matrix, None)`` for array-like numbers, else ``(None, Data)``."""
    if isinstance(data, Data):
        if embedding is not None or color is not None:
            data = Data(data._prepared.table().prepare(_columns(embedding), color, drop_invalid), data.name)
        return None, data
    if isinstance(data, (str, os.PathLike)):
        path = os.fspath(data)
        prepared = _native.load(path, embedding=_columns(embedding), color=color, drop_invalid=drop_invalid, table=table, step=step)
        return None, Data(prepared, os.path.basename(os.path.normpath(path)) or path)
    m = matrix(data)
    if m is not None:
        if embedding is not None:
            raise ValueError("embedding= names columns of a table; a matrix is embedded whole")
        return m, None
    mod = _module(data)
    if mod == "pandas":
        t = from_pandas(data)
    elif mod == "pyarrow":
        t = from_arrow(data)
    elif mod == "wandb" and hasattr(data, "columns") and hasattr(data, "data"):
        t = from_wandb(data)
    else:
        raise TypeError(
            f"cannot project a {type(data).__name__}: pass a NumPy array, a list of lists, a pandas "
            "DataFrame, a pyarrow Table, a wandb.Table, a file path or a W&B run folder"
        )
    return None, Data(t.prepare(_columns(embedding), color, drop_invalid), type(data).__name__)


def _columns(embedding):
    if embedding is None:
        return None
    if isinstance(embedding, str):
        return [embedding]
    return [str(c) for c in embedding]


def as_data(data, color=None, embedding=None, drop_invalid=False, table=None, step=None):
    """Any accepted input as a :class:`Data` (a matrix becomes a table with one vector column
    ``embedding``, and ``color``, when it is an array of one value per row, a column ``color``)."""
    labels = None
    if color is not None and not isinstance(color, str):
        labels, color = color, None
    m, d = prepare(data, embedding=embedding, color=color, drop_invalid=drop_invalid, table=table, step=step)
    if d is not None and labels is None:
        return d
    if d is not None:
        t = d._prepared.table()
        base = d
    else:
        t = _native.Table("array")
        t.add_vector("embedding", m)
        base = None
    if labels is not None:
        labels = list(labels)
        n = t.num_rows if base is None else len(base)
        if len(labels) != n:
            raise ValueError(f"color: {len(labels)} values for {n} rows")
        if base is not None and len(base) != t.num_rows:
            raise ValueError("color= as values needs every row embedded (no drop_invalid)")
        add_values(t, "color", "color", labels)
    cols = base.embedding if base is not None else ["embedding"]
    return Data(t.prepare(cols, "color" if labels is not None else None, drop_invalid), base.name if base else "array")
