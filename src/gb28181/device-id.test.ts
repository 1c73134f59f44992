import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import { parseDeviceId, validateCameraDeviceId } from './device-id.ts';

describe('GB/T 28181 device IDs (Appendix D coding)', () => {
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

  it('never throws anything but PsvisError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseDeviceId(s);
          return /^\d{20}$/.test(s);
        } catch (err) {
          return err instanceof PsvisError && err.code === 'PSVIS_ERR_DEVICE_ID';
        }
      }),
    );
  });
});
