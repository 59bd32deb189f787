//! Addresses: kept down to the village or community, everything below it (组, road and number, estate,
//! building, unit, room) masked.
//!
//! In an address column the cell is cut after its lowest administrative level ([`AddressDetector::cut`]).
//! In free text only the detail below the village is found ([`AddressDetector::find_in_text`]): a detail
//! run must hang off an administrative level, or carry a road with a house number, or several numbered parts,
//! so document numbers (通民发〔2019〕36号) and counts (共3户) are left alone.

use super::{Finding, Kind, chars, is_han, one_of};
use regex::Regex;

/// Administrative suffixes with their level (1 province … 5 village/community). Longest first.
const ADMIN: [(&str, u8); 31] = [
    ("特别行政区", 1),
    ("自治区", 1),
    ("自治州", 2),
    ("自治县", 3),
    ("居委会", 5),
    // (Shanghai writes the committee short: 打浦桥街道丽园居委顺昌路282弄.)
    ("居委", 5),
    // State farms and forestry bureaus stand for the township, their 管理区 and 林场 for the village
    // (前哨农场第三管理区12连51号, 亚布力林业局红星林场7委12组).
    ("林业局", 4),
    // (乌石农场居, Hainan's farm communities, stand for the community; 乌石农场居委会 is the farm and its
    // committee.)
    ("农场居委会", 5),
    ("农场居", 5),
    ("农场", 4),
    ("管理区", 5),
    ("林场", 5),
    // A mining area stands for the community (彩屯街道彩屯矿区8委15组), and so does a resettlement site of
    // 易地搬迁 (柳陂镇柳陂移民安置点8号楼2单元302) unless it is named as an estate (see below).
    ("矿区", 5),
    ("安置点", 5),
    ("街道办事处", 4),
    ("街道办", 4),
    ("街道", 4),
    ("社区", 5),
    ("地区", 2),
    ("苏木", 4),
    ("嘎查", 5),
    // (新疆生产建设兵团第八师一四一团三连: the Corps stands where a province would; its units follow.)
    ("兵团", 1),
    ("省", 1),
    ("市", 2),
    ("州", 2),
    ("盟", 2),
    ("区", 3),
    ("县", 3),
    ("旗", 3),
    ("乡", 4),
    ("镇", 4),
];
const VILLAGE: &str = "村";

/// Words that begin the detail part in an address cell.
const DETAIL_START: [&str; 21] = [
    "路", "大街", "街", "大道", "巷", "胡同", "弄", "号", "小区", "花园", "家园", "公寓", "大厦", "栋", "幢", "单元",
    "室", "组", "屯", "楼", "院",
];

/// The mask marker put where the detail was.
pub const MARKER: &str = "***";

/// Finds and cuts addresses. Built once.
pub struct AddressDetector {
    token: Regex,
}

impl Default for AddressDetector {
    fn default() -> Self {
        Self::new()
    }
}

/// The administrative suffix at the start of `s`. A suffix directly followed by a lower level is part of
/// that level's name (红旗村, 东州区 … : 旗 and 州 are not levels there).
fn admin_at(s: &str) -> Option<(&'static str, u8)> {
    let found = admin_token(s)?;
    // (孟村回族自治县: a suffix a nationality and 自治 follow is in an autonomous county's name.)
    let after = &s[found.0.len()..];
    let nation = after.char_indices().take(4).find(|&(_, c)| c == '族').map(|(k, c)| k + c.len_utf8());
    if nation.is_some_and(|k| after[k..].starts_with("自治")) {
        return None;
    }
    // (昭通市镇雄县, 临汾市乡宁县: a county whose name opens with 镇 or 乡 after a city. Not a district: 新市镇东区
    // is a town's part.)
    let county_named = |t: &str| {
        let rest = &after[t.len()..];
        let mut cs = rest.chars();
        matches!(t, "镇" | "乡")
            && cs.next().is_some_and(is_han)
            && cs.next().is_some_and(|c| c == '县')
            && !rest.chars().nth(2).is_some_and(|c| matches!(c, '村' | '社' | '镇' | '乡' | '街'))
    };
    // (六村堡街道: a township or street office one character after a 村 has the 村 in its name, set AR3.)
    if found.0 == VILLAGE
        && let Some(c) = after.chars().next().filter(|&c| is_han(c) && !one_of(chars!(CN_DIGITS), c))
        && admin_token(&after[c.len_utf8()..]).is_some_and(|(t, level)| level == 4 && t != "农场" && t != "林业局")
    {
        return None;
    }
    match admin_token(&s[found.0.len()..]) {
        Some((t, next)) if next > found.1 && !(found.1 <= 2 && county_named(t)) => None,
        // 台州市, 真如镇街道: a suffix right before another of its own level is that one's name (not 村村).
        Some((_, next)) if next == found.1 && next < 5 => None,
        // 三村镇, 五村乡: a village right before a township names it.
        Some((_, 4)) if found.0 == VILLAGE => None,
        // 金村镇矿区社区: a mining area or a farm before 社区 names the community.
        Some((t, 5)) if found.1 == 5 && matches!(t, "社区" | "居委会" | "居民委员会") => None,
        // (石牌镇林场村, 富池镇农场村: a village named after a farm or a forestry station.)
        Some((t, 5))
            if found.1 == 5
                && found.0 != VILLAGE
                && (t == VILLAGE || t.starts_with("村委") || t.starts_with("村民委")) =>
        {
            None
        }
        _ => Some(found),
    }
}

/// A village's or community's committee written as its level (凤和村委会, 福泰居民委员会): the same level as the
/// 村 or 社区 it is, not the office.
/// (龙才牧委会五社: a herders' committee of Qinghai and Gansu is a village.)
const COMMITTEES: [&str; 9] =
    ["村民委员会", "居民委员会", "牧民委员会", "村委会", "居委会", "牧委会", "村委", "居委", "牧委"];

/// Whether `word` (an institutions.txt word found in an address) is a village's or community's committee.
pub fn is_committee(word: &str) -> bool {
    word == "委员会" || COMMITTEES.contains(&word)
}

fn admin_token(s: &str) -> Option<(&'static str, u8)> {
    if s.starts_with("小区") {
        return None;
    }
    if let Some(c) = COMMITTEES.iter().find(|c| s.starts_with(**c)) {
        return Some((c, 5));
    }
    if s.starts_with(VILLAGE) {
        return Some((VILLAGE, 5));
    }
    ADMIN.iter().find(|(t, _)| s.starts_with(t)).copied()
}

/// Whether a detail word (路, 屯, 花园) starts at `s`. One directly followed by a township, street office,
/// community or village names that level instead (和平路街道, 花园社区, 王家屯村).
fn detail_at(s: &str) -> bool {
    if s.starts_with("街道") {
        return false;
    }
    DETAIL_START.iter().find(|t| s.starts_with(**t)).is_some_and(|t| {
        let rest = &s[t.len()..];
        // 乌拉街满族镇: a nationality between the name's 街 and the town's 镇 (满族镇, 朝鲜族乡). (Only before a
        // level: 明德街社区民族大道 is a community and a road.)
        let rest = rest
            .char_indices()
            .take(4)
            .find(|&(k, c)| c == '族' && admin_token(&rest[k + c.len_utf8()..]).is_some())
            .map_or(rest, |(k, c)| &rest[k + c.len_utf8()..]);
        // (炉院街街道: a street office a character or two on is still that level's name.)
        let later = rest
            .char_indices()
            .take_while(|&(_, c)| is_han(c))
            .take(3)
            .any(|(k, _)| admin_token(&rest[k..]).is_some_and(|(t, level)| level >= 4 && t != VILLAGE));
        // (鼓楼区, 钟楼区: a 楼 that a district or a city follows ends that level's name.)
        // (苏家屯区: a 屯 so too.)
        let district = (*t == "楼" || *t == "屯") && rest.starts_with(['区', '县', '市']);
        // (吾屯下庄村: a 屯 a character or two before a 村 is inside the village's name.)
        let village = *t == "屯"
            && rest
                .char_indices()
                .take_while(|&(_, c)| is_han(c))
                .take(3)
                .skip(1)
                .any(|(k, _)| rest[k..].starts_with(VILLAGE) && !rest[k..].starts_with("村民"));
        // (弄拉屯村民: the 屯's villagers, no village after it.)
        let villagers = *t == "屯" && rest.starts_with("村民");
        (admin_token(rest).is_none_or(|(_, level)| level < 4) || villagers) && !later && !district && !village
    })
}

/// Chinese numerals, as the Corps numbers its units (一四一团, 一〇三团, 十四连).
const CN_DIGITS: &str = "一二三四五六七八九十百零〇两";

/// A digit of the Corps' unit numbers (150团, 一〇三团, 十四连): Arabic, full-width or Chinese.
pub(crate) fn corps_numeral(c: char) -> bool {
    super::digits::digit_of(c).is_some() || one_of(chars!(CN_DIGITS), c)
}

/// A digit of a group's or house's number (3组, 十二组, 六组): Arabic, full-width or Chinese one to ten.
fn group_numeral(c: char) -> bool {
    super::digits::digit_of(c).is_some() || one_of(chars!("一二三四五六七八九十"), c)
}

/// A room of the village's or community's own office (村委会会议室, 社区二楼会议室, 党员活动室): where a
/// meeting was held, nobody's home; or a resettlement site as a whole.
fn public_room(tail: &str) -> bool {
    // (荷香桥社区安置点, 集中安置点: a resettlement site as a whole, set BF4.)
    // (镇平县侯集镇集市 under 出险地点: where an accident happened, a town's market square, set BS4.)
    const ROOMS: &[&str] = &[
        "集市",
        "农贸市场",
        "菜市场",
        "广场",
        "汽车站",
        "火车站",
        "安置点",
        "集中安置点",
        "临时安置点",
        "会议室",
        "活动室",
        "办公室",
        "会议厅",
        "礼堂",
        "文化室",
        "服务中心",
        "服务大厅",
        "服务站",
        "阅览室",
        "议事厅",
        "办公楼",
        "综合楼",
    ];
    // (A floor may come first, 二楼会议室; a room's number may not: 302办公室 is a room someone may live in.)
    let floor = tail.char_indices().take(3).find(|&(_, c)| c == '楼').map(|(k, c)| k + c.len_utf8());
    let t = match floor {
        Some(k) if tail[..k - '楼'.len_utf8()].chars().all(|c| one_of(chars!("一二三四五12345"), c)) => {
            &tail[k..]
        }
        _ => tail,
    };
    let t = ["党员", "党群", "便民", "文化", "大", "小"].iter().find_map(|w| t.strip_prefix(w)).unwrap_or(t);
    ROOMS.contains(&t)
}

/// Whether `head` ends with a numbered company of the Corps below a regiment or a farm (一〇三团五连, 红星二场一连,
/// 芳草湖农场十四连, 第三管理区12连): it stands for the village, and a house can hang off it.
fn ends_with_corps_company(head: &str) -> bool {
    let Some(rest) = head.strip_suffix('连') else {
        return false;
    };
    let unit = rest.trim_end_matches(corps_numeral);
    unit.len() < rest.len() && (unit.ends_with(['团', '场']) || unit.ends_with("管理区"))
}

/// A numbered unit of the Production and Construction Corps at the start of `s` (第一师, 十六团, 150团, 四连):
/// its byte length and level (师 2, 团 4, 连 5).
fn corps_unit_at(s: &str) -> Option<(usize, u8)> {
    let body = s.strip_prefix('第').unwrap_or(s);
    let digits: usize = body.chars().take_while(|&c| corps_numeral(c)).map(char::len_utf8).sum();
    if digits == 0 {
        return None;
    }
    let unit = body[digits..].chars().next()?;
    let level = match unit {
        '师' => 2,
        '团' => 4,
        '连' => 5,
        _ => return None,
    };
    // (十六团结路: 团结 is a word, not a regiment.)
    if unit == '团' && body[digits + unit.len_utf8()..].starts_with('结') {
        return None;
    }
    // (和乐镇六连村委会: a village named 六连, no company, set CE3.)
    if unit == '连' && ["村", "社区", "居委"].iter().any(|w| body[digits + unit.len_utf8()..].starts_with(w)) {
        return None;
    }
    Some((s.len() - body.len() + digits + unit.len_utf8(), level))
}

/// Whether a 街 that names a street office starts at `s`: not 街道 (a level of its own), and followed by a
/// name, not by a number, a road word, a road or the end.
fn street_office_at(s: &str, opens: bool) -> bool {
    let Some(rest) = s.strip_prefix('街') else {
        return false;
    };
    if rest.starts_with('道') {
        return false;
    }
    let Some(next) = rest.chars().next() else {
        return false;
    };
    // (Opening the cell, 建设街民族路12号: a road after it makes it a road too, or a street crossing one.)
    let road_after = opens && rest.chars().take(7).any(|c| c == '路' || c == '道');
    is_han(next)
        && super::digits::digit_of(next).is_none()
        && !one_of(chars!("号巷弄口头尾坊区第"), next)
        && !detail_at(rest)
        // (南大街社区: the 街 is part of the community's name.)
        && admin_token(rest).is_none()
        && !road_after
}

/// Whether `text` could hold a detail token at all: a number (Arabic, full-width or Chinese) with a
/// character a numbered token ends in, or a word an estate or 屯 ends in. The token regex is by far the
/// dearest part of a free-text scan; most remarks fail this one pass over their characters.
fn may_hold_token(text: &str) -> bool {
    let (mut number, mut suffix, mut prev) = (false, false, ' ');
    for c in text.chars() {
        match c {
            // 单元, not every amount in 元.
            '元' if prev == '单' => suffix = true,
            '0'..='9'
            | '０'..='９'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '零'
            | '〇'
            | '两' => number = true,
            // Suffixes of numbered tokens, and of roads (a road needs a number after it).
            '号' | '组' | '社' | '栋' | '幢' | '座' | '梯' | '房' | '层' | '楼' | '室' | '户' | '排' | '院' | '弄'
            | '巷' | '路' | '街' | '道' | '同' | '连' | '队' | '站' => suffix = true,
            // Estates and 屯 need no number.
            '屯' | '苑' | '寓' | '厦' => return true,
            _ => {}
        }
        prev = c;
    }
    // 5-6-501: building, unit and room with no word at all.
    let dashed = text.as_bytes().windows(3).filter(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit());
    (number && suffix)
        || ["小区", "花园", "家园", "新村", "家属"].iter().any(|w| text.contains(w))
        || dashed.count() >= 2
}

impl AddressDetector {
    /// Compiles the detail-token regex.
    pub fn new() -> Self {
        // Numbers may be Arabic, full-width or Chinese numerals; ranges like 3-501 are one token.
        let n = r"[0-9０-９]+(?:[-－][0-9０-９]+)*";
        let cn = r"[一二三四五六七八九十百零〇两]+";
        // A road of Tianjin or Hong Kong (平江道, 英皇道): its name's characters are no place's suffix (筲箕湾, 油麻地) and
        // no word of the sentence, and 街道, 渠道, 管道 are no roads.
        let dao = r"[\p{Han}&&[^街渠管频通隧轨车人跑步河航坑地古水要湾村镇乡区县市路里坊围头了的在住到于看是]]";
        let pattern = format!(
            r"(?x)
            (?P<road>\p{{Han}}{{1,8}}(?:大街|大道|路|街|巷|胡同|弄)[东南西北中]?(?:[一二三四五六七八九十东南西北中]段)?
                (?:(?:{n}|{cn})(?:号院|号楼|号|弄|巷|座)|[0-9０-９]+(?:[-－][0-9０-９]+)+))
          | (?P<daoroad>{dao}{{1,3}}道(?:{n})号)
          | (?P<num>(?:[A-Za-zＡ-Ｚａ-ｚ])?(?:{n})(?:号院|号楼|号|作业站|作业区|牧业社|牧业队|村民小组|村民组|居民小组|小组|小队|组|工区|屯|社|栋|幢|座|梯|单元|门|委|层|楼|室|房|户|排|连|队|巷|街))
          | (?P<cnum>(?:{cn})(?:作业站|作业区|牧业社|牧业队|村民小组|村民组|居民小组|小组|小队|组|社|队|栋|座|单元|号楼|号))
          | (?P<cwei>[一二三四五六七八九十]{{1,3}}委)
          | (?P<lnum>(?:[A-Za-zＡ-Ｚａ-ｚ]|[甲乙丙丁戊])(?:号楼|栋|幢|座|单元|区|室|房))
          | (?P<estate>\p{{Han}}{{1,8}}(?:小区|花园|家园|公寓|大厦|新村|苑|大院|家属院|家属楼|邨))
          | (?P<bldg>\p{{Han}}{{1,4}}楼[0-9０-９]{{3,4}}室)
          | (?P<tun>\p{{Han}}{{1,4}}屯)
          | (?P<unit>[0-9０-９]{{1,3}}[-－][0-9０-９]{{1,3}}[-－][0-9０-９]{{2,4}})
        "
        );
        // The pattern is a constant: compiling it cannot fail at run time.
        #[allow(clippy::expect_used)]
        let token = Regex::new(&pattern).expect("address token pattern compiles");
        AddressDetector { token }
    }

    /// Byte index to cut an address cell at: keep `[..cut]`, mask the rest. None when there is nothing
    /// below the village/community to mask.
    pub fn cut(&self, addr: &str) -> Option<usize> {
        let s = addr.trim_end();
        let mut best: [Option<usize>; 6] = [None; 6];
        let mut seg_han = 0usize;
        let mut detail: Option<usize> = None;
        let mut seg_start = 0usize;
        let mut community = false;
        let mut village = false;
        // The township level is a 镇 or 乡 (not a street office).
        let mut rural = false;
        // The level of the last administrative token (0 before any).
        let mut last_level = 0u8;
        let mut i = 0usize;
        while i < s.len() {
            let rest = &s[i..];
            let Some(c) = rest.chars().next() else { break };
            // 第一师阿拉尔市十六团四连1排27号: the Corps' numbered division, regiment and company stand for the
            // prefecture, the township and the village. (A company below a 管理区, 第三管理区12连, is detail.)
            if seg_han == 0
                && let Some((len, level)) = corps_unit_at(rest)
                && (level != 5 || (best[5].is_none() && best[4].is_some()))
            {
                let end = i + len;
                best[level as usize] = Some(end);
                last_level = level;
                seg_start = end;
                i = end;
                continue;
            }
            if c.is_ascii_digit() || super::digits::digit_of(c).is_some() || c.is_ascii_alphabetic() {
                detail = Some(seg_start);
                break;
            }
            // 第十三师红星二场一连: a numbered farm of the Corps (团场) with a company after it stands for the
            // township.
            let corps_farm = seg_han > 1
                && rest.strip_prefix('场').is_some_and(|after| {
                    s[..i].chars().next_back().is_some_and(|p| one_of(chars!(CN_DIGITS), p))
                        && corps_unit_at(after).is_some_and(|(_, level)| level == 5)
                });
            // 海珠区瑞宝街怡乐新村…, 南华西街福泰社区: right below a district, a 街 that no number follows is the
            // street office (街道) written short, not a road.
            // (Also opening the cell: 南华西街敦和里99号之一.)
            let opens = last_level == 0 && seg_start == 0;
            let street_office =
                ((1..=3).contains(&last_level) || opens) && (2..=4).contains(&seg_han) && street_office_at(rest, opens);
            if corps_farm || street_office {
                // (场 and 街 are both one character of three bytes.)
                let end = i + c.len_utf8();
                best[4] = Some(end);
                last_level = 4;
                seg_start = end;
                seg_han = 0;
                i = end;
                continue;
            }
            // (两面井乡头号窑村, 三工地镇二号营子村: a village named by a number keeps its 号.)
            let single =
                s[..i].chars().rev().take(2).filter(|&c| one_of(chars!(CN_DIGITS), c) || c == '头').count() == 1;
            let numbered_village = single && rest.strip_prefix('号').is_some_and(numbered_village_after);
            if seg_han > 0 && detail_at(rest) && !numbered_village {
                detail = Some(seg_start);
                break;
            }
            // 凤和村委会 right after 凤和村 (红光村村委会) is the same village.
            let committee = COMMITTEES.iter().any(|w| rest.starts_with(w));
            // (山大北村社区: a community named after a village; its 村 is no level.)
            let community_named = rest.starts_with(VILLAGE)
                && ["社区", "居委会", "居民委员会"].iter().any(|w| rest[VILLAGE.len()..].starts_with(w));
            // (疍家棚区85号: a shanty area, 棚区, is no district.)
            let shanty = s[..i].ends_with('棚') && rest.starts_with('区');
            // (红岩社区下寨村民小组55号: the 村 of a named 村民小组 is the group's word, no village.)
            let group_word = rest.starts_with("村民小组") || rest.starts_with("村民组");
            if (seg_han > 0 || (committee && s[..i].ends_with(VILLAGE)))
                && !community_named
                && !shanty
                && !group_word
                && let Some((tok, level)) = admin_at(rest)
            {
                // 湖西社区红旗新村25-3-702: a village and a community are one level; a 村 below a community
                // names an estate, and one below a village a natural village (仑溪村坑头自然村, 凤和村委会第八
                // 村民小组).
                // 瑞宝街怡乐新村10号之二: a 新村 with a house number right after it is an estate too.
                // So is a numbered 村 with a building's number after it (曲阳四村111号, 三元一村58幢).
                // (丙新村16组94号, 维新村4村民小组: a number that a group follows is the village's group.)
                let after = &rest[tok.len()..];
                let number = after.trim_start_matches(|c: char| super::digits::digit_of(c).is_some());
                let group = number.len() < after.len()
                    && ["组", "村民", "小组", "社", "队"].iter().any(|w| number.starts_with(w));
                // (长城镇长城社区房庄村: below a township, one community takes in several villages (多村一社区):
                // the 村 is the village, kept.)
                // (A 新村 stays an estate: 竹料居委会沙太新村D座.)
                let rural_village = rural && !s[..i].ends_with('新');
                // (曹宅镇芝英一村276号: below a 镇 or 乡 a numbered 村 is a village; 曲阳四村111号 below a street
                // office an estate.)
                let estate = tok == VILLAGE
                    && ((s[..i].ends_with('新') && number.len() < after.len() && !group)
                        || (estate_village(s, i) && !rural_village));
                // (芝山社区扶贫安置点2幢…: a resettlement site below a community or a village is an estate in it;
                // so is one named as an estate (南河镇幸福家园安置点9栋, 同心苑安置点), even right below a township.
                // 柳陂镇柳陂移民安置点 is the township's site, kept as its community.)
                const ESTATE_NAMES: [&str; 7] = ["家园", "苑", "花园", "新村", "小区", "新城", "公寓"];
                if tok == "安置点" && (community || village || ESTATE_NAMES.iter().any(|w| s[seg_start..i].contains(w)))
                {
                    detail = Some(seg_start);
                    break;
                }
                // (王村口村: 村口 in a village's own name.)
                // (六村堡村, 六村堡街道: one character between two 村 is part of one village's name, set AR3; a
                // natural village's 上村, 东村 and 新村 are not.)
                // (Only when the first 村 also follows one character after a level: 红光村李村组12号 is a
                // village and a hamlet below it.)
                let one_between = {
                    let mut cs = s[seg_start..i].chars();
                    let first_short = s[..seg_start].strip_suffix(VILLAGE).is_some_and(|h| {
                        let mut back = h.chars().rev();
                        back.next().is_some_and(is_han)
                            && back.next().is_none_or(|c| !is_han(c) || one_of(chars!("道镇乡区县市旗"), c))
                    });
                    first_short
                        && matches!((cs.next(), cs.next()), (Some(c), None) if is_han(c) && !one_of(chars!("上下东西南北前后中新老大小里外"), c))
                };
                let village_named_kou = village && last_level == 5 && (&s[seg_start..i] == "口" || one_between);
                // (渠阳社区岩脚寨自然村: a natural village below a community is detail, even below a township.)
                let natural = s[..i].ends_with("自然") && (community || village);
                if tok == VILLAGE
                    && ((community && !rural_village) || village || estate || natural)
                    && !village_named_kou
                {
                    detail = Some(seg_start);
                    break;
                }
                // 中村村8组, 延村村12组: a village whose name ends in 村 (not 村民小组, 村委会 after a village).
                // (西村村部旁, 南村村口5号: the village's office and entrance.)
                const VILLAGE_WORDS: [char; 11] = ['民', '委', '部', '口', '头', '里', '边', '旁', '内', '外', '中'];
                let doubled = tok == VILLAGE
                    && after.starts_with(VILLAGE)
                    && !after[VILLAGE.len()..].starts_with(VILLAGE_WORDS)
                    && !village;
                // 韩村乡韩村北村九组: a village named after another one and a side of it (北村, 东村).
                let sided = after
                    .strip_prefix(['东', '西', '南', '北', '前', '后', '上', '下'])
                    .and_then(|r| r.strip_prefix(VILLAGE))
                    .filter(|r| tok == VILLAGE && !village && !r.starts_with(VILLAGE_WORDS));
                let end = i
                    + tok.len()
                    + match sided {
                        _ if doubled => VILLAGE.len(),
                        Some(rest) => after.len() - rest.len(),
                        None => 0,
                    };
                // 遂昌县王村口镇王村口村: a township after a village means the 村 was in the township's name.
                if matches!(tok, "镇" | "乡")
                    && last_level == 5
                    && best[5].is_some_and(|v| !s[v..i].contains(char::is_numeric))
                {
                    best[5] = None;
                    village = false;
                }
                if level == 4 {
                    rural = matches!(tok, "镇" | "乡");
                }
                community |= matches!(tok, "社区" | "居委会" | "居民委员会");
                // (新艾里嘎查第五村民小组: a 嘎查 is a village of Inner Mongolia.)
                village |= tok == VILLAGE || tok.starts_with(VILLAGE) || tok == "嘎查";
                last_level = level;
                best[level as usize] = Some(end);
                seg_start = end;
                seg_han = 0;
                i = end;
                continue;
            }
            if is_han(c) {
                seg_han += 1;
            }
            i += c.len_utf8();
        }
        let keep = best[5].or(best[4]).or(best[3]).or(best[2]).or(best[1]).unwrap_or(0);
        let tail = &s[keep..];
        // (回原籍分散供养（柳河县驼腰岭镇大沙河村）: a bracket closing after the village is no detail, set BE6.)
        let closing = keep > 0 && tail.chars().all(|c| matches!(c, '）' | ')' | '】' | ']' | '。' | '；' | ';'));
        if tail.is_empty()
            || closing
            || (keep > 0 && public_room(tail))
            || (keep == 0 && detail.is_none() && bare_region(tail))
        {
            return None;
        }
        // (胜利村（北甸子）, 胜利村（孙家堡子）: a hamlet in the bracket is detail, set BE3.)
        let hamlet = || {
            let inner = tail.trim().trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
            // (方家村（岩脚寨）, 九摆村（老寨）: a hamlet named by its last character, set CD6; not a former name,
            // 红光村（原红星村）.)
            let named = (2..=4).contains(&inner.chars().count())
                && inner.chars().all(is_han)
                && !inner.starts_with(['原', '今', '现', '旧'])
                && inner.chars().next_back().is_some_and(|c| one_of(HAMLET_ENDS, c));
            hamlet_name(inner)
                || named
                || (inner.ends_with('屯') && inner.chars().count() >= 3 && inner.chars().all(is_han))
        };
        if detail.is_none() && is_parenthetical(tail) && !(keep > 0 && hamlet()) {
            return None;
        }
        Some(keep)
    }

    /// Where to cut a cell of a unit below the village that names its village first (红旗村11组, 东坎村九组
    /// 六垛): the byte index after the village or community, when the cut falls there and detail follows.
    pub fn village_cut(&self, addr: &str) -> Option<usize> {
        let keep = self.cut(addr)?;
        let head = &addr[..keep];
        let village = head.ends_with(VILLAGE)
            || COMMITTEES.iter().any(|t| head.ends_with(t))
            || ADMIN.iter().any(|&(t, level)| level == 5 && head.ends_with(t));
        // (第三村民小组: the 村 of 村民小组, no village.)
        let group_word = head.ends_with(VILLAGE) && addr[keep..].starts_with('民');
        (keep > 0 && village && !group_word).then_some(keep)
    }

    /// Whether a short cell reads as an address with detail (for classifying a column by content).
    pub fn looks_like_address(&self, cell: &str) -> bool {
        let levels = count_levels(cell);
        levels >= 2 || (levels >= 1 && self.token.is_match(cell))
    }

    /// Detail spans below the village/community inside free text.
    pub fn find_in_text(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        natural_villages(text, &mut out);
        group_hamlets(text, &mut out);
        committee_hamlets(text, &mut out);
        named_lanes(text, &mut out);
        bare_house_numbers(text, &mut out);
        shelter_codes(text, &mut out);
        dashed_rooms(text, &mut out);
        if text.contains("浩特") || text.contains("牧点") {
            pastoral_camps(text, &mut out);
        }
        if text.contains(['楼', '园']) {
            family_hamlets(text, &mut out);
        }
        natural_village_names(text, &mut out);
        named_groups(text, &mut out);
        sub_village_units(text, &mut out);
        hamlet_before_group(text, &mut out);
        village_hamlets(text, &mut out);
        bracketed_hamlets(text, &mut out);
        hamlet_after_village_in_brackets(text, &mut out);
        if text.contains("浩特") {
            gacha_hamlets(text, &mut out);
        }
        if text.contains(['垸', '畈', '咀', '垅', '寨']) {
            southern_hamlets(text, &mut out);
        }
        if !may_hold_token(text) {
            dwelling_hamlets(text, &mut out);
            return join_touching(out);
        }
        let mut run: Option<(usize, usize, bool, usize)> = None; // start, end, strong, numbered count
        let flush = |run: &mut Option<(usize, usize, bool, usize)>, out: &mut Vec<Finding>| {
            if let Some((start, end, strong, numbered)) = run.take() {
                // (红星二场一连新居民点18排1号: the place's name between a company of the Corps and the numbers is
                // detail too.)
                let corps = han_after_admin(&text[..start]).filter(|&l| ends_with_corps_company(&text[..start - l]));
                let start = start - corps.unwrap_or(0);
                // (老屋在12组, 租住…: a dwelling word before a numbered part anchors it as a village level would.)
                let anchored = corps.is_some()
                    || ends_with_admin(&text[..start])
                    || ends_with_house_kind(&text[..start])
                    || ends_with_dwelling(&text[..start])
                    || lone_group_at_home(&text[..start], &text[start..end], &text[end..]);
                if strong || numbered >= 2 || (anchored && numbered >= 1) {
                    // 原住址控江二村81号602室, 德胜新村34幢: the estate named right before the building is detail too.
                    let start =
                        estate_before(text, start).or_else(|| place_after_dwelling(text, start)).unwrap_or(start);
                    out.push(Finding::text(start, end, Kind::Address, 0));
                }
            }
        };
        for caps in self.token.captures_iter(text) {
            let Some(m) = caps.get(0) else { continue };
            // 第一社会福利院, 多村一社区: 社会 is society and 社区 a community, not a production team (一社).
            // (二社会计家: a production team and 会计; only 第一社会 is society.)
            // (统一社会信用代码: 社会 too; 二社会计 is a team and its accountant.)
            let society = text[m.end()..].starts_with('会')
                && (text[..m.start()].ends_with('第') || !text[m.end()..].starts_with("会计"));
            if m.as_str().ends_with('社') && (society || text[m.end()..].starts_with('区')) {
                continue;
            }
            // (大马庄村5街76号: a numbered street of a village; 2街道 is no street.)
            if m.as_str().ends_with('街') && text[m.end()..].starts_with('道') {
                continue;
            }
            // 统一组织, 第一组织: 组织 is a word (organise), not a numbered group.
            if m.as_str().ends_with('组') && text[m.end()..].starts_with('织') {
                continue;
            }
            // (二号营子村, 五号房村, 头号窑村: villages of the Bashang named by a number are villages, kept.)
            if caps.name("cnum").is_some()
                && m.as_str().chars().count() == 2
                && m.as_str().ends_with('号')
                && numbered_village_after(&text[m.end()..])
            {
                continue;
            }
            // (东升林场六委2组: a forestry farm's committee numbered in words, with its group right after it; 村两委
            // and 三委 alone are no address.)
            if caps.name("cwei").is_some()
                && !self.token.find(&text[m.end()..]).is_some_and(|g| g.start() == 0 && g.as_str().ends_with('组'))
            {
                continue;
            }
            let mut start = m.start();
            // Already taken in as the room number of the run (…3栋501室).
            if run.as_ref().is_some_and(|r| start < r.1) {
                continue;
            }
            let (mut strong, mut numbered) = (false, 0usize);
            // An estate with a name we do not know (滨江华府3号楼, …号滨江御景15号楼): the Han characters right
            // before a numbered building belong to the address.
            let t = m.as_str();
            // 5-6-501 (building-unit-room): not inside a longer number (2024-01-15, 0435-323-2772).
            let unit = caps.name("unit").is_some();
            if unit && text[..start].chars().next_back().is_some_and(|c| super::digits::digit_of(c).is_some()) {
                continue;
            }
            // (幸福小区A栋2单元301室, 五爱新村6幢甲单元601室: a building or unit lettered instead of numbered;
            // not the end of a Latin word.)
            // (公租房小区B16栋412室, 青菱都市公租房C3栋: a lettered block's number, the same.)
            let lettered = caps.name("lnum").is_some() || t.starts_with(|c: char| c.is_alphabetic() && !is_han(c));
            if lettered && text[..start].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            // (砖木结构房屋1栋约88平方米, 有楼房2栋: how many houses someone owns, no building's number.)
            const HOUSES: [&str; 10] = ["房屋", "楼房", "平房", "住房", "瓦房", "砖房", "土房", "厂房", "老房", "房子"];
            // (幸福小区房屋3栋201室 and 家住和平村房屋2栋 are homes: only a size after the count says it counts.)
            let size_after = ["约", "面积", "建筑", "共", "（约", "(约"].iter().any(|w| text[m.end()..].starts_with(w));
            // (砖混结构住房1栋（易地扶贫搬迁安置房）: nor does a building's structure before the house word.)
            let structure = |w: &str| text[..start].strip_suffix(w).is_some_and(|h| h.ends_with("结构"));
            if (t.ends_with('栋') || t.ends_with('幢'))
                && HOUSES.iter().any(|w| text[..start].ends_with(w) && (size_after || structure(w)))
            {
                continue;
            }
            let numbered_num = caps.name("num").is_some() || lettered;
            // (嘉园一里901楼2门303: a Beijing building numbered 楼, its entrance 门 after it.)
            let gate_after = || {
                let rest = &text[m.end()..];
                let d = rest.bytes().take_while(u8::is_ascii_digit).count();
                d > 0 && (rest[d..].starts_with('门') || rest[d..].starts_with("单元"))
            };
            let building =
                t.ends_with("号楼") || t.ends_with('栋') || t.ends_with('幢') || (t.ends_with('楼') && gate_after());
            if (numbered_num && building) || unit {
                let from = run.as_ref().map_or(0, |r| r.1.min(start));
                // (还房小区3期17栋, 科学城九区4期12栋: an estate's phase stands between its name and the building.)
                let phase = if unit { 0 } else { phase_len(&text[from..start]) };
                let gap = &text[from..start - phase];
                let han = gap.chars().rev().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum::<usize>();
                // (Two characters at least: 第2号楼 is not an estate.)
                if han >= 6 || (phase > 0 && gap.is_empty() && run.is_some()) {
                    match &mut run {
                        Some((_, end, s, _)) if han == gap.len() => {
                            *end = start;
                            *s = true;
                        }
                        _ => {
                            let back = trim_han_prefix(text, start - phase - han, m.end()).min(start);
                            // A bare 5-6-501 names its estate only right below a community or village, or
                            // after 住 / 住址 (文号3-1-2021 is no address).
                            // (住在宝湖湾2-1-202, 家在华威西里6-5-102, 房子位于…: where someone lives.)
                            let head = text[..back].trim_end_matches(['：', ':']);
                            // (搬到女儿家（十里堡北里9-4-1404）: a home's address in brackets after it.)
                            let dwelling = head.ends_with(['住', '址', '在'])
                                || head.ends_with("位于")
                                || head.ends_with("家（")
                                || head.ends_with("家(")
                                || ends_with_dwelling(head);
                            if unit && !ends_with_admin(&text[..back]) && !dwelling {
                                continue;
                            }
                            if text[back..start].chars().count() >= 2 {
                                flush(&mut run, &mut out);
                                run = Some((back, start, true, 0));
                            }
                        }
                    }
                }
            }
            // (新华联家园社区7号楼: an estate's name before 社区 names the community, a level that is kept.)
            if caps.name("estate").is_some() && text[m.end()..].starts_with("社区") {
                continue;
            }
            // (幸福小区富泽楼3018室, 天瑞邨富泽楼3018室: a named block and a room in it, a home; not an office's
            // building, 办公楼302室.)
            if caps.name("bldg").is_some() {
                const OFFICE: [&str; 10] =
                    ["办公", "综合", "行政", "教学", "门诊", "住院", "科研", "实验", "服务", "业务"];
                let name = &t[..t.find('楼').unwrap_or(0)];
                // (民政局二楼302室: a floor of an office, no block's name.)
                if OFFICE.iter().any(|w| name.ends_with(w)) || name.ends_with(|c: char| one_of(chars!(CN_DIGITS), c)) {
                    continue;
                }
            }
            // (平江道245号: a road of Tianjin is a 道.)
            let road = caps.name("road").is_some() || caps.name("daoroad").is_some() || caps.name("bldg").is_some();
            if road || caps.name("estate").is_some() || caps.name("tun").is_some() {
                start = trim_han_prefix(text, start, m.end());
                strong = road;
                // An estate followed by a numbered part (幸福小区3号楼) is an address on its own.
                if caps.name("estate").is_some() && self.token.find(&text[m.end()..]).is_some_and(|n| n.start() == 0) {
                    strong = true;
                }
                if caps.name("tun").is_some() {
                    // (彩屯街道, 大屯村: a 屯 right before an administrative suffix ends that level's name.)
                    let head = &text[..start];
                    // (家住边远屯, 本屯, 同屯, 整屯搬迁: a word for any village, not a village's name.)
                    // (周边村屯, 图们江边的村屯: 屯 alone after 村 is the word for villages; not before where in it
                    // a home is: 红光村屯南头第3户.)
                    let bare = start + '屯'.len_utf8() == m.end()
                        && !text[m.end()..]
                            .starts_with(|c: char| c.is_ascii_digit() || "东南西北前后中上下里头第".contains(c));
                    let vague = bare
                        || ["边远", "偏远", "本", "该", "同", "邻", "外", "整", "全", "各", "每", "此"]
                            .contains(&&text[start..m.end() - '屯'.len_utf8()]);
                    // (房屋在弄光屯, 住那亮屯, 房屋位于百达屯1号: where someone lives is a 屯 below the village.)
                    // (A name of three characters: 常住奎屯, 在奎屯务工 name a city.)
                    // (新增百良屯住户: its households, set J2.)
                    let households = text[m.end()..].starts_with("住户")
                        && !text[start..m.end()].contains("自然")
                        && !head.ends_with(|c: char| one_of(chars!("个该本各全每"), c));
                    let lives = (head.ends_with(['住', '在']) || head.ends_with("位于") || households)
                        && text[start..m.end()].chars().count() >= 3;
                    // (弄京自然屯50号，韦某家: a named 屯 with a house number is a home's address on its own.)
                    let house =
                        house_number_len(&text[m.end()..]).is_some() && text[start..m.end()].chars().count() >= 3;
                    strong |= house;
                    if !(ends_with_admin(head) || ends_with_dwelling(head) || lives || house)
                        || vague
                        // (加福村弄拉屯村民: 村民 after the 屯 are its villagers, no village.)
                        || (admin_token(&text[m.end()..]).is_some() && !text[m.end()..].starts_with("村民"))
                        // (吾屯下庄村: inside a village's name.)
                        || !detail_at(&text[m.end() - '屯'.len_utf8()..])
                        // (伊犁州奎屯医院, 大屯小学: a body named after the place; not 住李家屯医院对面5号, a home near it.)
                        || body_alone(&text[m.end()..])
                    {
                        continue;
                    }
                    numbered = 1;
                    strong |= lives;
                }
            } else {
                let t = m.as_str();
                // A bare count of households or floors is not an address.
                if !(t.ends_with('户') || t.ends_with('层') || t.ends_with('楼') && !t.ends_with("号楼")) {
                    numbered = 1;
                }
                let joins = run.as_ref().is_some_and(|r| r.1 >= start || gap_ok(&text[r.1..start]));
                if (t.ends_with("号") || t.ends_with("号院")) && !joins {
                    // 黄庄村后庄50号: a house number a few characters below a village belongs to it, and so
                    // does the natural village or lane name between them.
                    // (现住南华西街敦和里99号之一: so does a place's name after a dwelling word.)
                    match han_after_admin(&text[..start]).or_else(|| han_after_dwelling(&text[..start])) {
                        Some(lead) => start -= lead,
                        None => numbered = 0,
                    }
                } else if (t.ends_with('组') || t.ends_with('社') || t.ends_with('巷')) && !joins {
                    // 闹枝村西岔9组, 月亮泡村渔场7组: so does a 组 below a natural village (and a lane: 逢简村委会
                    // 大巷里5巷25号).
                    if let Some(lead) = han_after_admin(&text[..start]) {
                        start -= lead;
                    }
                }
            }
            // A number right against a detail token is its room or building-unit-room (2单元1703, 282号3-3-602).
            let end = trailing_number(text, m.end()).unwrap_or(m.end());
            // (29栋2203, 楼上43号601室, 2单元301室: a building, a house or a unit with its room is a home on its
            // own.)
            // (Not a count, 安置房12栋300套, nor a floor's room, 民政局3楼302室.)
            let room = &text[m.end()..end];
            if room.trim_end_matches('室').len() >= 3
                && (room.ends_with('室') || !text[end..].starts_with(is_han))
                && ["号", "栋", "幢", "座", "号楼", "单元"].iter().any(|w| t.ends_with(w))
            {
                numbered += 2;
            }
            match &mut run {
                // (湖泗街道夏祠村八组何家坡51号: the house number's lead reaches back over the 组 before it, so
                // the two overlap and are one address.)
                Some((s0, e, s, n)) if start <= *e || gap_ok(&text[*e..start]) => {
                    *s0 = (*s0).min(start);
                    *e = (*e).max(end);
                    *s |= strong;
                    *n += numbered;
                }
                _ => {
                    flush(&mut run, &mut out);
                    run = Some((start, end, strong, numbered));
                }
            }
        }
        flush(&mut run, &mut out);
        // (Last: only where nothing above found an address.)
        dwelling_house_numbers(text, &mut out);
        hamlet_house_numbers(text, &mut out);
        dwelling_hamlets(text, &mut out);
        // 沙河大街212号之四7楼, 多宝路246号之二406房: a house's sub-number and its floor or room go with it.
        // (4社（高家院子）, 12组（向家湾）: so does the hamlet a group is named by, in brackets after it.)
        for f in &mut out {
            if text[..f.end].ends_with('号') {
                f.end = detail_tail(text, f.end);
            } else if text[..f.end].ends_with(['组', '社', '队']) {
                let rest = &text[f.end..];
                f.end += bracketed_place_len(rest).max(listed_place_len(rest));
            }
        }
        // (全村共5社12组, 共计3组: a count of the village's groups, no one's home.)
        out.retain(|f| {
            let head = text[..f.start].trim_end_matches(' ');
            // (全村5社12组: the whole village's groups, with no 共.)
            let whole = ["共", "共计", "共有", "全村", "全乡", "全镇"].iter().any(|w| head.ends_with(w));
            !(whole && group_count(&text[f.start..f.end]))
        });
        join_touching(out)
    }
}

/// 家住下沟405号2号楼…, 住在东湖花苑3栋…: a place's name of two to four Han characters between a dwelling word and
/// the numbered detail is the hamlet's or estate's name, detail too. Start of that name, if there is one.
fn place_after_dwelling(text: &str, start: usize) -> Option<usize> {
    // (Only before a house number: 住址变更为9组 names no place.)
    house_number_len(&text[start..])?;
    let head = &text[..start];
    head.char_indices().rev().take(4).enumerate().find_map(|(j, (k, _))| {
        let name = &head[k..];
        let before = &head[..k];
        // (家住乌兰嘎查10社: an administrative level ends the name; it is kept.)
        let level = name.char_indices().any(|(p, ch)| ends_with_admin(&head[..k + p + ch.len_utf8()]));
        let named =
            j >= 1 && name.chars().all(is_han) && !level && !name.contains(['街', '住', '址', '为', '是', '到', '在']);
        (named && (ends_with_dwelling(before) || (before.ends_with('住') && !name.starts_with('院')))).then_some(k)
    })
}

/// Byte length of a bracketed place's name of two to five Han characters at the start of `rest` ((高家院子),
/// （向家湾）), brackets included; 0 when there is none or it is a note (（已搬迁）, （户主）).
fn bracketed_place_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(['（', '(']) else { return 0 };
    let Some(close) = inner.find(['）', ')']) else { return 0 };
    let name = &inner[..close];
    const PLACE_ENDS: &str = "院子坝湾沟岭岗坡坪垭屋堡寨冲塘岩场庄台洼梁峪咀嘴坨头口垸";
    let n = name.chars().count();
    let ok = (2..=5).contains(&n)
        && name.chars().all(is_han)
        && name.chars().next_back().is_some_and(|c| PLACE_ENDS.contains(c));
    if ok { rest.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8) } else { 0 }
}

/// Byte length of a hamlet's name written as the next item after a group (5社，高家院子，; 3组、向家湾): a comma or
/// 、, then three to five Han characters ending in a hamlet's word and closing the clause; 0 when there is none.
fn listed_place_len(rest: &str) -> usize {
    const ENDS: [&str; 29] = [
        "院子", "湾", "坪", "坝", "沟", "冲", "垸", "岭", "岗", "垭", "寨", "塘", "洼", "峪", "咀", "嘴", "坨", "屋场",
        "大屋", "老屋", "岩", "坪头", "桥头", "家坡", "泥坡", "家坳", "家畈", "家坑", "家圩",
    ];
    let Some(sep) = ['，', ',', '、'].into_iter().find(|&c| rest.starts_with(c)) else { return 0 };
    let inner = &rest[sep.len_utf8()..];
    let n = inner.chars().take_while(|&c| is_han(c)).take(6).map(char::len_utf8).sum::<usize>();
    let name = &inner[..n];
    let closes = inner[n..].chars().next().is_none_or(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | ' '));
    let count = name.chars().count();
    let ok = (3..=5).contains(&count)
        && closes
        && ENDS.iter().any(|e| name.ends_with(e))
        && !name.contains(['共', '全', '各', '每', '整', '本', '该', '住', '在', '的', '和', '与']);
    if ok { sep.len_utf8() + n } else { 0 }
}

/// Spans that touch or overlap are one address (3村民小组|李家坪): one mask marker, not two.
fn join_touching(mut out: Vec<Finding>) -> Vec<Finding> {
    out.sort_by_key(|f| f.start);
    let mut joined: Vec<Finding> = Vec::with_capacity(out.len());
    for f in out {
        match joined.last_mut() {
            Some(last) if last.end >= f.start => last.end = last.end.max(f.end),
            _ => joined.push(f),
        }
    }
    joined
}

/// Whether the 村 at `at` names an estate: 新村 or a numbered 村 (曲阳四村, 控江二村) with a building's number
/// right after it (111号, 58幢), not a 组 (东风二村3组 is a village).
fn estate_village(text: &str, at: usize) -> bool {
    let Some(after) = text[at..].strip_prefix(VILLAGE) else {
        return false;
    };
    let digits = digits_len(after);
    digits > 0
        && text[..at].ends_with(['新', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
        && after[digits..].starts_with(['号', '幢', '栋', '弄', '楼'])
}

/// Where the estate a detail run at `start` follows begins (原住址|控江二村|81号, 居住：|德胜新村|34幢), if one does.
fn estate_before(text: &str, start: usize) -> Option<usize> {
    let at = start.checked_sub(VILLAGE.len()).filter(|&at| text.is_char_boundary(at))?;
    if !estate_village(text, at) {
        return None;
    }
    let han: usize = text[..at].chars().rev().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum();
    // (The village's own 村 is left out of the span trimmed, so that it is not taken for the level.)
    let back = trim_han_prefix(text, at - han, at);
    (text[back..start].chars().count() >= 3).then_some(back)
}

/// Last characters of natural-village (自然屯) names: 二道河子, 北岔, 孙家窝堡, 西沟, 后岭.
/// (Hubei, Anhui, Henan: 赵家畈, 邓家垸, 曹家咀, 许家坪, 何家冲, 石家寨, 杨家坝, 王家塆.)
const NATURAL_VILLAGE_LAST: &str = "沟岔子堡营岭洼台店窑湾坎甸坡峪场岗铺庄坨泡窝川梁嘴垴塘屯畈垸咀坪冲寨坝垭塆岙坳墩埠";

/// A natural village named after its village and township, ending the clause (住大孤山镇大孤山村二道河子,
/// 合隆镇合隆村孙家窝堡。): detail below the village, as a 组 or 屯 would be.
fn natural_villages(text: &str, out: &mut Vec<Finding>) {
    // (A char pattern: a str one builds a substring searcher on every call.)
    // (麻旺镇麻旺社区大湾: a hamlet below a rural community too.)
    let communities = text.match_indices("社区").map(|(at, w)| (at, w.len()));
    for (at, len) in text.match_indices('村').map(|(at, w)| (at, w.len())).chain(communities) {
        // (大鱼塘村委会新寨, 桑岭村委会西城尾: the hamlet below a village's committee, Yunnan's way.)
        let len = if text[at + len..].starts_with("委会") { len + "委会".len() } else { len };
        let after = at + len;
        // (北新村社区胜利北路…: a community named after a village; what follows is the community's.)
        if text[after..].starts_with("社区") {
            continue;
        }
        // The village must hang off a township or street office a few characters before it.
        let head: String = text[..at].chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
        // (Or a dwelling verb before the village: 住红旗村沙坨, 搬至猴石村北沟.)
        // (住院押金由村主任…: 住院 is no dwelling.)
        // (户籍在滨江社区中寨, 住址变更：马寨村下寨: where someone is registered, or moves to, set E2.)
        let township = [
            "镇",
            "乡",
            "街道",
            "住在",
            "住",
            "搬至",
            "迁至",
            "迁往",
            "住址：",
            "地址",
            "家在",
            "房子在",
            "房屋在",
            "老宅在",
            "老屋在",
            "户籍在",
            "户口在",
            "变更：",
            "变更为",
        ]
        .iter()
        .any(|w| {
            head.rfind(w).is_some_and(|k| {
                let name = &head[k + w.len()..];
                (1..=6).contains(&name.chars().count())
                    && name.chars().all(is_han)
                    && !(*w == "住" && name.starts_with('院'))
            })
        });
        if !township {
            continue;
        }
        // (原住大坪村两河口，已搬迁: a dwelling word before the chain makes any hamlet's name after the village
        // detail, whatever its last character.)
        // (The village needs a name of its own: 住在村口路口旁 is at the village's entrance.)
        let village_name =
            head.chars().rev().take_while(|&c| is_han(c) && !one_of(chars!("镇乡道住在至往"), c)).count();
        // (住加合村卡阳: 住 right before the village's name is a dwelling word too; 入住张河村敬老院 names a
        // facility, checked below.)
        // (住房由村委会维修, set J2: a preposition is in no village's name; 住房家村卡阳 names 房家村.)
        // (住建部门纳入农村危房改造: 住建, the housing bureau's short name, is no dwelling word, set BO3.)
        let zhu = head.chars().rev().nth(village_name) == Some('住')
            && !HOUSING_BUREAU.iter().any(|w| {
                let name: Vec<char> = head.chars().rev().take(village_name).collect();
                name.iter().rev().collect::<String>().starts_with(w)
            })
            && !head.chars().rev().take(village_name).any(|c| one_of(chars!("由被的和与向经将把给"), c));
        let dwelling = village_name >= 2
            && (zhu || {
                // The clause the village stands in, up to 24 characters back.
                let from = text[..at].char_indices().rev().nth(23).map_or(0, |(i, _)| i);
                let clause = text[from..at].rsplit(['，', '。', '；', ',', ';', '\n']).next().unwrap_or("");
                // (户口在…上场村尾厝, 户籍地…寮下: where someone is registered is an address too; 詹秀治住永春县…
                // 五一村石埕: a bare 住, but not 住院 or 住房, which also covers 住在, 居住在 and 住址.)
                // (房屋在新城村中庄社, 老宅在…: where the house stands, set L2.)
                [
                    "原住",
                    "现住",
                    "家住",
                    "搬至",
                    "迁至",
                    "迁往",
                    "地址",
                    "户口在",
                    "户籍地",
                    "户籍在",
                    "家在",
                    "房子在",
                    "房屋在",
                    "老宅在",
                    "老屋在",
                    "住房在",
                ]
                .iter()
                // (原住房屋已由村委会代管: 住房, housing, after 原 is no dwelling word, set BK5.)
                .any(|w| {
                    clause
                        .match_indices(w)
                        .any(|(k, _)| !(w.ends_with('住') && clause[k + w.len()..].starts_with(['房', '院'])))
                }) || clause.match_indices('住').any(|(k, _)| {
                    let after = &clause[k + '住'.len_utf8()..];
                    // (住建部门, 县住建局: the housing bureau's short name, set BO3; 住建设村 is a dwelling's.)
                    after.chars().next().is_some_and(|c| is_han(c) && !one_of(chars!("院房宿户"), c))
                        && !HOUSING_BUREAU.iter().any(|w| after.starts_with(w))
                })
            });
        let run: usize = text[after..].chars().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum();
        // 猴石村北沟居住: the verb after the place is not part of it.
        // (住址暂按原村登记: nor a verb of the record alone.)
        let name = &text[after..after + run];
        let name = ["居住", "生活", "务农", "养老", "登记", "落户", "办理", "申报", "核实"]
            .iter()
            .find_map(|v| name.strip_suffix(v))
            .unwrap_or(name);
        // (沟门社的商品房: a named group or team ends at its 组 or 社 before 的; 田心组夏翠兰家, 田心组亲戚家 before
        // whose house it is, set BM5. Not 组长, 组员, 社员, 社区: a word of 组 or 社 runs on.)
        let cut = hamlet_before_tail(name).or_else(|| {
            name.char_indices().skip(2).take(2).find_map(|(k, c)| {
                let e = k + c.len_utf8();
                let next = name[e..].chars().next();
                (matches!(c, '组' | '社')
                    && next.is_some_and(|d| d == '的' || !one_of(chars!("长员织成区会保团合务"), d)))
                .then_some(e)
            })
        });
        let name = cut.map_or(name, |e| &name[..e]);
        let run = name.len();
        let chars = name.chars().count();
        // (居住在团结村附近, 团结村牧业点, 村附近冬窝子, set K4: near the village, or any herder's camp, names no
        // hamlet.)
        const NEAR: [&str; 9] = ["附近", "周边", "周围", "旁边", "边上", "对面", "一带", "牧业点", "冬窝子"];
        // (租住石牌村出租屋, 住城中村平房里: the kind of house someone lives in names no hamlet; 陈屋 and 平房组
        // may.)
        let house =
            HOUSE_KINDS.iter().any(|w| name.strip_prefix(w).is_some_and(|r| ["", "里", "内", "中"].contains(&r)));
        let facility = name.chars().next_back().is_some_and(|c| one_of(chars!("院室校旁站所店馆"), c))
            || house
            || ["亲戚", "老家", "家中", "家里"].iter().chain(NEAR.iter()).any(|w| name.starts_with(w));
        // 高岭村竹林组, 山庄村沟门社: a group or team called by its name, not its number (驻村工作组 is a team of
        // cadres).
        const TEAMS: [&str; 14] = [
            "工作", "小组", "领导", "党", "帮扶", "评议", "调查", "核查", "互助", "服务", "专班", "调解", "合作",
            "经济",
        ];
        let named_group =
            (3..=4).contains(&chars) && name.ends_with(['组', '社']) && !TEAMS.iter().any(|w| name.contains(w));
        // (城西社区舒州***: a name running into masked detail is that detail's head, not a hamlet.)
        let ends_clause = cut.is_some()
            || text[after + run..].chars().next().is_none_or(|c| !is_han(c) && !c.is_alphanumeric() && c != '*')
            || (named_group && text[after + run..].starts_with('的'))
            || run < text[after..].chars().take_while(|&c| is_han(c)).map(char::len_utf8).sum();
        if (2..=5).contains(&chars)
            && ends_clause
            && !facility
            && name
                .chars()
                .next()
                .is_some_and(|c| !one_of(chars!("委民里内部干集组级村镇乡县区市居服卫党办主支书会医"), c))
            && !["两委", "居委", "民委", "社区", "街道"].iter().any(|w| name.starts_with(w))
            && (dwelling || name.chars().last().is_some_and(|c| one_of(chars!(NATURAL_VILLAGE_LAST), c)) || named_group)
        {
            out.push(Finding::text(after, after + run, Kind::Address, 0));
        }
    }
}

/// 住建部门, 住建局: the housing bureau's short name after 住, no dwelling word (set BO3).
const HOUSING_BUREAU: [&str; 6] = ["建部门", "建局", "建委", "建办", "建厅", "建系统"];

/// Hamlet marks that are rarely the last character of an everyday word (not 子 of 孩子, 营 of 经营, 场 of 市场):
/// the marks a hamlet needs where no village or dwelling word comes right before it.
const HAMLET_LAST: &str = "沟岔堡岭洼湾坎坡峪岗庄坨窝嘴垴屯畈垸咀坪冲寨坝垭塆岙坳墩埠垅";

/// End (bytes) of a hamlet's name at the head of `run` that ends in a hamlet's mark and is followed by where or
/// how someone stays there (曹家咀|亲戚家, 邓家垸|一带), if there is one.
fn hamlet_before_tail(run: &str) -> Option<usize> {
    const TAILS: [&str; 8] = ["亲戚家", "家中", "家里", "老家", "一带", "附近", "居住", "生活"];
    run.char_indices().skip(1).take(4).find_map(|(k, c)| {
        let e = k + c.len_utf8();
        (one_of(chars!(HAMLET_LAST), c) && TAILS.iter().any(|w| run[e..].starts_with(w))).then_some(e)
    })
}

/// 塔耳村六组许家坪, 檀林村3村民小组李家坪。: a natural village named after a numbered group, ending in a hamlet's
/// mark and ending the clause, is detail like the group.
fn group_hamlets(text: &str, out: &mut Vec<Finding>) {
    for (at, unit) in text.match_indices(['组', '队', '社']) {
        let after = at + unit.len();
        if !ends_with_group(&text[..after]) {
            continue;
        }
        let full: usize = text[after..].chars().take_while(|&c| is_han(c)).take(6).map(char::len_utf8).sum();
        let run = &text[after..after + full];
        // (The run closes the clause, and its length in characters.)
        let whole = text[after + full..].chars().next().is_none_or(|c| !is_han(c) && !c.is_alphanumeric());
        let chars = run.chars().count();
        let end = hamlet_before_tail(run)
            .or_else(|| {
                // (二道沟村6组前杖子，月租…: 杖子 and 营子 are hamlets of Hebei and Liaoning.)
                (whole
                    && (2..=4).contains(&chars)
                    && (run.chars().next_back().is_some_and(|c| one_of(chars!(HAMLET_LAST), c))
                        || run.ends_with("杖子")
                        || run.ends_with("营子")))
                .then_some(full)
            })
            .or_else(|| group_hamlet_head(&text[after..]))
            // (在6组四道沟放牧时: whatever follows, two to four characters ending in a hamlet's mark right after a
            // numbered group are a place in it.)
            // (5组芦苇洲, 10组水泉, 6组老屋场, 10组堡子: 洲 and 泉, 屋场, and 子 after a mark end such names too.)
            .or_else(|| {
                let also = |head: &str, c: char| {
                    one_of(chars!("洲泉"), c)
                        || (c == '场' && head.ends_with('屋'))
                        || (c == '子' && head.chars().next_back().is_some_and(|l| one_of(chars!(HAMLET_LAST), l)))
                };
                hamlet_end(run, also).filter(|&e| !run[..e].contains('家') || run[..e].chars().count() == 3)
            })
            // (前湾村8组孤堆，, 住太平村12组大槐树，, 十一社杨家大院: after a village's numbered group, two to four
            // characters that close the clause are the hamlet's name, whatever their last one, unless they say
            // who lives there or where around it: 8组村民, 8组组长, 8组一带.)
            .or_else(|| {
                let head = text[..at].trim_end_matches(group_numeral);
                let head = head.strip_suffix("村民").or(head.strip_suffix('小')).unwrap_or(head);
                let anchored = ends_with_admin(head) || ends_with_dwelling(head);
                // (杭州市第三社会福利院: 社会, 社区 are no group; 11队发生雷击: an everyday word opens what happened
                // there, unless a place's mark ends it: 8组老屋, 2组垭口.)
                let society = (unit == "社" && run.starts_with(['会', '区', '员', '保'])) || public_room(run);
                let last_place = run.chars().next_back().is_some_and(|c| {
                    one_of(chars!(HAMLET_LAST), c) || one_of(chars!("口套院树堆梁峁屋场子头边角林塘桥门"), c)
                });
                let word = GROUP_EVENTS.iter().any(|w| run.starts_with(w)) && !last_place;
                (whole && anchored && !society && !word && (2..=4).contains(&chars) && !group_folk_or_area(run))
                    .then_some(full)
            });
        if let Some(end) = end
            && !out.iter().any(|f| f.start < after + end && after < f.end)
        {
            out.push(Finding::text(after, after + end, Kind::Address, 0));
        }
    }
}

/// What happens or is done in a group, said right after it (11队发生雷击, 3组种植烤烟).
const GROUP_EVENTS: [&str; 33] = [
    "发生", "出现", "遭受", "遭遇", "突发", "突降", "暴发", "爆发", "受灾", "发现", "开展", "进行", "召开", "举行",
    "讨论", "评议", "公示", "务工", "种植", "养殖", "居住", "生活", "同住", "放牧", "打工", "看护", "照料", "上班",
    "做工", "干活", "帮工", "租房", "借住",
];

/// Whether the words right after a numbered group say who lives in it or where around it (8组村民, 3组组长,
/// 5组一带, 6组以上), not a hamlet's name.
fn group_folk_or_area(run: &str) -> bool {
    const HEADS: [&str; 22] = [
        "村民", "居民", "群众", "农户", "住户", "全体", "集体", "一带", "附近", "辖区", "范围", "片区", "境内", "所有",
        "家庭", "户主", "组长", "社长", "队长", "党员", "干部", "代表",
    ];
    let first = run.chars().next().unwrap_or('的');
    one_of(chars!("的和与及等都也里内中上下以之各每共均全人户组"), first)
        || run.chars().next_back().is_some_and(|c| one_of(chars!("民户人长员部委"), c))
        || HEADS.iter().any(|w| run.starts_with(w))
}

/// 11组马家庄有商铺一间, 3组邓家湾已拆迁, 5组陈家梁。, 12组王家院子，: a family-named hamlet (X家 and a hamlet's
/// mark, or 院子) right after a numbered group, before a punctuation mark or a word that says what is there.
fn group_hamlet_head(rest: &str) -> Option<usize> {
    const MARKS: &str = "梁峁岩坑垟楼";
    let cs: Vec<char> = rest.chars().take(6).collect();
    // (宝日嘎查10组西浩特, 二组东浩特: a Mongolian hamlet, a direction or a name and 浩特.)
    if let Some(k) =
        (1..=2).find(|&k| cs.len() >= k + 2 && cs[k..k + 2] == ['浩', '特'] && cs[..k].iter().all(|&c| is_han(c)))
    {
        return Some(cs[..k + 2].iter().map(|c| c.len_utf8()).sum());
    }
    let mark = |c: char| one_of(chars!(HAMLET_LAST), c) || one_of(chars!(MARKS), c);
    // (8组何坑，随儿媳: two characters ending in a mark, before a punctuation mark.)
    if cs.len() >= 3 && is_han(cs[0]) && mark(cs[1]) && !is_han(cs[2]) && !cs[2].is_alphanumeric() {
        return Some(cs[0].len_utf8() + cs[1].len_utf8());
    }
    if cs.len() < 3 || cs[1] != '家' || !is_han(cs[0]) {
        return None;
    }
    let len = if cs[2] == '院' && cs.get(3) == Some(&'子') {
        4
    } else if mark(cs[2]) {
        3
    } else {
        return None;
    };
    let ends = cs.get(len).is_none_or(|&c| (!is_han(c) && !c.is_alphanumeric()) || one_of(chars!("有已的在是一附"), c));
    ends.then(|| cs[..len].iter().map(|c| c.len_utf8()).sum())
}

/// 毛阳镇牙胡村委会牙排村: the village named after its committee (海南, 广东) is a natural village below it,
/// detail like a 组.
fn committee_hamlets(text: &str, out: &mut Vec<Finding>) {
    const COMMITTEE: &str = "村委会";
    if !text.contains('委') {
        return;
    }
    for (at, _) in text.match_indices(COMMITTEE) {
        let after = at + COMMITTEE.len();
        let run: usize = text[after..].chars().take_while(|&c| is_han(c)).take(6).map(char::len_utf8).sum();
        // (墩头村委会新村三巷29号, 什寒村委会什寒村三队: the village's name ends at its 村 where a numbered lane
        // or team follows.)
        let numbered = text[after..after + run].char_indices().skip(1).take(4).find_map(|(k, c)| {
            let e = k + c.len_utf8();
            let next = text[after + e..].chars().next();
            // (田头村委会新村仔152号: a house number a character or two after the village's 村 likewise.)
            let rest = &text[after + e..];
            let han: usize = rest.chars().take_while(|&c| is_han(c)).count();
            let house =
                (1..=2).contains(&han) && rest.chars().nth(han).is_some_and(|c| super::digits::digit_of(c).is_some());
            (c == '村' && (next.is_some_and(|n| one_of(chars!("一二三四五六七八九十"), n)) || house)).then_some(e)
        });
        let run = numbered.unwrap_or(run);
        let name = &text[after..after + run];
        let chars = name.chars().count();
        // A whole run of two to five characters ending in 村, with no Han character after it (村委会驻村干部 and
        // 村委会同意 name no place).
        let whole = numbered.is_some() || text[after + run..].chars().next().is_none_or(|c| !is_han(c));
        if (2..=5).contains(&chars)
            && whole
            && name.ends_with('村')
            && !name.starts_with(['驻', '本', '该', '全', '各', '邻', '外'])
            && !out.iter().any(|f| f.start < after + run && after < f.end)
        {
            out.push(Finding::text(after, after + run, Kind::Address, 0));
        }
    }
}

/// 住下寨自然村14号, 由大坪子自然村搬迁, 渠阳社区岩脚寨自然村: in a remark a natural village is below the
/// village or community that is kept, so its name (and the house number after it) is detail.
fn natural_village_names(text: &str, out: &mut Vec<Finding>) {
    const MARK: &str = "自然村";
    for (at, _) in text.match_indices(MARK) {
        let start = at
            - text[..at]
                .chars()
                .rev()
                .take_while(|&c| is_han(c) && !one_of(chars!("住在于到至往由和与、区村镇乡组道会"), c))
                .take(4)
                .map(char::len_utf8)
                .sum::<usize>();
        // (全村共5个自然村, 各自然村, 本自然村: a count or a word for any of them, not a name.)
        let name = &text[start..at];
        if name.chars().count() < 2 || name.chars().any(|c| one_of(chars!("个几多各每些全该本其这那两"), c))
        {
            continue;
        }
        let mut end = at + MARK.len();
        if let Some(len) = house_number_len(&text[end..]) {
            end = detail_tail(text, end + len);
        }
        push_detail(out, start, end);
    }
}

/// 文地村河坝头组, 挤在后山组两间瓦房里, 位于老鸦窝组的房屋: a group named by a place (not numbered) right below a
/// village or community, or after a word of where someone lives, is detail as a numbered group is. The name must
/// end as a place's name does (坝头, 后山, 老鸦窝, 塘埂): 村工作组, 村帮扶小组, 社区网格组 are working groups.
fn named_groups(text: &str, out: &mut Vec<Finding>) {
    // (Beyond a hamlet's marks: 坝头, 后山, 塘埂, 老屋场.)
    // (小坪子, 垭子, 湾子: 子 ends many a hamlet's name of the southwest.)
    // (樟树下, 岭下, 楼下: 下 ends many a Hakka hamlet's name.)
    const NAME_LAST: &str = "头山塘坑家屋田口边脚林桥井园垄背岩洞滩埂梁峁铺店台湖河溪港圩垌寮围排尾角坊场渠泉洲子下";
    // (Besides the words of ends_with_dwelling.)
    // (就想回柳树湾组老窑里住: going back to it; 独居塘背组: living there alone.)
    const LEADS: [&str; 15] = [
        "挤在",
        "老屋在",
        "家在",
        "位于",
        "房子在",
        "房屋在",
        "搬到",
        "迁到",
        "现居",
        "想回",
        "搬回",
        "迁回",
        "回到",
        "独居",
        "原住址",
    ];
    // Words ending like a place's name that name a working group or no place (专家组, 现场组, 班子组).
    const NOT_PLACES: [&str; 14] = [
        "专家", "大家", "全家", "国家", "厂家", "商家", "自家", "现场", "会场", "市场", "班子", "分子", "孩子", "前台",
    ];
    for (at, _) in text.match_indices('组') {
        // (后山组长: the group's head, a post.)
        if text[at + '组'.len_utf8()..].starts_with(['长', '员', '织', '成', '合', '别']) {
            continue;
        }
        let head = &text[..at];
        let found = head.char_indices().rev().take(4).enumerate().find_map(|(k, (start, c))| {
            // (村帮扶小组: 小 right before 组 makes the word 小组; 居住在小坪子组 opens a hamlet's name with it.)
            if !is_han(c)
                || one_of(chars!("村镇乡区会住在于到的和与、个几各每全该本其这那"), c)
                || (c == '小' && k == 0)
            {
                return None;
            }
            let before = &head[..start];
            let name = &head[start..];
            // (暴雨冲垮罗家屋场组的院墙: a family's hamlet, X家 and a place, needs nothing before it.)
            let family = k >= 2 && name.chars().nth(1) == Some('家');
            // (上围组老屋已纳入危改, 暴雨致下屋组住房倒塌: a group named by a place opening a clause, or a Hakka
            // hamlet's name of a position and a dwelling (上围, 下屋, 新屋), needs nothing before it.)
            let opens = before.is_empty() || before.ends_with(|p: char| "，。；、：,;:（( ".contains(p));
            let position = k == 1
                && name.starts_with(|f: char| one_of(chars!("上下中东西南北前后新老大"), f))
                && !name.ends_with(['家', '场', '台', '子', '下']);
            let lived = ends_with_dwelling(before)
                || LEADS.iter().any(|w| before.ends_with(w))
                || (before.ends_with('住') && !before.ends_with("入住"));
            let anchored = family
                || ((opens || position) && !NOT_PLACES.contains(&name))
                || before.ends_with(VILLAGE)
                || before.ends_with("社区")
                || COMMITTEES.iter().any(|w| before.ends_with(w))
                || lived;
            // (老屋在大邑组: where someone lives, any name of two characters that names no working group; 已搬至打尼组
            // 租住, set BW3: where someone moved to.)
            // (居住于石板组, set CA1.)
            const AT_HOME: [&str; 14] = [
                "老屋在",
                "房屋在",
                "房子在",
                "家在",
                "住在",
                "现住",
                "原住",
                "搬至",
                "搬到",
                "迁至",
                "迁到",
                "暂住",
                "居住于",
                "住于",
            ];
            let at_home = AT_HOME.iter().any(|w| before.ends_with(w));
            let any_name = at_home
                && k == 1
                && name.chars().all(is_han)
                && !NOT_PLACES.contains(&name)
                && !name.ends_with(|l: char| one_of(chars!("作导研查扶控调管理工务专帮目估题案护"), l));
            (k >= 1
                && anchored
                && (any_name
                    || name
                        .chars()
                        .next_back()
                        .is_some_and(|l| one_of(chars!(HAMLET_LAST), l) || one_of(chars!(NAME_LAST), l))))
            .then_some(start)
        });
        let Some(start) = found else { continue };
        let end = at + '组'.len_utf8();
        // (塘背组祠堂旁41号, 楼下组振德楼东厢8间: a house or rooms named after the group belong to it.)
        let rest = &text[end..];
        let han: usize = rest.chars().take_while(|&c| is_han(c)).take(6).map(char::len_utf8).sum();
        let digits = digits_len(&rest[han..]);
        let end = match rest[han + digits..].chars().next() {
            Some('号' | '间' | '室') if digits > 0 => end + han + digits + '号'.len_utf8(),
            _ => end,
        };
        push_detail(out, start, end);
    }
}

/// Byte length of the run of digits (ASCII or full-width) that opens `s`.
fn digits_len(s: &str) -> usize {
    s.chars().take_while(|&c| super::digits::digit_of(c).is_some()).map(char::len_utf8).sum()
}

/// Byte length of a house number opening `s` (14号), with its 号.
fn house_number_len(s: &str) -> Option<usize> {
    let n = digits_len(s);
    (n > 0 && s[n..].starts_with('号')).then_some(n + '号'.len_utf8())
}

/// 住后李楼, 原住址前常楼, 现住东李园（宋建军家） (set BY6): a natural village of the central plain named by a
/// direction, a family's surname and 楼 or 园, where someone lives: below the village, detail. Only right after a
/// word of dwelling and closing the clause (住前楼 is the front building; 住后李楼里 is not taken).
fn family_hamlets(text: &str, out: &mut Vec<Finding>) {
    const LEADS: [&str; 6] = ["住", "住在", "住址", "住址为", "原住址", "现住"];
    for (at, c) in text.char_indices() {
        if !matches!(c, '楼' | '园') {
            continue;
        }
        let end = at + c.len_utf8();
        let mut back = text[..at].char_indices().rev();
        let (Some((_, c1)), Some((k0, c0))) = (back.next(), back.next()) else { continue };
        let lead = LEADS.iter().any(|w| text[..k0].ends_with(w));
        let closes =
            text[end..].chars().next().is_none_or(|n| matches!(n, '，' | ',' | '。' | '；' | ';' | '（' | '('));
        if lead
            && closes
            && one_of(chars!("东西南北前后上下中"), c0)
            && is_han(c1)
            && !one_of(chars!("面边头侧高大小新老旧洋平楼院排一二三四五六七八九十"), c1)
            && !out.iter().any(|f| f.start < end && k0 < f.end)
        {
            out.push(Finding::text(k0, end, Kind::Address, 0));
        }
    }
}

/// 住址变更为叶洼村156，实际居住徐桥村92 (set BY5): a house's number right after its village with no 号, closing the
/// clause, where the clause says someone lives there. Not a count (全村156户) or a year (村2024年).
fn bare_house_numbers(text: &str, out: &mut Vec<Finding>) {
    if !text.contains('住') {
        return;
    }
    for (at, _) in text.match_indices(VILLAGE) {
        let start = at + VILLAGE.len();
        let n = text[start..].bytes().take_while(u8::is_ascii_digit).count();
        let closes = text[start + n..].chars().next().is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';'));
        let clause = text[..at].rsplit(['，', ',', '。', '；', ';']).next().unwrap_or("");
        // (住 of a dwelling, not of 住院.)
        let dwelling = clause.match_indices('住').any(|(k, _)| !clause[k + '住'.len_utf8()..].starts_with('院'));
        if (1..=4).contains(&n) && closes && dwelling {
            push_detail(out, start, start + n);
        }
    }
}

/// Adds a detail of an address at `start..end` unless a finding already covers part of it.
fn push_detail(out: &mut Vec<Finding>, start: usize, end: usize) {
    if !super::overlaps(out, start, end) {
        out.push(Finding::text(start, end, Kind::Address, 0));
    }
}

/// 第二浩特冬季营地, 住西浩特冬营盘, 乌兰宝力格嘎查宝日陶勒盖牧点: a herders' camp (浩特) below a gacha, numbered
/// or named by its side, and a named herding point after the gacha: where a household lives, below the village.
/// (锡林浩特, 呼和浩特 and 二连浩特 are cities, and 浩特陶海嘎查 a gacha's name: no number or side before them.)
fn pastoral_camps(text: &str, out: &mut Vec<Finding>) {
    const AFTER: [&str; 8] = ["冬季营地", "夏季营地", "冬营盘", "夏营盘", "冬营地", "夏营地", "牧点", "营地"];
    let extend = |end: usize| end + AFTER.iter().find(|w| text[end..].starts_with(*w)).map_or(0, |w| w.len());
    for (at, w) in text.match_indices("浩特") {
        let head = &text[..at];
        let numeral = head.chars().rev().take_while(|&c| group_numeral(c)).map(char::len_utf8).sum::<usize>();
        let start = if numeral > 0 && head[..head.len() - numeral].ends_with('第') {
            Some(head.len() - numeral - '第'.len_utf8())
        } else {
            let mut back = head.chars().rev();
            match (back.next(), back.next()) {
                (Some(d), before)
                    if one_of(chars!("东西南北前后"), d)
                        && before.is_none_or(|b| !is_han(b) || one_of(chars!("住在于至到"), b)) =>
                {
                    Some(head.len() - d.len_utf8())
                }
                _ => None,
            }
        };
        if let Some(start) = start {
            push_detail(out, start, extend(at + w.len()));
        }
    }
    for (at, w) in text.match_indices("牧点") {
        let head = &text[..at];
        let run: usize = head.chars().rev().take_while(|&c| is_han(c)).take(7).map(char::len_utf8).sum();
        let name = &head[head.len() - run..];
        // (The name right after the gacha: 嘎查 and two to five characters.)
        if let Some(k) = name.rfind("嘎查") {
            let start = head.len() - run + k + "嘎查".len();
            if (2..=5).contains(&text[start..at].chars().count()) {
                push_detail(out, start, at + w.len());
            }
        }
    }
}

/// 凌家桥安置房12-3-501, 住12-3-501, 幸福社区A13-3-504: a building (lettered or not), a unit and a room written
/// as three numbers joined by dashes
/// right after Han text (an estate's name, a dwelling word), the number of a home. (Not a date, 2024-3-15, whose
/// first number has four digits and last two, nor a number inside a longer run.)
fn dashed_rooms(text: &str, out: &mut Vec<Finding>) {
    // The pattern is a constant: compiling it cannot fail at run time.
    #[allow(clippy::expect_used)]
    static ROOM: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new("[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,3}[-－][0-9０-９]{1,2}[-－][0-9０-９]{3,4}")
            .expect("room pattern compiles")
    });
    if !text.contains(['-', '－']) {
        return;
    }
    let is_d = |c: char| super::digits::digit_of(c).is_some();
    for m in ROOM.find_iter(text) {
        let (head, tail) = (&text[..m.start()], &text[m.end()..]);
        // (Right after Han text, and no digit, dash or decimal point running on either side.)
        let after_han = head.chars().next_back().is_some_and(is_han);
        let closes = tail.chars().next().is_none_or(|c| !is_d(c) && !matches!(c, '-' | '－' | '.'));
        // (文号3-1-2021: a document's number after a word for a number. Not a room's last number that reads as a
        // year, 3-2-2003: a twentieth floor's.)
        let numbered = ["号", "第", "证"].iter().any(|w| head.ends_with(w));
        if !after_han || !closes || numbered {
            continue;
        }
        let end = if tail.starts_with('室') { m.end() + '室'.len_utf8() } else { m.end() };
        push_detail(out, m.start(), end);
    }
    // (家属楼3-201, 职工住宅楼2-301: a unit and a room after a word for a block of flats.)
    // The pattern is a constant: compiling it cannot fail at run time.
    #[allow(clippy::expect_used)]
    static UNIT_ROOM: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new("^[0-9０-９]{1,2}[-－][0-9０-９]{3,4}室?").expect("unit-room pattern compiles")
    });
    // (住兰园小区23-502, 原住兰园23-502, 锦绣苑12-301: a building and a room after an estate's name, set CG2.
    // Not after a place's word alone: 公园, 校园 and 幼儿园 end in 园 too.)
    let estate = |at: usize, w: &str| {
        w.chars().count() > 1
            || text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| is_han(c) && !one_of(chars!("公校儿陵果菜茶业乐物庄田"), c))
    };
    for w in BUILDING_WORDS.iter().chain(&ESTATE_WORDS) {
        for (at, _) in text.match_indices(w) {
            if ESTATE_WORDS.contains(w) && !estate(at, w) {
                continue;
            }
            let start = at + w.len();
            if let Some(m) = UNIT_ROOM.find(&text[start..]) {
                let closes =
                    text[start + m.end()..].chars().next().is_none_or(|c| !is_d(c) && !matches!(c, '-' | '－'));
                if closes {
                    push_detail(out, start, start + m.end());
                }
            }
        }
    }
}

/// 安置点B-23, 帐篷号D-50, 板房A12: the code of a board house or a tent a family displaced by a disaster lives
/// in, a letter and a number (a number alone with 号 or 排 is a house number, found elsewhere). And 村东头第5户,
/// 村口第3户: a household counted from a village's end, where it lives.
fn shelter_codes(text: &str, out: &mut Vec<Finding>) {
    // The pattern is a constant: compiling it cannot fail at run time.
    #[allow(clippy::expect_used)]
    static CODE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new("^[A-ZＡ-Ｚ][-－]?[0-9０-９]{1,4}号?").expect("shelter code pattern compiles")
    });
    const SHELTERS: [&str; 6] = ["安置点", "板房", "帐篷", "安置区", "过渡房", "周转房"];
    const SIDES: [&str; 7] = ["东头", "西头", "南头", "北头", "口", "尾", "头"];
    for w in SHELTERS {
        for (at, _) in text.match_indices(w) {
            // (帐篷编号：A12号, 帐篷号为C-3: past the label's 号 and a colon.)
            let rest = &text[at + w.len()..];
            let label = ["编号", "号"].into_iter().find(|l| rest.starts_with(l)).map_or(0, str::len);
            let colon = ["为", "：", ":"].into_iter().find(|l| rest[label..].starts_with(l)).map_or(0, str::len);
            let start = at + w.len() + label + colon;
            if let Some(m) = CODE.find(&text[start..]) {
                push_detail(out, start, start + m.end());
            }
        }
    }
    for (at, _) in text.match_indices(VILLAGE) {
        let rest = &text[at + VILLAGE.len()..];
        let Some(side) = SIDES.iter().find(|w| rest.starts_with(*w)) else { continue };
        let start = at + VILLAGE.len() + side.len();
        let Some(num) = text[start..].strip_prefix('第') else { continue };
        let n: usize = num.chars().take_while(|&c| group_numeral(c)).map(char::len_utf8).sum();
        if n > 0 && num[n..].starts_with('户') {
            push_detail(out, start, start + '第'.len_utf8() + n + '户'.len_utf8());
        }
    }
}

/// 仙门社区东风43弄9号, 陈桥居委会向阳22弄5号: a lane named by a word and a number (no 路 or 街 in it) right
/// after a community or village, with its house number: all of it is detail.
fn named_lanes(text: &str, out: &mut Vec<Finding>) {
    if !text.contains('弄') {
        return;
    }
    for unit in ["社区", "居委会", "村委会", "村"] {
        for (at, _) in text.match_indices(unit) {
            let after = at + unit.len();
            let rest = &text[after..];
            let han: usize = rest.chars().take_while(|&c| is_han(c)).take(5).map(char::len_utf8).sum();
            let chars = rest[..han].chars().count();
            let digits = digits_len(&rest[han..]);
            // (朝阳社区43弄18号: a numbered lane right after the community too.)
            if chars > 4 || digits == 0 || !rest[han + digits..].starts_with('弄') {
                continue;
            }
            let mut end = han + digits + '弄'.len_utf8();
            if let Some(len) = house_number_len(&rest[end..]) {
                end = detail_tail(rest, end + len);
            }
            if !out.iter().any(|f| f.start < after + end && after < f.end) {
                out.push(Finding::text(after, after + end, Kind::Address, 0));
            }
        }
    }
}

/// End of what follows a house number as part of it (`at` right after 号): a sub-number (之四, 之二) and a floor
/// or room (7楼, 406房, 首层), one space allowed before the floor.
fn detail_tail(text: &str, at: usize) -> usize {
    let digit = |c: char| super::digits::digit_of(c).is_some();
    let mut end = at;
    // (人民路3号附1号: a Chongqing house's sub-number.)
    if let Some(r) = text[at..].strip_prefix('附') {
        let n: usize = r.chars().take_while(|&c| digit(c)).map(char::len_utf8).sum();
        if n > 0 && r[n..].starts_with('号') {
            end = at + '附'.len_utf8() + n + '号'.len_utf8();
        }
    }
    if let Some(r) = text[end..].strip_prefix('之') {
        // (之四7楼: a sub-number in Chinese numerals, or in digits, then the floor.)
        let cn: usize = r.chars().take_while(|&c| one_of(chars!("一二三四五六七八九十"), c)).map(char::len_utf8).sum();
        let n = if cn > 0 { cn } else { r.chars().take_while(|&c| digit(c)).map(char::len_utf8).sum() };
        if n > 0 {
            end += '之'.len_utf8() + n;
        }
    }
    let rest = &text[end..];
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    let skip = rest.len() - spaced.len();
    if spaced.starts_with("首层") {
        return end + skip + "首层".len();
    }
    let digits: usize = spaced.chars().take_while(|&c| digit(c)).map(char::len_utf8).sum();
    match ['楼', '层', '房', '室'].iter().find(|&&u| digits > 0 && spaced[digits..].starts_with(u)) {
        Some(u) => end + skip + digits + u.len_utf8(),
        None => end,
    }
}

/// 住石板沟117号, 实际居住地马坊西沟36号, 房屋位于后坑63号, 拆迁后安置在下屋6号: a place's name and a house number
/// right after a dwelling word are a home's address even with no village before them: all of it is detail.
/// After the surest of these words the number alone is too (原住2号, 家在75号).
fn dwelling_house_numbers(text: &str, out: &mut Vec<Finding>) {
    // (住房：庄台南排36号: a house's place named after a colon, which is trimmed below.)
    // (老人在其子家中（步高里44号三层阁）: a home's address in brackets after it, set Y2.)
    const DWELLING: [&str; 33] = [
        "家中（",
        "家中(",
        "住房",
        "户籍地",
        "住房（",
        "住房(",
        "屋里（",
        "屋里(",
        "房屋（",
        "房屋(",
        "烧毁（",
        "烧毁(",
        "居住地",
        "住址",
        "地址",
        "现住",
        "原住",
        "家住",
        "租住",
        "住在",
        "住",
        "位于",
        "家在",
        "安置在",
        "搬到",
        "搬至",
        "迁至",
        "借住在",
        "在",
        "家（",
        "家(",
        "址变更为",
        "址改为",
    ];
    // (韩海波家住351号, 现住女儿黄丽屋里（319号）.)
    // (子住219号: 住 right before the number is as sure; 住院 never stands there.)
    const SURE: [&str; 14] = [
        "户籍地",
        "位于",
        "家在",
        "家住",
        "原住",
        "现住",
        "住在",
        "安置在",
        "搬到",
        "址变更为",
        "址改为",
        "屋里（",
        "屋里(",
        "住",
    ];
    for (at, _) in text.match_indices('号') {
        // (A house number the tokens already took: nothing to look for.)
        if out.iter().any(|f| f.start <= at && at < f.end) {
            continue;
        }
        let head = &text[..at];
        let digits = trailing_digits(head);
        if digits == 0 {
            continue;
        }
        let name_end = at - digits;
        let name: usize = head[..name_end].chars().rev().take_while(|&c| is_han(c)).take(8).map(char::len_utf8).sum();
        // The place's name runs back to the dwelling word: two to six characters after it.
        // (号楼, 号院: a building's number, which the tokens read.)
        let after = &text[at + '号'.len_utf8()..];
        // (户籍地派出所2号窗口, 按户籍地政府3号文件: a counter's or a document's number.)
        if after.starts_with(['楼', '门', '栋', '单', '窗', '文', '令', '线']) {
            continue;
        }
        // (原住刘家坡21号院: a courtyard's number is a house number of the north.)
        let yard = if after.starts_with('院') { '院'.len_utf8() } else { 0 };
        let bare = {
            let before = head[..name_end].trim_end_matches(['：', ':']);
            SURE.iter().any(|w| before.ends_with(w))
        };
        // (The shortest name: 实际居住地|上骆驼湾, not 居住|地上骆驼湾.)
        let named = (name_end - name..name_end).rev().filter(|&k| head.is_char_boundary(k)).find(|&k| {
            let before = head[..k].trim_end_matches(['：', ':']);
            let place = &head[k..name_end];
            // (住院部3号床: a hospital's ward, not a home; 在县医院3号: an office, not a home.)
            let hospital = before.ends_with('住') && place.starts_with('院');
            let office =
                before.ends_with('在') && place.ends_with(['院', '局', '所', '站', '校', '司', '行', '厂', '部', '会']);
            // (毕晓东家上洼62号: after a household's 家, a hamlet's name.)
            let household = (before.ends_with('家') || after_contact(before)) && place.ends_with(HAMLET_ENDS);
            // (因火灾：后沟7号住房失火: a place's name opening its clause, and the house right after the number.)
            let house_after = ["住房", "房屋", "的住房", "的房屋"].iter().any(|w| after.starts_with(w))
                && head[..k].chars().next_back().is_none_or(|c| !is_han(c) && !c.is_alphanumeric())
                && (2..=4).contains(&place.chars().count());
            // (出租屋发生火灾，（老围三坊3号）: a lane's house number alone in brackets, set AN4.)
            let bracketed = before.ends_with(['（', '('])
                && after.starts_with(['）', ')'])
                && place.ends_with(['坊', '巷', '弄', '里', '街', '路', '围', '厝', '寮', '埔']);
            (2..=6).contains(&place.chars().count())
                && (DWELLING.iter().any(|w| before.ends_with(w)) || household || house_after || bracketed)
                && !hospital
                && !office
        });
        // (住址变更为36号: a sure word right before the number leaves no place's name to look for.)
        let Some(start) = bare.then_some(name_end).or(named) else {
            continue;
        };
        let end = at + '号'.len_utf8() + yard;
        push_detail(out, start, end);
    }
}

/// 北塔19号窑, 冲毁西梁41号院墙, 老宅沟门37号已塌: a hamlet's two-character name right before a house number is a
/// home's address with no dwelling word or village before it. The name ends in a hamlet's mark (西梁, 北塔, 后沟),
/// or is a hamlet's mark and a position (坪上, 沟门, 坡底). A building, counter or document numbered after 号 is not
/// one (广场3号楼 is the tokens', 窗口, 文件).
fn hamlet_house_numbers(text: &str, out: &mut Vec<Finding>) {
    const POSITIONS: &[char] = chars!("上下底头口门里");
    for (at, _) in text.match_indices('号') {
        if out.iter().any(|f| f.start <= at && at < f.end) {
            continue;
        }
        let head = &text[..at];
        let digits = trailing_digits(head);
        if digits == 0 || head[head.len() - digits..].chars().count() > 4 {
            continue;
        }
        let name_end = at - digits;
        let name: Vec<(usize, char)> = head[..name_end].char_indices().rev().take(2).collect();
        let [(_, last), (start, first)] = name[..] else { continue };
        // (广场3号, 牧场5号, 上岗3号, 东排5号: a square, a farm, a post and a row are no hamlets here; 山岭3号隧道.)
        let end_ok = |c: char| one_of(HAMLET_ENDS, c) && !one_of(chars!("场岗排"), c);
        let hamlet = (end_ok(last) && first != '山') || last == '塔' || (one_of(POSITIONS, last) && end_ok(first));
        let after = &text[at + '号'.len_utf8()..];
        const THINGS: &[char] = chars!("楼门栋单窗文令线床车机口厅棚隧航地摊柜库仓位");
        if !is_han(first) || !hamlet || after.starts_with(THINGS) {
            continue;
        }
        let end = at
            + '号'.len_utf8()
            + if after.starts_with('院') && !after.starts_with("院墙") { '院'.len_utf8() } else { 0 };
        push_detail(out, start, end);
    }
}

/// Whether a village's name goes on right after a number's 号, one to three Han characters to its 村 (五号|房村,
/// 二号|营子村), so that the number is part of the name.
fn numbered_village_after(after: &str) -> bool {
    // (二十三号院村西头: a yard's number, then 村西头.)
    if after.starts_with(['院', '楼', '栋', '门']) {
        return false;
    }
    let han = after.chars().take(4).take_while(|&c| is_han(c) && c != '村').count();
    (1..=3).contains(&han) && after.chars().nth(han) == Some('村')
}

/// Byte length of the ASCII or full-width digits closing `head`.
fn trailing_digits(head: &str) -> usize {
    head.chars().rev().take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).map(char::len_utf8).sum()
}

/// Whether `head` ends with a phone or ID number and a list's separator (梅红英/158 9041 0083/, 甄斌，3717…2933，
/// 156…1823，): the next item of such a contact line is where the person lives.
fn after_contact(head: &str) -> bool {
    let Some(rest) = head.strip_suffix(['/', '，', ',', '、', '|', '｜']) else {
        return false;
    };
    let mut digits = 0;
    for c in rest.trim_end_matches(['X', 'x']).chars().rev() {
        if super::digits::digit_of(c).is_some() {
            digits += 1;
        } else if !matches!(c, ' ' | '-' | '－') {
            break;
        }
    }
    digits >= 7
}

/// Last characters of a hamlet's name (东庄, 后沟, 上洼, 西场, 中社 is a 社 of its own).
pub(crate) const HAMLET_ENDS: &[char] = chars!("庄沟洼场湾坪岭坡峪营堡寨屯滩塬岔梁峁社窝垅垸冲咀畈坑岗排寮");

/// 撞倒在茅草垸路口, 从鸭婆咀驮到镇卫生院, 嫁在石板垸, 位于曼厅寨: a hamlet of the south named by a mark that is
/// nothing else (垸 畈 咀 垅 寨), two or three characters before it, after 在, 从, 到 or 位于: wherever something
/// happens there, it is a place below the village.
fn southern_hamlets(text: &str, out: &mut Vec<Finding>) {
    for (at, c) in text.char_indices() {
        if !one_of(chars!("垸畈咀垅寨"), c) {
            continue;
        }
        let end = at + c.len_utf8();
        let head = &text[..at];
        let found = [2usize, 3].into_iter().find_map(|k| {
            let start = head.char_indices().rev().nth(k - 1)?.0;
            let name = &head[start..];
            // (位于曼厅寨: where a house stands.)
            let lead = head[..start].ends_with(['在', '从', '到']) || head[..start].ends_with("位于");
            // (山寨, 营寨: no village's name.)
            let word = c == '寨' && one_of(chars!("山营本该同邻外"), name.chars().next_back().unwrap_or(' '));
            (lead
                && !word
                && name.chars().all(is_han)
                && admin_token(name).is_none()
                && !name.contains(['在', '从', '到']))
            .then_some(start)
        });
        // (位于曼贺寨3组: the group numbered in it goes with it.)
        let number: usize = text[end..].chars().take_while(|&c| group_numeral(c)).map(char::len_utf8).sum();
        // (已在二官寨村…: a level's word after it means the mark was in that level's name.)
        if admin_token(&text[end..]).is_some() {
            continue;
        }
        // (在曼厅寨中学读书: a school or a clinic named after the place is where someone goes, not a home; 住在李家寨
        // 卫生室隔壁 is where someone lives still.)
        if institution_next(&text[end..]) && found.is_none_or(|st| !ends_with_dwelling(&text[..st])) {
            continue;
        }
        // (位于曼春满寨60号: and a house's number.)
        let unit = text[end + number..].chars().next().filter(|&c| one_of(chars!("组社队号"), c));
        let end = match unit {
            Some(u) if number > 0 => end + number + u.len_utf8(),
            _ => end,
        };
        if let Some(start) = found
            && !out.iter().any(|f| f.start < end && start < f.end)
        {
            out.push(Finding::text(start, end, Kind::Address, 0));
        }
    }
}

/// Whether a school or a clinic's word opens `after` (段家寨|中学, 曼厅寨|卫生室): the place before it names that
/// body, not anyone's home.
fn institution_next(after: &str) -> bool {
    BODIES.iter().any(|w| after.starts_with(w))
}

/// Schools' and clinics' words that name a body after a place (see `institution_next`, `body_alone`).
const BODIES: [&str; 10] = ["中学", "小学", "完小", "学校", "幼儿园", "教学点", "卫生院", "卫生室", "医院", "中心校"];

/// Whether a body's word (a school, a clinic) opens `after` and ends the text or a clause there, or a stay in it
/// follows (奎屯医院住院): no position or number of a home near it (医院对面5号, 学校后院).
fn body_alone(after: &str) -> bool {
    let Some(rest) = BODIES.iter().find_map(|w| after.strip_prefix(w)) else { return false };
    rest.chars().next().is_none_or(|c| !crate::detect::is_han(c))
        || ["住院", "治疗", "就诊", "看病", "检查", "就读", "上学", "读书"].iter().any(|w| rest.starts_with(w))
}

/// A hamlet's bare name where someone lives (原住东胡同, 就住在东庄, 房子在西场, 借住在亲戚家（中社）): a place
/// below the village the roster is about. Only a name that opens with a direction or 老/大/小/新 and ends in a
/// hamlet's word, standing alone: 住在北京, 在东庄打工, 住在村庄里 are left.
fn dwelling_hamlets(text: &str, out: &mut Vec<Finding>) {
    const ENDS: &[char] = HAMLET_ENDS;
    const OPENS: &[char] = chars!("东西南北上下前后中老大小新");
    const LEADS: [&str; 15] = [
        "住在",
        "原住",
        "现住",
        "家住",
        "居住在",
        "住",
        "家在",
        "房子在",
        "房屋在",
        "家（",
        "家(",
        "地址",
        "住址",
        "地址：",
        "住址：",
    ];
    // (上场, 下坡, 大梁: everyday words.)
    const WORDS: [&str; 10] = ["上场", "下场", "中场", "大场", "小场", "上坡", "下坡", "大梁", "上梁", "大营"];
    // (Where someone lives for sure: after these a hamlet's name needs no direction at its head, 住马家庄,
    // 住在塘埂组, 住高坡寨.)
    const SURE: [&str; 11] =
        ["住在", "原住", "现住", "家住", "居住在", "住", "家在", "地址", "住址", "地址：", "住址："];
    // (住北浩特, 租住二浩特的平房, 住东艾里: the settlements of the Mongolian steppe, 浩特 and 艾里, and the
    // herders' camps, 营盘 and 窝铺, are hamlets too; not the towns 呼和浩特, 二连浩特, 锡林浩特, 乌兰浩特, 巴彦浩特.)
    const MARKS: [&str; 4] = ["浩特", "艾里", "营盘", "窝铺"];
    const CITIES: [&str; 5] = ["呼和", "二连", "锡林", "乌兰", "巴彦"];
    if !text.contains(ENDS) && !text.contains("胡同") && !text.contains('组') && !MARKS.iter().any(|m| text.contains(m))
    {
        return;
    }
    for (at, c) in text.char_indices() {
        let mark = MARKS
            .iter()
            .find(|m| text[at..].starts_with(**m))
            .filter(|_| !CITIES.iter().any(|w| text[..at].ends_with(w)));
        let end = if let Some(m) = mark {
            at + m.len()
        } else if ENDS.contains(&c) || c == '组' {
            // (新庄子, 北沟子: a hamlet's 子.)
            let e = at + c.len_utf8();
            if one_of(chars!("庄沟岔窝堡"), c) && text[e..].starts_with('子') { e + '子'.len_utf8() } else { e }
        } else if c == '胡' && text[at..].starts_with("胡同") {
            at + "胡同".len()
        } else {
            continue;
        };
        if out.iter().any(|f| f.start < end && at < f.end) {
            continue;
        }
        let after = &text[end..];
        // (一家由石板沟搬迁到安置点: the hamlet a household moves out of.)
        let moving = after.starts_with(['搬', '迁']);
        // (孙秀梅家在刘家冲还有一栋老房子: a family's hamlet after 在 needs no boundary after it.)
        // (已在周家庄村村务公开栏, 居住在孙家岗村3组: a mark that a level's word follows is in that level's name.)
        // (孩子在段家寨中学读书: a school or a clinic named after the hamlet is where someone goes, not a home.)
        // (住在李家寨卫生室隔壁, 家在刘家冲小学后面: where someone lives still.)
        let school = institution_next(after) && {
            // (What comes before the family's name, two characters back: 住在 or 家在 mark a home.)
            let name_at = text[..at].char_indices().rev().nth(1).map_or(0, |(k, _)| k);
            let before = &text[..name_at];
            !ends_with_dwelling(before) && !before.ends_with("家在")
        };
        let family_after_zai = c != '组' && admin_token(after).is_none() && !school && {
            let mut back = text[..at].char_indices().rev();
            matches!(back.next(), Some((_, '家')))
                && back.next().is_some_and(|(k, h)| is_han(h) && text[..k].ends_with('在'))
        };
        let apart = after.is_empty()
            || after.starts_with(['，', ',', '。', '.', '；', ';', '、', '）', ')', '/', ' ', '！'])
            || after.starts_with("一带")
            // (他住在下寮那边: where someone lives, and that side of it.)
            || after.starts_with("那边")
            || after.starts_with("那里")
            || moving
            || family_after_zai
            || (mark.is_some() && after.starts_with('的'));
        if !apart {
            continue;
        }
        // (住北庄7组, 家在箐脚9组: a hamlet's name and a numbered group in it.)
        let numbered: usize = if c == '组' || c == '社' {
            text[..at].chars().rev().take_while(|&c| group_numeral(c)).map(char::len_utf8).sum()
        } else {
            0
        };
        let at = at - numbered;
        let head = &text[..at];
        // One or two characters before the hamlet's word, the first a direction (东庄, 后沟, 东胡同, 上洼); after
        // a sure dwelling word, one to three of any (马家庄, 塘埂组).
        let found = (1..=3).find_map(|k| {
            let start = head.char_indices().rev().nth(k - 1)?.0;
            let word = &text[start..end];
            let first = word.chars().next()?;
            let before = &head[..start];
            let sure = SURE.iter().any(|w| before.ends_with(w))
                && !before.ends_with("入住")
                && !one_of(chars!("委民小本该同组邻外在于"), first)
                // (家住边远屯, 住偏远山沟: a word for any hamlet, not a hamlet's name.)
                && !terrain(word);
            // (常住奎屯: one character and 屯 name a city.)
            // (住在塘垅，老屋漏雨: after a sure word of two characters or more, a hamlet of two; not 住在农场, a
            // level of its own, or 住在市场.)
            let short_sure = sure
                && k == 1
                && c != '组'
                && (!before.ends_with('住') || ["家住", "现住", "原住"].iter().any(|w| before.ends_with(w)))
                && admin_token(word).is_none()
                && !one_of(chars!("市农林广商工菜"), first);
            let dwelling =
                ((OPENS.contains(&first) && k <= 2 && c != '组') || (sure && (k >= 2 || mark.is_some())) || short_sure)
                    && !WORDS.contains(&word)
                    && (LEADS.iter().any(|w| before.ends_with(w)) || after_contact(before))
                    && (!moving || before.ends_with(['住', '在']));
            // (一家由石板沟搬迁: the hamlet a household moves out of.)
            let moved_out = moving && before.ends_with(['由', '从']) && (k >= 2 || OPENS.contains(&first));
            // (羊圈在李家湾: a family's hamlet, X家 and a hamlet's mark, wherever something of the household is.)
            // (在石家庄打工: the city.)
            let family =
                k == 2 && c != '组' && word.chars().nth(1) == Some('家') && before.ends_with('在') && word != "石家庄";
            // (挂靠在亲戚马静建家（下庄组）: a named group in brackets after a household.)
            let bracketed_group = c == '组' && k <= 3 && (before.ends_with("家（") || before.ends_with("家("));
            ((dwelling || moved_out || family || bracketed_group) && head[start..].chars().all(is_han)).then_some(start)
        });
        if let Some(start) = found {
            out.push(Finding::text(start, end, Kind::Address, 0));
        }
    }
}

/// End of a bare number (1703, 3-3-602, with a 室 after it) starting at `at`, when nothing that makes it a
/// token of its own (2号楼, 6单元) follows it.
fn trailing_number(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let is_d = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_d(c) {
            end = i + c.len_utf8();
        } else if matches!(c, '-' | '－') && end == i && end > 0 && chars.peek().is_some_and(|&(_, n)| is_d(n)) {
            continue;
        } else {
            break;
        }
    }
    if end == 0 {
        return None;
    }
    let after = &rest[end..];
    if after.starts_with('室') {
        return Some(at + end + '室'.len_utf8());
    }
    let suffix = [
        "号", "栋", "幢", "座", "梯", "房", "单元", "门", "委", "层", "楼", "组", "屯", "社", "户", "排", "弄", "巷",
        "年", "月", "日", "元", "人",
        // (东新村8小组154号: a group written 小组, a team, a company: a token of its own, not the room of the
        // estate's name before it; nor is 还房小区3期17栋 an estate's phase.)
        "小组", "小队", "村民", "居民", "队", "连", "街", "工区", "期",
    ];
    if suffix.iter().any(|w| after.starts_with(w)) { None } else { Some(at + end) }
}

/// Byte length of an estate's phase (3期, 二期) ending `gap`, or 0.
fn phase_len(gap: &str) -> usize {
    let Some(head) = gap.strip_suffix('期') else { return 0 };
    let num = head
        .chars()
        .rev()
        .take_while(|&c| c.is_ascii_digit() || ('０'..='９').contains(&c) || one_of(chars!("一二三四五六七八九十"), c))
        .take(3)
        .map(char::len_utf8)
        .sum::<usize>();
    if num == 0 { 0 } else { num + '期'.len_utf8() }
}

/// What may stand between two parts of one address (3栋-502, 3组 5号). Not a comma: after one the sentence
/// goes on (…702室，今年春节前…).
fn gap_ok(gap: &str) -> bool {
    // (八一路714号附5号13-3: Chongqing's 附号, a house's sub-number.)
    // (十二连3号住宅楼2单元301室: a word for the building between its number and its unit.)
    (gap.chars().count() <= 1 && gap.chars().all(|c| matches!(c, '-' | '－' | ' ' | '、' | '附')))
        || BUILDING_WORDS.contains(&gap)
}

/// Words for a block of flats, written between a building's number and its unit or room (3号住宅楼2单元,
/// 家属楼3-201).
const BUILDING_WORDS: [&str; 7] = ["住宅楼", "宿舍楼", "家属楼", "职工楼", "居民楼", "单元楼", "职工住宅楼"];

/// Words ending an estate's name (兰园小区, 锦绣苑): a building and a room written 23-502 after one are a home's.
const ESTATE_WORDS: [&str; 9] = ["小区", "花园", "家园", "公寓", "新村", "安置房", "苑", "园", "邨"];

/// Byte length of the Han characters (at most four) between an administrative level and the end of `head`
/// (黄庄村|后庄, 程岗村|西头; 0 right after the level), or None when `head` does not end that way. A numbered
/// group counts as a level (浮山村11组|赵家畈; so does 一组|群众 before a date's 5号: masking more is the safe
/// error).
fn han_after_admin(head: &str) -> Option<usize> {
    let mut len = 0;
    for (k, c) in head.char_indices().rev().take(5) {
        let level = &head[..k + c.len_utf8()];
        if ends_with_admin(level) || ends_with_group(level) {
            return Some(len);
        }
        // (东和里39号, 北约14号: 和 inside a place's name, and 约 after a direction, a Cantonese village's part.)
        let in_name = (c == '和' && len > 0)
            || (c == '约' && head[..k].chars().next_back().is_some_and(|p| one_of(chars!("东南西北中"), p)));
        if !is_han(c) || (one_of(chars!("的在是于和与住有到第府委共计约"), c) && !in_name) {
            return None;
        }
        len += c.len_utf8();
    }
    ends_with_admin(&head[..head.len() - len]).then_some(len)
}

/// Whether `head` ends with a numbered group below a village (11组, 六组, 3村民小组, 7村民组, 4队): a natural
/// village or a house can hang off it as off the village (浮山村11组赵家畈40号).
fn ends_with_group(head: &str) -> bool {
    let Some(rest) = GROUP_UNITS.iter().find_map(|u| head.strip_suffix(u)) else {
        return false;
    };
    rest.chars().next_back().is_some_and(group_numeral)
}

/// Whether `span` is numbered groups only (5社12组, 3个组): a count after 共, not a place.
fn group_count(span: &str) -> bool {
    let units = ["村民小组", "小组", "组", "社", "队", "个"];
    let mut rest = span;
    while !rest.is_empty() {
        let n = rest.chars().take_while(|&c| group_numeral(c)).map(char::len_utf8).sum::<usize>();
        let Some(after) = units.iter().find_map(|u| rest[n..].strip_prefix(u)).filter(|_| n > 0) else { return false };
        rest = after.trim_start_matches(['个', '、']);
    }
    true
}

/// The units a numbered group ends in, longest first.
/// (喀拉苏村8小组: a group is 小组 in Xinjiang; 9作业站 is a state farm's.)
const GROUP_UNITS: [&str; 8] = ["村民小组", "村民组", "小组", "组", "队", "社", "屯", "作业站"];

/// Characters of a group's number and its 第 (第3村民小组 → 2, 十二组 → 2), the unit left off.
fn group_number_len(run: &str) -> usize {
    GROUP_UNITS.iter().find_map(|u| run.strip_suffix(u)).unwrap_or(run).chars().count()
}

fn is_parenthetical(t: &str) -> bool {
    let t = t.trim();
    (t.starts_with('(') || t.starts_with('（')) && (t.ends_with(')') || t.ends_with('）'))
}

fn count_levels(s: &str) -> usize {
    let mut n = 0;
    let mut seg_han = 0;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else { break };
        if seg_han > 0
            && let Some((tok, _)) = admin_at(rest)
        {
            n += 1;
            seg_han = 0;
            i += tok.len();
            continue;
        }
        seg_han = if is_han(c) { seg_han + 1 } else { 0 };
        i += c.len_utf8();
    }
    n
}

/// A numbered group alone where someone lives (住15组, 暂住5社, 刘彦平家4组, 借住在亲戚家（九组）, 现居3组, 住7屯):
/// with no village named it is still the home's group, below the village the roster is about. So is the group a
/// household moves out of (由14组搬迁到安置点, 从3组迁出).
fn lone_group_at_home(head: &str, run: &str, after: &str) -> bool {
    // (住第3村民小组: the ordinal's 第 before the number.)
    let head = head.strip_suffix('第').unwrap_or(head);
    // (房屋（六组）因暴雨倒塌, 房屋烧毁（十组）: a group alone in brackets after the house.)
    // (已分户至1社居住, 现住永久性安置房10社, set J1.)
    // (老宅2组已塌, 一幢老屋（6组）: the old home's group.)
    // (户口簿地址为1组, set BW1: the address a register gives.)
    const WORDS: [&str; 34] = [
        "地址为",
        "住址为",
        "户籍地为",
        "老宅",
        "老屋",
        "老房",
        "老宅（",
        "老屋（",
        "老屋(",
        "分户至",
        "分户到",
        "安置房",
        "安置点",
        "户籍地",
        "住址",
        "住",
        "居",
        "迁到",
        "迁往",
        "回到",
        "在",
        "家",
        "家（",
        "家(",
        "地址",
        "变更为",
        "搬到",
        "搬至",
        "迁至",
        "位于",
        "房屋（",
        "房屋(",
        "烧毁（",
        "烧毁(",
    ];
    // (住址变更为9组, 已搬到12组居住, 地址四组; 户主变更为… names no group.)
    let tail_start = head.char_indices().rev().nth(7).map_or(0, |(k, _)| k);
    // (门牌号变更为八组: the door plate's, set BI4.)
    let address_changed = ["住址", "地址", "住所", "门牌"].iter().any(|w| head[tail_start..].contains(w));
    let moved_out = head.ends_with(['由', '从']) && after.starts_with(['搬', '迁']);
    // (原2组，2023年搬迁至县城安置点: 原 opening a clause, "formerly of", before a group that closes it or moves.)
    let former = head.strip_suffix('原').is_some_and(|h| {
        h.chars().next_back().is_none_or(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '：' | ':' | '（' | '('))
    }) && after
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '，' | ',' | '；' | ';' | '。' | '）' | ')' | '搬' | '迁'));
    // (家住高山，11组，入户困难: a group standing as a clause of its own.)
    let clause = |c: Option<char>| c.is_none_or(|c| matches!(c, '，' | ',' | '；' | ';' | '。'));
    // (金额2000,3组: a list of numbers, not a clause.)
    // (Only after a clause of where someone lives: 各组：1组，2组 and 经评议，3组，一致同意 are no homes.)
    let prev = head.trim_end_matches(['，', ',', '；', ';', '。']);
    let prev_clause = prev.rsplit(['，', ',', '；', ';', '。', '：', ':']).next().unwrap_or(prev);
    let alone = clause(head.chars().next_back())
        && clause(after.chars().next())
        && head.chars().rev().nth(1).is_some_and(is_han)
        && (prev_clause.contains('住') || ["老宅", "老屋", "家在"].iter().any(|w| prev_clause.contains(w)));
    // (牟大妹，女，87岁，5社，家庭人口1人; 彭冬秀（女，67岁）4组人: a group right after a person's age, in a
    // notice that lists people, is where that person lives.)
    let sentence = head.rsplit(['。', '；', ';']).next().unwrap_or(head);
    // (87周岁: the age in full years.)
    let aged = sentence
        .match_indices('岁')
        .any(|(k, _)| sentence[..k].trim_end_matches('周').ends_with(|c: char| c.is_ascii_digit()));
    let person_item = aged
        && head.ends_with(['，', ',', '、', '）', ')'])
        && after.chars().next().is_none_or(|c| matches!(c, '，' | ',' | '人' | '（' | '(' | '；' | ';' | '。'));
    (!head.ends_with("变更为") || address_changed)
        && group_number_len(run) <= 3
        && ends_with_group(run)
        && (WORDS.iter().any(|w| head.ends_with(w))
            || alone
            || person_item
            || after_contact(head)
            || moved_out
            || former
            || (head.ends_with(['至', '到', '在', '于', '回'])
                && ["居住", "定居", "独居"].iter().any(|w| after.starts_with(w))))
}

/// Whether the text right before a detail run ends with a word of where someone lives (老屋在, 现住, 搬至).
/// Byte length of the Han run (up to eight characters) between a dwelling word and the end of `head` (现住|南华西街
/// 敦和里): where someone lives, named before a house number. Not 现住院… (in hospital).
fn han_after_dwelling(head: &str) -> Option<usize> {
    let mut len = 0;
    for (k, c) in head.char_indices().rev().take(8) {
        if !is_han(c) {
            return None;
        }
        len += c.len_utf8();
        let before = &head[..k];
        if ends_with_dwelling(before) && !head[k..].starts_with('院') {
            return Some(len);
        }
    }
    None
}

fn ends_with_dwelling(head: &str) -> bool {
    // (现独居于6组老屋: 居于 and 住于 as 住在.)
    // (居住地变更为电业宿舍7-3-203: a new home named after the change.)
    // (实际居住地：四社, 现住：二组: a label and its colon, set AC3.)
    // (实际居住：一组, 居住：12组: set BC1.)
    const WORDS: [&str; 25] = [
        "居住地：",
        "居住地:",
        "居住：",
        "居住:",
        "现住：",
        "现住:",
        "居住地变更为",
        "户籍地变更为",
        "址变更为",
        "居住地改为",
        "址改为",
        "老屋在",
        "住在",
        "现住",
        "租住",
        "原住",
        "居住在",
        "搬至",
        "迁至",
        "住址：",
        "住址:",
        "地址：",
        "家住",
        "居于",
        "住于",
    ];
    let head = head.trim_end().trim_end_matches('第');
    // (公租房（尚景园7-3-1305）, 廉租房：万隆里8-2-104: the kind of a household's housing, then where it is.)
    const HOUSING: [&str; 10] =
        ["公租房", "廉租房", "保障房", "安置房", "周转房", "承租房", "租赁房", "经适房", "出租屋", "出租房"];
    let housing = || {
        let h = head.strip_suffix(['（', '(', '：', ':']).unwrap_or(head);
        HOUSING.iter().any(|w| h.ends_with(w))
    };
    WORDS.iter().any(|w| head.ends_with(w)) || housing()
}

/// Kinds of house someone lives in (租住石牌村出租屋, 现住团结村楼房2单元301室): no place's name, but what a
/// house's numbers below a village hang on.
const HOUSE_KINDS: [&str; 13] = [
    "出租屋",
    "出租房",
    "租房",
    "平房",
    "瓦房",
    "楼房",
    "板房",
    "土坯房",
    "危房",
    "棚户房",
    "民房",
    "自建房",
    "老房子",
];

/// Whether `head` ends with a kind of house, or a block's name ending in 楼, 公寓 or 宿舍, right after a village, a
/// community or a dwelling word (…团结村楼房, …团结村幸福楼): the numbers after it are that home's.
fn ends_with_house_kind(head: &str) -> bool {
    let anchored = |h: &str| ends_with_admin(h) || ends_with_dwelling(h);
    // (The block's name: two to five Han characters.)
    let block = head.ends_with(['楼', '寓', '舍'])
        && head.char_indices().rev().take_while(|&(_, c)| is_han(c)).take(5).skip(1).any(|(k, _)| anchored(&head[..k]));
    block || HOUSE_KINDS.iter().any(|w| head.strip_suffix(w).is_some_and(anchored))
}

/// Units below a village named after it in text (赤岗村委会北约自然村, 简村村北约经济社6号, 塘尾经济社, 坡仔村委会
/// 第11村民小组): from the village (or a dwelling word) to the unit's word, the unit's name is detail.
fn sub_village_units(text: &str, out: &mut Vec<Finding>) {
    // (廖屋村小组86号, 草林村老屋场村小组: a group of a Jiangxi or Hakka village is named and called 村小组.)
    const UNITS: [&str; 6] = ["经济合作社", "经济社", "自然村", "生产队", "村民小组", "村小组"];
    for unit in UNITS {
        // (Most texts hold none of the units' last characters: a char search skips them without building a
        // substring searcher for each unit.)
        if !unit.chars().next_back().is_some_and(|last| text.contains(last)) {
            continue;
        }
        for (at, _) in text.match_indices(unit) {
            // The unit's name: up to five Han characters before its word, after the village or dwelling word.
            let head = &text[..at];
            let mut start = at;
            for (j, (k, c)) in head.char_indices().rev().take(5).enumerate() {
                // (洪水冲毁了岩脚村民小组82号: a particle or a preposition ends the sentence before the name.)
                if (!is_han(c) && !c.is_ascii_digit()) || one_of(chars!("了的在是于和与有到把被给从"), c) {
                    break;
                }
                // (毛脑村苗村村民小组: a 村 right before the unit's word is the group's name, 苗村.)
                let own = j == 0 && c == '村' && unit.starts_with('村');
                let bare_zhu = c == '住' && j > 0;
                if !own
                    && (ends_with_admin(&head[..k + c.len_utf8()])
                        || ends_with_dwelling(&head[..k + c.len_utf8()])
                        || bare_zhu)
                {
                    start = k + c.len_utf8();
                    break;
                }
                start = k;
            }
            // (全村共5个自然村, 村经济合作社分红: a count or the unit's word alone names no unit.)
            let name = &text[start..at];
            // (入股村集体经济合作社: the village's collective, no unit's name.)
            let named = !name.is_empty()
                && name.chars().all(|c| is_han(c) && !one_of(chars!("个共的等各全该几多"), c))
                && !["集体", "股份", "股份经济"].contains(&name);
            // (住曼囡村民小组53号: a bare 住 before a group's name is where someone lives; 住院 names no group.)
            let lives = text[..start].ends_with('住') && !name.starts_with('院');
            let end = at + unit.len();
            // (岩脚村民小组82号: a house number after the unit makes it a home's address on its own.)
            let numbered = house_number_len(&text[end..]).is_some();
            let anchored =
                named && (ends_with_admin(&text[..start]) || ends_with_dwelling(&text[..start]) || lives || numbered);
            // A lane and house number right after it belong to it (…经济社6号, …经济合作社一巷49号).
            let end = text[end..]
                .char_indices()
                .find(|&(_, c)| {
                    !(super::digits::digit_of(c).is_some()
                        || one_of(chars!("一二三四五六七八九十百零〇两巷弄号之栋幢座梯楼层单元室房排-－"), c))
                })
                .map_or(text.len(), |(k, _)| end + k);
            if anchored && !out.iter().any(|f| f.start < end && start < f.end) {
                out.push(Finding::text(start, end, Kind::Address, 0));
            }
        }
    }
}

/// 在四合永村三道沟租房, 王家村东岭的地: two to four characters ending in a hamlet's mark right after a named
/// village are a place below it, whatever follows.
fn village_hamlets(text: &str, out: &mut Vec<Finding>) {
    for (at, v) in text.match_indices(VILLAGE) {
        let after = at + v.len();
        // A village's name before it (not 本村, 全村, 进村, 农村, 在村), two characters at least.
        let name: Vec<char> = text[..at].chars().rev().take_while(|&c| is_han(c)).take(2).collect();
        if name.len() < 2 || one_of(chars!("本全该各邻外同进出回乡农山渔老新一每在住到于的驻"), name[0])
        {
            continue;
        }
        let rest = &text[after..];
        // (红光村里庄稼, 红光村村庄, 村委, 村口: what a village's word goes on into is no hamlet.)
        let Some(first) = rest.chars().next().filter(|&c| is_han(c)) else { continue };
        // (泰顺县筱村镇徐岙底村: a level right after it means the 村 was in that level's name.)
        if one_of(chars!("村民委部里内外中上下口头边旁的子庄落级集小有在是和与及到去了也都就还住组"), first)
            || rest
                .char_indices()
                .take_while(|&(_, c)| is_han(c))
                .take(4)
                .any(|(k, _)| admin_token(&rest[k..]).is_some())
        {
            continue;
        }
        // (古城村阳坡社: a 社 is a village's group in Qinghai and Gansu; not 合作社, 信用社.)
        let society = |head: &str, c: char| {
            c == '社' && !["合作", "信用", "旅行", "供销", "出版", "公社", "报社"].iter().any(|w| head.ends_with(w))
        };
        let Some(end) = hamlet_end(rest, society).map(|e| after + e) else {
            continue;
        };
        // (阳坡社, 阳坡组: the group a hamlet's name leads goes with it.)
        let end = if text[end..].starts_with(['社', '组']) { end + '社'.len_utf8() } else { end };
        if !out.iter().any(|f| f.start < end && after < f.end) {
            out.push(Finding::text(after, end, Kind::Address, 0));
        }
    }
}

/// 高家店村（北沟屯）, 高家店村 【孙家堡子46号】, 红旗村(3组), 幸福社区（北沟屯、南沟屯）: hamlets, a numbered group
/// or a house in brackets right after a village or a community: hidden whole (set BC6). Each part two to ten
/// characters: a hamlet ending in 屯, a group numbered (3组, 二社, 5队), or a house numbered after its place
/// (孙家堡子46号). (东来村（原红旗村）, 东来村（五保户）, （幸福互助社）, （生产队）, （文件12号）: no home.)
fn bracketed_hamlets(text: &str, out: &mut Vec<Finding>) {
    const OPEN: [char; 4] = ['（', '(', '【', '['];
    const CLOSE: [char; 4] = ['）', ')', '】', ']'];
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let home = |part: &str| {
        let n = part.chars().count();
        let before_last = part.chars().rev().nth(1);
        (2..=10).contains(&n)
            && part.chars().all(|c| is_han(c) || c.is_ascii_digit())
            && match part.chars().next_back() {
                Some('屯') => n >= 3,
                // (高家店村（孙家堡子）, 和平村（西沟）: a northern hamlet's name, set BE3.)
                _ if hamlet_name(part) => true,
                Some('组' | '社' | '队') => before_last.is_some_and(numeral),
                // (和平村（46号）: a house's number alone, four digits at most.)
                Some('号') => {
                    before_last.is_some_and(|c| c.is_ascii_digit())
                        && (part.starts_with(is_han) || n <= 5)
                        && !["文", "件", "年", "第", "期"].iter().any(|w| part.contains(w))
                }
                _ => false,
            }
    };
    for word in [VILLAGE, "社区"] {
        for (at, v) in text.match_indices(word) {
            let rest = &text[at + v.len()..];
            let gap = rest.len() - rest.trim_start_matches([' ', '\u{3000}']).len();
            let Some(b) = rest[gap..].chars().next().filter(|c| OPEN.contains(c)) else { continue };
            let start = at + v.len() + gap + b.len_utf8();
            let Some(len) = text[start..].find(CLOSE) else { continue };
            let inner = &text[start..start + len];
            let parts: Vec<&str> =
                inner.split(['、', '，', ',', ' ', '\u{3000}', '/', '／']).filter(|p| !p.is_empty()).collect();
            // (和平村（北沟屯）党支部, 高家店村（3组）村民委员会: the body of the hamlet or the group, no home.)
            let after = text[start + len..].trim_start_matches(CLOSE);
            let body =
                ["党", "村民委员会", "村委", "委员会", "合作社", "活动室", "小学", "卫生室", "工作", "议事", "互助"]
                    .iter()
                    .any(|w| after.starts_with(w));
            if !inner.trim().starts_with('原')
                && !parts.is_empty()
                && !body
                && parts.iter().all(|p| home(p))
                && !out.iter().any(|f| f.start < start + len && start < f.end)
            {
                out.push(Finding::text(start, start + len, Kind::Address, 0));
            }
        }
    }
    // (与本户相邻（六社）, 现住（3组）: a numbered group alone in brackets is where a home is, whatever stands before
    // it, set BK1. 分为（3组）-like counts carry 共 or 分 inside and stay.)
    for (b, c) in text.char_indices().filter(|&(_, c)| OPEN.contains(&c)) {
        let start = b + c.len_utf8();
        let Some(len) = text[start..].find(CLOSE) else { continue };
        let inner = text[start..start + len].trim_start_matches('第');
        let n = inner.chars().count();
        // (高家店村（3组）村民委员会: the group's body, no home.)
        let body = ["党", "村民委员会", "村委", "委员会", "合作社", "活动室", "工作", "议事", "互助"]
            .iter()
            .any(|w| text[start + len..].trim_start_matches(CLOSE).starts_with(w));
        if (2..=4).contains(&n)
            && !body
            && inner.ends_with(['组', '社'])
            && inner.chars().take(n - 1).all(numeral)
            && !out.iter().any(|f| f.start < start + len && start < f.end)
        {
            out.push(Finding::text(start, start + len, Kind::Address, 0));
        }
    }
}

/// 孙家堡子, 北甸子, 西沟, 三道沟, 王家窝堡: a northern hamlet's name, two to five Han characters ending in a
/// hamlet's word (甸子, 堡子, 营子, 窝堡, 沟 …); no numeral or group after it.
fn hamlet_name(part: &str) -> bool {
    const ENDS: [&str; 10] = ["甸子", "堡子", "营子", "窝堡", "岗子", "沟子", "屯子", "沟", "甸", "堡"];
    let n = part.chars().count();
    (2..=5).contains(&n)
        && part.chars().all(is_han)
        && ENDS.iter().any(|w| part.ends_with(w) && part.chars().count() > w.chars().count())
        && !part.contains(['村', '乡', '镇', '县', '市', '区'])
}

/// （胜利村北甸子）, (红旗村孙家堡子): a village and a hamlet below it, alone in brackets; the hamlet is hidden
/// (set BE3).
fn hamlet_after_village_in_brackets(text: &str, out: &mut Vec<Finding>) {
    const OPEN: [char; 3] = ['（', '(', '【'];
    const CLOSE: [char; 3] = ['）', ')', '】'];
    for (at, v) in text.match_indices(VILLAGE) {
        let name: Vec<char> = text[..at].chars().rev().take_while(|&c| is_han(c)).collect();
        let opened = text[..at].chars().rev().nth(name.len()).is_some_and(|c| OPEN.contains(&c));
        let start = at + v.len();
        let Some(len) = text[start..].find(CLOSE) else { continue };
        if (2..=6).contains(&name.len()) && opened && hamlet_name(&text[start..start + len]) {
            let end = start + len;
            push_detail(out, start, end);
        }
    }
}

/// 甜水村仁美坊5队, 澄湖村委会田兴里1队, 海宴村沙平围四组: two to four characters right after a named village
/// (or its committee) and before a numbered team or group are a hamlet below it, detail with its number.
fn hamlet_before_group(text: &str, out: &mut Vec<Finding>) {
    const UNITS: [&str; 7] = ["村民小组", "村民组", "居民小组", "小组", "组", "队", "社"];
    for (at, v) in text.match_indices(VILLAGE) {
        let name: Vec<char> = text[..at].chars().rev().take_while(|&c| is_han(c)).take(2).collect();
        if name.len() < 2 || one_of(chars!("本全该各邻外同进出回乡农山渔老新一每在住到于的驻"), name[0])
        {
            continue;
        }
        let mut after = at + v.len();
        if let Some(w) = ["委会", "民委员会"].iter().find(|w| text[after..].starts_with(*w)) {
            after += w.len();
        }
        let rest = &text[after..];
        let hamlet: usize =
            rest.chars().take_while(|&c| is_han(c) && !group_numeral(c)).take(5).map(char::len_utf8).sum();
        let chars = rest[..hamlet].chars().count();
        // (村里3组, 村民小组, 村委会安排3组人员, 村共有4个组: a word of the sentence, not a name.)
        if !(2..=4).contains(&chars) || rest.starts_with(|c| {
            one_of(
                chars!(
                    "村民委部里内外中上下口头边旁的子落级集小有在是和与及到去了也都就还住组第安派抽分共计设辖划编每各"
                ),
                c,
            )
        }) || rest[..hamlet].char_indices().any(|(k, _)| admin_token(&rest[k..]).is_some())
        {
            continue;
        }
        let number: usize = rest[hamlet..].chars().take_while(|&c| group_numeral(c)).take(3).map(char::len_utf8).sum();
        let Some(unit) = UNITS.iter().find(|u| rest[hamlet + number..].starts_with(*u)) else { continue };
        let end = after + hamlet + number + unit.len();
        if number > 0 && !out.iter().any(|f| f.start < end && after < f.end) {
            out.push(Finding::text(after, end, Kind::Address, 0));
        }
    }
}

/// 额很查干嘎查查干浩特: a 浩特 (a Mongolian herders' hamlet) right after a 嘎查 is below the village. (Not a
/// city: 乌兰浩特市.)
fn gacha_hamlets(text: &str, out: &mut Vec<Finding>) {
    for (at, v) in text.match_indices("嘎查") {
        let after = at + v.len();
        let named = text[..at].chars().next_back().is_some_and(is_han);
        let rest = &text[after..];
        let Some(k) = rest
            .char_indices()
            .take_while(|&(_, c)| is_han(c))
            .take(6)
            .find_map(|(k, _)| rest[k..].starts_with("浩特").then_some(k + "浩特".len()))
        else {
            continue;
        };
        let end = after + k;
        if !named || k == "浩特".len() || admin_token(&text[end..]).is_some() {
            continue;
        }
        if !out.iter().any(|f| f.start < end && after < f.end) {
            out.push(Finding::text(after, end, Kind::Address, 0));
        }
    }
}

/// End (bytes) of a place's name of two to four Han characters at the head of `run`, ending in a hamlet's mark
/// (or a character `also` accepts after the name's head), unless it is a word for any slope or gully.
fn hamlet_end(run: &str, also: impl Fn(&str, char) -> bool) -> Option<usize> {
    run.char_indices()
        .take_while(|&(_, c)| is_han(c))
        .take(4)
        .skip(1)
        .find(|&(k, c)| one_of(chars!(HAMLET_LAST), c) || also(&run[..k], c))
        .map(|(k, c)| k + c.len_utf8())
        .filter(|&e| !terrain(&run[..e]))
        // (参加村公益岗位劳动: the hamlet's last character starts a word with the next, 岗位, 场所, 庄稼.)
        .filter(|&e| {
            let last = run[..e].chars().next_back();
            let next = run[e..].chars().next();
            !matches!(
                (last, next),
                (Some('岗'), Some('位' | '亭')) | (Some('场'), Some('所' | '地')) | (Some('庄'), Some('稼'))
            )
        })
}

/// Provinces and regions as written short (湖北, 内蒙古, 新疆).
pub(crate) const PROVINCES: [&str; 34] = [
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
];

/// A province written short and at most a two-character prefecture or county after it, with no level's word
/// (湖北, 四川凉山, 新疆喀什, 广东陆丰): where someone is registered, far above any village (a 户籍地 column).
pub(crate) fn bare_region(cell: &str) -> bool {
    let Some(rest) = PROVINCES.iter().find_map(|p| cell.strip_prefix(p)) else { return false };
    // (湖北王家湾, 河南李庄, 广东陈屋: a hamlet's mark or a village's word is below the county.)
    rest.chars().count() <= 2
        && rest.chars().all(|c| {
            is_han(c)
                && !one_of(chars!(HAMLET_LAST), c)
                && !one_of(chars!("村组屯社队寨里坊巷街路弄号楼栋家屋围塘坑背"), c)
        })
}

/// A word for any slope or gully (住8组山坡上, 偏远山沟), not a hamlet's name.
fn terrain(word: &str) -> bool {
    // (长期居住在冬季草场: a season's pasture, any herder's; 村附近冬窝子: what is near the village.)
    [
        "山坡", "山沟", "山岭", "山洼", "山岗", "山坳", "水沟", "河沟", "河湾", "边远", "偏远", "冬季", "夏季", "春季",
        "秋季", "附近", "周边", "周围", "旁边", "对面",
    ]
    .iter()
    .any(|w| word.starts_with(w))
}

/// Whether the text right before a detail run ends with an administrative level (…村, …社区, …镇).
fn ends_with_admin(head: &str) -> bool {
    let head = head.trim_end().trim_end_matches('第');
    head.ends_with(VILLAGE)
        || ends_with_corps_company(head)
        || COMMITTEES.iter().any(|t| head.ends_with(t))
        || ADMIN.iter().any(|(t, _)| head.ends_with(t) && !head.ends_with("小区") && !head.ends_with("棚区"))
}

/// Drops words before a road/estate name that belong to the sentence (现住, 居住在) or to the admin levels.
fn trim_han_prefix(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    // An admin suffix at the very start ends a name that began before the match (红光|村王家屯).
    let han_before = text[..start].chars().next_back().is_some_and(is_han);
    let mut cut = 0;
    let mut i = 0;
    while i < span.len() {
        let rest = &span[i..];
        let Some(c) = rest.chars().next() else { break };
        if (i > 0 || han_before)
            && let Some((tok, _)) = admin_at(rest)
        {
            cut = i + tok.len();
            i = cut;
            continue;
        }
        // 居 only as in 现居, 定居, 居住: it also ends estate names (江南名居).
        let prev = span[..i].chars().next_back();
        let dwell =
            c == '居' && (prev.is_some_and(|p| one_of(chars!("现定寄"), p)) || rest[c.len_utf8()..].starts_with('住'));
        // (职工住宅楼4栋: 住 in 住宅 is no verb.)
        // (青菱都市公租房C3栋, 廉租房: 租 in public housing's name is no verb either.)
        let housing = (c == '住' && rest[c.len_utf8()..].starts_with(['宅', '房']))
            || (c == '租' && prev.is_some_and(|p| p == '公' || p == '廉') && rest[c.len_utf8()..].starts_with('房'))
            // (石牌村出租房5栋302: nor in 出租房, a kind of house.)
            || (c == '租' && prev == Some('出') && rest[c.len_utf8()..].starts_with(['房', '屋']));
        // (查看了平江道245号…: an aspect particle or 的 ends the sentence's words before the road.)
        if (matches!(c, '住' | '在' | '于' | '至' | '往' | '到' | '址' | '为' | '是' | '现' | '租' | '了' | '的')
            && !housing)
            || dwell
        {
            cut = i + c.len_utf8();
        }
        // (一四一团三连职工住宅楼: a company of the Corps is kept, like a village.)
        if i > 0 && ends_with_corps_company(&text[..start + i]) {
            cut = i;
        }
        // (核查组在戴溪村南大街23号: a 组 after a word, not a number, is a team, no group of the village.)
        let team = c == '组' && prev.is_none_or(|p| !one_of(chars!("一二三四五六七八九十"), p));
        if detail_at(rest) && i > 0 && !team {
            break;
        }
        i += c.len_utf8();
    }
    start + cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(s: &str) -> String {
        let d = AddressDetector::new();
        match d.cut(s) {
            Some(k) => format!("{}{MARKER}", &s[..k]),
            None => s.to_string(),
        }
    }

    #[test]
    fn cuts_down_to_village_or_community() {
        assert_eq!(
            cut("吉林省通化市东昌区新站街道民主社区建设路123号3栋2单元501室"),
            "吉林省通化市东昌区新站街道民主社区***"
        );
        assert_eq!(cut("通化县快大茂镇红光村3组"), "通化县快大茂镇红光村***");
        assert_eq!(cut("通化县快大茂镇红光村"), "通化县快大茂镇红光村");
        // A village whose name ends in 村, and a 新村 village with its numbered group (set X).
        assert_eq!(cut("婺源县思口镇延村村12组62号"), "婺源县思口镇延村村***");
        assert_eq!(cut("古村村"), "古村村");
        assert_eq!(cut("中村村民小组3组"), "中村***");
        assert_eq!(cut("梅州市梅县区丙村镇丙新村16组94号"), "梅州市梅县区丙村镇丙新村***");
        assert_eq!(cut("大新县恩城乡维新村4村民小组"), "大新县恩城乡维新村***");
        assert_eq!(cut("吉林市龙潭区乌拉街满族镇旧街村209号"), "吉林市龙潭区乌拉街满族镇旧街村***");
        assert_eq!(cut("建设街民族路12号"), "***");
        assert_eq!(cut("东昌区新站街道建设路12号"), "东昌区新站街道***");
        assert_eq!(cut("建设路12号"), "***");
        assert_eq!(cut("东昌区幸福小区3栋"), "东昌区***");
        assert_eq!(cut("快大茂镇红光村王家屯"), "快大茂镇红光村***");
        // Suffix and detail characters inside the name of a lower level.
        assert_eq!(cut("通化县兴林镇红旗村10组"), "通化县兴林镇红旗村***");
        assert_eq!(cut("通化县红旗村"), "通化县红旗村");
        assert_eq!(cut("东昌区和平路街道团结社区"), "东昌区和平路街道团结社区");
        assert_eq!(cut("东昌区和平路街道团结社区5栋"), "东昌区和平路街道团结社区***");
        assert_eq!(cut("朝阳镇花园社区幸福小区3栋"), "朝阳镇花园社区***");
        assert_eq!(cut("兴林镇王家屯村3组"), "兴林镇王家屯村***");
        assert_eq!(cut("东昌区建设路12号"), "东昌区***");
        // 村 and 村口 inside a township's and a village's own name (set Z).
        assert_eq!(cut("遂昌县王村口镇王村口村172号"), "遂昌县王村口镇王村口村***");
        assert_eq!(cut("村口镇新华村3组"), "村口镇新华村***");
        assert_eq!(cut("洪家楼街道山大北村社区全福小区1栋"), "洪家楼街道山大北村社区***");
        // Set BB: a suffix before another of its level (台州市路桥区, 真如镇街道); a numbered 村 below a 镇.
        assert_eq!(cut("台州市路桥区蓬街镇坦头村32组78号"), "台州市路桥区蓬街镇坦头村***");
        assert_eq!(cut("普陀区真如镇街道杏山路1056弄6号201室"), "普陀区真如镇街道***");
        assert_eq!(cut("金东区曹宅镇芝英一村276号"), "金东区曹宅镇芝英一村***");
        assert_eq!(cut("上海市杨浦区曲阳四村111号"), "上海市杨浦区***");
        // Set CC: 民族 in a road's name after a community is no nationality before a level.
        assert_eq!(cut("南宁市西乡塘区民生街道明德街社区民族大道57号21栋"), "南宁市西乡塘区民生街道明德街社区***");
    }

    #[test]
    fn finds_detail_in_text() {
        let d = AddressDetector::new();
        let t = "户主现住民主社区建设路123号3栋501室";
        let f = d.find_in_text(t);
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].start..f[0].end], "建设路123号3栋501室");
        for (t, want) in [
            ("现住五里堆还房小区3期17栋2-1666", "五里堆还房小区3期17栋2-1666"),
            // (九区 reads as a district, a level that is kept.)
            ("搬到科学城九区4期12栋3-761居住", "4期12栋3-761"),
            ("锦绣花园二期5栋1单元302室", "锦绣花园二期5栋1单元302室"),
        ] {
            let f = d.find_in_text(t);
            assert_eq!(f.iter().map(|f| &t[f.start..f.end]).collect::<Vec<_>>(), [want], "{t}");
        }
        let t = "通化县快大茂镇红光村3组村民";
        let f = d.find_in_text(t);
        assert_eq!(&t[f[0].start..f[0].end], "3组");
        // (安排在村公益性岗位: 在村 names no village, so 公益性岗 is no hamlet.)
        for clean in [
            "依据通民发〔2019〕36号文件",
            "共3户",
            "沿马路行走",
            "新站街道民主社区",
            "3层楼房",
            "安排在村公益性岗位",
            "积极参加村公益岗位劳动",
            "砖木结构房屋1栋约88平方米",
        ] {
            assert!(d.find_in_text(clean).is_empty(), "{clean}");
        }
        for (t, want) in [
            ("住向阳街282号3-3-602", "向阳街282号3-3-602"),
            ("现住江南社区新华苑2号楼6单元1703，月租500元", "新华苑2号楼6单元1703"),
            ("隐瞒江南社区滨江华府2号楼3单元1301的房产", "滨江华府2号楼3单元1301"),
            ("住滨江华府3号楼2单元1801室", "滨江华府3号楼2单元1801室"),
            ("铁厂社区江南大街236号滨江御景15号楼3单元414室。", "江南大街236号滨江御景15号楼3单元414室"),
            ("户籍地：湖阳镇黄庄村后庄50号；户主", "后庄50号"),
            ("现住湖阳镇程岗村西头20号。", "西头20号"),
            ("住金鱼岭社区江南名居21幢", "江南名居21幢"),
            ("住建设路12号702室，今年春节前苑慧敏因病住院", "建设路12号702室"),
            // Set V: a natural village after its committee, a hamlet or a house after 地址.
            ("户籍地址毛阳镇牙胡村委会牙排村，已核实", "牙排村"),
            ("联系电话见上，地址鲁掌村上寨", "上寨"),
            ("家庭地址：竹山下119号，聘请司机", "竹山下119号"),
            // Set W: a house number whose hamlet reaches back over the 组 before it.
            ("湖泗街道夏祠村八组何家坡51号", "八组何家坡51号"),
            // A hamlet after a numbered group, with or without a house number; a 村民组; a hamlet before where
            // someone stays in it; a hamlet after 住 and its village.
            ("户籍地为江夏区湖泗街道浮山村11组赵家畈40号，家属电话", "11组赵家畈40号"),
            ("户籍地为黄陂区木兰乡塔耳村六组许家坪，家属电话", "六组许家坪"),
            ("现住蕲春县檀林镇檀林村3村民小组李家坪。", "3村民小组李家坪"),
            ("家住包家乡包家村7村民组", "7村民组"),
            ("暂住在湖泗街道夏祠村曹家咀亲戚家。", "曹家咀"),
            ("住加合村卡阳", "卡阳"),
            // Set AA: lanes and house numbers under a village committee; a sub-number and its floor or room; a
            // house or a 屯 with no village after where someone lives; a lone group after an address's change.
            ("地址：斗山镇墩头村委会东和里39号,电话", "东和里39号"),
            ("现居杏坛镇逢简村委会大巷里5巷25号", "大巷里5巷25号"),
            ("住顺德区杏坛镇逢简村委会北约14号。", "北约14号"),
            ("现居沙河街道濂泉社区沙河大街212号之四7楼", "沙河大街212号之四7楼"),
            ("现租住当阳街156号之五 207房。", "当阳街156号之五 207房"),
            ("现借住在亲戚张花霞家（赖厝埕250号首层）。", "赖厝埕250号首层"),
            ("房屋位于后坑63号，为危房", "后坑63号"),
            ("拆迁后安置在前埔北二里182号之二4楼。", "前埔北二里182号之二4楼"),
            ("易莲凤家在20号，房屋漏雨。", "20号"),
            ("房屋在弄光屯，土木结构。", "弄光屯"),
            ("住址变更为9组。", "9组"),
            // Sets ZC and ZE: a hamlet in 洲, 泉, 屋场 or a mark and 子 after a numbered group; a named group after
            // going back or after its village.
            ("家住胜天村5组芦苇洲得薛某外孙在读书", "5组芦苇洲"),
            ("经核查 该户住杨林村6组老屋场 与申请地址不符", "6组老屋场"),
            ("老人现住黑庄村10组堡子，独居。", "10组堡子"),
            ("我就想回柳树湾组老窑里住。", "柳树湾组"),
            ("随外爷在冯家庄村沙渠组生活。", "沙渠组"),
            // Set ZH: a group is 小组 in Xinjiang.
            ("户籍地址：叶城县恰尔巴格乡喀拉苏村8小组", "8小组"),
            ("搬到1小组109号居住，室内卫生较差。", "1小组109号"),
            ("已搬到12组居住", "12组"),
            // Set Y: a building-unit-room after where someone lives; a hamlet standing alone there, after a
            // household's 家 or after a contact's number; set Z: a Chongqing sub-number.
            ("俺闺女就住在宝湖湾2-1-202。", "宝湖湾2-1-202"),
            ("房子在西场,土坯房。", "西场"),
            ("原住东胡同，已搬迁至威县", "东胡同"),
            ("借住在亲戚家（中社）。", "中社"),
            ("毕晓东家上洼62号,半身不遂。", "上洼62号"),
            ("梅红英/158 9041 0083/老庄", "老庄"),
            ("娜仁/18264788997/1组 和往年相比", "1组"),
            ("住在石柱县南宾街道城南社区人民路3号附1号，", "人民路3号附1号"),
        ] {
            let f = d.find_in_text(t);
            assert_eq!(f.len(), 1, "{t}");
            assert_eq!(&t[f[0].start..f[0].end], want, "{t}");
        }
        for clean in [
            "月租500元，共3户",
            "2019年12月",
            "第2号楼已拆除",
            "村委会驻村干部走访",
            "经村委会同意",
            "住址：村委会本村",
            "民政局统一组织核查",
            "三组组长",
            "住院期间在张河村看病",
            "现住泰顺县筱村镇",
            "入住张河村敬老院",
            "借住张河村亲戚家",
            "三组有个孩子。",
            "三分之一的收入用于看病",
            "预约3月8号复查",
            "文件在琼民规〔2022〕5号第三条",
            "户主变更为四组的李某",
            "常年在奎屯务工",
            "家住边远屯",
            "住在北京",
            "在东庄打工",
            "住在村庄里",
            "他去上场了",
            "国家发改委3号文件",
            "文号3-1-2021",
            "金额2000,3组",
        ] {
            assert!(d.find_in_text(clean).is_empty(), "{clean}");
        }
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;

    /// Address pieces in random order and number: the scan's spans are moved back and joined in many ways
    /// (湖泗街道夏祠村八组何家坡51号 once sliced a gap backwards and stopped the run), so no order may panic,
    /// and every span found must lie on char boundaries inside the text.
    #[test]
    fn random_address_pieces_never_panic() {
        let d = AddressDetector::new();
        let pieces = [
            "湖北省",
            "武汉市",
            "江夏区",
            "湖泗街道",
            "夏祠村",
            "村委会",
            "社区",
            "居委会",
            "八组",
            "3组",
            "何家坡",
            "后庄",
            "51号",
            "号",
            "号楼",
            "2号楼",
            "3单元",
            "1703",
            "501室",
            "栋",
            "幢",
            "5-6-501",
            "建设路",
            "大街",
            "巷",
            "屯",
            "王家屯",
            "小区",
            "滨江华府",
            "社",
            "住",
            "住址：",
            "地址",
            "现住",
            "，",
            "。",
            "、",
            " ",
            "12",
            "-",
            "户",
            "层",
            "楼",
            "镇",
            "乡",
            "县",
            "村",
            "组",
            "路",
            "街",
            "（",
            "）",
            "０",
            "王芳",
            "在",
            "家",
            "的",
        ];
        for s in crate::detect::random_texts(&pieces, 0x2545_F491_4F6C_DD1D, 20_000, 12) {
            for f in d.find_in_text(&s) {
                crate::detect::assert_span(&s, f.start, f.end);
            }
            if let Some(k) = d.cut(&s) {
                assert!(s.is_char_boundary(k), "{s:?}");
            }
            let _ = d.looks_like_address(&s);
        }
    }
}
