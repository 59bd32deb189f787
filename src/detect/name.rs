//! Chinese person-name detection in free text and in name cells.
//!
//! Many surname characters are everyday words (高龄, 金额, 于是), so "surname + two characters" would
//! flag half of every remark. A candidate (surname + one or two given-name characters) is accepted only
//! with evidence: a relation word before it (其子, 户主, 姓名：), an enumeration of names, a context cue
//! (经核查 …, … 户, … 身份证), a name-shaped span standing apart, or the whole cell being a name. An
//! everyday-word lexicon (the short entries of `not_names.txt`) vetoes candidates that start a word.
//! Names already seen in name columns ([`KnownNames`]) are found anywhere, without evidence.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::{chars, one_of};
use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

const SURNAMES_TXT: &str = include_str!("../../patterns/names/surnames.txt");
const COMPOUND_TXT: &str = include_str!("../../patterns/names/compound_surnames.txt");
const GIVEN_TXT: &str = include_str!("../../patterns/names/given_chars.txt");
const RELATIONS_TXT: &str = include_str!("../../patterns/names/relations.txt");
const NOT_NAMES_TXT: &str = include_str!("../../patterns/names/not_names.txt");
const COMMON_WORDS_TXT: &str = include_str!("../../patterns/names/common_words.txt");
const WORD_NAMES_TXT: &str = include_str!("../../patterns/names/word_names.txt");
const CUES_TXT: &str = include_str!("../../patterns/names/cues.toml");
const HEALTH_TXT: &str = include_str!("../../patterns/health_terms.txt");

/// Longest `not_names` entry (in chars) that also serves as an everyday word; longer ones are examples.
const LEXICON_MAX_CHARS: usize = 6;

/// A town's offices, named after the town (花甸镇民政办, 清河乡人民政府).
const TOWN_OFFICES: [&[char]; 8] = [
    &['民', '政'],
    &['人', '民', '政', '府'],
    &['政', '府'],
    &['社', '会', '事', '务'],
    &['办', '事', '处'],
    &['财', '政', '所'],
    &['卫', '生', '院'],
    &['党', '委'],
];

/// Characters that never belong to a given name: particles and verbs that follow a name in remarks.
/// Courtesy titles after a surname (王女士, 欧阳先生).
const TITLES: [&str; 4] = ["女士", "先生", "小姐", "太太"];

const STOP: &str = "在的是因于和与等及已现系为将把被也都就又还患住无有去来说称某了不没未从到由对给让叫以其之而或但所着过共每该此这那并且则即便仍均后前里内外户同身电手年岁元人个名位次本老予再们吧呢啊呀嘛他她它我你";
/// Numerals end a name (王芳三户) and are not taken as a final given character.
const NUMERALS: &str = "一二三四五六七八九十两";
/// Where a person is, after 在 (其子金在家, 在校, 在外): no Korean-Chinese given name 在… (金在秀) goes on with these.
const KOREAN_ZAI_NOT: &str = "家校外内上下里中此那这哪";
/// Placeholders of already anonymised names (王某, 张某某, 李*): not names to detect.
const ANON: &str = "某*＊×xX○〇※";
/// Place and institution suffixes: 石湖镇 and 金厂村 are places, not people.
const PLACE: &str = "村镇乡县市区屯街路巷局院站厂店场省旗";
/// Counting and time characters: never a given name's first character after a relation word.
const COUNTING: &str = "每次个";
/// Administrative suffixes: a list item ending in one is a place even next to a name.
const ADMIN: &str = "村镇乡县市区省屯";
/// Single characters before a surname that are function words, so 向王芳家 is 王芳, not 向王芳.
/// Kin characters: 老 before one of them is a kin word (老爷, 老妈, 老婆), not a nickname.
const KIN_CHARS: &str = "姨婆公伯爸妈哥弟妹叔嫂姐爷奶舅婶姑爹娘母父太头汉伴板师乡";
const FUNCTION_PREFIX: &str = "向和于原都从及与为以同由";
/// One-character prepositions before a name; weaker, so a two-character name needs a boundary after.
const WEAK_PRE_CUES: &str = "对由与给向将把被为让叫喊和及同因跟替帮请找至的带听欠问借待归随靠（(";
/// Surnames of Hui, Manchu, Xibe and Mongolian families that the surname list leaves out because they are
/// everyday characters: taken only right after a relation word. (Yunnan 刀 召 卯 字 起 者, from set V; 伊, far more
/// often the Wu pronoun, from set BB; 母, a Sichuan surname that is also the word for mother, from set DD; 貌 and
/// 玛, the Burmese Maung and Ma that open the names of spouses from Myanmar, from set M4.)
const MINORITY_SURNAMES: &str = "拜锁回依伊锡英宝斯刀召卯字起者母貌玛";
/// Family names of the Dai of Dehong that are no Han surname (晃, 番, 思, 闷, 线, 多, 放, 刀, 衎), read only before
/// the man's mark 岩 (晃岩罕, 思岩吞).
const DAI_SURNAMES: &str = "晃番思闷线多放刀衎";
/// Surnames that are far more often conjunctions or particles: shape alone never proves them (和日志).
const WEAK_SURNAMES: &str = "和从都原以同及与平智种公锁密蜂磨木过代秧务表化蒿青陕义母但排冒沃茶";
/// Weak surnames that are everyday words' characters but never particles or conjunctions (公示, 门锁, 密切, 蜂蜜,
/// 磨坊, 木材, 化肥, 蒿草): right after a relation word they are surnames (配偶密四妹, 公公蜂阿四).
const NOUN_SURNAMES: &str = "公锁密蜂磨木秧务化蒿青陕义";
/// Given-name characters that are also among the most frequent characters of ordinary text: a name
/// proven only by its shape or a weak cue may not be made of them (段大小, 于生成, 和定义).
const COMMON: &str = "大小一天中正文明生成长新可发达全学立和安国民家日月水山石白光先世如方心力太乐叶利信义礼相尚官范允今田友材金银子语若依思京基容承保原星东江河风雨云阳士广卫兵万千同关名时行动作用现实开出入上下前后内外";
/// First characters of the time and manner words among the verb cues (长年, 长期, 常年, 平时, 一直, 目前, 多次):
/// such a word right after a two-character name is not the name's third character.
const TIME_HEADS: &str = "长常平一目多";
/// Verbs and adverbs that follow a two-character name (吴颖随老人, 耿丹暂住, 那丹读初二, 管梅确系, 万里已出嫁,
/// 孙桂彬向村委会): never taken as a rarer third character of the name before them.
const NOT_LAST: &str = "随暂读确联一已向";
/// Particles that follow a name directly (袁福来在外, 雷锡九已, 吕勇于; Cantonese 喺, at): after one, a name has
/// ended.
const VERB_PARTICLES: &str = "在已于因现系患喺";
/// One-character kin words that introduce a name when they open a clause (女佘桂香考入…, 子仇伟患…).
const KIN: &str = "子女妻夫父母兄弟姐妹侄嫂哥";
/// After a given name ending in 妹 or 弟, what makes it a kin word going on instead (妹妹, 弟媳, 妹夫, 姐妹们).
const KIN_GOES_ON: &str = "妹弟媳夫们";
/// Conjunctions that follow a name only when a relation word comes next (王芳和妻子, 李四与其子, 伍文随叔叔生活).
const POST_CONJ: &str = "和与及同随跟";
/// Separators between the items of an enumeration of names.
const LIST_SEPARATORS: &str = "、，,/／；;和与及";
/// Characters allowed after a relation word before the name (户主：张三, 户主 张三).
const AFTER_RELATION: &str = "：: \u{3000}\t（(【[-－—“「『\"";
/// Characters of Yi names (吉木日体, 马海阿果): with TRANSLIT they let a name without a Han surname run on after a
/// relation word. Not used for dotted names, where several of them (地, 子, 体, 支) would run into the word after
/// the name (买买提地址).
const YI: &str = "体火呷马作果曲石者地黑子支伍各觉惹莫且嫫几铁色日依则";
/// Particles and verbs' characters that stand between a name and a place's level, never inside the place's name
/// (苏启佳在杏坛镇打零工, 其子张伟在乡政府上班): `opens_place_name` and `runs_into_office` stop at them.
const NOT_IN_PLACE: &str = "在于到去往从的是和与及向为住考现回进找";
/// A town's or a city's area as a place of work after a name (其女李娜市区上班): the name ends before it.
const TOWN_AREAS: [&str; 7] = ["市区", "市里", "市内", "县里", "区里", "省城", "城区"];

/// Characters of Yi given names besides [`YI`] (吉伍么么, 阿西木机, 阿尔约布, 日火阿呷莫): name-like after a Yi
/// family name only.
const YI_GIVEN: &str = "么木机约布尔阿牛衣拉格沙史";
/// Nickname prefixes of Tibetan names (小丹巴, 大格桑, 老贡嘎; 尕藏 is a syllable of its own).
const TIBETAN_PREFIX: &str = "小大老";
/// Last characters of offices and banks (民政局, 卫生院, 农信社, 建行): a name next to a number is not made of them.
const OFFICE_CHARS: &str = "局院所站办队会处科室部厅社行";
/// Middle-dot variants used in minority names.
const DOTS: &str = crate::mask::NAME_DOTS;
/// The characters an Amdo name may close on after its syllables (拉毛草, 索加措).
const TIBETAN_LAST: &str = "措草吉毛姆珍嘎加杰";
/// Characters used in transliterated minority and foreign names (Uyghur, Kazakh, Hui, Tibetan,
/// Mongolian, Russian); a dotted name extends over these only. (Tibetan 益西, 泽仁, 降央, 旺堆, 曲珍, 才让 and
/// Khampa 呷绒 from set V.)
const TRANSLIT: &str = "乐莫孟腾牙生班坦旺贡杰额敦布和特勒宝音达赉楞钦嘎琴毕根排孜热阿卜杜拉买提艾力吐尔逊古丽米不都热依木明汗山努兰哈森洪托合帕孜克吾迪卡德麦吉伊沙甫叶加达列库曼巴肯玛塔斯再肉江尼亚祖皮娜海日索萨玉苏普夏莱穆罕默赛福丁乌满乃则尤素衣图其格勒呼朝鲁敖道扎西卓次仁旦增央宗桑平措姆洛多顿珠安万诺娃凡彼得罗夫娅莎琳妮科维奇拜赫法蒂西瓦喀什尕约农谢英纳茹兹奥贝特芭雅瑞莉妲蕾琪帕夏比拉曼胡赛因纳孜斯坎别克保阔加尔汗守耶来里舍送菲然荪如先义土呷绒泽益旺堆珍彭降让佐乙白宰";

/// Characters that follow a name and make a word with its last character now and then (王建国家中, 李明天天,
/// 张伟在): after a name they are read as what follows it.
const AFTER_NAME: &str = "家在于说是的和等已因也都将把被向去来到为与同及跟随让给代曾未不患病住任系天";

/// Characters of words of time or manner that follow a kin word where a given name could (儿子常年在外, 女儿平时
/// 在家, 其夫早亡).
/// (其子留守在家, 其子孝顺, 其子长大, 其子健康, 其子中秋在家: words of what they do or are.)
const TIME_OR_MANNER: &str = "年时期后前今昨明早晚常平直现已曾正刚全自本同均另再先终始节假末留守孝健善顺康寿清长中";

/// Words of time that open with a surname's character (全天陪护, 白天照看, 其子全日照看): no name.
const TIME_WORDS: [[char; 2]; 14] = [
    ['全', '天'],
    ['全', '日'],
    ['整', '天'],
    ['整', '日'],
    ['每', '天'],
    ['每', '日'],
    ['成', '天'],
    ['终', '日'],
    ['当', '天'],
    ['白', '天'],
    ['白', '日'],
    ['全', '年'],
    ['常', '年'],
    ['长', '年'],
];

/// Transliteration characters read only in a part joined by a dot (see `dotted_candidates`).
const TRANSLIT_BY_DOT: &str = "且地外居敏美马司利";

/// Longest part of a Uyghur or Kazakh name in [turkic_given] (胡达拜尔迪).
const TURKIC_MAX: usize = 6;

/// Why a span was taken for a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// The text equals a name seen in a name column.
    Known,
    /// A relation or role word (其子, 户主, 姓名：) introduces it.
    Relation,
    /// A minority name written with a middle dot.
    Dotted,
    /// An enumeration, a cue word, a name-shaped span standing apart, or the whole cell.
    Context,
    /// A nickname the text says is someone's (铁蛋（申立伟小名）, 二娃他爹): it has no surname to keep.
    Nickname,
}

/// A text with the spaces between two Han characters taken out (`王 新民` → `王新民`), and where each of its
/// characters stood in the original.
struct Spaced {
    text: String,
    /// Byte offsets, in `text`, of its characters.
    at: Vec<usize>,
    /// For each character of `text`: its start and end in the original.
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// Character indices of `text` before which spaces were taken out.
    gaps: Vec<usize>,
}

impl Spaced {
    /// One or two ASCII spaces, or one ideographic space, between Han characters: what pads a name. (More, or
    /// two ideographic spaces, set fields apart: 公示人：舒碧　　南大街社区.) Only the gaps whose number `take`
    /// accepts are taken out; `None` when none is.
    fn of(text: &str, take: impl Fn(usize) -> bool) -> Option<Spaced> {
        if !text.contains([' ', '\u{3000}']) {
            return None;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let space = |c: char| c == ' ' || c == '\u{3000}';
        let mut sp =
            Spaced { text: String::new(), at: Vec::new(), starts: Vec::new(), ends: Vec::new(), gaps: Vec::new() };
        let (mut k, mut seen) = (0, 0);
        while k < chars.len() {
            let (b, c) = chars[k];
            if space(c) && k > 0 && is_han(chars[k - 1].1) {
                let run = chars[k..].iter().take_while(|x| space(x.1)).count();
                let pad = run == 1 || (run == 2 && chars[k].1 == ' ' && chars[k + 1].1 == ' ');
                if pad && chars.get(k + run).is_some_and(|x| is_han(x.1)) {
                    seen += 1;
                    if take(seen - 1) {
                        sp.gaps.push(sp.starts.len());
                        k += run;
                        continue;
                    }
                }
            }
            sp.at.push(sp.text.len());
            sp.text.push(c);
            sp.starts.push(b);
            sp.ends.push(b + c.len_utf8());
            k += 1;
        }
        if sp.gaps.is_empty() {
            return None;
        }
        sp.at.push(sp.text.len());
        Some(sp)
    }

    /// The character index of a byte offset of `text` (a character boundary).
    fn char_at(&self, byte: usize) -> usize {
        self.at.partition_point(|&b| b < byte)
    }
}

/// A detected name: byte offsets into the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    pub evidence: Evidence,
}

/// Full names collected from name columns; kept as plain hash sets so a million names stay cheap.
#[derive(Default, Clone)]
pub struct KnownNames {
    /// Names of up to four characters, packed (`pack_name`): no pointer to follow and no bytes to compare
    /// on a lookup, which the scan of every text cell makes at most positions of a name's first two chars.
    short: HashSet<u128, FxBuild>,
    /// Longer names (dotted minority names, compound surnames with long given names).
    long: HashSet<String, FxBuild>,
    /// First characters of every name, as a bitmap: asked at every character of every text cell.
    first_chars: CharBits,
    /// First two characters of every name: rules out almost every position with one lookup.
    pairs: HashSet<u64, FxBuild>,
    /// Name lengths present (in chars), longest first.
    lens: Vec<usize>,
    max_chars: usize,
    /// Names of people under 18 (by the ID in their row): hidden whole wherever they appear in text.
    minors: HashSet<String, FxBuild>,
    /// How many rows give each (institution, landline digits) as an institution's phone (see
    /// `Masker::institution_phone`): a number shared by its residents is the institution's own.
    institution_phones: std::collections::HashMap<PhoneKey, u32, FxBuild>,
    /// The people (the name cells beside the number) each (institution, landline digits) is given for: a
    /// number only one or two people give, on however many rows (a work-order log lists one person many
    /// times), is theirs, not the institution's.
    institution_phone_people: std::collections::HashMap<PhoneKey, HashSet<Box<str>, FxBuild>, FxBuild>,
    /// Landline digits printed beside an institution's name in a phone column (福利院（0953-8159736）): the
    /// institution's own number, public wherever it is given.
    institution_landlines: HashSet<Box<str>, FxBuild>,
    /// Landline digits given for a contact who is the home itself (监护人 本院 | 0739-8262118): the home's own
    /// number, unless some row gives it for a person too ([`KnownNames::add_person_landline`]).
    home_landlines: HashSet<Box<str>, FxBuild>,
    /// Landline digits given beside a person's name in a phone column.
    person_landlines: HashSet<Box<str>, FxBuild>,
    /// The two-character given names of the names held (一诺 of 王一诺, 淑琴 of 欧阳淑琴), as pair keys, and their
    /// first characters: a remark calls a child or a holder by the given name alone (一诺的母亲…, 户主兴旺小时候…).
    given_pairs: HashSet<u64, FxBuild>,
    given_first: CharBits,
}

/// A name of up to four characters as one key, middle-dot variants made equal; None for longer names.
fn pack_name(name: impl Iterator<Item = char>) -> Option<u128> {
    let mut cs = ['\0'; 4];
    let mut n = 0;
    for c in name {
        if n == 4 {
            return None;
        }
        cs[n] = if SETS.dots.has(c) { '·' } else { c };
        n += 1;
    }
    Some(pack(&cs[..n]))
}

fn pair_key(a: char, b: char) -> u64 {
    let norm = |c: char| if SETS.dots.has(c) { '·' } else { c };
    (u64::from(norm(a) as u32) << 32) | u64::from(norm(b) as u32)
}

/// A set of characters as a bitmap that grows to the largest character put in (no limit on the plane, so a
/// name's rare first character is never lost).
#[derive(Default, Clone)]
struct CharBits {
    bits: Vec<u64>,
}

impl CharBits {
    fn insert(&mut self, c: char) {
        let u = c as usize;
        if self.bits.len() <= u / 64 {
            self.bits.resize(u / 64 + 1, 0);
        }
        self.bits[u / 64] |= 1 << (u % 64);
    }

    #[inline]
    fn has(&self, c: char) -> bool {
        let u = c as usize;
        self.bits.get(u / 64).is_some_and(|&b| b & (1 << (u % 64)) != 0)
    }

    fn union(&mut self, other: &CharBits) {
        if self.bits.len() < other.bits.len() {
            self.bits.resize(other.bits.len(), 0);
        }
        self.bits.iter_mut().zip(&other.bits).for_each(|(a, b)| *a |= b);
    }
}

/// The other ways text writes a name typed with spaces (姚　涛 in the name column is 姚涛 or 姚 涛 in a
/// remark, 王 小明 is 王小明): the name without its spaces and, for two characters, padded either way. Empty for
/// a name without spaces.
fn other_spellings(name: &str) -> Vec<String> {
    if !name.chars().any(char::is_whitespace) {
        return Vec::new();
    }
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = match compact.chars().collect::<Vec<_>>()[..] {
        [a, b] => vec![format!("{a}\u{3000}{b}"), format!("{a} {b}")],
        _ => Vec::new(),
    };
    out.push(compact);
    out
}

/// (institution, landline digits).
type PhoneKey = (Box<str>, Box<str>);

impl KnownNames {
    /// Adds a name; values shorter than two characters are ignored because they would match everywhere.
    pub fn insert(&mut self, name: &str) {
        let name = name.trim();
        for other in other_spellings(name) {
            self.insert_one(&other);
        }
        self.insert_one(name);
    }

    fn insert_one(&mut self, name: &str) {
        // Most rows repeat a name already held (a roster lists each person once, but names recur).
        if self.contains(name) {
            return;
        }
        let count = name.chars().count();
        let Some(first) = name.chars().next() else {
            return;
        };
        if count < 2 {
            return;
        }
        self.first_chars.insert(first);
        if let Some(second) = name.chars().nth(1) {
            self.pairs.insert(pair_key(first, second));
        }
        if !self.lens.contains(&count) {
            self.lens.push(count);
            self.lens.sort_unstable_by(|a, b| b.cmp(a));
        }
        self.max_chars = self.max_chars.max(count);
        // (A surname of one character and a given name of two, or a compound one and two: 王一诺, 欧阳淑琴.)
        // (Read from the end, with no allocation: a million names pass here.)
        let mut last = name.chars().rev();
        if (3..=4).contains(&count)
            && name.chars().all(is_han)
            && let (Some(b), Some(a)) = (last.next(), last.next())
        {
            self.given_pairs.insert(pair_key(a, b));
            self.given_first.insert(a);
        }
        match pack_name(name.chars()) {
            Some(key) => {
                self.short.insert(key);
            }
            None => {
                self.long.insert(normalize_dots(name).into_owned());
            }
        }
    }

    /// Adds the name of a minor: held like any name, and marked so text shows none of it.
    pub fn insert_minor(&mut self, name: &str) {
        self.insert(name);
        let name = normalize_dots(name.trim());
        if name.chars().count() >= 2 {
            self.minors.extend(other_spellings(&name));
            self.minors.insert(name.into_owned());
        }
    }

    /// Adds every name and institution phone count of `other` (a set built from another part of the file):
    /// the result is the same whatever order the parts are merged in.
    pub fn merge(&mut self, other: KnownNames) {
        self.short.extend(other.short);
        self.long.extend(other.long);
        self.first_chars.union(&other.first_chars);
        self.pairs.extend(other.pairs);
        for n in other.lens {
            if !self.lens.contains(&n) {
                self.lens.push(n);
            }
        }
        self.lens.sort_unstable_by(|a, b| b.cmp(a));
        self.max_chars = self.max_chars.max(other.max_chars);
        self.minors.extend(other.minors);
        for (k, n) in other.institution_phones {
            *self.institution_phones.entry(k).or_default() += n;
        }
        for (k, people) in other.institution_phone_people {
            self.institution_phone_people.entry(k).or_default().extend(people);
        }
        self.institution_landlines.extend(other.institution_landlines);
        self.home_landlines.extend(other.home_landlines);
        self.person_landlines.extend(other.person_landlines);
        self.given_pairs.extend(other.given_pairs);
        self.given_first.union(&other.given_first);
    }

    /// Whether `s` is the name of a minor.
    pub fn is_minor(&self, s: &str) -> bool {
        !self.minors.is_empty() && self.minors.contains(normalize_dots(s).as_ref())
    }

    /// Counts one row giving `landline` (its digits) as the phone of `institution`, beside the name cell
    /// `person`.
    pub fn add_institution_phone(&mut self, institution: &str, landline: &str, person: &str) {
        let key: (Box<str>, Box<str>) = (institution.trim().into(), landline.into());
        // (李明, 李 明, 李明（户主）: one person, by the Han characters the cell opens with; a blank cell is no
        // one.)
        let person: String = person.chars().filter(|c| !c.is_whitespace()).take_while(|&c| is_han(c)).collect();
        if !person.is_empty() {
            self.institution_phone_people.entry(key.clone()).or_default().insert(person.into());
        }
        *self.institution_phones.entry(key).or_default() += 1;
    }

    /// Records landline digits printed beside an institution's name.
    pub fn add_institution_landline(&mut self, landline: &str) {
        self.institution_landlines.insert(landline.into());
    }

    /// Records landline digits given for a contact who is the home itself (本院).
    pub fn add_home_landline(&mut self, landline: &str) {
        self.home_landlines.insert(landline.into());
    }

    /// Records landline digits given beside a person's name: never the home's alone.
    pub fn add_person_landline(&mut self, landline: &str) {
        self.person_landlines.insert(landline.into());
    }

    /// Whether `landline` (digits) was printed beside an institution's name somewhere in the file, or given
    /// for the home itself and for no person.
    pub fn is_institution_landline(&self, landline: &str) -> bool {
        self.institution_landlines.contains(landline)
            || (self.home_landlines.contains(landline) && !self.person_landlines.contains(landline))
    }

    /// Whether any row gave an institution's phone.
    pub fn has_institution_phones(&self) -> bool {
        !self.institution_phones.is_empty() || !self.institution_landlines.is_empty() || !self.home_landlines.is_empty()
    }

    /// How many different people give `landline` beside `institution` (see
    /// [`KnownNames::shared_institution_phone`]).
    pub fn institution_phone_people(&self, institution: &str, landline: &str) -> usize {
        self.institution_phone_people.get(&(Box::from(institution.trim()), Box::from(landline))).map_or(0, |p| p.len())
    }

    /// Whether two or more rows give `landline` as the phone of `institution`, or of institutions written two
    /// ways (宁强县大安镇敬老院 in one row, 敬老院 in another).
    pub fn shared_institution_phone(&self, institution: &str, landline: &str) -> bool {
        // (Only a cell that is the institution alone counts across spellings: 敬老院护工王丽 and 王强（敬老院）
        // name people.)
        let same = self.institution_phones.get(&(Box::from(institution.trim()), Box::from(landline)));
        same.is_some_and(|&n| n >= 2)
            || (same.is_some()
                && bare_institution(institution)
                && self
                    .institution_phones
                    .iter()
                    .filter(|((i, l), _)| **l == *landline && bare_institution(i))
                    .map(|(_, &n)| n)
                    .sum::<u32>()
                    >= 2)
    }

    /// Number of distinct names held.
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// Whether no name is held.
    pub fn is_empty(&self) -> bool {
        self.short.is_empty() && self.long.is_empty()
    }

    /// As `contains`, for a name given as its characters (and its text, read only for a long name).
    fn contains_chars<'a>(&self, chars: &[char], text: impl FnOnce() -> &'a str) -> bool {
        match pack_name(chars.iter().copied()) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(normalize_dots(text()).as_ref()),
        }
    }

    /// Whether `s` is a held name (middle-dot variants compare equal).
    pub fn contains(&self, s: &str) -> bool {
        match pack_name(s.chars()) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(normalize_dots(s).as_ref()),
        }
    }
}

/// Replaces the candidates of `rank` that overlap by their unions.
fn merge_overlapping(cands: &mut Vec<(Rank, usize, usize)>, rank: Rank) {
    let mut spans: Vec<(usize, usize)> = cands.iter().filter(|c| c.0 == rank).map(|c| (c.1, c.2)).collect();
    if spans.len() < 2 {
        return;
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    cands.retain(|c| c.0 != rank);
    cands.extend(merged.into_iter().map(|(s, e)| (rank, s, e)));
}

/// Rewrites every middle-dot variant to U+00B7 so 阿卜杜拉•买买提 and 阿卜杜拉·买买提 are one name.
fn normalize_dots(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| SETS.dots.has(c)) {
        Cow::Owned(s.chars().map(|c| if SETS.dots.has(c) { '·' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// What a pattern of [`NameDetector::context_words`] is.
#[derive(Clone, Copy)]
enum Tag {
    Lexicon,
    Relation,
    /// A cue word, with its `CUE_*` bit.
    Cue(u8),
}

/// What a shop does with phones, after 手机 in its name (手机维修店, 手机专卖): see the cue pass in `context`.
const HANDSET_TRADES: [[char; 2]; 6] =
    [['维', '修'], ['专', '卖'], ['卖', '场'], ['配', '件'], ['贴', '膜'], ['回', '收']];

/// Detects person names; built once from dictionaries and shared across threads.
pub struct NameDetector {
    surnames: CharSet,
    /// The most frequent 200 surnames (the list's head, which is ordered by frequency).
    frequent_surnames: CharSet,
    /// The most frequent 60 surnames, which a shop is named after with one more character (陈杰农资门市部).
    top_surnames: CharSet,
    compounds: HashSet<u128, FxBuild>,
    /// Everyday words that are names right after a relation word (`word_names.txt`: 华夏, 夏天).
    word_names: HashSet<u128, FxBuild>,
    /// Two-character everyday words (`common_words.txt`: 体检, 夫妇), as `pair_key`s.
    common_pairs: HashSet<u64, FxBuild>,
    /// Given names that are everyday words (`cues.toml` [word_given]: 和平, 红旗).
    word_given: HashSet<u128, FxBuild>,
    /// Yi family names (`cues.toml` [yi_clans]), packed, and their first characters (one bit test rules out
    /// most positions).
    yi_clans: HashSet<u128, FxBuild>,
    yi_first: CharSet,
    /// Tibetan name syllables (`cues.toml` [tibetan_syllables]), packed, and their first characters.
    tibetan: HashSet<u128, FxBuild>,
    tibetan_first: CharSet,
    /// Mongolian and Hui given names (`cues.toml` [mongolian_given], [hui_given]), packed, and their first
    /// characters.
    listed_given: HashSet<u128, FxBuild>,
    listed_given_first: CharSet,
    /// Parts of Uyghur and Kazakh names (`cues.toml` [turkic_given]), two to six characters, and their first
    /// characters.
    turkic: HashSet<Box<[char]>, FxBuild>,
    turkic_first: CharSet,
    /// First characters of compound surnames: most positions are ruled out by one bit test.
    compound_first: CharSet,
    compound_lens: Vec<usize>,
    given: CharSet,
    translit: CharSet,
    /// TRANSLIT and YI: what a name with no Han surname is made of after a relation word.
    name_run: CharSet,
    /// Relation words, leftmost-longest: what starts a name cell's part (其子毛浩树).
    relations: AhoCorasick,
    /// The lexicon, the relation words and the post, weak-post and verb cue words in one overlapping
    /// automaton, so a remark is read once for all three; `context_tags` holds what each pattern is.
    /// (The DFA type itself, not behind `AhoCorasick`'s dynamic dispatch: it is searched in every remark.)
    context_words: aho_corasick::dfa::DFA,
    context_tags: Vec<Tag>,
    frame_pre: Vec<Vec<char>>,
    /// What a person owns, after 的 (`cues.toml` [owned]).
    owned: Vec<Vec<char>>,
    /// Cities and counties, packed (`cues.toml` [places]): no owner after 在/到/去/从.
    places: HashSet<u128, FxBuild>,
    /// Notes on a member in a family cell, packed (`cues.toml` [member_notes]: 务农, 退休).
    member_notes: HashSet<u128, FxBuild>,
    strong_pre_cues: Vec<Vec<char>>,
    /// Last chars of the pre cues: cheap rejection per position.
    pre_cue_last: CharSet,
}

/// Where a candidate came from; lower ranks win when candidates overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Known,
    Dotted,
    Bare,
    Relation,
    Nickname,
    List,
    Cue,
    Shape,
}

impl Rank {
    fn evidence(self) -> Evidence {
        match self {
            Rank::Known => Evidence::Known,
            Rank::Dotted => Evidence::Dotted,
            Rank::Relation => Evidence::Relation,
            Rank::Nickname => Evidence::Nickname,
            Rank::Bare | Rank::List | Rank::Cue | Rank::Shape => Evidence::Context,
        }
    }
}

/// How sure the left context is, which decides how much the given name must prove by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// After a relation word: the first given character may be outside `given_chars.txt`.
    Loose,
    /// Every given character must be a common given-name character.
    Strict,
}

/// Surname lengths possible at a position, longest first.
#[derive(Clone, Copy)]
struct Lens {
    buf: [usize; 4],
    n: usize,
}

impl Lens {
    fn is_empty(&self) -> bool {
        self.n == 0
    }
}

impl IntoIterator for Lens {
    type Item = usize;
    type IntoIter = std::iter::Take<std::array::IntoIter<usize, 4>>;
    fn into_iter(self) -> Self::IntoIter {
        self.buf.into_iter().take(self.n)
    }
}

/// Per-text precomputation, indexed by char position. Its buffers are reused per thread (`CTX_POOL`): a
/// remark column calls the detector once per cell.
#[derive(Default)]
struct Ctx {
    chars: Vec<char>,
    /// Byte offset of each char, plus the text length at the end.
    starts: Vec<usize>,
    /// Largest end (char index) of a lexicon word starting at each char; 0 when none.
    lex_end: Vec<usize>,
    /// The char lies inside a lexicon word that started before it.
    covered_before: Vec<bool>,
    /// The char lies inside some lexicon word.
    covered: Vec<bool>,
    /// A relation word (and optional colon or space) ends right before this char.
    rel_end: Vec<bool>,
    /// A relation word starts at this char.
    rel_start: Vec<bool>,
    /// Which cue words start at each char (`CUE_*` bits, one more slot for the end): the cue tests run many
    /// times per char, so they are answered once here.
    cues: Vec<u8>,
    /// Relation words found in the text, (start, end) in chars, before they are read leftmost-longest.
    rels: Vec<(usize, usize)>,
    /// `extent_after` at each char (and the end), strict then loose, once asked (see `find`).
    extents: [Vec<std::cell::Cell<Option<Option<usize>>>>; 2],
    /// Chars taken by a name (`find`'s own buffer, kept here to be reused).
    taken: Vec<bool>,
    /// The text holds a 、 (a list `name_lists` may read), found while its chars are read.
    has_list_mark: bool,
}

impl Ctx {
    /// Whether a relation word of two characters or more ends right before `i`, even one a longer word overlapping
    /// it carried on (孙女|子涵, read 孙女子 when the words are chosen).
    fn kin_word_ends_at(&self, i: usize) -> bool {
        self.rels.iter().any(|&(s, e)| e == i && s + 2 <= e)
    }

    /// The character positions of a span found earlier (byte offsets into the text); None for a span that does
    /// not start and end on a character, which no pass produces.
    fn span_of(&self, sp: &NameSpan) -> Option<(usize, usize)> {
        Some((self.starts.binary_search(&sp.start).ok()?, self.starts.binary_search(&sp.end).ok()?))
    }
}

const CUE_POST: u8 = 1;
const CUE_WEAK: u8 = 2;
const CUE_VERB: u8 = 4;

thread_local! {
    static CTX_POOL: std::cell::RefCell<Option<Ctx>> = const { std::cell::RefCell::new(None) };
}

/// Whether the name at `start..end` of `text` is a childhood name by the text's own label: after 乳名, 小名,
/// 外号 or 绰号 (with 叫, 是 or a colon), or right before （小名）.
fn labelled_nickname(text: &str, start: usize, end: usize) -> bool {
    const LABELS: [&str; 4] = ["小名", "乳名", "外号", "绰号"];
    let before = &text[..start];
    let before = before.strip_suffix(['“', '「', '『', '"', '‘']).unwrap_or(before);
    let before = before.strip_suffix(['叫', '是', '为', '：', ':']).unwrap_or(before);
    let after = text[end..].strip_prefix(['（', '(']).unwrap_or("");
    LABELS.iter().any(|l| before.ends_with(l) || (after.starts_with(l) && after[l.len()..].starts_with(['）', ')'])))
}

/// Hands a context's buffers back for the next text on this thread.
fn recycle(ctx: Ctx) {
    CTX_POOL.with(|p| *p.borrow_mut() = Some(ctx));
}

fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(n, l)| (n + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// An institution's name alone (宁强县大安镇敬老院, 宜宾市救助管理站): it ends with the institution's word and holds
/// no note, list or space (敬老院护工王丽, 王强（敬老院） name people).
pub fn bare_institution(s: &str) -> bool {
    let s = s.trim();
    !s.contains(['（', '(', '，', ',', ' ', '、'])
        && ["院", "中心", "站", "所", "局", "办", "委会", "委员会", "公寓", "之家", "政府"]
            .iter()
            .any(|w| s.ends_with(w))
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// A set of characters as a bitmap over the BMP and the CJK extension planes: one lookup is a shift
/// and a mask, which matters because the detector asks several times per character of every remark.
#[derive(Clone)]
pub(crate) struct CharSet {
    bits: Vec<u64>,
}

const CHARSET_LIMIT: u32 = 0x3_0000;

impl CharSet {
    fn new() -> Self {
        CharSet { bits: vec![0; (CHARSET_LIMIT / 64) as usize] }
    }

    fn of(s: &str) -> Self {
        let mut set = Self::new();
        s.chars().for_each(|c| set.insert(c));
        set
    }

    fn insert(&mut self, c: char) {
        let u = c as u32;
        if u < CHARSET_LIMIT {
            self.bits[(u / 64) as usize] |= 1 << (u % 64);
        }
    }

    #[inline]
    fn has(&self, c: char) -> bool {
        let u = c as u32;
        u < CHARSET_LIMIT && self.bits[(u / 64) as usize] & (1 << (u % 64)) != 0
    }

    fn is_empty(&self) -> bool {
        self.bits.iter().all(|&b| b == 0)
    }
}

/// The constant character classes above, as bitmaps built once.
struct Sets {
    stop: CharSet,
    numerals: CharSet,
    anon: CharSet,
    place: CharSet,
    function_prefix: CharSet,
    weak_pre_cues: CharSet,
    post_conj: CharSet,
    list_separators: CharSet,
    after_relation: CharSet,
    dots: CharSet,
    common: CharSet,
    weak_surnames: CharSet,
    kin: CharSet,
}

static SETS: LazyLock<Sets> = LazyLock::new(|| Sets {
    stop: CharSet::of(STOP),
    numerals: CharSet::of(NUMERALS),
    anon: CharSet::of(ANON),
    place: CharSet::of(PLACE),
    function_prefix: CharSet::of(FUNCTION_PREFIX),
    weak_pre_cues: CharSet::of(WEAK_PRE_CUES),
    post_conj: CharSet::of(POST_CONJ),
    list_separators: CharSet::of(LIST_SEPARATORS),
    after_relation: CharSet::of(AFTER_RELATION),
    dots: CharSet::of(DOTS),
    common: CharSet::of(COMMON),
    weak_surnames: CharSet::of(WEAK_SURNAMES),
    kin: CharSet::of(KIN),
});

/// FxHash (as in rustc): much faster than SipHash for the short keys here; the keys are not
/// attacker-chosen in a way that matters (a slow roster is the worst a crafted input can do).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn write_u128(&mut self, i: u128) {
        // A packed name's characters sit in both halves: a folded multiply mixes every bit of both into
        // the word added (FxHash alone leaves the low bits of the hash to the last character only).
        let m = u128::from(i as u64 ^ self.0) * u128::from((i >> 64) as u64 ^ 0x9e37_79b9_7f4a_7c15);
        self.add(m as u64 ^ (m >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        // The multiply leaves its best-mixed bits at the top; hash tables index by the low ones.
        self.0.rotate_left(26)
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FxBuild = BuildHasherDefault<FxHasher>;

/// Packs up to 4 chars into one key (21 bits each).
fn pack(cs: &[char]) -> u128 {
    cs.iter().fold(0u128, |k, &c| (k << 21) | u128::from(c as u32)) | ((cs.len() as u128) << 100)
}

fn to_chars(words: &[String]) -> Vec<Vec<char>> {
    words.iter().map(|w| w.chars().collect()).collect()
}

/// The name dictionaries as texts, in the formats of `patterns/names/`.
#[derive(Clone, Copy)]
pub struct NameTexts<'a> {
    pub surnames: &'a str,
    pub compound: &'a str,
    pub given: &'a str,
    pub relations: &'a str,
    pub not_names: &'a str,
    /// `common_words.txt`: two-character everyday words.
    pub common_words: &'a str,
    pub word_names: &'a str,
    /// `cues.toml`.
    pub cues: &'a str,
    /// `health_terms.txt`: a diagnosis right after a name is what the person has, as a verb cue would be
    /// (黄友元听力残疾, 老伴泽旺邓珠尿毒症).
    pub health: &'a str,
}

impl NameTexts<'static> {
    /// The embedded dictionaries.
    pub const BUILTIN: NameTexts<'static> = NameTexts {
        surnames: SURNAMES_TXT,
        compound: COMPOUND_TXT,
        given: GIVEN_TXT,
        relations: RELATIONS_TXT,
        not_names: NOT_NAMES_TXT,
        common_words: COMMON_WORDS_TXT,
        word_names: WORD_NAMES_TXT,
        cues: CUES_TXT,
        health: HEALTH_TXT,
    };
}

/// `cues.toml`: the words around a name in free text, by the part they play.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    /// Words that introduce a name with moderate confidence (经核查赵国强隐瞒收入).
    strong_pre: CueGroup,
    /// Words that set a name apart on its left only for a verb cue after it (据魏丽介绍).
    frame_pre: CueGroup,
    /// Words that follow a name and rarely anything else (王芳户, 张三身份证…).
    post: CueGroup,
    /// Words that follow names but also ordinary words (因, 已, 在): the name must also stand apart.
    weak_post: CueGroup,
    /// What a person does as the subject of a clause (刘琳同意调整, 仇招娣外出务工).
    verb_post: CueGroup,
    /// What a person owns, after 的 (在高引弟的厂里, 李琴的小卖部): the owner's name before it.
    owned: CueGroup,
    /// Cities and counties that read as a surname and a given name (安顺, 常德, 石家庄): after a word of going
    /// (在安顺的工地) they are the place, not an owner.
    places: CueGroup,
    /// What a family cell notes beside a member (务农, 退休, 学龄前): no name, though it has no separator from
    /// the names (孙全林 孩儿他爹 54岁 务农).
    member_notes: CueGroup,
    /// Two-character given names that are everyday words (和平, 红旗, 文化): after a listed surname, set apart
    /// on both sides, they make a three-character name (冯和平和杜秋菊都在外地).
    word_given: CueGroup,
    /// Yi (彝族) family names written in Han characters (吉克, 沙马, 倮伍): a name of four characters, the family
    /// name and a two-character given name, where it stands apart (其父阿苦依火在外).
    yi_clans: CueGroup,
    /// Two-character syllables of Tibetan names (扎西, 次仁, 卓玛): two of them in a row make a name of four
    /// characters where it stands apart (其弟仁青扎西外出, 泽仁罗布、贡布旺堆两户).
    tibetan_syllables: CueGroup,
    /// Mongolian given names (巴图, 额尔敦, 其木格): after a Han surname or alone, where the name stands apart
    /// (其兄胡满都拉为…, 其母哈斯其木格患…).
    mongolian_given: CueGroup,
    /// Hui given names from Arabic and Persian (舍里夫, 法图麦, 伊斯哈): the same way as the Mongolian ones
    /// (网格员虎舍里夫走访, 隐瞒丁伊斯哈在外务工收入).
    hui_given: CueGroup,
    /// Parts of Uyghur and Kazakh names (艾合买提, 米热古丽, 叶尔波拉提): two in a row, with or without a dot,
    /// are a name anywhere (老伴米热古丽艾合买提瘫在炕上); one of three characters or more where it stands apart.
    turkic_given: CueGroup,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CueGroup {
    words: Vec<String>,
    /// Remarks with names in [brackets] that the group helps find: run by a unit test.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    examples: Vec<String>,
    /// Remarks in which no name may be found: run by a unit test.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    not_examples: Vec<String>,
}

impl CueFile {
    fn groups(&self) -> [(&'static str, &CueGroup); 14] {
        [
            ("strong_pre", &self.strong_pre),
            ("frame_pre", &self.frame_pre),
            ("post", &self.post),
            ("weak_post", &self.weak_post),
            ("verb_post", &self.verb_post),
            ("owned", &self.owned),
            ("places", &self.places),
            ("member_notes", &self.member_notes),
            ("word_given", &self.word_given),
            ("yi_clans", &self.yi_clans),
            ("tibetan_syllables", &self.tibetan_syllables),
            ("mongolian_given", &self.mongolian_given),
            ("hui_given", &self.hui_given),
            ("turkic_given", &self.turkic_given),
        ]
    }
}

impl NameDetector {
    /// Built from the dictionaries embedded at compile time.
    pub fn builtin() -> Self {
        match Self::from_texts(&NameTexts::BUILTIN) {
            Ok(d) => d,
            // The embedded data is checked by the unit tests, so this cannot happen in a release.
            Err(e) => panic!("embedded name dictionaries are invalid: {e}"),
        }
    }

    /// Built from dictionary texts in the file formats, so users can override the embedded ones.
    pub fn from_texts(texts: &NameTexts) -> Result<Self, String> {
        let NameTexts { surnames, compound, given, relations, not_names, common_words, word_names, cues, health } =
            *texts;
        let single_han = |file: &str, n: usize, l: &str| -> Result<char, String> {
            let mut it = l.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if is_han(c) => Ok(c),
                _ => Err(format!("{file} line {n}: expected one Han character")),
            }
        };
        let mut surname_set = CharSet::new();
        let mut frequent_surnames = CharSet::new();
        let mut top_surnames = CharSet::new();
        for (k, (n, l)) in entries(surnames).enumerate() {
            let c = single_han("surnames", n, l)?;
            surname_set.insert(c);
            if k < 200 {
                frequent_surnames.insert(c);
            }
            if k < 60 {
                top_surnames.insert(c);
            }
        }
        if surname_set.is_empty() {
            return Err("surnames: no entries".into());
        }
        let mut compounds: HashSet<Vec<char>> = HashSet::new();
        for (n, l) in entries(compound) {
            let cs: Vec<char> = l.chars().collect();
            if !(2..=4).contains(&cs.len()) || !cs.iter().all(|&c| is_han(c)) {
                return Err(format!("compound_surnames line {n}: expected 2 to 4 Han characters"));
            }
            compounds.insert(cs);
        }
        let mut compound_lens: Vec<usize> = compounds.iter().map(Vec::len).collect();
        compound_lens.sort_unstable_by(|a, b| b.cmp(a));
        compound_lens.dedup();
        let mut given_set = CharSet::new();
        for (n, l) in entries(given) {
            given_set.insert(single_han("given_chars", n, l)?);
        }
        if given_set.is_empty() {
            return Err("given_chars: no entries".into());
        }
        let mut rel_words = Vec::new();
        for (n, l) in entries(relations) {
            if l.chars().count() > 12 {
                return Err(format!("relations line {n}: longer than 12 characters"));
            }
            rel_words.push(l);
        }
        if rel_words.is_empty() {
            return Err("relations: no entries".into());
        }
        let lex_words: Vec<&str> = entries(not_names)
            .map(|(_, l)| l)
            .filter(|l| {
                let count = l.chars().count();
                (2..=LEXICON_MAX_CHARS).contains(&count) && l.chars().all(is_han)
            })
            .collect();
        // DFAs: searched in every remark cell, they are worth their few MB (2-3x faster than the NFA).
        let relations = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&rel_words)
            .map_err(|e| format!("relations: {e}"))?;
        let cues: CueFile = toml::from_str(cues).map_err(|e| format!("cues.toml: {}", e.message()))?;
        for (group, g) in cues.groups() {
            if let Some(w) = g.words.iter().position(|w| w.is_empty() || w.chars().count() > 12) {
                return Err(format!("cues.toml: [{group}] word {}: expected 1 to 12 characters", w + 1));
            }
        }
        // Groups of two-character words, packed.
        let pairs = |group: &str, g: &CueGroup| -> Result<Vec<[char; 2]>, String> {
            let cs = g.words.iter().map(|w| w.chars().collect::<Vec<char>>());
            cs.enumerate()
                .map(|(k, cs)| match cs[..] {
                    [a, b] if is_han(a) && is_han(b) => Ok([a, b]),
                    _ => Err(format!("cues.toml: [{group}] word {}: expected 2 Han characters", k + 1)),
                })
                .collect()
        };
        let word_given: HashSet<u128, FxBuild> =
            pairs("word_given", &cues.word_given)?.iter().map(|p| pack(p)).collect();
        let yi_pairs = pairs("yi_clans", &cues.yi_clans)?;
        let yi_clans: HashSet<u128, FxBuild> = yi_pairs.iter().map(|p| pack(p)).collect();
        let mut yi_first = CharSet::new();
        yi_pairs.iter().for_each(|p| yi_first.insert(p[0]));
        let tibetan_pairs = pairs("tibetan_syllables", &cues.tibetan_syllables)?;
        let tibetan: HashSet<u128, FxBuild> = tibetan_pairs.iter().map(|p| pack(p)).collect();
        let mut tibetan_first = CharSet::new();
        tibetan_pairs.iter().for_each(|p| tibetan_first.insert(p[0]));
        let mut listed_given = HashSet::default();
        let mut listed_given_first = CharSet::new();
        for (group, g) in [("mongolian_given", &cues.mongolian_given), ("hui_given", &cues.hui_given)] {
            for (k, w) in g.words.iter().enumerate() {
                let cs: Vec<char> = w.chars().collect();
                if !(2..=4).contains(&cs.len()) || !cs.iter().all(|&c| is_han(c)) {
                    return Err(format!("cues.toml: [{group}] word {}: expected 2-4 Han characters", k + 1));
                }
                listed_given.insert(pack(&cs));
                listed_given_first.insert(cs[0]);
            }
        }
        let mut turkic: HashSet<Box<[char]>, FxBuild> = HashSet::default();
        let mut turkic_first = CharSet::new();
        for (k, w) in cues.turkic_given.words.iter().enumerate() {
            let cs: Vec<char> = w.chars().collect();
            if !(2..=TURKIC_MAX).contains(&cs.len()) || !cs.iter().all(|&c| is_han(c)) {
                return Err(format!(
                    "cues.toml: [turkic_given] word {}: expected 2-{TURKIC_MAX} Han characters",
                    k + 1
                ));
            }
            turkic_first.insert(cs[0]);
            turkic.insert(cs.into_boxed_slice());
        }
        let cue_lists =
            [(&cues.post.words, CUE_POST), (&cues.weak_post.words, CUE_WEAK), (&cues.verb_post.words, CUE_VERB)];
        let tagged = lex_words
            .iter()
            .map(|w| (*w, Tag::Lexicon))
            .chain(rel_words.iter().map(|w| (*w, Tag::Relation)))
            .chain(cue_lists.iter().flat_map(|(words, bit)| words.iter().map(|w| (w.as_str(), Tag::Cue(*bit)))))
            // (Terms of two characters or more: 瘫 alone also ends words, 瘫软.)
            .chain(
                crate::patterns::words(health)
                    .into_iter()
                    .filter(|w| w.chars().count() >= 2)
                    .map(|w| (w, Tag::Cue(CUE_VERB))),
            );
        let (context_patterns, context_tags): (Vec<&str>, Vec<Tag>) = tagged.unzip();
        let context_words = aho_corasick::dfa::DFA::builder()
            .prefilter(false)
            .match_kind(MatchKind::Standard)
            .build(&context_patterns)
            .map_err(|e| format!("not_names, relations or cue words: {e}"))?;
        let mut common_pairs: HashSet<u64, FxBuild> = HashSet::default();
        for (n, l) in entries(common_words) {
            match l.chars().collect::<Vec<char>>()[..] {
                [a, b] if is_han(a) && is_han(b) => common_pairs.insert(pair_key(a, b)),
                _ => return Err(format!("common_words line {n}: expected 2 Han characters")),
            };
        }
        let mut word_name_set = HashSet::default();
        for (n, l) in entries(word_names) {
            let cs: Vec<char> = l.chars().collect();
            if !(2..=4).contains(&cs.len()) || !cs.iter().all(|&c| is_han(c)) {
                return Err(format!("word_names line {n}: expected 2 to 4 Han characters"));
            }
            word_name_set.insert(pack(&cs));
        }
        let mut compound_first = CharSet::new();
        compounds.iter().filter_map(|c| c.first()).for_each(|&c| compound_first.insert(c));
        Ok(Self {
            surnames: surname_set,
            frequent_surnames,
            top_surnames,
            compounds: compounds.iter().map(|c| pack(c)).collect(),
            word_names: word_name_set,
            common_pairs,
            word_given,
            yi_clans,
            yi_first,
            tibetan,
            tibetan_first,
            listed_given,
            listed_given_first,
            turkic,
            turkic_first,
            compound_first,
            compound_lens,
            given: given_set,
            translit: CharSet::of(TRANSLIT),
            name_run: CharSet::of(&format!("{TRANSLIT}{YI}")),
            relations,
            context_words,
            context_tags,
            frame_pre: to_chars(&cues.frame_pre.words),
            owned: to_chars(&cues.owned.words),
            places: cues.places.words.iter().map(|w| pack(&w.chars().collect::<Vec<char>>())).collect(),
            member_notes: cues.member_notes.words.iter().map(|w| pack(&w.chars().collect::<Vec<char>>())).collect(),
            pre_cue_last: CharSet::of(
                &cues.strong_pre.words.iter().filter_map(|w| w.chars().last()).collect::<String>(),
            ),
            strong_pre_cues: to_chars(&cues.strong_pre.words),
        })
    }

    /// Finds person-name spans (byte offsets, sorted, non-overlapping); every occurrence of a known
    /// name is a hit regardless of context.
    pub fn find(&self, text: &str, known: &KnownNames) -> Vec<NameSpan> {
        let mut out = self.find_unspaced(text, known);
        // (腿脚残疾 夫 肖 光荣: spaces that part clauses too. Every gap taken out at once runs the clauses together,
        // so each is also taken out alone.)
        if let Some(spaced) = Spaced::of(text, |_| true) {
            self.spaced_names(&spaced, known, &mut out);
            let gaps = spaced.gaps.len();
            if gaps > 1 {
                for g in 0..gaps.min(8) {
                    if let Some(one) = Spaced::of(text, |k| k == g) {
                        self.spaced_names(&one, known, &mut out);
                    }
                }
            }
        }
        out
    }

    /// 户主王 新民, 配偶：刘　军, 欧阳 娜娜: a name typed with spaces inside, as name columns pad two characters to
    /// the width of three. The text is read again with the spaces between Han characters taken out; a name that
    /// spans one of them, four characters at most with two at most before it, is a name of the text (spaces and
    /// all). Not where the first reading found a name already (制表人：张军  日期：, 户主张伟 新增对象: the gap
    /// sets fields apart), nor where what follows the gap opens with a cue (户主 王 因病) or a word runs on past
    /// the name's end (姓名：王芳  民族：汉, 户主 王 月保障金).
    fn spaced_names(&self, spaced: &Spaced, known: &KnownNames, out: &mut Vec<NameSpan>) {
        let found = self.find_unspaced(&spaced.text, known);
        if found.is_empty() {
            return;
        }
        let ctx = self.context(&spaced.text);
        let n = ctx.chars.len();
        let before = out.len();
        let mut changed = false;
        for sp in found {
            let (s, e) = (spaced.char_at(sp.start), spaced.char_at(sp.end));
            let Some(&gap) = spaced.gaps.iter().find(|&&g| s < g && g < e) else {
                continue;
            };
            if gap - s > 2 || e - s > 4 || !ctx.chars[s..e].iter().all(|&c| is_han(c)) {
                continue;
            }
            let cue_after_gap =
                SETS.stop.has(ctx.chars[gap]) || self.post_cue_at(&ctx, gap) || self.verb_post_cue_at(&ctx, gap);
            let word_runs_on = e < n && self.holds_common_word(&ctx.chars[e - 1..e + 1]);
            let (start, end) = (spaced.starts[s], spaced.ends[e - 1]);
            let (gap_start, gap_end) = (spaced.starts[gap], spaced.ends[gap - 1]);
            // A name found already on one side of the gap gives way only to the whole it is part of: a compound
            // surname read as a name of two (欧阳 娜娜), a given name after a lone surname (马 牙古白), or a name of
            // two before one given character that a cue ends (其子郭东 升在外务工).
            let sl = self.surname_len(&spaced.text[sp.start..]);
            let surname_first = spaced.text[sp.start..sp.start + sl].chars().count() >= gap - s;
            let part = |o: &NameSpan| {
                (o.start == start && o.end == gap_end && (gap - s == 2 && surname_first))
                    || (o.start == gap_start && o.end == end && surname_first)
                    || (o.start == start
                        && o.end == gap_end
                        && e == gap + 1
                        && !one_of(chars!("男女"), ctx.chars[gap])
                        && (self.post_cue_at(&ctx, e) || self.verb_post_cue_at(&ctx, e)))
            };
            let overlapping: Vec<usize> =
                (0..out.len()).filter(|&k| out[k].start < end && start < out[k].end).collect();
            if cue_after_gap || word_runs_on || !overlapping.iter().all(|&k| part(&out[k])) {
                continue;
            }
            for k in overlapping.into_iter().rev() {
                out.remove(k);
                changed = true;
            }
            out.push(NameSpan { start, end, evidence: sp.evidence });
        }
        recycle(ctx);
        if out.len() != before || changed {
            out.sort_by_key(|s| s.start);
        }
    }

    fn find_unspaced(&self, text: &str, known: &KnownNames) -> Vec<NameSpan> {
        if text.is_empty() {
            return Vec::new();
        }
        let mut ctx = self.context(text);
        let n = ctx.chars.len();
        let mut cands: Vec<(Rank, usize, usize)> = Vec::new();

        self.known_candidates(text, &ctx, known, &mut cands);
        self.known_given_candidates(&ctx, known, &mut cands);
        self.dotted_candidates(&ctx, &mut cands);
        self.counted_list(&ctx, &mut cands);
        self.numbered_item_candidates(text, &ctx, &mut cands);
        self.word_given_candidates(&ctx, &mut cands);
        self.given_before_kin(&ctx, &mut cands);
        self.given_before_elder(&ctx, &mut cands);
        // (Kept apart for a moment: a known name inside one of these takes its extent, below.)
        let mut minority = Vec::new();
        self.yi_tibetan_candidates(&ctx, &mut minority);
        self.listed_given_candidates(&ctx, &mut minority);
        self.turkic_candidates(&ctx, &mut minority);
        self.labelled_candidates(&ctx, &mut minority);
        let minority_spans: Vec<(usize, usize)> = minority.iter().map(|c| (c.1, c.2)).collect();
        cands.extend(minority);
        self.shi_candidates(&ctx, &mut cands);
        self.cohabitant_candidates(&ctx, &mut cands);
        self.nickname_candidates(&ctx, &mut cands);
        self.southern_nicknames(&ctx, &mut cands);
        self.childhood_nicknames(&ctx, &mut cands);
        self.care_frame_candidates(&ctx, &mut cands);
        self.surname_nickname_candidates(&ctx, &mut cands);
        self.ga_candidates(&ctx, &mut cands);
        self.spouse_given_candidates(&ctx, &mut cands);
        self.member_list_candidates(&ctx, &mut cands);
        self.apposition_candidates(&ctx, &mut cands);
        self.nationality_candidates(&ctx, &mut cands);
        self.you_candidates(&ctx, &mut cands);
        self.shop_owner_candidates(&ctx, &mut cands);
        self.pupil_candidates(&ctx, &mut cands);
        self.handed_over(&ctx, &mut cands);

        // A cell that is nothing but a name.
        let lead = ctx.chars.iter().take_while(|c| c.is_whitespace()).count();
        let trail = ctx.chars[lead..].iter().rev().take_while(|c| c.is_whitespace()).count();
        if lead < n - trail {
            let cell = &text[ctx.starts[lead]..ctx.starts[n - trail]];
            // A dotted cell is left to the dotted names above (本月低保·特困资金已发放 is no name).
            if !cell.chars().any(|c| SETS.dots.has(c)) && self.looks_like_name(cell) {
                cands.push((Rank::Bare, lead, n - trail));
            }
        }

        // extent_after depends on the position and the mode only, and the rules below ask it for the same ones
        // several times: each answer is computed once.
        let extent_after = |i: usize, mode: Mode| -> Option<usize> {
            let slot = &ctx.extents[usize::from(mode == Mode::Loose)][i];
            if let Some(e) = slot.get() {
                return e;
            }
            let e = self.extent_after(&ctx, i, mode);
            slot.set(Some(e));
            e
        };
        for i in 0..n {
            // (重病人员可单独纳入保障, 残疾人证换领, 残疾人数: 病人 and 残疾人 run into a word of 人; no name starts
            // inside it.)
            if ctx.rel_end[i] && i > 0 && ctx.chars[i - 1] == '人' && one_of(chars!("员证数口群"), ctx.chars[i]) {
                continue;
            }
            // (联系电话 | 村委会转: 会 ends the office's name after the role word 村委; no name starts there, set AY4.)
            if ctx.rel_end[i] && ctx.chars[i] == '会' && i >= 2 && ctx.chars[i - 1] == '委' {
                continue;
            }
            // 户主由于永杰变更为刘菊贵, 监护人由庄文化改为…: after a relation word, 由 and a name that a change
            // word closes. 由 is the preposition there, not a surname, and 由于 not a word.
            let changed_from =
                if ctx.chars[i] == '由' && ctx.rel_end[i] { self.changed_from(&ctx, i + 1) } else { None };
            if let Some(e) = changed_from {
                cands.push((Rank::Relation, i + 1, e));
                continue;
            }
            // (监护人김상렬代领, 其妻 박순자: a Korean name in Hangul right after a relation word, hidden whole.)
            if ctx.rel_end[i] {
                let from = i + usize::from(matches!(ctx.chars[i], ' ' | '\u{3000}'));
                let run = ctx.chars[from..].iter().take_while(|&&c| super::is_hangul(c)).count();
                // (姓名 성명, 户主 세대주: a bilingual header's Korean word for the same thing is no name.)
                // (其妻 한국, 其夫 사망: a country, a people or a state in Korean is no name either.)
                const WORDS: [&str; 38] = [
                    "성명",
                    "이름",
                    "성별",
                    "주소",
                    "비고",
                    "번호",
                    "민족",
                    "연령",
                    "나이",
                    "전화",
                    "연락처",
                    "금액",
                    "가족",
                    "관계",
                    "서명",
                    "세대주",
                    "보호자",
                    "신분증",
                    "본인",
                    "배우자",
                    "아들",
                    "딸",
                    "남편",
                    "아내",
                    "어머니",
                    "아버지",
                    "대리인",
                    "수령인",
                    "한국",
                    "대한민국",
                    "조선",
                    "조선족",
                    "중국",
                    "서울",
                    "없음",
                    "사망",
                    "무",
                    "해당없음",
                ];
                let word: String = ctx.chars[from..from + run].iter().collect();
                let alone = ctx
                    .chars
                    .get(from + run)
                    .is_none_or(|&c| c != ' ' || !ctx.chars.get(from + run + 1).is_some_and(|&d| super::is_hangul(d)));
                if (2..=5).contains(&run) && alone && !WORDS.contains(&word.as_str()) {
                    cands.push((Rank::Nickname, from, from + run));
                    continue;
                }
            }
            // (其子家豪（9岁）, 其子伟（12岁）: one to three characters and an age in brackets after a relation
            // word are a child's given name, whatever its first character.)
            if (ctx.rel_end[i] || ctx.kin_word_ends_at(i))
                && let Some(e) = self.given_before_age(&ctx, i)
            {
                cands.push((Rank::Nickname, i, e));
                continue;
            }
            // (其子家盖了新房: 家 after a relation word is that person's household; 表叔公来过, 外公: 公 after a
            // kin character ends the kin word. No name starts there.)
            if ctx.rel_end[i]
                && (ctx.chars[i] == '家'
                    || (ctx.chars[i] == '公' && i > 0 && one_of(chars!("叔伯外太老阿舅"), ctx.chars[i - 1])))
            {
                continue;
            }
            // 邻居叶赫那拉**, 叶赫那拉·兰芳: a compound surname before mask stars is a name already masked, and
            // before a dot a dotted name (see `dotted_candidates`); no one-character surname starts there.
            if self.compound_before_mark(&ctx, i).is_some() {
                continue;
            }
            // 大儿子（长孙明）: in brackets right after a relation word, a compound surname that is a kin word
            // too (长孙, 公孙) and one or two given characters closing the bracket are a name, not a kin word.
            if ctx.rel_end[i]
                && i > 0
                && matches!(ctx.chars[i - 1], '（' | '(')
                && i + 2 < n
                && self.compounds.contains(&pack(&ctx.chars[i..i + 2]))
                && let Some(close) = (i + 3..(i + 5).min(n)).find(|&k| matches!(ctx.chars[k], '）' | ')'))
                && ctx.chars[i + 2..close].iter().all(|&c| self.given_ok(c))
            {
                cands.push((Rank::Relation, i, close));
                continue;
            }
            if (ctx.rel_end[i] || ctx.kin_word_ends_at(i))
                && let Some((e, aged)) = self.given_only_after_relation(&ctx, i)
            {
                // (A given name alone, known by the age after it, has no surname to keep: 其子**（12岁）.)
                cands.push((if aged { Rank::Nickname } else { Rank::Relation }, i, e));
                continue;
            }
            if (ctx.rel_end[i] || ctx.kin_word_ends_at(i))
                && let Some(e) = self.one_given_after_kin(&ctx, i)
            {
                cands.push((Rank::Nickname, i, e));
                continue;
            }
            // 外孙扎西随户生活, 其妻卓玛患…: after a relation word, Tibetan name syllables whose first character is
            // a surname too are the whole name, not a surname and a given name (扎**).
            if (ctx.rel_end[i] || self.strong_pre_cue(&ctx, i))
                && self.tibetan_first.has(ctx.chars[i])
                && self.is_surname_start(&ctx, i)
                && let Some(e) = self.tibetan_after_cue(&ctx, i).filter(|&e| e - i != 3)
            {
                cands.push((Rank::Relation, i, e));
                continue;
            }
            // (儿子岩囡溺水身亡: 岩 is a Han surname too, but after a relation word a Dai man's name is surer.)
            if ctx.rel_end[i]
                && let Some(e) = self.dai_man_name(&ctx, i)
            {
                cands.push((Rank::Relation, i, e));
            }
            if !self.is_surname_start(&ctx, i) {
                // 老伴花桂琴患…: after a relation word, a three-character name whose surname is not in the list.
                if ctx.rel_end[i]
                    && let Some(e) = self.unlisted_surname_name(&ctx, i)
                {
                    cands.push((Rank::Relation, i, e));
                } else if ctx.rel_end[i]
                    && let Some(e) = self.translit_end(&ctx, i, i, i + 6)
                    && e - i >= 3
                {
                    // 主任：扎西顿珠, 长孙哈斯朝鲁: a name without a Han surname, all transliteration characters.
                    cands.push((Rank::Relation, i, e));
                } else if ctx.rel_end[i]
                    && let Some(e) = self.bare_name_after_relation(&ctx, i)
                {
                    cands.push((Rank::Relation, i, e));
                } else if (ctx.rel_end[i] || Self::weak_pre_at(&ctx, i))
                    && let Some(e) = self.tibetan_after_cue(&ctx, i)
                {
                    cands.push((Rank::Relation, i, e));
                }
                continue;
            }
            // 女佘桂香考入…, 孙李锡九在…, …已发放 子郝国德: a one-character kin word opening a clause.
            // (由侄江天佑照顾, 跟子李明生活: or after a preposition, where the kin character makes no word with
            // what follows: 由子孙照顾, 给子女买药.)
            let kin_at = |k: usize| {
                SETS.kin.has(ctx.chars[k])
                    && (Self::clause_start(&ctx, k)
                        || ctx.chars[k - 1].is_whitespace()
                        // (13845141052（母颜爱）: or opening a bracket the name closes, no place's name (（子白城）).)
                        || (matches!(ctx.chars[k - 1], '（' | '(') && self.bracketed_kin_name(&ctx, k))
                        || (one_of(chars!("由跟给"), ctx.chars[k - 1])
                            && ctx
                                .chars
                                .get(k..k + 2)
                                .is_some_and(|w| !self.holds_common_word(w) && !SETS.kin.has(w[1]) && w[1] != '孙')))
                    // (母苏银娣: 母 is a weak surname too, a kin word first.)
                    && (!self.surnames.has(ctx.chars[k]) || SETS.weak_surnames.has(ctx.chars[k]))
            };
            let kin_opens = i >= 1 && kin_at(i - 1);
            // 妻：郑镇吉，子：金哲俊, 妻（许月今）, 夫 肖光荣: a kin word and a colon, a bracket or a space.
            let kin_opens = kin_opens
                || (i >= 2 && matches!(ctx.chars[i - 1], '：' | ':' | '（' | '(' | ' ' | '\u{3000}') && kin_at(i - 2));
            let kin_opens = kin_opens
                || (i >= 1 && ctx.chars[i - 1] == '孙' && Self::clause_start(&ctx, i - 1) && {
                    // 孙 is a surname too: a kin word only when a whole name follows it.
                    // (孙庄村何*: no name holds a village's 村; the village is 孙庄.)
                    extent_after(i, Mode::Loose).is_some_and(|e| {
                        self.given_len(&ctx, i, e) == 2 && !ctx.chars[i..e].iter().any(|&c| one_of(chars!(ADMIN), c))
                    })
                });
            // 保姆费每月2000元: a counting or time character right after the surname makes a phrase.
            // (财务管理2301: an everyday word that opens with the relation word and runs two characters on past
            // it holds the relation word and the would-be name both, set BU4.)
            let phrase = ctx.chars.get(i + 1).is_some_and(|&c| one_of(chars!(COUNTING), c))
                || (i.saturating_sub(4)..i)
                    .any(|k| ctx.rel_start[k] && ctx.lex_end.get(k).is_some_and(|&e| e >= i + 2));
            // 户主由柳山淑变更为…: 由 between the relation word and a three-character name is the preposition
            // (委托人向玉英 is not: 向 is a surname there).
            let preposition_first = ctx.rel_end[i]
                && ctx.chars[i] == '由'
                && self.is_surname_start(&ctx, i + 1)
                && (extent_after(i + 1, Mode::Strict).is_some_and(|e| self.given_len(&ctx, i + 1, e) == 2)
                    // (老人由张九妹照料: a southern given name ending in 妹 or 弟.)
                    || (i + 4 <= n && self.kin_given_end(&ctx, i + 1, i + 4)));
            // (孩子都小, 子女和睦: a conjunction or an adverb and one character after a relation word is no name.)
            // (村里和亲友廖军垫付: nor before an everyday word.)
            // (养子和峰，联系较少: 和 with one given character closing the clause, no word, is a Naxi surname.)
            let he_name = ctx.chars[i] == '和'
                && i + 2 < n
                && matches!(ctx.chars[i + 2], '，' | ',' | '。' | '；' | ';')
                && !self.holds_common_word(&ctx.chars[i..i + 2])
                && !self.word_starts(&ctx, i + 1)
                // (孩子和狗，其子和女: an animal or a kin word after 和 is what the conjunction joins.)
                && self.given_ok(ctx.chars[i + 1])
                && !SETS.kin.has(ctx.chars[i + 1])
                && !one_of(chars!("狗猫猪牛羊鸡鸭鹅马驴"), ctx.chars[i + 1]);
            // (留守儿童和困境儿童: after a word for a class of people, 和 before an everyday word joins two classes.)
            let weak_pair = one_of(chars!("和从都以同及与"), ctx.chars[i])
                && !he_name
                && (extent_after(i, Mode::Loose) == Some(i + 2)
                    || self.word_starts(&ctx, i + 1)
                    || (Self::class_word_before(&ctx, i)
                        && self.common_word_at(&ctx, i + 1)
                        && !self.word_given.contains(&pack(&ctx.chars[i + 1..i + 3]))));
            // (新增人口：孙子刘和平: a relation word opening with a surname's character, with a name after it, is
            // that relation word.)
            // (复核时其子孙子恒陪同: after a son's or a daughter's word, 孙子 is no grandson but a name.)
            let child_then_sun = i >= 2
                && ctx.chars[i] == '孙'
                && ctx.chars.get(i + 1).is_some_and(|&c| c == '子' || c == '女')
                && one_of(chars!("其儿之长次"), ctx.chars[i - 2])
                && one_of(chars!("子女"), ctx.chars[i - 1]);
            let relation_here = ctx.rel_start[i]
                && !child_then_sun
                && (i + 2..=(i + 4).min(n.saturating_sub(1))).any(|k| ctx.rel_end[k] && self.is_surname_start(&ctx, k));
            // (生孩子时在医院抢救, 照顾孩子时摔伤: 时 after a kin word is "when", unless a whole name follows.)
            // (家里连路费都拿不出来, 老人常念叨: 连 and 常 before an everyday word are "even" and "often".)
            // (户主曾获得过…: 曾 is "once".) (户主常建国: a given name that is an everyday word, [word_given].)
            // (户主常和叶芳忠一起去…: 常 before a conjunction or a preposition is "often".)
            // (女儿单独成户, 儿子单身: 单独 and 单身 are "alone" and "single".)
            // (副镇长于会上强调, 镇长向大家介绍: after an official's title, 于 and 向 before a meeting or the people
            // spoken to are prepositions; 村主任于海洋 is a name. 儿子单方面 is "one-sided".)
            let adverb = (ctx.chars[i] == '时' && extent_after(i, Mode::Strict).is_none())
                || (ctx.chars[i] == '单' && ctx.chars.get(i + 1).is_some_and(|&c| c == '独' || c == '身' || c == '方'))
                || (matches!(ctx.chars[i], '于' | '向')
                    && i > 0
                    && one_of(chars!("长记任员部"), ctx.chars[i - 1])
                    && [
                        ['会', '上'],
                        ['会', '议'],
                        ['大', '家'],
                        ['群', '众'],
                        ['村', '民'],
                        ['全', '体'],
                        ['上', '级'],
                        ['各', '位'],
                        ['与', '会'],
                        ['该', '户'],
                        ['家', '属'],
                        ['我', '们'],
                        ['他', '们'],
                        ['近', '日'],
                        ['次', '日'],
                        ['当', '日'],
                        ['当', '天'],
                        ['今', '日'],
                        ['昨', '日'],
                    ]
                    .iter()
                    .any(|w| Self::starts_with_at(&ctx, i + 1, w)))
                // (配偶国籍: the spouse's nationality, a header's word.)
                || (ctx.chars[i] == '国' && ctx.chars.get(i + 1) == Some(&'籍'))
                // (申请人曾有信访记录: 曾有 before a word, see `adverb_before_word`.)
                || (ctx.chars[i] == '曾' && self.adverb_before_word(&ctx, i))
                || (matches!(ctx.chars[i], '连' | '常' | '曾')
                    && ctx.chars.get(i + 1).is_some_and(|&c| one_of(chars!("和与跟同在去到给把被向找帮说"), c)))
                || (matches!(ctx.chars[i], '连' | '常' | '曾')
                    && (self.word_starts(&ctx, i + 1)
                        // (其妻曾腊梅: a word of two given characters may be the given name.)
                        || (self.common_word_at(&ctx, i + 1)
                            && !ctx.chars[i + 1..i + 3].iter().all(|&c| self.given_ok(c))))
                    && !(i + 3 <= n && self.word_given.contains(&pack(&ctx.chars[i + 1..i + 3]))));
            // (孩子尤其喜欢画画, 老人安康: after a word for a class of people, an everyday word is what they do or
            // are, when the name would be that word or end inside the next one; 村干部黄金生一起 is a name.)
            // (家属马力称…: not before a verb of saying, which only a person does, set CE2.)
            let class_word = ctx.rel_end[i]
                && ctx.chars.get(i..i + 2).is_some_and(|w| self.holds_common_word(w))
                && !matches!(ctx.chars.get(i + 2), Some('称' | '说'))
                && !self.word_given.contains(&pack(&ctx.chars[i..i + 2]))
                && Self::class_word_before(&ctx, i)
                && extent_after(i, Mode::Loose).is_none_or(|e| {
                    e == i + 2 || (e == i + 3 && ctx.chars.get(i + 2..i + 4).is_some_and(|w| self.holds_common_word(w)))
                });
            // (孙子全天陪护, 其子全日照看: a word of time after the kin word.)
            let time_here = i + 2 <= n && TIME_WORDS.contains(&[ctx.chars[i], ctx.chars[i + 1]]);
            // (镇人民政府民政办公室: an office's word 民政办 ending inside 办公室, no officer's name after it.)
            let office_room = i >= 1
                && ctx.chars[i - 1] == '办'
                && ctx.chars[i] == '公'
                && ctx.chars.get(i + 1).is_some_and(|&c| one_of(chars!("室楼区"), c));
            // (父母双方服刑: 母 closes the kin word 父母 that 父 opened; no name starts there, set CD2.)
            let kin_pair = i >= 1 && ctx.chars[i - 1] == '父' && ctx.chars[i] == '母';
            if (ctx.rel_end[i] || kin_opens)
                && !phrase
                && !office_room
                && !kin_pair
                && !time_here
                && !preposition_first
                && !weak_pair
                && !relation_here
                && !adverb
                && !class_word
            {
                if let Some(e) = extent_after(i, Mode::Loose) {
                    // 长孙强川当兵: a relation word that is also a compound surname, before a two-character
                    // name, is that name's surname (hiding 强川 whole either way).
                    let compound = i >= 2
                        && e == i + 2
                        && ctx.rel_start[i - 2]
                        && self.compounds.contains(&pack(&ctx.chars[i - 2..i]));
                    // 妻巴桑次仁在家放牧: a transliterated name runs on past a Han-looking head, when the head is
                    // all transliteration characters (工作人员张建华送达: 送 and 达 are a verb after a Han name).
                    let translit_head = ctx.chars[i..e].iter().all(|&c| self.name_run.has(c));
                    let e =
                        if compound || !translit_head { e } else { self.translit_end(&ctx, i, e, i + 5).unwrap_or(e) };
                    cands.push((Rank::Relation, if compound { i - 2 } else { i }, e));
                } else if let Some(e) = self.word_name_after_relation(&ctx, i) {
                    cands.push((Rank::Relation, i, e));
                } else if ctx.rel_end[i]
                    && let Some(e) = self.translit_end(&ctx, i, i + 1, i + 6)
                    && e - i >= 3
                {
                    // 大儿子韩特木尔常年在外: a Han surname and a transliterated given name.
                    cands.push((Rank::Relation, i, e));
                } else if ctx.rel_end[i]
                    && let Some(e) = self.greedy_after_relation(&ctx, i)
                {
                    cands.push((Rank::Relation, i, e));
                }
            } else if Self::clause_start(&ctx, i)
                && i > 0
                && one_of(chars!("。；;！!？?\n"), ctx.chars[i - 1])
                && let Some(e) = extent_after(i, Mode::Strict)
                && (e == n
                    || ctx.chars[e].is_whitespace()
                    || ctx.chars[e].is_ascii_digit()
                    || one_of(chars!("。；;"), ctx.chars[e]))
                && self.not_everyday(&ctx, i, e)
            {
                // A sign-off name closing a remark (…建议救助8893元。汤博 / 同意。邹腊梅 2023年3月17日).
                cands.push((Rank::Cue, i, e));
            } else if let Some(e) = self.after_number_in_brackets(&ctx, i) {
                cands.push((Rank::Relation, i, e));
            } else if Self::clause_start(&ctx, i)
                && let Some(e) = extent_after(i, Mode::Loose)
                && self.speaker_label_at(&ctx, e)
            {
                // 回伟民：俺跟他是邻居, 张鑫：同意: a speaker's label in a meeting's minutes.
                cands.push((Rank::Cue, i, e));
            } else if i >= 2
                && ctx.chars[i - 1] == '→'
                && is_han(ctx.chars[i - 2])
                && let Some(e) = extent_after(i, Mode::Loose)
                && self.ends_cleanly(&ctx, e)
            {
                // 户主变更：杨锡山→杨雪: what a name changes into is a name.
                cands.push((Rank::Relation, i, e));
            } else if self.strong_pre_cue(&ctx, i) {
                // (入户调查和信息核对: a weak surname whose one given character opens an everyday word is the
                // conjunction before that word.)
                let conjunction = |e: usize| e == i + 2 && self.weak_at(&ctx, i) && self.common_word_at(&ctx, i + 1);
                // (核查表中罗列: a locative after a one-character word is no given name.)
                let locative = |e: usize| {
                    e == i + 2
                        && one_of(chars!("上下中内里"), ctx.chars[i + 1])
                        && ctx.chars.get(e).is_some_and(|&c| is_han(c))
                };
                // (委托商家代发, 找厂家协商: a surname's character and 家 that make an everyday word are that word.)
                let trade =
                    |e: usize| e == i + 2 && ctx.chars[i + 1] == '家' && self.holds_common_word(&ctx.chars[i..e]);
                if let Some(e) = extent_after(i, Mode::Strict).filter(|&e| !conjunction(e) && !locative(e) && !trade(e))
                {
                    cands.push((Rank::Cue, i, e));
                } else if let Some(e) = extent_after(i, Mode::Loose).or_else(|| self.named_word_end(&ctx, i))
                    // (房屋户主名为王木生 系其父: a space ends a clause in remarks typed without commas.)
                    && (e == n || one_of(chars!("。；;，,！!？? \u{3000}\n"), ctx.chars[e]))
                    && !trade(e)
                    // (工友称其真名叫向阳，: after a word that gives a name, an everyday word closing the clause
                    // is the name given.)
                    && (ctx.lex_end[i] <= i + 1 || self.named_word_end(&ctx, i) == Some(e))
                    // (慰问金已发: a word running into the surname, or a particle in the given name, is no name.)
                    && !ctx.covered_before[i]
                    && !ctx.chars[i + 1..e].iter().any(|&c| SETS.stop.has(c) || c == '已')
                    && !one_of(chars!(ADMIN), ctx.chars[e - 1])
                    && !self.org_or_place_follows(&ctx, e)
                {
                    // 请拨打…联系谷沅: a name with a rarer given character, when it ends the text or its clause.
                    cands.push((Rank::Cue, i, e));
                }
            } else if Self::weak_pre_at(&ctx, i)
                && let Some(e) = extent_after(i, Mode::Strict)
                && self.not_everyday(&ctx, i, e)
                // 给常婷送去米面油: a verb right after a two-character name ends it as well as a boundary does.
                && (self.given_len(&ctx, i, e) == 2 || self.boundary_after(&ctx, e) || self.verb_post_cue_at(&ctx, e))
                // (住在自家老房（修川社区…）: in brackets, a community, a street or a body named after two characters
                // is no person; 由王芳社区代领 is. Nor a village's name: （原石龙村、金竹村合并）.)
                && !(matches!(ctx.chars[i - 1], '（' | '(')
                    && (self.org_or_place_follows(&ctx, e)
                        || (ctx.chars.get(e).is_some_and(|&c| one_of(chars!("村镇乡屯寨"), c))
                            && ctx.chars.get(e + 1).is_none_or(|&c| one_of(chars!("、，,）)和与"), c)))
                        || (e == i + 2
                            && [['社', '区'], ['街', '道'], ['居', '委']]
                                .iter()
                                .any(|w| Self::starts_with_at(&ctx, e, w)))))
            {
                cands.push((Rank::Cue, i, e));
            }
            // (角弓村蒲金花隐瞒…, 崖下村李长生其母…, 西关村屈芳谎称其夫…: a notice names the offender right after
            // the village, a verb or a relation word after the name.)
            if i >= 3
                && ctx.chars[i - 1] == '村'
                && is_han(ctx.chars[i - 2])
                && is_han(ctx.chars[i - 3])
                && !ctx.covered_before[i]
                && let Some(e) = extent_after(i, Mode::Strict)
                && e < n
                && ((self.verb_post_cue_at(&ctx, e) && self.not_everyday(&ctx, i, e))
                    // (李长生其母: a whole name of three before a kin word, whatever words its characters make.)
                    || (ctx.rel_start[e] && e == i + 3))
            {
                cands.push((Rank::Cue, i, e));
            }
            // 监护人 | 镇敬老院王丽, 卫生院李军: a name closing the text or its clause right after the body (a frame
            // word ending in 院, 室, 所, 办, 站 or 心) the person works for.
            if i > 0
                && one_of(chars!("院室所办站心"), ctx.chars[i - 1])
                && self.framed_left(&ctx, i)
                && let Some(e) = extent_after(i, Mode::Strict)
                && (e == n || one_of(chars!("。；;，,、 \u{3000}（("), ctx.chars[e]))
                && self.not_everyday(&ctx, i, e)
            {
                cands.push((Rank::Cue, i, e));
            }
            // 存折放在陈良那里, 钥匙放在宋文举那里: after 在, a name before 那里, 手里 or 家里 is the person whose
            // place it is.
            if i > 0
                && ctx.chars[i - 1] == '在'
                && let Some(e) = extent_after(i, Mode::Strict).or_else(|| extent_after(i, Mode::Loose))
                // (住在高山那里: two characters that make an everyday word are that word.)
                && !(e == i + 2 && self.holds_common_word(&ctx.chars[i..e]))
                && Self::at_a_persons_hand(&ctx, e)
            {
                cands.push((Rank::Cue, i, e));
            }
            // 三轮车是林淑霞送的，…: 是, a name of three characters, one verb and 的 closing the clause (a cleft:
            // who gave it).
            // (屋头的老人都是罗万春在照顾: 是, the name and 在 before what the person does.)
            // (学费是张玉巧资助的, 房子是卢建国出钱修的: a verb of the cue words after the name, and 的 closing the
            // clause within a few characters.)
            let cleft_verb = |e: usize| {
                self.verb_post_cue_at(&ctx, e)
                    && (e + 1..(e + 7).min(n)).find(|&j| !is_han(ctx.chars[j]) || ctx.chars[j] == '的').is_some_and(
                        |j| {
                            ctx.chars[j] == '的'
                                && ctx.chars.get(j + 1).is_none_or(|&c| one_of(chars!("，。；,;！!？?”"), c))
                        },
                    )
            };
            if i > 0
                && ctx.chars[i - 1] == '是'
                && let Some(e) = extent_after(i, Mode::Strict)
                && (e - i == 3 || (e - i == 2 && cleft_verb(e)))
                && e + 1 < n
                && is_han(ctx.chars[e])
                && ((!SETS.stop.has(ctx.chars[e])
                    && ctx.chars[e + 1] == '的'
                    && ctx.chars.get(e + 2).is_none_or(|&c| one_of(chars!("，。；,;！!？?”"), c)))
                    || (ctx.chars[e] == '在' && self.common_word_at(&ctx, e + 1))
                    || cleft_verb(e))
                && self.not_everyday(&ctx, i, e)
            {
                cands.push((Rank::Cue, i, e));
            }
            // 郭丽华比邱长青还困难: what 比 compares with, a name of three characters before 还 or 更.
            if i > 0
                && ctx.chars[i - 1] == '比'
                && let Some(e) = extent_after(i, Mode::Strict)
                && self.given_len(&ctx, i, e) == 2
                && ctx.chars.get(e).is_some_and(|&c| matches!(c, '还' | '更'))
                && self.not_everyday(&ctx, i, e)
            {
                cands.push((Rank::Cue, i, e));
            }
            // 本季度由李想代领, 由韩笑看护: after 由, a frequent surname and one or two Han characters that a verb of
            // the cue words closes are a name, whatever words the given characters make (由何人代领 and 由于 stay).
            if i > 0
                && ctx.chars[i - 1] == '由'
                && self.frequent_surnames.has(ctx.chars[i])
                && !ctx.covered_before[i]
                && let Some(e) = (i + 2..=(i + 3).min(n - 1)).find(|&e| self.verb_post_cue_at(&ctx, e))
                && ctx.lex_end[i] < e
                && (i + 1..e).all(|k| {
                    is_han(ctx.chars[k])
                        && !SETS.anon.has(ctx.chars[k])
                        && !SETS.numerals.has(ctx.chars[k])
                        && !one_of(chars!("了着过们的是和与及在已于人"), ctx.chars[k])
                        && !ctx.rel_start[k]
                        && ctx.lex_end[k] <= e
                })
            {
                cands.push((Rank::Cue, i, e));
            }
            // A surname with two common given characters, standing apart from other words.
            // 由修华代领: the name starts after the preposition, not at it.
            let after_preposition =
                SETS.function_prefix.has(ctx.chars[i]) && extent_after(i + 1, Mode::Strict).is_some();
            if !after_preposition
                && let Some(e) = extent_after(i, Mode::Strict)
                && self.given_len(&ctx, i, e) == 2
                && !ctx.covered[i..e].iter().any(|&c| c)
                && !ctx.chars.get(e).is_some_and(|&c| SETS.place.has(c))
                && !Self::community_name(&ctx, i, e)
            {
                // Set apart on the left, one everyday character is tolerated (王建国); inside running
                // text only a boundary after it and two distinctly name-like characters will do (程池中).
                let common = ctx.chars[e - 2..e].iter().filter(|&&c| SETS.common.has(c)).count();
                // A mask star is not a boundary: 张**位中然 is an already-masked name followed by text.
                let apart = (i == 0 || !(is_han(ctx.chars[i - 1]) || matches!(ctx.chars[i - 1], '*' | '＊')))
                    && !self.weak_at(&ctx, i);
                // (种植罗汉果增收: an everyday word after a bare shape is no proof that a name ends there.)
                // (财产状况超标: inside running text, a surname that ends an everyday word (状况) is that word's.)
                let in_words = || i > 0 && self.holds_common_word(&ctx.chars[i - 1..=i]);
                let weak = self.weak_at(&ctx, i);
                // (向其宣传救助政策, 全天照护: a word of the text running on past the last given character, and
                // no word that follows a name there (王建国家中, 李明在), is no name's end where the surname and the
                // first given character are a word or a pronoun's (全天, 向其); 张伟喜欢钓鱼, 赵敏民族 stay names.)
                let runs_on = ctx.chars.get(e).is_some_and(|&c| !one_of(chars!(AFTER_NAME), c))
                    && self.holds_common_word(&ctx.chars[e - 1..=e])
                    && (self.holds_common_word(&ctx.chars[i..i + 2])
                        || one_of(chars!("其之该此各本"), ctx.chars[i + 1]));
                // (仪陇宏德中学, 城关育才小学: glued to the text before it and followed by a school or a home, the
                // shape is part of the institution's name.)
                const BODIES: [&[char]; 7] = [
                    &['中', '学'],
                    &['小', '学'],
                    &['学', '校'],
                    &['医', '院'],
                    &['幼', '儿', '园'],
                    &['敬', '老', '院'],
                    &['福', '利', '院'],
                ];
                let body_named = !apart && BODIES.iter().any(|w| Self::starts_with_at(&ctx, e, w));
                if ((apart && common < 2)
                    || (common == 0 && !weak && self.plain_boundary_after(&ctx, e) && !in_words()))
                    && !runs_on
                    && !body_named
                {
                    cands.push((Rank::Shape, i, e));
                }
            }
            if let Some(e) = self.between_words(&ctx, i, || extent_after(i, Mode::Strict)) {
                cands.push((Rank::Shape, i, e));
            }
        }
        for (s, e) in self.villagers_listed(&ctx) {
            cands.push((Rank::Cue, s, e));
        }

        for k in 0..n {
            // (Each asked up to three times below: computed once.)
            let (before, loose) = (std::cell::OnceCell::new(), std::cell::OnceCell::new());
            let extent_before = || *before.get_or_init(|| self.extent_before(&ctx, k));
            let loose_before = || *loose.get_or_init(|| self.loose_before(&ctx, k));
            // (哈尔套镇李千户居委会: 户 before a level's word ends a place's name, not a household's.)
            // (金账户已激活: 户 ending an everyday word, 账户, is no household's.)
            let place_hu = ctx.chars[k] == '户'
                && (ctx.chars.get(k + 1).is_some_and(|&c| one_of(chars!("居村社镇乡屯组"), c))
                    || (k > 0 && self.holds_common_word(&ctx.chars[k - 1..=k])));
            // (享受国家助学金一等: a numeral before 等 after a grant's word is a rank; 张三等5户, 由李二等代领 are names.)
            let rank = ctx.chars[k] == '等'
                && k > 1
                && one_of(chars!("一二三四"), ctx.chars[k - 1])
                && one_of(chars!("金奖"), ctx.chars[k - 2])
                && ctx.chars.get(k + 1).is_none_or(|&c| !is_han(c) || one_of(chars!("奖级"), c));
            // (请与王芳联系: 系 that ends 联系 or 关系 is no "is" after a name.)
            let xi_word = ctx.chars[k] == '系' && k > 0 && one_of(chars!("联关维体派直旁"), ctx.chars[k - 1]);
            if self.post_cue_at(&ctx, k)
                && !place_hu
                && !rank
                && !xi_word
                && !Self::family_place_or_word(&ctx, k)
                && let Some(s) = extent_before()
                    .or_else(|| loose_before().filter(|&s| self.opens_clause(&ctx, s)))
                    .or_else(|| self.town_like_name(&ctx, k))
                    .or_else(|| self.compound_name_before(&ctx, k))
                    .or_else(|| self.owner_of_account(&ctx, k))
                && !self.thing_listed(&ctx, s, k)
            {
                cands.push((Rank::Cue, s, k));
            } else if self.weak_post_cue_at(&ctx, k)
                && !Self::verb_zai(&ctx, k)
                && !Self::family_place_or_word(&ctx, k)
                && let Some(s) = extent_before()
                && (self.stands_apart_left(&ctx, s) || Self::led_before_bracket(&ctx, s, k))
                && (self.not_everyday(&ctx, s, k)
                    || (k - s == 3 && (Self::clause_start(&ctx, s) || Self::led_before_bracket(&ctx, s, k))))
            {
                cands.push((Rank::Cue, s, k));
            } else if matches!(ctx.chars[k], '在' | '因' | '已' | '患' | '被')
                && let Some(s) = [3, 2].into_iter().find_map(|len| {
                    let s = k.checked_sub(len)?;
                    let sentence = |j: usize| j == 0 || one_of(chars!("。；;！!？? \u{3000}\n"), ctx.chars[j - 1]);
                    // (走丢了，是谭林中在4社附近找到的: 是 opening a clause.)
                    let opens = sentence(s)
                        || (s >= 1
                            && ctx.chars[s - 1] == '是'
                            && (sentence(s - 1) || one_of(chars!("，,"), ctx.chars[s - 2])))
                        // (屋顶被掀，邱观福被飞落的瓦片击中: three characters after a comma before 被, no
                        // everyday word in them.)
                        || (len == 3
                            && ctx.chars[k] == '被'
                            && s >= 1
                            && one_of(chars!("，,"), ctx.chars[s - 1])
                            && !self.holds_common_word(&ctx.chars[s..k]));
                    // (石桥已修: a two-character one needs a common given character; 许春曾在: an adverb before
                    // the verb is no given character.)
                    let last = ctx.chars[k - 1];
                    // (万能险已退保: one of a three-character one's given characters must be a common one.)
                    let given_like = !one_of(chars!("曾也都还正就又均仍亦才却"), last)
                        && (self.given_ok(last) || (len == 3 && self.given_ok(ctx.chars[k - 2])))
                        && !Self::verb_zai(&ctx, k);
                    (opens && given_like && !ctx.covered[s..k].iter().any(|&c| c)).then_some(())?;
                    self.loose_before_len(&ctx, k, len)
                })
            {
                // 金文灏在东昌区社会福利中心集中供养, …；张东在…: two or three characters opening a sentence
                // before 在/因/已 are a name even with a rarer given character, unless a word is in them.
                cands.push((Rank::Cue, s, k));
            }
            // 在高引弟的厂里做事, 是潘刚的，我借来骑: whose workplace, shop or thing it is, after a preposition or 是.
            if let Some(s) = self.possessor_before(&ctx, k, extent_before) {
                cands.push((Rank::Cue, s, k));
            }
            // A phone or an ID glued to a name is the name's own (彭海220202…, 贾红旗171…).
            let phone = Self::phone_at(&ctx, k) || Self::id_at(&ctx, k);
            if phone && let Some((s, e)) = self.glued_owner(&ctx, k) {
                // (Two names run together outrank a name a relation word reads at their head: 联系人：刘华乔|菊香.)
                cands.push((if e - s == 5 { Rank::Relation } else { Rank::Cue }, s, e));
            }
            // 留下一子陈金木（7岁）在读: a bracketed age follows a person's name, whatever stands before it.
            // (困难群众（女）: a sex alone needs a name's usual characters.)
            // (就业成员 | 高平-孙, 于文新（孙）: a member listed by name and a kin tag after it, even a name that is a
            // word too, when it is the whole item.)
            // (阿珍（其女）患…, 与吴妃（前妻）离婚: a nickname, or a name after 与, before a bracketed kin word. A
            // nickname that is a kin word itself, 细妹, is not read so.)
            if let Some(strong) = Self::kin_tag_at(&ctx, k)
                && let Some(s) = (2..=3).filter_map(|m| k.checked_sub(m)).find(|&s| {
                    let nickname = k == s + 2 && one_of(chars!("阿亚细"), ctx.chars[s]);
                    // (高中（女）, 单身-子, 高一-子: an everyday word or a school year before the tag.)
                    let word = k == s + 2 && self.holds_common_word(&ctx.chars[s..k]);
                    let numbered = ctx.chars[s..k].iter().any(|&c| SETS.numerals.has(c));
                    // (东来村（五保户）: a place's suffix ends no name.)
                    (strong || (!word && !numbered))
                        && !SETS.place.has(ctx.chars[k - 1])
                        && (Self::clause_start(&ctx, s) || (s > 0 && one_of(chars!("与和同跟由"), ctx.chars[s - 1])))
                        && ctx.chars[s..k].iter().all(|&c| is_han(c) && !SETS.anon.has(c))
                        && (nickname || self.surname_lens(&ctx, s).into_iter().any(|sl| s + sl < k))
                        && !ctx.rel_start[s]
                })
            {
                cands.push((Rank::Cue, s, k));
            }
            // (阿力木塔斯肯（舅舅）代领, 哈斯木托合塔尔（舅舅）代领: a transliterated name of four to eight name
            // syllables, opening its clause, before a bracketed kin word, set CH5.)
            if matches!(ctx.chars.get(k), Some('（' | '('))
                && let Some(s) = (4..=8)
                    .filter_map(|m| k.checked_sub(m))
                    .find(|&s| Self::clause_start(&ctx, s) && ctx.chars[s..k].iter().all(|&c| self.name_run.has(c)))
                && Self::kin_tag_at(&ctx, k).is_some()
                && !ctx.covered[s..k].iter().any(|&c| c)
            {
                cands.push((Rank::Cue, s, k));
            }
            let sex = Self::bracketed_sex_at(&ctx, k);
            if (Self::bracketed_age_at(&ctx, k) || sex)
                && let Some(s) = extent_before()
                    .or_else(|| {
                        loose_before().filter(|&s| {
                            !sex && (self.opens_clause(&ctx, s) || (s > 0 && one_of(chars!(KIN), ctx.chars[s - 1])))
                        })
                    })
                    .or_else(|| self.particle_ended_name(&ctx, k).filter(|_| !sex))
                && !ctx.covered[s..k].iter().any(|&c| c)
            {
                cands.push((Rank::Cue, s, k));
            } else if k >= 2
                && (Self::bracketed_age_at(&ctx, k)
                    || (k == 2 && one_of(chars!("，,"), ctx.chars[k]) && Self::age_digits_at(&ctx, k + 1)))
                && Self::clause_start(&ctx, k - 2)
                && ctx.chars[k - 2..k].iter().all(|&c| is_han(c) && self.given_ok(c))
                && !ctx.rel_start[k - 2]
                && !ctx.rel_end[k]
                // (A given name that is a word too, 建国 or 浩然, right before its age is still a name; a class of
                // people is not.)
                && !matches!(
                    ctx.chars[k - 2..k],
                    ['孩', '子'] | ['儿', '童'] | ['患', '者'] | ['本', '人'] | ['学', '生'] | ['男', '孩'] | ['女', '孩']
                        | ['婴', '儿'] | ['幼', '儿'] | ['少', '年'] | ['老', '人'] | ['男', '性'] | ['女', '性']
                )
                && !ctx.covered[k - 2..k].iter().any(|&c| c)
            {
                // (入户走访，俊熙（13岁）随叔叔生活: a child called by the given name alone, opening a clause before
                // a bracketed age, set AG3; 建国，79岁，肢体二级…: or opening the cell before the age, set AH2.)
                cands.push((Rank::Cue, k - 2, k));
            }
            // (黄向红 签字确认: a space may stand between the name and the verb, when the name opens its clause
            // or line; 按1780元发放 就读于… is no name.)
            // (李娜 电话：139…, 王芳　手机 139…: or the label of a number that follows, set J3.)
            let spaced_verb = matches!(ctx.chars[k], ' ' | '\u{3000}') && k > 0 && is_han(ctx.chars[k - 1]) && {
                let j = (k..n).find(|&j| !matches!(ctx.chars[j], ' ' | '\u{3000}')).unwrap_or(n);
                (j == k + 1 && self.verb_post_cue_at(&ctx, k + 1))
                    || Self::phone_label_at(&ctx, j)
                    // (潘梅 2024.1.19, 罗清 2月1日: a signature and its date under an approval, set AG2.)
                    || Self::date_at(&ctx, j)
            };
            // (李锦程由姑姑田某抚养: 由 and a relation word after a name opening its clause.)
            let verb = self.verb_post_cue_at(&ctx, k)
                || (ctx.chars[k] == '由' && ctx.rel_start.get(k + 1).is_some_and(|&r| r));
            if (verb || spaced_verb || phone || Self::age_at(&ctx, k) || Self::year_at(&ctx, k))
                && !self.org_or_place_follows(&ctx, k)
            {
                let apart = |s: usize| Self::clause_start(&ctx, s) || ctx.chars[s - 1].is_whitespace();
                // (由妹妹代领: a relation word after a preposition is no given name.)
                // (由左细妹照料: but a surname before a southern given name is a name.)
                let kin_given = |s: usize| ctx.rel_start[s + 1] && ctx.rel_end[k] && !self.kin_given_end(&ctx, s, k);
                // (在孙娟开办的建材店务工, 在上官文杰开办的大棚: after 在, 到 or 去, whose business it is.)
                const RUNS: [&[char]; 4] =
                    [&['开', '办', '的'], &['经', '营', '的'], &['承', '包', '的'], &['开', '的']];
                let owner = |s: usize| {
                    s > 0
                        && one_of(chars!("在到去"), ctx.chars[s - 1])
                        && RUNS.iter().any(|w| Self::starts_with_at(&ctx, k, w))
                };
                // (党建办主任, 计生办主任, 安监科长: an office's section before its head's title, no name.)
                const TITLES: [&[char]; 5] =
                    [&['主', '任'], &['副', '主', '任'], &['科', '长'], &['副', '科', '长'], &['股', '长']];
                let section_head = k > 0
                    && one_of(chars!("办科股站所室部局委处监"), ctx.chars[k - 1])
                    && TITLES.iter().any(|w| Self::starts_with_at(&ctx, k, w));
                // (于次日补交申请书, 于当天返回: 于 before a day's word is "on", no surname.)
                let on_day = |s: usize| {
                    ctx.chars[s] == '于'
                        && k == s + 3
                        && one_of(chars!("日天月年底初晚"), ctx.chars[k - 1])
                        && self.holds_common_word(&ctx.chars[s + 1..k])
                };
                // (全天陪护, 白天照看, 全天候陪护: a word of time before the verb, no surname; 由夏日陪护 names one.)
                let time_word = |s: usize| {
                    (k == s + 2 || (k == s + 3 && one_of(chars!("候里内"), ctx.chars[s + 2])))
                        && TIME_WORDS.contains(&[ctx.chars[s], ctx.chars[s + 1]])
                };
                // (区学生资助管理中心, 区残疾人联合会: a district's office for a class of people, no 区 surname.)
                let district_office = |s: usize| {
                    ctx.chars[s] == '区'
                        && [
                            &['学', '生'][..],
                            &['儿', '童'],
                            &['残', '疾'],
                            &['老', '年'],
                            &['妇', '女'],
                            &['居', '民'],
                        ]
                        .iter()
                        .any(|w| Self::starts_with_at(&ctx, s + 1, w))
                };
                // (宣传高龄津贴政策: a cue that is an everyday word too, after two characters that are a word and
                // open with no frequent surname, is no name's end; 王芳高龄, 金星高龄, 马力白天务工 are.)
                let word_before_word_cue = |s: usize| {
                    k == s + 2
                        && self.holds_common_word(&ctx.chars[s..k])
                        && !self.frequent_surnames.has(ctx.chars[s])
                        && [&['高', '龄'][..], &['白', '天'], &['马', '上']]
                            .iter()
                            .any(|w| Self::starts_with_at(&ctx, k, w))
                };
                // (区政务中心3楼  邮编：415101: a word labelling a six-digit postcode, set BP6.)
                // (The spaced reading sees 楼邮编 there, the gap taken out.)
                let postcode_label = |s: usize| {
                    k >= s + 2
                        && one_of(chars!("：:"), ctx.chars[k])
                        && self.holds_common_word(&ctx.chars[k - 2..k])
                        && ctx.chars.get(k + 1..k + 7).is_some_and(|d| d.iter().all(char::is_ascii_digit))
                        && ctx.chars.get(k + 7).is_none_or(|c| !c.is_ascii_digit())
                };
                let s = [extent_before(), loose_before()].into_iter().flatten().find(|&s| {
                    (self.opens_clause(&ctx, s) || owner(s))
                        && !on_day(s)
                        && !time_word(s)
                        && !district_office(s)
                        && !word_before_word_cue(s)
                        && !section_head
                        && !self.frame_ends_at(&ctx, s)
                        && (verb || phone || !spaced_verb || apart(s))
                        && !kin_given(s)
                        && !postcode_label(s)
                        // (驾驶的农用车外出: an everyday word opening with a rare surname, 农用, and one more
                        // character are a thing, set CD3.)
                        && !(k == s + 3
                            && self.holds_common_word(&ctx.chars[s..s + 2])
                            && !self.frequent_surnames.has(ctx.chars[s]))
                        // (由村居代办员统一协助领取: a verb before 员 is a role's word, 代办员, set BP2.)
                        && !(verb && ctx.chars.get(k + 2) == Some(&'员'))
                });
                if let Some(s) = s {
                    cands.push((Rank::Cue, s, k));
                }
            }
            // 扎西代为签领, 经央措核实, 拉毛草在场见证: Tibetan name syllables set apart on the left, right before a
            // verb or a cue.
            if (self.verb_post_cue_at(&ctx, k) || self.post_cue_at(&ctx, k))
                && let Some(s) = self.tibetan_before(&ctx, k)
            {
                cands.push((Rank::Cue, s, k));
            }
            // “白杰”称其兄…: a quoted name before a verb.
            if k >= 3
                && matches!(ctx.chars[k - 1], '”' | '"' | '」' | '’')
                && (self.verb_post_cue_at(&ctx, k) || self.post_cue_at(&ctx, k))
                && let Some(o) =
                    (k.saturating_sub(7)..k - 1).rev().find(|&j| matches!(ctx.chars[j], '“' | '"' | '「' | '‘'))
                && (2..=4).contains(&(k - 2 - o))
                && ctx.chars[o + 1..k - 1].iter().all(|&c| is_han(c))
                && self.is_surname_start(&ctx, o + 1)
                && !self.word_starts(&ctx, o + 1)
            {
                cands.push((Rank::Cue, o + 1, k - 1));
            }
            // 彭凯与平军友系夫妻: two people a kinship word pairs are names, both of them.
            if let Some(pair) = self.paired_names(&ctx, k) {
                pair.into_iter().for_each(|(s, e)| cands.push((Rank::Relation, s, e)));
            }
            // 暴景行（外孙）: a name right before a bracketed relation word.
            if let Some((s, e)) = self.before_bracketed_relation(&ctx, k) {
                cands.push((Rank::Relation, s, e));
            }
            if SETS.list_separators.has(ctx.chars[k])
                && let Some(e) = extent_after(k + 1, Mode::Strict)
                && let Some(s) = extent_before().or_else(|| self.list_head_before(&ctx, k))
                // (经查询，佟二小名下有车辆: an everyday word before the comma lists no one.)
                && !(k - s == 2 && self.holds_common_word(&ctx.chars[s..k]))
                // (蒙荣，河池学院: nor is a school's place name the next one.)
                && !Self::school_within(&ctx, k + 1, 4)
            {
                cands.push((Rank::List, s, k));
                cands.push((Rank::List, k + 1, e));
            } else if one_of(chars!("、；;"), ctx.chars[k])
                && ctx.rel_start.get(k + 1).is_some_and(|&r| r)
                && let Some(s) = extent_before().or_else(|| self.list_head_before(&ctx, k))
                && self.list_opens(&ctx, s)
                && !(k - s == 2 && self.holds_common_word(&ctx.chars[s..k]))
                && !(s + 1..k).any(|j| self.verb_post_cue_at(&ctx, j))
            {
                // 龚杰；村委委员李霞琴；…: a list whose next item is a role word and a name (not a clause a comma
                // ends: 王敏说，女儿…).
                cands.push((Rank::List, s, k));
            }
        }

        // 崔楚湘易来福两兄弟分户, 邻居萧春生谭渔生均证实: a second name run on right after one, before a word that
        // counts or joins them, is a name too.
        const RUN_TAILS: [&[char]; 14] = [
            &['两', '兄', '弟'],
            &['兄', '弟', '俩'],
            &['兄', '弟', '两'],
            &['两', '姐', '妹'],
            &['姐', '妹', '俩'],
            &['两', '口', '子'],
            &['两', '人'],
            &['二', '人'],
            &['两', '位'],
            &['夫', '妇'],
            &['夫', '妻'],
            &['均'],
            &['都'],
            &['等', '人'],
        ];
        let ends: Vec<usize> = cands.iter().filter(|c| c.2 < n).map(|c| c.2).collect();
        for e in ends {
            // (孙子孙女均在读: not a relation word.)
            if !ctx.rel_start[e]
                && let Some(e2) = extent_after(e, Mode::Strict).or_else(|| extent_after(e, Mode::Loose))
                && e2 - e >= 2
                && RUN_TAILS.iter().any(|w| Self::starts_with_at(&ctx, e2, w))
                && self.not_everyday(&ctx, e, e2)
            {
                cands.push((Rank::List, e, e2));
            }
        }
        // A known name that another rule reads as the head of a longer name (known 杨丽, 监护人杨丽慧代为申请)
        // takes that longer extent: the third character is part of the person's name.
        // (喇梅自2024年起: not over 自, "since", before a date.)
        let longer: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| c.0 != Rank::Known && !(ctx.chars[c.2 - 1] == '自' && Self::year_at(&ctx, c.2)))
            .map(|c| (c.1, c.2))
            .collect();
        // So does a known name without a Han surname (宝音, 萨日娜 in the name column) inside a name that a
        // relation word introduces with a surname before it (外孙吴宝音, 老伴胡萨日娜).
        let related: Vec<(usize, usize)> =
            cands.iter().filter(|c| c.0 == Rank::Relation && ctx.rel_end[c.1]).map(|c| (c.1, c.2)).collect();
        // 其子诸葛红旗名下…, 核查人员王春雷电话…: a name a relation word introduces that a cue reads one character
        // longer takes that character too (hiding one too many is the safe error).
        // (与村干部尹明存在…, 其子马明账户: not a character that makes a word with the next, 存在, 账户, unless a cue
        // follows, 王春雷电话; 外孙女吴颖随老人: not a preposition; only a name's character, a place one (红旗) or a
        // numeral (阿四), which the relation rule leaves out.)
        let takes = |e: usize| {
            // (父亲黄海生于2024年: 生于 is a word, but 于 and a date is a cue of its own; so is 代领 after 由其子李扒四.)
            let word_on = ctx.chars.get(e..e + 2).is_some_and(|w| self.holds_common_word(w))
                && !self.post_cue_at(&ctx, e + 1)
                && !(self.verb_post_cue_at(&ctx, e + 1) && matches!(ctx.chars[e + 1], '于' | '代'));
            !word_on
                && ctx.chars.get(e).is_some_and(|&ch| {
                    !one_of(chars!("随跟和与同给替帮被把将向对在从由及"), ch)
                        && (self.given_ok(ch) || SETS.place.has(ch) || SETS.numerals.has(ch))
                })
        };
        for k in 0..cands.len() {
            let (rank, s, e) = cands[k];
            let cued = |c: &(Rank, usize, usize)| {
                matches!(c.0, Rank::Cue | Rank::Shape | Rank::List) && c.1 == s && c.2 == e + 1 && e + 1 - s <= 4
            };
            // (村民代表吴文章、蔡秀凉等评议: a list's item the same way.)
            // (杨强三户: a list's item takes a given character only, no numeral.)
            let list_takes = || ctx.chars.get(e).is_some_and(|&ch| self.given_ok(ch) && !SETS.numerals.has(ch));
            if ((rank == Rank::Relation && takes(e)) || (rank == Rank::List && takes(e) && list_takes()))
                && cands.iter().any(cued)
            {
                cands[k].2 += 1;
            }
        }
        for c in cands.iter_mut().filter(|c| c.0 == Rank::Known) {
            // (Not by a character that starts a word with the next: 王丽利用亲属身份证 where 王丽 is known.)
            if let Some(e) = longer.iter().filter(|&&(s, e)| s == c.1 && e > c.2 && e - s <= 4).map(|&(_, e)| e).max()
                && !(e == c.2 + 1 && self.common_word_at(&ctx, c.2))
            {
                c.2 = e;
            }
            if let Some(&(s, e)) = related.iter().find(|&&(s, e)| s < c.1 && c.1 - s <= 2 && e >= c.2 && e - s <= 6) {
                (c.1, c.2) = (s, e);
            } else if let Some(&(s, _)) = longer.iter().find(|&&(s, e)| {
                s + 1 == c.1
                    && e > c.1
                    && c.2 - s <= 4
                    // (由其孙林东代领: not the relation word's last character.)
                    && !ctx.rel_end[c.1]
                    && ((self.is_surname_start(&ctx, s) && !SETS.function_prefix.has(ctx.chars[s]))
                        || related.contains(&(s, e)))
            }) {
                // (其夫线岩所在, 请联系胡娜努 where 岩所 or 娜努 is a name of the file: a surname another rule reads
                // right before it opens the same person's name, which is hidden from there: 线**, not 线岩*.)
                c.1 = s;
            }
            // 通知索南才旦来领取, 给公保多杰家放羊 where 才旦 or 公保 is a name of the file: the known syllable is part
            // of a Tibetan, Yi or Mongolian name found around it, which is hidden whole.
            if let Some(&(s, e)) = minority_spans
                .iter()
                .filter(|&&(s, e)| s <= c.1 && e >= c.2 && e - s > c.2 - c.1)
                .max_by_key(|&&(s, e)| e - s)
            {
                (c.1, c.2) = (s, e);
            }
        }
        // 叶尔波拉提·哈那提: the Uyghur and Kazakh parts read the whole name where the dotted rule, which knows only
        // transliteration characters, read 拉提·哈那; overlapping dotted spans are one name.
        merge_overlapping(&mut cands, Rank::Dotted);
        // 达瓦·泽仁, 益西‧江措 where 达瓦 or 江措 is a name of the file: the known name is one part of a dotted
        // name, which is hidden whole. (The dotted span and every known name overlapping it become one known
        // span: 通拉嘎 and 斯琴 both known, around 拉嘎・斯琴, hide 通拉嘎・斯琴.)
        let dotted: Vec<(usize, usize)> =
            cands.iter().filter(|c| c.0 == Rank::Dotted).map(|&(_, s, e)| (s, e)).collect();
        for (ds, de) in dotted {
            let inside =
                |c: &(Rank, usize, usize)| c.0 == Rank::Known && ds <= c.1 && c.2 <= de && (c.1, c.2) != (ds, de);
            if !cands.iter().any(inside) {
                continue;
            }
            let overlaps = |c: &(Rank, usize, usize), s: usize, e: usize| c.0 == Rank::Known && c.1 < e && s < c.2;
            let (s, e) =
                cands.iter().filter(|c| overlaps(c, ds, de)).fold((ds, de), |(s, e), c| (s.min(c.1), e.max(c.2)));
            cands.retain(|c| !overlaps(c, s, e));
            cands.push((Rank::Known, s, e));
        }
        // (村里人叫颜水阿狗，: a name running into a nickname that ends its clause ends where the nickname starts.
        // Not 欧阳阿福说, a name that goes on past the nickname's end or a nickname inside running text.)
        let nick_starts: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| c.0 == Rank::Nickname && ctx.chars.get(c.2).is_none_or(|&ch| !is_han(ch)))
            .map(|c| (c.1, c.2))
            .collect();
        for c in cands.iter_mut().filter(|c| c.0 != Rank::Nickname) {
            if let Some(&(ns, _)) = nick_starts.iter().find(|&&(ns, ne)| c.1 + 2 <= ns && ns < c.2 && c.2 <= ne) {
                c.2 = ns;
            }
        }
        // (经核查吉克史者隐瞒收入: a Yi family name read as a name of two runs on over two Yi given characters
        // that end cleanly.)
        for c in cands.iter_mut() {
            let (s, e) = (c.1, c.2);
            let yi_given = |k: usize| {
                ctx.chars.get(k).is_some_and(|&ch| {
                    self.name_run.has(ch) || self.given_ok(ch) || one_of(chars!(YI), ch) || one_of(chars!(YI_GIVEN), ch)
                }) && !ctx.rel_start[k]
            };
            if e == s + 2
                && self.yi_clans.contains(&pack(&ctx.chars[s..e]))
                && yi_given(e)
                && yi_given(e + 1)
                && self.ends_cleanly(&ctx, e + 2)
            {
                c.2 = e + 2;
            }
        }
        // (尕让娜姆于…: two Tibetan syllables in a row are one name; a shorter reading that starts inside it,
        // 娜姆 after 让 read as a verb, gives way.)
        let syllable = |j: usize| j + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[j..j + 2]));
        let chains: Vec<(usize, usize)> =
            cands.iter().filter(|c| c.2 >= c.1 + 4 && syllable(c.1) && syllable(c.1 + 2)).map(|c| (c.1, c.2)).collect();
        if !chains.is_empty() {
            cands.retain(|c| !chains.iter().any(|&(s, e)| s < c.1 && c.2 <= e));
        }
        // (老党员欧阳前进: a compound surname read as a name of two gives way to the whole name it opens.)
        let compound_alone =
            |&(_, s, e): &(Rank, usize, usize)| e == s + 2 && self.compounds.contains(&pack(&ctx.chars[s..e]));
        if cands.iter().any(compound_alone) {
            let longer: Vec<(usize, usize)> = cands.iter().map(|c| (c.1, c.2)).collect();
            cands.retain(|c| !(compound_alone(c) && longer.iter().any(|&(s, e)| s == c.1 && e > c.2)));
        }
        // (荆州务工返乡人员: a city's name, [places], read by a cue alone is the city; a relation word or the file's
        // name columns still make it a person's.)
        // (临县民政局　林家坪镇人民政府: after an office read as a role word, a name that a place's suffix follows is
        // the place.)
        let after_office = |s: usize| {
            let j = ctx.chars[..s].iter().rposition(|&c| !c.is_whitespace());
            j.is_some_and(|j| one_of(chars!("所局办站"), ctx.chars[j]))
        };
        // (同户多残家庭, 老伴王莹瘫在床上: a condition, which no given name holds, ends the name before it; 霍去病
        // and 辛弃疾 hold 病 and 疾.)
        // (户主王残英: after a relation word only where two characters are left; a name is never dropped there.)
        for c in cands.iter_mut().filter(|c| c.0 != Rank::Known) {
            // (本人曾患***: 患, "suffers from", ends it even there.)
            if let Some(k) = (c.1 + 1..c.2).find(|&k| one_of(chars!("残瘫患"), ctx.chars[k]))
                && (c.0 != Rank::Relation || k - c.1 >= 2 || ctx.chars[k] == '患')
            {
                c.2 = k;
            }
        }
        // (任家梁的老房子, 鲁家山、柯家湾两个组合并: X家 and a hamlet's mark at `k`, where the text goes on about the
        // place: its group or village, its houses or land, or another such hamlet in a list that ends so; 王家山的低保
        // and 王家山、李家坪两人 are people.)
        fn family_hamlet_at(ctx: &Ctx, k: usize, depth: u8) -> bool {
            let at = |j: usize| ctx.chars.get(j).copied().unwrap_or(' ');
            let mark = |c: char| c == '山' || one_of(super::address::HAMLET_ENDS, c);
            if !(is_han(at(k)) && at(k + 1) == '家' && mark(at(k + 2))) {
                return false;
            }
            let e = k + 3;
            one_of(chars!("组村"), at(e))
                || (at(e) == '两' && at(e + 1) == '个' && at(e + 2) == '组')
                || (at(e) == '的' && one_of(chars!("老房屋地田路山茶林树坡水"), at(e + 1)))
                || (at(e) == '、' && depth < 3 && family_hamlet_at(ctx, e + 1, depth + 1))
        }
        // (向街道提出复核申请, 报社区审核: a given name is never an office's or a place's word.)
        cands.retain(|c| {
            c.0 == Rank::Known
                || c.2 - c.1 < 3
                || ![['街', '道'], ['社', '区'], ['居', '委'], ['村', '委'], ['乡', '镇'], ['政', '府']]
                    .iter()
                    .any(|w| ctx.chars[c.2 - 2..c.2] == *w)
        });
        cands.retain(|c| {
            // (申请人由平凉市儿童福利院转回: after a relation word too, when the city's level follows it; a preposition
            // read into the name is left out.)
            let s = c.1 + usize::from(SETS.function_prefix.has(ctx.chars[c.1]) && c.2 - c.1 == 3);
            let place = (matches!(c.0, Rank::Cue | Rank::Shape)
                || (c.0 == Rank::Relation && ctx.chars.get(c.2).is_some_and(|&ch| one_of(chars!("市县州"), ch))))
                && c.2 - s <= 4
                && self.places.contains(&pack(&ctx.chars[s..c.2]));
            // (儿童由尚志市儿童福利院收留: a preposition read as a surname before a city or a county whose
            // institution follows is the preposition before that place.)
            let city_institution = c.0 != Rank::Known
                && SETS.function_prefix.has(ctx.chars[c.1])
                && ctx.chars.get(c.2).is_some_and(|&ch| one_of(chars!("市县区州旗"), ch))
                && {
                    const BODIES: [&[char]; 7] = [
                        &['福', '利', '院'],
                        &['民', '政', '局'],
                        &['医', '院'],
                        &['政', '府'],
                        &['救', '助', '站'],
                        &['敬', '老', '院'],
                        &['养', '老', '院'],
                    ];
                    let upto = (c.2 + 10).min(n);
                    (c.2 + 1..upto).any(|j| BODIES.iter().any(|w| Self::starts_with_at(&ctx, j, w)))
                        && ctx.chars[c.2 + 1..upto].iter().take_while(|&&ch| is_han(ch)).count() >= 2
                };
            // (伊宁县民政局　吉里于孜镇人民政府: or two more characters, then the town and its office, set BI3.)
            let town_office = |j: usize| {
                j < n
                    && one_of(chars!("镇乡"), ctx.chars[j])
                    && TOWN_OFFICES.iter().any(|w| Self::starts_with_at(&ctx, j + 1, w))
            };
            let office_place = city_institution
                || c.0 == Rank::Relation
                    && after_office(c.1)
                    && (ctx.chars[c.2..(c.2 + 2).min(n)]
                        .iter()
                        .take_while(|&&ch| is_han(ch))
                        .any(|&ch| one_of(chars!(ADMIN), ch) || SETS.place.has(ch))
                        || ((c.2 + 1..=c.2 + 2).any(town_office)
                            && ctx.chars[c.2..c.2 + 2].iter().all(|&ch| is_han(ch))));
            // (由村里幸福院照看, 由院方统一管理: an institution's name or side, read by a cue or a relation word.)
            const HOMES: [&[char]; 7] = [
                &['福', '利', '院'],
                &['敬', '老', '院'],
                &['幸', '福', '院'],
                &['光', '荣', '院'],
                &['养', '老', '院'],
                &['卫', '生', '院'],
                &['疗', '养', '院'],
            ];
            // (唐山金宇钢铁有限公司: a name read from its shape alone right before 有限公司 is a firm's; 欠刘德明公司
            // 工资 names a person, by a cue.)
            let firm = c.0 == Rank::Shape && Self::starts_with_at(&ctx, c.2, &['有', '限']);
            let institution = firm
                || c.0 != Rank::Known
                    && (c.2 - s >= 3 && HOMES.iter().any(|w| ctx.chars[c.2 - 3..c.2] == **w)
                        || (c.2 - s == 2 && one_of(chars!("院校厂"), ctx.chars[s]) && ctx.chars[s + 1] == '方'));
            // (由原户籍地出具: a preposition and 原 running on into more text are no name of two; 于平 is.)
            // (新增对象，从满80周岁: a preposition and 满 before an age.)
            let particles = c.0 != Rank::Known
                && c.2 - c.1 == 2
                && SETS.function_prefix.has(ctx.chars[c.1])
                && ((ctx.chars[c.1 + 1] == '原' && ctx.chars.get(c.2).is_some_and(|&ch| is_han(ch)))
                    || (ctx.chars[c.1 + 1] == '满' && !ctx.rel_end[c.1] && Self::age_at(&ctx, c.2)))
                // (申请时已满61周岁, set BW2: a word of having reached an age, 已满 or 年满, before the age.)
                || (c.0 != Rank::Known
                    && c.2 - c.1 == 3
                    && ctx.chars[c.2 - 1] == '满'
                    && one_of(chars!("已年刚未不"), ctx.chars[c.2 - 2])
                    && !ctx.rel_end[c.1]
                    && Self::age_at(&ctx, c.2));
            // (河南光山农村商业银行: a province's name, read by its shape alone, opens a place's or a body's name.)
            const PROVINCES: [[char; 2]; 14] = [
                ['河', '北'],
                ['河', '南'],
                ['山', '东'],
                ['山', '西'],
                ['江', '苏'],
                ['江', '西'],
                ['湖', '北'],
                ['湖', '南'],
                ['广', '东'],
                ['广', '西'],
                ['云', '南'],
                ['海', '南'],
                ['安', '徽'],
                ['甘', '肃'],
            ];
            let province = (matches!(c.0, Rank::Shape | Rank::List)
                && PROVINCES.iter().any(|p| ctx.chars[c.1..].starts_with(p)))
                // (母亲江苏苏州务工, 父：江苏昆山: after a relation word, a province's name of two characters, alone
                // or with a city's two after it that close the item, is where the person works, set BO4.)
                || (c.0 == Rank::Relation
                    && c.2 <= c.1 + 4
                    && ctx.chars.get(c.1 + 2..c.1 + 4).is_some_and(|w| w.iter().all(|&ch| is_han(ch)))
                    && ctx.chars.get(c.1 + 4).is_none_or(|&ch| !is_han(ch) || SETS.list_separators.has(ch))
                    && super::address::PROVINCES.contains(&&text[ctx.starts[c.1]..ctx.starts[c.1 + 2]]))
                || (c.0 == Rank::Relation
                    && c.2 - c.1 == 2
                    && (ctx.chars.get(c.2).is_none_or(|&ch| !is_han(ch) || SETS.list_separators.has(ch))
                        || ctx.chars.get(c.2..c.2 + 2).is_some_and(|w| {
                            super::address::PROVINCES.contains(&&text[ctx.starts[c.1]..ctx.starts[c.2]])
                                && w.iter().all(|&ch| is_han(ch))
                                && Self::starts_with_at(&ctx, c.2 + 2, &['务', '工'])
                        })
                        // (父：江苏苏州；母：浙江宁波: or before a city's name that ends the item, or 省.)
                        || ctx.chars.get(c.2) == Some(&'省')
                        || (2..=3).any(|m| {
                            ctx.chars.get(c.2..c.2 + m).is_some_and(|w| w.iter().all(|&ch| is_han(ch)))
                                && ctx
                                    .chars
                                    .get(c.2 + m)
                                    .is_none_or(|&ch| !is_han(ch) || SETS.list_separators.has(ch))
                        }))
                    // (父母江苏、浙江打工: after a relation word, a province's name alone is where the person is.)
                    && super::address::PROVINCES.contains(&&text[ctx.starts[c.1]..ctx.starts[c.2]]));
            let weak = matches!(c.0, Rank::Cue | Rank::Shape | Rank::List);
            // (家住锡林浩特: inside a city's name that starts before it.)
            let in_city = weak
                && (c.1.saturating_sub(3)..c.1).any(|st| {
                    (3..=4).any(|len| {
                        st + len >= c.2 && st + len <= n && self.places.contains(&pack(&ctx.chars[st..st + len]))
                    })
                });
            // (向镇上反映, 在村里: a preposition before where, not a surname and a given name.)
            let locale = c.0 != Rank::Known
                && c.2 - c.1 == 3
                && one_of(chars!("镇村乡县市区屯"), ctx.chars[c.1 + 1])
                && one_of(chars!("上里"), ctx.chars[c.1 + 2]);
            // (任家梁的老房子, 鲁家山、柯家湾两个组: a hamlet named after a family, where the text goes on about the
            // place.)
            let hamlet = weak && (c.2 - c.1 == 2 || c.2 - c.1 == 3) && family_hamlet_at(&ctx, c.1, 0);
            // (钱都花在娃娃上学上了: an adverb after a noun, and a verb; 李都平, 吴还生 are names.)
            let adverb = weak
                && c.2 - c.1 >= 2
                && one_of(chars!("都也就"), ctx.chars[c.1 + 1])
                && ctx.chars.get(c.1 + 2).is_some_and(|&ch| one_of(chars!("花用给交拿没不是有在要被让"), ch));
            // (本人暂不愿入住: a negated verb after a rare surname's character; 李不凡 and 其子王不同 are names.)
            let negated = c.2 - c.1 == 3
                && !self.frequent_surnames.has(ctx.chars[c.1])
                && ctx.chars[c.1 + 1] == '不'
                && one_of(chars!("愿想肯能会再是在同要用够敢知懂识"), ctx.chars[c.1 + 2]);
            // (What a condition's character cut down to one character above.)
            // (其子伟（12岁）, 已告知其子伟: a given name of one character before its age, or after a kin word
            // closing the clause, is whole.)
            let kin_closes = Self::kin_char_before(&ctx, c.1)
                && ctx
                    .chars
                    .get(c.2)
                    .is_none_or(|&ch| (!is_han(ch) && !ch.is_ascii_alphanumeric()) || one_of(chars!("在随于因"), ch));
            let cut_short = c.2 - c.1 < 2
                && !(c.0 == Rank::Nickname && (matches!(ctx.chars.get(c.2), Some('（' | '(')) || kin_closes));
            // (由木尕拉镇财政所统一代发, 名册（木尕拉镇）: a town's name read with its 镇 or 乡, before its office or
            // a closing bracket; 李成镇，男 is a person.)
            // (…敬老院（聂日雄乡）: or its name alone, before 镇 or 乡 and the bracket.)
            let town_end = if one_of(chars!("镇乡"), ctx.chars[c.2 - 1]) {
                c.2
            } else if c.2 - c.1 >= 2 && ctx.chars.get(c.2).is_some_and(|&ch| one_of(chars!("镇乡"), ch)) {
                c.2 + 1
            } else {
                0
            };
            let town = weak
                && town_end >= c.1 + 3
                && (ctx.chars.get(town_end).is_some_and(|&ch| matches!(ch, '）' | ')'))
                    || [
                        &['财', '政'][..],
                        &['政', '府'],
                        &['人', '民'],
                        &['卫', '生'],
                        &['派', '出'],
                        &['民', '政'],
                        &['党', '委'],
                    ]
                    .iter()
                    .any(|w| ctx.chars[town_end..].starts_with(w)));
            // (按州民政局川民规〔2021〕4号: a document's issuer code before its year's bracket, 〔 or ［.)
            // (户主李明〔已故〕, 李晓燕〔2019年出嫁〕 are people: only a year alone in the bracket makes a document's
            // number.)
            // (柳民照协〔2023〕001号: the code may go on for a character or two after the span, set BB3, when the
            // span opens its clause, the whole code has four characters at most and ends in a document's kind
            // (发, 字, 协, 函 …): 张建国按〔2023〕5号文件 and 李秀英新增〔2024〕3号 name people. 隆儿福寄〔2024〕080号, a
            // foster agreement's number, set BN2.)
            let code = ctx.chars[c.2..].iter().take(3).take_while(|&&ch| is_han(ch)).count().min(2);
            let code = if code > 0
                && Self::clause_start(&ctx, c.1)
                && c.2 + code - c.1 <= 4
                && one_of(chars!("发字函协规办令告批文通寄复审"), ctx.chars[c.2 + code - 1])
                && !ctx.chars[c.2..c.2 + code]
                    .iter()
                    .any(|&ch| one_of(chars!("按经至依据根照于在以从由对将把被向及和与等的为是"), ch))
            {
                code
            } else {
                0
            };
            let b = c.2 + code;
            let document = c.0 != Rank::Known
                && ctx.chars.get(b).is_some_and(|&ch| matches!(ch, '〔' | '［'))
                && ctx.chars.get(b + 1..b + 5).is_some_and(|y| y.iter().all(char::is_ascii_digit))
                && ctx.chars.get(b + 5).is_some_and(|&ch| matches!(ch, '〕' | '］'));
            !place
                && !negated
                && !office_place
                && !institution
                && !particles
                && !province
                && !locale
                && !hamlet
                && !adverb
                && !cut_short
                && !in_city
                && !document
                && !town
        });
        if let Some(s) = self.signer_after_approval(&ctx) {
            let e = n - usize::from(ctx.chars.last().is_some_and(|&c| matches!(c, '。' | '.')));
            cands.push((Rank::Cue, s, e));
        }
        // Higher ranks first, then leftmost, then longest; a char belongs to at most one name.
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
        let mut taken = std::mem::take(&mut ctx.taken);
        taken.clear();
        taken.resize(n, false);
        let mut out = Vec::new();
        for &(rank, mut s, mut e) in &cands {
            // (儿童主任母燕会同…: a surname we do not list right after a relation word, before a cue's two
            // characters, opens the name; the name starts where the relation word ends.)
            // (居委会李红主任: not 会, which ends the frame word 居委会 after the relation word 居委.)
            if rank == Rank::Cue
                && e == s + 2
                && s >= 1
                && ctx.rel_end[s - 1]
                && self.unlisted_surname_at(&ctx, s - 1)
                && !self.frame_ends_at(&ctx, s - 1)
            {
                s -= 1;
            }
            // (燕超家在华威西里, 李明家住东庄: 家 before where it is reads as the household's home, not as the
            // last character of a name no relation word vouches for.)
            if !matches!(rank, Rank::Known | Rank::Relation)
                && e == s + 3
                && e < n
                && ctx.chars[e - 1] == '家'
                && one_of(chars!("在住里中"), ctx.chars[e])
            {
                e -= 1;
            }
            if s >= e || e > n || taken[s..e].iter().any(|&t| t) {
                continue;
            }
            // (向陈家兴借了两万元: a preposition read as a surname gives way to a longer name right after it.)
            // (借了我的车去天等县看病: 去, a verb of going, is in no given name a cue alone vouches for.)
            // (家中老人由日火阿西赡养, 老人由李明照顾: so does one after a relation word, 由日 or 由李明, to a name
            // right after it that reaches as far.)
            let relation = rank == Rank::Relation && ctx.chars[s] == '由';
            if (!matches!(rank, Rank::Known | Rank::Relation) || relation)
                && ((SETS.function_prefix.has(ctx.chars[s])
                    && cands.iter().any(|c| c.1 == s + 1 && (c.2 > e || (relation && c.2 == e))))
                    || (rank != Rank::Relation && ctx.chars[s + 1..e].contains(&'去')))
            {
                continue;
            }
            // (邻居都晓得伊屋里情况: after a relation word, a surname that is far more often a particle opens no
            // name of four characters, and one of three only of name characters; 和此才, 和付约 are Naxi names.)
            // (陈官钦（村支书）和刘依官: a conjunction before a name of three joins it to the one before.)
            // (审核人：平措群培: not Tibetan syllables, whose first character may be such a surname.)
            if rank == Rank::Relation
                && self.weak_at(&ctx, s)
                && !one_of(chars!(NOUN_SURNAMES), ctx.chars[s])
                && !(s + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[s..s + 2])))
                && (e - s > 3 || (ctx.chars[s] != '和' && !ctx.chars[s + 1..e].iter().all(|&c| self.given_ok(c))))
            {
                if e - s == 4 && one_of(chars!("和与及同"), ctx.chars[s]) && self.surnames.has(ctx.chars[s + 1]) {
                    s += 1;
                } else {
                    continue;
                }
            }
            // (普陀区海洋与渔业局, 区文化与旅游局: 区 right after a place's name is the district, not the
            // Cantonese surname 区, unless a cue puts a name there.)
            if rank != Rank::Known
                && ctx.chars[s] == '区'
                && s > 0
                && is_han(ctx.chars[s - 1])
                && !one_of(chars!("由与和及被给同向跟对把让找叫经请交据替帮为将从至到在住是"), ctx.chars[s - 1])
                && !ctx.rel_end[s]
                && !self.strong_pre_cue(&ctx, s)
                // (An office's word a few characters on: 区海洋与渔业局, 区文化和旅游局; 联系区伟明核实 is a name.)
                && ctx.chars[e..(e + 6).min(n)].iter().any(|&c| one_of(chars!("局委办院所厅处站队"), c))
            {
                continue;
            }
            // (户主化肥款未结, 其子化学老师, 其女青海务工: 化, 蒿, 青 or 陕 opening an everyday word is that word; 外孙化天佑
            // is a name.)
            if matches!(rank, Rank::Relation | Rank::Cue)
                && one_of(chars!("化蒿青陕"), ctx.chars[s])
                && e > s + 1
                && self.holds_common_word(&ctx.chars[s..s + 2])
            {
                continue;
            }
            // (其妻务必按时复查: a noun surname and one character that make an everyday word running on into the
            // sentence is that word; 其妻木兰， ends where a name does.)
            if rank == Rank::Relation
                && e == s + 2
                && one_of(chars!(NOUN_SURNAMES), ctx.chars[s])
                && self.holds_common_word(&ctx.chars[s..e])
                && !self.word_given.contains(&pack(&ctx.chars[s..e]))
                // (其妻木兰在家: a given name's character keeps it a name.)
                && !self.given_ok(ctx.chars[s + 1])
                && ctx.chars.get(e).is_some_and(|&c| is_han(c))
            {
                continue;
            }
            // (主持人宣读了规则: an everyday word with an aspect particle after it is a verb, not a name.)
            if rank == Rank::Relation
                && e == s + 2
                && self.holds_common_word(&ctx.chars[s..e])
                && ctx.chars.get(e).is_some_and(|&c| one_of(chars!("了着过"), c))
            {
                continue;
            }
            // (由福建农信代发, 请向依兰镇反映: a preposition that is also a surname, before a place or an everyday
            // word, is the preposition.)
            // (4、于国庆，其女婿…: not when a numbered item opens with it, set AA3.)
            if !matches!(rank, Rank::Known | Rank::Relation | Rank::Bare)
                && SETS.function_prefix.has(ctx.chars[s])
                && !(Self::after_item_number(&ctx, s)
                    && ctx.chars.get(e).is_none_or(|&c| matches!(c, '，' | ',' | ' ' | '\u{3000}' | '（' | '(')))
                && (ctx.lex_end[s + 1] >= e
                    || (ctx.chars[s] == '由' && e == s + 3 && self.holds_common_word(&ctx.chars[s + 1..e])))
            {
                continue;
            }
            // (户主于凌晨外出, 儿童由福利机构集中养育: after a relation word too, when an everyday word that is no
            // given name follows the preposition and the sentence runs on past it; 其妻于海燕在外 is a name.)
            if rank == Rank::Relation
                && e == s + 3
                && one_of(chars!("于由向以为从"), ctx.chars[s])
                && ctx.lex_end[s + 1] == e
                && self.holds_common_word(&ctx.chars[s + 1..e])
                && !self.word_given.contains(&pack(&ctx.chars[s + 1..e]))
                // (A time word may take a verb after it: 于凌晨外出.)
                && ctx.chars.get(e).is_some_and(|&c| {
                    is_han(c)
                        && ((!SETS.stop.has(c) && ctx.cues[e] == 0)
                            || one_of(chars!("晨晚午夜天日月年周期初底末"), ctx.chars[e - 1]))
                })
            {
                continue;
            }
            // (林场、桂花等情况已核实: what 等 closes before 情况 or 方面 is a list of things.)
            // (李子问题已整改到位, 朱砂问题: a surname and one character before 问题 are a thing's name.)
            if !matches!(rank, Rank::Known | Rank::Relation | Rank::Bare)
                && (Self::things_follow(&ctx, e) || (e == s + 2 && Self::starts_with_at(&ctx, e, &['问', '题'])))
            {
                continue;
            }
            // (仍以原家庭名义领取: a surname far more often a particle, before an everyday word, is that particle.)
            if !matches!(rank, Rank::Known | Rank::Relation | Rank::Bare)
                && self.weak_at(&ctx, s)
                && !one_of(chars!(NOUN_SURNAMES), ctx.chars[s])
                && e >= s + 3
                && self.holds_common_word(&ctx.chars[s + 1..e])
            {
                continue;
            }
            // (通知本人于下月初到镇里, 调查和信息核对: a weak surname whose one given character opens an everyday
            // word is the preposition or conjunction before that word.)
            if rank != Rank::Known
                && e == s + 2
                && (self.weak_at(&ctx, s) || ctx.chars[s] == '于')
                && (self.common_word_at(&ctx, s + 1) || ctx.lex_end[s + 1] > s + 2)
            {
                continue;
            }
            // (农林系, 机电系: a cell that is an everyday word and 系 names a college's department; 张伟系 and
            // 经核实王芳系“五保”对象 say who someone is.)
            if matches!(rank, Rank::Cue | Rank::Shape | Rank::List)
                && e == s + 2
                && ctx.chars.get(e) == Some(&'系')
                && ctx.chars[..s].iter().all(|c| c.is_whitespace())
                && ctx.chars[e + 1..].iter().all(|c| c.is_whitespace())
                && self.holds_common_word(&ctx.chars[s..e])
            {
                continue;
            }
            // (万州区鑫源建筑…, 南岸区金苑…: 区 right after a place's name is its level, not the surname 区; after a
            // word for a person, 同住者区志强, it is the surname.)
            if rank == Rank::Shape
                && one_of(chars!("区县市州"), ctx.chars[s])
                && s >= 2
                && is_han(ctx.chars[s - 1])
                && is_han(ctx.chars[s - 2])
                && !ctx.rel_end[s]
                && !one_of(chars!("者人员们友属亲邻居户主"), ctx.chars[s - 1])
            {
                continue;
            }
            // (村干部刘书记核实, 邻居孙大娘照看, 由村医赵大夫诊治: a surname and a title or a form of address say
            // no more than the surname; the title stays readable.)
            if rank != Rank::Known
                && e > s + 1
                && e - s <= 4
                && self.surname_lens(&ctx, s).into_iter().any(|sl| Self::is_address_form(&ctx.chars[s + sl..e]))
            {
                continue;
            }
            // (佢老公走咗之后, 阿伯冇领过, 个仔读紧书: a Cantonese particle or pronoun is in no name; 个仔跟阿婆住: nor is
            // a preposition before a kin word.)
            if rank != Rank::Known
                && (ctx.chars[s..e].iter().any(|&c| one_of(chars!("咗嘅喺冇啲嗰咁佢紧俾嘢唔睇攞"), c))
                    || (one_of(chars!("跟同和与给帮"), ctx.chars[s]) && ctx.rels.contains(&(s + 1, e))))
            {
                continue;
            }
            // (孙子孙女均在读, 孙子孙女随祖父母生活: a relation word and an adverb or a preposition after it are no
            // name.)
            if e == s + 3
                && ctx.rels.contains(&(s, s + 2))
                && one_of(chars!("均都也还又已正将皆亦随跟和与在由同靠及到去"), ctx.chars[s + 2])
            {
                continue;
            }
            // A relation word itself is never a name (长子, 妻子).
            let cand = &text[ctx.starts[s]..ctx.starts[e]];
            if !matches!(rank, Rank::Known | Rank::Nickname) && self.relation_prefix(cand) == cand.len() {
                continue;
            }
            // (随表弟阳二毛迁居: a kin word of two characters, 表弟, opening the span is that word, though its first
            // character is a surname too (表); the name is read after it, set CE2.)
            if matches!(rank, Rank::List | Rank::Cue | Rank::Shape) && e >= s + 3 && ctx.rels.contains(&(s, s + 2)) {
                continue;
            }
            // (协助关工委, 通过卫健委: a committee's short name ends in 委.)
            if matches!(rank, Rank::List | Rank::Cue | Rank::Shape)
                && (self.org_or_place_follows(&ctx, e) || ctx.chars[e - 1] == '委' || ctx.chars.get(e) == Some(&'委'))
            {
                continue;
            }
            // (制表：丰宁满族自治县民政局, 由巴马瑶族自治县儿童福利院收留: a people's autonomous county, whatever
            // its first characters read as.)
            if rank != Rank::Known && (e..(e + 4).min(n)).any(|j| Self::starts_with_at(&ctx, j, &['族', '自', '治']))
            {
                continue;
            }
            // (制表人：花甸镇民政办, 经办单位：清河乡人民政府: a town's name before its office, set AW5.)
            if rank != Rank::Known
                && e - s >= 3
                && one_of(chars!("镇乡"), ctx.chars[e - 1])
                && TOWN_OFFICES.iter().any(|w| Self::starts_with_at(&ctx, e, w))
            {
                continue;
            }
            // (向苏木提出申请: Inner Mongolia's township and village levels end no name, set BK4.)
            if rank != Rank::Known && ["苏木", "嘎查"].iter().any(|w| cand.ends_with(w)) {
                continue;
            }
            // (户主张**成天，身份证…: text right after a masked name goes on from that name; masking the output
            // again must change nothing.)
            if rank != Rank::Known && s > 0 && matches!(ctx.chars[s - 1], '*' | '＊') {
                continue;
            }
            // (由村里安排洪**照看: nor does an everyday word that runs into a masked name's stars, taking its surname
            // (安排洪); masking the output again must change nothing.)
            if rank != Rank::Known
                && e >= s + 3
                && ctx.chars.get(e).is_some_and(|&c| matches!(c, '*' | '＊'))
                && self.holds_common_word(&ctx.chars[s..e - 1])
            {
                continue;
            }
            // (在向明中学上学: a span that ends in a school's or a hospital's word is that body's name, unless a
            // relation word introduces it: 其子王小学在家.)
            if !matches!(rank, Rank::Known | Rank::Relation)
                && ["中学", "小学", "大学", "学院", "医院"].iter().any(|w| cand.ends_with(w))
            {
                continue;
            }
            // 欧阳某某, 司马某: a compound surname before an anonymised given name is no one's name.
            if rank != Rank::Known
                && e - s == 2
                && ctx.chars.get(e).is_some_and(|&c| SETS.anon.has(c))
                && self.compounds.contains(&pack(&ctx.chars[s..e]))
            {
                continue;
            }
            // 方老汉一家: no name starts inside a relation word (汉一 before 家).
            // (母亲戚静: a name may start where a relation word, the chosen one, ends inside another, 亲戚.)
            // (孙女子涵 with 李子涵 held: a held given name may start where a relation word ends inside another.)
            let held_after_kin = || rank == Rank::Nickname && ctx.kin_word_ends_at(s);
            if rank != Rank::Known
                && !ctx.rel_end[s]
                && ctx.rels.iter().any(|&(rs, re)| rs < s && s < re)
                && !held_after_kin()
            {
                continue;
            }
            // (向其宣讲政策, 向她了解: 向 before a pronoun is the preposition, unless a relation word says a name
            // follows, 户主向其林.)
            if !matches!(rank, Rank::Known | Rank::Relation)
                && ctx.chars[s] == '向'
                && ctx.chars.get(s + 1).is_some_and(|&c| one_of(chars!("其他她我你"), c))
            {
                continue;
            }
            // 资金由石家庄…: a word of three characters or more that starts inside the span and runs past its
            // end (a city, 石家庄) is what the text says there, not a name's end.
            if rank != Rank::Known
                && let Some(j) = (s + 1..e).find(|&j| ctx.lex_end[j] > e && ctx.lex_end[j] >= j + 3)
            {
                // (其孙廖萍上初中: after a relation word the name is certain; it ends where the word starts.)
                if rank == Rank::Relation && j >= s + 2 {
                    e = j;
                } else {
                    continue;
                }
            }
            // (谢华林、欧阳火根、肖春生: a span that is only a compound surname, read as a surname and a given
            // character, runs on over the rest of its list item: 火 is no given character.)
            if e - s == 2 && self.compounds.contains(&pack(&ctx.chars[s..e])) {
                let rest = (e..n.min(e + 3))
                    .take_while(|&j| {
                        let c = ctx.chars[j];
                        is_han(c) && !taken[j] && !SETS.stop.has(c) && !SETS.anon.has(c) && !SETS.numerals.has(c)
                    })
                    .count();
                let item_ends = |k: usize| k == n || one_of(chars!("、，,；;。 "), ctx.chars[k]);
                if (1..=2).contains(&rest)
                    && item_ends(e + rest)
                    && (s == 0 || one_of(chars!("、，,；;： "), ctx.chars[s - 1]))
                {
                    e += rest;
                }
            }
            taken[s..e].iter_mut().for_each(|t| *t = true);
            out.push(NameSpan { start: ctx.starts[s], end: ctx.starts[e], evidence: rank.evidence() });
        }
        self.widen_left(&ctx, &mut taken, &mut out);
        self.fill_lists(&ctx, &mut taken, &mut out);
        self.name_lists(&ctx, &mut taken, &mut out);
        // 叶志有同住, 孙金和患…, 施梓一随爷爷: 有, 和 and 一 end a clause's name far less often than they end a
        // given name; before a cue ("和患" reads as nothing) they are the name's last character. So do 家, 妹 and 弟
        // (southern names: 严华家, 金琼妹, 郑幺弟).
        for sp in &mut out {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            // (新生儿蒋俊一: the text's end does too.)
            if self.given_len(&ctx, s, e) == 1
                && e < n
                && !taken[e]
                // (滕国和于卫国: 和 joins two names.)
                && !taken.get(e + 1).is_some_and(|&t| t)
                && {
                    let cue_next = e + 1 == n
                        || ctx.cues[e + 1] & (CUE_VERB | CUE_WEAK) != 0
                        || one_of(chars!("随系为由"), ctx.chars[e + 1]);
                    // (王金家为公职人员, 严华家（社区）: 家 ends a southern given name before a cue or a boundary.)
                    let apart = || cue_next || !is_han(ctx.chars[e + 1]) || SETS.list_separators.has(ctx.chars[e + 1]);
                    match ctx.chars[e] {
                        '有' | '和' | '一' => cue_next,
                        // (Not someone's home: after a verb of going or a label a few characters back (搬去颜鹏家住了,
                        // 常住在其女江涛家, 寄养家庭：姜勋家), or before a word that 家 starts (家中, 家具, 家属).)
                        // Only after a relation word or a cue: a name opening a sentence before 家 is a household
                        // (卢秀家三间土房, 金城家有营运车辆).
                        '家' => {
                            (ctx.rel_end[s] || self.strong_pre_cue(&ctx, s))
                                && !ctx.chars[s.saturating_sub(4)..s].iter().any(|&c| one_of(chars!("去到在住往至于"), c))
                                // (王芳家庄稼被淹: a word right after 家 that is no cue makes it the household's.)
                                && ctx.lex_end[e] <= e + 1
                                && !(e + 1 < n && ctx.lex_end[e + 1] > e + 2 && ctx.cues[e + 1] == 0)
                                && (e + 1 == n
                                    || !one_of(
                                        chars!("住里中的人属庭门院户境务具电长乡族产畜禽有一二两三四五六七八九十几"),
                                        ctx.chars[e + 1],
                                    ))
                        }
                        // 金琼妹大学在读, 郑幺弟代为办理: 妹 and 弟 end a given name unless a kin word goes on
                        // (妹妹, 弟媳) or another name starts.
                        '妹' | '弟' => {
                            // (徐小妹单独立户: a surname that starts an everyday word starts no name.)
                            apart()
                                || (!one_of(chars!(KIN_GOES_ON), ctx.chars[e + 1])
                                    && (!self.surnames.has(ctx.chars[e + 1]) || self.word_starts(&ctx, e + 1)))
                        }
                        _ => false,
                    }
                }
            {
                taken[e] = true;
                sp.end = ctx.starts[e + 1];
            }
        }
        // 赡养人：尹仁锡、周文化: a two-character span whose given character starts a given name that is an everyday
        // word (文化) takes the word's second character when the name ends there.
        for sp in &mut out {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            if e == s + 2
                && e < n
                && !taken[e]
                && self.word_given.contains(&pack(&ctx.chars[s + 1..s + 3]))
                && self.ends_cleanly(&ctx, e + 1)
            {
                taken[e] = true;
                sp.end = ctx.starts[e + 1];
            }
        }
        // 陈乌云其木格, 吴铁木尔巴根: a Mongolian given name of two listed parts runs on past the first.
        for sp in &mut out {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            // (Parts that are everyday words too, 乌云 and 乌兰, only before a listed part: 陈乌云其木格.)
            const WORD_PARTS: [[char; 2]; 5] = [['乌', '云'], ['乌', '兰'], ['呼', '和'], ['赛', '罕'], ['旭', '日']];
            let listed = |a: usize, b: usize| self.listed_given.contains(&pack(&ctx.chars[a..b]));
            let ends_listed = (2..=4).any(|l| e >= s + l && listed(e - l, e))
                || (e >= s + 2 && WORD_PARTS.iter().any(|w| ctx.chars[e - 2..e] == *w));
            let next = (2..=4).rev().find(|&l| e + l <= n && listed(e, e + l) && !taken[e..e + l].iter().any(|&t| t));
            if let Some(l) = next.filter(|&l| ends_listed && self.ends_cleanly(&ctx, e + l)) {
                taken[e..e + l].iter_mut().for_each(|t| *t = true);
                sp.end = ctx.starts[e + l];
            }
        }
        self.space_parted(&ctx, &mut taken, &mut out);
        // A name found once is a name wherever else the cell repeats it (妻子拓跋婷 … 由拓跋婷接听).
        let found: Vec<(usize, usize, Evidence)> = out
            .iter()
            .filter_map(|sp| {
                let s = ctx.starts.partition_point(|&b| b < sp.start);
                let e = ctx.starts.partition_point(|&b| b < sp.end);
                (e - s >= 2).then_some((s, e, sp.evidence))
            })
            .collect();
        for (s, e, evidence) in found {
            let len = e - s;
            for k in 0..=n.saturating_sub(len) {
                // (与其弟孙义分户，孙义另行申报: a kin character read as 孙 + 义另行 that is the repeated name's
                // surname gives way to the name.)
                if ctx.chars[k..k + len] == ctx.chars[s..e]
                    && k != s
                    && !taken[k]
                    && one_of(chars!("孙子女妻夫父母兄弟姐妹侄甥媳婿"), ctx.chars[k])
                    && let Some(i) =
                        out.iter().position(|sp| sp.start == ctx.starts[k + 1] && sp.evidence == Evidence::Relation)
                {
                    let gone = out.remove(i);
                    let (gs, ge) = (k + 1, ctx.starts.partition_point(|&b| b < gone.end));
                    taken[gs..ge].iter_mut().for_each(|t| *t = false);
                }
                if ctx.chars[k..k + len] == ctx.chars[s..e]
                    && !taken[k..k + len].iter().any(|&t| t)
                    && !ctx.chars.get(k + len).is_some_and(|&c| SETS.anon.has(c))
                    && (len != 2 || !self.place_suffix_at(&ctx, k + len))
                    // (平安保险已参保；平安在外务工: a longer word there is that word.)
                    && ctx.lex_end[k] <= k + len
                    // (原由于泽民照料，于泽民病故后: a word straddling its start from before, 由于, hides no name
                    // of three characters found elsewhere in the cell.)
                    && (len >= 3 || !ctx.covered_before[k])
                {
                    taken[k..k + len].iter_mut().for_each(|t| *t = true);
                    out.push(NameSpan { start: ctx.starts[k], end: ctx.starts[k + len], evidence });
                }
            }
        }
        self.same_surname(&ctx, &mut taken, &mut out);
        self.couple_glued(&ctx, &mut taken, &mut out);
        self.bracketed_aliases(&ctx, &mut taken, &mut out);
        self.quoted_names(&ctx, &mut taken, &mut out);
        // 罗建开车祸致残: a name cut before a verb cue (开车) whose first character is a given-name character,
        // where a longer word starts right after that character (车祸), may as well be three characters long
        // (罗建开 + 车祸); the safe reading hides that character too. Not for a known or relation-bound name,
        // whose extent is sure, and only after the repetition above, which looks for the two-character name.
        for sp in &mut out {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            if !matches!(sp.evidence, Evidence::Known | Evidence::Relation)
                && self.given_len(&ctx, s, e) == 1
                && e + 1 < n
                && !taken[e]
                && self.verb_post_cue_at(&ctx, e)
                && self.given_ok(ctx.chars[e])
                && !SETS.place.has(ctx.chars[e])
                && ctx.lex_end[e + 1] > ctx.lex_end[e].max(e + 2)
            {
                taken[e] = true;
                sp.end = ctx.starts[e + 1];
            }
        }
        // 乳名根娃, 三娃（小名）: a childhood name the text labels so has no surname; it is hidden whole.
        // (户主兴旺 with 赵兴旺 held: a found name of two characters that is a held name's given part, and no held
        // name itself, has no surname in it either.)
        for sp in &mut out {
            let given = || {
                ctx.span_of(sp).is_some_and(|(s, e)| {
                    e == s + 2
                        && known.given_pairs.contains(&pair_key(ctx.chars[s], ctx.chars[s + 1]))
                        && !known.contains_chars(&ctx.chars[s..e], || &text[sp.start..sp.end])
                })
            };
            if sp.evidence != Evidence::Known && (labelled_nickname(text, sp.start, sp.end) || given()) {
                sp.evidence = Evidence::Nickname;
            }
        }
        out.sort_by_key(|s| s.start);
        ctx.taken = taken;
        recycle(ctx);
        out
    }

    /// 李建国（建国）, 张小兵（二毛）: what a bracket right after a found name holds, when it is the name's own
    /// given part or a childhood name's shape (an order character and a nickname's ending), is what the
    /// person is called: hidden whole. An everyday word there (（大学）, （小子）) is no name.
    fn bracketed_aliases(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        let n = ctx.chars.len();
        let mut more = Vec::new();
        for sp in out.iter() {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            if e + 3 >= n || !matches!(ctx.chars[e], '（' | '(') {
                continue;
            }
            let k = e + 1;
            let len = ctx.chars[k..].iter().take(4).take_while(|&&c| is_han(c)).count();
            if !(2..=3).contains(&len)
                || !ctx.chars.get(k + len).is_some_and(|&c| matches!(c, '）' | ')'))
                || taken[k..k + len].iter().any(|&t| t)
            {
                continue;
            }
            let given = self.given_len(ctx, s, e);
            let own = given >= 2 && ctx.chars[k..k + len] == ctx.chars[e - given..e];
            let shaped = len == 2
                && one_of(chars!("大二三四五六七小老阿幺"), ctx.chars[k])
                && one_of(chars!("毛丫娃蛋狗妞妮柱憨牛宝仔妹"), ctx.chars[k + 1])
                && (!(self.word_starts(ctx, k) || self.common_word_at(ctx, k))
                    || self.word_given.contains(&pack(&ctx.chars[k..k + 2])));
            if own || shaped {
                taken[k..k + len].iter_mut().for_each(|t| *t = true);
                more.push(NameSpan { start: ctx.starts[k], end: ctx.starts[k + len], evidence: Evidence::Nickname });
            }
        }
        out.append(&mut more);
    }

    /// 朱强陈春花夫妻俩带着…: two names written together before a word for the pair (夫妻, 夫妇, 母子): the first,
    /// opening its clause with a surname and one or two given characters, ends where the found second starts.
    fn couple_glued(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        const PAIRS: [[char; 2]; 10] = [
            ['夫', '妻'],
            ['夫', '妇'],
            ['母', '子'],
            ['母', '女'],
            ['父', '子'],
            ['父', '女'],
            ['兄', '弟'],
            ['姐', '妹'],
            ['两', '人'],
            ['二', '人'],
        ];
        let mut more = Vec::new();
        for sp in out.iter() {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            if !PAIRS.iter().any(|w| Self::starts_with_at(ctx, e, w)) {
                continue;
            }
            let first = [2, 3].into_iter().find(|&l| {
                s >= l
                    && Self::clause_start(ctx, s - l)
                    && !taken[s - l..s].iter().any(|&t| t)
                    && self.surname_lens(ctx, s - l).into_iter().any(|sl| sl == 1)
                    && ctx.chars[s - l + 1..s].iter().all(|&c| self.given_ok(c) && !SETS.numerals.has(c))
                    && !self.holds_common_word(&ctx.chars[s - l..s])
            });
            if let Some(l) = first {
                taken[s - l..s].iter_mut().for_each(|t| *t = true);
                more.push(NameSpan { start: ctx.starts[s - l], end: ctx.starts[s], evidence: Evidence::Context });
            }
        }
        out.append(&mut more);
    }

    /// 其弟“小三子”, 乡邻都叫其“二妮”, 写出“苏山”三字, 纹有“周海”字样: two to four Han characters in quotes after
    /// a relation word or a word of calling someone (叫, 称其, 外号, 小名), or a surname's before 字样 or 三字, are a
    /// name or a nickname, hidden whole. (After a relation word, not an everyday word: 老人“五保户”.)
    fn quoted_names(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        // (The first WEAK_CALLING quote other things too.)
        const WEAK_CALLING: usize = 8;
        const CALLING: [&[char]; 20] = [
            &['叫'],
            &['喊', '他'],
            &['喊', '她'],
            &['称', '其'],
            &['称', '他'],
            &['称', '她'],
            &['写', '出'],
            &['人', '称'],
            &['叫', '其'],
            &['叫', '他'],
            &['叫', '她'],
            &['外', '号'],
            &['绰', '号'],
            &['小', '名'],
            &['乳', '名'],
            &['又', '名'],
            &['化', '名'],
            &['称', '作'],
            &['叫', '作'],
            &['叫', '做'],
        ];
        const MARKS: [[char; 2]; 4] = [['字', '样'], ['三', '字'], ['二', '字'], ['两', '字']];
        let n = ctx.chars.len();
        for q in 0..n.saturating_sub(3) {
            if !matches!(ctx.chars[q], '“' | '"' | '「' | '『') {
                continue;
            }
            let k = q + 1;
            let len = ctx.chars[k..].iter().take(5).take_while(|&&c| is_han(c)).count();
            let e = k + len;
            if !(2..=4).contains(&len)
                || !ctx.chars.get(e).is_some_and(|&c| matches!(c, '”' | '"' | '」' | '』'))
                || taken[k..e].iter().any(|&t| t)
            {
                continue;
            }
            // (大家都叫“好人”, 写出“申请书”, 村民称其“从不干活”: after a word that may quote other things too (叫,
            // 写出, 称其) or a relation word, no everyday word opening it, no particle and at most three
            // characters. After 外号, 小名 or 叫其, anything.)
            let plain = len <= 3
                && !self.holds_common_word(&ctx.chars[k..k + 2])
                && !ctx.chars[k..e].iter().any(|&c| SETS.stop.has(c));
            let called = CALLING.iter().enumerate().any(|(j, w)| {
                q >= w.len() && Self::starts_with_at(ctx, q - w.len(), w) && (j >= WEAK_CALLING || plain)
            }) || (ctx.rel_end[q] && plain);
            let marked = self.is_surname_start(ctx, k) && MARKS.iter().any(|w| Self::starts_with_at(ctx, e + 1, w));
            if called || marked {
                taken[k..e].iter_mut().for_each(|t| *t = true);
                out.push(NameSpan { start: ctx.starts[k], end: ctx.starts[e], evidence: Evidence::Nickname });
            }
        }
    }

    /// 王雪住了三次院，王娜辞工陪护; 赵鑫隐瞒赵鹏在大连打工: a family shares its surname, so once a name is
    /// found in a text, its surname followed by one or two given characters that end plainly (a boundary, a
    /// cue, a word) is a relative's name, whatever stands before it. Not where an everyday word starts at the
    /// surname or at the given part (王府, 张书记), nor before a place or an organisation's suffix.
    fn same_surname(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        let n = ctx.chars.len();
        // (A few surnames at most: a list, not a bitmap of every character, which was zeroed and scanned whole
        // on every call.)
        let mut heads: Vec<char> = Vec::new();
        for sp in out.iter() {
            let Ok(s) = ctx.starts.binary_search(&sp.start) else { continue };
            let c = ctx.chars[s];
            if self.surnames.has(c) && !SETS.weak_surnames.has(c) && !SETS.function_prefix.has(c) && !heads.contains(&c)
            {
                heads.push(c);
            }
        }
        if heads.is_empty() {
            return;
        }
        let given = |k: usize| {
            let c = ctx.chars[k];
            self.given_ok(c) && !SETS.place.has(c) && !SETS.numerals.has(c) && !ctx.rel_start[k]
        };
        let mut i = 0;
        while i + 2 <= n {
            // (子女华明、华丽君均为低保对象: listed right after a name of the same surname, an everyday word at the
            // surname, 华丽, hides no name.)
            let listed = i >= 2
                && matches!(ctx.chars[i - 1], '、' | '，' | ',')
                && taken[i - 2]
                && out
                    .iter()
                    .any(|sp| ctx.span_of(sp).is_some_and(|(s, e)| e == i - 1 && ctx.chars[s] == ctx.chars[i]));
            if taken[i]
                || !heads.contains(&ctx.chars[i])
                || (self.vetoed(ctx, i, 1) && !listed)
                || (i > 0 && (taken[i - 1] || matches!(ctx.chars[i - 1], '*' | '＊')))
                || (i > 0 && is_han(ctx.chars[i - 1]) && ctx.lex_end[i - 1] > i)
                // (孙子, 老黄家, 小王: a kin word, or a surname used as a form of address.)
                || ctx.rel_start[i]
                || (i > 0 && one_of(chars!("老小阿"), ctx.chars[i - 1]))
            {
                i += 1;
                continue;
            }
            let end = [i + 3, i + 2].into_iter().find(|&e| {
                e <= n
                    && (i + 1..e).all(given)
                    && !taken[i + 1..e].iter().any(|&t| t)
                    // (黄家的房子: a surname and 家 is the household.)
                    && ctx.chars[e - 1] != '家'
                    && !self.word_starts(ctx, i + 1)
                    && (e == i + 2 || !self.word_starts(ctx, i + 2))
                    && !ctx.chars.get(e).is_some_and(|&c| SETS.anon.has(c))
                    && self.plain_boundary_after(ctx, e)
                    && !self.org_or_place_follows(ctx, e)
                    && !one_of(chars!(ADMIN), ctx.chars[e - 1])
            });
            match end {
                Some(e) => {
                    taken[i..e].iter_mut().for_each(|t| *t = true);
                    out.push(NameSpan { start: ctx.starts[i], end: ctx.starts[e], evidence: Evidence::Context });
                    i = e;
                }
                None => i += 1,
            }
        }
    }

    /// 其妻比力克孜 阿迪力在…, 家庭成员玉素甫 赛买提为…: a Uyghur or Kazakh name written with a space where a
    /// dot would go. A found name made of transliteration characters, one space, and two to six more of them
    /// that end cleanly: the second part is a name too.
    fn space_parted(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        let n = ctx.chars.len();
        let mut more = Vec::new();
        for sp in out.iter() {
            let Some((s, e)) = ctx.span_of(sp) else { continue };
            let translit = |k: usize| self.name_run.has(ctx.chars[k]) && !taken[k] && !ctx.rel_start[k];
            if e - s < 2 || e + 3 > n || !matches!(ctx.chars[e], ' ' | '\u{3000}') {
                continue;
            }
            if !ctx.chars[s..e].iter().all(|&c| self.name_run.has(c)) {
                continue;
            }
            let mut k = e + 1;
            while k < n && k < e + 7 && translit(k) && (k == e + 1 || !self.verb_post_cue_at(ctx, k)) {
                k += 1;
            }
            let word = self.holds_common_word(&ctx.chars[e + 1..k]);
            // (…热合曼烧伤住院: an everyday word after it ends it as well, a boundary_after; 买买提 阿克苏人 is
            // from a place.)
            let origin = ctx.chars.get(k).is_some_and(|&c| one_of(chars!("人县市区乡镇村"), c));
            let ends = (self.boundary_after(ctx, k) || self.verb_post_cue_at(ctx, k)) && !origin;
            if k - (e + 1) >= 2 && !word && ends {
                taken[e + 1..k].iter_mut().for_each(|t| *t = true);
                more.push(NameSpan { start: ctx.starts[e + 1], end: ctx.starts[k], evidence: sp.evidence });
            }
        }
        out.append(&mut more);
    }

    /// Whether the span `start..end` of `text` is a surname someone already masked the rest of (欧阳**, and 由张**
    /// read as 由张: a preposition before it; 孙子燕* read as 子燕: a relation word before it): a star follows, and
    /// nothing but the surname, after one preposition or a relation word, stands before it. More than that before
    /// the star is a name still readable (王小明*, 妥法图麦*): not masked. Keeps masking the output again a no-op.
    pub fn masked_after(&self, text: &str, start: usize, end: usize) -> bool {
        // (欧阳 **: a space typed inside the name stands before the stars.)
        let starred = |at: usize| {
            let rest = &text[at..];
            let spaced = rest.trim_start_matches([' ', '\u{3000}']);
            rest.len() - spaced.len() <= 3 && spaced.starts_with(['*', '＊'])
        };
        // (孙子恩昆**: the span took the relation word and the first character of a compound surname, 恩昆.)
        let last = text[..end].chars().next_back().map_or(0, char::len_utf8);
        let sur = end - last;
        let after_relation =
            text[..sur].char_indices().rev().take(4).any(|(b, _)| self.relation_prefix(&text[b..]) == sur - b);
        if !starred(end) {
            let compound = self.surname_len(&text[sur..]);
            return sur > start && after_relation && compound > end - sur && starred(sur + compound);
        }
        let shown = |from: usize| {
            text[from..end].chars().count() <= text[from..from + self.surname_len(&text[from..])].chars().count()
        };
        let first = text[start..].chars().next().map_or(0, char::len_utf8);
        // (孙子燕*, 孙子康**: the span took the relation word's last character; a relation word ends right
        // before the surname.)
        // (家庭成员中洛***: the span took the last character of a longer relation word, 家庭成员中, set CF2.)
        let in_relation = || {
            let at = start + first;
            text[..at].char_indices().rev().take(6).any(|(b, _)| self.relation_prefix(&text[b..]) == at - b)
        };
        shown(start)
            || ((SETS.function_prefix.has(text[start..].chars().next().unwrap_or(' ')) || in_relation())
                && first < end - start
                && shown(start + first))
            || (sur > start && after_relation)
    }

    /// Whether `s`, standing after a relation word in a name cell, reads as a name without a Han surname
    /// (侄子|小嘎玛, 村民|次仁仓决玉珍): two to eight Han characters, a particle only where it is a
    /// transliteration character (次 of 次仁), no everyday word in them and no relation word at their head.
    pub fn unlisted_name(&self, s: &str) -> bool {
        let cs: Vec<char> = s.chars().collect();
        (2..=8).contains(&cs.len())
            && cs.iter().all(|&c| is_han(c) && (!SETS.stop.has(c) || self.name_run.has(c)) && !SETS.anon.has(c))
            && !self.holds_common_word(&cs)
            && self.relation_prefix(s) == 0
    }

    /// Byte length of a relation or role word (其子, 户主, 复核人) at the start of `s`, with the colon after it;
    /// 0 when there is none.
    pub fn relation_prefix(&self, s: &str) -> usize {
        // (小孙女, 大儿媳, 二闺女: a relation word after an ordinal or 大/小 is that relation word.)
        let ordinal = s.chars().next().filter(|&c| one_of(chars!("大小二三四五"), c)).map_or(0, char::len_utf8);
        let starts: &[usize] = if ordinal > 0 { &[0, ordinal] } else { &[0] };
        // (The longer reading wins: 大儿媳 over 大儿.)
        starts
            .iter()
            .filter_map(|&k| match self.relations.find(&s[k..]) {
                Some(m) if m.start() == 0 => {
                    let rest = &s[k + m.end()..];
                    Some(
                        k + m.end()
                            + (rest.len() - rest.trim_start_matches(|c| one_of(chars!(AFTER_RELATION), c)).len()),
                    )
                }
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }

    /// Whether a part of a family cell is a note on a member, no name (务农, 退休, 学龄前, 灵活就业, 打零工):
    /// one of `cues.toml` [member_notes].
    pub fn member_note(&self, part: &str) -> bool {
        let cs: Vec<char> = part.chars().collect();
        (2..=4).contains(&cs.len()) && self.member_notes.contains(&pack(&cs))
    }

    /// Byte length of a one-character kin word with a separator after it at the start of `s` (子：史建磊,
    /// 妻 王秀兰, 女（李娜）), as a family-member cell labels its people; 0 when there is none.
    pub fn kin_label_prefix(&self, s: &str) -> usize {
        let mut chars = s.char_indices();
        match chars.next() {
            Some((_, c)) if SETS.kin.has(c) => {}
            _ => return 0,
        }
        let end = chars.find(|&(_, c)| !one_of(chars!(AFTER_RELATION), c)).map_or(s.len(), |(i, _)| i);
        if end > s.chars().next().map_or(0, char::len_utf8) { end } else { 0 }
    }

    /// Whether `run` is a one-character kin word and `rest` a count of such kin (女3人, 女2人（3人）, 子2个): a
    /// family-member cell counting its people, no one named.
    pub fn kin_count(&self, run: &str, rest: &str) -> bool {
        let count = |s: &str| {
            let unit = s.trim().trim_start_matches(|c: char| c.is_ascii_digit());
            unit.len() < s.trim().len() && ["人", "个", "名"].contains(&unit)
        };
        let rest = rest.trim();
        let (main, bracket) = rest.split_at(rest.find(['（', '(']).unwrap_or(rest.len()));
        let bracket_ok = bracket.is_empty()
            || bracket.strip_prefix(['（', '(']).and_then(|b| b.strip_suffix(['）', ')'])).is_some_and(count);
        run.chars().count() == 1 && run.chars().all(|c| SETS.kin.has(c)) && count(main) && bracket_ok
    }

    /// Whether every character of `s` is a transliteration character of minority names (吐送, 迪力夏提).
    pub fn transliterated(&self, s: &str) -> bool {
        !s.is_empty() && s.chars().all(|c| self.name_run.has(c))
    }

    /// Whether `s` is one of the listed Mongolian, Hui or Dongxiang given names whole (`cues.toml`
    /// [mongolian_given], [hui_given]: 法土麦, 巴特尔).
    pub fn listed_given_name(&self, s: &str) -> bool {
        let cs: Vec<char> = s.chars().collect();
        (2..=4).contains(&cs.len()) && self.listed_given.contains(&pack(&cs))
    }

    /// Whether `c` is a common given-name character (`given_chars.txt`), no particle.
    pub fn given_char(&self, c: char) -> bool {
        self.given_ok(c)
    }

    /// Whether `s` opens with one of the 200 most frequent surnames (王, 李, 张 …).
    pub fn starts_with_frequent_surname(&self, s: &str) -> bool {
        s.chars().next().is_some_and(|c| self.frequent_surnames.has(c))
    }

    /// Whether `s` starts with a known surname (single or compound).
    pub fn starts_with_surname(&self, s: &str) -> bool {
        let sl = self.surname_len(s);
        sl > s.chars().next().map_or(0, char::len_utf8) || s.chars().next().is_some_and(|c| self.surnames.has(c))
    }

    /// Whether a Korean-Chinese given name of two characters opening with 在 starts at `g` (儿子金在秀正在服刑, 经儿子
    /// 洪在植申请, set CD4): a name's character after 在 that makes no word with the next (其子王在广州 is where he
    /// is; 在家, 在校 too), and the text, a clause or a word going on right after it.
    fn korean_zai_given(&self, ctx: &Ctx, g: usize) -> bool {
        let e = g + 2;
        ctx.chars.get(g) == Some(&'在')
            && ctx.chars.get(g + 1).is_some_and(|&c| self.given_ok(c) && !one_of(chars!(KOREAN_ZAI_NOT), c))
            && !self.common_word_at(ctx, g + 1)
            && (e >= ctx.chars.len()
                || !is_han(ctx.chars[e])
                || self.common_word_at(ctx, e)
                // (女儿崔在玉在韩国, 其子金在元已去世: a verb particle or a cue after the name.)
                || one_of(chars!(VERB_PARTICLES), ctx.chars[e])
                || self.post_cue_at(ctx, e)
                || self.verb_post_cue_at(ctx, e))
    }

    /// Whether `c` is one of the frequent single-character surnames.
    pub fn is_frequent_surname(&self, c: char) -> bool {
        self.frequent_surnames.has(c)
    }

    /// Byte length of the surname prefix: a compound surname first, else the first char.
    pub fn surname_len(&self, name: &str) -> usize {
        let chars: Vec<char> = name.chars().take(5).collect();
        for &len in &self.compound_lens {
            // (勒排·当生: a dotted name keeps its first character only, whatever its first part is.)
            if chars.len() > len && !SETS.dots.has(chars[len]) && self.compounds.contains(&pack(&chars[..len])) {
                return chars[..len].iter().map(|c| c.len_utf8()).sum();
            }
        }
        chars.first().map_or(0, |c| c.len_utf8())
    }

    /// Whether `span` is a surname and a courtesy title only (王女士, 欧阳先生, set AS3): it shows the surname the
    /// mask keeps and nothing more, so it stays as written.
    pub fn surname_and_title(&self, span: &str) -> bool {
        let n = self.surname_len(span);
        n > 0 && self.starts_with_surname(span) && TITLES.contains(&&span[n..])
    }

    /// Whether the two characters `span` before a courtesy title (the rest of `text` after it) end in a frequent
    /// surname: 向王女士致谢, 于李先生处, 曾王女士: a preposition or a husband's surname, and the surname the
    /// title goes with; no full name.
    pub fn surname_before_title(&self, span: &str, after: &str) -> bool {
        let mut cs = span.chars();
        let (Some(_), Some(last), None) = (cs.next(), cs.next(), cs.next()) else { return false };
        self.frequent_surnames.has(last) && TITLES.iter().any(|t| after.starts_with(t))
    }

    /// Whether a whole short cell plausibly is one person's name (used to classify columns).
    pub fn looks_like_name(&self, cell: &str) -> bool {
        let cell = cell.trim();
        // (Asked of every remark: most are too long to be a name, which needs no allocation to tell.)
        let dotted = cell.chars().any(|c| SETS.dots.has(c));
        if !dotted && !(2..=4).contains(&cell.chars().count()) {
            return false;
        }
        let chars: Vec<char> = cell.chars().collect();
        if dotted {
            // 联系人巴图•额尔敦 is a role word and a name, not one name.
            if self.relation_prefix(cell) > 0 {
                return false;
            }
            let parts: Vec<&[char]> = chars.split(|&c| SETS.dots.has(c)).collect();
            return parts.len() >= 2
                && chars.len() <= 30
                && parts.iter().all(|p| (1..=12).contains(&p.len()) && p.iter().all(|&c| is_han(c)));
        }
        if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) {
            return false;
        }
        // (河南委, 东升委: a forest district's 居委 shortened, a cell of its own; 委 never ends a given name.)
        if chars.last().is_some_and(|&c| SETS.place.has(c) || c == '委') {
            return false;
        }
        let ctx = self.context(cell);
        let Some(sl) = self.surname_lens(&ctx, 0).into_iter().find(|&sl| {
            let g = chars.len().saturating_sub(sl);
            (1..=2).contains(&g)
        }) else {
            return false;
        };
        if ctx.lex_end[0] > sl || ctx.lex_end[0] == chars.len() {
            return false;
        }
        let given = &chars[sl..];
        // 张三 and 李四 are names; 高三 and 初一 are in the lexicon.
        if given.len() == 1 && SETS.numerals.has(given[0]) && given[0] != '两' {
            return true;
        }
        // (高老五, 万老三: a brother's rank for a given name, a cell of its own.)
        if given.len() == 2 && given[0] == '老' && SETS.numerals.has(given[1]) && given[1] != '两' {
            return true;
        }
        // (王福来, 张春来: 来 ends many given names; alone in a cell it is no verb.)
        // (冯宝有, 郭有兴: 有 is in many an older villager's given name; alone in a cell, beside a common given
        // character, it is no verb, set BC6.)
        let you = |k: usize| {
            given[k] == '有' && given.len() == 2 && !SETS.stop.has(given[1 - k]) && self.given_ok(given[1 - k])
        };
        let stop =
            |k: usize| SETS.stop.has(given[k]) && !(given[k] == '来' && k + 1 == given.len() && k > 0) && !you(k);
        if (0..given.len()).any(|k| stop(k) || SETS.anon.has(given[k]) || SETS.numerals.has(given[k])) {
            return false;
        }
        // A rare character is allowed when the other given character is a common one.
        let common = given.iter().filter(|&&c| self.given_ok(c)).count();
        common == given.len() || (given.len() == 2 && common == 1)
    }

    fn context(&self, text: &str) -> Ctx {
        let mut ctx = CTX_POOL.with(|p| p.borrow_mut().take()).unwrap_or_default();
        let Ctx {
            chars,
            starts,
            lex_end,
            covered_before,
            covered,
            rel_end,
            rel_start,
            cues,
            rels,
            extents,
            taken: _,
            has_list_mark,
        } = &mut ctx;
        chars.clear();
        starts.clear();
        // (The two marks later passes look for, noted in the one pass over the text.)
        let (mut ling, mut list_mark) = (false, false);
        for (b, c) in text.char_indices() {
            ling |= c == '〇';
            list_mark |= c == '、';
            chars.push(c);
            starts.push(b);
        }
        *has_list_mark = list_mark;
        starts.push(text.len());
        let n = chars.len();
        // 凌〇龙, 丁兴〇: 〇 between a surname and a given character, or after a surname and a given character where
        // the name ends, is a character of that name (some names have it), not an anonymiser's mark (王〇〇); it
        // is read as a common given character, so the name is found and hidden whole.
        if ling {
            for k in 1..n {
                if chars[k] != '〇' {
                    continue;
                }
                let given = |c: Option<&char>| c.is_some_and(|&c| self.given_ok(c) && !SETS.numerals.has(c));
                let inside = self.surnames.has(chars[k - 1]) && given(chars.get(k + 1));
                let last = k >= 2
                    && self.surnames.has(chars[k - 2])
                    && given(chars.get(k - 1))
                    && chars
                        .get(k + 1)
                        .is_none_or(|&c| !SETS.anon.has(c) && (!is_han(c) || SETS.stop.has(c) || !self.given_ok(c)));
                if inside || last {
                    chars[k] = '明';
                }
            }
        }
        let ci = |byte: usize| starts.binary_search(&byte).unwrap_or_else(|x| x);
        for v in [&mut *covered_before, &mut *covered, &mut *rel_end, &mut *rel_start] {
            v.clear();
            v.resize(n + 1, false);
        }
        lex_end.clear();
        lex_end.resize(n + 1, 0);
        for v in extents.iter_mut() {
            v.clear();
            v.resize(n + 1, std::cell::Cell::new(None));
        }
        cues.clear();
        cues.resize(n + 1, 0);
        rels.clear();
        // (What `find_overlapping_iter` does, on the concrete DFA. An unanchored standard search cannot fail.)
        let input = aho_corasick::Input::new(text);
        let mut state = aho_corasick::automaton::OverlappingState::start();
        loop {
            if self.context_words.try_find_overlapping(&input, &mut state).is_err() {
                break;
            }
            let Some(m) = state.get_match() else {
                break;
            };
            let (s, e) = (ci(m.start()), ci(m.end()));
            match self.context_tags[m.pattern().as_usize()] {
                Tag::Lexicon => {
                    if s >= e || e > n {
                        continue;
                    }
                    lex_end[s] = lex_end[s].max(e);
                    covered_before[s + 1..e].iter_mut().for_each(|x| *x = true);
                    covered[s..e].iter_mut().for_each(|x| *x = true);
                }
                Tag::Relation => rels.push((s, e)),
                Tag::Cue(bit) => cues[s] |= bit,
            }
        }
        // (梅河口市荣达手机维修店: 手机 before a shop's trade is what the shop sells, no one's phone, set AY6.)
        for (k, w) in chars.windows(4).enumerate() {
            if w[..2] == ['手', '机'] && (one_of(chars!("店城"), w[2]) || HANDSET_TRADES.contains(&[w[2], w[3]])) {
                cues[k] &= !CUE_POST;
            }
        }
        // (同村上官来福: a two-character word straddling the end of a cue before a surname, 村上, does not hide
        // the name's start. A longer word does: 走访时一切正常.)
        for i in 1..n {
            if covered_before[i]
                && self.pre_cue_last.has(chars[i - 1])
                && (lex_end[i - 1] <= i + 1 && (i.saturating_sub(8)..i - 1).all(|j| lex_end[j] <= i))
                && (self.compounds.contains(&pack(&chars[i..(i + 2).min(n)]))
                    || (self.surnames.has(chars[i]) && !SETS.weak_surnames.has(chars[i])))
                && self.strong_pre_cues.iter().any(|w| i >= w.len() && chars[i - w.len()..i] == w[..])
            {
                covered_before[i] = false;
            }
        }
        // (核算人：罗燕, 统计员：王强: a role's label of two to four characters ending in 人 or 员, set apart on its
        // left and followed by a colon, names whoever signs after it, set BV3; the listed ones are matched above.)
        for k in 2..n {
            if !matches!(chars[k], '：' | ':') || !matches!(chars[k - 1], '人' | '员') {
                continue;
            }
            let start = (k.saturating_sub(4)..k - 1)
                .find(|&s| chars[s..k].iter().all(|&c| is_han(c)) && (s == 0 || !is_han(chars[s - 1])));
            if let Some(s) = start
                && !rels.iter().any(|&(rs, re)| rs <= s && re >= k)
            {
                rels.push((s, k));
            }
        }
        // Leftmost-longest, without overlaps, as a leftmost-longest search reads them: the earliest start,
        // the longest word there, then on from its end.
        rels.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        // (带孙张天佑 names the grandchild; 带孙子生活, 随子女生活: a kin word of two characters runs on.)
        rels.retain(|&(s, e)| {
            !(e >= s + 2
                && matches!(chars[s], '带' | '随')
                && matches!(chars[e - 1], '孙' | '子' | '女' | '侄')
                && chars.get(e).is_some_and(|&c| one_of(chars!("子女儿媳婿辈孙"), c)))
        });
        // (他大王栓牢 is his dad; 都叫他大壮 calls him by a nickname.)
        rels.retain(|&(s, e)| {
            !(e == s + 2
                && matches!(chars[s..e], ['他' | '她', '大'])
                && s > 0
                && one_of(chars!("叫喊称管"), chars[s - 1]))
        });
        let mut from = 0;
        for &(s, mut e) in rels.iter() {
            if s < from || s >= e || e > n {
                continue;
            }
            // (本名单依据…, 本名单用于…: 本名 before 单 is 本 and 名单, the list, not a real name's label.)
            if chars[s..e] == ['本', '名'] && chars.get(e) == Some(&'单') {
                continue;
            }
            // (河南街道办事处: 街道办 before 事处 is the office's full name, no role word before a name.)
            if chars[e - 1] == '办' && chars.get(e) == Some(&'事') {
                continue;
            }
            // 陆妹桂代领: a one-character kin word right after a surname that opens the clause is that name's
            // given character, not a relation (one writes 其妹, 妹妹).
            // (联系陆妹花领取, 打卡到翁妹金名下: 妹 and 弟 after a surname anywhere; southern names are full of them.)
            if e == s + 1
                && s >= 1
                && self.surnames.has(chars[s - 1])
                && (s == 1 || !is_han(chars[s - 2]) || matches!(chars[s], '妹' | '弟'))
            {
                continue;
            }
            // (同房潘亚妹常有争执: 亚妹 and 阿弟 after a surname are a southern given name, not a kin word.)
            if e == s + 1
                && s >= 2
                && matches!(chars[s], '妹' | '弟')
                && matches!(chars[s - 1], '亚' | '阿')
                && self.surnames.has(chars[s - 2])
            {
                continue;
            }
            // (老人由张九妹照料, 李三姐: a kin word by its rank right after a frequent surname is a given name.)
            // (张玉兰老者会会: 老者 ranks no kin; it stays a relation word, as after the masked 张**老者.)
            if e == s + 2
                && s >= 1
                && one_of(chars!("大二三四五六七八九十幺细满小老"), chars[s])
                && chars[s + 1] != '者'
                && self.frequent_surnames.has(chars[s - 1])
            {
                continue;
            }
            // (一家公司做保安: a counted 家 and 公司, a company, is no 家公; 公公司马开福 is a kin word and a name.)
            if chars[s..e] == ['家', '公']
                && chars.get(e) == Some(&'司')
                && s > 0
                && one_of(chars!("一这那两几每该本哪某各"), chars[s - 1])
            {
                continue;
            }
            // (卢峰镇长乐坊社区, 长兴乡长岭村: a town's or a village's name before 长, and a place's name opening with
            // 长 after it, is no head of the town; 镇长龙兴旺陪同 is.)
            if e == s + 2
                && chars[s + 1] == '长'
                && one_of(chars!("镇乡村"), chars[s])
                && s >= 1
                && is_han(chars[s - 1])
                && !one_of(chars!("副由和与及同请经向据是为的、"), chars[s - 1])
                && (s + 3..(s + 6).min(n)).any(|k| {
                    // (A level's word of two characters, or 村 before a number, 委 or 民: 报乡长张建社审批 and
                    // 村长王强组织 are heads and names.)
                    let level = [['社', '区'], ['街', '道'], ['小', '区'], ['村', '委'], ['居', '委']]
                        .iter()
                        .any(|w| chars.get(k..k + 2) == Some(w.as_slice()))
                        || (chars[k] == '村'
                            && chars
                                .get(k + 1)
                                .is_none_or(|&c| !is_han(c) || one_of(chars!("委民一二三四五六七八九十"), c)));
                    level && chars[s + 2..k].iter().all(|&c| is_han(c))
                })
            {
                continue;
            }
            // 驻村工作队员李平全: a relation word overlapping the chosen one and running past it (队员) carries it on.
            // (母亲戚静病故: 亲戚 runs past 母亲 by the surname 戚 of the mother's name, set K3; 随母亲戚家生活 and
            // 母亲戚友接济 are the mother's relatives.)
            // (女儿童敏在读: 儿童 runs past 女儿 by the surname 童, and what follows it opens no name of its own.)
            let surname_on = |e: usize, s2: usize, e2: usize| {
                let given_after = chars
                    .get(e2)
                    .is_some_and(|&c| is_han(c) && self.given_ok(c) && !one_of(chars!("家友属朋们里邻处"), c));
                // (女儿童心未泯, 女儿童福利: not where the surname and what follows make a word, or a word starts
                // after it.)
                let word = |k: usize| chars.get(k..k + 2).is_some_and(|w| self.holds_common_word(w));
                given_after
                    && (chars[s2..e2] == ['亲', '戚']
                        || (self.surnames.has(chars[e])
                            && !self.surnames.has(chars[e2])
                            && e2 == e + 1
                            && !word(e)
                            && !word(e2)))
            };
            while let Some(on) = rels
                .iter()
                .filter(|&&(s2, e2)| s < s2 && s2 < e && e < e2 && e2 <= n && !surname_on(e, s2, e2))
                .map(|r| r.1)
                .max()
            {
                e = on;
            }
            from = e;
            rel_start[s] = true;
            rel_end[e] = true;
            // 经手人（签字）：刘辉: a signature's note between the role word and the name.
            const SIGNED: [[char; 4]; 4] =
                [['（', '签', '字', '）'], ['（', '签', '名', '）'], ['(', '签', '字', ')'], ['(', '签', '名', ')']];
            if SIGNED.iter().any(|w| chars.get(e..e + 4) == Some(w.as_slice())) {
                e += 4;
                rel_end[e] = true;
            }
            while e < n && SETS.after_relation.has(chars[e]) {
                e += 1;
                rel_end[e] = true;
            }
            // 前夫为孙东新, 监护人是王刚, 儿子叫赖莲招: 为, 是 or 叫 links the relation word to the name.
            // (儿子叫他回来, 女儿叫车送医院: 叫 before a pronoun or a thing is a verb of its own.)
            let called = |c: &char| !one_of(chars!("他她它我你啥什谁哪来去人车"), *c);
            if e < n && (matches!(chars[e], '为' | '是') || (chars[e] == '叫' && chars.get(e + 1).is_some_and(called)))
            {
                rel_end[e + 1] = true;
            }
            // 其子，陈伟，现在外省: a name set off by commas on both sides.
            if e < n && matches!(chars[e], '，' | ',') {
                let run = chars[e + 1..].iter().take_while(|&&c| is_han(c)).count();
                if (2..=4).contains(&run) && chars.get(e + 1 + run).is_some_and(|&c| matches!(c, '，' | ',')) {
                    rel_end[e + 1] = true;
                }
            }
        }
        for (k, &c) in chars.iter().enumerate() {
            if SETS.post_conj.has(c) && (rel_start[k + 1] || chars.get(k + 1) == Some(&'其')) {
                cues[k] |= CUE_POST;
            }
            // 茹跃进的长女邢林: a name, 的, then a relation word.
            if c == '的' && rel_start[k + 1] {
                cues[k] |= CUE_VERB;
                // 翁木忠是翁银秀的堂兄: so is what 是 links to that name.
                if let Some(j) = (2..=5)
                    .map(|len| k.wrapping_sub(len + 1))
                    .find(|&j| j < k && chars[j] == '是' && chars[j + 1..k].iter().all(|&c| is_han(c)))
                {
                    cues[j] |= CUE_VERB;
                }
            }
        }
        ctx
    }

    /// Surname lengths (in chars) possible at `i`, compound first (no allocation: called per char).
    fn surname_lens(&self, ctx: &Ctx, i: usize) -> Lens {
        let mut out = Lens { buf: [0; 4], n: 0 };
        let Some(&c) = ctx.chars.get(i) else {
            return out;
        };
        if self.compound_first.has(c) {
            for &len in &self.compound_lens {
                if i + len <= ctx.chars.len() && out.n < 3 && self.compounds.contains(&pack(&ctx.chars[i..i + len])) {
                    out.buf[out.n] = len;
                    out.n += 1;
                }
            }
        }
        if self.surnames.has(c) {
            out.buf[out.n] = 1;
            out.n += 1;
        }
        out
    }

    /// The length of a compound surname at `i` that mask stars or a name's dot follow (叶赫那拉**, 瓜尔佳·月娥).
    fn compound_before_mark(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        self.surname_lens(ctx, i)
            .into_iter()
            .find(|&sl| sl > 1 && ctx.chars.get(i + sl).is_some_and(|&c| SETS.anon.has(c) || SETS.dots.has(c)))
    }

    /// A weak surname (和, 以, 公 …) at `i`, not opening a compound one (公孙 is a surname like any other).
    fn weak_at(&self, ctx: &Ctx, i: usize) -> bool {
        SETS.weak_surnames.has(ctx.chars[i]) && self.surname_lens(ctx, i).into_iter().all(|l| l == 1)
    }

    fn is_surname_start(&self, ctx: &Ctx, i: usize) -> bool {
        !self.surname_lens(ctx, i).is_empty()
    }

    /// 石亚娟副食商店, 在江志成盲人按摩店工作, 东昌区熊玉成按摩推拿店: a one-person business named after its owner
    /// (sets AJ2, AQ2, AQ4). Byte spans of the owner's name: a listed surname of one character and two given
    /// characters that make no everyday word, right after a place's level or 在, then up to six characters of
    /// trade ending in a shop's word (店 馆 铺 摊 经营部 门市部 商行) that closes the name: punctuation, a bracket,
    /// the end, or work (工作, 务工, 上班, 打工, 帮工). A brand of two characters (金龙饭店), a name after 记 (孟记饺子馆)
    /// and a name opening the cell (向阳花理发店) are not taken.
    pub fn shop_owners(&self, text: &str) -> Vec<(usize, usize)> {
        const SHOPS: [&str; 7] = ["店", "馆", "铺", "摊", "经营部", "门市部", "商行"];
        if !SHOPS.iter().any(|w| text.contains(w)) {
            return Vec::new();
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        let mut out = Vec::new();
        for s in 0..n.saturating_sub(3) {
            let (c0, c1, c2) = (chars[s].1, chars[s + 1].1, chars[s + 2].1);
            // (Not at a cell's start: 向阳花理发店, 张小泉剪刀店 are brands as often.)
            let apart = s > 0 && one_of(chars!("区县市镇乡村在"), chars[s - 1].1);
            if !apart
                || !self.surnames.has(c0)
                || !self.given_ok(c1)
                || !self.given_ok(c2)
                || self.holds_common_word(&[c0, c1, c2])
                // (颍上县南照镇金盛餐饮店: a town's name, the shop's brand after it, set AU4.)
                || one_of(chars!("镇乡村县区市旗"), c2)
                // (营山县金鑫建材经营部: a brand, then the trade, whose first character no name takes, set BT4.)
                || SHOP_BRANDS.iter().any(|w| w.chars().eq([c0, c1]))
                || SHOP_TRADES.iter().any(|w| text[byte(s + 2)..].starts_with(w))
            {
                continue;
            }
            // The trade and the shop's word after the name, closing it.
            let rest = &text[byte(s + 3)..];
            let trade: usize = rest.chars().take(6).take_while(|&c| is_han(c)).map(char::len_utf8).sum();
            let closes = |end: usize| {
                rest[end..].chars().next().is_none_or(|c| !is_han(c) || matches!(c, '工' | '务' | '上' | '打' | '帮'))
            };
            let shop = (0..=trade)
                .rev()
                .find(|&k| rest.is_char_boundary(k) && SHOPS.iter().any(|w| rest[..k].ends_with(w)) && closes(k));
            if shop.is_some_and(|k| k > 0) {
                out.push((byte(s), byte(s + 3)));
            }
        }
        out
    }

    fn given_ok(&self, c: char) -> bool {
        self.given.has(c) && !SETS.stop.has(c) && !SETS.anon.has(c)
    }

    /// Length of the given part of the candidate `i..e` (compound surname first).
    fn given_len(&self, ctx: &Ctx, i: usize, e: usize) -> usize {
        let sl = self.surname_lens(ctx, i).into_iter().find(|&sl| i + sl < e).unwrap_or(1);
        e.saturating_sub(i + sl)
    }

    /// An everyday word starts at the surname and runs past it, or covers the surname from before.
    fn vetoed(&self, ctx: &Ctx, i: usize, sl: usize) -> bool {
        ctx.lex_end[i] > i + sl || ctx.covered_before[i]
    }

    /// Whether `k` holds 常 or 连 as an adverb, before an everyday word of the lexicon that is no given name
    /// (常来往; 常建国 is a name), or 曾有 before one (曾有信访记录).
    fn adverb_before_word(&self, ctx: &Ctx, k: usize) -> bool {
        let word_at = |j: usize| {
            self.word_starts(ctx, j)
                && !(j + 3 <= ctx.chars.len() && self.word_given.contains(&pack(&ctx.chars[j..j + 2])))
        };
        // (曾 is a frequent surname: 女儿曾凤凰, 曾光荣说. Only 曾有 before a word is the adverb for it.)
        (matches!(ctx.chars[k], '常' | '连') && word_at(k + 1))
            || (ctx.chars[k] == '曾' && ctx.chars.get(k + 1) == Some(&'有') && word_at(k + 2))
    }

    /// Whether a lexicon word of two or more chars starts at `k`.
    fn word_starts(&self, ctx: &Ctx, k: usize) -> bool {
        ctx.lex_end.get(k).is_some_and(|&e| e >= k + 2)
    }

    /// Whether a phone's label (电话, 手机, 联系电话) starts at `k` and a number follows it, a colon between.
    fn phone_label_at(ctx: &Ctx, k: usize) -> bool {
        const LABELS: [&[char]; 4] =
            [&['联', '系', '电', '话'], &['电', '话'], &['手', '机'], &['联', '系', '方', '式']];
        LABELS.iter().any(|w| {
            Self::starts_with_at(ctx, k, w)
                && ctx.chars[k + w.len()..]
                    .iter()
                    .find(|&&c| !matches!(c, '：' | ':' | ' '))
                    .is_some_and(|c| c.is_ascii_digit())
        })
    }

    /// Char-by-char comparison: the words are 1-4 chars, far too short for a memcmp call.
    #[inline]
    fn starts_with_at(ctx: &Ctx, k: usize, word: &[char]) -> bool {
        match ctx.chars.get(k..k + word.len()) {
            Some(s) => s.iter().zip(word).all(|(a, b)| a == b),
            None => false,
        }
    }

    fn post_cue_at(&self, ctx: &Ctx, k: usize) -> bool {
        ctx.cues.get(k).is_some_and(|&b| b & CUE_POST != 0)
    }

    /// Whether the given part of `s..e` is not made of everyday characters only (太小, 表大小).
    fn not_everyday(&self, ctx: &Ctx, s: usize, e: usize) -> bool {
        let g = self.given_len(ctx, s, e);
        let common = ctx.chars[e - g..e].iter().filter(|&&c| SETS.common.has(c)).count();
        common < g.max(1) && !(g == 1 && common == 1)
    }

    /// The start of a name that owns what 的 at `k` introduces: a workplace or a thing of a person's ([owned] in
    /// `cues.toml`: 在高引弟的厂里, 借住在梁汉文的屋里, 李琴的小卖部), or nothing at all after 是 (是潘刚的，我借来骑).
    /// The name must follow a preposition, a verb of going or 是, or stand apart, and read as a surname and common
    /// given characters.
    fn possessor_before(&self, ctx: &Ctx, k: usize, extent_before: impl Fn() -> Option<usize>) -> Option<usize> {
        // (常去阎淑芬小卖部, 旁边就是郝金龙养鸡场: a shop or a farm may follow its owner with no 的, after a verb of
        // going or 是.)
        // (常去潘菊霞麻将馆, set ZS.)
        const GLUED: [&[char]; 9] = [
            &['小', '卖', '部'],
            &['麻', '将', '馆'],
            &['棋', '牌', '室'],
            &['养', '鸡', '场'],
            &['养', '猪', '场'],
            &['养', '殖', '场'],
            &['修', '理', '铺'],
            &['理', '发', '店'],
            &['早', '点', '摊'],
        ];
        let glued = k >= 2
            && one_of(chars!("小养修理早麻棋"), ctx.chars[k])
            && is_han(ctx.chars[k - 1])
            && GLUED.iter().any(|w| Self::starts_with_at(ctx, k, w));
        // (在程金凤处租了一间铺面: 处 after a name is that person's place.)
        let place = ctx.chars[k] == '处' && ctx.chars.get(k + 1).is_none_or(|&c| !is_han(c) || !SETS.common.has(c));
        if (ctx.chars[k] != '的' && !glued && !place) || k < 2 {
            return None;
        }
        // (在魏权的米粉店帮工, 常到蔡娣的凉茶铺坐坐, 住在熊巧的烤烟房里: one or two characters of its trade before a
        // shop's or a building's word.)
        // (在谢彩云的运输公司入股: two characters of its trade before 公司.)
        let shop = || {
            (2..=4).any(|m| {
                ctx.chars.get(k + m).is_some_and(|&c| {
                    one_of(chars!("店铺厂馆摊屋房"), c) || (m >= 3 && c == '司' && ctx.chars[k + m - 1] == '公')
                }) && ctx.chars[k + 1..k + m].iter().all(|&c| is_han(c) && !SETS.list_separators.has(c))
            })
        };
        let owned = glued || place || self.owned.iter().any(|w| Self::starts_with_at(ctx, k + 1, w)) || shop();
        let bare = !glued && !place && ctx.chars.get(k + 1).is_none_or(|&c| one_of(chars!("，。,；;！"), c));
        if !owned && !bare {
            return None;
        }
        // (常去蒋幸福的小卖部, 常去尹三妮的小卖部: a given name that is an everyday word, [word_given], is no run of
        // given characters (幸福 would read as a name of its own), so the name is read by its shape first.)
        let s = self.word_given_before(ctx, k).or_else(extent_before)?;
        let before = if s == 0 { None } else { Some(ctx.chars[s - 1]) };
        // (在金华的厂里: after a word of going a span may be a city, [places] or a word of the lexicon; a name there
        // has three characters, or two with a given one: 在董鹏的厂里.)
        let placed = || {
            let two = k - s == 2
                && !self.vetoed(ctx, s, 1)
                && !self.common_pairs.contains(&pair_key(ctx.chars[s], ctx.chars[s + 1]))
                && self.given_ok(ctx.chars[s + 1]);
            // (常去令狐云荣小卖部: four with a compound surname.)
            let compound = k - s == 4 && self.compounds.contains(&pack(&ctx.chars[s..s + 2]));
            (k - s == 3 || two || compound) && !self.places.contains(&pack(&ctx.chars[s..k]))
        };
        let led = before.is_some_and(|c| {
            // (暂用王国林的卡代领: 用, "using", before a thing of a person's, as a word of going is.)
            one_of(chars!("给帮跟找借向是替欠开骑坐"), c) || (one_of(chars!("在到去从用"), c) && placed())
        });
        let ok = if bare {
            before == Some('是')
        } else if glued || place {
            before.is_some_and(|c| one_of(chars!("在到去是"), c)) && placed()
        } else {
            led || self.stands_apart_left(ctx, s)
        };
        // (常去崔新民的小卖部: a given name that is an everyday word, [word_given], is a name's here.)
        let word_given = k - s == 3 && self.word_given.contains(&pack(&ctx.chars[s + 1..k]));
        // (常去万生文的小卖部, 常去卢发的小卖部: after a verb of going or a preposition, before a shop or a thing of
        // a person's, everyday given characters are a name's too.)
        let named = self.not_everyday(ctx, s, k) || word_given || (led && !bare);
        (ok && k - s >= 2 && !ctx.covered[s..k].iter().any(|&c| c) && named).then_some(s)
    }

    /// The end of two or three characters closing their clause right after a word that gives a person's name
    /// (工友称其真名叫向阳，, 自称叫金山。): the name given, even an everyday word.
    fn named_word_end(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        const NAMING: [&[char]; 4] = [&['名', '叫'], &['自', '称', '叫'], &['真', '名', '是'], &['真', '名', '为']];
        if !NAMING.iter().any(|w| i >= w.len() && Self::starts_with_at(ctx, i - w.len(), w))
            || !self.is_surname_start(ctx, i)
        {
            return None;
        }
        [3, 2].into_iter().map(|l| i + l).find(|&e| {
            e <= ctx.chars.len()
                && ctx.chars[i..e].iter().all(|&c| is_han(c) && !SETS.stop.has(c))
                && ctx.chars.get(e).is_none_or(|&c| one_of(chars!("。；;，,！!？?、（( \u{3000}\n"), c))
        })
    }

    /// A three-character name right before 名下 after a copula or a preposition (卡号…为何再军名下), where the
    /// preposition and the surname make a word (为何) that would otherwise hide the name's start.
    fn owner_of_account(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        let s = k.checked_sub(3)?;
        (s >= 1
            && Self::starts_with_at(ctx, k, &['名', '下'])
            && one_of(chars!("为系在归于挂到至"), ctx.chars[s - 1])
            && self.surname_lens(ctx, s).into_iter().any(|l| l == 1)
            && self.given_ok(ctx.chars[k - 1])
            && is_han(ctx.chars[s + 1])
            && !SETS.numerals.has(ctx.chars[s + 1]))
        .then_some(s)
    }

    /// The start of a surname and a given name of [word_given] ending right before `j` (蒋幸福, 令狐三旺), with
    /// no everyday word of the lexicon over the surname.
    fn word_given_before(&self, ctx: &Ctx, j: usize) -> Option<usize> {
        let s = [2usize, 1].into_iter().find_map(|sl| {
            let s = j.checked_sub(sl + 2)?;
            let surname = if sl == 2 {
                self.compounds.contains(&pack(&ctx.chars[s..s + 2]))
            } else {
                self.surnames.has(ctx.chars[s]) && ctx.lex_end[s] <= s + 2
            };
            (surname && self.word_given.contains(&pack(&ctx.chars[s + sl..j]))).then_some(s)
        })?;
        (!ctx.covered_before[s]).then_some(s)
    }

    /// 皇甫腾蛟系其外甥: a compound surname and one or two Han characters of any kind, opening a clause right
    /// before a strong cue (系, 户, 的身份证 …): a compound surname is no everyday word, so its given name need
    /// not use the common given characters.
    fn compound_name_before(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        [4usize, 3].into_iter().find_map(|len| {
            let s = k.checked_sub(len)?;
            let plain = |c: char| {
                is_han(c) && !SETS.stop.has(c) && !SETS.numerals.has(c) && !SETS.anon.has(c) && !SETS.place.has(c)
            };
            (self.compounds.contains(&pack(&ctx.chars[s..s + 2]))
                && ctx.chars[s + 2..k].iter().all(|&c| plain(c))
                && !ctx.covered_before[s]
                && self.opens_clause(ctx, s))
            .then_some(s)
        })
    }

    /// 满女嫁在外地: a relation word that opens with a surname's character at `s` (满女, 孙子) and ends before `end`,
    /// with a Han character after it that is no given one, is that relation word and a verb, not a name (孙子涵
    /// is a name: 涵 is a given character). So is one with an everyday word after it that is no given name
    /// (孙子喜欢熊猫玩偶; 孙子建国 is a name).
    fn kin_word_then_no_given(&self, ctx: &Ctx, s: usize, end: usize) -> bool {
        let word_after = |j: usize| {
            ctx.chars.get(j..j + 2).is_some_and(|w| self.holds_common_word(w))
                && !self.word_given.contains(&pack(&ctx.chars[j..j + 2]))
        };
        ctx.rel_start[s]
            && (s + 2..end)
                .any(|j| ctx.rel_end[j] && is_han(ctx.chars[j]) && (!self.given_ok(ctx.chars[j]) || word_after(j)))
    }

    /// Whether `k` is the 在 of a verb that ends in it (钱存在银行里, 钱放在家里): the character before it is
    /// that verb's, no given name's.
    fn verb_zai(ctx: &Ctx, k: usize) -> bool {
        k > 0 && ctx.chars[k] == '在' && ctx.lex_end[k - 1] == k + 1
    }

    /// 由范学成（同组村民）反映情况: a span after 由 (not 理由, 自由 …) that a bracket closes, the note on who the
    /// person is inside it (set BM4). Read as a clause's opening is.
    fn led_before_bracket(ctx: &Ctx, s: usize, k: usize) -> bool {
        matches!(ctx.chars.get(k), Some('（' | '('))
            && s >= 1
            && ctx.chars[s - 1] == '由'
            && !(s >= 2 && one_of(chars!("理自缘经来事"), ctx.chars[s - 2]))
    }

    /// Whether `s` begins the text or a clause: there a 3-char span before 因/已/在 is a name even when
    /// its characters are everyday ones (杜金山因病住院).
    fn clause_start(ctx: &Ctx, s: usize) -> bool {
        s == 0 || one_of(chars!("，。；：,;:、\n"), ctx.chars[s - 1])
    }

    fn weak_post_cue_at(&self, ctx: &Ctx, k: usize) -> bool {
        ctx.cues.get(k).is_some_and(|&b| b & CUE_WEAK != 0)
    }

    /// (贺年慰问: a verb that ends an everyday word begun before it, 慰问, follows no name.)
    fn verb_post_cue_at(&self, ctx: &Ctx, k: usize) -> bool {
        ctx.cues.get(k).is_some_and(|&b| b & CUE_VERB != 0) && !ctx.covered_before[k]
    }

    /// Whether a phone number starts at `k` right after a Han character (贾红旗17114907173, 诸葛凯+86 181…,
    /// 秦颖骏136-2696-5500, 崔广田0434-7168394).
    fn phone_at(ctx: &Ctx, k: usize) -> bool {
        if k == 0 || !is_han(ctx.chars[k - 1]) {
            return false;
        }
        // 张三丰，13912345678: one comma or bracket may stand between the name and its number.
        let k = Self::number_start(ctx, k);
        // Digits from `from` in groups of the given sizes, one optional - or space between groups.
        let grouped = |from: usize, sizes: &[usize]| {
            let mut at = from;
            for (n, &size) in sizes.iter().enumerate() {
                if n > 0 && matches!(ctx.chars.get(at), Some('-' | ' ')) {
                    at += 1;
                }
                if !ctx.chars.get(at..at + size).is_some_and(|d| d.iter().all(char::is_ascii_digit)) {
                    return false;
                }
                at += size;
            }
            !ctx.chars.get(at).is_some_and(char::is_ascii_digit)
        };
        let mobile = |from: usize| ctx.chars.get(from) == Some(&'1') && grouped(from, &[3, 4, 4]);
        // A landline: 0 and a 2-3 digit area code, then 7-8 digits (崔广田0434-7168394).
        let landline =
            ctx.chars.get(k) == Some(&'0') && [[3, 7], [3, 8], [4, 7], [4, 8]].iter().any(|sizes| grouped(k, sizes));
        mobile(k)
            || landline
            || Self::starts_with_at(ctx, k, &['+', '8', '6'])
            || [&['8', '6'][..], &['0', '0', '8', '6']].iter().any(|cc| {
                // (詹峰86 15086977497, 詹峰0086-150…: the country code, a space or dash, then the mobile.)
                let at = k + cc.len();
                Self::starts_with_at(ctx, k, cc)
                    && (mobile(at) || (matches!(ctx.chars.get(at), Some(' ' | '-')) && mobile(at + 1)))
            })
    }

    /// Where a number owned by the name ending at `k` starts: right at `k`, or after one comma, opening
    /// bracket or slash (张三丰，139…, 佟湉（110105…, 李学文/4305…).
    fn number_start(ctx: &Ctx, k: usize) -> usize {
        if ctx.chars.get(k).is_some_and(|&c| matches!(c, '，' | ',' | '（' | '(' | ' ' | '/' | '／')) {
            k + 1
        } else {
            k
        }
    }

    /// 联系方式：13962926869（宋阳）: a name in brackets right after a number is the number's owner.
    /// Also a name after a phone number and 转 (0771-5653776转潘华金: the number is answered by that person).
    /// (黄槐镇高龄津贴（何新发）: or after the benefit paid, naming whom it was paid for, set AU2.)
    fn after_number_in_brackets(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        const BENEFITS: [&[char]; 6] =
            [&['津', '贴'], &['补', '贴'], &['保', '金'], &['助', '金'], &['生', '活', '费'], &['恤', '金']];
        let bracket = i >= 2 && matches!(ctx.chars[i - 1], '（' | '(');
        let transfer = i >= 2 && ctx.chars[i - 1] == '转';
        let benefit = bracket && BENEFITS.iter().any(|w| i > w.len() && ctx.chars[..i - 1].ends_with(w));
        // (2000元（何新发）, 3户（…）: a number and its unit, the amount paid or the households counted for them.)
        let digit = |k: usize| super::digits::digit_of(ctx.chars[k]).is_some();
        let counted = bracket && i >= 3 && one_of(chars!("元户"), ctx.chars[i - 2]) && digit(i - 3);
        if !(bracket || transfer) || (!digit(i - 2) && !benefit && !counted) {
            return None;
        }
        let e = self.extent_after(ctx, i, Mode::Loose)?;
        if benefit && (self.word_starts(ctx, i) || self.common_word_at(ctx, i)) {
            return None;
        }
        // 存折号 5777…（农信社）: a bank or an office, not a person.
        // (（李建科）, （王秀会）: a frequent surname, a given character and 科 or 会, with no word in it, is a
        // person; 社救科 and 居委会 start no surname.)
        let person = e == i + 3
            && one_of(chars!("科会"), ctx.chars[e - 1])
            && self.frequent_surnames.has(ctx.chars[i])
            && self.given_ok(ctx.chars[i + 1])
            && !self.word_starts(ctx, i)
            && !self.word_starts(ctx, i + 1);
        let office = ctx.chars[i..e].iter().enumerate().any(|(j, &c)| {
            one_of(chars!(ADMIN), c) || (one_of(chars!(OFFICE_CHARS), c) && !(person && i + j + 1 == e))
        });
        let closed = if bracket {
            // (高龄津贴（何新发、李四海）: a list of names in the bracket; the bracket must close after it.)
            let close = |c: &char| matches!(c, '）' | ')');
            let parts = |c: char| matches!(c, '、' | '，' | ',' | ' ');
            let list = ctx.chars.get(e).is_some_and(|&c| parts(c))
                && ctx.chars[e..].iter().take(12).find(|&&c| !(is_han(c) || parts(c))).is_some_and(close);
            list || ctx.chars.get(e).is_some_and(close)
        } else {
            self.boundary_after(ctx, e) || self.verb_post_cue_at(ctx, e)
        };
        (!office && closed).then_some(e)
    }

    /// The end of a name of 2 to 4 Han characters at `s` that a change word (变更为, 改为 …) follows.
    fn changed_from(&self, ctx: &Ctx, s: usize) -> Option<usize> {
        const CHANGE: [&[char]; 5] =
            [&['变', '更', '为'], &['变', '为'], &['改', '为'], &['更', '改', '为'], &['更', '换', '为']];
        if !self.is_surname_start(ctx, s) {
            return None;
        }
        (s + 2..=s + 4)
            // (由张老七变更为…: a numeral after 老 is a given name's.)
            .take_while(|&e| {
                ctx.chars
                    .get(e - 1)
                    .is_some_and(|&c| is_han(c) && (!SETS.numerals.has(c) || (e >= s + 3 && ctx.chars[e - 2] == '老')))
            })
            .find(|&e| CHANGE.iter().any(|w| Self::starts_with_at(ctx, e, w)))
            // 由常住变为暂住: an everyday word, not a name.
            .filter(|&e| ctx.lex_end[s] != e)
    }

    /// 2024年7月起由于永红接替, 由于春花代领: after 由, a surname, one or two given characters and a word of taking a
    /// task over (接替, 代为, 代领) are a name, though 由于 is "because" elsewhere (set BI4). Not a relation word or
    /// an everyday word (由于子女代领, 由于长期代领, 由于无人接替). (A weak surname there, 由母春花代为签到 of set
    /// BK3, is still dropped by the later check on weak surnames before an everyday word, 春花.)
    fn handed_over(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const TAKES: [&[char]; 12] = [
            &['接', '替'],
            &['接', '任'],
            &['接', '手'],
            &['接', '管'],
            &['代', '为'],
            &['代', '领'],
            &['代', '签'],
            &['代', '收'],
            &['代', '办'],
            &['负', '责'],
            &['签', '收'],
            &['护', '送'],
        ];
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(4) {
            // (理由, 自由, 缘由, 经由, 来由, 事由: 由 closing a word.)
            if ctx.chars[i] != '由' || (i > 0 && one_of(chars!("理自缘经来事"), ctx.chars[i - 1])) {
                continue;
            }
            let s = i + 1;
            if !self.surname_lens(ctx, s).into_iter().eq([1]) {
                continue;
            }
            let found = [s + 3, s + 2].into_iter().find(|&e| {
                let given = &ctx.chars[s + 1..e.min(n)];
                e < n
                    && TAKES.iter().any(|w| Self::starts_with_at(ctx, e, w))
                    // (由村居代办员统一协助领取: a role's word, 代办员, is no act of taking over, set BP2.)
                    && ctx.chars.get(e + 2).is_none_or(|&c| !one_of(chars!("员人点处"), c))
                    && given.iter().all(|&c| self.given_ok(c) && !SETS.numerals.has(c))
                    && (s + 1..e).all(|j| !ctx.rel_start[j])
                    // (由于春花代领: a given name that is a word too, 春花, 红梅, is a name here.)
                    && ((!self.holds_common_word(&ctx.chars[s..e]) && (s + 1..e).all(|j| ctx.lex_end[j] <= j + 1))
                        || (e == s + 3 && self.word_given.contains(&pack(given))))
            });
            if let Some(e) = found {
                out.push((Rank::Cue, s, e));
            }
        }
    }

    /// 李成镇,男,92岁 / 朴光镇,朝鲜族: a Korean-Chinese name ending in 镇 reads like a town, but before the
    /// person's sex or nationality it is a name: a surname, a given character, 镇, opening its clause.
    fn town_like_name(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        let s = k.checked_sub(3)?;
        let person_cue = Self::number_start(ctx, k) == k + 1
            && (matches!(ctx.chars.get(k + 1), Some('男' | '女'))
                || Self::starts_with_at(ctx, k + 1, &['朝', '鲜', '族']));
        let ok = person_cue
            && ctx.chars[k - 1] == '镇'
            && self.surnames.has(ctx.chars[s])
            && self.given_ok(ctx.chars[s + 1])
            && !self.vetoed(ctx, s, 1)
            && self.opens_clause(ctx, s);
        ok.then_some(s)
    }

    /// Whether a resident ID (18 characters, the last maybe X, or 15 digits) starts at `k`, right after a Han
    /// character and not inside a longer run.
    /// Full-width digits count (崔婷１３０１０２…), and one comma or opening bracket may stand between the name
    /// and the number (谢晨，４２０１０６…, 佟湉（110105…).
    fn id_at(ctx: &Ctx, k: usize) -> bool {
        if k == 0 || !is_han(ctx.chars[k - 1]) {
            return false;
        }
        let from = Self::number_start(ctx, k);
        let digit = |at: usize| ctx.chars.get(at).and_then(|&c| super::digits::digit_of(c));
        if digit(from).is_none() {
            return false;
        }
        // (白红421083 19480116 6050: the ID may be written in groups, one space or dash between them.)
        // (On the stack: asked at every character after a Han one.)
        let (mut d, mut len, mut at) = ([0u8; 19], 0, from);
        while len < 19 {
            match ctx.chars.get(at) {
                Some(_) if let Some(x) = digit(at) => {
                    d[len] = x;
                    len += 1;
                }
                Some('X' | 'x' | 'Ｘ' | 'ｘ') if len == 17 => {
                    d[len] = b'X';
                    len += 1;
                }
                Some(' ' | '-' | '\n') if matches!(len, 6 | 12 | 14) && digit(at + 1).is_some() => {}
                _ => break,
            }
            at += 1;
        }
        // (A Han character may follow: 白红421083…6050系户主之妻.)
        let runs_on = |c: &char| c.is_ascii_alphanumeric() || super::digits::digit_of(*c).is_some();
        if !(len == 18 || len == 15) || ctx.chars.get(at).is_some_and(runs_on) {
            return false;
        }
        // Province and birth date must read as an ID's (checksum typos still count): an 18-digit passbook
        // number after 农行 is not an ID, and 农行 is no name.
        super::id_card::check(&d[..len]) != super::id_card::IdCheck::No
    }

    /// Whether an age (30岁, 67周岁) starts at `k`, right after a Han character: 王德30周岁 is a person's.
    /// Whether an age in brackets starts at `k` right after a Han character (陈金木（7岁）, 李坤明(12岁)).
    fn bracketed_age_at(ctx: &Ctx, k: usize) -> bool {
        k > 0
            && is_han(ctx.chars[k - 1])
            && matches!(ctx.chars.get(k), Some('（' | '('))
            && (Self::age_digits_at(ctx, k + 1) || Self::people_at(ctx, k + 1) || Self::birth_year_at(ctx, k + 1))
    }

    /// Whether a year of birth starts at `k` (高一诺（2011年生）, （1956年出生）, set AU2).
    fn birth_year_at(ctx: &Ctx, k: usize) -> bool {
        let digits = ctx.chars[k..].iter().take(5).take_while(|c| c.is_ascii_digit()).count();
        digits == 4
            && matches!(ctx.chars[k..k + 2], ['1', '9'] | ['2', '0'])
            && (Self::starts_with_at(ctx, k + 4, &['年', '生'])
                || Self::starts_with_at(ctx, k + 4, &['年', '出', '生']))
    }

    /// 刘运来（87岁）, 王福有（72岁）: a surname opening its clause and a given name ending in a particle's
    /// character (来, 有, 和, 元), which no other reading takes, before a bracketed age.
    fn particle_ended_name(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        let s = k.checked_sub(3)?;
        let (c1, c2) = (ctx.chars[s + 1], ctx.chars[s + 2]);
        (self.surnames.has(ctx.chars[s])
            && !self.vetoed(ctx, s, 1)
            && self.opens_clause(ctx, s)
            && self.given_ok(c1)
            && !SETS.place.has(c1)
            && one_of(chars!("来有和元年同本"), c2)
            && !self.holds_common_word(&ctx.chars[s + 1..k]))
        .then_some(s)
    }

    /// Whether a bracket after a Han character at `k` opens with a sex (杨耶金（女，72岁）).
    fn bracketed_sex_at(ctx: &Ctx, k: usize) -> bool {
        k > 0
            && is_han(ctx.chars[k - 1])
            && matches!(ctx.chars.get(k), Some('（' | '('))
            && ctx.chars.get(k + 1).is_some_and(|&c| c == '男' || c == '女')
            && Self::item_ends_at(ctx, k + 2)
    }

    /// Whether a kin tag closing its item starts at `k`: 高平-孙, 于文新（孙）, 蒋秀-儿媳, 金兵（户主之婿）; Some(true)
    /// when it is more than one bare character (户主之婿, 儿媳), which no everyday word before it takes.
    fn kin_tag_at(ctx: &Ctx, k: usize) -> Option<bool> {
        // (房随社（夫妻）代领: the pair the member makes with the person.)
        const TAGS: [&[char]; 20] = [
            &['夫', '妻'],
            &['父', '子'],
            &['父', '女'],
            &['母', '子'],
            &['母', '女'],
            &['婿'],
            &['儿', '媳'],
            &['孙', '女'],
            &['孙', '子'],
            &['儿', '子'],
            &['女', '儿'],
            &['女', '婿'],
            &['配', '偶'],
            &['外', '孙'],
            &['孙'],
            &['子'],
            &['女'],
            &['夫'],
            &['妻'],
            &['媳'],
        ];
        let &open = ctx.chars.get(k)?;
        // (家属（关系） | 李斌 老伴, 吴家乐 儿子: a space before the kin word, set CE6.)
        if k == 0 || !is_han(ctx.chars[k - 1]) || !matches!(open, '（' | '(' | '-' | '－' | '—' | ' ' | '\u{3000}')
        {
            return None;
        }
        // (金兵（户主之婿）: whose kin, in brackets.)
        let mut at = k + 1;
        if matches!(open, '（' | '(') {
            for w in [&['户', '主'][..], &['申', '请', '人'], &['本', '人'], &['其'], &['前'], &['之']] {
                if Self::starts_with_at(ctx, at, w) {
                    at += w.len();
                    break;
                }
            }
            if at > k + 2 && matches!(ctx.chars.get(at), Some('之' | '的')) {
                at += 1;
            }
        }
        let closes = |e: usize| match open {
            '（' | '(' => matches!(ctx.chars.get(e), Some('）' | ')')),
            _ => ctx.chars.get(e).is_none_or(|&c| one_of(chars!("，,、；; \n"), c)),
        };
        let tag = TAGS
            .iter()
            .find(|w| Self::starts_with_at(ctx, at, w) && closes(at + w.len()))
            .map(|w| at > k + 1 || w.len() > 1);
        // (李斌（老伴）, 李斌 老伴: any relation word of two characters or more, closed right after; weak, so
        // that an everyday word before it, 高龄 老人, 常住 居民, is no name.)
        tag.or_else(|| {
            (at + 2..=(at + 4).min(ctx.chars.len()))
                .any(|e| ctx.rel_start[at] && ctx.rel_end.get(e) == Some(&true) && closes(e))
                .then_some(false)
        })
    }

    /// Whether a people, ending its item, starts at `k` (麻榜香（苗族）): what a bracket after a name says of them.
    fn people_at(ctx: &Ctx, k: usize) -> bool {
        (2..=4).any(|m| {
            ctx.chars.get(k + m - 1) == Some(&'族')
                && ctx.chars[k..k + m - 1].iter().all(|&c| is_han(c))
                && Self::item_ends_at(ctx, k + m)
        })
    }

    fn item_ends_at(ctx: &Ctx, k: usize) -> bool {
        ctx.chars.get(k).is_some_and(|&c| one_of(chars!("）)，,、；;"), c))
    }

    /// Whether one to three digits and 岁 (周岁) start at `k`.
    fn age_digits_at(ctx: &Ctx, k: usize) -> bool {
        let digits = ctx.chars[k..].iter().take(4).take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&digits)
            && (ctx.chars.get(k + digits) == Some(&'岁') || Self::starts_with_at(ctx, k + digits, &['周', '岁']))
    }

    fn age_at(ctx: &Ctx, k: usize) -> bool {
        k > 0 && is_han(ctx.chars[k - 1]) && Self::age_digits_at(ctx, k)
    }

    /// Whether a colon at `k` opens what someone said in a meeting (：俺没意见, ：同意，…家确实困难).
    fn speaker_label_at(&self, ctx: &Ctx, k: usize) -> bool {
        const SAID: [&[char]; 9] = [
            &['俺'],
            &['我'],
            &['同', '意'],
            &['不', '同', '意'],
            &['没', '意', '见'],
            &['无', '异', '议'],
            &['情', '况', '属', '实'],
            &['他', '家'],
            &['她', '家'],
        ];
        matches!(ctx.chars.get(k), Some('：' | ':')) && SAID.iter().any(|w| Self::starts_with_at(ctx, k + 1, w))
    }

    /// The start of a signer's name closing the text after an approval and a space or a comma (同意 黄立新, 情况属实
    /// 张伟, 同意，王芳。, set AG2): a surname, then one or two given-name characters, no everyday word.
    fn signer_after_approval(&self, ctx: &Ctx) -> Option<usize> {
        const APPROVALS: [&[char]; 8] = [
            &['同', '意'],
            &['属', '实'],
            &['审', '核'],
            &['批', '准'],
            &['核', '实'],
            &['通', '过'],
            &['上', '报'],
            &['审', '批'],
        ];
        // (同意 王芳。: a full stop closing the line.)
        let n = ctx.chars.len() - usize::from(ctx.chars.last().is_some_and(|&c| matches!(c, '。' | '.')));
        let run = ctx.chars[..n].iter().rev().take_while(|&&c| is_han(c)).count();
        let s = n.checked_sub(run).filter(|_| (2..=4).contains(&run))?;
        // (A space or a comma between them: 同意 周全, 同意，王芳.)
        let gap = ctx.chars[..s].iter().rev().take_while(|&&c| matches!(c, ' ' | '\u{3000}' | '，' | ',')).count();
        let head = &ctx.chars[..s - gap];
        (gap > 0
            && APPROVALS.iter().any(|w| head.ends_with(w))
            && !self.word_starts(ctx, s)
            && !self.common_word_at(ctx, s)
            && self
                .surname_lens(ctx, s)
                .into_iter()
                .any(|sl| s + sl < n && n - s - sl <= 2 && ctx.chars[s + sl..n].iter().all(|&c| self.given_ok(c))))
        .then_some(s)
    }

    /// Whether a date opens at `k`: one to four digits, then . - / 年 or 月, then a digit (2024.1.19, 2024-03-07,
    /// 2024年2月1日, 2月11日).
    fn date_at(ctx: &Ctx, k: usize) -> bool {
        let run = ctx.chars[k.min(ctx.chars.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=4).contains(&run)
            && ctx.chars.get(k + run).is_some_and(|&c| matches!(c, '.' | '-' | '/' | '年' | '月'))
            && ctx.chars.get(k + run + 1).is_some_and(char::is_ascii_digit)
    }

    /// Whether a year (2023年) starts at `k` right after a Han character: 耿鑫2023年入户，陈伟2012年迁出.
    fn year_at(ctx: &Ctx, k: usize) -> bool {
        // (王庄2019年通路, 李楼, 张集: a place, not a person.)
        k > 0
            && is_han(ctx.chars[k - 1])
            && !SETS.place.has(ctx.chars[k - 1])
            && !one_of(chars!("庄楼集村屯店寨营堡沟湾坪岭坡港桥"), ctx.chars[k - 1])
            && ctx.chars.get(k..k + 5).is_some_and(|w| {
                matches!(w[..2], ['1', '9'] | ['2', '0']) && w[2..4].iter().all(char::is_ascii_digit) && w[4] == '年'
            })
    }

    /// 贾红旗17114907173: a short Han run standing alone before a glued mobile number, starting with a
    /// surname, is the number's owner whatever its given part means. A phone word between them is not part
    /// of the name (胡婷电话138…). Returns the name's span.
    fn glued_owner(&self, ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
        const LABELS: [&[char]; 7] = [
            &['电', '话'],
            &['手', '机'],
            &['手', '机', '号'],
            &['电', '话', '号', '码'],
            &['联', '系', '电', '话'],
            &['身', '份', '证'],
            &['身', '份', '证', '号'],
        ];
        let label = LABELS.iter().filter(|w| ctx.chars[..k].ends_with(w)).map(|w| w.len()).max().unwrap_or(0);
        let k = k - label;
        let run = ctx.chars[..k].iter().rev().take_while(|&&c| is_han(c) && !SETS.anon.has(c)).take(5).count();
        let s = k - run;
        let alone = s == 0 || !is_han(ctx.chars[s - 1]);
        let surname = self.surname_lens(ctx, s).into_iter().find(|&sl| s + sl < k)?;
        // 高新区0431…, 付家屯0435…, 民政局0435…: a place or an office, not a person.
        let office = ctx.chars[s..k].iter().any(|&c| one_of(chars!(ADMIN), c) || one_of(chars!(OFFICE_CHARS), c));
        // (联系人：刘华乔菊香157…: five characters are two names run together, a second surname at the third or the
        // fourth; both are hidden.)
        let two_names = run == 5
            && (self.surnames.has(ctx.chars[s + 2]) || self.surnames.has(ctx.chars[s + 3]))
            && ctx.chars[s + 1..k].iter().filter(|&&c| self.given_ok(c)).count() >= 3;
        let ok = ((2..=4).contains(&run) || two_names)
            && alone
            && !office
            && !self.weak_at(ctx, s)
            && ctx.lex_end[s] <= s + surname
            && !ctx.rel_start[s];
        ok.then_some((s, k))
    }

    /// Whether a name read back from a cue at `s` is the subject of its clause: set apart on the left, after
    /// a frame word or after a date.
    /// (Also after 是 for a verb cue: 娃儿程娟的学费是程英秀帮忙垫的. Not a frame word: before no verb, 他是亚军
    /// names no one.)
    fn opens_clause(&self, ctx: &Ctx, s: usize) -> bool {
        self.stands_apart_left(ctx, s)
            || self.framed_left(ctx, s)
            || Self::after_date(ctx, s)
            || (s > 0 && ctx.chars[s - 1] == '是')
    }

    /// Whether a frame word (据, 经, 跟随, 交由 …) ends right before `s`.
    fn framed_left(&self, ctx: &Ctx, s: usize) -> bool {
        self.frame_pre.iter().any(|w| s >= w.len() && Self::starts_with_at(ctx, s - w.len(), w))
    }

    /// Whether a frame word of two or more characters ends on the character at `s` (居委|会李红: 居委会).
    fn frame_ends_at(&self, ctx: &Ctx, s: usize) -> bool {
        self.frame_pre.iter().any(|w| w.len() >= 2 && s + 1 >= w.len() && Self::starts_with_at(ctx, s + 1 - w.len(), w))
    }

    /// Whether a date ends right before `s` (2023年2月19日仇招娣…, 去年12月芦成林…).
    fn after_date(ctx: &Ctx, s: usize) -> bool {
        s >= 2
            && matches!(ctx.chars[s - 1], '日' | '月' | '号')
            // (Full-width digits too: masking writes them back as ASCII, and must then read the same date.)
            && (ctx.chars[s - 2].is_ascii_digit()
                || ('０'..='９').contains(&ctx.chars[s - 2])
                || SETS.numerals.has(ctx.chars[s - 2])
                || ctx.chars[s - 2] == '底')
    }

    /// A name ending right before a cue at `k` whose given characters are rarer ones (冷来顺, 商继业, 程功):
    /// a surname, then one or two Han characters that are not particles or place words. Only for a span the
    /// caller has found set apart and followed by a cue.
    /// (居委会李红主任: not 会李红 after the frame word 居委; a longer frame word ends inside it.)
    fn loose_before(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        self.loose_before_len(ctx, k, 3)
            .filter(|&s| !self.frame_ends_at(ctx, s))
            .or_else(|| self.loose_before_len(ctx, k, 2))
    }

    fn loose_before_len(&self, ctx: &Ctx, k: usize, len: usize) -> Option<usize> {
        let s = k.checked_sub(len)?;
        // 和他们一起生活: a conjunction, not a surname. (全靠俺伺候: a pronoun is in no name.)
        if self.weak_at(ctx, s)
            || ctx.chars[s + 1..k].iter().any(|&c| one_of(chars!("俺我他她你咱您它伊侬"), c))
            // (显示麦玉生于…: a verb cue that starts at the third character ends the name before it.)
            || (len == 3 && self.verb_post_cue_at(ctx, s + 2) && ctx.chars[s + 2] != '正')
            // (由阿姨代领: a kin word is no given name; but 妹 and 弟 end southern given names: 由张九妹照料.)
            || ((s + 1..k).any(|j| ctx.rel_start[j]) && !(len == 3 && self.kin_given_end(ctx, s, k)))
            || self.kin_word_then_no_given(ctx, s, k)
            || self.adverb_before_word(ctx, s)
        {
            return None;
        }
        if len == 2 {
            let c1 = ctx.chars[s + 1];
            // (申请表上签字, 核查表中罗列: a locative is no given name; ，计入家庭收入: nor is an everyday word's
            // second character.)
            let ok = self.surnames.has(ctx.chars[s])
                && !self.surname_word(ctx, s, 1)
                && !self.vetoed(ctx, s, 1)
                && is_han(c1)
                && !SETS.anon.has(c1)
                && !SETS.place.has(c1)
                && !SETS.stop.has(c1)
                && !one_of(chars!("上下中内里"), c1);
            return ok.then_some(s);
        }
        let (c1, c2) = (ctx.chars[s + 1], ctx.chars[s + 2]);
        // 由其女代领: a relation word inside the span means the first character is a preposition; so does an
        // everyday word filling the rest of it (由孙辈照顾).
        if ctx.rel_start[s + 1] || (SETS.function_prefix.has(ctx.chars[s]) && ctx.lex_end[s + 1] >= k) {
            return None;
        }
        // 交由于桂芝: 由于 is a word, but after a frame word the name starts at 于.
        let vetoed = self.vetoed(ctx, s, 1) && !(self.framed_left(ctx, s) && ctx.lex_end[s] <= s + 1);
        // (落实帮扶措施：…: the surname ends a word and the given part is a word of its own.)
        let vetoed = vetoed
            || (s > 0 && self.holds_common_word(&ctx.chars[s - 1..=s]) && self.holds_common_word(&ctx.chars[s + 1..k]));
        let ok = self.surnames.has(ctx.chars[s])
            && !vetoed
            && is_han(c1)
            && !SETS.anon.has(c1)
            // A particle as first given character (冷来顺, 訾有田) only before a name character, or when the
            // name opens its clause (安和谐患…).
            // (钱都存在银行: not an adverb that follows a subject.)
            && (!SETS.stop.has(c1)
                || self.given_ok(c2)
                || (Self::clause_start(ctx, s) && !one_of(chars!("都也就还又均已才仍亦"), c1)))
            && is_han(c2)
            && !SETS.anon.has(c2)
            && !SETS.place.has(c2)
            && !SETS.stop.has(c2)
            && !self.verb_post_cue_at(ctx, s + 2);
        ok.then_some(s)
    }

    /// Whether `s..k` is a surname and a southern given name ending in 妹 or 弟 (张九妹, 左细妹, 田幺弟): a
    /// surname that is no preposition, a given character, a numeral or 细/满/幺/小 before the kin character, and
    /// no longer kin word going on (妹妹, 弟媳).
    fn kin_given_end(&self, ctx: &Ctx, s: usize, k: usize) -> bool {
        if k < s + 3 {
            return false;
        }
        let c = ctx.chars[k - 2];
        one_of(chars!("妹弟"), ctx.chars[k - 1])
            && !ctx.chars.get(k).is_some_and(|&c| one_of(chars!(KIN_GOES_ON), c))
            && self.surnames.has(ctx.chars[s])
            && !SETS.function_prefix.has(ctx.chars[s])
            && !self.weak_at(ctx, s)
            // (卢者妹患…, 李阿妹: a Yi or Hani character too, in the Han names of Honghe.)
            && (self.given_ok(c)
                || SETS.numerals.has(c)
                || one_of(chars!("细满幺小"), c)
                || one_of(chars!(YI), c)
                || one_of(chars!(YI_GIVEN), c))
    }

    /// After a relation word (儿子禤喜梅, 外孙女周全电话…), a name whose surname we do not know or that reads
    /// as a word: two or three Han characters, taken when the name plainly ends after them (a particle,
    /// punctuation, a cue). A word (周全, 高龄) is taken only before a cue that proves a person (电话, 身份证).
    fn word_name_after_relation(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let n = ctx.chars.len();
        let han = |k: usize| {
            ctx.chars.get(k).is_some_and(|&c| is_han(c) && !SETS.stop.has(c) && !SETS.anon.has(c) && !SETS.place.has(c))
        };
        if !han(i) || !han(i + 1) || ctx.rel_start[i] {
            return None;
        }
        // 代领人贾红旗17114907173: a name ending in a place character (红旗) right before the person's number.
        let third = ctx.chars.get(i + 2).is_some_and(|&c| is_han(c) && !SETS.stop.has(c) && !SETS.anon.has(c));
        if third && ctx.chars.get(i + 3).is_some_and(char::is_ascii_digit) && !self.word_starts(ctx, i) {
            return Some(i + 3);
        }
        // (儿子刘海龙身份证220103…: a frequent surname whose first given character makes a word with it (刘海),
        // right before the person's ID or phone, set Z2.)
        if third
            && self.frequent_surnames.has(ctx.chars[i])
            && [&['身', '份'][..], &['电', '话'], &['手', '机']].iter().any(|w| Self::starts_with_at(ctx, i + 3, w))
        {
            return Some(i + 3);
        }
        let word = self.word_starts(ctx, i);
        // Only a number of the person's own proves a word to be a name (周全电话138…, 周全身份证…).
        // (家属马力称老人…去世: or a verb of saying, a word does not speak, set CE2.)
        const PROOF: [&[char]; 8] = [
            &['电', '话'],
            &['手', '机'],
            &['身', '份'],
            &['联', '系'],
            &['称'],
            &['反', '映'],
            &['表', '示'],
            &['说'],
        ];
        // (监护人公民身份号码, 户主居民身份证: the word is the ID's own label.)
        let id_label = [['公', '民'], ['居', '民']].iter().any(|w| Self::starts_with_at(ctx, i, w));
        let proven = |e: usize| {
            ctx.chars.get(e).is_some_and(|c| c.is_ascii_digit())
                || (PROOF.iter().any(|w| Self::starts_with_at(ctx, e, w)) && !id_label)
        };
        let ends = |e: usize| {
            e == n
                || !is_han(ctx.chars[e])
                || SETS.stop.has(ctx.chars[e])
                || self.post_cue_at(ctx, e)
                || self.verb_post_cue_at(ctx, e)
                || self.word_starts(ctx, e)
        };
        for e in [i + 3, i + 2] {
            let time_word =
                e == i + 3 && self.verb_post_cue_at(ctx, i + 2) && one_of(chars!(TIME_HEADS), ctx.chars[i + 2]);
            if e > n || (e == i + 3 && !han(i + 2)) || (e == i + 3 && self.word_starts(ctx, i + 1)) || time_word {
                continue;
            }
            // 妹妹雷雨欣务工: a two-character word (雷雨) with a name character after it and the name plainly
            // ending there reads as a three-character name.
            let plain_end = self.plain_end(ctx, e);
            // (单独立户: not when the given character starts an everyday word with the next, unless that is a verb:
            // 丈夫林木水患….)
            // (家里劳力少, 其家收入低: an adjective after a noun says how much of it there is; it ends no name.)
            let word_then_given = word
                && e == i + 3
                && ctx.lex_end[i] == i + 2
                && self.given_ok(ctx.chars[i + 2])
                && !one_of(chars!("少多差弱低够缺紧难穷"), ctx.chars[i + 2])
                && plain_end
                // (其子方法志在青岛打工: 志在 is a word, but 在 and a place after a name is where the person is.)
                && (!self.common_word_at(ctx, i + 2) || self.verb_post_cue_at(ctx, e) || ctx.chars.get(e) == Some(&'在'));
            if word && !word_then_given && !(e == i + 2 && ctx.lex_end[i] == e && proven(e)) {
                continue;
            }
            if ends(e) && (!word || word_then_given || proven(e)) {
                return Some(e);
            }
        }
        None
    }

    /// After a relation or role word a name is certain to start: a surname and one or two given characters
    /// whatever they mean (女儿谭红旗照料, 老伴李和谐患…, 侄子周和谐代为领取), when the name plainly ends there.
    /// Only an everyday word starting at the surname (户主高龄, 其女方便时), a conjunction or a particle says
    /// it is not a name. Hiding a word that was not a name is the safe error here.
    fn greedy_after_relation(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let n = ctx.chars.len();
        // 户主和妻子, 其配偶于去年病故: a conjunction or a verb particle, not a surname.
        // (大哥家盖了新房: 家 after a kin word is that person's household, not a surname; 生孩子时在医院抢救:
        // 时 is "when".)
        if (self.weak_at(ctx, i) && !one_of(chars!(NOUN_SURNAMES), ctx.chars[i]))
            || one_of(chars!(VERB_PARTICLES), ctx.chars[i])
            || matches!(ctx.chars[i], '家' | '时')
        {
            return None;
        }
        // (村民齐心帮扶, 老人安康: after a word for a class of people, an everyday word is what they are or do.)
        let class_word = Self::class_word_before(ctx, i)
            && (self.word_starts(ctx, i) || ctx.chars.get(i..i + 2).is_some_and(|w| self.holds_common_word(w)));
        // (表叔公来过: a weak surname that is an everyday character takes two given characters, 配偶密四妹.)
        let noun_surname = one_of(chars!(NOUN_SURNAMES), ctx.chars[i]);
        // Counting and time characters make a phrase, not a name (保姆费每月2000元).
        let given = |k: usize| {
            // (村里修了新路: a grammatical particle is in no given name.)
            ctx.chars.get(k).is_some_and(|&c| {
                is_han(c)
                    && !SETS.anon.has(c)
                    && !SETS.numerals.has(c)
                    && !one_of(chars!(COUNTING), c)
                    && !one_of(chars!("了着过们吗呢吧啊呀么的"), c)
            }) && !ctx.rel_start[k]
        };
        for sl in self.surname_lens(ctx, i) {
            let lex = ctx.lex_end[i];
            // 其女华夏在读: an everyday word that is also a given name is the name here.
            // (其夫万里在外: a listed word name that no word of the lexicon holds, as well.)
            let word_end = if lex > i + sl {
                Some(lex).filter(|&k| k - i <= 4 && self.word_names.contains(&pack(&ctx.chars[i..k])))
            } else {
                (i + 2..=(i + 4).min(n)).rev().find(|&k| self.word_names.contains(&pack(&ctx.chars[i..k])))
            };
            let word_name = word_end.is_some();
            // (护理人：杨树林（每月护理费300元）: a role's label and its colon, then two or three Han characters
            // standing alone up to a bracket or a stop, are its holder's name, whatever word they make, set AW6.)
            let alone = (i + 2..=(i + 3).min(n))
                .find(|&k| ctx.chars[i..k].iter().all(|&c| is_han(c)) && (k == n || !is_han(ctx.chars[k])));
            let colon = i > 0 && matches!(ctx.chars[i - 1], '：' | ':');
            // (需专人看护，监护人陈年生。: three Han characters alone after the relation word, a surname, a word
            // of two and a given character that is no word with them, are its holder's name too, set CC2.)
            // (Only after a role's word, 监护人 or 网格员: 家里劳力少 is what the household lacks.)
            // (父亲保家刚于2013年溺水身亡: or before a verb particle after 父亲 or 母亲, set CG4.)
            let three_alone = i > 0
                && (alone == Some(i + 3)
                    || (i + 3 < n && one_of(chars!(VERB_PARTICLES), ctx.chars[i + 3]) && ctx.chars[i - 1] == '亲'))
                && sl == 1
                && one_of(chars!("人员亲"), ctx.chars[i - 1])
                && lex < i + 3
                && !self.holds_common_word(&ctx.chars[i..i + 2])
                && self.given_ok(ctx.chars[i + 2])
                && !self.word_starts(ctx, i + 1)
                && !self.word_starts(ctx, i + 2)
                && !self.common_word_at(ctx, i + 1);
            let labelled = (colon && alone.is_some()) || three_alone;
            if lex > i + sl && !word_name && !labelled {
                continue;
            }
            let g = i + sl;
            let ends = match alone {
                _ if three_alone && lex > i + sl => [i + 3, i + 3],
                Some(k) if labelled && lex > i + sl => [k, k],
                _ if let Some(k) = word_end => [k, k],
                _ => [g + 2, g + 1],
            };
            for e in ends {
                if (noun_surname && e != g + 2) || (class_word && e == i + 2) {
                    continue;
                }
                // (大孙庄村: a name never ends in an administrative suffix; 镇 ends Korean-Chinese names.)
                // (其子王在广州打工, 儿子刘在外务工: 在 after a surname is "at", unless the Korean-Chinese shape
                // 金在秀 or the text ends right after it.)
                let zai_preposition = ctx.chars.get(g) == Some(&'在')
                    && !(e == g + 2 && self.korean_zai_given(ctx, g))
                    && e < n
                    && is_han(ctx.chars[e]);
                if e > n
                    || zai_preposition
                    || !(g..e).all(given)
                    || self.org_or_place_follows(ctx, e)
                    || one_of(chars!("村乡县市区省屯"), ctx.chars[e - 1])
                {
                    continue;
                }
                // (其夫万里在外: a listed word name is a name here even when its given character is a rare one.)
                if e == g + 1 && !word_name && self.surname_word(ctx, i, sl) {
                    continue;
                }
                let plain = e == n
                    || !is_han(ctx.chars[e])
                    || one_of(chars!(VERB_PARTICLES), ctx.chars[e])
                    // (爱人郭镇城被压伤: the passive's 被 after the one it befell; 家庭成员蒋老往为村干部.)
                    // (其妻朱红曾因…: 曾, "once", after the one it befell, set AW6.)
                    || one_of(chars!("的等被为曾"), ctx.chars[e])
                    || self.post_cue_at(ctx, e)
                    || self.verb_post_cue_at(ctx, e)
                    || ctx.rel_start[e]
                    // (儿童关爱保护体系: a word-like given name needs more than another word after it.)
                    || (!word_name && self.word_starts(ctx, e));
                if plain || (e == g + 2 && self.korean_zai_given(ctx, g)) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// A three-character name right after a relation word at `i` whose first character is not a known surname:
    /// no everyday word in it, no particle, place or common character at its head, and a plain end after it
    /// (punctuation, a particle, a cue).
    /// Where a run of transliteration characters from `s` (in a name starting at `name_start`) ends, at most at
    /// `max`, if it ends at a boundary or a verb: the rest of a Tibetan, Mongolian or Yi name after a relation
    /// word (妻巴桑次仁在家, 长孙哈斯朝鲁在…). None when no such character follows `s` or the run does not end
    /// cleanly.
    fn translit_end(&self, ctx: &Ctx, name_start: usize, s: usize, max: usize) -> Option<usize> {
        let mut k = s;
        // (次 of 次仁 and 次旦 is a counting word elsewhere: inside a name it goes on.)
        while k < max.min(ctx.chars.len())
            && self.name_run.has(ctx.chars[k])
            && (!SETS.stop.has(ctx.chars[k]) || (k > name_start && ctx.chars[k] == '次'))
            && !ctx.covered[k]
            && !self.verb_post_cue_at(ctx, k)
            && !self.post_cue_at(ctx, k)
            && !ctx.rel_start[k]
        {
            k += 1;
        }
        (k > s && (self.boundary_after(ctx, k) || self.verb_post_cue_at(ctx, k) || self.post_cue_at(ctx, k)))
            .then_some(k)
    }

    /// Whether the four characters from `i` are a Yi name with an unlisted family name (see
    /// `yi_tibetan_candidates`): set apart on the left, ending cleanly, no everyday word inside.
    fn unlisted_yi_name(&self, ctx: &Ctx, i: usize) -> bool {
        const ONLY_YI: &str = "呷嫫";
        let cs = &ctx.chars[i..i + 4];
        let yi = |c: char| one_of(chars!(YI), c) || one_of(chars!(YI_GIVEN), c);
        cs.iter().all(|&c| is_han(c) && !SETS.numerals.has(c) && (!SETS.stop.has(c) || yi(c)))
            && cs.iter().filter(|&&c| yi(c)).count() >= 3
            && (ctx.rel_end[i] || cs.iter().any(|&c| one_of(chars!(ONLY_YI), c)))
            && !ctx.covered_before[i]
            && (i..i + 4).all(|k| ctx.lex_end[k] <= i + 4 && !ctx.rel_start[k])
            && self.minority_name_apart(ctx, i)
            && self.ends_cleanly(ctx, i + 4)
    }

    /// Whether a Yi or Tibetan name starting at `i` stands apart on its left: the text's or a clause's start, a
    /// relation or cue word, a list separator, a one-character preposition, anything not Han (a mask star too).
    fn minority_name_apart(&self, ctx: &Ctx, i: usize) -> bool {
        i == 0
            || !is_han(ctx.chars[i - 1])
            || ctx.rel_end[i]
            || SETS.list_separators.has(ctx.chars[i - 1])
            || Self::clause_start(ctx, i)
            || self.strong_pre_cue(ctx, i)
            || self.framed_left(ctx, i)
            || Self::weak_pre_at(ctx, i)
            // (户主旦增仓决、妻仓决次仁、子尼玛顿珠: a one-character kin word opening a clause or a list item.)
            || (SETS.kin.has(ctx.chars[i - 1])
                && (i == 1
                    || !is_han(ctx.chars[i - 2])
                    || SETS.list_separators.has(ctx.chars[i - 2])
                    || Self::clause_start(ctx, i - 1)))
    }

    /// 其父阿苦依火在外, 走访了沙马阿依、吉克阿果: a Yi family name and a two-character given name (three with a
    /// transliteration character: 日火阿呷莫), standing apart on the left and ending at a boundary, a cue or a
    /// separator. 仁青扎西, 泽仁罗布: two Tibetan name syllables in a row, the same way.
    fn yi_tibetan_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        // 包村领导小洛桑审签, 复核人：大米玛: 小 大 or 老 and one Tibetan syllable, set apart and ending cleanly.
        for i in 1..n.saturating_sub(1) {
            if one_of(chars!(TIBETAN_PREFIX), ctx.chars[i - 1])
                && self.tibetan_first.has(ctx.chars[i])
                && self.tibetan.contains(&pack(&ctx.chars[i..i + 2]))
                && !self.tibetan.contains(&pack(&ctx.chars[(i + 2).min(n)..(i + 4).min(n)]))
                && self.minority_name_apart(ctx, i - 1)
                && !ctx.covered_before[i - 1]
                && self.ends_cleanly(ctx, i + 2)
            {
                out.push((if ctx.rel_end[i - 1] { Rank::Relation } else { Rank::List }, i - 1, i + 2));
            }
        }
        if n < 4 {
            return;
        }
        for i in 0..n - 3 {
            // 仁青扎西, 泽仁罗布: two Tibetan name syllables in a row, set apart on the left, ending cleanly.
            let syllable = |k: usize| k + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[k..k + 2]));
            // (外孙女三郎阿木初随外婆生活: after a relation word, one syllable and up to four other characters that
            // end cleanly, a Jiarong name.)
            if ctx.rel_end[i] && syllable(i) && !syllable(i + 2) {
                let plain = |k: usize| is_han(ctx.chars[k]) && !SETS.stop.has(ctx.chars[k]) && !ctx.rel_start[k];
                if let Some(e) =
                    (i + 3..=(i + 6).min(n)).find(|&e| (i + 2..e).all(plain) && self.ends_cleanly(ctx, e)).filter(
                        |_| !ctx.covered[i + 2] && !self.word_starts(ctx, i + 2) && !self.common_word_at(ctx, i + 2),
                    )
                {
                    out.push((Rank::Relation, i, e));
                }
            }
            if self.tibetan_first.has(ctx.chars[i]) && syllable(i) && syllable(i + 2) {
                // (官却才让才旦, 阿旺土登朗杰: three syllables or more.)
                let mut e = i + 4;
                while syllable(e) {
                    e += 2;
                }
                let ends = self.ends_cleanly(ctx, e);
                // (小丹巴, 老贡嘎: a 小 大 or 老 before the name is part of it.)
                let s = if i > 0 && one_of(chars!(TIBETAN_PREFIX), ctx.chars[i - 1]) { i - 1 } else { i };
                if self.minority_name_apart(ctx, s) && ends {
                    out.push((if ctx.rel_end[s] { Rank::Relation } else { Rank::List }, s, e));
                    continue;
                }
            }
            // 借给井曲呷呷, 其父木苦石者: a Yi name whose family name is not listed, when three of its four
            // characters are Yi name characters and one of them is a character only Yi names use (呷, 嫫) or a
            // relation word comes right before it.
            if !self.yi_clans.contains(&pack(&ctx.chars[i..i + 2])) && self.unlisted_yi_name(ctx, i) {
                out.push((if ctx.rel_end[i] { Rank::Relation } else { Rank::List }, i, i + 4));
                continue;
            }
            if !self.yi_first.has(ctx.chars[i])
                || !self.yi_clans.contains(&pack(&ctx.chars[i..i + 2]))
                || (ctx.chars[i] == '的' && self.common_word_at(ctx, i + 1))
                // (经阿尔巴尼亚: a longer word starts there.)
                || ctx.lex_end[i] > i + 2
                // (投靠娘家阿吉家支, 阿力家支已筹集: the clan, named by its family name, is no person.)
                || matches!(ctx.chars.get(i + 2..i + 4), Some(['家', '支' | '族' | '人']))
            {
                continue;
            }
            // (Elsewhere than after a relation word the given name must look like one and start no word:
            // 马海鸥飞过 and 罗洪水库 are no names.)
            let name_like = |k: usize| {
                self.name_run.has(ctx.chars[k]) || self.given_ok(ctx.chars[k]) || one_of(chars!(YI_GIVEN), ctx.chars[k])
            };
            // 的日 and 阿尔 are everyday text too (申请人的日收入, 阿尔泰): their given characters must look Yi, or
            // look like a name's right after a relation word that ends cleanly (监护人的日金格去世).
            let yi_like =
                |k: usize| ctx.chars.get(k).is_some_and(|&c| self.name_run.has(c) || one_of(chars!(YI_GIVEN), c));
            if matches!(ctx.chars[i..i + 2], ['的', '日'] | ['阿', '尔'])
                && !(yi_like(i + 2) && yi_like(i + 3))
                && !(ctx.rel_end[i]
                    && (i + 2..i + 4).all(|k| name_like(k) || one_of(chars!(YI), ctx.chars[k]))
                    && !self.word_starts(ctx, i + 2)
                    && self.ends_cleanly(ctx, i + 4))
            {
                continue;
            }
            // 胡荣、吉克布都、严凯柱: a list's item of four characters, a family name and two others between
            // two separators, is a name whatever its given characters (都 is "all" elsewhere). So is one right
            // after a relation word, up to a separator (帮助亲属阿说布都、阿明…).
            let item = |k: usize| k == n || one_of(chars!("、，,；;。"), ctx.chars[k]);
            // (子女吉木尔者、吉木阿甲在会理: or ending cleanly.)
            // (户主马海乡人，务农: a place's words are no given name.)
            if i > 0
                && (ctx.chars[i - 1] == '、'
                    || (ctx.rel_end[i]
                        && item(i + 4)
                        && ctx.chars[i + 2..i + 4].iter().all(|&c| !SETS.place.has(c) && c != '人')))
                && (item(i + 4) || self.ends_cleanly(ctx, i + 4))
                && ctx.chars[i + 2..i + 4].iter().all(|&c| is_han(c) && !SETS.numerals.has(c))
                && !ctx.rel_start[i + 2..i + 4].iter().any(|&r| r)
            {
                out.push((Rank::List, i, i + 4));
                continue;
            }
            let apart = self.minority_name_apart(ctx, i);
            let given_ok = |k: usize| {
                // (且 of 阿尔拉且 is a Yi name character.)
                // (五 of 尔古五各 too, a Yi name's 伍 written plain.)
                ctx.chars.get(k).is_some_and(|&c| {
                    is_han(c) && (!SETS.stop.has(c) || one_of(chars!(YI), c)) && (!SETS.numerals.has(c) || c == '五')
                }) && !ctx.rel_start[k]
            };
            if !apart || !given_ok(i + 2) || !given_ok(i + 3) || ctx.covered_before[i] {
                continue;
            }
            let ends = |e: usize| self.ends_cleanly(ctx, e);
            let e = if i + 4 < n && self.name_run.has(ctx.chars[i + 4]) && !ends(i + 4) && ends(i + 5) {
                i + 5
            } else {
                i + 4
            };
            let loose_ok = name_like(i + 2) && name_like(i + 3) && !self.word_starts(ctx, i + 2) && ends(e);
            // (After one, a given name that does not look like one must end cleanly: 赡养人马海杰收入 is 马海杰.)
            let related_ok = ctx.rel_end[i] && (ends(e) || (name_like(i + 2) && name_like(i + 3)));
            if related_ok || loose_ok {
                out.push((if ctx.rel_end[i] { Rank::Relation } else { Rank::List }, i, e));
            }
        }
    }

    /// 其兄胡满都拉为…, 欠韩达来医药费, 其母哈斯其木格患…, 网格员虎舍里夫走访: Mongolian and Hui given names of
    /// `cues.toml`, one or more in a row, after a Han surname or alone, ending cleanly. With a surname the name
    /// must stand apart on the left, or be three characters or more, or a verb must follow; alone it must stand
    /// apart and be three characters or come right after a relation word or a preposition (由高娃继续冒领).
    fn listed_given_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        let mut i = 0;
        while i < n {
            if !self.listed_given_first.has(ctx.chars[i]) {
                i += 1;
                continue;
            }
            // The furthest end a chain of listed parts reaches: 其木德力格尔 is 其木 + 德力格尔, though 其木德 is
            // listed too.
            let e = self.listed_chain_end(ctx, i, 0);
            if e == i {
                i += 1;
                continue;
            }
            // (巴雅尔图, 斯琴图, 额日和木, 额尔德木仓, 阿拉坦花: a Mongolian name often closes on a syllable or two
            // more.)
            const CLOSING: &str = "图仓木夫花";
            let clean =
                |k: usize| self.ends_cleanly(ctx, k) || self.verb_post_cue_at(ctx, k) || self.post_cue_at(ctx, k);
            // (其子宝力道读高二, 其夫额尔敦毕力格送外卖, 户主之母宝阿拉坦花…: three listed characters or more right
            // after a relation word, or after one and a surname, are a name whatever follows; it takes its closing
            // syllables.)
            let led = e - i >= 3
                && (ctx.rel_end[i]
                    || (i > 0
                        && ctx.rel_end[i - 1]
                        && (self.surnames.has(ctx.chars[i - 1])
                            || one_of(chars!(MINORITY_SURNAMES), ctx.chars[i - 1]))));
            let e = if led {
                // (其子朝鲁门口开店: not into an everyday word, 门口; 母亲萨出拉长期照护: unless another word starts
                // right after the name, 长期.)
                let e = if self.common_word_at(ctx, e - 1) && !self.common_word_at(ctx, e) { e - 1 } else { e };
                e + ctx.chars[e..].iter().take(2).take_while(|&&c| one_of(chars!(CLOSING), c)).count()
            } else if clean(e) {
                e
            } else {
                (1..=2)
                    .map(|extra| e + extra)
                    .take_while(|&k| k <= n && one_of(chars!(CLOSING), ctx.chars[k - 1]))
                    .find(|&k| clean(k))
                    .unwrap_or(e)
            };
            let verb_after = self.verb_post_cue_at(ctx, e) || self.post_cue_at(ctx, e);
            // (阿拉坦社区居委会: the head of a community's name.)
            let ends = (verb_after || led || self.ends_cleanly(ctx, e)) && !Self::village_after(ctx, e);
            let rank = |s: usize| if ctx.rel_end[s] { Rank::Relation } else { Rank::List };
            if ends {
                // (住在江苏和: a two-character given name after a surname that makes an everyday word with it;
                // 宝音和萨日娜都在外: a conjunction or preposition inside a sentence is no surname.)
                // (母阿如德力格尔, 母塔娜, a list's item: a kin character opening it is the relation, not a
                // surname.)
                let kin_opening = i > 0
                    && SETS.kin.has(ctx.chars[i - 1])
                    && (i == 1 || !is_han(ctx.chars[i - 2]) || SETS.list_separators.has(ctx.chars[i - 2]));
                let surname = i > 0 && {
                    let c = ctx.chars[i - 1];
                    let apart = self.minority_name_apart(ctx, i - 1);
                    let function_word = SETS.function_prefix.has(c) || SETS.post_conj.has(c);
                    // (前夫恩那日苏, 因特巴特尔家: Mongolian surnames taken from a first syllable, only before a
                    // listed given name of three characters or more.)
                    !kin_opening
                        && (self.surnames.has(c)
                            || one_of(chars!(MINORITY_SURNAMES), c)
                            || (one_of(chars!("恩特"), c) && e - i >= 3))
                        && !ctx.rel_end[i]
                        && !(e - i == 2 && (self.common_word_at(ctx, i - 1) || ctx.lex_end[i - 1] > i))
                        && (apart || (!function_word && (e - i >= 3 || verb_after)))
                };
                if surname {
                    out.push((rank(i - 1), i - 1, e));
                } else if (e - i >= 3
                    || ctx.rel_end[i]
                    || kin_opening
                    || Self::weak_pre_at(ctx, i)
                    // (孟和说：…, 巴图认为…: a clause's subject, before what a person does.)
                    || (Self::clause_start(ctx, i) && verb_after))
                    && (kin_opening || self.minority_name_apart(ctx, i))
                    && !ctx.covered_before[i]
                {
                    out.push((rank(i), i, e));
                }
            }
            i = e;
        }
    }

    /// Where a chain of [mongolian_given] / [hui_given] parts starting at `k` ends at the furthest (`k` when no
    /// part starts there). A chain holds at most four parts.
    fn listed_chain_end(&self, ctx: &Ctx, k: usize, depth: usize) -> usize {
        let n = ctx.chars.len();
        if depth == 4 || k >= n || !self.listed_given_first.has(ctx.chars[k]) {
            return k;
        }
        (2..=4)
            .filter(|&len| k + len <= n && self.listed_given.contains(&pack(&ctx.chars[k..k + len])))
            .map(|len| self.listed_chain_end(ctx, k + len, depth + 1))
            .max()
            .unwrap_or(k)
    }

    /// The longest part of a Uyghur or Kazakh name ([turkic_given]) starting at `k`, in chars.
    fn turkic_part(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        let n = ctx.chars.len();
        if k >= n || !self.turkic_first.has(ctx.chars[k]) {
            return None;
        }
        (2..=TURKIC_MAX.min(n - k)).rev().find(|&len| self.turkic.contains(&ctx.chars[k..k + len]))
    }

    /// Uyghur and Kazakh names ([turkic_given]). Two parts or more in a row, joined by a middle dot or not, are a
    /// name wherever they stand (老伴米热古丽艾合买提瘫在炕上, 其夫叶尔波拉提·哈那提已故), ranked with the dotted
    /// names: such a run is no everyday text. One part of three characters or more is a name where it stands
    /// apart on the left and ends cleanly (其女阿依古丽在…), as [mongolian_given] names are.
    fn turkic_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        // 其妻阿依先木克然木接待, 小女儿阿曼古丽刚满周岁, 其子艾则孜江在外地: right after a relation word, a run of
        // four transliteration characters or more (three with a listed part, or ending in 江 or 汗) is a name
        // whatever follows it, unless an everyday word lies inside it (其女安排在…).
        // (阿尔祖古丽·玉素甫、阿尔达克肉孜两个孩子: so is one after 、 that follows a dotted name.)
        let after_dotted = |i: usize| {
            i > 1
                && ctx.chars[i - 1] == '、'
                && ctx.chars[..i - 1]
                    .iter()
                    .rev()
                    .take_while(|&&c| is_han(c) || SETS.dots.has(c))
                    .any(|&c| SETS.dots.has(c))
        };
        for i in 0..n {
            if !(ctx.rel_end[i] || after_dotted(i)) || ctx.covered_before[i] {
                continue;
            }
            let mut e = i;
            while e < n
                && e < i + 10
                // (么 of 吉黑么么, a Yi name's character.)
                && (self.name_run.has(ctx.chars[e]) || one_of(chars!(YI_GIVEN), ctx.chars[e]))
                // (则 and 因 of 艾则孜 and 侯赛因 are particles elsewhere, and so is 不 of 阿不都 and 阿不来提; 不在家
                // is not.)
                && (!SETS.stop.has(ctx.chars[e])
                    // (女儿再乃甫嫁到…: 再 opens Uyghur names before a transliteration character.)
                    || (e == i
                        && ctx.chars[e] == '再'
                        && ctx.chars.get(e + 1).is_some_and(|&c| self.name_run.has(c) && !SETS.stop.has(c)))
                    || (e > i
                        && (one_of(chars!("则因"), ctx.chars[e])
                            || (ctx.chars[e] == '都' && one_of(chars!("不布"), ctx.chars[e - 1]))
                            || (ctx.chars[e] == '不'
                                && ctx.chars.get(e + 1).is_some_and(|&c| one_of(chars!("都来力"), c))))))
                && !ctx.covered[e]
                && (e == i || (!ctx.rel_start[e] && !self.verb_post_cue_at(ctx, e) && !self.post_cue_at(ctx, e)))
            {
                e += 1;
            }
            let len = e - i;
            let listed = self.turkic_part(ctx, i).is_some_and(|l| l <= len);
            // (其子塔克拉玛干沙漠油田工作, 其女拜什托格拉克乡上学, 其子阿古拉嘎查放牧, 吉尔吉斯斯坦: a place's name.)
            const PLACES: [[char; 2]; 5] = [['嘎', '查'], ['苏', '木'], ['沙', '漠'], ['油', '田'], ['斯', '坦']];
            let place = ctx.chars.get(e).is_some_and(|&c| SETS.place.has(c) || c == '州')
                || ctx.chars[i + 1..(e + 3).min(n)].windows(2).any(|w| PLACES.iter().any(|p| w == p));
            // (女儿再乃甫嫁到乌鲁木齐: three, where the name ends cleanly.)
            if (len >= 4
                || (len == 3 && (listed || matches!(ctx.chars[e - 1], '江' | '汗') || self.ends_cleanly(ctx, e))))
                && !place
                && !self.holds_common_word(&ctx.chars[i..e])
            {
                // (Ranked below the relation rules: where one of them reads a name here, its end is surer:
                // 其夫额尔敦毕力格送外卖.)
                out.push((Rank::List, i, e));
            }
        }
        let mut i = 0;
        while i < n {
            let Some(first) = self.turkic_part(ctx, i) else {
                i += 1;
                continue;
            };
            let (mut e, mut parts) = (i + first, 1);
            loop {
                if let Some(len) = self.turkic_part(ctx, e) {
                    (e, parts) = (e + len, parts + 1);
                } else if e + 1 < n
                    && SETS.dots.has(ctx.chars[e])
                    && let Some(len) = self.turkic_part(ctx, e + 1)
                {
                    (e, parts) = (e + 1 + len, parts + 1);
                } else {
                    break;
                }
            }
            // (库尔班节, 肉孜节: a festival.)
            let festival = ctx.chars.get(e) == Some(&'节');
            if parts >= 2 && !festival && !ctx.covered_before[i] {
                // (母亲布佐热麦麦提伊敏: unlisted characters between a relation word and the chain are the name's
                // head.)
                let head = (1..=4)
                    .filter(|&b| b <= i)
                    .take_while(|&b| self.name_run.has(ctx.chars[i - b]) && !ctx.rel_end[i - b + 1])
                    .last()
                    .filter(|&b| ctx.rel_end[i - b]);
                out.push((Rank::Dotted, i - head.unwrap_or(0), e));
            } else if parts == 1
                && e - i >= 3
                && !festival
                && self.minority_name_apart(ctx, i)
                && !ctx.covered_before[i]
                && self.ends_cleanly(ctx, e)
            {
                out.push((if ctx.rel_end[i] { Rank::Relation } else { Rank::List }, i, e));
            }
            i = e;
        }
    }

    /// 联系人：卡那提库万 189…, 监护人：阿依努尔别克 (…): after a role word and a colon, a run of four to six Han
    /// characters standing alone up to a space, a digit or punctuation, two thirds of them transliteration
    /// characters, is the name, though the lists lack it. Not a run holding an everyday word, a place's or an
    /// office's character, a relation word (联系人：村委会主任, 户主：见附件), a kin word first (家庭成员：妻宝果普),
    /// or a negation or 人 (户主：年事已高, 监护人：无依无靠).
    fn labelled_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for i in 1..n {
            if !ctx.rel_end[i] || !matches!(ctx.chars[i - 1], '：' | ':') {
                continue;
            }
            let e = i + ctx.chars[i..].iter().take_while(|&&c| is_han(c)).count();
            let apart =
                e == n || ctx.chars[e].is_ascii_digit() || one_of(chars!(" \u{3000}，,；;。、（(/／"), ctx.chars[e]);
            let translit = ctx.chars[i..e].iter().filter(|&&c| self.name_run.has(c)).count();
            if !(i + 4..=i + 6).contains(&e)
                || !apart
                || SETS.kin.has(ctx.chars[i])
                || translit * 3 < (e - i) * 2
                || ctx.chars[i..e].iter().any(|&c| one_of(chars!("无有已不没未人"), c))
                || (i..e).any(|k| {
                    let c = ctx.chars[k];
                    ctx.rel_start[k]
                        || ctx.covered[k]
                        || SETS.place.has(c)
                        || SETS.anon.has(c)
                        || one_of(chars!(OFFICE_CHARS), c)
                        || one_of(chars!(NOT_IN_PLACE), c)
                })
                || self.holds_common_word(&ctx.chars[i..e])
            {
                continue;
            }
            out.push((Rank::Relation, i, e));
        }
    }

    /// 冯和平和杜秋菊都在外地, 连冬梅和季红旗都在外地, 魏红旗与玄永永系夫妻: a listed one-character surname and a
    /// given name that is an everyday word, set apart on the left (a clause start, a list separator, a relation
    /// or cue word) and ending at a boundary, a cue or a list separator.
    fn word_given_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        if self.word_given.is_empty() || n < 3 {
            return;
        }
        for i in 0..n - 2 {
            // (夏侯前进, 端木解放: after a compound surname too.)
            let sl = if i + 4 <= n && self.compounds.contains(&pack(&ctx.chars[i..i + 2])) { 2 } else { 1 };
            let e = i + sl + 2;
            if e > n
                || (sl == 1 && (!self.surnames.has(ctx.chars[i]) || self.weak_at(ctx, i)))
                || !self.word_given.contains(&pack(&ctx.chars[i + sl..e]))
                // 刘海军: a two-character word of the surname and the given name's first character (刘海)
                // does not veto it; a longer one does.
                || (sl == 1 && ctx.lex_end[i] > i + 2)
                || ctx.covered_before[i]
            {
                continue;
            }
            let left = Self::clause_start(ctx, i)
                || SETS.list_separators.has(ctx.chars[i - 1])
                || ctx.chars[i - 1].is_whitespace()
                || ctx.rel_end[i]
                || self.strong_pre_cue(ctx, i)
                || self.framed_left(ctx, i)
                // (给李解放吧, 由雷前进负责, 判归赵向阳抚养, 欠着胡冬生的: after a preposition or a verb.)
                || Self::weak_pre_at(ctx, i)
                // (3组王建国迁出, 和平村李解放户: after a household's group or village, a weak spot since session 56.)
                || Self::after_numbered_unit(ctx, i)
                || one_of(chars!("归着"), ctx.chars[i - 1])
                // (在付红旗那里买了一台收割机, 放在李解放手上: where something is, at a person's.)
                || (ctx.chars[i - 1] == '在' && Self::at_a_person(ctx, e));
            // (欧阳文化广场, 解放路: a place's name.)
            let place = ctx.chars.get(e).is_some_and(|&c| one_of(chars!("路街场园区院村镇馆楼桥"), c))
                || ctx.chars.get(e + 1).is_some_and(|&c| one_of(chars!("场园街道"), c))
                || self.org_or_place_follows(ctx, e);
            // (被黄红旗骗走, 跟着刘解放学过篾匠手艺: after a preposition or 着, a strong surname and a word given name
            // are a name whatever verb follows.)
            // (由王向东送上车: after 由, "by", as well.)
            let led = i > 0
                && (one_of(chars!("被跟由"), ctx.chars[i - 1])
                    || (ctx.chars[i - 1] == '着' && i >= 2 && one_of(chars!("跟随"), ctx.chars[i - 2])))
                && !SETS.weak_surnames.has(ctx.chars[i])
                && ctx.chars.get(e).is_some_and(|&c| is_han(c) && !SETS.place.has(c));
            if left && (self.ends_cleanly(ctx, e) || led) && !place {
                out.push((Rank::Cue, i, e));
            }
        }
    }

    /// 援朝的妻子桑晓燕…, 疆生的孙子…: a given name alone opening a clause, then 的 and a relation word: the
    /// person whose kin the text is about. Hidden whole. Not an everyday word (邻居的女儿, 村民的儿子), a relation
    /// word (大姐的儿子) or a surname's name (which the surname rules read).
    fn given_before_kin(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(3) {
            let e = i + 2;
            let pair = &ctx.chars[i..e];
            if Self::clause_start(ctx, i)
                && ctx.chars[e] == '的'
                && ctx.rel_start[e + 1]
                // (西家的儿子, 村中的儿子, 小王的儿子: a place or a nickname of a surname.)
                && pair.iter().all(|&c| {
                    is_han(c)
                        && !SETS.stop.has(c)
                        && !SETS.numerals.has(c)
                        && !SETS.place.has(c)
                        && !one_of(chars!("家中里边头东西南北上下前后内外"), c)
                })
                && !one_of(chars!("小老大阿"), pair[0])
                && pair.iter().any(|&c| self.given_ok(c))
                && !self.is_surname_start(ctx, i)
                && !ctx.rel_start[i]
                && !ctx.rel_start[i + 1]
                && !ctx.covered[i]
                && ctx.lex_end[i] <= i + 1
                && !self.holds_common_word(pair)
            {
                out.push((Rank::Nickname, i, e));
            }
        }
    }

    /// Whether the words at `e` place something at a person's, after 在 and a name (在付红旗那里, 在李解放手上).
    /// (其在何解放家帮工: a person's home; not 家园, 家庭, 家具 ….)
    fn at_a_person(ctx: &Ctx, e: usize) -> bool {
        let home = ctx.chars.get(e) == Some(&'家')
            && !ctx.chars.get(e + 1).is_some_and(|&c| one_of(chars!("园庭具属族乡门电政务用居"), c));
        home || Self::at_a_persons_hand(ctx, e)
    }

    /// (由王家庄村迁入, 安心家政服务中心: 家 going on into a place's name or a word of its own is no household.)
    fn family_place_or_word(ctx: &Ctx, k: usize) -> bool {
        // (A hamlet's mark only where the place's name ends: 李明家社保卡丢失 is a household's card.)
        let place_ends = |j: usize| ctx.chars.get(j).is_none_or(|&c| !is_han(c) || one_of(chars!("村镇乡组屯子"), c));
        // (南许家河村: one more character of the village's name before its 村.)
        let village_after = ctx.chars.get(k + 2) == Some(&'村')
            && ctx.chars.get(k + 1).is_some_and(|&c| is_han(c) && !SETS.stop.has(c) && !SETS.place.has(c));
        ctx.chars[k] == '家'
            && (village_after
                || ctx.chars.get(k + 1).is_some_and(|&c| {
                    c == '村'
                        || (c != '社' && super::address::HAMLET_ENDS.contains(&c) && place_ends(k + 2))
                        || one_of(chars!("政电具园庭"), c)
                        // (甘肃张家川农村商业银行: a 家川 is a county's or a valley's name, whatever follows, set BS1.)
                        || c == '川'
                }))
    }

    /// Whether the words at `e` say "where that person is" (那里, 那儿, 手上, 手里, 家里), after a name.
    fn at_a_persons_hand(ctx: &Ctx, e: usize) -> bool {
        const AT: [&str; 5] = ["那里", "那儿", "手上", "手里", "家里"];
        AT.iter().any(|w| w.chars().eq(ctx.chars.iter().skip(e).take(2).copied()))
    }

    /// Whether a name can end at `e`: the end, a boundary, a verb cue or a list separator (a name with a word
    /// given name, a minority name found by its parts).
    fn ends_cleanly(&self, ctx: &Ctx, e: usize) -> bool {
        e == ctx.chars.len()
            || self.boundary_after(ctx, e)
            || self.verb_post_cue_at(ctx, e)
            || SETS.list_separators.has(ctx.chars[e])
    }

    /// Whether a name plainly ends at `e`: the text's end, a non-Han character, a particle or a cue.
    fn plain_end(&self, ctx: &Ctx, e: usize) -> bool {
        e == ctx.chars.len()
            || !is_han(ctx.chars[e])
            || SETS.stop.has(ctx.chars[e])
            || self.post_cue_at(ctx, e)
            || self.verb_post_cue_at(ctx, e)
    }

    fn unlisted_surname_name(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let e = i + 3;
        // (制表人：母丽 closing the text: two characters are left, for the short name below.)
        let Some(chars) = ctx.chars.get(i..e) else {
            return if ctx.chars.len() == i + 2 { self.unlisted_surname_short(ctx, i) } else { None };
        };
        let plain = |c: char| {
            is_han(c) && !SETS.stop.has(c) && !SETS.anon.has(c) && !SETS.place.has(c) && !SETS.numerals.has(c)
        };
        // Hui, Manchu and Mongolian surnames that are everyday characters too (回, 依, 锡, 宝): after a
        // relation word, with two common given characters (照料人英素兰, 之子锁永祥), whatever follows.
        let minority = one_of(chars!(MINORITY_SURNAMES), chars[0]) && chars[1..].iter().all(|&c| self.given_ok(c));
        // 村民后宝磊提出异议, 原户主后林军已去世: 后 is a surname too, after a relation word with two given
        // characters that make no word with it or each other and a plain end (户主后来…, 其子后续治疗 are words).
        let hou = chars[0] == '后'
            && chars[1..].iter().all(|&c| self.given_ok(c) && !SETS.stop.has(c))
            && !self.holds_common_word(&chars[..2])
            && !self.holds_common_word(&chars[1..])
            && !self.word_starts(ctx, i + 1);
        let plain0 = |c: char| plain(c) || hou;
        // (残疾人联合会: a body's name ends in one of these.)
        // (子女很少回来: an adverb of degree is no surname.)
        let ok = plain0(chars[0])
            && chars[1..].iter().all(|&c| plain(c))
            && !one_of(chars!("很太最更挺颇极甚"), chars[0])
            && !one_of(chars!("会局院所站厂处部室队社委司行校馆"), chars[2])
            && (!SETS.common.has(chars[0]) || minority || hou)
            // (老伴走得早, 孩子拉扯大, 村里打零工: a verb phrase has no given name's character, or holds a word.)
            && chars[1..].iter().any(|&c| self.given_ok(c))
            // (侄儿母中华: a minority surname's given name may be a word, 中华, 建国, but no kin word, 回娘家; the
            // surname and its first given character may not be one, 其女回家.)
            && !self.holds_common_word(if minority { &chars[..2] } else { chars })
            && (i..e).all(|k| {
                (minority && k > i && !SETS.kin.has(ctx.chars[k]) && !one_of(chars!(KIN_CHARS), ctx.chars[k])) || (!self.word_starts(ctx, k) && !ctx.covered[k])
            })
            // (邻居母国强背出来: 母 is a kin word of its own, and the Sichuan surname before two given characters
            // that make no word with it, 母亲帮忙.)
            && (!ctx.rel_start[i] || (minority && chars[0] == '母'))
            // (奶奶讲伢子***: nor where a relation word starts inside it, 伢子, as masking leaves a child's name.)
            && !(i + 1..e).any(|k| ctx.rel_start[k])
            // (由隔离屋阿添帮手: a verb starts at the third character.)
            && !self.verb_post_cue_at(ctx, i + 2)
            && (minority || self.plain_end(ctx, e));
        // (其女字五妹的银行卡: a child's rank and 妹 or 弟 for a given name, set J4.)
        let ranked = one_of(chars!(MINORITY_SURNAMES), chars[0])
            && SETS.numerals.has(chars[1])
            && one_of(chars!("妹弟娃仔"), chars[2])
            && !ctx.rel_start[i]
            && self.plain_end(ctx, e);
        if ok || ranked {
            return Some(e);
        }
        self.unlisted_surname_short(ctx, i)
    }

    /// 其子回志的卡, 弟弟拜国在外务工: a minority surname and one given character, where the name plainly ends.
    fn unlisted_surname_short(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let chars = ctx.chars.get(i..i + 2)?;
        let short = i + 2;
        let two = one_of(chars!(MINORITY_SURNAMES), chars[0])
            && self.given_ok(chars[1])
            // (与本户相邻: a word.)
            && !self.holds_common_word(&chars[..2])
            && !SETS.place.has(chars[1])
            && !self.word_starts(ctx, i)
            && !ctx.covered[i + 1]
            && (short == ctx.chars.len()
                || !is_han(ctx.chars[short])
                // (孙子依明由老人照看: 由 says who cares for the one named.)
                || one_of(chars!("的由"), ctx.chars[short])
                || one_of(chars!(VERB_PARTICLES), ctx.chars[short])
                || self.post_cue_at(ctx, short)
                || self.verb_post_cue_at(ctx, short));
        two.then_some(short)
    }

    /// Whether a relation word opens at `k`, but for 囡 inside a Dai name (岩囡, 依囡恩), where the Wu word for a
    /// daughter is no relation.
    fn kin_opens(ctx: &Ctx, k: usize) -> bool {
        ctx.rel_start[k] && !(ctx.chars[k] == '囡' && k > 0 && one_of(chars!("岩依玉咪"), ctx.chars[k - 1]))
    }

    /// 联系人：岩叫（187…）, 代领人岩保温，, 冒用其兄岩囡帕身份证: after a relation word, a Dai man's name is 岩 and one
    /// character, whatever that character is, before a boundary or a cue; or two, whatever word they make, before
    /// a boundary or a cue. (岩石 is a word.)
    fn dai_man_name(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let n = ctx.chars.len();
        let closes =
            |e: usize| e == n || !is_han(ctx.chars[e]) || self.post_cue_at(ctx, e) || self.verb_post_cue_at(ctx, e);
        if ctx.chars[i] != '岩'
            || i + 2 > n
            || !is_han(ctx.chars[i + 1])
            || self.holds_common_word(&ctx.chars[i..i + 2])
            || Self::kin_opens(ctx, i + 1)
        {
            return None;
        }
        // (丈夫岩头镇务工, 儿子岩茶店帮工: a place or a shop.)
        let two = i + 3 <= n
            && is_han(ctx.chars[i + 2])
            && !SETS.stop.has(ctx.chars[i + 2])
            && !SETS.place.has(ctx.chars[i + 2])
            && !one_of(chars!(OFFICE_CHARS), ctx.chars[i + 2])
            && !ctx.rel_start[i + 2]
            && !self.verb_post_cue_at(ctx, i + 2)
            && !self.post_cue_at(ctx, i + 2)
            && (i + 3 == n
                || !is_han(ctx.chars[i + 3])
                || self.post_cue_at(ctx, i + 3)
                || self.verb_post_cue_at(ctx, i + 3));
        if two { Some(i + 3) } else { closes(i + 2).then_some(i + 2) }
    }

    /// After a relation word, a name with no Han surname at all (其子搓收先天…, 审核人：岩胆, 经办人员阿米娜被…,
    /// 儿子尼玛邓珠在…): two to four characters, each one a given-name or transliteration character, at least one
    /// of them not among the most frequent characters of ordinary text, none starting an everyday word, and the
    /// name plainly ending after them (a boundary, a cue). A verb after a relation word (其子务工, 其女出嫁)
    /// fails on its characters or on its end.
    fn bare_name_after_relation(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let n = ctx.chars.len();
        let name_char = |k: usize| {
            let c = ctx.chars[k];
            is_han(c)
                && (self.name_run.has(c) || self.given.has(c) || !SETS.common.has(c))
                && (!SETS.stop.has(c) || (k > i && self.name_run.has(c)))
                && !SETS.anon.has(c)
                && !SETS.numerals.has(c)
                && !SETS.place.has(c)
                // (老伴走得早: a verb's complement.)
                && c != '得'
                && !Self::kin_opens(ctx, k)
                && !self.word_starts(ctx, k)
                && !ctx.covered[k]
                && (k == i || (!self.verb_post_cue_at(ctx, k) && !self.post_cue_at(ctx, k)))
        };
        // (家里做小手工, 村里打零工: after a place word, what has no surname is what is done there.)
        // (由区民政局转来, 经县残联转介: after an office's name, what it did.)
        if i >= 2 && matches!(ctx.chars[i - 2..i], ['家' | '村', '里'])
            || (i > 0 && one_of(chars!("局站所院办委处厅科联"), ctx.chars[i - 1]))
        {
            return None;
        }
        // (长孙斌建: a relation word that is also a compound surname is the name's own surname.)
        let compound_before = i >= 2 && ctx.rel_start[i - 2] && self.compounds.contains(&pack(&ctx.chars[i - 2..i]));
        // (子女随母生活, 户主旧证2310…: a conjunction or a kin word opens no name, and an identifier's word
        // ends none.)
        let first = ctx.chars[i];
        // (屋企人好少返嚟, 佢孙好乖: an adverb opens what is said of them.)
        if one_of(chars!(VERB_PARTICLES), first)
            || one_of(chars!(COUNTING), first)
            // (本人暂不外出, 本人嫌累未去: or what they will not do, set BP3.)
            || one_of(chars!("好很太真挺暂嫌仍也都未没不"), first)
            || SETS.post_conj.has(first)
            || SETS.kin.has(first)
            || compound_before
            // (老人辞工, 其子协助照看: a verb right after the relation word is what the person does.)
            || self.verb_post_cue_at(ctx, i)
        {
            return None;
        }
        let class = Self::class_word_before(ctx, i);
        let kin_before = !class
            && i > 0
            && one_of(chars!("子女妻夫父母兄弟姐妹侄嫂哥亲爷奶婆公舅姨姑叔伯婿媳孙儿爸妈伴"), ctx.chars[i - 1]);
        if first == '岩'
            && let Some(e) = self.dai_man_name(ctx, i)
        {
            return Some(e);
        }
        let mut run = i;
        while run < n && run < i + 4 && name_char(run) {
            run += 1;
        }
        (2..=run.saturating_sub(i)).rev().map(|len| i + len).find(|&e| {
            let rare = ctx.chars[i..e].iter().any(|&c| !SETS.common.has(c));
            let word = self.holds_common_word(&ctx.chars[i..e])
                || ctx.chars[i..e].iter().any(|&c| one_of(chars!("父母妻夫兄姐侄"), c))
                || one_of(chars!("证号卡码"), ctx.chars[e - 1])
                // (钱打入其女儿卡中: a thing and where in it.)
                || (e - i == 2 && one_of(chars!("中里内上"), ctx.chars[e - 1]));
            // (母亲娜嘎下落不明, 其子晃岩罕购买大货车: after a kin word, an everyday word starting right after it
            // ends it too; not after a class or a role, 老人另发长寿保健金, 残疾人托养服务.)
            let ends = e == n
                || !is_han(ctx.chars[e])
                || SETS.stop.has(ctx.chars[e])
                || self.post_cue_at(ctx, e)
                || self.verb_post_cue_at(ctx, e)
                || ctx.rel_start[e]
                || (kin_before && !one_of(chars!("刚仅才正曾将快尚均皆便"), ctx.chars[i]) && self.any_word_at(ctx, e));
            // (录入儿童台账, 让孩子吃饱: after a word for a class of people, one of them must be a name's
            // character.)
            let named = !class || ctx.chars[i..e].iter().any(|&c| self.given.has(c));
            rare && named && !word && ends
        })
    }

    /// Whether the relation word ending at `i` names a class of people rather than one person's tie or role
    /// (孩子, 儿童, 老人, 村民, 学生): what follows it is as often what they do as who they are.
    fn class_word_before(ctx: &Ctx, i: usize) -> bool {
        // (民政办公开电话: after an office, an everyday word is what the office does.)
        const CLASS: [&[char]; 17] = [
            &['政', '办'],
            &['务', '办'],
            &['政', '所'],
            &['保', '所'],
            &['孩', '子'],
            &['子', '女'],
            &['儿', '女'],
            &['儿', '童'],
            &['老', '人'],
            &['村', '民'],
            &['居', '民'],
            &['群', '众'],
            &['学', '生'],
            &['家', '属'],
            &['亲', '属'],
            &['家', '人'],
            &['病', '人'],
        ];
        ctx.rels.iter().any(|&(rs, re)| {
            let end = (re..i.min(ctx.chars.len())).all(|k| matches!(ctx.chars[k], '：' | ':' | ' ' | '（' | '('));
            re <= i && end && CLASS.iter().any(|w| re >= rs + w.len() && ctx.chars[re - w.len()..re] == **w)
        })
    }

    /// 村委会主任次仁, 会长次仁措, 我跟央金去…: after a relation word or a preposition, a Tibetan name of one or more
    /// listed syllables (`[tibetan_syllables]`) and at most one more character, where the name plainly ends.
    fn tibetan_after_cue(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let n = ctx.chars.len();
        let mut e = i;
        while e + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[e..e + 2])) {
            e += 2;
        }
        if e == i {
            return None;
        }
        // (（拉加镇）, 扎西科街道: a place named after a syllable, a level's word after it.)
        const LEVELS: &str = "镇乡村县区市州旗街社寺";
        // (户主多吉社保卡, 其子扎西市医院: right after a relation word the syllables are the person's.)
        let level = |k: usize| !ctx.rel_end[i] && ctx.chars.get(k).is_some_and(|&c| one_of(chars!(LEVELS), c));
        if self.ends_cleanly(ctx, e) {
            return (!level(e)).then_some(e);
        }
        let one_more = is_han(ctx.chars[e])
            && !SETS.stop.has(ctx.chars[e])
            && self.ends_cleanly(ctx, e + 1)
            && !level(e)
            && !level(e + 1);
        if one_more {
            return Some(e + 1);
        }
        // (母亲措那群措重残, 父亲智华松保服刑: two syllables or more right after a relation word are a name whatever
        // follows, with an Amdo name's last character after them.)
        (ctx.rel_end[i] && e - i >= 4).then(|| e + usize::from(one_of(chars!(TIBETAN_LAST), ctx.chars[e])))
    }

    /// Start of a Tibetan name ending right before `k` (see `tibetan_after_cue`): one or more listed syllables
    /// and at most one more of the characters Amdo names end in (拉毛草, 索加措), set apart on the left, no
    /// everyday word in it.
    fn tibetan_before(&self, ctx: &Ctx, k: usize) -> Option<usize> {
        // (Asked at every cue: a first character no syllable opens settles it before any lookup.)
        let syllable =
            |j: usize| self.tibetan_first.has(ctx.chars[j]) && self.tibetan.contains(&pack(&ctx.chars[j..j + 2]));
        let end = if k >= 2 && syllable(k - 2) {
            k - 2
        } else if k >= 3 && one_of(chars!(TIBETAN_LAST), ctx.chars[k - 1]) && syllable(k - 3) {
            k - 3
        } else {
            return None;
        };
        let mut s = end;
        while s >= 2 && syllable(s - 2) {
            s -= 2;
        }
        (self.minority_name_apart(ctx, s)
            && !ctx.covered[s..k].iter().any(|&c| c)
            && !ctx.rel_start[s..k].iter().any(|&r| r)
            && !self.holds_common_word(&ctx.chars[s..k]))
        .then_some(s)
    }

    /// 其孙胜利接待, 其女彩霞在家, 其兄亚三合谋: after a relation word, a given name alone, when the name plainly
    /// ends: an everyday word that is a given name (`[word_given]`: 胜利, 新民) or a southern childhood name, 亚 or
    /// 阿 and one character (阿姨 and the other kin words excepted). Or a child's given name before its age in
    /// brackets, 其子一鸣（12岁）: `true` then, for a name with no surname to keep.
    fn given_only_after_relation(&self, ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
        let n = ctx.chars.len();
        let e = i + 2;
        let pair = ctx.chars.get(i..e)?;
        let word = self.word_given.contains(&pack(pair));
        let childhood = matches!(pair[0], '亚' | '阿')
            && is_han(pair[1])
            && (matches!(pair[1], '妹' | '弟' | '仔' | '女')
                || (!SETS.kin.has(pair[1])
                    && (self.given_ok(pair[1]) || SETS.numerals.has(pair[1]))
                    && !one_of(chars!("姨叔婆公伯爸妈哥姐嫂奶爷娘舅婶"), pair[1])));
        let ends = e == n
            || !is_han(ctx.chars[e])
            || SETS.stop.has(ctx.chars[e])
            || self.post_cue_at(ctx, e)
            || self.verb_post_cue_at(ctx, e);
        // (其子一鸣（12岁）, 其外孙女一诺（8岁）: a child's given name, its age in brackets after it, set AX1.)
        let aged = matches!(ctx.chars.get(e), Some('（' | '('))
            && ctx.chars[e + 1..].iter().take_while(|c| c.is_ascii_digit()).count() > 0
            && ctx.chars[e + 1..].iter().find(|c| !c.is_ascii_digit()) == Some(&'岁')
            && pair.iter().all(|&c| {
                is_han(c) && !SETS.stop.has(c) && !SETS.kin.has(c) && (self.given_ok(c) || SETS.numerals.has(c))
            })
            && !SETS.numerals.has(pair[1]);
        // (孙女子涵陪同, 其子皓轩在读: two given-name characters that make no word, before a verb or a stop, set
        // AW5.)
        let plain = || {
            // (子 opens given names as often as it is a son: 子涵, 子轩.)
            // (公示人：舒婷, 老倌丁军: a surname first is a full name, read as one elsewhere.)
            !self.surnames.has(pair[0])
                // (其子一鸣在外务工: 一 opens given names too; 一直, 一同 are words the lexicon holds.)
                && pair.iter().enumerate().all(|(k, &c)| {
                    (self.given_ok(c) || c == '子') && (!SETS.numerals.has(c) || (k == 0 && c == '一'))
                })
                && !SETS.kin.has(pair[1])
                && (pair[0] == '子' || !SETS.kin.has(pair[0]))
                && !self.holds_common_word(pair)
                && !self.word_names.contains(&pack(pair))
                && ctx.lex_end[i] <= i + 1
                // (长孙月娥: a compound surname that is a kin word too opens the whole name.)
                && !(i >= 2 && self.compounds.contains(&pack(&ctx.chars[i - 2..i])))
                && ctx.chars.get(e).is_none_or(|&c| {
                    !is_han(c)
                        || one_of(chars!("在于因患已曾被陪代"), c)
                        || self.verb_post_cue_at(ctx, e)
                        || Self::when_at(ctx, e)
                })
        };
        // (孙子浩然随户主生活, 其子天佑在读, 外孙女晨曦在县城: after a kin word, a given name that is an
        // everyday word too (浩然, 天佑, 晨曦), when a preposition or an adverb that opens a clause's verb follows,
        // or the clause ends; not a word of time or manner (儿子常年在外, 女儿平时在家, 儿子全家随迁), set BE.)
        let kin_word = Self::kin_char_before(ctx, i);
        let word_after_kin = || {
            kin_word
                && !self.surnames.has(pair[0])
                && pair.iter().all(|&c| {
                    self.given_ok(c)
                        && !SETS.kin.has(c)
                        && !SETS.numerals.has(c)
                        && !SETS.stop.has(c)
                        && !one_of(chars!(TIME_OR_MANNER), c)
                })
                && !self.word_names.contains(&pack(pair))
                // (父母双方: a word of the must-not list, 双方, is that word, set CD2.)
                && ctx.lex_end[i] < e
                && !(i >= 2 && self.compounds.contains(&pack(&ctx.chars[i - 2..i])))
                && ctx
                    .chars
                    .get(e)
                    .is_none_or(|&c| !is_han(c) || one_of(chars!("在随于因已曾被"), c) || Self::when_at(ctx, e))
        };
        if (word || childhood) && ends {
            Some((e, false))
        } else {
            (aged || plain() || word_after_kin()).then_some((e, true))
        }
    }

    /// Whether a kin word's last character is right before `i`: one of [KIN], or 儿 of 女儿, 孙儿, 侄儿.
    fn kin_char_before(ctx: &Ctx, i: usize) -> bool {
        i > 0
            && (SETS.kin.has(ctx.chars[i - 1])
                || (ctx.chars[i - 1] == '儿' && i >= 2 && one_of(chars!("女孙侄"), ctx.chars[i - 2])))
    }

    /// Whether a one-character kin word at `k`, right after an opening bracket, is followed by a name that closes
    /// the bracket (（母颜爱）, （父王建国）): two or three Han characters, no place's name (（子白城）, （女秦皇岛）).
    fn bracketed_kin_name(&self, ctx: &Ctx, k: usize) -> bool {
        let Some(close) =
            (k + 3..=(k + 4).min(ctx.chars.len().saturating_sub(1))).find(|&j| matches!(ctx.chars[j], '）' | ')'))
        else {
            return false;
        };
        // (（母安好）: nor an everyday word.)
        let run = &ctx.chars[k + 1..close];
        run.iter().all(|&c| is_han(c))
            && !self.places.contains(&pack(run))
            && !(run.len() == 2 && self.holds_common_word(run))
    }

    /// 已告知其子伟, 其女敏，电话…: after a kin word, one given character closing the clause is a given name alone.
    /// Not a kin character (其子女), a numeral, a stop or a word of time or manner (其夫早, 其妻亦).
    fn one_given_after_kin(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let c = *ctx.chars.get(i)?;
        // (儿子金在秀正在服刑: a surname, then a Korean-Chinese given name opening with 在, is a whole name, read by
        // `greedy_after_relation`.)
        if self.surnames.has(c) && self.korean_zai_given(ctx, i + 1) {
            return None;
        }
        (Self::kin_char_before(ctx, i)
            // (其妻芳在家, 其子伟随母生活: or a preposition opening what they do.)
            && ctx.chars.get(i + 1).is_none_or(|&d| {
                (!is_han(d) && !d.is_ascii_alphanumeric() && d != '*') || one_of(chars!("在随于因"), d)
            })
            && is_han(c)
            && self.given_ok(c)
            && !SETS.kin.has(c)
            && !SETS.numerals.has(c)
            && !SETS.stop.has(c)
            && !SETS.anon.has(c)
            && !one_of(chars!(TIME_OR_MANNER), c)
            // (其女儿, 其妻儿, 其兄长, 其女方, 其女婿: a kin word going on.)
            && !one_of(chars!("才亦也都还又仅只均尚较很更俩们等儿长方婿媳辈亲属若远近久"), c))
        .then_some(i + 1)
    }

    /// 兴旺爷爷不会说汉语, 香兰奶奶耳背: a given name alone opening a clause, then the word one calls an old person
    /// by. Not a place, a class or a neighbour (村里大爷, 对门奶奶, 独居老汉, 邻居大娘), nor a surname's name
    /// (王大爷, read by the surname rules).
    fn given_before_elder(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const ELDER: [[char; 2]; 12] = [
            ['爷', '爷'],
            ['奶', '奶'],
            ['大', '爷'],
            ['大', '娘'],
            ['大', '妈'],
            ['大', '伯'],
            ['大', '婶'],
            ['婆', '婆'],
            ['阿', '婆'],
            ['老', '汉'],
            ['老', '太'],
            ['大', '叔'],
        ];
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(3) {
            let e = i + 2;
            let pair = &ctx.chars[i..e];
            // (走访兴旺爷爷家, 看望桂芝大娘: or after a verb of visiting or caring.)
            const VISIT: [[char; 2]; 8] = [
                ['走', '访'],
                ['看', '望'],
                ['探', '望'],
                ['慰', '问'],
                ['照', '顾'],
                ['陪', '伴'],
                ['看', '护'],
                ['联', '系'],
            ];
            let visited = i >= 2 && VISIT.contains(&[ctx.chars[i - 2], ctx.chars[i - 1]]);
            if (Self::clause_start(ctx, i) || visited)
                && ELDER.iter().any(|w| ctx.chars[e..e + 2] == *w)
                && pair.iter().all(|&c| {
                    is_han(c)
                        && self.given_ok(c)
                        && !SETS.stop.has(c)
                        && !SETS.numerals.has(c)
                        && !SETS.place.has(c)
                        && !SETS.kin.has(c)
                        && !one_of(
                            chars!(
                                "家中里边头东西南北上下前后内外门对楼隔邻独孤寡留守空巢残病瘫盲聋哑贫困保老幼小大阿"
                            ),
                            c,
                        )
                })
                && !ctx.rel_start[i]
                && !ctx.rel_start[i + 1]
                && !ctx.covered[i]
                // (善良奶奶, 好心大娘, 清洁大妈, 英雄爷爷: how one is, or a job.)
                && ![
                    ['善', '良'],
                    ['慈', '祥'],
                    ['好', '心'],
                    ['爱', '心'],
                    ['热', '心'],
                    ['清', '洁'],
                    ['保', '洁'],
                    ['英', '雄'],
                    ['勤', '劳'],
                    ['和', '蔼'],
                    ['可', '爱'],
                    ['志', '愿'],
                    ['年', '迈'],
                    ['高', '龄'],
                    ['失', '能'],
                    ['失', '明'],
                ]
                .contains(&[pair[0], pair[1]])
            {
                out.push((Rank::Nickname, i, e));
            }
        }
    }

    /// End of a given name alone at `i`, right after a relation word: one to three Han characters, no stop,
    /// kin or everyday word among them, then an age in brackets (其子家豪（9岁）, 其女伟（12岁））.
    fn given_before_age(&self, ctx: &Ctx, i: usize) -> Option<usize> {
        let e = (i + 1..=(i + 3).min(ctx.chars.len())).find(|&e| matches!(ctx.chars.get(e), Some('（' | '(')))?;
        let digits = ctx.chars[e + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let span = &ctx.chars[i..e];
        // (老太婆（62岁）: not a word that runs on from before, nor one character no given name holds.)
        ((1..=3).contains(&digits)
            && ctx.chars.get(e + 1 + digits) == Some(&'岁')
            && !ctx.covered_before[i]
            // (其子才（6岁）, 其子较小（3岁）, 其子三胞胎（9岁）: an adverb or words; 家 and 一 open given names too.)
            && span.iter().enumerate().all(|(k, &c)| self.given_ok(c) || (k == 0 && matches!(c, '家' | '一')))
            && !span.iter().any(|&c| one_of(chars!("才亦也都还又仅只均尚较很更胞胎孤"), c))
            && (e > i + 1 || !one_of(chars!("婆公爷奶娘妈爸哥姐弟妹叔伯姨舅婶嫂孙儿女子"), span[0]))
            && span.iter().all(|&c| is_han(c) && !SETS.stop.has(c) && !SETS.kin.has(c) && !SETS.anon.has(c))
            && !SETS.numerals.has(span[span.len() - 1])
            && !self.holds_common_word(span))
        .then_some(e)
    }

    /// Start of a name right before a bracketed relation word at `k` (暴景行（外孙）, 和桂芝（妻）): two to four
    /// Han characters set apart on the left, or the last three (two) of a longer run when they start with a
    /// surname.
    fn before_bracketed_relation(&self, ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
        if !matches!(ctx.chars.get(k), Some('（' | '(')) {
            return None;
        }
        // The relation word (or one kin character: 妻, 子) must be all that is in the brackets.
        let close = (k + 2..ctx.chars.len().min(k + 20)).find(|&j| matches!(ctx.chars[j], '）' | ')'))?;
        // (虞利（妻，患脑梗）: or one kin character and a note after a comma.)
        let kin = SETS.kin.has(ctx.chars[k + 1])
            && (close == k + 2 || matches!(ctx.chars[k + 2], '，' | ',' | '；' | ';' | '、'));
        if !kin && close > k + 8 {
            return None;
        }
        if !(kin || ctx.rel_start.get(k + 1).copied().unwrap_or(false) && ctx.rel_end[close]) {
            return None;
        }
        // (2口人（本人、配偶）: relation words listed are a household's members, after its size, set BA2.)
        if !kin && ctx.chars[k + 1..close].iter().any(|&c| one_of(chars!("、，,"), c)) {
            return None;
        }
        // 由“邓卫国”（其子）代领: a quoted name before the bracket.
        if k >= 4 && matches!(ctx.chars[k - 1], '”' | '」' | '』' | '"' | '’') {
            let open =
                (k.saturating_sub(7)..k - 1).rev().find(|&j| matches!(ctx.chars[j], '“' | '「' | '『' | '"' | '‘'))?;
            let inner = &ctx.chars[open + 1..k - 1];
            return ((2..=5).contains(&inner.len()) && inner.iter().all(|&c| is_han(c) && !SETS.anon.has(c)))
                .then_some((open + 1, k - 1));
        }
        // 房桐玉同志（村支书）: a title after the name (同志, 老人) is not part of it.
        let k = [2, 1]
            .into_iter()
            .map(|w| k.saturating_sub(w))
            // (身份证号（监护人）: not a cue that a longer cue runs into, 证号 of 身份证号.)
            .find(|&j| {
                j + 1 < k && self.post_cue_at(ctx, j) && !(j.saturating_sub(2)..j).any(|i| self.post_cue_at(ctx, i))
            })
            .unwrap_or(k);
        // (张立华代领（外孙）: what the person did comes between the name and the bracket.)
        const DONE: [[char; 2]; 6] =
            [['代', '领'], ['代', '签'], ['代', '办'], ['领', '取'], ['签', '收'], ['签', '字']];
        let k = if k >= 4 && DONE.iter().any(|w| ctx.chars[k - 2..k] == *w) { k - 2 } else { k };
        let ok = |c: char| is_han(c) && !SETS.anon.has(c) && !SETS.place.has(c);
        // (玛·钦（户主之妻）: a dotted name, whatever the length of its parts, opening its clause.)
        let dotted = ctx.chars[..k].iter().rev().take_while(|&&c| is_han(c) || SETS.dots.has(c)).take(12).count();
        let from = k - dotted;
        let first_dot = (from..k).find(|&j| SETS.dots.has(ctx.chars[j])).unwrap_or(k);
        // (户主玛·钦（妻）: a relation word before it is not part of it.)
        let start = (from + 1..first_dot).rev().find(|&j| ctx.rel_end[j] && ctx.rel_start[from]).unwrap_or(from);
        let parts = &ctx.chars[start..k];
        // (低保·特困（户主）: not words joined by a dot.)
        let words = parts.split(|&c| SETS.dots.has(c)).any(|p| self.holds_common_word(p));
        if (3..12).contains(&dotted)
            && !words
            && (from == 0 || !is_han(ctx.chars[from - 1]))
            && (1..=4).contains(&(first_dot - start))
            && first_dot < k
            && !parts.windows(2).any(|w| SETS.dots.has(w[0]) && !is_han(w[1]))
        {
            return Some((start, k));
        }
        let run = ctx.chars[..k].iter().rev().take_while(|&&c| ok(c)).take(5).count();
        if run < 2 {
            return None;
        }
        // (无名氏（女，约70岁）: an everyday word is no one's name.)
        // (诫勉谈话（村干部）: nor, before a role, four characters with no surname at their head that hold an
        // everyday word; 建国（子） and 多日才让（夫） are names.)
        if run <= 4
            && (k - run == 0 || !is_han(ctx.chars[k - run - 1]))
            && ctx.lex_end[k - run] < k
            && (kin
                || run < 4
                || self.is_surname_start(ctx, k - run)
                || !self.holds_common_word(&ctx.chars[k - run..k]))
        {
            // (由王建（侄子）: 由 opening the run before a surname is the preposition; 由学校（班主任） names no one.
            // Only 由: 于秀芝（侄女）, 向红梅（女儿） are names of the surnames 于 and 向.)
            let s = k - run;
            if run >= 3 && ctx.chars[s] == '由' && !kin {
                if self.holds_common_word(&ctx.chars[s + 1..k]) {
                    return None;
                }
                if self.is_surname_start(ctx, s + 1) {
                    return Some((s + 1, k));
                }
            }
            return Some((s, k));
        }
        // (Never past the run: 户籍（本县籍） opens its cell.)
        [3, 2]
            .into_iter()
            .filter(|&len| len <= run)
            .map(|len| k - len)
            .find(|&s| self.is_surname_start(ctx, s) && !self.vetoed(ctx, s, 1))
            .map(|s| (s, k))
    }

    /// 彭凯与平军友系夫妻, 阙焜和杜娟强为姐弟关系: the two names before a word that pairs kin (夫妻, 姐弟, 母女 …),
    /// joined by 与/和/及/同 and maybe linked to the word by 系/为/是. Each is 2 to 4 Han characters, the first
    /// opening its clause; neither may be an everyday word.
    fn paired_names(&self, ctx: &Ctx, k: usize) -> Option<[(usize, usize); 2]> {
        const PAIRS: [[char; 2]; 14] = [
            ['夫', '妻'],
            ['夫', '妇'],
            ['姐', '弟'],
            ['兄', '弟'],
            ['姐', '妹'],
            ['兄', '妹'],
            ['父', '子'],
            ['母', '子'],
            ['父', '女'],
            ['母', '女'],
            ['祖', '孙'],
            ['婆', '媳'],
            ['叔', '侄'],
            ['姑', '侄'],
        ];
        if !one_of(chars!("夫姐兄父母祖婆叔姑"), ctx.chars[k]) || !PAIRS.iter().any(|w| Self::starts_with_at(ctx, k, w))
        {
            return None;
        }
        // (高阿则、高普黑两兄弟轮流照料, 罗收斗、罗沙兄弟轮流赡养: a count, and a list's separator for the joiner,
        // set J4.)
        let j = if k > 0 && one_of(chars!("系为是两二三俩"), ctx.chars[k - 1]) { k - 1 } else { k };
        let plain = |a: usize, b: usize| {
            ctx.chars[a..b].iter().all(|&c| is_han(c) && !SETS.anon.has(c) && !SETS.numerals.has(c))
                && ctx.lex_end[a] <= a + 1
                && !ctx.covered_before[a]
                && !ctx.rel_start[a..b].iter().any(|&r| r)
        };
        let joiner =
            (j.saturating_sub(5)..j.saturating_sub(2)).rev().find(|&m| one_of(chars!("与和及同、"), ctx.chars[m]))?;
        let second = (joiner + 1, j);
        let first = (2..=4)
            .filter_map(|len| joiner.checked_sub(len))
            .find(|&s| s == 0 || !is_han(ctx.chars[s - 1]) || ctx.rel_end[s])?;
        // (One surname we know is enough: 彭凯与平军友.)
        let ok = plain(second.0, second.1)
            && plain(first, joiner)
            && (self.is_surname_start(ctx, first) || self.is_surname_start(ctx, second.0))
            && !one_of(chars!(ADMIN), ctx.chars[joiner - 1])
            && !one_of(chars!(ADMIN), ctx.chars[j - 1]);
        ok.then_some([(first, joiner), second])
    }

    /// Names listed next to a found name (殷春梅、肖凤霞 倪兵均…, 向颖 乔伟、鲁美玲共3人): an item of two to four
    /// Han characters, starting with a surname, separated from a found name by one list separator or space,
    /// is a name too. An item that is an everyday word (高龄补贴) needs a name on both sides.
    fn fill_lists(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        const SEP: &str = "、，, \u{3000}/／";
        let n = ctx.chars.len();
        let ci = |b: usize| ctx.starts.partition_point(|&x| x < b);
        let mut spans: Vec<(usize, usize)> = out.iter().map(|sp| (ci(sp.start), ci(sp.end))).collect();
        let mut k = 0;
        while k < spans.len() {
            let (mut s, e) = spans[k];
            // 向文斌、林玉山: a list's first name whose surname is also a preposition was read from its second
            // character; in a list it is the whole three.
            if e - s == 2
                && s >= 1
                && e < n
                && one_of(chars!(SEP), ctx.chars[e])
                && SETS.function_prefix.has(ctx.chars[s - 1])
                && self.surnames.has(ctx.chars[s - 1])
                && !SETS.weak_surnames.has(ctx.chars[s - 1])
                && (s == 1 || !is_han(ctx.chars[s - 2]))
                && !taken[s - 1]
                && let Some(sp) = out.iter_mut().find(|sp| sp.start == ctx.starts[s])
            {
                s -= 1;
                taken[s] = true;
                sp.start = ctx.starts[s];
                spans[k].0 = s;
            }
            k += 1;
            // To the right: sep, item, then a separator, the end, or a word that ends the list (均, 共3人).
            if e < n && one_of(chars!(SEP), ctx.chars[e]) {
                let p = e + 1;
                let run = ctx.chars[p..].iter().take_while(|&&c| is_han(c) && !SETS.anon.has(c)).count();
                // (梁**、潘向阳可证明: a modal verb or a verb cue ends the item too.)
                let cut = (2..run.min(5))
                    .find(|&j| {
                        let c = ctx.chars[p + j];
                        SETS.stop.has(c)
                            || SETS.numerals.has(c)
                            || (j >= 3 && (one_of(chars!("可能会愿"), c) || self.verb_post_cue_at(ctx, p + j)))
                            // (普琼芬、李有才轮换照护: an everyday word after the item, set J4.)
                            || (j >= 3 && self.common_word_at(ctx, p + j) && !self.common_word_at(ctx, p + j - 1))
                    })
                    .unwrap_or(run);
                let q = p + cut;
                let named_after =
                    q < n && one_of(chars!(SEP), ctx.chars[q]) && spans.iter().any(|&(s2, _)| s2 == q + 1);
                // (扎西降初、泽仁无子女, 万小燕、才吉共同核实: Tibetan syllables after a name in a list are a name
                // with no surname.)
                let tibetan = self.tibetan_item(ctx, p);
                let (cut, q) = match tibetan {
                    Some(e) => (e - p, e),
                    None => (cut, q),
                };
                if (2..=4).contains(&cut)
                    && (tibetan.is_some() || self.list_item(ctx, p, q, named_after))
                    && !taken[p..q].iter().any(|&t| t)
                {
                    taken[p..q].iter_mut().for_each(|t| *t = true);
                    out.push(NameSpan { start: ctx.starts[p], end: ctx.starts[q], evidence: Evidence::Context });
                    spans.push((p, q));
                }
            }
            // To the left: the first item of the list, after a colon, 有, a clause start or a relation word.
            // (居博娟及赵海昊均为在校学生: 及, 与 or 和 may join the two.)
            if s >= 3 && (one_of(chars!(SEP), ctx.chars[s - 1]) || one_of(chars!("及与和"), ctx.chars[s - 1])) {
                let q = s - 1;
                for len in [4, 3, 2] {
                    let Some(p) = q.checked_sub(len) else { continue };
                    // (娘毛、尼玛拉珍入户: Tibetan syllables before a name in a list.)
                    if self.list_opens(ctx, p)
                        && self.tibetan_item(ctx, p) == Some(q)
                        && !taken[p..q].iter().any(|&t| t)
                    {
                        taken[p..q].iter_mut().for_each(|t| *t = true);
                        out.push(NameSpan { start: ctx.starts[p], end: ctx.starts[q], evidence: Evidence::Context });
                        spans.push((p, q));
                        break;
                    }
                    if self.list_opens(ctx, p)
                        && ctx.chars[p..q].iter().all(|&c| is_han(c) && !SETS.anon.has(c))
                        // (经查询，佟二小名下有车辆: an everyday word is no list's first name.)
                        && !(len == 2 && self.holds_common_word(&ctx.chars[p..q]))
                        && (self.list_head_item(ctx, p, q)
                            // (A three-character item joined by 及/与/和 to a name is one whatever its surname.)
                            || (len == 3 && !one_of(chars!(SEP), ctx.chars[q]) && self.list_item(ctx, p, q, true)))
                        && !taken[p..q].iter().any(|&t| t)
                    {
                        taken[p..q].iter_mut().for_each(|t| *t = true);
                        out.push(NameSpan { start: ctx.starts[p], end: ctx.starts[q], evidence: Evidence::Context });
                        spans.push((p, q));
                        break;
                    }
                }
            }
        }
        out.sort_by_key(|sp| sp.start);
    }

    /// 侯林、伊尔根觉罗·恩溥、江永胜、朱秀英、敖敦格日勒: a list of three items or more, joined by 、, two and a
    /// third or more of whose items are names already found, is a list of people: its other items are names too, whatever their
    /// surname or script (Mongolian names, Manchu clan names, rare surnames). An item is two to eight Han
    /// characters or dots, after an optional role word (村支书荣图门) and before an optional bracket
    /// (（村民代表）) or 等; it must not be an everyday word.
    fn name_lists(&self, ctx: &Ctx, taken: &mut [bool], out: &mut Vec<NameSpan>) {
        let n = ctx.chars.len();
        if !ctx.has_list_mark {
            return;
        }
        let item_char = |c: char| is_han(c) || SETS.dots.has(c);
        // Items: (start, end) of each run of item characters between separators.
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut lists: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut k = 0;
        while k < n {
            let s = k;
            while k < n && item_char(ctx.chars[k]) {
                k += 1;
            }
            let e = k;
            // A bracket of a few characters after the item (（村民代表）) belongs to it.
            if k < n && matches!(ctx.chars[k], '（' | '(') {
                let close = ctx.chars[k..n.min(k + 10)].iter().position(|&c| matches!(c, '）' | ')'));
                if let Some(c) = close {
                    k += c + 1;
                }
            }
            if e > s {
                items.push((s, e));
            }
            let joined = k < n && ctx.chars[k] == '、';
            if !joined {
                if items.len() >= 3 {
                    lists.push(std::mem::take(&mut items));
                }
                items.clear();
            }
            k += 1;
        }
        let found: Vec<(usize, usize)> = out
            .iter()
            .map(|sp| (ctx.starts.partition_point(|&x| x < sp.start), ctx.starts.partition_point(|&x| x < sp.end)))
            .collect();
        // (…、布仁等15人: 等 closes the list; 村支书荣图门: a role word opens the item.)
        let trim = |(s, e): (usize, usize)| {
            let e = (s..e).find(|&j| ctx.chars[j] == '等').unwrap_or(e);
            ((s + 1..e).rev().find(|&j| ctx.rel_end[j]).unwrap_or(s), e)
        };
        for list in lists {
            let list: Vec<(usize, usize)> = list.into_iter().map(trim).collect();
            // (欠白丹丹三万、欠信用社三万: an item is a name only when a name found is all of it.)
            let named = |&(s, e): &(usize, usize)| found.iter().any(|&(fs, fe)| fs <= s && e <= fe);
            let hits = list.iter().filter(|it| named(it)).count();
            if hits < 2 || hits * 3 < list.len() {
                continue;
            }
            for &(s, e) in list.iter().filter(|it| !named(it)) {
                let len = e - s;
                let plain = ctx.chars[s..e].iter().filter(|&&c| is_han(c)).count();
                let dotted = plain < len;
                if !(2..=if dotted { 10 } else { 5 }).contains(&len)
                    || plain < 2
                    || found.iter().any(|&(fs, fe)| fs < e && s < fe)
                    || taken[s..e].iter().any(|&t| t)
                    || ctx.lex_end[s] >= e
                    || (len == 2 && self.holds_common_word(&ctx.chars[s..e]))
                    || ctx.chars[s..e].iter().any(|&c| SETS.anon.has(c))
                {
                    continue;
                }
                taken[s..e].iter_mut().for_each(|t| *t = true);
                out.push(NameSpan { start: ctx.starts[s], end: ctx.starts[e], evidence: Evidence::Context });
            }
        }
        out.sort_by_key(|sp| sp.start);
    }

    /// 向金凤说, 转账至周元慧名下: a two-character name right after a surname that opens its clause or follows
    /// a preposition may be the last two characters of a three-character name. Read as three, the first
    /// character stays and both others are hidden, which is safe either way (向 is a surname and a preposition).
    fn widen_left(&self, ctx: &Ctx, taken: &mut [bool], out: &mut [NameSpan]) {
        const PREPOSITIONS: &str = "至给向由经把被让跟对替为帮与和将从";
        let ci = |b: usize| ctx.starts.partition_point(|&x| x < b);
        for sp in out.iter_mut() {
            let (s, e) = (ci(sp.start), ci(sp.end));
            if e != s + 2 || s == 0 {
                continue;
            }
            let p = s - 1;
            let c = ctx.chars[p];
            let opens = p == 0 || !is_han(ctx.chars[p - 1]) || one_of(chars!(PREPOSITIONS), ctx.chars[p - 1]);
            // Of the prepositions that are surnames only 向 is a common surname (由修华代领 is 修华).
            if opens
                && self.surnames.has(c)
                && (c == '向' || !SETS.function_prefix.has(c))
                && !SETS.weak_surnames.has(c)
                && !taken[p]
                && !ctx.covered[p]
                && !ctx.rel_end[s]
                && !ctx.rel_start[p]
            {
                taken[p] = true;
                sp.start = ctx.starts[p];
            }
        }
    }

    /// Whether `p..q` can be one item of a list of names next to a name: a surname (a compound one for four
    /// characters), no administrative suffix at its end, not a relation word, and no everyday word at its
    /// start unless `sandwiched`. Its given part may read as a word (隽红旗, 赵和谐): the list says it is a
    /// name.
    fn list_item(&self, ctx: &Ctx, p: usize, q: usize, sandwiched: bool) -> bool {
        let lens = self.surname_lens(ctx, p);
        let sl = lens.into_iter().find(|&sl| p + sl < q);
        // (戎欣芳、平梓、林海丹: between two names, an item is a name whatever its surname, unless it is a word.)
        let sandwiched_name =
            sandwiched && is_han(ctx.chars[p]) && ctx.lex_end[p] <= p + 1 && !ctx.covered_before[p] && q - p <= 3;
        // (戴立峰，赵紫萱，伊秋菊: in a list, a surname taken only after a relation word opens a name of three.)
        let minority_name = q - p == 3
            && one_of(chars!(MINORITY_SURNAMES), ctx.chars[p])
            && ctx.chars[p + 1..q].iter().all(|&c| self.given_ok(c));
        let Some(sl) = sl.or((sandwiched_name || minority_name).then_some(1)) else { return false };
        let given = q - p - sl;
        // 郭凤、吕小红、朴仁镇三人: a Korean-Chinese name may end in 镇 when nothing that continues a place
        // (村, 政府, 街道) follows it.
        let zhen_name = ctx.chars[q - 1] == '镇'
            && given == 2
            && self.given_ok(ctx.chars[p + sl])
            && ctx.chars.get(q).is_none_or(|&c| {
                !is_han(c)
                    || SETS.numerals.has(c)
                    || one_of(chars!(VERB_PARTICLES), c)
                    || one_of(chars!("等均和与及"), c)
            });
        (1..=2).contains(&given)
            && (!one_of(chars!(ADMIN), ctx.chars[q - 1]) || zhen_name)
            && (given == 2 || !SETS.place.has(ctx.chars[q - 1]))
            // (两个女儿普四妹、普约妹已出嫁: 妹 ends many southern given names, set J4.)
            && !ctx.rel_start[p..q].iter().enumerate().any(|(j, &r)| {
                r && !(given == 2 && p + j == q - 1 && matches!(ctx.chars[q - 1], '妹' | '弟'))
            })
            // (戎欣芳、平梓、林海丹: between two names, 平 is a surname.)
            && (sandwiched || !SETS.weak_surnames.has(ctx.chars[p]))
            && !ctx.chars[p + sl..q].iter().any(|&c| SETS.anon.has(c))
            // (张四清、朱金凤: a birth-order numeral may open a given name of two, never end it: 王芳三、.)
            && !ctx.chars[p + sl..q].iter().enumerate().any(|(j, &c)| {
                SETS.numerals.has(c) && !(given == 2 && j == 0 && self.given_ok(ctx.chars[q - 1]))
            })
            // A particle in it (由其, 赵和谐) only between 、: a comma also ends clauses.
            && (!ctx.chars[p + sl..q].iter().any(|&c| SETS.stop.has(c) && c != '来' && c != '有')
                || ctx.chars.get(q) == Some(&'、')
                || (p > 0 && ctx.chars[p - 1] == '、'))
            && (sandwiched || !self.vetoed(ctx, p, sl))
    }

    /// End of a list item at `p` made of one or two listed Tibetan syllables (泽仁, 才吉, 尼玛拉珍) that ends
    /// cleanly, with nothing of it already read as a word or a relation.
    fn tibetan_item(&self, ctx: &Ctx, p: usize) -> Option<usize> {
        let n = ctx.chars.len();
        let mut e = p;
        while e - p < 4 && e + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[e..e + 2])) {
            e += 2;
        }
        (e > p
            && self.ends_cleanly(ctx, e)
            && !ctx.rel_start[p..e].iter().any(|&r| r)
            && !self.holds_common_word(&ctx.chars[p..e]))
        .then_some(e)
    }

    /// A list's first item, which no name precedes: a word straddling a three-character item (杨树晨: 杨树,
    /// 胡子升: 胡子) does not make it a word when a surname opens it and the word ends inside it.
    fn list_head_item(&self, ctx: &Ctx, p: usize, q: usize) -> bool {
        self.list_item(ctx, p, q, false)
            || (q - p == 3
                && ctx.lex_end[p] < q
                && !ctx.covered_before[p]
                && self.is_surname_start(ctx, p)
                && self.list_item(ctx, p, q, true))
    }

    /// Whether a list can open at `p`: the text's start, after punctuation, 有/为/是, a relation word or a
    /// frame word (家庭成员：…, 经…).
    fn list_opens(&self, ctx: &Ctx, p: usize) -> bool {
        p == 0
            || !is_han(ctx.chars[p - 1])
            || matches!(ctx.chars[p - 1], '有' | '为' | '是')
            || ctx.rel_end[p]
            || self.framed_left(ctx, p)
    }

    /// Whether `s` comes right after a list item's number (4、, 13., （3）).
    fn after_item_number(ctx: &Ctx, s: usize) -> bool {
        s >= 2 && matches!(ctx.chars[s - 1], '、' | '.' | '．' | '）' | ')') && ctx.chars[s - 2].is_ascii_digit()
    }

    /// 9、李伟，温泉村…, 13. 范涛，西岐村…, （3）惠娟，闫家村…, 4.焦婷  女  纸坊村…: a notice's numbered line of one
    /// recipient opens with the name, two to four characters up to the first comma, space or bracket.
    fn numbered_item_candidates(&self, text: &str, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let cs = &ctx.chars;
        let n = cs.len();
        let lead = text.len() - text.trim_start().len();
        let num = enumeration_prefix(&text[lead..]);
        if num == 0 {
            return;
        }
        let mut i = ctx.starts.partition_point(|&b| b < lead + num);
        i += cs[i..].iter().take_while(|c| c.is_whitespace()).count();
        let len = cs[i..].iter().take_while(|&&c| is_han(c)).count();
        let end = i + len;
        let parted = end == n || matches!(cs[end], '，' | ',' | ' ' | '\u{3000}' | '（' | '(' | '、' | '\t');
        if !(2..=4).contains(&len) || !parted {
            return;
        }
        let run: String = cs[i..end].iter().collect();
        // (15.韩国强，男，101周岁, 10.令建华，男，88岁: a sex given next says a person, whatever words the name holds.)
        let sex_next = {
            let k = end
                + cs[end..].iter().take_while(|&&c| matches!(c, '，' | ',' | ' ' | '\u{3000}' | '（' | '(')).count();
            k > end
                && k < n
                && matches!(cs[k], '男' | '女')
                && cs.get(k + 1).is_none_or(|&c| matches!(c, '，' | ',' | ' ' | '\u{3000}' | '）' | ')' | '、'))
        };
        // (3、强军，东关村…, （3）上官勇，渭滨社区…: or a village or community given next, after a surname.)
        let place_next = {
            let field: String = cs[end..]
                .iter()
                .skip_while(|&&c| !is_han(c))
                .take_while(|&&c| is_han(c) || c.is_ascii_digit())
                .collect();
            // (A named place, two characters at least before its level: 东关村, 渭滨社区滨河路180号; not 村里.)
            // (A house's number after the place says a household even when the name reads as a word: 强军, 上官勇;
            // 高龄，东关村3人 counts people, and 危房，红星村5号 is the lexicon's word.)
            let home = field.contains('号');
            ["村", "社区", "镇", "乡", "街道"]
                .iter()
                .any(|w| field.find(w).is_some_and(|k| field[..k].chars().count() >= 2))
                && len <= 3
                && self.starts_with_surname(&run)
                && ((home && ctx.lex_end[i] < end) || !self.holds_everyday_word(&run))
        };
        // (1、五保户，男 and 1、常住人口，男 are classes: with a sex after it, a word of three characters only.)
        let sexed = sex_next
            && self.starts_with_surname(&run)
            && (!self.holds_everyday_word(&run) || (len == 3 && !one_of(chars!("户人员民生"), cs[end - 1])));
        if (sexed || place_next || (self.looks_like_name(&run) && !self.holds_everyday_word(&run)))
            && !one_of(chars!(ADMIN), cs[end - 1])
            && self.relation_prefix(&run) == 0
        {
            out.push((Rank::Cue, i, end));
        }
    }

    /// 经钱怡、黄红旗两名工作人员核查: the items of a list that a count closes (两名, 二人, 等人) are people.
    fn counted_list(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const COUNTS: [&[char]; 11] = [
            // 走访了索朗多吉、韦石头、朱红凤三户.
            &['两', '户'],
            &['二', '户'],
            &['三', '户'],
            &['两', '名'],
            &['二', '名'],
            &['三', '名'],
            &['两', '人'],
            &['二', '人'],
            &['三', '人'],
            &['等', '人'],
            &['等', '同', '志'],
        ];
        let n = ctx.chars.len();
        for k in 3..n {
            if !matches!(ctx.chars[k], '两' | '二' | '三' | '等')
                || !COUNTS.iter().any(|w| Self::starts_with_at(ctx, k, w))
            {
                continue;
            }
            // Walk back over items separated by 、: each a run of 2-4 Han characters.
            let mut items = Vec::new();
            let mut q = k;
            loop {
                let run =
                    ctx.chars[..q].iter().rev().take_while(|&&c| is_han(c) && !SETS.list_separators.has(c)).count();
                let opens = |p: usize| self.list_opens(ctx, p) || one_of(chars!("由与和"), ctx.chars[p - 1]);
                // The first item may follow a frame word in the same run (经钱怡): try the lengths that open.
                let p = [4, 3, 2]
                    .into_iter()
                    .filter(|&len| len <= run)
                    .map(|len| q - len)
                    .find(|&p| (run == q - p || opens(p)) && self.list_head_item(ctx, p, q));
                let Some(p) = p else { break };
                items.push((p, q));
                if p >= 2 && ctx.chars[p - 1] == '、' {
                    q = p - 1;
                } else {
                    if !opens(p) {
                        items.clear();
                    }
                    break;
                }
            }
            if items.len() >= 2 {
                out.extend(items.into_iter().map(|(p, q)| (Rank::List, p, q)));
            }
        }
    }

    /// Whether a name starting at `s` is set apart from the text before it.
    fn stands_apart_left(&self, ctx: &Ctx, s: usize) -> bool {
        // (3000元交住院费: a unit after a number, 元 or 万, is no surname.)
        if s > 0
            && ctx.chars[s - 1].is_ascii_digit()
            && one_of(chars!("元万千百亿岁年月日号次户人亩斤块天"), ctx.chars[s])
        {
            return false;
        }
        s == 0
            // A mask star is not a boundary: 张**时会说 is a masked name and the sentence after it.
            || !(is_han(ctx.chars[s - 1]) || matches!(ctx.chars[s - 1], '*' | '＊'))
            || ctx.rel_end[s]
            || self.strong_pre_cue(ctx, s)
            || self.framed_left(ctx, s)
            || Self::weak_pre_at(ctx, s)
            // (于 and 向 are words too: only before two given characters, 3组于建国去世, not 3组于下旬去世.)
            || (Self::after_numbered_unit(ctx, s)
                && !self.weak_at(ctx, s)
                && (!one_of(chars!("于向"), ctx.chars[s])
                    || ctx.chars.get(s + 1..s + 3).is_some_and(|g| g.iter().all(|&c| self.given_ok(c)))))
    }

    /// Whether a group's or a bed's number ends right before `s` (3组王建国已于…去世, 原12床隋殿发…, set AZ5): the
    /// household's place in a village or a home, then the person. Arabic digits only: 二组 and 一床 read as
    /// words too. (The caller takes 于 and 向 only before given characters: 3组于下旬去世.)
    fn after_numbered_unit(ctx: &Ctx, s: usize) -> bool {
        // (贫困村, 行政村: kinds of village, no village's name.)
        let kind_of_village = s >= 3 && one_of(chars!("困政然点范区"), ctx.chars[s - 2]);
        let digit = |k: usize| ctx.chars[k].is_ascii_digit() || ('０'..='９').contains(&ctx.chars[k]);
        // (12号床张红旗, 12床位张红旗, 12号病床张红旗: a bed's number written out, the second reader of session 62. A
        // bare 12床 is read below with the group's words.)
        let bed = || {
            let mut k = s - usize::from(ctx.chars[s - 1] == '位');
            if ctx.chars[k - 1] != '床' {
                return false;
            }
            k -= 1;
            let bare = k + 1 == s;
            while k > 0 && s - k < 4 && one_of(chars!("病号"), ctx.chars[k - 1]) {
                k -= 1;
            }
            !(bare && k + 1 == s) && k > 0 && digit(k - 1)
        };
        let bed = s >= 3 && bed();
        bed || s >= 2
            // (与第18行方语诗为兄妹: a row of the table, set BH4.)
            && ((one_of(chars!("组床队社行"), ctx.chars[s - 1]) && digit(s - 2))
                // (和平村玄京哲（残疾证已换证）, 石头河村王秀凤老人: a village's name of two characters or more, then a
                // villager, set AZ6.)
                || (s >= 3
                    && ctx.chars[s - 1] == '村'
                    && is_han(ctx.chars[s - 2])
                    && is_han(ctx.chars[s - 3])
                    && !kind_of_village))
    }

    /// 评议会主持人：汲冢社区金福全、孙庄村何勇、马营村何德明: a role's list after its colon, each item a village or a
    /// community and then one of its people, up to the next separator (set BK3). Character spans of the people:
    /// two to four Han characters from a surname, no everyday word at its head (孙庄村村委会, 孙庄村民 are no one).
    fn villagers_listed(&self, ctx: &Ctx) -> Vec<(usize, usize)> {
        const SEP: &str = "、，,；;：:";
        let n = ctx.chars.len();
        let Some(colon) = ctx.chars.iter().position(|&c| c == '：' || c == ':') else { return Vec::new() };
        let mut out = Vec::new();
        let mut item = colon + 1;
        while item < n {
            let end = (item..n).find(|&k| one_of(chars!(SEP), ctx.chars[k])).unwrap_or(n);
            let place = (item + 2..end.saturating_sub(1))
                .rev()
                .find(|&k| ctx.chars[k - 1] == '村' || (ctx.chars[k - 1] == '区' && ctx.chars[k - 2] == '社'));
            if let Some(s) = place
                && (2..=4).contains(&(end - s))
                && ctx.chars[item..end].iter().all(|&c| is_han(c))
                && self.is_surname_start(ctx, s)
                && !self.common_word_at(ctx, s)
                && !one_of(chars!("村社区委民组"), ctx.chars[s])
            {
                out.push((s, end));
            }
            item = end + 1;
        }
        out
    }

    /// Whether a weak cue stands right before `i`: a preposition or a verb of one character (给, 由, 欠, 借, 找),
    /// or 了 after a verb of lending or giving (借了包布和五万块, 卖给了…) or of reading out (宣读了薛守成的申请书).
    fn weak_pre_at(ctx: &Ctx, i: usize) -> bool {
        i > 0
            // (申请时家庭人口: 时 after 请 is "when", no surname.)
            && !(ctx.chars[i - 1] == '请' && ctx.chars[i] == '时')
            && (SETS.weak_pre_cues.has(ctx.chars[i - 1])
                || (ctx.chars[i - 1] == '了' && i >= 2 && one_of(chars!("借给欠找问还卖租帮赊读"), ctx.chars[i - 2])))
    }

    fn strong_pre_cue(&self, ctx: &Ctx, i: usize) -> bool {
        i > 0
            && self.pre_cue_last.has(ctx.chars[i - 1])
            && self.strong_pre_cues.iter().any(|w| i >= w.len() && Self::starts_with_at(ctx, i - w.len(), w))
    }

    /// Whether a name may end right before `k`: end of text, punctuation, a particle, a numeral,
    /// a cue, an everyday word or a relation word.
    fn boundary_after(&self, ctx: &Ctx, k: usize) -> bool {
        self.plain_boundary_after(ctx, k) || self.common_word_at(ctx, k)
    }

    /// [`Self::boundary_after`] without the everyday words of `common_words.txt`.
    fn plain_boundary_after(&self, ctx: &Ctx, k: usize) -> bool {
        let Some(&c) = ctx.chars.get(k) else {
            return true;
        };
        !is_han(c)
            || SETS.stop.has(c)
            || SETS.numerals.has(c)
            || self.post_cue_at(ctx, k)
            || self.weak_post_cue_at(ctx, k)
            || self.word_starts(ctx, k)
            || ctx.rel_start[k]
    }

    /// Whether an everyday two-character word of `common_words.txt` starts at `k` (核算, 签字, 送饭).
    /// Whether an everyday word, of the lexicon or of `common_words.txt`, starts at `k` (下落, 购买).
    fn any_word_at(&self, ctx: &Ctx, k: usize) -> bool {
        self.word_starts(ctx, k) || self.common_word_at(ctx, k)
    }

    fn common_word_at(&self, ctx: &Ctx, k: usize) -> bool {
        k + 1 < ctx.chars.len() && self.holds_common_word(&ctx.chars[k..k + 2])
    }

    /// 与本户相邻: a single surname at `i` and a rarer character after it that make an everyday word are that
    /// word, not a two-character name.
    fn surname_word(&self, ctx: &Ctx, i: usize, sl: usize) -> bool {
        sl == 1 && ctx.chars.get(i + 1).is_some_and(|&c| !self.given_ok(c)) && self.common_word_at(ctx, i)
    }

    /// Whether `s` holds an everyday two-character word of `common_words.txt` (宁波, 体检 in 其子体检).
    /// Whether `s` is everyday words end to end (委托照料服务, 随监护人居住, 在校住宿): two-character words, with
    /// at most two particles or one-character words between them (随, 人), at least four characters in words. A
    /// phrase where a name or an address would be, not one.
    pub fn phrase_of_words(&self, s: &str) -> bool {
        const SINGLE: &str = "的地在随同于和与及等人家所中内外由跟";
        let cs: Vec<char> = s.trim().chars().collect();
        let n = cs.len();
        if !(4..=12).contains(&n) || !cs.iter().all(|&c| is_han(c)) {
            return false;
        }
        // The fewest one-character pieces that reach each position; None where none does.
        let mut best: Vec<Option<usize>> = vec![None; n + 1];
        best[0] = Some(0);
        for k in 0..n {
            let Some(b) = best[k] else { continue };
            if k + 2 <= n && self.common_pairs.contains(&pair_key(cs[k], cs[k + 1])) {
                best[k + 2] = Some(best[k + 2].map_or(b, |x| x.min(b)));
            }
            if SINGLE.contains(cs[k]) {
                best[k + 1] = Some(best[k + 1].map_or(b + 1, |x| x.min(b + 1)));
            }
        }
        best[n].is_some_and(|singles| singles <= 2 && n - singles >= 4)
    }

    /// Byte length of the city or county name of the `[places]` cue group that `s` opens with (宁波华丰电器有限公司:
    /// 宁波), or 0.
    pub fn place_prefix(&self, s: &str) -> usize {
        let cs: Vec<(usize, char)> = s.char_indices().take(4).collect();
        (2..=cs.len())
            .rev()
            .find(|&n| self.places.contains(&pack(&cs[..n].iter().map(|&(_, c)| c).collect::<Vec<char>>())))
            .map_or(0, |n| cs.get(n).map_or(s.len(), |&(k, _)| k))
    }

    pub fn holds_everyday_word(&self, s: &str) -> bool {
        let cs: Vec<char> = s.chars().collect();
        self.holds_common_word(&cs)
    }

    /// Whether the name found at `start..end` of `text` opens a city's, a county's or a prefecture's name
    /// (乌兰浩特市 with 乌兰 listed, 玉树州): one or two more Han characters that are no particles, then 市 县 州
    /// 旗 盟 镇 or 乡 that starts no everyday word (王芳县城, 李明市民 are names).
    /// A name of the file's name columns (`listed`) is never one that took the level's character itself.
    pub fn opens_place_name(&self, text: &str, start: usize, end: usize, listed: bool) -> bool {
        // (夏特柯尔克孜民族乡, 三江侗族自治县: the span opens a nationality's township or county when the nationality's
        // name follows it right away, set BX2; 李明三江侗族自治县人 is a name before the county.)
        const NATIONS: [&str; 30] = [
            "柯尔克孜",
            "哈萨克",
            "维吾尔",
            "塔吉克",
            "锡伯",
            "蒙古",
            "达斡尔",
            "鄂温克",
            "鄂伦春",
            "朝鲜",
            "满",
            "回",
            "藏",
            "彝",
            "苗",
            "瑶",
            "壮",
            "侗",
            "土家",
            "布依",
            "畲",
            "黎",
            "傣",
            "白",
            "哈尼",
            "纳西",
            "羌",
            "仡佬",
            "水",
            "东乡",
        ];
        // (The span may have taken the nationality's first character: 夏特柯|尔克孜民族乡.)
        let nation_at = |k: usize| {
            NATIONS.iter().any(|n| {
                text[k..].strip_prefix(n).is_some_and(|r| {
                    r.starts_with("民族乡")
                        || r.strip_prefix('族')
                            .is_some_and(|r| ["乡", "自治县", "自治州", "自治旗"].iter().any(|l| r.starts_with(l)))
                })
            })
        };
        if text[start..end].char_indices().skip(2).map(|(k, _)| start + k).chain([end]).any(nation_at) {
            return true;
        }
        let name = text[start..end].chars().count();
        // (玉树州: the span took the level's own character; 朴仁镇 is a Korean-Chinese name, 郝红旗 a Han one.)
        if !listed && name >= 3 && text[start..end].ends_with(['市', '县', '州', '盟']) {
            return true;
        }
        let mut after = text[end..].chars().peekable();
        let mut len = name;
        let mut prev = None;
        while let Some(c) = after.next() {
            if one_of(chars!("市县州旗盟镇乡"), c) {
                // (A suffix that opens a word (县城, 市民, 乡下) is no level; nor one that ends a word with the
                // character before it: 王建国返乡, 李明回乡务工.)
                // (Never right after the name: 李红旗, 朴仁镇, 李明县医院 may be a name the span cut short or a
                // name before its county.)
                let word = after.peek().is_some_and(|&n| self.holds_common_word(&[c, n]))
                    || prev.is_some_and(|p| self.holds_common_word(&[p, c]));
                // (吐尔逊·托合提参加县电商培训: two characters between that make a word, 参加, are the sentence's.)
                let between = text[end..].chars().take(len - name).collect::<Vec<char>>();
                // (刘小梅送至县医院, 王芳护送至县城: a verb that takes someone somewhere is the sentence's too.)
                let sentence = (between.len() == 2 && self.holds_common_word(&between))
                    || between.first() == Some(&'送')
                    || between.starts_with(&['护', '送']);
                return !word && !sentence && len > name;
            }
            prev = Some(c);
            // (At most two characters between, none of them a particle or a verb's: 苏启佳在杏坛镇打零工.)
            len += 1;
            if !is_han(c) || len - name > 2 || SETS.stop.has(c) || one_of(chars!(NOT_IN_PLACE), c) {
                return false;
            }
        }
        false
    }

    /// Whether the name found ending at `end` of `text` runs into a township's or a county's office (本人向乳城镇
    /// 人民政府, set K2): one to five more Han characters, none a particle's, then a level's character and an
    /// office's word. Asked of a span that opens with a preposition read as a surname (向, 于): a real name
    /// before a town (其子王建国大安镇人民政府工作) is still a name.
    pub fn runs_into_office(&self, text: &str, end: usize) -> bool {
        const OFFICES: [&str; 9] =
            ["人民政府", "政府", "民政所", "民政办", "派出所", "卫生院", "财政所", "司法所", "党委"];
        let rest = &text[end..];
        for (k, (i, c)) in rest.char_indices().take(6).enumerate() {
            // (其子张伟在乡政府上班: a particle or a verb's character between is the sentence, not the town.)
            if !is_han(c) || SETS.stop.has(c) || one_of(chars!(NOT_IN_PLACE), c) {
                return false;
            }
            if k > 0 && one_of(chars!("镇乡县市区"), c) {
                let after = &rest[i + c.len_utf8()..];
                if OFFICES.iter().any(|o| after.starts_with(o)) {
                    return true;
                }
            }
        }
        false
    }

    /// 社区王立新协助办理, 家中李运强急性白血病, 隐瞒崔光哲在大连打工: a single surname and two given characters set
    /// between an everyday word and another word (or the clause's end) are a name without any cue, when no
    /// everyday word runs into them from either side or starts at the surname (社区马上办理, 家中田地荒芜).
    /// (A given name may be a word: 立新, 建国.) Two characters between words are too often a place's or a
    /// firm's (景洪支行, 金鼎物业) to be taken so.
    /// (`strict` is `extent_after(i, Mode::Strict)`, asked last: `find` has it memoised.)
    fn between_words(&self, ctx: &Ctx, i: usize, strict: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let cs = &ctx.chars;
        // (资金由中国农业银行代发, 就读于云阳中学: a surname that is also a preposition is the preposition.)
        let preposition = SETS.function_prefix.has(cs[i]) || SETS.weak_pre_cues.has(cs[i]);
        // (长宁区仙霞新村: a level's suffix after a place's name is that level, not a surname.)
        if i < 2
            || preposition
            || one_of(chars!(ADMIN), cs[i])
            || SETS.place.has(cs[i])
            || SETS.weak_surnames.has(cs[i])
            || ctx.covered_before[i]
            || !self.surnames.has(cs[i])
        {
            return None;
        }
        let e = i + 3;
        let word_before = self.holds_common_word(&cs[i - 2..i]) && !self.holds_common_word(&cs[i - 1..=i]);
        if !word_before || strict() != Some(e) {
            return None;
        }
        let inside = self.holds_common_word(&cs[i..i + 2]) || ctx.covered[i..e].iter().any(|&c| c);
        let word_after = cs.get(e).is_none_or(|&next| {
            !SETS.place.has(next)
                && !Self::community_name(ctx, i, e)
                && !self.holds_common_word(&cs[e - 1..=e])
                && (self.plain_boundary_after(ctx, e) || self.common_word_at(ctx, e))
        });
        (!inside && word_after).then_some(e)
    }

    /// Whether a community's or an estate's word starts at `e` (龙溪街道金紫山社区, set AR3): the bare shape `i..e`
    /// before it is the place's name.
    /// Only after a level's word (街道, 镇, 区 …): 王建华社区 alone, with 王建华 listed, still names him.
    /// (东昌区张晓红社区矫正期满: a person serving a community sentence, not a community's name.)
    fn community_name(ctx: &Ctx, i: usize, e: usize) -> bool {
        const SENTENCES: [&[char]; 4] = [&['矫', '正'], &['服', '刑'], &['戒', '毒'], &['康', '复']];
        i > 0
            && one_of(chars!("道镇乡区县市旗"), ctx.chars[i - 1])
            && [&['社', '区'][..], &['小', '区'], &['居', '委'], &['村', '委']]
                .iter()
                .any(|w| Self::starts_with_at(ctx, e, w))
            && !SENTENCES.iter().any(|w| Self::starts_with_at(ctx, e + 2, w))
    }

    /// Whether an everyday two-character word of `common_words.txt` is anywhere in `cs` (体检 in 其子体检).
    fn holds_common_word(&self, cs: &[char]) -> bool {
        cs.windows(2).any(|w| self.common_pairs.contains(&pair_key(w[0], w[1])))
    }

    /// Whether a word of when opens at `k` (孙子一鸣暑假回来住, 其女晓雯每月回家): what a given name before it does
    /// follows.
    fn when_at(ctx: &Ctx, k: usize) -> bool {
        const WHEN: [&[char]; 12] = [
            &['暑', '假'],
            &['寒', '假'],
            &['春', '节'],
            &['过', '年'],
            &['周', '末'],
            &['每', '月'],
            &['每', '周'],
            &['每', '年'],
            &['每', '天'],
            &['今', '年'],
            &['去', '年'],
            &['节', '假', '日'],
        ];
        WHEN.iter().any(|w| Self::starts_with_at(ctx, k, w))
    }

    /// Whether `s..e` is an everyday word of two characters listed after another before 等 (种植黄豆、李子等, set
    /// BX4): a list of things, not of people.
    fn thing_listed(&self, ctx: &Ctx, s: usize, e: usize) -> bool {
        // (What was grown or sold, after 等: 黄豆、李子等果树, 等经营收入.)
        // (黄豆、李子等农产品, 等土特产: what was produced, set CF1.)
        const GROWN: [&[char]; 12] = [
            &['农', '产'],
            &['农', '副'],
            &['土', '特'],
            &['果', '树'],
            &['作', '物'],
            &['农', '作'],
            &['经', '济'],
            &['蔬', '菜'],
            &['水', '果'],
            &['经', '营'],
            &['收', '入'],
            &['销', '售'],
        ];
        e == s + 2
            && ctx.chars.get(e) == Some(&'等')
            // (Only closing the clause or before what was grown: 高峰、金山等代领 may be people.)
            && (ctx.chars.get(e + 1).is_none_or(|&c| !is_han(c) && !c.is_alphanumeric())
                || GROWN.iter().any(|w| Self::starts_with_at(ctx, e + 1, w)))
            && s >= 3
            && ctx.chars[s - 1] == '、'
            && self.holds_common_word(&ctx.chars[s..e])
            && self.holds_common_word(&ctx.chars[s - 3..s - 1])
    }

    /// Whether 等 and a word for things (情况, 方面, 物品) follow `e`: what the list holds is no one.
    fn things_follow(ctx: &Ctx, e: usize) -> bool {
        const THINGS: [&[char]; 9] = [
            &['情', '况'],
            &['方', '面'],
            &['问', '题'],
            &['物', '品'],
            &['事', '项'],
            &['作', '物'],
            &['财', '产'],
            &['设', '施'],
            &['费', '用'],
        ];
        ctx.chars.get(e) == Some(&'等') && THINGS.iter().any(|w| Self::starts_with_at(ctx, e + 1, w))
    }

    /// Whether the one-character relation word at `k` ends a clause or comes before a particle (妹 in
    /// 韦金妹无收入, not in 韦金妹夫 or 之妹李芳).
    fn ends_after_one(ctx: &Ctx, k: usize) -> bool {
        ctx.rel_end.get(k + 1) == Some(&true)
            && ctx
                .chars
                .get(k + 1)
                .is_none_or(|&c| !is_han(c) || one_of(chars!(VERB_PARTICLES), c) || one_of(chars!("无有"), c))
    }

    /// End (char index) of a name starting at `i`, or None when no plausible name starts there.
    fn extent_after(&self, ctx: &Ctx, i: usize, mode: Mode) -> Option<usize> {
        let n = ctx.chars.len();
        // 孙女方铭浩, 祖父安利亮: a relation word that starts with a surname character, with a name after it, is
        // that relation word; the name starts after it.
        if ctx.rel_start[i]
            && (i + 2..=(i + 4).min(n - 1)).any(|k| ctx.rel_end[k] && self.extent_after(ctx, k, Mode::Loose).is_some())
        {
            return None;
        }
        if self.kin_word_then_no_given(ctx, i, (i + 4).min(n)) {
            return None;
        }
        for sl in self.surname_lens(ctx, i) {
            // After a relation word the start is certain, so a word straddling it (户主|张) is ignored.
            let straddled = mode == Mode::Strict && ctx.covered_before[i];
            if ctx.lex_end[i] > i + sl || straddled {
                continue;
            }
            let g = i + sl;
            let Some(&c1) = ctx.chars.get(g) else {
                continue;
            };
            // 房桐玉同志: a given name never starts with a word that follows names.
            let cue_head = mode == Mode::Strict && !one_of(chars!("家户系等"), c1) && self.post_cue_at(ctx, g);
            // 由弟弟潘福贵代领, 由监护人戴晶进: a relation word of two or more characters is no given name.
            // (其子韦老四代为办理: 老四 names a brother, but after a surname it is the given name.)
            // (其幺妹周幺女嫁到…: so are 幺女, 幺儿, 幺妹.)
            let lao_numeral = (c1 == '老' && ctx.chars.get(g + 1).is_some_and(|&c| SETS.numerals.has(c))) || c1 == '幺';
            let relation_head = ctx.rel_start[g]
                && (g + 2..=g + 4).any(|k| ctx.rel_end.get(k) == Some(&true))
                && !(mode == Mode::Loose && lao_numeral);
            // (其子王在广州打工, 儿子刘在外务工: 在 after a surname is "at", unless the Korean-Chinese shape 金在秀
            // or nothing Han follows it.)
            let zai_preposition =
                c1 == '在' && ctx.chars.get(g + 1).is_some_and(|&c| is_han(c)) && !self.korean_zai_given(ctx, g);
            if !is_han(c1) || SETS.anon.has(c1) || cue_head || relation_head || zai_preposition {
                continue;
            }
            // (同院温其昌为同村老乡: 其 opens many given names, unless a pronoun's word opens there: 张三其妻,
            // 王某其他, 李四其家.)
            let qi_given = c1 == '其'
                && !ctx.rel_start[g]
                && !self.word_starts(ctx, g)
                && ctx.chars.get(g + 1).is_some_and(|&c2| {
                    self.given_ok(c2) && !one_of(chars!("家人夫母父兄弟姐妹女子孙媳婿祖叔伯舅姑姨本"), c2)
                });
            let c1_common = self.given_ok(c1) || qi_given;
            // 丁河镇万家湾村: a place suffix right after a surname ends a place name, not a name.
            if mode == Mode::Strict && (!c1_common || SETS.place.has(c1)) {
                continue;
            }
            let take2 = ctx.chars.get(g + 1).is_some_and(|&c2| {
                // A numeral ends a name (王芳三户), except a last character after a relation word when no
                // measure word follows (审核人雷锡九，).
                // (照料人李老九身份证…: 老 and a numeral are a given name.)
                let numeral_ok = !SETS.numerals.has(c2)
                    || (mode == Mode::Loose && c1 == '老')
                    || (mode == Mode::Loose
                        && ctx.chars.get(g + 2).is_none_or(|&c3| {
                            (!is_han(c3) && !c3.is_alphanumeric()) || one_of(chars!(VERB_PARTICLES), c3)
                        }));
                let loose = mode == Mode::Loose;
                // 其子唐鹏新的卡: after a relation word a common given character that is also a place character
                // (新, 东) ends the name when 的, a particle or punctuation follows it.
                let place_ok = loose
                    && self.given_ok(c2)
                    && ctx
                        .chars
                        .get(g + 2)
                        .is_none_or(|&c3| !is_han(c3) || c3 == '的' || one_of(chars!(VERB_PARTICLES), c3));
                // 哥哥章成全家庭困难: a word starting at the last character (全家) gives way to one starting
                // right after it (家庭).
                // (新的 in 唐鹏新的卡 is the name's end and 的.)
                let word_ok = loose
                    && (self.word_starts(ctx, g + 2)
                        || (ctx.chars.get(g + 2) == Some(&'的') && ctx.lex_end[g + 1] == g + 3));
                let plain = is_han(c2)
                    && !SETS.anon.has(c2)
                    && numeral_ok
                    && (!SETS.place.has(c2) || place_ok)
                    && (!self.word_starts(ctx, g + 1) || word_ok)
                    && !self.post_cue_at(ctx, g + 1)
                    // 其夫方圆长年在外, 其子王刚平时…: a time word after a two-character name ends it.
                    // (其子王强照看老人, 出生证明显示麦玉生于…: or any verb the character starts but 正在,
                    // which follows three-character names as often: 养子朱林正在…)
                    && !(self.verb_post_cue_at(ctx, g + 1) && c2 != '正')
                    // 同住人韦金妹无收入: 妹 ends many southern names; as a kin word it would open a name (妹李芳).
                    && (!ctx.rel_start[g + 1] || (matches!(c2, '妹' | '弟') && Self::ends_after_one(ctx, g + 1)));
                // After a relation word the name is certain to start here, and 3-character names are the
                // rule: a rarer last character (袁福来, 崔顺女) is taken when the name clearly ends after it.
                // Hiding one character too many is the safe error; leaving one readable is not.
                let loose_ok = mode == Mode::Loose
                    && !one_of(chars!(NOT_LAST), c2)
                    // (其子王强照看老人, 由隔离屋阿添帮手: a verb the character starts ends the name before it.)
                    && !self.verb_post_cue_at(ctx, g + 1)
                    && ctx.chars.get(g + 2).is_none_or(|&c3| {
                        // 养母龙玉女年迈体弱: 女 ends many southern women's names, unless a word goes on (女儿,
                        // 女士, 女婿).
                        if c2 == '女' {
                            return !one_of(chars!("儿士婿性孩子方婴工生童人"), c3);
                        }
                        let punct = !is_han(c3) && !c3.is_alphanumeric();
                        if SETS.stop.has(c2) {
                            // A particle as last character only before punctuation (袁福来，), not 郑刚的电话
                            // or 东方桂于2021年; 来 and 有 also before a verb particle or 均 (袁福来在外,
                            // 之子邰生有均无).
                            punct
                                // (其夫陈全元因服刑: 元 ends many given names; after a numeral it is money.)
                                || (matches!(c2, '来' | '有' | '元')
                                    && !(c2 == '元' && (SETS.numerals.has(c1) || one_of(chars!("百千万亿余多几"), c1)))
                                    && (c3 == '的'
                                        || c3 == '均'
                                        || c3 == '为'
                                        || one_of(chars!(VERB_PARTICLES), c3)
                                        // 儿子黎富有手机181…
                                        || self.post_cue_at(ctx, g + 2)
                                        // 外孙女井福来办理, 村民谷运来代为申请: before an everyday word 来 is
                                        // taken too (其子王强来领取 loses its 来; a name left readable would be worse).
                                        || (c2 == '来' && self.given_ok(c1) && self.common_word_at(ctx, g + 2))
                                        // 由霍财有代缴, 其子张栓有意外死亡, 弟弟杨廷元智力残疾: 有 and 元 also
                                        // before a verb or an everyday word. When unsure the name is taken whole:
                                        // 其子王强有工作 becomes 王**工作, which loses the 有 but no name.
                                        || (matches!(c2, '有' | '元')
                                            && (self.verb_post_cue_at(ctx, g + 2) || self.common_word_at(ctx, g + 2)))))
                        } else {
                            !is_han(c3)
                                || self.word_starts(ctx, g + 2)
                                // 奶奶沙文举偏瘫, 奶奶时丰收耳朵全聋了: an everyday word right after a rarer
                                // character that starts none.
                                // (孤儿和事实无人抚养: not after a given character that is no name's.)
                                || (self.given_ok(c1)
                                    && self.common_word_at(ctx, g + 2)
                                    && !self.common_word_at(ctx, g + 1))
                                || one_of(chars!("的户家等之"), c3)
                                // (包工头许锦城仅赔偿…: an adverb.)
                                || one_of(chars!("仅又也都就还才却曾均仍亦"), c3)
                                || one_of(chars!(VERB_PARTICLES), c3)
                                || self.post_cue_at(ctx, g + 2)
                                || self.verb_post_cue_at(ctx, g + 2)
                                || ctx.rel_start[g + 2]
                        }
                    });
                // 继父韩俊镇无抚养能力, 女：全植镇: after a relation word 镇 ends a Korean-Chinese name when nothing
                // that continues a place name (村, 政府, 街道) follows it.
                let zhen_ok = mode == Mode::Loose
                    && c2 == '镇'
                    && self.given_ok(c1)
                    && ctx.chars.get(g + 2).is_none_or(|&c3| {
                        (!is_han(c3) && !c3.is_alphanumeric())
                            || one_of(chars!(VERB_PARTICLES), c3)
                            || one_of(chars!("无和与及等称说讲"), c3)
                            || self.post_cue_at(ctx, g + 2)
                            || self.verb_post_cue_at(ctx, g + 2)
                            || ctx.rel_start[g + 2]
                    });
                // (还有赵会元，已迁出: 元 ends a name before punctuation, as it does after a relation word.)
                let yuan_ok = c2 == '元'
                    && self.given_ok(c1)
                    && !SETS.numerals.has(c1)
                    && !one_of(chars!("百千万亿余多几"), c1)
                    // (上官仕元代领, 王仕元领取: or before what a name does.)
                    && ctx.chars.get(g + 2).is_none_or(|&c3| {
                        (!is_han(c3) && !c3.is_alphanumeric())
                            || self.post_cue_at(ctx, g + 2)
                            || self.verb_post_cue_at(ctx, g + 2)
                    });
                // (村里韦老七劝说…: 老 and a numeral are a given name before anything but a measure word.)
                let lao_numeral = mode == Mode::Loose
                    && c1 == '老'
                    && SETS.numerals.has(c2)
                    && ctx.chars.get(g + 2).is_none_or(|&c3| !one_of(chars!(COUNTING), c3) && !SETS.numerals.has(c3));
                (plain && (self.given_ok(c2) || loose_ok || yuan_ok || lao_numeral)) || zhen_ok
            });
            // A particle right after the surname ends the name (王在外务工), except after a relation word when a
            // common given character follows: then it makes a 3-character name (吕有明), never 王在.
            if SETS.stop.has(c1) {
                // (村里修了新路: an aspect particle opens no given name.)
                if one_of(chars!("了着过们的"), c1) {
                    continue;
                }
                // (其兄季来元为…: 来 and 有 start given names too, before a last character taken above.)
                // (女儿杨老七, 配偶吴老五: 老 and a numeral make a given name after a relation word.)
                let name_like = |c2: char| {
                    self.given_ok(c2)
                        || (mode == Mode::Loose && (matches!(c1, '来' | '有') || (c1 == '老' && SETS.numerals.has(c2))))
                };
                if take2 && ctx.chars.get(g + 1).is_some_and(|&c2| name_like(c2)) {
                    return Some(g + 2);
                }
                continue;
            }
            if take2 {
                return Some(g + 2);
            }
            // (其子王强县城务工, 其子王强镇上务工: after a relation word 县城 or 镇上 ends the name; 王强县 alone would
            // be a county, and 南宁市里, 陈仓区政府 are places before everyday words.)
            // (其女李娜市区上班, 其子张伟县里上班, 女儿刘芳省城打工: so do 市区, 市里, 县里, 省城 and the like, unless
            // the name is an everyday word, a city's: 其子南宁市里打工.)
            let town = mode == Mode::Loose
                && ctx.chars.get(g + 1..g + 3).is_some_and(|w| {
                    w == ['县', '城']
                        || w == ['镇', '上']
                        || (TOWN_AREAS.iter().any(|t| t.chars().eq(w.iter().copied()))
                            && !self.holds_common_word(&ctx.chars[i..=g]))
                });
            if g + 1 < n && SETS.place.has(ctx.chars[g + 1]) && !town {
                continue;
            }
            // (户主荣获表彰: an everyday word after it ends no name that is an everyday word itself.)
            let ends = self.plain_boundary_after(ctx, g + 1)
                || (self.common_word_at(ctx, g + 1) && !(sl == 1 && self.common_word_at(ctx, i)));
            // (大孙庄村: a surname and an administrative suffix name a place, after a relation word too.)
            if (!c1_common && !ends) || self.surname_word(ctx, i, sl) || one_of(chars!(ADMIN), c1) {
                continue;
            }
            return Some(g + 1);
        }
        None
    }

    /// Whether the character at `k` may be a surname no list holds: a Han character that is no particle, numeral,
    /// preposition or listed surname, and starts no everyday word. (A kin character may be one: 母燕, a surname of
    /// Sichuan; where it is a kin word, a relation candidate after it comes first.)
    fn unlisted_surname_at(&self, ctx: &Ctx, k: usize) -> bool {
        let c = ctx.chars[k];
        is_han(c)
            && !SETS.stop.has(c)
            && !SETS.numerals.has(c)
            && !SETS.anon.has(c)
            && !SETS.function_prefix.has(c)
            && !self.surnames.has(c)
            && !one_of(
                chars!(
                    "由与和及被给同向跟对把让找叫经请交据替帮为将从至到在住是系因等已曾现仍均也都又还即就称说户家好很太真"
                ),
                c,
            )
            && !self.word_starts(ctx, k)
            && !self.common_word_at(ctx, k)
    }

    /// A title or a form of address that follows a bare surname (书记, 老师, 大娘): 刘书记 names no one more
    /// closely than 刘 does.
    fn is_address_form(rest: &[char]) -> bool {
        const FORMS: [&str; 40] = [
            "书记", "主任", "老师", "大夫", "医生", "会计", "组长", "队长", "村长", "校长", "院长", "所长", "站长",
            "经理", "师傅", "干事", "专干", "警官", "局长", "乡长", "镇长", "科长", "股长", "主席", "委员", "大娘",
            "大爷", "大妈", "大婶", "大嫂", "大姐", "大哥", "大叔", "阿姨", "奶奶", "爷爷", "婆婆", "老汉", "老太",
            "阿婆",
        ];
        let n = rest.len();
        n == 2 && FORMS.iter().any(|f| f.chars().eq(rest.iter().copied()))
    }

    /// Whether the text after a candidate ending at `e` makes it the head of a place or organisation name
    /// (白山|建工集团, 梅河|口市, 金斗|朝鲜族满族乡): a suffix within three Han characters, nothing else between.
    fn org_or_place_follows(&self, ctx: &Ctx, e: usize) -> bool {
        // An everyday word or a verb right after the name (尹春娟|代管银行卡, 耿香欣|考入大学) ends it: what
        // follows is the sentence.
        // (由宁夏银行代发, 通过黄河农村商业银行发放: a bank's name is no verb.)
        // (中国工商银行大同平旺支行: a branch named after its place, set G1.)
        // (由衡南农商银行代发, set BK5.)
        const BANKS: [&[char]; 12] = [
            &['银', '行'],
            &['农', '商', '银', '行'],
            &['村', '镇', '银', '行'],
            &['农', '村', '商', '业'],
            &['农', '商', '行'],
            &['信', '用', '社'],
            &['支', '行'],
            &['分', '行'],
            &['营', '业', '所'],
            &['营', '业', '部'],
            &['分', '理', '处'],
            &['储', '蓄', '所'],
        ];
        if BANKS.iter().any(|w| Self::starts_with_at(ctx, e, w) && ctx.chars.get(e + w.len()) != Some(&'卡')) {
            return true;
        }
        // (万州区鑫源建筑工程有限公司, 安顺宏泰建筑劳务有限公司: a registered firm's name runs on over its trade to
        // 有限公司 or 集团, with no particle on the way. Only a trade and a registered form say so: 由张伟工程队承建,
        // 欠刘德明公司工资 name a person.)
        // (上海常春藤教育科技有限公司, 唐山市丰润区周氏包装制品有限公司, set AG8 and AG6.)
        const TRADES: [&[char]; 28] = [
            &['钢', '铁'],
            &['港', '务'],
            &['机', '械'],
            &['化', '工'],
            &['矿', '业'],
            &['运', '输'],
            &['能', '源'],
            &['纺', '织'],
            &['教', '育'],
            &['科', '技'],
            &['餐', '饮'],
            &['文', '化'],
            &['贸', '易'],
            &['食', '品'],
            &['包', '装'],
            &['物', '流'],
            &['电', '子'],
            &['家', '政'],
            &['建', '筑'],
            &['劳', '务'],
            &['工', '程'],
            &['建', '设'],
            &['装', '饰'],
            &['商', '贸'],
            &['物', '业'],
            &['实', '业'],
            &['置', '业'],
            &['房', '地', '产'],
        ];
        // (The trade right after the span, or after the rest of the firm's own name: 安顺宏|泰建筑.)
        let plain = |k: usize| ctx.chars.get(k).is_some_and(|&c| is_han(c) && !SETS.stop.has(c));
        if (e..=e + 2).any(|t| (e..t).all(plain) && TRADES.iter().any(|w| Self::starts_with_at(ctx, t, w))) {
            for k in e..(e + 12).min(ctx.chars.len()) {
                let c = ctx.chars[k];
                if !is_han(c) || (SETS.stop.has(c) && !(c == '有' && ctx.chars.get(k + 1) == Some(&'限'))) {
                    break;
                }
                if [&['有', '限', '公', '司'][..], &['集', '团']].iter().any(|w| Self::starts_with_at(ctx, k, w))
                {
                    return true;
                }
            }
        }
        // (华润万家有限公司, 洪客隆百货投资有限公司: a registered firm's form within a few characters, set AM4.)
        // (Not right after the name: 在王芳有限公司上班 may be a person's.)
        let registered = [&['有', '限', '公', '司'][..], &['股', '份', '有', '限']];
        for t in e..(e + 8).min(ctx.chars.len()) {
            let c = ctx.chars[t];
            if t > e && registered.iter().any(|w| Self::starts_with_at(ctx, t, w)) {
                return true;
            }
            if !is_han(c) || (SETS.stop.has(c) && c != '有') {
                break;
            }
        }
        // (东柯河牧委会, 安心家政服务中心, 华润集团: a herders' committee, a housekeeping firm and a group of
        // companies, whatever word they start.)
        if [&['牧', '委'][..], &['家', '政'], &['集', '团']].iter().any(|w| Self::starts_with_at(ctx, e, w)) {
            return true;
        }
        if self.word_starts(ctx, e) || ctx.cues.get(e).is_some_and(|&b| b & CUE_VERB != 0) {
            return false;
        }
        const WORDS: [&[char]; 21] = [
            // (由红旗街道人民政府审核: a street office or an estate named after a given name.)
            &['街', '道'],
            &['社', '区'],
            &['小', '区'],
            &['村', '委'],
            &['居', '委'],
            &['集', '团'],
            &['公', '司'],
            &['医', '院'],
            &['学', '校'],
            &['中', '学'],
            &['小', '学'],
            &['大', '学'],
            &['学', '院'],
            &['银', '行'],
            &['合', '作', '社'],
            &['工', '厂'],
            // (红星农场, 前哨林场: a farm of the Corps or a state farm.)
            &['农', '场'],
            &['林', '场'],
            &['牧', '场'],
            // (额很查干嘎查: a Mongolian village, and a township.)
            &['嘎', '查'],
            &['苏', '木'],
        ];
        const SINGLE: &str = "市县乡镇族厂局";
        // 迁往高明区: a district, county or city named right after; 湛民发〔2017〕69号: a document's number.
        let at = |k: usize| ctx.chars.get(e + k).copied().unwrap_or(' ');
        // (第十三师红星二场一连: a numbered farm of the Corps.)
        let corps_farm = SETS.numerals.has(at(0)) && at(1) == '场';
        if one_of(chars!("区县市"), at(0))
            || at(0) == '〔'
            || (at(0) == '发' && one_of(chars!("〔[［(（"), at(1)))
            || corps_farm
        {
            return true;
        }
        for k in e..(e + 4).min(ctx.chars.len()) {
            let c = ctx.chars[k];
            // (华章里社区: 里 names many a lane estate in the north.)
            if !is_han(c) || (SETS.stop.has(c) && c != '里') {
                return false;
            }
            if k > e && one_of(chars!(SINGLE), c) {
                return true;
            }
            if WORDS.iter().any(|w| Self::starts_with_at(ctx, k, w)) {
                return true;
            }
        }
        false
    }

    /// The first name of a list when its last character is a rare one (冯福来、金英顺): three characters
    /// set apart on the left, a single surname and a common first given character.
    fn list_head_before(&self, ctx: &Ctx, j: usize) -> Option<usize> {
        let s = j.checked_sub(3)?;
        // (父母张四清、朱金凤年迈: 父母 or 双亲 before a list of two is a pair of people, though 父母 alone is no
        // relation word (父母江苏打工); there a birth-order numeral may open the given name.)
        let pair = s >= 2 && [['父', '母'], ['双', '亲']].iter().any(|w| Self::starts_with_at(ctx, s - 2, w));
        let ok = self.surnames.has(ctx.chars[s])
            && !self.vetoed(ctx, s, 1)
            && (self.given_ok(ctx.chars[s + 1])
                || (pair && SETS.numerals.has(ctx.chars[s + 1]) && self.given_ok(ctx.chars[s + 2])))
            && is_han(ctx.chars[s + 2])
            && !SETS.anon.has(ctx.chars[s + 2])
            && !SETS.place.has(ctx.chars[s + 2])
            && !SETS.numerals.has(ctx.chars[s + 2])
            // (A mask star stands for a name's character: 张**常保障、时中 reads as 张桂荣常保障、时中 did.)
            && (s == 0
                || !(is_han(ctx.chars[s - 1]) || matches!(ctx.chars[s - 1], '*' | '＊'))
                || ctx.rel_end[s]
                || pair);
        ok.then_some(s)
    }

    /// Start (char index) of a name ending right before `j`, all given characters common ones.
    fn extent_before(&self, ctx: &Ctx, j: usize) -> Option<usize> {
        let valid = |s: usize, sl: usize| -> bool {
            let compound = sl > 1;
            let surname_ok = if compound {
                self.compounds.contains(&pack(&ctx.chars[s..s + sl]))
            } else {
                self.surnames.has(ctx.chars[s])
            };
            surname_ok
                && !self.vetoed(ctx, s, sl)
                && ctx.chars[s + sl..j].iter().all(|&c| self.given_ok(c) && !SETS.place.has(c))
                && !SETS.place.has(ctx.chars[j - 1])
                // (显示麦玉生于…: a verb cue starting at the last given character ends the name before it.)
                && !(j - (s + sl) == 2 && self.verb_post_cue_at(ctx, j - 1) && ctx.chars[j - 1] != '正')
                // A 3-char span must not swallow the end of a relation or cue word before it.
                && (s + sl + 1 == j || !ctx.rel_end[s + 1])
                // (常来往每月: 常 or 连 before an everyday word is "often", "even".)
                && !(sl == 1 && s + 3 == j && self.adverb_before_word(ctx, s))
        };
        // (start offset back from j, surname length)
        let options = [(4usize, 2usize), (3, 2), (3, 1), (2, 1)];
        // (A fixed array, not a Vec: this runs at most positions of every remark.)
        let (mut ok, mut n_ok) = ([(0usize, 0usize); 4], 0);
        for (s, sl) in options.iter().filter(|&&(back, _)| back <= j).map(|&(back, sl)| (j - back, sl)) {
            if s + sl < j && valid(s, sl) {
                ok[n_ok] = (s, sl);
                n_ok += 1;
            }
        }
        let ok = &ok[..n_ok];
        let two_char = ok.iter().any(|&(s, sl)| sl == 1 && s + 2 == j);
        let found = ok
            .iter()
            .copied()
            .find(|&(s, sl)| {
                let three_single = sl == 1 && s + 3 == j;
                !(three_single && two_char && SETS.function_prefix.has(ctx.chars[s]))
            })
            .map(|(s, _)| s)?;
        // 臧招娣: a two-character reading (招娣) whose character before is a surname set apart on its left is
        // the end of a three-character name.
        if found + 2 == j
            && found >= 1
            && self.surnames.has(ctx.chars[found - 1])
            && !SETS.weak_surnames.has(ctx.chars[found - 1])
            && !SETS.function_prefix.has(ctx.chars[found - 1])
            && (found == 1 || !is_han(ctx.chars[found - 2]) || ctx.rel_end[found - 1])
            && !self.vetoed(ctx, found - 1, 1)
        {
            return Some(found - 1);
        }
        Some(found)
    }

    fn known_candidates(&self, text: &str, ctx: &Ctx, known: &KnownNames, out: &mut Vec<(Rank, usize, usize)>) {
        if known.is_empty() {
            return;
        }
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(1) {
            if !known.first_chars.has(ctx.chars[i]) || !known.pairs.contains(&pair_key(ctx.chars[i], ctx.chars[i + 1]))
            {
                continue;
            }
            for &len in &known.lens {
                // A known name at the head of a longer everyday word (高峰 in 高峰期) is that word.
                // A known name before 社区, 小区, 街道 … names the place (向阳社区, 建华小区).
                const PLACE_WORDS: [&[char]; 6] =
                    [&['社', '区'], &['小', '区'], &['街', '道'], &['大', '街'], &['村', '委'], &['居', '委']];
                // (户主刘海燕村委会: right after a relation word a known name is that person, whatever follows.)
                let related = ctx.rel_end[i];
                if len <= n - i
                    && ctx.lex_end[i] <= i + len
                    && known.contains_chars(&ctx.chars[i..i + len], || &text[ctx.starts[i]..ctx.starts[i + len]])
                    // (龙溪街道王建国社区 with 王建国 listed: a full name of the file before a community is that person,
                    // fail closed; 向阳社区 with 向阳 listed is the place.)
                    && (related
                        || (len >= 3 && !Self::starts_with_at(ctx, i + len, &['小', '区']))
                        || !PLACE_WORDS.iter().any(|w| Self::starts_with_at(ctx, i + len, w)))
                    && (len != 2 || !self.place_suffix_at(ctx, i + len))
                    // (桑珠 is known, 桑珠孜区 is a district: one more character, then 区 or 旗; not a verb of going,
                    // 王芳回县民政局.)
                    && !(len == 2
                        && ctx.chars.get(i + 2).is_some_and(|&c| {
                            is_han(c) && !SETS.stop.has(c) && !one_of(chars!("回去到赴往至进返上下"), c)
                        })
                        && ctx.chars.get(i + 3).is_some_and(|&c| c == '旗' || (c == '区' && self.place_suffix_at(ctx, i + 3))))
                    && (!self.is_word(ctx, i, i + len) || self.word_stands_as_name(ctx, i, i + len))
                    // (司马开福公公社区, 司马开福司社区: a relation word right after it is no place's name going on,
                    // and a Han name of a frequent or compound surname heads no place's name.)
                    && (related
                        || !Self::village_after(ctx, i + len)
                        || ctx.rel_start[i + len]
                        || self.frequent_surnames.has(ctx.chars[i])
                        || self.surname_lens(ctx, i).into_iter().any(|l| l > 1))
                {
                    // 胡燕 is known and the text says 胡燕佳，or 胡燕佳代领: a third name character before a
                    // boundary or a cue belongs to this name (hiding one character too many is the safe error).
                    let e = i + len;
                    // (喇梅自2024年4月起: 自 is "since" there.)
                    let third = len == 2
                        && ctx.chars.get(e).is_some_and(|&c| self.given_ok(c) && !SETS.place.has(c) && c != '自')
                        && !self.word_starts(ctx, e)
                        // (王丽利用亲属身份证: 利用 is a word.)
                        && !self.common_word_at(ctx, e)
                        && ctx.cues[e] == 0
                        && !ctx.rel_start[e]
                        && (ctx.chars.get(e + 1).is_none_or(|&c| !is_han(c) || SETS.list_separators.has(c))
                            || ctx.cues[e + 1] != 0);
                    out.push((Rank::Known, i, if third { e + 1 } else { e }));
                    break;
                }
            }
        }
    }

    /// 一诺的母亲…, 户主兴旺小时候因病致聋, 儿童家豪在校, 雨欣患先天性心脏病: the given name of a name held, alone,
    /// where a person stands: after a relation word, or opening a clause before what is said of the person (的, 患,
    /// 在, 于, 因 …). Hidden whole: no surname to keep. (国庆 of 李国庆 in 国庆期间 opens no clause about anyone; in
    /// 新华村 it heads a place.)
    fn known_given_candidates(&self, ctx: &Ctx, known: &KnownNames, out: &mut Vec<(Rank, usize, usize)>) {
        if known.given_pairs.is_empty() {
            return;
        }
        const CHILD: [&[char]; 4] = [&['儿', '童'], &['孩', '子'], &['小', '孩'], &['学', '生']];
        const SAID: &str = "的患在于因今现已自从由随跟和与系等是被经为曾独";
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(1) {
            let e = i + 2;
            // (The left context first: it rules out almost every position without a lookup.)
            // (孙女子涵, 女儿子涵: a relation word that a longer one overlapping it, 女子 or 儿子, carried on ends
            // before the given name all the same.)
            let related = ctx.rel_end[i]
                || CHILD.iter().any(|w| i >= w.len() && ctx.chars[i - w.len()..i] == **w)
                || (known.given_first.has(ctx.chars[i]) && ctx.kin_word_ends_at(i));
            let apart = i == 0 || !is_han(ctx.chars[i - 1]);
            if !(related || apart)
                || !known.given_first.has(ctx.chars[i])
                || !known.given_pairs.contains(&pair_key(ctx.chars[i], ctx.chars[i + 1]))
            {
                continue;
            }
            // (Opening a clause, only a given name that is no everyday word, title or relation word: 国庆在即,
            // 文化因素, 和平于2020年撤乡设镇, 主任的意见 with 李主任 held, 国庆、春节期间.)
            // (An everyday word, 浩然 or 天佑, only before 的 or 患: 浩然的母亲, 天佑的本人.)
            let opens = apart && !self.word_given.contains(&pack(&ctx.chars[i..e])) && !ctx.rel_start[i];
            let ends = ctx.chars.get(e).is_none_or(|&c| {
                one_of(chars!(SAID), c)
                    || one_of(chars!("，。；,;"), c)
                    || Self::starts_with_at(ctx, e, &['小', '时', '候'])
                    // (环凤老人耳背: a title after the given name.)
                    || Self::starts_with_at(ctx, e, &['老', '人'])
                    || Self::starts_with_at(ctx, e, &['奶', '奶'])
                    || Self::starts_with_at(ctx, e, &['爷', '爷'])
                    || Self::starts_with_at(ctx, e, &['同', '学'])
                    || Self::starts_with_at(ctx, e, &['小', '朋', '友'])
            });
            let plain = !self.holds_common_word(&ctx.chars[i..e]) && !self.word_names.contains(&pack(&ctx.chars[i..e]));
            let ends = if !plain {
                ctx.chars.get(e).is_some_and(|&c| c == '的' || c == '患')
            } else {
                // (晓雪学习成绩优秀, 鸿涛寒暑假随外祖母生活: a held given name that makes no word and no place opens the
                // clause it starts, whatever follows, set AY2.)
                ends || !self.places.contains(&pack(&ctx.chars[i..e]))
            };
            if !(related || (opens && ends))
                || ctx.lex_end[i] > e
                || (self.is_word(ctx, i, e) && !self.word_stands_as_name(ctx, i, e))
                || self.place_suffix_at(ctx, e)
                || Self::village_after(ctx, e)
                || ctx.chars.get(e).is_some_and(|&c| crate::mask::is_star(c))
            {
                continue;
            }
            out.push((Rank::Nickname, i, e));
        }
    }

    /// Whether one to three more characters and a village's or community's suffix follow at `e` (乌兰|哈达嘎查,
    /// 阿拉坦|社区居委会, 宝音|图村): the known name is the head of a place's name there.
    fn village_after(ctx: &Ctx, e: usize) -> bool {
        const SUFFIXES: [&[char]; 7] =
            [&['嘎', '查'], &['社', '区'], &['居', '委'], &['村', '委'], &['苏', '木'], &['街', '道'], &['村']];
        (e..=e + 3).any(|k| {
            ctx.chars[e..k.min(ctx.chars.len())].iter().all(|&c| is_han(c) && !SETS.stop.has(c))
                && SUFFIXES.iter().any(|w| {
                    Self::starts_with_at(ctx, k, w)
                        && (w.len() > 1
                            || ctx.chars.get(k + 1).is_none_or(|&c| !is_han(c) || one_of(chars!("委的"), c)))
                })
        })
    }

    /// Whether a place or building suffix follows at `e` (和平区, 江海路, 石磊村, 海洋馆, 和平里): what comes before
    /// names the place, even when a person in the file has that name. (王芳路过, 街上, 村里, 村民, 街坊, 县城: a word
    /// starting there is not a suffix.)
    fn place_suffix_at(&self, ctx: &Ctx, e: usize) -> bool {
        const WORDS: &str = "路过 路上 路边 路费 路口 街上 街坊 街头 街边 村里 村民 村口 村头 村外 区里 区内 县城 县里 镇上 \
                             镇里 乡下 乡里 馆长 里外 里面 里边 巷口";
        // (李秀英县医院, 王芳镇卫生院: an institution after the suffix is where the person went.)
        const AFTER: &str = "医院 卫生 法院 公安 中学 小学 打工 务工";
        ctx.chars.get(e).is_some_and(|&c| one_of(chars!("区县路街巷村镇乡馆里"), c))
            && ctx.lex_end[e] <= e + 1
            && !AFTER.split(' ').any(|w| w.chars().eq(ctx.chars.iter().skip(e + 1).copied().take(2)))
            && !WORDS.split_whitespace().any(|w| w.chars().eq(ctx.chars[e..].iter().copied().take(2)))
    }

    /// Whether `s..e` is an everyday word of the lexicon (文明, 和平).
    fn is_word(&self, ctx: &Ctx, s: usize, e: usize) -> bool {
        // (The lexicon's only: a word name such as 高峰 stays the holder in 今年高峰病重住院.)
        ctx.lex_end[s] == e
    }

    /// Whether an everyday word that is also a name in the file (和平, 文明, 高峰) may be used as the name here:
    /// not inside running words on both sides. 和睦家庭文明户评选 is the word; 文明嫁到外县 (a clause's start),
    /// 由文明代领 (a cue), 房子是林海的 (的 after it) may be the person and stay masked.
    fn word_stands_as_name(&self, ctx: &Ctx, s: usize, e: usize) -> bool {
        let n = ctx.chars.len();
        let cued = ctx.rel_end[s] || Self::weak_pre_at(ctx, s) || self.strong_pre_cue(ctx, s);
        let left = s == 0 || !is_han(ctx.chars[s - 1]);
        let right = e == n
            || !is_han(ctx.chars[e])
            || ctx.cues[e] != 0
            || SETS.list_separators.has(ctx.chars[e])
            || ctx.chars[e] == '的';
        cued || left || right
    }

    /// 葛大毛，村里人只知小名, 于二丫头系儿童父亲（小名）: a surname, a birth-order or size word (大, 二, 小) and a
    /// nickname's ending (毛, 丫头, 个, 娃) opening a clause are what the village calls that person, when the
    /// sentence says it is a 小名, 乳名, 外号 or 绰号.
    fn surname_nickname_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const ORDER: &str = "大二三四五六七小老";
        const ENDINGS: [&[char]; 14] = [
            &['丫', '头'],
            &['丫'],
            &['毛'],
            &['个'],
            &['娃'],
            &['蛋'],
            &['狗'],
            &['妞'],
            &['妮'],
            &['柱'],
            &['憨'],
            &['牛'],
            &['头'],
            &['子'],
        ];
        const LABELS: [[char; 2]; 4] = [['小', '名'], ['乳', '名'], ['外', '号'], ['绰', '号']];
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(2) {
            if !Self::clause_start(ctx, i)
                || !self.surnames.has(ctx.chars[i])
                || !one_of(chars!(ORDER), ctx.chars[i + 1])
            {
                continue;
            }
            let Some(end) = ENDINGS.iter().find(|w| Self::starts_with_at(ctx, i + 2, w)).map(|w| i + 2 + w.len())
            else {
                continue;
            };
            let closes = ctx.chars.get(end).is_none_or(|&c| !is_han(c) || one_of(chars!("系是"), c));
            let sentence_end = (end..n).find(|&k| one_of(chars!("。；;！!？?\n"), ctx.chars[k])).unwrap_or(n);
            let labelled = (end..sentence_end).any(|k| LABELS.iter().any(|w| Self::starts_with_at(ctx, k, w)));
            if closes && labelled && !ctx.covered[i..end].iter().any(|&c| c) {
                out.push((Rank::Nickname, i, end));
            }
        }
    }

    /// 尹有才在勐董镇打零工, 经办人：字有才, 王有德代签: 有 is a function word, yet 有 and a word of fortune or virtue
    /// (才 德 福 财 …) is one of the commonest given names of the countryside. After a surname standing apart on
    /// the left, and before a boundary, a function word, a cue or an everyday word, it is a name (具有良好,
    /// 享有福利: the surname's character and 有 make a word).
    fn you_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const SECOND: &str = "才德福财根田粮富贵林生山明志成良亮军华龙祥发旺仁义礼信泉金银全喜";
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(2) {
            let c = ctx.chars[i];
            if ctx.chars[i + 1] != '有'
                || !one_of(chars!(SECOND), ctx.chars[i + 2])
                || !(self.surnames.has(c) && !SETS.weak_surnames.has(c) || one_of(chars!(MINORITY_SURNAMES), c))
                || ctx.covered_before[i]
                || self.holds_common_word(&ctx.chars[i..i + 2])
            {
                continue;
            }
            let apart = i == 0
                || !is_han(ctx.chars[i - 1])
                || ctx.rel_end[i]
                || SETS.weak_pre_cues.has(ctx.chars[i - 1])
                || self.strong_pre_cue(ctx, i);
            let e = i + 3;
            let ends = e == n
                || !is_han(ctx.chars[e])
                || SETS.stop.has(ctx.chars[e])
                || self.post_cue_at(ctx, e)
                || self.verb_post_cue_at(ctx, e)
                || self.any_word_at(ctx, e);
            if apart && ends && !ctx.covered[i..e].iter().any(|&c| c) {
                out.push((Rank::Cue, i, e));
            }
        }
    }

    /// Whether a school's name (…学院, …高中, …幼儿园) starts at `s` and ends within `most` Han characters before
    /// its school word.
    fn school_within(ctx: &Ctx, s: usize, most: usize) -> bool {
        const SCHOOLS: [&[char]; 10] = [
            &['学', '院'],
            &['大', '学'],
            &['中', '学'],
            &['小', '学'],
            &['学', '校'],
            &['高', '中'],
            &['初', '中'],
            &['职', '校'],
            &['技', '校'],
            &['幼', '儿', '园'],
        ];
        (s..=(s + most).min(ctx.chars.len())).any(|j| {
            ctx.chars[s..j].iter().all(|&c| is_han(c)) && SCHOOLS.iter().any(|w| Self::starts_with_at(ctx, j, w))
        })
    }

    /// 蒙荣 河池学院 大三, 韦丽，都安高中: a pupil's or student's name opening a clause, then the school. A
    /// surname and one or two given characters, a space or a comma, and a school's name within ten characters.
    fn pupil_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        // (Asked of every remark: most name no school, which one pass over the characters tells.)
        if !ctx.chars.iter().any(|&c| one_of(chars!("院学中校园"), c)) {
            return;
        }
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(3) {
            let opens = i == 0 || !is_han(ctx.chars[i - 1]) || Self::clause_start(ctx, i);
            if !opens || ctx.covered_before[i] {
                continue;
            }
            for sl in self.surname_lens(ctx, i) {
                for e in [i + sl + 1, i + sl + 2] {
                    let gap = ctx.chars.get(e).is_some_and(|&c| c.is_whitespace() || matches!(c, '，' | ',' | '、'));
                    if !gap
                        || !ctx.chars[i + sl..e].iter().all(|&c| self.given_ok(c))
                        || self.holds_common_word(&ctx.chars[i..e])
                        || ctx.covered[i..e].iter().any(|&c| c)
                    {
                        continue;
                    }
                    let s = e + 1 + ctx.chars[e + 1..].iter().take_while(|c| c.is_whitespace()).count();
                    if Self::school_within(ctx, s, 8) {
                        out.push((Rank::Relation, i, e));
                    }
                }
            }
        }
    }

    /// 沂南县朱建国农资门市部, 葛新建材经营部, “唐杰养殖场”: a one-person business is named after its owner. After a
    /// place's level, a quote or the text's start, a surname and one or two given characters that a shop's ending
    /// follows, a trade word between or not, are the owner's name (a brand, 鑫源五金店, opens with no surname;
    /// 金星五金店 is a word).
    fn shop_owner_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const SHOPS: [&str; 24] = [
            "门市部",
            "经营部",
            "养殖场",
            "养殖厂",
            "种植场",
            "加工厂",
            "加工坊",
            "五金店",
            "商店",
            "小卖部",
            "超市",
            "运输队",
            "修理部",
            "维修部",
            "商行",
            "批发部",
            "农家乐",
            "饭店",
            "餐馆",
            "商贸部",
            "家庭农场",
            "百货店",
            "日杂店",
            "建材店",
        ];
        // (Asked of every remark: most name no shop, whose ending's last character one pass tells.)
        if !ctx.chars.iter().any(|&c| one_of(chars!("部场厂坊店市队行乐馆"), c)) {
            return;
        }
        let n = ctx.chars.len();
        let tail = |k: usize| ctx.chars[k..n.min(k + 8)].iter().collect::<String>();
        // (浦东新区倪杰水果店: a trade, then a bare 店 or 铺, set BX6.)
        let shop_at = |k: usize| {
            let t = tail(k);
            match SHOP_TRADES.iter().find_map(|w| t.strip_prefix(w)) {
                Some(t) => SHOPS.iter().any(|w| t.starts_with(w)) || t.starts_with(['店', '铺', '摊']),
                None => SHOPS.iter().any(|w| t.starts_with(w)),
            }
        };
        for i in 0..n.saturating_sub(3) {
            let opens = i == 0
                || one_of(chars!("县市区镇乡村旗“\"「『《 ：:，,"), ctx.chars[i - 1])
                || ctx.chars[i - 1].is_whitespace();
            if !opens || ctx.covered_before[i] {
                continue;
            }
            for sl in self.surname_lens(ctx, i) {
                // (刘家饭店, 王记饺子馆: a family's shop; 白云山养殖场: a place's.)
                // (梅河口市荣达超市, 通化县高远农家乐: a surname and one character is a brand's two auspicious
                // characters, unless the surname is among the commonest and the pair no brand word, set AY6.)
                let short_ok = |e: usize| {
                    e > i + sl + 1
                        || (sl == 1
                            && self.top_surnames.has(ctx.chars[i])
                            && !SHOP_BRANDS.iter().any(|w| ctx.chars[i..e].iter().copied().eq(w.chars())))
                };
                let e = (i + sl + 1..=(i + sl + 2).min(n)).rev().find(|&e| {
                    short_ok(e)
                        && ctx.chars[i + sl..e].iter().all(|&c| self.given_ok(c) && !one_of(chars!("家记氏"), c))
                        && !one_of(chars!("山湾岭园坡庄寨村"), ctx.chars[e - 1])
                        && !self.holds_common_word(&ctx.chars[i..i + sl + 1])
                        && e < n
                        && shop_at(e)
                });
                if let Some(e) = e
                    && !ctx.covered[i..e].iter().any(|&c| c)
                {
                    out.push((Rank::Relation, i, e));
                }
            }
        }
    }

    /// 户主与貌吞伦（缅甸籍）同居: two to four characters that a nationality in brackets follows are a foreign
    /// spouse's name, whatever they are. The name starts after a boundary, a preposition or a relation word.
    fn nationality_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for b in 2..n {
            if !matches!(ctx.chars[b], '（' | '(') {
                continue;
            }
            let inner = ctx.chars[b + 1..].iter().take(6).take_while(|&&c| is_han(c)).count();
            let closes = ctx.chars.get(b + 1 + inner).is_some_and(|&c| matches!(c, '）' | ')'));
            if !(2..=5).contains(&inner) || !closes || ctx.chars[b + inner] != '籍' {
                continue;
            }
            let start = (b.saturating_sub(4)..=b - 2).find(|&k| {
                ctx.chars[k..b].iter().all(|&c| is_han(c))
                    && !SETS.function_prefix.has(ctx.chars[k])
                    && (k == 0
                        || !is_han(ctx.chars[k - 1])
                        || ctx.rel_end[k]
                        || SETS.function_prefix.has(ctx.chars[k - 1])
                        || SETS.weak_pre_cues.has(ctx.chars[k - 1]))
            });
            if let Some(k) = start
                && !ctx.covered[k..b].iter().any(|&c| c)
                // (外籍人员（缅甸籍）, 边民（缅甸籍）: a class of people; 户籍（本县籍）, 外来媳妇（越南籍）,
                // 户主妻子（缅甸籍）: a word or a relation word.)
                && !one_of(chars!("员民工人士"), ctx.chars[b - 1])
                && !self.any_word_at(ctx, k)
                && !(k..b).any(|j| ctx.rel_start[j])
                && !one_of(chars!("户国学党其该两"), ctx.chars[k])
            {
                out.push((Rank::Cue, k, b));
            }
        }
    }

    /// 王琴，户主姐姐，聋哑: a name opening a clause, and after a comma whom that person is to the household (a
    /// relation word, or 系/是/为 and one). A listed surname and given characters, no everyday word.
    fn apposition_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(4) {
            if !(i == 0 || one_of(chars!("。；;\n"), ctx.chars[i - 1])) || !self.surnames.has(ctx.chars[i]) {
                continue;
            }
            let sl = if self.compounds.contains(&pack(&ctx.chars[i..i + 2])) { 2 } else { 1 };
            for e in [i + sl + 2, i + sl + 1] {
                let related = |k: usize| {
                    ctx.rel_start.get(k).copied().unwrap_or(false)
                        || (ctx.chars.get(k).is_some_and(|&c| one_of(chars!("系是为"), c))
                            && ctx.rel_start.get(k + 1).copied().unwrap_or(false))
                };
                if e + 2 <= n
                    && matches!(ctx.chars[e], '，' | ',')
                    && related(e + 1)
                    && ctx.chars[i + sl..e].iter().all(|&c| is_han(c) && self.given_ok(c) && !SETS.stop.has(c))
                    && !self.holds_common_word(&ctx.chars[i..e])
                    && !ctx.covered[i..e].iter().any(|&c| c)
                {
                    out.push((Rank::Cue, i, e));
                    break;
                }
            }
        }
    }

    /// 家庭成员：妻宝果普，子孙自强，女多南应: in a list of a household's members each item is a kin word and
    /// that member's name, whatever the surname (宝, 多: a Dai, Jingpo or Lisu family name no list holds). The
    /// name runs to the item's end (a separator, a bracket, a digit); two to four characters, with no everyday
    /// word, numeral or note (务农, 在读) in them. Items without a kin word at their head are left to the other
    /// rules.
    fn member_list_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for b in 2..n.saturating_sub(3) {
            if !(ctx.chars[b - 2..b] == ['成', '员'] && matches!(ctx.chars[b], '：' | ':')) {
                continue;
            }
            let mut p = b + 1;
            while p < n && !matches!(ctx.chars[p], '。' | '；' | ';' | '\n') {
                let end = (p..n)
                    .find(|&j| matches!(ctx.chars[j], '，' | ',' | '、' | ' ' | '　' | '。' | '；' | ';' | '\n'))
                    .unwrap_or(n);
                // The name ends at a bracket or a digit (女多南应（12岁）, 妻宝果普45岁).
                let stop = (p..end).find(|&j| !is_han(ctx.chars[j])).unwrap_or(end);
                let kin_end =
                    if ctx.rel_start[p] { (p + 1..=(p + 4).min(stop)).rev().find(|&j| ctx.rel_end[j]) } else { None };
                let s = kin_end.or((SETS.kin.has(ctx.chars[p])).then_some(p + 1));
                if let Some(s) = s
                    && (2..=4).contains(&(stop.saturating_sub(s)))
                    && (stop == end || matches!(ctx.chars[stop], '（' | '(') || ctx.chars[stop].is_ascii_digit())
                {
                    let run = &ctx.chars[s..stop];
                    let surnamed = self.surnames.has(run[0]) || one_of(chars!(MINORITY_SURNAMES), run[0]);
                    let plain = run
                        .iter()
                        .all(|&c| !SETS.numerals.has(c) && !SETS.anon.has(c) && !SETS.kin.has(c) && !SETS.stop.has(c));
                    let given = run[1..].iter().all(|&c| self.given_ok(c) || !SETS.common.has(c));
                    if plain
                        && (surnamed || given)
                        && !self.holds_common_word(run)
                        && !self.member_notes.contains(&pack(run))
                        && !(s..stop).any(|j| self.verb_post_cue_at(ctx, j) || ctx.rel_start[j])
                        && !ctx.covered[s..stop].iter().any(|&c| c)
                    {
                        out.push((Rank::Relation, s, stop));
                    }
                }
                p = end + 1;
            }
        }
    }

    /// 老伴福元也九十多了, 婆姨引弟常年吃药, 老伴丑女腿脚不灵便: in the north an old spouse is called by the
    /// given name alone. Right after a spouse's word, two characters that make no everyday word, begin none, and
    /// hold a given name's character (or a rural one: 丑 元 女), ending where an everyday word, a function word
    /// or a cue begins, are that name: hidden whole, as there is no surname to keep. What the spouse does or has
    /// (老伴常年卧病, 老伴身体不好, 老伴去世) starts an everyday word and is none.
    fn spouse_given_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const SPOUSES: [&[char]; 9] = [
            &['老', '伴'],
            &['老', '伴', '儿'],
            &['婆', '姨'],
            &['老', '婆'],
            &['老', '婆', '子'],
            &['媳', '妇'],
            &['媳', '妇', '子'],
            &['老', '汉'],
            &['婆', '娘'],
        ];
        const RURAL: &str = "丑元女";
        let n = ctx.chars.len();
        for i in 2..n.saturating_sub(1) {
            // (老伴儿, 老婆子: the longer word is tried one character on.)
            if !SPOUSES.iter().any(|w| i >= w.len() && ctx.chars[i - w.len()..i] == **w)
                || one_of(chars!("儿子"), ctx.chars[i])
            {
                continue;
            }
            let e = i + 2;
            let pair = &ctx.chars[i..e];
            let plain = |k: usize| {
                let c = ctx.chars[k];
                is_han(c)
                    && (!SETS.stop.has(c) || one_of(chars!(RURAL), c))
                    && !SETS.numerals.has(c)
                    && !SETS.place.has(c)
                    && !SETS.anon.has(c)
                    // (引弟, 招弟, 改妹: a girl's name of the north may end in a kin character.)
                    && (!SETS.kin.has(c) || (k > i && one_of(chars!("弟妹女"), c)))
                    && !self.word_starts(ctx, k)
                    && (!ctx.rel_start[k] || (k > i && one_of(chars!("弟妹女"), c)))
                    && !ctx.covered[k]
                    && (k == i || (!self.verb_post_cue_at(ctx, k) && !self.post_cue_at(ctx, k)))
            };
            let given = pair.iter().any(|&c| self.given_ok(c) || one_of(chars!(RURAL), c));
            let ends = e == n
                || !is_han(ctx.chars[e])
                || SETS.stop.has(ctx.chars[e])
                || self.any_word_at(ctx, e)
                || self.post_cue_at(ctx, e)
                || self.verb_post_cue_at(ctx, e);
            if plain(i)
                && plain(i + 1)
                && given
                && ends
                && !self.holds_common_word(pair)
                && !self.verb_post_cue_at(ctx, i)
                && ctx.lex_end[i - 1] <= i
            {
                out.push((Rank::Nickname, i, e));
            }
        }
    }

    /// 马尕女子代领, 由马尕六十代签, 其子韩尕虎在外: in Linxia and Qinghai 尕 ("little") after a surname opens a
    /// given name, whatever follows it (尕 is in no everyday word a surname starts). So does a Dai man's 岩 after
    /// his family's name in Dehong (其子晃岩罕购买, 思岩吞服兵役), but not in a word (黄岩区, 花岗岩石). The name runs
    /// over one or two characters after the mark, the second unless a function word or a verb that follows names
    /// begins there.
    fn ga_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(2) {
            let mark = ctx.chars[i + 1];
            let family = self.surnames.has(ctx.chars[i]) || one_of(chars!(MINORITY_SURNAMES), ctx.chars[i]);
            // (黄岩蜜橘, 龙岩市: a Han surname's character before 岩 only right after a relation word, 父亲龚岩罕.)
            let dai = mark == '岩'
                && (one_of(chars!(DAI_SURNAMES), ctx.chars[i]) || (family && ctx.rel_end[i]))
                && ctx.lex_end[i] <= i + 1
                && ctx.chars.get(i + 2).is_some_and(|&c| !SETS.place.has(c) && !ADMIN.contains(c))
                && !ctx.chars.get(i + 1..i + 3).is_some_and(|w| self.holds_common_word(w));
            if !((mark == '尕' && family) || dai) || ctx.covered_before[i] {
                continue;
            }
            // (骑马尕娃: the surname's character closing a word before it; a name stands apart on the left.)
            let apart = i == 0
                || !is_han(ctx.chars[i - 1])
                || ctx.rel_end[i]
                || SETS.weak_pre_cues.has(ctx.chars[i - 1])
                || self.strong_pre_cue(ctx, i);
            let given = |k: usize| {
                ctx.chars.get(k).is_some_and(|&c| {
                    is_han(c) && !SETS.stop.has(c) && !self.verb_post_cue_at(ctx, k) && !self.post_cue_at(ctx, k)
                })
            };
            if !apart || !given(i + 2) {
                continue;
            }
            // (晃岩罕|购买: not where an everyday word begins, unless the name closes cleanly after it: 马尕女子|代领.)
            let closes = ctx.chars.get(i + 4).is_none_or(|&c| !is_han(c) || SETS.stop.has(c))
                || self.verb_post_cue_at(ctx, i + 4)
                || self.post_cue_at(ctx, i + 4);
            let e = if given(i + 3) && (closes || !self.any_word_at(ctx, i + 3)) { i + 4 } else { i + 3 };
            if !ctx.covered[i..e].iter().any(|&c| c) {
                out.push((Rank::Cue, i, e));
            }
        }
    }

    /// 由卯兴芝抚养, 由村民者欣担任照料人, 由江阿布力照料: who looks after someone is a person, whatever their
    /// surname. After 由 (and a villager's word), two to four characters that close before a word of care are a
    /// name when they read as one without a listed surname (see `unlisted_name`), and a two-character one must
    /// open with a surname. Everyday words, places and offices (由村里照料, 由敬老院代为照料, 由亲戚照顾) are not.
    fn care_frame_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        // (由村委会黄文海送至救助站: a cadre of the village named after the body.)
        const ROLES: [&[char]; 7] = [
            &['村', '民'],
            &['邻', '居'],
            &['村', '医'],
            &['村', '委', '会'],
            &['村', '干', '部'],
            &['网', '格', '员'],
            &['村', '支', '书'],
        ];
        const ADVERBS: [&[char]; 8] = [
            &['负', '责'],
            &['代', '为'],
            &['一', '同'],
            &['帮', '忙'],
            &['长', '期'],
            &['临', '时'],
            &['暂', '时'],
            &['继', '续'],
        ];
        const CARE: [&[char]; 18] = [
            &['抚', '养'],
            &['照', '料'],
            &['照', '顾'],
            &['照', '看'],
            &['看', '护'],
            &['监', '护'],
            &['赡', '养'],
            &['扶', '养'],
            &['护', '理'],
            &['代', '管'],
            &['担', '任'],
            &['代', '签'],
            &['代', '领'],
            &['代', '办'],
            &['送', '至'],
            &['送', '到'],
            &['护', '送'],
            &['陪', '同'],
        ];
        let n = ctx.chars.len();
        for i in 0..n {
            // (理由, 自由, 缘由, 经由: 由 closing a word is no preposition.)
            // (委托字桂香照料, 指定岩板监护: whom a carer is entrusted to, or appointed.)
            let mut s = if ctx.chars[i] == '由' && !(i > 0 && one_of(chars!("理自缘经来事"), ctx.chars[i - 1])) {
                i + 1
            } else if Self::starts_with_at(ctx, i, &['委', '托']) || Self::starts_with_at(ctx, i, &['指', '定']) {
                i + 2
            } else {
                continue;
            };
            if let Some(r) = ROLES.iter().find(|w| Self::starts_with_at(ctx, s, w)) {
                s += r.len();
            }
            // (老人由其子建华赡养: a relation word, and the given name alone.)
            let rel_end = (s + 1..(s + 4).min(n)).rev().find(|&j| ctx.rel_end[j]);
            let related = s < n && ctx.rel_start[s] && rel_end.is_some();
            if related {
                s = rel_end.unwrap_or(s);
            }
            for len in [2, 3, 4] {
                let e = s + len;
                if e + 2 > n || !ctx.chars[s..e].iter().all(|&c| is_han(c)) {
                    continue;
                }
                let mut v = e;
                if let Some(a) = ADVERBS.iter().find(|w| Self::starts_with_at(ctx, v, w)) {
                    v += a.len();
                }
                if !CARE.iter().any(|w| Self::starts_with_at(ctx, v, w)) {
                    continue;
                }
                let run: String = ctx.chars[s..e].iter().collect();
                let surnamed = self.surnames.has(ctx.chars[s]) || one_of(chars!(MINORITY_SURNAMES), ctx.chars[s]);
                let named = if len == 2 {
                    (surnamed || (related && self.given_ok(ctx.chars[s]))) && self.given_ok(ctx.chars[s + 1])
                } else {
                    self.unlisted_name(&run)
                }
                        // (由村委会黄文海送至: a listed surname and given characters.)
                        || (len == 3 && surnamed && ctx.chars[s + 1..e].iter().all(|&c| self.given_ok(c)))
                        || (len == 2 && ctx.chars[s] == '岩');
                // (由左邻右舍照看: an everyday word at its head; a Dai man's 岩 and one character is a name whatever
                // word they make, 指定岩板监护.)
                if named
                    && (ctx.lex_end[s] == 0 || (len == 2 && ctx.chars[s] == '岩'))
                    && self.relation_prefix(&run) == 0
                    && !ctx.chars[s..e].iter().any(|&c| SETS.place.has(c) || one_of(chars!("所会委府家亲友属"), c))
                    && !ctx.covered[s..e].iter().any(|&c| c)
                {
                    // (A given name alone is hidden whole: no surname to keep.)
                    out.push((if related && !surnamed { Rank::Nickname } else { Rank::Cue }, s, e));
                }
                break;
            }
        }
    }

    /// 阿珍说…, 村里人都叫他阿强, 刘泽军（阿军）: a southern nickname, 阿 or 亚 and one common given character,
    /// standing apart on the left (a clause's start, a bracket, a cue, 叫) and ending cleanly. A kin word
    /// (阿姨, 阿婆, 阿妹) or an everyday word (亚洲, 亚军) is none. Masked as a name: 阿 stays, as a surname would.
    /// 铁蛋（申立伟小名）, 阿毛是伊小名, 二娃他爹杨军说: two characters the text says are someone's 小名, or a
    /// childhood name (cues.toml [word_given]: 二娃, 狗剩) before 他爹 or 他娘, opening a clause.
    fn childhood_nicknames(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const LABELS: [[char; 2]; 4] = [['小', '名'], ['乳', '名'], ['外', '号'], ['绰', '号']];
        const PARENTS: [[char; 2]; 6] =
            [['他', '爹'], ['他', '娘'], ['她', '爹'], ['她', '娘'], ['他', '爸'], ['他', '妈']];
        // (红满他老伴前年走了, 桂兰他当家的…: a spouse the same way, after a name of two characters.)
        const SPOUSES: [&[char]; 6] = [
            &['他', '老', '伴'],
            &['她', '老', '伴'],
            &['他', '当', '家'],
            &['她', '当', '家'],
            &['她', '男', '人'],
            &['他', '媳', '妇'],
        ];
        let n = ctx.chars.len();
        let labelled_at = |k: usize| LABELS.iter().any(|w| Self::starts_with_at(ctx, k, w));
        for i in 0..n.saturating_sub(3) {
            let e = i + 2;
            // (A numeral is in many: 二娃, 阿三.)
            let plain = |c: char| is_han(c) && (!SETS.stop.has(c) || SETS.numerals.has(c)) && !SETS.anon.has(c);
            // 阿毛（贺某某）随爷爷奶奶生活, 来福（夏英妮）智力残疾: what opens a clause before a bracketed name is
            // that person's other name.
            if let Some(e) = self.alias_before_bracketed_name(ctx, i, e) {
                out.push((Rank::Nickname, i, e));
                continue;
            }
            // 老支书总说光明这孩子命苦: a given name that is an everyday word ([word_given]), said of "this child".
            const THIS_CHILD: [&[char]; 3] = [&['这', '孩', '子'], &['这', '娃'], &['这', '伢']];
            // (老人自述：“建国走后，家里就剩我一个了。”, “跃进每个月只给我两百块”: one opening a quote, before what
            // the person did.)
            const DID: [&[char]; 5] =
                [&['走', '后'], &['走', '了'], &['小', '时', '候'], &['每', '个', '月'], &['一', '直']];
            let quoted = i > 0 && ctx.chars[i - 1] == '“' && DID.iter().any(|w| Self::starts_with_at(ctx, e, w));
            if i > 0
                && one_of(chars!("说讲“"), ctx.chars[i - 1])
                && self.word_given.contains(&pack(&ctx.chars[i..e]))
                && (quoted || THIS_CHILD.iter().any(|w| Self::starts_with_at(ctx, e, w)))
            {
                out.push((Rank::Nickname, i, e));
                continue;
            }
            if !(i == 0 || !is_han(ctx.chars[i - 1]) || Self::clause_start(ctx, i))
                || !ctx.chars[i..e].iter().all(|&c| is_han(c) && !SETS.anon.has(c))
            {
                continue;
            }
            // X（…小名）: the label closes the bracket, within ten characters.
            let label_closes = |b: usize| {
                matches!(ctx.chars.get(b), Some('（' | '('))
                    && (b + 1..(b + 10).min(n))
                        .any(|k| labelled_at(k) && matches!(ctx.chars.get(k + 2), Some('）' | ')')))
            };
            // (老疙瘩（户主小儿子的小名）: three characters the same way, a kin word's too when the text says it is
            // one child's name.)
            if i + 3 < n && ctx.chars[i..i + 3].iter().all(|&c| plain(c) || c == '老') && label_closes(i + 3) {
                out.push((Rank::Nickname, i, i + 3));
                continue;
            }
            // (来娣他爹去年走了: before 他爹 a particle's character (来) may open the name.)
            let all_plain = ctx.chars[i..e].iter().all(|&c| plain(c));
            let bracketed = label_closes(e);
            // X是伊小名, X是他的小名, X是老人小名.
            let called = ctx.chars[e] == '是'
                && (e + 1..=e + 4).any(|k| {
                    labelled_at(k) && ctx.chars[e + 1..k].iter().all(|&c| one_of(chars!("伊他她其老人我俺的"), c))
                });
            // (二娃 is also a kin word, the second child (二娃田燕英在成都送外卖); before 他爹 it is the child.)
            let parent = self.word_given.contains(&pack(&ctx.chars[i..e]))
                && (PARENTS.iter().any(|w| Self::starts_with_at(ctx, e, w))
                    || THIS_CHILD.iter().any(|w| Self::starts_with_at(ctx, e, w)));
            // 银锁他娘冉某常年在外: any childhood name opening a clause before 他娘 or 他爹, not an everyday word
            // (孩子他爹) or a relation word.
            // (由娃他妈付燕敏背出来: a preposition before a relation word is no childhood name.)
            let preposition_then_relation = SETS.function_prefix.has(ctx.chars[i]) && ctx.rel_start[i + 1];
            let any_parent = (PARENTS.iter().any(|w| Self::starts_with_at(ctx, e, w))
                || SPOUSES.iter().any(|w| Self::starts_with_at(ctx, e, w)))
                && !self.holds_common_word(&ctx.chars[i..e])
                && !ctx.rel_start[i]
                && !preposition_then_relation
                && !ctx.chars[i..e].iter().any(|&c| one_of(chars!("他她我你俺咱孩了着过的得地是"), c));
            if ((bracketed || (called && !ctx.rel_start[i])) && all_plain) || (parent && all_plain) || any_parent {
                out.push((Rank::Nickname, i, e));
            }
        }
        // 何建国家狗蛋辍学在家: a child's name after a named household and 家, before what the child does.
        for k in 2..n.saturating_sub(3) {
            if ctx.chars[k] != '家' || ctx.rel_end[k + 1] {
                continue;
            }
            // (张**家, 王某家: a masked or anonymised name keeps its surname before the stars; 110105****家 is a
            // masked number, no household, and masking the text again must find nothing new there.)
            // (The surname opens a clause either way, so 户主张桂荣家时大说 and its masked 户主张**家时大说 read
            // alike: masking the text again must find nothing new.)
            let opens = |j: usize| j == 0 || !is_han(ctx.chars[j - 1]) || Self::clause_start(ctx, j);
            let anon = ctx.chars[..k].iter().rev().take_while(|&&c| SETS.anon.has(c)).count();
            let anonymised =
                (1..=3).contains(&anon) && k > anon && opens(k - anon - 1) && self.is_surname_start(ctx, k - anon - 1);
            // (张**银行卡家时生说: 银行卡 opens with a surname's character but is a word, no household.)
            let named = (k.saturating_sub(4)..k)
                .any(|j| opens(j) && self.is_surname_start(ctx, j) && !self.common_word_at(ctx, j))
                && !SETS.place.has(ctx.chars[k - 1]);
            let named = named || anonymised;
            if !named {
                continue;
            }
            let s = k + 1;
            // (龙建华家丫头辍学在家, 杨建华家石头辍学: before what only a child does, whatever the household calls
            // the child is that child's name, a word or not; hiding a kin word there hides no one else.)
            const CHILD: [&[char]; 6] =
                [&['辍', '学'], &['上', '学'], &['在', '读'], &['读', '书'], &['念', '书'], &['上', '幼']];
            if let Some(e) = (s + 2..=(s + 3).min(n)).find(|&e| {
                let child = CHILD.iter().any(|w| Self::starts_with_at(ctx, e, w));
                (self.verb_post_cue_at(ctx, e) || child)
                    && ctx.chars[s..e].iter().all(|&c| is_han(c) && !SETS.stop.has(c) && !SETS.anon.has(c))
                    && (child || !self.holds_common_word(&ctx.chars[s..e]))
                    && (s..e).all(|j| !ctx.rel_start[j] && (child || !ctx.covered[j]) && !self.verb_post_cue_at(ctx, j))
            }) {
                out.push((Rank::Nickname, s, e));
            }
        }
        // 村里人都叫他狗蛋, 村里人叫颜水阿狗，本名少有人叫: what the village calls someone, up to a punctuation
        // mark or the end; after a name, the last two characters. (叫他回来 and the like: not a verb there.)
        for k in 1..n.saturating_sub(2) {
            if ctx.chars[k] != '叫' || !one_of(chars!("里人家都们"), ctx.chars[k - 1]) {
                continue;
            }
            let pronoun = one_of(chars!("他她"), ctx.chars[k + 1]);
            let s = k + 1 + usize::from(pronoun);
            let run = ctx.chars[s.min(n)..].iter().take(7).take_while(|&&c| is_han(c) && !SETS.anon.has(c)).count();
            let ends = s + run == n || !is_han(ctx.chars[s + run]);
            // (叫他来福，: 来 and a given-name character ending the clause are a name, not 叫他来.)
            let named = run == 2 && ctx.chars[s] == '来' && self.given_ok(ctx.chars[s + 1]);
            if !ends || run == 0 || (one_of(chars!("回来去过帮签到别不快赶做干把给"), ctx.chars[s]) && !named)
            {
                continue;
            }
            match (pronoun, run) {
                (true, 2..=3) => out.push((Rank::Nickname, s, s + run)),
                (false, 4..=6) => {
                    out.push((Rank::Nickname, s + run - 2, s + run));
                    if self.is_surname_start(ctx, s) {
                        out.push((Rank::Cue, s, s + run - 2));
                    }
                }
                _ => {}
            }
        }
        // 她大儿子叫先锋，在深圳打工: what a relation word says the person is called, two or three characters up to a
        // punctuation mark or the end, whatever they are. (儿子叫他回来, 孙子叫什么: a pronoun or a question is no
        // name, nor is a run that goes on.)
        for k in 2..n.saturating_sub(2) {
            if ctx.chars[k] != '叫' || !ctx.rel_end[k + 1] {
                continue;
            }
            let run = ctx.chars[k + 1..].iter().take(4).take_while(|&&c| is_han(c) && !SETS.anon.has(c)).count();
            if (2..=3).contains(&run) && ctx.chars.get(k + 1 + run).is_none_or(|&c| !is_han(c)) {
                out.push((Rank::Relation, k + 1, k + 1 + run));
            }
        }
        // 乳名三毛, 小名叫拴住: what follows the label, two or three characters up to a boundary, whatever they are.
        for k in 0..n.saturating_sub(3) {
            // (佟二小名下有车辆: 名下 is "in the name of", not a label.)
            if !labelled_at(k) || ctx.chars[k + 2] == '下' {
                continue;
            }
            let s = k + 2 + usize::from(one_of(chars!("叫是为：:"), ctx.chars[k + 2]));
            // (小名“二丫”: in quotes.)
            let s = s + usize::from(ctx.chars.get(s).is_some_and(|&c| one_of(chars!("“「『\"‘"), c)));
            // (Any character but an anonymised one: 拴住, 狗剩; 小名叫什么, 乳名不详 name no one.)
            let run = ctx.chars[s.min(n)..].iter().take(4).take_while(|&&c| is_han(c) && !SETS.anon.has(c)).count();
            if run < 2 || one_of(chars!("什啥不没无未也都就还已"), ctx.chars[s]) {
                continue;
            }
            if let Some(e) = [s + 2, s + 3].into_iter().find(|&e| e <= s + run && self.plain_boundary_after(ctx, e)) {
                out.push((Rank::Nickname, s, e));
            }
        }
    }

    /// Where a clause-opening nickname of two or three characters from `i` (at least to `e`) ends when a
    /// bracketed surname-led name follows it: 阿毛（贺某某）, 幺妹儿（王芳）. Not a relation word (其子（王芳）).
    fn alias_before_bracketed_name(&self, ctx: &Ctx, i: usize, e: usize) -> Option<usize> {
        let n = ctx.chars.len();
        if !(i == 0 || Self::clause_start(ctx, i)) || ctx.rel_start[i] {
            return None;
        }
        let end = (e..=(e + 1).min(n - 1)).find(|&k| matches!(ctx.chars[k], '（' | '('))?;
        // (A stop character too: 来福.)
        if !ctx.chars[i..end].iter().all(|&c| is_han(c) && !SETS.anon.has(c)) || ctx.chars[i] == '和' {
            return None;
        }
        let b = end + 1;
        let close = (b + 2..=(b + 14).min(n - 1)).find(|&k| matches!(ctx.chars[k], '）' | ')'))?;
        let inner = &ctx.chars[b..close];
        // (铁蛋（迪丽努尔・吾斯曼）: a dotted name.)
        let dotted = inner.iter().filter(|&&c| SETS.dots.has(c)).count() == 1
            && inner.iter().all(|&c| is_han(c) || SETS.dots.has(c))
            && inner.len() >= 4;
        // (同意（全票）, 乡镇（盖章）: two characters that make an everyday word are no name, nor is a word of the
        // lexicon filling the bracket.)
        // (补贴（金额另计）, 低保金（王芳代领）: an everyday word before the bracket, or opening it, set AU2.)
        let word = (inner.len() == 2 && self.holds_common_word(inner))
            || ctx.lex_end[b] >= close
            || self.common_word_at(ctx, b)
            || self.holds_common_word(&ctx.chars[i..end]);
        let named = dotted
            || (inner.len() <= 4
                && !word
                && self.is_surname_start(ctx, b)
                && inner[1..].iter().all(|&c| (is_han(c) && !SETS.stop.has(c)) || SETS.anon.has(c) || c == '*'));
        named.then_some(end)
    }

    /// Southern nicknames: 珠仔说她阿嬷…, 大孙娥仔在泉州读书, 锐妹讲…, 老喜讲…: a character and 仔 or 妹, or 老 and a
    /// character, set apart on the left (a clause's start, a relation word, a preposition) and followed by a
    /// verb or a cue. Kin words (大仔, 细仔, 表妹, 老伴) and everyday words (仔细, 老家) are none.
    fn southern_nicknames(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        let n = ctx.chars.len();
        for i in 0..n.saturating_sub(2) {
            let (c0, c1) = (ctx.chars[i], ctx.chars[i + 1]);
            let suffixed = matches!(c1, '仔' | '妹')
                && is_han(c0)
                && !one_of(chars!("大细小二三四五老表堂师学姐兄弟妹侄外孙女子后"), c0)
                && !SETS.stop.has(c0)
                && !SETS.anon.has(c0);
            // (老江家, 老李说: 老 before a surname is how one calls a man by his surname, which stays readable.)
            let prefixed = c0 == '老'
                && self.given_ok(c1)
                && !one_of(chars!(KIN_CHARS), c1)
                && !self.frequent_surnames.has(c1)
                && !one_of(chars!("家户"), ctx.chars[i + 2]);
            if !(suffixed || prefixed) || self.common_word_at(ctx, i) || ctx.lex_end[i] > i + 1 || ctx.covered[i] {
                continue;
            }
            let e = i + 2;
            // (据反映坤仔在镇上开摩的: or a word that introduces a person.)
            let apart = Self::clause_start(ctx, i)
                || ctx.rel_end[i]
                || !is_han(ctx.chars[i - 1])
                || Self::weak_pre_at(ctx, i)
                // (据反映厂妹说, 牛仔, 靓妹: a word for a kind of person is no name; only a name's character.)
                || ((self.strong_pre_cue(ctx, i) || self.framed_left(ctx, i)) && self.given_ok(c0));
            // (阿妹 is a younger sister as often as a name: only 阿妹是其孙女, not 阿妹在家照顾老人.)
            let sister = c0 == '阿' || c0 == '亚';
            let cue = ctx.chars[e] == '是'
                || (!sister
                    && (self.verb_post_cue_at(ctx, e)
                        || self.post_cue_at(ctx, e)
                        || one_of(chars!("说讲在"), ctx.chars[e])));
            if apart && cue {
                out.push((Rank::Cue, i, e));
            }
        }
    }

    fn nickname_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        const KIN_TITLES: &str = "姨婆公伯爸妈哥弟妹叔嫂姐爷奶舅婶姑爹娘仔女母父";
        let n = ctx.chars.len();
        // 村里人都叫“玉国”: what people call someone, in quotes after 叫, is a name (two or three characters).
        // (人称“瘦猴”, 自称“靓仔明”, 老人称“番薯强”是…, 外号：“大只佬”: what someone is called by others or by
        // themself; set H2.)
        let labelled = |k: usize| {
            let k = if k > 0 && matches!(ctx.chars[k - 1], '：' | ':' | '为' | '是') { k - 1 } else { k };
            k >= 1
                // (简称“特困”, 名称“低保”: not what a person is called.)
                && ((ctx.chars[k - 1] == '称' && k >= 2 && one_of(chars!("人自昵"), ctx.chars[k - 2]))
                    || (k >= 2 && matches!(ctx.chars[k - 2..k], ['又' | '别' | '外' | '绰' | '诨', '名' | '号'])))
        };
        for i in 2..n.saturating_sub(2) {
            // (村里人都叫他“杨二妮”: or after 叫他, 喊她, 称他.)
            let called = ctx.chars[i - 2] == '叫'
                || (i >= 3 && matches!(ctx.chars[i - 2], '他' | '她') && one_of(chars!("叫喊称"), ctx.chars[i - 3]))
                || labelled(i - 1);
            // (户主吴淑芬（又名跛脚伦）: a name given after 又名 with no quotes, up to the bracket's close.)
            if ctx.chars[i - 1] != '“' && labelled(i) && !labelled(i - 1) && ctx.chars[i - 1] != '称' {
                let len = ctx.chars[i..].iter().take(5).take_while(|&&c| is_han(c)).count();
                if (2..=4).contains(&len) && ctx.chars.get(i + len).is_none_or(|&c| one_of(chars!("）)，,。；;、 "), c))
                {
                    out.push((Rank::Nickname, i, i + len));
                }
                continue;
            }
            if ctx.chars[i - 1] != '“' || !called {
                continue;
            }
            let len = ctx.chars[i..].iter().take(4).take_while(|&&c| is_han(c) && !SETS.stop.has(c)).count();
            if (2..=3).contains(&len) && ctx.chars.get(i + len) == Some(&'”') {
                out.push((Rank::Nickname, i, i + len));
            }
        }
        for i in 0..n.saturating_sub(1) {
            let c1 = ctx.chars[i + 1];
            if !matches!(ctx.chars[i], '阿' | '亚' | '小') {
                continue;
            }
            // (陈姨说阿根晚上常咳嗽, 叫他阿强: after a verb of speaking or calling, or a relation word, the
            // nickname is certain: a rarer character (阿棉, 阿惜) or an everyday word (阿根, 阿美) will do.)
            // (老人委托阿美代领, 平时由阿乌送饭照顾, 阿金是其侄仔, 阿珠、阿兰两兄弟: a cue word on either side, or
            // another nickname before it in a list, makes it as certain.)
            let e = i + 2;
            let cue_after = e < n && (self.verb_post_cue_at(ctx, e) || self.post_cue_at(ctx, e));
            let listed_after_nickname =
                i >= 3 && SETS.list_separators.has(ctx.chars[i - 1]) && matches!(ctx.chars[i - 3], '阿' | '亚');
            // (陈清泉（乡里人称阿泉）: 称 too, set CF4.)
            // (仔阿平在东莞打工, 侄仔阿勇在广东: 仔, a son in Guangxi and Guangdong, opening its clause or after 侄 or
            // 孙, set CG1.)
            let zai = i > 0
                && ctx.chars[i - 1] == '仔'
                && (i == 1 || !is_han(ctx.chars[i - 2]) || one_of(chars!("侄孙外表"), ctx.chars[i - 2]));
            let called = zai
                || (i > 0 && one_of(chars!("叫说找问称"), ctx.chars[i - 1]))
                || (i > 1 && ctx.chars[i - 2] == '叫' && matches!(ctx.chars[i - 1], '他' | '她'))
                || ctx.rel_end[i]
                || (ctx.chars[i] != '小'
                    && (self.strong_pre_cue(ctx, i)
                        || Self::weak_pre_at(ctx, i)
                        || cue_after
                        || listed_after_nickname));
            // (大家都叫他小红, 小名小强: 小 and a given name's character only where the nickname is certain,
            // and never an everyday word: 其子小学毕业. 叫他小花, 小名小妹 and 小英是其孙女 are certain even when
            // the pair is a word.)
            // (小学是其就读学校: before 是其 a character of everyday words makes the word.)
            let labelled = i > 1 && matches!(ctx.chars[i - 2..i], ['小' | '乳', '名']);
            let sure_small = ctx.chars[i] == '小'
                && (self.given_ok(c1) || (labelled && is_han(c1)))
                && ((i > 1 && ctx.chars[i - 2] == '叫' && matches!(ctx.chars[i - 1], '他' | '她'))
                    || labelled
                    || (Self::starts_with_at(ctx, e, &['是', '其']) && !SETS.common.has(c1)));
            if ctx.chars[i] == '小' && !(called && self.given_ok(c1) && !self.common_word_at(ctx, i)) && !sure_small {
                continue;
            }
            let rare = is_han(c1)
                && !SETS.common.has(c1)
                && !SETS.stop.has(c1)
                && !SETS.numerals.has(c1)
                && !SETS.place.has(c1);
            // (寻隔壁阿三: a numeral is a child's nickname where the nickname is certain.)
            let name_like = self.given_ok(c1)
                || (called && rare)
                || (called && ctx.chars[i] == '阿' && one_of(chars!("二三四五六七八九"), c1));
            if !name_like
                // (小名小妹: after the label a kin title is the nickname.)
                || (one_of(chars!(KIN_TITLES), c1) && !(sure_small && labelled))
                || (self.common_word_at(ctx, i) && !(called && self.given_ok(c1)) && !sure_small)
                || ctx.lex_end[i] > if sure_small { i + 2 } else { i + 1 }
                || ctx.covered_before[i]
            {
                continue;
            }
            let apart = self.minority_name_apart(ctx, i) || called || sure_small;
            let ends = e == n
                || !is_han(ctx.chars[e])
                // (阿亚格村, 阿克苏: a transliterated place name runs on.)
                || (!self.given_ok(ctx.chars[e])
                    && !self.name_run.has(ctx.chars[e])
                    && !self.common_word_at(ctx, i + 1)
                    && !ctx.chars[e..(e + 3).min(n)].iter().any(|&c| SETS.place.has(c)))
                || SETS.list_separators.has(ctx.chars[e])
                || one_of(chars!(VERB_PARTICLES), ctx.chars[e])
                || one_of(chars!("的说是也都就和与"), ctx.chars[e])
                || self.verb_post_cue_at(ctx, e)
                || self.post_cue_at(ctx, e)
                || self.weak_post_cue_at(ctx, e)
                || (self.common_word_at(ctx, e) && !self.common_word_at(ctx, i + 1));
            // (投靠娘家阿吉家支: a Yi clan named by its family name, no one's nickname, set CF2.)
            let clan = matches!(ctx.chars.get(e..e + 2), Some(['家', '支' | '族']));
            if apart && ends && !clan {
                out.push((Rank::Cue, i, e));
            }
        }
        // 同村上官老三代为保管, 由王老三代领: a surname and 老 with a child's rank (老三, 老幺) is what a village
        // calls a man, standing apart on the left. (老大难, 老大爷: a word or a kin title running on is not.)
        if !ctx.chars.contains(&'老') {
            return;
        }
        for i in 0..n.saturating_sub(3) {
            // (A surname runs one to four characters; 老 follows it.)
            if !ctx.chars[i + 1..(i + 5).min(n)].contains(&'老') {
                continue;
            }
            for sl in self.surname_lens(ctx, i) {
                let e = i + sl + 2;
                if e > n
                    || ctx.chars[i + sl] != '老'
                    || !one_of(chars!("大二三四五六七八九幺满"), ctx.chars[i + sl + 1])
                    || (sl == 1 && SETS.weak_surnames.has(ctx.chars[i]))
                    || ctx.covered_before[i]
                    || ctx.chars.get(e).is_some_and(|&c| one_of(chars!("难爷娘妈哥姐叔婶伯届师板总乡表"), c))
                {
                    continue;
                }
                let apart = self.minority_name_apart(ctx, i)
                    // (现租住江老满家房屋: whose house someone lives in.)
                    || (i > 0 && one_of(chars!("由与和被给同向跟对把让找叫住在到"), ctx.chars[i - 1]));
                if apart {
                    out.push((Rank::Cue, i, e));
                }
            }
        }
    }

    /// 与土比阿衣共同生活, 与密金山一起生活: whom someone lives with, between 与 and 共同生活, is a person whatever the
    /// surname (a Yi name has none; 密 is rare): two to four Han characters holding no relation word, pronoun or
    /// everyday word (与家人, 与其子女, 与他人, 与亲戚共同生活 name no one).
    fn cohabitant_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        // (与草毛同户, 与李毛共用一张社保卡: set C4.)
        const AFTER: [&[char]; 7] = [
            &['共', '同', '生', '活'],
            &['一', '起', '生', '活'],
            &['共', '同', '居', '住'],
            &['一', '起', '居', '住'],
            &['同', '户', '，'],
            &['共', '用', '一'],
            &['合', '用', '一'],
        ];
        let n = ctx.chars.len();
        for i in (0..n).filter(|&i| ctx.chars[i] == '与') {
            let s = i + 1;
            // (与阿比尔坡同住一间.)
            let lives_with = |e: usize| {
                AFTER.iter().any(|w| Self::starts_with_at(ctx, e, w)) || Self::starts_with_at(ctx, e, &['同', '住'])
            };
            let Some(e) = (s + 2..=(s + 4).min(n)).find(|&e| lives_with(e)) else {
                continue;
            };
            let span = &ctx.chars[s..e];
            let plain = span.iter().all(|&c| {
                is_han(c) && !SETS.anon.has(c) && !SETS.stop.has(c) && !one_of(chars!("他她我你俺咱其本该众亲家"), c)
            });
            let related = (s..e).any(|j| ctx.rel_start[j] || ctx.rel_end[j + 1]);
            let word = (s..e).any(|j| ctx.covered[j]) || (span.len() == 2 && self.holds_common_word(span));
            if plain && !related && !word {
                out.push((Rank::Cue, s, e));
            }
        }
    }

    /// Names with 氏: an old record's married woman, her husband's surname and her own (孟徐氏, 王李氏), and a
    /// Vietnamese woman's name, where 氏 stands between the surname and the given name (阮氏红, 黎氏青香). Both
    /// stand apart: a boundary, a relation word or a clause's start before, a boundary, a separator, a
    /// conjunction or a cue after. 陈氏宗祠 and 张氏家族 name a clan, not a woman.
    fn shi_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        // (And the Jing of Guangxi: 苏氏梅, 龚氏兰.)
        const VIETNAMESE: &str = "阮范黎裴武黄陈胡吴潘杜丁邓何段林郑刘吕杨谢苏龚罗严韦";
        // What goes on from 氏 in a clan's or a firm's name (陈氏宗祠, 黄氏兄弟, 李氏企业).
        const CLAN: &str = "宗家族祖兄姐弟妹企集太后子孙门";
        const AFTER: &str = "与和系及同持随在为的于已均";
        let n = ctx.chars.len();
        let apart_before =
            |i: usize| i == 0 || !is_han(ctx.chars[i - 1]) || ctx.rel_end[i] || Self::clause_start(ctx, i);
        let ends = |e: usize| {
            e == n
                || !is_han(ctx.chars[e])
                || SETS.list_separators.has(ctx.chars[e])
                || one_of(chars!(AFTER), ctx.chars[e])
                || ctx.cues[e] != 0
        };
        for i in 0..n {
            if !self.surnames.has(ctx.chars[i]) {
                continue;
            }
            // Two surnames and 氏 are a married woman's name wherever they stand (俺娘马刘氏走了以后, 身份证名
            // 董吴氏), unless a word goes on from 氏 (华氏度, 氏族). (无名氏 is a word: no one's name.)
            if i + 2 < n
                && ctx.chars[i + 2] == '氏'
                && self.surnames.has(ctx.chars[i + 1])
                && !ctx.chars.get(i + 3).is_some_and(|&c| one_of(chars!("族度"), c))
                && ctx.lex_end[i] < i + 3
                // (河南卢氏农村商业银行, 卢氏县: not inside a word, 河南, nor before a level or a bank's word; 卢氏 is a
                // county.)
                && !ctx.covered_before[i]
                && !ctx.chars.get(i + 3).is_some_and(|&c| one_of(chars!("县市镇乡村区农商信"), c))
                // (唐山市丰润区周氏包装制品有限公司: 区 ends the district's name there, after Han characters and no
                // relation word; 老伴区何氏 is a name.)
                && !(one_of(chars!("区县市镇乡村旗"), ctx.chars[i])
                    && i >= 2
                    && is_han(ctx.chars[i - 1])
                    && is_han(ctx.chars[i - 2])
                    && !ctx.rel_end[i])
            {
                out.push((Rank::Relation, i, i + 3));
            } else if i + 2 < n
                && ctx.chars[i + 1] == '氏'
                && one_of(chars!(VIETNAMESE), ctx.chars[i])
                && !one_of(chars!(CLAN), ctx.chars[i + 2])
            {
                // (在苏氏梅家帮厨: 家 after the name is the household's.)
                let given = ctx.chars[i + 2..].iter().take(2).take_while(|&&c| self.given_ok(c) && c != '家').count();
                // (出租给武氏兰做仓库, 去阮氏花家喝酒: inside running text one given character, whatever follows.)
                let e = (i + 2..=i + 1 + given)
                    .rev()
                    .map(|g| g + 1)
                    .find(|&e| if apart_before(i) { ends(e) } else { e == i + 3 || ends(e) });
                if let Some(e) = e {
                    // (Ranked as a relation word's name: the shape is evidence enough, and it is longer than
                    // what other rules read in it, 氏青 or 秋恒.)
                    out.push((Rank::Relation, i, e));
                }
            }
        }
    }

    /// Minority names: transliteration runs joined by middle dots (阿卜杜拉·买买提).
    fn dotted_candidates(&self, ctx: &Ctx, out: &mut Vec<(Rank, usize, usize)>) {
        // Both readings below start at a dot: a text without one has no dotted name.
        if !ctx.chars.iter().any(|&c| SETS.dots.has(c)) {
            return;
        }
        let n = ctx.chars.len();
        // (Beside a dot a few more: 阿卜杜外力·阿布力米提, 麦麦提敏·伊力亚尔, 海丽且木·斯拉木, 司马义•麦提图尔荪, 吐尔地,
        // 居来提. Everywhere they would read 外地居住 as a name.)
        let tr =
            |k: usize| ctx.chars.get(k).is_some_and(|&c| self.translit.has(c) || one_of(chars!(TRANSLIT_BY_DOT), c));
        // 阿的・日哈 alone in a cell: parts of two to four Han characters joined by dots are one name, whatever
        // the characters (本月低保·特困资金已发放 has a longer part).
        let lead = ctx.chars.iter().take_while(|c| c.is_whitespace()).count();
        let trail = ctx.chars.iter().rev().take_while(|c| c.is_whitespace()).count();
        if lead + trail < n {
            let cell = &ctx.chars[lead..n - trail];
            let parts: Vec<&[char]> = cell.split(|&c| SETS.dots.has(c)).collect();
            // (低保·特困: everyday words are categories, no name.)
            let name_part =
                |p: &[char]| (2..=4).contains(&p.len()) && p.iter().all(|&c| is_han(c)) && !self.holds_common_word(p);
            if parts.len() >= 2 && parts.iter().all(|p| name_part(p)) {
                out.push((Rank::Dotted, lead, n - trail));
                return;
            }
        }
        let mut k = 0;
        while k < n {
            let han_at = |j: usize| ctx.chars.get(j).is_some_and(|&c| is_han(c));
            // 家中唯一劳动力瓜尔佳·月娥患病: a compound surname (Manchu 瓜尔佳, 叶赫那拉) and a dot open a name
            // wherever they stand; its given name is one or two characters.
            if let Some(sl) = self.compound_before_mark(ctx, k)
                && SETS.dots.has(ctx.chars[k + sl])
                && han_at(k + sl + 1)
            {
                let g = k + sl + 1;
                let e = if han_at(g + 1)
                    && !self.post_cue_at(ctx, g + 1)
                    && !self.weak_post_cue_at(ctx, g + 1)
                    && !self.verb_post_cue_at(ctx, g + 1)
                {
                    g + 2
                } else {
                    g + 1
                };
                out.push((Rank::Dotted, k, e));
                k = e;
                continue;
            }
            // 维多利亚·陈（儿媳）, 玛丽·王、: a Western given name of three or more characters (利 among them) and
            // a Han surname alone after the dot, closing the name (not 意大利·罗马, 比利·陈在).
            if SETS.dots.has(ctx.chars[k])
                && ctx.chars.get(k + 1).is_some_and(|&c| self.surnames.has(c))
                && !han_at(k + 2)
                && k + 1 < n
            {
                let west = |j: usize| tr(j) || ctx.chars[j] == '利';
                let len = (0..k.min(6)).take_while(|&d| west(k - 1 - d)).count();
                let s = k - len;
                if len >= 3 && (s == 0 || !han_at(s - 1) || ctx.rel_end[s]) {
                    out.push((Rank::Dotted, s, k + 2));
                    k += 2;
                    continue;
                }
            }
            // 其其格‧那顺: a right part of other characters after a left part of two transliteration characters.
            let right_ok = tr(k + 1) || (k >= 2 && tr(k - 2) && han_at(k + 1));
            // (亲戚曲比・尔且: a left part not all transliteration characters is this reading's, not the next.)
            if SETS.dots.has(ctx.chars[k])
                // (其子别克波拉提·加冷: a Kazakh given name of five or six characters before the dot.)
                && let Some(s) = (2..=6).find(|&len| k >= len && ctx.rel_end[k - len] && (k - len..k).all(han_at))
                && han_at(k + 1)
                && han_at(k + 2)
                && (k == 0 || !(k - s..k).all(tr) || !right_ok)
            {
                // 家属阿松·志玛继续领取: a dotted name right after a relation word, whatever its characters.
                // (Each part after a dot is two characters, and any transliteration characters after them, up
                // to six: 阿松·志玛拉姆措姆; 阿松·志玛·拉姆 has three parts.)
                let mut e = k + 3;
                loop {
                    let part = e - 2;
                    // (儿子叶尔波拉提·叶尔波力、: any plain Han character, not a particle, a numeral or the start of
                    // an everyday word or a relation word, goes on a transliterated part too.)
                    let plain = |e: usize| {
                        let c = ctx.chars[e];
                        is_han(c)
                            && !SETS.stop.has(c)
                            && !SETS.numerals.has(c)
                            && !SETS.place.has(c)
                            && ctx.lex_end[e] == 0
                            && !ctx.rel_start[e]
                            && !self.common_word_at(ctx, e)
                    };
                    while e < n
                        && e - part < 6
                        && (tr(e) || plain(e))
                        && !self.post_cue_at(ctx, e)
                        && !self.weak_post_cue_at(ctx, e)
                        // (阿松·志玛和王建国: a conjunction before the next name.)
                        && !(one_of(chars!("和与及"), ctx.chars[e]) && self.is_surname_start(ctx, e + 1))
                    {
                        e += 1;
                    }
                    if e + 2 < n && SETS.dots.has(ctx.chars[e]) && han_at(e + 1) && han_at(e + 2) {
                        e += 3;
                    } else {
                        break;
                    }
                }
                out.push((Rank::Dotted, k - s, e));
                k = e;
                continue;
            }
            // (退款账户为阿荣·额日和木: a left part of two characters may end in a Han one when it opens with a
            // transliteration character and the right part does too.)
            let left_han = k >= 2 && !tr(k - 1) && tr(k - 2) && han_at(k - 1) && tr(k + 1);
            // 仁青．白玛, 丹增．三郎, 杨金・俄热: Tibetan and Qiang names written with a dot, in characters of any
            // kind. Two on each side of the dot, neither pair an everyday word, are a name; Tibetan syllables
            // before and after join it (扎西次仁．多吉).
            if SETS.dots.has(ctx.chars[k])
                && !((tr(k.wrapping_sub(1)) || left_han) && right_ok)
                && k >= 2
                && (k - 2..=k + 2).all(|j| j == k || han_at(j))
                && !self.holds_common_word(&ctx.chars[k - 2..k])
                && !self.holds_common_word(&ctx.chars[k + 1..k + 3])
                // (伊尔根觉罗·海英: a compound surname before the dot is the reading above.)
                && !(k.saturating_sub(5)..k).any(|j| self.compound_before_mark(ctx, j) == Some(k - j))
                // (康养·小镇, 瑞雪·丰年: a Tibetan syllable on one side, or a relation word or a cue before, says
                // it is a name.)
                && (self.tibetan.contains(&pack(&ctx.chars[k - 2..k]))
                    || self.tibetan.contains(&pack(&ctx.chars[k + 1..k + 3]))
                    || ctx.rel_end[k - 2]
                    || self.strong_pre_cue(ctx, k - 2))
                // (“福彩梦圆·孤儿助学工程”: no word on either side, and the name ends where it stops.)
                && !(k - 2..k + 3).any(|j| j != k && (ctx.covered[j] || ctx.rel_start[j]))
                && (self.ends_cleanly(ctx, k + 3) || self.plain_end(ctx, k + 3) || self.tibetan.contains(&pack(&ctx.chars[k + 3..(k + 5).min(n)])))
            {
                let syllable = |j: usize| j + 2 <= n && self.tibetan.contains(&pack(&ctx.chars[j..j + 2]));
                let mut s = k - 2;
                while s >= 2 && syllable(s - 2) && !ctx.rel_end[s] {
                    s -= 2;
                }
                let mut e = k + 3;
                while syllable(e) {
                    e += 2;
                }
                out.push((Rank::Dotted, s, e));
                k = e;
                continue;
            }
            if !SETS.dots.has(ctx.chars[k]) || k == 0 || !(tr(k - 1) || left_han) || !right_ok {
                k += 1;
                continue;
            }
            // 艾力‧帕提古丽和托合提．库尔班: a conjunction right after another dotted name starts this one.
            let conj_after_dotted = |s: usize| {
                s >= 2
                    && one_of(chars!("和与及"), ctx.chars[s - 1])
                    && ctx.chars[s.saturating_sub(12)..s - 1].iter().any(|&c| SETS.dots.has(c))
            };
            // 其子牟东德和帕提古丽·沙吾提: 和 after a name that a relation word introduced joins two names; it
            // does not start this one (苏和·布和 is one name).
            let conj_after_han = |s: usize| {
                s >= 2
                    && one_of(chars!("和与及"), ctx.chars[s - 1])
                    && [2, 3].iter().any(|&len| s > len + 1 && ctx.rel_end[s - 1 - len])
            };
            let mut s = if left_han { k - 1 } else { k };
            while s > 0
                && k - s < 12
                && tr(s - 1)
                && !ctx.rel_end[s]
                && !self.strong_pre_cue(ctx, s)
                && !conj_after_dotted(s)
                && !conj_after_han(s)
            {
                s -= 1;
            }
            // …和阿不都·托合提: the conjunction before the next dotted name is not part of this one.
            let dotted_next = |from: usize| {
                let run = ctx.chars[from.min(n)..].iter().take(10).take_while(|&&c| self.translit.has(c)).count();
                run > 0 && ctx.chars.get(from + run).is_some_and(|&c| SETS.dots.has(c))
            };
            let mut e = k + 1;
            loop {
                let part = e;
                while e < n
                    && e - part < 12
                    && tr(e)
                    && !(e > part && (self.post_cue_at(ctx, e) || self.weak_post_cue_at(ctx, e)))
                    // (司马义•麦提图尔荪保管: an everyday word of the sentence after a part of three or more.)
                    && !(e >= part + 3 && self.common_word_at(ctx, e) && !tr(e + 1))
                    // 玉苏甫·玉努斯和付红玲: a conjunction before the next name is not part of this one.
                    && !(e > part
                        && one_of(chars!("和与及"), ctx.chars[e])
                        && (self.is_surname_start(ctx, e + 1) || dotted_next(e + 1)))
                {
                    e += 1;
                }
                // 其其格‧那顺在外: a part is two characters at least, transliteration characters or not.
                while e - part < 2 && (tr(e) || han_at(e)) && !(e > part && self.weak_post_cue_at(ctx, e)) {
                    e += 1;
                }
                if e + 1 < n && SETS.dots.has(ctx.chars[e]) && tr(e + 1) {
                    e += 1;
                } else {
                    break;
                }
            }
            // 低保·特困, 价格·数量: one character before the dot makes a name only when transliteration
            // characters follow it.
            // (福利·救助, 顺利·平安, 意大利·罗马: 利, read only beside a dot (阿利木·吐尔逊, 玛利亚·李), opens no
            // name as the end of an everyday word or alone.)
            let by_dot_word = (k - s == 2
                && (s..k).any(|j| !self.translit.has(ctx.chars[j]))
                && self.holds_common_word(&ctx.chars[s..k]))
                || (k - s == 1 && !self.translit.has(ctx.chars[s]));
            let left_ok = (k - s >= 2 && !by_dot_word)
                || (e - k > 2 && !by_dot_word && (k + 1..e).all(|j| tr(j) || SETS.dots.has(ctx.chars[j])));
            if s < k && e > k + 1 && left_ok {
                out.push((Rank::Dotted, s, e));
            }
            k = e.max(k + 1);
        }
    }
}

/// Byte length of a list number before a name (1. / 2、 / (3) / ④ / 十八、), 0 when there is none. Name cells
/// and a notice's numbered lines read it the same way.
pub fn enumeration_prefix(part: &str) -> usize {
    // 共5人：吕秀静, 户内2人：杨宁生: a head count labelling the list. (Only after these words: in 王芳3人：
    // the name must not pass for a label.)
    if let Some((head, _)) = part.split_once(['：', ':']) {
        let word = head.trim_end_matches(['人', '口', '名']);
        let word = word.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let counted = word.len() < head.len()
            && head[word.len()..].starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        if counted && ["", "共", "计", "合计", "户内", "全家", "成员", "家庭成员", "家庭人口"].contains(&word)
        {
            return head.len() + part[head.len()..].chars().next().map_or(0, char::len_utf8);
        }
    }
    let t = part.trim_start_matches(['(', '（']);
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)).len();
    // (十八、, 四、: a Chinese numeral counts only with its mark.)
    let chinese = t.len() - t.trim_start_matches(|c: char| "一二三四五六七八九十百".contains(c)).len();
    let digits = if digits == 0 && t[chinese..].starts_with(['、', '.', '．']) { chinese } else { digits };
    let circled = t.chars().next().filter(|c| ('①'..='⑳').contains(c)).map_or(0, char::len_utf8);
    let num = digits.max(circled);
    if num == 0 {
        return 0;
    }
    let after = &t[num..];
    let mark = after.chars().next().filter(|c| matches!(c, '.' | '．' | '、' | ')' | '）' | ':' | '：'));
    let skipped = part.len() - t.len() + num + mark.map_or(0, char::len_utf8);
    // Only when a name follows (not 3人 or a bare number).
    if circled > 0 || mark.is_some() { skipped } else { 0 }
}

/// Trades a one-person business names between its owner and its kind (葛新建材经营部).
const SHOP_TRADES: [&str; 22] = [
    "农资", "建材", "五金", "日杂", "百货", "水产", "蔬菜", "水果", "粮油", "烟酒", "副食", "家电", "服装", "汽修",
    "机械", "生猪", "肉牛", "养猪", "养牛", "养羊", "养鸡", "综合",
];

/// Brand words whose first character is a common surname: 高远 is a shop's name before 农家乐.
const SHOP_BRANDS: [&str; 16] = [
    "高远", "高升", "高盛", "金源", "金鑫", "金达", "金盛", "金旺", "金利", "金鼎", "金丰", "金穗", "金福", "金龙",
    "林海", "宏达",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn det() -> NameDetector {
        NameDetector::builtin()
    }

    fn spans_text<'a>(text: &'a str, spans: &[NameSpan]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.start..s.end]).collect()
    }

    /// Strips the brackets of a names_in_context line: clean text and expected byte spans.
    fn parse_marked(marked: &str) -> (String, Vec<(usize, usize)>) {
        let mut clean = String::new();
        let mut spans = Vec::new();
        let mut open = None;
        for c in marked.chars() {
            match c {
                '[' => open = Some(clean.len()),
                ']' => {
                    if let Some(s) = open.take() {
                        spans.push((s, clean.len()));
                    }
                }
                _ => clean.push(c),
            }
        }
        (clean, spans)
    }

    #[test]
    fn detector_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<NameDetector>();
        assert_send_sync::<KnownNames>();
    }

    #[test]
    fn dictionaries_meet_their_minimum_sizes() {
        assert!(entries(SURNAMES_TXT).count() >= 400);
        assert!(entries(COMPOUND_TXT).count() >= 40);
        assert!((600..=900).contains(&entries(GIVEN_TXT).count()));
        assert!(entries(NOT_NAMES_TXT).count() >= 350);
        assert!(entries(include_str!("../../patterns/names/names_in_context.txt")).count() >= 350);
        for c in "金李朴崔郑姜".chars() {
            assert!(SURNAMES_TXT.lines().any(|l| l.trim() == c.to_string()));
        }
        for c in "哲永俊珍顺姬".chars() {
            assert!(GIVEN_TXT.lines().any(|l| l.trim() == c.to_string()));
        }
    }

    #[test]
    fn not_names_are_never_detected() {
        let d = det();
        let known = KnownNames::default();
        let mut bad = Vec::new();
        for (n, line) in entries(NOT_NAMES_TXT) {
            let spans = d.find(line, &known);
            if !spans.is_empty() {
                bad.push(format!("line {n}: {line} -> {:?}", spans_text(line, &spans)));
            }
        }
        assert!(bad.is_empty(), "{} false positives:\n{}", bad.len(), bad.join("\n"));
    }

    #[test]
    fn names_in_context_are_found() {
        let d = det();
        let known = KnownNames::default();
        let data = include_str!("../../patterns/names/names_in_context.txt");
        let cats = ["rel", "list", "cue", "dot", "bare"];
        let mut total = [0usize; 5];
        let mut hit = [0usize; 5];
        let mut misses = Vec::new();
        let mut false_pos = Vec::new();
        for (n, line) in entries(data) {
            let Some((cat, marked)) = line.split_once('\t') else {
                panic!("line {n}: missing category");
            };
            let Some(ci) = cats.iter().position(|c| *c == cat) else {
                panic!("line {n}: unknown category {cat}");
            };
            let (clean, expected) = parse_marked(marked);
            assert!(!expected.is_empty(), "line {n}: no bracketed name");
            let found = d.find(&clean, &known);
            for &(s, e) in &expected {
                total[ci] += 1;
                if found.iter().any(|f| f.start == s && f.end == e) {
                    hit[ci] += 1;
                } else {
                    misses.push(format!(
                        "{cat} line {n}: {} in {clean} -> {:?}",
                        &clean[s..e],
                        spans_text(&clean, &found)
                    ));
                }
            }
            for f in &found {
                if !expected.iter().any(|&(s, e)| s <= f.start && f.end <= e) {
                    false_pos.push(format!("line {n}: {} in {clean}", &clean[f.start..f.end]));
                }
            }
        }
        for (i, cat) in cats.iter().enumerate() {
            println!("{cat}: {}/{} found", hit[i], total[i]);
        }
        println!("false positives: {}", false_pos.len());
        let strict = [0, 3, 4];
        let strict_ok = strict.iter().all(|&i| hit[i] == total[i]);
        let (lc_hit, lc_total) = (hit[1] + hit[2], total[1] + total[2]);
        let loose_ok = lc_hit * 100 >= lc_total * 95;
        assert!(
            strict_ok && loose_ok && false_pos.is_empty(),
            "misses:\n{}\nfalse positives:\n{}",
            misses.join("\n"),
            false_pos.join("\n")
        );
        if !misses.is_empty() {
            println!("tolerated misses:\n{}", misses.join("\n"));
        }
    }

    #[test]
    fn relation_words_take_one_or_two_given_chars() {
        let d = det();
        let k = KnownNames::default();
        let cases = [
            ("因病致贫，其子李伟在外务工", vec!["李伟"]),
            ("户主张建国，因残致贫", vec!["张建国"]),
            ("姓名：张三", vec!["张三"]),
            ("其妻王芳患病", vec!["王芳"]),
            ("户主常年患病", vec![]),
            ("户主王某，因病致贫", vec![]),
            ("其子张某某在外务工", vec![]),
            ("户主欧阳娜娜", vec!["欧阳娜娜"]),
        ];
        for (text, want) in cases {
            assert_eq!(spans_text(text, &d.find(text, &k)), want, "{text}");
        }
    }

    #[test]
    fn known_names_are_found_anywhere() {
        let d = det();
        let mut k = KnownNames::default();
        k.insert("高明");
        k.insert("王");
        k.insert("  阿卜杜拉•买买提 ");
        assert_eq!(k.len(), 2);
        assert!(k.contains("阿卜杜拉·买买提"));
        let text = "此事高明处理，阿卜杜拉・买买提知情";
        let spans = d.find(text, &k);
        assert_eq!(spans_text(text, &spans), vec!["高明", "阿卜杜拉・买买提"]);
        assert_eq!(spans[0].evidence, Evidence::Known);
    }

    /// A name padded with spaces in its column is found however a remark spaces it, a minor's too.
    #[test]
    fn spaced_names_are_known_in_every_spelling() {
        let d = det();
        let mut k = KnownNames::default();
        k.insert("姚\u{3000}涛");
        k.insert_minor("王 小明");
        for t in ["户主姚涛落下病根", "户主姚 涛落下病根", "户主姚\u{3000}涛落下病根"] {
            let spans = d.find(t, &k);
            assert_eq!(spans.len(), 1, "{t}");
            assert_eq!(spans[0].evidence, Evidence::Known, "{t}");
        }
        assert!(k.is_minor("王小明") && k.is_minor("王 小明"));
        assert!(!k.is_minor("姚涛"));
    }

    /// Sets built from parts of a file (pass 1 in blocks) and merged find what one set built from all of it finds.
    #[test]
    fn merged_name_sets_hold_every_part() {
        let (mut a, mut b, mut whole) = (KnownNames::default(), KnownNames::default(), KnownNames::default());
        a.insert("王建国");
        b.insert("欧阳春花");
        b.insert("阿卜杜拉·买买提·吐尔逊");
        for name in ["王建国", "欧阳春花", "阿卜杜拉·买买提·吐尔逊"] {
            whole.insert(name);
        }
        b.insert_minor("李小雨");
        b.add_institution_landline("09538159736");
        a.add_institution_phone("敬老院", "04353216789", "李明");
        b.add_institution_phone("敬老院", "04353216789", "王芳");
        a.merge(b);
        for name in ["王建国", "欧阳春花", "阿卜杜拉·买买提·吐尔逊", "李小雨"] {
            assert!(a.contains(name), "{name}");
        }
        assert!(a.is_minor("李小雨") && !a.is_minor("王建国"));
        assert!(a.is_institution_landline("09538159736"));
        assert!(a.shared_institution_phone("敬老院", "04353216789"), "counts add up across parts");
        let d = det();
        let text = "其妻欧阳春花与阿卜杜拉·买买提·吐尔逊同住";
        assert_eq!(spans_text(text, &d.find(text, &a)), spans_text(text, &d.find(text, &whole)));
    }

    #[test]
    fn a_million_known_names_stay_fast() {
        let surn: Vec<char> = entries(SURNAMES_TXT).filter_map(|(_, l)| l.chars().next()).collect();
        let given: Vec<char> = entries(GIVEN_TXT).filter_map(|(_, l)| l.chars().next()).collect();
        let t = Instant::now();
        let mut k = KnownNames::default();
        let mut name = String::new();
        for i in 0..1_000_000usize {
            name.clear();
            name.push(surn[i % surn.len()]);
            name.push(given[(i / surn.len()) % given.len()]);
            name.push(given[(i / (surn.len() * given.len())) % given.len()]);
            k.insert(&name);
        }
        assert_eq!(k.len(), 1_000_000);
        let d = det();
        let text = "经核查，该户家庭成员均无固定收入，其子在外务工，收入微薄。".repeat(20);
        for _ in 0..200 {
            let _ = d.find(&text, &k);
        }
        let probe = format!("备注：{}已迁出", &name);
        assert_eq!(spans_text(&probe, &d.find(&probe, &k)), vec![name.as_str()]);
        assert!(t.elapsed().as_secs() < 30, "took {:?}", t.elapsed());
    }

    #[test]
    fn looks_like_name_tables() {
        let d = det();
        for yes in
            ["王桂兰", "张三", "欧阳娜娜", "金顺姬", "朴英哲", "阿卜杜拉·买买提", "艾力•吐尔逊", " 李伟 ", "司马建国"]
        {
            assert!(d.looks_like_name(yes), "{yes}");
        }
        for no in [
            "高龄",
            "金额",
            "周岁",
            "于是",
            "陈旧",
            "白天",
            "常住",
            "程序",
            "万元",
            "马路",
            "黄金",
            "林地",
            "江边",
            "房屋",
            "石头",
            "王某",
            "张某某",
            "李*",
            "备注",
            "合计",
            "石湖镇",
            "河南委",
            "东升委",
            "男",
            "王",
            "",
            "12345",
            "高血压",
            "王建国同志你好",
            "张 三",
        ] {
            assert!(!d.looks_like_name(no), "{no}");
        }
    }

    #[test]
    fn surname_len_prefers_compound() {
        let d = det();
        assert_eq!(d.surname_len("欧阳娜娜"), 6);
        assert_eq!(d.surname_len("张三"), 3);
        assert_eq!(d.surname_len("阿卜杜拉·买买提"), 3);
        assert_eq!(d.surname_len("司马"), 3);
        assert_eq!(d.surname_len(""), 0);
    }

    #[test]
    fn from_texts_rejects_bad_data() {
        let ok = NameTexts {
            surnames: "王\n",
            compound: "欧阳\n",
            given: "芳\n",
            relations: "户主\n",
            not_names: "高龄\n",
            common_words: "体检\n",
            word_names: "",
            cues: CUES_TXT,
            health: "",
        };
        assert!(NameDetector::from_texts(&ok).is_ok());
        let bad = |t: NameTexts| NameDetector::from_texts(&t).is_err();
        assert!(bad(NameTexts { surnames: "王五\n", ..ok }));
        assert!(bad(NameTexts { compound: "欧\n", ..ok }));
        assert!(bad(NameTexts { surnames: "# only a comment\n", ..ok }));
        assert!(bad(NameTexts { given: "a\n", ..ok }));
        assert!(bad(NameTexts { word_names: "华\n", ..ok }));
        assert!(bad(NameTexts { common_words: "体\n", ..ok }));
        // cues.toml: a missing group, an unknown key, an empty word.
        assert!(bad(NameTexts { cues: "[post]\nwords = [\"户\"]\n", ..ok }));
        assert!(bad(NameTexts { cues: &format!("{CUES_TXT}\n[extra]\nwords = []\n"), ..ok }));
        assert!(bad(NameTexts { cues: &CUES_TXT.replacen("\"户\",", "\"\",", 1), ..ok }));
        assert!(bad(NameTexts { cues: &CUES_TXT.replacen("\"和平\",", "\"和平区\",", 1), ..ok }));
    }

    /// The everyday words veto names that have no Han surname: none of them may be a name syllable of
    /// cues.toml, or the Tibetan and Yi rules would be undone (扎西 and 沙马 are jieba words too).
    #[test]
    fn common_words_hold_everyday_words_and_no_name_syllables() {
        let cues: CueFile = toml::from_str(CUES_TXT).expect("cues.toml");
        let words: Vec<&str> = entries(COMMON_WORDS_TXT).map(|(_, l)| l).collect();
        assert!(words.len() > 40_000, "{} common words", words.len());
        for w in ["体检", "医保", "新增", "夫妇", "几乎", "早逝", "丧偶"] {
            assert!(words.contains(&w), "{w} missing");
        }
        let syllables = cues.tibetan_syllables.words.iter().chain(&cues.yi_clans.words);
        let clash: Vec<&String> = syllables.filter(|s| words.contains(&s.as_str())).collect();
        assert!(clash.is_empty(), "name syllables among the common words: {clash:?}");
    }

    #[test]
    fn cue_groups_honour_their_examples() {
        let d = det();
        let known = KnownNames::default();
        let Ok(cues) = toml::from_str::<CueFile>(CUES_TXT) else { panic!("cues.toml parses") };
        let mut failures = Vec::new();
        for (group, g) in cues.groups() {
            assert!(!g.examples.is_empty() && !g.not_examples.is_empty(), "[{group}] needs examples of both kinds");
            for marked in &g.examples {
                let (clean, expected) = parse_marked(marked);
                let found: Vec<(usize, usize)> = d.find(&clean, &known).iter().map(|f| (f.start, f.end)).collect();
                if found != expected {
                    failures.push(format!("[{group}] {marked} -> {:?}", spans_text(&clean, &d.find(&clean, &known))));
                }
            }
            for text in &g.not_examples {
                let found = d.find(text, &known);
                if !found.is_empty() {
                    failures.push(format!("[{group}] {text} -> {:?}", spans_text(text, &found)));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
    #[test]
    fn random_text_never_panics() {
        let d = det();
        let mut k = KnownNames::default();
        k.insert("王芳");
        k.insert("艾力·吐尔逊");
        let alphabet: Vec<char> = "王李张刘陈高金周于欧阳司马其子户主姓名：:、，,/（(身份证等户家同志老人因经核查对由\
            芳伟建国秀英淑珍哲顺姬某*·•‧・．阿卜杜拉买提艾力吐尔逊 \t\n\r0123456789abcXYZ！。？…—\u{301}\u{200d}😀\u{10FFFF}\u{FEFF}\u{3000}"
            .chars()
            .collect();
        let mut next = crate::detect::xorshift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..4000 {
            let len = (next() % 40) as usize;
            let s: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let spans = d.find(&s, &k);
            let mut prev_end = 0;
            for sp in &spans {
                assert!(sp.start < sp.end && sp.end <= s.len());
                assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                assert!(sp.start >= prev_end, "overlap in {s:?}");
                prev_end = sp.end;
            }
            let _ = d.looks_like_name(&s);
            let l = d.surname_len(&s);
            assert!(s.is_char_boundary(l));
        }
    }
}
