import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'playback.title'
  | 'playback.cameras'
  | 'playback.camerasPlaceholder'
  | 'playback.day'
  | 'playback.pickCameras'
  | 'playback.noPlayRole'
  | 'playback.purpose.title'
  | 'playback.purpose.why'
  | 'playback.purpose.purpose'
  | 'playback.purpose.placeholder'
  | 'playback.purpose.required'
  | 'playback.purpose.caseNo'
  | 'playback.purpose.requestingUnit'
  | 'playback.purpose.current'
  | 'playback.purpose.none'
  | 'playback.purpose.fill'
  | 'playback.purpose.change'
  | 'playback.purpose.fillToPlay'
  | 'playback.video.idle'
  | 'playback.video.noFootage'
  | 'playback.video.ended'
  | 'playback.video.leader'
  | 'playback.video.omittedAudio'
  | 'playback.video.unsupported'
  | 'playback.video.unsupportedHevc'
  | 'playback.video.unsupportedAdvice'
  | 'playback.control.play'
  | 'playback.control.pause'
  | 'playback.control.stepBack'
  | 'playback.control.stepForward'
  | 'playback.control.speed'
  | 'playback.control.clock'
  | 'playback.control.snapshot'
  | 'playback.control.export'
  | 'playback.timeline.label'
  | 'playback.zoom.in'
  | 'playback.zoom.out'
  | 'playback.zoom.day'
  | 'playback.zoom.earlier'
  | 'playback.zoom.later'
  | 'playback.zoom.hint'
  | 'playback.zoom.hintNoSeek'
  | 'playback.zoom.hours'
  | 'playback.zoom.minutes'
  | 'playback.zoom.seconds'
  | 'playback.legend.title'
  | 'playback.legend.recorded'
  | 'playback.legend.none'
  | 'playback.legend.hold'
  | 'playback.cause.offline'
  | 'playback.cause.overrun'
  | 'playback.cause.disk_full'
  | 'playback.cause.paused'
  | 'playback.cause.crash'
  | 'playback.cause.stall'
  | 'playback.cause.other'
  | 'playback.hold.case'
  | 'playback.hold.important'
  | 'playback.hold.legal_order'
  | 'playback.hold.active'
  | 'playback.hold.released'
  | 'playback.snapshot.title'
  | 'playback.snapshot.alt'
  | 'playback.snapshot.download'
  | 'playback.snapshot.frameTime'
  | 'playback.export.title'
  | 'playback.export.range'
  | 'playback.export.rangeOrder'
  | 'playback.export.rangeTooLong'
  | 'playback.export.purpose'
  | 'playback.export.destination'
  | 'playback.export.destinationHint'
  | 'playback.export.destinationRequired'
  | 'playback.export.watermark'
  | 'playback.export.watermarkHint'
  | 'playback.export.start'
  | 'playback.export.progress'
  | 'playback.export.failed'
  | 'playback.export.zipSha256'
  | 'playback.export.download';

/** Strings of the playback page. */
export const playbackMessages: Messages<K> = {
  'zh-CN': {
    'playback.title': '录像回放',
    'playback.cameras': '摄像机',
    'playback.camerasPlaceholder': '选择摄像机（最多 {n} 路同步回放）',
    'playback.day': '日期',
    'playback.pickCameras': '请选择要回放的摄像机（最多 {n} 路）',
    'playback.noPlayRole': '当前角色可查看录像时间轴，但无权播放录像。',
    'playback.purpose.title': '登记查阅事由',
    'playback.purpose.why':
      '依据《公共安全视频图像信息系统管理条例》第十六条，查阅录像须登记事由；本次查阅中的每次回放、截图均按此事由记入查阅登记。',
    'playback.purpose.purpose': '查阅事由',
    'playback.purpose.placeholder': '例如：核查 3 号门 12 月 1 日上午的治安纠纷',
    'playback.purpose.required': '请填写查阅事由',
    'playback.purpose.caseNo': '案件编号',
    'playback.purpose.requestingUnit': '调阅单位',
    'playback.purpose.current': '查阅事由',
    'playback.purpose.none': '未填写',
    'playback.purpose.fill': '填写',
    'playback.purpose.change': '修改',
    'playback.purpose.fillToPlay': '填写查阅事由后播放',
    'playback.video.idle': '在时间轴上点击录像时段开始播放',
    'playback.video.noFootage': '此时段无录像',
    'playback.video.ended': '已播放到最新录像',
    'playback.video.leader': '同步基准',
    'playback.video.omittedAudio': '浏览器无法解码的音频（{codec}）未播放',
    'playback.video.unsupported': '此浏览器无法解码该录像的视频格式',
    'playback.video.unsupportedHevc': '此浏览器无法解码 H.265 录像',
    'playback.video.unsupportedAdvice':
      '请使用支持 HEVC 的浏览器（如新版 Edge、Safari），或导出证据包后用本地播放器查看',
    'playback.control.play': '播放',
    'playback.control.pause': '暂停',
    'playback.control.stepBack': '后退一帧',
    'playback.control.stepForward': '前进一帧',
    'playback.control.speed': '播放速度',
    'playback.control.clock': '录像时间',
    'playback.control.snapshot': '截图',
    'playback.control.export': '导出录像',
    'playback.timeline.label': '{name} 的录像时间轴',
    'playback.zoom.in': '放大时间轴',
    'playback.zoom.out': '缩小时间轴',
    'playback.zoom.day': '全天',
    'playback.zoom.earlier': '向前',
    'playback.zoom.later': '向后',
    'playback.zoom.hint': '点击或拖动时间轴定位，滚轮缩放',
    'playback.zoom.hintNoSeek': '滚轮缩放时间轴，悬停查看录像与中断原因',
    'playback.zoom.hours': '{n} 小时',
    'playback.zoom.minutes': '{n} 分钟',
    'playback.zoom.seconds': '{n} 秒',
    'playback.legend.title': '图例',
    'playback.legend.recorded': '有录像',
    'playback.legend.none': '无录像',
    'playback.legend.hold': '保全',
    'playback.cause.offline': '摄像机离线',
    'playback.cause.overrun': '写入积压丢帧',
    'playback.cause.disk_full': '磁盘已满',
    'playback.cause.paused': '录像暂停',
    'playback.cause.crash': '服务异常中断',
    'playback.cause.stall': '视频流停滞',
    'playback.cause.other': '录像中断（{cause}）',
    'playback.hold.case': '案件保全',
    'playback.hold.important': '重要录像保存',
    'playback.hold.legal_order': '依法调取保全',
    'playback.hold.active': '{kind}：{reference}',
    'playback.hold.released': '{kind}（已解除）：{reference}',
    'playback.snapshot.title': '截图 — {name}',
    'playback.snapshot.alt': '{name} 在 {time} 的录像截图',
    'playback.snapshot.download': '下载截图',
    'playback.snapshot.frameTime': '画面时间：{time}（最近的关键帧）',
    'playback.export.title': '导出录像 — {name}',
    'playback.export.range': '导出时段',
    'playback.export.rangeOrder': '结束时间须晚于开始时间',
    'playback.export.rangeTooLong': '一次最多导出 24 小时',
    'playback.export.purpose': '用途',
    'playback.export.destination': '去向',
    'playback.export.destinationHint': '录像复制后交给谁、存放在哪里，将记入调取登记',
    'playback.export.destinationRequired': '请填写去向',
    'playback.export.watermark': '同时生成加水印副本',
    'playback.export.watermarkHint': '另附一份转码副本，画面上叠加导出人、时间和摄像机；原始录像不变',
    'playback.export.start': '开始导出',
    'playback.export.progress': '导出进度',
    'playback.export.failed': '导出失败，未留下任何文件',
    'playback.export.zipSha256': '证据包 SHA-256',
    'playback.export.download': '下载证据包',
  },
  'en-US': {
    'playback.title': 'Playback',
    'playback.cameras': 'Cameras',
    'playback.camerasPlaceholder': 'Choose cameras (up to {n}, played in sync)',
    'playback.day': 'Day',
    'playback.pickCameras': 'Choose the cameras to play back (up to {n})',
    'playback.noPlayRole': 'Your role may read recording timelines but not play footage.',
    'playback.purpose.title': 'Purpose of this review',
    'playback.purpose.why':
      'Article 16 of the Regulations on Public Security Video Image Information Systems requires the purpose of every review to be registered; each playback and snapshot of this sitting is registered with it.',
    'playback.purpose.purpose': 'Purpose',
    'playback.purpose.placeholder': 'e.g. checking the dispute at gate 3 on the morning of 1 December',
    'playback.purpose.required': 'Enter the purpose',
    'playback.purpose.caseNo': 'Case number',
    'playback.purpose.requestingUnit': 'Requesting unit',
    'playback.purpose.current': 'Purpose',
    'playback.purpose.none': 'not given',
    'playback.purpose.fill': 'Enter',
    'playback.purpose.change': 'Change',
    'playback.purpose.fillToPlay': 'Enter the purpose to play',
    'playback.video.idle': 'Click a recorded stretch of the timeline to play',
    'playback.video.noFootage': 'No footage at this time',
    'playback.video.ended': 'Played to the newest footage',
    'playback.video.leader': 'leads',
    'playback.video.omittedAudio': 'audio the browser cannot decode ({codec}) not played',
    'playback.video.unsupported': 'This browser cannot decode the video of this footage',
    'playback.video.unsupportedHevc': 'This browser cannot decode H.265 footage',
    'playback.video.unsupportedAdvice':
      'Use a browser with HEVC support (recent Edge, Safari), or export the evidence package and play it locally',
    'playback.control.play': 'Play',
    'playback.control.pause': 'Pause',
    'playback.control.stepBack': 'One frame back',
    'playback.control.stepForward': 'One frame forward',
    'playback.control.speed': 'Speed',
    'playback.control.clock': 'Footage time',
    'playback.control.snapshot': 'Snapshot',
    'playback.control.export': 'Export',
    'playback.timeline.label': 'Recording timeline of {name}',
    'playback.zoom.in': 'Zoom in',
    'playback.zoom.out': 'Zoom out',
    'playback.zoom.day': 'Whole day',
    'playback.zoom.earlier': 'Earlier',
    'playback.zoom.later': 'Later',
    'playback.zoom.hint': 'Click or drag the timeline to seek; the wheel zooms',
    'playback.zoom.hintNoSeek': 'The wheel zooms; hover to see footage and why it is missing',
    'playback.zoom.hours': '{n} h',
    'playback.zoom.minutes': '{n} min',
    'playback.zoom.seconds': '{n} s',
    'playback.legend.title': 'Legend',
    'playback.legend.recorded': 'Recorded',
    'playback.legend.none': 'No footage',
    'playback.legend.hold': 'Hold',
    'playback.cause.offline': 'Camera offline',
    'playback.cause.overrun': 'Frames lost (writer overrun)',
    'playback.cause.disk_full': 'Disk full',
    'playback.cause.paused': 'Recording paused',
    'playback.cause.crash': 'Service interrupted',
    'playback.cause.stall': 'Stream stalled',
    'playback.cause.other': 'No recording ({cause})',
    'playback.hold.case': 'Case hold',
    'playback.hold.important': 'Important footage',
    'playback.hold.legal_order': 'Legal order hold',
    'playback.hold.active': '{kind}: {reference}',
    'playback.hold.released': '{kind} (released): {reference}',
    'playback.snapshot.title': 'Snapshot — {name}',
    'playback.snapshot.alt': 'Snapshot of {name} at {time}',
    'playback.snapshot.download': 'Download',
    'playback.snapshot.frameTime': 'Frame time: {time} (nearest keyframe)',
    'playback.export.title': 'Export footage — {name}',
    'playback.export.range': 'Range',
    'playback.export.rangeOrder': 'The end must be after the start',
    'playback.export.rangeTooLong': 'At most 24 hours per export',
    'playback.export.purpose': 'Purpose',
    'playback.export.destination': 'Destination',
    'playback.export.destinationHint': 'Who receives the copy and where it is kept; registered with the export',
    'playback.export.destinationRequired': 'Enter the destination',
    'playback.export.watermark': 'Also make a watermarked copy',
    'playback.export.watermarkHint':
      'A transcoded copy showing exporter, time and camera, beside the untouched original',
    'playback.export.start': 'Start export',
    'playback.export.progress': 'Export progress',
    'playback.export.failed': 'The export failed and left no file behind',
    'playback.export.zipSha256': 'Package SHA-256',
    'playback.export.download': 'Download evidence package',
  },
};
