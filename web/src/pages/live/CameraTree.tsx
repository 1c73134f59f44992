import { VideoCameraOutlined } from '@ant-design/icons';
import { Empty, Input, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { CameraDirectory } from './useCameraDirectory.ts';

/** The drag-and-drop type that carries a camera id from the tree to a tile. */
export const CAMERA_DRAG_TYPE = 'application/x-psvis-camera';

const CAMERA_KEY = 'camera:';

function onCameraDragStart(e: DragEvent, cameraId: string) {
  e.dataTransfer.setData(CAMERA_DRAG_TYPE, cameraId);
  e.dataTransfer.setData('text/plain', cameraId);
  e.dataTransfer.effectAllowed = 'copy';
}

/**
 * Organization → site → camera. A camera is dragged onto a tile, or chosen with a click or the
 * keyboard (arrows, Enter) to go into the selected or next free tile.
 */
export function CameraTree({
  directory,
  onChoose,
}: {
  directory: CameraDirectory;
  onChoose: (cameraId: string) => void;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const treeData = useMemo<TreeDataNode[]>(() => {
    const f = filter.trim().toLowerCase();
    return directory.orgs.flatMap((org) => {
      const sites = org.sites.flatMap((site) => {
        const cameras = site.cameras.filter((c) => f === '' || c.name.toLowerCase().includes(f));
        if (cameras.length === 0) return [];
        return [
          {
            key: `site:${site.id}`,
            title: site.name,
            selectable: false,
            children: cameras.map((c) => ({
              key: `${CAMERA_KEY}${c.id}`,
              isLeaf: true,
              icon: <VideoCameraOutlined />,
              title: (
                <span
                  draggable
                  data-testid="camera-tree-item"
                  data-camera-id={c.id}
                  onDragStart={(e) => {
                    onCameraDragStart(e, c.id);
                  }}
                  style={{ cursor: 'grab' }}
                >
                  {c.name}
                  {!c.enabled && <Typography.Text type="secondary"> ({t('live.tree.disabled')})</Typography.Text>}
                </span>
              ),
            })),
          },
        ];
      });
      if (sites.length === 0) return [];
      return [{ key: `org:${org.id}`, title: org.name, selectable: false, children: sites }];
    });
  }, [directory, filter, t]);
  // Everything starts open (a unit has a handful of sites); what the user folds stays folded
  // unless a filter is typed, which opens all matches.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = useMemo(
    () =>
      treeData
        .flatMap((o) => [String(o.key), ...(o.children ?? []).map((s) => String(s.key))])
        .filter((k) => filter !== '' || !folded.has(k)),
    [treeData, folded, filter],
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, height: '100%' }}>
      <Input.Search
        allowClear
        aria-label={t('live.tree.filter')}
        placeholder={t('live.tree.filter')}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('live.tree.hint')}
      </Typography.Text>
      <nav aria-label={t('live.tree.title')} style={{ overflow: 'auto', minHeight: 0, flex: 1 }}>
        {treeData.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.tree.empty')} />
        ) : (
          <Tree
            showIcon
            blockNode
            expandedKeys={expandedKeys}
            selectedKeys={[]}
            onExpand={(keys, info) => {
              const key = String(info.node.key);
              const open = keys.map(String).includes(key);
              setFolded((f) => {
                const next = new Set(f);
                if (open) next.delete(key);
                else next.add(key);
                return next;
              });
            }}
            treeData={treeData}
            onSelect={(_keys, info) => {
              const key = String(info.node.key);
              if (key.startsWith(CAMERA_KEY)) onChoose(key.slice(CAMERA_KEY.length));
            }}
          />
        )}
      </nav>
    </div>
  );
}
