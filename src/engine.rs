//! The masking engine: classifies each sheet, then masks rows in parallel chunks (rayon), keeping order so
//! the output is byte-identical at any thread count.
//!
//! Per cell: a column of a personal kind masks every non-empty cell (even when validation fails: a
//! mistyped ID is still someone's ID); any other text is scanned as free text and only the personal spans
//! are masked. Names found in name columns are searched for in every other cell of the file.

use crate::columns::{self, Layout};
use crate::date::Date;
use crate::detect::digits::{self, normalize_strict};
use crate::detect::name::NameDetector;
use crate::detect::{Detectors, Finding, Kind, KnownNames, Status, id_card, phone};
use crate::error::{Error, Result};
use crate::mask;
use crate::patterns::{Patterns, normalize_header};
use crate::policy::{Action, Policy, Rule};
use crate::report::{Event, Note, SheetStats};
use crate::table::{Cell, Sheet, Workbook, float_text};
use rayon::prelude::*;
use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A punitive disclosure (惩戒公示): the names of the disclosed persons stay readable.
/// Only command-line flags construct this; no policy file or environment variable can.
#[derive(Debug, Clone)]
pub struct Punitive {
    /// The legal basis cited (required, non-empty).
    pub legal_basis: String,
    /// Restricts the scope to rows where the column with this header equals this value.
    pub rows: Option<(String, String)>,
}

impl Punitive {
    /// Checks the basis and builds the scope.
    pub fn new(legal_basis: Option<&str>, rows: Option<&str>) -> Result<Punitive> {
        let basis = legal_basis.map(str::trim).unwrap_or("");
        if basis.is_empty() {
            return Err(Error::Punitive(
                "--punitive needs --legal-basis citing the rule that allows naming the persons (e.g. \"《社会救助暂行办法》第六十八条\"); nothing was written".into(),
            ));
        }
        let rows = match rows {
            None => None,
            Some(s) => {
                let (c, v) =
                    s.split_once('=').ok_or_else(|| Error::Punitive("--punitive-rows takes COLUMN=VALUE".into()))?;
                if c.trim().is_empty() {
                    return Err(Error::Punitive("--punitive-rows takes COLUMN=VALUE".into()));
                }
                Some((c.trim().to_string(), v.trim().to_string()))
            }
        };
        Ok(Punitive { legal_basis: basis.to_string(), rows })
    }
}

/// Options of one masking run.
#[derive(Clone)]
pub struct MaskOptions {
    pub policy: Policy,
    pub punitive: Option<Punitive>,
    /// The date ages are computed on (minors).
    pub as_of: Date,
    /// Rows per parallel chunk.
    pub chunk_rows: usize,
    /// Set by a signal handler: the run stops at the next chunk and writes nothing.
    pub interrupt: Option<Arc<AtomicBool>>,
}

impl Default for MaskOptions {
    fn default() -> Self {
        MaskOptions {
            policy: Policy::default(),
            punitive: None,
            as_of: Date::today(),
            chunk_rows: 4096,
            interrupt: None,
        }
    }
}

impl Default for Policy {
    fn default() -> Self {
        // The embedded default is tested to parse; fall back to the built-in rules if it somehow does not.
        Policy::parse(include_str!("../patterns/policy.toml"), "default").unwrap_or(Policy {
            allow: Vec::new(),
            kinds: Default::default(),
            columns: Vec::new(),
        })
    }
}

/// What the engine decided for one sheet.
#[derive(Debug, Clone)]
pub struct Plan {
    pub layout: Layout,
    /// Columns holding the row's own ID (for the minor check).
    pub id_cols: Vec<usize>,
    /// Each name column with the ID column that belongs to it (姓名 → 身份证号, 家庭成员 → 成员身份证号).
    pub name_ids: Vec<(usize, Option<usize>)>,
    /// Punitive scope column and value in this sheet.
    pub scope_col: Option<(usize, String)>,
    /// The name columns that hold a punitive notice's subjects (`subject_columns`).
    pub subject_cols: Vec<usize>,
    pub width: usize,
    /// Policy rules by column (from the column's header), resolved once.
    pub col_rules: Vec<Option<Rule>>,
    /// Columns of a unit below the village (村民小组, 自然村), hidden whole unless the policy sets a rule: a cell
    /// that names its village too (红旗村11组) keeps the village.
    pub below_village: Vec<usize>,
    /// Public columns of the village or community (村（社区）, 所在村): a value that goes on below it (高庙村5组)
    /// keeps the village and hides the rest, as an address does.
    pub village_cols: Vec<usize>,
    /// Those of them that name a place far from home (籍贯, 子女外出地): a value that goes below the town with no
    /// village to cut at (…街道佳利电子厂员工宿舍C栋296) is cut as an address.
    pub far_place_cols: Vec<usize>,
    /// The sheet has a name column (minor checks are needed).
    pub has_names: bool,
    /// Each phone column with the name column it belongs to (`columns::phone_owners`).
    pub phone_owners: Vec<(usize, usize)>,
    /// Phone columns whose header names an office's phone (`columns::office_phone_columns`).
    pub office_phone_cols: Vec<usize>,
    /// Text columns on one other person (父亲情况, 母亲情况: 母鹏，2016年务工时失联): a cell's first clause, when
    /// it reads as a name, is that person's name.
    pub person_note_cols: Vec<usize>,
    /// Columns of an organisation's code (机构统一社会信用代码): a valid code stays, even in digits alone.
    pub org_code_cols: Vec<usize>,
    /// Columns of records' own codes (户编号, 业务流水号, 行政区划代码, 发票号): see `digits::is_labelled_record_code`.
    pub record_code_cols: Vec<usize>,
    /// Columns of numbers by their header (年龄, 金额, 人数, 日期): words of three Han characters or more in one
    /// are no value of theirs, and are read as text (`numeric_header`, `numeric_as_text`).
    pub numeric_cols: Vec<usize>,
    /// Health columns of a rehabilitation's services (康复项目, 康复内容): a cell naming only a service every
    /// disabled child may get is kept (`generic_rehab_service`).
    pub service_cols: Vec<usize>,
    /// Health columns whose header names death (子女伤残/死亡情况): 死亡 there is the column's record, not a blank
    /// (`health_blank_in`).
    pub death_cols: Vec<usize>,
    /// ID columns whose header names the person too (救助对象（姓名+身份证）, 户主姓名/身份证号, `named_id_header`):
    /// a cell with no ID that opens with a name is a name cell's (`named_id_name`).
    pub named_id_cols: Vec<usize>,
    /// Unique per plan (and so per run and sheet): keys the per-thread free-text cache.
    pub id: u64,
    /// The sheet's other tables, each with its own header and plan.
    pub sections: Vec<Section>,
}

/// A table of its own within a sheet: rows `start..end` (its header first) are read by `plan`, row `start` being
/// the plan's row 0.
#[derive(Debug, Clone)]
pub struct Section {
    pub start: usize,
    pub end: usize,
    pub plan: Box<Plan>,
}

/// Rows `start..end` of `sheet` as a sheet of their own, with the merges that lie within them.
fn sub_sheet(sheet: &Sheet, start: usize, end: usize) -> Sheet {
    let end = end.max(start);
    let merges = sheet
        .merges
        .iter()
        .filter(|m| m.first_row as usize >= start && (m.last_row as usize) < end)
        .map(|m| crate::table::Merge {
            first_row: m.first_row - start as u32,
            last_row: m.last_row - start as u32,
            ..*m
        })
        .collect();
    Sheet { name: sheet.name.clone(), rows: sheet.rows[start..end].to_vec(), merges, hidden: sheet.hidden }
}

impl Plan {
    /// The plan that reads row `r`, and `r` as that plan counts it.
    pub fn at(&self, r: usize) -> (&Plan, usize) {
        self.sections.iter().find(|s| (s.start..s.end).contains(&r)).map_or((self, r), |s| (&s.plan, r - s.start))
    }

    /// The plan of the rows past the first ones a streamed CSV was planned on: the last table's.
    pub fn tail(&self) -> &Plan {
        self.sections.last().filter(|s| s.end == usize::MAX).map_or(self, |s| &s.plan)
    }

    /// First data row (after the header).
    pub fn data_start(&self) -> usize {
        self.layout.header_row.map_or(0, |h| h + 1)
    }
}

/// A header of a text column on one other person than the row's: a parent, a spouse or a guardian, and what
/// became of them (父亲情况, 母亲现状, 配偶情况).
fn person_note_header(h: &str) -> bool {
    const WHO: [&str; 7] = ["父亲", "母亲", "配偶", "丈夫", "妻子", "监护人", "赡养人"];
    const WHAT: [&str; 4] = ["情况", "状况", "现状", "去向"];
    let h = normalize_header(h);
    WHO.iter().any(|w| h.contains(w)) && WHAT.iter().any(|w| h.contains(w))
}

/// A header of a column whose values are numbers, counts or dates (年龄, 补助金额（元）, 家庭人口, 入院日期): a
/// second table's names that sit under it (被探视老人 over the first table's 年龄, set AZ5) are no category's
/// words; a cell there of three Han characters or more is read as text (`numeric_as_text`).
pub(crate) fn numeric_header(h: &str) -> bool {
    // (Not 标准 or 月份: 补助标准 | 高标准 and 发放月份 | 白露 hold words.)
    // (Nor 序号: a form's lines of income, 工资性收入, stand under a members' table's 序号.)
    const NUMBERS: [&str; 8] = ["年龄", "金额", "人数", "人口", "户数", "(元)", "元)", "日期"];
    let h = normalize_header(h);
    NUMBERS.iter().any(|w| h.contains(w)) && !["姓名", "名单", "人员", "对象", "类别"].iter().any(|w| h.contains(w))
}

/// A header of a column of records' codes (户编号, 家庭编号, 业务流水号, 行政区划代码): not of a certificate, a card,
/// an account or a phone (残疾证编号, 卡号 are read by their own rules).
pub(crate) fn record_code_header(h: &str) -> bool {
    // (Only a household's or a transaction's number, or a place's code: 人员编号, 个人编号, 残疾人编号 and the like
    // often hold a person's ID or insurance number.)
    // (住院号 is a patient's number at a hospital: health, by its header.)
    // (银行回单号 and 交易号 are a transfer's reference at the bank, set AJ2.)
    // (信访件编号, 工单编号: a petition's or a hotline call's number, set AS3.)
    // (受理编号 | YMSL-620522-2024-0135, 个案编号: a window's or a case's number, set BR3.)
    // (系统编号 | 42050220249006, XTBH | TK-420503-2024-0354: a record's number in the ministry's system, set BV6.)
    const CODES: [&str; 21] = [
        "系统编号",
        "xtbh",
        "受理编号",
        "受理号",
        "个案编号",
        "案件编号",
        "申请编号",
        "业务编号",
        "户编号",
        "家庭编号",
        "流水号",
        "区划代码",
        "发票号",
        "票据号",
        "回单号",
        "交易号",
        "凭证号",
        "信访件编号",
        "信访编号",
        "工单编号",
        "工单号",
    ];
    // (个人编号, 社保编号, 医保编号: a person's number at the social or medical insurance, which masking hides.)
    const PERSONAL: [&str; 11] = ["证", "卡", "账", "身份", "电话", "手机", "户口", "个人", "社保", "医保", "参保"];
    // (低保证编号 | 6205222024001007, 救助证号: a benefit certificate's number is the household's, public as the
    // benefit is, set BT5; 证 alone is no certificate of a benefit.)
    const BENEFIT_CERTS: [&str; 6] = ["低保证", "低保金证", "救助证", "供养证", "五保证", "特困证"];
    const NOT_BENEFIT: [&str; 5] = ["身份", "残疾", "卡", "账", "电话"];
    let h = normalize_header(h);
    let benefit =
        BENEFIT_CERTS.iter().any(|w| h.contains(w)) && h.ends_with('号') && !NOT_BENEFIT.iter().any(|w| h.contains(w));
    benefit || CODES.iter().any(|w| h.contains(w)) && !PERSONAL.iter().any(|w| h.contains(w))
}

/// Whether a cell of a record-code column holds a record's code (`digits::is_labelled_record_code`). A number
/// Excel stored keeps fifteen digits exactly; a longer one has lost its last digits, and a card's first fifteen
/// would show, so it is masked.
pub(crate) fn record_code_cell(cell: &Cell, text: &str) -> bool {
    let exact = match cell {
        Cell::Text(_) => true,
        Cell::Int(_) | Cell::Float(_) => text.trim().len() <= 15,
        _ => false,
    };
    // (No.34122623884756: a receipt's number after its mark, set AU4.)
    let text = ["No.", "NO.", "no.", "No:", "NO:", "No", "NO", "№"]
        .iter()
        .find_map(|p| text.trim().strip_prefix(p))
        .map_or(text, str::trim_start);
    // (冀财非税0321611582: a receipt's series before its number, set AG6.)
    let series = text.trim().trim_start_matches(|c: char| crate::detect::is_han(c));
    let head = &text.trim()[..text.trim().len() - series.len()];
    let series_ok = (2..=8).contains(&head.chars().count())
        && ["非税", "财", "票", "收", "字", "缴"].iter().any(|w| head.ends_with(w));
    exact
        && (digits::is_labelled_record_code(text)
            || (series_ok && digits::is_series_number(series))
            || lettered_record_code(text))
}

/// YMSL-620522-2024-0135, SJW2024-Q3-14: a code that opens with its series' letters, in groups of eight characters
/// at most, whose digits read together are a record's number too (no ID, phone or card split into groups).
fn lettered_record_code(text: &str) -> bool {
    let t = text.trim();
    let letters = t.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    (1..=6).contains(&letters)
        && !digits.is_empty()
        && t.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        // (DB420502202409458: or the letters and the number in one group, set BV6.)
        && t.split('-').enumerate().all(|(k, g)| g.len() <= 8 || (k == 0 && g.len() <= 24))
        && (digits.len() < 7 || digits::is_labelled_record_code(&digits))
}

/// What the name columns of some rows give pass 1, borrowed from the rows.
#[derive(Default)]
struct NamesFound<'a> {
    /// Each name, with whether it is a minor's.
    names: Vec<(&'a str, bool)>,
    /// (institution, landline digits, the name cell beside it) triples.
    phones: Vec<(&'a str, String, &'a str)>,
    /// Landlines printed beside an institution's name.
    landlines: Vec<String>,
    /// Landlines given for the home itself (true) or beside a person (false), see [`Masker::contact_landlines`].
    contacts: Vec<(String, bool)>,
}

impl NamesFound<'_> {
    fn add_to(self, known: &mut KnownNames) {
        for (run, minor) in self.names {
            if minor {
                known.insert_minor(run);
            } else {
                known.insert(run);
            }
        }
        for (inst, digits, person) in self.phones {
            known.add_institution_phone(inst, &digits, person);
        }
        for digits in self.landlines {
            known.add_institution_landline(&digits);
        }
        for (digits, home) in self.contacts {
            add_contact_landline(known, &digits, home);
        }
    }
}

fn add_contact_landline(known: &mut KnownNames, digits: &str, home: bool) {
    if home {
        known.add_home_landline(digits);
    } else {
        known.add_person_landline(digits);
    }
}

/// Whether an address cell was masked already: it ends with the address marker, or with the marker and a phone
/// masked already (…高沟村***/195****4835, …村***，电话130****0774), so that masking the output again changes
/// nothing. A run of five digits after the marker is a number still readable: not masked.
fn masked_address_and_phone(text: &str) -> bool {
    let marker = crate::detect::address::MARKER;
    let Some(at) = text.find(marker) else { return false };
    let after = &text[at + marker.len()..];
    let after = after.replace("联系电话", "").replace("电话", "").replace("手机", "");
    after.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "*-－/／，,：:（）()+".contains(c))
        && (after.trim().is_empty() || after.contains('*'))
        && longest_digit_run(&after) < 5
}

/// The masking engine: detectors and patterns built once, shared by all workers.
pub struct Masker {
    pub det: Detectors,
    pub pats: Patterns,
    pub opts: MaskOptions,
    /// The policy's rule for each kind (by `Kind as usize`), looked up once: masking asks for one per finding.
    kind_rules: Vec<Rule>,
}

/// Values that stand for "no one" or "this person" in any column (单人户 in 家庭成员 is no 单 family).
/// (A 照料人 column of a care home says who cares instead of naming someone: 本人自理, 院内统一照料; a 居住地
/// column says 同户籍地 when the person lives where registered.)
const PLACEHOLDERS: [&str; 409] = [
    "无",
    // (Set BB4: 领款签字 | 代, signed by a proxy. Sets BB2, BB6: what a stranger would not or could not say, and
    // a whole class for a person, 涉及人员 | 全部对象.)
    "代",
    "拒绝告知",
    "不愿告知",
    "拒绝透露",
    "未能表述",
    "无法表述",
    "表述不清",
    "全部对象",
    "全体对象",
    "全乡镇",
    // (审核人： | 同意: an opinion after a footer's role, whose cell is read as a name's, set BB2's review.)
    "同意",
    "不同意",
    "属实",
    "情况属实",
    // (Set BA2: 家庭成员情况 | 单身; 经办人 | 社区, an office's word alone.)
    "单身",
    "独身",
    "社区",
    "村委",
    "村委会",
    "居委会",
    "街道",
    "村里",
    // (彝语翻译 | 无需, 子女翻译, 本人会汉语: who interprets, when no interpreter is named, set CF2.)
    "无需",
    "不需要",
    "无需翻译",
    "子女翻译",
    "家属翻译",
    "亲属翻译",
    "本人会汉语",
    "会汉语",
    "双语干部",
    "干部",
    // (Set BA1: 监护人（代领人） | 见备注, the name is in the remark; set CF1: 家庭成员及关系 | 见情况说明.)
    "见情况说明",
    "详见情况说明",
    "见备注",
    "详见备注",
    "见附表",
    "见说明",
    "见下表",
    // (Set AY1: 签名 | 指模, a fingerprint pressed where one cannot sign; no one is named.)
    "指模",
    "捺印",
    // (Set AQ3: 父母务工单位及住址 | 工地, 打零工: how the parents work, with no place named.)
    "工地",
    "务工",
    "打零工",
    "打工",
    "个体",
    "务农",
    "在家",
    // (Set AP3: 父亲姓名 | 已故, a parent who died or left; no one is named.)
    "已故",
    "病故",
    "去世",
    "已去世",
    "死亡",
    "已死亡",
    "亡故",
    "已逝",
    "失踪",
    "失联",
    "下落不明",
    "离家出走",
    "改嫁",
    // (Set AM1: 家庭成员 | 妻, a member by the kin word alone; 护理人 | 父子, 代领人 | 自领.)
    "父子",
    "父女",
    "母子",
    "母女",
    "夫妻",
    "自领",
    "妻",
    "夫",
    "子",
    "女",
    "父",
    "母",
    "儿",
    "媳",
    "孙",
    // (Set AG1: 代领人 | 其媳, a relative by her kin word alone; set AG6: 涉及对象 | 多户; set AG8: 受助对象 | 高龄独居老人.)
    "其媳",
    "多户",
    "独居老人",
    "高龄独居老人",
    // (Set AH3: 护理员 | 轮班护理, the care home's staff by turns.)
    "轮班护理",
    "轮流护理",
    "轮流照料",
    // (Set AK2: 紧急联系人 | 同住老伴, the spouse living with the person, unnamed.)
    "同住老伴",
    "老伴同住",
    "老伴（同住）",
    "老伴(同住)",
    // (Set AK3: 签收人 | 单位工会代领, 家庭住址 | 单位宿舍: the employer's union signing, a dormitory no one's.)
    "单位工会代领",
    "工会代领",
    "单位代领",
    // (Set AR2: 代领人 | 院代领, the care home collecting for its resident.)
    "院代领",
    "本院代领",
    "院方代领",
    // (Sets CG3: 领取人签字 | 院方代签, 集中代领: the home signing for its residents, none of them named.)
    "院方代签",
    "院代签",
    "集中代领",
    "集中代签",
    "敬老院代领",
    "福利院代领",
    "单位宿舍",
    // (Set AJ1: 照料人 | 连队安排, the Corps company, a village or a community arranging the care.)
    "连队安排",
    "村委安排",
    "村委会安排",
    "村里安排",
    "社区安排",
    // (Set AA4: a policy's beneficiary left to the law, 受益人: 法定.)
    "法定",
    "法定继承人",
    // (Set AA3: how a case reached the office, in a whistle-blower's column.)
    "上级交办",
    "村民代表反映",
    "群众代表反映",
    "热线转办",
    // (Set D3: 无子女 under 子女情况, no one named.)
    "无子女",
    "无儿女",
    "无配偶",
    "无亲属",
    "无监护人",
    // (Set H2: a 家庭成员 column counting the couple, no one named.)
    "夫妻二人",
    "夫妻两人",
    "夫妻俩",
    // How a case came to light, in a whistle-blower's column (审计发现, 大数据比对).
    "审计发现",
    "巡察发现",
    "大数据比对",
    // (Set ZV: 信息比对发现 in a punitive notice's 举报人 column.)
    "信息比对发现",
    "数据比对发现",
    "大数据比对发现",
    "信息比对",
    "数据比对",
    "比对发现",
    "核查发现",
    "入户核查发现",
    "检查发现",
    "群众反映",
    // A body or a letter in a speaker's or whistle-blower's column (评议小组, 群众来信).
    "评议小组",
    "社区党委",
    "村党支部",
    "群众来信",
    "群众举报",
    // A whistle-blower who gave no name (举报人: 匿名), and the roles a meeting's speaker is listed by.
    "匿名",
    // (来访人 | 未留姓名: a caller who gave no name, set BO3.)
    "未留姓名",
    "未留名",
    "未留名字",
    "不愿留名",
    // (承办人 | 办公室: the office handled it, no one named, set BO3.)
    "办公室",
    // (海外亲属（姓名/所在国） | 无/马来西亚: where relatives abroad live, a country or region, set BQ5. Only
    // names of three characters or more: 韩国, 巴西, 文莱 and the like are people's names too.)
    "加拿大",
    "意大利",
    "西班牙",
    "澳大利亚",
    "新西兰",
    "马来西亚",
    "新加坡",
    "印度尼西亚",
    "菲律宾",
    "柬埔寨",
    "巴拿马",
    "阿根廷",
    "墨西哥",
    "委内瑞拉",
    "毛里求斯",
    "苏里南",
    "俄罗斯",
    "中国香港",
    "中国澳门",
    "中国台湾",
    // (承办人 | 值班律师: the lawyer on duty, no one named, set BP1.)
    "值班律师",
    // (单位联系人 | 人事部: the employer's department answers, no one named, set BP3.)
    "人事部",
    "人事科",
    "人力资源部",
    "行政部",
    "综合部",
    "财务部",
    "实名",
    // (Set YY: 实名举报（信息保密）, the whistle-blower's name withheld.)
    "实名举报",
    "匿名举报",
    "电话举报",
    "来信举报",
    "来访举报",
    "网络举报",
    // (Set ZN: a complaint letter forwarded, in a whistle-blower's column.)
    "信访件",
    "信访转办",
    "妇女代表",
    "群众代表",
    "村民代表",
    "居民代表",
    "党员代表",
    "青年代表",
    "老人代表",
    "乡贤代表",
    // (Set UU: a speaker listed by office alone.)
    "妇女主任",
    "老党员",
    "人大代表",
    // An unidentified person (无名氏（男，约60岁）): no one's name.
    "无名氏",
    "身份不详",
    "姓名不详",
    "不详人员",
    // (Set ZT: a 救助管理站's 自述姓名 of someone who gave none.)
    "拒绝透露",
    "不愿透露",
    // (Set AS1: 母亲姓名 | 离异, 子女情况 | 独生子: a parent gone by divorce, and a family's kind in a children's
    // column, name no one.)
    "离异",
    "已离异",
    "独生子",
    "独生女",
    "独生子女",
    "独生子女户",
    "独生子户",
    "独生女户",
    "独女户",
    "二女户",
    "双女户",
    // (Set AT3: 签收人 | 网格员代送, the grid worker delivering.)
    "网格员代送",
    "网格员代领",
    // (Set AT2: 宿舍号 | 走读, 校外: a student who lives at home or outside, no room.)
    "走读",
    "校外",
    "校外租住",
    // (Set BZ2: 安置板房编号 | 投亲靠友, 分散安置: a family displaced by a disaster with no board house of its own.)
    "投亲靠友",
    "投亲",
    "分散安置",
    "自行安置",
    "原址居住",
    // (Set CA3: 家庭成员 | 父母双亡，无兄弟姐妹: an orphan's family, no one in it named.)
    "父母双亡",
    "无兄弟姐妹",
    "父母均已故",
    // (Set AT1: 施工负责人 | 自建, 农户自建: the household builds its own house, no contractor.)
    "自建",
    "农户自建",
    "户主自建",
    "自行建设",
    "自建自管",
    // (Set AS4: 联系人 | 同被害人, the same person as another column names.)
    "同被害人",
    "同申请人",
    "同受援人",
    "同受助人",
    // (Set AS3: a hotline's caller who gave no name, or is the person the call is about.)
    "不愿透露姓名",
    "拒绝透露姓名",
    "来电人本人",
    "来电人",
    "来电人未提供",
    "未提供",
    "无法自述",
    "不能自述",
    "自述不清",
    // (Sets ZY, Z1, Z2: a name not given, a person escorted home with no one to receive them, a care home's
    // carers, a row of totals, a signature refused.)
    "未能提供",
    "拒绝提供",
    "无法提供",
    "护送返乡",
    "护理员统一照料",
    "合计",
    "小计",
    "总计",
    "本人拒签",
    "暂无",
    "/",
    "-",
    "—",
    "--",
    "——",
    "空",
    "略",
    "同上",
    // (一卡通账号 | 同上月: the account paid last month; 配偶姓名 | 丧偶: no spouse; 配偶证件 | 无证件, 待落户: no
    // document yet, set AU1.)
    "同上月",
    "丧偶",
    "无证件",
    "待落户",
    "未办理",
    // (楼栋长 | 空缺, 待补选; 紧急联系人 | 居委代管: no one holds the post yet, or the committee stands in, set AV2.)
    "空缺",
    "待补选",
    "暂缺人员",
    "暂空",
    "待定",
    "未选",
    "物业",
    "业主自管",
    // (签字 | 手印, （手印）, 按手印: the recipient signed with a thumbprint, set AV3.)
    "手印",
    "（手印）",
    "(手印)",
    "按手印",
    "签字或手印",
    "暂缺",
    "居委代管",
    "社区代管",
    "村委代管",
    // (安置地址: 原址未搬迁, set Q3: the household stayed where it was; no address given.)
    "原址未搬迁",
    "未搬迁",
    // (患者姓名: 同申请人, set C1: the patient is the applicant named beside.)
    "同户主",
    "同本人",
    "不详",
    "未知",
    // (家庭住址: 流浪乞讨人员，住址不详, set J2: no home to hide.)
    "住址不详",
    "地址不详",
    "现住址不详",
    "无固定住所",
    "无固定住址",
    "居无定所",
    "流浪乞讨人员",
    "流浪人员",
    // (户籍地址: 外籍, set W3: a foreigner's, no place at all.)
    "外籍",
    "外国籍",
    "境外",
    // (母亲姓名: 未登记, set D1: no one is named.)
    "未登记",
    "未填写",
    "N/A",
    "n/a",
    // (A system's export of an empty field, set AL2.)
    "NULL",
    "null",
    "Null",
    "无此项",
    "\\",
    "单人户",
    "独居",
    "本人",
    // (领取人签字 | 本人手印: the person's own mark, set BH3.)
    "本人手印",
    "本人按手印",
    "本人签字",
    "本人签名",
    // (代领人 | 机构负责人 beside a resident of 建工街道敬老院: the home's head by role, no one named, set BL4.)
    "机构负责人",
    "院方负责人",
    "机构工作人员",
    "院方代领",
    // (保障对象姓名 | 全户: the whole household, no one named, set BI2.)
    "全户",
    "全家",
    "全户保障",
    "全户纳入",
    // (护理人 | 本人家属: who cares for the person, by relation; set E2.)
    "本人家属",
    "本人亲属",
    "本人子女",
    "本人配偶",
    // (紧急联系人 | 社区网格员: a role, no one named; set D3.)
    "社区网格员",
    "网格员",
    "村网格员",
    "村干部",
    "社区干部",
    "包村干部",
    "驻村干部",
    "无其他成员",
    "无家庭成员",
    "自理",
    "本人自理",
    "生活自理",
    "护理员",
    "机构护理员",
    "机构照料",
    "院内照料",
    "统一照料",
    "院内统一照料",
    "集中供养",
    "户籍地",
    "同户籍地",
    "同户籍",
    "同户籍地址",
    "与户籍地一致",
    // (经营地址 | 同家庭住址: a shop run from home points at the home column, set BS5.)
    "同家庭住址",
    "同家庭地址",
    "同住址",
    "同现住址",
    "同居住地址",
    "同左",
    "户口所在地",
    "同户口所在地",
    "户口地",
    "集中照料",
    // A care home's own carer column (照料人: 本院): the institution, no one's name.
    // (紧急联系人: 本院值班室0797-6213358, set AE4: its duty room.)
    "本院值班室",
    "值班室",
    "本院",
    "本所",
    "本中心",
    "院方",
    // A signature column's marks (领取人签字: 已签, 代签): no name.
    "已签",
    "代签",
    "已领",
    "已领取",
    "本人已领",
    "代领",
    "已签字",
    "已签名",
    "代签字",
    "本人签字",
    "未签",
    "拒签",
    "拒绝签字",
    // (户主签字: 本人不识字，由家属代签: a note on who signed, no name.)
    "本人不识字",
    "不识字",
    "由家属代签",
    "家属代签",
    "由家属代领",
    "家属代领",
    "已按手印",
    "本人按手印",
    // (领取人签字 | 已打卡, 审批人签字 | 已审批: the payment's or the approval's state, set BD2.)
    "已打卡",
    "已审批",
    "已到账",
    "已转账",
    "已打款",
    // (签字 | 老人不识字，手印; 受助人姓名 | 未开口; 子女联系情况 | 未联系上; 现住址 | 同屯: what a visit or a
    // register found, or the same place as the person above, set BE.)
    "老人不识字",
    "手印",
    "拒绝透露",
    "不愿透露",
    "未开口",
    "无法表达",
    "不会说话",
    "未联系上",
    "联系不上",
    "外出未见",
    "老人外出未见",
    "同法定代表人",
    "值班人员",
    "同屯",
    "同村",
    "同组",
    "同社",
    "指印",
    "按指印",
];

/// Notes on a relative that follow a relation word in a name cell (女儿（已故）, 儿子-在外务工): not names.
// (本人（手印）, 老伴（同住）: how the cell was signed, or who lives with the person; set AK2.)
const STATUS_NOTES: [&str; 30] = [
    "已故", "病故", "去世", "死亡", "亡故", "已逝", "在外", "在校", "在读", "务工", "外出", "学生", "残疾", "低保",
    "户主", "本人", "无业", "未婚", "离异", "丧偶", "服刑", "住院", "手印", "按印", "签字", "代签", "同住", "外地",
    "外省", "本地",
];

/// Whether a place written in a village or birthplace column goes below the town: a road, a lane, a house or a
/// building's number, a dormitory, a group, or any digit (深圳, 都安县城 and 东莞市长安镇电子厂 do not: a factory
/// named by its trade alone is no one's home).
fn home_detail(text: &str) -> bool {
    const DETAIL: [&str; 12] = ["路", "巷", "弄", "号", "栋", "幢", "室", "宿舍", "小区", "组", "社", "楼"];
    text.bytes().any(|b| b.is_ascii_digit())
        || DETAIL.iter().any(|w| text.contains(w))
        || text.match_indices('街').any(|(i, _)| !text[i..].starts_with("街道"))
}

/// Phone headers that name no one's own line (联系电话, 机构电话): whose number it is, the row says (see
/// `Masker::institution_phone`).
const BARE_PHONE_HEADERS: [&str; 5] = ["联系电话", "电话", "联系方式", "机构电话", "办公电话"];

/// A care home's name alone as an address (民和县马营镇敬老院), not a place beside or inside it (敬老院隔壁,
/// 县医院家属院, 卫生院后院).
fn bare_home(address: &str) -> bool {
    let a = address.trim();
    ["院", "中心", "公寓", "之家"].iter().any(|w| a.ends_with(w))
        && !["隔壁", "对面", "旁", "后院", "家属", "宿舍", "附近", "靠近", "临近", "紧邻", "（", "(", "，", ","]
            .iter()
            .any(|w| a.contains(w))
}

/// Whether a cell of a register's public phone column holds a person's number, which is masked: a mobile in a
/// column of contact numbers (联系电话 | 15545112122, beside 联系人, set W1), the contact person's own though the
/// column holds the organisations' landlines too (0435-3278658), and an ID or a card in any phone column (电话 |
/// 220502198503121234). Otherwise the organisation's own number (电话, 办公电话) stays whole. `verify` asks the same.
pub(crate) fn register_personal_number(plan: &Plan, c: usize, cell: &Cell) -> bool {
    let Some(col) = plan.layout.columns.get(c).filter(|_| plan.layout.org_register) else {
        return false;
    };
    // (A register's public column holding a person's ID or card: a second table below the first, its header
    // unread, 慈善帮扶对象 | 身份证号 under 统一社会信用代码. An organisation's own code stays.)
    if col.kind != Kind::Phone {
        let text = cell.as_text();
        return !digits::is_org_code(&text)
            && !digits::is_labelled_org_code(&text)
            && digits::find(&text, digits::Context { phone_column: false, account_column: false })
                .iter()
                .any(|f| matches!(f.kind, Kind::IdCard | Kind::BankAccount | Kind::DisabilityCert));
    }
    let contact = col.header.as_deref().is_some_and(|h| h.contains("联系") || h.contains("手机"));
    digits::find(&cell.as_text(), digits::Context { phone_column: true, account_column: false }).iter().any(|f| {
        matches!(f.kind, Kind::IdCard | Kind::BankAccount | Kind::DisabilityCert)
            || (contact
                && f.kind == Kind::Phone
                && crate::detect::phone::is_mobile(crate::detect::phone::strip_country(&f.digits)))
    })
}

/// 严重精神障碍患者监护人以奖代补资金发放表, 失能老人居家照护服务对象花名册: in a title above the header, a condition
/// right before a word for a class of people names the programme's recipients, no one's health. `mask` and
/// `verify` leave it there.
pub(crate) fn programme_class(text: &str, f: &Finding) -> bool {
    // (困难重度残疾人家庭无障碍改造名单: 人 after a condition makes the class, 重度残疾人, set BO2.)
    const CLASSES: [&str; 9] = ["患者", "老人", "老年人", "人", "儿童", "家庭", "人士", "群众", "对象"];
    f.kind == Kind::Health && CLASSES.iter().any(|w| text[f.end..].starts_with(w))
}

/// Whether a cell is a class of recipients that medical and temporary assistance lists name in a category column
/// (救助对象类别 | 重度残疾人), which `mask` and `verify` leave in a column of another kind.
pub(crate) fn recipient_class(text: &str) -> bool {
    // (代缴类别 | 重度残疾: the programme's class beside 低保 and 特困, set BQ2.)
    const CLASSES: [&str; 7] =
        ["重度残疾人", "重度残疾人员", "重度残疾", "重残人员", "一二级重度残疾人", "重病患者", "重特大疾病患者"];
    CLASSES.contains(&text.trim()) || unsupported_child_class(text.trim())
}

/// 父母双方重残, 父母一方死亡另一方重残, 父母一方重病另一方失联: the policy's kinds of 事实无人抚养儿童, as a category
/// column gives them (事实无人抚养类型, set V4). Each part is one of the parents and one of the policy's states;
/// 父亲重残 or 母亲精神分裂症 name one person's condition instead.
fn unsupported_child_class(text: &str) -> bool {
    const WHO: [&str; 6] = ["父母双方均", "父母双方", "父母一方", "另一方", "一方", "双方均"];
    const STATES: [&str; 9] =
        ["死亡", "重残", "重病", "失联", "失踪", "服刑在押", "服刑", "强制隔离戒毒", "被撤销监护资格"];
    let mut rest = text;
    let mut parts = 0;
    while !rest.is_empty() {
        let Some(r) = WHO.iter().find_map(|w| rest.strip_prefix(w)) else { return false };
        let Some(r) = STATES.iter().find_map(|w| r.strip_prefix(w)) else { return false };
        // (父母双方重残或重病, 一方死亡、另一方失联.)
        let r = r.trim_start_matches(['、', '，', ',', '且', '或']);
        let r = STATES.iter().find_map(|w| r.strip_prefix(w)).unwrap_or(r);
        rest = r.trim_start_matches(['、', '，', ',', '且', '或']);
        parts += 1;
    }
    parts > 0
}

/// Offices a footer line may name first, after the label of the body that keeps the list (随访单位, 签约机构).
pub(crate) const FOOTER_OFFICES: [&str; 10] =
    ["卫生院", "民政局", "民政所", "福利院", "敬老院", "社会福利中心", "服务中心", "人民政府", "中心学校", "医院"];

/// 监督电话：0435-6222110　地址：集安市黎明街道胜利路356号, 学校代码：…　统一社会信用代码：…　地址：…: an office's
/// footer line, its public landline or its codes and nothing else before the address (sets AZ1, AZ5). The address
/// a street's, no village's group or a flat's (和平村3组12号, 3栋2单元), and nothing after it but a postcode.
fn office_footer_address(label: &str, after: &str) -> bool {
    use crate::detect::digits::HOTLINES;
    const CODES: [&str; 3] = ["学校代码", "统一社会信用代码", "机构代码"];
    let segments = label.split([' ', '\u{3000}']).filter(|p| !p.is_empty());
    // (监督电话：0435-3218016　邮编：134001　地址：…: the postcode may come before the address too, set BB5; not
    // first, as the hotline or a code must be there.)
    let fields = segments.clone().count();
    let fields_ok = fields >= 1
        && segments.enumerate().all(|(k, seg)| {
            let Some((l, v)) = seg.split_once(['：', ':']) else { return false };
            // (随访单位：伊宁县墩麻扎镇卫生院　统一社会信用代码：…　地址：…: the office named first, its label saying it
            // is the unit or body that keeps the list, set BT2.)
            if k == 0
                && (l.ends_with("单位") || l.ends_with("机构"))
                && crate::detect::digits::office_alone(v, &FOOTER_OFFICES)
            {
                return true;
            }
            // (监督电话：0739-7322110（县民政局）　地址：…: the hotline's office in brackets after it, set BU1.)
            let v = match v.find(['（', '(']) {
                Some(open) if crate::detect::digits::office_in_brackets(&v[open..]) && v.ends_with(['）', ')']) => {
                    &v[..open]
                }
                _ => v,
            };
            let digits: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
            // (机构统一社会信用代码：…　　地址：…, set BG3.)
            (HOTLINES.iter().chain(&CODES).any(|w| l.ends_with(w))
                || (k > 0 && l == "邮编" && digits.len() == 6 && digits.len() == v.len()))
                && !v.chars().any(crate::detect::is_han)
                && (!l.ends_with("电话") || (!phone::is_mobile(&digits) && v.starts_with('0')))
        });
    let mut rest = after.trim_start_matches(['：', ':']).split([' ', '\u{3000}']).filter(|p| !p.is_empty());
    // (地址：…澳柯玛大道81号　监督电话：0539-…: or the address opens the line and the notice's hotline follows it,
    // set BN1.)
    let hotline_after = rest
        .clone()
        .skip(1)
        .any(|seg| seg.split_once(['：', ':']).is_some_and(|(l, _)| HOTLINES.iter().any(|w| l.ends_with(w))));
    let address = rest.next().unwrap_or("");
    // (…桥南路18号　　值班电话：0938-6521234: the office's landline may follow, set BG3.)
    let after_ok = rest.all(|seg| {
        let landline = seg.split_once(['：', ':']).is_some_and(|(l, v)| {
            let digits: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
            l.ends_with("电话")
                && v.starts_with('0')
                && !phone::is_mobile(&digits)
                && !v.chars().any(crate::detect::is_han)
        });
        landline || (seg.starts_with("邮编") && !seg.chars().skip(2).any(crate::detect::is_han))
    });
    (fields_ok || (fields == 0 && hotline_after))
        && after_ok
        // (…胜利路356号 and nothing after it: not 胜利路356号王建国家, 和平村胜利路356号, 356号1号楼.)
        && address.ends_with('号')
        && ["路", "街", "大道", "巷"].iter().any(|w| address.contains(w))
        && !["村", "组", "屯", "社", "栋", "幢", "单元", "室", "户", "楼", "家", "（", "("]
            .iter()
            .any(|w| address.contains(w))
}

/// Whether a cell under a header of numbers holds words enough to be read as text: three Han characters or
/// more (隋永贵, 张秀兰代领; 冯家 or 东风 alone are words, set AZ5's second reading).
pub(crate) fn numeric_as_text(text: &str) -> bool {
    text.chars().filter(|&c| crate::detect::is_han(c)).count() >= 3
}

/// Whether a category cell is a name of the file's name columns whole, three characters or more (a second table's
/// 被探视老人 under the first table's 性别, set AZ5). Not two: 向阳, 金山 name villages and people alike; nor in a
/// column of villages.
fn listed_name_whole(text: &str, known: &KnownNames, ctx: &CellCtx) -> bool {
    let t = text.trim();
    !ctx.village_column && t.chars().count() >= 3 && t.chars().all(crate::detect::is_han) && known.contains(t)
}

/// 人民币伍万玖仟柒佰元整, 贰拾叁万伍仟元: a total written in capital numerals, which a 合计 row puts under any
/// column (领款人签字, set BB4). Only those numerals and the units of money.
fn capital_amount(t: &str) -> bool {
    let t = t.strip_prefix("人民币").unwrap_or(t);
    let t = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_prefix("大写"))
        .map_or(t, |r| r.trim_start_matches(['）', ')', '：', ':']));
    t.chars().count() >= 3
        && t.ends_with(['元', '整', '角', '分', '圆'])
        && t.chars().any(|c| "壹贰叁肆伍陆柒捌玖".contains(c))
        && t.chars().all(|c| "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整".contains(c))
}

/// 填表日期：2024年1月8日, 制表时间：: a label of when, with a date or nothing after it (set BB1).
fn dated_label(t: &str) -> bool {
    let Some((label, date)) = t.split_once(['：', ':']) else { return false };
    let label = label.trim();
    // (填表日期, 统计时间: four characters at most; 王刚填表日期 is someone's.)
    (2..=4).contains(&label.chars().count())
        && label.chars().all(crate::detect::is_han)
        && ["日期", "时间", "年月"].iter().any(|w| label.ends_with(w))
        && (date.trim().is_empty() || date_alone(date))
}

/// 同被照料人, 同被监护人: the same as the party the row is about, in an address or a contact column (set BB3).
/// (签领人 | 同监护人, 认领人现住址 | 同受助人户籍地址: or as another party of the row, by its role; and that
/// party's address, sets BH3 and BI5.)
fn same_as_party(t: &str) -> bool {
    const PARTIES: [&str; 9] =
        ["监护人", "患者", "申请人", "户主", "受助人", "受助人员", "照料人", "领取人", "救助对象"];
    const WHAT: [&str; 7] = ["", "户籍地址", "户籍地", "地址", "住址", "家庭住址", "现住址"];
    let listed = t
        .strip_prefix('同')
        .is_some_and(|r| PARTIES.iter().any(|p| r.strip_prefix(p).is_some_and(|w| WHAT.contains(&w))));
    listed
        || t.strip_prefix("同被").is_some_and(|r| {
            (2..=4).contains(&r.chars().count()) && r.ends_with('人') && r.chars().all(crate::detect::is_han)
        })
}

/// 网格员 | 第一网格, 第3网格: the grid itself, where its worker's name would be (set BE3).
fn grid_number(t: &str) -> bool {
    t.strip_prefix('第').and_then(|r| r.strip_suffix("网格")).is_some_and(|n| {
        (1..=3).contains(&n.chars().count())
            && n.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
    })
}

/// 审核人：, 院长（签字）：: a footer's label of who signs, its blank after it, that a row of signers puts under any
/// column (set AZ5). A label ending in a colon and naming a role, nothing else.
fn blank_signer_label(t: &str) -> bool {
    let Some(label) = t.strip_suffix(['：', ':']) else { return false };
    let label = label.trim_end();
    (2..=8).contains(&label.chars().count())
        && label.chars().all(|c| crate::detect::is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
        && (label.ends_with('人')
            || ["签字", "签名", "盖章"].iter().any(|w| label.contains(w))
            // (审核：, 制表：: the role's verb alone, set BE2.)
            || ["审核", "审批", "制表", "复核", "经办", "填表", "核对", "校对", "统计", "负责"].contains(&label))
        && !label.contains("本人")
}

pub(crate) fn is_placeholder(s: &str) -> bool {
    // Asked of every name and address cell: most start and end with a CJK character and need no trim.
    let cjk = |b: Option<&u8>| b.is_some_and(|&b| (0xE4..=0xE9).contains(&b));
    let last_cjk = s.len() >= 3 && cjk(s.as_bytes().get(s.len() - 3));
    let t = if cjk(s.as_bytes().first()) && last_cjk { s } else { s.trim() };
    // (No placeholder starts with a digit or is longer than PLACEHOLDER_MAX: IDs, phones and long remarks
    // skip the lookup.)
    if t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // (本人13602141562, 儿子01037784440: no placeholder holds a number as long as a phone's or an ID's local part;
    // a kin word before one is whose number it is, not a tally of kin.)
    if t.len() >= 5 && longest_digit_run(t) >= 5 {
        return false;
    }
    // (身份不明流浪人员: what is not known of such a person, before the placeholder.)
    // (子女情况 | 二子一女, 一女: how many children, set AQ3.)
    let children = |t: &str| {
        t.chars().count() <= 6
            && t.starts_with(|c: char| "一二三四五六七八九十两".contains(c))
            && t.chars().all(|c| "一二三四五六七八九十两个子女儿".contains(c))
            && t.contains(['子', '女'])
    };
    // (夫妻及2个子女, 3人（夫妻及1子） under 家庭成员: kin counted, set BX2.)
    let kin_tally = |t: &str| {
        const KIN: [&str; 12] =
            ["夫妻", "子女", "儿子", "女儿", "孙子", "孙女", "父母", "本人", "户主", "老伴", "子", "女"];
        // (Asked of every name cell: the cheap tests first.)
        if t.chars().count() > 14 || !t.chars().any(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c))
        {
            return false;
        }
        let mut rest = t.to_string();
        for w in KIN {
            rest = rest.replace(w, "");
        }
        rest.len() < t.len()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || "一二两三四五六七八九十个名人口共及和与、，,（）()".contains(c))
    };
    let one = |t: &str| {
        let t = t.strip_prefix("身份不明").unwrap_or(t);
        // (镇包村干部, 乡驻村干部: a role of the township's, set BG4.)
        // (社区双语干部, 村包组干部: a role of the community's or the village's, set CF2.)
        let t = ["镇", "乡", "社区", "村"]
            .iter()
            .find_map(|w| t.strip_prefix(w))
            .filter(|r| r.ends_with("干部") && r.chars().count() <= 5)
            .unwrap_or(t);
        t.is_empty()
            || children(t)
            || kin_tally(t)
            || (t.len() <= PLACEHOLDER_MAX && PLACEHOLDER_SET.contains(t))
            || names_no_one(t)
            || head_count(t)
            || subtotal_label(t)
            || blank_signer_label(t)
            || capital_amount(t)
            || dated_label(t)
            || same_as_party(t)
            || anonymised_family(t)
            || visited_class(t)
            || grid_number(t)
            || lives_with_kin(t)
    };
    // (代领（儿媳）: one, and the kin word of who does it in brackets, set AO2.)
    let kin_note = || {
        let inner = t.strip_suffix(['）', ')'])?;
        let open = inner.rfind(['（', '('])?;
        let word = &inner[open + inner[open..].chars().next()?.len_utf8()..];
        let kin = (1..=3).contains(&word.chars().count()) && word.chars().all(crate::detect::is_han);
        // (院方（集中供养）: or a note that names no one either, set BW1.)
        let blank = || (2..=6).contains(&word.chars().count()) && one(word);
        (open > 0 && ((kin && KIN_NOTES.contains(&word)) || blank())).then(|| one(&t[..open]))
    };
    // (代领：其妻, 代领：其子: one, then who does it by kin word alone after a colon, set AT3.)
    let kin_after_colon = || {
        let (head, word) = t.split_once(['：', ':'])?;
        let word = word.trim().strip_prefix('其').unwrap_or(word.trim());
        Some(one(head) && KIN_NOTES.contains(&word))
    };
    // (东来村全部对象: a village's whole class, set BB6.)
    let village_all = || {
        ["全部对象", "全体对象"].iter().any(|w| {
            t.strip_suffix(w).is_some_and(|v| {
                v.chars().count() >= 2
                    && v.chars().all(crate::detect::is_han)
                    && (v.ends_with('村') || v.ends_with("社区"))
            })
        })
    };
    // (流浪乞讨人员，住址不详: clauses that are each one.)
    one(t)
        || village_all()
        || (t.contains(['，', ',']) && t.split(['，', ',']).all(|c| !c.trim().is_empty() && one(c.trim())))
        || kin_note() == Some(true)
        || kin_after_colon() == Some(true)
}

/// 村党支部书记, 镇民政助理, 监委会成员, 社区网格员: an office's post, said in place of the person who holds it (调查人
/// | 村党支部书记、监委会成员, set AW6). A place's or a body's word first, a post's word last, nothing else but Han
/// characters between, and no surname right before the post (村民王书记 names a Wang).
pub(crate) fn office_role(t: &str) -> bool {
    // (站内工作人员, 本站工作人员: a rescue station's staff who escort or watch a stranger, set BB2.)
    const HEADS: [&str; 16] = [
        "村",
        "镇",
        "乡",
        "县",
        "街道",
        "社区",
        "居委",
        "监委",
        "驻村",
        "民政",
        "党支部",
        "党委",
        "站",
        "站内",
        "本站",
        "院内",
    ];
    const POSTS: [&str; 24] = [
        "书记",
        "副书记",
        "主任",
        "副主任",
        "成员",
        "委员",
        "助理",
        "助理员",
        "干部",
        "文书",
        "会计",
        "专干",
        "网格员",
        "站长",
        "所长",
        "组长",
        "队长",
        "工作人员",
        "代表",
        "民政员",
        "信息员",
        "监督员",
        "协理员",
        "村医",
    ];
    // (Only a body's words between: 村主任王建国书记 names a person.)
    const BODIES: [&str; 21] = [
        "",
        "会",
        "委",
        "委会",
        "两委",
        "村委会",
        "居委会",
        "党支部",
        "党总支",
        "支部",
        "党委",
        "民政",
        "民政办",
        "民政所",
        "社会事务办",
        "妇联",
        "监委会",
        "综治",
        "卫生室",
        "团支部",
        // (社区低保专干: the office's desk for one benefit, set BB6.)
        "低保",
    ];
    let n = t.chars().count();
    (2..=12).contains(&n)
        && HEADS.iter().any(|h| {
            t.strip_prefix(h)
                .is_some_and(|rest| POSTS.iter().any(|p| rest.strip_suffix(p).is_some_and(|mid| BODIES.contains(&mid))))
        })
}

/// Kin words a placeholder's bracket names the relative by (代领（儿媳）).
const KIN_NOTES: [&str; 30] = [
    "儿子",
    "女儿",
    "儿媳",
    "女婿",
    "孙子",
    "孙女",
    "侄子",
    "侄女",
    "外孙",
    "外孙女",
    "妻子",
    "丈夫",
    "老伴",
    "配偶",
    "父亲",
    "母亲",
    "哥哥",
    "弟弟",
    "姐姐",
    "妹妹",
    "子",
    "女",
    "妻",
    "夫",
    "侄",
    "孙",
    "媳",
    "婿",
    "长子",
    "次子",
];

/// 高坪村小计, 小计（石门村）, 城北社区合计: a subtotal's row label in a name column, a place's and no one's (set
/// AH4).
fn subtotal_label(t: &str) -> bool {
    const TOTALS: [&str; 3] = ["小计", "合计", "总计"];
    const PLACES: [&str; 8] = ["村", "社区", "镇", "乡", "街道", "居委会", "村委会", "组"];
    let Some(rest) = TOTALS.iter().find_map(|w| t.strip_prefix(w).or_else(|| t.strip_suffix(w))) else {
        return false;
    };
    let place = rest.trim().trim_start_matches(['（', '(', '：', ':']).trim_end_matches(['）', ')']);
    place.is_empty()
        || (place.chars().count() <= 10
            && place.chars().all(crate::detect::is_han)
            && PLACES.iter().any(|w| place.ends_with(w)))
}

/// 崔某家, 孙某某家, 韩**家: the family of a person already anonymised (走访对象, set BC5).
fn anonymised_family(t: &str) -> bool {
    let Some(head) = t.strip_suffix('家') else { return false };
    let kept = head.trim_end_matches(['*', '＊']);
    anonymised_name(head)
        || (kept.len() < head.len()
            && (1..=2).contains(&kept.chars().count())
            && kept.chars().all(crate::detect::is_han))
}

/// 全村困境儿童, 辖区孤儿2名, 低保家庭儿童: a class of recipients, with the place it covers or a count, visited or
/// named in place of a person (走访对象, set BC5).
fn visited_class(t: &str) -> bool {
    const SCOPES: [&str; 9] = ["全村", "全镇", "全乡", "全社区", "本村", "本社区", "村内", "辖区内", "辖区"];
    const CLASSES: [&str; 17] = [
        "事实无人抚养儿童",
        "低保家庭儿童",
        "困境儿童",
        "留守儿童",
        "残疾儿童",
        "散居孤儿",
        "孤儿",
        "特困人员",
        "特困老人",
        "低保对象",
        "低保家庭",
        "低保户",
        "五保户",
        "独居老人",
        "空巢老人",
        "高龄老人",
        "重残人员",
    ];
    let t = SCOPES.iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t);
    let Some(rest) = CLASSES.iter().find_map(|w| t.strip_prefix(w)) else { return false };
    let rest = rest.trim_start_matches('共');
    let n = rest.chars().take_while(|&c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c)).count();
    let unit = rest.chars().skip(n).collect::<String>();
    rest.is_empty() || (n > 0 && matches!(unit.as_str(), "名" | "人" | "户"))
}

/// 共46人, 共12户, 共25户82人, 共计3户、7人, 本组共8户, 黄土岭村低保8户: a total row's count of people or
/// households in a name column, no one's name. Every part is digits and a unit.
fn head_count(t: &str) -> bool {
    // (本组共13户36人, 本社共14户: a group's own count in a group column, set AM1.)
    let own = ["本组", "本社", "全组", "全社", "本村", "全村", "本队"].iter().find_map(|p| t.strip_prefix(p));
    // (黄土岭村低保8户, 金山村共8户: a village's count of one class of households, a block's head, set AO1.)
    let village = || {
        let at = t.char_indices().take(8).find(|&(_, c)| c == '村').map(|(k, c)| k + c.len_utf8())?;
        t[..at].chars().all(crate::detect::is_han).then_some(&t[at..])
    };
    let placed = own.or_else(village);
    let t = placed.unwrap_or(t);
    let class = ["低保", "特困", "五保", "分散供养", "集中供养"].iter().find_map(|p| t.strip_prefix(p));
    let t = class.unwrap_or(t);
    // (涉及4户 under 涉及人员: how many a finding touches, set BB6.)
    let counted = ["共计", "共", "涉及"].iter().find_map(|p| t.strip_prefix(p));
    let Some(mut rest) = counted.or((placed.is_some() && class.is_some()).then_some(t)) else { return false };
    let mut parts = 0;
    while !rest.is_empty() {
        let d = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(after) = rest[d..].strip_prefix(['人', '户', '名']).filter(|_| d > 0) else { return false };
        // (共222人次: the count of stays a medical-aid list closes with, set AY5.)
        let after = after.strip_prefix('次').unwrap_or(after);
        rest = after.trim_start_matches(['、', '，', ',', ' ']);
        parts += 1;
    }
    parts > 0
}

/// 子女伤残/死亡情况 (计划生育特别扶助): a health column whose header names death, where that a child died is the
/// record the benefit rests on, set BK6.
fn death_header(h: &str) -> bool {
    let h = normalize_header(h);
    ["死亡", "伤亡", "亡故"].iter().any(|w| h.contains(w))
}

/// `health_blank` in a column of `Plan::death_cols` or not: under a header that names death, a death is the
/// column's data and is masked as any other value; only what says nothing at all is blank there.
pub(crate) fn health_blank_in(text: &str, death_column: bool) -> bool {
    const DEATH: [&str; 6] = ["死亡", "已死亡", "已故", "去世", "已去世", "亡故"];
    health_blank(text) && !(death_column && DEATH.contains(&text.trim()))
}

/// A health cell that says nothing of health: dashes or slashes only (—, －, ／), nothing at all, or that the
/// person is dead or missing (父亲情况 | 死亡, 失联 beside 重残, 重病: set J2).
pub(crate) fn health_blank(text: &str) -> bool {
    // (精神状况 | 待评估: not assessed yet, set BX3.)
    const NONE: [&str; 13] = [
        "死亡",
        "已死亡",
        "已故",
        "去世",
        "已去世",
        "失联",
        "失踪",
        "下落不明",
        "已失联",
        "待评估",
        "未评估",
        "待鉴定",
        "未鉴定",
    ];
    // (邓州市民政局 under 健康状况: a footer's office, signing the notice, that sits in the column; not
    // 精神分裂症 县民政局, a condition before it.)
    // (梅河口市救助管理站 under 初步诊断: the station signing its list of referrals, set BB2.)
    const OFFICES: [&str; 8] =
        ["民政局", "人民政府", "民政所", "民政办", "办事处", "残疾人联合会", "救助管理站", "救助站"];
    let t = text.trim();
    // (NULL, N/A: a system's export of a field left empty, set AL2.)
    // (2024年10月8日 under 健康状况: the footer's date, on the line the list is signed, set BT4.)
    t.chars().all(|c| matches!(c, '/' | '-' | '—' | '\\' | '－' | '／'))
        || NONE.contains(&t)
        || date_alone(t)
        || [
            "NULL",
            "null",
            "Null",
            "N/A",
            "n/a",
            "#N/A",
            "none",
            "None",
            "未知",
            "不详",
            "未测",
            "未查",
            "未检测",
            "未测量",
            // (救助病种 | 门诊, 住院: the kind of aid a list gives for the illness it does not name, set BD1.)
            "门诊",
            "住院",
            "门诊慢特病",
            "慢特病",
            "门诊救助",
            "住院救助",
            // (随访结果 | 已随访, 未接通: how a follow-up call went, which says nothing of health; set AM2.)
            // (老人身体状况 | 老人外出未见: a visit that found no one, set BE3.)
            "外出未见",
            "老人外出未见",
            "未见到本人",
            "不在家",
            "已随访",
            "未随访",
            "未接通",
            "无人接听",
            "拒接",
            "拒访",
            "失访",
            "空号",
            "停机",
        ]
        .contains(&t)
        || digits::office_alone(t, &OFFICES)
        // (复核等级 | D级: a house's safety grade, A to D, under a review of houses; a disability's grade is a
        // numeral, 二级 or 2级, set BE1.)
        || (t.len() == 4 && t.starts_with(['A', 'B', 'C', 'D']) && t.ends_with('级'))
        || head_count_of_grade(t)
        || blank_signer_label(t)
        || deaths_only(t)
}

/// 家长健康状况 | 父母双亡, 父亲已故，母亲已故: who of the family has died, under a health column (set CA3), which
/// says no one's illness. Every clause a kin word and a death; nothing else.
fn deaths_only(t: &str) -> bool {
    const KIN: [&str; 8] = ["父母", "父亲", "母亲", "爷爷", "奶奶", "祖父", "祖母", "双方"];
    const DEATH: [&str; 7] = ["双亡", "已故", "死亡", "去世", "病故", "亡故", "已去世"];
    t.contains(['亡', '故', '世'])
        && t.split(['，', ',', '、', '；', ';']).all(|part| {
            let p = part.trim().trim_end_matches('。');
            let p = KIN.iter().find_map(|k| p.strip_prefix(k)).unwrap_or(p);
            let p = p.strip_prefix(['均', '都']).unwrap_or(p);
            !part.trim().is_empty() && p.len() < part.trim().len() && DEATH.contains(&p)
        })
}

/// 需护理39人, 自理21人: a summary row's count of residents in a grade, under the column of grades (set AZ5): no
/// one's health. A grade of a few characters, then the number.
fn head_count_of_grade(t: &str) -> bool {
    // (Only a care grade's word: 精神分裂症1人 names one person's illness.)
    const GRADES: [&str; 24] = [
        "需护理",
        "自理",
        "全自理",
        "半自理",
        "部分自理",
        "不能自理",
        "介助",
        "介护",
        "特护",
        "全护理",
        "半护理",
        "部分护理",
        "能力完好",
        "失能",
        "半失能",
        "全失能",
        "轻度失能",
        "中度失能",
        "重度失能",
        "特级护理",
        "一级护理",
        "二级护理",
        "三级护理",
        "需照护",
    ];
    let Some(rest) = t.strip_suffix('人') else { return false };
    let grade = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    grade.len() < rest.len() && GRADES.contains(&grade)
}

/// Words ending in 子 that a name cell's bracket holds as a note on the person, not as a nickname (贞子, 英子 are
/// nicknames): kin, sex, conditions, and everyday words.
const NOT_NICKNAMES: [&str; 24] = [
    "男子", "女子", "孝子", "学子", "才子", "君子", "娘子", "汉子", "胖子", "瞎子", "聋子", "哑子", "瘸子", "傻子",
    "疯子", "独子", "桃子", "双子", "小子", "孩子", "房子", "日子", "样子", "个子",
];

/// Bytes in the longest of [`PLACEHOLDERS`].
const PLACEHOLDER_MAX: usize = 21;

/// [`PLACEHOLDERS`] as a set: asked of every name cell, which a list would compare one by one.
static PLACEHOLDER_SET: std::sync::LazyLock<FastSet<&'static str>> =
    std::sync::LazyLock::new(|| PLACEHOLDERS.into_iter().collect());

/// 与监护人共同生活, 与祖父母一起生活 under 家庭成员情况: whom a child lives with, named by kin or role only, set
/// CG4.
fn lives_with_kin(t: &str) -> bool {
    const WHO: [&str; 12] = [
        "监护人",
        "祖父母",
        "外祖父母",
        "爷爷奶奶",
        "外公外婆",
        "父亲",
        "母亲",
        "祖父",
        "祖母",
        "爷爷",
        "奶奶",
        "亲属",
    ];
    const LIVES: [&str; 4] = ["共同生活", "一起生活", "生活", "同住"];
    t.strip_prefix('与')
        .and_then(|r| LIVES.iter().find_map(|l| r.strip_suffix(l)))
        .is_some_and(|who| WHO.contains(&who))
}

/// 自报名“建国”, 自称“史伍”: a name column's cell that gives the name a person reported of themself, in quotes
/// after the words saying so. The byte span inside the quotes (a name, or its mask), for masking and `verify`.
pub(crate) fn self_reported(text: &str) -> Option<(usize, usize)> {
    const QUOTES: [(char, char); 5] = [('“', '”'), ('"', '"'), ('「', '」'), ('『', '』'), ('‘', '’')];
    let t = text.trim();
    // (老四（自称）, 小六子（绰号）: the name a stranger goes by, then a note in brackets saying so, set BZ4; a
    // kin word such as 老四 is a name there.)
    const BY_NAME: [&str; 9] = ["自称", "绰号", "小名", "外号", "乳名", "化名", "别名", "诨名", "自报"];
    if let Some(open) = t.find(['（', '('])
        && let Some(inner) = t[open..].strip_suffix(['）', ')'])
        && BY_NAME.contains(&&inner[inner.chars().next().map_or(0, char::len_utf8)..])
        && (1..=4).contains(&t[..open].chars().count())
        && t[..open].chars().all(|c| crate::detect::is_han(c) || matches!(c, '*' | '＊'))
    {
        let start = text.len() - text.trim_start().len();
        return Some((start, start + open));
    }
    // (自报名：建国: after a colon, no quotes.)
    if !QUOTES.iter().any(|(o, _)| t.contains(*o))
        && let Some((prefix, _)) = t.split_once(['：', ':'])
    {
        let said = (2..=5).contains(&prefix.chars().count())
            && prefix.starts_with('自')
            && prefix.contains(['称', '报', '述']);
        let after = &t[prefix.len()..];
        let rest = after.trim_start_matches(['：', ':', ' ', '\u{3000}']);
        let start = text.len() - text.trim_start().len() + prefix.len() + (after.len() - rest.len());
        return (said
            && (1..=4).contains(&rest.chars().count())
            && rest.chars().all(|c| crate::detect::is_han(c) || matches!(c, '*' | '＊')))
        .then_some((start, start + rest.len()));
    }
    let (open, close) = QUOTES.iter().find(|(o, _)| t.contains(*o))?;
    let at = t.find(*open)?;
    let prefix = &t[..at];
    let inner_start = at + open.len_utf8();
    let inner_len = t[inner_start..].find(*close)?;
    let inner = &t[inner_start..inner_start + inner_len];
    let tail = t[inner_start + inner_len + close.len_utf8()..].trim();
    // (“王芳” alone in a name column: a name quoted, set BH1's review.)
    let said = prefix.is_empty()
        || ((2..=5).contains(&prefix.chars().count())
            && prefix.chars().all(crate::detect::is_han)
            && (prefix.starts_with('自') || prefix.contains(['称', '叫'])));
    let name = (1..=4).contains(&inner.chars().count())
        && inner.chars().all(|c| crate::detect::is_han(c) || matches!(c, '*' | '＊'));
    let offset = text.len() - text.trim_start().len();
    (said && name && tail.is_empty()).then_some((offset + inner_start, offset + inner_start + inner_len))
}

/// 签字 | 代：老伴, 代领：其女, 代：村干部: who collected for the person, by a kin or role word alone, names no
/// one (set AV3).
pub(crate) fn proxy_kin(names: &NameDetector, text: &str) -> bool {
    let t = text.trim();
    ["代：", "代:", "代领：", "代领:", "代签：", "代签:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .is_some_and(|kin| !kin.is_empty() && names.relation_prefix(kin) == kin.len())
}

/// Whether a name cell holds a platform login (zn_lupeng, admin_xuhui01): ASCII letters with a digit or an
/// underscore, no space. Masking and `verify` read such a cell by its spelt names only.
pub(crate) fn login_cell(text: &str) -> bool {
    let t = text.trim();
    t.is_ascii()
        && t.bytes().any(|b| b.is_ascii_alphabetic())
        && (t.bytes().any(|b| b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.' | b'@'))
            || crate::detect::LOGIN_ROLES.contains(&t.to_ascii_lowercase().as_str()))
        && !t.bytes().any(|b| b.is_ascii_whitespace())
}

/// An office's post ([`office_role`]), or staff by their trade (医护, 护工), with how many of them or what they
/// do after it: 站工作人员1名, 站工作人员轮流陪护, 医护1名 (陪护人员, set BB2). No one is named.
fn staff_duty(t: &str) -> bool {
    let t = ["轮流陪护", "陪护", "护送", "陪同"].iter().find_map(|w| t.strip_suffix(w)).unwrap_or(t);
    let t = t.strip_suffix(['名', '人']).map_or(t, |r| {
        let d = r.trim_end_matches(|c: char| c.is_ascii_digit());
        if d.len() < r.len() { d } else { t }
    });
    office_role(t) || ["医护", "护工", "医生", "护士", "医务人员", "司机"].contains(&t)
}

/// 户主本人, 本人领取, 社区代发, 村委会统一代领: the person themself, or an office collecting for them, in a name
/// column (代领人, 家庭成员): no one is named.
fn names_no_one(t: &str) -> bool {
    if staff_duty(t) {
        return true;
    }
    const SELF: [&str; 4] = ["户主本人", "申请人本人", "其本人", "本人"];
    const OFFICES: [&str; 11] =
        ["社区", "村委会", "居委会", "村", "街道", "乡镇", "民政所", "民政", "银行", "敬老院", "福利院"];
    const ACTS: [&str; 7] = ["代领", "代发", "代管", "代收", "领取", "自领", "签领"];
    // (全镇, 全街道低保家庭 under 涉及对象 or 受助对象: a whole town's households, set AG6.)
    // (Not 全镇海 or 全村福: 全 is a surname too; one unit alone, or a two-character one with a class after it.)
    if let Some(rest) = t.strip_prefix('全')
        && (["镇", "乡", "村", "县", "区", "市", "组", "屯", "街道", "社区"].contains(&rest)
            || ["街道", "社区"].iter().any(|w| rest.starts_with(w)))
    {
        return true;
    }
    // Every head starts with one of these: a name cell is settled by its first character.
    if !t.starts_with(['户', '申', '其', '本', '社', '村', '居', '街', '乡', '民', '银', '敬', '福', '机', '院', '集'])
    {
        return false;
    }
    // 机构集中照料, 院内护理员, 集中供养: care by the institution, no one named.
    const CARE_BY: [&str; 3] = ["机构", "院内", "集中"];
    const CARE: [&str; 6] = ["照料", "护理", "护理员", "供养", "养护", "照护"];
    if t.chars().count() <= 8 && CARE_BY.iter().any(|h| t.starts_with(h)) && CARE.iter().any(|w| t.ends_with(w)) {
        return true;
    }
    // 本村村委, 本社区居委会, 村两委 as a carer: the village's or community's committee.
    // (村“两委”: the committees' name in quotes, set BH1.)
    let committee = t.strip_prefix('本').unwrap_or(t);
    let committee = committee.strip_prefix("社区").or_else(|| committee.strip_prefix('村')).unwrap_or(committee);
    let committee = committee.strip_prefix('“').and_then(|c| c.strip_suffix('”')).unwrap_or(committee);
    if committee.len() < t.len() && ["村委", "村委会", "居委", "居委会", "两委"].contains(&committee) {
        return true;
    }
    let after = |heads: &[&str]| heads.iter().find_map(|h| t.strip_prefix(h));
    if let Some(rest) = after(&SELF) {
        return rest.is_empty() || ACTS.contains(&rest);
    }
    // (其女代捐, 其子代领 under 经办联系人: a relative by kin word, acting for the person; set AG8.)
    const KIN: [&str; 12] =
        ["其子", "其女", "其妻", "其夫", "其孙女", "其孙", "其母", "其父", "其兄", "其弟", "其姐", "其妹"];
    if let Some(rest) = after(&KIN) {
        return ACTS.contains(&rest) || rest == "代捐";
    }
    after(&OFFICES).is_some_and(|rest| ACTS.contains(&rest.strip_prefix("统一").unwrap_or(rest)))
}

/// Whether a value was already masked by a masker (idempotency, or a roster masked by hand): it has a mask star
/// and no long digit run left.
fn already_masked(s: &str) -> bool {
    s.contains(mask::is_star) && longest_digit_run(s) < 7
}

/// Whether a text could hold an identifier: every ID, phone and card has 7+ digits, every plate an upper-case
/// letter, every fishing boat's number 渔. Lets a non-personal column skip the scan for 序号, 3人, 龙泉街道.
fn may_hold_identifier(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_uppercase())
        || s.chars().filter(|&c| digits::digit_of(c).is_some()).nth(6).is_some()
        || s.contains('渔')
}

/// Whether a record's numbers are all found as numbers a person's record holds (IDs, disability numbers,
/// mobiles), with no other run of five digits or more beside them but a birth month or date (194403).
fn record_numbers_read(text: &str) -> bool {
    let found = digits::find(text, digits::Context::default());
    let date = |run: &str| {
        let n = |r: std::ops::Range<usize>| run.get(r).and_then(|d| d.parse::<u32>().ok()).unwrap_or(0);
        matches!(run.len(), 6 | 8) && (1900..=2099).contains(&n(0..4)) && (1..=12).contains(&n(4..6))
    };
    let loose = |gap: &str| {
        let ascii: String = gap.chars().map(|c| digits::digit_of(c).map_or(' ', char::from)).collect();
        ascii.split(' ').any(|run| run.len() >= 5 && !date(run))
    };
    let mut at = 0;
    let mut unread = false;
    for f in &found {
        unread |= loose(&text[at..f.start]);
        at = f.end;
    }
    unread |= loose(&text[at..]);
    found.iter().all(crate::detect::record_identifier) && !found.is_empty() && !unread
}

fn longest_digit_run(s: &str) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        if digits::digit_of(c).is_some() {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

/// Result of masking one row: only the cells that changed, and what was found.
pub struct RowOut {
    pub changed: Vec<(usize, Cell)>,
    pub events: Vec<Event>,
}

impl RowOut {
    /// The masked row.
    pub fn apply(&self, row: &[Cell]) -> Vec<Cell> {
        let mut out = row.to_vec();
        for (c, cell) in &self.changed {
            if let Some(slot) = out.get_mut(*c) {
                *slot = cell.clone();
            }
        }
        out
    }

    /// Indices of the changed cells.
    pub fn changed_cols(&self) -> Vec<usize> {
        self.changed.iter().map(|(c, _)| *c).collect()
    }
}

impl Masker {
    /// Builds the engine: patterns, detectors, options.
    pub fn new(pats: Patterns, opts: MaskOptions) -> Result<Masker> {
        let det = Detectors::new(&pats)?;
        let kind_rules = Kind::ALL.iter().map(|&k| opts.policy.rule_for(k)).collect();
        Ok(Masker { det, pats, opts, kind_rules })
    }

    /// The policy's rule for a kind.
    fn rule_for(&self, kind: Kind) -> Rule {
        self.kind_rules.get(kind as usize).cloned().unwrap_or(Rule::BUILTIN)
    }

    fn interrupted(&self) -> bool {
        self.opts.interrupt.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// Classifies a sheet and resolves the punitive scope in it. A sheet of several tables, each under its own
    /// header (捐赠单位 | 统一社会信用代码 …, then 帮扶对象 | 姓名 | 身份证号 …), gets a plan for each table below the
    /// first: `Plan::at` gives a row's.
    pub fn plan(&self, sheet: &Sheet) -> Plan {
        let mut plan = self.plan_table(sheet);
        // A form's table (家庭成员情况 over 姓名 | 与申请人关系 | 身份证号码 | 健康状况 over its rows) is read by its
        // header, not as labels and values (set AW3).
        if !plan.layout.form_labels.is_empty() {
            for (start, end) in columns::form_tables(sheet, &self.pats, &plan.layout) {
                let sub = self.plan_table(&sub_sheet(sheet, start, end));
                if sub.layout.header_row == Some(0) && sub.layout.form_labels.is_empty() {
                    plan.sections.push(Section { start, end, plan: Box::new(sub) });
                }
            }
            return plan;
        }
        let starts = columns::section_headers(sheet, &self.pats, &plan.layout);
        let Some(h) = plan.layout.header_row.filter(|_| !starts.is_empty()) else {
            return plan;
        };
        let mut sections = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let next = starts.get(i + 1).copied();
            // (A table above the first one ends at its header; the last one below runs on, past what a streamed
            // CSV's first rows show.)
            let end = if start < h { next.unwrap_or(h).min(h) } else { next.unwrap_or(usize::MAX) };
            let rows = end.min(sheet.rows.len());
            let sub = self.plan_table(&sub_sheet(sheet, start, rows));
            // (A table of fewer than five rows under its header is a footer's block of labels, 填报单位名称 |
            // 联系人姓名 | 联系电话 over 经办人 | 审核人 | 负责人 over names: it stays with the table above, read as
            // footer rows are. Unless every row of it holds a number, as a table's rows do and labels do not: a
            // second table of one or two rows, 序号 | 金额 | 姓名 under 序号 | 姓名 | 金额, is read by its own header,
            // or its names sit under the first table's amounts.)
            let filled: Vec<&Vec<Cell>> =
                sheet.rows[start + 1..rows].iter().filter(|r| r.iter().any(|c| !c.is_blank())).collect();
            let numbered = !filled.is_empty() && filled.iter().all(|r| r.iter().any(holds_number));
            if sub.layout.header_row == Some(0) && (filled.len() >= 5 || numbered) {
                sections.push(Section { start, end, plan: Box::new(sub) });
            }
        }
        // The first table runs from its header to the next table below it, and is read on its own rows.
        let mut plan = match sections.iter().find(|s| s.start > h) {
            Some(below) => self.plan_table(&sub_sheet(sheet, 0, below.start)),
            None => plan,
        };
        plan.sections = sections;
        plan
    }

    /// Classifies one table: a sheet, or the rows of one of its tables.
    fn plan_table(&self, sheet: &Sheet) -> Plan {
        // (身份證號碼 is an ID column's header: the sheet is read as simplified text.)
        let simple = self.pats.script.sheet(sheet);
        let sheet = simple.as_ref();
        let mut layout = columns::analyze(sheet, &self.det, &self.pats, &self.opts.policy);
        // (评估结果 | 好转, 独立行走 beside 康复项目: the assessment of a rehabilitation is the child's health, set BH4.)
        let rehab =
            |c: &columns::Column| c.kind == Kind::Health && c.header.as_deref().is_some_and(|h| h.contains("康复"));
        if layout.columns.iter().any(rehab) {
            for c in &mut layout.columns {
                if matches!(c.kind, Kind::Other | Kind::FreeText)
                    && c.header
                        .as_deref()
                        .map(normalize_header)
                        .is_some_and(|h| ["评估结果", "评估情况", "评估意见", "康复评估", "评估"].contains(&h.as_str()))
                {
                    c.kind = Kind::Health;
                }
            }
        }
        // (儿童类别 | 社会散居孤儿, 艾滋病病毒感染儿童: where a value of a category column names a diagnosis, the
        // others name its absence, and a masked cell among readable ones would tell it: the whole column is health,
        // set BL1. A class of recipients by disability, 重度残疾人, is a benefit's and stays, see `recipient_class`.)
        let data = layout.header_row.map_or(0, |h| h + 1);
        let width = sheet.width();
        for c in &mut layout.columns {
            let category =
                c.header.as_deref().map(normalize_header).is_some_and(|h| h.contains("类别") || h.contains("类型"));
            if !(matches!(c.kind, Kind::Other | Kind::FreeText) && category) {
                continue;
            }
            let diagnosis = sheet.rows.iter().skip(data).filter(|row| !columns::is_free_row(row, width)).any(|row| {
                let Some(Cell::Text(t)) = row.get(c.index) else { return false };
                let mut found = Vec::new();
                self.det.push_health(t, &mut found);
                // (感染儿童: the list's short word for 艾滋病病毒感染儿童.)
                t.chars().count() <= 16
                    && (!found.is_empty() || t.contains("感染"))
                    && !t.contains('残')
                    && !recipient_class(t)
            });
            if diagnosis {
                c.kind = Kind::Health;
            }
        }
        // A disability certificate number is its holder's ID with two digits after it: it tells the age too.
        let id_cols: Vec<usize> = layout
            .columns
            .iter()
            .filter(|c| matches!(c.kind, Kind::IdCard | Kind::DisabilityCert))
            .map(|c| c.index)
            .collect();
        let name_ids = pair_name_ids(&layout, &id_cols);
        let scope_col = self.opts.punitive.as_ref().and_then(|p| p.rows.as_ref()).and_then(|(col, val)| {
            let want = normalize_header(col);
            layout
                .columns
                .iter()
                .find(|c| c.header.as_deref().map(normalize_header).as_deref() == Some(want.as_str()))
                .map(|c| (c.index, val.clone()))
        });
        let col_rules = layout.columns.iter().map(|c| self.header_rule(c.header.as_deref()?, c.kind)).collect();
        let below_village = layout
            .columns
            .iter()
            .filter(|c| {
                c.kind == Kind::Address
                    && c.header.as_deref().is_some_and(|h| {
                        self.pats.headers.masks_whole(h) && self.opts.policy.column(h).and_then(|r| r.rule()).is_none()
                    })
            })
            .map(|c| c.index)
            .collect();
        // (自报籍贯 | …光明村7组72号: a birthplace written down to the house, set AP1; a column of provinces and
        // counties has nothing below a village to cut. So where kin work, set AQ3.)
        const FAR: [&str; 4] = ["籍贯", "外出地", "务工地", "打工地"];
        let place_cols = |words: &[&str]| -> Vec<usize> {
            layout
                .columns
                .iter()
                .filter(|c| {
                    c.kind == Kind::Other
                        && c.header.as_deref().map(normalize_header).is_some_and(|h| {
                            words.iter().any(|w| h.contains(w))
                                && self.opts.policy.column(&h).and_then(|r| r.rule()).is_none()
                        })
                })
                .map(|c| c.index)
                .collect()
        };
        let village_cols = place_cols(&["村", "社区", "居委", "嘎查", FAR[0], FAR[1], FAR[2], FAR[3]]);
        let far_place_cols = place_cols(&FAR);
        let person_note_cols = layout
            .columns
            .iter()
            .filter(|c| {
                matches!(c.kind, Kind::FreeText | Kind::Other) && c.header.as_deref().is_some_and(person_note_header)
            })
            .map(|c| c.index)
            .collect::<Vec<_>>();
        let org_code_cols = layout
            .columns
            .iter()
            .filter(|c| {
                c.kind == Kind::Other
                    && c.header
                        .as_deref()
                        .map(normalize_header)
                        .is_some_and(|h| ["信用代码", "注册号", "执照号", "营业执照"].iter().any(|w| h.contains(w)))
            })
            .map(|c| c.index)
            .collect();
        // (The columns of one kind whose header says more of them.)
        let headed = |kind: Kind, header: fn(&str) -> bool| -> Vec<usize> {
            layout
                .columns
                .iter()
                .filter(|c| c.kind == kind && c.header.as_deref().is_some_and(header))
                .map(|c| c.index)
                .collect()
        };
        let record_code_cols = headed(Kind::Other, record_code_header);
        let numeric_cols = headed(Kind::Other, numeric_header);
        let service_cols = headed(Kind::Health, rehab_service_header);
        let death_cols = headed(Kind::Health, death_header);
        let named_id_cols = layout
            .columns
            .iter()
            .filter(|c| c.kind == Kind::IdCard && c.header.as_deref().is_some_and(|h| self.named_id_header(h)))
            .map(|c| c.index)
            .collect();
        let has_names = layout.columns.iter().any(|c| c.kind == Kind::Name)
            || !layout.form_labels.is_empty()
            || !person_note_cols.is_empty();
        let phone_owners = columns::phone_owners(&layout);
        let office_phone_cols = columns::office_phone_columns(&layout);
        let subject_cols = subject_columns(&layout, &sheet.name);
        Plan {
            subject_cols,
            width: sheet.width(),
            layout,
            id_cols,
            name_ids,
            scope_col,
            col_rules,
            below_village,
            village_cols,
            far_place_cols,
            has_names,
            phone_owners,
            office_phone_cols,
            person_note_cols,
            org_code_cols,
            record_code_cols,
            numeric_cols,
            service_cols,
            death_cols,
            named_id_cols,
            id: PLAN_IDS.fetch_add(1, Ordering::Relaxed),
            sections: Vec::new(),
        }
    }

    /// The policy's rule for values under `header` (a column's or a form label's), if it sets one.
    fn header_rule(&self, header: &str, kind: Kind) -> Option<Rule> {
        self.opts.policy.column(header).and_then(|r| r.rule()).or_else(|| {
            // 自然村/村民小组: hidden whole, as the redact action does.
            (kind == Kind::Address && self.pats.headers.masks_whole(header))
                .then_some(Rule { action: Action::Redact, ..Rule::BUILTIN })
        })
    }

    /// How cell `c` of a row of a form sheet reads: a label the vocabulary knows, left as it is; or a value, of
    /// the kind its label (the cell to its left in a label column) gives, with that label's rule. Anything else,
    /// a label the vocabulary does not know included, is free text.
    pub(crate) fn form_cell(&self, plan: &Plan, row: &[Cell], c: usize) -> FormCell {
        let labels = &plan.layout.form_labels;
        let label = |i: usize| match row.get(i) {
            Some(Cell::Text(t)) if labels.contains(&i) && columns::is_form_label(t) => Some(t.as_str()),
            _ => None,
        };
        // (申请人：沈金波 in a label column is a label with its value in one cell: read as text, where a name after
        // its label is found, set AW3.)
        if label(c).is_some_and(|t| self.pats.headers.classify(t).is_some() && !columns::labelled_note(t)) {
            return FormCell::Label;
        }
        match c.checked_sub(1).and_then(label) {
            Some(l) => {
                // (A non-personal label's value is read as free text: 村（居）委会意见 holds 村委会主任：袁辉.)
                let kind = match self.pats.headers.classify(l) {
                    None | Some(Kind::Other) => Kind::FreeText,
                    Some(k) => k,
                };
                FormCell::Value(kind, self.header_rule(l, kind))
            }
            None => FormCell::Value(Kind::FreeText, None),
        }
    }

    /// Whether a row of a form sheet gives a minor's ID (or disability certificate) as one of its values: every
    /// name in that row is then hidden whole.
    fn form_row_minor(&self, plan: &Plan, row: &[Cell]) -> bool {
        (0..row.len()).any(|c| {
            matches!(self.form_cell(plan, row, c), FormCell::Value(Kind::IdCard | Kind::DisabilityCert, _))
                && normalize_strict(&row[c].as_text())
                    .and_then(|d| birth_of(&d))
                    .is_some_and(|b| self.opts.as_of.years_since(&b) < 18)
        })
    }

    /// Adds the names of a sheet's name columns to `known`. The names are read in parallel and inserted in
    /// row order (what is inserted does not depend on the thread count).
    pub fn collect_names(&self, plan: &Plan, rows: &[Vec<Cell>], first_row: usize, known: &mut KnownNames) {
        let name_cols = Self::name_columns(plan);
        if name_cols.is_empty() && plan.layout.form_labels.is_empty() && plan.sections.is_empty() {
            return;
        }
        let simple = self.pats.script.rows(rows);
        let rows = simple.as_ref();
        let pieces: Vec<NamesFound> = rows
            .par_chunks(256)
            .enumerate()
            .map(|(k, chunk)| self.names_of_rows(plan, &name_cols, chunk, first_row + k * 256))
            .collect();
        for piece in pieces {
            piece.add_to(known);
        }
    }

    /// As [`Masker::collect_names`] for one row past the header, on the calling thread (for callers that
    /// already share out the work). `name_cols` from [`Masker::name_columns`].
    pub fn collect_row_names(&self, plan: &Plan, name_cols: &[usize], row: &[Cell], known: &mut KnownNames) {
        let simple = self.pats.script.row(row);
        let row = simple.as_ref();
        if columns::is_free_row(row, plan.width) {
            for digits in public_landlines(row) {
                known.add_institution_landline(&digits);
            }
            return;
        }
        self.names_in_row(plan, name_cols, row, |run, minor| {
            if minor {
                known.insert_minor(run);
            } else {
                known.insert(run);
            }
        });
        for (inst, digits, person) in self.institution_phones_of(plan, row) {
            known.add_institution_phone(inst, &digits, person);
        }
        for digits in self.printed_institution_landlines(plan, row) {
            known.add_institution_landline(&digits);
        }
        for (digits, home) in self.contact_landlines(plan, row) {
            add_contact_landline(known, &digits, home);
        }
    }

    /// The columns pass 1 reads names from: name columns, and the person-note columns whose cells may open
    /// with a name (`Plan::person_note_cols`).
    pub fn name_columns(plan: &Plan) -> Vec<usize> {
        let names = plan.layout.columns.iter().filter(|c| c.kind == Kind::Name && !c.public).map(|c| c.index);
        names.chain(plan.person_note_cols.iter().copied()).collect()
    }

    /// The names (each with whether it is a minor's) and institution phones of `rows`, the first being row
    /// `first_row`.
    fn names_of_rows<'a>(
        &'a self,
        plan: &'a Plan,
        name_cols: &[usize],
        rows: &'a [Vec<Cell>],
        first_row: usize,
    ) -> NamesFound<'a> {
        let mut found = NamesFound::default();
        let main = plan;
        // (The name columns of the last other table a row was in, found once for its rows.)
        let mut own: Option<(&Plan, Vec<usize>)> = None;
        for (i, row) in rows.iter().enumerate() {
            // (A row of another table in the sheet is read by that table's plan and name columns.)
            let (plan, r) = main.at(first_row + i);
            let name_cols = if std::ptr::eq(plan, main) {
                name_cols
            } else {
                if !own.as_ref().is_some_and(|(p, _)| std::ptr::eq(*p, plan)) {
                    own = Some((plan, Self::name_columns(plan)));
                }
                own.as_ref().map_or(name_cols, |(_, cols)| cols.as_slice())
            };
            if r < plan.data_start() || columns::is_free_row(row, plan.width) {
                found.landlines.extend(public_landlines(row));
                continue;
            }
            self.names_in_row(plan, name_cols, row, |run, minor| found.names.push((run, minor)));
            found.phones.extend(self.institution_phones_of(plan, row));
            found.landlines.extend(self.printed_institution_landlines(plan, row));
            found.contacts.extend(self.contact_landlines(plan, row));
        }
        found
    }

    /// Gives each name of a row's name columns, with whether it is a minor's.
    fn names_in_row<'a>(
        &'a self,
        plan: &Plan,
        name_cols: &[usize],
        row: &'a [Cell],
        mut name: impl FnMut(&'a str, bool),
    ) {
        let minors = self.row_minors(plan, row);
        for &c in name_cols {
            if let Some(Cell::Text(s)) = row.get(c) {
                if plan.person_note_cols.contains(&c) {
                    // (Two characters may be a place as well, 汪清，务工: masked in its own cell only, by
                    // `mask_cell`, not looked for in every other.)
                    if let Some(run) = self.leading_name(s).filter(|r| r.chars().count() >= 3) {
                        name(run, false);
                    }
                    continue;
                }
                // (Sentences about kin are read as free text: their names are the ones found in context.)
                if kin_sentences(&self.det.names, s) {
                    for (k, sp) in self.det.names.find(s, &KnownNames::default()).iter().enumerate() {
                        name(&s[sp.start..sp.end], minors.part(c, k));
                    }
                    continue;
                }
                for (k, run) in self.cell_names(s).enumerate() {
                    name(run, minors.part(c, k));
                }
            }
        }
        if !plan.layout.form_labels.is_empty() {
            for (c, cell) in row.iter().enumerate() {
                if let Cell::Text(s) = cell
                    && matches!(self.form_cell(plan, row, c), FormCell::Value(Kind::Name, _))
                {
                    self.cell_names(s).for_each(|run| name(run, minors.row));
                }
            }
        }
    }

    /// Masks a whole in-memory workbook. Returns the masked workbook, the plans and per-sheet statistics.
    pub fn mask_workbook(
        &self,
        wb: &Workbook,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<(Workbook, Vec<Plan>, Vec<SheetStats>)> {
        let plans: Vec<Plan> = wb.sheets.iter().map(|s| self.plan(s)).collect();
        self.check_scope(&plans)?;
        let mut known = KnownNames::default();
        for (s, p) in wb.sheets.iter().zip(&plans) {
            self.collect_names(p, &s.rows, 0, &mut known);
        }
        let mut out = Workbook { sheets: Vec::with_capacity(wb.sheets.len()), source: wb.source };
        let mut stats = Vec::with_capacity(wb.sheets.len());
        for (sheet, plan) in wb.sheets.iter().zip(&plans) {
            let mut st = SheetStats::new(&sheet.name, plan);
            let mut rows = Vec::with_capacity(sheet.rows.len());
            for (ci, chunk) in sheet.rows.chunks(self.opts.chunk_rows.max(1)).enumerate() {
                if self.interrupted() {
                    return Err(Error::Interrupted);
                }
                let base = ci * self.opts.chunk_rows.max(1);
                let outs = self.mask_rows(plan, &known, base, chunk);
                for (i, (o, orig)) in outs.into_iter().zip(chunk).enumerate() {
                    st.absorb_changes(base + i, &o.events, &o.changed_cols());
                    rows.push(o.apply(orig));
                }
                progress(chunk.len() as u64);
            }
            st.rows = sheet.rows.len();
            out.sheets.push(Sheet {
                name: sheet.name.clone(),
                rows,
                merges: sheet.merges.clone(),
                hidden: sheet.hidden,
            });
            stats.push(st.finish());
        }
        Ok((out, plans, stats))
    }

    /// Fails when a punitive row filter names a column no sheet has.
    pub fn check_scope(&self, plans: &[Plan]) -> Result<()> {
        if let Some(Punitive { rows: Some((col, _)), .. }) = &self.opts.punitive
            && plans.iter().all(|p| p.scope_col.is_none())
        {
            return Err(Error::Punitive(format!(
                "--punitive-rows: no column headed {col:?} in the input; nothing was written"
            )));
        }
        Ok(())
    }

    /// Masks consecutive rows (absolute index of the first: `base`) in parallel, order kept.
    pub fn mask_rows(&self, plan: &Plan, known: &KnownNames, base: usize, rows: &[Vec<Cell>]) -> Vec<RowOut> {
        rows.par_iter().enumerate().with_min_len(64).map(|(i, row)| self.mask_row(plan, known, base + i, row)).collect()
    }

    /// Masks one row. A row typed in traditional characters is masked as simplified text, and what masking keeps
    /// of a changed cell is written back as it was typed (陳建國 -> 陳**).
    pub fn mask_row(&self, plan: &Plan, known: &KnownNames, r: usize, row: &[Cell]) -> RowOut {
        let (plan, r) = plan.at(r);
        let Cow::Owned(simple) = self.pats.script.row(row) else {
            return self.mask_simple_row(plan, known, r, row);
        };
        let mut o = self.mask_simple_row(plan, known, r, &simple);
        for (c, new) in &mut o.changed {
            if let (Some(Cell::Text(orig)), Some(Cell::Text(s)), Cell::Text(m)) = (row.get(*c), simple.get(*c), &*new)
                && orig != s
            {
                *new = Cell::Text(crate::script::restore_cell(orig, s, m));
            }
        }
        o
    }

    /// Whether a cell of the header row, or of a row above it, is a known header with no personal data in it,
    /// which masking leaves as it is (申请人张三丰 reads as a header's word but holds a name, 说明电话一三九… a
    /// phone, 红旗村3组15号户主信息 a home; 严重精神障碍患者…核查记录 names a programme, not a person). Digits make
    /// no header: see `is_known_header`. `verify` reads those rows the same way.
    pub(crate) fn plain_header(&self, c: &Cell, known: &KnownNames) -> bool {
        // (A health term before 患者 names a class of people, as a programme's title does, and one before 等级 a
        // grade; 户主患精神分裂症 and 户主（乙肝） name a person's.)
        columns::is_known_header(&self.pats, c)
            && matches!(c, Cell::Text(t) if !self.det.scan_text(t, known).iter().any(|f| {
                let span = &t[f.start..f.end];
                // (所在村组: an address column's header, with no number, names no home.)
                let numbered = span.chars().any(|c| c.is_numeric() || "一二三四五六七八九十".contains(c));
                // (原金额: a surname and one character read into the header's own word, a header again after the
                // surname, is no name; 户主张三 is still a header without 张三, and 赵敏民族 is 赵敏 before 民族.)
                let header_word_eaten = || {
                    let rest = format!("{}{}", &t[..f.start], &t[f.end..]);
                    let after_surname = span.chars().next().map_or(f.end, |c| f.start + c.len_utf8());
                    self.pats.headers.classify(&rest).is_none()
                        && f.start == 0
                        && (span.chars().count() == 2 || f.end == t.len())
                        && self.pats.headers.classify(&t[after_surname..]).is_some()
                };
                // (失能等级, 户主失能等级, 失能评估等级, 慢病类型: a column of a condition's grade or kind, set V2;
                // not a title's 户主失能等级：重度 or 申请人患尿毒症程度较重.)
                const OF_CLASS: [&str; 9] = ["等级", "程度", "评估", "类别", "类型", "种类", "分类", "名称", "情况"];
                let grade_column = OF_CLASS.iter().any(|w| t[f.end..].starts_with(w))
                    && !t.contains(['：', ':', '患'])
                    && ["", "户主", "本人", "申请人", "成员", "家庭成员", "对象"].contains(&&t[..f.start]);
                // (主要慢性病: the column of each resident's chronic illness, set BT2.)
                let named_column = f.end == t.len() && ["主要", "所患"].contains(&&t[..f.start]);
                f.kind.is_personal()
                    && !(f.kind == Kind::Health && (t[f.end..].starts_with("患者") || grade_column || named_column))
                    && (f.kind != Kind::Address || numbered)
                    && !(f.kind == Kind::Name && header_word_eaten())
            }))
    }

    /// 刑期, 原判刑期, 致残经过, 刑满释放日期: a header that names a column of conditions by a condition's word, a
    /// short cell with nothing else personal in it and no colon or 患 (户主患精神分裂症 in a title names someone's).
    /// Only the header row itself, with most of its cells known headers, is read so (`verify` leaves it to its plan).
    fn condition_title(&self, c: &Cell, known: &KnownNames) -> bool {
        const BEFORE: [&str; 5] = ["", "原", "原判", "主要", "所患"];
        const AFTER: [&str; 12] =
            ["", "期", "经过", "日期", "时间", "原因", "情况", "期限", "部位", "类型", "监狱", "场所"];
        let Cell::Text(t) = c else { return false };
        let t = t.trim();
        let found = self.det.scan_text(t, known);
        t.chars().count() <= 8
            && !t.contains(['：', ':', '患'])
            && !t.chars().any(char::is_numeric)
            && !found.is_empty()
            && found
                .iter()
                .all(|f| f.kind == Kind::Health && BEFORE.contains(&&t[..f.start]) && AFTER.contains(&&t[f.end..]))
            // (精神残疾 alone could be a value in a row taken for the header: only a header's own word, or the
            // condition with a column's word beside it.)
            && (found.len() > 1 || found[0].start > 0 || found[0].end < t.len() || columns::is_known_header(&self.pats, c))
    }

    /// Whether a row below the header repeats it (a header printed again on each page or above each town's
    /// block): two or more filled cells, each its column's header word for word or, for half of them at most,
    /// another header word of its column's kind (姓名 over 户主姓名, 身份证号 over 公民身份号码: a town's block
    /// under its own wording, set BB4). Masking reads it as it reads the header row.
    pub(crate) fn repeats_header(&self, plan: &Plan, row: &[Cell]) -> bool {
        let (mut filled, mut worded) = (0, 0);
        for (c, cell) in row.iter().enumerate() {
            if cell.is_blank() {
                continue;
            }
            let col = plan.layout.columns.get(c);
            let header = col.and_then(|col| col.header.as_deref());
            // (Asked of every row: the first characters compared before the normalised texts are built.)
            let same = |t: &str, h: &str| {
                t.trim().chars().next() == h.trim().chars().next()
                    && crate::patterns::normalize_header(t) == crate::patterns::normalize_header(h)
            };
            match (cell, header) {
                (Cell::Text(t), Some(h)) if same(t, h) => filled += 1,
                (Cell::Text(t), Some(_))
                    if col.is_some_and(|col| {
                        col.kind != Kind::Other && columns::known_header_kind(&self.pats, t) == Some(col.kind)
                    }) =>
                {
                    filled += 1;
                    worded += 1;
                }
                _ => return false,
            }
        }
        filled >= 2 && 2 * worded <= filled
    }

    /// Where a row's cells begin to be names whatever their columns: after a signing label (村民代表签字： |
    /// 郭敏 | 刘红霞), or from the first when every filled cell of the row is a name and two or more are (the
    /// row under a footer's signing labels, 经办人 | 审核人 over 王芳 | 李强, whose cells stand in a 序号 or a
    /// category column). Such a row holds no digit and no other value, so no record reads as one.
    pub(crate) fn signed_from(&self, row: &[Cell]) -> Option<usize> {
        if let Some(label) = columns::signers(row) {
            return Some(label + 1);
        }
        // (王芳 | 李* | 赵**, as `verify` reads the row with some names masked already.)
        let masked = |t: &str| {
            let t = t.trim();
            let stars = t.chars().rev().take_while(|&c| c == '*').count();
            let n = t.chars().count();
            stars >= 1 && (2..=4).contains(&n) && t.chars().take(n - stars).all(crate::detect::is_han)
        };
        // (张家湾 | 李家庄, 白云 | 高山: a row of places' names reads like one of people's. A place's last
        // character no given name ends in stops it, and one name of three characters or more must be there;
        // 刘金山, 李明 and 王安 are names.)
        const PLACE_ENDS: &str = "家湾庄坳寨村屯岭沟坪镇乡县区市塘桥港岗坡寺营堡州";
        let (mut filled, mut long) = (0, false);
        for cell in row.iter().filter(|c| !c.is_blank()) {
            let Cell::Text(t) = cell else { return None };
            let t = t.trim();
            let place = t.chars().next_back().is_some_and(|c| PLACE_ENDS.contains(c));
            if !(self.det.names.looks_like_name(t) || masked(t)) || place {
                return None;
            }
            long |= t.chars().count() >= 3;
            filled += 1;
        }
        (filled >= 2 && long).then_some(0)
    }

    /// How a cell of a free row (a title, a footer) is read: free text, or a name where its label in the cell
    /// before names a person (经办人： | 闫冬青).
    pub(crate) fn free_cell_kind(&self, row: &[Cell], c: usize) -> Kind {
        match columns::label_before(row, c) {
            // (填表人： | … | 监督电话：0906-…: a cell with a label of its own is not the value of the one before,
            // which was left empty; as free text its own label decides.)
            Some(label)
                if self.pats.headers.classify(label) == Some(Kind::Name)
                    && !row.get(c).is_some_and(|cell| columns::labelled_note(&cell.as_text())) =>
            {
                Kind::Name
            }
            _ => self.form_value_kind(row, c).unwrap_or(Kind::FreeText),
        }
    }

    /// 家庭住址 | 新营盘乡马鞍山村委会火把地组, 身体状况 | 偏瘫: in a free row above a table (a form's head), a value
    /// right after a header's word of an address or a condition is read as that column's would be.
    pub(crate) fn form_value_kind(&self, row: &[Cell], c: usize) -> Option<Kind> {
        let Some(Cell::Text(value)) = row.get(c) else { return None };
        // (护理等级 | 护理服务机构, the upper row of a header of two rows: a header's word is no value; a long one
        // is, 新营盘乡马鞍山村委会火把地组 holding 村委.)
        let header_word = columns::is_known_header(&self.pats, &row[c]) && value.trim().chars().count() < 8;
        if c == 0 || header_word || self.pats.headers.classify(value).is_some_and(|k| k.is_personal()) {
            return None;
        }
        // (A header row with words the vocabulary does not know, 健康状况 | 原工作单位: most of its cells are
        // headers; a form's line is labels and values, half and half at most.)
        let filled = row.iter().filter(|c| !c.is_blank()).count();
        let headers = row
            .iter()
            .filter(|c| columns::is_known_header(&self.pats, c) && c.as_text().trim().chars().count() < 8)
            .count();
        if headers * 2 > filled {
            return None;
        }
        let Cell::Text(label) = &row[c - 1] else { return None };
        let kind = self.pats.headers.classify(label)?;
        matches!(kind, Kind::Address | Kind::Health).then_some(kind)
    }

    /// Masks one row of simplified text.
    fn mask_simple_row(&self, plan: &Plan, known: &KnownNames, r: usize, row: &[Cell]) -> RowOut {
        let mut events = Vec::with_capacity(row.len());
        let header = plan.layout.header_row;
        // The header row holds the columns' names, left as they are; a cell of it the vocabulary does not know is
        // read as free text (姓名 | 周兰英 | 身份证号 | '4116…: a form's first row taken for a header must not let
        // its values through).
        let header_row = header == Some(r) || (r > plan.data_start() && self.repeats_header(plan, row));
        let plain_header = |c: &Cell| self.plain_header(c, known);
        if header_row && row.iter().all(|c| c.is_blank() || plain_header(c)) {
            return RowOut { changed: Vec::new(), events };
        }
        let free = header_row || r < plan.data_start() || columns::is_free_row(row, plan.width);
        // (入户调查人 | 评议票数: in a header row of known headers, a header the vocabulary does not know is no value
        // of a name's label before it; read as free text, as `verify` reads it by its column, set BK3.)
        let headers_known = header_row && {
            let filled = row.iter().filter(|c| !c.is_blank()).count();
            let unknown = row.iter().filter(|c| !c.is_blank() && !plain_header(c)).count();
            unknown * 4 <= filled
        };
        // (刑期 | 致残经过 in a header row of known headers: see `condition_title`.)
        let titled_row = header == Some(r) && {
            let filled = row.iter().filter(|c| !c.is_blank()).count();
            let unknown = row.iter().filter(|c| !c.is_blank() && !columns::is_known_header(&self.pats, c)).count();
            unknown * 4 <= filled
        };
        // (村民代表签字： | 郭敏 | … | 刘红霞: names signed across the columns of a data row.)
        let signed_from = if free { None } else { self.signed_from(row) };
        let minors = if plan.has_names { self.row_minors(plan, row) } else { RowMinors::default() };
        let in_scope = self.row_in_scope(plan, row);
        let public_cells = public_neighbours(row);
        // A punitive notice names its subject: where the violation text repeats the name of the row's own
        // subject, it stays readable like the name column (an adult's only; everyone else stays masked).
        let disclosed: Vec<String> = if in_scope && self.opts.punitive.is_some() && !free {
            self.row_names(plan, row, &minors)
        } else {
            Vec::new()
        };
        let mut changed = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            if titled_row && self.condition_title(cell, known) {
                continue;
            }
            // (Nor a known header above it: the group labels of a header of two rows.)
            // (家庭住址 | 新营盘乡马鞍山村委会火把地组 above a form's table: a value that reads like a header's
            // words, 村委, is still the value of the label before it.)
            if cell.is_blank()
                || ((header_row || r < plan.data_start())
                    && plain_header(cell)
                    && (header_row || self.form_value_kind(row, c).is_none()))
            {
                continue;
            }
            let form = !plan.layout.form_labels.is_empty();
            let col = plan.layout.columns.get(c);
            let (kind, public, col_rule) = if form {
                match self.form_cell(plan, row, c) {
                    FormCell::Label => continue,
                    FormCell::Value(kind, rule) => (kind, false, rule),
                }
            } else {
                match col {
                    _ if signed_from.is_some_and(|from| c >= from) => (Kind::Name, false, None),
                    Some(col) if !free => (col.kind, col.public, plan.col_rules.get(c).cloned().flatten()),
                    _ if headers_known => (Kind::FreeText, false, None),
                    _ => (self.free_cell_kind(row, c), false, None),
                }
            };
            if (public && !register_personal_number(plan, c, cell)) || public_cells.contains(&c) {
                continue;
            }
            let institution_phone = kind == Kind::Phone && self.institution_phone(plan, known, row, c);
            // Free text of a column (街道, 开户银行, short remarks) repeats a lot and its masking depends on
            // nothing but the text: a per-thread cache skips the detectors for values already seen.
            // (Plain ASCII, numbers mostly, is cheap to scan and rarely repeats: it only churns the cache.)
            // (Not in a form, whose column holds values of every kind.)
            let cacheable = !free
                && !form
                && matches!(kind, Kind::FreeText | Kind::Other)
                && matches!(cell, Cell::Text(t) if t.len() <= CACHE_MAX_TEXT && !t.is_ascii());
            if cacheable
                && let Cell::Text(t) = cell
                && cache_get(plan.id, c, t, |hit| {
                    events.extend(hit.events.iter().map(|&(kind, status, note)| Event { col: c, kind, status, note }))
                })
            {
                continue;
            }
            let before = events.len();
            let mut ctx = CellCtx {
                col: c,
                events: &mut events,
                col_rule,
                minor: minors.cell(c),
                part_minors: minors.parts(c),
                // (Only the subject's own name stays: a whistle-blower's, an official's or a relative's
                // column is masked in a punitive notice too.)
                in_scope: in_scope && plan.subject_cols.contains(&c),
                disclosed: &disclosed,
                below_village: !form && plan.below_village.contains(&c),
                village_column: !form && plan.village_cols.contains(&c),
                far_place_column: !form && plan.far_place_cols.contains(&c),
                org_code_column: !form && plan.org_code_cols.contains(&c),
                record_code_column: !form && plan.record_code_cols.contains(&c),
                numeric_column: !form && plan.numeric_cols.contains(&c),
                service_column: !form && plan.service_cols.contains(&c),
                death_column: !form && plan.death_cols.contains(&c),
                named_id_column: !form && plan.named_id_cols.contains(&c),
                title: header.is_some_and(|h| r < h),
                person_note: !form && plan.person_note_cols.contains(&c),
            };
            let out = if institution_phone {
                self.mask_people_in_institution_phone(cell, known, &mut ctx)
            } else {
                self.mask_cell(kind, cell, known, &mut ctx)
            };
            // Only texts left as they are go in: they are the phrases that repeat (重点保障对象); a text with
            // personal data in it is nearly always unique and would only push them out.
            if cacheable
                && out.is_none()
                && let Cell::Text(t) = cell
            {
                let evs = events[before..].iter().map(|e| (e.kind, e.status, e.note)).collect();
                cache_put(plan.id, c, t, Cached { events: evs });
            }
            if let Some(new) = out {
                changed.push((c, new));
            }
        }
        RowOut { changed, events }
    }

    /// An institution's own phone cell: the number and the institution stay, a person named beside them does
    /// not (福利院 院长王建国 0953-8159736 -> 院长王** ).
    fn mask_people_in_institution_phone(&self, cell: &Cell, known: &KnownNames, ctx: &mut CellCtx) -> Option<Cell> {
        let Cell::Text(t) = cell else {
            return None;
        };
        if t.is_ascii() {
            return None;
        }
        let mut found = self.det.scan_text(t, known);
        found.retain(|f| f.kind == Kind::Name);
        self.apply_text_findings(t, found, known, ctx).map(Cell::Text)
    }

    /// Whether cell `c` of `row` is an institution's own phone, public like the institution: it holds landlines
    /// only, its row gives an institution for it (`phone_institution`), and at least two rows of the file give
    /// that same number for that institution. A number shared by a care home's residents is the home's; a
    /// person's own number is not shared, and a mobile stays masked whoever it belongs to.
    /// So is a landline printed beside an institution's name anywhere in the file (供养机构及电话: 同心县特困人员
    /// 供养服务中心（0953-8159736）), in that cell and wherever else the number is given.
    /// So is a landline under a header that names an office's phone (居委电话, 村委会电话, 办公电话): a mobile there
    /// may be a cadre's own and stays masked.
    pub fn institution_phone(&self, plan: &Plan, known: &KnownNames, row: &[Cell], c: usize) -> bool {
        if plan.office_phone_cols.contains(&c) && row.get(c).and_then(landline_digits).is_some() {
            return true;
        }
        let Some(digits) = row.get(c).and_then(landline_digits) else {
            return false;
        };
        // (紧急联系人 常家坡村委会 | 联系电话 0710-7234866: the contact is an office, alone in its cell, so the
        // landline beside it is the office's, set AR2. A mobile there may be a cadre's own. Only under a
        // contact's header: 照料护理人 村委会 | 联系电话 may give the resident's own line, set AI1.)
        if let Some(o) = Self::owner_of(plan, c)
            // (监护人 杏岭镇民政办 | 监护人电话 0435-…: a guardian that is an office, set AZ5.)
            // (照料人 罗通山镇敬老院, 办理人 梅河口市光荣院 under any owner's header: a home named by its place is
            // no stand-in for a person's own line, sets BB1, BB3.)
            && (plan
                .layout
                .columns
                .get(o)
                .and_then(|col| col.header.as_deref())
                .is_some_and(|h| {
                    // (紧急联系人 over 姓名 | 电话: a two-row header, the sub-column's word alone, set AZ5.)
                    ["联系人", "监护人", "监护单位"].iter().any(|w| h.contains(w))
                        // (监护人（联系人） over 姓名 | 联系电话, beside the resident's own 姓名 further left, set BK5.)
                        || (normalize_header(h) == "姓名"
                            && (plan.layout.columns.get(c).and_then(|col| col.header.as_deref()) == Some("电话")
                                || (plan.layout.columns.get(c).and_then(|col| col.header.as_deref()).is_some_and(
                                    |ph| BARE_PHONE_HEADERS.contains(&normalize_header(ph).as_str()),
                                ) && plan
                                    .layout
                                    .columns
                                    .iter()
                                    .any(|col| col.kind == Kind::Name && col.index < o))))
                }) || plan.layout.columns.get(c).and_then(|col| col.header.as_deref()).is_some_and(|h| {
                    // (Only a phone column for whoever the owner is: not 家庭电话 or 本人电话, the resident's.)
                    let h = normalize_header(h);
                    let generic = BARE_PHONE_HEADERS.contains(&h.as_str());
                    let named = plan.layout.columns.get(o).and_then(|col| col.header.as_deref()).is_some_and(|oh| {
                        let oh = normalize_header(oh);
                        let oh = oh.trim_end_matches("姓名");
                        // (委托照料人 | 照料人联系方式: the phone's header names the owner without 委托, set BE6.)
                        let oh = oh.strip_prefix("委托").unwrap_or(oh);
                        // (施工负责人 | 负责人电话: the phone's header names the owner by the end of its header,
                        // set CF6.)
                        let stem = ["联系电话", "联系方式", "电话", "手机"]
                            .iter()
                            .find_map(|w| h.strip_suffix(w))
                            .filter(|s| s.chars().count() >= 2);
                        !oh.is_empty()
                            && (h.starts_with(oh) || stem.is_some_and(|s| oh.ends_with(s)))
                            && !oh.starts_with('被')
                    });
                    // (A village's committee as the carer, 东兴村委会 | 照料人联系方式: the header names the carer's
                    // own line, set BE6; under a bare 联系电话 it may be the resident's, set AI1.)
                    named
                        || (generic && row.get(o).is_some_and(|owner| place_named_institution(&owner.as_text())))
                }))
            && let Some(Cell::Text(owner)) = row.get(o)
            // (监护人姓名 李庄村民委员会（临时监护）: the office, and how it looks after the child, set BW5.)
            && let owner = without_care_note(owner)
            // (出租人 | 于都县城发房屋租赁有限公司 | 出租人电话 0797-…: a registered company's own line, set BP4.)
            && (crate::detect::name::bare_institution(owner)
                || (["有限公司", "有限责任公司"].iter().any(|w| owner.trim().ends_with(w))
                    && !owner.contains(['（', '(', '，', ',', ' ', '、'])))
            && self.pats.is_institution(owner)
            // (Not 李秀兰养老院, which may name its owner, nor a number with someone beside it: 王建国 0435-….)
            && self.det.names.find(owner, &KnownNames::default()).is_empty()
            && !row[c].as_text().chars().any(crate::detect::is_han)
        {
            return true;
        }
        // (附：各街道咨询电话 | 燕儿窝街道 | 0991-2851201: a row that holds an office's name and nothing else
        // gives that office's line, set BF6.)
        let mut others = row.iter().enumerate().filter(|&(i, v)| i != c && !v.as_text().trim().is_empty());
        if let (Some((_, only)), None) = (others.next(), others.next())
            && self.office_alone_in_row(&only.as_text())
            && !row[c].as_text().chars().any(crate::detect::is_han)
        {
            return true;
        }
        // (姓名 马秀英 | 家庭住址 伊宁县社会福利中心 | 联系电话 0999-4035678; 领款人 利川市儿童福利院 | 儿童姓名 … |
        // 联系方式 0718-7231234: the row's person lives in a home named by its place, and a landline alone under a
        // bare phone header is the home's, set BF2, BF3, BF5. Where the home is the row's address, not a line two
        // residents of it share (马福祥, 马秀英 | 民和县古鄯镇敬老院 | 0972-8123456, a couple's, session 43); three
        // or more make it the home's below. Where the home is the payee or guardian, its wards' line is its own.)
        let bare_header = plan
            .layout
            .columns
            .get(c)
            .and_then(|col| col.header.as_deref())
            .is_some_and(|h| BARE_PHONE_HEADERS.contains(&normalize_header(h).as_str()));
        // (寄养家庭户主 | 寄养母亲 董淑英 | 联系电话 0739-…: a carer named beside the number owns it, though the home
        // is the child's guardian, set BN2.)
        let carer_owns = Self::owner_of(plan, c).is_some_and(|o| {
            // (Not 户主 or 联系人: the resident in the home, or its director, 汤子豪（院长）, sets BF3 and BH3.)
            const CARERS: [&str; 10] =
                ["寄养", "母亲", "父亲", "监护人", "照料人", "代领人", "家属", "亲属", "抚养人", "赡养人"];
            let header = plan.layout.columns.get(o).and_then(|col| col.header.as_deref()).map(normalize_header);
            let who = row.get(o).map(Cell::as_text).unwrap_or_default();
            // (武** as `verify` reads the output: a person masked already is a person.)
            header.is_some_and(|h| CARERS.iter().any(|w| h.contains(w)))
                && !who.trim().is_empty()
                && (!is_placeholder(&who) || who.contains('*'))
                && !self.pats.is_institution(&who)
        });
        if bare_header
            && !carer_owns
            && !row[c].as_text().chars().any(crate::detect::is_han)
            && plan.layout.columns.iter().any(|col| {
                col.index != c
                    && matches!(col.kind, Kind::Address | Kind::Name)
                    && matches!(row.get(col.index), Some(Cell::Text(t)) if self.home_named_by_place(t)
                        && (col.kind == Kind::Name || known.institution_phone_people(t, &digits) != 2))
            })
        {
            return true;
        }
        // (主要照护人 院方（集中供养） | 照护人电话 0739-… beside 现居住地址 小沙江镇敬老院: the carer is the home the
        // row's person lives in, so the line is the home's, even printed once, set BW1.)
        let the_home = Self::owner_of(plan, c).and_then(|o| row.get(o)).is_some_and(|n| {
            let n = n.as_text();
            let n = n.trim();
            let head = n.split(['（', '(']).next().unwrap_or(n);
            THE_HOME.contains(&head) && is_placeholder(n)
        });
        if the_home
            && !row[c].as_text().chars().any(crate::detect::is_han)
            && self.phone_institution(plan, row, c).is_some()
        {
            return true;
        }
        if !known.has_institution_phones() {
            return false;
        }
        known.is_institution_landline(&digits)
            || self.phone_institution(plan, row, c).is_some_and(|inst| {
                known.shared_institution_phone(inst, &digits)
                    && (Self::owner_of(plan, c).and_then(|o| row.get(o)).is_none_or(|n| {
                        let n = n.as_text();
                        is_placeholder(&n) || self.pats.is_institution(&n)
                    }) || known.institution_phone_people(inst, &digits) >= 3)
            })
    }

    /// 燕儿窝街道, 和平路街道办事处, 红旗社区居委会, 东昌区民政局: an office alone in its cell, no one named in it.
    fn office_alone_in_row(&self, t: &str) -> bool {
        const OFFICES: [&str; 9] =
            ["街道", "街道办", "办事处", "社区", "居委会", "村委会", "人民政府", "镇政府", "乡政府"];
        let t = t.trim();
        t.chars().count() <= 14
            && t.chars().all(crate::detect::is_han)
            && (OFFICES.iter().any(|w| t.ends_with(w))
                || (crate::detect::name::bare_institution(t) && self.pats.is_institution(t)))
            && self.det.names.find(t, &KnownNames::default()).is_empty()
    }

    /// 伊宁县社会福利中心, 六都寨镇敬老院: a care home alone in its cell, named by its place, with no one named in it.
    fn home_named_by_place(&self, t: &str) -> bool {
        // (Only a care home's own words after the place: not 城关镇中心, 人民医院 or 靠近六都寨镇敬老院.)
        const HOMES: [&str; 11] = [
            "敬老院",
            "养老院",
            "福利院",
            "儿童福利院",
            "社会福利院",
            "福利中心",
            "社会福利中心",
            "儿童福利中心",
            "供养中心",
            "供养服务中心",
            "光荣院",
        ];
        let t = without_care_note(t);
        place_named_institution(t)
            && digits::office_alone(t.trim(), &HOMES)
            && bare_home(t)
            && crate::detect::name::bare_institution(t)
            && self.pats.is_institution(t)
            && self.det.names.find(t, &KnownNames::default()).is_empty()
    }

    /// The landlines (digits) a row prints beside an institution's name in its phone columns.
    fn printed_institution_landlines<'a>(&'a self, plan: &'a Plan, row: &'a [Cell]) -> impl Iterator<Item = String> {
        plan.layout.columns.iter().filter(|col| col.kind == Kind::Phone).filter_map(move |col| {
            match row.get(col.index) {
                Some(cell @ Cell::Text(t)) if !t.is_ascii() && self.pats.is_institution(t) => landline_digits(cell),
                _ => None,
            }
        })
    }

    /// The landlines of a row's phone columns with whose they are: the home's (true) when the column's owner
    /// is the home itself (监护人 本院 | 监护人电话 0739-8262118, set AE4), it is that owner's only phone column
    /// and the cell holds the number alone; a person's (false) when the owner cell names someone. A number
    /// some row gives for a person is never the home's alone (a family's line under 本院 in another row).
    fn contact_landlines(&self, plan: &Plan, row: &[Cell]) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for &(p, owner) in &plan.phone_owners {
            let (Some(cell), Some(Cell::Text(who))) = (row.get(p), row.get(owner)) else { continue };
            let Some(digits) = landline_digits(cell) else { continue };
            let who = who.trim();
            let home = THE_HOME.contains(&who)
                && plan.phone_owners.iter().filter(|&&(_, o)| o == owner).count() == 1
                && !cell.as_text().chars().any(crate::detect::is_han);
            let person = !home && !who.is_empty() && !is_placeholder(who) && !self.pats.is_institution(who);
            if home || person {
                out.extend(digits.split(',').map(|d| (d.to_string(), home)));
            }
        }
        out
    }

    /// The institution the phone in column `c` of `row` would belong to: the name cell its column belongs to
    /// when that holds an institution (照料人 | 敬老院), or else an institution in the row's address column
    /// (居住地址 | 前郭县社会福利中心), whoever the name cell names (机构照料, blank, a resident).
    fn phone_institution<'a>(&self, plan: &Plan, row: &'a [Cell], c: usize) -> Option<&'a str> {
        let owner = Self::owner_of(plan, c)?;
        let text = |i: usize| match row.get(i) {
            Some(Cell::Text(s)) => s.as_str(),
            _ => "",
        };
        let name = text(owner);
        if self.pats.is_institution(name) {
            return Some(name);
        }
        // (姓名 喇福祥 | 供养地址 民和县马营镇敬老院 | 联系电话 0972-8593253: a resident of a care home is reached on
        // its line: the row's own person, the address the home alone (not 敬老院隔壁, 县医院家属院), and, in
        // `institution_phone`, the same landline beside three people or more; a guardian's or a family's
        // line is shared by fewer.)
        let resident = plan.subject_cols.contains(&owner);
        if !is_placeholder(name) && !resident {
            // (发布单位 宜宾市救助管理站 | 联系人 罗志强 | 联系电话 0831-8222110: a notice's contact at the office
            // that issued it, on the office's line; set AP1. `institution_phone` asks for three people or more
            // on it. Not a family's contact: 家属联系人, 紧急联系人.)
            let staff = plan.layout.columns.get(owner).and_then(|c| c.header.as_deref()).is_some_and(|h| {
                h.contains("联系人") && !["家属", "亲属", "紧急", "监护", "户主", "家庭"].iter().any(|w| h.contains(w))
            });
            if !staff {
                return None;
            }
            return plan
                .layout
                .columns
                .iter()
                .filter(|col| matches!(col.kind, Kind::Other | Kind::FreeText) && col.index != owner)
                .map(|col| text(col.index))
                .find(|a| crate::detect::name::bare_institution(a) && self.pats.is_institution(a));
        }
        plan.layout
            .columns
            .iter()
            .filter(|col| col.kind == Kind::Address)
            .map(|col| text(col.index))
            .find(|a| self.pats.is_institution(a) && (is_placeholder(name) || bare_home(a)))
    }

    /// The column of the name a phone column `c` belongs to.
    fn owner_of(plan: &Plan, c: usize) -> Option<usize> {
        plan.phone_owners.iter().find(|(p, _)| *p == c).map(|&(_, o)| o)
    }

    /// The (institution, landline digits, name cell) triples a data row gives (see `institution_phone`).
    fn institution_phones_of<'a>(
        &'a self,
        plan: &'a Plan,
        row: &'a [Cell],
    ) -> impl Iterator<Item = (&'a str, String, &'a str)> {
        plan.phone_owners.iter().filter_map(move |&(p, owner)| {
            let inst = self.phone_institution(plan, row, p)?;
            let person = match row.get(owner) {
                Some(Cell::Text(s)) => s.as_str(),
                _ => "",
            };
            Some((inst, row.get(p).and_then(landline_digits)?, person))
        })
    }

    /// The adults' names in a row's name columns, as masking reads them.
    fn row_names(&self, plan: &Plan, row: &[Cell], minors: &RowMinors) -> Vec<String> {
        let mut out = Vec::new();
        for col in plan.layout.columns.iter().filter(|c| plan.subject_cols.contains(&c.index)) {
            if let Some(Cell::Text(s)) = row.get(col.index) {
                for (k, run) in self.cell_names(s).enumerate() {
                    if !minors.part(col.index, k) {
                        // (张　伟 in the name column is 张伟 in the violation text.)
                        let compact: String = run.chars().filter(|c| !c.is_whitespace()).collect();
                        if compact != run {
                            out.push(compact);
                        }
                        out.push(run.to_string());
                    }
                }
            }
        }
        out
    }

    /// The names of a name cell, in order, as masking reads them (list numbers, relation words, labels and
    /// institutions left out).
    fn cell_names<'a>(&'a self, s: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        // 姚　涛, 王 小明（侄子）: a name typed with a space after its surname is one name, not two.
        let padded = spaced_name(&self.det.names, s)
            .map(|(sur, gap, given, _)| &s.trim()[..sur.len() + gap.len() + given.len()]);
        let whole = single_part(s);
        let parts = split_names(s).filter(move |_| padded.is_none()).filter_map(move |part| {
            let run = self.name_in_part(part, whole);
            // (自理 in a 照料人 column is a placeholder, not a person to look for in every remark.)
            let placeholder = is_placeholder(part) || is_placeholder(run);
            let placeholder = placeholder || (!whole && run == part && self.det.names.member_note(run));
            let label = self.label_run(run);
            // (妥法图麦*: a stray star after a name hides nothing; the name is looked for without it, when what
            // is left is a whole name of three characters or more: 王小* may be a name cut short, 王小 no one.)
            let bare = run.trim_end_matches('*');
            let run = if masked_name(&self.det.names, run) || bare.chars().count() < 3 { run } else { bare };
            // (刘某某 names no one to look for elsewhere: 刘某 would mask 南许家河村刘某某 in every note.)
            (run.chars().count() >= 2
                && !run.contains('*')
                && !anonymised_name(run)
                && !self.pats.is_institution(part)
                && !placeholder
                && !label)
                .then_some(run)
        });
        parts.chain(padded)
    }

    /// The name a person-note cell opens with (母鹏，2016年务工时失联; 吴敏（慢阻肺）): its first clause, when
    /// that reads as a name whole. 高血压，长期服药 and 死亡 open with none.
    fn leading_name<'a>(&self, s: &'a str) -> Option<&'a str> {
        let s = s.trim();
        let end = s.find(['，', ',', '、', '；', ';', '（', '(', '：', ':', ' ', '\u{3000}', '。']).unwrap_or(s.len());
        let run = &s[..end];
        let names = &self.det.names;
        let n = run.chars().count();
        // (延吉，务工, 宁波，打工: a place's or an everyday word of two characters is what happened, not who.)
        // (者三妹: a surname of the southwest we do not list, in three characters; 弃养, 病亡 are two.)
        // A name of three characters taken here is looked for in every cell of the file (`names_in_row`).
        let name = (names.looks_like_name(run) && (n >= 3 || !names.holds_everyday_word(run)))
            || (n == 3 && names.unlisted_name(run));
        let place = run.ends_with(['省', '市', '县', '区', '镇', '乡', '村', '州', '旗']);
        (name
            && !place
            && !is_placeholder(run)
            && !health_blank(run)
            && !names.member_note(run)
            && !self.det.health.is_match(run)
            && !self.pats.is_institution(run))
        .then_some(run)
    }

    /// Which names of a row are minors'. A name column paired with an ID column reads its names against that
    /// cell's IDs one by one (邵萍柏、康嘉诺 | 1992…、2018… : only 康嘉诺 is a minor); when the counts differ,
    /// one minor ID makes every name in the cell a minor's (fail closed). A name column without its own IDs
    /// takes the answer of the same name in a paired column, else the row's (any single ID of the row a
    /// minor's).
    fn row_minors(&self, plan: &Plan, row: &[Cell]) -> RowMinors {
        if !plan.layout.form_labels.is_empty() {
            return RowMinors { row: self.form_row_minor(plan, row), cols: Vec::new() };
        }
        let is_minor = |id: &[u8]| birth_of(id).is_some_and(|b| self.opts.as_of.years_since(&b) < 18);
        // Nearly every row holds adults only: one pass over its ID cells settles it without reading names.
        let any_minor = plan.id_cols.iter().any(|&c| match row.get(c) {
            Some(Cell::Text(t)) if is_plain_id(t) => is_minor(t.as_bytes()),
            Some(cell) if !cell.is_blank() => ids_in_cell(cell).iter().any(|id| is_minor(id)),
            _ => false,
        });
        if !any_minor {
            return RowMinors::default();
        }
        let row_minor = self.row_is_minor(plan, row);
        let mut cols: Vec<(usize, Vec<bool>)> = Vec::with_capacity(plan.name_ids.len());
        let mut named: Vec<(&str, bool)> = Vec::new();
        let mut unpaired = Vec::new();
        for &(nc, ic) in &plan.name_ids {
            let Some(Cell::Text(s)) = row.get(nc) else { continue };
            let runs: Vec<&str> = self.cell_names(s).collect();
            let ids = ic.and_then(|ic| row.get(ic)).map(ids_in_cell).unwrap_or_default();
            if ids.is_empty() {
                unpaired.push((nc, runs));
                continue;
            }
            let flags: Vec<bool> = if ids.len() == runs.len() {
                ids.iter().map(|id| is_minor(id)).collect()
            } else {
                // (At least one flag: a name typed with spaces, 龚  翠, has no part of two characters.)
                vec![ids.iter().any(|id| is_minor(id)); runs.len().max(1)]
            };
            named.extend(runs.iter().copied().zip(flags.iter().copied()));
            cols.push((nc, flags));
        }
        for (nc, runs) in unpaired {
            let mut flags: Vec<bool> =
                runs.iter().map(|r| named.iter().find(|(n, _)| n == r).map_or(row_minor, |&(_, m)| m)).collect();
            if flags.is_empty() {
                flags.push(row_minor);
            }
            cols.push((nc, flags));
        }
        let row = row_minor || cols.iter().any(|(_, f)| f.contains(&true));
        RowMinors { row, cols }
    }

    fn row_is_minor(&self, plan: &Plan, row: &[Cell]) -> bool {
        plan.id_cols.iter().any(|&c| {
            let Some(cell) = row.get(c).filter(|x| !x.is_blank()) else {
                return false;
            };
            let birth = match cell {
                // The common case, a plain 18- or 15-character ID: read the date in place.
                Cell::Text(t) if is_plain_id(t) => birth_of(t.as_bytes()),
                _ => normalize_strict(&cell.as_text()).and_then(|d| birth_of(&d)),
            };
            birth.is_some_and(|b| self.opts.as_of.years_since(&b) < 18)
        })
    }

    fn row_in_scope(&self, plan: &Plan, row: &[Cell]) -> bool {
        match &self.opts.punitive {
            None => false,
            Some(Punitive { rows: None, .. }) => true,
            Some(Punitive { rows: Some(_), .. }) => plan
                .scope_col
                .as_ref()
                .is_some_and(|(c, v)| row.get(*c).is_some_and(|x| x.as_text().trim() == v.as_str())),
        }
    }

    fn rule(&self, kind: Kind, ctx: &CellCtx) -> Rule {
        ctx.col_rule.clone().unwrap_or_else(|| self.rule_for(kind))
    }

    /// Masks one cell of a column of `kind`; None when it stays as it is.
    fn mask_cell(&self, kind: Kind, cell: &Cell, known: &KnownNames, ctx: &mut CellCtx) -> Option<Cell> {
        let text: std::borrow::Cow<'_, str> = match cell {
            Cell::Text(s) => std::borrow::Cow::Borrowed(s.as_str()),
            Cell::Int(_) | Cell::Float(_) => match kind {
                Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount => cell.as_text(),
                // (残疾等级 typed as a number, 2: the grade is health data like 二级; 组 | 1, the unit below the
                // village, hidden as 5组 is, set AH4.)
                Kind::Health => cell.as_text(),
                Kind::Address if ctx.below_village => cell.as_text(),
                // Numbers elsewhere only matter when they could be a phone, card or ID typed as a number.
                _ => {
                    let t = cell.as_text();
                    if longest_digit_run(&t) < 7 {
                        return None;
                    }
                    t
                }
            },
            _ => return None,
        };
        let text = text.as_ref();
        if self.opts.policy.allows(text) {
            return None;
        }
        if ctx.person_note
            && matches!(kind, Kind::FreeText | Kind::Other)
            && let Some(run) = self.leading_name(text)
            && let Some(start) = text.find(run)
        {
            // 母鹏，2016年务工时失联 under 父亲情况: the person's name first, then the text about them.
            let end = start + run.len();
            let f = Finding::text(0, run.len(), Kind::Name, self.det.names.surname_len(run));
            let rule = self.rule(Kind::Name, ctx);
            ctx.event(Kind::Name, Status::Valid, Note::None);
            let rest = &text[end..];
            let tail = self.mask_free_text(rest, known, ctx).unwrap_or_else(|| rest.to_string());
            return Some(Cell::Text(format!("{}{}{tail}", &text[..start], mask::mask_finding(&f, run, &rule))));
        }
        // (救助对象类别 | 重度残疾人: in a column a header names as a category, a class of recipients the policy
        // lists is that category, as 特困人员 and 低保对象 beside it are; a condition of its own, 精神残疾, is not.)
        if kind == Kind::Other && recipient_class(text) {
            return None;
        }
        let masked = match kind {
            Kind::Name => self.mask_name_cell(text, known, ctx),
            Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount => {
                // 联系人及电话: 李昌洙 18128638670, 家庭成员身份证号: 户主：武杰强；母：卢淑: a person named beside
                // the number is masked too, before the number is.
                // (Whether the cell was masked already is judged on its own text: a name's stars do not make
                // the number beside it masked.)
                // (A number masked already, 李昌洙 139****5678, still has its holder's name masked.)
                if is_placeholder(text) {
                    return None;
                }
                // (救助对象（姓名+身份证） | 杨梅静, 郑梅 户主，其夫 徐强金, 杨梅静 3口人: no ID, only the person, read as
                // a name column reads it, set BC6.)
                if ctx.named_id_column && self.named_id_name(text) {
                    return self.mask_name_cell(text, known, ctx).filter(|m| m != text).map(Cell::Text);
                }
                // (监督电话：0435-3218890 in a footer row, under the ID column: the notice's own line, read as text
                // reads it, set AW1.)
                // (A mobile there, 监督电话：138…, is some cadre's own: masked the column's way, fail closed.)
                if digits::public_line(text) {
                    return self.mask_free_text(text, known, ctx).filter(|m| m != text).map(Cell::Text);
                }
                // (老人基本信息（姓名 性别 出生年月 身份证号 所在村） | 孙某/女/91岁/4116…/小范屯村225号: a whole
                // record under a header naming its fields is free text, its home cut below the village.)
                // (A record with a number no rule reads, 王五 男 12345 4116…, is masked the column's way first, and
                // then as text, which reads the masked numbers as a record's.)
                let record = matches!(kind, Kind::IdCard | Kind::DisabilityCert | Kind::Phone)
                    && text.chars().any(crate::detect::is_han)
                    && crate::detect::record_fields(text).len() >= 3
                    && self.holder_line(text).is_none();
                if record && record_numbers_read(text) {
                    return self.mask_free_text(text, known, ctx).filter(|m| m != text).map(Cell::Text);
                }
                let named = self.mask_names_beside_identifiers(kind, text, known, ctx);
                let masked = if already_masked(text) {
                    named
                } else {
                    let t = named.as_deref().unwrap_or(text);
                    let cell = if named.is_some() { &Cell::Text(t.to_string()) } else { cell };
                    self.mask_identifier_cell(kind, cell, t, ctx).or(named)
                };
                // (残疾证号 | 肢体二级 3310…42: the category and grade beside the number are health data, as the
                // number's last two digits are.)
                if record {
                    let t = masked.as_deref().unwrap_or(text);
                    self.mask_free_text(t, known, ctx).or(masked)
                } else if text.chars().any(crate::detect::is_han) {
                    let t = masked.as_deref().unwrap_or(text);
                    self.mask_health_in_text(t, ctx).or(masked)
                } else {
                    masked
                }
            }
            Kind::Address => self.mask_address_cell(text, known, ctx),
            Kind::Health => {
                // (自理 under 护理等级 or 健康状况 is a care grade, health data like 半护理; under 照料人 it names no
                // one, which is why it is a placeholder elsewhere.)
                // (无 under 残疾类别 says no disability, as 健康 says no illness: health data too. Only a dash or a
                // slash says nothing; `verify` reads the column the same way.)
                if health_blank_in(text, ctx.death_column)
                    || text.trim() == crate::detect::address::MARKER
                    || (ctx.service_column && generic_rehab_service(text))
                    || general_hospital(text)
                {
                    None
                } else {
                    let rule = self.rule(Kind::Health, ctx);
                    let f = Finding::text(0, text.len(), Kind::Health, 0);
                    ctx.event(Kind::Health, Status::Valid, Note::None);
                    Some(mask::mask_finding(&f, text, &rule))
                }
            }
            // Columns whose header names non-personal data (amounts, counts, 街道, 开户银行 …) are still
            // checked for identifiers (fail closed), but not for names or addresses: their values are
            // place and category names that a name heuristic would only damage.
            // (A category that is a diagnosis, 艾滋病病毒感染儿童, is health data wherever it stands; a benefit's
            // name, 重度残疾人护理补贴, is not.)
            Kind::Other => {
                if (ctx.org_code_column && digits::is_labelled_org_code(text))
                    || (ctx.record_code_column && record_code_cell(cell, text))
                {
                    None
                } else if ctx.village_column
                    && let Some(cut) = self.cut_below_village(text, ctx)
                {
                    Some(cut)
                } else if ctx.far_place_column && home_detail(text) {
                    // (子女外出地 | 宁波北仑区新碶街道佳利电子厂员工宿舍C栋296, 籍贯 | …江汉区解放大道688号: a road, a
                    // dormitory or a number below a town with no village to cut at; cut as an address.)
                    self.mask_address_cell(text, known, ctx)
                } else if self.category_as_text(text)
                    || !self.det.names.shop_owners(text).is_empty()
                    // (A name of the file's name columns whole, or three Han characters under a header of numbers:
                    // a second table's 被探视老人 under the first table's 年龄, set AZ5.)
                    || listed_name_whole(text, known, ctx)
                    || (ctx.numeric_column && numeric_as_text(text))
                {
                    // (单位名称 | 二道江区石亚娟副食商店: a one-person business named after its owner, set AQ2.)
                    // (A paragraph under a header of categories, 与申请人关系 over a form's 申请理由: no category's
                    // name.)
                    // (制表：梁北胜 under 序号, a short footer line taken for a record's: a label and its value are
                    // read as text, whatever the column.)
                    self.mask_free_text(text, known, ctx)
                } else if !may_hold_identifier(text) {
                    self.mask_health_in_text(text, ctx)
                } else {
                    let ids = self.mask_identifiers_in_text(text, ctx);
                    let t = ids.as_deref().unwrap_or(text);
                    self.mask_health_in_text(t, ctx).or(ids)
                }
            }
            Kind::Plate | Kind::FreeText => self.mask_free_text(text, known, ctx),
        };
        match masked {
            Some(m) if m != text => Some(Cell::Text(m)),
            _ => None,
        }
    }

    /// Free text: only the personal spans are masked.
    fn mask_free_text(&self, text: &str, known: &KnownNames, ctx: &mut CellCtx) -> Option<String> {
        let mut found = self.text_findings(text, known);
        if ctx.title {
            found.retain(|f| !programme_class(text, f));
        }
        if !ctx.disclosed.is_empty() {
            let before = found.len();
            found.retain(|f| !(f.kind == Kind::Name && ctx.disclosed.iter().any(|d| d == &text[f.start..f.end])));
            if found.len() < before {
                ctx.event(Kind::Name, Status::Valid, Note::PunitiveKept);
            }
        }
        self.apply_text_findings(text, found, known, ctx)
    }

    /// What free text holds that masking hides: the detectors' findings less the policy's values, names
    /// inside an institution's name and an office's own address.
    fn text_findings(&self, text: &str, known: &KnownNames) -> Vec<Finding> {
        let mut found = self.det.scan_text(text, known);
        found.retain(|f| !self.opts.policy.allows(&text[f.start..f.end]));
        // (A name of the file's name columns stays a name: 司马开福利院 with 司马开福 listed.)
        found.retain(|f| {
            f.kind != Kind::Name
                || known.contains(&text[f.start..f.end])
                || !self.in_institution_name(text, f.start, f.end)
        });
        found.retain(|f| f.kind != Kind::Address || !self.institution_address(text, f.start, f.end));
        // (绿水镇卫生院家医3组: a clinic's team, numbered; the 组 is no village group when the institution stands right
        // after the town and no house follows, set BT2.)
        found.retain(|f| f.kind != Kind::Address || !self.institution_team(&text[f.start + f.keep_len..f.end]));
        // (A landline the file prints as an institution's own, 本院电话：0797-6213358 in its footer, is public in
        // any cell of it: 紧急联系人 | 0797-6213358.)
        if known.has_institution_phones() {
            found.retain(|f| !institution_landline_found(f, known));
        }
        found
    }

    /// Masks the findings of a text (None when there are none), each reported as found in text; a minor named
    /// in a name column is hidden whole in text too, as in the column.
    fn apply_text_findings(
        &self,
        text: &str,
        mut found: Vec<Finding>,
        known: &KnownNames,
        ctx: &mut CellCtx,
    ) -> Option<String> {
        if found.is_empty() {
            return None;
        }
        for f in &mut found {
            if f.kind == Kind::Name && known.is_minor(&text[f.start..f.end]) {
                f.keep_len = 0;
            }
            ctx.event(f.kind, f.status, Note::InText);
        }
        Some(mask::apply_findings(text, &found, |k| self.rule(k, ctx)))
    }

    /// Whether the name found at `start..end` is part of an institution's name: it runs into the institution's
    /// word (东城区第一社会福利院: 第一社会 is no person), or a district, county or street names it right before
    /// the word (普陀区宜川中学). (王芳中学毕业 stays a name: nothing places it.)
    pub(crate) fn in_institution_name(&self, text: &str, start: usize, end: usize) -> bool {
        let mut words = self.pats.institutions.find_iter(text);
        words.any(|m| {
            // (The word must run on two characters past the name: 王福银行动不便, 张建中心里 are names.)
            let overlaps = m.start() < end && end < m.end() && text[end..m.end()].chars().count() >= 2;
            // (经寺管会和村委会: nor does a name start inside the word, 管会, set BS1; 公公司马开福 is a compound
            // surname's name that merely starts inside 公司.)
            let compound = || {
                let first = text[start..].chars().next().map_or(0, char::len_utf8);
                self.det.names.surname_len(&text[start..end]) > first
            };
            let inside = m.start() < start && start < m.end() && !compound();
            // (普陀区宜川中学 can read as 区宜川, 区 being a surname too.)
            const PLACES: [char; 6] = ['区', '县', '市', '镇', '乡', '道'];
            // (第十三师红星医院: a numbered division or regiment of the Corps too, 师 being read as a surname or
            // not; 律师王建国律师事务所 is a name.)
            let unit_at = |k: usize| {
                text[k..].starts_with(['师', '团'])
                    && text[..k].chars().next_back().is_some_and(crate::detect::address::corps_numeral)
            };
            let corps = || unit_at(start) || text[..start].char_indices().next_back().is_some_and(|(k, _)| unit_at(k));
            // (A business is often its owner's by name, 沂南县唐杰养殖场: after its place, only a brand that is an
            // everyday word is no one, 谢桥镇白云家庭农场, 南照镇高远餐饮店, set AU4; its trade may stand between
            // the brand and the business's word.)
            // (东丰县王强超市, set AY6's shops: the businesses institutions.txt names.)
            const BUSINESS: [&str; 26] = [
                "家庭农场",
                "养殖场",
                "经营部",
                "门市部",
                "餐饮店",
                "百货店",
                "专业合作社",
                "超市",
                "农家乐",
                "理发店",
                "烧烤店",
                "修理部",
                "维修部",
                "维修店",
                "批发部",
                "商店",
                "小卖部",
                "饭店",
                "餐馆",
                "商行",
                "加工厂",
                "种植场",
                "运输队",
                "五金店",
                "建材店",
                "日杂店",
            ];
            let business = BUSINESS.contains(&&text[m.start()..m.end()]);
            let trade = business
                && m.start() >= end
                && text[end..m.start()].chars().count() <= 2
                && text[end..m.start()].chars().all(crate::detect::is_han);
            let brand =
                || text[start..end].chars().count() == 2 && self.det.names.holds_everyday_word(&text[start..end]);
            let placed = (m.start() == end || trade)
                && (!business || brand())
                && (text[..start].ends_with(PLACES) || text[start..].starts_with(PLACES) || corps());
            // (马氏宗亲会, 林氏商会: a clan's association; 华为公司, 万达集团: a company's brand before its word;
            // 周大福珠宝, 常春藤教育培训学校: a brand known as a name's shape, before its trade, set AU3.)
            const BRANDS: [&str; 5] = ["周大福", "周生生", "周六福", "周黑鸭", "常春藤"];
            let clan = m.start() == end
                && (text[start..end].ends_with('氏') || matches!(&text[m.start()..m.end()], "公司" | "集团"));
            let brand_name =
                BRANDS.contains(&&text[start..end]) && m.start() >= end && text[end..m.start()].chars().count() <= 2;
            // (江南福居家养老服务站, 白鹭居家养老服务站: a long body's word right after a cell's or a clause's first
            // characters that hold an everyday word names that body by its brand; 王芳居家养老服务站 is a person's.)
            let branded = m.start() == end
                && text[m.start()..m.end()].chars().count() >= 5
                && text[..start].chars().next_back().is_none_or(|c| !crate::detect::is_han(c))
                && text[start..end].char_indices().nth(2).is_some_and(|(k, _)| {
                    // (Its first two characters make the word: 江南, 白鹭; not 王建国's 建国.)
                    self.det.names.holds_everyday_word(&text[start..start + k])
                });
            // (中山大学孙逸仙纪念医院, 宋庆龄纪念中学: a body named in memory of someone, set AS2.)
            let memorial = text[end..].strip_prefix("纪念").is_some_and(|r| m.start() == text.len() - r.len());
            // (河南金博大（信阳）律师事务所, 河南申和律师事务所: a law firm's brand, its branch's city in brackets maybe,
            // set AS4.)
            // (Not after a lawyer's title: 律师王建国律师事务所 names him.)
            let firm = matches!(&text[m.start()..m.end()], "律师事务所" | "法律服务所")
                && m.start() >= end
                && !text[..start].ends_with("律师")
                && (m.start() == end || {
                    let gap = &text[end..m.start()];
                    (gap.starts_with(['（', '(']) && gap.ends_with(['）', ')']) && gap.chars().count() <= 6)
                        || (gap.chars().count() <= 2 && gap.chars().all(crate::detect::is_han))
                });
            // (宁波华丰电器有限公司: a company's registered name opens with its city, which reads as a surname and a
            // given character; the brand and the trade run on to the company's word, set BT3.)
            let city = m.start() >= end
                && ["公司", "集团", "厂"].iter().any(|w| text[m.start()..m.end()].ends_with(w))
                && self.det.names.place_prefix(&text[start..]) > 0
                && text[..start].chars().next_back().is_none_or(|c| !crate::detect::is_han(c))
                && text[end..m.start()].chars().count() <= 12
                && text[end..m.start()].chars().all(crate::detect::is_han)
                // (Not 其子宁波华在深圳某公司上班: a sentence's words between the name and the company.)
                && !text[end..m.start()].contains(['在', '于', '到', '去', '往', '从', '的', '是', '和', '与', '为', '住', '回', '进']);
            overlaps || inside || placed || branded || memorial || firm || clan || brand_name || city
        })
    }

    /// Whether a cell of a category column is read as text ([`other_as_text`]), or a relation word and two
    /// characters or more after it (女儿邓怡秀, 女儿邓怡秀每月给付300元 under 与户主关系, a form's income line, set
    /// BA3): a name may follow.
    /// So is a cell with words and a mobile number in it (王杰国  137-5910-8033 on a footer's line under 乡镇, set
    /// BB6): a contact, whose name goes with the number.
    pub(crate) fn category_as_text(&self, text: &str) -> bool {
        let t = text.trim();
        let k = self.det.names.relation_prefix(t);
        other_as_text(text)
            || (k > 0 && t[k..].chars().count() >= 2 && t[k..].chars().any(crate::detect::is_han))
            || contact_with_mobile(t)
    }

    /// Whether the part of an address a finding would hide opens with an institution's word and names no house
    /// (卫生院家医3组, a clinic's numbered team).
    pub(crate) fn institution_team(&self, detail: &str) -> bool {
        const HOUSE: [&str; 8] = ["号", "栋", "幢", "单元", "室", "楼", "户", "社"];
        self.pats.institutions.find_iter(detail).next().is_some_and(|m| m.start() == 0)
            && !HOUSE.iter().any(|w| detail.contains(w))
            && detail.ends_with('组')
    }

    /// Whether the address found at `start..end` of `text` is an office's own (辉南县民政局地址：朝阳镇建设路88号, 民政局（地址：
    /// 新华大街1号）): in the same sentence, 地址 right before it and an institution before that.
    /// So is one after an office's label (办公地址：…) or with an institution right after it (地址：…和美路218号
    /// 天山区民政局一楼大厅).
    pub(crate) fn institution_address(&self, text: &str, start: usize, end: usize) -> bool {
        let (head, tail) = (&text[..start], &text[end..]);
        // (A room is someone's: 本院地址：…3单元501室, 县福利院（3栋201室）.)
        let room = ["栋", "幢", "单元", "室", "床", "房间", "号楼"].iter().any(|w| text[start..end].contains(w));
        // (入住颐和养老院（新村西路198号，电话…）, 民政局社会救助股（安定区永定西路12号）: an institution's street
        // address in a bracket right after its name; not a room in it, nor after a note: 王磊（民政局职工，…）,
        // 其妻在县医院（家住…）.)
        if let Some(open) = head.rfind(['（', '('])
            && let Some(bracket) = head[open..].chars().next()
        {
            let before = &head[open + bracket.len_utf8()..];
            let owner = head[..open].trim_end();
            if before.chars().count() <= 8
                && before.chars().all(crate::detect::is_han)
                && !before.contains(['住', '家'])
                && !room
                && self.pats.institutions.find_iter(owner).last().is_some_and(|m| m.end() == owner.len())
            {
                return true;
            }
        }
        let clause = head.rsplit(['。', '；', ';', '\n']).next().unwrap_or(head);
        // (Not 服务地点: where a carer serves someone, at home, set BY5.)
        const OFFICES: [&str; 6] = ["办公", "单位", "受理", "办理", "机构", "窗口"];
        // 受理地点：…: a place word, after an office's label only.
        if let Some(p) = clause.rfind("地点")
            && clause.rfind("地址").is_none_or(|a| a < p)
        {
            return OFFICES.iter().any(|w| clause[..p].trim_end().ends_with(w));
        }
        // (沂南县岸堤镇敬老院院址：…: an institution's own word for its address right after its name.)
        let owned_by =
            |owner: &str| self.pats.institutions.find_iter(owner).last().is_some_and(|m| m.end() == owner.len());
        if let Some((q, w)) = ["院址", "站址", "所址", "校址"].iter().find_map(|w| clause.rfind(w).map(|q| (q, w)))
        {
            let between = &clause[q + w.len()..];
            let before = clause[..q].trim_end();
            // (由珲春市儿童福利院集中养育，院址：…: or the sentence named that home before the comma, set BS3.)
            let named_before = before.ends_with(['，', ',']) && {
                let kind = w.chars().next();
                self.pats
                    .institutions
                    .find_iter(before)
                    .last()
                    .is_some_and(|m| before[..m.end()].chars().next_back() == kind)
            };
            return !room
                && between.chars().count() <= 12
                && !between.contains(['，', ','])
                && (owned_by(before) || named_before);
        }
        let Some(p) = clause.rfind("地址") else {
            return false;
        };
        let label = clause[..p].trim_end();
        // (本站地址：…, 本院地址：…: the office that writes the notice.)
        const THIS_OFFICE: [&str; 6] = ["本站", "本院", "本中心", "本所", "本局", "本单位"];
        if OFFICES.iter().any(|w| label.ends_with(w)) || (!room && THIS_OFFICE.iter().any(|w| label.ends_with(w))) {
            return true;
        }
        // (实际居住地址, 家庭地址, 户籍地址: a household's address, whatever office the text names after it.)
        if ["居住", "家庭", "户籍", "家", "住"].iter().any(|w| label.ends_with(w)) {
            return false;
        }
        // (监督电话：0435-…　地址：…胜利路356号: the notice's office's footer line, see `office_footer_address`.)
        // (地址：…81号　监督电话：…: or 地址 opens the cell and the hotline follows the address, set BN1.)
        if (clause[..p].ends_with([' ', '\u{3000}']) || (p == 0 && clause.len() == head.len()))
            && office_footer_address(label, &text[head.len() - clause.len() + p + "地址".len()..])
        {
            return true;
        }
        let next = tail.split(['。', '；', ';', '\n', '，', ',', ' ', '\u{3000}']).next().unwrap_or(tail);
        // (Within about twelve characters, with no date or number between: an office named further on is not
        // where the address leads. 杨洼村14组 2022年12月经县民政局审批 is a household's.)
        if self
            .pats
            .institutions
            .find_iter(next)
            .next()
            .is_some_and(|m| m.start() <= 3 * 12 && !next[..m.start()].contains(|c: char| c.is_numeric()))
        {
            return true;
        }
        let between = &clause[p + "地址".len()..];
        // The institution's name ends right before 地址 (民政局地址, 民政局（地址, 民政局的地址).
        let owner = clause[..p].trim_end_matches(['（', '(', '的', ' ', '\u{3000}', '，', ',']);
        // (威宁县儿童福利院（统一社会信用代码：…）地址：: the institution's code in a bracket may stand between the
        // name and 地址; no other note may: 民政局（户主王芳）地址：… is someone's.)
        // (三台县芦溪镇人民政府（民政办）地址：: or its office's name, alone in the bracket.)
        let office_note = |note: &str| {
            let inner = note.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
            inner.chars().count() <= 8 && inner.chars().all(crate::detect::is_han) && owned_by(inner)
        };
        let owner = match owner.strip_suffix(['）', ')']).and_then(|o| o.rfind(['（', '('])) {
            Some(open)
                if ["统一社会信用代码", "信用代码", "机构代码"]
                    .iter()
                    .any(|w| owner[open..].trim_start_matches(['（', '(']).starts_with(w))
                    || office_note(&owner[open..]) =>
            {
                owner[..open].trim_end()
            }
            _ => owner,
        };
        between.chars().count() <= 12 && !between.contains(['，', ',']) && !room && owned_by(owner)
    }

    /// Only the health terms of a text, masked as free text masks them.
    fn mask_health_in_text(&self, text: &str, ctx: &mut CellCtx) -> Option<String> {
        if text.is_ascii() {
            return None;
        }
        let mut found = Vec::new();
        self.det.push_health(text, &mut found);
        found.retain(|f| !self.opts.policy.allows(&text[f.start..f.end]));
        self.apply_text_findings(text, found, &KnownNames::default(), ctx)
    }

    /// Identifiers only (IDs, phones, cards, plates) inside a non-personal column's text.
    fn mask_identifiers_in_text(&self, text: &str, ctx: &mut CellCtx) -> Option<String> {
        let mut found = self.det.scan_identifiers(text);
        found.retain(|f| !self.opts.policy.allows(&text[f.start..f.end]));
        if found.is_empty() {
            return None;
        }
        for f in &found {
            ctx.event(f.kind, f.status, Note::InText);
        }
        Some(mask::apply_findings(text, &found, |k| self.rule(k, ctx)))
    }

    /// Name columns: each name (several per cell allowed) keeps its surname; minors are fully masked;
    /// institutions stay; punitive scope keeps the disclosed name.
    fn mask_name_cell(&self, text: &str, known: &KnownNames, ctx: &mut CellCtx) -> Option<String> {
        // (郑永洙 (정영수): Hangul in a name column is the name written in Korean, hidden whole, set AX2.)
        let kept = ctx.in_scope && self.opts.punitive.is_some() && !ctx.minor;
        if crate::detect::holds_hangul(text) && !kept && self.rule(Kind::Name, ctx).action != Action::Keep {
            let hidden: String = text.chars().map(|c| if crate::detect::is_hangul(c) { '*' } else { c }).collect();
            ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
            return Some(self.name_cell(&hidden, known, ctx).unwrap_or(hidden));
        }
        self.name_cell(text, known, ctx)
    }

    /// Whether a name column's cell is an English header word for names (no | name | gender | id_no over a second
    /// table of an export): no one's name. (Pinyin initials, xm or hzxm, could be someone's, and have no vowel.)
    /// `verify` reads it so too.
    pub(crate) fn header_word_name(&self, text: &str) -> bool {
        let t = text.trim();
        t.len() >= 4
            && t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
            && t.bytes().any(|b| b"aeiouAEIOU".contains(&b))
            && self.pats.headers.classify(t) == Some(Kind::Name)
    }

    /// Whether an address column's cell says where one lives in everyday words and names no place (现住址 |
    /// 随监护人居住, 同户籍所在地, 在校住宿; 冬季牧场 names one). `verify` reads it so too.
    pub(crate) fn says_where_only(&self, text: &str) -> bool {
        const WITH: [&str; 7] = ["居住", "住宿", "寄宿", "所在地", "同户籍", "同上", "随"];
        WITH.iter().any(|w| text.contains(w))
            && self.det.names.phrase_of_words(text)
            && !text.contains(|c: char| "村组号栋室屯路街巷弄楼单元区县乡镇社里院场".contains(c))
            // (Nor anything the strict scan reads in it, as `verify` reads it: 同户籍地 may open with a name.)
            && self.det.scan_text(text, &KnownNames::default()).is_empty()
    }

    /// [`Masker::mask_name_cell`] on a cell without Hangul.
    fn name_cell(&self, text: &str, known: &KnownNames, ctx: &mut CellCtx) -> Option<String> {
        if self.header_word_name(text) {
            return None;
        }
        // (司马 *: a name typed with spaces, masked already; masking it again changes nothing.)
        if is_placeholder(text) || spaced_masked(&self.det.names, text) || self.det.names.surname_and_title(text.trim())
        {
            return None;
        }
        if proxy_kin(&self.det.names, text) {
            return None;
        }
        // (自报名“建国”: the reported name in its quotes, the words saying so kept.)
        if let Some((s, e)) = self_reported(text) {
            let rule = self.rule(Kind::Name, ctx);
            let inner = &text[s..e];
            // (自报名“不详”, 自报：拒绝透露: no name reported.)
            if rule.action == Action::Keep || !inner.chars().any(crate::detect::is_han) || is_placeholder(inner) {
                return None;
            }
            ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
            let name = self.mask_name_run(inner, ctx.minor || inner.chars().count() == 1, &rule);
            return Some(format!("{}{name}{}", &text[..s], &text[e..]));
        }
        // (村党支部书记、监委会成员: offices' posts listed, no one named.)
        if text.contains(['、', '，', ',']) && split_names(text).all(|p| staff_duty(p.trim())) {
            return None;
        }
        // 录入人 | zn_lupeng, gaoyuhua1975: a platform login, letters with a digit or a separator, spells its
        // holder's name or a role (admin_xuhui01, wc_zn_wgy01); only the spelt name is hidden (set AV2).
        if login_cell(text) {
            let spans = self.det.login_names(text);
            let rule = self.rule(Kind::Name, ctx);
            if spans.is_empty() || rule.action == Action::Keep {
                return None;
            }
            let mut out = text.to_string();
            for &(s, e) in spans.iter().rev() {
                ctx.event(Kind::Name, Status::Valid, Note::None);
                out.replace_range(s + 1..e, &"*".repeat(e - s - 1));
            }
            return Some(out);
        }
        // An institution stays; a person named in its note does not (福利院（院长王建国）).
        // (儿子在国外定居，每年回国一次 under 子女情况: sentences about kin read as free text, where a name after
        // a relation word is found; 陈丽 湖南长沙务工 opens with no kin word and is masked as a name cell.)
        if self.pats.is_institution(text) || kin_sentences(&self.det.names, text) {
            if let Some(out) = self.mask_name_before_institution(text, known, ctx) {
                return Some(out);
            }
            if let Some((s, e)) = self.person_after_institution(text).or_else(|| self.person_glued_after_office(text)) {
                let rule = self.rule(Kind::Name, ctx);
                if rule.action != Action::Keep {
                    ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
                    let name = self.mask_name_run(&text[s..e], ctx.minor, &rule);
                    return Some(format!("{}{name}{}", &text[..s], &text[e..]));
                }
            }
            return self.mask_free_text(text, known, ctx);
        }
        // Digits in a name cell (a phone written next to the name) are masked as in free text.
        let base = if text.chars().any(|c| digits::digit_of(c).is_some()) {
            self.mask_free_text(text, known, ctx).unwrap_or_else(|| text.to_string())
        } else {
            text.to_string()
        };
        if ctx.in_scope && self.opts.punitive.is_some() {
            if ctx.minor {
                ctx.event(Kind::Name, Status::Valid, Note::PunitiveMinor);
            } else {
                ctx.event(Kind::Name, Status::Valid, Note::PunitiveKept);
                return (base != text).then_some(base);
            }
        }
        let rule = self.rule(Kind::Name, ctx);
        // (措, 加, 毛 alone in a name column: a Tibetan name of one syllable is the whole name, hidden whole.)
        let one = base.trim();
        if rule.action != Action::Keep && one.chars().count() == 1 && one.chars().all(crate::detect::is_han) {
            ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
            return Some(base.replace(one, "*"));
        }
        // 王 小明: a name typed with a space between surname and given name is one name, not two.
        if rule.action != Action::Keep
            && let Some((sur, gap, given, note)) = spaced_name(&self.det.names, &base)
            // (妻 王秀兰 is a kin word and a name.)
            && self.det.names.kin_label_prefix(&base) == 0
        {
            ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
            let sur_shown = if ctx.minor { mask::mask_name_fully(sur) } else { sur.to_string() };
            // (The spaces inside a spread given name stay: 司马 * *.)
            let given_masked: String = given.chars().map(|c| if c.is_whitespace() { c } else { '*' }).collect();
            let out = format!("{sur_shown}{gap}{given_masked}{}", self.mask_after_name(note, known, ctx));
            return (out != text).then_some(out);
        }
        // 王 小 明（祖父）, 1.高 燕 珍、李 小 明: names spread out with a space between every character, among
        // other text: each is one name (split by its spaces, its characters would pass one by one).
        let mut spread = spread_names(&base);
        if spread.is_empty() {
            spread = padded_names(&self.det.names, &base);
        }
        let base = if rule.action != Action::Keep && !spread.is_empty() {
            let mut out = String::with_capacity(base.len());
            let mut at = 0;
            for (start, end) in spread {
                ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
                out.push_str(&base[at..start]);
                let run = &base[start..end];
                let sur = if ctx.minor { 0 } else { spread_surname_len(&self.det.names, run) };
                out.push_str(&run[..sur]);
                // (The spaces stay where they were: 王 * *.)
                out.extend(run[sur..].chars().map(|c| if is_gap(c) { c } else { '*' }));
                at = end;
            }
            out.push_str(&base[at..]);
            out
        } else {
            base
        };
        let mut out = String::with_capacity(base.len());
        let mut at = 0;
        let mut k = 0;
        let whole = single_part(&base);
        for part in split_names(&base) {
            let (prefix, label) = self.part_prefix(part, whole);
            let start = part.as_ptr() as usize - base.as_ptr() as usize + prefix;
            let part = &part[prefix..];
            out.push_str(&base[at..start]);
            if label {
                // 外甥_史祥殿: Han text after a label that no known separator explains is a name: fail closed,
                // keep its first character and hide the rest (a note such as 已故 stays).
                let word = name_run(part);
                let tail = &part[word.len()..];
                let han = tail.find(crate::detect::is_han).unwrap_or(tail.len());
                let run = name_run(&tail[han..]);
                out.push_str(&part[..word.len() + han]);
                if run.chars().count() >= 2 && !STATUS_NOTES.iter().any(|w| run.starts_with(w)) {
                    ctx.event(Kind::Name, Status::Failed, Note::None);
                    let mut chars = run.chars();
                    out.extend(chars.next());
                    out.extend(chars.map(|c| if crate::detect::is_han(c) { '*' } else { c }));
                    out.push_str(&tail[han + run.len()..]);
                } else {
                    out.push_str(&tail[han..]);
                }
                at = start + part.len();
                continue;
            }
            let run = name_run(part);
            let rest = &part[run.len()..];
            // 孙全林 孩儿他爹 54岁 务农: a note on a member is no name; nor is the surname of a name masked with a
            // space inside it (欧阳 **、李*).
            if (!whole && run == part && self.det.names.member_note(run))
                || spaced_masked_member(&self.det.names, &base, start)
            {
                out.push_str(part);
                at = start + part.len();
                continue;
            }
            if run.chars().count() >= 2
                && !masked_name(&self.det.names, run)
                && !anonymised_name(run)
                && !self.pats.is_institution(part)
                && !is_placeholder(run)
                && !self.label_run(run)
            {
                let minor = ctx.part_minor(k);
                k += 1;
                let masked = self.mask_name_run(run, minor && rule.action != Action::Keep, &rule);
                ctx.event(Kind::Name, Status::Valid, if minor { Note::Minor } else { Note::None });
                out.push_str(&masked);
                // (蒲建军（pujianjun）: the name spelt in Latin letters after it is hidden whole.)
                // (黄国平（Wichai Sae-Ung）: or the name a relative abroad goes by there, set BQ5.)
                let rest = match self.det.spelling_of(rest, run).or_else(|| latin_name_bracket(rest)) {
                    Some((s, e)) => {
                        out.push_str(&rest[..s]);
                        out.extend(rest[s..e].chars().map(|c| if c == ' ' { c } else { '*' }));
                        &rest[e..]
                    }
                    None => rest,
                };
                out.push_str(&self.mask_after_name(rest, known, ctx));
            } else if run.chars().count() == 1
                && rule.action != Action::Keep
                && !rest.trim_start().starts_with(['(', '（', '[', '【'])
                // (夫、女2人（3人）: kin counted, set BU6.)
                && !self.det.names.kin_count(run, rest)
                && !self.pats.is_institution(part)
                && rest.chars().any(|c| crate::detect::is_han(c) || c.is_alphabetic())
            {
                // A surname split from the rest of the name by a stray character (李-建国, a NUL): fail closed,
                // keep the surname and hide every letter after it.
                ctx.event(Kind::Name, Status::Failed, Note::None);
                out.push_str(&if ctx.minor { mask::mask_name_fully(run) } else { run.to_string() });
                out.extend(rest.chars().map(|c| if crate::detect::is_han(c) || c.is_alphanumeric() { '*' } else { c }));
            } else {
                // No name to mask (无名氏, an institution, a name masked already): what follows it still may
                // name someone (福利院（院长王建国）).
                out.push_str(run);
                out.push_str(&self.mask_after_name(rest, known, ctx));
            }
            at = start + part.len();
        }
        out.push_str(&base[at..]);
        (out != text).then_some(out)
    }

    /// One name by the rule, keeping its surname; `fully` hides it whole (a minor's).
    fn mask_name_run(&self, run: &str, fully: bool, rule: &Rule) -> String {
        if fully {
            mask::mask_name_fully(run)
        } else {
            let f = Finding::text(0, run.len(), Kind::Name, self.det.names.surname_len(run));
            mask::mask_finding(&f, run, rule)
        }
    }

    /// Text after a name in a name cell, masked as free text: a bracketed note (户主) stays as it is, one that
    /// names someone else (代领人：黎老疙瘩) does not; anything else is masked too: fail closed.
    fn mask_after_name(&self, rest: &str, known: &KnownNames, ctx: &mut CellCtx) -> String {
        if rest.is_empty() {
            String::new()
        } else if rest.trim_start().starts_with(['(', '（', '[', '【']) {
            self.mask_bracketed_note(rest, known, ctx)
        } else {
            self.mask_free_text(rest, known, ctx).unwrap_or_else(|| rest.to_string())
        }
    }

    /// The name in one part of a name cell, as masking reads it: after a list number and a relation word
    /// (2.其子毛浩树 → 毛浩树); empty for a relation word or label alone (妻子, 复核人：). `whole`: the part is
    /// the whole cell.
    pub(crate) fn name_in_part<'a>(&self, part: &'a str, whole: bool) -> &'a str {
        match self.part_prefix(part, whole) {
            (_, true) => "",
            (prefix, false) => name_run(&part[prefix..]),
        }
    }

    /// How one part of a name cell reads: the bytes before its name that stay as they are (a list number, 1. /
    /// ②; a relation word, 其子 in 其子毛浩树), and whether the part is only a label (妻子, 长子（17岁）, 复核人：).
    /// A relation word is split off only when a name follows it: 孙子涵 is a name, not 孙子 + 涵.
    fn part_prefix(&self, part: &str, whole: bool) -> (usize, bool) {
        let num = crate::detect::name::enumeration_prefix(part);
        let rest = &part[num..];
        // (自报“黄妹”, 自称：林成: the name a stranger gave at a rescue station, set AP1; what they said is a name
        // all the same.)
        let said = self_report_prefix(rest);
        if said > 0 && name_run(&rest[said..]).chars().count() >= 2 {
            return (num + said, false);
        }
        let rel = match self.det.names.relation_prefix(rest) {
            0 => match self.det.names.kin_label_prefix(rest) {
                0 => self.glued_kin(rest),
                k => k,
            },
            rel => rel,
        };
        if rel == 0 {
            return (num, false);
        }
        // 长孙强川: a relation word that is also a compound surname, before one or two characters, is the
        // surname of a whole name (长孙 + 强川), not a grandson called 强川.
        let one_char = rest.chars().next().map_or(0, char::len_utf8);
        if rel > one_char && self.det.names.surname_len(rest) == rel && name_run(&rest[rel..]).chars().count() <= 2 {
            return (num, false);
        }
        // After a relation word and a colon, bracket or dash, two or more Han characters are a name even with a
        // surname we do not list (孙女：但秀琳, 女婿（拜春柏）, 外甥-史祥殿): fail closed.
        let separated = rest[..rel].ends_with(['：', ':', '（', '(', '-', '－', '—']);
        let after = name_run(&rest[rel..]);
        // (母琴群: 母 glued to two characters that do not open with a frequent surname is the surname of a name of
        // three, as it is in Sichuan; read so, only 母 stays. 母王芳 among other members is still 母 and 王芳; alone
        // in its cell, as 母华富 in 户主姓名, it is read as the name of three: hiding 华 too is the safe error.)
        if rest.starts_with('母')
            && rel == one_char
            && !separated
            && after.chars().count() == 2
            && after == rest[rel..].trim_end()
            && (whole || !self.det.names.starts_with_frequent_surname(after))
        {
            return (num, false);
        }
        // (四妹, 细妹 alone in a name cell: a southern woman's name by her place among sisters, not a label; fail
        // closed.)
        let mut order = rest.trim_end().chars();
        if whole
            && rel == rest.trim_end().len()
            && order.next().is_some_and(|c| "一二三四五六七八九十小细满幺阿".contains(c))
            && order.next().is_some_and(|c| matches!(c, '妹' | '女'))
            && order.next().is_none()
        {
            return (num, false);
        }
        // (女儿（已故）: a note on the relative, not a name.)
        let status = STATUS_NOTES.iter().any(|w| after.starts_with(w));
        // (侄子小嘎玛, 村民次仁仓决玉珍: a name without a Han surname after a relation word.)
        // (孙子涵琪: a short cell that starts with a surname is that surname's name.)
        let surnamed = rest.chars().count() <= 4 && self.det.names.starts_with_surname(rest);
        let unlisted = !status && !surnamed && after == rest[rel..].trim_end() && self.det.names.unlisted_name(after);
        // (妻胡**: a name masked already after the kin word, as masking left it.)
        let masked = after.starts_with(crate::detect::is_han) && after.ends_with(['*', '＊']);
        if rel == rest.len()
            || self.plausible_name(after)
            || (separated && after.chars().count() >= 2 && !status)
            || unlisted
            || masked
        {
            return (num + rel, false);
        }
        let run = name_run(rest);
        (num, !run.is_empty() && rel >= run.len())
    }

    /// A one-character kin word glued to the name after it in a family cell (子胡宇浩, 女萨依普加玛丽．阿不都):
    /// its length when a dotted name follows, or a surname and two more characters (one when they end the part),
    /// else 0.
    fn glued_kin(&self, part: &str) -> usize {
        let mut chars = part.chars();
        let Some(k) = chars.next().filter(|&c| matches!(c, '子' | '女' | '妻' | '夫' | '父' | '母')) else {
            return 0;
        };
        let rest = chars.as_str();
        let run = name_run(rest);
        let dotted = run.chars().any(mask::is_name_dot);
        // (女郝秀, 子陈顺(8岁): two characters will do when they are the whole part, or a bracketed note follows.)
        let len = run.chars().count();
        let after = rest[run.len()..].trim_start();
        let whole = after.is_empty() || after.starts_with(['(', '（', '[', '【']);
        let surnamed = (len >= 3 || (len == 2 && whole)) && self.det.names.starts_with_surname(rest);
        if dotted || surnamed { k.len_utf8() } else { 0 }
    }

    /// A bracketed note after a name in a name column: a name in it after a role word (代领人：黎老疙瘩) is
    /// masked like the name before it; anything else in it goes through the free-text scan.
    fn mask_bracketed_note(&self, note: &str, known: &KnownNames, ctx: &mut CellCtx) -> String {
        let inner_start =
            note.find(['(', '（', '[', '【']).map_or(0, |i| i + note[i..].chars().next().map_or(0, char::len_utf8));
        let inner = &note[inner_start..];
        let rel = self.det.names.relation_prefix(inner);
        if rel > 0 {
            let after = &inner[rel..];
            let run = name_run(after);
            if self.plausible_name(run) && !self.pats.is_institution(after) {
                let rule = self.rule(Kind::Name, ctx);
                ctx.event(Kind::Name, Status::Valid, Note::InText);
                let masked = self.mask_name_run(run, ctx.minor, &rule);
                let note = format!("{}{masked}{}", &note[..inner_start + rel], &after[run.len()..]);
                return self.mask_listed_names(&note, ctx);
            }
        }
        // 热娜古丽·奥斯曼（热娜古丽汗）, 崔贞女（贞子）, 曲比阿各（阿明芬）: another name the person goes by.
        if let Some(close) = inner.find([')', '）', ']', '】'])
            && inner[close..].chars().count() == 1
            && self.bracketed_alias(&inner[..close])
        {
            let alias = &inner[..close];
            let rule = self.rule(Kind::Name, ctx);
            if rule.action != Action::Keep {
                ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
                // (A name with a surname keeps it, as the cell's name does; a nickname is hidden whole.)
                let fully = ctx.minor || !self.det.names.looks_like_name(alias);
                let masked = self.mask_name_run(alias, fully, &rule);
                return format!("{}{masked}{}", &note[..inner_start], &inner[close..]);
            }
        }
        let masked = self.mask_free_text(note, known, ctx).unwrap_or_else(|| note.to_string());
        self.mask_listed_names(&masked, ctx)
    }

    /// Whether a part of a name cell still shows a name in its bracketed note, where
    /// [`Self::mask_bracketed_note`] hides one: after a relation word (户主（妻李秀兰）) or as the whole note
    /// (单身（王建国）, 崔贞女（贞子）). For `verify`.
    pub(crate) fn bracketed_name_readable(&self, part: &str) -> bool {
        let Some(open) = part.find(['(', '（', '[', '【']) else { return false };
        let inner = &part[open + part[open..].chars().next().map_or(0, char::len_utf8)..];
        let rel = self.det.names.relation_prefix(inner);
        let kin = rel > 0 && {
            let run = name_run(&inner[rel..]);
            self.plausible_name(run) && !self.pats.is_institution(&inner[rel..])
        };
        kin || inner
            .find([')', '）', ']', '】'])
            .is_some_and(|close| inner[close..].chars().count() == 1 && self.bracketed_alias(&inner[..close]))
    }

    /// Whether a name cell's whole bracketed note is another name of the person: a name with a surname (李家福),
    /// a nickname ending in 江, 汗 or 子 (吐送江, 帕提曼汗, 贞子), a Han name after 阿 (阿明芬) or a dotted name.
    /// Never a note on the person (已故, 户主, 残疾, 妻, 重残, 16岁), a relation word, an office or a
    /// placeholder.
    pub(crate) fn bracketed_alias(&self, alias: &str) -> bool {
        let names = &self.det.names;
        let n = alias.chars().count();
        let dots = alias.chars().filter(|&c| crate::mask::NAME_DOTS.contains(c)).count();
        if !(2..=16).contains(&n)
            || !alias.chars().all(|c| crate::detect::is_han(c) || crate::mask::NAME_DOTS.contains(c))
            || STATUS_NOTES.iter().any(|w| alias.contains(w))
            || names.relation_prefix(alias) > 0
            || names.kin_label_prefix(alias) > 0
            || is_placeholder(alias)
            || self.pats.is_institution(alias)
            || self.det.health.is_match(alias)
        {
            return false;
        }
        let given = |c: char| names.given_char(c);
        let last = alias.chars().last().unwrap_or(' ');
        let head: String = alias.chars().take(n - 1).collect();
        // (阿妹, 阿弟, 阿家: kin words; 牡丹江, 黑龙江: rivers and places, whose heads are no transliteration.)
        let after_a = alias.strip_prefix('阿').is_some_and(|g| {
            (1..=2).contains(&g.chars().count())
                && g.chars().all(|c| given(c) && !"妹弟哥姐爸妈婆公叔伯姨舅嫂家".contains(c))
        }) && !names.holds_everyday_word(alias);
        (dots > 0 && n >= 4)
            || names.looks_like_name(alias)
            // (马菊梅（法土麦）: a Hui name's 经名.)
            || names.listed_given_name(alias)
            || (n >= 3 && matches!(last, '江' | '汗') && names.transliterated(&head))
            || (n == 2 && last == '子' && alias.chars().next().is_some_and(given) && !NOT_NICKNAMES.contains(&alias))
            || after_a
    }

    /// In a name cell's note, each item between separators that reads as a name on its own is one, as it would
    /// be as a part of the cell (王建国（户主，张三，李四） -> 李*): free text alone misses a bare list.
    fn mask_listed_names(&self, note: &str, ctx: &mut CellCtx) -> String {
        let rule = self.rule(Kind::Name, ctx);
        let mut out = String::with_capacity(note.len());
        let mut at = 0;
        for (i, c) in note.char_indices().chain(std::iter::once((note.len(), '、'))) {
            if !(is_name_separator(c) || matches!(c, '(' | '（' | ')' | '）' | '[' | '【' | ']' | '】' | '：' | ':'))
            {
                continue;
            }
            let item = &note[at..i];
            let run = name_run(item);
            if run.len() == item.len()
                && !masked_name(&self.det.names, run)
                && self.plausible_name(run)
                && !is_placeholder(run)
                && !STATUS_NOTES.iter().any(|w| run.starts_with(w))
                && self.det.names.relation_prefix(run) == 0
                && !self.pats.is_institution(run)
            {
                ctx.event(Kind::Name, Status::Valid, Note::InText);
                out.push_str(&self.mask_name_run(run, ctx.minor, &rule));
            } else {
                out.push_str(item);
            }
            if i < note.len() {
                out.push(c);
            }
            at = i + c.len_utf8();
        }
        out
    }

    /// A name as a name column holds it: 2-4 Han characters after a surname (曹永有), or a dotted name.
    /// Whether a run of a name cell is a field's label, no name (举报人梁某某，电话130…: 电话 names a phone). Only
    /// a run no surname opens: fail closed on anything a name could be.
    pub(crate) fn label_run(&self, run: &str) -> bool {
        run.chars().count() <= 4
            && !self.det.names.starts_with_surname(run)
            && matches!(
                self.pats.headers.classify(run),
                Some(Kind::Phone | Kind::IdCard | Kind::DisabilityCert | Kind::BankAccount | Kind::Address)
            )
    }

    fn plausible_name(&self, s: &str) -> bool {
        let n = s.chars().count();
        self.det.names.looks_like_name(s)
            || ((2..=4).contains(&n)
                && s.chars().all(crate::detect::is_han)
                && self.det.names.starts_with_surname(s)
                && self.det.names.surname_len(s) < s.len())
    }

    /// 敬老院（李明）, 长者照护之家(王芳): an institution and, in brackets closing the cell, the person who answers for
    /// it. Byte span of that person's name.
    fn person_after_institution(&self, text: &str) -> Option<(usize, usize)> {
        let t = text.trim_end();
        let inner_end = t.len() - t.chars().next_back().filter(|&c| matches!(c, '）' | ')'))?.len_utf8();
        let open = t[..inner_end].rfind(['（', '('])?;
        let inner_start = open + t[open..].chars().next()?.len_utf8();
        let inner = &t[inner_start..inner_end];
        (self.pats.is_institution(&t[..open])
            && !self.pats.is_institution(inner)
            && self.det.names.looks_like_name(inner)
            && !self.det.names.holds_everyday_word(inner))
        .then_some((inner_start, inner_end))
    }

    /// 经办人 | 低保办王芳, 社会救助股 张伟: in a name column, a name of two or three characters right after the
    /// office's word that ends the office's name is the officer's (set AY6's second reader).
    pub(crate) fn person_glued_after_office(&self, text: &str) -> Option<(usize, usize)> {
        let t = text.trim_end();
        let end = self.pats.institution_end(t)?;
        let start = end + (t.len() - end - t[end..].trim_start().len());
        let tail = &t[start..];
        ((2..=3).contains(&tail.chars().count())
            && tail.chars().all(crate::detect::is_han)
            && !self.pats.is_institution(tail)
            // (业务科王建国, 人力资源部刘海燕: three characters, a frequent surname and two given-name characters,
            // are a name, though they hold a word, 建国 or 海燕.)
            && ((self.det.names.looks_like_name(tail) && !self.det.names.holds_everyday_word(tail))
                || (tail.chars().count() == 3
                    && self.det.names.starts_with_frequent_surname(tail)
                    && tail.chars().skip(1).all(|c| self.det.names.given_char(c)))
                // (验收人 | 县残联 闫玉: set apart by a space, a surname and one given character, set BO2.)
                || (start > end
                    && tail.chars().count() == 2
                    && self.det.names.starts_with_surname(tail)
                    && self.det.names.surname_len(tail) == tail.chars().next().map_or(0, char::len_utf8)
                    && tail.chars().skip(1).all(|c| self.det.names.given_char(c))
                    && !self.det.names.holds_everyday_word(tail))))
        .then_some((start, t.len()))
    }

    /// A name column's cell of a person's name glued before the office they work for (李军民政办, 王芳财政所):
    /// the name is masked as the column masks names, the office stays. None when what stands before it is no
    /// name (曾溪镇民政办, 县民政局), and for other bodies, which are named after a place or a wish as often
    /// as not (康乐养老院, 常青福利院).
    fn mask_name_before_institution(&self, text: &str, known: &KnownNames, ctx: &mut CellCtx) -> Option<String> {
        // (Not 村委会, 政府, 办事处: what stands before them is a place, named without its level as often as not:
        // 田家咀村委会.)
        const OFFICES: [&str; 6] = ["民政", "财政所", "社保所", "残联", "派出所", "司法所"];
        let start = self.pats.institution_start(text)?;
        // (郭成（村委会委托）: a person, and in brackets the office that appointed them.)
        let bracket = text.find(['（', '(']).filter(|&b| b > 0 && b <= start && text.trim_end().ends_with(['）', ')']));
        let (name, rest) = text.split_at(bracket.unwrap_or(start));
        let names = &self.det.names;
        // (易东（市残联）: a weak surname's name of two, set BQ4, is still a person in a name column beside the
        // office that sent them.)
        let two =
            |n: &str| n.chars().count() == 2 && n.chars().all(crate::detect::is_han) && names.starts_with_surname(n);
        let bracketed = bracket.is_some()
            && (names.looks_like_name(name.trim()) || two(name.trim()))
            && !self.pats.is_institution(name);
        // (A name of three characters, or one the file lists: 白山民政局, 龙泉民政办 are places' offices.)
        if !bracketed
            && !(OFFICES.iter().any(|w| rest.starts_with(w))
                && names.looks_like_name(name)
                && names.starts_with_frequent_surname(name)
                && (name.chars().count() == 3 || known.contains(name)))
        {
            return None;
        }
        let rule = self.rule(Kind::Name, ctx);
        if rule.action == Action::Keep {
            return None;
        }
        ctx.event(Kind::Name, Status::Valid, if ctx.minor { Note::Minor } else { Note::None });
        let rest = self.mask_free_text(rest, known, ctx).unwrap_or_else(|| rest.to_string());
        Some(format!("{}{rest}", self.mask_name_run(name, ctx.minor, &rule)))
    }

    /// ID, disability certificate, phone and account columns: every non-empty cell with digits is masked,
    /// valid or not; failures and damaged IDs are reported.
    /// (The caller has checked that the cell is no placeholder and was not masked already.)
    fn mask_identifier_cell(&self, kind: Kind, cell: &Cell, text: &str, ctx: &mut CellCtx) -> Option<String> {
        // (A contact column's handles: what free text reads as one, wx:abc or a mailbox, and the column's own,
        // yanqiang1998; found once. 微信：xiaoyuxiaoyu_gd, fang-lan: one with no digit in it is masked too, set AN4.)
        let (labelled, handles) = if kind == Kind::Phone {
            (crate::detect::handle_findings(text), crate::detect::contact_handles(text))
        } else {
            Default::default()
        };
        if labelled.is_empty() && handles.is_empty() && !text.chars().any(|c| digits::digit_of(c).is_some()) {
            return None;
        }
        // (监护人身份证号: 12440700MB2C04188C: the guardian is an institution, and its code is public. So under
        // 车牌号／账号／信用代码: a firm's code is no account, which has no letter.)
        if matches!(kind, Kind::IdCard | Kind::BankAccount) && digits::is_org_code(text) {
            return None;
        }
        let rule = self.rule(kind, ctx);
        // Whole-cell identifiers (with apostrophes, spaces, full-width digits, lower-case x).
        if matches!(kind, Kind::IdCard | Kind::DisabilityCert) {
            let damaged = match cell {
                Cell::Float(f) => columns::damaged_float(*f),
                _ => columns::damaged_id(text),
            };
            if let Some(d) = damaged {
                ctx.event(kind, Status::Damaged, Note::None);
                let f = Finding::digits(0, text.len(), Kind::IdCard, Status::Damaged, d, 0);
                return Some(mask::mask_finding(&f, text, &rule));
            }
            if let Some(d) = normalize_strict(text) {
                let (k, st) = match d.len() {
                    20 => (Kind::DisabilityCert, status_of(id_card::check_disability(&d))),
                    18 | 15 => (Kind::IdCard, status_of(id_card::check(&d))),
                    _ => (kind, Status::Failed),
                };
                // Report against the column's kind, mask with the found kind's convention.
                ctx.event(kind, st, Note::None);
                let f = Finding::digits(0, text.len(), if kind == Kind::DisabilityCert { kind } else { k }, st, d, 0);
                return Some(mask::mask_finding(&f, text, &rule));
            }
        }
        // 6.2306E+17, 1.38123E+10: a number Excel wrote in scientific notation, too few digits left to read as an
        // identifier, is still what is left of one: its digits are hidden (fail closed).
        if let Some(e) = columns::scientific(text) {
            ctx.event(kind, Status::Failed, Note::None);
            let digits = text[..e].chars().map(|c| if c.is_ascii_digit() { '*' } else { c });
            return Some(digits.chain(text[e..].chars()).collect());
        }
        // 0355-12349, 12345: a public service line (12349 elderly services, 12345 the citizens' hotline) written in
        // a phone column is nobody's own number.
        if kind == Kind::Phone
            && (digits::is_service_number(text) || digits::desk_phone(text) || columns::labelled_service_line(text))
        {
            return None;
        }
        let dctx = digits::Context { phone_column: kind == Kind::Phone, account_column: kind == Kind::BankAccount };
        let mut found = digits::find(text, dctx);
        found.retain(|f| !self.opts.policy.allows(&text[f.start..f.end]));
        // (残疾证号 | 6103…X43（三级）: the grade after the number.)
        if matches!(kind, Kind::DisabilityCert | Kind::IdCard) {
            crate::detect::push_bracketed_grades(text, &mut found);
        }
        // (账号/证号 | 川AE1243: a car's plate among a household's accounts and certificates, set AQ4.)
        if matches!(kind, Kind::BankAccount | Kind::IdCard) && text.chars().any(crate::detect::is_han) {
            self.det.push_plates_in(text, &mut found);
        }
        // (联系方式（微信/QQ/邮箱） | yanqiang1998, 微信号 mei_yan520: a contact column's handles, set Z4; wx:abc,
        // QQ邮箱… as `verify` reads them.)
        if kind == Kind::Phone {
            for f in labelled {
                if !found.iter().any(|g| g.start < f.end && f.start < g.end) {
                    found.push(f);
                }
            }
            for (s, e) in handles {
                // (30043653@qq.com: a QQ mailbox is hidden whole, not as a number with its domain.)
                if text[s..e].contains('@') {
                    found.retain(|f| !(f.start < e && s < f.end));
                }
                if !found.iter().any(|f| f.start < e && s < f.end) {
                    found.push(Finding::text(s, e, Kind::Name, 0));
                }
            }
            found.sort_by_key(|f| f.start);
        }
        if kind == Kind::BankAccount {
            // In an account column every long digit string is an account, whatever else it looks like: a
            // 15-digit 存折号 reads as an old ID, and an ID's 6+4 would show ten of its digits.
            for f in found.iter_mut().filter(|f| f.kind != Kind::Plate) {
                f.kind = Kind::BankAccount;
            }
        }
        if kind == Kind::IdCard {
            // (身份证号 | 居民身份证22050219900315: a number no card validates in an ID column is an ID's remnant,
            // masked as a short ID is; an account's last four would be the birth date's month and day.)
            for f in found.iter_mut().filter(|f| f.kind == Kind::BankAccount && f.status != Status::Valid) {
                f.kind = Kind::IdCard;
            }
        }
        for f in &found {
            ctx.event(kind, f.status, Note::None);
        }
        // Fail closed: any digit run of 5+ left outside the findings is masked as unrecognised. (Only outside:
        // inside a masked phone, +86 138 would read as a 5-digit run.)
        let min = match kind {
            Kind::IdCard => 4,
            Kind::BankAccount if account_code(text) => 4,
            _ => 5,
        };
        let mut residual = false;
        let masked = mask::apply_findings_with(
            text,
            &found,
            |k| if k == kind { rule.clone() } else { self.rule_for(k) },
            |gap, out| residual |= push_residual_digits(gap, out, min),
        );
        if residual {
            ctx.event(kind, Status::Failed, Note::None);
        }
        (masked != text).then_some(masked)
    }

    /// The names in an identifier column's cell (a contact's name before the phone, family members before
    /// their IDs), masked as free text masks them; None when there is no name (most cells: digits only).
    fn mask_names_beside_identifiers(
        &self,
        kind: Kind,
        text: &str,
        known: &KnownNames,
        ctx: &mut CellCtx,
    ) -> Option<String> {
        if !text.chars().any(crate::detect::is_han) || is_placeholder(text) {
            return None;
        }
        // (村委会代收（其侄郑贞姬180…）: in an institution's cell, a name a relation word introduces or one of the
        // file's, set AX2; the institution's own words are no one's.)
        let institution = self.pats.is_institution(text);
        let mut found: Vec<Finding> = self
            .det
            .names
            .find(text, known)
            .into_iter()
            .filter(|s| {
                !self.pats.is_institution(&text[s.start..s.end])
                    && (!institution
                        || matches!(
                            s.evidence,
                            crate::detect::name::Evidence::Relation | crate::detect::name::Evidence::Known
                        ))
            })
            .map(|s| Finding::text(s.start, s.end, Kind::Name, self.det.names.surname_len(&text[s.start..s.end])))
            .collect();
        // 上官香  184-4687-2956, 锡义 18001261154, 乔堂\n135-5948-8584: in a phone column, a short Han run
        // right before a number is whose number it is, whatever its characters. (In an account column it is
        // the bank's short name: 农商行 6229….)
        // (So in an ID column: 张霞  331081…  158…, 郑贤土\n330327…, under 救助对象（姓名 身份证号 联系电话）; there a
        // label, a document's or a status word stands before the number as often, 身份证：, 户口本, 已迁出, 肢体二级, so
        // only a run that reads as a name is.)
        let names = &self.det.names;
        let runs = match kind {
            _ if institution => Vec::new(),
            Kind::Phone => self.runs_before_numbers(text),
            Kind::IdCard | Kind::DisabilityCert => self
                .runs_before_numbers(text)
                .into_iter()
                .filter(|&(s, e)| {
                    (names.looks_like_name(&text[s..e]) && !names.holds_everyday_word(&text[s..e]))
                        // (户主姓名/身份证号 | 杨梅静 220581195003: a name though its given name makes a word.)
                        || self.det.holder_like(&text[s..e])
                })
                .collect(),
            _ => Vec::new(),
        };
        for (start, end) in runs {
            // (贡保东知 133-…: a holder's whole run outgrows a shorter name read inside it, 贡保.)
            found.retain(|f| {
                !(f.kind == Kind::Name && start <= f.start && f.end <= end && f.end - f.start < end - start)
            });
            if !found.iter().any(|f| f.start < end && start < f.end) {
                let keep = self.det.names.surname_len(&text[start..end]);
                found.push(Finding::text(start, end, Kind::Name, keep));
            }
        }
        // (户主姓名/身份证号 | 盛国  身份证2201…: the name before the ID past its label, as in free text.)
        if matches!(kind, Kind::IdCard | Kind::DisabilityCert) && !institution {
            for f in self.det.holders_of_ids(text) {
                if !found.iter().any(|g| g.start < f.end && f.start < g.end) {
                    found.push(f);
                }
            }
        }
        if matches!(kind, Kind::IdCard | Kind::DisabilityCert | Kind::Phone)
            && !institution
            && let Some(holder) = self.holder_line(text)
            && !found.iter().any(|f| f.start < holder.end)
        {
            found.push(holder);
        }
        // 基本信息（姓名/电话/住址） | 韩月娥⏎151…⏎白庙新苑 1栋2303: a contact cell's home address, below its estate
        // or village, is hidden as an address column hides it (a name read in the estate's name gives way).
        if kind == Kind::Phone && !institution {
            let homes = self.det.address.find_in_text(text);
            found.retain(|f| !homes.iter().any(|a| f.start < a.end && a.start < f.end));
            found.extend(homes);
        }
        found.sort_by_key(|f| f.start);
        self.apply_text_findings(text, found, known, ctx)
    }

    /// 户主姓名及身份证号 | 武  军⏎130624…, 邓永⏎…, 白山国⏎…: a cell's first line before the number on the next, a
    /// surname and one to three characters, padded or not, is the holder's name, whatever its characters mean.
    fn holder_line(&self, text: &str) -> Option<Finding> {
        let line = text.split(['\n', '\r']).next().filter(|l| l.len() < text.len())?;
        let head = line.trim_end();
        let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        let names = &self.det.names;
        ((2..=4).contains(&compact.chars().count())
            && compact.chars().all(crate::detect::is_han)
            && head.starts_with(crate::detect::is_han)
            && names.starts_with_surname(&compact)
            && !self.pats.is_institution(&compact)
            && !is_placeholder(&compact)
            && {
                // (韩月娥⏎无电话⏎…: or where the number would be, a word that there is none.)
                let next = text[line.len()..].trim_start();
                next.starts_with(|c: char| digits::digit_of(c).is_some())
                    || ["无电话", "无手机", "暂无", "无"].iter().any(|w| next.starts_with(w))
            })
        .then(|| Finding::text(0, head.len(), Kind::Name, names.surname_len(&compact)))
    }

    /// Whether an ID column's header names the person too: a part of it between brackets, a plus, a slash or
    /// 及 is a name column's header (救助对象（姓名+身份证）, 户主姓名/身份证号, 姓名及身份证号码).
    pub(crate) fn named_id_header(&self, header: &str) -> bool {
        header
            .split(['（', '）', '(', ')', '+', '＋', '/', '／', '、', '及', '和'])
            .any(|p| !p.trim().is_empty() && columns::known_header_kind(&self.pats, p.trim()) == Some(Kind::Name))
    }

    /// Whether a cell of an ID column that names the person too (`Plan::named_id_cols`) is a name cell: no run of
    /// six digits or more, and it opens with its holder's name (杨梅静, 郑梅 户主…; not 待补, 见附件, 和平村).
    pub(crate) fn named_id_name(&self, text: &str) -> bool {
        let t = text.trim_start();
        let run: String = t.chars().take_while(|&c| crate::detect::is_han(c)).take(5).collect();
        longest_digit_run(text) < 6 && (2..=4).contains(&run.chars().count()) && self.det.holder_like(&run)
    }

    /// Runs of two to six Han characters that a number follows (after spaces, a colon, a comma, a bracket, a
    /// slash or a line break: 司马光明/157…) and that are no label (电话, 户主), relation word, institution or placeholder;
    /// and runs of two to four after a number that read as a name (173… 宫伟).
    pub(crate) fn runs_before_numbers(&self, text: &str) -> Vec<(usize, usize)> {
        const LABELS: [&str; 20] = [
            "电话", "手机", "座机", "联系", "号码", "办公", "家庭", "本人", "单位", "宅电", "微信", "住宅", "村委",
            "社区", "户主", "号", "村部", "门市", "小卖", "商店",
        ];
        let mut out = Vec::new();
        let mut start = None;
        // The run before this one, when only a slash or a space parts them (任丽/妹妹/177…).
        let mut prev: Option<(usize, usize)> = None;
        let holder = |run: &str| {
            (2..=6).contains(&run.chars().count())
                && !LABELS.iter().any(|w| run.contains(w))
                // (新华村3组 in a contact cell: a village before its group's number, no one's name.)
                && !run.ends_with(['村', '镇', '乡', '组'])
                && self.det.names.relation_prefix(run) == 0
                && !self.pats.is_institution(run)
                && !is_placeholder(run)
        };
        for (i, c) in text.char_indices().chain([(text.len(), '\0')]) {
            if crate::detect::is_han(c) {
                start.get_or_insert(i);
                continue;
            }
            let Some(s) = start.take() else { continue };
            let run = &text[s..i];
            let next = text[i..]
                .trim_start_matches([' ', '\u{3000}', '\t', ':', '：', ',', '，', '(', '（', '\n', '、', '/', '／']);
            let number_at = |t: &str| t.starts_with(|c: char| c == '+' || digits::digit_of(c).is_some());
            // (姜再兴（浙江湖州）18857792529: where the holder works, in brackets between the name and the number.)
            let past_bracket = || {
                let inner = text[i..].trim_start_matches([' ', '\u{3000}']).strip_prefix(['（', '('])?;
                let close = inner.find(['）', ')']).filter(|&k| inner[..k].chars().count() <= 8)?;
                let after = inner[close..].trim_start_matches(['）', ')', ' ', '\u{3000}', ':', '：']);
                Some(number_at(after))
            };
            // A surname and one to three characters that make no everyday word: a name even when its characters
            // are particles (吴元和, 姜再兴), said only where the cell gives the run no other reading.
            let surname_led = || {
                (2..=4).contains(&run.chars().count())
                    && run.chars().next().is_some_and(|c| self.det.names.is_frequent_surname(c))
                    && !self.det.names.holds_everyday_word(run)
            };
            let number_after = number_at(next) || (past_bracket() == Some(true) && surname_led());
            // (17311635245 宫伟: a name after the number, that reads as one.)
            let before = text[..s].trim_end_matches([' ', '\u{3000}', '\t', '\n', '、', '/', '／']);
            let bracketed = before.ends_with(['(', '（']) && text[i..].starts_with(['）', ')']);
            let number_before = before.trim_end_matches(['(', '（']).ends_with(|c: char| digits::digit_of(c).is_some());
            // (13602141562（吴元和）: a surname-led run alone in brackets after the number is whose it is.)
            let named_after = || {
                number_before
                    && run.chars().count() <= 4
                    && ((self.det.names.looks_like_name(run) && !self.det.names.holds_everyday_word(run))
                        || (bracketed && run.chars().count() == 3 && surname_led()))
            };
            if (number_after || named_after()) && holder(run) {
                out.push((s, i));
            } else if number_after
                // (任丽/妹妹/177…, 赵亮/村干部/199…: a relation or role between the holder and the number.)
                && self.det.names.relation_prefix(run) == run.len()
                && let Some((ps, pe)) = prev
                && text[pe..s].chars().all(|c| matches!(c, '/' | '／' | ' ' | '\u{3000}' | '、'))
                && holder(&text[ps..pe])
            {
                out.push((ps, pe));
            }
            prev = Some((s, i));
        }
        out
    }

    /// Address columns: kept down to the village/community; institutions stay.
    /// A cell naming its village and what lies below it (红旗村11组, 高庙村5组): the village kept, the rest hidden.
    fn cut_below_village(&self, text: &str, ctx: &mut CellCtx) -> Option<String> {
        // (凤城一村居委会小计, 小计（白沙村）: a subtotal's row label, sets AG8 and AH4.)
        if subtotal_label(text.trim()) {
            return None;
        }
        let keep = self.det.address.village_cut(text)?;
        ctx.event(Kind::Address, Status::Valid, Note::None);
        Some(format!("{}{}", &text[..keep], crate::detect::address::MARKER))
    }

    fn mask_address_cell(&self, text: &str, known: &KnownNames, ctx: &mut CellCtx) -> Option<String> {
        // 住址及电话: …彩北社区河东路968号19栋1单元604室 电话：18721330422. The address is cut and the phone after
        // it masked as a phone, with its label between them kept.
        if let Some((addr_end, phone_start)) = trailing_phone(text) {
            let (head, label, tail) = (&text[..addr_end], &text[addr_end..phone_start], &text[phone_start..]);
            // 元阳县社会福利院（0873-5325732）: a landline printed after an institution alone is the institution's
            // own number, public like its name, and the cell stays as it is. (A mobile could be a carer's own: it
            // is masked.)
            if self.institution_landline(head, tail, known) {
                return None;
            }
            let address = self.mask_address_cell(head, known, ctx).unwrap_or_else(|| head.to_string());
            let phone = self
                .mask_identifier_cell(Kind::Phone, &Cell::Text(tail.to_string()), tail, ctx)
                .unwrap_or_else(|| tail.to_string());
            let out = format!("{address}{label}{phone}");
            return (out != text).then_some(out);
        }
        // (A footer's date under the address column, 2024年3月18日: no place in it.)
        if date_alone(text) {
            return None;
        }
        // (隆回县高坪镇中学   2024年10月12日: or the office that signs the notice and the date, set BS6.)
        if let Some((office, date)) = text.trim().rsplit_once([' ', '\u{3000}'])
            && date_alone(date)
            && self.institution_address_cell(office.trim())
        {
            return None;
        }
        let institution = self.institution_address_cell(text);
        if is_placeholder(text) || institution || masked_address_and_phone(text) || said_region(text) {
            // An institution's address line can still carry a phone or a name in a note; its street in brackets
            // is as public as its name (宜昌市社会福利院（中南路12号）, set BV6).
            return if institution && !self.institution_street(text) {
                self.mask_free_text(text, known, ctx)
            } else {
                None
            };
        }
        // 红旗村11组 under 村民小组: the village it names stays, as in an address; the group goes.
        if ctx.below_village
            && let Some(cut) = self.cut_below_village(text, ctx)
        {
            return Some(cut);
        }
        if self.says_where_only(text) || vehicle_model(text) {
            return None;
        }
        let rule = self.rule(Kind::Address, ctx);
        // Redacted or replaced, an address goes whole, whatever level it stops at.
        let cut = match rule.action {
            Action::Redact | Action::Replace => 0,
            _ => match self.det.address.cut(text) {
                Some(cut) => cut,
                // (张秋镇鞠圈村（现住其侄子王强家）, set BY5: nothing below the village, but a note beside it may name
                // someone; it is read as text.)
                None if text.contains(['（', '(', '，', ',']) => return self.mask_free_text(text, known, ctx),
                None => return None,
            },
        };
        ctx.event(Kind::Address, Status::Valid, Note::None);
        // (回原籍（柳河县柳河镇团结社区3组）: the bracket the kept part opens closes after the mask.)
        let t = text.trim_end();
        let opened = |o: char, c: char| t[..cut].matches(o).count() > t[..cut].matches(c).count();
        let close =
            t.chars().next_back().filter(|&c| (c == '）' && opened('（', '）')) || (c == ')' && opened('(', ')')));
        let t = close.map_or(t, |c| &t[..t.len() - c.len_utf8()]);
        let keep = cut.min(t.len());
        let f = Finding::text(0, t.len(), Kind::Address, keep);
        let mut head = mask::mask_finding(&f, t, &rule);
        head.extend(close);
        // The kept part (province … village) could still name a person in a note (张秋镇（王强家）鞠圈村3组): a
        // kept part holding a note is read as text too, as a cell with nothing to cut is above.
        if t[..keep].contains(['（', '(', '，', ','])
            && head.starts_with(&t[..keep])
            && let Some(kept) = self.mask_free_text(&t[..keep], known, ctx)
        {
            head.replace_range(..keep, &kept);
        }
        Some(head)
    }
}

impl Masker {
    /// Whether an address cell is an institution and its landline (元阳县社会福利院（0873-5325732）): the
    /// number is the institution's own, public like its name, and `verify` reads it so too.
    pub(crate) fn institution_landline_cell(&self, text: &str, known: &KnownNames) -> bool {
        trailing_phone(text).is_some_and(|(head_end, phone_start)| {
            self.institution_landline(&text[..head_end], &text[phone_start..], known)
        })
    }

    /// The head must be an institution's name and nothing else: it ends with the institution's word (敬老院旁,
    /// 敬老院路, 敬老院（其子王小明 are places near it or people in it), holds no space or bracket (王建国 敬老院),
    /// and nothing in it is masked as text (a name of the file included); the phone must be one landline with an area code and nothing after
    /// it but a closing bracket (…0873-5325732转王建国 is someone's extension).
    fn institution_landline(&self, head: &str, phone: &str, known: &KnownNames) -> bool {
        let name = head.trim().trim_end_matches(['（', '(', '：', ':', ' ', '\u{3000}', '\t', '\n']);
        // (Some institution word ends the name: 社会福利院 ends with 福利院 though 社会福利 is the longest match.)
        let last_word_ends = name.char_indices().rev().take(8).any(|(k, _)| {
            self.pats.institutions.find(&name[k..]).is_some_and(|m| m.start() == 0 && k + m.end() == name.len())
        });
        let one_landline = landline_digits(&Cell::Text(phone.to_string()))
            .is_some_and(|d| d.starts_with('0') && !d.contains(','))
            && phone.trim_end().trim_end_matches(['）', ')']).ends_with(|c: char| c.is_ascii_digit());
        !name.is_empty()
            && last_word_ends
            && !name.contains(|c: char| c.is_whitespace() || matches!(c, '（' | '(' | '）' | ')' | '：' | ':'))
            && self.institution_address_cell(name)
            && one_landline
            && self.text_findings(name, known).is_empty()
    }

    /// Whether an address cell holds an institution rather than a home (敬老院, 东昌区社会福利中心).
    /// 宜昌市社会福利院（中南路12号）: an institution and its street in brackets, kept whole; `verify` reads it so too.
    pub(crate) fn institution_street(&self, text: &str) -> bool {
        street_in_brackets(text) && self.institution_address_cell(text)
    }

    fn institution_address_cell(&self, text: &str) -> bool {
        // 邮政宿舍35号楼3门503室, 电业局家属楼: a home named after an institution is a person's address.
        const DWELLING: [&str; 7] = ["宿舍", "家属", "号楼", "栋", "幢", "单元", "室"];
        // (邮政社区花园街527号: a road and number after the institution's word make it a street address; a
        // bracketed note after the institution does not.)
        let numbered_after = || {
            self.pats.institutions.find_iter(text).last().is_some_and(|m| {
                // (社会福利|院（中南路12号）: the word's last characters may lie past the match.)
                let rest = text[m.end()..].trim_start();
                let rest = rest.strip_prefix(['院', '站', '所', '心']).unwrap_or(rest);
                !rest.starts_with(['(', '（']) && rest.chars().any(|c| digits::digit_of(c).is_some())
            })
        };
        self.pats.is_institution_address(text) && !DWELLING.iter().any(|w| text.contains(w)) && !numbered_after()
    }
}

/// 宜昌市社会福利院（中南路12号）: a bracket closing the text that holds a street and its number alone, no home's
/// words (家, 住, 户, 室, 单元, 栋, 楼, 组) and no name.
fn street_in_brackets(text: &str) -> bool {
    let t = text.trim();
    let Some(open) = t.find(['（', '(']) else { return false };
    let Some(inner) = t[open..].strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])) else {
        return false;
    };
    digits::street_number(inner, 20) && inner.chars().all(|c| crate::detect::is_han(c) || c.is_ascii_digit())
}

/// Where an address cell's text ends and where a phone after it starts (…604室 电话：18721330422, …6-4-501
/// Tel:17878903636, …21栋302（电话0414-4298288）): the label between them is neither.
fn trailing_phone(text: &str) -> Option<(usize, usize)> {
    const LABELS: [&str; 7] = ["联系电话", "联系方式", "电话", "手机", "Tel", "TEL", "tel"];
    const SEPARATORS: [char; 12] = [' ', '\u{3000}', '\t', '\n', '（', '(', '：', ':', '/', '，', ',', '；'];
    // (Every phone has seven digits or more; most addresses have fewer.)
    if !may_hold_identifier(text) {
        return None;
    }
    let found = digits::find(text, digits::Context { phone_column: true, account_column: false });
    // (A cell that is only a phone is one too: 13912345678 → 139****5678, not ***.)
    let only = |f: &Finding| f.start == 0 && text[f.end..].trim().chars().all(|c| !c.is_alphanumeric());
    let phone = found.iter().find(|f| f.kind == Kind::Phone && (f.start > 0 || only(f)))?;
    if phone.start == 0 {
        return Some((0, 0));
    }
    let mut end = phone.start;
    loop {
        let t = text[..end].trim_end_matches(SEPARATORS);
        let t = LABELS.iter().find_map(|w| t.strip_suffix(w)).unwrap_or(t);
        if t.len() == end {
            break;
        }
        end = t.len();
    }
    // An address before it: Han text, not just a label.
    text[..end].chars().any(crate::detect::is_han).then_some((end, phone.start))
}

/// Whether a phone found in text is a landline the file prints as an institution's own (see
/// [`KnownNames::is_institution_landline`]): public in any cell of it. `verify` reads it the same way.
pub(crate) fn institution_landline_found(f: &Finding, known: &KnownNames) -> bool {
    f.kind == Kind::Phone
        && f.area_len > 0
        && std::str::from_utf8(&f.digits).is_ok_and(|d| known.is_institution_landline(d))
}

/// The landlines (digits) a title or footer row prints as the office's public numbers (监督电话：0903-2512345,
/// or 监督电话： | its number in the next cell): public wherever else the file gives them (a care home's phone
/// column). Mobiles are left out: a cadre's own number may stand there; so are numbers after 举报电话 and
/// 投诉电话, which in a complaint's record may be the complainant's own.
/// (院办电话：0746-5222301, 本院电话：: a care home's own line printed above or below its residents, set AE4.)
fn public_landlines(row: &[Cell]) -> Vec<String> {
    const OFFICE: [&str; 10] =
        ["监督", "咨询", "热线", "办公电话", "值班电话", "院办电话", "本院电话", "值班室电话", "办公室电话", "院电话"];
    let office = |label: &str| {
        let tail: String = label.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
        OFFICE.iter().any(|w| tail.contains(w)) && !tail.contains("举报人") && !tail.contains("投诉人")
    };
    let mut out = Vec::new();
    for j in public_neighbours(row) {
        let label = row[..j].iter().rev().find(|c| !c.is_blank()).map(|c| c.as_text().into_owned()).unwrap_or_default();
        if office(&label)
            && let Some(d) = row.get(j).and_then(landline_digits)
        {
            out.extend(d.split(',').map(String::from));
        }
    }
    for cell in row {
        let Cell::Text(t) = cell else { continue };
        if !t.contains(|c: char| c.is_ascii_digit())
            || !(digits::holds_public_keyword(t) || OFFICE.iter().any(|w| t.contains(w)))
        {
            continue;
        }
        let mut k = 0;
        while k < t.len() {
            let Some(c) = t[k..].chars().next() else { break };
            if !c.is_ascii_digit() || (k > 0 && t[..k].ends_with(|p: char| p.is_ascii_digit())) {
                k += c.len_utf8();
                continue;
            }
            let run: String = t[k..].chars().take_while(|&c| c.is_ascii_digit() || c == '-').collect();
            let d: Vec<u8> = run.bytes().filter(u8::is_ascii_digit).collect();
            if phone::landline_area_len(&d).is_some() && digits::public_phone_at(t, k, true) && office(&t[..k]) {
                out.push(String::from_utf8_lossy(&d).into_owned());
            }
            k += run.len();
        }
    }
    out
}

/// Whether a name cell is sentences about kin, each clause opening with a relation word (儿子在国外定居, 女儿在
/// 本市), a count of them (一子一女) or a word that names no one (无子女, 均在外地工作, 每年回国一次, 自身照料困难).
/// A clause opening any other way (陈丽 湖南长沙务工, 女儿在本市，陈丽每周探望) may open with a bare name: the cell
/// is then masked as a name cell. `verify` reads the cell the same way.
pub(crate) fn kin_sentences(names: &crate::detect::name::NameDetector, text: &str) -> bool {
    // Words that name no one, and kin words that count or group people (一子, 孙辈) and are read as relation
    // words are: a verb or an adverb must follow them.
    // (子女均在外省，逢年过节回家: a clause opening with when, set BX5.)
    const NO_ONE: [&str; 13] =
        ["无", "均", "每", "自身", "都", "已", "逢年过节", "平时", "平常", "节假日", "过年", "偶尔", "经常"];
    // (子女在外地，电话联系正常: how they are reached, set BE3: 电话 or 联系 and a state closing the clause, or a
    // clause that names no one as a whole (未联系上); 联系浩然, 电话王芳 name someone.)
    const REACHED: [&str; 2] = ["电话", "联系"];
    const STATES: [&str; 8] = ["正常", "畅通", "联系上", "不上", "不通", "中断", "很少", "较少"];
    const KIN: [&str; 10] = ["一子", "一女", "两子", "两女", "二子", "二女", "孙辈", "子女", "独子", "独女"];
    const GOES_ON: &str = "在均已偶每都现常定回于是为无未尚也不经长";
    // (孙辈赡养, 由侄子赡养, 靠女儿照顾, set V2: who provides, when the verb ends the clause; 由侄子赡养王强 and
    // 由女儿经纬照顾 name someone.)
    const PROVIDES: [&str; 8] = ["赡养", "照顾", "照料", "照看", "探望", "供养", "轮流赡养", "轮流照顾"];
    let t = text.trim();
    if household_sentences(names, t) {
        return true;
    }
    // (孙辈赡养: four characters are enough where the clause is kin and a verb of providing.)
    t.chars().count() >= 4
        && !t.contains(|c: char| c.is_ascii_alphanumeric() || c.is_whitespace())
        && t.split(['，', ',', '；', ';', '。']).filter(|c| !c.is_empty()).all(|clause| {
            // (After the relation word the sentence goes on with a verb or an adverb: 儿子在国外定居, 侄子偶尔探望.
            // 孙女：但秀琳, 女儿陈丽在… and 子女但秀琳在外 name someone there, whose surname free text may not know.)
            // (一子一女: a clause of counted kin only.)
            let kin = |clause: &str| KIN.iter().find(|w| clause.starts_with(*w)).map_or(0, |w| w.len());
            // (孙辈赡养: 孙 is a relation word too; either reading may leave the verb.)
            let provides = |clause: &str| {
                [names.relation_prefix(clause), kin(clause)]
                    .into_iter()
                    .any(|k| k > 0 && PROVIDES.contains(&&clause[k..]))
            };
            if provides(clause) || ["由", "靠"].iter().find_map(|w| clause.strip_prefix(w)).is_some_and(provides) {
                return true;
            }
            let k = names.relation_prefix(clause);
            let k = if k > 0 { k } else { kin(clause) };
            let counted = clause.chars().all(|c| "一二两三四子女儿个".contains(c));
            (k > 0 && clause[k..].starts_with(|c: char| GOES_ON.contains(c)))
                || counted
                || NO_ONE.iter().any(|w| clause.starts_with(w))
                || (REACHED.iter().any(|w| clause.starts_with(w))
                    && STATES.iter().any(|w| clause.ends_with(w))
                    && names.phrase_of_words(clause))
                || (["未", "没有", "不"].iter().any(|w| clause.starts_with(w)) && is_placeholder(clause))
        })
}

/// 家庭成员及收入情况 | 2人，种植水稻2亩，养猪3头; 单人户，靠亲友接济; 家庭年收入约11000元，人均不足3400元 (set BK3): a
/// household's size, income and living in clauses, read as free text, where a name is found by its context. Every
/// clause opens with a count or an everyday word (after 与, 靠, 无 …), none is a short run of Han characters alone
/// but a household's kind (金凤，3人 names 金凤; 单人户 does not), and a count, an amount or 收入 says what it is about.
fn household_sentences(names: &crate::detect::name::NameDetector, t: &str) -> bool {
    const ABOUT: [&str; 6] = ["人", "户", "收入", "元", "亩", "同住"];
    const LEADS: &str = "与靠无由在已均随跟";
    let opens = |c: &str| {
        let cs: Vec<char> = c.chars().collect();
        let word_at =
            |k: usize| cs.get(k..k + 2).is_some_and(|w| names.holds_everyday_word(&w.iter().collect::<String>()));
        // (年收入约1800元: a word after one character that opens no frequent surname's name.)
        // (孙辈就读于…: or a kin word, after which free text finds a name.)
        // (共2人，本人为唯一劳动力: how many the household counts, set BT1.)
        cs[0].is_ascii_digit()
            // (Only the count as its whole clause: 共3人：户主、丈夫…、长子白天宇 lists the members themselves.)
            || (cs[0] == '共'
                && cs.get(1).is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(*c))
                && cs.len() <= 5
                && c.ends_with('人'))
            || word_at(0)
            || names.relation_prefix(c) > 0
            || (LEADS.contains(cs[0]) && names.relation_prefix(&c[cs[0].len_utf8()..]) > 0)
            || ((word_at(1) || (LEADS.contains(cs[0]) && word_at(2))) && !names.starts_with_frequent_surname(c))
    };
    let bare = |c: &str| c.chars().count() <= 3 && c.chars().all(crate::detect::is_han) && !c.ends_with(['户', '人']);
    let clauses: Vec<&str> = t.split(['，', ',', '；', ';', '。']).map(str::trim).filter(|c| !c.is_empty()).collect();
    clauses.len() >= 2 && ABOUT.iter().any(|w| t.contains(w)) && clauses.iter().all(|c| opens(c) && !bare(c))
}

/// Sentences rather than a category's or a place's name: more than ten characters with a comma or a full stop
/// between them (就业援助专员麦永贵跟进，已面试2次 under 就业援助情况, set AD2), or lines (户主养老金1262元/月⏎女黄艳燕无收入
/// under 收入情况).
fn sentence(text: &str) -> bool {
    text.chars().count() > 10 && text.trim_end_matches(['。', '.', '\n']).contains(['，', '。', '；', ',', '\n'])
}

/// Whether a cell of a column of categories or amounts is read as free text instead: a sentence, or a label and
/// its value (制表：梁北胜 under 序号). `verify` reads the cell the same way.
pub(crate) fn other_as_text(text: &str) -> bool {
    sentence(text) || text.contains(['：', ':']) || kin_note(text)
}

/// A home or an office named by its place (罗通山镇敬老院, 梅河口市光荣院): a level's character after two
/// characters or more, and two or more after it. Not a village's or a community's committee, named or not
/// (前进村村委会): for a resident cared for at home it may give the resident's own line (set AI1).
fn place_named_institution(t: &str) -> bool {
    let chars: Vec<char> = t.trim().chars().collect();
    !["委会", "村委", "居委", "委员会", "社区", "村民", "居民"].iter().any(|w| t.contains(w))
        && chars.iter().all(|&c| crate::detect::is_han(c))
        && chars.iter().enumerate().any(|(k, &c)| k >= 2 && "省市县区旗镇乡村".contains(c) && k + 2 < chars.len())
}

/// 自述山东人, 自称河北: a province or a region a stranger says they come from, with nothing below it (户籍地, set
/// BB2).
pub(crate) fn said_region(text: &str) -> bool {
    let t = text.trim();
    let Some(rest) = ["自述", "自称", "据称", "疑似", "自报"].iter().find_map(|w| t.strip_prefix(w)) else {
        return false;
    };
    // (A province alone, 山东 or 黑龙江: 自称山东王刚 names a man after it.)
    // (自报吉林省人, 自报东北人: with its 省, or a part of the country, set BE4.)
    const PARTS: [&str; 9] = ["东北", "华北", "西北", "西南", "华南", "华东", "华中", "南方", "北方"];
    let rest = rest.strip_suffix('人').unwrap_or(rest);
    let rest = rest.strip_suffix('省').unwrap_or(rest);
    PARTS.contains(&rest) || ((2..=3).contains(&rest.chars().count()) && crate::detect::address::bare_region(rest))
}

/// 康复项目, 康复内容, 康复服务: a header of the services a rehabilitation programme gives (set BB5).
fn rehab_service_header(h: &str) -> bool {
    let h = normalize_header(h);
    h.starts_with("康复") && ["项目", "内容", "服务"].iter().any(|w| h.ends_with(w))
}

/// 通化市中心医院, 通化县医院, 吉林大学第一医院 under 诊断医院: a general hospital, which says nothing of the
/// illness (set BD2). One whose name says the illness or the ward, 肿瘤医院, 传染病医院, 安定医院, 第四人民医院 (many
/// a city's mental hospital), 人民医院精神科, stays masked as any value of a health column.
pub(crate) fn general_hospital(text: &str) -> bool {
    const SPECIAL: [&str; 36] = [
        "肿瘤",
        "癌",
        "精神",
        "心理",
        "安定",
        "康宁",
        "传染",
        "结核",
        "胸科",
        "肺科",
        "皮肤",
        "性病",
        "麻风",
        "戒毒",
        "康复",
        "眼",
        "耳鼻",
        "口腔",
        "骨",
        "妇",
        "儿童",
        "脑",
        "神经",
        "肝",
        "肾",
        "糖尿病",
        "血液",
        "心血管",
        "心脏",
        "第三",
        "第四",
        "第五",
        "第六",
        "第七",
        "职业病",
        "感染",
    ];
    let t = text.trim();
    (t.ends_with("医院") || t.ends_with("卫生院"))
        && (4..=16).contains(&t.chars().count())
        && t.chars().all(crate::detect::is_han)
        && !SPECIAL.iter().any(|w| t.contains(w))
}

/// 康复训练, 辅助器具适配, 康复训练（送教上门）, 康复训练+辅具适配: services any disabled child may get, that say
/// nothing of which disability (set BB5). Only these words and joins: 助听器验配, 言语康复训练, 孤独症干预 or 假肢
/// name the condition and stay masked, as any value of a health column.
pub(crate) fn generic_rehab_service(text: &str) -> bool {
    const SERVICES: [&str; 16] = [
        "送教上门康复",
        "辅助器具适配",
        "辅助器具",
        "辅具适配",
        "辅具",
        "康复训练",
        "康复评估",
        "送教上门",
        "机构日间",
        "机构康复",
        "社区康复",
        "居家康复",
        "上门服务",
        "日间",
        "训练",
        "康复",
    ];
    let mut rest = text.trim();
    let mut words = 0;
    while !rest.is_empty() {
        if let Some(r) =
            rest.strip_prefix(['+', '＋', '、', '，', ',', '；', ';', '/', '／', '（', '）', '(', ')', ' ', '及', '和'])
        {
            rest = r;
        } else if let Some(w) = SERVICES.iter().find(|w| rest.starts_with(*w)) {
            rest = &rest[w.len()..];
            words += 1;
        } else {
            return false;
        }
    }
    words > 0
}

/// Whether a cell holds Han characters and a mobile number: a contact's line.
fn contact_with_mobile(t: &str) -> bool {
    t.bytes().filter(u8::is_ascii_digit).count() >= 11
        && t.chars().any(crate::detect::is_han)
        && digits::find(t, digits::Context { phone_column: false, account_column: false })
            .iter()
            .any(|f| f.kind == Kind::Phone && phone::is_mobile(phone::strip_country(&f.digits)))
}

/// Whether a short cell of such a column speaks of a relative, whose name may follow (由其女婿申玉成代为退缴 under
/// 追回方式, set AA3). (Not 委托 or 代领 alone: 委托黄河农商银行代发 names a bank.)
/// (现金（由其侄何笑妹代领） under 发放方式, set AG1: 由其 before any kin word.)
fn kin_note(text: &str) -> bool {
    const KIN: [&str; 12] =
        ["其子", "其女", "其妻", "其夫", "其父", "其母", "其孙", "之子", "之女", "女婿", "儿媳", "由其"];
    text.contains(['其', '之', '婿', '媳']) && KIN.iter().any(|w| text.contains(w))
}

/// The digits of a phone cell holding landlines only (0438-2630443, 0438-2630443 转 801), with nothing else of
/// five or more digits beside them; None for anything else (a mobile, an ID, no number).
fn landline_digits(cell: &Cell) -> Option<String> {
    let text = cell.as_text();
    let found = digits::find(&text, digits::Context { phone_column: true, account_column: false });
    // (+84 999 683 054, 0082-10-…: a number abroad is no office's line here; a relative's there, set BS3.)
    let abroad = |f: &crate::detect::Finding| {
        let raw = text[f.start..f.end].trim_start();
        let plus = raw.starts_with('+') || text[..f.start].trim_end().ends_with('+');
        let intl = raw.strip_prefix('+').or_else(|| raw.strip_prefix("00")).is_some_and(|r| !r.starts_with("86"));
        // (+82 010 8367 0591: a country's code left before the number read, set CD4.)
        let head = text[..f.start].trim_end_matches([' ', '-', '－']);
        let code = head.trim_end_matches(|c: char| c.is_ascii_digit());
        let code_before = (1..=3).contains(&(head.len() - code.len())) && code.ends_with('+') && !head.ends_with("86");
        // (010-4143-9806 beside a Yanbian care home: a Korean mobile as Koreans write it, 010 and two groups of
        // four; a Beijing line is written 010-6552 3456 or 010-65523456 far more often. Masked, fail closed.)
        let korean = raw.len() == 13
            && raw.starts_with("010")
            && [3, 8].iter().all(|&k| matches!(raw.as_bytes()[k], b'-' | b' '))
            && raw.bytes().filter(u8::is_ascii_digit).count() == 11;
        (plus && !raw.trim_start_matches('+').starts_with("86")) || intl || code_before || korean
    };
    if found.is_empty()
        || found.iter().any(|f| f.kind != Kind::Phone || phone::is_mobile(phone::strip_country(&f.digits)) || abroad(f))
    {
        return None;
    }
    let mut at = 0;
    for f in found.iter().map(|f| (f.start, f.end)).chain([(text.len(), text.len())]) {
        if longest_digit_run(&text[at..f.0]) >= 5 {
            return None;
        }
        at = f.1;
    }
    Some(found.iter().map(|f| String::from_utf8_lossy(&f.digits)).collect::<Vec<_>>().join(","))
}

fn status_of(c: id_card::IdCheck) -> Status {
    match c {
        id_card::IdCheck::Valid => Status::Valid,
        _ => Status::Failed,
    }
}

/// （Wichai Sae-Ung）, (Mary Chen) right after a name in a name column: the person's name in Latin letters, its
/// span inside the bracket. Capitalised words only (not a note such as (dec.)).
fn latin_name_bracket(rest: &str) -> Option<(usize, usize)> {
    let (open, close) = [('（', '）'), ('(', ')')].into_iter().find(|&(o, _)| rest.starts_with(o))?;
    let start = open.len_utf8();
    let end = start + rest[start..].find(close)?;
    let inner = &rest[start..end];
    // (张宜蓁(CHANG, YI-CHEN): a Taiwan romanisation, the family name first and a comma after it, set BS3.)
    // (方家豪（Fong Ka-ho）: a Cantonese given name's second syllable after a hyphen is written small, set CD5.)
    let words: Vec<&str> = inner.split([' ', '.', '\'', ',']).filter(|w| !w.is_empty()).collect();
    let ok = inner.bytes().all(|b| b.is_ascii_alphabetic() || b" -.',".contains(&b))
        && inner.bytes().filter(u8::is_ascii_alphabetic).count() >= 4
        && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    ok.then_some((start, end))
}

/// 水费用户号 | LDZ9563: a short account code, letters and digits only, which an account column masks from four
/// digits on (set BP5), as `verify` checks.
pub(crate) fn account_code(text: &str) -> bool {
    let t = text.trim();
    t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && t.bytes().any(|b| b.is_ascii_alphabetic())
        && t.bytes().any(|b| b.is_ascii_digit())
}

/// Masks every run of `min` or more digits, counting across single spaces and dashes (0743 9931 1101) and the
/// letters a retyped or scanned number shows for digits (159Ｏ6324Ｂ45, set AB3): the fail-closed pass for
/// identifier columns. Separators are kept. Appends to `out`; true when it masked. `min` is 5, or 4 in an ID
/// column, where 周殡火证字2023第6492号 (a cremation certificate's number, set AP4) is one person's identifier,
/// and for an account column's short code (LDZ9563).
fn push_residual_digits(s: &str, out: &mut String, min: usize) -> bool {
    let is_d = |c: char| digits::digit_of(c).is_some();
    let is_sep = |c: char| matches!(c, ' ' | '-' | '－' | '\u{3000}');
    let is_look_alike = |c: char| digits::look_alike_digit(c).is_some();
    // Fewer than `min` digits in all: nothing to do (the common case: an identifier already masked).
    if s.chars().filter(|&c| is_d(c)).nth(min - 1).is_none() {
        out.push_str(s);
        return false;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if !is_d(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        let mut count = 0;
        while j < chars.len() {
            if is_d(chars[j]) {
                count += 1;
                j += 1;
            } else if is_look_alike(chars[j]) || (is_sep(chars[j]) && j + 1 < chars.len() && is_d(chars[j + 1])) {
                j += 1;
            } else {
                break;
            }
        }
        // (2023年5月12日火化 in an ID column: a year, which the four-digit rule would take.)
        let year = count == 4 && chars.get(j) == Some(&'年');
        if count >= min && !year {
            changed = true;
            out.extend(chars[i..j].iter().map(|&c| if is_d(c) || is_look_alike(c) { '*' } else { c }));
        } else {
            out.extend(&chars[i..j]);
        }
        i = j;
    }
    changed
}

/// The institution of `t` without a bracketed note of how it keeps or guards the person (伊宁市社会福利院（特困集中
/// 供养）, set BP6; 李庄村民委员会（临时监护）, set BW5): the note names no one.
fn without_care_note(t: &str) -> &str {
    match t.trim().strip_suffix(['）', ')']).and_then(|h| h.rsplit_once(['（', '('])) {
        Some((home, note))
            if note.chars().count() <= 8
                && note.chars().all(crate::detect::is_han)
                && ["供养", "托养", "寄养", "代养", "安置", "监护"].iter().any(|w| note.contains(w)) =>
        {
            home
        }
        _ => t,
    }
}

/// A home's words for itself as a resident's carer or guardian (监护人 本院, 照料人 院方).
const THE_HOME: [&str; 4] = ["本院", "本所", "本中心", "院方"];

/// Cells that follow a public-number label in the same row (监督电话： | 0435-3201234): public.
/// So is a landline alone right after an institution's name that opens a line of a list (定点医疗机构联系电话 over
/// 通化市中心医院 | 0435-3955120, set AY5): the institution's own number. A mobile there may be a staff member's.
pub fn public_neighbours(row: &[Cell]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut filled = (0..row.len()).filter(|&i| !row[i].is_blank());
    if let (Some(first), Some(second)) = (filled.next(), filled.next())
        && filled.nth(1).is_none()
        && let Cell::Text(name) = &row[first]
        && name.chars().count() >= 4
        && crate::detect::name::bare_institution(name)
        && !name.contains(['：', ':'])
        && !row[second].as_text().chars().any(crate::detect::is_han)
        && landline_digits(&row[second]).is_some()
    {
        out.push(second);
    }
    // (填报单位：果州学院学生资助管理中心（统一社会信用代码：…） | 联系电话：0817-2310580: a footer's line naming the
    // body that files the list, its landline in another cell under a bare phone's label, set BU4.)
    // (Asked of every row: the landlines under a bare phone's label first, which few rows hold.)
    let phone_cells: Vec<usize> = (0..row.len())
        .filter(|&j| {
            let Cell::Text(s) = &row[j] else { return false };
            let s = s.trim_start();
            ["联系电话", "电话", "办公电话", "咨询电话"]
                .iter()
                .any(|l| s.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with(['：', ':'])))
                && landline_digits(&row[j]).is_some()
        })
        .collect();
    if !phone_cells.is_empty() {
        const FILERS: [&str; 6] = ["填报单位", "报送单位", "制表单位", "编制单位", "填报机构", "经办单位"];
        let first = row.iter().position(|c| !c.is_blank());
        let filing_office = row.iter().enumerate().any(|(i, c)| {
            let Cell::Text(s) = c else { return false };
            // (阜阳市民政局社会救助科 | 联系电话：0558-6512345 | 2024年11月28日: or the office's name alone, opening
            // the footer's line, set CA1.)
            let value = match FILERS.iter().find_map(|l| s.trim_start().strip_prefix(l)) {
                Some(rest) => {
                    let Some(value) = rest.trim_start().strip_prefix(['：', ':']) else { return false };
                    value
                }
                None if Some(i) == first => s,
                None => return false,
            };
            let value = value.split(['（', '(']).next().unwrap_or("").trim();
            value.chars().count() >= 4
                && value.chars().all(crate::detect::is_han)
                && (crate::detect::name::bare_institution(value)
                    // (民政局社会救助科: a section of an office; 李登科 alone is a name.)
                    || (value.chars().count() >= 6
                        && value.ends_with(['科', '股'])
                        && ["局", "政府", "办事处"].iter().any(|w| value.contains(w))))
        });
        // (制表人： | 审核人： | 分管领导： | 联系电话：0778-6212316: a footer of signers' labels, blank or signed
        // (制表人：孙立群 | 审核人：刘振东), its landline the office's that signs, sets BW1, BW2. A mobile stays
        // masked.)
        let signer = |s: &str| {
            let s = s.trim();
            let (label, signed) = s
                .char_indices()
                .find(|&(_, c)| matches!(c, '：' | ':'))
                .map_or((s, ""), |(k, c)| s.split_at(k + c.len_utf8()));
            let signed = signed.trim();
            blank_signer_label(label)
                && signed.chars().count() <= 8
                // (孙** as `verify` reads the output: a signer masked already.)
                && signed.chars().all(|c| crate::detect::is_han(c) || c == '·' || c == '*')
        };
        // (联系电话：0510-81827305 | 监督电话：0510-81827312: beside the notice's public line, set CG2; or alone
        // in its row's first column, 联系电话：0433-3221234 under the list, naming no one whose line it could be.
        // Not further right, where a household written over two rows may give its own line under 备注.)
        let notice_line = row.iter().any(|c| matches!(c, Cell::Text(s) if digits::public_line(s)));
        let alone = phone_cells == [0] && row.iter().filter(|c| !c.is_blank()).count() == 1;
        if filing_office
            || notice_line
            || alone
            || row.iter().filter(|c| matches!(c, Cell::Text(s) if signer(s))).nth(1).is_some()
        {
            out.extend(phone_cells);
        }
    }
    let mut public_row = false;
    for (i, c) in row.iter().enumerate() {
        if let Cell::Text(s) = c
            && digits::ends_with_public_keyword(s)
            && let Some(j) = (i + 1..row.len()).find(|&j| !row[j].is_blank())
            && longest_digit_run(&row[j].as_text()) >= 3
        {
            out.push(j);
            public_row = true;
        }
    }
    // (监督电话 | 0435-7281502 | 县民政局 | 0435-7222316: an office named on the line of the notice's public
    // numbers, its landline after it, set AZ6.)
    if public_row {
        for (i, c) in row.iter().enumerate() {
            if let Cell::Text(name) = c
                && name.chars().count() >= 3
                && crate::detect::name::bare_institution(name)
                && name.chars().all(crate::detect::is_han)
                && let Some(j) = (i + 1..row.len()).find(|&j| !row[j].is_blank())
                && landline_digits(&row[j]).is_some()
                && !row[j].as_text().chars().any(crate::detect::is_han)
            {
                out.push(j);
            }
        }
    }
    out
}

/// Columns whose cell differs between an input row and its masked row.
pub fn changed_cols(orig: &[Cell], masked: &[Cell]) -> Vec<usize> {
    orig.iter().zip(masked).enumerate().filter(|(_, (a, b))| a != b).map(|(i, _)| i).collect()
}

const CACHE_MAX_TEXT: usize = 96;
const CACHE_MAX_ENTRIES: usize = 16384;

/// A text one column leaves unchanged, with what it reported (findings a `keep` rule left readable).
struct Cached {
    events: Vec<(Kind, Status, Note)>,
}

type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<crate::detect::name::FxHasher>>;
type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<crate::detect::name::FxHasher>>;

/// Keyed by (column, hash of the text); the text is kept to tell collisions apart.
#[derive(Default)]
struct Cache {
    plan: u64,
    map: FastMap<(usize, u64), (Box<str>, Cached)>,
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<crate::detect::name::FxHasher>::default().hash_one(text)
}

thread_local! {
    static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
}

/// Whether `text` of column `col` is cached; if so, `hit` reads what masking it reported.
fn cache_get(plan: u64, col: usize, text: &str, hit: impl FnOnce(&Cached)) -> bool {
    CACHE.with(|c| {
        let c = c.borrow();
        if c.plan != plan {
            return false;
        }
        match c.map.get(&(col, text_hash(text))) {
            Some((t, v)) if t.as_ref() == text => {
                hit(v);
                true
            }
            _ => false,
        }
    })
}

fn cache_put(plan: u64, col: usize, text: &str, v: Cached) {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.plan != plan || c.map.len() >= CACHE_MAX_ENTRIES {
            c.map.clear();
            c.plan = plan;
        }
        c.map.insert((col, text_hash(text)), (text.into(), v));
    });
}

static PLAN_IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Per-cell context while masking.
struct CellCtx<'a> {
    col: usize,
    events: &'a mut Vec<Event>,
    col_rule: Option<Rule>,
    /// Some name in the cell is a minor's.
    minor: bool,
    /// For a name cell: which of its names (in `cell_names` order) are minors'.
    part_minors: Option<&'a [bool]>,
    in_scope: bool,
    /// Names of the row's punitive subject, kept in its free text.
    disclosed: &'a [String],
    /// The cell is in a column of a unit below the village (`Plan::below_village`).
    below_village: bool,
    /// The cell is in a public column of the village or community (`Plan::village_cols`).
    village_column: bool,
    /// The cell is in a column of a place far from home (`Plan::far_place_cols`).
    far_place_column: bool,
    /// The cell is in a column of organisations' codes (`Plan::org_code_cols`).
    org_code_column: bool,
    /// The cell is in a column of records' codes (`Plan::record_code_cols`).
    record_code_column: bool,
    /// The cell is in a column on one other person (`Plan::person_note_cols`).
    person_note: bool,
    /// The cell is in a column of numbers by its header (`Plan::numeric_cols`).
    numeric_column: bool,
    /// The cell is in a health column of rehabilitation services (`Plan::service_cols`).
    service_column: bool,
    /// The cell is in a health column whose header names death (`Plan::death_cols`).
    death_column: bool,
    /// The cell is in an ID column whose header names the person too (`Plan::named_id_cols`).
    named_id_column: bool,
    /// The cell is in a row above the header: the notice's title.
    title: bool,
}

impl CellCtx<'_> {
    /// Whether the `k`-th name of a name cell is a minor's.
    fn part_minor(&self, k: usize) -> bool {
        self.part_minors.map_or(self.minor, |f| f.get(k).copied().unwrap_or(self.minor))
    }

    fn event(&mut self, kind: Kind, status: Status, note: Note) {
        self.events.push(Event { col: self.col, kind, status, note });
    }
}

/// Which names of a row are minors' (see `Masker::row_minors`).
/// How a cell of a form sheet reads (see [`Masker::form_cell`]).
pub(crate) enum FormCell {
    Label,
    Value(Kind, Option<Rule>),
}

#[derive(Default)]
struct RowMinors {
    /// Some person of the row is a minor.
    row: bool,
    /// Per name column: a flag per name of the cell.
    cols: Vec<(usize, Vec<bool>)>,
}

impl RowMinors {
    fn parts(&self, c: usize) -> Option<&[bool]> {
        self.cols.iter().find(|(n, _)| *n == c).map(|(_, f)| f.as_slice())
    }

    fn part(&self, c: usize, k: usize) -> bool {
        self.parts(c).map_or(self.row, |f| f.get(k).copied().unwrap_or(self.row))
    }

    fn cell(&self, c: usize) -> bool {
        self.parts(c).map_or(self.row, |f| f.contains(&true))
    }
}

/// The name columns of a punitive notice that hold the persons it names (姓名, 当事人, 违规人员): every name
/// column except those of other people, whom the notice does not disclose (举报人, 核查人, 经办人, 监护人,
/// 家庭成员, 联系人 …), and except every column of a sheet that lists such people (核查组成员, 经办人员): there
/// only a header that says so (被举报人) names a subject. When some of those headers name a subject plainly
/// (姓名, 当事人姓名, 冒领人), only they do: a header that qualifies the name otherwise (已故老人姓名, 儿童姓名)
/// is someone else's, masked.
fn subject_columns(layout: &columns::Layout, sheet_name: &str) -> Vec<usize> {
    let cols = subject_candidates(layout, sheet_name);
    let plain: Vec<usize> = cols
        .iter()
        .copied()
        .filter(|&i| {
            layout.columns.iter().find(|c| c.index == i).and_then(|c| c.header.as_deref()).is_some_and(subject_header)
        })
        .collect();
    if plain.is_empty() { cols } else { plain }
}

/// Whether a name column's header names a punitive notice's subject plainly: a bare name header (姓名, 人员姓名)
/// or one that says the person broke the rules (当事人, 违规人员姓名, 冒领人, 户主姓名, 被举报人).
fn subject_header(h: &str) -> bool {
    const SUBJECT: [&str; 19] = [
        "当事",
        "违规",
        "违纪",
        "违法",
        "冒领",
        "骗取",
        "虚报",
        "隐瞒",
        "责任人",
        "对象",
        "户主",
        "申请人",
        "被举报",
        "被调查",
        "被处理",
        "被处罚",
        "被查处",
        "被惩戒",
        "受处",
    ];
    let rest: String = h
        .chars()
        .filter(|&c| !c.is_whitespace() && !"()（）:：*＊".contains(c))
        .collect::<String>()
        .replace("姓名", "")
        .replace("名字", "");
    matches!(rest.as_str(), "" | "人员" | "人") || SUBJECT.iter().any(|w| h.contains(w))
}

/// The name columns not headed for someone else (举报人, 核查人 …) and not on a sheet that lists such people.
fn subject_candidates(layout: &columns::Layout, sheet_name: &str) -> Vec<usize> {
    const OTHERS: [&str; 32] = [
        "举报",
        "核查",
        "核实",
        "经办",
        "审核",
        "审批",
        "调查",
        "记录",
        "监护",
        "照料",
        "照顾",
        "代领",
        "代办",
        "成员",
        "联系人",
        "配偶",
        "子女",
        "亲属",
        "证明",
        "负责",
        "签字",
        "签名",
        "填报",
        "填表",
        "录入",
        "监督",
        "包村",
        "网格",
        "干部",
        "委托",
        "受托",
        "陪同",
    ];
    const SHEET_OTHERS: [&str; 8] = ["核查组", "成员", "工作人员", "经办", "举报人", "联系人", "干部", "签字"];
    layout
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Name && !c.public)
        // (被举报人, 被调查对象: the person reported is the subject; not 被监护人, a ward.)
        .filter(|c| {
            let others = |h: &str| OTHERS.iter().any(|w| h.contains(w));
            // (Narrower for a sheet's name: 违规人员调查结果 is the notice itself.)
            let lists_others = SHEET_OTHERS.iter().any(|w| sheet_name.contains(w));
            match c.header.as_deref() {
                Some(h)
                    if ["被举报", "被调查", "被处理", "被处罚", "被查处", "被惩戒"].iter().any(|w| h.contains(w)) =>
                {
                    true
                }
                h => !lists_others && h.is_none_or(|h| !others(h)),
            }
        })
        .map(|c| c.index)
        .collect()
}

/// Pairs each name column with the ID column that belongs to it: the first ID column to its right before the
/// next name column, else the nearest ID column to its left, not taken, with no name column between.
fn pair_name_ids(layout: &Layout, id_cols: &[usize]) -> Vec<(usize, Option<usize>)> {
    let names: Vec<usize> =
        layout.columns.iter().filter(|c| c.kind == Kind::Name && !c.public).map(|c| c.index).collect();
    let mut pairs: Vec<(usize, Option<usize>)> = names
        .iter()
        .map(|&n| {
            let next_name = names.iter().copied().find(|&m| m > n).unwrap_or(usize::MAX);
            (n, id_cols.iter().copied().find(|&i| i > n && i < next_name))
        })
        .collect();
    for k in 0..pairs.len() {
        if pairs[k].1.is_some() {
            continue;
        }
        let n = pairs[k].0;
        let prev_name = names.iter().copied().filter(|&m| m < n).max();
        pairs[k].1 = id_cols
            .iter()
            .copied()
            .rev()
            .find(|&i| i < n && prev_name.is_none_or(|m| i > m) && !pairs.iter().any(|&(_, p)| p == Some(i)));
    }
    pairs
}

/// A cell that is one ID or disability number as it stands (15, 18 or 20 plain characters): its date is read
/// in place, without normalising.
fn is_plain_id(t: &str) -> bool {
    matches!(t.len(), 15 | 18 | 20) && t.bytes().all(|b| b.is_ascii_digit() || b == b'X' || b == b'x')
}

/// Birth date of an ID (15 or 18 characters) or of a disability certificate number (the ID and two digits).
fn birth_of(id: &[u8]) -> Option<Date> {
    id_card::birth_date(if id.len() == 20 { &id[..18] } else { id })
}

/// The IDs (15 or 18 characters, or 20 for a disability certificate) in an ID cell: one, or several split by list separators or spaces
/// (220523…、220523…). Empty when the cell holds none.
fn ids_in_cell(cell: &Cell) -> Vec<Vec<u8>> {
    let text = cell.as_text();
    let id = |s: &str| normalize_strict(s).filter(|d| matches!(d.len(), 15 | 18 | 20));
    let mut out = Vec::new();
    for piece in text.split(['、', '，', ',', '；', ';', '/', '／', '|', '\n']).filter(|p| !p.trim().is_empty()) {
        if let Some(d) = id(piece) {
            out.push(d);
        } else {
            out.extend(piece.split_whitespace().filter_map(id));
        }
    }
    out
}

/// A cell that is one name typed with spaces between surname and given name (王 小明, 欧阳　娜娜, 姚　涛（侄女）):
/// surname, the spaces, given name, and a bracketed note after it (or ""); each name part Han characters only,
/// the surname 1-2 characters and a real surname (张三 李四 is two names), the given name 1-3.
/// (A space between every character, 高 燕 珍, is [`spread_names`]'s.)
pub(crate) fn spaced_name<'a>(names: &NameDetector, s: &'a str) -> Option<(&'a str, &'a str, &'a str, &'a str)> {
    let t = s.trim();
    let sur_end = t.find([' ', '\u{3000}'])?;
    let (sur, rest) = t.split_at(sur_end);
    let given = rest.trim_start_matches([' ', '\u{3000}']);
    let gap = &rest[..rest.len() - given.len()];
    // (李　金（侄女): a bracketed note after the name stays with it.)
    let (given, note) = match given.find(['（', '(']) {
        Some(k) if given.ends_with(['）', ')']) => given.split_at(k),
        _ => (given, ""),
    };
    let han = |p: &str, max: usize| {
        let n = p.chars().count();
        (1..=max).contains(&n) && p.chars().all(crate::detect::is_han)
    };
    // (司马 清 娥: a given name spread out too, one character between spaces.)
    let spread = given.contains([' ', '\u{3000}'])
        && given.split([' ', '\u{3000}']).filter(|t| !t.is_empty()).all(|t| han(t, 1))
        && han(&given.replace([' ', '\u{3000}'], ""), 3);
    let compact: String = given.chars().filter(|c| !c.is_whitespace()).collect();
    ((han(sur, 2) && (han(given, 3) || spread)) && names.surname_len(&format!("{sur}{compact}")) == sur.len())
        .then_some((sur, gap, given, note))
}

/// Whether a name cell is a surname typed with spaces before its masked given name and nothing else (司马 *,
/// 东方　**, 司马 * *): masked as masking writes such a name, not a surname part standing alone.
pub(crate) fn spaced_masked(names: &NameDetector, text: &str) -> bool {
    let t = text.trim();
    let Some(k) = t.find([' ', '\u{3000}']) else { return false };
    let (sur, rest) = t.split_at(k);
    // (Nothing after the stars: a note there, 李　*（侄女王芳）, is read as masking reads it.)
    let stars = rest.trim_start_matches([' ', '\u{3000}']);
    let n = sur.chars().count();
    (1..=2).contains(&n)
        && sur.chars().all(crate::detect::is_han)
        && names.surname_len(&format!("{sur}*")) == sur.len()
        && !stars.is_empty()
        && stars.chars().all(|c| matches!(c, '*' | '＊' | ' ' | '\u{3000}'))
}

/// Whether the list member of `cell` that starts at byte `at` is a name masked with a space inside it (欧阳 ** in
/// 欧阳 **、李*: `padded_names` writes it so), which split at its space would read as a surname standing alone.
pub(crate) fn spaced_masked_member(names: &NameDetector, cell: &str, at: usize) -> bool {
    let tail = &cell[at..];
    spaced_masked(names, &tail[..tail.find(is_member_separator).unwrap_or(tail.len())])
}

/// Whether a name run is one masking wrote (王**, 欧阳**, 阿***·***, 叶赫那拉**, *** for a minor): no more Han
/// characters before its first star than the surname has, and nothing but stars and dots after it. A run with a
/// star that is not this shape (王小明*, 妥法图麦*, 王*明) still shows a given name: masked again, not passed.
pub(crate) fn masked_name(names: &crate::detect::name::NameDetector, run: &str) -> bool {
    // (举报人梁**, 孙儿何**: a relation or role word before the surname is no part of the name.)
    let run = &run[names.relation_prefix(run)..];
    // (Offices mask by hand with other stars, and with Latin X: 上官＊＊, 马××, 东方XX.)
    // (Latin X only right after Han characters: X* M*** is a Latin name masked, its X a letter.)
    let x = run.find('X').filter(|&p| p > 0 && run[..p].chars().all(crate::detect::is_han));
    let Some(star) = [run.find(mask::is_star), x].into_iter().flatten().min() else { return false };
    let shown = run[..star].chars().filter(|&c| crate::detect::is_han(c)).count();
    let surname = run[..names.surname_len(run)].chars().count();
    let xs = run[star..].starts_with('X');
    shown <= surname
        && (xs || !run[star..].contains('X'))
        && run[star..]
            .chars()
            .all(|c| if xs { c == 'X' } else { mask::is_star(c) || mask::is_name_dot(c) || c.is_whitespace() })
}

/// A name already anonymised by the bureau: a surname of one or two characters and 某 or 某某 (江某, 司马某某;
/// not 江某华, whose given name is readable).
pub(crate) fn anonymised_name(run: &str) -> bool {
    let head = run.trim_end_matches('某');
    let marks = (run.len() - head.len()) / '某'.len_utf8();
    (1..=2).contains(&marks) && (1..=2).contains(&head.chars().count()) && head.chars().all(crate::detect::is_han)
}

/// Byte ranges of names spread out with spaces between their characters (王 小 明, 林　振　斌) inside a cell:
/// three or more single Han characters in a row, each apart from the next by one to three spaces, with no
/// Han character or space right before or after the run. (A longer run is hidden as one name too: failing
/// closed, it shows only its first character.)
pub(crate) fn spread_names(s: &str) -> Vec<(usize, usize)> {
    // (Asked of every name cell: most have no space at all and need no allocation to tell.)
    if !s.contains([' ', '\u{3000}']) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let apart_before = k == 0 || !(crate::detect::is_han(chars[k - 1].1) || is_gap(chars[k - 1].1));
        if !apart_before || !crate::detect::is_han(chars[k].1) {
            k += 1;
            continue;
        }
        // Pieces: one Han character, then a gap, then the next.
        let mut pieces = 1;
        let mut j = k + 1;
        // (陈　德 沈细辉(长子): a name of two characters padded to three with one ideographic space.)
        let padded = chars.get(k + 1).is_some_and(|&(_, c)| c == '\u{3000}')
            && !chars.get(k + 2).is_some_and(|&(_, c)| is_gap(c));
        loop {
            let spaces = chars[j.min(chars.len())..].iter().take_while(|&&(_, c)| is_gap(c)).count();
            let next = j + spaces;
            let single = (1..=3).contains(&spaces)
                && chars.get(next).is_some_and(|&(_, c)| crate::detect::is_han(c))
                && !chars.get(next + 1).is_some_and(|&(_, c)| crate::detect::is_han(c));
            if !single {
                break;
            }
            pieces += 1;
            j = next + 1;
        }
        let after_ok = chars
            .get(j)
            .is_none_or(|&(_, c)| !is_gap(c) || chars.get(j + 1).is_none_or(|&(_, c)| !crate::detect::is_han(c)));
        // (A padded name's members are set apart by ASCII spaces: 陈　德 沈细辉.)
        let after_padded = chars.get(j).is_none_or(|&(_, c)| c != '\u{3000}');
        if (pieces >= 3 && after_ok) || (pieces == 2 && padded && after_padded) {
            out.push((chars[k].0, chars.get(j).map_or(s.len(), |&(b, _)| b)));
            k = j;
        } else {
            k += 1;
        }
    }
    out
}

/// Byte ranges of names padded with a space inside a list (李 秀英、王 强, 配偶：刘　军): between list separators
/// or the cell's ends, a surname of one or two characters, one or two spaces, and one or two given characters.
pub(crate) fn padded_names(names: &NameDetector, s: &str) -> Vec<(usize, usize)> {
    if !s.contains([' ', '\u{3000}']) {
        return Vec::new();
    }
    let sep = |c: char| is_member_separator(c) || matches!(c, '：' | ':' | '（' | '(' | '）' | ')');
    let han = |t: &str| (1..=2).contains(&t.chars().count()) && t.chars().all(crate::detect::is_han);
    let mut out = Vec::new();
    let mut at = 0;
    for seg in s.split(sep) {
        let start = at + (seg.len() - seg.trim_start().len());
        at += seg.len() + s[at + seg.len()..].chars().next().map_or(0, char::len_utf8);
        let t = seg.trim();
        let Some(k) = t.find(is_gap) else { continue };
        let (sur, rest) = t.split_at(k);
        let given = rest.trim_start_matches(is_gap);
        let gap = rest.len() - given.len();
        let compact = format!("{sur}{given}");
        if (1..=2).contains(&gap) && han(sur) && han(given) && names.surname_len(&compact) == sur.len() {
            out.push((start, start + t.len()));
            continue;
        }
        // (护送人员 | 姜永平 董  丽, 王 芳 李建国: names side by side with spaces, one of them padded inside: a
        // surname and a given part of one or two characters each, the words around them whole names.)
        let mut tokens: Vec<(usize, &str)> = Vec::new();
        let mut k = 0;
        for tok in t.split(is_gap) {
            if !tok.is_empty() {
                tokens.push((k, tok));
            }
            k += tok.len() + t[k + tok.len()..].chars().next().map_or(0, char::len_utf8);
        }
        let whole = |j: usize| tokens.get(j).is_none_or(|(_, w)| w.chars().count() >= 2);
        for j in 0..tokens.len().saturating_sub(1) {
            let ((a, sur), (b, given)) = (tokens[j], tokens[j + 1]);
            let gap = t[a + sur.len()..b].chars().count();
            if (1..=2).contains(&gap)
                && han(sur)
                && han(given)
                && (sur.chars().count() == 1 || given.chars().count() == 1)
                && names.surname_len(&format!("{sur}{given}")) == sur.len()
                && (j == 0 || whole(j - 1))
                && whole(j + 2)
                && tokens.len() > 2
            {
                out.push((start + a, start + b + given.len()));
            }
        }
    }
    out
}

/// The spaces a name is typed with: ASCII and ideographic (U+3000).
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}')
}

/// Byte length of the surname that starts a spread-out name (欧 阳 娜 娜: 欧 阳), its gap included.
pub(crate) fn spread_surname_len(names: &crate::detect::name::NameDetector, run: &str) -> usize {
    let han: String = run.chars().filter(|c| crate::detect::is_han(*c)).collect();
    let sur_chars = names.surname_len(&han) / '王'.len_utf8();
    let sur_chars = if sur_chars == 2 { 2 } else { 1 };
    // The surname's characters and the gap after each but the last.
    let mut seen = 0;
    for (b, c) in run.char_indices() {
        if crate::detect::is_han(c) {
            seen += 1;
            if seen == sur_chars {
                return b + c.len_utf8();
            }
        }
    }
    run.len()
}

/// Whether a name cell holds a single part (one name, perhaps after a relation word).
pub fn single_part(s: &str) -> bool {
    split_names(s).filter(|p| !p.trim().is_empty()).nth(1).is_none()
}

/// Splits a cell holding several names (、，,/；; and spaces).
pub fn split_names(s: &str) -> impl Iterator<Item = &str> {
    // (Not inside brackets: 无名氏（男，约60岁） and 虞利（妻，患脑梗） are one part each. Brackets that do not
    // close would hide the names after them in one part: then every separator splits, as before.)
    let balanced = brackets_close(s);
    let mut depth = 0usize;
    s.split(move |c: char| {
        if !balanced {
            return is_name_separator(c);
        }
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && is_name_separator(c)
    })
    .filter(|p| !p.is_empty())
}

fn is_name_separator(c: char) -> bool {
    is_member_separator(c) || is_gap(c)
}

/// What sets the members of a list apart, spaces aside (which also pad a name: 李 秀英、王 强).
fn is_member_separator(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '/' | '；' | ';' | '|' | '\n' | '／')
}

/// Whether every bracket of `s` closes, in order.
fn brackets_close(s: &str) -> bool {
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    depth == 0
}

/// Byte length of a self-report before a name in a name cell: 自报, 自称, 自述 or 据称, then 姓名, 名字, 叫 or 为,
/// a colon and an opening quote, each optional (自报“黄妹”, 自称叫林成, 自报姓名：陆成); 0 when there is none.
fn self_report_prefix(part: &str) -> usize {
    // (疑似叫“兆国”: what the station guesses a stranger is called, set BB2.)
    let Some(rest) = ["自报", "自称", "自述", "据称"].iter().find_map(|w| part.strip_prefix(w)).or_else(|| {
        // (疑似 and 疑为 before a status are no name's: 疑为吸毒人员 stays the condition it is.)
        ["疑似", "疑为"]
            .iter()
            .find_map(|w| part.strip_prefix(w))
            .filter(|r| r.starts_with(['叫', '“', '"', '「']) || r.starts_with("名叫"))
    }) else {
        return 0;
    };
    let rest = ["姓名", "名字", "名叫", "叫", "为", "是"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let rest = rest.trim_start_matches(['：', ':', ' ', '“', '"', '「', '‘', '\'', '『']);
    part.len() - rest.len()
}

/// The leading name of a part: Han characters, letters and name dots.
pub fn name_run(part: &str) -> &str {
    let end = part
        .char_indices()
        .find(|(_, c)| !(crate::detect::is_han(*c) || mask::is_name_dot(*c) || c.is_alphabetic() || mask::is_star(*c)))
        .map_or(part.len(), |(i, _)| i);
    &part[..end]
}

/// Text of a number the way it is compared and reported.
pub fn number_text(f: f64) -> String {
    float_text(f)
}

/// A vehicle's make and model (东风牌EQ1030, 雅马哈牌摩托) in a column of houses and vehicles together (房屋坐落/车辆
/// 品牌型号, set BT4): the kind of vehicle, no one's home.
pub(crate) fn vehicle_model(text: &str) -> bool {
    const KINDS: [&str; 7] = ["摩托", "摩托车", "轿车", "货车", "电动车", "三轮车", "面包车"];
    text.trim().split_once('牌').is_some_and(|(make, model)| {
        (2..=4).contains(&make.chars().count())
            && make.chars().all(crate::detect::is_han)
            && (KINDS.contains(&model)
                || (!model.is_empty()
                    && model.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && model.bytes().any(|b| b.is_ascii_uppercase())))
    })
}

/// Whether `text` is a date and nothing else: 2024年3月18日, 2024年3月, 2024-03-18, 2024.3.18, 2024/3/18, a year
/// from 1900 to 2099 and a month and day in range. (8386-0619 or 1388-5512 in an address column are no date.)
pub(crate) fn date_alone(text: &str) -> bool {
    let t = text.trim();
    let (Some(year), Some(rest)) = (t.get(..4), t.get(4..)) else { return false };
    let year_ok = year.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    let in_range = |s: &str, max: u32| s.len() <= 2 && s.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    let ok = if let Some(r) = rest.strip_prefix('年') {
        match r.split_once('月') {
            Some((m, "")) => in_range(m, 12),
            Some((m, d)) => in_range(m, 12) && d.strip_suffix('日').is_some_and(|d| in_range(d, 31)),
            None => false,
        }
    } else if let Some(sep) = rest.chars().next().filter(|c| matches!(c, '-' | '.' | '/')) {
        let parts: Vec<&str> = rest[1..].split(sep).collect();
        parts.len() == 2 && in_range(parts[0], 12) && in_range(parts[1], 31)
    } else {
        false
    };
    year_ok && ok
}

/// Whether a cell holds a number: a number cell, or text with an ASCII digit in it (a table's 序号, amount or
/// identifier; a footer's label holds none).
fn holds_number(cell: &Cell) -> bool {
    match cell {
        Cell::Text(t) => t.bytes().any(|b| b.is_ascii_digit()),
        Cell::Int(_) | Cell::Float(_) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_name_no_one() {
        for t in [
            "户主本人",
            "本人",
            " 本人领取",
            "社区代发",
            "社区代领",
            "村委会统一代领",
            "银行代发",
            "无",
            "机构集中照料",
            "院内护理员",
            "集中供养",
        ] {
            assert!(is_placeholder(t), "{t}");
        }
        for t in
            ["本人张三", "社区王五", "村民李四", "代领人赵六", "张本人", "户主", "社区代领人刘七", "院内护理员王芳"]
        {
            assert!(!is_placeholder(t), "{t}");
        }
        // Every placeholder is found through the length bound.
        for t in PLACEHOLDERS {
            assert!(t.len() <= PLACEHOLDER_MAX && is_placeholder(t), "{t}");
        }
    }

    #[test]
    fn residual_digits_are_masked() {
        let residual = |s: &str| {
            let mut out = String::new();
            push_residual_digits(s, &mut out, 5);
            out
        };
        assert_eq!(residual("卡12345678"), "卡********");
        assert_eq!(residual("1234"), "1234");
    }

    #[test]
    fn punitive_needs_a_basis() {
        assert!(Punitive::new(None, None).is_err());
        assert!(Punitive::new(Some("  "), None).is_err());
        assert!(Punitive::new(Some("《社会救助暂行办法》第六十八条"), Some("类型")).is_err());
        let p = Punitive::new(Some("《社会救助暂行办法》第六十八条"), Some("类型=骗取低保")).unwrap();
        assert_eq!(p.rows, Some(("类型".into(), "骗取低保".into())));
    }

    #[test]
    fn name_parts() {
        assert_eq!(split_names("张三、李四，王五").collect::<Vec<_>>(), vec!["张三", "李四", "王五"]);
        assert_eq!(split_names("虞利（妻，患病）、李四").collect::<Vec<_>>(), vec!["虞利（妻，患病）", "李四"]);
        // (A bracket that never closes does not swallow the names after it.)
        assert_eq!(split_names("王芳（妻、李四，王五").collect::<Vec<_>>(), vec!["王芳（妻", "李四", "王五"]);
        assert_eq!(name_run("张三（户主）"), "张三");
    }
}
