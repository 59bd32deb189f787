//! Header recognition and per-column classification.
//!
//! The header row is the row among the first 20 whose cells best match the header vocabulary (titles may
//! sit above it). A column's kind comes from its header; when the header says nothing, from its content: a
//! column whose non-empty cells are mostly valid IDs, phones, cards, names or addresses is that kind.
//! Columns of a known non-personal kind are still checked for identifiers, so a mislabelled ID column
//! fails closed.

use crate::detect::digits::{self, normalize_strict};
use crate::detect::{Detectors, Kind, bank, id_card, phone};
use crate::patterns::Patterns;
use crate::policy::Policy;
use crate::table::{Cell, Sheet};
use serde::{Deserialize, Serialize};

/// How a column's kind was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Header,
    Content,
    Policy,
    /// Nothing known: scanned as free text.
    None,
}

/// One column's classification.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    pub index: usize,
    pub header: Option<String>,
    pub kind: Kind,
    pub source: Source,
    /// An organisation's own address or phone in a register of organisations: public, left as is.
    pub public: bool,
}

/// The people a register of organisations names, in its headers (法定代表人, 联系人电话).
const ORG_PEOPLE: [&str; 6] = ["联系人", "法定代表人", "法人", "负责人", "代表人", "经办人"];

/// The layout of one sheet.
#[derive(Debug, Clone)]
pub struct Layout {
    pub header_row: Option<usize>,
    pub columns: Vec<Column>,
    /// The sheet is a register of organisations (机构名称, 统一社会信用代码 …).
    pub org_register: bool,
    /// A form sheet (审批表: 申请人 | 张三 | 身份证号 | …, one form under another): the columns holding its labels.
    /// Each value is read by the label to its left; there is no header row. Empty for a table.
    pub form_labels: Vec<usize>,
}

/// Whether a cell of a form's label column is a label: short, without a number in it.
pub fn is_form_label(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.chars().count() <= 14 && !s.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// The label columns of a form sheet (see [`Layout::form_labels`]): columns with a column to their right in
/// which at least eight cells, of six different labels naming three kinds of data or more, and half of the
/// non-blank cells are labels the header vocabulary knows. Never in a sheet with a table's header row (four
/// known headers in a row or more). (A table's column repeats header-like values of one kind: 户主, 配偶 in
/// 与户主关系; 特困人员, 低保对象 in 救助对象类别.)
fn form_label_columns(sheet: &Sheet, pats: &Patterns) -> Vec<usize> {
    let known = |t: &str| is_form_label(t) && !looks_like_data(t) && pats.headers.classify(t).is_some();
    // (A form's row of labels and values, 姓名 | 周兰英 | 性别 | 女 | 出生年月 | 1961.9 | 身份证号 | …, has as many
    // known words but never two side by side twice: a table's header has them side by side.)
    let is_known = |c: &Cell| matches!(c, Cell::Text(t) if known(t));
    let table_header = sheet.rows.iter().take(HEADER_SCAN).any(|row| {
        row.iter().filter(|c| is_known(c)).count() >= 4
            && row.windows(2).filter(|w| is_known(&w[0]) && is_known(&w[1])).count() >= 2
    });
    if table_header {
        return Vec::new();
    }
    let width = sheet.width();
    let mut out = Vec::new();
    for c in 0..width.saturating_sub(1) {
        let mut filled = 0;
        let mut labels = std::collections::HashSet::new();
        let mut kinds = Vec::new();
        let mut count = 0;
        for row in &sheet.rows {
            match row.get(c) {
                Some(Cell::Text(t)) if !t.trim().is_empty() => {
                    filled += 1;
                    if let Some(k) = pats.headers.classify(t).filter(|_| known(t)) {
                        count += 1;
                        labels.insert(crate::patterns::normalize_header(t));
                        if !kinds.contains(&k) {
                            kinds.push(k);
                        }
                    }
                }
                Some(cell) if !cell.is_blank() => filled += 1,
                _ => {}
            }
        }
        if count >= 8 && labels.len() >= 3 && 2 * count >= filled {
            out.push((c, labels, kinds));
        }
    }
    // (儿童姓名, 身份证号, 监护人, 现住址, 情况说明 in one column and 性别, 联系电话 in the next: the labels of all
    // the label columns together name six labels and three kinds of data.)
    let labels: std::collections::HashSet<&String> = out.iter().flat_map(|(_, l, _)| l).collect();
    let mut kinds = Vec::new();
    for k in out.iter().flat_map(|(_, _, k)| k) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    if labels.len() >= 6 && kinds.len() >= 3 { out.into_iter().map(|(c, _, _)| c).collect() } else { Vec::new() }
}

const HEADER_SCAN: usize = 20;
const SAMPLE: usize = 400;

/// Finds the header row: the first of the rows with the most cells the vocabulary knows (at least 2). A sheet
/// one column wide (a 说明 sheet of notes) has a header of one cell: the first known one. A person's name with
/// a note on them is a value, whatever word of the vocabulary the note holds (记录人 | 石鹏飞（社区低保专干）:
/// a form's line, not a header of two). So is that name masked (石**（社区低保专干）), for `verify` to read a
/// masked form as masking read it.
pub fn find_header(sheet: &Sheet, pats: &Patterns, det: &Detectors) -> Option<usize> {
    let masked_name = |head: &str| {
        let kept = head.trim_end_matches(['*', '＊']);
        kept.len() < head.len() && (1..=2).contains(&kept.chars().count()) && kept.chars().all(crate::detect::is_han)
    };
    // (记录人：村文书聂美玲 is a line of minutes, a label with its value: no header.)
    let known_header = |c: &Cell| {
        is_known_header(pats, c)
            && !matches!(c, Cell::Text(t) if labelled_note(t))
            && !matches!(c, Cell::Text(t) if t.split(['（', '(']).next().is_some_and(|head| {
                let head = head.trim();
                head.len() < t.trim().len() && (det.names.looks_like_name(head) || masked_name(head))
            }))
    };
    let mut best: Option<(usize, usize)> = None;
    for (r, row) in sheet.rows.iter().take(HEADER_SCAN).enumerate() {
        // (A record whose 街道 and 社区 values read as headers, 盘龙街道 | 葛岗村, holds an ID or a phone too.)
        // (经办人： | 闫冬青 | 审核人： | 栗晋芳: a signature line names people, not columns.)
        if row.iter().any(holds_identifier) || signature_row(row) {
            continue;
        }
        let known = row.iter().filter(|c| known_header(c)).count();
        if known >= 2 && best.is_none_or(|(_, k)| known > k) {
            best = Some((r, known));
        }
    }
    let one_column = || sheet.rows.iter().all(|row| row.iter().skip(1).all(Cell::is_blank));
    best.map(|(r, _)| r)
        .or_else(|| {
            // (一、拟新纳入低保对象（共5户）: a notice's numbered section in one column holds the words of a
            // header; a column's header is a short word, 说明 or 备注, with no number or enumeration.)
            let short = |c: &Cell| {
                matches!(c, Cell::Text(t) if t.trim().chars().count() <= 10
                    && !t.contains(['、', '，', ',', '：', ':'])
                    && !t.chars().any(|ch| ch.is_ascii_digit()))
            };
            one_column().then(|| {
                sheet
                    .rows
                    .iter()
                    .take(HEADER_SCAN)
                    .position(|row| row.first().is_some_and(|c| known_header(c) && short(c)))
            })?
        })
        .or_else(|| sheet.rows.iter().take(HEADER_SCAN).position(|row| placeholder_headers(row)))
}

/// Rows that open a table of their own within the sheet (一、捐赠单位 over 捐赠方 | 统一社会信用代码 …, then 二、帮扶对象
/// over 姓名 | 身份证号 …): a row other than `layout`'s header with no digit in it, three or more known headers
/// making two thirds of its cells, two of them words no value holds (`section_word`), and one of those naming
/// another kind than its column's, personal on one side. After such a table, the first table's header repeated
/// opens its columns again; a header repeated down the first table names the same kinds and opens nothing.
/// (`Masker::plan` keeps the tables with five rows or more under their header.)
pub fn section_headers(sheet: &Sheet, pats: &Patterns, layout: &Layout) -> Vec<usize> {
    let Some(h) = layout.header_row else { return Vec::new() };
    if !layout.form_labels.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    // (Whether the rows at hand are another table's.)
    let mut other = false;
    for (r, row) in sheet.rows.iter().enumerate() {
        // (The header itself, and the row above it that a two-row header reads with it.)
        if r + 1 >= h && r <= h {
            continue;
        }
        // (Cheap first: a data row holds a number, a header none.)
        let texts = || row.iter().filter(|c| !c.is_blank());
        // (2023年医疗自付费用（元）: a header may name its year, set BC3.)
        let no_number = |t: &str| !t.bytes().any(|b| b.is_ascii_digit()) || year_header(t);
        if texts().count() < 3 || !texts().all(|c| matches!(c, Cell::Text(t) if no_number(t))) {
            continue;
        }
        let kinds: Vec<Option<Kind>> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) if known_header_text(pats, t) => pats.headers.classify(t),
                _ => None,
            })
            .collect();
        let known = kinds.iter().flatten().count();
        // (Only words no cell of a roster holds as its value open a table: a household member's row, 子女 | 健康 |
        // 在校 | 新站街道, holds known words too.)
        let strong = |c: usize| matches!(&row[c], Cell::Text(t) if section_word(t));
        // (统一社会信用代码 over the column the first table's 身份证号 heads, or 姓名 over its 类型; 原月补助 over its
        // 现住址 in a row that 序号, 姓名 and 身份证号 make a header, set AV1.)
        let new_kind = kinds.iter().enumerate().any(|(c, k)| {
            k.is_some_and(|k| {
                let main = layout.columns.get(c).map(|col| col.kind);
                main != Some(k) && (k.is_personal() || main.is_some_and(Kind::is_personal))
            })
        });
        let strong_count = (0..row.len()).filter(|&c| kinds[c].is_some() && strong(c)).count();
        // (序号 | 乡镇 | 村 | 户主 | 家庭人口 | 补贴金额(元) | 领取人, 序号 | 单位 | 经办人 | 联系方式 | 备注: a row that
        // opens with 序号 and names three more kinds is a header however few of its words are headers alone, sets
        // AY4, AY6.)
        let numbered =
            texts().next().is_some_and(|c| matches!(c, Cell::Text(t) if matches!(t.trim(), "序号" | "编号")))
                && known >= 4;
        // (附：亲属探视登记 over 日期 | 探视人 | 与老人关系 | 被探视老人 | 联系电话 | 备注: a table under its own
        // title line or a blank, four known words and one no value holds, set AZ5.)
        let titled = r > 0 && sheet.rows[r - 1].iter().filter(|c| !c.is_blank()).count() <= 1;
        // (儿童督导员联系方式： over 乡镇（街道） | 督导员 | 电话: three known words, all the row holds, set BC6.)
        let header_like = known >= 3
            && 3 * known >= 2 * texts().count()
            && (strong_count >= 2
                || numbered
                || (titled && (known >= 4 || known == texts().count()) && strong_count >= 1));
        // (A header naming the first table's kinds again after another table takes the first table back: 户主姓名 |
        // 家庭住址 after a members' table.)
        if header_like && (new_kind || other) {
            other = new_kind;
            out.push(r);
            // (Past a few, the rows are no tables but a pattern of data rows: no more are opened.)
            if out.len() > MAX_SECTIONS {
                return Vec::new();
            }
        }
    }
    out
}

/// Tables inside a form sheet (家庭成员情况 over 姓名 | 与申请人关系 | 身份证号码 | 健康状况 | 备注 over one row a
/// member): a row of three or more known headers side by side, two of them words no value holds, with no digit
/// and no label's value beside them; the table runs to the first blank row or the first row a known label opens
/// again (村（居）委会意见 | …). Rows `start..end`, the header first.
pub fn form_tables(sheet: &Sheet, pats: &Patterns, layout: &Layout) -> Vec<(usize, usize)> {
    let known = |c: &Cell| matches!(c, Cell::Text(t) if known_header_text(pats, t) && is_form_label(t));
    let is_header = |row: &[Cell]| {
        let texts: Vec<&Cell> = row.iter().filter(|c| !c.is_blank()).collect();
        texts.len() >= 3
            && texts.iter().all(|c| known(c))
            && texts.iter().filter(|c| matches!(c, Cell::Text(t) if section_word(t))).count() >= 2
            && row.windows(2).filter(|w| known(&w[0]) && known(&w[1])).count() >= 2
    };
    // (A member's row may hold a word the vocabulary knows, 灵活就业 under 备注; a form's next line opens with its
    // label.)
    let opens_label = |row: &[Cell]| {
        row.iter().position(|c| !c.is_blank()).is_some_and(|c| layout.form_labels.contains(&c) && known(&row[c]))
    };
    let mut out = Vec::new();
    let mut r = 0;
    while r < sheet.rows.len() {
        if !is_header(&sheet.rows[r]) {
            r += 1;
            continue;
        }
        let mut end = r + 1;
        while end < sheet.rows.len()
            && sheet.rows[end].iter().any(|c| !c.is_blank())
            && !opens_label(&sheet.rows[end])
            && !is_header(&sheet.rows[end])
        {
            end += 1;
        }
        if end > r + 1 {
            out.push((r, end));
        }
        r = end;
    }
    out
}

/// A header cell that names a year and then what it counts (2023年医疗自付费用（元）, 2024年收入): four digits, 年,
/// and two Han characters or more after it, no other digit.
fn year_header(t: &str) -> bool {
    let t = t.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
        && t[digits..].starts_with('年')
        && !t[digits..].bytes().any(|b| b.is_ascii_digit())
        && t[digits + '年'.len_utf8()..].chars().filter(|&c| crate::detect::is_han(c)).count() >= 2
}

/// Most tables a sheet is read as beside its first.
const MAX_SECTIONS: usize = 8;

/// A header's word that no roster cell holds as its value (姓名, 身份证号, 联系电话, 统一社会信用代码, 序号).
fn section_word(t: &str) -> bool {
    // (收款人户名: a bank's file names its payee so, set AU2.)
    const WORDS: [&str; 15] = [
        "姓名",
        "户名",
        "身份证",
        "证件号",
        "电话",
        "手机",
        "住址",
        "地址",
        "账号",
        "卡号",
        "信用代码",
        "序号",
        "名称",
        "证号",
        "号码",
    ];
    WORDS.iter().any(|w| t.contains(w))
}

/// Whether a cell is an ID, a phone or a card whole (as text or as a number of ten digits or more), which no
/// header holds. (A header's own date, 制表日期：20241201, is no identifier.)
fn holds_identifier(cell: &Cell) -> bool {
    match cell {
        Cell::Text(s) => cell_identifier(s).is_some(),
        Cell::Int(n) => n.unsigned_abs() >= 1_000_000_000,
        Cell::Float(n) => n.abs() >= 1e9,
        _ => false,
    }
}

/// A row of the names a spreadsheet program or an export gives columns it has no header for (列1 | 列2 | …,
/// 字段1, Column1, F1): a header that names no kind, so the columns below are read by their content, and
/// the row itself is no data to mask.
fn placeholder_headers(row: &[Cell]) -> bool {
    let placeholder = |s: &str| {
        let s = s.trim();
        let stem = s.trim_end_matches(|c: char| c.is_ascii_digit());
        stem.len() < s.len()
            && ["列", "字段", "第", "Column", "column", "COLUMN", "Col", "col", "F", "f"].contains(&stem)
            || (s.starts_with('第') && s.ends_with('列') && s.chars().count() <= 5)
    };
    let filled: Vec<&Cell> = row.iter().filter(|c| !c.is_blank()).collect();
    filled.len() >= 3 && filled.iter().all(|c| matches!(c, Cell::Text(s) if placeholder(s)))
}

/// Whether a cell is a header the vocabulary knows (and no data: see `looks_like_data`).
pub fn is_known_header(pats: &Patterns, cell: &Cell) -> bool {
    matches!(cell, Cell::Text(s) if known_header_text(pats, s))
}

fn known_header_text(pats: &Patterns, s: &str) -> bool {
    known_header_kind(pats, s).is_some()
}

/// The kind a cell's text names as a header the vocabulary knows (and no data: see `looks_like_data`).
pub fn known_header_kind(pats: &Patterns, s: &str) -> Option<Kind> {
    if looks_like_data(s) { None } else { pats.headers.classify(s) }
}

/// A header never holds digits runs, long text or a sentence.
fn looks_like_data(s: &str) -> bool {
    // (Full-width digits too: 说明电话１３９… is no header.)
    // (四、高龄老人和未成年人按规定实行分类施保。: a note's clause, set J3, names 老人 but heads no column.)
    s.chars().filter(|&c| crate::detect::digits::digit_of(c).is_some()).count() >= 4
        || s.chars().count() > 24
        || s.contains(['。', '！', '？'])
        || outside_brackets(s).contains(['，', '；'])
}

/// `s` without what its brackets hold (残疾等级（一级，二级）: a header's note of the values).
fn outside_brackets(s: &str) -> String {
    let mut depth = 0usize;
    s.chars()
        .filter(|&c| match c {
            '（' | '(' => {
                depth += 1;
                false
            }
            '）' | ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

/// A header of a column of villages, communities or townships (行政村, 所在村, 村（社区）, 乡镇（街道）, 嘎查): the
/// levels a notice keeps. Not a natural village's or a group's, which are an address's detail.
pub fn place_level_header(h: &str) -> bool {
    const LEVELS: [&str; 16] = [
        "村",
        "行政村",
        "村名",
        "村别",
        "村(社区)",
        "村(居)",
        "社区",
        "社区(村)",
        "村居",
        "乡镇",
        "乡镇(街道)",
        "街道",
        "村委会",
        "居委会",
        "村(居)委会",
        "嘎查",
    ];
    let h = crate::patterns::normalize_header(h);
    let h = h.strip_prefix("所在").or_else(|| h.strip_prefix("所属")).unwrap_or(&h);
    LEVELS.contains(&h)
}

/// Whether a data row is a title, section or footer line rather than a record: a single non-empty cell
/// holding longer text in a table of several columns. Such rows are scanned as free text.
/// So is a footer of label-and-value notes, offices and dates side by side (填表人：高永红 | 审核人：张丽 |
/// 联系电话：0530-…, 某某县民政局（盖章） | 监督电话：…, 某某县民政局 | 2024年12月20日), and a total row (合计 | 共46人 |
/// 8200): its cells are no record's values.
pub fn is_free_row(row: &[Cell], width: usize) -> bool {
    if width < 3 {
        return false;
    }
    let mut non_empty = row.iter().filter(|c| !c.is_blank());
    match (non_empty.next(), non_empty.next()) {
        // (备注 alone on a form's last line is its label, no member's name.)
        (Some(Cell::Text(s)), None) => s.chars().count() > 6 || form_label_first(row),
        (Some(first), Some(second)) => {
            // (制表人：谯红梅 | 审核人：税光明 | 负责人（签字）：: a signature left blank is a footer's too.)
            let empty_slot = |c: &Cell| bare_label(c).is_some() && c.as_text().trim_end().ends_with(['：', ':']);
            let cells = || row.iter().filter(|c| !c.is_blank());
            (cells().all(|c| footer_cell(c) || empty_slot(c)) && cells().any(footer_cell))
                || (non_empty.next().is_none() && form_line(first, second))
                || signature_row(row)
                || form_label_first(row)
        }
        _ => false,
    }
}

/// 村民代表签字： | 郭敏 | 王建伟 | 刘红霞: a row that opens with a signing label (签字, 签名, 代表 or 成员 and a
/// colon) and holds nothing after it but short Han values. Those values are names, whatever columns they stand
/// in; the index of the label, if the row is one.
pub fn signers(row: &[Cell]) -> Option<usize> {
    const SIGNING: [&str; 4] = ["签字", "签名", "代表", "成员"];
    let han = |t: &str| t.chars().all(|c| crate::detect::is_han(c) || c == '·');
    let first = row.iter().position(|c| !c.is_blank())?;
    let Cell::Text(label) = &row[first] else { return None };
    let head = label.trim().strip_suffix(['：', ':'])?;
    // (评议小组成员（签字）: what the label asks for, in brackets.)
    let bare: String = head.chars().filter(|c| !matches!(c, '（' | '）' | '(' | ')')).collect();
    // (村委会意见（签字）： | 同意上报: an opinion is written there, not a name.)
    // (填表人： | 吴素梅 under 乡镇, a footer's maker or handler by their role's word, 人 last, set BB2's review.)
    let role = bare.ends_with('人') && !bare.contains("本人") && !bare.contains("领款");
    if !((SIGNING.iter().any(|w| bare.contains(w)) || role) && bare.chars().count() <= 10 && han(&bare))
        || bare.contains("意见")
    {
        return None;
    }
    let mut values = row[first + 1..].iter().filter(|c| !c.is_blank()).peekable();
    values.peek()?;
    // (Masked already, 郭* | 江*, as `verify` reads the row: the stars stand for the names' characters.)
    let name = |t: &str| t.chars().all(|c| crate::detect::is_han(c) || matches!(c, '·' | '*'));
    values
        .all(|c| matches!(c, Cell::Text(t) if (2..=12).contains(&t.trim().chars().count()) && name(t.trim())))
        .then_some(first)
}

/// 乡镇审核意见 | 情况属实… | 审核人 | 吉木伍各 | 2023年8月19日, 申请人签字 | （按手印）, 批准保障金额 | 每月1140元: a
/// form's line below the small table a form holds (家庭成员情况), opening with a label of what is written, signed
/// or spelt out in its first or second column. It is no record of that table: its label is no member's name.
fn form_label_first(row: &[Cell]) -> bool {
    const FORM: [&str; 22] = [
        "意见",
        "签字",
        "签名",
        "盖章",
        "理由",
        "说明",
        "情况",
        "事由",
        "原因",
        "结论",
        "结果",
        "备注",
        "承诺",
        "（大写）",
        "(大写)",
        "金额",
        "人口",
        "时间",
        "日期",
        "公章",
        "异议",
        "声明",
    ];
    let Some(first) = row.iter().position(|c| !c.is_blank()) else { return false };
    let Cell::Text(label) = &row[first] else { return false };
    let label = label.trim().trim_end_matches(['：', ':']);
    // (村民代表签字： | 郭敏 | 田野: names signed across the row are read as names, see `signers`.)
    first <= 1
        && signers(row).is_none()
        && (2..=12).contains(&label.chars().count())
        && label.chars().all(|c| crate::detect::is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
        && FORM.iter().any(|w| label.ends_with(w))
}

/// 申请理由 | 本人…，因患…，特申请…: a form's line below a table, a label of what was written and the paragraph.
fn form_line(label: &Cell, text: &Cell) -> bool {
    let (Cell::Text(label), Cell::Text(text)) = (label, text) else { return false };
    let label = label.trim();
    const WRITTEN: [&str; 9] = ["理由", "意见", "说明", "承诺", "情况", "事由", "原因", "结论", "结果"];
    (2..=10).contains(&label.chars().count())
        && label.chars().all(crate::detect::is_han)
        && WRITTEN.iter().any(|w| label.ends_with(w))
        && text.chars().count() > 10
}

/// 经办人： | 闫冬青 | 审核人： | 马晋芳, 监督电话 | 0479-8223456 | 咨询电话：12345: a signature or contact line
/// below a table, each label in a cell of its own and its value in the next. Every cell is a label, a short
/// value right after one, or a footer's cell.
fn signature_row(row: &[Cell]) -> bool {
    let label = |c: &Cell| {
        bare_label(c).is_some() || matches!(c, Cell::Text(s) if crate::detect::digits::ends_with_public_keyword(s))
    };
    // (Asked of every row: a data row has no label, which needs no allocation to tell.)
    if !row.iter().any(label) {
        return false;
    }
    let cells: Vec<&Cell> = row.iter().filter(|c| !c.is_blank()).collect();
    let after_label = |i: usize| i > 0 && label(cells[i - 1]);
    let short = |c: &Cell| c.as_text().trim().chars().count() <= 16;
    // (At least one value: 姓名： | 身份证号： is a header written with colons.)
    (0..cells.len()).any(|i| !label(cells[i]) && after_label(i))
        && cells.iter().enumerate().all(|(i, c)| label(c) || footer_cell(c) || (after_label(i) && short(c)))
}

/// 经办人： (a label with nothing after its colon): the label. A signing role is a label without its colon too
/// (经办人 | 陈朝富 | 审核人 | 刘玉芝, set D1).
fn bare_label(cell: &Cell) -> Option<&str> {
    // (联系人 | 薛卫红 | 咨询电话 | 0512-65223100: the contact below a summary, set AK2.)
    const ROLES: [&str; 15] = [
        "经办", "审核", "制表", "复核", "填表", "审批", "负责", "核查", "调查", "统计", "录入", "监督", "校对", "核对",
        "联系",
    ];
    let Cell::Text(s) = cell else { return None };
    let s = s.trim();
    // (社区（村）审核人 | 曹秀芳 | 日期 | 2026年1月10日, set J1: an office's role, and the date's label.)
    let office_role = |role: &str| {
        ROLES.iter().any(|r| role.ends_with(r))
            && role.chars().count() <= 12
            && role.chars().all(|c| crate::detect::is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
    };
    if let Some(role) = s.strip_suffix('人')
        && (ROLES.contains(&role) || office_role(role))
    {
        return Some(s);
    }
    if s.ends_with("日期") && s.chars().count() <= 6 && s.chars().all(crate::detect::is_han) {
        return Some(s);
    }
    let label = s.strip_suffix(['：', ':'])?.trim();
    // (单位负责人（签字）：: the note on how to sign is no part of the label.)
    let label = ["（签字）", "(签字)", "（签名）", "(签名)", "（盖章）", "(盖章)", "（签字盖章）", "(签字盖章)"]
        .iter()
        .find_map(|w| label.strip_suffix(w))
        .unwrap_or(label);
    ((2..=8).contains(&label.chars().count()) && label.chars().all(crate::detect::is_han)).then_some(label)
}

/// In a free row, the label of the cell left of `c` when `c` holds that label's value (审核人： | 马晋芳).
pub fn label_before(row: &[Cell], c: usize) -> Option<&str> {
    row.get(..c)?.iter().rev().find(|x| !x.is_blank()).and_then(bare_label)
}

/// A cell of a footer: a labelled note, a date, or the office that issues the list.
fn footer_cell(cell: &Cell) -> bool {
    match cell {
        Cell::Date { .. } => true,
        Cell::Text(s) => {
            labelled_note(s) || date_text(s) || office_name(s) || labelled_service_line(s) || notice_sentence(s)
        }
        _ => false,
    }
}

/// 12349民政服务热线, 便民热线：12345: a public service line with its name beside it, in a phone column (a footer
/// row's, where it also marks the row as a footer). Only Han characters naming a hotline (热线), the number, a
/// dash, a colon and spaces.
pub(crate) fn labelled_service_line(text: &str) -> bool {
    let number: String = text.chars().filter(|c| c.is_ascii_digit() || matches!(c, '-' | '－')).collect();
    let label: String = text.chars().filter(|&c| crate::detect::is_han(c)).collect();
    text.chars().all(|c| {
        crate::detect::is_han(c) || c.is_ascii_digit() || matches!(c, '-' | '－' | '：' | ':' | ' ' | '\u{3000}')
    }) && (label.ends_with("热线") || label.ends_with("热线电话"))
        && crate::detect::digits::is_service_number(&number)
}

/// 以上家庭如有异议，请于公示期内向街道反映: the notice's closing sentence on objections (set AG8).
fn notice_sentence(s: &str) -> bool {
    s.contains("如有异议") || s.contains("公示期内") || s.contains("公示期为")
}

/// 2024年12月20日, 2024年12月, 2024-12-20, 2024.12.20, 2024/12/20.
fn date_text(s: &str) -> bool {
    let s = s.trim();
    let digits =
        |t: &str, min: usize, max: usize| (min..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    if let Some((y, rest)) = s.split_once('年') {
        let rest = rest.strip_suffix('日').unwrap_or(rest);
        let (m, d) = rest.split_once('月').unwrap_or((rest, ""));
        return digits(y, 4, 4) && digits(m, 1, 2) && (d.is_empty() || digits(d, 1, 2));
    }
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    parts.len() == 3 && digits(parts[0], 4, 4) && digits(parts[1], 1, 2) && digits(parts[2], 1, 2)
}

/// 大化瑶族自治县民政局, 某某镇人民政府（盖章）, 白沙黎族自治县残联（盖章）: Han characters ending in an office's
/// word, its seal note aside.
/// (慈溪市民政局  慈溪市残疾人联合会: or several, spaced apart.)
fn office_name(s: &str) -> bool {
    let one = |s: &str| {
        let s = ["（盖章）", "(盖章)", "（章）", "(章)"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
        // (都安瑶族自治县民政局（养老服务股）: the office, its section in brackets, set J2.)
        let s = s
            .strip_suffix(['）', ')'])
            .and_then(|h| h.rsplit_once(['（', '(']))
            .filter(|(_, section)| {
                section.chars().all(crate::detect::is_han) && section.ends_with(['股', '科', '室', '办', '站'])
            })
            .map_or(s, |(office, _)| office);
        (4..=30).contains(&s.chars().count())
            && s.chars().all(crate::detect::is_han)
            // (燕郊镇人民政府社会事务办, 南开区民政局养老服务科, 社会救助股: an office and its sections.)
            && ["局", "政府", "办事处", "委员会", "民政所", "办", "办公室", "服务中心", "工作站", "联合会", "残联", "科", "股"]
                .iter()
                .any(|w| s.ends_with(w))
    };
    // (隆回县民政局 2024年4月3日: the office and the day it signed, set AR2.)
    let mut offices = 0;
    s.split_whitespace().all(|p| {
        let office = one(p);
        offices += usize::from(office);
        office || date_text(p)
    }) && offices > 0
}

/// 填表人：高永红, 审核人: 张丽: two to sixteen Han characters, a colon and something after it.
pub(crate) fn labelled_note(s: &str) -> bool {
    let s = s.trim();
    let Some((label, value)) = s.split_once(['：', ':']) else { return false };
    (2..=16).contains(&label.chars().count())
        && label.chars().all(|c| crate::detect::is_han(c) || c == '（' || c == '）')
        && !value.trim().is_empty()
}

/// Classifies every column of a sheet.
pub fn analyze(sheet: &Sheet, det: &Detectors, pats: &Patterns, policy: &Policy) -> Layout {
    let width = sheet.width();
    let form_labels = form_label_columns(sheet, pats);
    if !form_labels.is_empty() {
        let columns = (0..width)
            .map(|c| Column { index: c, header: None, kind: Kind::FreeText, source: Source::None, public: false })
            .collect();
        return Layout { header_row: None, columns, org_register: false, form_labels };
    }
    let mut header_row = find_header(sheet, pats, det);
    let row_texts = |r: usize| -> Vec<Option<String>> {
        (0..width)
            .map(|c| match sheet.get(r, c) {
                Cell::Text(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                _ => None,
            })
            .collect()
    };
    let mut headers: Vec<Option<String>> = header_row.map_or_else(|| vec![None; width], row_texts);
    // (序号 | 儿童信息 | … | 存折账号 | 月标准 over 姓名 | 性别 | … with 存折账号 merged down: a column the header row
    // leaves blank takes the known header right above it.)
    if let Some(h) = header_row.filter(|&h| h > 0) {
        for (head, above) in headers.iter_mut().zip(row_texts(h - 1)) {
            if head.is_none() && above.as_deref().is_some_and(|a| known_header_text(pats, a)) {
                *head = above;
            }
        }
    }
    // (身份证号码 merged over two columns, an ID split across two cells: the blank cells of a header merged
    // across take its header.)
    if let Some(h) = header_row {
        for m in sheet.merges.iter().filter(|m| (m.first_row as usize..=m.last_row as usize).contains(&h)) {
            let (first, last) = (m.first_col as usize, (m.last_col as usize).min(width.saturating_sub(1)));
            let Some(top) = headers.get(first).cloned().flatten() else { continue };
            for head in headers.iter_mut().take(last + 1).skip(first + 1) {
                if head.is_none() {
                    *head = Some(top.clone());
                }
            }
        }
    }
    // A two-row header (户主信息 over 户 主 | 证件号码 | 联系方式): when every filled cell of the next row is a
    // known header, that row names the columns below a group label, and the data start after it.
    if let Some(h) = header_row {
        let sub = row_texts(h + 1);
        let filled: Vec<&String> = sub.iter().flatten().collect();
        let known = filled.iter().filter(|s| known_header_text(pats, s)).count();
        // (健康状况 over 自理能力 | 病情: half of them known will do when the row leaves the first column blank under a
        // filled one, as a sub-header does and a record with its 序号 does not.)
        // (A number there, 1 | 罗淑芬 | 户主本人 | 户主, is a record's 序号: no sub-header, set BC3.)
        let under_group = sub.first().is_some_and(Option::is_none)
            && sheet.get(h + 1, 0).is_blank()
            && headers.first().is_some_and(Option::is_some)
            && 2 * known >= filled.len()
            // (身份证号码（18位）: a note of the digits a number has; not a value's grade, 肢体（2级）.)
            && filled.iter().all(|s| is_form_label(&s.replace("（18位）", "").replace("(18位)", "")));
        if filled.len() >= 2 && (known == filled.len() || under_group) {
            for (head, below) in headers.iter_mut().zip(sub) {
                let Some(below) = below else { continue };
                // (伤残情况 over 等级 | 性质: a health group's grade or nature is health too, however plain the
                // word under it, set BP2; 残疾人证号 under it keeps its own kind.)
                let health_group = head.as_deref().is_some_and(|g| pats.headers.classify(g) == Some(Kind::Health))
                    && pats.headers.classify(&below).is_none_or(|k| !k.is_personal());
                let joined = head.as_deref().filter(|&g| health_group && g != below).map(|g| format!("{g}{below}"));
                *head = Some(match joined {
                    // (生活自理能力评估 over 评估人员: the assessor, whom the joined header does not read as health.)
                    Some(j) if pats.headers.classify(&j) == Some(Kind::Health) => j,
                    _ => below,
                });
            }
            header_row = Some(h + 1);
        } else if filled.len() >= 2
            && 2 * filled.len() >= headers.iter().flatten().count()
            && filled.iter().all(|s| translation(s))
            // (Not the first of rows of names in another script: the row after it is no translation.)
            && !row_texts(h + 2).iter().flatten().all(|s| translation(s))
        {
            // (户主姓名 over ཁྱིམ་བདག་གི་མིང་།: the header again in Tibetan, Uyghur, Mongolian or Korean, set AY4. The
            // row is the header's; the data start after it.)
            header_row = Some(h + 1);
        }
    }
    // (A 特困 roster of people in care with its institution's 机构统一社会信用代码 is no register: a column of
    // people's own names or health says the rows are people, and their phones are theirs, set K3.)
    let roster = headers.iter().flatten().any(|h| match pats.headers.classify(h) {
        Some(Kind::Health) => true,
        Some(Kind::Name) => !ORG_PEOPLE.iter().any(|w| crate::patterns::normalize_header(h).contains(w)),
        _ => false,
    });
    let org_register = !roster
        && headers.iter().flatten().any(|h| {
            let h = crate::patterns::normalize_header(h);
            ["机构名称", "统一社会信用代码", "社会组织名称", "单位名称", "组织名称"].iter().any(|w| h.contains(w))
        });
    let data_start = header_row.map_or(0, |h| h + 1);
    let mut columns = Vec::with_capacity(width);
    let samples = sample_columns(sheet, data_start, width);
    for (c, header) in headers.iter().enumerate() {
        let mut col =
            Column { index: c, header: header.clone(), kind: Kind::FreeText, source: Source::None, public: false };
        let forced =
            header.as_deref().and_then(|h| policy.column(h)).and_then(|r| r.kind.as_deref()).and_then(Kind::from_label);
        if let Some(k) = forced {
            col.kind = k;
            col.source = Source::Policy;
            columns.push(col);
            continue;
        }
        let by_header = header.as_deref().and_then(|h| pats.headers.classify(h));
        let by_content = content_kind(&samples[c], det);
        match by_header {
            Some(k) if k.is_personal() => {
                col.kind = k;
                col.source = Source::Header;
                // A header read as a number's over cells that are names (a header worded in a way no rule
                // foresaw): a number column would look for names beside numbers only, and miss most.
                if matches!(k, Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount)
                    && by_content == Some(Kind::Name)
                {
                    col.kind = Kind::Name;
                    col.source = Source::Content;
                }
            }
            Some(k) => {
                // A known non-personal header: only identifiers in its content can override it, and a
                // category that is a disability's (类别 over 精神残疾, 视力).
                col.kind = k;
                col.source = Source::Header;
                if let Some(ck) = by_content
                    && matches!(
                        ck,
                        Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount | Kind::Health
                    )
                {
                    col.kind = ck;
                    col.source = Source::Content;
                } else if k == Kind::Other && {
                    // (票据号 | 冀财非税0321611582: a receipt's series before its number is no name.)
                    let codes = header.as_deref().is_some_and(crate::engine::record_code_header);
                    // (行政村 | 檀河, 东皇: a village's column holds places, whose names read like people's.)
                    let places = header.as_deref().is_some_and(place_level_header);
                    let numbered = |s: &&String| s.chars().filter(char::is_ascii_digit).count() >= 5;
                    let words: Vec<String> = samples[c].iter().filter(|s| !(codes && numbered(s))).cloned().collect();
                    !places && names_in(&words, det)
                } {
                    // A header read as non-personal over cells that name people (家庭成员情况及收入: 户主：史秀萍；
                    // 子：史建磊 务工): an Other column is only checked for identifiers, so scan it as free text.
                    col.kind = Kind::FreeText;
                    col.source = Source::Content;
                }
            }
            None => {
                if let Some(ck) = by_content {
                    col.kind = ck;
                    col.source = Source::Content;
                }
            }
        }
        let org_name_col = header.as_deref().map(crate::patterns::normalize_header).is_some_and(|h| {
            ["机构名称", "单位名称", "社会组织名称", "组织名称", "统一社会信用代码"].contains(&h.as_str())
        });
        if org_register && org_name_col {
            // The organisation's own name and code: public.
            col.public = true;
        }
        if org_register && matches!(col.kind, Kind::Address | Kind::Phone) && col.source == Source::Header {
            let h = header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default();
            let personal = ORG_PEOPLE.iter().any(|w| h.contains(w));
            if !personal {
                col.public = true;
            }
        }
        columns.push(col);
    }
    // 残疾类别 | 等级: a bare grade beside a health column grades that condition (health data too).
    for c in 0..columns.len() {
        let h = columns[c].header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default();
        let beside_health = (c > 0 && columns[c - 1].kind == Kind::Health)
            || columns.get(c + 1).is_some_and(|n| n.kind == Kind::Health);
        // (列6 | 列7 over 视力 | 3级: a column of grades alone with no header that names it, beside one of
        // categories; 家庭人口 keeps its header's kind.)
        let grades = || {
            let sample = &samples[c];
            sample.len() >= 2 && sample.iter().all(|v| grade_value(v))
        };
        let header_grade = columns[c].source == Source::Header && ["等级", "级别", "级", "程度"].contains(&h.as_str());
        // (评估得分 | 评估结论 over 20 | 完全丧失生活自理能力: a score beside a health conclusion scores that
        // condition, set BR2.)
        // (A masked output's *** among them, as `verify` reads it, is still the score's.)
        let score = SCORE_HEADERS.contains(&h.as_str())
            && samples[c]
                .iter()
                .filter(|v| !v.trim().chars().all(crate::mask::is_star))
                .all(|v| v.trim().parse::<f64>().is_ok_and(|n| (0.0..=100.0).contains(&n)));
        // (The stars of a masked score read as a masked name's; the numbers left among them are still scores.)
        if beside_health
            && (matches!(columns[c].kind, Kind::Other | Kind::FreeText)
                || (score && columns[c].source == Source::Content))
            && columns[c].source != Source::Policy
            && (header_grade || score || (columns[c].source != Source::Header && grades()))
        {
            columns[c].kind = Kind::Health;
        }
    }
    Layout { header_row, columns, org_register, form_labels }
}

/// Plain headers of a score, health data when they stand beside a health column (see `analyze`).
const SCORE_HEADERS: &[&str] =
    &["得分", "评分", "分值", "分数", "总分", "评估得分", "评估分数", "评估分值", "评定得分", "评定分数"];

/// Whether a header cell is written in another script only (ཁྱིམ་བདག, ئىلتىماسچى, 성명): letters of the Tibetan,
/// Arabic, Mongolian or Hangul blocks, no Han character and no digit.
fn translation(s: &str) -> bool {
    let other = |c: char| {
        matches!(c, '\u{0F00}'..='\u{0FFF}' | '\u{0600}'..='\u{06FF}' | '\u{1800}'..='\u{18AF}')
            || crate::detect::is_hangul(c)
    };
    s.chars().any(other) && !s.chars().any(|c| crate::detect::is_han(c) || c.is_ascii_digit())
}

/// The first `SAMPLE` non-blank cells of every column below the header, in one pass over the rows (a sheet
/// with a cell far to the right must not cost width x rows).
/// Each phone column with the name column whose phone it holds: the name column its header names (监护人电话 →
/// 监护人姓名 or 照料人/监护人, 照料人电话 → 照料人), else another column it names (机构电话 → 供养机构), or, for a
/// bare 联系电话, the nearest name column to its left (照料人 | 联系电话).
/// Where that name cell holds an institution (敬老院, 儿童福利院), the phone is the institution's.
pub fn phone_owners(layout: &Layout) -> Vec<(usize, usize)> {
    const PHONE_WORDS: [&str; 8] = ["联系电话", "联系方式", "电话号码", "手机号码", "手机号", "电话", "手机", "号码"];
    let names: Vec<(usize, String)> = layout
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Name && !c.public)
        .map(|c| (c.index, c.header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default()))
        .collect();
    let mut out = Vec::new();
    for col in layout.columns.iter().filter(|c| c.kind == Kind::Phone && !c.public) {
        let h = col.header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default();
        let stem = PHONE_WORDS.iter().find_map(|w| h.strip_suffix(w)).unwrap_or(&h);
        let left = || names.iter().rev().find(|(i, _)| *i < col.index).map(|(i, _)| *i);
        // (照料人电话 beside 照料服务人: a stem no name header holds falls back to the nearest on the left.)
        // (机构电话 beside 供养机构: a column of institutions, read as addresses, owns the phone too.)
        let other = || {
            layout.columns.iter().filter(|c| c.kind != Kind::Phone && !c.public).find_map(|c| {
                let oh = c.header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default();
                oh.contains(stem).then_some(c.index)
            })
        };
        let owner = if stem.chars().count() >= 2 {
            names.iter().find(|(_, nh)| nh.contains(stem)).map(|(i, _)| *i).or_else(other).or_else(left)
        } else {
            left()
        };
        out.extend(owner.map(|o| (col.index, o)));
    }
    out
}

/// The phone columns whose header names an office's phone, not a person's (居委电话, 村委会电话, 社区电话, 办公电话,
/// 单位电话): their landlines are the office's, public like its name.
pub fn office_phone_columns(layout: &Layout) -> Vec<usize> {
    const PHONE_WORDS: [&str; 5] = ["联系电话", "电话号码", "电话", "座机", "固话"];
    // (机构电话, 供养机构电话: the care home's, set K4. 部门电话 | 0312-8221346: the department a case is referred
    // to, set AQ1.)
    // (工会电话 | 0432-63975503: a works union's office, set AT3.)
    // (学校电话, 医院电话: a school's or a hospital's, set AX4.)
    // (营业厅电话, 网点电话 | 0739-8231095: a utility's or a bank's counter, set BP5; 律所电话, a law firm's.)
    // (团队电话 | 0734-3982998: a family doctor team's line at its clinic, set BT2.)
    // (安置点电话 | 0577-68716021: a disaster shelter's line at the hall or school it is in, set BU6.)
    const OFFICES: [&str; 36] = [
        "安置点",
        "团队",
        "卫生室",
        "学校",
        "医院",
        "卫生院",
        "幼儿园",
        "村部",
        "工会",
        "部门",
        "科室",
        "居委",
        "居委会",
        "村委",
        "村委会",
        "社区",
        "办公",
        "单位",
        "办公室",
        "民政所",
        "民政办",
        "街道",
        "办事处",
        "机构",
        "敬老院",
        "福利院",
        "养老院",
        "光荣院",
        "营业厅",
        "网点",
        "营业部",
        "供电所",
        "派出所",
        "律所",
        "事务所",
        "法律服务所",
    ];
    layout
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Phone && c.source == Source::Header)
        .filter(|c| {
            let h = c.header.as_deref().map(crate::patterns::normalize_header).unwrap_or_default();
            PHONE_WORDS.iter().find_map(|w| h.strip_suffix(w)).is_some_and(|stem| {
                // (所属居委电话, 村委会办公电话: the office's word may follow a qualifier.)
                // (社区（村）电话, 出警单位及电话: or have its other kind in brackets, or 及 before the phone, set BJ3.)
                let stem = stem.strip_prefix("所属").unwrap_or(stem);
                let stem = stem.strip_suffix('及').unwrap_or(stem);
                let stem = match stem.split_once('(') {
                    Some((head, rest)) if rest.ends_with(')') && !head.is_empty() => head,
                    _ => stem,
                };
                OFFICES.iter().any(|o| stem == *o || (stem.ends_with(o) && !stem.contains('人')))
            })
        })
        .map(|c| c.index)
        .collect()
}

fn sample_columns(sheet: &Sheet, start: usize, width: usize) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new(); width];
    let mut full = 0;
    for row in sheet.rows.iter().skip(start) {
        if full == width {
            break;
        }
        if is_free_row(row, width) {
            continue;
        }
        for (c, cell) in row.iter().enumerate() {
            if cell.is_blank() || out[c].len() >= SAMPLE {
                continue;
            }
            out[c].push(cell.as_text().trim().to_string());
            if out[c].len() == SAMPLE {
                full += 1;
            }
        }
    }
    out
}

/// The kind most of a column's sample shows, if any shows clearly (at least half of the non-empty cells,
/// and at least two cells).
pub fn content_kind(sample: &[String], det: &Detectors) -> Option<Kind> {
    let n = sample.len();
    if n == 0 {
        return None;
    }
    let mut counts = [0usize; 7];
    for s in sample {
        if let Some(k) = cell_identifier(s) {
            let i = match k {
                Kind::IdCard => 0,
                Kind::DisabilityCert => 1,
                Kind::Phone => 2,
                Kind::BankAccount => 3,
                _ => continue,
            };
            counts[i] += 1;
        } else if det.names.looks_like_name(s) || whole_name(s, det) {
            counts[4] += 1;
        } else if address_value(s, det) {
            counts[5] += 1;
        } else if health_value(s, det) {
            counts[6] += 1;
        }
    }
    let kinds =
        [Kind::IdCard, Kind::DisabilityCert, Kind::Phone, Kind::BankAccount, Kind::Name, Kind::Address, Kind::Health];
    let (i, &best) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    let need = if i == 4 { (n * 6).div_ceil(10) } else { n.div_ceil(2) };
    (best >= need.max(2.min(n))).then_some(kinds[i])
}

/// A cell the name detector reads as one name whole, whatever its surname (洛古木乃, 依火阿呷: Yi names).
fn whole_name(s: &str, det: &Detectors) -> bool {
    let t = s.trim();
    (2..=8).contains(&t.chars().count())
        && det
            .names
            .find(t, &crate::detect::name::KnownNames::default())
            .iter()
            .any(|f| f.start == 0 && f.end == t.len())
}

/// An address: places down to a detail (高庙村5组, 城关镇建设路8号), or a detail filling most of the cell with no
/// place above it (工人北路270弄30号203室, 东浜51号 under 列4).
fn address_value(s: &str, det: &Detectors) -> bool {
    if sentence_like(s) || record_line(s) {
        return false;
    }
    if (det.address.looks_like_address(s) && det.address.cut(s).is_some()) || bare_sub_village(s) {
        return true;
    }
    let detail: usize = det.address.find_in_text(s).iter().map(|f| s[f.start..f.end].chars().count()).sum();
    !s.contains(['，', ',']) && detail * 10 >= s.trim().chars().count() * 6
}

/// A place below a village alone, as a column beside the village's holds it (set AX5, under a blank header):
/// a group (4组, 十二组, 第3组, 3社) or a hamlet (东沟屯, 上营子屯).
fn bare_sub_village(s: &str) -> bool {
    let t = s.trim();
    if let Some(head) = t.strip_suffix(['组', '社']) {
        let head = head.strip_prefix('第').unwrap_or(head);
        return (1..=3).contains(&head.chars().count())
            && head.chars().all(|c| digits::digit_of(c).is_some() || "一二三四五六七八九十".contains(c));
    }
    t.strip_suffix('屯').is_some_and(|h| (1..=4).contains(&h.chars().count()) && h.chars().all(crate::detect::is_han))
}

/// A disability category (视力, 肢体残疾, 精神类) or a cell that is one health term whole (尿毒症, 脑梗后遗症).
fn health_value(s: &str, det: &Detectors) -> bool {
    let s = s.trim();
    let head = ["残疾", "残", "类"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
    if ["视力", "听力", "言语", "肢体", "智力", "精神", "多重", "听力言语"].contains(&head) {
        return true;
    }
    let mut found = Vec::new();
    det.push_health(s, &mut found);
    found.iter().any(|f| f.start == 0 && f.end == s.len())
}

/// A disability's grade alone (1级, 二级, 三级残疾): health data beside its category. (A bare 1 to 4 could be a
/// household's size.)
fn grade_value(s: &str) -> bool {
    let s = s.trim();
    let s = s.strip_suffix("残疾").unwrap_or(s);
    s.strip_suffix('级')
        .is_some_and(|n| ["一", "二", "三", "四", "1", "2", "3", "4", "１", "２", "３", "４"].contains(&n))
}

/// A line of a notice that lists one record (1. 王丽娜  女  蔡家坡镇商贸路62号  B类  4人  1360元, 强刚，男，强家庄村
/// 12组48号，低保C类…): a list number first, a comma, or an amount or an age. An address has none of those; a
/// notice typed a line to a cell is free text, not a column of addresses.
fn record_line(s: &str) -> bool {
    let t = s.trim();
    // (A list number read as the name cells read it: 1. 1、 （3） ① 十八、.)
    let numbered = crate::detect::name::enumeration_prefix(t) > 0;
    let counted = t
        .char_indices()
        .any(|(k, c)| matches!(c, '元' | '岁') && t[..k].chars().next_back().is_some_and(|p| p.is_ascii_digit()));
    numbered || counted || t.contains(['，', ','])
}

/// A cell that reads as sentences (依据：《…办法》。, …；…): notes, not an address, whatever places it names.
fn sentence_like(s: &str) -> bool {
    // (…通知（宣民发〔2024〕7号）, 举报方式：来信请寄…民政局: a document's title and a labelled note.)
    s.contains(['。', '；', '《', '〔', '：']) || s.contains("关于") || s.chars().count() > 60
}

/// Whether names turn up in at least a tenth of a column's sample (and in two cells or more): a column of notes
/// on work or living (就业情况 | 在其弟弟冯华宇开的早餐店帮工) names people in a few of its cells, set CH6.
fn names_in(sample: &[String], det: &Detectors) -> bool {
    let known = crate::detect::KnownNames::default();
    // (艾斯克萨村 in a 村 column is a place, whatever its first character.)
    // (乐光居, 长缨林场, 阿木尔林业局: a community in Hainan, and the northeast's forestry units.)
    const PLACES: [&str; 13] =
        ["村", "社区", "镇", "乡", "街道", "居委会", "村委会", "组", "屯", "居", "林场", "农场", "林业局"];
    let place = |s: &str| PLACES.iter().any(|p| s.trim_end().ends_with(p));
    // (在其弟弟冯**开的早餐店: a name masked already counts, so `verify` reads the column as masking did.)
    let masked = |s: &str| {
        s.chars().zip(s.chars().skip(1)).any(|(a, b)| crate::detect::is_han(a) && crate::mask::is_star(b))
            && !crate::detect::digits::holds_public_keyword(s)
    };
    let hits = sample.iter().filter(|s| !place(s) && (masked(s) || !det.names.find(s, &known).is_empty())).count();
    hits >= 2 && hits * 10 >= sample.len()
}

/// What a whole cell is when it is one identifier (IDs with bad checksums and damaged numeric IDs count).
pub fn cell_identifier(s: &str) -> Option<Kind> {
    if let Some(d) = normalize_strict(s) {
        match d.len() {
            20 if id_card::check_disability(&d) != id_card::IdCheck::No => {
                return Some(Kind::DisabilityCert);
            }
            18 | 15 if id_card::check(&d) != id_card::IdCheck::No => return Some(Kind::IdCard),
            _ => {}
        }
        if bank::is_card(&d) {
            return Some(Kind::BankAccount);
        }
        if phone::is_mobile(phone::strip_country(&d)) || phone::landline_area_len(&d).is_some() {
            return Some(Kind::Phone);
        }
    }
    if damaged_id(s).is_some() {
        return Some(Kind::IdCard);
    }
    let f = digits::find(s, digits::Context::default());
    if f.len() == 1 && f[0].kind == Kind::Phone && s.trim().len() <= f[0].end - f[0].start + 2 {
        return Some(Kind::Phone);
    }
    None
}

/// A number in Excel's scientific notation with an identifier's magnitude (6.2306E+17, 1.38123E+10): the byte
/// where its exponent starts.
pub fn scientific(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let e = t.find(['E', 'e'])?;
    let (mant, exp) = (&t[..e], t[e + 1..].trim_end().trim_start_matches('+'));
    let exp: u32 = exp.parse().ok()?;
    let mant_ok = mant.contains('.') && mant.bytes().all(|b| b.is_ascii_digit() || b == b'.') && mant.len() >= 3;
    (mant_ok && (9..=20).contains(&exp)).then_some(lead + e)
}

/// An ID Excel turned into a number: scientific notation (2.20502E+17) or an 18-digit integer ending in
/// zeros that fails the checksum. Returns the digits it still has.
pub fn damaged_id(s: &str) -> Option<Vec<u8>> {
    let t = s.trim();
    if let Some((mant, exp)) = t.split_once(['E', 'e']) {
        let exp: i32 = exp.trim_start_matches('+').parse().ok()?;
        if !(13..=19).contains(&exp) {
            return None;
        }
        mant.parse::<f64>().ok()?;
        let digits = excel_digits(mant, exp)?;
        return valid_prefix(&digits).then_some(digits);
    }
    None
}

/// The digits an Excel number kept of an ID. Excel keeps 15 significant digits, so any number of 16 or
/// more digits has lost some: the result is what Excel shows (the 15 digits, then zeros), never the
/// binary double's exact value, whose last digits are nobody's.
pub fn damaged_float(f: f64) -> Option<Vec<u8>> {
    if !f.is_finite() || !(1e15..1e20).contains(&f.abs()) {
        return None;
    }
    let sci = format!("{:.14e}", f.abs());
    let (mant, exp) = sci.split_once('e')?;
    let digits = excel_digits(mant, exp.parse().ok()?)?;
    valid_prefix(&digits).then_some(digits)
}

/// Digits of a mantissa text ("2.20502") times 10^exp, padded with zeros; no float rounding involved.
fn excel_digits(mant: &str, exp: i32) -> Option<Vec<u8>> {
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let len = usize::try_from(exp).ok()? + 1;
    if d.is_empty() || d.len() > len + 1 {
        return None;
    }
    d.truncate(len);
    d.resize(len, b'0');
    Some(d)
}

fn valid_prefix(d: &[u8]) -> bool {
    d.len() >= 15
        && d[..2].iter().all(u8::is_ascii_digit)
        && id_card::valid_province(u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_ids_are_recognised() {
        assert!(damaged_id("2.20502E+17").is_some());
        assert!(damaged_id("1.5E+3").is_none());
        assert_eq!(damaged_float(2.20502198001010e17).unwrap(), b"220502198001010000".to_vec());
        assert_eq!(damaged_id("2.20502E+17").unwrap(), b"220502000000000000".to_vec());
        assert!(damaged_float(1500.0).is_none());
    }

    #[test]
    fn whole_cell_identifiers() {
        assert_eq!(cell_identifier("11010519491231002X"), Some(Kind::IdCard));
        assert_eq!(cell_identifier("'220502 19800101 1236"), Some(Kind::IdCard));
        assert_eq!(cell_identifier("139-1234-5678"), Some(Kind::Phone));
        assert_eq!(cell_identifier("6228480012345678903"), Some(Kind::BankAccount));
        assert_eq!(cell_identifier("1500"), None);
    }
}
