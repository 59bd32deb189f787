//! Properties: whatever the surrounding text, no identifier survives masking; masking is idempotent; the
//! output does not depend on the thread count.
//!
//! The leak property runs the library on a one-sheet workbook (`姓名 | 备注`): the holder's name is in the
//! name column and the remark is random Chinese text with the identifiers embedded, in the spellings that
//! rosters use (lowercase x, full-width digits, 6-8-4 spaces, +86, dashes, grouped cards).

use crate::support::*;
use proptest::prelude::*;
use std::path::Path;
use tuomin::engine::{MaskOptions, Masker};
use tuomin::patterns::Patterns;
use tuomin::table::{Cell, Sheet, Source, Workbook};

fn masker() -> Masker {
    let opts = MaskOptions {
        as_of: tuomin::date::Date::parse_iso("2026-11-28").unwrap_or_else(tuomin::date::Date::today),
        ..MaskOptions::default()
    };
    Masker::new(Patterns::builtin().unwrap(), opts).unwrap()
}

/// Masks one `[name, remark]` row under a `姓名,备注` header; returns the masked row.
fn mask_row(m: &Masker, name: &str, remark: &str) -> (String, String) {
    let t = |s: &str| Cell::Text(s.to_string());
    let wb = Workbook {
        sheets: vec![Sheet {
            name: "名单".into(),
            rows: vec![vec![t("姓名"), t("备注")], vec![t(name), t(remark)]],
            ..Sheet::default()
        }],
        source: Source::Excel,
    };
    let (out, _, _) = m.mask_workbook(&wb, &|_| {}).unwrap();
    let s = &out.sheets[0];
    (text(s.get(1, 0)), text(s.get(1, 1)))
}

/// ASCII digits of `s`, full-width ones folded, in maximal runs (anything else splits a run, except the
/// spaces and dashes that group digits inside one number).
fn digit_runs(s: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    for c in s.chars() {
        match c {
            '0'..='9' => runs.last_mut().into_iter().for_each(|r| r.push(c)),
            '\u{FF10}'..='\u{FF19}' => runs
                .last_mut()
                .into_iter()
                .for_each(|r| r.push(char::from_u32(c as u32 - 0xFF10 + '0' as u32).unwrap_or('?'))),
            ' ' | '-' => {}
            _ => runs.push(String::new()),
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

/// Whether `masked` holds `n` consecutive digits of `secret`.
fn holds_run(masked: &str, secret: &str, n: usize) -> bool {
    let sd: String = digit_runs(secret).concat();
    let runs = digit_runs(masked);
    sd.as_bytes().windows(n).any(|w| {
        let w = std::str::from_utf8(w).unwrap_or_default();
        runs.iter().any(|r| r.contains(w))
    })
}

/// Filler text: common characters, none of them a digit, and none in the given names below.
const FILLER: &[&str] = &[
    "的",
    "是",
    "了",
    "在",
    "有",
    "这",
    "个",
    "们",
    "来",
    "到",
    "时",
    "大",
    "地",
    "为",
    "中",
    "说",
    "生",
    "年",
    "着",
    "就",
    "那",
    "要",
    "也",
    "得",
    "里",
    "后",
    "以",
    "会",
    "家",
    "可",
    "下",
    "过",
    "天",
    "去",
    "能",
    "对",
    "小",
    "多",
    "然",
    "心",
    "学",
    "之",
    "都",
    "看",
    "起",
    "发",
    "当",
    "没",
    "成",
    "只",
    "事",
    "用",
    "第",
    "样",
    "道",
    "想",
    "作",
    "种",
    "开",
    "从",
    "情",
    "面",
    "最",
    "现",
    "前",
    "所",
    "同",
    "日",
    "手",
    "行",
    "意",
    "动",
    "方",
    "期",
    "头",
    "经",
    "长",
    "儿",
    "回",
    "位",
    "分",
    "老",
    "因",
    "给",
    "法",
    "间",
    "知",
    "世",
    "两",
    "次",
    "使",
    "身",
    "者",
    "被",
    "已",
    "亲",
    "其",
    "进",
    "此",
    "话",
    "常",
    "活",
    "正",
    "感",
    "，",
    "。",
    "、",
    "；",
    "（",
    "）",
    "保障",
    "低保",
    "补贴",
    "核查",
    "走访",
    "申请",
    "备注",
    "村委会",
    "外出务工",
    "因病致贫",
    "联系",
    "电话",
    "身份证",
    "银行卡",
    "残疾证",
    "地址",
];
const SURNAMES: &[&str] = &[
    "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "金", "朴", "崔", "欧阳", "司马", "上官", "诸葛", "慕容",
];
const GIVEN: &[&str] = &[
    "桂荣", "淑珍", "振华", "德胜", "秀英", "玉兰", "顺姬", "春梅", "志强", "丽华", "永哲", "俊", "珍", "凤英", "海燕",
    "建国",
];

fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FILLER), 0..8).prop_map(|v| v.concat())
}

fn name() -> impl Strategy<Value = String> {
    (prop::sample::select(SURNAMES), prop::sample::select(GIVEN)).prop_map(|(s, g)| format!("{s}{g}"))
}

/// A valid resident ID: a real province prefix, a real date, any sequence, the check character.
fn id() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["110105", "220502", "220521", "440524", "310101", "650102"]),
        1930u32..2020,
        1u32..13,
        1u32..29,
        0u32..1000,
    )
        .prop_map(|(area, y, m, d, seq)| id_with_check(&format!("{area}{y}{m:02}{d:02}{seq:03}")))
}

/// An ID as clerks type it: as is, lowercase x, 6-8-4 spaces, full-width digits.
fn id_spelling(id: &str, k: u8) -> String {
    match k {
        0 => id.to_string(),
        1 => id.to_lowercase(),
        2 => format!("{} {} {}", &id[..6], &id[6..14], &id[14..]),
        _ => id
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0xFF10 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    }
}

fn phone() -> impl Strategy<Value = (String, String)> {
    (prop::sample::select(vec!["139", "138", "186", "150", "177", "199"]), 0u32..100_000_000, 0u8..5).prop_map(
        |(p, rest, k)| {
            let n = format!("{p}{rest:08}");
            let shown = match k {
                0 => n.clone(),
                1 => format!("{} {} {}", &n[..3], &n[3..7], &n[7..]),
                2 => format!("{}-{}-{}", &n[..3], &n[3..7], &n[7..]),
                3 => format!("+86 {n}"),
                _ => format!("+86{n}"),
            };
            (n, shown)
        },
    )
}

/// A UnionPay card: 62, 17 digits, Luhn.
fn card() -> impl Strategy<Value = (String, String)> {
    (0u64..10_000_000_000_000_000, any::<bool>()).prop_map(|(body, grouped)| {
        let n = card_with_luhn(&format!("62{body:016}"));
        let shown = if grouped {
            n.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect::<Vec<_>>().join(" ")
        } else {
            n.clone()
        };
        (n, shown)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn no_identifier_survives_in_free_text(
        holder in name(),
        id_raw in id(),
        spelling in 0u8..4,
        (phone, phone_shown) in phone(),
        (card, card_shown) in card(),
        category in 1u8..8,
        grade in 1u8..5,
        dis_id in id(),
        parts in prop::collection::vec(filler(), 6),
        order in Just(()).prop_perturb(|_, mut rng| {
            let mut v: Vec<usize> = (0..5).collect();
            for i in (1..v.len()).rev() {
                v.swap(i, (rng.next_u32() as usize) % (i + 1));
            }
            v
        }),
    ) {
        let id_shown = id_spelling(&id_raw, spelling);
        let disability = format!("{dis_id}{category}{grade}");
        let items = [
            format!("身份证{id_shown}"),
            format!("电话{phone_shown}"),
            format!("银行卡{card_shown}"),
            format!("残疾证号{disability}"),
            format!("户主{holder}"),
        ];
        let mut remark = parts[0].clone();
        for (i, k) in order.iter().enumerate() {
            remark.push_str(&items[*k]);
            remark.push_str(&parts[i + 1]);
            remark.push('，');
        }
        let m = masker();
        let (masked_name, masked) = mask_row(&m, &holder, &remark);
        prop_assert!(!masked_name.contains(&holder), "name column kept {holder}");
        prop_assert!(!holds_run(&masked, &id_raw, 7), "ID digits left in {masked}");
        prop_assert!(!holds_run(&masked, &card, 7), "card digits left in {masked}");
        prop_assert!(!holds_run(&masked, &disability, 7), "disability digits left in {masked}");
        prop_assert!(!holds_run(&masked, &phone, 8), "phone digits left in {masked}");
        prop_assert!(!masked.contains(&holder), "name left in {masked}");
        // Masking the masked text again changes nothing.
        let (again_name, again) = mask_row(&m, &masked_name, &masked);
        prop_assert_eq!(again_name, masked_name);
        prop_assert_eq!(again, masked);
    }
}

/// Runs `tuomin mask` on `input` into `out` with extra args.
fn run_mask(input: &Path, out: &Path, args: &[&str]) {
    let o = tuomin()
        .arg("mask")
        .arg(input)
        .arg("-o")
        .arg(out)
        .args(["--as-of", "2026-11-28", "-q", "--force"])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}: {}", input.display(), String::from_utf8_lossy(&o.stderr));
}

fn cells(p: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    read(p)
        .sheets
        .iter()
        .map(|s| (s.name.clone(), s.rows.iter().map(|r| r.iter().map(text).collect()).collect()))
        .collect()
}

const FIXTURES: [(&str, &str); 8] = [
    ("dibao_gbk.csv", "csv"),
    ("dibao_utf8.csv", "csv"),
    ("elderly_plain.csv", "csv"),
    ("social_orgs.csv", "csv"),
    ("tekun_multisheet.xlsx", "xlsx"),
    ("punitive.xlsx", "xlsx"),
    ("orphans.xls", "xlsx"),
    ("disability.ods", "xlsx"),
];

#[test]
fn masking_an_output_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut changed = Vec::new();
    for (name, ext) in FIXTURES {
        let once = dir.path().join(format!("once.{ext}"));
        let twice = dir.path().join(format!("twice.{ext}"));
        run_mask(&fixture(name), &once, &[]);
        run_mask(&once, &twice, &[]);
        let (a, b) = (cells(&once), cells(&twice));
        for ((sa, ra), (_, rb)) in a.iter().zip(&b) {
            for (r, (x, y)) in ra.iter().zip(rb).enumerate() {
                for (c, (u, v)) in x.iter().zip(y).enumerate() {
                    if u != v {
                        changed.push(format!("{name} {sa}!{}: {u:?} -> {v:?}", tuomin::table::a1(r, c)));
                    }
                }
            }
        }
        assert_eq!(a.len(), b.len(), "{name}: sheets");
    }
    assert!(changed.is_empty(), "second pass changed cells:\n{}", changed.join("\n"));
}

/// A roster big enough for several parallel chunks (4,096 rows each), with names shared across rows.
fn many_rows(n: usize) -> String {
    let mut s = String::from("序号,姓名,身份证号,手机,银行卡号,备注\n");
    for i in 0..n {
        let nm = format!("{}{}", SURNAMES[i % SURNAMES.len()], GIVEN[(i / 7) % GIVEN.len()]);
        let id = id_with_check(&format!("220502{}{:02}{:02}{:03}", 1940 + i % 70, 1 + i % 12, 1 + i % 28, i % 1000));
        let card = card_with_luhn(&format!("621700{:012}", i));
        let other = format!("{}{}", SURNAMES[(i + 3) % SURNAMES.len()], GIVEN[(i / 5) % GIVEN.len()]);
        s.push_str(&format!("{},{nm},{id},139{i:08},{card},邻居{other}照看，电话1380000{:04}\n", i + 1, i % 10_000));
    }
    s
}

#[test]
fn output_is_identical_at_one_thread_and_at_four() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("roster.csv");
    std::fs::write(&input, many_rows(12_000)).unwrap();
    let (a, b) = (dir.path().join("j1.csv"), dir.path().join("j4.csv"));
    run_mask(&input, &a, &["--jobs", "1"]);
    run_mask(&input, &b, &["--jobs", "4"]);
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(), "CSV bytes differ");
    // xlsx: rust_xlsxwriter fixes the zip entry times and tuomin fixes the creation time, so the whole
    // file is byte-stable too (not only its cells).
    for (name, _) in FIXTURES.iter().filter(|(_, e)| *e == "xlsx").chain([&("roster.csv", "")]) {
        let src = if *name == "roster.csv" { input.clone() } else { fixture(name) };
        let (a, b) = (dir.path().join("j1.xlsx"), dir.path().join("j4.xlsx"));
        run_mask(&src, &a, &["--jobs", "1"]);
        run_mask(&src, &b, &["--jobs", "4"]);
        assert_eq!(cells(&a), cells(&b), "{name}: cells differ");
        assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(), "{name}: xlsx bytes differ");
    }
}

#[test]
fn xlsx_output_is_byte_stable_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.xlsx"), dir.path().join("b.xlsx"));
    run_mask(&fixture("punitive.xlsx"), &a, &[]);
    // A different second on the clock must not change the file.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    run_mask(&fixture("punitive.xlsx"), &b, &[]);
    assert!(std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap());
}

/// Regression (found by `no_identifier_survives_in_free_text`): a disability certificate whose ID part ends
/// in the X check character (ID + X + category + grade, e.g. 22052119660318306X11) is not found in free
/// text, so the whole ID leaks. In its own column it is masked.
#[test]
fn disability_number_with_x_check_char_is_masked_in_free_text() {
    let m = masker();
    for cert in ["22052119660318306X11", "22052119660318306x42"] {
        let (_, masked) = mask_row(&m, "张桂荣", &format!("残疾证号{cert}，肢体"));
        assert!(!holds_run(&masked, cert, 7), "{cert} left in {masked}");
    }
}

/// Pieces whose words overlap one another in the detectors' dictionaries: surnames that end or start kin,
/// institution and place words (公公司马…: 公司 inside a kin word and a compound surname), cue words, digits.
/// (Separated by |: a space is one of them.)
const TANGLE: &str = "公|公公|司|司马|欧阳|马|开|福|王|张|李|高|金|东|方|上官|公司|医院|中学|银行|福利院|社区|村|村委会|组|号|路|街|栋|室|县|镇|区|其子|老伴|婆婆|\
    妻|子|女|由|代领|联系|在|因|患|病|癌|术后|阿|小|某|·|（|）|：|，|。|、| |*|1|23|139|0431-|12|岁|户|等";

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    /// Whatever the words run into, masking finishes (a roster once stopped the job with an internal error on
    /// 公公司马开福, a name overlapping an institution's word that ends inside it) and the name column's name is
    /// gone from the remark.
    #[test]
    fn overlapping_words_never_stop_the_job(
        pieces in prop::collection::vec(prop::sample::select(TANGLE.split('|').collect::<Vec<_>>()), 1..14),
    ) {
        // (One masker for all cases: building it is most of a case's time in a debug build.)
        static M: std::sync::LazyLock<Masker> = std::sync::LazyLock::new(masker);
        let remark = pieces.concat();
        let (masked_name, masked) = mask_row(&M, "司马开福", &remark);
        prop_assert_eq!(masked_name, "司马**");
        prop_assert!(!masked.contains("司马开福"), "name left in {}", masked);
    }
}
