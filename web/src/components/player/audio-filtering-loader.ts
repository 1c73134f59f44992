// hls.js's fragment loader with one change: an init segment whose audio the browser cannot decode
// (G.711 from most Chinese cameras) is handed on with that track hidden (audio-track-filter.ts), so
// the picture plays instead of the whole SourceBuffer being refused.
import Hls, {
  type FragmentLoaderConstructor,
  type FragmentLoaderContext,
  type HlsConfig,
  type Loader,
  type LoaderCallbacks,
  type LoaderConfiguration,
  type LoaderContext,
  type LoaderStats,
  type NullableNetworkDetails,
} from 'hls.js';
import { withoutUnplayableAudio } from './audio-track-filter.ts';

/** Whether MSE decodes an MP4 audio sample entry by that name ('alaw', 'ulaw', 'Opus'…). */
function browserPlays(sampleEntry: string): boolean {
  return MediaSource.isTypeSupported(`audio/mp4; codecs="${sampleEntry}"`);
}

/** A fragment loader class that hides undecodable audio in init segments; `onOmitted` hears which. */
export function audioFilteringLoader(onOmitted: (sampleEntry: string) => void): FragmentLoaderConstructor {
  return class AudioFilteringLoader implements Loader<FragmentLoaderContext> {
    private readonly inner: Loader<LoaderContext>;
    context: FragmentLoaderContext | null = null;

    constructor(config: HlsConfig) {
      this.inner = new Hls.DefaultConfig.loader(config);
    }

    get stats() {
      return this.inner.stats;
    }

    destroy(): void {
      this.inner.destroy();
    }

    abort(): void {
      this.inner.abort();
    }

    getResponseHeader(name: string): string | null {
      return this.inner.getResponseHeader?.(name) ?? null;
    }

    load(
      context: FragmentLoaderContext,
      config: LoaderConfiguration,
      callbacks: LoaderCallbacks<FragmentLoaderContext>,
    ) {
      this.context = context;
      this.inner.load(context, config, {
        onSuccess: (response, stats, _ctx, details) => {
          if (context.frag.sn === 'initSegment' && response.data instanceof ArrayBuffer) {
            const r = withoutUnplayableAudio(new Uint8Array(response.data), browserPlays);
            if (r.omitted !== null) {
              response.data = r.data.buffer.slice(r.data.byteOffset, r.data.byteOffset + r.data.byteLength);
              onOmitted(r.omitted);
            }
          }
          callbacks.onSuccess(response, stats, context, details);
        },
        onError: (error, _ctx, details, stats) => {
          callbacks.onError(error, context, details, stats);
        },
        onTimeout: (stats, _ctx, details) => {
          callbacks.onTimeout(stats, context, details);
        },
        ...(callbacks.onAbort !== undefined
          ? {
              onAbort: (stats: LoaderStats, _ctx: LoaderContext, details: NullableNetworkDetails) => {
                callbacks.onAbort?.(stats, context, details);
              },
            }
          : {}),
        ...(callbacks.onProgress !== undefined
          ? {
              onProgress: (
                stats: LoaderStats,
                _ctx: LoaderContext,
                data: string | ArrayBuffer,
                details: NullableNetworkDetails,
              ) => {
                callbacks.onProgress?.(stats, context, data, details);
              },
            }
          : {}),
      });
    }
  };
}
