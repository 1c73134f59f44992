#!/usr/bin/python3
# gstreamer's RTSP server as a third-party camera for psvis's tests.
# Serves live test streams (videotestsrc is-live=true: a file source would be seeked back to 0
# by every PLAY of a shared media):
#   /h264  H.264 (x264enc) + PCMA audio
#   /h265  H.265 (x265enc) + PCMA audio
# Usage: gst-rtsp-server.py PORT [USER PASSWORD]   (credentials switch on Digest auth)
# Prints "READY <port>" on stdout once listening; exits when stdin closes.
import sys
import threading

import gi

gi.require_version('Gst', '1.0')
gi.require_version('GstRtsp', '1.0')
gi.require_version('GstRtspServer', '1.0')
from gi.repository import GLib, Gst, GstRtsp, GstRtspServer  # noqa: E402

AUDIO = ('audiotestsrc is-live=true wave=sine ! audio/x-raw,rate=8000,channels=1 '
         '! alawenc ! rtppcmapay name=pay1 pt=8')
VIDEO = {
    'h264': ('videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=25/1 '
             '! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bitrate=500 '
             '! video/x-h264,profile=baseline ! rtph264pay name=pay0 pt=96 config-interval=-1'),
    'h265': ('videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=25/1 '
             '! x265enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bitrate=500 '
             '! rtph265pay name=pay0 pt=97 config-interval=-1'),
}


def main():
    port = sys.argv[1]
    user = sys.argv[2] if len(sys.argv) > 3 else None
    password = sys.argv[3] if len(sys.argv) > 3 else None
    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_service(port)
    mounts = server.get_mount_points()
    if user is not None:
        auth = GstRtspServer.RTSPAuth()
        auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
        token = GstRtspServer.RTSPToken()
        token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, 'user')
        auth.add_digest(user, password, token)
        server.set_auth(auth)
    for name, video in VIDEO.items():
        factory = GstRtspServer.RTSPMediaFactory()
        factory.set_launch(f'( {video} {AUDIO} )')
        factory.set_shared(True)
        if user is not None:
            perms = GstRtspServer.RTSPPermissions()
            perms.add_permission_for_role('user', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_ACCESS, True)
            perms.add_permission_for_role('user', GstRtspServer.RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, True)
            factory.set_permissions(perms)
        mounts.add_factory(f'/{name}', factory)
    server.attach(None)
    loop = GLib.MainLoop()

    def watch_stdin():
        sys.stdin.read()
        GLib.idle_add(loop.quit)

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f'READY {server.get_bound_port()}', flush=True)
    loop.run()


if __name__ == '__main__':
    main()
