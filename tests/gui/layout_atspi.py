# The layout canvas as a screen reader meets it over AT-SPI: the panes as list items with
# their descriptions, and the status line's messages spoken as the keys are pressed.
# Run by layout-atspi.sh inside a private X server and D-Bus session.
import sys
import time

import pyatspi
from gi.repository import GLib


def find(node, name):
    try:
        if node.name == name:
            return node
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            found = find(child, name) if child is not None else None
            if found:
                return found
    except Exception:
        pass
    return None


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


desktop = pyatspi.Registry.getDesktop(0)
canvas = None
for _ in range(60):
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "hubstate":
            canvas = find(app, "Layout canvas")
    if canvas:
        break
    time.sleep(0.5)
if not canvas:
    fail("no accessible named 'Layout canvas' in the hubstate application")

if canvas.getRoleName() != "list":
    fail("the canvas is a %s, not a list" % canvas.getRoleName())
names = [canvas.getChildAtIndex(i).name for i in range(canvas.childCount)]
if names != ["Pane 1", "Pane 2", "Pane 3", "Pane 4"]:
    fail("panes are %r" % names)
first = canvas.getChildAtIndex(0)
if first.getRoleName() != "list item" or first.description != "Pane 1 of 4, Pane 1, no agent, 960 x 540 px":
    fail("pane 1 is %s %r" % (first.getRoleName(), first.description))

spoken = []


def listener(event):
    # Read while the event is fresh: the name is what a screen reader speaks now.
    if event.source is not None and event.source.getRoleName() == "label":
        spoken.append(event.source.name)


pyatspi.Registry.registerEventListener(listener, "object:property-change:accessible-name")

KEY_RIGHT = 114
KEY_H = 43


def press(code):
    pyatspi.Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESSRELEASE)
    return False


# One key at a time, with the event loop running between them: focus pane 2, a refused move,
# a split.
GLib.timeout_add(300, lambda: canvas.queryComponent().grabFocus() and False)
GLib.timeout_add(1000, press, KEY_RIGHT)
GLib.timeout_add(2000, press, KEY_RIGHT)
GLib.timeout_add(3000, press, KEY_H)
GLib.timeout_add(6000, lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()

expected = [
    "Pane 2 of 4, Pane 2, no agent, 960 x 540 px",
    "No pane is to the right of Pane 2",
    "Split side by side. Pane 3 of 5, Pane 3, no agent, 640 x 540 px",
]
if spoken != expected:
    fail("announcements were %r, expected %r" % (spoken, expected))
if canvas.childCount != 5:
    fail("after the split the canvas has %d panes" % canvas.childCount)
print("PASS: canvas, panes and announcements over AT-SPI")
