"""A TCP proxy between the web replicas and PostgreSQL that can make the database slow.

It runs its own asyncio loop in a thread. While `delay` is above zero every chunk of data, in
either direction, waits that long before it is passed on: each query round trip then takes at
least twice the delay longer, as over a congested network or with an overloaded database server.
"""

import asyncio
import contextlib
import threading

CHUNK_BYTES = 65536


class SlowProxy:
    def __init__(self, listen_port, target_host, target_port):
        self.listen_port = listen_port
        self.target = (target_host, target_port)
        self.delay = 0.0
        self._loop = asyncio.new_event_loop()
        self._server = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self):
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._connect, "127.0.0.1", self.listen_port), self._loop
        ).result(timeout=10)

    def stop(self):
        if self._server is None:
            return
        self._server.close()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _connect(self, client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            self._pipe(client_reader, server_writer), self._pipe(server_reader, client_writer)
        )

    async def _pipe(self, reader, writer):
        try:
            while data := await reader.read(CHUNK_BYTES):
                if self.delay:
                    await asyncio.sleep(self.delay)
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                writer.close()
