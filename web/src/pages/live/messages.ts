import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'live.title'
  | 'live.layout.label'
  | 'live.layout.option'
  | 'live.fullscreen.wall'
  | 'live.fullscreen.tile'
  | 'live.fullscreen.exit'
  | 'live.fullscreen.refused'
  | 'live.wall.clear'
  | 'live.wall.full'
  | 'live.tree.title'
  | 'live.tree.filter'
  | 'live.tree.hint'
  | 'live.tree.empty'
  | 'live.tree.disabled'
  | 'live.tile.empty'
  | 'live.tile.close'
  | 'live.tile.label'
  | 'live.tile.video'
  | 'live.stream.switch'
  | 'live.stream.main'
  | 'live.stream.sub'
  | 'live.stats.latency'
  | 'live.stats.omitted'
  | 'live.offline.title'
  | 'live.offline.noSub'
  | 'live.offline.notIngesting'
  | 'live.offline.retrying'
  | 'live.player.connecting'
  | 'live.player.error.connection'
  | 'live.player.error.media'
  | 'live.player.error.stalled'
  | 'live.player.retryIn'
  | 'live.unsupported.hevc'
  | 'live.unsupported.other'
  | 'live.unsupported.advice'
  | 'live.unsupported.useSub';

/** Strings of the live wall. */
export const liveMessages: Messages<K> = {
  'zh-CN': {
    'live.title': '实时预览',
    'live.layout.label': '画面布局',
    'live.layout.option': '{n} 画面',
    'live.fullscreen.wall': '电视墙全屏',
    'live.fullscreen.tile': '全屏',
    'live.fullscreen.exit': '退出全屏',
    'live.fullscreen.refused': '浏览器拒绝了全屏请求',
    'live.wall.clear': '关闭全部',
    'live.wall.full': '没有空闲窗口：请先点选一个窗口，再选择摄像机',
    'live.tree.title': '监控点位',
    'live.tree.filter': '搜索摄像机',
    'live.tree.hint': '拖动摄像机到窗口，或点击摄像机放入选中的（或下一个空闲的）窗口',
    'live.tree.empty': '没有可查看的摄像机',
    'live.tree.disabled': '已停用',
    'live.tile.empty': '拖入摄像机，或选中本窗口后点击左侧摄像机',
    'live.tile.close': '关闭窗口',
    'live.tile.label': '窗口 {n}',
    'live.tile.video': '实时视频',
    'live.stream.switch': '切换码流',
    'live.stream.main': '主码流',
    'live.stream.sub': '子码流',
    'live.stats.latency': '延迟 {ms} ms',
    'live.stats.omitted': '未播放：{codecs}',
    'live.offline.title': '摄像机离线',
    'live.offline.noSub': '该摄像机未配置子码流',
    'live.offline.notIngesting': '未接入视频流（摄像机已停用或未配置取流地址）',
    'live.offline.retrying': '恢复在线后将自动播放',
    'live.player.connecting': '正在连接…',
    'live.player.error.connection': '视频连接中断',
    'live.player.error.media': '视频解码出错',
    'live.player.error.stalled': '长时间未收到视频数据',
    'live.player.retryIn': '{s} 秒后重新连接',
    'live.unsupported.hevc': '此浏览器无法解码 H.265 视频',
    'live.unsupported.other': '此浏览器无法解码该视频格式',
    'live.unsupported.advice': '请改用 H.264 编码的子码流，或使用支持 HEVC 的浏览器（如新版 Edge、Safari）',
    'live.unsupported.useSub': '改用子码流',
  },
  'en-US': {
    'live.title': 'Live view',
    'live.layout.label': 'Layout',
    'live.layout.option': '{n} views',
    'live.fullscreen.wall': 'Full-screen wall',
    'live.fullscreen.tile': 'Full screen',
    'live.fullscreen.exit': 'Exit full screen',
    'live.fullscreen.refused': 'The browser refused full screen',
    'live.wall.clear': 'Close all',
    'live.wall.full': 'No free tile: select a tile first, then choose a camera',
    'live.tree.title': 'Cameras',
    'live.tree.filter': 'Search cameras',
    'live.tree.hint': 'Drag a camera onto a tile, or click it to fill the selected (or next free) tile',
    'live.tree.empty': 'No cameras you may watch',
    'live.tree.disabled': 'disabled',
    'live.tile.empty': 'Drop a camera here, or select this tile and click a camera',
    'live.tile.close': 'Close tile',
    'live.tile.label': 'Tile {n}',
    'live.tile.video': 'Live video',
    'live.stream.switch': 'Switch stream',
    'live.stream.main': 'Main',
    'live.stream.sub': 'Sub',
    'live.stats.latency': 'latency {ms} ms',
    'live.stats.omitted': 'not played: {codecs}',
    'live.offline.title': 'Camera offline',
    'live.offline.noSub': 'This camera has no sub-stream',
    'live.offline.notIngesting': 'Not received (camera disabled or without a stream URL)',
    'live.offline.retrying': 'It plays again as soon as the camera is back',
    'live.player.connecting': 'Connecting…',
    'live.player.error.connection': 'Connection lost',
    'live.player.error.media': 'Video decoding failed',
    'live.player.error.stalled': 'No video data for a while',
    'live.player.retryIn': 'Reconnecting in {s} s',
    'live.unsupported.hevc': 'This browser cannot decode H.265 video',
    'live.unsupported.other': 'This browser cannot decode this video format',
    'live.unsupported.advice': 'Use the H.264 sub-stream, or a browser with HEVC support (recent Edge, Safari)',
    'live.unsupported.useSub': 'Use the sub-stream',
  },
};
