#!/usr/bin/python3
# A desktop notification service for tests: owns org.freedesktop.Notifications on the session
# bus it is started on, records every Notify call as one line of JSON on stdout, and says
# "ready" once the name is its own. It shows nothing.
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def plain(value):
    if isinstance(value, (dbus.Boolean, bool)):
        return bool(value)
    if isinstance(value, dbus.Byte):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (dbus.Array, list)):
        return [plain(item) for item in value]
    if isinstance(value, (dbus.Dictionary, dict)):
        return {str(key): plain(item) for key, item in value.items()}
    return str(value)


class Service(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, PATH)
        self.next_id = 0

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        if replaces_id:
            shown = int(replaces_id)
        else:
            self.next_id += 1
            shown = self.next_id
        print(json.dumps({"id": shown, "app_name": str(app_name), "replaces_id": int(replaces_id),
                          "app_icon": str(app_icon), "summary": str(summary),
                          "body": str(body), "actions": plain(actions), "hints": plain(hints),
                          "expire_timeout": int(timeout)}), flush=True)
        return dbus.UInt32(shown)

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["body", "sound"]

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        pass

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("recorder", "hubstate-tests", "1", "1.2")


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    service = Service(bus)
    print("ready", flush=True)
    loop = GLib.MainLoop()
    GLib.io_add_watch(sys.stdin, GLib.IO_HUP, lambda *_: loop.quit())
    loop.run()
    del name, service


if __name__ == "__main__":
    main()
