import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Flex,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { isOneOf } from '../registry/enums.ts';
import {
  FILINGS_KEY,
  MATERIAL_KINDS,
  MATERIAL_TYPES,
  materialContentType,
  materialHref,
  MAX_MATERIAL_BYTES,
  uploadMaterial,
  type Filing,
  type FilingMaterial,
  type MaterialKind,
  type MaterialTerm,
} from './filings.ts';
import { mayEdit } from './permissions.ts';

/** What the file picker offers: the accepted types and their usual extensions. */
const ACCEPT = [...MATERIAL_TYPES, '.pdf', '.jpg', '.jpeg', '.png', '.zip', '.docx'].join(',');

/** A material's name in the user's language (the code itself for one the console does not know). */
export function MaterialName({ code }: { code: string }) {
  const { t } = useI18n();
  return <>{isOneOf(MATERIAL_KINDS, code) ? t(`filings.material.${code}`) : code}</>;
}

/** A size in KiB or MiB. */
function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * The materials: what the articles in force ask for (each provided, drawn up by psvis, or missing),
 * the uploads with their SHA-256, and — while the unit may still change the filing — uploading and
 * taking off files.
 */
export function MaterialsPanel({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const editable = mayEdit(f, user);
  const upload = useMutation({
    mutationFn: ({ kind, file }: { kind: MaterialKind; file: File }) => {
      // The server's limits, said before the bytes travel.
      const type = materialContentType(file);
      if (type === null) throw new Error(t('filings.material.badType'));
      if (file.size > MAX_MATERIAL_BYTES) throw new Error(t('filings.material.tooLarge'));
      return uploadMaterial(f.id, kind, file, type);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [FILINGS_KEY] });
      void message.success(t('filings.material.uploaded'));
    },
  });
  const remove = useMutation({
    mutationFn: (materialId: string) =>
      unwrap(api.DELETE('/api/v1/filings/{id}/materials/{materialId}', { params: { path: { id: f.id, materialId } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [FILINGS_KEY] });
    },
  });
  const uploading = upload.isPending ? upload.variables.kind : null;
  const send = (kind: MaterialKind) => (file: File) => {
    upload.mutate({ kind, file });
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="filing-materials">
      {upload.isError && <ErrorAlert error={upload.error} onClose={upload.reset} />}
      {remove.isError && <ErrorAlert error={remove.error} onClose={remove.reset} />}
      <RequiredMaterials filing={f} editable={editable} uploading={uploading} onFile={send} />
      {editable && <OtherMaterialUpload uploading={uploading} onFile={send} />}
      <UploadedMaterials
        filing={f}
        editable={editable}
        removing={remove.isPending ? remove.variables : null}
        onRemove={(id) => {
          remove.mutate(id);
        }}
      />
    </Space>
  );
}

/** A button that picks one file and hands it on (the upload itself is the caller's). */
function PickFile({
  label,
  loading,
  testId,
  onFile,
}: {
  label: string;
  loading: boolean;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <Upload
      accept={ACCEPT}
      showUploadList={false}
      customRequest={({ file, onSuccess }) => {
        if (file instanceof File) onFile(file);
        onSuccess?.(null);
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={loading} data-testid={testId}>
        {label}
      </Button>
    </Upload>
  );
}

function RequiredMaterials({
  filing: f,
  editable,
  uploading,
  onFile,
}: {
  filing: Filing;
  editable: boolean;
  uploading: MaterialKind | null;
  onFile: (kind: MaterialKind) => (file: File) => void;
}) {
  const { t } = useI18n();
  const sep = t('filings.sep');
  if (f.terms.materials.length === 0) {
    return <Alert type="info" showIcon data-testid="filing-materials-none" title={t('filings.materials.noneAsked')} />;
  }
  const columns: TableColumnsType<MaterialTerm> = [
    { key: 'name', title: t('filings.material.name'), width: 200, render: (_, m) => <MaterialName code={m.code} /> },
    { key: 'articles', title: t('filings.field.articles'), width: 220, render: (_, m) => m.articles.join(sep) },
    {
      key: 'state',
      title: t('filings.field.status'),
      width: 120,
      render: (_, m) => (
        <span data-testid={`filing-material-${m.code}`} data-provided={m.provided}>
          {m.generated ? (
            <Tag color="blue">{t('filings.material.generated')}</Tag>
          ) : m.provided ? (
            <Tag color="green">{t('filings.material.provided')}</Tag>
          ) : (
            <Tag color="red">{t('filings.material.missing')}</Tag>
          )}
        </span>
      ),
    },
  ];
  if (editable) {
    columns.push({
      key: 'upload',
      title: t('common.actions'),
      width: 130,
      render: (_, m) =>
        !m.generated &&
        isOneOf(MATERIAL_KINDS, m.code) && (
          <PickFile
            label={t(m.provided ? 'filings.material.addAnother' : 'filings.material.upload')}
            loading={uploading === m.code}
            testId={`filing-upload-${m.code}`}
            onFile={onFile(m.code)}
          />
        ),
    });
  }
  return (
    <div>
      <Typography.Title level={5}>{t('filings.materials.asked')}</Typography.Title>
      <Table<MaterialTerm>
        aria-label={t('filings.materials.asked')}
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={f.terms.materials}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}

/** Uploads a material the texts do not ask for by name (a further drawing, a revised plan). */
function OtherMaterialUpload({
  uploading,
  onFile,
}: {
  uploading: MaterialKind | null;
  onFile: (kind: MaterialKind) => (file: File) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MaterialKind>('drawings');
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text>{t('filings.material.other')}</Typography.Text>
      <Select<MaterialKind>
        aria-label={t('filings.material.kind')}
        size="small"
        style={{ width: 200 }}
        value={kind}
        onChange={setKind}
        options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`filings.material.${k}`) }))}
      />
      <PickFile
        label={t('filings.material.upload')}
        loading={uploading === kind}
        testId="filing-upload-other"
        onFile={onFile(kind)}
      />
      <Typography.Text type="secondary">{t('filings.material.formats')}</Typography.Text>
    </Flex>
  );
}

function UploadedMaterials({
  filing: f,
  editable,
  removing,
  onRemove,
}: {
  filing: Filing;
  editable: boolean;
  removing: string | null;
  onRemove: (id: string) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<FilingMaterial> = [
    { key: 'kind', title: t('filings.material.name'), width: 160, render: (_, m) => <MaterialName code={m.kind} /> },
    {
      key: 'file',
      title: t('filings.material.file'),
      width: 220,
      ellipsis: true,
      render: (_, m) => (
        <a href={materialHref(f.id, m.id)} download>
          <DownloadOutlined /> {m.filename ?? m.id}
        </a>
      ),
    },
    { key: 'size', title: t('filings.material.size'), width: 90, render: (_, m) => size(m.bytes) },
    {
      key: 'sha256',
      title: t('filings.material.sha256'),
      width: 130,
      render: (_, m) => (
        <Tooltip title={m.sha256}>
          <Typography.Text code>{m.sha256.slice(0, 12)}</Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'at', title: t('filings.material.uploadedAt'), width: 170, render: (_, m) => when(m.uploadedAt) },
  ];
  if (editable) {
    columns.push({
      key: 'remove',
      title: t('common.actions'),
      width: 90,
      render: (_, m) => (
        <Popconfirm
          title={t('filings.material.removeConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, autoInsertSpace: false }}
          cancelButtonProps={{ autoInsertSpace: false }}
          onConfirm={() => {
            onRemove(m.id);
          }}
        >
          <Button
            type="link"
            size="small"
            danger
            icon={<DeleteOutlined />}
            loading={removing === m.id}
            aria-label={`${t('common.delete')} ${m.filename ?? m.id}`}
          >
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return (
    <div>
      <Typography.Title level={5}>{t('filings.materials.uploaded')}</Typography.Title>
      <Table<FilingMaterial>
        aria-label={t('filings.materials.uploaded')}
        data-testid="filing-uploaded"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={f.materials}
        locale={{ emptyText: t('filings.materials.noneUploaded') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
