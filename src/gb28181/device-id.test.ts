import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { parseDeviceId, validateCameraDeviceId } from './device-id.ts';

describe('GB/T 28181 device IDs (GB/T 28181-2016 Appendix D coding)', () => {
  it('splits a camera ID of a Shenyang unit into its fields', () => {
    // 21010200 center (辽宁 沈阳 和平区 基层 00), 00 industry, 132 IPC, 0 network, 000001 serial
    expect(validateCameraDeviceId('21010200001320000001')).toEqual({
      centerCode: '21010200',
      industryCode: '00',
      typeCode: 132,
      networkFlag: 0,
      serial: '000001',
    });
  });

  it('refuses 19 and 21 digits, letters, and non-camera type codes with PSVIS_ERR_DEVICE_ID', () => {
    for (const bad of [
      '2101020000132000001',
      '210102000013200000011',
      '2101020000132000000A',
      '21010200002000000001',
      '21010200001180000001',
    ]) {
      expect(() => validateCameraDeviceId(bad)).toThrow(PsvisError);
    }
  });

  it('says what is wrong in both languages: a letter, the length, a type code that is not a camera', () => {
    const refusal = (id: string) => {
      try {
        validateCameraDeviceId(id);
      } catch (err) {
        return err;
      }
      throw new Error(`${id} was accepted`);
    };
    expect(refusal('2101020000132000000A')).toMatchObject({
      code: 'PSVIS_ERR_DEVICE_ID',
      httpStatus: 400,
      message:
        '设备编码“2101020000132000000A”含有数字以外的字符；设备编码须为 20 位数字（GB/T 28181-2016 附录 D） / ' +
        'device ID "2101020000132000000A" must contain only digits 0-9 (GB/T 28181-2016 Appendix D)',
      details: {
        deviceId: '2101020000132000000A',
        messageZh: '设备编码“2101020000132000000A”含有数字以外的字符；设备编码须为 20 位数字（GB/T 28181-2016 附录 D）',
        messageEn: 'device ID "2101020000132000000A" must contain only digits 0-9 (GB/T 28181-2016 Appendix D)',
      },
    });
    expect(refusal('2101020000132000001')).toMatchObject({
      code: 'PSVIS_ERR_DEVICE_ID',
      httpStatus: 400,
      details: {
        deviceId: '2101020000132000001',
        length: 19,
        messageZh:
          '设备编码“2101020000132000001”为 19 位；设备编码须为 20 位数字（中心编码 8 位、行业编码 2 位、类型编码 3 位、网络标识 1 位、序号 6 位）',
        messageEn:
          'device ID "2101020000132000001" has 19 digits; GB/T 28181 device IDs have exactly 20 (center 8 + industry 2 + type 3 + network 1 + serial 6)',
      },
    });
    expect(refusal('')).toMatchObject({ code: 'PSVIS_ERR_DEVICE_ID', details: { length: 0 } });
    expect(refusal('21010200002000000001')).toMatchObject({
      code: 'PSVIS_ERR_DEVICE_ID',
      httpStatus: 400,
      details: {
        deviceId: '21010200002000000001',
        typeCode: 200,
        messageZh:
          '设备编码“21010200002000000001”的类型编码（第 11–13 位）为 200，不是摄像机；摄像机的类型编码为 131（摄像机）或 132（网络摄像机）',
        messageEn:
          'device ID "21010200002000000001" has type code 200 (digits 11-13), which is not a camera; use 131 (camera) or 132 (network camera, IPC)',
      },
    });
  });

  it('never throws anything but PsvisError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseDeviceId(s);
          return /^\d{20}$/.test(s);
        } catch (err) {
          return (
            err instanceof PsvisError &&
            err.code === 'PSVIS_ERR_DEVICE_ID' &&
            err.message === `${String(err.details['messageZh'])} / ${String(err.details['messageEn'])}`
          );
        }
      }),
    );
  });
});
