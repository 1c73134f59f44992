import { addDays, addWorkingDays, chinaDate, deadline, type DateOnly } from './calendar.ts';
import { placeCategory } from './categories.ts';
import type { Subject, SubjectCamera, SubjectSystem, TrainingKind } from './subject.ts';
import type { AccessField, CheckContext, CheckResult, Rule, RuleCheck } from './types.ts';

// The checks rules point to. Each is generic over the rule's params, so one check serves the
// same duty in every text; the numbers and the article come from the rule.

const d = (at: Date | undefined): DateOnly | undefined => (at === undefined ? undefined : chinaDate(at));

/** 国家 第九条第二款: systems outside 第七条 places are exempt from 第十一、十四、十五、十六条第二款、十七条. */
export function isNationalArticle7System(subject: Subject, system: SubjectSystem): boolean {
  if (system.governmentBuilt) return true;
  return subject.cameras.some((c) => {
    if (c.systemId !== system.id) return false;
    const site = subject.sites.find((s) => s.id === c.siteId);
    return placeCategory(site?.placeCategory ?? '')?.mandatory.some((m) => m.profileId === 'national-2025') ?? false;
  });
}

/** The systems a rule covers at ctx.asOf: not removed before it, and 第七条 systems for national rules that say so. */
function systemsInScope(rule: Rule, ctx: CheckContext): SubjectSystem[] {
  return ctx.subject.systems.filter(
    (s) => (ctx.systemFilter?.(s) ?? true) && (!rule.article7Only || isNationalArticle7System(ctx.subject, s)),
  );
}

function liveSystem(s: SubjectSystem | undefined, ctx: CheckContext): boolean {
  return s !== undefined && (s.removedAt === undefined || chinaDate(s.removedAt) > chinaDate(ctx.asOf));
}

function camerasInScope(rule: Rule, ctx: CheckContext): SubjectCamera[] {
  const systems = new Set(
    systemsInScope(rule, ctx)
      .filter((s) => liveSystem(s, ctx))
      .map((s) => s.id),
  );
  return ctx.subject.cameras.filter((c) => systems.has(c.systemId));
}

/** Months are added on the same day of the month (腾冲 第二十二条: 6个月). */
function addMonths(date: DateOnly, months: number): DateOnly {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${String(Math.floor(total / 12))}-${String((total % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function periodEnd(start: DateOnly, rule: Rule, ctx: CheckContext): DateOnly | undefined {
  const p = rule.params;
  if (p.workingDays !== undefined) return addWorkingDays(start, p.workingDays, ctx.calendar);
  if (p.months !== undefined) return deadline(addMonths(start, p.months), 0, ctx.calendar);
  if (p.days !== undefined) return deadline(start, p.days, ctx.calendar);
  return undefined;
}

/** A filing due at `due` (undefined: 及时, no number): done in time, done late, due or overdue. */
function filingState(
  ref: string,
  filedAt: DateOnly | undefined,
  due: DateOnly | undefined,
  ctx: CheckContext,
): CheckResult {
  const withDue = (r: CheckResult): CheckResult => (due === undefined ? r : { ...r, dueDate: due });
  if (filedAt !== undefined) {
    if (due !== undefined && filedAt > due) {
      return withDue({
        state: 'ok',
        subjectRef: ref,
        noteZh: `已于${filedAt}备案（逾期）`,
        noteEn: `filed late on ${filedAt}`,
      });
    }
    return withDue({ state: 'ok', subjectRef: ref, noteZh: `已于${filedAt}备案`, noteEn: `filed on ${filedAt}` });
  }
  const today = chinaDate(ctx.asOf);
  if (due === undefined) {
    return { state: 'due', subjectRef: ref, noteZh: '应当及时办理', noteEn: 'to be filed promptly' };
  }
  return withDue({ state: today <= due ? 'due' : 'overdue', subjectRef: ref });
}

function clockOf(system: SubjectSystem, rule: Rule): Date | undefined {
  switch (rule.params.clockFrom) {
    case 'accepted':
      return system.acceptedAt ?? system.inUseAt;
    case 'removed':
      return system.removedAt;
    case 'changed':
      return system.changedAt;
    default:
      return system.inUseAt ?? system.acceptedAt;
  }
}

function firstFiled(
  ctx: CheckContext,
  systemId: string,
  kinds: readonly string[],
  notBefore?: DateOnly,
): DateOnly | undefined {
  const dates = ctx.subject.filings
    .filter((f) => f.systemId === systemId && kinds.includes(f.kind) && f.submittedAt !== undefined)
    .map((f) => d(f.submittedAt) ?? '')
    .filter((x) => notBefore === undefined || x >= notBefore)
    .sort();
  return dates[0];
}

/** First filing within rule.params.days of the clock event (投入使用, 交付使用, 竣工验收). */
export const checkFirstFiling: RuleCheck = (rule, ctx) => {
  const from = rule.params.fromDate ?? '0000-01-01';
  return systemsInScope(rule, ctx).flatMap((s) => {
    const start = d(clockOf(s, rule));
    if (start === undefined || start < from || start > chinaDate(ctx.asOf)) return [];
    if (rule.params.unitBuiltOnly === true && s.governmentBuilt) return [];
    return [filingState(s.id, firstFiled(ctx, s.id, ['first']), periodEnd(start, rule, ctx), ctx)];
  });
};

/** A change, or a removal, filed within the period after it (辽宁 第十二条: 3 working days). */
export const checkEventFiling: RuleCheck = (rule, ctx) => {
  const kind = rule.params.clockFrom === 'removed' ? 'removal' : 'change';
  return systemsInScope(rule, ctx).flatMap((s) => {
    const start = d(clockOf(s, rule));
    if (start === undefined || start > chinaDate(ctx.asOf) || start < (rule.params.fromDate ?? '0000-01-01')) return [];
    return [filingState(s.id, firstFiled(ctx, s.id, [kind], start), periodEnd(start, rule, ctx), ctx)];
  });
};

/** Systems in use before the text took effect, filed within the period from that date. */
export const checkPreExistingFiling: RuleCheck = (rule, ctx) => {
  const from = rule.params.fromDate;
  if (from === undefined || from > chinaDate(ctx.asOf)) return [];
  return systemsInScope(rule, ctx).flatMap((s) => {
    const start = d(s.inUseAt ?? s.acceptedAt ?? s.builtAt);
    const removed = d(s.removedAt);
    if (start === undefined || start >= from || (removed !== undefined && removed <= from)) return [];
    return [filingState(s.id, firstFiled(ctx, s.id, ['pre_existing', 'first']), periodEnd(from, rule, ctx), ctx)];
  });
};

/** 安徽 第十五条: the police told at least noticeDaysBefore days before a removal. */
export const checkRemovalNotice: RuleCheck = (rule, ctx) => {
  const before = rule.params.noticeDaysBefore ?? 0;
  return systemsInScope(rule, ctx).flatMap((s) => {
    const removed = d(s.removedAt);
    if (removed === undefined || removed > chinaDate(ctx.asOf)) return [];
    const latest = addDays(removed, -before);
    const notices = ctx.subject.filings
      .filter((f) => f.systemId === s.id && f.kind === 'removal' && f.noticeGivenAt !== undefined)
      .map((f) => d(f.noticeGivenAt) ?? '');
    const inTime = notices.some((n) => n <= latest);
    return [
      inTime
        ? { state: 'ok', subjectRef: s.id, dueDate: latest }
        : {
            state: 'violated',
            subjectRef: s.id,
            dueDate: latest,
            noteZh: `拆除于${removed}，未提前${before}日通知公安机关`,
            noteEn: `removed on ${removed} without ${before} days' notice to the police`,
          },
    ];
  });
};

/** Configured retention per camera against the floor (or the important-footage period). */
export const checkRetention: RuleCheck = (rule, ctx) => {
  const important = rule.params.importantDays !== undefined;
  const floor = rule.params.importantDays ?? rule.params.days ?? 0;
  return camerasInScope(rule, ctx)
    .filter((c) => !important || c.important)
    .map((c): CheckResult => {
      if (c.retentionDays === null) {
        return {
          state: 'needs_evidence',
          subjectRef: c.id,
          noteZh: `未设置保存期限，应不少于${floor}日`,
          noteEn: `no retention set; the floor is ${floor} days`,
        };
      }
      return c.retentionDays >= floor
        ? { state: 'ok', subjectRef: c.id, noteZh: `保存${c.retentionDays}日`, noteEn: `kept ${c.retentionDays} days` }
        : {
            state: 'violated',
            subjectRef: c.id,
            noteZh: `保存${c.retentionDays}日，少于${floor}日`,
            noteEn: `kept ${c.retentionDays} days, under the ${floor}-day floor`,
          };
    });
};

/** Signage on cameras where the text requires it (scope: 'public' sites, 'government'-built systems, or 'all'). */
export const checkSignage: RuleCheck = (rule, ctx) => {
  const scope = rule.params.signageScope ?? 'all';
  return camerasInScope(rule, ctx)
    .filter((c) => {
      if (scope === 'all') return true;
      if (scope === 'government') return ctx.subject.systems.find((s) => s.id === c.systemId)?.governmentBuilt === true;
      return ctx.subject.sites.find((s) => s.id === c.siteId)?.isPublic === true;
    })
    .map((c): CheckResult => ({ state: c.signage ? 'ok' : 'violated', subjectRef: c.id }));
};

/** A written agreement with the maintainer when maintenance or operation is outsourced. */
export const checkMaintenanceAgreement: RuleCheck = (rule, ctx) =>
  systemsInScope(rule, ctx)
    .filter((s) => s.maintenanceOutsourced && liveSystem(s, ctx))
    .map((s): CheckResult =>
      s.maintenanceAgreementRef !== undefined && s.maintenanceAgreementRef !== ''
        ? {
            state: 'ok',
            subjectRef: s.id,
            noteZh: `协议 ${s.maintenanceAgreementRef}`,
            noteEn: `agreement ${s.maintenanceAgreementRef}`,
          }
        : {
            state: 'violated',
            subjectRef: s.id,
            noteZh: '委托维护无书面协议',
            noteEn: 'maintenance outsourced without a written agreement',
          },
    );

/** The organizations that run systems: the ones operating duties bind. */
function operatingOrgIds(ctx: CheckContext): string[] {
  const systems = ctx.subject.systems.filter((s) => (ctx.systemFilter?.(s) ?? true) && liveSystem(s, ctx));
  return [...new Set(systems.map((s) => s.orgId))];
}

const TRAINING_KIND_ZH: Readonly<Record<TrainingKind, string>> = {
  job_skills: '岗位技能',
  confidentiality: '保密',
  security: '安全知识',
  vetting: '入职审查',
};
const TRAINING_KIND_EN: Readonly<Record<TrainingKind, string>> = {
  job_skills: 'job skills',
  confidentiality: 'confidentiality',
  security: 'security',
  vetting: 'vetting',
};
const listEn = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;

/**
 * Training records for monitoring and management staff, up to asOf: one of every kind the
 * rule's article names (rule.params.trainingKinds, e.g. 青岛 第十九条(二): 岗位技能和保密), so a
 * confidentiality session alone does not answer a text that also asks for skills training.
 * The finding names the kinds missing and cites the article.
 */
export const checkTraining: RuleCheck = (rule, ctx) => {
  const required = rule.params.trainingKinds ?? [];
  const needZh = required.map((k) => TRAINING_KIND_ZH[k]).join('、');
  const needEn = listEn(required.map((k) => TRAINING_KIND_EN[k]));
  const asks = {
    zh: required.length > 0 ? `${rule.article} 要求${needZh}培训` : rule.article,
    en: required.length > 0 ? `${rule.article} asks for ${needEn} training` : rule.article,
  };
  return operatingOrgIds(ctx).map((orgId): CheckResult => {
    const held = ctx.subject.trainingRecords
      .filter((t) => t.orgId === orgId && chinaDate(t.heldAt) <= chinaDate(ctx.asOf))
      .sort((a, b) => a.heldAt.getTime() - b.heldAt.getTime());
    const last = held.at(-1);
    if (last === undefined) {
      return {
        state: 'needs_evidence',
        subjectRef: orgId,
        noteZh: `无培训记录（${asks.zh}）`,
        noteEn: `no training record (${asks.en})`,
      };
    }
    // The latest session of each kind the article names.
    const latest = new Map<TrainingKind, string>();
    for (const t of held) for (const k of t.kinds) latest.set(k, chinaDate(t.heldAt));
    const missing = required.filter((k) => !latest.has(k));
    const lastDay = chinaDate(last.heldAt);
    if (missing.length > 0) {
      const untyped = held.filter((t) => t.kinds.length === 0).length;
      return {
        state: 'needs_evidence',
        subjectRef: orgId,
        noteZh: [
          `缺少${missing.map((k) => TRAINING_KIND_ZH[k]).join('、')}培训记录（${asks.zh}）`,
          `最近培训 ${lastDay}`,
          untyped > 0 ? `${String(untyped)}条记录未注明培训类别` : '',
        ]
          .filter(Boolean)
          .join('；'),
        noteEn: [
          `no ${listEn(missing.map((k) => TRAINING_KIND_EN[k]))} training on record (${asks.en})`,
          `last training ${lastDay}`,
          untyped > 0 ? `${String(untyped)} record(s) name no kind of training` : '',
        ]
          .filter(Boolean)
          .join('; '),
      };
    }
    if (required.length === 0) {
      return { state: 'ok', subjectRef: orgId, noteZh: `最近培训 ${lastDay}`, noteEn: `last training ${lastDay}` };
    }
    return {
      state: 'ok',
      subjectRef: orgId,
      noteZh: `${required.map((k) => `${TRAINING_KIND_ZH[k]} ${latest.get(k) ?? ''}`).join('、')}（${rule.article}）`,
      noteEn: `${required.map((k) => `${TRAINING_KIND_EN[k]} ${latest.get(k) ?? ''}`).join(', ')} (${rule.article})`,
    };
  });
};

/**
 * Fault tickets still open at asOf on the cameras a rule covers (国家 第十五条第一款: 保障系统连续、
 * 稳定、安全运行; 腾冲 第二十四条(二): 因故障不能正常运行的及时修复; 青岛 第十九条(三)). Where the rule
 * carries a repair period (days, workingDays or months from the day the fault was opened), a
 * ticket is overdue once the period has passed and gives no finding inside it; where the rule
 * carries none — no text names a number — every open ticket is due, to be repaired promptly
 * (及时). One finding per camera, about its oldest such ticket; repaired tickets give none.
 */
export const checkOpenFaults: RuleCheck = (rule, ctx) => {
  const today = chinaDate(ctx.asOf);
  const p = rule.params;
  const limited = p.days !== undefined || p.workingDays !== undefined || p.months !== undefined;
  return camerasInScope(rule, ctx).flatMap((camera): CheckResult[] => {
    const open = ctx.subject.faultTickets
      .filter(
        (f) =>
          f.cameraId === camera.id &&
          chinaDate(f.openedAt) <= today &&
          (f.repairedAt === undefined || chinaDate(f.repairedAt) > today),
      )
      .map((f) => ({ fault: f, opened: chinaDate(f.openedAt), due: periodEnd(chinaDate(f.openedAt), rule, ctx) }))
      .filter((f) => !limited || (f.due !== undefined && today > f.due))
      .sort((a, b) => a.fault.openedAt.getTime() - b.fault.openedAt.getTime() || a.fault.id.localeCompare(b.fault.id));
    const oldest = open[0];
    if (oldest === undefined) return [];
    const { fault, opened, due } = oldest;
    const more =
      open.length > 1 ? { zh: `（共${String(open.length)}张）`, en: ` (${String(open.length)} tickets)` } : null;
    const measure =
      fault.temporaryMeasure === undefined
        ? null
        : { zh: `临时措施：${fault.temporaryMeasure}`, en: `temporary measure: ${fault.temporaryMeasure}` };
    const zh = [
      limited
        ? `故障单 ${fault.id} 自${opened}起未修复，已超过修复期限${due ?? ''}${more?.zh ?? ''}（${rule.article}）`
        : `故障单 ${fault.id} 自${opened}起未修复${more?.zh ?? ''}，应当及时修复（${rule.article}）`,
      measure?.zh ?? '',
    ];
    const en = [
      limited
        ? `fault ticket ${fault.id} open since ${opened}, past the repair deadline ${due ?? ''}${more?.en ?? ''} (${rule.article})`
        : `fault ticket ${fault.id} open since ${opened}${more?.en ?? ''}: to be repaired promptly (${rule.article})`,
      measure?.en ?? '',
    ];
    const result: CheckResult = {
      state: limited ? 'overdue' : 'due',
      subjectRef: camera.id,
      noteZh: zh.filter(Boolean).join('；'),
      noteEn: en.filter(Boolean).join('; '),
    };
    return [limited && due !== undefined ? { ...result, dueDate: due } : result];
  });
};

const FIELD_ZH: Record<AccessField, string> = {
  accessorNames: '人员',
  accessorUnit: '单位',
  at: '时间',
  purpose: '用途/事由',
  destination: '去向',
  recordedBy: '录制人员',
  content: '内容',
};

function hasField(e: CheckContext['subject']['accessRegister'][number], f: AccessField): boolean {
  if (f === 'accessorNames') return e.accessorNames.length > 0;
  if (f === 'at') return true;
  const v = e[f];
  return v !== undefined && v.trim() !== '';
}

/** Every access register entry carries the fields the text names; authorities come at least minPersons strong. */
export const checkAccessRegister: RuleCheck = (rule, ctx) => {
  const fields = rule.params.registerFields ?? [];
  const minPersons = rule.params.minPersons ?? 0;
  const systems = new Set(systemsInScope(rule, ctx).map((s) => s.id));
  const entries = ctx.subject.accessRegister.filter(
    (e) => systems.has(e.systemId) && chinaDate(e.at) <= chinaDate(ctx.asOf),
  );
  const bad: CheckResult[] = [];
  for (const e of entries) {
    const missing = fields.filter((f) => !hasField(e, f));
    const tooFew = e.byAuthority && e.accessorNames.length < minPersons;
    if (missing.length > 0 || tooFew) {
      bad.push({
        state: 'violated',
        subjectRef: e.id,
        noteZh: [
          missing.length > 0 ? `登记缺少：${missing.map((f) => FIELD_ZH[f]).join('、')}` : '',
          tooFew ? `少于${minPersons}人` : '',
        ]
          .filter(Boolean)
          .join('；'),
        noteEn: [
          missing.length > 0 ? `register entry lacks ${missing.join(', ')}` : '',
          tooFew ? `fewer than ${minPersons} officers` : '',
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
  }
  const badSystems = new Set(bad.map((b) => entries.find((e) => e.id === b.subjectRef)?.systemId));
  const ok = [...new Set(entries.map((e) => e.systemId))]
    .filter((id) => !badSystems.has(id))
    .map((id): CheckResult => ({ state: 'ok', subjectRef: id }));
  return [...bad, ...ok];
};

/** Sites of a mandatory place category with no camera in a live system (for the builder the text names). */
export const checkMandatoryPlaces: RuleCheck = (rule, ctx) =>
  ctx.subject.sites.flatMap((site): CheckResult[] => {
    const org = ctx.subject.organizations.find((o) => o.id === site.orgId);
    const entries = placeCategory(site.placeCategory)?.mandatory.filter((m) => m.profileId === rule.profileId) ?? [];
    const builder = org?.isGovernment === true ? 'government' : 'unit';
    if (org === undefined || !entries.some((m) => m.builder === builder)) return [];
    const covered = ctx.subject.cameras.some(
      (c) =>
        c.siteId === site.id &&
        liveSystem(
          ctx.subject.systems.find((s) => s.id === c.systemId),
          ctx,
        ),
    );
    const cites = entries.map((m) => m.article).join('、');
    return [
      covered
        ? { state: 'ok', subjectRef: site.id, noteZh: cites, noteEn: cites }
        : {
            state: 'violated',
            subjectRef: site.id,
            noteZh: `应当安装而未安装（${cites}）`,
            noteEn: `no camera at a mandatory place (${cites})`,
          },
    ];
  });

/** Cameras already registered at a location the text prohibits (imported data, or moved since). */
export const checkProhibitedLocations: RuleCheck = (rule, ctx) => {
  const prohibited = new Set(rule.params.locations ?? []);
  return camerasInScope({ ...rule, article7Only: false }, ctx)
    .filter((c) => prohibited.has(c.locationCategory))
    .map((c): CheckResult => ({
      state: 'violated',
      subjectRef: c.id,
      noteZh: `摄像机位于禁止安装的位置（${c.locationCategory}）`,
      noteEn: `camera at a prohibited location (${c.locationCategory})`,
    }));
};

/** Cameras of non-government systems at government-built places where others may not build. */
export const checkGovernmentZone: RuleCheck = (rule, ctx) =>
  camerasInScope({ ...rule, article7Only: false }, ctx).flatMap((c): CheckResult[] => {
    const site = ctx.subject.sites.find((s) => s.id === c.siteId);
    const system = ctx.subject.systems.find((s) => s.id === c.systemId);
    const org = ctx.subject.organizations.find((o) => o.id === system?.orgId);
    const govZone = placeCategory(site?.placeCategory ?? '')?.mandatory.some(
      (m) => m.profileId === rule.profileId && m.builder === 'government',
    );
    if (govZone !== true || org?.isGovernment === true || system?.governmentBuilt === true) return [];
    return [
      {
        state: 'violated',
        subjectRef: c.id,
        noteZh: '非政府单位在政府建设区域安装',
        noteEn: 'non-government camera in a government-only zone',
      },
    ];
  });

/** Advisory duties: needs_evidence for each operating organization until a user marks it done. */
export const checkAdvisory: RuleCheck = (rule, ctx) =>
  operatingOrgIds(ctx).map((orgId): CheckResult => {
    const mark = ctx.subject.advisoryMarks.find(
      (m) => m.ruleId === rule.id && m.orgId === orgId && chinaDate(m.doneAt) <= chinaDate(ctx.asOf),
    );
    return mark === undefined
      ? { state: 'needs_evidence', subjectRef: orgId }
      : {
          state: 'ok',
          subjectRef: orgId,
          noteZh: `${chinaDate(mark.doneAt)} ${mark.evidenceRef}`,
          noteEn: `${chinaDate(mark.doneAt)} ${mark.evidenceRef}`,
        };
  });

/**
 * Cameras a third party put up at someone else's public site: only the body responsible for the
 * place may install there (国家 第七条第三款、第九条第一款).
 */
export const checkThirdPartyInstall: RuleCheck = (rule, ctx) =>
  camerasInScope({ ...rule, article7Only: false }, ctx).flatMap((c): CheckResult[] => {
    const site = ctx.subject.sites.find((s) => s.id === c.siteId);
    const system = ctx.subject.systems.find((s) => s.id === c.systemId);
    const owner = ctx.subject.organizations.find((o) => o.id === system?.orgId);
    if (!site?.isPublic || !system || site.orgId === system.orgId) return [];
    if (system.governmentBuilt || owner?.isGovernment === true) return [];
    return [
      {
        state: 'violated',
        subjectRef: c.id,
        noteZh: '在他人负责的公共场所安装图像采集设备',
        noteEn: 'camera installed at a public site another organization is responsible for',
      },
    ];
  });

/**
 * 国家 第十七条: after 30 days, footage whose purpose is served is deleted. A camera set to keep
 * ordinary footage longer needs a reason (a hold, a case) on record.
 */
export const checkRetentionCeiling: RuleCheck = (rule, ctx) => {
  const days = rule.params.days ?? 0;
  return camerasInScope(rule, ctx)
    .filter((c) => !c.important && c.retentionDays !== null && c.retentionDays > days)
    .map((c): CheckResult => ({
      state: 'needs_evidence',
      subjectRef: c.id,
      noteZh: `保存${String(c.retentionDays)}日：超过${days}日的，仅保存尚未实现处理目的或有保全理由的信息`,
      noteEn: `kept ${String(c.retentionDays)} days: beyond ${days} days only footage whose purpose is not yet served, or under a hold`,
    }));
};
