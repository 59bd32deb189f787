//! Finds digit-based identifiers (IDs, disability certificates, phones, cards) in arbitrary text.
//!
//! Text is cut into maximal digit runs first: a run is digit groups (ASCII or full-width) joined by single
//! separators (space, dash). Identifiers are then recognised on whole groups or on consecutive groups, so a
//! match never fires inside a longer digit run (a 19-digit card is not a phone) and Chinese characters around
//! a number need no word boundary.

use super::{Finding, Kind, Status, bank, id_card, phone};

/// One group of digits; `x` when it ends with an X check character.
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    digits: Vec<u8>,
    x: bool,
    /// The separator char before this group (None for the first of a run).
    sep: Option<char>,
}

/// Maps ASCII and full-width digits to their ASCII byte.
pub fn digit_of(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8),
        '\u{FF10}'..='\u{FF19}' => Some(b'0' + (c as u32 - 0xFF10) as u8),
        _ => None,
    }
}

/// The digit a letter stands for in a number retyped or read by OCR (O for 0, l for 1, Z for 2, S for 5, B for
/// 8, full-width too), set AB3.
pub fn look_alike_digit(c: char) -> Option<u8> {
    match c {
        'O' | 'o' | 'Ｏ' | 'ｏ' => Some(b'0'),
        'I' | 'l' | 'Ｉ' | 'ｌ' => Some(b'1'),
        'Z' | 'Ｚ' => Some(b'2'),
        'S' | 'Ｓ' => Some(b'5'),
        'B' | 'Ｂ' => Some(b'8'),
        _ => None,
    }
}

fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×')
}

/// (A line break too: 440103⏎19870110⏎2345 is an ID a cell wrapped by hand. And what hides a break in a number
/// without looking like one: zero-width characters, a soft hyphen, any dash or minus, dots and slashes between
/// groups: 4401031987\u{200b}01102345, 139‒1234‒5678, 139.1234.5678, 139/1234/5678.)
fn is_sep(c: char) -> bool {
    matches!(
        c,
        ' ' | '-'
            | '－'
            | '\u{3000}'
            | '\u{a0}'
            | '_'
            | '\n'
            | '\r'
            | '\u{ad}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{2010}'..='\u{2015}'
            | '\u{2212}'
            | '\u{fe58}'
            | '\u{fe63}'
            | '.'
            | '·'
            | '/'
    )
}

/// Normalises a cell to ASCII digits and an upper-case X, dropping separators, apostrophes and spaces.
/// Returns None when anything else is in it.
pub fn normalize_strict(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.trim().trim_start_matches(['\'', '‘', '’', '`']).chars() {
        if let Some(d) = digit_of(c) {
            out.push(d);
        } else if is_x(c) {
            out.push(b'X');
        } else if is_sep(c) || c == '\t' {
            continue;
        } else {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether the text after an X at position 18 is exactly two digits (a disability number's category and
/// grade) and then no further digit or letter.
fn mid_x_disability(rest: &str) -> bool {
    let mut cs = rest.chars();
    let two = cs.next().and_then(digit_of).is_some() && cs.next().and_then(digit_of).is_some();
    two && !cs.next().is_some_and(|c| digit_of(c).is_some() || c.is_ascii_alphanumeric() || is_x(c))
}

/// Whether some stretch of digits, counted across the characters that may join the groups of one run
/// (separators, brackets, an X), has 7 digits: every identifier lies within one run and has that many.
/// (Addresses often have 7 digits in all, 174号5单元504室, but in short numbers.)
fn long_run(text: &str) -> bool {
    let mut n = 0;
    for c in text.chars() {
        if digit_of(c).is_some() {
            n += 1;
            if n >= 7 {
                return true;
            }
        } else if !(is_sep(c) || is_x(c) || matches!(c, '(' | ')' | '（' | '）' | '+')) {
            n = 0;
        }
    }
    false
}

/// A run less its dates when it is nothing but one date or two joined by a range's dash: 2024.03.09-2024.04.17,
/// a stay in hospital, is two dates and no landline (0309 and 20240417). A run with anything more keeps its
/// dates (220302-1987.01.10-3651 is an ID, 1991-12-3-5678 a phone: fail closed).
fn without_dates(run: Vec<Group>) -> Vec<Vec<Group>> {
    let range = |g: &Group| g.sep.is_some_and(|c| matches!(c, '-' | '－' | '~' | '～' | '\u{2010}'..='\u{2015}'));
    let num = |g: &Group| g.digits.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    let date_at = |k: usize| {
        let Some([y, m, d]) = run.get(k..k + 3) else { return false };
        let sep = m.sep.filter(|c| matches!(c, '.' | '/' | '-' | '－'));
        y.digits.len() == 4
            && (1..=2).contains(&m.digits.len())
            && (1..=2).contains(&d.digits.len())
            && ![y, m, d].iter().any(|g| g.x)
            && sep.is_some()
            && d.sep == sep
            && (k == 0 || range(y))
            && run.get(k + 3).is_none_or(|g| range(g) || (k == 0 && g.sep.is_some_and(char::is_whitespace)))
            && (1900..=2099).contains(&num(y))
            && crate::date::Date::new(num(y) as i32, num(m), num(d)).is_some()
    };
    // (女 1940.1 411623…: a year and its month opening a run, a space after them, are a birth month before
    // the next field, not the head of a mobile, 19401411623.)
    let year_month = run.len() >= 3
        && run[0].digits.len() == 4
        && (1900..=2099).contains(&num(&run[0]))
        && run[1].sep == Some('.')
        && (1..=2).contains(&run[1].digits.len())
        && (1..=12).contains(&num(&run[1]))
        && run[2].sep.is_some_and(char::is_whitespace)
        && !run[..2].iter().any(|g| g.x);
    if year_month {
        let mut rest: Vec<Group> = run.into_iter().skip(2).collect();
        rest[0].sep = None;
        return vec![rest];
    }
    // (已电话联系 2024-02-02 16:30: a date and the time after it, a space between, is no landline either.)
    // (Only an hour's two digits after it: 1991-12-3 5678 may be a mobile typed oddly, fail closed.)
    let timed = run.len() > 3 && run[3].sep.is_some_and(char::is_whitespace) && run[3].digits.len() <= 2;
    let dates: Vec<usize> = match run.len() {
        3 if date_at(0) => vec![0],
        6 if date_at(0) && date_at(3) => vec![0, 3],
        _ if timed && date_at(0) => vec![0],
        _ => return vec![run],
    };
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for (k, mut g) in run.into_iter().enumerate() {
        if dates.iter().any(|&d| (d..d + 3).contains(&k)) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if cur.is_empty() {
            g.sep = None;
        }
        cur.push(g);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Splits text into runs of groups.
fn runs(text: &str) -> Vec<Vec<Group>> {
    let mut out: Vec<Vec<Group>> = Vec::new();
    let mut cur: Vec<Group> = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut pending_sep: Option<(usize, char)> = None;
    while let Some((i, c)) = it.next() {
        if let Some(d) = digit_of(c) {
            let mut g =
                Group { start: i, end: i + c.len_utf8(), digits: vec![d], x: false, sep: pending_sep.map(|(_, s)| s) };
            // A '+' directly before a run belongs to it (+86).
            if cur.is_empty() && pending_sep.is_none() && i > 0 && text[..i].ends_with('+') {
                g.start = i - 1;
            }
            // Digits of the run's earlier groups (5107261992 0201122X14: the ID part is split by a space).
            let earlier: usize =
                if pending_sep.is_some() { cur.iter().map(|g: &Group| g.digits.len()).sum() } else { 0 };
            while let Some(&(j, c2)) = it.peek() {
                if let Some(d2) = digit_of(c2) {
                    g.digits.push(d2);
                    g.end = j + c2.len_utf8();
                    it.next();
                } else if is_x(c2)
                    && !g.x
                    && earlier + g.digits.len() == 17
                    && mid_x_disability(&text[j + c2.len_utf8()..])
                {
                    // A disability number whose ID part ends in X: the X sits inside a 20-char group.
                    g.digits.push(b'X');
                    g.end = j + c2.len_utf8();
                    it.next();
                } else if is_x(c2) && !g.x {
                    // X only as the last char of a group, and only if no letter follows.
                    let after = text[j + c2.len_utf8()..].chars().next();
                    if after.is_some_and(|a| a.is_ascii_alphanumeric()) {
                        break;
                    }
                    g.x = true;
                    g.end = j + c2.len_utf8();
                    it.next();
                    break;
                } else {
                    break;
                }
            }
            if pending_sep.is_none() && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(g);
            pending_sep = None;
            // An area code in brackets, (0435)5902980: the bracket is taken in and the closing one separates.
            if cur.len() == 1
                && let Some(g) = cur.last_mut()
                && phone::is_area_code(&g.digits)
                && text[..g.start].ends_with(['(', '（'])
                && let Some(&(j, c2)) = it.peek()
                && matches!(c2, ')' | '）')
                && text[j + c2.len_utf8()..].chars().next().and_then(digit_of).is_some()
            {
                g.start -= if text[..g.start].ends_with('(') { 1 } else { '（'.len_utf8() };
                pending_sep = Some((j, '-'));
                it.next();
                continue;
            }
            // A single separator followed by a digit continues the run.
            if let Some(&(j, c2)) = it.peek()
                && is_sep(c2)
            {
                // (A Windows line break is one separator of two characters.)
                let crlf = c2 == '\r' && text[j + 1..].starts_with('\n');
                let next = text[j + c2.len_utf8() + usize::from(crlf)..].chars().next();
                // (A line break joins only an ID's groups, after its six or fourteen digits: 0255⏎370781 are two
                // lines' numbers.)
                let so_far: usize = cur.iter().map(|g| g.digits.len()).sum();
                let line_ok = !matches!(c2, '\n' | '\r') || matches!(so_far, 6 | 14);
                if next.and_then(digit_of).is_some() && !cur.last().is_some_and(|g| g.x) && line_ok {
                    pending_sep = Some((j, if crlf { '\n' } else { c2 }));
                    it.next();
                    if crlf {
                        it.next();
                    }
                    continue;
                }
            }
            out.push(std::mem::take(&mut cur));
        } else {
            pending_sep = None;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// What a contiguous normalized digit string is, strictly.
fn classify(d: &[u8]) -> Option<(Kind, Status)> {
    use id_card::IdCheck;
    match d.len() {
        20 => match id_card::check_disability(d) {
            IdCheck::Valid => return Some((Kind::DisabilityCert, Status::Valid)),
            IdCheck::BadChecksum => return Some((Kind::DisabilityCert, Status::Failed)),
            IdCheck::No => {}
        },
        18 | 15 => {
            if d.len() == 15 && phone::is_mobile(phone::strip_country(d)) {
                return Some((Kind::Phone, Status::Valid));
            }
            match id_card::check(d) {
                IdCheck::Valid => return Some((Kind::IdCard, Status::Valid)),
                IdCheck::BadChecksum => return Some((Kind::IdCard, Status::Failed)),
                IdCheck::No => {}
            }
        }
        _ => {}
    }
    if d.contains(&b'X') {
        return None;
    }
    if phone::is_mobile(phone::strip_country(d)) {
        return Some((Kind::Phone, Status::Valid));
    }
    if phone::landline_area_len(d).is_some() {
        return Some((Kind::Phone, Status::Valid));
    }
    if bank::is_card(d) {
        return Some((Kind::BankAccount, Status::Valid));
    }
    None
}

/// Whether a whole cell is a public service line, with or without an area code: 110, 119, 120, 122, a
/// five-digit 123xx line (12345, 12349 …), a utility's or a bank's 95xxx or 96xxx line (95598 for power, 96577
/// for gas, set AR3) or a carrier's 100xx. No personal number is that short. A note in brackets after it
/// (96577（24小时）) is no part of the number.
pub fn is_service_number(text: &str) -> bool {
    let text = match text.trim_end().strip_suffix(['）', ')']).and_then(|t| t.rfind(['（', '('])) {
        Some(open) if text[open..].chars().any(super::is_han) => &text[..open],
        _ => text,
    };
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    // (400-884-1927, 800 810 1234: a firm's service line, never a person's, set AG5.)
    let bare: Vec<u8> = t.bytes().filter(|&b| !matches!(b, b'-')).collect();
    if bare.iter().all(u8::is_ascii_digit) && super::phone::is_service_number(&bare) {
        return true;
    }
    let (area, local) = match t.split_once(['-', '－', '—']) {
        Some((a, l)) => (a, l),
        None => ("", t.as_str()),
    };
    let area_ok = area.is_empty()
        || ((3..=4).contains(&area.len()) && area.starts_with('0') && area.bytes().all(|b| b.is_ascii_digit()));
    let local_ok = local.bytes().all(|b| b.is_ascii_digit())
        && (matches!(local, "110" | "119" | "120" | "122")
            || (local.len() == 5 && ["123", "95", "96", "100"].iter().any(|p| local.starts_with(p))));
    area_ok && local_ok
}

/// Context the caller knows about a text span.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The text is a whole cell of a phone column: 7-8 digit local numbers count.
    pub phone_column: bool,
    /// The text is a whole cell of an account column: any 10-25 digit string counts.
    pub account_column: bool,
}

const ACCOUNT_WORDS: [&str; 10] = ["卡号", "账号", "帐号", "存折", "银行卡", "一卡通", "账户", "帐户", "折号", "开户"];
const PHONE_WORDS: [&str; 18] = [
    // 199…，备用37729554 (set CE6): a second number, local.
    "备用",
    "电话",
    "手机",
    "联系方式",
    "联系",
    "号码",
    "固话",
    "座机",
    "宅电",
    "家电",
    "致电",
    "tel",
    "Tel",
    "TEL",
    // 可打2120176找邻居.
    "可打",
    "拨打",
    "来电",
    "电联",
];
/// The labels of a notice's own public lines (监督电话：0435-…): a footer's first field, an office's mailbox beside.
pub(crate) const HOTLINES: [&str; 5] = ["监督电话", "咨询电话", "举报电话", "投诉电话", "服务热线"];
const PUBLIC_WORDS: [&str; 9] =
    ["监督电话", "举报电话", "咨询电话", "服务热线", "投诉电话", "热线", "监督举报电话", "办公电话", "值班电话"];

/// An office's own landline (村委会电话0435-6329735，可转告; a notice's 如有异议请拨打0435-6232019) is public; a
/// mobile after these words is some cadre's own phone and stays personal.
const OFFICE_WORDS: [&str; 42] = [
    // (托养机构联系电话0527-…, 机构电话0530-…, 院社工部电话0817-…, 科室电话：0570-…: a care institution's, a
    // hospital department's or a social work desk's line, sets BW2, BX1, BX4, BX5.)
    "机构联系电话",
    "机构电话",
    "社工部电话",
    "科室电话",
    // (施工质量投诉：0379-…, 呼叫器平台电话0379-…, 张贴社区服务电话0379-…: a complaint line, a call platform's, a
    // community's service desk, set BV2.)
    "投诉",
    "平台电话",
    "社区服务电话",
    "街道服务电话",
    // (寻亲专线：0435-3621119: a rescue station's line for families searching, set BB2. Not 寻亲电话, which may
    // be the searching family's own.)
    "寻亲专线",
    "求助专线",
    "服务专线",
    // (无，联系车间工会0451-86621378: a works union's office line, set AT3; a mobile there is a cadre's own.)
    "工会",
    "工会办",
    // (24小时求助电话：0771-4865110: a rescue station's line for anyone in need, set AP1; a mobile there is
    // someone's own.)
    "求助电话",
    // A care home's own line (本院电话：, 院办电话：, 本院值班室0797-…, set AE4).
    "本院电话",
    "院办电话",
    // (家属联系请打院办公室电话0599-…, set CC2.)
    "院办公室电话",
    "中心办公室电话",
    "本院值班室",
    "值班室电话",
    "村委会电话",
    "居委会电话",
    "社区电话",
    "村部电话",
    // 镇民政办电话0594-8657880 (set X).
    "民政办电话",
    "民政所电话",
    "民政局电话",
    "民政站电话",
    "政府电话",
    "街道办电话",
    "办事处电话",
    "异议请拨打",
    "异议请致电",
    "异议请联系",
    // A notice's own numbers in other words (咨询：0421-5822407, 公示期间接受监督，电话0413-3022617).
    "咨询",
    "监督举报",
    "接受监督，电话",
    "接受监督,电话",
    // 政策咨询可拨打0312-5212345 (set EE).
    "咨询可拨打",
    "咨询请拨打",
    "咨询可致电",
    "咨询请致电",
];

/// What joins two phone numbers of one person (138… 或 2678200, 138…/2678200).
const JOINERS: &str = "或、，,/／；;";

/// Whether a short label cell ends with a public-number keyword (a footer "监督电话：" whose number sits in
/// the next cell).
pub fn ends_with_public_keyword(s: &str) -> bool {
    // (监督电话 Hotline: a bilingual label, its English word after the Chinese one; set D2.)
    let s = if s.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) {
        s.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ')
    } else {
        s
    };
    // Called for every cell: only a cell ending in 话, 线, a colon or a space goes on. (A last byte that is
    // ASCII and neither a colon nor a space settles it without decoding a character.)
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && b != b':' && !b.is_ascii_whitespace() => return false,
        _ => {}
    }
    if s.len() < 6 || !s.ends_with(['话', '线', ':', '：']) && !s.ends_with(char::is_whitespace) {
        return false;
    }
    let t = s.trim_end_matches(|c: char| c == ':' || c == '：' || c.is_whitespace());
    // Every public keyword ends in 话 or 线: one char test rejects almost every cell.
    if !t.ends_with(['话', '线']) {
        return false;
    }
    let t = t.trim_start();
    t.chars().count() <= 12 && PUBLIC_WORDS.iter().any(|w| t.ends_with(w))
}

/// The text just before `at`, at most `n` chars.
fn before(text: &str, at: usize, n: usize) -> &str {
    let head = &text[..at];
    let start = head.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    &head[start..]
}

fn near(text: &str, at: usize, words: &[&str], n: usize) -> bool {
    let b = before(text, at, n);
    words.iter().any(|w| super::rfind_word(b, w).is_some())
}

/// Whether `s` holds a public-number keyword anywhere (监督电话, 服务热线 …): a footer that may print the office's
/// own numbers.
pub fn holds_public_keyword(s: &str) -> bool {
    s.contains(['话', '线']) && PUBLIC_WORDS.iter().any(|w| s.contains(w))
}

/// Whether a cell is a notice's public line and no mobile (监督电话：0435-3218890 in a footer under an identifier
/// column): read as text, which keeps the line. A mobile there (监督电话：138…) is some cadre's own.
pub fn public_line(s: &str) -> bool {
    let mobile = || {
        s.split(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '-')))
            .map(|p| p.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>())
            .any(|d| phone::is_mobile(&d))
    };
    holds_public_keyword(s) && !mobile()
}

/// Whether a number at `at` is a notice's own public number (监督电话：0435-3201234).
pub fn is_public_context(text: &str, at: usize) -> bool {
    keyword_before(text, at, &PUBLIC_WORDS)
}

/// Words labelling an organisation's code (统一社会信用代码：112205022141728641): 18 digits after them are
/// not an ID unless they pass as one (date and check digit), so a person's ID under a wrong label still goes.
const CODE_WORDS: [&str; 4] = ["信用代码", "机构代码", "识别号", "登记号"];

fn is_code_context(text: &str, at: usize) -> bool {
    let b = before(text, at, 8);
    CODE_WORDS.iter().any(|w| {
        super::rfind_word(b, w).is_some_and(|p| b[p + w.len()..].chars().all(|c| matches!(c, '：' | ':' | ' ' | '为')))
    })
}

/// Whether the phone number starting at `at` is public: after 监督电话 and the like, or, for a landline, after
/// an office's label or an office's name (东城区民政局 010-64072315), or next in a list of such numbers
/// (监督电话：010-64072315（东城） 010-83975526（西城）).
pub fn public_phone_at(text: &str, at: usize, landline: bool) -> bool {
    is_public_context(text, at)
        || (landline && label_start(text, at).is_some_and(|l| is_public_context(text, l)))
        || (landline
            && (is_office_context(text, at)
                || office_name_before(text, at)
                || round_the_clock_after(text, at)
                || (previous_in_list(text, at).is_some_and(|p| public_phone_at(text, p, true))
                    && !own_label_after(text, at))))
}

/// Suffixes of a label that may stand between numbers of a public list, or name the office a number follows:
/// places and offices (江岸区, 民政局, 福利院), never a person.
const LABEL_ENDS: &str = "区县市镇乡局院所站处办委";

/// Offices whose last character also ends given names (苟凤会, 王科): taken as a whole word, or for a section
/// (股, 科) only in a label of four characters or more (县残联, 社会救助股).
const LABEL_WORDS: [&str; 6] = ["残联", "妇联", "委员会", "工会", "理事会", "办公室"];

/// Whether `label` names a place or an office (江岸区, 民政局, 服务中心), not a person (联系人王海城, 李文心).
pub fn office_label(label: &str) -> bool {
    label.chars().count() <= 8
        && (label.ends_with(|c| super::one_of(super::chars!(LABEL_ENDS), c))
            || label.ends_with("中心")
            || LABEL_WORDS.iter().any(|w| label.ends_with(w))
            || (label.chars().count() >= 4 && label.ends_with(['股', '科'])))
        && !homely(label)
}

/// Whether `text` is one of `offices` alone, or after no more than the place it serves (城固县残疾人联合会,
/// 邓州市民政局): Han characters ending in a level's word. Anything else before it (a person, a condition:
/// 县残联张建国, 精神分裂症县民政局, 其子在县…) makes it more than the office.
pub(crate) fn office_alone(text: &str, offices: &[&str]) -> bool {
    offices.iter().any(|o| text.strip_suffix(o).is_some_and(office_place))
}

/// The place an office's name opens with (沂南县, 城关镇), or none.
/// (Or a county's bureau the office sits under: 镇雄县教育体育局|学生资助管理中心, set BS6.)
fn office_place(p: &str) -> bool {
    let placed = |p: &str| {
        p.chars().count() <= 10
            && p.chars().all(super::is_han)
            && p.ends_with(['省', '市', '县', '区', '镇', '乡', '旗', '州', '街', '道'])
            && !names_someone(p)
    };
    let bureau = || {
        p.strip_suffix('局')
            .and_then(|b| b.char_indices().rev().find(|&(_, c)| matches!(c, '县' | '市' | '区')))
            .is_some_and(|(k, c)| {
                placed(&p[..k + c.len_utf8()]) && p[k + c.len_utf8()..].chars().count() <= 6 && !names_someone(p)
            })
    };
    p.is_empty() || placed(p) || bureau()
}

/// Characters no office's place or trade holds: a person (户主之女李娟县) or an illness.
fn names_someone(p: &str) -> bool {
    p.contains(['其', '由', '在', '为', '的', '人', '之', '户', '女', '儿', '妻', '夫', '婿', '母', '父'])
        || p.contains(['症', '病', '癌', '瘫', '残', '疾', '障', '伤', '痴', '聋', '哑', '盲', '炎', '瘤'])
}

/// 沂南县康复辅具服务中心: an office with its trade, up to six Han characters naming no one, between its place and
/// its kind (set BM6). Asked only where a label has said the value is an institution (承办机构：…).
fn office_with_trade(text: &str, offices: &[&str]) -> bool {
    offices.iter().any(|o| {
        text.strip_suffix(o).is_some_and(|p| {
            p.char_indices().any(|(k, c)| {
                let (place, trade) = p.split_at(k + c.len_utf8());
                office_place(place)
                    && !place.is_empty()
                    && (1..=6).contains(&trade.chars().count())
                    && trade.chars().all(super::is_han)
                    && !names_someone(trade)
            })
        })
    })
}

/// Whether a label names a person or a home (本人, 王芳家, 户主): 人 or 户 in it (not in 人民, nor a
/// 残疾人联合会 or 老年人协会 alone), or a 家 that is no place's (王家坝镇民政所, 李家庄村委会 name offices).
fn homely(label: &str) -> bool {
    // (（城固县残疾人联合会）, （县老年人协会）: the people an office serves, when the bracket is that office alone:
    // （县残疾人联合会张建国） names a person.)
    if office_alone(label, &["残疾人联合会", "老年人协会"]) {
        return false;
    }
    // (（县人社局）, 人力资源和社会保障局: the labour bureau, set BQ2.)
    let label = label.replace("人民", "").replace("人社局", "局").replace("人力资源", "");
    label.contains(['人', '户', '宅'])
        || label.match_indices('家').any(|(k, _)| {
            !label[k + '家'.len_utf8()..]
                .starts_with(|c| super::one_of(super::chars!("坝庄村湾沟屯寨营岭河桥集店堡口塘"), c))
        })
}

/// Whether the number at `at` is followed by a bracket naming a person or a home (…0435-6321234（本人）).
fn own_label_after(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(|c: char| digit_of(c).is_some() || c == '-' || c == '－');
    let inside = rest.strip_prefix(['（', '(']).map(|r| r.split(['）', ')']).next().unwrap_or(r));
    // (（大安镇人民政府）: 人民 is an office's word.)
    inside.is_some_and(homely)
}

/// Whether the number at `at` is followed by a bracket saying it answers round the clock (0371-67171234（24小时）):
/// an office's hotline, no person's.
fn round_the_clock_after(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(|c: char| digit_of(c).is_some() || c == '-' || c == '－');
    rest.strip_prefix(['（', '(']).is_some_and(|r| r.starts_with("24小时") || r.starts_with("２４小时"))
}

/// Whether the number at `at` is followed by a bracket naming an office's desk (0778-5822301（院办）, set J2):
/// a whole word, as a person's name may end like an office (（张建院）).
fn office_bracket_after(text: &str, at: usize) -> bool {
    // (Not 办公室: a person's own office has one too.)
    // (0435-8561300（机构）: the caring institution's own line, set BB6. Not 单位: a person's workplace.)
    const DESKS: [&str; 7] = ["院办", "值班室", "传达室", "护士站", "护理站", "总机", "机构"];
    let rest = text[at..].trim_start_matches(|c: char| digit_of(c).is_some() || c == '-' || c == '－');
    let inside = rest.strip_prefix(['（', '(']).and_then(|r| r.split_once(['）', ')'])).map(|(i, _)| i);
    // (0377-41413578（站值班室）: the station's, the home's desk.)
    inside.is_some_and(|i| {
        DESKS.contains(&i)
            || i.strip_prefix(['站', '院', '所']).is_some_and(|d| d.chars().count() >= 2 && DESKS.contains(&d))
    })
}

/// Whether a cell is one landline and an office's desk in brackets, nothing else (0778-5822301（院办）), or a
/// village office's name and its landline (村部0435-5271297): the office's number, in a phone column too.
pub fn desk_phone(text: &str) -> bool {
    let t = text.trim();
    // (村部0435-5271297: a village office's name alone before its landline.)
    if let Some(k) = t.find(|c: char| c.is_ascii_digit()).filter(|&k| k > 0 && bare_office_before(&t[..k])) {
        let rest = &t[k..];
        let d: Vec<u8> = rest.bytes().filter(u8::is_ascii_digit).collect();
        return rest.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && super::phone::landline_area_len(&d).is_some()
            && !super::phone::is_mobile(&d);
    }
    let number = t.bytes().take_while(|b| b.is_ascii_digit() || *b == b'-').count();
    let d: Vec<u8> = t.as_bytes()[..number].iter().copied().filter(u8::is_ascii_digit).collect();
    number > 0
        && super::phone::landline_area_len(&d).is_some()
        && office_bracket_after(t, 0)
        && t.ends_with(['）', ')'])
        && t[number..].chars().filter(|&c| matches!(c, '（' | '(')).count() == 1
}

/// Where a place's or an office's label right before `at` starts (监督电话：江岸区 027-82310756).
fn label_start(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end_matches([' ', '\u{3000}']);
    let start = head.char_indices().rev().take_while(|&(_, c)| super::is_han(c)).last()?.0;
    let label = &head[start..];
    office_label(label).then_some(start)
}

/// The start of the number a bracket opening right before `at` follows (010-64072315（东城）), if any.
pub fn number_before_bracket(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].strip_suffix(['（', '('])?;
    let run = head.char_indices().rev().take_while(|&(_, d)| digit_of(d).is_some() || d == '-' || d == '－').last()?;
    Some(run.0)
}

/// Whether an office's name ends right before `at`, a space or a colon between (东城区民政局 010-64072315).
fn office_name_before(text: &str, at: usize) -> bool {
    // (县残联（0394-3218890）已跟进: the office's number in brackets after its name.)
    let head = text[..at].trim_end_matches([' ', '\u{3000}', '：', ':', '（', '(']);
    // (兴县特困人员供养服务中心电话：0358-…: the office's phone, said so; only a public body's, not a business
    // that calls itself a centre: 家电维修服务中心电话.)
    // (签约机构：…卫生院　统一社会信用代码：…　机构电话：0817-…: the body's own line in a footer, set BT2.)
    let said = ["联系电话", "办公电话", "机构电话", "单位电话", "电话"].iter().find_map(|w| head.strip_suffix(w));
    let public_body = |h: &str| {
        let name = han_tail(h, 16);
        // (学校资助办电话, 县学生资助管理中心电话, set X1.)
        // (敬老院电话0435-…, set AZ6.)
        [
            "民政",
            "供养",
            "救助",
            "福利",
            "养老",
            "敬老",
            "残联",
            "政府",
            "社区",
            "街道",
            "资助",
            "教育",
            "住建",
            "医保",
            "经办", // (县残疾人康复中心电话0817-…, set BI1.)
            "康复",
            // (营山县住房保障中心（0817-…）, set BL2.)
            "住房保障",
            // (县慈善总会（电话0816-…）, set BQ4.)
            "慈善",
            "红十字",
        ]
        .iter()
        .any(|w| name.contains(w))
    };
    // (伊宁市民政局（统一社会信用代码：…）　地址：…　电话：0999-…: a footer line that opens with the office
    // alone, its fields apart, set BG6.)
    // Every other field is a label and its value (地址：…, 邮编：…), the number alone at its end: not 户主王芳, nor
    // （王芳家） after the number.
    // (集中供养机构：尼勒克县社会福利中心，地址：…，电话：0999-…: or apart by commas, the office after the label
    // of what it is, set BI2.)
    const APART: [char; 4] = [' ', '\u{3000}', '，', ','];
    // (3. 联系单位：伊宁县卫生健康委员会，地址：…，电话：0999-…。: a notes sheet's numbered item, the office after
    // the label of the unit to contact, the item's full stop after the number, set BK6. Not 工作单位, a person's.)
    let item = super::name::enumeration_prefix(text);
    // (监督电话：0739-…　隆回县儿童福利院地址：…99号　电话：0739-…: the notice's hotline may open the line, and
    // the office may name its address, set BN2.)
    let hotline = |f: &str| {
        f.split_once(['：', ':']).is_some_and(|(l, v)| {
            HOTLINES.iter().any(|w| l.ends_with(w)) && v.chars().all(|c| c.is_ascii_digit() || c == '-')
        })
    };
    let mut fields =
        text[item..].trim_end_matches(['。', '.']).split(APART).filter(|f| !f.is_empty()).skip_while(|f| hotline(f));
    let footer_field = said.is_some_and(|h| h.ends_with(APART))
        && fields.next().is_some_and(|first| {
            if let Some((office, address)) =
                first.split_once(['：', ':']).and_then(|(l, v)| Some((l.strip_suffix("地址")?, v)))
            {
                return !office.is_empty()
                    && office_alone(
                        office,
                        &[
                            "福利院",
                            "儿童福利院",
                            "社会福利院",
                            "敬老院",
                            "救助站",
                            "社会福利中心",
                            "福利中心",
                            "民政局",
                        ],
                    )
                    && !address.contains(['（', '(', '家']);
            }
            let labelled = first.split_once(['：', ':']).filter(|(label, _)| {
                label.ends_with("机构")
                    || (["联系单位", "制表单位", "主管单位", "承办单位", "责任单位"].iter().any(|w| label.ends_with(w)))
            });
            let first = labelled.map_or(first, |(_, office)| office);
            let (office, note) = first.split_once(['（', '(']).unwrap_or((first, ""));
            let offices = [
                "民政局",
                "民政所",
                "人民政府",
                "福利院",
                "敬老院",
                "救助站",
                "服务中心",
                "社会福利中心",
                "福利中心",
                "康复中心",
                // (镇雄县教育体育局学生资助管理中心  地址：…  电话：0870-…, set BS6.)
                "学生资助管理中心",
                "卫生健康委员会",
                "卫生院",
                "卫健委",
                "卫生健康局",
                "人力资源和社会保障局",
                "住房和城乡建设局",
            ];
            // (An office named with its trade keeps only a landline: 王芳家政服务中心，电话：139… may be a
            // person's business and its owner's mobile.)
            let landline = text[at..].trim_start().starts_with(['0', '０']);
            (office_alone(office, &offices) || (labelled.is_some() && landline && office_with_trade(office, &offices)))
                && (note.is_empty() || note.starts_with("统一社会信用代码") || note.starts_with("信用代码"))
        })
        && fields.all(|f| {
            hotline(f)
                || f.split_once(['：', ':']).is_some_and(|(l, v)| {
                    ["地址", "电话", "联系电话", "办公电话", "机构电话", "单位电话", "值班电话", "邮编", "传真"]
                        .contains(&l)
                        && (l != "地址" || !v.contains(['（', '(', '家']))
                        && (!l.ends_with("电话") || v.chars().all(|c| c.is_ascii_digit() || c == '-'))
                        // (统一社会信用代码：125113221206567416, the body's code between its name and its line.)
                        || (l.ends_with("信用代码") && v.chars().all(|c| c.is_ascii_alphanumeric()))
                })
        });
    if footer_field {
        return true;
    }
    // (已转入县社会福利中心集中供养（中心电话0734-…）: the body's own short word for itself before 电话, in a bracket
    // after a clause that names it, set BS2.)
    let own_word = said.and_then(|h| h.rsplit_once(['（', '('])).is_some_and(|(before, word)| {
        let clause = before.rsplit(['，', ',', '。', '；', ';']).next().unwrap_or(before);
        ["中心", "院", "站", "所", "局"].contains(&word) && clause.contains(word) && public_body(clause)
    });
    if own_word {
        return true;
    }
    // (镇民政所（电话0394-…: the office's name, a bracket, then its 电话.)
    let head = said.map(|h| h.trim_end_matches(['（', '('])).filter(|h| public_body(h)).unwrap_or(head);
    // (已联系县儿童福利院，电话0857-…: a clause that says whom the staff reached, an office named last, then its
    // 电话; not after someone's name, 请联系救助股李科，电话…, nor an office a sentence merely mentions,
    // 由村委会黄某送至救助站，电话….)
    // (Only the number closing its clause: not 0857-…（其母家）, 0857-…、0857-…, 0857-…，王芳.)
    let closes = {
        let rest = text[at..].trim_start_matches(|c: char| digit_of(c).is_some() || c == '-' || c == '－');
        rest.is_empty() || rest.starts_with(['。', '；', ';'])
    };
    let reached = closes
        && said.and_then(|h| h.strip_suffix(['，', ','])).is_some_and(|h| {
            let clause = h.rsplit(['，', ',', '。', '；', ';']).next().unwrap_or(h);
            ["已联系", "联系"].iter().any(|w| clause.starts_with(w))
                && ["福利院", "敬老院", "养老院", "残联", "民政所", "民政局", "民政办", "保护中心", "救助站"]
                    .iter()
                    .any(|o| clause.ends_with(o))
                && !lives_or_stays(clause)
        });
    if reached {
        return true;
    }
    // (住民主社区居委会 0435-…, 其子在县民政局 0435-…: where someone lives or is, not the office's number.)
    let clause = head.rsplit(['，', ',', '。', '；', ';']).next().unwrap_or(head);
    if lives_or_stays(clause) {
        return false;
    }
    // (其子县教育局0377-…, 其妻单位：县人社局 0377-…, 户主残联0455-…, 儿子县医保局…: a person's workplace before
    // their own number; not 儿童福利院 or 妇女联合会, an office's own words.)
    let kin = clause.char_indices().any(|(k, c)| {
        let next = clause[k + c.len_utf8()..].chars().next();
        match c {
            // (母亲乡经办电话, 哥哥镇经办, 父亲县医保办: review of session 47.)
            '其' | '之' | '妻' | '夫' | '婿' | '媳' | '父' | '母' | '哥' | '姐' | '弟' | '妹' => true,
            // (户主, not 户籍科.)
            '户' => next == Some('主'),
            '儿' => next != Some('童'),
            '女' => !clause[..k].ends_with('妇') && !clause[..k].ends_with('儿') && next != Some('童'),
            _ => false,
        }
    });
    // (联系人：金川镇村建办 0435-…: the contact is an office, a township's or a county's, named alone, set AZ2.)
    let contact_office = clause.rsplit_once(['：', ':']).is_some_and(|(label, v)| {
        let v = v.trim_matches(|c: char| c == ' ' || c == '\u{3000}');
        label.ends_with("联系人")
            && (4..=12).contains(&v.chars().count())
            && v.chars().all(super::is_han)
            && super::name::bare_institution(v)
            && ["镇", "乡", "县", "区", "市", "街道"].iter().any(|w| v.contains(w))
    });
    if contact_office {
        return true;
    }
    // (联系单位：墨玉县住房和城乡建设局村镇股 0903-…: the notice's office, so labelled, set AZ2.)
    let office_unit =
        ["联系单位", "经办单位", "承办单位", "主管单位"].iter().any(|w| clause.trim_start().starts_with(w));
    if kin || (clause.contains("单位") && !office_unit) || clause.contains("联系人") {
        return false;
    }
    // (联系克州民政局社会救助股：0908-…: an office's section.)
    [
        "民政局",
        "民政所",
        "民政办",
        "民政站",
        "办事处",
        "街道办",
        "居委会",
        "村委会",
        "福利院",
        "敬老院",
        "养老院",
        "救助站",
        "服务中心",
        "救助股",
        "救助科",
        "事务办",
        // (学校资助办电话：0377-…, 政策咨询：北林区残联 0455-…, sets X1 and X4; not 建委, which may end a
        // person's name: 联系人王建委：0455-….)
        "资助办",
        "资助中心",
        "管理中心",
        // (县未成年人保护中心（0999-…）已跟进, set BF4.)
        "保护中心",
        // (三台县残疾人联合会：0816-…, 县残疾人康复中心电话：0817-…, sets BI1 and BI6.)
        "残疾人联合会",
        "康复中心",
        // (营山县住房保障中心（0817-…）分配, set BL2.)
        "住房保障中心",
        "住建局",
        "教育局",
        "人社局",
        "医保局",
        // (医保办电话：0376-…, set AA1.)
        "医保办",
        "残联",
        // (园林社区清真老年食堂电话0994-…: an old people's canteen, set BN3.)
        "老年食堂",
        "助餐点",
        "助餐中心",
        "幸福院",
        // (物资由县慈善总会（电话0816-…）统一采购, set BQ4.)
        "慈善总会",
        "慈善会",
        "红十字会",
    ]
    .iter()
    .any(|w| head.ends_with(w))
        // (镇经办电话：0898-…, a township's benefits desk, set AA4; not 经办人, a person, nor 王镇经办.)
        || {
            let run = han_tail(head, 16);
            // (A level's word alone or after a place of two characters or more: 镇经办, 博鳌镇经办; not 王镇经办.)
            let n = run.chars().count();
            (n == 3 || n >= 5) && office_alone(&run, &["经办"])
        }
        || office_section_before(head)
        || government_label_before(text, head)
}

/// Whether a clause says where someone lives or is (住, 在), not in a bureau's name (县住建局, 住房和城乡建设局, set
/// AZ2).
fn lives_or_stays(clause: &str) -> bool {
    clause.contains('在')
        || clause.match_indices('住').any(|(k, _)| !clause[k + '住'.len_utf8()..].starts_with(['建', '房']))
}

/// Whether `head` (the text before a number, its spaces and colon trimmed) ends with a government's name as
/// the number's label (…　　沱江镇人民政府：0746-2366470, a footer's list of offices, set K2): a colon after it,
/// and the name alone, no longer than a county's (儿媳大安镇政府0435-…, 家属工作单位大安镇人民政府 0435-… are a
/// person's).
fn government_label_before(text: &str, head: &str) -> bool {
    head.ends_with("政府")
        && text[head.len()..].trim_start_matches([' ', '\u{3000}']).starts_with(['：', ':'])
        && head.chars().rev().take_while(|&c| super::is_han(c)).count() <= 10
}

/// The run of Han characters `head` ends with, at most `n` of them (an office's name before its number).
fn han_tail(head: &str, n: usize) -> String {
    let mut r: Vec<char> = head.chars().rev().take_while(|&c| super::is_han(c)).take(n).collect();
    r.reverse();
    r.into_iter().collect()
}

/// Whether `head` ends with a section of a government office (拱墅区民政局养老服务科, 徐汇区民政局老龄科): the office's
/// word, then a few characters ending in a section's.
fn office_section_before(head: &str) -> bool {
    // (联系科室：县住建局村镇建设股 0394-…, 墨玉县住房和城乡建设局村镇股 0903-…, set AZ2.)
    const OFFICES: [&str; 12] = [
        "民政局",
        "民政所",
        "民政办",
        "残联",
        "政府",
        "街道办",
        "办事处",
        "医保局",
        "人社局",
        "住建局",
        "建设局",
        "乡村振兴局",
    ];
    let run = han_tail(head, 16);
    // (The section's own name: three to six characters, three bytes each; 民政局王科 is a person.)
    let section = |o: &str| run.rfind(o).is_some_and(|p| (9..=18).contains(&(run.len() - p - o.len())));
    (run.ends_with(['科', '股', '处', '室', '办', '站']) || run.ends_with("中心")) && OFFICES.iter().any(|o| section(o))
}

/// The start of the number before `at` when only a list's separators and labels stand between: brackets of a
/// few characters without digits, and labels ending in a place's or an office's suffix (…64072315（东城）
/// 010-83975526, 江岸区 027-82310756，江汉区 027-85801642, 021-65037218、021-52564033).
fn previous_in_list(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    let mut chars = head.char_indices().rev();
    let mut label = String::new();
    let flush = |label: &mut String| {
        let ok = label.is_empty() || office_label(label);
        label.clear();
        ok
    };
    while let Some((i, c)) = chars.next() {
        match c {
            '）' | ')' => {
                if !flush(&mut label) {
                    return None;
                }
                let inside: Vec<char> = chars.by_ref().map(|(_, c)| c).take_while(|&c| c != '（' && c != '(').collect();
                // (（王芳家）, （户主）: a home's or a person's label ends the list; （普宁市残疾人联合会） and
                // （大安镇人民政府） are offices. The bracket was read backwards.)
                let office: String = inside
                    .iter()
                    .rev()
                    .collect::<String>()
                    .replace("残疾人联", "残联")
                    .replace("人民", "")
                    .replace("人社局", "局");
                if inside.len() > 12
                    || inside.iter().any(|&c| digit_of(c).is_some() || !super::is_han(c))
                    || office.contains(['家', '户', '宅', '人'])
                {
                    return None;
                }
            }
            ' ' | '\u{3000}' | '、' | '，' | ',' | '；' | ';' | '/' | '：' | ':' => {
                if !flush(&mut label) {
                    return None;
                }
            }
            c if super::is_han(c) => label.insert(0, c),
            c if digit_of(c).is_some() => {
                if !flush(&mut label) {
                    return None;
                }
                let run = head[..i + c.len_utf8()]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, d)| digit_of(d).is_some() || d == '-' || d == '－')
                    .last();
                return run.map(|(s, _)| s);
            }
            _ => return None,
        }
    }
    None
}

/// Whether someone is named between the last 拨打 or 致电 and the number that ends `head` (如有疑问请致电其子…,
/// …致电王建国…): then the number is theirs, not the office's. An office may stand there (致电县民政局0834-…).
fn person_after_call(head: &str) -> bool {
    let Some(k) = ["拨打", "致电"].iter().filter_map(|w| head.rfind(w).map(|k| k + w.len())).max() else {
        return false;
    };
    let between = head[k..].trim_matches(|c: char| matches!(c, '：' | ':' | ' ' | '\u{3000}'));
    !between.is_empty() && !office_label(between)
}

/// Whether a hotline's label comes right after the number that opens `rest`, past spaces or a comma only
/// (0827-7222316　监督电话：…): the line of a footer that lists the office's numbers.
fn hotline_next(rest: &str) -> bool {
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ',' | '；' | ';' | '、'));
    HOTLINES.iter().any(|h| after.starts_with(h))
}

/// Whether a landline at `at` is an office's own number (村委会电话：0435-6329735).
fn is_office_context(text: &str, at: usize) -> bool {
    keyword_before(text, at, &OFFICE_WORDS)
        // (联系电话：0827-7222316　监督电话：0827-7225678: a footer's line of the office's numbers, its contact line
        // first, set BX1.)
        || (text.trim_start().starts_with("联系电话")
            && keyword_before(text, at, &["联系电话"])
            && hotline_next(&text[at..]))
        // (联系电话 | 村部0435-5271297: the village office's own line, its name alone before it, set AX3.)
        || bare_office_before(&text[..at])
        // 如有异议，请于公示期内拨打0834-7613605反映: the notice's objection line, in any wording.
        // (如有疑问请致电022-27358591: the office's line for questions, set AS3.)
        || (near(text, at, &["拨打", "致电"], 8)
            && near(text, at, &["异议", "如有疑问", "若有疑问"], 24)
            && !person_after_call(&text[..at]))
        // (公示期内如有异议，请向墨玉县民政局反映，电话0903-…: the same line with where to object first.)
        || (near(text, at, &["电话"], 4) && near(text, at, &["反映"], 8) && near(text, at, &["异议"], 32))
        // (如有异议，请与学校学生资助办联系，联系电话：0739-…, set AP3; not 无异议，户主联系电话….)
        || (near(text, at, &["电话"], 6) && near(text, at, &["联系"], 12) && near(text, at, &["如有异议", "若有异议"], 32))
        || cadre_line(text, at)
        || office_phone_label(&text[..at])
        || institution_heading_bracket(text, at)
        || institution_address_bracket(text, at)
        || office_address_line(text, at)
}

/// 霞浦街道社会事务办公室地址：北仑区霞浦街道昆仑山路116号，电话0574-…, 文游社区居民委员会（地址：…66号　电话：…）:
/// a footer that opens with an office's name, then its street address and its phone's label (sets BT1, BT3, BT6).
/// Only a street's number stands between: a home, a room or a person there makes the number theirs.
fn office_address_line(text: &str, at: usize) -> bool {
    const LABELS: [&str; 5] = ["服务电话", "联系电话", "办公电话", "咨询电话", "电话"];
    const PUBLIC: [&str; 9] = ["局", "民政", "政府", "街道", "社区", "村委", "居委", "工会", "社会事务"];
    let head = text[..at].trim_end_matches(['：', ':', ' ', '\u{3000}']);
    let Some(rest) = LABELS.iter().find_map(|w| head.strip_suffix(w)) else { return false };
    let rest = rest.trim_end_matches(['，', ',', '；', ';', ' ', '\u{3000}']);
    let Some((office, address)) = rest.split_once("地址") else { return false };
    let office = office.trim_matches([' ', '\u{3000}']).trim_end_matches(['（', '(']);
    let address = address.trim_start_matches(['：', ':']);
    let street = street_number(address, 30) && !address.contains(['，', ',', '；', ';', ' ', '\u{3000}', '（', '(']);
    let last = office.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    (4..=20).contains(&office.chars().count())
        && office.chars().all(super::is_han)
        && (office_label(&office[last..]) || office.ends_with("中心"))
        && PUBLIC.iter().any(|w| office.contains(w))
        && !names_someone(office.trim_end_matches("居民委员会"))
        && street
}

/// 民族路66号, 中南路12号: a street and its number alone, `most` characters at most, with no word of a home, a
/// room, a village's group or a person (家, 住, 户, 人, 室, 单元, 栋, 幢, 楼, 组) that would make it someone's address.
pub(crate) fn street_number(p: &str, most: usize) -> bool {
    p.chars().count() <= most
        && p.ends_with('号')
        && p.contains(['路', '街', '巷', '道'])
        && !["家", "住", "户", "人", "室", "单元", "栋", "幢", "楼", "组"].iter().any(|w| p.contains(w))
}

/// 现在昌吉市社会福利中心（昌吉市延安北路88号，电话0994-2345601）托养: an institution named by its place, then in a
/// bracket its street address and its phone's label (set BK3). Only a street's number stands before the label: a
/// home (家, 住, 户), a room or a person there makes the number theirs.
fn institution_address_bracket(text: &str, at: usize) -> bool {
    const HOMES: [&str; 8] =
        ["社会福利中心", "福利中心", "福利院", "敬老院", "养老院", "救助站", "救助管理站", "光荣院"];
    let head = &text[..at];
    let Some(open) = head.rfind(['（', '(']) else { return false };
    let inside = &head[open + head[open..].chars().next().map_or(0, char::len_utf8)..];
    let owner = &head[..open];
    let Some(home) = HOMES.iter().find(|w| owner.ends_with(*w)) else { return false };
    let place = &owner[..owner.len() - home.len()];
    let place_led = ["省", "市", "县", "区", "旗", "镇", "乡"].iter().any(|w| place.ends_with(w));
    let mut parts: Vec<&str> =
        inside.split(['，', ',', '；', ';', ' ', '\u{3000}']).filter(|p| !p.is_empty()).collect();
    let Some(label) = parts.pop() else { return false };
    let street = |p: &str| street_number(p, 20);
    place_led
        && ["电话", "联系电话", "办公电话", "值班电话"].contains(&label.trim_end_matches(['：', ':']))
        && !parts.is_empty()
        && parts.iter().all(|p| street(p))
}

/// 一、梅河口市社会福利中心（核定床位150张，在院60人，联系电话：0435-4231570）: a section's heading, an institution's
/// name and a bracket of its counts and its phone (set AZ5). Only counts and the phone's label stand in the bracket
/// before the number: a person named there (（院长王芳，电话…）) makes it theirs.
fn institution_heading_bracket(text: &str, at: usize) -> bool {
    let item = super::name::enumeration_prefix(text);
    let rest = &text[item..];
    let Some(open) = rest.find(['（', '(']) else { return false };
    let name = &rest[..open];
    let inside_start = item + open + rest[open..].chars().next().map_or(0, char::len_utf8);
    if at < inside_start || text[inside_start..at].contains(['）', ')']) {
        return false;
    }
    let count = |p: &str| {
        p.chars().any(|c| c.is_ascii_digit())
            && p.ends_with(['张', '人', '户', '床', '名', '间'])
            && p.chars().filter(|c| super::is_han(*c)).count() <= 6
    };
    let label = |p: &str| ["联系电话", "电话", "办公电话", "值班电话"].contains(&p.trim_end_matches(['：', ':', ' ']));
    // (The institution named by its place, 梅河口市社会福利中心: 李秀兰养老院 or 王建国之家 may name a person.)
    let place_led = name.char_indices().any(|(k, c)| k > 0 && "省市县区旗镇乡".contains(c) && k + 3 < name.len());
    (4..=20).contains(&name.chars().count())
        && name.chars().all(super::is_han)
        && super::name::bare_institution(name)
        && place_led
        && text[inside_start..at].split(['，', ',', '；', ';']).all(|p| count(p) || label(p))
}

/// Whether `head` is a village's or a community's office alone, a colon or a space at most after it (村部, 村委会：).
/// (钢铁社区 0435-3625118, 新兴村村委会：…: or that office named by its place, two to six characters that say no
/// more, set AY5; 家住胜利社区 0435-… is a home's line.)
fn bare_office_before(head: &str) -> bool {
    const OFFICES: [&str; 6] = ["村部", "村委会", "村委", "居委会", "社区居委会", "党群服务中心"];
    const NAMED: [&str; 5] = ["社区", "村委会", "居委会", "村部", "办事处"];
    let h = head.trim_end_matches([':', '：', ' ', '\u{3000}']);
    let opens = |b: &str| b.trim_end().is_empty() || b.ends_with(['，', ',', '；', ';', '/', '、', '\n']);
    OFFICES.iter().any(|w| h.strip_suffix(w).is_some_and(opens))
        || NAMED.iter().any(|w| {
            h.strip_suffix(w).is_some_and(|b| {
                let place = b.trim_start_matches(|c: char| !super::is_han(c));
                let n = place.chars().count();
                (2..=6).contains(&n)
                    && place.chars().all(|c| super::is_han(c) && !"住家在居于到的之其我他她".contains(c))
                    && opens(&b[..b.len() - place.len()])
            })
        })
}

/// 曹县民政局社会救助股联系电话：0530-…, 向城镇民政办联系电话：…: the phone that an office's name (its last eight
/// characters, as [`office_label`] reads them) labels. The label must also hold a word of government (民政,
/// 局, 政府 …): a person's name that ends like an office (其子刘科, 张建院) labels that person's own number.
fn office_phone_label(head: &str) -> bool {
    // (核对中心电话: a check centre's own line, set ZX; 核对 alone is a verb: 经核对其子张建院电话.)
    // (服务站电话：0539-2548596: a veterans' service station's line in a sheet's heading, set AR4.)
    // (经办单位：快大茂镇社会事务办公室　　联系电话：0435-…: a township's civil-affairs office, set AZ4.)
    const GOVERNMENT: [&str; 13] = [
        "局",
        "民政",
        "政府",
        "街道",
        "社区",
        "村委",
        "居委",
        "残联",
        "福利",
        "救助",
        "核对中心",
        "服务站",
        "社会事务",
    ];
    let head = head.trim_end_matches(['：', ':', ' ', '\u{3000}']);
    let Some(label) = head.strip_suffix("联系电话").or_else(|| head.strip_suffix("电话")) else { return false };
    // (观音桥街道社会事务办   电话：…, 田林县民政局　联合审核　2026年3月10日　联系电话：…: a footer's office,
    // spaced apart from its label, maybe with the date and the act it signs between, set J3 and J2.)
    let spaced = |c: char| c == ' ' || c == '\u{3000}';
    // (详询兴仁镇民政所，电话…, 台江县残疾人联合会  联系电话：…: a comma apart, or a 残疾人联合会, only when all
    // the text before is the office, maybe after a word asking to call it. 由村委会黄文海送至救助站，电话… and
    // 户主之女李娟县残疾人联合会电话… are about a person.)
    // (如有疑问请联系旗民政局儿童福利股，电话…: a bureau's section, after the question that sends the reader there.)
    let whole_office = |text: &str| {
        // (5. 如有疑问…: an item's number in a form's notes.)
        let text = text
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '．' | '、'))
            .trim_matches(|c: char| c == ' ' || c == '\u{3000}');
        let question = ["如有疑问", "如有异议"].iter().find_map(|w| text.strip_prefix(w));
        let text = question.map_or(text, |t| t.trim_start_matches(['，', ',']));
        let office = ASK_WORDS.iter().find_map(|w| text.strip_prefix(w)).unwrap_or(text);
        // (The bureau's place a level's word alone, 旗民政局, 县民政局: 王芳县民政局低保股 may be a person's, but
        // not after the notice's question, 如有疑问请咨询普陀区民政局社会救助科; the section a known one, so that no
        // name ends it: 救助股李科.)
        let section = office.split_once("民政局").is_some_and(|(place, sec)| {
            (["", "县", "市", "区", "旗", "州", "盟"].contains(&place)
                || (question.is_some()
                    && office != text
                    && office_alone(&office[..place.len() + "民政局".len()], &WHOLE_OFFICES)))
                && SECTIONS.iter().any(|w| sec.ends_with(w))
                && sec.chars().count() <= 8
                && sec.chars().all(super::is_han)
        });
        office.chars().count() <= 12 && (office_alone(office, &WHOLE_OFFICES) || section)
    };
    if let Some(before) = label.strip_suffix(['，', ',']) {
        return whole_office(before);
    }
    if label.trim_end_matches(spaced).ends_with("残疾人联合会") {
        return whole_office(label);
    }
    let mut label = label;
    if label.ends_with(spaced) {
        label = label.trim_end_matches(spaced);
        while let Some((rest, last)) = label.rsplit_once(spaced)
            && (last.ends_with("审核") || last.ends_with("盖章）") || date_segment(last))
        {
            label = rest.trim_end_matches(spaced);
        }
    }
    // (住址：…光隆村村委会 电话：…, 其子在县民政局 电话：…: where someone lives or is, as `office_name_before`.)
    let clause = label.rsplit(['，', ',', '。', '；', ';', '：', ':']).next().unwrap_or(label);
    if clause.contains(['住', '在']) || label.contains("住址") {
        return false;
    }
    let start = label.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    // (龙泉街道社会事务办公室　联系电话：, set AW1: the word of government may lie before the last eight
    // characters, in the same clause, which is the office's name alone.)
    let whole = clause.chars().count() <= 14 && clause.chars().all(super::is_han);
    let government = |l: &str| GOVERNMENT.iter().any(|w| l.contains(w));
    let label = &label[start..];
    (office_label(label) || label.ends_with("委会")) && (government(label) || (whole && government(clause)))
}

/// Whether `head` ends in a phone's word alone (联系电话：, 电话), with nothing before it in its clause but a staff
/// label and its blank (经办人：　　联系电话：): no one's name or kin word labels the number.
fn bare_phone_label(head: &str) -> bool {
    let blank = |c: char| matches!(c, ' ' | '\u{3000}' | '：' | ':');
    let head = head.trim_end_matches(blank);
    let Some(rest) = ["联系电话", "办公电话", "电话"].iter().find_map(|w| head.strip_suffix(w)) else {
        return false;
    };
    let rest = rest.trim_end_matches(blank);
    let clause = rest.rsplit(['，', ',', '。', '；', ';', '\n']).next().unwrap_or(rest);
    clause.is_empty() || ["经办人", "制表人", "填表人", "联系人"].iter().any(|w| clause.trim_start() == *w)
}

/// 联系电话：0435-8232158（县民政局社会救助股）: a landline with the office it belongs to in brackets right after
/// it, the office's name alone (set AW5).
pub(crate) fn office_in_brackets(after: &str) -> bool {
    let Some(inner) = after.strip_prefix(['（', '(']) else { return false };
    let Some(close) = inner.find(['）', ')']) else { return false };
    let office = &inner[..close];
    (4..=14).contains(&office.chars().count())
        && office.chars().all(super::is_han)
        && (office_alone(office, &WHOLE_OFFICES)
            || office.split_once("民政局").is_some_and(|(place, sec)| {
                ["", "县", "市", "区", "旗", "州", "盟"].contains(&place) && SECTIONS.iter().any(|w| sec.ends_with(w))
            }))
}

/// Words asking the reader to call an office, before its name (详询兴仁镇民政所，电话…).
const ASK_WORDS: [&str; 7] = ["详询", "咨询", "请联系", "联系", "可咨询", "请咨询", "询问"];

/// Sections of a civil-affairs bureau whose line a comma may part from their name (see `office_phone_label`).
const SECTIONS: [&str; 14] = [
    "福利股",
    "救助股",
    "低保股",
    "优抚股",
    "事务股",
    "养老股",
    "老龄股",
    "福利科",
    "救助科",
    "低保科",
    "优抚科",
    "事务科",
    "养老科",
    "办公室",
];

/// Offices whose line a comma or a footer's spaces may part from their name (see `office_phone_label`).
const WHOLE_OFFICES: [&str; 20] = [
    // (联系电话：0435-7212345（县乡村振兴局）, set AZ1.)
    "乡村振兴局",
    "住建局",
    "住房和城乡建设局",
    "教育局",
    "人社局",
    "医保局",
    "卫健局",
    "财政局",
    "民政所",
    "民政局",
    "民政办",
    "人民政府",
    "残疾人联合会",
    "残联",
    "社会救助股",
    "街道办事处",
    "社会事务办",
    "便民服务中心",
    // (联系电话：0751-8123456（工会办公室）: a works union's office, set BT1.)
    "工会办公室",
    "总工会",
];

/// 2026年3月10日, 2026-03-10: a date standing alone between spaces.
fn date_segment(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '-' | '.' | '/'))
}

/// Officials who sign a roster's check (经办人：罗洪木果，电话0873-5622871): a landline given after one's name is
/// the office's line. (A mobile there is the official's own: only landlines come here.)
const CADRE_WORDS: [&str; 12] = [
    "经办人",
    "审核人",
    "复核人",
    "审批人",
    "核查人",
    "调查人",
    "初审人",
    "审查人",
    "承办人",
    "经手人",
    "填报人",
    "民政专干",
];

/// Whether the number at `at` follows 电话 after an official's role and name: 经办人：周琼香，电话0898-66538102,
/// 填报人：胡家东　联系电话：0972-8392442, 经办人：措毛（0972-4814001）.
/// Only one full landline (area code, dash, ASCII digits) and nothing after it but the clause's end: a second
/// number, a local number or a transfer (转王建国) may be someone's own.
fn cadre_line(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let number = &rest[..rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'-').count()];
    let tail = &rest[number.len()..];
    let full_landline = number.starts_with('0')
        && number.matches('-').count() == 1
        && (10..=13).contains(&number.len())
        && tail
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '）' | ')') || c.is_whitespace())
        && !tail.trim_start_matches(['，', ',', '、', ' ', '/']).starts_with(|c: char| c.is_ascii_digit());
    if !full_landline {
        return false;
    }
    let b = before(text, at, 20);
    // (经办人：措毛（0972-4814001）: the number in brackets right after the name.)
    let bracketed = b.strip_suffix(['（', '(']).filter(|_| tail.starts_with(['）', ')']));
    let Some(label) = bracketed.or_else(|| {
        ["办公电话", "联系电话", "电话"].iter().find_map(|w| b.trim_end_matches(['：', ':']).strip_suffix(w))
    }) else {
        return false;
    };
    // (Given names hold 妹, 弟, 子 …: only kin and household words, and the length, rule a relative out.)
    const KIN: [&str; 18] = [
        "之", "其", "户主", "本人", "家属", "妻", "丈夫", "儿子", "女儿", "父亲", "母亲", "爱人", "哥", "姐", "嫂",
        "媳", "亲属", "邻居",
    ];
    CADRE_WORDS.iter().any(|w| {
        super::rfind_word(label, w).is_some_and(|p| {
            // (被调查人 is the one investigated; 经办人联系王强（…）: in brackets, the name follows the role's colon.)
            let own =
                !label[..p].ends_with('被') && (bracketed.is_none() || label[p + w.len()..].starts_with(['：', ':']));
            // Only the official's name between the role and 电话: two to four characters, a masked one (周**:
            // `verify` reads the output) or a dotted one, and no kin or household word (周琼香之妻, 户主本人,
            // 王建国家属).
            let name = label[p + w.len()..]
                .trim_start_matches(['：', ':', ' ', '\u{3000}'])
                .trim_end_matches(['，', ',', ' ', '\u{3000}']);
            let dots = crate::mask::NAME_DOTS;
            own && (2..=4).contains(&name.chars().filter(|&c| !dots.contains(c)).count())
                && name.chars().next().is_some_and(super::is_han)
                && name.chars().all(|c| super::is_han(c) || c == '*' || dots.contains(c))
                && !KIN.iter().any(|k| name.contains(k))
                // (王芳家: the household's line, not the official's; 胡家东 has 家 inside.)
                && !name.ends_with('家')
        })
    })
}

fn keyword_before(text: &str, at: usize, words: &[&str]) -> bool {
    let b = before(text, at, 8);
    // Every keyword holds 话, 线, 打, 电, 系, 询, 报, 机, 码, 诉 or an l (座机, 号码, tel, 投诉): most texts are
    // settled here.
    if !b.contains(['话', '线', '打', '电', '系', '询', '报', '机', '码', '诉', 'l', 'L']) {
        return false;
    }
    words.iter().any(|w| {
        super::rfind_word(b, w).is_some_and(|p| {
            // Only separators, colons and other public numbers between the keyword and the number.
            b[p + w.len()..].chars().all(|c| {
                matches!(c, '：' | ':' | ' ' | '\u{3000}' | '为' | '是' | '，' | ',' | '、' | '/' | '-')
                    || digit_of(c).is_some()
            })
        })
    })
}

/// Groups read as one account (0743 9931 1101 881): 14+ digits in groups of 3-6, or account-like digits in an
/// account column or after 卡号/账号/存折.
fn grouped_account(text: &str, groups: &[Group], ctx: Context) -> Option<Vec<u8>> {
    let all = concat(groups)?;
    let keyword = || ctx.account_column || groups.first().is_some_and(|g| near(text, g.start, &ACCOUNT_WORDS, 10));
    let ok = !all.contains(&b'X')
        && ((all.len() >= 14 && groups.iter().all(|g| (3..=6).contains(&g.digits.len())))
            || (keyword() && bank::is_account_like(&all)));
    ok.then_some(all)
}

/// Whether the first three groups are a mobile number written 3-4-4 (159-8074-1394, 195 3242 7664).
fn spaced_mobile(groups: &[Group]) -> bool {
    groups.len() >= 3
        && groups[..3].iter().map(|g| g.digits.len()).eq([3, 4, 4])
        && concat(&groups[..3]).is_some_and(|d| matches!(classify(&d), Some((Kind::Phone, _))))
}

fn concat(groups: &[Group]) -> Option<Vec<u8>> {
    let mut d = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        if g.x && k + 1 != groups.len() {
            return None;
        }
        d.extend_from_slice(&g.digits);
        if g.x {
            d.push(b'X');
        }
    }
    Some(d)
}

fn adjacent_alpha(text: &str, start: usize, end: usize) -> bool {
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    prev.is_some_and(|c| c.is_ascii_alphabetic()) || next.is_some_and(|c| c.is_ascii_alphabetic())
}

/// Length of a landline's area code (0 for anything else).
fn area_of(kind: Kind, d: &[u8]) -> usize {
    if kind == Kind::Phone { phone::landline_area_len(d).unwrap_or(0) } else { 0 }
}

/// Records a recognised number unless it is public: a service number (`Kind::Other`) or a phone right after
/// 监督电话 and the like.
fn push_unless_public(
    out: &mut Vec<Finding>,
    text: &str,
    (start, end): (usize, usize),
    kind: Kind,
    status: Status,
    d: Vec<u8>,
    (area, phone_column): (usize, bool),
) {
    // (In a phone column, an institution's number is told by the rows that share it, `Masker::institution_phone`:
    // the office-name and list rules serve running text.)
    let public = kind == Kind::Other
        || (kind == Kind::Phone
            && if phone_column {
                is_public_context(text, start) || (area > 0 && is_office_context(text, start))
            } else {
                public_phone_at(text, start, area > 0)
            })
        || (kind == Kind::IdCard && status != Status::Valid && is_code_context(text, start));
    if !public {
        out.push(Finding::digits(start, end, kind, status, d, area));
    }
}

/// Finds every digit-based identifier in `text`. Public numbers (400/800, after 监督电话 …) are skipped.
pub fn find(text: &str, ctx: Context) -> Vec<Finding> {
    let mut out = Vec::new();
    // Every identifier has at least 7 digits (a local phone number): most cells are rejected here.
    let ascii = text.bytes().filter(u8::is_ascii_digit).count();
    let enough = ascii >= 7
        || (text.len() > ascii
            && ascii + text.chars().filter(|&c| ('\u{FF10}'..='\u{FF19}').contains(&c)).count() >= 7);
    if !enough {
        // (香港身份证K678786(A), 边民证GT315021: a document's number may have six digits only.)
        if ascii == 6 && text.bytes().any(|b| b.is_ascii_uppercase()) {
            foreign_documents(text, &mut out);
        }
        return out;
    }
    // The common whole cell of an identifier column: one plain group of ASCII digits that is a phone, ID or
    // card as it stands. `runs` would find the same single group; this skips building it.
    if ascii == text.len()
        && let Some((kind, status)) = classify(text.as_bytes())
    {
        let d = text.as_bytes().to_vec();
        let area = area_of(kind, &d);
        push_unless_public(&mut out, text, (0, text.len()), kind, status, d, (area, ctx.phone_column));
        return out;
    }
    if !long_run(text) {
        // (边民证号12/MKN(N)627313: a Myanmar card's six digits, after its state's number.)
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            foreign_documents(text, &mut out);
        }
        partly_masked_ids(text, &mut out);
        return out;
    }
    for run in runs(text).into_iter().flat_map(without_dates) {
        let n = run.len();
        let mut i = 0;
        while i < n {
            let mut hit: Option<(usize, Kind, Status, Vec<u8>, usize)> = None;
            // A number written in groups that is no identifier as a whole (0753 4716 6624 4695 in an account
            // column) is one account, not a landline in its first groups plus readable rest.
            // (Unless it starts with a mobile in 3-4-4 groups: 195 3242 7664 159-8074-1394 is two phones.)
            if n - i >= 3
                && !spaced_mobile(&run[i..])
                && let Some(all) = grouped_account(text, &run[i..n], ctx)
                && classify(&all).is_none()
            {
                out.push(Finding::digits(run[i].start, run[n - 1].end, Kind::BankAccount, Status::Failed, all, 0));
                break;
            }
            // Landline written with separators: area code, local number, optional extension.
            if i + 1 < n && phone::is_area_code(&run[i].digits) && !run[i].x && phone::is_local(&run[i + 1].digits) {
                let mut j = i + 2;
                if j < n
                    && run[j].digits.len() <= 5
                    && !run[j].x
                    && run[j].sep.is_some_and(|s| !matches!(s, ' ' | '\n'))
                {
                    j += 1;
                }
                let mut d = run[i].digits.clone();
                d.extend_from_slice(&run[i + 1].digits);
                hit = Some((j, Kind::Phone, Status::Valid, d, run[i].digits.len()));
            }
            if hit.is_none() {
                // A group that is a whole phone or ID by itself is never the head of a longer number: in
                // 13405529063 0431-85222105 the mobile and the landline would read as a 15-digit old ID.
                let whole = run[i].digits.len() >= 11 && classify(&run[i].digits).is_some();
                // The same for a mobile in 3-4-4 groups: 159-4287-7122 0435-4663352 read on as a 15-digit ID.
                // (Except an ID and the two digits of a disability certificate's category and grade written
                // apart: 220302196510283651 21.)
                let disability = |k: usize| {
                    run.get(k + 1).is_some_and(|g| g.digits.len() == 2)
                        && concat(&run[k..k + 2])
                            .and_then(|d| classify(&d))
                            .is_some_and(|(k, _)| k == Kind::DisabilityCert)
                };
                let last = if whole {
                    if disability(i) { i + 2 } else { i + 1 }
                } else if spaced_mobile(&run[i..]) {
                    i + 3
                } else {
                    n.min(i + 6)
                };
                for j in (i + 1..=last).rev() {
                    let Some(d) = concat(&run[i..j]) else {
                        continue;
                    };
                    if let Some((k, st)) = classify(&d) {
                        let area = area_of(k, &d);
                        hit = Some((j, k, st, d, area));
                        break;
                    }
                    if phone::is_service_number(&d) {
                        hit = Some((j, Kind::Other, Status::Valid, d, 0));
                        break;
                    }
                }
            }
            // 一卡通144182200908237: fifteen digits right after an account's word are that account, not an old ID
            // (whose 6+4 kept would leave ten of the account's digits readable).
            let hit = hit.map(|(j, kind, status, d, area)| {
                if kind == Kind::IdCard && d.len() == 15 && near(text, run[i].start, &ACCOUNT_WORDS, 10) {
                    (j, Kind::BankAccount, Status::Failed, d, area)
                } else {
                    (j, kind, status, d, area)
                }
            });
            // (低保证编号：HD-653101-20240228-7381: an ID's shape in dashed groups that fails its checksum, right
            // after a code's Latin letters and a dash, is a document's number. A valid ID there is still someone's,
            // and so is one after a letter or a word for an ID card: SFZ220502…, NO-220502…, ID-….)
            const ID_WORDS: [&str; 6] = ["ID", "SFZ", "SFZH", "NO", "GA", "CN"];
            if let Some((j, kind, status, ..)) = &hit
                && *kind == Kind::IdCard
                && *status == Status::Failed
                && *j >= i + 3
                && run[i + 1..*j].iter().all(|g| g.sep == Some('-'))
                && text[..run[i].start].strip_suffix('-').is_some_and(|head| {
                    let letters = head.len() - head.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
                    letters >= 2 && !ID_WORDS.iter().any(|w| head.ends_with(w))
                })
            {
                i = *j;
                continue;
            }
            if let Some((j, kind, status, d, area)) = hit {
                push_unless_public(
                    &mut out,
                    text,
                    (run[i].start, run[j - 1].end),
                    kind,
                    status,
                    d,
                    (area, ctx.phone_column),
                );
                i = j;
                continue;
            }
            // 联系电话010-9157-7206 (a Korean mobile), 电话：010-91577206: a whole run in groups right after a
            // phone's word that no rule above reads is a phone all the same: fail closed.
            // (Not after a country's code, 电话(852)9564 4907 or +82 10…: read below as a foreign phone.)
            if i == 0 && n >= 2 && run.iter().all(|g| !g.x) && !text[..run[0].start].ends_with([')', '）', '+', '＋'])
            {
                let all: Vec<u8> = run.iter().flat_map(|g| g.digits.iter().copied()).collect();
                if (7..=13).contains(&all.len())
                    && near(text, run[0].start, &PHONE_WORDS, 8)
                    && !is_public_context(text, run[0].start)
                    && !is_office_context(text, run[0].start)
                {
                    out.push(Finding::digits(run[0].start, run[n - 1].end, Kind::Phone, Status::Failed, all, 0));
                    break;
                }
            }
            // Fallback on the rest of the run as written in groups (0743 9931 1101 881): an account.
            if n - i >= 2
                && let Some(all) = grouped_account(text, &run[i..n], ctx)
            {
                out.push(Finding::digits(run[i].start, run[n - 1].end, Kind::BankAccount, Status::Failed, all, 0));
                break;
            }
            // Fallbacks on a single group: fail closed on long numbers.
            let g = &run[i];
            let d = &g.digits;
            // (The keywords are looked for only for a group that could be an account or a local number.)
            let keyword_account = || ctx.account_column || near(text, g.start, &ACCOUNT_WORDS, 10);
            // 电话：+8619102741537 或 2678200: a local number joined to a phone just found is a phone too.
            let after_phone = out.last().is_some_and(|f: &Finding| {
                f.kind == Kind::Phone
                    && f.end <= g.start
                    && text[f.end..g.start]
                        .chars()
                        .all(|c| c.is_whitespace() || super::one_of(super::chars!(JOINERS), c))
            });
            let keyword_phone = || ctx.phone_column || after_phone || near(text, g.start, &PHONE_WORDS, 8);
            // An organisation's code after its label (统一社会信用代码) is public.
            // (…代码：11431129954255506X: its last character may be the X a group ends in, when it is the code's
            // check character; 22052119651308120X is an ID with a typo.)
            let x_code = || d.len() == 17 && g.x && is_labelled_org_code(&text[g.start..g.end]);
            let org_code = (d.len() == 18 || x_code()) && is_code_context(text, g.start);
            // (医保卡号H230481866628: one capital letter before the number of a card named right before it is part
            // of the card's number, which is personal.)
            let lettered_card = d.len() >= 8
                && text[..g.start].chars().next_back().is_some_and(|c| c.is_ascii_uppercase())
                && !text[g.end..].chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && near(text, g.start, &["卡号", "医保", "社保", "保险号", "参保号"], 8)
                && !text[..g.start - 1].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
            if lettered_card {
                out.push(Finding::digits(g.start - 1, g.end, Kind::BankAccount, Status::Failed, d.clone(), 0));
            } else if !adjacent_alpha(text, g.start, g.end) && !org_code {
                // (社保卡号751662583: a social security card's own number has eight or nine digits.)
                // (Not an amount or a date: 社保卡补贴12345678元, 社保卡于20260115激活.)
                let date = d.len() == 8 && (d.starts_with(b"19") || d.starts_with(b"20")) && d[4] <= b'1';
                let social_card = (8..=9).contains(&d.len())
                    && d.iter().all(u8::is_ascii_digit)
                    && !date
                    && !text[g.end..].starts_with(['元', '万', '年', '月', '日', '号', '.'])
                    && near(text, g.start, &["社保卡", "医保卡", "社会保障卡"], 8);
                // (户口簿户号038286175: a household register's number, nine digits, after its label.)
                let register_no = (8..=10).contains(&d.len())
                    && d.iter().all(u8::is_ascii_digit)
                    && !date
                    && !text[g.end..].starts_with(['元', '万', '年', '月', '日', '号', '.', '人', '口'])
                    && near(text, g.start, &["户口簿", "户口本", "户号", "户籍号", "户籍编号"], 8);
                if d.len() >= 14 || (bank::is_account_like(d) && keyword_account()) || social_card {
                    out.push(Finding::digits(g.start, g.end, Kind::BankAccount, Status::Failed, d.clone(), 0));
                } else if register_no {
                    out.push(Finding::digits(g.start, g.end, Kind::IdCard, Status::Failed, d.clone(), 0));
                } else if phone::is_local(d)
                    && keyword_phone()
                    && !is_public_context(text, g.start)
                    && !is_office_context(text, g.start)
                {
                    out.push(Finding::digits(g.start, g.end, Kind::Phone, Status::Valid, d.clone(), 0));
                } else if (7..=13).contains(&d.len())
                    && d.iter().all(u8::is_ascii_digit)
                    && !phone::is_service_number(d)
                    && (labelled_phone(&text[..g.start]) || contact_named(&text[..g.start]))
                    && !text[g.end..].starts_with(['元', '万', '年', '月', '日', '号', '.'])
                    && !is_public_context(text, g.start)
                    && !is_office_context(text, g.start)
                {
                    // 缅方电话0943098485, 电话：123456789012: whatever number stands right after a phone's word is
                    // a phone, though no Chinese number has its shape (a Myanmar mobile): fail closed.
                    out.push(Finding::digits(g.start, g.end, Kind::Phone, Status::Failed, d.clone(), 0));
                }
            }
            i += 1;
        }
    }
    for f in out.iter_mut().filter(|f| f.kind == Kind::Phone && f.area_len > 0) {
        f.end += extension_len(&text[f.end..]);
    }
    // (Not a mobile: a cadre's own, whatever office the note names.)
    // (Nor a number a person's word or name labels: 郭岚云电话：…（县民政局社会救助股）, 户主之子电话：….)
    out.retain(|f| {
        !(f.kind == Kind::Phone
            && !phone::is_mobile(&f.digits)
            && bare_phone_label(&text[..f.start])
            && office_in_brackets(&text[f.end..]))
    });
    // (Found after the numbers above, and only where none of those overlaps: kept in text order.)
    let before = out.len();
    foreign_documents(text, &mut out);
    foreign_phones(text, &mut out);
    partly_masked_ids(text, &mut out);
    if out.len() > before {
        out.sort_by_key(|f| f.start);
    }
    out
}

/// Whether `head` ends with a phone's word, a colon or a space at most after it (电话：, 手机号 ).
fn labelled_phone(head: &str) -> bool {
    let head = head.trim_end_matches([':', '：', ' ', '\u{3000}']);
    ["电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "固话", "座机", "宅电"]
        .iter()
        .any(|w| head.ends_with(w))
}

/// Whether `head` ends with a contact's word and a name after it (联系人：郭岚云 , set AW2): the number after it
/// is that person's, whatever its shape (a Taiwan mobile, 0967342830).
fn contact_named(head: &str) -> bool {
    let head = head.trim_end_matches([' ', '\u{3000}']);
    let name = head.chars().rev().take_while(|&c| super::is_han(c) || c == '·').count();
    let Some(rest) = head.char_indices().rev().nth(name.saturating_sub(1)).map(|(i, _)| &head[..i]) else {
        return false;
    };
    (2..=4).contains(&name) && ["联系人"].iter().any(|w| rest.trim_end_matches([':', '：']).ends_with(w))
}

/// 卢卜宁+84 92 850 1461: a phone written with a foreign country's code (+84, +95, +856) and seven to eleven
/// digits after it, in groups or not. (+86 numbers are read above, as Chinese ones.)
fn foreign_phones(text: &str, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    // (缅甸手机号0095 9970454457, 越南号码0084942295713: the international prefix 00 stands for the +, set AF4.)
    // (Only after a phone's word or a foreign country's: 样本编号 001 002 003, 条码 0012345678905 are codes.)
    const ABROAD: [&str; 10] = ["越南", "缅甸", "老挝", "泰国", "韩国", "朝鲜", "俄罗斯", "国外", "境外", "外籍"];
    let zeros = text.match_indices("00").filter(|&(at, _)| {
        !text[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '+' || c == '＋' || c == '-')
            && text[at + 2..].starts_with(|c: char| c.is_ascii_digit() && c != '0')
            && (near(text, at, &PHONE_WORDS, 8) || near(text, at, &ABROAD, 12))
    });
    for (at, mark) in text.match_indices(['+', '＋']).chain(zeros) {
        let rest = &text[at..];
        let body = &rest[mark.len()..];
        let code: String = body.chars().take(3).take_while(|&c| c.is_ascii_digit()).collect();
        // (Hong Kong, Macau and Taiwan after 00 are read below.)
        if code.is_empty() || code.starts_with("86") || (mark == "00" && ["852", "853", "886"].contains(&code.as_str()))
        {
            continue;
        }
        // (+1 (718) 555-0193: an area code in brackets, set BQ5.)
        let (digits, end) = grouped_digits(body, true);
        let local = digits.len() - code.len().min(digits.len());
        let end = at + (rest.len() - body.len()) + end;
        if (7..=11).contains(&local) && !out.iter().chain(&found).any(|f: &Finding| f.start < end && at < f.end) {
            found.push(Finding::digits(at, end, Kind::Phone, Status::Failed, digits, 0));
        }
    }
    // (电话(852)9564 4907, 联系电话852-90553189: Hong Kong, Macau and Taiwan codes are written without the + too,
    // in brackets or before a dash or a space.)
    for code in ["852", "853", "886"] {
        for (at, _) in text.match_indices(code) {
            // (A bracket round the code alone, (852)9564 4907; not one round the whole number, 叶明（852-6295-4646）.)
            let open = text[..at].ends_with(['(', '（']) && text[at + code.len()..].starts_with([')', '）']);
            // (電話00886-9-5473-9972: the international prefix 00 before the code, set Z3.)
            let zeros = !open && text[..at].ends_with("00");
            let start = if open {
                at - text[..at].chars().next_back().map_or(0, char::len_utf8)
            } else if zeros {
                at - 2
            } else {
                at
            };
            if text[..start].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || c == '+' || c == '＋') {
                continue;
            }
            // Where the local number starts: after the closing bracket, or after one dash or space.
            let mut from = at + code.len();
            if open {
                from += text[from..].chars().next().map_or(0, char::len_utf8);
            }
            let Some(sep) = text[from..].chars().next().filter(|&c| open || matches!(c, '-' | '－' | ' ')) else {
                continue;
            };
            if !sep.is_ascii_digit() {
                from += sep.len_utf8();
            }
            let (digits, end) = grouped_digits(&text[from..], false);
            let end = from + end;
            let next_digit = text[end..].chars().next().and_then(digit_of).is_some();
            if (7..=9).contains(&digits.len())
                && !next_digit
                && !out.iter().chain(&found).any(|f: &Finding| f.start < end && start < f.end)
            {
                found.push(Finding::digits(start, end, Kind::Phone, Status::Failed, digits, 0));
            }
        }
    }
    out.extend(found);
}

/// Whether `s` is an organisation's unified social credit code (统一社会信用代码, GB 32100: 18 characters, its last a
/// check character) with a letter in its body or a check letter other than X (12220581412605890Q): an
/// institution's, public (a 福利院 as a child's guardian gives it in the guardian's ID column). A resident ID has no
/// letter but its last X, so it never reads as one.
pub fn is_org_code(s: &str) -> bool {
    let b = s.trim().as_bytes();
    // (22052319501203402W: an ID's seventeen digits, born 1950-12-03, and a mistyped check letter that the code's
    // sum happens to pass, one time in 31: still a person's ID.)
    let id_body = || {
        b[..17].iter().all(u8::is_ascii_digit)
            && super::id_card::birth_date(&[&b[..17], b"0"].concat()).is_some_and(|d| (1880..=2030).contains(&d.year))
    };
    b.len() == 18
        && (b[..17].iter().any(u8::is_ascii_uppercase) || (b[17].is_ascii_uppercase() && b[17] != b'X' && !id_body()))
        && org_code_sum(b)
}

/// Whether `s` is an organisation's code under a header that names one (机构统一社会信用代码 | 126542217142510551):
/// its check character right, digits alone allowed, and no resident ID (a person's ID under a wrong header goes).
/// (注册号 | 220581600085900: a firm's or a self-employed trader's fifteen-digit registration number, from before the
/// unified code, which no birth date in it makes an old ID, set AY6.)
/// (124210228542384117 under 统一社会信用代码: a code whose check character is mistyped keeps the code's shape, a
/// registering office's and an organisation type's characters and a region's six digits, set BN5. No resident ID
/// with a typo in it, and no UnionPay card, passes.)
pub fn is_labelled_org_code(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let registration = b.len() == 15 && b.iter().all(u8::is_ascii_digit);
    let shaped = || {
        b"123456789ANY".contains(&b[0])
            && b"12359".contains(&b[1])
            && b[2..8].iter().all(u8::is_ascii_digit)
            && b.iter().all(|c| b"0123456789ABCDEFGHJKLMNPQRTUWXY".contains(c))
            && !(b.starts_with(b"62") && super::bank::luhn(b))
            // (22052119651308120X: a birth year where an ID has it is an ID with a mistyped date, no code.)
            && !std::str::from_utf8(&b[6..10]).ok().and_then(|y| y.parse::<u16>().ok()).is_some_and(|y| (1880..=2030).contains(&y))
    };
    (b.len() == 18 && (org_code_sum(b) || shaped()) || registration)
        && super::id_card::check(b) == super::id_card::IdCheck::No
}

/// Whether `s` is a record's code under a header that names one (户编号 | 370283101001785232, 业务流水号 |
/// 2024030744727244, 行政区划代码 | 370126101205): digits alone that are no resident ID (a typo'd one included), no
/// disability certificate, no bank card and no phone. Anything that could be one of those stays masked.
pub fn is_labelled_record_code(s: &str) -> bool {
    record_code(s, false)
}

/// Whether `s` is a receipt's number after its series (冀财非税|0321611582): as `is_labelled_record_code`, but a
/// leading 0 opens no area code there.
pub fn is_series_number(s: &str) -> bool {
    record_code(s, true)
}

fn record_code(s: &str, zero_ok: bool) -> bool {
    // (20240312B2186301, a transfer's reference with a letter: read with the letters that look like digits as
    // those digits, for what it could be.)
    let mapped: Vec<u8> =
        s.trim().chars().map(|c| look_alike_digit(c).unwrap_or(if c.is_ascii() { c as u8 } else { b'?' })).collect();
    let b = &mapped[..];
    if !(7..=25).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let id = matches!(b.len(), 15 | 18) && super::id_card::check(b) != super::id_card::IdCheck::No;
    let cert = b.len() == 20 && super::id_card::check_disability(b) != super::id_card::IdCheck::No;
    let phone = super::phone::is_mobile(super::phone::strip_country(b)) || (b[0] == b'0' && !zero_ok);
    // (Nor any number of a card's length that opens like one or passes Luhn: 4367…, an 一折通 account 6228… typed
    // wrong.)
    let card_like = (16..=19).contains(&b.len()) && (b.starts_with(b"62") || b[0] == b'9' || super::bank::luhn(b));
    // (6205222024001007: a county's code, a year and a serial that fails Luhn is a code numbered by the office,
    // set BT5; one that passes could be a card and stays masked.)
    let office_serial = || {
        let year = std::str::from_utf8(&b[6..10]).ok().and_then(|y| y.parse::<u16>().ok());
        super::id_card::valid_province(u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
            && year.is_some_and(|y| (1990..=2035).contains(&y))
            && !super::bank::luhn(b)
    };
    !id && !cert && !phone && (!card_like || office_serial())
}

/// GB 32100's check character of an 18-character code.
fn org_code_sum(b: &[u8]) -> bool {
    const CHARS: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
    const WEIGHTS: [usize; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    let Some(values) = b.iter().map(|c| CHARS.iter().position(|x| x == c)).collect::<Option<Vec<usize>>>() else {
        return false;
    };
    let sum: usize = values[..17].iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
    values[17] == (31 - sum % 31) % 31
}

/// The digits opening `body` in groups (one space or dash between two groups) and the byte end of the last one.
/// With `brackets`, an area code's brackets count among the separators too (+1 (718) 555-0193): two separators
/// at most in a row then, and only one of them a bracket's.
fn grouped_digits(body: &str, brackets: bool) -> (Vec<u8>, usize) {
    let most = if brackets { 2 } else { 1 };
    let (mut digits, mut end, mut gap, mut bracket) = (Vec::new(), 0, 0, false);
    for (i, c) in body.char_indices() {
        if let Some(d) = digit_of(c) {
            digits.push(d);
            end = i + c.len_utf8();
            (gap, bracket) = (0, false);
        } else if matches!(c, ' ' | '-' | '－') && gap < most && !digits.is_empty() {
            gap += 1;
        } else if brackets && matches!(c, '(' | ')') && gap < most && !bracket && !digits.is_empty() {
            (gap, bracket) = (gap + 1, true);
        } else {
            break;
        }
    }
    (digits, end)
}

/// Words that introduce the number of an identity document other than a resident ID card: a foreign spouse's
/// passport, a border resident's pass (边民证), a residence permit.
/// (And the documents of Hong Kong, Macau and Taiwan residents: 回乡证H46049403, 台胞证号34308733, 香港身份证C260213(8).)
const DOCUMENT_WORDS: [&str; 15] = [
    "护照",
    "边民证",
    "通行证",
    "居留证",
    "居留许可",
    // (永居证PHL359209181987: a foreign permanent resident's card, three letters and twelve digits, set AW2.)
    "永居证",
    "永久居留",
    "签证",
    "证件号码",
    "证件号",
    "回乡证",
    "台胞证",
    // (香港身份证, 持澳门居民身份证7270570(8), 台湾身份证字号K202010499, 越南身份证022388430340: any identity
    // card's number; a resident ID's whole 18 digits are read elsewhere, set AU1.)
    "身份证",
    // (出生医学证明编号O410649288: a child's birth certificate, a letter and nine digits.)
    "出生医学证明",
    "出生证",
];

/// 护照号N1485003, 持边民证332937431, 证件号码MA3695131, 边民证（MD6079725）: the number after a document's word
/// (a few characters of 号码, 为, a colon or a bracket between them) is that person's, whatever its shape: up to
/// three letters and six to twelve digits. A number already found (a resident ID after 证件号码) stays as it is.
/// It is an ID that failed validation: the ID rule's 6+4 is longer than such a number, so only its first
/// character stays (N*******).
fn foreign_documents(text: &str, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    let words = if DOCUMENT_WORDS.iter().any(|w| text.contains(w)) { &DOCUMENT_WORDS[..] } else { &[] };
    for &w in words {
        for (at, _) in text.match_indices(w) {
            let rest = &text[at + w.len()..];
            // Up to six characters of filler: 编号, 号码, 号, 为, 是, a colon, a bracket, a space.
            let skip: usize = rest
                .char_indices()
                .take(6)
                .take_while(|&(_, c)| super::one_of(super::chars!("编字号码为是：:（(，, \u{3000}"), c))
                .map(|(_, c)| c.len_utf8())
                .sum();
            let token = &rest[skip..];
            let letters: usize = token.chars().take(3).take_while(char::is_ascii_alphabetic).count();
            let digits: usize =
                token[letters..].chars().take_while(|&c| digit_of(c).is_some()).map(char::len_utf8).sum();
            let n_digits = token[letters..letters + digits].chars().count();
            let next = token[letters + digits..].chars().next();
            // (居民身份证22050219900315: what was read as an unknown account after an identity document's word is
            // what is left of the document's number, masked as a short ID.)
            let start = at + w.len() + skip;
            if (13..=14).contains(&n_digits) {
                for f in out
                    .iter_mut()
                    .filter(|f| f.start == start && f.kind == Kind::BankAccount && f.status != Status::Valid)
                {
                    f.kind = Kind::IdCard;
                }
                continue;
            }
            // (护照号P3087570C: a passport's number may end in a check letter, one capital after the digits.)
            let after = &token[letters + digits..];
            let tail = usize::from(
                letters > 0
                    && after.starts_with(|c: char| c.is_ascii_uppercase())
                    && !after[1..].starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '*' | '＊')),
            );
            let next = if tail > 0 { after[1..].chars().next() } else { next };
            // (证件号120104********6565: an ID's first six digits, the rest masked already.)
            if !(6..=12).contains(&n_digits)
                || next.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '*' | '＊'))
            {
                continue;
            }
            let end = start + letters + digits + tail + if tail > 0 { 0 } else { check_digit_len(after) };
            if !out.iter().chain(&found).any(|f: &Finding| f.start < end && start < f.end) {
                found.push(Finding::digits(start, end, Kind::IdCard, Status::Failed, Vec::new(), 0));
                // (身份证号220502199012/220502199013: a second number after a slash is another of the same.)
                let next = &text[end..];
                if let Some(rest) = next.strip_prefix(['/', '／', '、']) {
                    let n = rest.chars().take_while(|&c| digit_of(c).is_some()).map(char::len_utf8).sum::<usize>();
                    let s2 = end + (next.len() - rest.len());
                    let clean = !rest[n..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '*');
                    if (6..=12).contains(&rest[..n].chars().count()) && clean && unclaimed(out, &found, s2, s2 + n) {
                        found.push(Finding::digits(s2, s2 + n, Kind::IdCard, Status::Failed, Vec::new(), 0));
                    }
                }
            }
        }
    }
    // A Hong Kong identity card's number wherever it stands (（香港，G777402(7)）): one or two capital letters, six
    // digits and a check digit in brackets. Its shape is its own, so no word is needed before it. So is a Macau
    // card's: 1, 5 or 7 and six digits, then the check digit (7270570(8)).
    for (at, _) in text.match_indices(['(', '（']) {
        let head = &text[..at];
        let n = head.chars().rev().take_while(|c| c.is_ascii_digit()).count();
        let letters = head[..head.len() - n.min(head.len())].chars().rev().take_while(char::is_ascii_uppercase).count();
        let start = at - n - letters;
        let check = check_digit_len(&text[at..]);
        let clean_left = !text[..start].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
        let hong_kong = n == 6 && (1..=2).contains(&letters);
        let macau = n == 7 && letters == 0 && text[start..].starts_with(['1', '5', '7']);
        if (hong_kong || macau) && check > 0 && clean_left {
            let end = at + check;
            if !out.iter().chain(&found).any(|f: &Finding| f.start < end && start < f.end) {
                found.push(Finding::digits(start, end, Kind::IdCard, Status::Failed, Vec::new(), 0));
            }
        }
    }
    // (Both shapes hold a capital letter: most remarks have none.)
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        push_taiwan_ids(text, out, &mut found);
        push_myanmar_cards(text, out, &mut found);
    }
    out.extend(found);
}

/// An ID masked by hand that still shows what 6+4 hides (身份证220502199001＊＊1234: the birth date): eighteen
/// or fifteen characters of digits and stars, a digit among the middle ones. Masked again as an ID, 6+4 of
/// what was typed. (220502＊＊＊＊＊＊＊＊9741 and 2205××××××××××7187 show no more than 6+4: left as typed.)
fn partly_masked_ids(text: &str, out: &mut Vec<Finding>) {
    if !text.chars().any(crate::mask::is_star) {
        return;
    }
    let part = |c: char| digit_of(c).is_some() || crate::mask::is_star(c);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !part(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && part(chars[j].1) {
            j += 1;
        }
        // (An ID's check character X ends it.)
        if j < chars.len() && matches!(chars[j].1, 'X' | 'x' | 'Ｘ' | 'ｘ') {
            j += 1;
        }
        let token = &chars[i..j];
        let n = token.len();
        let stars = token.iter().filter(|(_, c)| crate::mask::is_star(*c)).count();
        let digits = n - stars;
        let alnum = |k: Option<&(usize, char)>| k.is_some_and(|(_, c)| c.is_ascii_alphanumeric());
        if (n == 15 || n == 18)
            && stars > 0
            && digits >= 7
            // (It opens with the region's digits: ****157****1185 is a masked name run into a masked phone.)
            && token[..4].iter().all(|(_, c)| digit_of(*c).is_some())
            && token[6..n - 4].iter().any(|(_, c)| digit_of(*c).is_some())
            && !alnum(i.checked_sub(1).and_then(|k| chars.get(k)))
            && !alnum(chars.get(j))
        {
            let start = token[0].0;
            let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
            if unclaimed(out, &found, start, end) {
                // (Its digits as typed, a `*` for each star, so that 6+4 counts all eighteen.)
                let typed = text[start..end].chars().map(|c| digit_of(c).unwrap_or(if is_x(c) { b'X' } else { b'*' }));
                found.push(Finding::digits(start, end, Kind::IdCard, Status::Valid, typed.collect(), 0));
            }
        }
        i = j.max(i + 1);
    }
    out.extend(found);
}

/// Whether `start..end` is free of what was found already.
fn unclaimed(out: &[Finding], found: &[Finding], start: usize, end: usize) -> bool {
    !out.iter().chain(found).any(|f| f.start < end && start < f.end)
}

/// A Taiwan identity card's number wherever it stands (丈夫F222520447): a capital letter, 1 or 2 (8 or 9 for a
/// resident certificate's new numbers) and eight digits, with its check digit right. The check makes the
/// shape its own: a code of a letter and nine digits passes it one time in ten.
fn push_taiwan_ids(text: &str, out: &[Finding], found: &mut Vec<Finding>) {
    // The two-digit value of each letter, A to Z.
    const VALUE: [u32; 26] =
        [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];
    let b = text.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let (c, rest) = (b[i], &b[i + 1..i + 10]);
        let clean = |j: Option<&u8>| !j.is_some_and(u8::is_ascii_alphanumeric);
        if !c.is_ascii_uppercase()
            || !rest.iter().all(u8::is_ascii_digit)
            || !matches!(rest[0], b'1' | b'2' | b'8' | b'9')
            || !clean(i.checked_sub(1).map(|j| &b[j]))
            || !clean(b.get(i + 10))
        {
            continue;
        }
        // (档案编号H159791907, 批次号W188752515: a reference's number after its label, unless a document's.)
        let label = text[..i].trim_end_matches(['：', ':', ' ']);
        let label = &label[label.char_indices().rev().nth(5).map_or(0, |(k, _)| k)..];
        if label.ends_with('号') && !label.contains('证') {
            continue;
        }
        let v = VALUE[usize::from(c - b'A')];
        let weights = [8, 7, 6, 5, 4, 3, 2, 1, 1];
        let sum = v / 10 + (v % 10) * 9 + rest.iter().zip(weights).map(|(d, w)| u32::from(d - b'0') * w).sum::<u32>();
        if sum % 10 == 0 && unclaimed(out, found, i, i + 10) {
            found.push(Finding::digits(i, i + 10, Kind::IdCard, Status::Failed, Vec::new(), 0));
        }
    }
}

/// A Myanmar citizenship card's number wherever it stands (边民证号12/MKN(N)627313): the state's number, a slash,
/// the township's letters, the card's class in brackets, six digits. No code of the Chinese side takes that shape.
fn push_myanmar_cards(text: &str, out: &[Finding], found: &mut Vec<Finding>) {
    for (at, _) in text.match_indices('/') {
        let head = text[..at].bytes().rev().take_while(u8::is_ascii_digit).count();
        let tail = &text[at + 1..];
        // (1/MaYaNa(N)253012: the township's letters are often written in mixed case, set BS3.)
        let letters = if tail.starts_with(|c: char| c.is_ascii_uppercase()) {
            tail.bytes().take_while(u8::is_ascii_alphabetic).count()
        } else {
            0
        };
        let class = tail[letters..]
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
            .filter(|(c, _)| (1..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_uppercase()));
        let Some((c, after)) = class else { continue };
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&head) && (3..=9).contains(&letters) && (5..=6).contains(&n) {
            let (start, end) = (at - head, at + 1 + letters + c.len() + 2 + n);
            if !text[end..].starts_with(|ch: char| ch.is_ascii_alphanumeric()) && unclaimed(out, found, start, end) {
                found.push(Finding::digits(start, end, Kind::IdCard, Status::Failed, Vec::new(), 0));
            }
        }
    }
}

/// Byte length of a check digit in brackets opening `s` ((8), （A）), or 0.
fn check_digit_len(s: &str) -> usize {
    let mut cs = s.char_indices();
    match (cs.next(), cs.next(), cs.next()) {
        (Some((_, '(' | '（')), Some((_, d)), Some((i, c @ (')' | '）')))) if d.is_ascii_digit() || d == 'A' => {
            i + c.len_utf8()
        }
        _ => 0,
    }
}

/// Byte length of a landline's extension written right after it (转582, 分机 582, 转分机582, and -137 after a
/// number written without separators, 037162400667-137): 1-5 digits that no further digit follows. The
/// extension belongs to the number and is masked with it.
fn extension_len(after: &str) -> usize {
    let word = ["转分机", "分机", "转", "-", "－"].iter().find(|w| after.starts_with(**w)).map_or(0, |w| w.len());
    if word == 0 {
        return 0;
    }
    let rest = &after[word..];
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    let digits = rest[gap..].bytes().take_while(u8::is_ascii_digit).count();
    let next = rest[gap + digits..].chars().next();
    // (A dash before digits that go on, or before 年 or another word, is no extension: -2023年.)
    let dash = word == 1 || word == '－'.len_utf8() && after.starts_with('－');
    let ends = !next.is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '－' | '.') || (dash && super::is_han(c)));
    if (1..=5).contains(&digits) && ends { word + gap + digits } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_lines_are_told_from_personal_numbers() {
        for t in [
            "0355-12349",
            "12345",
            "0310 - 12349",
            "120",
            "010-12345",
            "95598",
            "023-96577",
            "96577（24小时）",
            "10086",
        ] {
            assert!(is_service_number(t), "{t}");
        }
        for t in ["0355-1234567", "13912345678", "12349x", "1234", "0355-22349", "0355-123456", "", "955981"] {
            assert!(!is_service_number(t), "{t}");
        }
    }

    fn kinds(t: &str) -> Vec<(Kind, String)> {
        find(t, Context::default()).into_iter().map(|f| (f.kind, t[f.start..f.end].to_string())).collect()
    }

    #[test]
    fn ids_phones_cards_in_text() {
        assert_eq!(kinds("身份证220502198001011234号")[0].0, Kind::IdCard);
        let k = kinds("其子（电话13912345678）在外");
        assert_eq!(k, vec![(Kind::Phone, "13912345678".into())]);
        let k = kinds("身份证11010519491231002X，电话+86 139-1234-5678");
        assert_eq!(k[0], (Kind::IdCard, "11010519491231002X".into()));
        assert_eq!(k[1], (Kind::Phone, "+86 139-1234-5678".into()));
        let k = kinds("座机0435-3201234-801");
        assert_eq!(k, vec![(Kind::Phone, "0435-3201234-801".into())]);
        assert_eq!(kinds("监督电话：0435-3201234"), vec![]);
        assert_eq!(kinds("联系电话：(0435)5902980"), vec![(Kind::Phone, "(0435)5902980".into())]);
        assert_eq!(kinds("座机（0435）3201234"), vec![(Kind::Phone, "（0435）3201234".into())]);
        assert_eq!(kinds("监督电话：（0435）3201234"), vec![]);
        assert_eq!(kinds("村委会电话0435-6329735，可转告"), vec![]);
        assert_eq!(kinds("村委会电话13912345678")[0].0, Kind::Phone);
        let acct = find("0753 4716 6624 4695", Context { phone_column: false, account_column: true });
        assert_eq!((acct.len(), acct[0].kind, acct[0].end), (1, Kind::BankAccount, 19));
        assert_eq!(kinds("服务热线4008001234"), vec![]);
        assert_eq!(kinds("2019年12月发放1500元，通民发〔2019〕36号"), vec![]);
        // An organisation's code is public; an ID that passes its checks is not, whatever the label.
        assert_eq!(kinds("统一社会信用代码：112205022141728641）"), vec![]);
        assert_eq!(kinds("统一社会信用代码：11010519491231002X")[0].0, Kind::IdCard);
        // An official's office line after their name is public; their mobile, or anyone else's line, is not.
        assert_eq!(kinds("经办人：周琼香，电话0898-66538102"), vec![]);
        assert_eq!(kinds("经办人：周琼香，电话13812345678")[0].0, Kind::Phone);
        assert_eq!(kinds("户主王建国，电话0898-66538102")[0].0, Kind::Phone);
        assert_eq!(kinds("经办人：周琼香，其子电话0898-66538102")[0].0, Kind::Phone);
        // (Second review: a kin word, a household word, 被调查人, a second or local number, a transfer.)
        for own in [
            "经办人：周琼香之妻电话0898-66538102",
            "经办人：户主本人，电话0435-3201234",
            "被调查人王建国，电话0435-3201234",
            "经办人：周琼香，电话0898-66538102、0898-66538103",
            "经办人：周琼香，电话6653810",
            "经办人：周琼香，电话0873-5325732转王建国",
        ] {
            assert!(kinds(own).iter().any(|(k, _)| *k == Kind::Phone), "{own}");
        }
        // The masked output reads the same (verify).
        assert_eq!(kinds("经办人：周**，电话0898-66538102"), vec![]);
    }

    #[test]
    fn no_match_inside_longer_runs() {
        // 21 digits: not a phone or ID inside; fails closed as a long number.
        let k = kinds("622848001391234567890");
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].0, Kind::BankAccount);
    }

    #[test]
    fn full_width_and_spaced() {
        let k = kinds("１１０１０５１９４９１２３１００２Ｘ");
        assert_eq!(k[0].0, Kind::IdCard);
        let k = kinds("110105 19491231 002X");
        assert_eq!(k[0].0, Kind::IdCard);
        // Wrapped by hand onto three lines (set ZF), with either line break; two phones on two lines stay two.
        for t in ["身份证号440103\n19870110\n2345，户口在此", "230102\r\n19920117\r\n9070"] {
            assert_eq!(kinds(t).iter().map(|k| k.0).collect::<Vec<_>>(), [Kind::IdCard], "{t:?}");
        }
        let k = kinds("电话13912345678\n13812345678");
        assert_eq!(k.iter().map(|k| k.0).collect::<Vec<_>>(), [Kind::Phone, Kind::Phone]);
        // (Masked IDs on two lines leave no phone across the break: …0255⏎370781********6870.)
        assert!(kinds("370781********0255\n370781********6870").is_empty());
    }

    #[test]
    fn hong_kong_macau_and_taiwan_documents_and_phones() {
        for (t, want) in [
            ("持香港身份证C260213(8)，常住香港", "C260213(8)"),
            ("持澳门居民身份证7270570(8)，不符合申请条件", "7270570(8)"),
            ("其女（澳门，1234567(3)）", "1234567(3)"),
            ("（香港，G777402(7)）", "G777402(7)"),
            ("回乡证H46049403，长期在澳门", "H46049403"),
            ("台胞证号34308733，", "34308733"),
            ("电话(852)9564 4907。", "(852)9564 4907"),
            ("联系电话852-90553189不通", "852-90553189"),
            ("儿子叶明（852-6295-4646）电话核实", "852-6295-4646"),
            ("母親改嫁至台灣，電話00886-9-5473-9972", "00886-9-5473-9972"),
            ("医保卡号H230481866628，已开通", "H230481866628"),
        ] {
            let k = kinds(t);
            assert_eq!(k.iter().map(|k| k.1.as_str()).collect::<Vec<_>>(), [want], "{t}");
        }
        for clean in ["依据通民发〔2019〕36号文件，金额(852)元", "编号MZ-HC-2024-001"] {
            assert!(kinds(clean).is_empty(), "{clean}");
        }
        assert!(is_org_code("12440700MB2C04188C"));
        assert!(is_org_code("12220581412605890Q"));
        assert!(!is_org_code("12220581412605890X"));
        assert!(!is_org_code("22052319501203402W"));
        assert!(!is_org_code("12440700MB2C04188D"));
        assert!(!is_org_code("440103196105140400"));
        assert!(is_labelled_org_code("126542217142510551"));
        // (A mistyped check character under the code's header: the code's shape still holds, set BN5. Not with an
        // organisation type no code has, nor a UnionPay card.)
        assert!(is_labelled_org_code("126542217142510552"));
        assert!(!is_labelled_org_code("146542217142510552"));
        assert!(!is_labelled_org_code("621799137868745868"));
        assert!(!is_labelled_org_code("22052119651308120X"));
        assert!(!is_labelled_org_code("11010519491231002X"));
    }
}
