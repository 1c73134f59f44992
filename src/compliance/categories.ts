import type { TextId } from './citation.ts';

/** Who builds the system of a mandatory place under one text: the government, or the unit running the place. */
export type Builder = 'government' | 'unit';

/** One article that makes a place category mandatory, and who builds there. */
export interface MandatoryEntry {
  profileId: TextId;
  article: string;
  builder: Builder;
}

/** A place category (a site's place_category): where the texts require cameras, and who builds them. */
export interface PlaceCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  mandatory: readonly MandatoryEntry[];
}

/** One article that prohibits cameras at a location category. */
export interface ProhibitionEntry {
  profileId: TextId;
  article: string;
}

/** A camera location category (a camera's location_category), with the articles prohibiting it. */
export interface LocationCategory {
  code: string;
  nameZh: string;
  nameEn: string;
  prohibitedBy: readonly ProhibitionEntry[];
}

const WH = 'weihai-2014';
const AH = 'anhui-2017';
const TC = 'tengchong-2017';
const LN = 'liaoning-2008';
const QD = 'qingdao-2010-rev2020';
const CN = 'national-2025';

const gov = (profileId: TextId, article: string): MandatoryEntry => ({ profileId, article, builder: 'government' });
const unit = (profileId: TextId, article: string): MandatoryEntry => ({ profileId, article, builder: 'unit' });
const place = (code: string, nameZh: string, nameEn: string, mandatory: MandatoryEntry[]): PlaceCategory => ({
  code,
  nameZh,
  nameEn,
  mandatory,
});

// Builders: 威海 第八条 (government builds 第七条(一)(七) and long-distance coaches), 安徽 第九条,
// 腾冲 第九条/第十一条, 辽宁 第七条 (roads, junctions, squares), 青岛 第八条, 国家 第七条第一款/第二款.
/** Every mandatory-install place category of the six texts, with builder and article per text. */
export const PLACE_CATEGORIES: readonly PlaceCategory[] = [
  place('main_road', '主要道路、重要路段和交通路口', 'Main roads, key road sections and junctions', [
    gov(WH, '威海 第七条(七)'),
    gov(AH, '安徽 第七条(一)'),
    gov(TC, '腾冲 第八条(一)'),
    gov(LN, '辽宁 第六条(五)'),
    gov(QD, '青岛 第七条(一)'),
    gov(CN, '国家 第七条第一款'),
  ]),
  place('square', '广场', 'Public squares', [
    gov(WH, '威海 第七条(七)'),
    gov(AH, '安徽 第七条(十二)'),
    unit(TC, '腾冲 第八条(五)'),
    gov(LN, '辽宁 第六条(五)'),
    unit(QD, '青岛 第七条(一)'),
    gov(CN, '国家 第七条第一款'),
  ]),
  place('bridge_tunnel', '桥梁、隧道、地下通道', 'Bridges, tunnels and underpasses', [
    gov(WH, '威海 第七条(七)'),
    gov(AH, '安徽 第七条(一)'),
    unit(TC, '腾冲 第八条(八)'),
    unit(LN, '辽宁 第六条(二)'),
    gov(QD, '青岛 第七条(一)'),
    gov(CN, '国家 第七条第一款'),
  ]),
  place('road_boundary', '行政区域道路边界', 'Roads at administrative boundaries', [gov(CN, '国家 第七条第一款')]),
  place('key_unit_periphery', '治安保卫重点单位周边区域', 'Surroundings of key security units', [
    gov(CN, '国家 第七条第一款'),
  ]),
  place(
    'key_security_unit',
    '反恐怖防范重点目标、治安保卫重点单位',
    'Counter-terrorism targets and key security units',
    [unit(TC, '腾冲 第八条(十三)')],
  ),
  place('high_crime_area', '刑事、治安案件易发区域', 'Areas prone to crime', [gov(TC, '腾冲 第八条(十四)')]),
  place('border_port', '出入境口岸和边境通道', 'Border ports and border crossings', [
    gov(TC, '腾冲 第八条(十二)'),
    unit(CN, '国家 第七条第二款(二)'),
  ]),
  place('town_village_road', '镇村主要道路和重点场所', 'Town and village roads and key places', [
    unit(WH, '威海 第七条(十一)'),
  ]),
  place('government_office', '党政机关、国家机关办公场所', 'Party and state office premises', [
    gov(WH, '威海 第七条(一)'),
    unit(TC, '腾冲 第八条(三)'),
  ]),
  place('government_service_hall', '政务服务大厅', 'Government service halls', [unit(CN, '国家 第七条第二款(一)')]),
  place('news_media', '报社、广播电台、电视台、通讯社等新闻单位', 'Newspapers, radio, television and news agencies', [
    unit(WH, '威海 第七条(二)'),
    unit(AH, '安徽 第七条(四)'),
    unit(TC, '腾冲 第八条(四)'),
    unit(LN, '辽宁 第六条(一)'),
    unit(QD, '青岛 第七条(五)'),
  ]),
  place('telecom_postal', '电信、通信、邮政寄递单位', 'Telecommunications and postal units', [
    unit(WH, '威海 第七条(二)'),
    unit(AH, '安徽 第七条(四)'),
    unit(TC, '腾冲 第八条(四)'),
    unit(LN, '辽宁 第六条(一)'),
    unit(QD, '青岛 第七条(五)'),
  ]),
  place('education', '学校、幼儿园等教育机构', 'Schools, kindergartens and other educational institutions', [
    unit(WH, '威海 第七条(三)'),
    unit(AH, '安徽 第七条(十一)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(六)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('research', '科研机构', 'Research institutions', [
    unit(WH, '威海 第七条(三)'),
    unit(AH, '安徽 第七条(十)'),
    unit(TC, '腾冲 第八条(三)'),
    unit(QD, '青岛 第七条(六)'),
  ]),
  place('medical', '医院等医疗机构', 'Hospitals and other medical institutions', [
    unit(WH, '威海 第七条(三)'),
    unit(AH, '安徽 第七条(十一)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(六)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('welfare', '养老、救助管理、儿童福利机构', 'Elderly care, relief and child welfare institutions', [
    unit(AH, '安徽 第七条(十一)'),
  ]),
  place('culture_sports_entertainment', '文化、体育、娱乐场所', 'Cultural, sports and entertainment venues', [
    unit(WH, '威海 第七条(三)'),
    unit(WH, '威海 第七条(九)'),
    unit(AH, '安徽 第七条(二)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(六)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('internet_cafe', '互联网上网服务营业场所', 'Internet cafés', [unit(AH, '安徽 第七条(二)')]),
  place(
    'museum_archive',
    '博物馆、档案馆、图书馆、纪念馆、展览馆、文物保护单位',
    'Museums, archives, libraries, memorials and heritage sites',
    [
      unit(WH, '威海 第七条(三)'),
      unit(AH, '安徽 第七条(九)'),
      unit(TC, '腾冲 第八条(三)'),
      unit(LN, '辽宁 第六条(一)'),
      unit(QD, '青岛 第七条(六)'),
    ],
  ),
  place('financial', '金融机构营业场所、金库、押运车辆', 'Banks, vaults and cash-in-transit vehicles', [
    unit(WH, '威海 第七条(四)'),
    unit(AH, '安徽 第七条(十)'),
    unit(TC, '腾冲 第八条(六)'),
    unit(LN, '辽宁 第六条(一)'),
    unit(QD, '青岛 第七条(五)'),
  ]),
  place(
    'valuables_trade',
    '有价证券票据场所、贵金属珠宝经营、典当、旧货市场',
    'Securities stores, precious metals, jewellery, pawn and second-hand trade',
    [unit(TC, '腾冲 第八条(六)'), unit(QD, '青岛 第七条(八)')],
  ),
  place(
    'hazardous_materials',
    '危险物品、武器弹药、传染性菌种毒种场所',
    'Hazardous materials, weapons and pathogen sites',
    [
      unit(WH, '威海 第七条(五)'),
      unit(AH, '安徽 第七条(八)'),
      unit(TC, '腾冲 第八条(二)'),
      unit(LN, '辽宁 第六条(一)'),
      unit(QD, '青岛 第七条(四)'),
    ],
  ),
  place(
    'energy_utilities',
    '能源动力设施和水、电、气、热供应单位',
    'Energy facilities and water, power, gas and heat utilities',
    [
      unit(WH, '威海 第七条(六)'),
      unit(AH, '安徽 第七条(七)'),
      unit(TC, '腾冲 第八条(四)'),
      unit(LN, '辽宁 第六条(四)'),
      unit(QD, '青岛 第七条(三)'),
    ],
  ),
  place('fuel_station', '加油(气)站、充电站、成品油仓库', 'Fuel and charging stations, oil depots', [
    unit(WH, '威海 第七条(六)'),
    unit(TC, '腾冲 第八条(四)'),
    unit(QD, '青岛 第七条(三)'),
  ]),
  place('water_conservancy', '水利设施、堤防、水库', 'Water works, dykes and reservoirs', [
    unit(WH, '威海 第七条(六)'),
    unit(AH, '安徽 第七条(七)'),
    unit(TC, '腾冲 第八条(十)'),
    unit(LN, '辽宁 第六条(四)'),
    unit(QD, '青岛 第七条(三)'),
  ]),
  place('material_reserve', '大型物资储备场所', 'Large material reserves', [
    unit(AH, '安徽 第七条(八)'),
    unit(TC, '腾冲 第八条(八)'),
    unit(QD, '青岛 第七条(三)'),
  ]),
  place('transport_hub', '机场、港口、码头、车站等交通枢纽', 'Airports, ports, piers, stations and other hubs', [
    gov(WH, '威海 第七条(七)'),
    unit(AH, '安徽 第七条(六)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(LN, '辽宁 第六条(二)'),
    unit(QD, '青岛 第七条(二)'),
    unit(CN, '国家 第七条第二款(二)'),
  ]),
  place('transit_station', '城市轨道交通站、公交枢纽站和站点', 'Metro stations, bus interchanges and stops', [
    gov(WH, '威海 第七条(七)'),
    gov(AH, '安徽 第七条(六)'),
    unit(TC, '腾冲 第八条(八)'),
    unit(QD, '青岛 第七条(二)'),
    unit(CN, '国家 第七条第二款(二)'),
  ]),
  place(
    'public_transport_vehicle',
    '公共汽车、轨道交通车辆、列车、客船等公共交通工具',
    'Buses, metro and rail vehicles, passenger ships',
    [
      unit(WH, '威海 第七条(八)'),
      unit(AH, '安徽 第七条(五)'),
      unit(TC, '腾冲 第八条(九)'),
      unit(QD, '青岛 第七条(二)'),
      unit(CN, '国家 第七条第二款(三)'),
    ],
  ),
  place('long_distance_coach', '长途客运汽车、营运载客汽车', 'Long-distance and commercial passenger coaches', [
    gov(WH, '威海 第七条(八)'),
    unit(AH, '安徽 第七条(五)'),
    unit(TC, '腾冲 第八条(九)'),
    unit(CN, '国家 第七条第二款(三)'),
  ]),
  place('parking', '停车场、公共停车场', 'Car parks', [
    gov(WH, '威海 第七条(七)'),
    unit(WH, '威海 第七条(十)'),
    unit(AH, '安徽 第七条(六)'),
    unit(TC, '腾冲 第八条(七)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(七)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('park', '公园', 'Parks', [
    gov(WH, '威海 第七条(七)'),
    gov(AH, '安徽 第七条(十二)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('scenic_area', '旅游景区、风景名胜区', 'Tourist and scenic areas', [
    unit(WH, '威海 第七条(十)'),
    unit(AH, '安徽 第七条(十二)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(六)'),
    unit(CN, '国家 第七条第二款(一)'),
  ]),
  place('forest', '林区、森林公园和林业防火部位', 'Forests, forest parks and fire-prevention points', [
    gov(WH, '威海 第七条(七)'),
    unit(TC, '腾冲 第八条(十一)'),
  ]),
  place(
    'commercial_center',
    '商业中心、商场、超市、商业街、会展中心',
    'Shopping centres, malls, supermarkets, shopping streets, exhibition centres',
    [
      unit(WH, '威海 第七条(九)'),
      unit(AH, '安徽 第七条(三)'),
      unit(TC, '腾冲 第八条(五)'),
      unit(LN, '辽宁 第六条(三)'),
      unit(QD, '青岛 第七条(六)'),
      unit(CN, '国家 第七条第二款(一)'),
    ],
  ),
  place('farmers_market', '农贸市场', "Farmers' markets", [
    unit(AH, '安徽 第七条(三)'),
    unit(TC, '腾冲 第八条(五)'),
    unit(QD, '青岛 第七条(七)'),
  ]),
  place('hotel', '旅馆、宾馆、酒店', 'Hotels and inns', [
    unit(WH, '威海 第七条(九)'),
    unit(AH, '安徽 第七条(二)'),
    unit(TC, '腾冲 第八条(七)'),
    unit(LN, '辽宁 第六条(三)'),
    unit(QD, '青岛 第七条(七)'),
  ]),
  place('catering', '餐饮服务单位', 'Restaurants and catering', [unit(QD, '青岛 第七条(七)')]),
  place('residential', '住宅小区', 'Residential compounds', [
    unit(WH, '威海 第七条(十)'),
    unit(AH, '安徽 第七条(十三)'),
    unit(TC, '腾冲 第八条(七)'),
    unit(QD, '青岛 第七条(七)'),
  ]),
  place('food_pharma', '大型食品、制药企业', 'Large food and pharmaceutical plants', [unit(TC, '腾冲 第八条(五)')]),
  place('highway', '高速公路出入口、收费站、服务区', 'Expressway entrances, toll stations and service areas', [
    gov(WH, '威海 第七条(七)'),
    unit(TC, '腾冲 第八条(八)'),
    unit(CN, '国家 第七条第二款(四)'),
  ]),
  place(
    'other_designated',
    '法律、法规、规章规定或政府确定的其他场所',
    'Other places designated by law or by the government',
    [
      unit(WH, '威海 第七条(十二)'),
      unit(AH, '安徽 第七条(十四)'),
      unit(TC, '腾冲 第八条(十五)'),
      unit(LN, '辽宁 第六条(六)'),
      unit(QD, '青岛 第七条(九)'),
    ],
  ),
  // Not on any mandatory list: offices, shops, private premises (国家 第九条, 第三十三条).
  place('other', '其他场所', 'Other places', []),
];

const loc = (
  code: string,
  nameZh: string,
  nameEn: string,
  prohibitedBy: ProhibitionEntry[] = [],
): LocationCategory => ({
  code,
  nameZh,
  nameEn,
  prohibitedBy,
});
const p = (profileId: TextId, article: string): ProhibitionEntry => ({ profileId, article });

// The bathroom/toilet/changing-room trio is in every text.
const SANITARY = (cn: string): ProhibitionEntry[] => [
  p(WH, '威海 第九条'),
  p(AH, '安徽 第八条(二)'),
  p(TC, '腾冲 第十四条(二)'),
  p(LN, '辽宁 第九条'),
  p(QD, '青岛 第九条第一款'),
  p(CN, cn),
];

/** Camera location categories: ordinary ones, then every prohibited one with its articles per text. */
export const LOCATION_CATEGORIES: readonly LocationCategory[] = [
  loc('entrance', '出入口', 'Entrance or exit'),
  loc('corridor', '通道、走廊', 'Passage or corridor'),
  loc('lobby', '大厅', 'Lobby or hall'),
  loc('parking_area', '停车区域', 'Parking area'),
  loc('road', '道路、路口', 'Road or junction'),
  loc('cash_counter', '收银台', 'Cash counter'),
  loc('perimeter', '周界、围墙', 'Perimeter'),
  loc('vehicle_interior', '交通工具内部', 'Vehicle interior'),
  loc('storage', '库房、金库', 'Store room or vault'),
  loc('public_area', '其他公共区域', 'Other public area'),
  loc('hotel_guest_room', '旅馆、宾馆、招待所、民宿客房内部', 'Hotel or guesthouse guest room', [
    p(WH, '威海 第九条'),
    p(AH, '安徽 第八条(一)'),
    p(TC, '腾冲 第十四条(一)'),
    p(LN, '辽宁 第九条'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(一)'),
  ]),
  loc('restaurant_private_room', '饭店包间内部', 'Restaurant private dining room', [p(CN, '国家 第八条(一)')]),
  loc('entertainment_private_room', '娱乐场所包房', 'Entertainment (KTV) private room', [p(TC, '腾冲 第十四条(一)')]),
  loc('student_dormitory', '学生宿舍房间内部', 'Student dormitory room', [
    p(WH, '威海 第九条'),
    p(AH, '安徽 第八条(一)'),
    p(TC, '腾冲 第十四条(二)'),
    p(LN, '辽宁 第九条'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(二)'),
  ]),
  loc('collective_dormitory', '集体宿舍、员工宿舍房间内部', 'Collective or staff dormitory room', [
    p(WH, '威海 第九条'),
    p(AH, '安徽 第八条(一)'),
    p(TC, '腾冲 第十四条(二)'),
    p(LN, '辽宁 第九条'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(二)'),
  ]),
  loc('staff_rest_room', '单位为内部人员提供休息服务的房间内部', 'Staff rest room', [p(CN, '国家 第八条(二)')]),
  loc('public_bathroom', '公共浴室', 'Public bathroom', SANITARY('国家 第八条(三)')),
  loc('toilet', '卫生间', 'Toilet', SANITARY('国家 第八条(三)')),
  loc('changing_room', '更衣室', 'Changing room', SANITARY('国家 第八条(三)')),
  loc('fitting_room', '试衣间', 'Fitting room', [
    p(AH, '安徽 第八条(二)'),
    p(TC, '腾冲 第十四条(二)'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(三)'),
  ]),
  loc('nursing_room', '哺乳室', 'Nursing room', [
    p(AH, '安徽 第八条(二)'),
    p(TC, '腾冲 第十四条(二)'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(三)'),
  ]),
  loc(
    'financial_operating_position',
    '金融、保险、证券机构可能泄露客户信息的操作部位',
    'Financial operating position exposing customer data',
    [p(AH, '安徽 第八条(三)'), p(TC, '腾冲 第十四条(三)')],
  ),
  loc('ballot_box_vicinity', '选举箱、投票点附近', 'Near a ballot box or polling point', [
    p(AH, '安徽 第八条(四)'),
    p(TC, '腾冲 第十四条(四)'),
  ]),
  loc('report_box_vicinity', '举报箱附近', 'Near a report (whistle-blowing) box', [
    p(AH, '安徽 第八条(四)'),
    p(TC, '腾冲 第十四条(四)'),
  ]),
  loc('other_privacy_area', '其他涉及个人隐私的区域', 'Other area where privacy can be filmed or overheard', [
    p(WH, '威海 第九条'),
    p(AH, '安徽 第八条(五)'),
    p(TC, '腾冲 第十四条(五)'),
    p(LN, '辽宁 第九条'),
    p(QD, '青岛 第九条第一款'),
    p(CN, '国家 第八条(四)'),
  ]),
];

/**
 * The articles that keep everyone but the government out of government-built zones; 腾冲 has none
 * (its 第十一条第三款 even encourages self-built systems that link to the police).
 */
export const GOVERNMENT_ZONE_ARTICLES: Readonly<Partial<Record<TextId, { article: string; textZh: string }>>> = {
  [WH]: { article: '威海 第八条第三款', textZh: '其他单位和个人不得擅自公共场所建设公共安全图像信息系统。' },
  [AH]: {
    article: '安徽 第九条第三款',
    textZh: '其他单位和个人，不得在涉及公共安全的场所、部位安装视频图像信息系统。',
  },
  [LN]: { article: '辽宁 第七条', textZh: '其他单位和个人不得在该区域建设公共安全视频图像信息系统。' },
  [QD]: { article: '青岛 第八条第三款', textZh: '其他单位和个人不得擅自在公共场所建设视频图像信息系统。' },
  [CN]: {
    article: '国家 第七条第三款',
    textZh: '除前两款规定的政府有关部门、负有经营管理责任的单位外，其他任何单位或者个人不得安装。',
  },
};

/** The place category with this code, if any. */
export function placeCategory(code: string): PlaceCategory | undefined {
  return PLACE_CATEGORIES.find((c) => c.code === code);
}

/** The location category with this code, if any. */
export function locationCategory(code: string): LocationCategory | undefined {
  return LOCATION_CATEGORIES.find((c) => c.code === code);
}

/** Location codes a text prohibits, for its prohibition rule. */
export function locationsProhibitedBy(profileId: TextId): string[] {
  return LOCATION_CATEGORIES.filter((l) => l.prohibitedBy.some((e) => e.profileId === profileId)).map((l) => l.code);
}
