/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-sample-names.c: the sample data's vocabulary: categories with their items' price
 * and quantity ranges, English and Chinese company names, contact people, evaluators and
 * the phrases of incidents, feedback and ratings. Data, not user interface: not translated. */
#define G_LOG_DOMAIN "tiers-sample"

#include "config.h"

#include <string.h>

#include "tiers-sample-private.h"

const TiersSampleCategory tiers_sample_categories[] = {
  { "Fasteners", "FST", "Fasteners", "紧固件", "fasteners", 0.03, 1.60, 2000, 50000, 500, FALSE },
  { "Castings", "CST", "Foundry", "铸造", "foundry", 18, 420, 50, 800, 10, FALSE },
  { "Electronics", "ELC", "Electronics", "电子", "electronics", 0.40, 65, 200, 5000, 100, FALSE },
  { "Packaging", "PKG", "Packaging", "包装材料", "packaging", 0.25, 12, 500, 20000, 500, FALSE },
  { "Chemicals", "CHM", "Chemicals", "化工", "chem", 6, 120, 100, 2000, 50, FALSE },
  { "Machined parts", "MCH", "Precision", "精密机械", "precision", 4, 260, 50, 1500, 10, FALSE },
  { "Logistics services", "LOG", "Logistics", "物流", "logistics", 650, 9000, 1, 12, 1, TRUE },
};
const guint tiers_sample_n_categories = G_N_ELEMENTS (tiers_sample_categories);

typedef struct
{
  const char *suffix;
  const char *tld;
  const char *phone_prefix;  /* four digits follow */
} Country;

/* Phone numbers from ranges set aside for drama and examples where the country has one. */
static const Country countries[] = {
  { "Ltd", "co.uk", "+44 121 496" },
  { "Inc.", "com", "+1 312 555" },
  { "LLC", "com", "+1 614 555" },
  { "GmbH", "de", "+49 30 2390" },
  { "S.r.l.", "it", "+39 02 5550" },
  { "Pty Ltd", "com.au", "+61 2 5550" },
};

static const char *english_stems[] = {
  "Northbridge", "Apex", "Summit", "Harbor", "Redwood", "Keystone", "Meridian", "Bluewater",
  "Ironclad", "Silverline", "Westfield", "Crescent", "Pioneer", "Granite", "Evergreen",
  "Atlas", "Beacon", "Falcon", "Sterling", "Oakridge", "Riverside", "Lakeshore", "Hawthorne",
  "Brightwater", "Cobalt", "Ashford", "Kingsbury", "Millbrook", "Norwood", "Highgate",
  "Stonebridge", "Whitmore", "Fairview", "Larchmont", "Carrington", "Thornbury", "Broadway",
  "Clearwater", "Dunmore", "Elmwood",
};

static const char *first_names[] = {
  "James", "Sarah", "Michael", "Emma", "David", "Laura", "Thomas", "Anna", "Robert",
  "Julia", "Peter", "Claire", "Daniel", "Sophie", "Mark", "Helen",
};

static const char *last_names[] = {
  "Miller", "Schmidt", "Johnson", "Brown", "Wilson", "Rossi", "Taylor", "Becker", "Clarke",
  "Evans", "Fischer", "Moore", "Bianchi", "Walker", "Hughes", "Wagner",
};

typedef struct
{
  const char *hanzi;
  const char *pinyin;
} Word;

typedef struct
{
  const char *hanzi;
  const char *pinyin;
  const char *area_code;
} City;

static const City cities[] = {
  { "宁波", "ningbo", "574" }, { "苏州", "suzhou", "512" }, { "东莞", "dongguan", "769" },
  { "温州", "wenzhou", "577" }, { "无锡", "wuxi", "510" }, { "佛山", "foshan", "757" },
  { "青岛", "qingdao", "532" }, { "天津", "tianjin", "22" }, { "常州", "changzhou", "519" },
  { "嘉兴", "jiaxing", "573" },
};

static const Word trade_names[] = {
  { "恒达", "hengda" }, { "华信", "huaxin" }, { "永盛", "yongsheng" }, { "金鑫", "jinxin" },
  { "宏远", "hongyuan" }, { "鼎立", "dingli" }, { "瑞丰", "ruifeng" }, { "联创", "lianchuang" },
  { "嘉诚", "jiacheng" }, { "新宇", "xinyu" }, { "博远", "boyuan" }, { "众合", "zhonghe" },
  { "天润", "tianrun" }, { "腾飞", "tengfei" }, { "精工", "jinggong" }, { "卓越", "zhuoyue" },
  { "通达", "tongda" }, { "顺昌", "shunchang" }, { "泰和", "taihe" }, { "明辉", "minghui" },
  { "立信", "lixin" }, { "汇丰源", "huifengyuan" }, { "东升", "dongsheng" }, { "锦泰", "jintai" },
};

static const Word surnames[] = {
  { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" },
  { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "周", "zhou" }, { "吴", "wu" },
  { "徐", "xu" }, { "孙", "sun" },
};

static const Word given_names[] = {
  { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" }, { "静", "jing" },
  { "强", "qiang" }, { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" }, { "勇", "yong" },
  { "艳", "yan" }, { "杰", "jie" }, { "建国", "jianguo" }, { "晓燕", "xiaoyan" },
  { "志明", "zhiming" }, { "丽华", "lihua" },
};

static const char *evaluators[] = {
  "Li Wei", "Sarah Miller", "Zhang Min", "Tom Becker", "Chen Jing", "Wang Fang",
};

static const char *minor_texts[] = {
  "Labels without batch number",
  "Outer cartons damaged, parts intact",
  "Certificate of conformity sent late",
  "Delivery note quantity did not match the boxes",
  "Mixed lots in one carton",
  "Slight surface scratches, accepted with deviation",
};

static const char *major_texts[] = {
  "Dimensions out of tolerance, lot sorted at our cost",
  "Wrong item revision delivered",
  "Corrosion found at incoming inspection",
  "Shipment missed the confirmed date, production rescheduled",
  "Hardness below specification in sample test",
  "Missing parts in sealed packs",
};

static const char *critical_texts[] = {
  "Assembly line stopped waiting for parts",
  "Customer complaint traced to a supplier defect",
  "Material substituted without approval",
  "Safety-relevant characteristic out of specification",
};

/* A carrier's incidents are about transport, not parts. */
static const char *transport_minor_texts[] = {
  "Delivery slot missed by two hours",
  "Proof of delivery missing",
  "Driver without required safety shoes",
};

static const char *transport_major_texts[] = {
  "Goods damaged in transit",
  "Shipment delivered to the wrong plant",
  "Temperature log missing for chemicals transport",
};

static const char *transport_critical_texts[] = {
  "Truck did not show up, assembly line stopped",
  "Load fell over in transit, total loss",
};

static const char *praise[] = {
  "Very responsive, replacement sent the next day",
  "Clear communication on the delivery schedule",
  "Proactive about capacity issues",
  "Quick, complete answers to technical questions",
};

static const char *neutral[] = {
  "Answered within the day, documentation incomplete",
  "Acceptable, but needed a reminder",
  "Solved the issue, slow to confirm dates",
};

static const char *complaints[] = {
  "Had to escalate twice before getting an answer",
  "No reply to the 8D request for a week",
  "Contact person changed again, no handover",
  "Promised call-back never came",
};

static const char *rating_praise[] = {
  "Flexible with urgent orders",
  "Joins improvement meetings, shares data openly",
  "Easy to work with",
};

static const char *rating_complaints[] = {
  "Resists schedule changes",
  "Needs several reminders for every action",
  "Slow to sign the quality agreement",
};

#define PICK(rng, list) ((list)[tiers_sample_rng_below ((rng), G_N_ELEMENTS (list))])

/* A family name ("Apex", "恒达") not yet taken, while there are free ones: two sample
 * suppliers called Apex would pass for sister companies. */
static gboolean
family_name_taken (GHashTable *used,
                   const char *family,
                   int         tries)
{
  g_autofree char *key = g_strconcat ("family:", family, NULL);

  return tries < 25 && g_hash_table_contains (used, key);
}

static void
take_family_name (GHashTable *used,
                  const char *family)
{
  g_hash_table_add (used, g_strconcat ("family:", family, NULL));
}

static void
make_english (TiersSampleRng            *rng,
              const TiersSampleCategory *category,
              GHashTable                *used,
              guint                      number,
              TiersSampleIdentity       *identity)
{
  const Country *country = &countries[0];
  const char *first = PICK (rng, first_names);
  const char *last = PICK (rng, last_names);
  const char *stem = NULL;
  g_autofree char *mailbox = NULL;

  /* A few tries find a free name; past that a branch number keeps names unique. */
  for (int tries = 0; identity->name == NULL || g_hash_table_contains (used, identity->name);
       tries++)
    {
      g_clear_pointer (&identity->name, g_free);
      country = &PICK (rng, countries);
      stem = PICK (rng, english_stems);
      if (family_name_taken (used, stem, tries))
        continue;
      identity->name = g_strdup_printf ("%s %s %s", stem, category->word_en, country->suffix);
      if (tries >= 50 && g_hash_table_contains (used, identity->name))
        {
          g_autofree char *plain = identity->name;
          identity->name = g_strdup_printf ("%s (%u)", plain, number);
        }
    }
  take_family_name (used, stem);
  identity->contact = g_strdup_printf ("%s %s", first, last);
  mailbox = g_strdup_printf ("%c.%s@%s-%s.%s", first[0], last, stem, category->word_domain,
                             country->tld);
  identity->email = g_ascii_strdown (mailbox, -1);
  identity->phone = g_strdup_printf ("%s %04u", country->phone_prefix,
                                     100 + tiers_sample_rng_below (rng, 9900));
}

static void
make_chinese (TiersSampleRng            *rng,
              const TiersSampleCategory *category,
              GHashTable                *used,
              guint                      number,
              TiersSampleIdentity       *identity)
{
  const City *city = NULL;
  const Word *trade = NULL;
  const Word *surname = &PICK (rng, surnames);
  const Word *given = &PICK (rng, given_names);

  for (int tries = 0; identity->name == NULL || g_hash_table_contains (used, identity->name);
       tries++)
    {
      g_clear_pointer (&identity->name, g_free);
      city = &PICK (rng, cities);
      trade = &PICK (rng, trade_names);
      if (family_name_taken (used, trade->hanzi, tries))
        continue;
      if (tries < 50)
        identity->name = g_strdup_printf ("%s%s%s有限公司", city->hanzi, trade->hanzi,
                                          category->word_zh);
      else
        identity->name = g_strdup_printf ("%s%s%s有限公司第%u分公司", city->hanzi,
                                          trade->hanzi, category->word_zh, number);
    }
  take_family_name (used, trade->hanzi);
  identity->contact = g_strdup_printf ("%s%s", surname->hanzi, given->hanzi);
  identity->email = g_strdup_printf ("%s%s@%s-%s.com.cn", surname->pinyin, given->pinyin,
                                     trade->pinyin, city->pinyin);
  /* Half give their desk phone, half a mobile number. */
  if (tiers_sample_rng_chance (rng, 0.5))
    identity->phone = g_strdup_printf ("+86 %s %u%03u %04u", city->area_code,
                                       6 + tiers_sample_rng_below (rng, 3),
                                       tiers_sample_rng_below (rng, 1000),
                                       tiers_sample_rng_below (rng, 10000));
  else
    identity->phone = g_strdup_printf ("+86 13%u %04u %04u", tiers_sample_rng_below (rng, 10),
                                       tiers_sample_rng_below (rng, 10000),
                                       tiers_sample_rng_below (rng, 10000));
}

void
tiers_sample_identity_make (TiersSampleRng            *rng,
                            const TiersSampleCategory *category,
                            GHashTable                *used,
                            guint                      number,
                            TiersSampleIdentity       *identity)
{
  memset (identity, 0, sizeof *identity);
  if (tiers_sample_rng_chance (rng, 0.55))
    make_chinese (rng, category, used, number, identity);
  else
    make_english (rng, category, used, number, identity);
  g_hash_table_add (used, g_strdup (identity->name));
}

void
tiers_sample_identity_clear (TiersSampleIdentity *identity)
{
  g_clear_pointer (&identity->name, g_free);
  g_clear_pointer (&identity->contact, g_free);
  g_clear_pointer (&identity->email, g_free);
  g_clear_pointer (&identity->phone, g_free);
}

const char *
tiers_sample_severity_name (TiersSampleSeverity severity)
{
  switch (severity)
    {
    case TIERS_SAMPLE_MINOR: return "minor";
    case TIERS_SAMPLE_MAJOR: return "major";
    case TIERS_SAMPLE_CRITICAL: return "critical";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
tiers_sample_incident_text (TiersSampleRng            *rng,
                            const TiersSampleCategory *category,
                            TiersSampleSeverity        severity)
{
  gboolean transport = category->transport;

  switch (severity)
    {
    case TIERS_SAMPLE_MINOR:
      return transport ? PICK (rng, transport_minor_texts) : PICK (rng, minor_texts);
    case TIERS_SAMPLE_MAJOR:
      return transport ? PICK (rng, transport_major_texts) : PICK (rng, major_texts);
    case TIERS_SAMPLE_CRITICAL:
      return transport ? PICK (rng, transport_critical_texts) : PICK (rng, critical_texts);
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
tiers_sample_feedback_comment (TiersSampleRng *rng,
                               double          rating)
{
  if (tiers_sample_rng_chance (rng, 0.35))
    return NULL;
  if (rating >= 4.2)
    return PICK (rng, praise);
  if (rating >= 3)
    return PICK (rng, neutral);
  return PICK (rng, complaints);
}

const char *
tiers_sample_rating_comment (TiersSampleRng *rng,
                             double          rating)
{
  if (tiers_sample_rng_chance (rng, 0.6))
    return NULL;
  if (rating >= 4)
    return PICK (rng, rating_praise);
  if (rating < 3)
    return PICK (rng, rating_complaints);
  return NULL;
}

guint
tiers_sample_n_evaluators (void)
{
  return G_N_ELEMENTS (evaluators);
}

const char *
tiers_sample_evaluator (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (evaluators), NULL);
  return evaluators[index];
}
