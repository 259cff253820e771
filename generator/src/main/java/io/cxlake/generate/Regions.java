package io.cxlake.generate;

import java.util.List;

/** The six customer regions, five sites, and the planted queue/patience parameters. */
final class Regions {
  static final String[] SITES = {"TPE-1", "KHH-1", "SHA-1", "KUL-1", "SIN-1"};
  static final int TPE = 0;
  static final int KHH = 1;
  static final int SHA = 2;
  static final int KUL = 3;
  static final int SIN = 4;

  /** Lognormal sigma of patience, the same in every region so medians are comparable. */
  static final double PATIENCE_SIGMA = 0.8;
  /** Patience multiplier by queue priority 1..3 (premium callers expect fast service). */
  static final double[] PRIORITY_PATIENCE_FACTOR = {0.7, 1.0, 1.3};
  /** Offered-wait multiplier by priority 1..3 (higher priority jumps the queue). */
  static final double[] PRIORITY_WAIT_FACTOR = {0.5, 0.9, 1.15};

  private static final String[] TW_AGENTS_ZH = {"王", "陳", "林", "張", "李", "黃", "吳", "劉", "蔡", "楊"};
  private static final String[] TW_AGENTS_EN = {"Kevin", "Amy", "Jessica", "Eric", "Vivian", "Jason"};
  private static final String[] TW_COMPETITORS_ZH = {"中華電信", "台灣大哥大", "遠傳"};
  private static final String[] TW_COMPETITORS_EN = {"Chunghwa Telecom", "Taiwan Mobile", "FarEasTone"};
  private static final String[] TW_PLANS_ZH = {"4G 499吃到飽", "5G 599型", "5G 1399型", "月租188輕速方案", "5G 999型"};
  private static final String[] TW_PLANS_EN = {"499 unlimited plan", "5G 599 plan", "5G 1399 plan", "188 lite plan",
      "5G 999 plan"};

  static final List<RegionProfile> ALL = List.of(
      RegionProfile.builder(0, "Taipei").share(25).sites(new int[] {TPE}, 1)
          .queue(70, 22).languages(90, 0, 10, 0)
          .money(150, 1500, 10, "元", "NT$", "NT$")
          .places(new String[] {"信義區", "大安區", "內湖區", "板橋", "士林區", "中和"},
              new String[] {"Xinyi", "Da'an", "Neihu", "Banqiao", "Shilin", "Zhonghe"})
          .plans(TW_PLANS_ZH, TW_PLANS_EN).competitors(TW_COMPETITORS_ZH, TW_COMPETITORS_EN)
          .agentNames(TW_AGENTS_ZH, TW_AGENTS_EN)
          .pii(PiiType.TW_MOBILE, PiiType.TW_NATIONAL_ID, "AF", "gmail.com", "yahoo.com.tw", "hotmail.com")
          .build(),
      RegionProfile.builder(1, "Taichung").share(12).sites(new int[] {TPE, KHH}, 70, 30)
          .queue(85, 24).languages(92, 0, 8, 0)
          .money(150, 1500, 10, "元", "NT$", "NT$")
          .places(new String[] {"西屯區", "北屯區", "南屯區", "豐原", "大里", "逢甲"},
              new String[] {"Xitun", "Beitun", "Nantun", "Fengyuan", "Dali", "Fengjia"})
          .plans(TW_PLANS_ZH, TW_PLANS_EN).competitors(TW_COMPETITORS_ZH, TW_COMPETITORS_EN)
          .agentNames(TW_AGENTS_ZH, TW_AGENTS_EN)
          .pii(PiiType.TW_MOBILE, PiiType.TW_NATIONAL_ID, "BL", "gmail.com", "yahoo.com.tw", "hotmail.com")
          .build(),
      RegionProfile.builder(2, "Kaohsiung").share(12).sites(new int[] {KHH}, 1)
          .queue(95, 22).languages(93, 0, 7, 0)
          .money(150, 1500, 10, "元", "NT$", "NT$")
          .places(new String[] {"左營區", "三民區", "鳳山", "前鎮區", "苓雅區", "楠梓"},
              new String[] {"Zuoying", "Sanmin", "Fengshan", "Qianzhen", "Lingya", "Nanzi"})
          .plans(TW_PLANS_ZH, TW_PLANS_EN).competitors(TW_COMPETITORS_ZH, TW_COMPETITORS_EN)
          .agentNames(TW_AGENTS_ZH, TW_AGENTS_EN)
          .pii(PiiType.TW_MOBILE, PiiType.TW_NATIONAL_ID, "ES", "gmail.com", "yahoo.com.tw", "hotmail.com")
          .build(),
      RegionProfile.builder(3, "Shanghai").share(25).sites(new int[] {SHA}, 1)
          .queue(55, 28).languages(0, 97, 3, 0)
          .money(20, 300, 1, "元", "RMB ", "RMB ")
          .places(new String[] {"浦东新区", "徐汇区", "静安区", "闵行区", "杨浦区", "宝山区"},
              new String[] {"Pudong", "Xuhui", "Jing'an", "Minhang", "Yangpu", "Baoshan"})
          .plans(new String[] {"5G畅享套餐129元", "全球通88元套餐", "5G智享套餐199元", "19元大王卡", "5G尊享套餐299元"},
              new String[] {"5G 129 plan", "88 RMB plan", "5G 199 plan", "19 RMB data card", "5G 299 plan"})
          .competitors(new String[] {"中国移动", "中国联通", "中国电信"},
              new String[] {"China Mobile", "China Unicom", "China Telecom"})
          .agentNames(new String[] {"王", "李", "张", "刘", "陈", "杨", "赵", "周"},
              new String[] {"Lily", "David", "Coco", "Jack", "Wendy"})
          .pii(PiiType.CN_MOBILE, PiiType.CN_NATIONAL_ID, "", "qq.com", "163.com", "126.com")
          .build(),
      RegionProfile.builder(4, "Kuala Lumpur").share(13).sites(new int[] {KUL}, 1)
          .queue(140, 20).languages(0, 35, 50, 15)
          .money(20, 250, 1, "令吉", "RM", "RM")
          .places(new String[] {"八打灵再也", "蕉赖", "梳邦再也", "孟沙", "甲洞", "沙登"},
              new String[] {"Petaling Jaya", "Cheras", "Subang Jaya", "Bangsar", "Kepong", "Seri Kembangan"})
          .plans(new String[] {"Postpaid 68配套", "5G无限配套99", "Prepaid Go 35配套", "Family 128配套"},
              new String[] {"Postpaid 68", "5G Unlimited 99", "Prepaid Go 35", "Family 128"})
          .competitors(new String[] {"Maxis", "CelcomDigi", "U Mobile"},
              new String[] {"Maxis", "CelcomDigi", "U Mobile"})
          .agentNames(new String[] {"陈", "林", "黄", "李", "张"},
              new String[] {"Aisyah", "Ravi", "Mei Ling", "Hafiz", "Kavitha", "Wei Jie"})
          .pii(PiiType.MY_MOBILE, null, "", "gmail.com", "yahoo.com", "hotmail.my")
          .build(),
      RegionProfile.builder(5, "Singapore").share(13).sites(new int[] {SIN}, 1)
          .queue(110, 18).languages(0, 20, 70, 10)
          .money(15, 200, 1, "新币", "S$", "$")
          .places(new String[] {"裕廊西", "淡滨尼", "兀兰", "宏茂桥", "盛港", "勿洛"},
              new String[] {"Jurong West", "Tampines", "Woodlands", "Ang Mo Kio", "Sengkang", "Bedok"})
          .plans(new String[] {"5G SIM Only 60GB配套", "Combo 3配套", "XO Plus 98配套", "Lite 20配套"},
              new String[] {"5G SIM Only 60GB", "Combo 3", "XO Plus 98", "Lite 20"})
          .competitors(new String[] {"新电信", "星和", "M1"}, new String[] {"Singtel", "StarHub", "M1"})
          .agentNames(new String[] {"陈", "李", "黄", "林", "吴"},
              new String[] {"Rachel", "Jun Wei", "Siti", "Arun", "Michelle", "Darren"})
          .pii(PiiType.SG_MOBILE, null, "", "gmail.com", "singnet.com.sg", "hotmail.com")
          .build());

  private Regions() {
  }

  static Weighted customerMix() {
    double[] w = new double[ALL.size()];
    for (RegionProfile r : ALL) {
      w[r.index] = r.share;
    }
    return new Weighted(w);
  }

  /** Patience median of a priority (1..3) in a region, the value planted in ground_truth.json. */
  static double patienceMedian(RegionProfile r, int priority) {
    return r.patienceMedianSeconds * PRIORITY_PATIENCE_FACTOR[priority - 1];
  }
}
