/**
 * Tables from the Leicestershire County Council Market Position Statement "Mapping the Adult Social Care
 * Market in Leicestershire" (May 2013), kept exactly as published, as an example dataset. Figures are
 * POPPI/PANSI outputs (December 2012) and RAP returns 2011/12. `null` marks a cell the report suppressed ("~").
 */
export const LEICESTERSHIRE_MPS_2013 = {
  source: 'Leicestershire County Council, Market Position Statement: Mapping the Adult Social Care Market in Leicestershire (May 2013)',
  /** Section 2.1: people aged 65+ receiving community-based services; self-funders "based on Forder's estimates (19%)". */
  communityServices65: {
    years: [2012, 2015, 2020],
    laFunded: [10868, 11959, 13322],
    selfFunded: [2549, 2805, 3125],
    total: [13417, 14764, 16447],
    selfFunderShare: '0.19',
    statedIncrease2012to2020: '22.6',
  },
  /** Section 2.1a: people aged 18-64 receiving LA-funded support (PANSI). */
  adults18to64: {
    years: [2012, 2015, 2020],
    communityBased: [810, 816, 830],
    residentialAndNursing: [560, 565, 574],
  },
  /**
   * Section 2.1b: people aged 65+ by user group and service, 2012 (RAP 2011/12) and 2013 (POPPI
   * projection). Columns: total, homecare, daycare, meals, short-term residential (not respite), direct
   * payments, other.
   */
  userGroups65: {
    services: ['Total', 'Homecare', 'Daycare', 'Meals', 'Short term residential (not respite)', 'Direct payments', 'Other'],
    rows: [
      { group: 'Physical disability, frailty and sensory impairment', 2012: [8655, 6141, 650, 771, 229, 816, 26], 2013: [8977, 6370, 674, 800, 238, 846, 27] },
      { group: 'Mental health', 2012: [985, 694, 267, 163, 91, 145, 20], 2013: [1022, 720, 277, 169, 94, 150, 21] },
      { group: 'Learning disability', 2012: [58, 39, 34, null, null, null, 18], 2013: [60, 40, 35, null, null, null, 19] },
      { group: 'Total', 2012: [9698, 6874, 951, 936, 321, 965, 64], 2013: [10059, 7130, 986, 971, 333, 1001, 66] },
    ],
  },
  /** Section 2.1b: people aged 65+ predicted to live alone (POPPI). The "Increase" column is 2012 ÷ 2030. */
  livingAlone: {
    years: [2012, 2015, 2020, 2025, 2030],
    rows: [
      { group: 'Males aged 65-74', values: [6540, 7260, 7700, 7700, 8640], statedIncrease: '75.7' },
      { group: 'Males aged 75 and over', values: [8024, 8942, 10778, 13634, 15368], statedIncrease: '52.2' },
      { group: 'Females aged 65-74', values: [10320, 11520, 12240, 12090, 13440], statedIncrease: '76.8' },
      { group: 'Females aged 75 and over', values: [20008, 21411, 24644, 30012, 33672], statedIncrease: '59.4' },
      { group: 'Total population aged 65-74', values: [16860, 18780, 19940, 19790, 22080], statedIncrease: '76.4' },
      { group: 'Total population aged 75 and over', values: [28032, 30353, 35422, 43646, 49040], statedIncrease: '57.2' },
    ],
  },
  /** Section 2.3: people aged 65+ with dementia by district (POPPI). The "% Increase" column is 2012 ÷ 2030. */
  dementiaByDistrict: {
    years: [2012, 2015, 2020, 2025, 2030],
    rows: [
      { area: 'Blaby', values: [1249, 1380, 1662, 1932, 2298], statedIncrease: '54.4' },
      { area: 'Charnwood', values: [1998, 2170, 2560, 3032, 3637], statedIncrease: '54.9' },
      { area: 'Harborough', values: [1150, 1301, 1553, 1901, 2332], statedIncrease: '49.3' },
      { area: 'Hinckley and Bosworth', values: [1387, 1523, 1822, 2174, 2615], statedIncrease: '53.0' },
      { area: 'Melton', values: [658, 755, 873, 1084, 1274], statedIncrease: '51.6' },
      { area: 'North West Leics', values: [1154, 1226, 1472, 1752, 2102], statedIncrease: '54.9' },
      { area: 'Oadby and Wigston', values: [885, 948, 1112, 1285, 1421], statedIncrease: '62.3' },
      { area: 'Leicestershire', values: [8483, 9371, 11007, 13168, 15697], statedIncrease: '54.0' },
    ],
  },
  /** Section 2.0: people aged 65+ are estimated to increase by 64,700 or 52% from 2012 to 2030. */
  population65: { increase2012to2030: 64700, statedIncreasePercent: '52' },
} as const;
