"""The notebook widget (anywidget): the viewer page in an iframe built in the browser from the
page shell and the data the kernel sends over the widget's comm channel, so it works on a
remote kernel with no port forwarded."""

import pathlib

import anywidget
import traitlets


class Widget(anywidget.AnyWidget):
    """The projector's viewer in a notebook cell."""

    _esm = pathlib.Path(__file__).with_name("widget.js")
    #: The page shell with its bundle and a slot for the data.
    page = traitlets.Unicode("").tag(sync=True)
    #: The page's data (web/API.md, "exported page"), as JSON text.
    data = traitlets.Unicode("").tag(sync=True)
    #: Points shown.
    rows = traitlets.Int(0).tag(sync=True)
    #: Height of the cell's viewer in pixels.
    height = traitlets.Int(600).tag(sync=True)
    #: What the size budget left out (the page says so too).
    omitted = traitlets.List(traitlets.Unicode()).tag(sync=True)
