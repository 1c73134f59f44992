// SETUP of one track for the client (RFC 2326 §10.4): TCP interleaved or UDP ports, with the
// fallback from UDP to TCP when the camera answers 461 Unsupported Transport.
import { PsvisError } from '../errors/psvis-error.ts';
import { formatTransport, parseTransport, type TransportSpec } from './codec/headers.ts';
import { getHeader, type RtspHeaders, type RtspResponse } from './codec/message.ts';
import type { SdpTrack } from './codec/sdp-tracks.ts';
import type { RtspClientTrack } from './client.ts';
import type { UdpPair } from './udp-pair.ts';

/** What SETUP needs from the client session. */
export interface SetupContext {
  request(method: string, uri: string, headers: RtspHeaders): Promise<RtspResponse>;
  bindUdp(): Promise<UdpPair>;
  sessionHeader(): [string, string][];
}

/** The outcome of one SETUP. */
export interface SetupResult {
  readonly track: RtspClientTrack;
  readonly udp?: UdpPair;
  /** Raw Session header of the answer. */
  readonly sessionHeader: string;
  readonly fellBack: boolean;
}

function statusError(response: RtspResponse, url: string): PsvisError {
  return new PsvisError('PSVIS_ERR_RTSP_STATUS', `camera answered SETUP with ${response.statusCode}`, {
    method: 'SETUP',
    statusCode: response.statusCode,
    reason: response.reason,
    url,
  });
}

function firstSpec(response: RtspResponse): TransportSpec | undefined {
  const value = getHeader(response.headers, 'Transport');
  return value === undefined ? undefined : parseTransport(value)[0];
}

/** Sets up one track; `transport` is what the session currently uses. */
export async function setupTrack(
  ctx: SetupContext,
  args: { index: number; track: SdpTrack; controlUrl: string; transport: 'tcp' | 'udp' },
): Promise<SetupResult> {
  const { index, track, controlUrl } = args;
  const base = {
    index,
    media: track.media,
    payloadType: track.payloadType,
    encoding: track.encoding,
    clockRate: track.clockRate,
    controlUrl,
  };
  let fellBack = false;
  if (args.transport === 'udp') {
    const pair = await ctx.bindUdp();
    const ask = formatTransport({
      protocol: 'RTP/AVP',
      lowerTransport: 'UDP',
      unicast: true,
      clientPort: [pair.rtpPort, pair.rtcpPort],
    });
    let response: RtspResponse;
    try {
      response = await ctx.request('SETUP', controlUrl, [['Transport', ask], ...ctx.sessionHeader()]);
    } catch (err) {
      pair.close();
      throw err;
    }
    if (response.statusCode === 461) {
      // RFC 2326 §11.4.6: the camera will not do UDP (common behind NAT-minded firmware); use TCP.
      pair.close();
      fellBack = true;
    } else {
      if (response.statusCode !== 200) {
        pair.close();
        throw statusError(response, controlUrl);
      }
      const spec = firstSpec(response);
      if (spec?.lowerTransport === 'TCP') {
        pair.close();
        throw new PsvisError('PSVIS_ERR_RTSP_TRANSPORT', 'camera answered a UDP SETUP with TCP', { url: controlUrl });
      }
      return {
        track: {
          ...base,
          transport: 'udp',
          ...(spec?.serverPort !== undefined && { serverPorts: spec.serverPort }),
          ...(spec?.ssrc !== undefined && { ssrc: spec.ssrc }),
        },
        udp: pair,
        sessionHeader: getHeader(response.headers, 'Session') ?? '',
        fellBack,
      };
    }
  }
  const asked: [number, number] = [2 * index, 2 * index + 1];
  const ask = formatTransport({ protocol: 'RTP/AVP/TCP', lowerTransport: 'TCP', unicast: true, interleaved: asked });
  const response = await ctx.request('SETUP', controlUrl, [['Transport', ask], ...ctx.sessionHeader()]);
  if (response.statusCode !== 200) throw statusError(response, controlUrl);
  const spec = firstSpec(response);
  // The server may choose other channels (RFC 2326 §12.39; gortsplib#72 saw 4-5 for 2-3); some
  // servers omit them (gortsplib#142), then ours stand.
  const channels = spec?.interleaved ?? asked;
  return {
    track: {
      ...base,
      transport: 'tcp',
      channels,
      ...(spec?.ssrc !== undefined && { ssrc: spec.ssrc }),
    },
    sessionHeader: getHeader(response.headers, 'Session') ?? '',
    fellBack,
  };
}
