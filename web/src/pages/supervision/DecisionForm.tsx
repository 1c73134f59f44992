import { Alert, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, Typography, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { selectRules, textRules } from '../registry/rules.ts';
import { FINE_TIERS, OFFENDER_KINDS } from './enums.ts';
import { allowedFine, allowedText, inRange, MAX_AMOUNT_YUAN, tiersFor, type Allowed } from './penalties.ts';
import { SUPERVISION_KEY, today, useInspectableUnits, useOrders, usePenaltyArticles } from './queries.ts';
import type { DecisionBody, FineTier, OffenderKind, PenaltyArticle } from './types.ts';

interface Values {
  orgId: string;
  offenceDate: Dayjs;
  article: string;
  offenderKind: OffenderKind;
  offenderName: string;
  tier?: FineTier | undefined;
  amountYuan?: number | null | undefined;
  warning: boolean;
  orderId?: string | undefined;
  otherMeasures?: string[] | undefined;
  facts: string;
  seriousConsequences?: string | undefined;
  documentNo?: string | undefined;
}

/** The route's limits on other measures: at most 20, each at most 200 characters. */
const MAX_MEASURES = 20;
const MAX_MEASURE = 200;

function amountRules(t: I18n['t'], allowed: Allowed | null): FormRule[] {
  return [
    {
      validator: (_rule, value: unknown) => {
        if (typeof value !== 'number' || allowed === null) return Promise.resolve();
        if (allowed.kind !== 'range' || !inRange(value, allowed)) {
          return Promise.reject(new Error(t('supervision.rule.amount', { allowed: allowedText(t, allowed) })));
        }
        return Promise.resolve();
      },
    },
  ];
}

function measureRules(t: I18n['t']): FormRule[] {
  return [
    {
      validator: (_rule, value: unknown) => {
        const items = Array.isArray(value) ? value.map((v) => String(v).trim()) : [];
        if (items.length > MAX_MEASURES)
          return Promise.reject(new Error(t('supervision.rule.measuresMax', { max: MAX_MEASURES })));
        if (items.some((m) => m === '' || m.length > MAX_MEASURE)) {
          return Promise.reject(new Error(t('supervision.rule.measureLength', { max: MAX_MEASURE })));
        }
        return Promise.resolve();
      },
    },
  ];
}

/** The article chosen: its trigger, measures and ranges in the text's words. */
function ArticleFacts({ article: a }: { article: PenaltyArticle }) {
  const { t, pick } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="decision-article-facts"
      title={`${a.article} · ${a.trigger}`}
      description={
        <>
          <div>{pick(a.rangeZh, a.rangeEn)}</div>
          {a.measuresZh.length > 0 && (
            <Typography.Text type="secondary">
              {t('supervision.decision.measures', { measures: a.measuresZh.join(t('supervision.listSeparator')) })}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}

/** The fields that follow the chosen unit, day, article, offender and tier. */
function DecisionFields({ lockedOrder }: { lockedOrder: boolean }) {
  const { t } = useI18n();
  // What the form holds while it is filled in: any field may still be empty.
  const form = Form.useFormInstance<Partial<Values>>();
  const orgId = Form.useWatch('orgId', form);
  const offenceDate = Form.useWatch('offenceDate', form);
  const articleId = Form.useWatch('article', form);
  const offender = Form.useWatch('offenderKind', form);
  const tier = Form.useWatch('tier', form);
  const { units, loading } = useInspectableUnits();
  const date = offenceDate ? offenceDate.format('YYYY-MM-DD') : undefined;
  const articles = usePenaltyArticles(orgId, date);
  const orders = useOrders(orgId === undefined ? {} : { orgId }, orgId !== undefined);
  const article = articles.data?.find((a) => a.article === articleId);
  const tiers = article !== undefined && offender !== undefined ? tiersFor(article, offender) : [];
  const allowed = article !== undefined && offender !== undefined ? allowedFine(article, offender, tier) : null;

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            label={t('supervision.field.unit')}
            name="orgId"
            rules={selectRules(t, t('supervision.field.unit'))}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={loading}
              disabled={lockedOrder}
              options={units.map((o) => ({ value: o.id, label: o.name }))}
              onChange={(id: string) => {
                const name = units.find((o) => o.id === id)?.name;
                form.resetFields(['article', 'orderId', 'tier']);
                if (form.getFieldValue('offenderKind') === 'unit' && name !== undefined) {
                  form.setFieldsValue({ offenderName: name });
                }
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            label={t('supervision.field.offenceDate')}
            name="offenceDate"
            rules={[
              { required: true, message: t('registry.rule.select', { field: t('supervision.field.offenceDate') }) },
            ]}
            extra={t('supervision.help.offenceDate')}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
              onChange={() => {
                form.resetFields(['article', 'tier']);
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('supervision.field.article')}
        name="article"
        rules={selectRules(t, t('supervision.field.article'))}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={articles.isFetching}
          disabled={orgId === undefined}
          placeholder={orgId === undefined ? t('supervision.decision.unitFirst') : undefined}
          options={(articles.data ?? []).map((a) => ({ value: a.article, label: `${a.article} · ${a.trigger}` }))}
          onChange={() => {
            form.resetFields(['tier']);
          }}
        />
      </Form.Item>
      {article !== undefined && <ArticleFacts article={article} />}
      <Row gutter={16}>
        <Col xs={24} md={tiers.length > 0 ? 8 : 10}>
          <Form.Item
            label={t('supervision.field.offenderKind')}
            name="offenderKind"
            rules={selectRules(t, t('supervision.field.offenderKind'))}
          >
            <Select
              options={OFFENDER_KINDS.map((k) => ({ value: k, label: t(`supervision.offender.${k}`) }))}
              onChange={() => {
                form.resetFields(['tier']);
              }}
            />
          </Form.Item>
        </Col>
        {tiers.length > 0 && (
          <Col xs={24} md={8}>
            <Form.Item
              label={t('supervision.field.tier')}
              name="tier"
              rules={selectRules(t, t('supervision.field.tier'))}
            >
              <Select
                options={FINE_TIERS.filter((x) => tiers.includes(x)).map((x) => ({
                  value: x,
                  label: t(`supervision.tier.${x}`),
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={tiers.length > 0 ? 8 : 14}>
          <Form.Item label={t('supervision.field.offenderName')} name="offenderName" rules={textRules(200, true)}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            label={t('supervision.field.amount')}
            name="amountYuan"
            dependencies={['article', 'offenderKind', 'tier']}
            rules={amountRules(t, allowed)}
            extra={
              <span data-testid="decision-allowed-range">
                {allowed === null
                  ? t('supervision.help.amount')
                  : t('supervision.decision.allowed', { allowed: allowedText(t, allowed) })}
              </span>
            }
          >
            <InputNumber
              min={1}
              max={MAX_AMOUNT_YUAN}
              precision={0}
              step={100}
              disabled={allowed?.kind === 'none'}
              suffix={t('supervision.yuan')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label={t('supervision.field.warning')} name="warning" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('supervision.field.order')} name="orderId" extra={t('supervision.help.decisionOrder')}>
        <Select
          allowClear
          disabled={lockedOrder}
          loading={orders.isFetching}
          options={(orders.data ?? []).map((o) => ({
            value: o.id,
            label: t('supervision.order.option', {
              no: o.documentNo ?? o.id.slice(-8),
              deadline: o.deadline,
              status: t(`supervision.orderStatus.${o.status}`),
            }),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('supervision.field.facts')} name="facts" rules={textRules(4000, true)}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item
        label={t('supervision.field.seriousConsequences')}
        name="seriousConsequences"
        rules={textRules(4000)}
        extra={t('supervision.help.seriousConsequences')}
      >
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item label={t('supervision.field.otherMeasures')} name="otherMeasures" rules={measureRules(t)}>
        <Select mode="tags" options={(article?.measuresZh ?? []).map((m) => ({ value: m, label: m }))} />
      </Form.Item>
      <Form.Item label={t('supervision.field.documentNo')} name="documentNo" rules={textRules(100)}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}

/**
 * 行政处罚决定 (police approver): the article in force for the unit on the offence date, whom it
 * fines, the tier where the text tiers fines, and the amount — the allowed range shown and checked
 * as the server checks it; a refusal names the article and its range.
 */
export function DecisionForm({
  preset,
  onClose,
}: {
  /** A decision on an escalated order, from the orders list. */
  preset: { orgId: string; orderId: string } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const submit = (v: Values) => {
    const offenceDate = v.offenceDate.format('YYYY-MM-DD');
    const text = (s: string | undefined) => s?.trim() ?? '';
    const measures = (v.otherMeasures ?? []).map((m) => m.trim()).filter((m) => m !== '');
    const body: DecisionBody = {
      orgId: v.orgId,
      article: v.article,
      offenderKind: v.offenderKind,
      offenderName: v.offenderName.trim(),
      facts: v.facts.trim(),
      offenceDate,
      warning: v.warning,
      ...(v.tier === undefined ? {} : { tier: v.tier }),
      ...(typeof v.amountYuan === 'number' ? { amountYuan: v.amountYuan } : {}),
      ...(v.orderId === undefined ? {} : { orderId: v.orderId }),
      ...(measures.length === 0 ? {} : { otherMeasures: measures }),
      ...(text(v.seriousConsequences) === '' ? {} : { seriousConsequences: text(v.seriousConsequences) }),
      ...(text(v.documentNo) === '' ? {} : { documentNo: text(v.documentNo) }),
    };
    // A refusal (PSVIS_ERR_PENALTY_RANGE…) comes back in both languages with its article and range.
    return unwrap(api.POST('/api/v1/penalty-decisions', { body }));
  };
  return (
    <FormModal<Values>
      name="penalty-decision"
      title={t('supervision.decision.create')}
      initialValues={{
        orgId: preset?.orgId,
        orderId: preset?.orderId,
        offenceDate: dayjs(),
        offenderKind: 'unit',
        warning: false,
      }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[SUPERVISION_KEY]]}
      submitText={t('supervision.decision.sign')}
      width={760}
    >
      <DecisionFields lockedOrder={preset !== null} />
    </FormModal>
  );
}
