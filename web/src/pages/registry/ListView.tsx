import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PagedRows } from './paging.ts';
import type { FormTarget } from './types.ts';

/** Above a table: search and filters on the left, the create button on the right. */
export function FilterBar({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
      <Space wrap size={8}>
        {children}
      </Space>
      {action}
    </Flex>
  );
}

/** The name search of a list (the API's `q`). */
export function SearchBox({ onSearch }: { onSearch: (q: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <Input.Search
      aria-label={t('registry.search')}
      placeholder={t('registry.search')}
      allowClear
      style={{ width: 220 }}
      onSearch={(v) => {
        const q = v.trim();
        onSearch(q === '' ? undefined : q);
      }}
    />
  );
}

/** A filter select: its label is its placeholder and its accessible name; cleared means "all". */
export function FilterSelect<T extends string>({
  label,
  options,
  onChange,
  width = 180,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  onChange: (v: T | undefined) => void;
  width?: number;
}) {
  return (
    <Select<T>
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width }}
      options={options.map((o) => ({ ...o }))}
      onChange={(v) => {
        onChange(v);
      }}
    />
  );
}

/** The create button of a tab. */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** A registry table: scrolls sideways inside itself, grows a page at a time, says how many are shown. */
export function ListTable<T extends { id: string }>({
  list,
  columns,
  label,
  deletion,
}: {
  list: PagedRows<T>;
  columns: TableColumnsType<T>;
  label: string;
  /** A refused delete, shown above the rows until dismissed. */
  deletion?: { error: unknown; clearError: () => void };
}) {
  const { t } = useI18n();
  return (
    <>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      {deletion !== undefined && deletion.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={deletion.error} onClose={deletion.clearError} />
        </div>
      )}
      <Table<T>
        aria-label={label}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.rows}
        loading={list.isPending && list.error === null}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('registry.shown', { count: list.rows.length })}</Typography.Text>
        {list.hasNextPage && (
          <Button
            loading={list.isFetchingNextPage}
            onClick={() => {
              void list.fetchNextPage();
            }}
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </>
  );
}

/** Edit and delete buttons of a row (for roles that may change it). */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  return (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        icon={<EditOutlined />}
        autoInsertSpace={false}
        aria-label={`${t('common.edit')} ${name}`}
        onClick={onEdit}
      >
        {t('common.edit')}
      </Button>
      <Popconfirm
        title={t('registry.deleteConfirm', { name })}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, autoInsertSpace: false }}
        cancelButtonProps={{ autoInsertSpace: false }}
        onConfirm={onDelete}
      >
        <Button
          type="link"
          size="small"
          danger
          icon={<DeleteOutlined />}
          autoInsertSpace={false}
          aria-label={`${t('common.delete')} ${name}`}
        >
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The last column of a registry table for roles that may change it: edit opens the form, delete asks first. */
export function rowActionsColumn<T extends { id: string; name: string }>(
  title: string,
  onEdit: (target: FormTarget<T>) => void,
  onDelete: (id: string) => void,
): TableColumnsType<T>[number] {
  return {
    title,
    key: 'actions',
    fixed: 'right',
    render: (_: unknown, r: T) => (
      <RowActions
        name={r.name}
        onEdit={() => {
          onEdit({ mode: 'edit', record: r });
        }}
        onDelete={() => {
          onDelete(r.id);
        }}
      />
    ),
  };
}
