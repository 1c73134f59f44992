import { bilingualError } from '../errors/bilingual.ts';

// GB/T 28181-2016 Appendix D (编码规则A): 20 decimal digits =
//   center code 中心编码 (8: province 2, city 2, district 2, grassroots unit 2)
//   + industry code 行业编码 (2) + type code 类型编码 (3) + network flag 网络标识 (1) + serial 序号 (6).
// Type codes 111–130 are front-end main devices (DVR, encoder, NVR…), 131–199 front-end peripherals
// (131 camera 摄像机, 132 network camera IPC), 200–299 platform devices, 300–399 center users,
// 400–499 terminal users.

/** The parts of a GB/T 28181 device ID. */
export interface DeviceIdParts {
  centerCode: string;
  industryCode: string;
  typeCode: number;
  networkFlag: number;
  serial: string;
}

/** Type codes a camera record may carry: 131 摄像机 and 132 网络摄像机 (IPC). */
export const CAMERA_TYPE_CODES: ReadonlySet<number> = new Set([131, 132]);

/** Splits a device ID into its fields, or explains exactly what is wrong with it, in both languages. */
export function parseDeviceId(id: string): DeviceIdParts {
  if (!/^\d*$/.test(id)) {
    throw bilingualError(
      'PSVIS_ERR_DEVICE_ID',
      {
        zh: `设备编码“${id}”含有数字以外的字符；设备编码须为 20 位数字（GB/T 28181-2016 附录 D）`,
        en: `device ID "${id}" must contain only digits 0-9 (GB/T 28181-2016 Appendix D)`,
      },
      { deviceId: id },
      400,
    );
  }
  if (id.length !== 20) {
    throw bilingualError(
      'PSVIS_ERR_DEVICE_ID',
      {
        zh: `设备编码“${id}”为 ${id.length} 位；设备编码须为 20 位数字（中心编码 8 位、行业编码 2 位、类型编码 3 位、网络标识 1 位、序号 6 位）`,
        en: `device ID "${id}" has ${id.length} digits; GB/T 28181 device IDs have exactly 20 (center 8 + industry 2 + type 3 + network 1 + serial 6)`,
      },
      { deviceId: id, length: id.length },
      400,
    );
  }
  return {
    centerCode: id.slice(0, 8),
    industryCode: id.slice(8, 10),
    typeCode: Number(id.slice(10, 13)),
    networkFlag: Number(id.slice(13, 14)),
    serial: id.slice(14),
  };
}

/** Validates a camera's device ID: 20 digits with a camera type code (131 or 132). */
export function validateCameraDeviceId(id: string): DeviceIdParts {
  const parts = parseDeviceId(id);
  if (!CAMERA_TYPE_CODES.has(parts.typeCode)) {
    const typeCode = String(parts.typeCode).padStart(3, '0');
    throw bilingualError(
      'PSVIS_ERR_DEVICE_ID',
      {
        zh: `设备编码“${id}”的类型编码（第 11–13 位）为 ${typeCode}，不是摄像机；摄像机的类型编码为 131（摄像机）或 132（网络摄像机）`,
        en: `device ID "${id}" has type code ${typeCode} (digits 11-13), which is not a camera; use 131 (camera) or 132 (network camera, IPC)`,
      },
      { deviceId: id, typeCode: parts.typeCode },
      400,
    );
  }
  return parts;
}
