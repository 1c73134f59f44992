import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import {
  checkCameraPlacement,
  checkRetentionDays,
  complianceCameraRules,
  complianceVocabulary,
  refusalError,
} from './guards.ts';
import { day } from './test-support.ts';

const place = (
  profileIds: string[],
  asOf: string,
  locationCategory: string,
  placeCategory = 'commercial_center',
  orgIsGovernment = false,
) => checkCameraPlacement({ profileIds, asOf: day(asOf), locationCategory, placeCategory, orgIsGovernment });

describe('prohibited locations at write time', () => {
  it('refuses a camera in a KTV private room (娱乐场所包房) in Tengchong as of 2020-01-01 (腾冲 第十四条(一))', () => {
    const r = place(['tengchong-2017'], '2020-01-01', 'entertainment_private_room', 'culture_sports_entertainment');
    expect(r?.code).toBe('PSVIS_ERR_PROHIBITED_LOCATION');
    expect(r?.citations.map((c) => c.article)).toEqual(['腾冲 第十四条(一)']);
    expect(r?.penalties[0]?.article).toBe('腾冲 第三十一条(一)');
    expect(r?.penaltyRangeZh).toContain('1万元以上3万元以下');
  });

  it('allows the KTV private room in Tengchong after the 细则 lapsed (2022-09-04) and in Anhui, which does not list it', () => {
    expect(place(['tengchong-2017'], '2023-01-01', 'entertainment_private_room')).toBeNull();
    expect(place(['anhui-2017'], '2020-01-01', 'entertainment_private_room')).toBeNull();
  });

  it('refuses a restaurant private dining room (饭店包间) everywhere as of 2026-01-01 (国家 第八条(一))', () => {
    for (const chain of [
      ['qingdao-2010-rev2020'],
      ['liaoning-2008'],
      ['anhui-2017'],
      ['weihai-2014'],
      ['tengchong-2017'],
      [],
    ]) {
      const r = place(chain, '2026-01-01', 'restaurant_private_room', 'catering');
      expect(r?.code).toBe('PSVIS_ERR_PROHIBITED_LOCATION');
      expect(r?.citations.map((c) => c.article)).toEqual(['国家 第八条(一)']);
      expect(r?.penalties[0]?.fines).toContainEqual({ offender: 'unit', minYuan: 10000, maxYuan: 20000 });
    }
  });

  it('did not refuse 饭店包间 in Qingdao before 2025-04-01: 青岛 第九条 does not list it', () => {
    expect(place(['qingdao-2010-rev2020'], '2025-03-31', 'restaurant_private_room', 'catering')).toBeNull();
    expect(place(['qingdao-2010-rev2020'], '2025-04-01', 'restaurant_private_room', 'catering')).not.toBeNull();
  });

  it('cites every article in force: a toilet in Qingdao in 2026 is barred by 青岛 第九条第一款 and 国家 第八条(三)', () => {
    const r = place(['qingdao-2010-rev2020'], '2026-01-01', 'toilet');
    expect(r?.citations.map((c) => c.article)).toEqual(['青岛 第九条第一款', '国家 第八条(三)']);
    expect(r?.penalties.map((p) => p.article)).toEqual(['青岛 第二十七条', '国家 第二十七条第一款']);
  });

  it('refuses financial operating positions and ballot boxes only where 安徽 第八条 and 腾冲 第十四条 apply', () => {
    expect(
      place(['anhui-2017'], '2020-01-01', 'financial_operating_position', 'financial')?.citations[0]?.article,
    ).toBe('安徽 第八条(三)');
    expect(place(['anhui-2017'], '2020-01-01', 'ballot_box_vicinity')?.citations[0]?.article).toBe('安徽 第八条(四)');
    expect(place(['liaoning-2008'], '2020-01-01', 'financial_operating_position', 'financial')).toBeNull();
  });

  it('refuses a Weihai guest room while 威海 第九条 was in force (to 2024-11-30) with its deferred penalty', () => {
    const r = place(['weihai-2014'], '2024-11-30', 'hotel_guest_room', 'hotel');
    expect(r?.citations.map((c) => c.article)).toEqual(['威海 第九条']);
    expect(r?.penalties[0]?.trigger).toBe('依照其他规定');
    expect(place(['weihai-2014'], '2024-12-01', 'hotel_guest_room', 'hotel')).toBeNull();
  });

  it('refuses a staff rest room only under the national 条例 (国家 第八条(二))', () => {
    expect(place(['liaoning-2008'], '2024-06-01', 'staff_rest_room')).toBeNull();
    expect(place(['liaoning-2008'], '2025-06-01', 'staff_rest_room')?.citations[0]?.article).toBe('国家 第八条(二)');
  });

  it('lets ordinary locations through', () => {
    expect(place(['liaoning-2008'], '2026-01-01', 'entrance')).toBeNull();
  });
});

describe('government-only zones', () => {
  it('refuses a company camera on a main road in Liaoning (辽宁 第七条), before and after the 条例', () => {
    const before = place(['liaoning-2008'], '2024-06-01', 'road', 'main_road');
    expect(before?.code).toBe('PSVIS_ERR_GOVERNMENT_ONLY_ZONE');
    expect(before?.citations.map((c) => c.article)).toEqual(['辽宁 第七条']);
    const after = place(['liaoning-2008'], '2026-01-01', 'road', 'main_road');
    expect(after?.citations.map((c) => c.article)).toEqual(['辽宁 第七条', '国家 第七条第三款']);
    expect(after?.penalties.map((p) => p.article)).toEqual(['国家 第二十六条']);
  });

  it('lets a government department build there', () => {
    expect(place(['liaoning-2008'], '2026-01-01', 'road', 'main_road', true)).toBeNull();
    expect(
      checkCameraPlacement({
        profileIds: ['liaoning-2008'],
        asOf: day('2026-01-01'),
        locationCategory: 'road',
        placeCategory: 'main_road',
        orgIsGovernment: false,
        systemGovernmentBuilt: true,
      }),
    ).toBeNull();
  });

  it('has no exclusivity in Tengchong (腾冲 第十一条第三款 encourages self-built systems)', () => {
    expect(place(['tengchong-2017'], '2020-01-01', 'road', 'main_road')).toBeNull();
  });

  it('keeps a unit out of a Qingdao junction (青岛 第八条第三款) with the business-use fine', () => {
    const r = place(['qingdao-2010-rev2020'], '2021-01-01', 'road', 'main_road');
    expect(r?.citations[0]?.article).toBe('青岛 第八条第三款');
    expect(r?.penalties[0]?.fines).toContainEqual({
      offender: 'unit_or_individual',
      minYuan: 10000,
      maxYuan: 30000,
      tier: 'business',
    });
  });
});

describe('retention floor at write time', () => {
  it('accepts 20 days in Liaoning as of 2024-06-01 (floor 15, 辽宁 第十四条(七))', () => {
    expect(checkRetentionDays(['liaoning-2008'], day('2024-06-01'), 20, false)).toBeNull();
    const r = checkRetentionDays(['liaoning-2008'], day('2024-06-01'), 14, false);
    expect(r?.citations.map((c) => c.article)).toEqual(['辽宁 第十四条(七)']);
  });

  it('refuses 20 days in Liaoning as of 2026-01-01 (国家 第十七条, floor 30)', () => {
    const r = checkRetentionDays(['liaoning-2008'], day('2026-01-01'), 20, false);
    expect(r?.code).toBe('PSVIS_ERR_RETENTION_FLOOR');
    expect(r?.citations.map((c) => c.article)).toEqual(['国家 第十七条']);
    expect(r?.messageEn).toContain('30-day floor');
  });

  it('requires a year for Liaoning footage of important value, before and after the 条例', () => {
    for (const asOf of ['2024-06-01', '2026-01-01']) {
      const r = checkRetentionDays(['liaoning-2008'], day(asOf), 180, true);
      expect(r?.citations.map((c) => c.article)).toEqual(['辽宁 第十四条(七)']);
      expect(r?.messageZh).toContain('365日');
      expect(checkRetentionDays(['liaoning-2008'], day(asOf), 365, true)).toBeNull();
    }
  });

  it('keeps the Liaoning 15-day floor for a system outside 国家 第七条 places (国家 第九条第二款)', () => {
    expect(checkRetentionDays(['liaoning-2008'], day('2026-01-01'), 20, false, { article7System: false })).toBeNull();
  });
});

describe('refusals as API errors', () => {
  it('refusalError answers 422 with the citations and penalties in details', () => {
    const r = place(['tengchong-2017'], '2020-01-01', 'entertainment_private_room');
    expect(r).not.toBeNull();
    if (!r) return;
    const err = refusalError(r);
    expect(err).toBeInstanceOf(PsvisError);
    expect(err.httpStatus).toBe(422);
    expect(err.code).toBe('PSVIS_ERR_PROHIBITED_LOCATION');
    expect(err.details['citations']).toEqual([
      { article: '腾冲 第十四条(一)', textZh: expect.stringContaining('娱乐场所包房') as unknown },
    ]);
    expect(err.message).toContain('腾冲 第十四条(一)');
  });

  it('fills the registry contracts: vocabulary and the camera check', () => {
    expect(complianceVocabulary.hasPlaceCategory('main_road')).toBe(true);
    expect(complianceVocabulary.hasPlaceCategory('moon_base')).toBe(false);
    expect(complianceVocabulary.hasLocationCategory('restaurant_private_room')).toBe(true);
    expect(complianceVocabulary.hasProfile('liaoning-2008')).toBe(true);
    expect(complianceVocabulary.hasProfile('shanghai-2030')).toBe(false);
    const base = {
      profileIds: ['liaoning-2008'],
      asOf: day('2026-01-01'),
      orgIsGovernment: false,
      systemGovernmentBuilt: false,
      placeCategory: 'commercial_center',
      locationCategory: 'entrance',
      important: false,
      retentionDays: 20,
    };
    expect(complianceCameraRules.checkCamera(base)?.code).toBe('PSVIS_ERR_RETENTION_FLOOR');
    // A hotel is not a 国家 第七条 place: the 辽宁 15-day floor stands.
    expect(complianceCameraRules.checkCamera({ ...base, placeCategory: 'hotel' })).toBeNull();
    expect(complianceCameraRules.checkCamera({ ...base, retentionDays: null, locationCategory: 'toilet' })?.code).toBe(
      'PSVIS_ERR_PROHIBITED_LOCATION',
    );
    expect(complianceCameraRules.checkCamera({ ...base, retentionDays: null })).toBeNull();
  });
});
