//! Detectors: each kind of identifier in its own module, returning plain byte offsets.
//!
//! [`Detectors`] bundles them, is built once per run and shared by every rayon worker (`Send + Sync`).

pub mod address;
pub mod bank;
pub mod digits;
pub mod id_card;
pub mod name;
pub mod phone;

use serde::{Deserialize, Serialize};

pub use name::{KnownNames, NameDetector};

/// Kind of personal data, and kind of column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Name,
    IdCard,
    DisabilityCert,
    Phone,
    BankAccount,
    Address,
    Health,
    /// Vehicle licence plates (吉E·B6320): property of a person.
    Plate,
    FreeText,
    /// Public or non-personal (also: 400/800 numbers, institution names).
    Other,
}

impl Kind {
    /// Every kind, in declaration order (`Kind::ALL[k as usize] == k`).
    pub const ALL: [Kind; 10] = [
        Kind::Name,
        Kind::IdCard,
        Kind::DisabilityCert,
        Kind::Phone,
        Kind::BankAccount,
        Kind::Address,
        Kind::Health,
        Kind::Plate,
        Kind::FreeText,
        Kind::Other,
    ];

    /// Stable snake_case label used in reports and policies.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::IdCard => "id_card",
            Kind::DisabilityCert => "disability_cert",
            Kind::Phone => "phone",
            Kind::BankAccount => "bank_account",
            Kind::Address => "address",
            Kind::Health => "health",
            Kind::Plate => "vehicle_plate",
            Kind::FreeText => "free_text",
            Kind::Other => "other",
        }
    }

    /// Parses a label.
    pub fn from_label(s: &str) -> Option<Kind> {
        Some(match s {
            "name" => Kind::Name,
            "id_card" => Kind::IdCard,
            "disability_cert" => Kind::DisabilityCert,
            "phone" => Kind::Phone,
            "bank_account" => Kind::BankAccount,
            "address" => Kind::Address,
            "health" => Kind::Health,
            "vehicle_plate" => Kind::Plate,
            "free_text" => Kind::FreeText,
            "other" => Kind::Other,
            _ => return None,
        })
    }

    /// Kinds that are personal data when found.
    pub fn is_personal(self) -> bool {
        !matches!(self, Kind::FreeText | Kind::Other)
    }
}

/// Whether a found identifier passed validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Valid,
    /// Failed its checksum or has no known format (still personal data: masked and reported).
    Failed,
    /// An ID Excel already turned into a number and lost digits of.
    Damaged,
}

/// One detected span of personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub status: Status,
    /// Normalized digits (ASCII, upper-case X) for digit kinds; empty otherwise.
    pub digits: Vec<u8>,
    /// For landlines: length of the area code inside `digits` (0 for mobiles and others).
    pub area_len: usize,
    /// Byte length of the kept prefix for names (the surname) or addresses (down to the village).
    pub keep_len: usize,
}

impl Finding {
    /// A digit-kind finding.
    pub fn digits(start: usize, end: usize, kind: Kind, status: Status, digits: Vec<u8>, area_len: usize) -> Self {
        Finding { start, end, kind, status, digits, area_len, keep_len: 0 }
    }

    /// A text-kind finding (name or address) keeping `keep_len` bytes.
    pub fn text(start: usize, end: usize, kind: Kind, keep_len: usize) -> Self {
        Finding { start, end, kind, status: Status::Valid, digits: Vec::new(), area_len: 0, keep_len }
    }
}

/// What parts the fields of a record pasted into one cell (闫刚／男／59岁／…, 杨某 女 4116…).
const RECORD_SEPARATORS: [char; 12] = ['/', '／', '|', '｜', '\t', '\n', '，', ',', '；', ';', ' ', '\u{3000}'];

/// The byte ranges of a cell's fields parted by [`RECORD_SEPARATORS`]: three or more make a record.
pub fn record_fields(text: &str) -> Vec<(usize, usize)> {
    let mut fields = Vec::new();
    let mut at = 0;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if RECORD_SEPARATORS.contains(&c) {
            if i > at {
                fields.push((at, i));
            }
            at = i + c.len_utf8();
        }
    }
    fields
}

/// Whether a number found is one that makes a cell a person's record: an ID, a disability certificate's
/// number or a mobile.
pub fn record_identifier(f: &Finding) -> bool {
    matches!(f.kind, Kind::IdCard | Kind::DisabilityCert)
        || (f.kind == Kind::Phone && f.area_len == 0 && phone::is_mobile(phone::strip_country(&f.digits)))
}

/// Where each ID masked already starts (220581********3569, 220581*****3844): six digits, stars, and the last
/// digits or X, fifteen or eighteen characters in all, standing apart from other digits.
fn masked_ids(text: &str) -> Vec<usize> {
    if !text.contains("****") {
        return Vec::new();
    }
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|&&c| c.is_ascii_digit() || c == b'*' || c == b'X' || c == b'x').count();
        let tok = &b[i..i + run];
        let stars = tok.iter().filter(|&&c| c == b'*').count();
        let lead = tok.iter().take_while(|c| c.is_ascii_digit()).count();
        if matches!(run, 15 | 18) && lead == 6 && stars >= 4 && !b.get(i + run).is_some_and(u8::is_ascii_alphanumeric) {
            out.push(i);
        }
        i += run.max(1);
    }
    out
}

/// Where each age set apart by a space before it starts (宋全　93岁, 王刚 88 周岁): one to three digits and 岁.
fn spaced_ages(text: &str) -> Vec<usize> {
    if !text.contains('岁') {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, _) in text.match_indices('岁') {
        let head = text[..k].strip_suffix("周").unwrap_or(&text[..k]).trim_end_matches(' ');
        let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        let at = head.len() - digits;
        if (1..=3).contains(&digits) && text[..at].ends_with([' ', '\u{3000}', '\t']) {
            out.push(at);
        }
    }
    out
}

/// The byte span of the words an ID at `at` belongs to (see [`Detectors::push_name_before_id`]): back past
/// spaces, a label (身份证号：), an opening bracket or a comma, and up to two short fields of age or sex (83,
/// 93岁, 男), to a run of two to four Han characters that opens the text or follows a separator, a digit or a
/// colon.
fn holder_before(text: &str, at: usize) -> Option<(usize, usize)> {
    const LABELS: [&str; 11] = [
        "公民身份号码",
        "身份证号码",
        "身份证号",
        "身份号码",
        "证件号码",
        "残疾证号",
        "残疾证",
        "身份证",
        "证件号",
        "证号",
        "号码",
    ];
    let space = |c: char| c.is_whitespace() || c == '\u{3000}';
    let mut head = text[..at].trim_end_matches(space);
    head = head.strip_suffix(['：', ':']).unwrap_or(head).trim_end_matches(space);
    if let Some(l) = LABELS.iter().find(|l| head.ends_with(*l)) {
        head = head[..head.len() - l.len()].trim_end_matches(space);
    }
    const OPENS: [char; 7] = ['（', '(', '，', ',', '、', '/', '／'];
    head = head.strip_suffix(OPENS).unwrap_or(head).trim_end_matches(space);
    for _ in 0..2 {
        // (许素 83 2205…, 王刚 男 2205…, 盛国（男 83 2205…）: the person's age or sex between the name and the ID.)
        let Some(p) = head.rfind(|c: char| space(c) || OPENS.contains(&c)) else { break };
        let sep = head[p..].chars().next().map_or(0, char::len_utf8);
        let last = &head[p + sep..];
        let age = last.strip_suffix('岁').unwrap_or(last);
        if matches!(last, "男" | "女") || ((1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit())) {
            head = head[..p].trim_end_matches(space);
            head = head.strip_suffix(OPENS).unwrap_or(head).trim_end_matches(space);
        } else {
            break;
        }
    }
    let n = head.chars().rev().take_while(|&c| is_han(c)).count();
    let start = head.len() - head.chars().rev().take(n).map(char::len_utf8).sum::<usize>();
    // (户主张**成会，身份证…: not a masked name's tail.)
    let opens = head[..start].chars().next_back().is_none_or(|c| !is_han(c) && !matches!(c, '*' | '＊'));
    ((2..=4).contains(&n) && opens).then_some((start, head.len()))
}

/// The byte span of the name a bank card at `at` is written under (see [`Detectors::push_name_before_id`]): back
/// past spaces, a colon and the card's word (卡号, 银行卡, 存折), to two to four Han characters that open the text
/// or follow a separator, or two or three after a verb of paying in (打入杨海刚卡, 转至王芳账户).
fn card_holder_before(text: &str, at: usize) -> Option<(usize, usize)> {
    const WORDS: [&str; 9] = ["银行卡号", "银行卡", "卡号", "账号", "账户", "存折号", "存折", "折", "卡"];
    let space = |c: char| c.is_whitespace() || c == '\u{3000}';
    let mut head = text[..at].trim_end_matches(space);
    head = head.strip_suffix(['：', ':']).unwrap_or(head).trim_end_matches(space);
    head = head.strip_suffix(WORDS.iter().find(|w| head.ends_with(*w))?)?.trim_end_matches(space);
    // (王芳，卡号：6229…: the name before a comma.)
    head = head.strip_suffix(['，', ',']).unwrap_or(head).trim_end_matches(space);
    let run: Vec<char> = head.chars().rev().take_while(|&c| is_han(c)).collect();
    let n = run.len();
    let before = head[..head.len() - run.iter().map(|c| c.len_utf8()).sum::<usize>()].chars().next_back();
    let opens = before.is_none_or(|c| !matches!(c, '*' | '＊'));
    // (打入, 转入, 存入, 汇入, 发至, 转至, 转到: the name after the verb, 打入杨刚卡, 打入欧阳海刚卡.)
    let after_verb = (2..=4).find(|&k| n > k && matches!(run[k], '入' | '至' | '到'));
    let len = match after_verb {
        Some(k) => k,
        None if (2..=4).contains(&n) && opens => n,
        None => return None,
    };
    let start = head.len() - run[..len].iter().map(|c| c.len_utf8()).sum::<usize>();
    Some((start, head.len()))
}

/// The provinces' one-character names that open a vehicle plate (吉E·B6320) or a fishing boat's number, and a
/// plate masked already (闽B*****).
const PLATE_PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/// All detectors, built once.
pub struct Detectors {
    pub names: NameDetector,
    pub address: address::AddressDetector,
    /// Health and other sensitive terms masked inside free text.
    pub health: aho_corasick::AhoCorasick,
    plate: regex::Regex,
    /// Fishing boats' registration numbers (琼儋州渔94642, 粤湛江渔运12345): a boat is its owner's.
    boat: regex::Regex,
    /// Pinyin syllables (`pinyin.txt`), sorted: a name's spelling in Latin letters splits into them.
    pinyin: Vec<String>,
    /// Frequent surnames in pinyin (`names/pinyin_surnames.txt`), sorted: what a login spelling a person starts with.
    pinyin_surnames: Vec<String>,
}

impl Detectors {
    /// The detectors of the embedded patterns.
    pub fn builtin() -> crate::error::Result<Self> {
        Self::new(&crate::patterns::Patterns::builtin()?)
    }

    /// Builds every detector from the effective patterns.
    pub fn new(p: &crate::patterns::Patterns) -> crate::error::Result<Self> {
        let names = NameDetector::from_texts(&name::NameTexts {
            surnames: p.file("names/surnames.txt"),
            compound: p.file("names/compound_surnames.txt"),
            given: p.file("names/given_chars.txt"),
            relations: p.file("names/relations.txt"),
            not_names: p.file("names/not_names.txt"),
            common_words: p.file("names/common_words.txt"),
            word_names: p.file("names/word_names.txt"),
            cues: p.file("names/cues.toml"),
            health: p.file("health_terms.txt"),
        })
        .map_err(crate::error::Error::Patterns)?;
        // A DFA: it runs over every remark cell.
        let health = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(crate::patterns::words(p.file("health_terms.txt")))
            .map_err(|e| crate::error::Error::Patterns(format!("health_terms.txt: {e}")))?;
        // Province abbreviation, issuing-office letter, 5 (or 6 for new-energy) letters/digits. (粤 B77F15: a space
        // after the province, as a form's export prints it, set AQ4.)
        #[allow(clippy::expect_used)]
        let plate = regex::Regex::new(&format!(
            // (吉Ｅ·８７９９４: full-width letters and digits as often as ASCII ones, set AY6.)
            r"[{PLATE_PROVINCES}] ?[A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ][·•．・\s-]?[A-HJ-NP-Z0-9Ａ-ＨＪ-ＮＰ-Ｚ０-９]{{5,6}}",
        ))
        .expect("plate pattern compiles");
        #[allow(clippy::expect_used)]
        let boat = regex::Regex::new(&format!(
            r"[{PLATE_PROVINCES}]\p{{Han}}{{1,4}}?渔[运养捕辅冷]?[·•．\- ]?[0-9０-９]{{4,6}}",
        ))
        .expect("boat pattern compiles");
        let mut pinyin: Vec<String> =
            crate::patterns::words(p.file("pinyin.txt")).into_iter().map(String::from).collect();
        pinyin.sort_unstable();
        let mut pinyin_surnames: Vec<String> =
            crate::patterns::words(p.file("names/pinyin_surnames.txt")).into_iter().map(String::from).collect();
        pinyin_surnames.sort_unstable();
        Ok(Detectors { names, address: address::AddressDetector::new(), health, plate, boat, pinyin, pinyin_surnames })
    }

    /// Digit identifiers and vehicle plates only (for columns known to hold non-personal values).
    pub fn scan_identifiers(&self, text: &str) -> Vec<Finding> {
        let mut found = digits::find(text, digits::Context::default());
        push_bracketed_grades(text, &mut found);
        self.push_plates(text, &mut found);
        push_mixed_numbers(text, &mut found);
        found.sort_by_key(|f| f.start);
        found
    }

    /// Byte spans of plates masked already (闽B*****, 浙C·*****): a province's character, the office's letter and
    /// three or more stars.
    fn masked_plates(text: &str) -> Vec<(usize, usize)> {
        if !text.contains(['*', '＊']) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (at, c) in text.char_indices().filter(|&(_, c)| PLATE_PROVINCES.contains(c)) {
            let rest = &text[at + c.len_utf8()..];
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let Some(rest) = rest.strip_prefix(|l: char| l.is_ascii_uppercase()) else { continue };
            let rest = rest.strip_prefix(['·', '•', '-']).unwrap_or(rest);
            let stars = rest.chars().take_while(|&s| matches!(s, '*' | '＊')).count();
            if stars >= 3 {
                let end = text.len() - rest.len() + rest.chars().take(stars).map(char::len_utf8).sum::<usize>();
                out.push((at, end));
            }
        }
        out
    }

    /// Adds the vehicle plates of `text` to `found` (an identifier column's cell: 账号/证号 | 川AE1243, set AQ4).
    pub fn push_plates_in(&self, text: &str, found: &mut Vec<Finding>) {
        self.push_plates(text, found);
        found.sort_by_key(|f| f.start);
    }

    fn push_plates(&self, text: &str, found: &mut Vec<Finding>) {
        if text.contains('渔') {
            for m in self.boat.find_iter(text) {
                let next = text[m.end()..].chars().next();
                if !next.is_some_and(|c| c.is_ascii_alphanumeric()) && !overlaps(found, m.start(), m.end()) {
                    found.push(Finding::text(m.start(), m.end(), Kind::Plate, 0));
                }
            }
        }
        if !text.bytes().any(|b| b.is_ascii_uppercase()) && !text.chars().any(|c| ('Ａ'..='Ｚ').contains(&c)) {
            return;
        }
        push_vins(text, found);
        // (船号 | CN20160959006: a fishing boat's identification number, CN and eleven digits, as its owner's as
        // its registration number is.)
        for (at, _) in text.match_indices("CN") {
            let b = text.as_bytes();
            let run = b[at + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
            if run == 11
                && (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                && !b.get(at + 13).is_some_and(u8::is_ascii_alphanumeric)
                && !overlaps(found, at, at + 13)
            {
                found.push(Finding::text(at, at + 13, Kind::Plate, 0));
            }
        }
        for m in self.plate.find_iter(text) {
            let digits = m.as_str().chars().filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).count();
            // (吉E F420V；: full-width punctuation after the plate ends it.)
            let next = text[m.end()..].chars().next();
            // (蔡斌驾驶的闽BHDHGH号小型轿车: letters only, when 号 names it a plate, set CG5.)
            if (digits >= 1 || after_vehicle_word(&text[..m.start()]) || text[m.end()..].starts_with('号'))
                && !next.is_some_and(|c| c.is_ascii_alphanumeric() || full_width_alnum(c))
                && !overlaps(found, m.start(), m.end())
            {
                found.push(Finding::text(m.start(), m.end(), Kind::Plate, 0));
            }
        }
    }

    /// Every personal span in free text: digit identifiers, addresses and names, non-overlapping and sorted.
    /// Digit identifiers win over addresses, addresses over names.
    pub fn scan_text(&self, text: &str, known: &KnownNames) -> Vec<Finding> {
        let mut found = digits::find(text, digits::Context::default());
        push_bracketed_grades(text, &mut found);
        self.push_plates(text, &mut found);
        push_property_certificates(text, &mut found);
        self.push_health(text, &mut found);
        for f in self.address.find_in_text(text) {
            if !overlaps(&found, f.start, f.end) && !office_address(text, f.start, f.end) {
                found.push(f);
            }
        }
        if text.chars().any(is_han) {
            for s in self.names.find(text, known) {
                let masked_after = self.names.masked_after(text, s.start, s.end);
                // 老伴洪彩心肌梗死, 其妻程花多重1级: a name running into the diagnosis right after it ends where
                // the diagnosis starts (two characters at least).
                let end = found
                    .iter()
                    .filter(|f| f.kind == Kind::Health && f.start > s.start && f.start < s.end)
                    .map(|f| f.start)
                    .min()
                    .filter(|&e| text[s.start..e].chars().count() >= 2)
                    .unwrap_or(s.end);
                // 监督电话：010-64072315（东城）: the label of a public number is a place, not a person.
                // (Only a place's or an office's label: （王海城） after a hotline is a person.)
                let label = &text[s.start..end];
                let public_label = text[end..].starts_with(['）', ')'])
                    && digits::office_label(label)
                    && !known.contains(label)
                    && digits::number_before_bracket(text, s.start)
                        .is_some_and(|n| digits::public_phone_at(text, n, text[n..].starts_with('0')));
                // (乌兰浩特市, 玉树州: a place's name that opens with a name's characters.)
                let listed = s.evidence == name::Evidence::Known;
                let place = (s.evidence != name::Evidence::Relation
                    && self.names.opens_place_name(text, s.start, end, listed))
                    || (!listed
                        && text[s.start..].starts_with(['向', '于', '从', '往', '对'])
                        && self.names.runs_into_office(text, end));
                // (受台风"贝碧嘉"影响: a typhoon's name in quotes, set L1; 受台风王小明家房屋倒塌 names a person.)
                const OPEN: [char; 4] = ['"', '“', '「', '『'];
                let typhoon = text[..s.start].strip_suffix(OPEN).is_some_and(|h| h.ends_with("台风"))
                    && text[s.end..].starts_with(['"', '”', '」', '』']);
                if !masked_after && !public_label && !place && !typhoon && !overlaps(&found, s.start, end) {
                    // (A nickname has no surname: 铁蛋 is hidden whole, 阿毛 keeps its 阿.)
                    // (孙子亮亮: a doubled given name has no surname either.)
                    let mut cs = text[s.start..end].chars();
                    let doubled = matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some(b), None) if a == b)
                        && !self.names.starts_with_surname(&text[s.start..end]);
                    let nickname = (s.evidence == name::Evidence::Nickname || doubled)
                        && !text[s.start..].starts_with(['阿', '亚']);
                    let keep = if nickname { 0 } else { self.names.surname_len(&text[s.start..end]) };
                    found.push(Finding::text(s.start, end, Kind::Name, keep));
                }
            }
        }
        self.push_name_before_health(text, &mut found);
        self.push_record_fields(text, &mut found);
        self.push_name_before_id(text, &mut found);
        push_grave_after_name(text, &mut found);
        // (A name's spelling after it first: hidden whole, 姚** YAO XIAOYAN.)
        self.push_name_spellings(text, &mut found);
        push_latin_names(text, &mut found);
        push_cyrillic_names(text, &mut found);
        for (start, end) in self.names.shop_owners(text) {
            if !overlaps(&found, start, end) {
                found.push(Finding::text(start, end, Kind::Name, self.names.surname_len(&text[start..end])));
            }
        }
        push_fundraising_links(text, &mut found);
        push_handles(text, &mut found);
        push_patient_numbers(text, &mut found);
        push_readings(text, &mut found);
        push_pressure_pairs(text, &mut found);
        push_shelter_spots(text, &mut found);
        push_coordinates(text, &mut found);
        push_named_groups(text, &mut found);
        push_scientific(text, &mut found);
        push_mixed_numbers(text, &mut found);
        // (车辆闽B*****已被扣押: a plate masked already, its province and office letter left; no name runs into
        // them, 车辆闽 or B, set CG5.)
        let plates = Self::masked_plates(text);
        found.retain(|f| {
            f.kind != Kind::Name
                || !(self.names.surname_and_title(&text[f.start..f.end])
                    || self.names.surname_before_title(&text[f.start..f.end], &text[f.end..])
                    || plates.iter().any(|&(s, e)| s < f.end && f.start < e))
        });
        found.sort_by_key(|f| f.start);
        found
    }

    /// 赵艳，肺结核，去年住院: a cell that opens with a name of two or three characters alone in its clause, and
    /// goes on with a diagnosis, says whose illness it is. The name is masked though no cue word stands by it.
    fn push_name_before_health(&self, text: &str, found: &mut Vec<Finding>) {
        let Some(comma) = text.find(['，', ',']) else { return };
        let head = &text[..comma];
        let next = comma + text[comma..].chars().next().map_or(0, char::len_utf8);
        if (2..=3).contains(&head.chars().count())
            && head.chars().all(is_han)
            && self.names.looks_like_name(head)
            && !self.names.holds_everyday_word(head)
            && found.iter().any(|f| f.kind == Kind::Health && f.start == next)
            && !overlaps(found, 0, comma)
        {
            found.push(Finding::text(0, comma, Kind::Name, self.names.surname_len(head)));
        }
    }

    /// 闫刚／男／59岁／1306…／166…, 杨某 女 4116… 小范屯村30号: a whole record pasted into one cell, its fields
    /// parted by slashes, bars, tabs, commas or spaces, one of them an identifier (readable or masked already).
    /// A field that is a name alone is the record's person; a field that is a village with detail after it is
    /// the person's home, cut below the village as in an address column.
    fn push_record_fields(&self, text: &str, found: &mut Vec<Finding>) {
        // (Most remarks are sentences with no identifier: settled by one scan of what was found.)
        let masked_number = |field: &str| {
            let stars = field.bytes().filter(|&b| b == b'*').count();
            stars >= 4 && field.bytes().filter(u8::is_ascii_digit).count() >= 3
        };
        let masked = || text.contains('*') && text.split(RECORD_SEPARATORS).any(masked_number);
        // (8　大泉源乡　马有立　男　分散供养　龙泉村南甸子屯　920: a row of a table pasted as a line, its person's sex a
        // field of its own, set BC6.)
        let sex = |field: &str| matches!(field, "男" | "女");
        let sexed = || text.contains(['男', '女']) && text.split(RECORD_SEPARATORS).any(sex);
        if !(found.iter().any(record_identifier) || masked() || sexed()) {
            return;
        }
        let fields = record_fields(text);
        if fields.len() < 3 {
            return;
        }
        let mut new = Vec::new();
        // (78　团结村　金星　2205…, 马有立　男: the field right before the record's ID or its person's sex, two to four
        // Han characters with a surname first and no place's word last, is its person's name, though it is a word,
        // sets BB4, BC6.)
        let ids: Vec<(usize, usize)> =
            found.iter().filter(|f| matches!(f.kind, Kind::IdCard)).map(|f| (f.start, f.end)).collect();
        let before_id = |k: usize| {
            fields.get(k + 1).is_some_and(|&(s, e)| ids.iter().any(|&(a, b)| a < e && s < b) || sex(&text[s..e]))
        };
        for (k, &(s, e)) in fields.iter().enumerate() {
            if overlaps(found, s, e) {
                continue;
            }
            let field = &text[s..e];
            let s = s + name::enumeration_prefix(field);
            let field = &text[s..e];
            let n = field.chars().count();
            // (Only when no other field names the person: 张建国 男 汉族 2205… has its name already.)
            let by_id = before_id(k)
                && (2..=4).contains(&n)
                && self.names.starts_with_surname(field)
                && !self.names_a_place(field)
                && !fields.iter().enumerate().any(|(j, &(a, b))| {
                    j != k && {
                        let f = &text[a..b];
                        f.chars().all(is_han) && self.names.looks_like_name(f) && !self.names.holds_everyday_word(f)
                    }
                });
            // (郭树林, 姜同喜: a field of three with a surname first is a name though its given name is a word.)
            if field.chars().all(is_han)
                && (by_id
                    || (self.names.looks_like_name(field)
                        && (field.chars().count() == 3 || !self.names.holds_everyday_word(field))))
            {
                new.push(Finding::text(s, e, Kind::Name, self.names.surname_len(field)));
            } else if let Some(keep) = self.address.village_cut(field)
                // (Detail that ends as a home's does and is numbered, 3组, 十一组, 前街3号, 二社70号: not 村委会主任,
                // 村委会电话139…, 村民小组 or 经济合作社.)
                && field.ends_with(['组', '社', '号', '屯'])
                && field[keep..].contains(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            {
                new.push(Finding::text(s, e, Kind::Address, keep));
            }
        }
        found.extend(new);
    }

    /// 盛国  身份证22010419530821879X, 刘海友（510824…）, 代填：许素 83 2205…, 高芬 身份证２２０５…: the words
    /// right before an ID (readable or masked already), past its label, a bracket, a separator and the person's
    /// age or sex, are its holder's name when they stand alone: two to four Han characters, a surname first,
    /// no place's or institution's word last, opening the text or after a separator or a label's colon. A name
    /// though its given name makes a word (刘海友, 杨梅静). So are the words before a person's age set apart by a
    /// space (宋全　93岁, set BC6).
    fn push_name_before_id(&self, text: &str, found: &mut Vec<Finding>) {
        let mut ids: Vec<usize> =
            found.iter().filter(|f| matches!(f.kind, Kind::IdCard | Kind::DisabilityCert)).map(|f| f.start).collect();
        ids.extend(spaced_ages(text));
        let mut new = self.names_before_ids(text, ids, found);
        // (照料费打入杨海刚卡6229…: the holder of a card, right before its number, set BE6.)
        for f in found.iter().filter(|f| f.kind == Kind::BankAccount) {
            if let Some((s, e)) = card_holder_before(text, f.start)
                && self.holder_like(&text[s..e])
                && !overlaps(found, s, e)
                && !overlaps(&new, s, e)
            {
                new.push(Finding::text(s, e, Kind::Name, self.names.surname_len(&text[s..e])));
            }
        }
        found.extend(new);
    }

    /// The names [`Detectors::push_name_before_id`] finds before the IDs and the spaced ages of an ID column's
    /// cell.
    pub fn holders_of_ids(&self, text: &str) -> Vec<Finding> {
        let mut ids: Vec<usize> =
            self.scan_identifiers(text).iter().filter(|f| f.kind == Kind::IdCard).map(|f| f.start).collect();
        ids.extend(spaced_ages(text));
        self.names_before_ids(text, ids, &[])
    }

    /// The holders' names before the IDs starting at `ids` and the IDs masked already, less those `found` has.
    fn names_before_ids(&self, text: &str, mut ids: Vec<usize>, found: &[Finding]) -> Vec<Finding> {
        let mut out = Vec::new();
        ids.extend(masked_ids(text));
        for at in ids {
            let Some((mut s, e)) = holder_before(text, at) else { continue };
            // (职工朴俊（残疾证号…）: past a role or a relation word, the name after it.)
            let role = self.names.relation_prefix(&text[s..e]);
            if role > 0 && text[s + role..e].chars().count() >= 2 {
                s += role;
            } else if !self.holder_like(&text[s..e]) {
                // (职工朴俊: or the name after a word that is no relation word, three or two characters.)
                let starts: Vec<usize> = text[s..e].char_indices().map(|(k, _)| s + k).collect();
                if let Some(&k) =
                    starts.iter().rev().skip(1).take(2).rev().find(|&&k| k - s >= 6 && self.holder_like(&text[k..e]))
                {
                    s = k;
                }
            }
            if self.holder_like(&text[s..e]) && !overlaps(found, s, e) && !overlaps(&out, s, e) {
                out.push(Finding::text(s, e, Kind::Name, self.names.surname_len(&text[s..e])));
            }
        }
        out
    }

    /// Whether a field standing alone reads as its holder's name: two to four Han characters, a surname first,
    /// a name's shape or three characters that make no everyday word (刘海友, 杨梅静), no place's or an
    /// institution's word last (敬老院, 黄家沟, 金沙滩), no relation word, region or village.
    pub fn holder_like(&self, field: &str) -> bool {
        let n = field.chars().count();
        let word_name = n == 3 && self.names.starts_with_surname(field) && !self.names.holds_everyday_word(field);
        (self.names.looks_like_name(field) || word_name)
            && self.names.relation_prefix(field) == 0
            && !self.names_a_place(field)
    }

    /// Whether a field of a record or before an ID names a place, a body or a class, not its holder: a place's,
    /// an institution's or a class's word last (东来村, 敬老院, 黄家沟, 低保, 党员), a family's place (王家庄, 于家坡;
    /// 王园园, 赵春营 and 陈玉坡 are names), a region or a village.
    fn names_a_place(&self, field: &str) -> bool {
        const PLACE_ENDS: [char; 24] = [
            '村', '区', '屯', '组', '镇', '乡', '县', '市', '保', '困', '族', '员', '人', '院', '站', '所', '局', '馆',
            '沟', '滩', '堡', '寨', '店', '厂',
        ];
        const TERRAIN: [char; 12] = ['庄', '营', '坡', '湾', '坝', '洼', '场', '园', '岭', '岗', '河', '山'];
        let family_place = field.chars().count() == 3 && field.chars().nth(1) == Some('家') && field.ends_with(TERRAIN);
        field.ends_with(PLACE_ENDS)
            || family_place
            || address::bare_region(field)
            || self.address.village_cut(field).is_some()
    }

    /// 蒲建军（pujianjun）, 杨春妹（YCM）, 张老岩 zhang lao yan, 冉巧素RQS: a name's spelling in Latin letters right
    /// after it (in brackets, after a space, or glued) is the name again: its pinyin, splitting into as many
    /// syllables as the name has characters, or its initials, one letter a character (in capitals unless
    /// bracketed). Hidden whole. So is one after a name masked already (蒲**（pujianjun）), so that masking the
    /// output again, and verify, find it.
    fn push_name_spellings(&self, text: &str, found: &mut Vec<Finding>) {
        if !text.bytes().any(|b| b.is_ascii_alphabetic() || hangul_lead(b)) {
            return;
        }
        // Where each name ends, and how many characters it may have.
        let mut names: Vec<(usize, [usize; 2])> = found
            .iter()
            .filter(|f| f.kind == Kind::Name)
            .map(|f| (f.end, spelling_counts(&text[f.start..f.end])))
            .collect();
        // A masked name: one or two Han characters (a single or compound surname) and one to three stars.
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c != '*' || !text[..i].chars().next_back().is_some_and(is_han) {
                continue;
            }
            let mut end = i + 1;
            let mut stars = 1;
            while let Some(&(j, '*')) = it.peek() {
                (end, stars) = (j + 1, stars + 1);
                it.next();
            }
            let two = text[..i].chars().rev().take(2).filter(|&c| is_han(c)).count() == 2;
            if stars <= 3 {
                names.push((end, [stars + 1, stars + usize::from(two) + 1]));
            }
        }
        for (end, counts) in names {
            if let Some((s, e)) = self.spelling_after(text, end, counts)
                && !overlaps(found, s, e)
            {
                found.push(Finding::text(s, e, Kind::Name, 0));
            }
        }
    }

    /// The span in `rest` of the spelling of the name `name` that `rest` follows (see
    /// [`Detectors::push_name_spellings`]): a name cell's 蒲建军（pujianjun）.
    /// (A transliterated name in parts, 占塔·西沙瓦（CHANTHA SISAVATH）, is spelt a word a part, not a word a
    /// character, set AU1.)
    pub fn spelling_of(&self, rest: &str, name: &str) -> Option<(usize, usize)> {
        self.spelling_after(rest, 0, spelling_counts(name))
    }

    /// The span of a name's spelling right after `at` (see [`Detectors::push_name_spellings`]), for a name of
    /// `counts[0]` to `counts[1]` characters.
    fn spelling_after(&self, text: &str, at: usize, counts: [usize; 2]) -> Option<(usize, usize)> {
        let rest = &text[at..];
        // (金相烈(김상렬), 郑永洙 (정영수): a Korean-Chinese name written in Hangul too, set AX2.)
        let lead = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
        if let Some((open, close)) = [('(', ')'), ('（', '）')].into_iter().find(|&(o, _)| rest[lead..].starts_with(o))
        {
            let start = at + lead + open.len_utf8();
            let hangul = text[start..].chars().take_while(|&c| is_hangul(c) || c == ' ').collect::<String>();
            let word = hangul.trim_end();
            // (其子金哲（김철，12岁）: or a comma and a note after it.)
            if (2..=5).contains(&word.chars().filter(|&c| is_hangul(c)).count())
                && text[start + hangul.len()..].starts_with([close, '，', ','])
            {
                return Some((start, start + word.len()));
            }
        }
        let (close, skip) = match rest.chars().next()? {
            '(' => (Some(')'), 1),
            '（' => (Some('）'), '（'.len_utf8()),
            ' ' => (None, 1),
            '\u{3000}' => (None, '\u{3000}'.len_utf8()),
            c if c.is_ascii_alphabetic() => (None, 0),
            _ => return None,
        };
        let start = at + skip;
        let body = &text[start..];
        // (黄淑芬（HUANG Shu-Fen）, 张建国（CHANG Chien-Kuo）: a Taiwanese spelling joins the given name's
        // syllables with a hyphen, set W3.)
        // (劉金亮(FONG, CHUNG YEE): a passport's order, surname and a comma first, set AW2.)
        let len = body
            .bytes()
            .take_while(|b| b.is_ascii_alphabetic() || *b == b' ' || (close.is_some() && (*b == b'-' || *b == b',')))
            .count();
        let word = body[..len].trim_end();
        let end = start + word.len();
        let after = &text[end..];
        let closed = match close {
            Some(c) => after.trim_start_matches(' ').starts_with(c),
            None => !after.starts_with(|c: char| c.is_ascii_alphanumeric()),
        };
        if word.is_empty() || !closed {
            return None;
        }
        let letters: Vec<u8> =
            word.bytes().filter(|&b| b != b' ' && b != b',').map(|b| b.to_ascii_lowercase()).collect();
        let fits = |n: usize| (counts[0]..=counts[1]).contains(&n);
        // (CT, ICU, HIV after a name are what was done to the person, not the person's initials.)
        const NOT_INITIALS: [&str; 12] = ["ct", "mr", "mri", "icu", "hiv", "dna", "vip", "app", "id", "qq", "ok", "tv"];
        let upper = word.bytes().all(|b| b.is_ascii_uppercase() || b == b' ');
        let lower = word.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
        let initials = !word.contains(' ')
            && fits(letters.len())
            && (upper || (lower && close.is_some()))
            && !NOT_INITIALS.contains(&std::str::from_utf8(&letters).unwrap_or_default());
        let syllables = word.split(' ').filter(|w| !w.is_empty()).try_fold(Vec::new(), |mut acc: Vec<usize>, w| {
            let counts = self.syllable_counts(&w.to_ascii_lowercase());
            if counts.is_empty() {
                return None;
            }
            acc = if acc.is_empty() {
                counts
            } else {
                acc.iter().flat_map(|a| counts.iter().map(move |c| a + c)).collect()
            };
            Some(acc)
        });
        // (All capitals, all small letters, or each syllable group capitalised: Zhang Laoyan.)
        let capitalised = word.split(' ').all(|w| w.get(1..).unwrap_or("").bytes().all(|b| b.is_ascii_lowercase()));
        // (王香由 wangxiangyou: one syllable more than the name read before it, whose last character it spells.)
        let pinyin = (upper || lower || capitalised)
            && syllables.is_some_and(|c| c.into_iter().any(|n| fits(n) || fits(n.saturating_sub(1))));
        // (杜永康（TO Wing Hong）, 司徒美华（SZETO Mei Wah）: a Cantonese or other romanisation in brackets, one
        // capitalised word a character, or one for a compound surname.)
        // (A hyphen only in a spelling whose surname comes first in capitals: HUANG Shu-Fen, not Wi-Fi or U-Turn.)
        let caps_first =
            word.split(' ').next().is_some_and(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()));
        if word.contains('-') && !(caps_first && word.contains(' ')) {
            return None;
        }
        let words = word.split([' ', '-', ',']).filter(|w| !w.is_empty()).count();
        let romanised = close.is_some()
            && words >= 2
            && (fits(words) || fits(words + 1))
            && word
                .split([' ', '-', ','])
                .filter(|w| !w.is_empty())
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        (initials || pinyin || romanised).then_some((start, end))
    }

    /// The spans of a platform login (zn_lupeng, chenxiaodong_tl, gaoyuhua1975) that spell a person's name: a
    /// run of letters that is a pinyin surname and one or two more syllables. A role account (admin_xuhui01,
    /// xhcy_sys) spells a place or an office, no one: nothing is returned for it. Only for a cell that is
    /// nothing but such a login (ASCII, no space).
    pub fn login_names(&self, text: &str) -> Vec<(usize, usize)> {
        let t = text.trim();
        if t.is_empty() || !t.is_ascii() || t.contains(' ') || !t.bytes().any(|b| b.is_ascii_alphabetic()) {
            return Vec::new();
        }
        let offset = text.len() - text.trim_start().len();
        let mut runs = Vec::new();
        let mut start = None;
        for (i, b) in t.bytes().chain([b'_']).enumerate() {
            match (b.is_ascii_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    runs.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if runs.iter().any(|&(s, e)| LOGIN_ROLES.contains(&t[s..e].to_ascii_lowercase().as_str())) {
            return Vec::new();
        }
        let surname = |w: &str| self.pinyin_surnames.binary_search_by(|p| p.as_str().cmp(w)).is_ok();
        let given = |w: &str| self.syllable_counts(w).iter().any(|&n| (1..=2).contains(&n));
        let mut out = Vec::new();
        for (k, &(s, e)) in runs.iter().enumerate() {
            let w = t[s..e].to_ascii_lowercase();
            // (gansu_mz01, anhui_01: a province's or a district's name, no one's.)
            if PLACES_IN_PINYIN.contains(&w.as_str()) {
                continue;
            }
            let whole =
                (4..=18).contains(&w.len()) && (2..=6.min(w.len() - 2)).any(|l| surname(&w[..l]) && given(&w[l..]));
            // (zhang_san, wang-wei01, ZHANG_WEI: the surname and the given name parted by a separator.)
            let next = runs.get(k + 1).copied().filter(|&(s2, e2)| {
                s2 == e + 1 && (2..=12).contains(&(e2 - s2)) && given(&t[s2..e2].to_ascii_lowercase())
            });
            if whole {
                out.push((s + offset, e + offset));
            } else if surname(&w)
                && let Some((s2, e2)) = next
            {
                out.push((s + offset, e + offset));
                out.push((s2 + offset, e2 + offset));
            }
        }
        out.dedup();
        out
    }

    /// The numbers of pinyin syllables `word` (lower case) splits into, every way it does.
    fn syllable_counts(&self, word: &str) -> Vec<usize> {
        let b = word.as_bytes();
        // ways[i]: the syllable counts that read b[..i].
        let mut ways: Vec<Vec<usize>> = vec![Vec::new(); b.len() + 1];
        ways[0].push(0);
        for i in 0..b.len() {
            if ways[i].is_empty() {
                continue;
            }
            for l in 1..=6.min(b.len() - i) {
                if self.pinyin.binary_search_by(|p| p.as_bytes().cmp(&b[i..i + l])).is_ok() {
                    let next: Vec<usize> = ways[i].iter().map(|c| c + 1).collect();
                    for c in next {
                        if !ways[i + l].contains(&c) {
                            ways[i + l].push(c);
                        }
                    }
                }
            }
        }
        ways.pop().unwrap_or_default()
    }

    /// Health terms of `text` (widened to the words around them) not overlapping `found`, pushed onto it.
    pub fn push_health(&self, text: &str, found: &mut Vec<Finding>) {
        push_veteran_grades(text, found);
        for (start, end) in health_tags(text) {
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
        for (start, end) in care_scores(text) {
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
        for (start, end) in crimes(text) {
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
        for (start, end) in medicines(text) {
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
        for m in self.health.find_iter(text) {
            // 吉林省肿瘤医院, 结核病防治所: a hospital's name, not a diagnosis.
            let after = &text[m.end()..];
            // (重点对象（重病、重残、高龄）: a class of recipients listed between two others is no one's condition;
            // 老人失能、高龄独居 is one person's.)
            let term = &text[m.start()..m.end()];
            // (高龄、重残、未成年人等特殊群体, set BA2: only before 等; 王建国属高龄、重残、未成年人 is his.)
            let class_word = |s: &str| {
                RECIPIENT_CLASSES.iter().any(|w| s.starts_with(w))
                    || ["未成年人等", "残疾人等"].iter().any(|w| s.starts_with(w))
            };
            if RECIPIENT_CLASSES.contains(&term)
                && (after.strip_prefix('、').is_some_and(class_word)
                    && text[..m.start()]
                        .strip_suffix('、')
                        .is_some_and(|b| RECIPIENT_CLASSES.iter().any(|w| b.ends_with(w))))
            {
                continue;
            }
            // (照料护理费按全自理、半护理、全护理分三档发放: grades of care listed together are a rule's scale, set AY4.)
            // (护理等级分为特级护理、一级护理、二级护理、三级护理; 按介助、介护分档, set AZ5's second reading.)
            const CARE_GRADES: [&str; 19] = [
                "特级护理",
                "一级护理",
                "二级护理",
                "三级护理",
                "能力完好",
                "介助",
                "介护",
                "特护",
                "自理",
                "全自理",
                "半自理",
                "全护理",
                "半护理",
                "部分护理",
                "全失能",
                "半失能",
                "轻度失能",
                "中度失能",
                "重度失能",
            ];
            if CARE_GRADES.contains(&term)
                && (after.strip_prefix('、').is_some_and(|r| CARE_GRADES.iter().any(|w| r.starts_with(w)))
                    || text[..m.start()].strip_suffix('、').is_some_and(|b| CARE_GRADES.iter().any(|w| b.ends_with(w))))
                && ['档', '按', '分'].iter().any(|&c| text.contains(c))
            {
                continue;
            }
            // (二级护理费标准, 一级护理员, 特护床位30张, 特护病房: a grade's fee, a carer's title, a ward; not anyone's
            // grade.)
            if (CARE_GRADES.contains(&term) || term.ends_with("护理"))
                && ["费", "标准", "补贴", "员", "床位", "病房", "区", "室"].iter().any(|w| after.starts_with(w))
            {
                continue;
            }
            // (做好出狱人员安置帮教工作, 刑满释放人员安置帮教: a programme for the class.)
            // (Only as the clause's subject or a task's object: 李秀英刑满释放人员安置 is hers.)
            let before_term = &text[..m.start()];
            if matches!(term, "出狱" | "刑满释放" | "刑满")
                && ["人员安置", "人员帮教", "人员的安置", "人员就业"].iter().any(|w| after.starts_with(w))
                && (before_term.chars().next_back().is_none_or(|c| !is_han(c))
                    || ["做好", "开展", "加强", "落实", "负责", "组织"].iter().any(|w| before_term.ends_with(w)))
            {
                continue;
            }
            // (高龄、失能人员可委托他人代办, 高龄、重度残疾等特殊群体可适当倾斜: the last of a list of classes, before
            // the word for the people of those classes, set AY5.)
            // (高龄、失能特困人员优先安排入住, set AZ5.)
            const PEOPLE: [&str; 10] =
                ["人员", "等特殊", "等群体", "等困难", "群体", "对象", "家庭", "特困人员", "老人", "老年人"];
            if (RECIPIENT_CLASSES.contains(&term) || matches!(term, "重度残疾" | "重残"))
                && text[..m.start()]
                    .strip_suffix('、')
                    .is_some_and(|b| RECIPIENT_CLASSES.iter().any(|w| b.ends_with(w)))
                && PEOPLE.iter().any(|w| after.starts_with(w))
            {
                continue;
            }
            if disability_in_rule_item(text, m.start(), term, after) {
                continue;
            }
            // (科室 | 肿瘤科: a hospital's department, the whole cell; 在肿瘤科住院 is one person's stay.)
            if after == "科" && m.start() == 0 {
                continue;
            }
            // 中风险: a medium risk, not a stroke.
            if &text[m.start()..m.end()] == "中风" && after.starts_with('险') {
                continue;
            }
            if complaint_in_everyday_speech(term, &text[..m.start()], after) {
                continue;
            }
            // (请把通知重听一遍, 录音重听后整理: to listen again, not hard of hearing.)
            if term == "重听" && ["一遍", "一次", "后", "了", "录音"].iter().any(|w| after.starts_with(w)) {
                continue;
            }
            // (于东亮大病，自付费用较高 is one person's; 大病保险, 大病医疗救助 are programmes, 重大病虫害 and
            // 老大病故 no illness at all.)
            const PROGRAMME: [&str; 17] = [
                "救助",
                "保险",
                "医保",
                "医疗",
                "报销",
                "补充",
                "慈善",
                "专项",
                "兜底",
                "统筹",
                "商业",
                "再救助",
                "救治",
                "补助",
                "集中",
                "返贫",
                "虫",
            ];
            let term = &text[m.start()..m.end()];
            // (万一遇大病，可另行申请: an illness that may come, no one's.)
            if term == "大病"
                && (PROGRAMME.iter().any(|w| after.starts_with(w)) || text[..m.start()].ends_with(['重', '老', '遇']))
            {
                continue;
            }
            // (祝您身体健康, 身体健康证明, 长期住院医疗费用报销, 先心病患儿救助项目, 年老体弱者优先: a wish, a document, a
            // programme or a class, no one's state.)
            const CLASS_AFTER: [&str; 8] = ["证明", "者", "患儿", "项目", "筛查", "费用", "人员", "群体"];
            if matches!(term, "身体健康" | "长期住院" | "先心病" | "年老体弱")
                && (PROGRAMME.iter().chain(&CLASS_AFTER).any(|w| after.starts_with(w))
                    || ["祝", "祝您", "保障", "促进", "维护", "关心", "关注"]
                        .iter()
                        .any(|w| text[..m.start()].ends_with(w)))
            {
                continue;
            }
            // (门诊慢性病报销, 慢性病患者免费体检: a programme or a class, not one person's illness. Not 慢病卡,
            // 纳入慢性病管理, 慢病随访: a person holds the card and is followed up.)
            const CARE: [&str; 4] = ["报销", "患者", "补助", "用药目录"];
            if matches!(term, "慢性病" | "慢病" | "慢性疾病")
                && (CARE.iter().any(|w| after.starts_with(w)) || text[..m.start()].ends_with("门诊"))
            {
                continue;
            }
            // (读高中暑假, 集中暑期: 中 ends the word before.)
            if term == "中暑" && (text[..m.start()].ends_with(['高', '初', '集']) || after.starts_with(['假', '期']))
            {
                continue;
            }
            // (登革热防控宣传, 褥疮护理知识, 中暑急救培训: health education, not anyone's condition. Not 急救 or
            // 病例 alone: 脑出血急救无效, 本人为登革热病例 are one person's.)
            // (致残率, 致残原因, 中毒事件, 营养不良筛查, 低视力门诊: a rate, a cause, an event or a service, said of
            // no one.)
            const EDUCATION: [&str; 13] = [
                "防控",
                "宣传",
                "知识",
                "培训",
                "急救培训",
                "急救知识",
                "防治",
                "率",
                "原因",
                "因素",
                "事件",
                "筛查",
                "人群",
            ];
            if EDUCATION.iter().any(|w| after.starts_with(w)) {
                continue;
            }
            // (低视力门诊, 开设糖尿病门诊: a clinic opening its clause or being opened. Not 因胃溃疡门诊 or 已申请
            // 尿毒症门诊特殊病种待遇, one person's visit and benefit, set BM3 and BM4.)
            // (糖尿病门诊慢特病待遇, 门诊复查: a benefit or a visit is someone's, wherever it stands.)
            if let Some(rest) = after.strip_prefix("门诊") {
                const VISIT: [&str; 10] =
                    ["慢特病", "特殊病", "特病", "慢病", "待遇", "报销", "就诊", "复查", "治疗", "随访"];
                let before = text[..m.start()].trim_end();
                let clinic = before.is_empty()
                    || before.ends_with(|c: char| "，。；：,;:、（(".contains(c))
                    || ["开设", "设立", "设有", "开通", "开展"].iter().any(|w| before.ends_with(w));
                if clinic && !VISIT.iter().any(|w| rest.starts_with(w)) {
                    continue;
                }
            }
            // (照料护理费按失能等级发放, 按残疾等级确定: a benefit scaled by a grade, said of no one; 失能等级为重度
            // is one person's.)
            // (其子按智力残疾等级享受补贴 is one person's: only a fee or a benefit is paid by the grade.)
            let by_grade = ["按", "按照", "根据", "依据"].iter().find_map(|w| text[..m.start()].strip_suffix(w));
            if after.starts_with("等级")
                && by_grade.is_some_and(|b| ["费", "补贴", "金", "资金", "标准"].iter().any(|w| b.ends_with(w)))
            {
                continue;
            }
            if form_category(text, m.start(), m.end()) {
                continue;
            }
            // (残疾儿童康复救助, 重病儿童医疗救助: a programme for a class of children, not one child's condition.)
            const FOR_CHILDREN: [&str; 10] =
                ["康复", "救助", "补贴", "补助", "福利", "教育", "之家", "服务", "专项", "基本"];
            if term.ends_with("儿童") && FOR_CHILDREN.iter().any(|w| after.starts_with(w)) {
                continue;
            }
            // (存在一氧化碳中毒风险, 预防煤气中毒: a danger warned of, not anyone's condition.)
            let before = &text[..m.start()];
            // (屋顶金属支架已拆除, 钢支架: a frame of metal or wood is no stent.)
            if &text[m.start()..m.end()] == "支架"
                && ["金属", "钢", "铁", "木", "竹", "屋顶", "太阳能", "晾衣", "电视"]
                    .iter()
                    .any(|w| before.ends_with(w))
            {
                continue;
            }
            if after.starts_with("风险")
                || after.starts_with("隐患")
                // (流感季节, 流感疫苗, 流感高发期: a season's or a campaign's word, no one's illness.)
                || (&text[m.start()..m.end()] == "流感"
                    && ["季", "疫苗", "高发", "流行", "防控"].iter().any(|w| after.starts_with(w)))
                || ["预防", "防止", "谨防", "防范", "以防", "防"].iter().any(|w| before.ends_with(w))
                // (避免中暑; not 无法避免截肢, which is one person's fate.)
                || before
                    .strip_suffix("避免")
                    .is_some_and(|b| !["无法", "难以", "不可", "未能", "没能", "不能"].iter().any(|w| b.ends_with(w)))
                // (老人盛夏时节易中暑: a season's risk.)
                || (&text[m.start()..m.end()] == "中暑" && before.ends_with('易'))
                // (判断指标, 不断指导, 诊断指出, 武断指责: 断 and 指 of two words, not a lost finger; 右手断指导致…
                // and 工作中断指两根 are.)
                || (&text[m.start()..m.end()] == "断指"
                    && after.starts_with(['标', '示', '引', '导', '令', '挥', '出', '定', '南', '数', '责'])
                    && ["判", "诊", "不", "间", "中", "垄", "果", "决", "推", "论", "武"].iter().any(|w| before.ends_with(w)))
                // (降低烧煤成本, 心慌意乱: words that hold the term's characters.)
                || (&text[m.start()..m.end()] == "低烧" && before.ends_with('降'))
                || (&text[m.start()..m.end()] == "心慌" && after.starts_with("意乱"))
                // (家中被人盗窃, 家中遭遇盗窃, 防盗窃宣传, 打击寻衅滋事, 反盗窃: a victim or a warning, no one's record. Not 因盗窃案
                // or 有盗窃犯罪前科, which are.)
                || (matches!(&text[m.start()..m.end()], "盗窃" | "抢劫" | "寻衅滋事" | "聚众斗殴" | "故意伤害")
                    && ((["防", "被", "遭", "被人", "遭人", "遭遇", "遭受", "打击", "严打", "反", "惩治", "整治", "预防", "严厉打击"]
                        .iter()
                        .any(|w| before.ends_with(w))
                        // (其子被寻衅滋事罪拘留: a charge after 被 is one person's.)
                        && !after.starts_with('罪'))
                        || after.starts_with("宣传")))
                // (蔬菜晾晒及时脱水: 及时, in time, then 脱水 of vegetables.)
                || (&text[m.start()..m.end()] == "时脱水" && before.ends_with('及'))
                // (工伤保险: a programme, not an injury.)
                // (因工伤未能及时认定: a reason like 因病, as the term file's head says; not 丈夫陈某因工伤住院,
                // what befell the person its clause opens with, set AB4.)
                || (&text[m.start()..m.end()] == "工伤"
                    // (工伤事故: a kind of accident in a category column, set BA2.)
                    && (["保险", "赔偿", "待遇", "事故"].iter().any(|w| after.starts_with(w))
                        || before.strip_suffix('因').is_some_and(|h| !person_opens_clause(h))))
            {
                continue;
            }
            // (…，重残、重病人员可单独纳入保障: what a rule allows two classes of people, in a clause of its own.
            // 本人重残、可单独施保, 该户重残人员可单独纳入 and 属重残人员… are one person's condition.)
            let clause = after.split(['，', ',', '。', '；', ';']).next().unwrap_or(after);
            let opens_clause = before.is_empty() || before.ends_with(['，', ',', '。', '；', ';', '：', ':']);
            let two_classes = matches!(&text[m.start()..m.end()], "重残" | "重病")
                && (after.starts_with("、重病人员") || after.starts_with("、重残人员"));
            if two_classes && opens_clause && clause.contains("可单独") {
                continue;
            }
            // 按全护理标准发放, 部分失能补贴: a benefit's tier named after a condition, not a person's condition.
            // (失能老人护理补贴: a class of people a benefit is for, in the same run of words.)
            // (患尿毒症享受补贴 is not: the class noun comes right after the term.)
            let run: String = after.chars().take_while(|&c| is_han(c)).take(8).collect();
            // (包虫病患者家庭临时救助花名册, 大骨节病患者家庭临时救助名单: a title's programme for a class; not
            // 户主为尿毒症患者申请临时救助, one person's.)
            let title = || ["名单", "名册", "公示", "花名册"].iter().any(|w| text.contains(w));
            // (失能老年人护理补贴发放表, set V2.)
            // (残疾儿童康复救助对象名单（孤独症类）: a title's category of the programme, set W4. Only a title's: the
            // bracket ends the cell, a list's word comes before it, and no comma or colon is in it; not
            // 其子王强（孤独症类），已列入救助名单 or 列入公示名单：李明（脑瘫类）.)
            let category = ["类）", "类)"].contains(&after)
                && ["名单", "名册", "公示"].iter().any(|w| text[..m.start()].contains(w))
                && !text.contains(['：', ':', '，', ',']);
            let class = category
                || (["老人", "老年人", "人员", "人群", "患者", "家庭", "儿童", "对象", "人家庭"]
                    .iter()
                    .any(|w| run.starts_with(w))
                    // (失能人员另加照料护理费: what a rule adds for a class of recipients opening its clause, set
                    // AZ5; not 该老人系失能人员另加…, one person's.)
                    && (["补贴", "标准", "津贴"].iter().any(|w| run.contains(w))
                        || (after.chars().take(12).collect::<String>().contains("护理费")
                            && RECIPIENT_CLASSES.contains(&&text[m.start()..m.end()])
                            && text[..m.start()].chars().next_back().is_none_or(|c| !is_han(c)))
                        || (run.contains("救助") && title())));
            // (雷山县失能特困人员集中照护中心, 失能老人护理院: the name of an institution for a class of people.)
            let long: String = after.chars().take_while(|&c| is_han(c)).take(12).collect();
            // (因胫腓骨骨折转入城关镇敬老院 is not: the class of people comes first.)
            let institution = ["人员", "老人", "残疾人", "儿童"].iter().any(|c| {
                long.find(c).is_some_and(|p| {
                    ["照护中心", "护理中心", "服务中心", "供养中心", "护理院", "养老院", "敬老院", "福利院", "机构"]
                        .iter()
                        .any(|w| long[p..].contains(w))
                })
            });
            if after.starts_with("标准") || after.starts_with("补贴") || class || institution {
                continue;
            }
            // 重度残疾人护理补贴, 残疾人联合会: the name of a benefit or a body, not a person's condition.
            // (严重残疾人单独施保: 重残 inside 残疾人 before a benefit's name; 重病重残人员: a class of people.)
            // (听力残疾二级人员 is one person's grade: 员 follows only a class's 重残.)
            // (重残人员于强单独施保, 按重残人员上浮保障金: on a roster's row the class is this household's; only
            // the policy's own phrase 重病重残人员 names a class alone.)
            let class = text[m.start()..m.end()].ends_with('残') && before.ends_with("重病");
            if let Some(rest) = after.strip_prefix('人').or_else(|| after.strip_prefix("疾人"))
                // (精神、智力残疾人托养服务对象花名册, 精神残疾人托养补助: a service for the class in a title, or its
                // money, set W4; not 其子智力残疾人康复训练中, one person's.)
                && ["护理补贴", "生活补贴", "两项补贴", "补贴", "联合会", "专项", "单独施保", "施保", "员", "托养", "康复"]
                    .iter()
                    .any(|w| {
                        rest.starts_with(w)
                            && (!matches!(*w, "员" | "单独施保" | "施保") || class)
                            && (!matches!(*w, "托养" | "康复")
                                || title()
                                || ["补助", "补贴", "资金", "项目"].iter().any(|b| rest[w.len()..].starts_with(b)))
                    })
            {
                continue;
            }
            // The words around a diagnosis say as much as it does (慢性肾衰竭, 双目失明, 肺癌晚期, 乳腺癌术后).
            let (start, end) = widen_health(text, m.start(), m.end());
            // (结核病防治所, 结核病医院: the widened term is the institution's name.)
            // (诸城市林海孤独症康复中心, 茂名市星语孤独症儿童康复中心: a centre named for the children it serves, set
            // AS2.)
            let served = ["儿童", "患儿", "少儿", "青少年"].iter().find_map(|w| text[end..].strip_prefix(w));
            if INSTITUTION_AFTER.iter().any(|w| text[end..].starts_with(w) || served.is_some_and(|r| r.starts_with(w)))
            {
                continue;
            }
            // (阜阳市强制隔离戒毒所: a rehabilitation centre's name, set BV5; 所 after any other term is more often
            // 所致 or 所带来的.)
            if text[..end].ends_with("戒毒") && text[end..].starts_with('所') {
                continue;
            }
            // (到县社区矫正中心报到, 社区矫正工作人员: the office that runs community sentences, set BU3.)
            if text[..end].ends_with("矫正")
                && ["中心", "机构", "工作", "管理", "委员会", "办公室"].iter().any(|w| text[end..].starts_with(w))
            {
                continue;
            }
            // (康复治疗技术, 康复治疗专业 | 2023级: a course of study, the whole of its clause, set AZ1; not
            // 精神分裂症专业治疗中.)
            if let Some(r) = ["技术", "专业"].iter().find_map(|w| text[end..].strip_prefix(w))
                && (r.is_empty() || r.starts_with(['、', '，', ',', '；', ';', '（', '(', ' ']))
                && text[..start].chars().next_back().is_none_or(|c| !is_han(c))
            {
                continue;
            }
            // 评残三级言语残疾: a term whose widened span runs into the one before it (残三级) joins it.
            if let Some(f) = found.iter_mut().find(|f| f.kind == Kind::Health && f.start < end && start < f.end) {
                f.start = f.start.min(start);
                f.end = f.end.max(end);
            } else if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
        onset_diagnoses(text, found);
        regraded(text, found);
        regraded_care(text, found);
        lost_limbs(text, found);
        body_complaints(text, found);
        breathless(text, found);
        // (其母重病残疾, 其母残疾重病: each condition said of a person ends where the other begins, which is masked
        // too; the passes read one another's findings, so that verify reads the stars left there alike.)
        disabled_said(text, found);
        grave_illness(text, found);
        disabled_said(text, found);
    }
}

/// 本人残疾, 妻子马某某残疾, 子女潘某残疾无赡养能力: 残疾 said of one person ends its clause (or runs into 无/多).
/// Elsewhere it names a class or a programme and stays: 残疾人, 残疾证, 因残疾致贫, （低保、残疾）.
fn disabled_said(text: &str, found: &mut Vec<Finding>) {
    for (at, w) in text.match_indices("残疾") {
        let end = at + w.len();
        let ends = text[end..].chars().next().is_none_or(|c| !is_han(c) || one_of(chars!("无多且并"), c))
            || found.iter().any(|f| f.kind == Kind::Health && f.start == end);
        let said =
            text[..at].chars().next_back().is_some_and(|c| is_han(c) && !one_of(chars!("致成因为有无是和及与或非"), c));
        if ends && said && !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Health, 0));
        }
    }
}

/// “健康状况”按健康、长期慢性病、患有大病、残疾填写, 照料护理标准按全自理、半护理、全护理三档执行: the categories a
/// form's instructions or a rule list, said of no one. The term stands in a list (、) of a clause that says 按
/// before it and 填写 (填报, 勾选, 选填) or a count of tiers (三档, 三类) after it.
fn form_category(text: &str, start: usize, end: usize) -> bool {
    let stops = ['，', ',', '；', ';', '。', '\n'];
    let from = text[..start].rfind(stops).map_or(0, |p| p + text[p..].chars().next().map_or(1, char::len_utf8));
    let to = text[end..].find(stops).map_or(text.len(), |p| end + p);
    let (before, after) = (&text[from..start], &text[end..to]);
    // (本人健康状况按高血压、脑梗填写, 其妻按…, 母亲按肺癌、高血压两类…: a person's own conditions. Before 按 only
    // the form's field or the rule's standard.)
    let head = before.split('按').next().unwrap_or(before);
    let field = head.is_empty()
        || (["标准", "状况”", "状况\"", "情况”", "情况\"", "类别", "”", "\""].iter().any(|w| head.ends_with(w))
            && !head.chars().any(|c| "本其之子女妻夫父母儿孙户主人".contains(c)));
    field
        && before.contains('按')
        && (before.contains('、') || after.contains('、'))
        && (["填写", "填报", "勾选", "选填"].iter().any(|w| after.contains(w))
            || after.char_indices().any(|(p, c)| {
                one_of(chars!("两二三四五六七八九十"), c) && after[p + c.len_utf8()..].starts_with(['档', '类', '级'])
            }))
}

/// Words of a role account's login (admin_xuhui01, xhcy_sys): such a login names an office, not a person.
pub const LOGIN_ROLES: [&str; 14] = [
    "admin",
    "administrator",
    "sys",
    "system",
    "root",
    "manager",
    "mgr",
    "guest",
    "test",
    "dept",
    "office",
    "user",
    "operator",
    "service",
];

/// Provinces and a few districts in pinyin that read as a surname and a given name (anhui, gansu, xuhui): in a
/// login they name the office's place.
const PLACES_IN_PINYIN: [&str; 24] = [
    "anhui",
    "gansu",
    "hunan",
    "hubei",
    "henan",
    "hebei",
    "shanxi",
    "shaanxi",
    "jiangsu",
    "zhejiang",
    "fujian",
    "jiangxi",
    "shandong",
    "guangdong",
    "guangxi",
    "hainan",
    "sichuan",
    "guizhou",
    "yunnan",
    "qinghai",
    "ningxia",
    "jilin",
    "xuhui",
    "changning",
];

/// 人员标签 | 空巢 高龄 低保 残疾, 独居/残疾, 纯老家庭；重病: a cell that is nothing but short tags is one person's
/// tags, and a tag of disability or grave illness is that person's health (set AV2). Only whole tags: 残疾人两项补贴
/// or 重病家庭 inside a sentence stays, and so does a policy's list whose items are longer (重病、重残、高龄对象优先).
/// Alone, 残疾, 残疾人 and 重病 say the same of one person (人员类别 | 残疾人, 持证残疾人: sets AQ2, AS4 and AV2 all
/// mark it health; a summary's row label 残疾人 is masked with them, the safe error). 大病 or 重残 alone name a
/// category of aid or recipients (大病救助), so they count only among other tags.
fn health_tags(text: &str) -> Vec<(usize, usize)> {
    const TAGS: [&str; 8] = ["残疾", "残疾人", "持证残疾人", "重病", "重残", "病残", "伤残", "大病"];
    let sep = |c: char| {
        matches!(
            c,
            '、' | ';' | '；' | '/' | '／' | ',' | '，' | '|' | ' ' | '\u{3000}' | '·' | '+' | '＋' | '\\' | '。'
        )
    };
    if text.len() > 120 || !text.contains(['残', '病']) {
        return Vec::new();
    }
    let mut items = Vec::new();
    let mut from = 0;
    for (k, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if sep(c) {
            if k > from {
                items.push((from, k));
            }
            from = k + c.len_utf8();
        }
    }
    let tag_like = |&(s, e): &(usize, usize)| {
        (text[s..e].chars().count() <= 4 || &text[s..e] == "持证残疾人") && text[s..e].chars().all(is_han)
    };
    if items.is_empty() || !items.iter().all(tag_like) {
        return Vec::new();
    }
    let several = items.len() >= 2;
    items.retain(|&(s, e)| TAGS[..4].contains(&&text[s..e]) || (several && TAGS.contains(&&text[s..e])));
    items
}

/// Barthel指数15分, ADL得分5分, MMSE 7分, 评定得分为45分: a score of an assessment of daily living or cognition,
/// health data as the grade it decides (set BK5). Only the score is hidden, the scale's name stays. A bare 得分 or
/// 评分 counts only in a text about care or disability (失能, 自理, 照护 …): 家庭经济状况评分65分 is no health.
fn care_scores(text: &str) -> Vec<(usize, usize)> {
    const SCALES: [&str; 5] = ["barthel", "adl", "mmse", "巴氏指数", "日常生活活动"];
    const PLAIN: [&str; 3] = ["得分", "评分", "指数"];
    const CARE: [&str; 7] = ["失能", "自理", "照护", "护理", "认知", "日常生活", "卧床"];
    if !text.contains('分') {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let care = SCALES.iter().any(|w| lower.contains(w)) || CARE.iter().any(|w| text.contains(w));
    let mut out = Vec::new();
    let labels = SCALES.iter().chain(if care { PLAIN.iter() } else { [].iter() });
    for label in labels {
        for (at, _) in lower.match_indices(label) {
            let mut k = at + label.len();
            // (Barthel指数得分为 15分: the rest of the scale's name, a verb or a colon, a space.)
            loop {
                let rest = &text[k..];
                let Some(skip) = ["指数", "得分", "评分", "总分", "为", "是", "：", ":", " ", "约"]
                    .iter()
                    .find(|w| rest.starts_with(*w))
                else {
                    break;
                };
                k += skip.len();
            }
            let d =
                text[k..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').map(char::len_utf8).sum::<usize>();
            if d > 0 && text[k + d..].starts_with('分') && !out.iter().any(|&(s, _)| s == k) {
                out.push((k, k + d + '分'.len_utf8()));
            }
        }
    }
    // (0分，完全失能; …；0分，完全失能: a score opening a text or a clause about care; not 5分钟.)
    if care {
        let opens = std::iter::once(0)
            .chain(text.char_indices().filter(|&(_, c)| "，,；;。 ".contains(c)).map(|(k, c)| k + c.len_utf8()));
        for p in opens {
            let d = text[p..].chars().take_while(char::is_ascii_digit).count();
            let rest = &text[p + d..];
            if d > 0 && rest.starts_with('分') && !rest.starts_with("分钟") && !out.iter().any(|&(s, _)| s == p) {
                out.push((p, p + d + '分'.len_utf8()));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether the disability class at `start` belongs to a numbered item of a policy's notes, no one's condition:
/// the item's subject (四、高龄重度残疾人另享高龄津贴: the class alone or after other classes, then 人 and a verb
/// of the rule), or what makes its 补贴对象 (一、补贴对象：…经评定属重度残疾的困难家庭). A member list's item names
/// someone first (1、户主重度残疾, 2、其子重度残疾人张强) and stays masked (set AZ4).
fn disability_in_rule_item(text: &str, start: usize, term: &str, after: &str) -> bool {
    if !matches!(term, "重度残疾" | "重残" | "残疾") {
        return false;
    }
    let item = name::enumeration_prefix(text);
    if item == 0 || start < item {
        return false;
    }
    let lead = &text[item..start];
    let subject = lead.chars().all(|c| "高龄困难、和及".contains(c))
        && after.strip_prefix('人').is_some_and(|r| r.starts_with(['另', '可', '按', '享', '均', '每', '应', '须']));
    let object =
        lead.split_once(['：', ':']).is_some_and(|(label, _)| {
            ["补贴对象", "救助对象", "保障对象", "发放对象", "保障范围"].iter().any(|w| label.ends_with(w))
        }) && ["的困难家庭", "的家庭", "的人员", "的困难群众", "的残疾人"].iter().any(|w| after.starts_with(w));
    subject || object
}

/// Classes of recipients a policy names by a condition or a situation (重病、重残、高龄): listed together, or
/// as the clause before another, they are no one's condition.
const RECIPIENT_CLASSES: [&str; 8] = ["重病", "重残", "高龄", "失能", "孤儿", "独居", "空巢", "留守"];

/// 重病, 重病（尿毒症）, 父亲重病: a grave illness that is a cell's whole value (a parent's state on an orphans'
/// roster) or said of one person. Elsewhere 重病 names a class of recipients and stays (重病、重残、高龄,
/// 重病家庭, 重病重残人员, 突发重病).
fn grave_illness(text: &str, found: &mut Vec<Finding>) {
    // (户主卢光全本人重病, 老人重病，单人纳入保障: 本人 and 老人 say whose.)
    // (母亲马丽静（经名法土麦）重病: a bracket closing a note on the person before it.)
    // (父母双方重病, 夫妻均重病: both of them.)
    // (2023年确诊重病: diagnosed, which only a person is.)
    // (村医反映该儿童重病: the child of the row, set V4.)
    // (父重病，母死亡, 阿婆重病: a parent's or an elder's, sets AA2 and AA4.)
    const MORE: [&str; 34] = [
        "患",
        "监护人",
        "其子",
        "其女",
        "儿子",
        "女儿",
        "其兄",
        "其弟",
        "其姐",
        "其妹",
        "父：",
        "母：",
        "本人",
        "老人",
        "）",
        ")",
        "双方",
        "父母",
        "夫妻",
        "夫妇",
        "均",
        "确诊",
        "该儿童",
        "父",
        "母",
        "阿婆",
        "阿公",
        "老人家",
        "奶奶",
        "爷爷",
        "外婆",
        "外公",
        "姥姥",
        "姥爷",
    ];
    // (原监护人病重住院: 病重 too, said of someone; not inside other words, 重病重残, 疾病重在预防, 大病重点.)
    let grave = text.match_indices("重病").chain(text.match_indices("病重").filter(|&(at, w)| {
        !text[..at].ends_with(['重', '疾', '大', '性', '慢', '急', '发', '生', '看', '治', '防'])
            && !text[at + w.len()..].starts_with(['点', '要', '视', '大', '残', '新', '复', '建'])
    }));
    for (at, w) in grave {
        let end = at + w.len();
        let after = &text[end..];
        let alone = text[..at].trim().is_empty() && (after.trim().is_empty() || after.starts_with(['（', '(']));
        // (家中有二人重病: a count of a household's people says whose too; 本村共有3人重病 counts a village's.)
        const HOME: [&str; 7] = ["家中", "家里", "家庭", "户内", "该户", "全家", "一家"];
        let counted = text[..at].strip_suffix('人').is_some_and(|b| {
            b.chars().next_back().is_some_and(|c| c.is_ascii_digit() || one_of(chars!("一二两三四五六七八九十多几"), c))
                && HOME.iter().any(|w| b.contains(w))
        });
        // (政策规定：夫妻双方重病，可单独施保, 父母双方均重病的儿童可认定为…: a rule's condition, no one's.)
        let rule =
            ["规定", "认定", "可单独", "范围", "的儿童", "的家庭", "对父母", "政策"].iter().any(|w| text.contains(w));
        // (以重病为由申请临时救助: the illness an applicant gave, on a notice of fraud.)
        // (虚报重病骗取医疗救助, 谎称重病, 虚构家庭成员重病事实: the illness claimed, on a notice of fraud, sets V4
        // and U3.)
        // (Not a rule against it: 严禁虚报重病骗取救助资金, 对虚报重病、冒领…等行为依法追责.)
        let forbidden = ["严禁", "防止", "禁止", "杜绝", "不得", "打击", "等行为"].iter().any(|w| text.contains(w));
        // (Read in the sentence 重病 stands in: 一折通已激活，可正常领取；重病在身 is a remark of two.)
        let from = text[..at]
            .rfind(['；', ';', '。', '\n'])
            .map_or(0, |k| k + text[k..].chars().next().map_or(1, char::len_utf8));
        let to = after.find(['；', ';', '。', '\n']).map_or(text.len(), |k| end + k);
        let sentence = &text[from..to];
        // (户主因重病丧失劳动能力的，经审核可纳入低保, 对重病在身、生活困难的老人给予…: a rule's case, no one's.)
        let policy = rule
            || forbidden
            || ["可", "的，", "给予", "应当", "予以", "、"].iter().any(|w| sentence.contains(w))
            || sentence.starts_with('对');
        let pleaded = (text[..at].ends_with('以') && after.starts_with("为由"))
            || (["虚报", "谎称", "假称", "伪称", "虚构", "虚构家庭成员"].iter().any(|w| text[..at].ends_with(w))
                && !forbidden)
            // (伪造重病病历, 提供虚假重病诊断证明, sets Y1 and Y2; not a rule's case, 伪造重病病历的，取消….)
            || (["伪造", "虚假"].iter().any(|w| text[..at].ends_with(w)) && !policy);
        let both = ["双方", "父母", "夫妻", "夫妇", "均"].iter().any(|w| text[..at].ends_with(w));
        // (因病，长期重病: the household's; not a rule's class, 长期重病、重度残疾人员可单独施保, （二）长期重病；.)
        let long = text[..at].ends_with("长期")
            && !rule
            && !text.contains(['、', '可', '凡', '如', '（', '('])
            && !["包括", "对象", "人员"].iter().any(|w| text.contains(w));
        // (重病，丧失劳动能力，靠亲属接济: a remark that opens with it says it of its row's household; not a
        // definition, 重病，是指恶性肿瘤等, 重病，包括…, 重病，以县级以上医院诊断为准.)
        let defined =
            after.get(3..).is_some_and(|r| ["是指", "指", "包括", "以", "含", "即"].iter().any(|w| r.starts_with(w)));
        let opening =
            text[..at].trim().is_empty() && after.starts_with(['，', ',', '；', ';', '。']) && !rule && !defined;
        // (祖母赵桂兰，重病，照料困难, 儿媳，重病，卧床: a clause of its own after one about a person, set V2;
        // not a list of causes or classes, 高龄，重病, 因残，重病，因灾, nor a rule's, 突发意外，重病，可给予….)
        let clause = text[..at].ends_with(['，', ','])
            && after.chars().next().is_none_or(|c| "，,；;。".contains(c))
            && {
                let prev = text[..at].trim_end_matches(['，', ',']);
                let prev = prev.rsplit(['，', ',', '；', ';', '。', '：', ':']).next().unwrap_or(prev);
                !prev.is_empty()
                    && !prev.starts_with('因')
                    && !RECIPIENT_CLASSES
                        .iter()
                        .chain(&["残疾", "特困", "低保", "贫困", "意外"])
                        .any(|w| prev.ends_with(w))
            }
            && !rule
            && !defined
            && !text.contains(['、', '类', '凡', '可'])
            && !["对象", "人员", "情形", "条件", "申请"].iter().any(|w| text.contains(w));
        // (重病在身，常年靠侄子接济: borne by the row's person; 重病在身的低保对象 is a class.)
        let borne =
            ["在身", "缠身"].iter().any(|w| after.strip_prefix(w).is_some_and(|r| !r.starts_with('的'))) && !policy;
        let person_cause = text[..at].strip_suffix('因').is_some_and(person_opens_clause) && !policy;
        // (家中另有重病患者一人: a patient the household has, set AA2.)
        // (家中另有一名重病患者 too; not a rule's, 家中有重病患者的，可申请….)
        let before = ["一名", "一位", "一个", "两名", "两个"]
            .iter()
            .find_map(|c| text[..at].strip_suffix(c))
            .unwrap_or(&text[..at]);
        let housed =
            HOME.iter().any(|h| ["有", "另有"].iter().any(|v| before.ends_with(&format!("{h}{v}")))) && !policy;
        // (重病复发: an illness that returns or grows worse is someone's, set AA1.)
        // (Not a rule's or a statistic's: 重病复发率高, 重病恶化时应及时送医.)
        let course = ["复发", "加重", "恶化"]
            .iter()
            .any(|w| after.strip_prefix(w).is_some_and(|r| r.chars().next().is_none_or(|c| !is_han(c))));
        let said = pleaded
            || opening
            || borne
            || person_cause
            || clause
            || (course && !policy)
            || ((counted
                || housed
                || long
                || (KIN_WHO.iter().chain(&MORE).any(|w| text[..at].ends_with(w)) && !(both && rule))
                || (named_kin(&text[..at]) && !rule))
                && (after.chars().next().is_none_or(|c| !is_han(c) || one_of(chars!("在卧住患病"), c))
                    // (父母重病重残儿童: another condition right after it, which is masked, set AY2; verify reads
                    // the stars there as the line above does.)
                    || found.iter().any(|f| f.kind == Kind::Health && f.start == end)
                    // (阿婆重病多年, 本人重病化疗中, 其父重病长期住院.)
                    || ["多年", "两年", "数年", "几年", "已久", "化疗", "治疗中", "长期", "不能"]
                        .iter()
                        .any(|w| after.starts_with(w))
                    // (父重病母失联: the next clause opens with another kin word.)
                    || ["父", "母", "其", "妻", "夫"].iter().any(|w| after.starts_with(w))));
        if (alone || said) && !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Health, 0));
        }
    }
}

/// Parents, spouses and the head of a household: whom a remark most often says an illness or injury of.
/// Whether `head` ends with a kin word and a name of two or three characters after it (其父郭晓东|重病).
fn named_kin(head: &str) -> bool {
    (2..=3).any(|k| {
        head.char_indices()
            .rev()
            .nth(k - 1)
            .is_some_and(|(i, _)| head[i..].chars().all(is_han) && KIN_WHO.iter().any(|w| head[..i].ends_with(w)))
    })
}

const KIN_WHO: [&str; 13] =
    ["父亲", "母亲", "其父", "其母", "之父", "之母", "配偶", "丈夫", "妻子", "其夫", "其妻", "老伴", "户主"];

/// Whether the clause `head` ends in opens with a person (户主刘德明因重病…, 其夫因重病去世, 丈夫陈某因工伤住院):
/// what the clause says next befell them. 因重病致贫 or 因工伤未能及时认定 with no one named stays a cause.
fn person_opens_clause(head: &str) -> bool {
    const MORE: [&str; 25] = [
        "本人",
        "老人",
        "其子",
        "其女",
        "长子",
        "次子",
        "长女",
        "次女",
        "儿子",
        "女儿",
        "儿媳",
        "女婿",
        "孙子",
        "孙女",
        "该户户主",
        "外孙",
        "之子",
        "之女",
        "其兄",
        "其弟",
        "其姐",
        "其妹",
        "申请人",
        "他",
        "她",
    ];
    // (丈夫陈某，因工伤住院: a clause that is only 因… belongs to the one before it.)
    let head = head.trim_end_matches(['，', ',']);
    let clause = head.rsplit(['，', ',', '；', ';', '。', '\n']).next().unwrap_or(head);
    KIN_WHO.iter().chain(&MORE).any(|w| clause.starts_with(w))
}

/// How bad a complaint is (腰疼得直不起来, 手抖得厉害, 喘得厉害): it belongs to the complaint.
const DEGREES: [&str; 12] = [
    "得厉害",
    "得很",
    "得不行",
    "得要命",
    "得直不起来",
    "得下不了床",
    "得下不了炕",
    "得走不了路",
    "得走不得路",
    "得走不动",
    "得动不了",
    "得睡不着",
];

/// 现在还喘, 一动就喘, 喘得厉害: short of breath, said with an adverb before it or a degree after it. Alone 喘
/// is also breathing in ordinary words (喘口气, 喘息, 苟延残喘), which stay.
fn breathless(text: &str, found: &mut Vec<Finding>) {
    for (at, _) in text.match_indices('喘') {
        let before = text[..at].chars().next_back();
        let after = &text[at + '喘'.len_utf8()..];
        let adverb = before.is_some_and(|c| one_of(chars!("还直老就总常咳气也又"), c));
        let degree = DEGREES.iter().chain(&["不上气", "不过气", "个不停"]).find(|d| after.starts_with(**d));
        if !(adverb || degree.is_some()) || after.starts_with(['口', '息']) {
            continue;
        }
        let end = at + '喘'.len_utf8() + degree.map_or(0, |d| d.len());
        if !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Health, 0));
        }
    }
}

/// 眼睛不好使, 腿脚不利索, 耳朵也背, 心脏有问题, 脑子不太灵光: a part of the body or a faculty, at most one adverb, then
/// what is wrong with it. Staff write a person's condition this way far more often than the term list could
/// spell out; the construction is the same in every dialect.
fn body_complaints(text: &str, found: &mut Vec<Finding>) {
    // Longer words first (腿脚 before 腿). 心 alone is left out: 心不好 is a bad heart in the moral sense.
    const PARTS: [&str; 41] = [
        "记忆力",
        "脚杆",
        "身子骨",
        "腿脚",
        "手脚",
        "眼睛",
        "耳朵",
        "脑子",
        "脑壳",
        "脑袋",
        "腰椎",
        "腰骨",
        "腰杆",
        "腿杆",
        "身子",
        "身体",
        "心脏",
        "肝脏",
        "肾脏",
        "视力",
        "听力",
        "智力",
        "记性",
        "膝盖",
        "关节",
        "嗓子",
        "胳膊",
        "血压",
        "眼神",
        "腰",
        "腿",
        "脚",
        "眼",
        "耳",
        "肾",
        "肝",
        "胃",
        "肺",
        "脑",
        "背",
        "手",
    ];
    const ADVERBS: [&str; 14] =
        ["也有点", "都有点", "越来越", "有点", "有些", "一直", "早就", "已经", "完全", "也", "都", "还", "很", "又"];
    const WRONG: [&str; 31] = [
        "不行",
        "有问题",
        "有毛病",
        "有病",
        "看不见",
        "看不清",
        "听不见",
        "听不清",
        "发育迟缓",
        "不能动",
        "动不了",
        "糊涂",
        "迟钝",
        "退化",
        "萎缩",
        "失灵",
        "坏了",
        "伤了",
        "残了",
        "瘫了",
        "废了",
        "弯了",
        "疼",
        "痛",
        "背",
        "有残疾",
        "聋",
        "抖",
        "肿",
        "高了",
        "偏高",
    ];
    const STEMS: [&str; 11] = ["好使", "利索", "灵光", "灵便", "灵活", "中用", "清醒", "清楚", "得力", "好", "灵"];
    // One pass over the text: at each character that opens a part, the longest part that starts there.
    for (at, c) in text.char_indices() {
        if !one_of(chars!("记身腿手脚眼耳脑腰心肝肾视听智膝关嗓胳胃肺背血"), c) {
            continue;
        }
        let Some(&part) = PARTS.iter().find(|p| text[at..].starts_with(**p)) else { continue };
        let one = part.chars().count() == 1;
        // (心眼不好, 木耳, 电脑坏了, 山脚不好走: a one-character part inside a word is that word's.)
        if one
            && text[..at].ends_with([
                '心', '木', '针', '字', '亲', '靠', '电', '山', '猪', '拉', '帮', '把', '拍', '高', '能', '选', '凶',
                '对', '歌', '水', '助', '新', '老',
            ])
        {
            continue;
        }
        let mut rest = &text[at + part.len()..];
        if let Some(a) = ADVERBS.iter().find(|a| rest.starts_with(*a)) {
            rest = &rest[a.len()..];
        }
        let negated = ["不太", "不大", "不怎么", "不"].iter().find_map(|n| {
            let r = rest.strip_prefix(n)?;
            STEMS.iter().find(|s| r.starts_with(*s)).map(|s| n.len() + s.len())
        });
        let wrong = WRONG.iter().find(|w| rest.starts_with(*w)).map(|w| w.len());
        let Some(len) = negated.or(wrong) else { continue };
        let what = &rest[..len];
        // (耳朵背, 腰弯了, 背疼: 背 is deaf only after an ear, 弯 bent only of a back; 身体好 is no complaint.)
        if (what == "背" && !part.starts_with('耳'))
            || (what == "弯了" && !matches!(part, "腰" | "背" | "腰杆"))
            || (part == "背" && !matches!(what, "疼" | "痛" | "弯了"))
            || (matches!(part, "身体" | "身子") && negated.is_none())
            // (手抖, 手肿了: a hand only shakes or swells; 血压高了: blood pressure is only high.)
            || (part == "手" && !matches!(what, "抖" | "肿" | "疼" | "痛" | "残了" | "废了" | "有残疾"))
            || (part == "血压") != matches!(what, "高了" | "偏高")
        {
            continue;
        }
        let mut end = text.len() - rest.len() + len;
        // 腰疼得直不起来, 手抖得厉害: how bad it is belongs to the complaint.
        if let Some(d) = DEGREES.iter().find(|d| text[end..].starts_with(**d)) {
            end += d.len();
        }
        // (腿疼得下不了炕: a degree that is a health term of its own joins the complaint.)
        if let Some(f) = found.iter_mut().find(|f| f.kind == Kind::Health && f.start < end && at < f.end) {
            f.start = f.start.min(at);
            f.end = f.end.max(end);
        } else if !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Health, 0));
        }
    }
}

/// 断了三根手指, 少了一条腿, 摔断了腿: a lost or broken limb is a condition of the body the term list cannot spell
/// out (any count, any measure word).
fn lost_limbs(text: &str, found: &mut Vec<Finding>) {
    const LEADS: [&str; 10] = ["断了", "断掉", "断", "少了", "缺了", "没了", "失去了", "失去", "截掉", "截了"];
    const PARTS: [&str; 11] = ["手指头", "手指", "脚趾", "指头", "肋骨", "胳膊", "手臂", "腿", "脚", "手", "胳臂"];
    if !text.contains(['断', '少', '缺', '没', '失', '截']) {
        return;
    }
    for lead in LEADS {
        for (at, _) in text.match_indices(lead) {
            let mut rest = &text[at + lead.len()..];
            let counted = rest.starts_with(chars!("一两二三四五六七八九十几半123456789"));
            if counted {
                rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            }
            let measured = rest.starts_with(chars!("根条只个节"));
            if measured {
                rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            }
            let Some(part) = PARTS.iter().find(|p| rest.starts_with(*p)) else { continue };
            let after = &rest[part.len()..];
            // (断了手机, 少了手续: a one-character part stands alone, or after a count and its measure word.)
            if part.chars().count() == 1
                && !(counted && measured)
                && after.chars().next().is_some_and(|c| is_han(c) && !one_of(chars!("骨和也了"), c))
            {
                continue;
            }
            let end = text.len() - after.len();
            if !overlaps(found, at, end) {
                found.push(Finding::text(at, end, Kind::Health, 0));
            }
        }
    }
}

/// 患克汀病多年, 确诊为燃煤型砷中毒: after 患 or a diagnosis word, a disease the term list does not know, read by
/// its last character (病 症 癌 瘤 炎 毒). Words that name no disease (患病, 患重病, 患者) stay.
fn onset_diagnoses(text: &str, found: &mut Vec<Finding>) {
    const ONSETS: [&str; 5] = ["诊断为", "确诊为", "确诊", "查出", "患"];
    const VAGUE: [&str; 15] = [
        "重病",
        "大病",
        "疾病",
        "慢病",
        "急病",
        "怪病",
        "病",
        "重症",
        "此病",
        "慢性病",
        "慢性疾病",
        "老年病",
        "常见病",
        "多发病",
        "基础病",
    ];
    if !text.contains(['患', '诊', '查']) {
        return;
    }
    for onset in ONSETS {
        for (at, _) in text.match_indices(onset) {
            let from = at + onset.len();
            // (确诊为 has its own turn; 确诊后可申请大病救助 names no disease.)
            if onset == "确诊" && text[from..].starts_with(['为', '后', '的', '了', '时']) {
                continue;
            }
            let rest = text[from..].strip_prefix('有').unwrap_or(&text[from..]);
            let from = text.len() - rest.len();
            // The longest run of two to eight Han characters ending in a disease's last character.
            let Some(end) =
                diagnosis_ends(rest, 8, chars!("病症癌瘤炎毒")).filter(|&e| rest[..e].chars().count() >= 2).last()
            else {
                continue;
            };
            let term = &rest[..end];
            if VAGUE.contains(&term) || term.starts_with(['者', '病']) {
                continue;
            }
            let (start, end) = (from, from + end);
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
    }
}

/// The crimes a person was convicted of or is charged with (因盗窃罪服刑, 犯故意伤害罪, 涉嫌诈骗罪被羁押): a criminal
/// record, as sensitive as a diagnosis. The offence runs from the word that brings it in (因, 犯, 涉嫌, 以) to 罪,
/// two to eight Han characters; 犯罪, 无罪 and 认罪 name no offence.
fn crimes(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.match_indices('罪').filter_map(|(p, _)| {
        let before = &text[..p];
        for (n, (start, c)) in before.char_indices().rev().enumerate() {
            if !is_han(c) || n == 8 {
                return None;
            }
            let head = &before[..start];
            if n >= 1 && (head.ends_with(['因', '犯', '以']) || head.ends_with("涉嫌")) {
                let offence = &text[start..p];
                // (因犯罪被判刑: 犯 brings in no offence of its own; 以免获罪 none at all.)
                return (!offence.starts_with(['犯', '免'])).then_some((start, p + '罪'.len_utf8()));
            }
        }
        None
    })
}

/// The medicines a person takes (继续服用复方利血平片, 百令胶囊已取药, 自述漏服噻托溴铵吸入剂): each names its
/// disease as plainly as a diagnosis. A medicine is two to ten Han characters and a dosage form's word (片, 胶囊,
/// 吸入剂 …), said to be taken: a word for taking it right before it (服用, 漏服, 注射, 开具) or one for fetching or
/// dosing it right after (已取药, 每日). (照片, 名片, 一片 have no such word.)
fn medicines(text: &str) -> Vec<(usize, usize)> {
    const FORMS: [&str; 22] = [
        "缓释片",
        "控释片",
        "肠溶片",
        "分散片",
        "咀嚼片",
        "胶囊",
        "软胶囊",
        "颗粒",
        "口服液",
        "注射液",
        "注射剂",
        "吸入剂",
        "气雾剂",
        "喷雾剂",
        "粉雾剂",
        "滴眼液",
        "软膏",
        "乳膏",
        "贴剂",
        "滴丸",
        "片",
        "丸",
    ];
    // Longest first: 漏服 before 服, 服用 before 用.
    const TAKE: [&str; 21] = [
        "继续服用",
        "规律服用",
        "按时服用",
        "长期服用",
        "口服",
        "服用",
        "漏服",
        "停服",
        "加服",
        "改服",
        "加用",
        "改用",
        "使用",
        "注射",
        "吸入",
        "开具",
        "开药",
        "予以",
        "给予",
        "配发",
        "服",
    ];
    const AFTER: [&str; 10] = ["已取药", "取药", "每日", "每天", "每次", "一日", "早晚", "维持", "控制", "治疗"];
    // (One pass over the text: every form ends with one of these, and 服 opens the second reading.)
    if !text.chars().any(|c| "服片囊粒液剂膏丸".contains(c)) {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for form in FORMS {
        for (at, _) in text.match_indices(form) {
            let end = at + form.len();
            if out.iter().any(|&(s, e)| s < end && at < e) {
                continue;
            }
            // The Han run before the form, cut after the last word for taking it.
            let run_start =
                text[..at].char_indices().rev().take_while(|&(_, c)| is_han(c)).last().map_or(at, |(k, _)| k);
            let run = &text[run_start..at];
            let taken = TAKE.iter().filter_map(|w| run.rfind(w).map(|k| k + w.len())).max();
            let start = taken.map_or(run_start, |k| run_start + k);
            let stem = text[start..at].chars().count();
            // (用于购买化肥颗粒: words of a sentence are no medicine's name.)
            let sentence = text[start..at].contains(['的', '了', '于', '和', '与', '及', '买', '购', '领', '送', '发']);
            let fetched = AFTER.iter().any(|w| text[end..].starts_with(w));
            // (给予城东片区…: 片 opening a word, 片区, 片刻, is no tablet.)
            let word = form == "片" && text[end..].starts_with(['区', '刻', '面', '段', '名', '长']);
            if (2..=10).contains(&stem) && !sentence && !word && (taken.is_some() || fetched) {
                out.push((start, end));
            }
        }
    }
    // (规律服用沙美特罗替卡松，…; 服沙美特罗替卡松每日1次: what follows a word for swallowing it, to the clause's end
    // or its dose, is the medicine, whatever its form.)
    // (服 alone too, 服沙美特罗替卡松, when it makes no other word: 衣服, 服务, 服从, 服刑.)
    let swallow = |at: usize| {
        // (对方不服提起上诉: nor 不服, 屈服, 驯服, set BP1.)
        !text[..at].ends_with([
            '衣', '说', '克', '制', '舒', '佩', '信', '征', '校', '警', '军', '礼', '西', '汉', '和', '不', '屈', '驯',
            '降', '收', '臣', '叹', '心', '折', '被', '工', '孝', '丧', '便', '童', '泳', '内', '唐', '队',
        ]) && !text[at + '服'.len_utf8()..].starts_with(['务', '装', '从', '刑', '气', '饰', '役', '帖', '输'])
    };
    let words = ["服用", "漏服", "停服", "口服", "加服", "改服"].into_iter().flat_map(|w| text.match_indices(w));
    let alone = text.match_indices('服').filter(|&(at, _)| {
        swallow(at)
            && !text[at..].starts_with("服用")
            && !["漏", "停", "口", "加", "改"].iter().any(|p| text[..at].ends_with(p))
    });
    for (at, w) in words.chain(alone) {
        let start = at + w.len();
        let run: usize = text[start..].chars().take_while(|&c| is_han(c)).map(char::len_utf8).sum();
        let mut end = start + run;
        if let Some(k) = AFTER.iter().filter_map(|a| text[start..end].find(a)).min() {
            end = start + k;
        }
        let n = text[start..end].chars().count();
        let sentence = text[start..end].contains(['的', '了', '于', '和', '与', '及', '后', '时', '药']);
        if (3..=10).contains(&n) && !sentence && !out.iter().any(|&(s, e)| s < end && start < e) {
            out.push((start, end));
        }
    }
    out
}

/// What follows a health term in the name of a hospital or a clinic (吉林省肿瘤医院, 结核病防治所).
const INSTITUTION_AFTER: [&str; 9] =
    ["医院", "防治", "专科", "研究所", "康复中心", "康复机构", "学校", "协会", "服务中心"];

/// Qualifiers before and after a health term that belong to the diagnosis.
const HEALTH_BEFORE: [&str; 43] = [
    // 左下肢截肢, 双下肢瘫痪: which limb or organ (longer words first: the first match is taken).
    "左下肢",
    "右下肢",
    "双下肢",
    "左上肢",
    "右上肢",
    "双上肢",
    "下肢",
    "上肢",
    "左腿",
    "右腿",
    "双腿",
    "左手",
    "右手",
    "双手",
    "左臂",
    "右臂",
    "左眼",
    "右眼",
    "左耳",
    "右耳",
    "慢性",
    "急性",
    "重度",
    "中度",
    "轻度",
    "双目",
    "双眼",
    "单眼",
    "双耳",
    "小儿",
    "先天性",
    "严重",
    "晚期",
    "老年性",
    // 股骨颈骨折, 急性淋巴细胞白血病.
    "股骨颈",
    "股骨头",
    "淋巴细胞",
    // 多发性肋骨骨折, 小腿坏死.
    "肋骨",
    "小腿",
    "大腿",
    "左脚",
    "右脚",
    "双脚",
];
/// (因脑梗行走不便: what a diagnosis leaves a person unable to do, right after it, goes with it; 行走不便 alone is
/// no diagnosis.)
const HEALTH_AFTER: [&str; 19] = [
    "晚期",
    "早期",
    "中期",
    "术后",
    "后遗症",
    "并发症",
    "综合征",
    "复发",
    "转移",
    "手术",
    "病",
    "症",
    "行走不便",
    "行动不便",
    "行走困难",
    "行动困难",
    "植入",
    "辅助治疗",
    "失代偿期",
];
/// Last characters of a diagnosis: a qualifier run (粉碎性, 结核性, 急性淋巴细胞) or a consequence (所致精神障碍)
/// around a term reaches as far as one of these.
const DIAGNOSIS_LAST: &str = "病症癌瘤炎折碍伤血";

/// 残疾等级由二级调整为三级, 原肢体残疾三级，复评调整为一级: a grade a disability is changed from or to, once the
/// text has named a disability (残) or a condition before it, is health data like the first grade.
fn regraded(text: &str, found: &mut Vec<Finding>) {
    const CHANGE: [&str; 8] = ["调整为", "变更为", "评定为", "评为", "降为", "升为", "等级由", "级别由"];
    if !text.contains('级') {
        return;
    }
    for g in GRADES {
        for (p, _) in text.match_indices(g) {
            let before = &text[..p];
            // (换证，等级调整为二级: the certificate renewed is a disability's, set E2.)
            let disability = before.contains('残')
                || ["换证", "复评"].iter().any(|w| before.contains(w))
                || found.iter().any(|f| f.kind == Kind::Health && f.end <= p);
            let end = p + g.len();
            if disability && CHANGE.iter().any(|w| before.ends_with(w)) && !overlaps(found, p, end) {
                found.push(Finding::text(p, end, Kind::Health, 0));
            }
        }
    }
}

/// 2024年起由自理调整为特护, 由介护调整为自理: a care grade changed from one to another, where one side is a health
/// finding already; the other side, a grade of a few characters, is the same person's health (set AZ5).
fn regraded_care(text: &str, found: &mut Vec<Finding>) {
    const CHANGE: [&str; 5] = ["调整为", "变更为", "改为", "转为", "变为"];
    // (Every 由 of the text: 由张三代领，2024年起由自理调整为特护 changes the grade at the second.)
    for (at, _) in text.match_indices('由') {
        let from = at + '由'.len_utf8();
        let Some((k, w)) = CHANGE.iter().filter_map(|w| text[from..].find(w).map(|k| (from + k, *w))).min() else {
            return;
        };
        let to = k + w.len();
        let to_end = to + text[to..].chars().take_while(|&c| is_han(c)).map(char::len_utf8).sum::<usize>();
        let grade =
            |s: usize, e: usize| (1..=4).contains(&text[s..e].chars().count()) && text[s..e].chars().all(is_han);
        let health = |s: usize, e: usize| found.iter().any(|f| f.kind == Kind::Health && f.start <= s && f.end >= e);
        if !grade(from, k) || !grade(to, to_end) {
            continue;
        }
        let side = match (health(from, k), health(to, to_end)) {
            (true, false) => (to, to_end),
            (false, true) => (from, k),
            _ => continue,
        };
        // (Only another grade: 由本院转为特护, 由低保转为特护 change a place or a benefit.)
        if text[side.0..side.1].chars().any(|c| "护理助能失级自".contains(c)) && !overlaps(found, side.0, side.1)
        {
            found.push(Finding::text(side.0, side.1, Kind::Health, 0));
        }
    }
}

/// Disability grades: health data like the category they grade (二级听力残疾, 肢体残疾三级).
const GRADES: [&str; 8] = ["一级", "二级", "三级", "四级", "1级", "2级", "3级", "4级"];

fn widen_health(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    // (Twice: 急性 + 淋巴细胞 + 白血病.)
    for _ in 0..2 {
        if let Some(w) = HEALTH_BEFORE.iter().find(|w| text[..start].ends_with(*w)) {
            start -= w.len();
        }
    }
    // 粉碎性骨折, 结核性胸膜炎, 扩张型心肌病, 1型糖尿病: a two-character qualifier ending in 性 or 型 before the
    // term, then what comes before that (左手粉碎性骨折).
    if let Some(head) = text[..start].strip_suffix(['性', '型']) {
        let digits_too = text[head.len()..].starts_with('型');
        let lead: usize = head
            .chars()
            .rev()
            .take_while(|&c| {
                (is_han(c) || (digits_too && c.is_ascii_digit())) && !one_of(chars!("患因致为的是有和及或系男女"), c)
            })
            .take(2)
            .map(char::len_utf8)
            .sum();
        if lead > 0 {
            start = head.len() - lead;
            if let Some(w) = HEALTH_BEFORE.iter().find(|w| text[..start].ends_with(*w)) {
                start -= w.len();
            }
        }
    }
    // (瘫在床上: after 瘫 alone, where it keeps the person says what it is.)
    if &text[start..end] == "瘫"
        && let Some(w) = ["在床", "在炕"].iter().find(|w| text[end..].starts_with(*w))
    {
        end += w.len();
    }
    // (Twice: 肝癌晚期行走不便.)
    for _ in 0..2 {
        if let Some(w) = HEALTH_AFTER.iter().find(|w| text[end..].starts_with(*w)) {
            end += w.len();
        }
    }
    // 急性淋巴细胞白血病 (白血病 found, 急性 before it), 结核性胸膜炎, 癫痫所致精神障碍: after a qualifier or 所致,
    // the diagnosis goes on to its last character, at most six characters on (所致精神障碍; not 所致行动不便看病难).
    let rest = &text[end..];
    if rest.starts_with('性') || rest.starts_with("所致") {
        if let Some(e) = diagnosis_ends(rest, 6, chars!(DIAGNOSIS_LAST)).last() {
            end += e;
        }
    }
    if text[start..end].contains('残') {
        if let Some(g) = GRADES.iter().find(|g| text[..start].ends_with(*g)) {
            start -= g.len();
        }
        // 残二级: the grade's 级 after an abbreviation.
        if text[..end].ends_with(['一', '二', '三', '四']) && text[end..].starts_with('级') {
            end += '级'.len_utf8();
        }
        // 肢体残疾三级, 多重残疾（二级）.
        let rest = &text[end..];
        let open = rest.strip_prefix(['（', '(']);
        let inner = open.unwrap_or(rest);
        if let Some(g) = GRADES.iter().find(|g| inner.starts_with(*g)) {
            let after = &inner[g.len()..];
            let close = if open.is_some() { after.chars().next().filter(|c| matches!(c, '）' | ')')) } else { None };
            if open.is_none() || close.is_some() {
                end = text.len() - after.len() + close.map_or(0, char::len_utf8);
            }
        }
    }
    (start, end)
}

/// Byte ends, in order, of the diagnoses `text` may start with: its first `max` Han characters, cut after each
/// one of `last` (a disease's last character).
fn diagnosis_ends<'a>(text: &'a str, max: usize, last: &'a [char]) -> impl Iterator<Item = usize> + 'a {
    text.char_indices()
        .take_while(|&(_, c)| is_han(c))
        .take(max)
        .filter(move |&(_, c)| one_of(last, c))
        .map(|(k, c)| k + c.len_utf8())
}

/// A number retyped or read by OCR with letters that look like digits (176S497737I, 1ＳＺ8492Ｂ876,
/// l39O1234567): in a run of letters and digits, the part from its first digit or look-alike letter on (after
/// a label such as Tel), made of digits and such letters only (an ID's check X may end it), with seven digits
/// or more and an identifier's length: 10 to 12 characters (a phone) or 15 to 20 (an ID, a card, a disability
/// certificate). No other detector read it. Hidden whole, failing closed (set AB3). (Codes with other letters
/// stay, 91420104MAA64DLX65, TN202411020001, and so do short ones, 2024B0312, 12345678B.)
fn push_mixed_numbers(text: &str, found: &mut Vec<Finding>) {
    let digit_like = |c: char| digits::digit_of(c).is_some() || digits::look_alike_digit(c).is_some();
    // (Asked of every text: one pass over its bytes tells most have too few digits. 0xEF opens a full-width
    // character in UTF-8.)
    let (mut ascii, mut wide) = (0, false);
    for b in text.bytes() {
        ascii += usize::from(b.is_ascii_digit());
        wide |= b == 0xEF;
    }
    if ascii < 7 && !(wide && text.contains(|c: char| ('\u{FF10}'..='\u{FF19}').contains(&c))) {
        return;
    }
    let alnum = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
    };
    let mut it = text.char_indices().peekable();
    while let Some((s, c)) = it.next() {
        if !alnum(c) {
            continue;
        }
        let mut e = s + c.len_utf8();
        while let Some(&(k, c)) = it.peek().filter(|&&(_, c)| alnum(c)) {
            e = k + c.len_utf8();
            it.next();
        }
        // (Tel176S497737I: the label's letters before the number are no part of it.)
        let run = &text[s..e];
        let Some(from) = run
            .char_indices()
            .rev()
            .take_while(|&(k, c)| digit_like(c) || (k + c.len_utf8() == run.len() && matches!(c, 'X' | 'x' | 'Ｘ')))
            .last()
            .map(|(k, _)| s + k)
        else {
            continue;
        };
        if text[s..from].chars().any(|c| digits::digit_of(c).is_some()) {
            continue;
        }
        // (JS3208…, CQRCB2403…: a look-alike letter right after other letters is the code's prefix, not a digit.)
        let from = if from > s {
            text[from..e].find(|c: char| digits::digit_of(c).is_some()).map_or(e, |k| from + k)
        } else {
            from
        };
        let part = &text[from..e];
        let numerals = part.chars().filter(|&c| digits::digit_of(c).is_some()).count();
        let len = part.chars().count();
        let letters = len - numerals;
        let id_like = (10..=12).contains(&len) || (15..=20).contains(&len);
        let lone_x = letters == 1 && part.ends_with(['X', 'x', 'Ｘ']);
        if numerals >= 7 && letters >= 1 && !lone_x && id_like && !overlaps(found, from, e) {
            found.push(Finding::text(from, e, Kind::FreeText, 0));
        }
    }
}

/// What reaches a person online: an e-mail address's name part (zhangsan1988@163.com), and what follows 微信号,
/// 微信名, QQ号 and the like (微信名tan la mei, QQ号123456789). Hidden whole, as a name of no surname is; the
/// mail's domain stays.
fn push_handles(text: &str, found: &mut Vec<Finding>) {
    let handle = handle_byte;
    let bytes = text.as_bytes();
    let mails = if text.contains('@') { text.match_indices('@').collect() } else { Vec::new() };
    for (at, _) in mails {
        let start = at - bytes[..at].iter().rev().take_while(|&&b| handle(b) || b == b'+').count();
        let domain =
            bytes[at + 1..].iter().take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.')).count();
        let host = text[at + 1..at + 1 + domain].trim_end_matches('.');
        let tld = host.rsplit('.').next().unwrap_or("");
        // (举报邮箱：cgxcl@163.com: an office's published mailbox, as its 监督电话 is.)
        let head = text[..start].trim_end_matches([':', '：', ' ', '\u{3000}']);
        // (Not 户主本人投诉邮箱 or 申请人单位邮箱: only a mailbox no person's word comes before.)
        let head = head.strip_suffix('为').or_else(|| head.strip_suffix('是')).unwrap_or(head);
        let public = ["举报邮箱", "监督邮箱", "咨询邮箱", "举报信箱"].iter().any(|w| {
            head.strip_suffix(w).is_some_and(|b| {
                b.chars().next_back().is_none_or(|c| !is_han(c) || "局委办心府所院会站室处股".contains(c))
            })
        });
        // (…监督电话：0554-4012345，电子邮箱：sxmzjjz@163.com: a notice's own mailbox, given beside its hotline.)
        // (监督电话：0817-…　　投诉邮箱：ylxmzj@163.com, set BO3.)
        let footer = ["电子邮箱", "投诉邮箱", "邮箱"]
            .iter()
            .any(|w| head.strip_suffix(w).is_some_and(|b| b.chars().next_back().is_none_or(|c| !is_han(c))))
            && digits::HOTLINES.iter().any(|k| text[..start].contains(k));
        let mailbox = start < at
            && !public
            && !footer
            && host.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic());
        // (QQ邮箱30043653@qq.com: the mailbox's name is hidden whole, not as a number read inside it.)
        if mailbox {
            found.retain(|f| f.digits.is_empty() || !(f.start < at && start < f.end));
        }
        if mailbox && !overlaps(found, start, at) {
            found.push(Finding::text(start, at, Kind::Name, 0));
        }
    }
    // (Only text with Latin letters holds the Latin labels below; most remarks have none.)
    let latin = bytes.iter().any(|b| matches!(b, b'w' | b'W' | b'v' | b'V'));
    // (wxid_ihsg9inc8rhunh: a WeChat account's own id, whatever labels it; set Z4.)
    for (at, _) in text.match_indices("wxid_").filter(|_| latin) {
        let end = at + bytes[at..].iter().take_while(|&&b| handle(b)).count();
        if (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) && end > at + 8 && !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Name, 0));
        }
    }
    // (wx:junhong1970, WeChat: …: Latin labels, only with a colon, and not inside a word.)
    for label in ["wx", "WX", "Wx", "vx", "VX", "WeChat", "wechat", "Wechat"].into_iter().filter(|_| latin) {
        for (at, _) in text.match_indices(label) {
            let start = at + label.len();
            let colon = text[start..].starts_with([':', '：']);
            if !colon || (at > 0 && bytes[at - 1].is_ascii_alphanumeric()) {
                continue;
            }
            let start = start + text[start..].chars().next().map_or(1, char::len_utf8);
            let start = start + text[start..].len() - text[start..].trim_start().len();
            let end = start + bytes[start..].iter().take_while(|&&b| handle(b)).count();
            let end = start + text[start..end].trim_end_matches(['.', '-']).len();
            if end >= start + 3 && !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Name, 0));
            }
        }
    }
    const LABELS: [&str; 10] = ["微信号", "微信名", "微信昵称", "微信", "QQ号", "qq号", "QQ", "qq", "抖音号", "快手号"];
    // (Single characters first: each a memchr, asked of every remark.)
    if !['微', 'Q', 'q', '抖', '快'].iter().any(|&c| text.contains(c)) || !LABELS.iter().any(|l| text.contains(l)) {
        return;
    }
    for label in LABELS {
        for (at, _) in text.match_indices(label) {
            // (52410305MJYKQQPD4D: Q and Q inside an organisation's code, or any word of letters and digits, are
            // no label, set BV2.)
            if label.is_ascii() && text[..at].bytes().next_back().is_some_and(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            let mut start = at + label.len();
            start += text[start..]
                .chars()
                .take_while(|c| matches!(c, '：' | ':' | ' ' | '是' | '为' | '（' | '('))
                .map(char::len_utf8)
                .sum::<usize>();
            // Letters, digits and _ . - , and single spaces between Latin words (tan la mei).
            let mut end = start;
            while end < bytes.len()
                && (handle(bytes[end])
                    || (bytes[end] == b' ' && bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic) && end > start))
            {
                end += 1;
            }
            let token = text[start..end].trim_end_matches(['.', '-']);
            let end = start + token.len();
            // (已加微信（135****4594）: a phone masked already, the number it was, as `verify` reads the output.)
            let masked_number = token.bytes().all(|b| b.is_ascii_digit()) && bytes.get(end) == Some(&b'*');
            if token.len() >= 3 && !masked_number && !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Name, 0));
            }
        }
    }
}

/// 住院号ZY2023055954, 病案号：A-20230417: a patient's number at a hospital, after its label (health data, as a
/// 住院号 column is). Letters, digits and dashes, four or more, hidden whole.
fn push_patient_numbers(text: &str, found: &mut Vec<Finding>) {
    if !text.contains(['号', '证']) {
        return;
    }
    // (110接警编号J4401002023072701051, 派出所出警，回执号20230707-4573, 120出车单号202309085949: the police's
    // or the ambulance's record of one person's emergency, set AN4.)
    // (交强险报案号RDAA202335090039387808, 保单号…: one person's insurance claim; 学籍号L520526900728782141, a
    // pupil's national school number, the ID after a letter; sets CG4, CG5.)
    const LABELS: [(&str, Kind); 30] = [
        ("报案号", Kind::FreeText),
        ("理赔号", Kind::FreeText),
        ("赔案号", Kind::FreeText),
        ("保单号", Kind::FreeText),
        ("保险单号", Kind::FreeText),
        ("学籍号", Kind::FreeText),
        ("住院号", Kind::Health),
        ("病案号", Kind::Health),
        ("门诊号", Kind::Health),
        ("就诊号", Kind::Health),
        ("病历号", Kind::Health),
        ("接警编号", Kind::FreeText),
        ("接警号", Kind::FreeText),
        ("警情编号", Kind::FreeText),
        ("警情号", Kind::FreeText),
        ("回执号", Kind::FreeText),
        ("回执编号", Kind::FreeText),
        ("出车单号", Kind::FreeText),
        ("出车编号", Kind::FreeText),
        ("急救单号", Kind::FreeText),
        // (火化证号：晋殡火字第202303103号, 死亡医学证明编号F32037541303: one person's death on record, set AP4.)
        ("火化编号", Kind::FreeText),
        ("死亡证号", Kind::FreeText),
        // (不动产权证0587384, 房产证0236198: the number right after the certificate's name, set AQ4.)
        ("不动产权证", Kind::FreeText),
        ("房产证", Kind::FreeText),
        ("房屋所有权证", Kind::FreeText),
        ("火化证", Kind::FreeText),
        // (电费户号53168015343, 表号RQ44861014与户号064108367不一致, 供热户号06-30-47730: a household's account
        // with a utility, or its meter, set AR3.)
        ("户号", Kind::BankAccount),
        ("用户编号", Kind::BankAccount),
        ("客户编号", Kind::BankAccount),
        ("表号", Kind::BankAccount),
    ];
    // (会议回执号, 快递回执号: a receipt of a meeting or a parcel is no one's emergency.)
    let police = text.contains('警') || text.contains("派出所");
    for (label, kind) in LABELS {
        if label.starts_with("回执") && !police {
            continue;
        }
        let certificate = label.starts_with(['火', '死', '不', '房']);
        for (at, _) in text.match_indices(label) {
            // (低保户号HD-653101-0012: the benefit's household number, public as 低保证编号 is.)
            if label == "户号" && ["低保", "五保", "特困"].iter().any(|w| text[..at].ends_with(w)) {
                continue;
            }
            // (火化证号, 房产证编号: a certificate's labels, taken whole below.)
            if certificate && text[at + label.len()..].starts_with(['号', '编', '明', '书']) {
                continue;
            }
            push_number_after(text, at + label.len(), certificate, kind, found);
        }
    }
    push_certificate_numbers(text, found);
}

/// A certificate's number after a label that ends in 证号, 证书号, 证明书号, 证（明）编号 and the like, in whatever
/// words the office names it (火化证明书号, 殡葬证号, 准考证号, 军官证号: set AP4's residue). The certificate is a
/// person's; 许可证号 and 执照 are a business's, 身份证号 and 残疾证号 are read as digits before this, and a
/// benefit card (低保证编号：HD-653101-…) is the household's, public as it was.
fn push_certificate_numbers(text: &str, found: &mut Vec<Finding>) {
    const SUFFIXES: [&str; 8] =
        ["证号", "证编号", "证书号", "证书编号", "证明号", "证明书号", "证明编号", "证明书编号"];
    // (组织机构代码证号, 税务登记证号, 社会团体法人登记证书号, 资质证书编号, 养老机构备案证明编号: an organisation's.)
    // (身份证号：2205021990, 残疾证号：2205021234: what is left of a truncated ID or certificate is hidden too; a
    // whole one was found as digits before this, and its finding covers the span.)
    const NOT_PERSONAL: [&str; 14] = [
        "许可", "执照", "低保", "救助", "供养", "五保", "特困", "代码", "登记", "资质", "备案", "税务", "营业", "法人",
    ];
    for (at, _) in text.match_indices('号') {
        let head = &text[..at + '号'.len_utf8()];
        let Some(suffix) = SUFFIXES.iter().find(|s| head.ends_with(*s)) else { continue };
        let label_start = head.len() - suffix.len();
        // (The label's own words: the Han characters before it, ten at most.)
        let words: usize =
            text[..label_start].chars().rev().take(10).take_while(|&c| is_han(c)).map(char::len_utf8).sum();
        if NOT_PERSONAL.iter().any(|w| text[label_start - words..label_start].contains(w)) {
            continue;
        }
        push_number_after(text, head.len(), true, Kind::FreeText, found);
    }
}

/// The record's number that follows a label ending at `start`: after a colon or 为, an office's own form up
/// to its 号 (X京房权证朝字第123456号), or a run of letters, digits and dashes, full-width too, with a digit.
fn push_number_after(text: &str, mut start: usize, certificate: bool, kind: Kind, found: &mut Vec<Finding>) {
    // (住院号分别为23671184、22918555: each number of a list after the label, set CB1.)
    if let Some(rest) = text[start..].strip_prefix("分别") {
        start = text.len() - rest.len();
        let mut at = start;
        while let Some(sep) = text[at..].find('、').map(|k| at + k) {
            let next = sep + '、'.len_utf8();
            if record_token_len(&text[next..]) < 4 {
                break;
            }
            push_number_after(text, next, certificate, kind, found);
            at = next;
        }
    }
    start += text[start..]
        .chars()
        .take_while(|c| matches!(c, '：' | ':' | ' ' | '\u{3000}' | '为' | '码' | '（' | '('))
        .map(char::len_utf8)
        .sum::<usize>();
    // (表号No.263683128: the abbreviation before the number is part of it.)
    for no in ["No.", "NO.", "No．", "NO．", "№"] {
        if text[start..].starts_with(no) && record_token_len(&text[start + no.len()..]) > 0 {
            start += no.len();
            break;
        }
    }
    let numbered = if certificate { numbered_certificate_len(&text[start..]) } else { 0 };
    // (身份证号：220502********1231号: a number masked already, six digits at most in a run and ten in all.)
    let hidden = |span: &str| {
        span.chars().any(crate::mask::is_star)
            && span.split(|c: char| digits::digit_of(c).is_none()).all(|run| run.chars().count() <= 6)
            && span.chars().filter(|&c| digits::digit_of(c).is_some()).count() <= 10
    };
    if numbered > 0 && hidden(&text[start..start + numbered]) {
        return;
    }
    if numbered > 0 {
        if !overlaps(found, start, start + numbered) {
            found.push(Finding::text(start, start + numbered, kind, 0));
        }
        return;
    }
    // (晋殡火字第202303103号: an office's prefix in Han characters before a certificate's digits.)
    let prefix = if certificate { han_prefix_len(&text[start..]) } else { 0 };
    let mut end = start + prefix + record_token_len(&text[start + prefix..]);
    // (周殡火证字2023第6492号: the year, then the number.)
    if prefix > 0
        && let Some(more) = text[end..].strip_prefix('第')
        && more.starts_with(|c: char| digits::digit_of(c).is_some())
    {
        end = text.len() - more.len() + record_token_len(more);
    }
    if prefix > 0 && end > start + prefix && text[end..].starts_with('号') {
        end += '号'.len_utf8();
    }
    // (准考证号：2023 0123 4567, 殡葬证号：FJ 20230312: a number in groups, one space apart.)
    while let Some(more) = text[end..].strip_prefix(' ')
        && more.starts_with(|c: char| digits::digit_of(c).is_some())
    {
        end = text.len() - more.len() + record_token_len(more);
    }
    let token = &text[start..end];
    // (原证号610321**************: an ID's six digits kept before the stars, as its mask leaves them; 表号：2023年更换,
    // a year.)
    let masked = text[end..].starts_with(['*', '年', '月', '日', '元']);
    let number = token.chars().count() >= 4 && token.chars().any(|c| digits::digit_of(c).is_some()) && !masked;
    // (殡葬证号 FJ 20230312: letters inside the number read as a Latin name are the number's.)
    if number {
        found.retain(|f| !(f.kind == Kind::Name && start <= f.start && f.end <= end));
    }
    if number && !overlaps(found, start, end) {
        found.push(Finding::text(start, end, kind, 0));
    }
}

/// Byte length of a record number's run: ASCII or full-width letters and digits, and dashes.
fn record_token_len(s: &str) -> usize {
    s.chars()
        .take_while(|&c| {
            c.is_ascii_alphanumeric()
                || c == '-'
                || matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
        })
        .map(char::len_utf8)
        .sum()
}

/// Byte length of a certificate's number written in an office's own form, up to the 号 after its digits
/// (X京房权证朝字第123456号, 粤(2021)深圳市不动产权第0123456号): 24 characters at most, no clause's end inside,
/// four digits or more; 0 when there is none.
fn numbered_certificate_len(s: &str) -> usize {
    let mut digits = 0;
    let mut prev_digit = false;
    for (i, c) in s.char_indices().take(24) {
        if matches!(c, '，' | ',' | '。' | '；' | ';' | '、' | ' ' | '\n') {
            break;
        }
        if c == '号' && prev_digit {
            return if digits >= 4 { i + c.len_utf8() } else { 0 };
        }
        prev_digit = digits::digit_of(c).is_some();
        digits += usize::from(prev_digit);
    }
    0
}

/// Byte length of the Han characters of an office's prefix before a certificate's digits (晋殡火字第, 周殡火证字2023第
/// takes 周殡火证字): up to eight, when digits follow them; 0 otherwise.
/// (身份证号码只显示前6位: words after the label, not an office's prefix, which is short or names its 字 or 第,
/// set AY4.)
fn han_prefix_len(s: &str) -> usize {
    let n: usize = s.chars().take(8).take_while(|&c| is_han(c)).map(char::len_utf8).sum();
    let office = s[..n].contains('字')
        || s[..n].ends_with('第')
        || (s[..n].chars().count() <= 3 && !s[..n].ends_with(['前', '后']));
    if n > 0 && record_token_len(&s[n..]) > 0 && office { n } else { 0 }
}

/// 测血压161/97, 血压：158/110mmHg, 空腹血糖8.6mmol/L: a measurement of someone's blood pressure or blood sugar
/// after its label (health data). The reading and its unit are hidden; the label stays.
fn push_readings(text: &str, found: &mut Vec<Finding>) {
    if !text.contains(['血', '压', '率', 'B', 'b', 'G', 'H', '身', '体', '蛋']) {
        return;
    }
    // (身高73cm，体重14.7kg: a child's growth at a check-up, set AM2.)
    const LABELS: [&str; 18] = [
        "血压",
        "血糖",
        "收缩压",
        "舒张压",
        "心率",
        "血氧",
        "BP",
        "bp",
        "Bp",
        "FBG",
        "PBG",
        "HR",
        "身高",
        "体重",
        "高压",
        "低压",
        "糖化血红蛋白",
        "血氧饱和度",
    ];
    // What is written between a reading's name and its figure: 血压高达180, 血糖值偏高（9.1）, 心率约110.
    const BETWEEN: &[char] = &[
        '：', ':', ' ', '为', '是', '高', '达', '约', '在', '值', '偏', '低', '升', '至', '到', '最', '（', '(', '测',
        '得',
    ];
    for label in LABELS {
        for (at, _) in text.match_indices(label) {
            // (BP inside a Latin word, e.g. a code, is no label.)
            if label.is_ascii()
                && (text[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
                    || text[at + label.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
            {
                continue;
            }
            let mut start = at + label.len();
            // (血压（mmHg）：150/95, 心率(次/分)：88: the unit in brackets, as the column's header gives it.)
            if let Some(inner) = text[start..].strip_prefix(['（', '('])
                && let Some(close) = inner.find(['）', ')']).filter(|&c| c <= 12)
            {
                start = text.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8);
            }
            start +=
                text[start..].chars().take(6).take_while(|c| BETWEEN.contains(c)).map(char::len_utf8).sum::<usize>();
            let mut end = start + reading_len(&text[start..]);
            let reading = &text[start..end];
            for unit in [
                "mmHg",
                "mmhg",
                "mmol/L",
                "mmol/l",
                "毫米汞柱",
                "次/分",
                "次每分",
                "次／分",
                "%",
                "cm",
                "kg",
                "厘米",
                "米",
                "公斤",
                "斤",
            ] {
                if !reading.is_empty() && text[end..].starts_with(unit) {
                    end += unit.len();
                }
            }
            // (每月测血压2次, 血压偏高12人, 测血压 12 次, HR 100元: a count of measurements or people, no reading; a
            // heart rate is counted in beats, 心率110次.)
            // (体貌特征 | 身高约153cm, 身高161左右: a rescue station's estimate of a stranger's build, which a 寻亲
            // notice prints so that kin know them; set AP1. A check-up measures: 身高73cm.)
            let estimate = matches!(label, "身高" | "体重")
                && (text[at + label.len()..start].contains('约')
                    || ["左右", "上下"].iter().any(|w| text[end..].trim_start().starts_with(w)))
                && !text[end..].trim_start().starts_with("上下肢");
            if estimate {
                continue;
            }
            let beats = matches!(label, "心率" | "HR");
            let after = text[end..].trim_start();
            let counted = end == start + reading.len()
                && (after.starts_with(['回', '遍', '天', '周', '月', '年', '人', '户', '元', '余', '名', '个'])
                    || (after.starts_with('次') && !beats));
            if !reading.chars().any(|c| digits::digit_of(c).is_some())
                || (label.is_ascii()
                    && !reading.contains(['/', '／'])
                    && end == start + reading.len()
                    && !(beats && (2..=3).contains(&reading.trim().len()))
                    && !(matches!(label, "FBG" | "PBG") && reading.contains('.')))
                || (reading.len() < 2 && !reading.contains(['/', '.', '／']))
                || counted
            {
                continue;
            }
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
    }
}

/// The handles (wx:abc, 微信：zhou_gh, mailboxes) in a contact column's cell, as free text finds them.
pub fn handle_findings(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    push_handles(text, &mut found);
    found
}

/// 原证号61032119530326704X43（三级）: the grade written in brackets after a disability certificate's number
/// (or an ID, which the certificate's number starts with) is the disability's grade: health data.
pub fn push_bracketed_grades(text: &str, found: &mut Vec<Finding>) {
    let mut grades = Vec::new();
    for f in found.iter().filter(|f| matches!(f.kind, Kind::DisabilityCert | Kind::IdCard)) {
        let rest = &text[f.end..];
        let Some(inner) = rest.strip_prefix(['（', '(']) else { continue };
        let open = rest.len() - inner.len();
        let grade = inner.chars().next().is_some_and(|c| "一二三四1234".contains(c));
        let n = inner.chars().next().map_or(0, char::len_utf8);
        if grade && inner[n..].starts_with("级") && inner[n + "级".len()..].starts_with(['）', ')']) {
            grades.push(Finding::text(f.end + open, f.end + open + n + "级".len(), Kind::Health, 0));
        }
    }
    found.extend(grades);
}

/// 伤残军人（七级）, 残疾军人(九级因公), 伤残等级：七级, 伤残军人七级: a disabled veteran's or a disabled person's
/// grade after the category, in brackets or not, health data (set AR4). The category stays; so does a policy's
/// rate by grade (残疾军人（十级）补助标准为…).
fn push_veteran_grades(text: &str, found: &mut Vec<Finding>) {
    if !text.contains('级') {
        return;
    }
    const WORDS: [&str; 9] =
        ["伤残军人", "残疾军人", "伤残人员", "残疾人员", "伤残等级", "残疾等级", "残疾人", "伤残", "残疾"];
    for word in WORDS {
        for (at, _) in text.match_indices(word) {
            let from = at + word.len();
            let opener = text[from..]
                .chars()
                .next()
                .filter(|c| matches!(c, '（' | '(' | '〔' | '【' | '[' | '：' | ':' | ' ' | '\u{3000}'));
            let start = from + opener.map_or(0, char::len_utf8);
            let numeral: usize = text[start..]
                .chars()
                .take(2)
                .take_while(|&c| one_of(chars!("一二三四五六七八九十"), c) || digits::digit_of(c).is_some())
                .map(char::len_utf8)
                .sum();
            if numeral == 0 || !text[start + numeral..].starts_with('级') {
                continue;
            }
            let mut end = start + numeral + '级'.len_utf8();
            // (（七级因战致残）, （七级，因战）: what the bracket adds goes with the grade.)
            let closers = ['）', ')', '〕', '】', ']'];
            if matches!(opener, Some('（' | '(' | '〔' | '【' | '['))
                && let Some((k, _)) = text[end..].char_indices().take(10).find(|&(_, c)| closers.contains(&c))
            {
                end += k;
            }
            let after = text[end..].trim_start_matches(closers);
            // (残疾等级（一级，二级）: a header's list of the grades it takes, no one's.)
            let options = text[start..end].matches('级').count() > 1;
            if options || ["补助", "补贴", "标准", "抚恤"].iter().any(|w| after.starts_with(w)) {
                continue;
            }
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Health, 0));
            }
        }
    }
}

/// 25.7115,108.8835, 35.692492°N,103.067773°E: a latitude and a longitude within China, three decimals or more
/// each, a comma, a slash or a space apart: where a home stands, to a few metres (set AT1's photo logs).
fn push_coordinates(text: &str, found: &mut Vec<Finding>) {
    if !text.contains('.') {
        return;
    }
    // A decimal at `i` (not inside a longer number): its value and byte end, with a degree sign and N/E after.
    let decimal = |i: usize| -> Option<(f64, usize)> {
        if text[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let int = text[i..].bytes().take_while(u8::is_ascii_digit).count();
        let rest = &text[i + int..];
        let frac = rest.strip_prefix('.')?.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&int) || frac < 3 {
            return None;
        }
        let end = i + int + 1 + frac;
        let value: f64 = text[i..end].parse().ok()?;
        let unit = text[end..]
            .strip_prefix('°')
            .map_or(0, |r| '°'.len_utf8() + usize::from(r.starts_with(['N', 'E', 'n', 'e'])));
        Some((value, end + unit))
    };
    let lat = |v: f64| (3.0..=54.0).contains(&v);
    let lon = |v: f64| (73.0..=136.0).contains(&v);
    let mut i = 0;
    while i < text.len() {
        let Some((a, a_end)) = text.is_char_boundary(i).then(|| decimal(i)).flatten() else {
            i += 1;
            continue;
        };
        let gap = text[a_end..]
            .chars()
            .take(2)
            .take_while(|c| matches!(c, ',' | '，' | '/' | ' ' | '、'))
            .map(char::len_utf8)
            .sum::<usize>();
        if gap > 0
            && let Some((b, b_end)) = decimal(a_end + gap)
            && ((lat(a) && lon(b)) || (lon(a) && lat(b)))
        {
            if !overlaps(found, i, b_end) {
                found.push(Finding::text(i, b_end, Kind::Address, 0));
            }
            i = b_end;
            continue;
        }
        i = a_end;
    }
}

/// 周石生，5.11321E+17: what is left of an ID or a phone Excel wrote in scientific notation, pasted into a
/// remark. Too few digits are left to check; they are hidden as the column pass hides them (fail closed).
fn push_scientific(text: &str, found: &mut Vec<Finding>) {
    if !text.contains(['E', 'e']) {
        return;
    }
    let b = text.as_bytes();
    for (at, _) in text.match_indices(['E', 'e']) {
        let mant = b[..at].iter().rev().take_while(|&&c| c.is_ascii_digit() || c == b'.').count();
        let start = at - mant;
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'.') {
            continue;
        }
        let mantissa = &text[start..at];
        let exp = text[at + 1..].strip_prefix('+').unwrap_or(&text[at + 1..]);
        let exp_len = exp.bytes().take_while(u8::is_ascii_digit).count();
        let power: u32 = exp[..exp_len].parse().unwrap_or(0);
        // (资金1.5E+10元, GDP为1.2E+12: an amount, not what is left of an ID.)
        if !(9..=20).contains(&power)
            || exp[exp_len..].starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '元' | '万' | '亿'))
            || text[..start].ends_with(['为', '值'])
            || mantissa.len() < 3
            || mantissa.bytes().filter(|&c| c == b'.').count() != 1
            || !mantissa.as_bytes()[1..].starts_with(b".")
        {
            continue;
        }
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        if !overlaps(found, start, at) {
            found.push(Finding::digits(start, at, Kind::IdCard, Status::Damaged, digits, 0));
        }
    }
}

/// Whether a complaint a follow-up writes (乏力, 气短, 头痛, 挫伤, 结石) stands in everyday speech instead:
/// 产业发展后劲乏力, 受天气短时强降雨影响, 天然气短缺, 头痛医头, 让支书很头痛, 挫伤群众积极性, 团结石榴籽.
fn complaint_in_everyday_speech(term: &str, before: &str, after: &str) -> bool {
    match term {
        "乏力" => ["后劲", "增收", "措施", "推进", "落实", "工作", "发展", "动力", "整改", "执行", "监管", "力度"]
            .iter()
            .any(|w| before.ends_with(w)),
        // (天然气短缺, 人气短时间内回升, 景气短期回落; not 老人气短, set AM2.)
        "气短" | "气促" => {
            let people = ["老人", "病人", "本人", "家人"].iter().any(|w| before.ends_with(w));
            before.ends_with(['天', '燃', '然'])
                || after.starts_with(['缺', '板'])
                || (before.ends_with(['人', '士', '景']) && !people && after.starts_with(['时', '期', '暂']))
        }
        "头痛" => {
            after.starts_with('医')
                || ["很", "令人", "带", "让人", "挺", "最", "真", "叫人", "有点"].iter().any(|w| before.ends_with(w))
        }
        "挫伤" => ["积极", "群众", "干部", "信心", "士气", "热情", "自尊"].iter().any(|w| after.starts_with(w)),
        "结石" => before.ends_with('团'),
        // (轻伤不下火线, 轻伤害案件; 此次灾害造成3人轻伤: a count of people, no one's injury.)
        "轻伤" => {
            after.starts_with("不下")
                || after.starts_with('害')
                || before.strip_suffix(['人', '名']).is_some_and(|b| {
                    b.ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两多余".contains(c))
                })
        }
        // (无不适当之处, 无不适应, 无不适用情形: a word of its own after 无不.)
        "无不适" => after.starts_with(['当', '应', '用', '宜', '合']),
        // (盲人按摩店, 盲人推拿: a trade and its shops, which a roster of their workers is named after; set AQ2.)
        "盲人" => ["按摩", "推拿", "保健", "医疗按摩"].iter().any(|w| after.starts_with(w)),
        _ => false,
    }
}

/// Byte length of a reading at the start of `s`: digits with a decimal point, and a second figure after a slash
/// or a dash, spaces allowed around it (160/95, 165 / 100, 160-100, 113／73).
fn reading_len(s: &str) -> usize {
    // (血压１６０/１００: full-width figures, as an input method leaves them, are read as ASCII ones.)
    let digit = |c: char| digits::digit_of(c).is_some();
    let figure =
        |t: &str| t.chars().take_while(|&c| digit(c) || c == '.' || c == '．').map(char::len_utf8).sum::<usize>();
    let first = figure(s);
    if first == 0 || !s.starts_with(digit) {
        return 0;
    }
    let gap = s[first..].trim_start_matches([' ', '\u{3000}']);
    let Some(after) = gap.strip_prefix(['/', '／', '-']) else { return first };
    let after_sp = after.trim_start_matches([' ', '\u{3000}']);
    let second = figure(after_sp);
    if second == 0 || !after_sp.starts_with(digit) {
        return first;
    }
    s.len() - after_sp.len() + second
}

/// 血压偏高，160/100 and 血压控制不佳，最高170/105: a blood pressure's two figures a few characters after the
/// word, past a comma. Only the pair is taken (two or three digits each, the first the higher), which no count,
/// date or money is written as.
fn push_pressure_pairs(text: &str, found: &mut Vec<Finding>) {
    for label in ["血压", "BP", "bp", "Bp"] {
        for (at, _) in text.match_indices(label) {
            let from = at + label.len();
            let window: usize = text[from..]
                .chars()
                .take(14)
                .take_while(|c| !matches!(c, '。' | '；' | ';' | '\n'))
                .map(char::len_utf8)
                .sum();
            let mut i = from;
            while i < from + window {
                let rest = &text[i..];
                let after_digit = text[..i].chars().next_back().is_some_and(|c| digits::digit_of(c).is_some());
                let len = if after_digit { 0 } else { reading_len(rest) };
                if len == 0 {
                    i += rest.chars().next().map_or(1, char::len_utf8);
                    continue;
                }
                if pressure_pair(&rest[..len]) && !counted_after(&rest[len..]) {
                    if !overlaps(found, i, i + len) {
                        found.push(Finding::text(i, i + len, Kind::Health, 0));
                    }
                    break;
                }
                i += len;
            }
            // (测得160/100，血压偏高; 150/95mmHg，血压控制差: the reading before its word, in the same clause. Not
            // before a device: 120/80血压计.)
            if text[at + label.len()..].starts_with(['计', '仪']) {
                continue;
            }
            let before: usize = text[..at]
                .chars()
                .rev()
                .take(12)
                .take_while(|c| !matches!(c, '。' | '；' | ';' | '\n'))
                .map(char::len_utf8)
                .sum();
            let mut i = at - before;
            while i < at {
                let rest = &text[i..at];
                let after_digit = text[..i].chars().next_back().is_some_and(|c| digits::digit_of(c).is_some());
                let len = if after_digit { 0 } else { reading_len(rest) };
                if len > 0 && pressure_pair(&rest[..len]) && !counted_after(&text[i + len..]) {
                    if !overlaps(found, i, i + len) {
                        found.push(Finding::text(i, i + len, Kind::Health, 0));
                    }
                    break;
                }
                i += if len > 0 { len } else { rest.chars().next().map_or(1, char::len_utf8) };
            }
        }
    }
}

/// Whether a figure's unit after it makes it a price, a count or a date (每台120/80元, 120/80人).
fn counted_after(rest: &str) -> bool {
    rest.trim_start().starts_with(['元', '人', '户', '年', '月', '日', '号', '台', '个', '次'])
}

/// Whether `s` is a blood pressure written systolic over diastolic: two figures of two or three digits, the
/// first from 60 to 300 and the higher.
fn pressure_pair(s: &str) -> bool {
    let figure = |f: &str| {
        let f = f.trim_matches([' ', '\u{3000}']);
        if !(2..=3).contains(&f.chars().count()) {
            return None;
        }
        f.chars().try_fold(0u32, |v, c| Some(v * 10 + u32::from(digits::digit_of(c)? - b'0')))
    };
    let figures: Vec<Option<u32>> = s.split(['/', '／', '-']).map(figure).collect();
    matches!(figures[..], [Some(high), Some(low)] if high > low && (60..=300).contains(&high))
}

/// 原住大湾村民组, 住畈心村民小组: a group named after its hamlet, with no village before it (set AQ3). The name
/// (two or three Han characters after 住, 在, a level's word or the clause's start) and the unit are hidden.
/// (村民组成, 村民组织: villagers who form or organise something.)
fn push_named_groups(text: &str, found: &mut Vec<Finding>) {
    for unit in ["村民小组", "村民组"] {
        for (at, _) in text.match_indices(unit) {
            let end = at + unit.len();
            // (该户系村民组长房某的哥哥: the group's head, a post, set AU4.)
            if (unit == "村民组" && text[end..].starts_with(['成', '织', '建'])) || text[end..].starts_with('长')
            {
                continue;
            }
            let name: Vec<(usize, char)> =
                text[..at].char_indices().rev().take(3).take_while(|&(_, c)| is_han(c)).collect();
            // (第三村民小组: a numbered group, no name.)
            let Some(len) = (2..=name.len().min(3)).rev().find(|&n| {
                let start = name[n - 1].0;
                let numbered = name[..n].iter().any(|&(_, c)| "第一二三四五六七八九十".contains(c));
                // (户主系村民组…: 户 and 系 are the sentence's, no hamlet's.)
                let sentence = name[..n].iter().any(|&(_, c)| "户系是为的该其这".contains(c));
                !numbered
                    && !sentence
                    && text[..start].chars().next_back().is_none_or(|c| !is_han(c) || "住在于镇乡村".contains(c))
            }) else {
                continue;
            };
            let start = name[len - 1].0;
            if !overlaps(found, start, end) {
                found.push(Finding::text(start, end, Kind::Address, 0));
            }
        }
    }
}

/// Where a family displaced by a disaster sleeps (set AP2): the board room's or the tent's place after the word
/// (活动板房C区13-08, 帐篷：B区3排), and a classroom's number before 教室 in a school used as a shelter
/// (唐庄镇中学4楼302教室). The shelter's own name stays; the spot is address detail, hidden.
fn push_shelter_spots(text: &str, found: &mut Vec<Finding>) {
    if !text.contains("板房") && !text.contains("帐篷") && !text.contains("教室") {
        return;
    }
    let spot = |c: char| c.is_ascii_alphanumeric() || matches!(c, '区' | '排' | '号' | '-' | '－' | '#');
    for word in ["板房", "帐篷"] {
        for (at, _) in text.match_indices(word) {
            let start = at
                + word.len()
                + text[at + word.len()..]
                    .chars()
                    .take_while(|c| matches!(c, '：' | ':' | ' '))
                    .map(char::len_utf8)
                    .sum::<usize>();
            let len: usize = text[start..].chars().take(12).take_while(|&c| spot(c)).map(char::len_utf8).sum();
            let run = &text[start..start + len];
            // (购置帐篷20顶, 板房30套, 帐篷 20 顶, 帐篷3x4米: a count of tents or rooms, or their size.)
            let next = text[start + len..].trim_start();
            let counted = (run.bytes().all(|b| b.is_ascii_digit()) && next.starts_with(is_han))
                || next.starts_with(['顶', '套', '间', '栋', '座', '个', '米', '×']);
            if run.bytes().any(|b| b.is_ascii_digit()) && !counted && !overlaps(found, start, start + len) {
                found.push(Finding::text(start, start + len, Kind::Address, 0));
            }
        }
    }
    for (at, _) in text.match_indices("教室") {
        let run: usize = text[..at]
            .chars()
            .rev()
            .take(8)
            .take_while(|&c| c.is_ascii_digit() || matches!(c, '楼' | '层' | '-'))
            .map(char::len_utf8)
            .sum();
        let start = at - run;
        // (4楼302教室, 302教室: a room's number; not 腾出1-3楼教室, floors.)
        let room = match text[start..at].rfind('楼') {
            Some(f) => text[start + f..at].bytes().any(|b| b.is_ascii_digit()),
            None => text[start..at].bytes().filter(u8::is_ascii_digit).count() >= 3,
        };
        if room && !overlaps(found, start, at) {
            found.push(Finding::text(start, at, Kind::Address, 0));
        }
    }
}

/// A byte of an account handle or a mailbox's local part: Latin letters, digits, _ - and .
fn handle_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Byte spans of the account handles in a contact column's cell (yanqiang1998, mei_yan520, xu_wang88@126.com):
/// runs of Latin letters, digits and _ . - @ of six characters or more with a letter in them, other than the
/// labels written before a number (Tel, Mobile, E-mail).
pub fn contact_handles(text: &str) -> Vec<(usize, usize)> {
    const LABELS: [&str; 6] = ["mobile", "e-mail", "email", "wechat", "phone", "tel"];
    let b = text.as_bytes();
    let part = |c: u8| handle_byte(c) || c == b'@';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !part(b[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && part(b[i]) {
            i += 1;
        }
        let token = text[s..i].trim_matches(['.', '-']);
        let s = s + text[s..i].find(token).unwrap_or(0);
        // (******53@qq.com: the rest of a handle masking hid, as `verify` reads it.)
        let masked_before = text[..s].ends_with('*');
        if token.len() >= 6
            && !masked_before
            && token.bytes().any(|c| c.is_ascii_alphabetic())
            && !LABELS.contains(&token.to_ascii_lowercase().as_str())
        {
            out.push((s, s + token.len()));
        }
    }
    out
}

/// 苏(2022)宝应县不动产权第0034567号: a property's certificate number points at one home as surely as its
/// address does; its number is hidden, the office and year stay.
/// (So do the older titles' serials, 营山房权证绥安字第20085844号, 西充国用（2010）第2518号, 沪房地浦字（2006）第319752号:
/// the digits between 第 and 号 up to a dozen characters after the title's word, sets BT4, BX6.)
fn push_property_certificates(text: &str, found: &mut Vec<Finding>) {
    const TITLES: [&str; 9] =
        ["产权", "房权证", "房产证", "房屋所有权证", "国用", "集用", "土地证", "土地使用证", "房地"];
    if !text.contains('第') {
        return;
    }
    for w in TITLES {
        for (at, _) in text.match_indices(w) {
            let after = &text[at + w.len()..];
            let Some(k) = after.char_indices().take(12).find(|&(_, c)| c == '第').map(|(k, _)| k) else {
                continue;
            };
            let start = at + w.len() + k + '第'.len_utf8();
            let n = text[start..].bytes().take_while(u8::is_ascii_digit).count();
            // (房产证号：X京房权证朝字第123456号: after a certificate's label, the label's rule takes the value whole.)
            let clause = text[..at].rsplit(['，', ',', '；', ';', '。']).next().unwrap_or("");
            let label = after.starts_with(['号', '编', '：', ':']);
            if w != "产权" && (label || clause.contains("证号") || clause.contains("证编号")) {
                continue;
            }
            let min = if w == "产权" && k == 0 { 5 } else { 3 };
            if n >= min && text[start + n..].starts_with('号') && !overlaps(found, start, start + n) {
                found.push(Finding::text(start, start + n, Kind::Address, 0));
            }
        }
    }
}

/// 母亲陈蓓蓓重病。, 受害人马国强重伤。: a grave illness or injury said of a person right after their name, and
/// closing the clause, is that person's health. (Alone, 重病 and 重伤 are policy and legal words: 重病重残人员,
/// 致人重伤; so only right after a name found in the cell.)
fn push_grave_after_name(text: &str, found: &mut Vec<Finding>) {
    const GRAVE: [&str; 4] = ["重病", "重伤", "病重", "病危"];
    let ends: Vec<usize> = found.iter().filter(|f| f.kind == Kind::Name).map(|f| f.end).collect();
    for at in ends {
        let after = &text[at..];
        let Some(w) = GRAVE.iter().find(|w| after.starts_with(*w)) else { continue };
        let end = at + w.len();
        // (莫文才重病为由申请: 为 opens what the illness is given as.)
        let closes = text[end..].chars().next().is_none_or(|c| !is_han(c) || c == '住' || c == '为');
        if closes && !overlaps(found, at, end) {
            found.push(Finding::text(at, end, Kind::Health, 0));
        }
    }
}

/// 产权人KWONG Keung Hing, 其子Teo Soon Huat在美国, 佢家姐陈亚娣（Helen Chan）: a relative abroad written in Latin
/// letters inside Chinese text. Two to five words, each a capital and letters (a hyphen within: Wai-wing), one space
/// apart, at least one of them not all capitals (HIV AIDS, CT are no names), with no letter or digit around the run:
/// a person's name, hidden but its first letter.
/// 蒙古国名Тэмүүжин, 联系人Баатар: a word in Cyrillic letters (Mongolia's or Russia's script) in a Chinese
/// roster is a relative's or a contact's name abroad. Two letters or more, not touching a digit (a Cyrillic Х
/// typed for an ID's X is the ID's).
fn push_cyrillic_names(text: &str, found: &mut Vec<Finding>) {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    // (Asked of every remark: U+0400-U+04FF starts with one of these bytes in UTF-8, which no Han text has.)
    if !text.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
        return;
    }
    let mut words = Vec::new();
    let mut start = None;
    let mut letters = 0;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if cyrillic(c) || (start.is_some() && c == '-') {
            start.get_or_insert(i);
            letters += usize::from(cyrillic(c));
            continue;
        }
        if let Some(s) = start.take() {
            let digit_near = text[..s].ends_with(|c: char| c.is_ascii_digit()) || c.is_ascii_digit();
            if letters >= 2 && !digit_near {
                words.push((s, i));
            }
        }
        letters = 0;
    }
    for (s, e) in words {
        if !overlaps(found, s, e) {
            found.push(Finding::text(s, e, Kind::Name, 0));
        }
    }
}

/// How many words a name's spelling may have: one a character, or one a part of a dotted name (占塔·西沙瓦).
fn spelling_counts(name: &str) -> [usize; 2] {
    let n = name.chars().filter(|&c| is_han(c)).count();
    let parts = name.split(crate::mask::is_name_dot).filter(|p| !p.is_empty()).count();
    [parts.min(n), n]
}

fn push_latin_names(text: &str, found: &mut Vec<Finding>) {
    if !text.bytes().any(|b| b.is_ascii_uppercase()) || !text.chars().any(is_han) {
        return;
    }
    let b = text.as_bytes();
    let word_end = |i: usize| {
        let mut j = i + 1;
        while j < b.len()
            && (b[j].is_ascii_alphabetic() || (b[j] == b'-' && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic)))
        {
            j += 1;
        }
        j
    };
    let mut i = 0;
    let mut last_name = None;
    while i < b.len() {
        let starts = b[i].is_ascii_uppercase() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let (mut end, mut words, mut lower) = (i, 0, false);
        let mut k = i;
        while k < b.len() && b[k].is_ascii_uppercase() {
            let e = word_end(k);
            if e - k < 2 {
                break;
            }
            lower |= b[k..e].iter().any(u8::is_ascii_lowercase);
            (end, words) = (e, words + 1);
            if b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_uppercase) {
                k = e + 1;
            } else if words == 1 && b.get(e) == Some(&b',') && b.get(e + 1) == Some(&b' ') {
                // (CHANG, YI-CHEN: a Taiwan passport's family name, a comma, the given name, set BS3.)
                k = e + 2;
            } else {
                break;
            }
        }
        let clean_after = b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
        // (Places and a payment service are no one: 在Hong Kong居住.)
        const NOT_PEOPLE: [&str; 8] = [
            "Hong Kong",
            "New York",
            "Los Angeles",
            "San Francisco",
            "New Zealand",
            "Kuala Lumpur",
            "WeChat Pay",
            "Sri Lanka",
        ];
        // (身份证号码 ID No., 审批日期 Approval Date, a bilingual title: a header's English words are no one.)
        let english = text[i..end].split([' ', '-']).any(|w| ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)));
        let place = english || NOT_PEOPLE.contains(&&text[i..end]);
        // (配偶阮氏香（NGUYEN THI HUONG）, 外籍配偶BOUNMY PHOMMA: a foreign spouse's name as the passport spells
        // it, in capitals, right after Chinese text. Acronyms (HIV AIDS, ICU CT) have short words only.)
        // (Only after a word for a person: 中国CHINA UNICOM, 就职于HUAWEI TECHNOLOGIES are no one.)
        // (儿子RI HWAJA, 外孙女RYU KYUNGDONG, 韩文名YOON HYECHAN: a child or a grandchild, or the name a person
        // goes by abroad, set CD4.)
        const PERSON: [&str; 27] = [
            "儿子",
            "女儿",
            "其子",
            "其女",
            "孙子",
            "孙女",
            "外孙",
            "名为",
            "配偶",
            "妻子",
            "丈夫",
            "妻",
            "夫",
            "姓名",
            "名字",
            "儿媳",
            "女婿",
            "母亲",
            "父亲",
            "户主",
            "申请人",
            "代领人",
            "监护人",
            "外籍",
            "英文名",
            "韩文名",
            "外文名",
        ];
        let capitals = !lower && {
            let before = text[..i].trim_end_matches(['（', '(', '：', ':', ' ']);
            let long = text[i..end].split([' ', '-']).any(|w| w.len() >= 5);
            // (配偶BOUNMY PHOMMA、NGUYEN THI HOA: the next name of a list that one such name opened.)
            let listed = last_name.is_some_and(|e| matches!(&text[e..i], "、" | "，" | ", " | "和" | "及"));
            // (张**(CHANG, YI-CHEN): in brackets right after a name, masked or not, the name as spelt abroad.)
            let after_name = text[..i].ends_with(['（', '('])
                && before.chars().next_back().is_some_and(|c| is_han(c) || crate::mask::is_star(c));
            (listed || after_name || PERSON.iter().any(|w| before.ends_with(w))) && (long || words >= 3 || after_name)
        };
        // (A listed name's first word, NGUYEN of the name column's NGUYEN THI HUONG, found in Nguyen Thi Mai: the
        // whole run is the name.)
        let inside = |f: &Finding| f.kind == Kind::Name && f.start >= i && f.end <= end && f.end - f.start < end - i;
        let free = found.iter().all(|f| f.end <= i || end <= f.start || inside(f));
        if (2..=5).contains(&words) && (lower || capitals) && clean_after && !place && free {
            found.retain(|f| !(f.start < end && i < f.end));
            found.push(Finding::text(i, end, Kind::Name, 1));
            last_name = Some(end);
            // (儿子RI HWAJA（李在烈）: the same person's Chinese name in brackets right after, its surname kept.)
            if let Some(inner) = text[end..].strip_prefix(['（', '(']) {
                let han = inner.chars().take_while(|&c| is_han(c)).count();
                let len: usize = inner.chars().take(han).map(char::len_utf8).sum();
                let from = end + (text.len() - end - inner.len());
                // (Not a nationality or a country: MARIA SANTOS（菲律宾籍）.)
                let nation = inner[..len].ends_with(['籍', '人', '族', '国']) || inner[..len].contains('国');
                if (2..=4).contains(&han)
                    && !nation
                    && inner[len..].starts_with(['）', ')'])
                    && !overlaps(found, from, from + len)
                {
                    let keep = inner.chars().next().map_or(0, char::len_utf8);
                    found.push(Finding::text(from, from + len, Kind::Name, keep));
                }
            }
        }
        i = end.max(i + 1);
    }
}

/// 水滴筹页面https://www.shuidichou.com/raise/cf/87fd…, 轻松筹 links: a fundraising page for one patient, its
/// path the page's own number, which opens the person's name, photos and diagnosis. The site stays readable,
/// the path is hidden (set CE5).
fn push_fundraising_links(text: &str, found: &mut Vec<Finding>) {
    const SITES: [&str; 3] = ["shuidichou", "qschou", "qingsongchou"];
    // (Asked of every remark: the sites' names share this run of letters.)
    if !text.contains("chou") {
        return;
    }
    let url_byte = |b: u8| b.is_ascii_alphanumeric() || b"./_-?=&%#:~+".contains(&b);
    for site in SITES {
        for (at, _) in text.match_indices(site) {
            let Some(slash) = text[at..].find('/').map(|k| at + k + 1) else { continue };
            let end = slash + text[slash..].bytes().take_while(|&b| url_byte(b)).count();
            // (The host's own letters only up to the slash: www.shuidichou.com/.)
            if end > slash && text[at..slash - 1].bytes().all(url_byte) {
                found.retain(|f| f.end <= slash || end <= f.start);
                found.push(Finding::text(slash, end, Kind::Name, 0));
            }
        }
    }
}

/// English words of bilingual headers, titles and footers (set D2): a capitalised run holding one is a label.
const ENGLISH_WORDS: [&str; 60] = [
    "ID",
    "No",
    "Name",
    "Date",
    "Approval",
    "Temporary",
    "Assistance",
    "Recipients",
    "Recipient",
    "Batch",
    "Amount",
    "Remarks",
    "Remark",
    "Address",
    "Phone",
    "Tel",
    "Number",
    "Township",
    "Town",
    "Village",
    "Household",
    "Head",
    "Total",
    "Bank",
    "Account",
    "Gender",
    "Sex",
    "Age",
    "Ethnicity",
    "Ethnic",
    "Relation",
    "Relationship",
    "Type",
    "Category",
    "Subsidy",
    "Allowance",
    "Payment",
    "Month",
    "Year",
    "Card",
    "Notice",
    "List",
    "Office",
    "Bureau",
    "Civil",
    "Affairs",
    "Hotline",
    "Contact",
    "Reason",
    "Members",
    "Member",
    "Family",
    "Minimum",
    "Living",
    "Security",
    "Disability",
    "Level",
    "Grade",
    "Yuan",
    "Standard",
];

fn overlaps(found: &[Finding], start: usize, end: usize) -> bool {
    found.iter().any(|f| f.start < end && start < f.end)
}

/// 车辆识别代号 | LXYK4VFW2JH041446: a vehicle's identification number, its owner's as its plate is (set BQ3).
/// Seventeen characters of the VIN alphabet (no I, O or Q) standing alone, with the check digit GB 16735 puts
/// ninth, or after a word that names one (车架号, VIN) whatever the check says. Masked as a plate.
fn push_vins(text: &str, found: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let run = &b[start..i];
        let alphabet = run.iter().all(|&c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !b"IOQ".contains(&c)));
        if run.len() != 17 || !alphabet || !run.iter().any(u8::is_ascii_uppercase) {
            continue;
        }
        let head = &text[..start];
        let from = head.char_indices().rev().nth(9).map_or(0, |(k, _)| k);
        let named = ["车架号", "识别代号", "识别代码", "识别码", "VIN", "vin"].iter().any(|w| head[from..].contains(w));
        if (vin_check_digit_ok(run) || named) && run.iter().filter(|c| c.is_ascii_digit()).count() >= 3 {
            found.retain(|f| !(f.start >= start && f.end <= i));
            if !overlaps(found, start, i) {
                found.push(Finding::text(start, i, Kind::Plate, 0));
            }
        }
    }
}

/// The ninth character of a VIN checks the other sixteen (ISO 3779, required in China by GB 16735).
fn vin_check_digit_ok(vin: &[u8]) -> bool {
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let value = |c: u8| -> u32 {
        match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'H' => u32::from(c - b'A') + 1,
            b'J'..=b'N' => u32::from(c - b'J') + 1,
            b'P' => 7,
            b'R' => 9,
            b'S'..=b'Z' => u32::from(c - b'S') + 2,
            _ => 0,
        }
    };
    let sum: u32 = vin.iter().zip(WEIGHTS).map(|(&c, w)| value(c) * w).sum();
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + r as u8,
    };
    vin[8] == check
}

/// Whether a vehicle word (轿车, 车辆, 车牌, 牌照) sits within the last eight characters: a plate of letters only
/// (皖LGKTPY) is read as one only after such a word, since a digit-free run could be any code.
fn after_vehicle_word(head: &str) -> bool {
    let from = head.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    let tail = &head[from..];
    tail.contains('车') || tail.contains("牌照")
}

/// A seeded xorshift generator for the detectors' random-input tests: the same inputs on every run.
#[cfg(test)]
pub(crate) fn xorshift(mut state: u64) -> impl FnMut() -> u64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// `rounds` texts (`FUZZ_ROUNDS` in the environment overrides it) of 1 to `max_len` random `pieces`, seeded.
#[cfg(test)]
pub(crate) fn random_texts<'a>(
    pieces: &'a [&'a str],
    seed: u64,
    rounds: usize,
    max_len: u64,
) -> impl Iterator<Item = String> + 'a {
    let rounds = std::env::var("FUZZ_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(rounds);
    let mut next = xorshift(seed);
    (0..rounds).map(move |_| {
        let len = (next() % max_len) as usize + 1;
        (0..len).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect()
    })
}

/// A span found in `s` is inside it, not empty, and on char boundaries.
#[cfg(test)]
pub(crate) fn assert_span(s: &str, start: usize, end: usize) {
    assert!(start < end && end <= s.len(), "{s:?}");
    assert!(s.is_char_boundary(start) && s.is_char_boundary(end), "{s:?}");
}

/// Whether the address detail at `start..end` is in a clause that gives an office's address (村部地址：冉屯社区
/// 幸福路18号, 村委会位于…) or names the office right after it: a public body's door, not anyone's home.
fn office_address(text: &str, start: usize, end: usize) -> bool {
    const LABELS: [&str; 12] = [
        "村部地址",
        "村委会地址",
        "居委会地址",
        "社区地址",
        "办公地址",
        "办公地点",
        "服务中心地址",
        "村部位于",
        "村委会位于",
        "居委会位于",
        "办事处地址",
        "民政所地址",
    ];
    let head = &text[..start];
    let clause = head.rfind(['。', '；', ';', '，', ',', '\n']).map_or(head, |k| &head[k..]);
    // (地址：桃洪镇花门路88号民政服务大厅: the office named right after the number.)
    const OFFICES: [&str; 5] = ["民政", "服务大厅", "便民服务", "政务服务", "办事大厅"];
    LABELS.iter().any(|w| clause.contains(w))
        || OFFICES.iter().any(|w| text[end..].starts_with(w))
        || hotline_office_bracket(head, &text[end..])
}

/// 咨询电话：0710-6221234（枣阳市残疾人综合服务中心，北城街道书院街88号）: the office a notice's hotline
/// belongs to, and its address, in the bracket after the number (set BQ3).
fn hotline_office_bracket(head: &str, tail: &str) -> bool {
    const KINDS: [&str; 8] = ["中心", "局", "院", "站", "所", "办", "委员会", "残联"];
    let Some(open) = head.rfind(['（', '(']) else { return false };
    let inner = &head[open + head[open..].chars().next().map_or(1, char::len_utf8)..];
    let Some((office, rest)) = inner.split_once(['，', ',']) else { return false };
    let before = head[..open].trim_end();
    rest.chars().all(is_han)
        && office.chars().count() <= 20
        && office.chars().all(is_han)
        && KINDS.iter().any(|k| office.ends_with(k))
        && !office.contains(['其', '之', '户', '家', '宅'])
        && before.ends_with(|c: char| c.is_ascii_digit())
        && digits::HOTLINES.iter().any(|w| before.contains(w))
        && tail.starts_with(['）', ')'])
}

/// A full-width letter or digit (Ａ, ９), which goes on a plate as its ASCII form does.
fn full_width_alnum(c: char) -> bool {
    matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

/// Whether `text` holds Hangul (김상렬). (Hangul's syllables are the only characters whose UTF-8 opens with 0xEA
/// to 0xED that rosters hold: most cells are passed over on their bytes.)
pub fn holds_hangul(text: &str) -> bool {
    text.bytes().any(hangul_lead) && text.chars().any(is_hangul)
}

fn hangul_lead(b: u8) -> bool {
    (0xEA..=0xED).contains(&b)
}

/// A Hangul syllable or letter (김상렬).
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// CJK unified ideograph (the characters names and addresses are written in).
pub fn is_han(c: char) -> bool {
    // (Names use rare characters beyond the BMP, extensions B to F and G: 夏金𡒄, 樊海𬀪.)
    matches!(
        c,
        '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{20000}'..='\u{2FA1F}'
            | '\u{30000}'..='\u{323AF}'
            | '\u{F900}'..='\u{FAFF}'
    )
}

/// Whether `c` is one of the characters of `set`, written `one_of(chars!("。；;"), c)`. (`str::contains`
/// builds a substring searcher for every non-ASCII `c`, and decoding the set's UTF-8 on every call was a
/// fifth of the name detector's own time: `chars!` decodes it once, at compile time.)
#[inline]
pub(crate) fn one_of(set: &[char], c: char) -> bool {
    set.contains(&c)
}

/// Chars in a UTF-8 string, at compile time (for [`chars!`]).
pub(crate) const fn char_count(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        // Every byte but a continuation byte (10xxxxxx) starts a char.
        if b[i] & 0xC0 != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// A string's chars as an array, at compile time (for [`chars!`]; `s` is valid UTF-8, being a `str`).
pub(crate) const fn decode<const N: usize>(s: &str) -> [char; N] {
    let b = s.as_bytes();
    let mut out = ['\0'; N];
    let (mut i, mut k) = (0, 0);
    while i < b.len() {
        let lead = b[i] as u32;
        let (mut cp, len) = match lead {
            0x00..=0x7F => (lead, 1),
            0xC0..=0xDF => (lead & 0x1F, 2),
            0xE0..=0xEF => (lead & 0x0F, 3),
            _ => (lead & 0x07, 4),
        };
        let mut j = 1;
        while j < len {
            cp = (cp << 6) | (b[i + j] as u32 & 0x3F);
            j += 1;
        }
        out[k] = match char::from_u32(cp) {
            Some(c) => c,
            None => panic!("not UTF-8"),
        };
        k += 1;
        i += len;
    }
    out
}

/// The chars of a constant string as a `&'static [char]`, decoded at compile time (see [`one_of`]).
macro_rules! chars {
    ($s:expr) => {{
        const S: &str = $s;
        const A: [char; $crate::detect::char_count(S)] = $crate::detect::decode(S);
        &A
    }};
}
pub(crate) use chars;

/// Byte offset of the last occurrence of `needle` in `hay`: `str::rfind` for the few-character texts and
/// words here, without building a two-way searcher per call. (A match of a whole UTF-8 word always starts
/// on a char boundary.)
pub(crate) fn rfind_word(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    if n.is_empty() || n.len() > hay.len() {
        return (n.is_empty()).then_some(hay.len());
    }
    memchr::memmem::rfind(hay.as_bytes(), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_listed_at_its_own_index() {
        for (i, &k) in Kind::ALL.iter().enumerate() {
            assert_eq!(k as usize, i);
            assert_eq!(Kind::from_label(k.label()), Some(k));
        }
    }

    #[test]
    fn chars_decodes_every_utf8_length_at_compile_time() {
        let set = chars!("a\u{e9}。𠀀,");
        assert_eq!(set, &['a', '\u{e9}', '。', '\u{20000}', ',']);
        assert!(one_of(set, '。') && one_of(set, '\u{20000}'));
        // A char sharing the lead byte of one in the set is not in it.
        assert!(!one_of(set, '，') && !one_of(chars!(""), 'a'));
    }

    /// The texts of the findings of one kind in `t`.
    fn spans_of(d: &Detectors, known: &KnownNames, t: &str, kind: Kind) -> Vec<String> {
        d.scan_text(t, known).iter().filter(|f| f.kind == kind).map(|f| t[f.start..f.end].to_string()).collect()
    }

    #[test]
    fn health_spans_in_text() {
        let d = Detectors::builtin().expect("builtin patterns");
        let known = KnownNames::default();
        let health = |t: &str| spans_of(&d, &known, t, Kind::Health);
        // Set Y: a lost limb with any count; set Z: what a diagnosis leaves a person unable to do; set BB: 瘫
        // and where it keeps the person.
        for (t, want) in [
            ("因车祸断了三根手指，不能干重活", "断了三根手指"),
            ("摔断了腿，卧床", "断了腿"),
            ("少了一条腿", "少了一条腿"),
            ("因脑出血行走不便，出门靠拐杖", "脑出血行走不便"),
            ("因肝癌晚期行走不便", "肝癌晚期行走不便"),
            ("老伴王莹瘫在床上", "瘫在床"),
            // Set DD: a part of the body and what is wrong with it.
            ("户主眼睛不好使，靠低保生活", "眼睛不好使"),
            ("老人耳朵也背", "耳朵也背"),
            ("其子智力有问题", "智力有问题"),
            ("脑子不太灵光", "脑子不太灵光"),
            ("腰弯了，背不动柴", "腰弯了"),
            ("截了一条腿", "截了一条腿"),
            // Set EE: how bad it is, a hand that shakes, blood pressure up again, a deaf ear, a disabled leg.
            ("说腰疼得直不起来，俺让他", "腰疼得直不起来"),
            ("说手抖得厉害，剥一会儿就得歇歇", "手抖得厉害"),
            ("说血压又高了", "血压又高了"),
            ("耳朵聋，沟通需通过其子", "耳朵聋"),
            ("本人腿有残疾，生活无着落", "腿有残疾"),
            ("一看胳膊肿了", "胳膊肿"),
            ("现在还喘，干不了活", "喘"),
            ("老汉皇甫耀腿疼得走不动，地都撂荒了", "腿疼得走不动"),
            ("俺郝某，一辈子没成家，腿疼得下不了炕，求政府给个活路", "腿疼得下不了炕"),
            ("户主张清兴脚杆痛得走不得路", "脚杆痛得走不得路"),
            // Set AV2: a cell of one person's tags names their disability or grave illness (it was read as a
            // list of categories before, set E2; a notice's list has a label before it, 救助对象：低保、残疾).
            ("低保、残疾、特困", "残疾"),
            ("空巢 高龄 低保 残疾", "残疾"),
            ("纯老家庭；重病", "重病"),
            ("独居/残疾人", "残疾人"),
            ("就是腿不行。", "腿不行"),
            ("照料护理等级为全护理。", "全护理"),
            ("一动就喘得厉害", "喘得厉害"),
            // Set Z4: the offence a parent serves for.
            ("父亲因盗窃罪服刑，母亲失联满两年", "盗窃罪"),
            // Set Z8: the grade a disability is changed to.
            ("残疾等级由二级调整为三级，不再符合护理补贴条件", "二级"),
            ("其夫2019年犯故意伤害罪被判刑", "故意伤害罪"),
            ("其子涉嫌诈骗罪被羁押", "诈骗罪"),
            // Session 32: injuries a hospital named, and health said of someone.
            ("户主颅内出血急救无效死亡", "颅内出血"),
            ("2026年2月5日确诊恙虫病，已无法出海", "恙虫病"),
            ("本人卧床，褥疮明显", "卧床"),
            ("医生说无法避免截肢", "截肢"),
            ("户主已纳入慢性病管理", "慢性病"),
            // Session 34: 残疾 said of one person.
            ("楼上漏水致房屋受损，本人残疾", "残疾"),
            ("子女郭某某残疾无赡养能力", "残疾"),
            ("在外务工期间工伤，未获赔偿", "工伤"),
            ("换证，等级调整为二级", "二级"),
            ("户主为尿毒症患者申请临时救助", "尿毒症"),
        ] {
            assert_eq!(health(t).first().map(String::as_str), Some(want), "{t}");
        }
        for clean in [
            "断了手机信号",
            "断了手续",
            "没了手艺",
            "断了联系",
            "因病行走不便",
            "重病重残人员单独施保",
            // (Session 32's review: words and programmes that hold a term.)
            "判断指标核定",
            "读高中暑假回家",
            "门诊慢性病报销",
            "申请大病医疗救助",
            "登革热防控宣传",
            "中暑急救培训",
            "患者确诊后可申请大病救助",
            "老人盛夏时节易中暑",
            "高温天气避免中暑",
            "老人身体还可以",
            "他心眼不好",
            "家里条件不好",
            "背着孩子去赶集",
            "手续不好办",
            "电脑坏了",
            "山脚不好走",
            "帮手不够",
            "手机坏了",
            "血压正常",
            "对手抖擞精神",
            "忙完秋收才喘口气",
            "按全护理标准发放照料护理补贴",
            "身体不行了就退出",
            "苟延残喘",
            "因犯罪记录未通过审核",
            "以免获罪",
            "无罪释放后返乡",
            "本人认罪态度较好",
            "保障等级由二类调整为一类",
            "按政策调整为一级标准",
            "因残疾致贫",
            "困难残疾人生活补贴",
            "救助对象：低保、残疾、特困",
            "重病家庭、残疾人家庭",
            "凭残疾证领取",
            "已参加工伤保险",
            "隐瞒用人单位已支付工伤赔偿的事实",
            "若尔盖县2026年包虫病患者家庭临时救助花名册",
            "因工伤未能及时认定，于是申请临时救助",
            "判断指标核定",
            "社工不断指导",
            "医生诊断指出",
        ] {
            assert!(health(clean).is_empty(), "{clean}");
        }
    }

    /// Logins that spell a person (`names/pinyin_surnames.txt` and `pinyin.txt`), and logins that do not.
    #[test]
    fn logins_that_spell_people() {
        let d = Detectors::builtin().expect("builtin patterns");
        let spelt = |t: &str| d.login_names(t).into_iter().map(|(s, e)| t[s..e].to_string()).collect::<Vec<_>>();
        for (t, want) in [
            ("zn_lupeng", vec!["lupeng"]),
            ("chenxiaodong_tl", vec!["chenxiaodong"]),
            ("tl_wgy_zhangmin", vec!["zhangmin"]),
            ("gaoyuhua1975", vec!["gaoyuhua"]),
            ("Wangfang_01", vec!["Wangfang"]),
        ] {
            assert_eq!(spelt(t), want, "{t}");
        }
        for t in ["admin_xuhui01", "wc_zn_wgy01", "xhcy_sys", "tl_sqfwb_admin", "user_2024", "data01", "ab_12"] {
            assert!(spelt(t).is_empty(), "{t}");
        }
    }

    /// An office's label after a hotline stays (县残联, 社会救助股); a person whose given name ends like an office
    /// does not (苟凤会).
    #[test]
    fn office_labels_after_hotlines_are_not_names() {
        let d = Detectors::builtin().expect("builtin patterns");
        let known = KnownNames::default();
        let names = |t: &str| spans_of(&d, &known, t, Kind::Name);
        let phones = |t: &str| spans_of(&d, &known, t, Kind::Phone);
        let list = "监督电话：0739-8231190（县民政局社会救助股）　0739-8222345（县纪委监委）";
        assert!(names(list).is_empty() && phones(list).is_empty(), "{list}");
        let spaced = "监督电话：县残联 023-75553102　县民政局 023-75562280";
        assert!(phones(spaced).is_empty(), "{spaced}");
        let person = "监督电话：0435-3201234（苟凤会）";
        assert_eq!(names(person), ["苟凤会"], "{person}");
    }

    #[test]
    fn a_place_that_opens_with_a_name_stays() {
        let d = Detectors::builtin().expect("builtin patterns");
        let mut known = KnownNames::default();
        known.insert("乌兰");
        known.insert("李秀英");
        let names = |t: &str| spans_of(&d, &known, t, Kind::Name);
        // Set CC: a listed Mongolian name inside a city's name, a prefecture.
        for t in ["入住乌兰浩特市特困人员供养服务中心", "西宁市、玉树州2024年困难残疾人生活补贴"]
        {
            assert!(names(t).is_empty(), "{t}");
        }
        // A name right before a county's hospital or a 旗 it may end in, and one before a word that 县 starts,
        // are names.
        assert_eq!(names("李秀英县医院诊断"), ["李秀英"]);
        assert_eq!(names("其子李红旗在家"), ["李红旗"]);
        assert_eq!(names("乌兰县城打工"), ["乌兰"]);
    }

    /// Remark pieces of every kind in random order: the whole scan (numbers, names, addresses, health) never
    /// panics and its findings lie on char boundaries, in order, inside the text.
    #[test]
    fn random_remark_pieces_never_panic() {
        let d = Detectors::builtin().expect("builtin patterns");
        let mut known = KnownNames::default();
        known.insert("王芳");
        known.insert("阿米娜");
        let pieces = [
            "其子",
            "户主",
            "审核人：",
            "经办人员",
            "王芳",
            "阿米娜",
            "比力克孜",
            " ",
            "\u{3000}",
            "阿迪力",
            "岩胆",
            "梭收",
            "尼玛",
            "邓珠",
            "·",
            "患",
            "肺癌",
            "重度残疾",
            "在",
            "代为",
            "体检",
            "夏祠村",
            "八组",
            "何家坡",
            "51号",
            "3单元",
            "501室",
            "电话",
            "13912345678",
            "0713-1234567",
            "220502198001011234",
            "6222021234567890123",
            "卡号",
            "，",
            "。",
            "、",
            "（",
            "）",
            "+86",
            "-",
            "1",
            "０",
            "监督电话",
            "12345",
            "家",
            "的",
            "万元",
            "高龄",
            "村委会",
        ];
        for s in random_texts(&pieces, 0x1234_5678_9ABC_DEF1, 5_000, 14) {
            for f in d.scan_text(&s, &known) {
                assert_span(&s, f.start, f.end);
            }
        }
    }
}
