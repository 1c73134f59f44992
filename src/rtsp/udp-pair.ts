// An RTP/RTCP socket pair on consecutive ports, RTP on the even one (RFC 3550 §11;
// RFC 2326 §12.39 client_port=n-n+1). Some cameras refuse odd RTP ports.
import { createSocket, type Socket } from 'node:dgram';
import { PsvisError } from '../errors/psvis-error.ts';

/** Ports tried when binding a pair; above the registered range, below most ephemeral ranges. */
export const DEFAULT_UDP_PORT_RANGE: readonly [number, number] = [20_000, 40_000];
const MAX_BIND_ATTEMPTS = 32;

/** Two bound UDP sockets. */
export interface UdpPair {
  readonly rtp: Socket;
  readonly rtcp: Socket;
  readonly rtpPort: number;
  readonly rtcpPort: number;
  close(): void;
}

function bind(port: number, host: string | undefined): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: 'udp4' });
    const onError = (err: Error): void => {
      socket.close();
      reject(err);
    };
    socket.once('error', onError);
    socket.bind(port, host, () => {
      socket.off('error', onError);
      resolve(socket);
    });
  });
}

/** Binds an even/odd pair in `range`, trying random even ports. */
export async function bindUdpPair(
  range: readonly [number, number] = DEFAULT_UDP_PORT_RANGE,
  host?: string,
): Promise<UdpPair> {
  const [low, high] = range;
  const pairs = Math.max(1, Math.floor((high - low) / 2));
  let lastError: unknown;
  for (let attempt = 0; attempt < MAX_BIND_ATTEMPTS; attempt++) {
    const rtpPort = (low + 2 * Math.floor(Math.random() * pairs)) & ~1;
    let rtp: Socket | undefined;
    try {
      rtp = await bind(rtpPort, host);
      const rtcp = await bind(rtpPort + 1, host);
      const rtpSocket = rtp;
      return {
        rtp: rtpSocket,
        rtcp,
        rtpPort,
        rtcpPort: rtpPort + 1,
        close: () => {
          rtpSocket.close();
          rtcp.close();
        },
      };
    } catch (err) {
      lastError = err;
      rtp?.close();
    }
  }
  throw new PsvisError('PSVIS_ERR_RTSP_UDP_PORTS', 'no free UDP port pair for RTP/RTCP', {
    range,
    cause: String(lastError),
  });
}
