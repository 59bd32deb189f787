//! Deterministic synthetic 低保 rosters and remark text for the benchmarks (never a real person).
//!
//! A seeded SplitMix64 drives everything, so the same seed and size give byte-identical files on every
//! machine. Identifiers are well-formed where it matters for the detectors: resident IDs carry a valid
//! GB 11643 check character, bank cards a valid Luhn digit, mobiles a 1[3-9] prefix, landlines a Jilin
//! area code. Files go to `bench-data/` (git-ignored), created on demand.

// Each bench binary includes this module and uses a different part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The 13 columns of the generated roster.
pub const HEADER: [&str; 13] = [
    "序号",
    "户主姓名",
    "身份证号",
    "家庭人口",
    "月保障金(元)",
    "联系电话",
    "家庭住址",
    "开户银行",
    "存折账号",
    "街道",
    "社区",
    "保障类别",
    "备注",
];

/// Share of remarks that carry personal data, in percent.
pub const PERSONAL_REMARK_PCT: u64 = 40;

/// SplitMix64: tiny, fast, good enough for test data, no dependency.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0; the modulo bias is irrelevant here).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T: ?Sized>(&mut self, xs: &[&'a T]) -> &'a T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const SURNAMES: [&str; 48] = [
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高",
    "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "邓", "冯", "曹", "彭", "曾", "于", "董", "金", "朴", "崔", "姜",
    "迟", "初", "修", "曲", "栾", "孟", "姚", "白", "常", "田",
];
const COMPOUND: [&str; 4] = ["欧阳", "司马", "上官", "诸葛"];
const GIVEN: [&str; 60] = [
    "秀", "英", "桂", "兰", "玉", "珍", "凤", "淑", "芝", "华", "芳", "丽", "敏", "静", "娟", "艳", "霞", "萍", "红",
    "梅", "燕", "玲", "丹", "婷", "雪", "慧", "颖", "欣", "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超",
    "平", "刚", "鹏", "飞", "斌", "宇", "浩", "凯", "云", "辉", "健", "峰", "建", "国", "民", "俊", "亮", "成", "东",
    "波", "志", "海",
];
/// Jilin / Tonghua address codes (region part of the resident ID).
const AREA_CODES: [&str; 8] = ["220502", "220503", "220521", "220523", "220524", "220581", "220582", "220102"];
const STREETS: [(&str, [&str; 4]); 6] = [
    ("新站街道", ["民主社区", "站前社区", "铁路社区", "育才社区"]),
    ("团结街道", ["团结社区", "新华社区", "光明社区", "东风社区"]),
    ("龙泉街道", ["龙泉社区", "江南社区", "和平社区", "永安社区"]),
    ("老站街道", ["老站社区", "胜利社区", "东兴社区", "建设社区"]),
    ("快大茂镇", ["红光村", "前进村", "建设村", "民主村"]),
    ("金厂镇", ["金厂村", "西江村", "夹皮沟村", "三合村"]),
];
const ROADS: [&str; 10] =
    ["建设路", "新华大街", "滨江东路", "团结路", "光明街", "胜利路", "东昌路", "龙泉街", "江南大街", "民主路"];
const ESTATES: [&str; 6] = ["幸福小区", "江南家园", "龙泉花园", "铁路家属楼", "东方新村", "滨江苑"];
const BANKS: [&str; 5] = ["农业银行", "邮储银行", "农村信用社", "农商银行", "建设银行"];
const CATEGORIES: [&str; 5] = ["A类", "B类", "C类", "A类", "B类"];
const RELATIONS: [&str; 8] = ["其子", "其女", "其妻", "其夫", "之子", "其母", "其孙", "其儿媳"];
/// Remarks without personal data (some with words that start like a surname, amounts, document numbers).
const PLAIN: [&str; 22] = [
    "因病致贫",
    "家庭成员患慢性病，无劳动能力",
    "单亲家庭，子女就学",
    "高龄老人，独居",
    "本月补发上月保障金",
    "无固定收入，收入低于当地低保标准",
    "2023年复核通过",
    "家庭人口由4人调整为3人",
    "补发3个月保障金1758元",
    "按通民发〔2019〕36号文件调整保障金额",
    "房屋老旧，居住条件差",
    "子女在外务工，收入不稳定",
    "重点保障对象",
    "新纳入",
    "年审合格",
    "白天无人在家，已电话告知",
    "于是年6月申请，经入户调查属实",
    "金额按分类施保标准计算",
    "周岁未满十八，由社区代管",
    "常住户口已迁入本社区",
    "",
    "无",
];

/// A person name (2 or 3 characters, sometimes a compound surname).
pub fn name(r: &mut Rng) -> String {
    let mut s = String::with_capacity(12);
    if r.chance(2) {
        s.push_str(r.pick(&COMPOUND));
    } else {
        s.push_str(r.pick(&SURNAMES));
    }
    s.push_str(r.pick(&GIVEN));
    if r.chance(80) {
        s.push_str(r.pick(&GIVEN));
    }
    s
}

/// A resident ID with a valid check character.
pub fn id_card(r: &mut Rng) -> String {
    let mut s = String::with_capacity(18);
    s.push_str(r.pick(&AREA_CODES));
    let year = r.range(1935, 2012);
    let month = r.range(1, 12);
    let day = r.range(1, 28);
    let _ = write!(s, "{year:04}{month:02}{day:02}{:03}", r.below(1000));
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = s.bytes().zip(W).map(|(b, w)| u32::from(b - b'0') * w).sum();
    s.push(b"10X98765432"[(sum % 11) as usize] as char);
    s
}

/// A mobile number 1[3-9]x xxxx xxxx.
pub fn mobile(r: &mut Rng) -> String {
    format!("1{}{:09}", r.range(3, 9), r.below(1_000_000_000))
}

/// A Tonghua landline written with its area code.
pub fn landline(r: &mut Rng) -> String {
    format!("0435-{}{:06}", r.range(2, 8), r.below(1_000_000))
}

/// A UnionPay card (62..., 16 or 19 digits) with a valid Luhn digit.
pub fn card(r: &mut Rng) -> String {
    let len = if r.chance(70) { 19 } else { 16 };
    let mut d: Vec<u8> = vec![6, 2];
    while d.len() < len - 1 {
        d.push(r.below(10) as u8);
    }
    // Luhn: double every second digit from the right, counting the check digit as position 1.
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 0 {
                let y = x * 2;
                if y > 9 { y - 9 } else { y }
            } else {
                x
            }
        })
        .sum();
    d.push(((10 - sum % 10) % 10) as u8);
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

/// A street (or town) with one of its communities (or villages).
fn place(r: &mut Rng) -> (&'static str, &'static str) {
    let (street, comms) = STREETS[r.below(STREETS.len() as u64) as usize];
    (street, comms[r.below(4) as usize])
}

/// The detail part of a home address (what a 家庭住址 column holds when 街道 and 社区 have their own columns).
pub fn address_detail(r: &mut Rng, rural: bool) -> String {
    if rural {
        return format!("{}组", r.range(1, 12));
    }
    if r.chance(50) {
        format!("{}{}号{}单元{}室", r.pick(&ROADS), r.range(1, 300), r.range(1, 6), r.range(1, 7) * 100 + r.range(1, 4))
    } else {
        format!(
            "{}{}号楼{}单元{}室",
            r.pick(&ESTATES),
            r.range(1, 40),
            r.range(1, 6),
            r.range(1, 7) * 100 + r.range(1, 4)
        )
    }
}

/// A full address as written in running text.
pub fn address_full(r: &mut Rng) -> String {
    let (street, comm) = place(r);
    let rural = comm.ends_with('村');
    let county = if rural { "通化县" } else { "东昌区" };
    format!("{county}{street}{comm}{}", address_detail(r, rural))
}

/// One remark: plain in 60% of the cases, carrying an ID, phone, card, name or address in the rest.
/// `holder` is the household's own name (the one in the name column).
pub fn remark(r: &mut Rng, holder: &str) -> String {
    if !r.chance(PERSONAL_REMARK_PCT) {
        return r.pick(&PLAIN).to_string();
    }
    match r.below(9) {
        0 => format!("户主{holder}{}{}在外务工，联系电话{}", r.pick(&RELATIONS), name(r), mobile(r)),
        1 => format!("身份证号{}，已核实", id_card(r)),
        2 => format!("现住{}", address_full(r)),
        3 => format!("由{}{}代领，卡号{}", r.pick(&RELATIONS), name(r), card(r)),
        4 => format!("联系人{}，电话{}", name(r), landline(r)),
        5 => format!("{}{}患病住院，{}", r.pick(&RELATIONS), name(r), r.pick(&PLAIN)),
        6 => format!("{holder}本人领取，电话{}", mobile(r)),
        7 => format!("已搬迁至{}", address_full(r)),
        _ => format!("监护人{}（身份证{}）代为申请", name(r), id_card(r)),
    }
}

/// A corpus of remark cells of at least `bytes` bytes in total, and the holder names it mentions.
pub fn remarks(seed: u64, bytes: usize) -> (Vec<String>, Vec<String>) {
    let mut r = Rng::new(seed);
    let (mut cells, mut holders, mut total) = (Vec::new(), Vec::new(), 0);
    while total < bytes {
        let holder = name(&mut r);
        let cell = remark(&mut r, &holder);
        total += cell.len();
        cells.push(cell);
        holders.push(holder);
    }
    (cells, holders)
}

/// One data row of the roster (1-based row number `n`).
pub fn row(r: &mut Rng, n: u64) -> [String; 13] {
    let holder = name(r);
    let (street, comm) = place(r);
    let rural = comm.ends_with('村');
    let people = r.range(1, 6);
    let amount = people * if rural { 392 } else { 586 };
    let phone = if r.chance(85) { mobile(r) } else { landline(r) };
    let remark = remark(r, &holder);
    [
        n.to_string(),
        holder,
        id_card(r),
        people.to_string(),
        format!("{amount}.00"),
        phone,
        address_detail(r, rural),
        r.pick(&BANKS).to_string(),
        card(r),
        street.to_string(),
        comm.to_string(),
        r.pick(&CATEGORIES).to_string(),
        remark,
    ]
}

/// `<crate>/bench-data`, created if missing.
pub fn data_dir() -> std::io::Result<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn csv_field(out: &mut Vec<u8>, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// Writes a UTF-8 CSV roster (CRLF, as Excel saves it) with a header and `rows` data rows.
pub fn write_csv(path: &Path, rows: u64, seed: u64) -> std::io::Result<()> {
    let tmp = path.with_extension("csv.part");
    let mut f = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
    let mut r = Rng::new(seed);
    let mut line = Vec::with_capacity(512);
    for (i, h) in HEADER.iter().enumerate() {
        if i > 0 {
            line.push(b',');
        }
        csv_field(&mut line, h);
    }
    line.extend_from_slice(b"\r\n");
    f.write_all(&line)?;
    for n in 1..=rows {
        line.clear();
        for (i, cell) in row(&mut r, n).iter().enumerate() {
            if i > 0 {
                line.push(b',');
            }
            csv_field(&mut line, cell);
        }
        line.extend_from_slice(b"\r\n");
        f.write_all(&line)?;
    }
    f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    std::fs::rename(&tmp, path)
}

/// Writes an xlsx roster: a title row, a header row, then `rows` data rows (序号, 家庭人口 and 月保障金
/// as numbers, identifiers as text, as careful offices store them).
pub fn write_xlsx(path: &Path, rows: u64, seed: u64) -> Result<(), rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("低保名单")?;
    let bold = Format::new().set_bold();
    ws.merge_range(0, 0, 0, 12, "通化市东昌区2024年12月城市低保公示名单", &bold)?;
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string_with_format(1, c as u16, *h, &bold)?;
    }
    let mut r = Rng::new(seed);
    for n in 1..=rows {
        let row_ix = (n + 1) as u32;
        let cells = row(&mut r, n);
        for (c, v) in cells.iter().enumerate() {
            let c16 = c as u16;
            match c {
                0 | 3 | 4 => {
                    let x: f64 = v.parse().unwrap_or(0.0);
                    ws.write_number(row_ix, c16, x)?;
                }
                _ if v.is_empty() => {}
                _ => {
                    ws.write_string(row_ix, c16, v)?;
                }
            }
        }
    }
    let tmp = path.with_extension("xlsx.part");
    book.save(&tmp)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// `bench-data/<name>`, generated with `make` unless it already exists.
pub fn ensure(name: &str, make: impl FnOnce(&Path) -> Result<(), String>) -> Result<PathBuf, String> {
    let path = data_dir().map_err(|e| e.to_string())?.join(name);
    if !path.exists() {
        make(&path)?;
    }
    Ok(path)
}
