//! `verify`: proves an output is clean. Every cell of every sheet is re-scanned with all detectors,
//! strictly; anything personal not covered by the report's punitive scope or allow-list is a finding,
//! listed by cell reference and kind, never by value. With the report, the output's SHA-256 must match
//! (else it changed after masking); with the original, the layout must match and every changed cell must be
//! recorded in the report.

use crate::columns;
use crate::detect::{Kind, KnownNames, digits};
use crate::engine::{FormCell, Masker, Plan, is_placeholder, split_names};
use crate::error::{Error, Result};
use crate::io::{self, EncodingChoice};
use crate::report::{Report, in_ranges};
use crate::table::{Cell, Workbook, a1};
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One residual item.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Residual {
    pub cell: String,
    pub kind: String,
    pub reason: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Verdict {
    pub output: String,
    pub report: Option<String>,
    /// None when no report was available.
    pub output_hash_matches: Option<bool>,
    pub findings: Vec<Residual>,
    /// Layout or content differences against the original.
    pub original_mismatches: Vec<String>,
    pub cells_checked: u64,
}

impl Verdict {
    /// Clean: no finding, hash matches (if checked), original consistent (if checked).
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty() && self.output_hash_matches != Some(false) && self.original_mismatches.is_empty()
    }
}

/// Options of a verification.
#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    pub report: Option<PathBuf>,
    pub original: Option<PathBuf>,
    pub encoding: EncodingChoice,
}

fn load_report(path: &Path) -> Result<Report> {
    let text = std::fs::read(path).map_err(|e| Error::Report { path: path.into(), reason: e.to_string() })?;
    serde_json::from_slice(&text).map_err(|e| Error::Report { path: path.into(), reason: e.to_string() })
}

/// Verifies one output file.
pub fn verify_file(m: &Masker, output: &Path, vo: &VerifyOptions) -> Result<Verdict> {
    let report_path = vo.report.clone().or_else(|| {
        let p = crate::job::default_report_path(output);
        p.exists().then_some(p)
    });
    let report = match &report_path {
        Some(p) => Some(load_report(p)?),
        None => None,
    };
    let wb = io::read(output, vo.encoding)?;
    let mut v = Verdict {
        output: output.display().to_string(),
        report: report_path.as_ref().map(|p| p.display().to_string()),
        ..Verdict::default()
    };
    if let Some(r) = &report {
        v.output_hash_matches = Some(io::sha256_file(output)? == r.output.sha256);
    }
    // (A traditional-character output is read as simplified text, as masking read its input.)
    // (The sheets keep their names, which the report and the findings give as they are.)
    let simple: Vec<_> = wb.sheets.iter().map(|s| m.pats.script.rows(&s.rows)).collect();
    if simple.iter().all(|r| matches!(r, std::borrow::Cow::Borrowed(_))) {
        scan(m, &wb, report.as_ref(), &mut v);
    } else {
        let sheets = (wb.sheets.iter().zip(simple))
            .map(|(s, rows)| crate::table::Sheet {
                name: s.name.clone(),
                rows: rows.into_owned(),
                merges: s.merges.clone(),
                hidden: s.hidden,
            })
            .collect();
        scan(m, &Workbook { sheets, source: wb.source }, report.as_ref(), &mut v);
    }
    if let Some(orig) = &vo.original {
        let original = io::read(orig, EncodingChoice::Auto)?;
        compare(&original, &wb, report.as_ref(), &mut v);
    }
    Ok(v)
}

fn scan(m: &Masker, wb: &Workbook, report: Option<&Report>, v: &mut Verdict) {
    let kept: HashSet<&str> = report
        .and_then(|r| r.punitive.as_ref())
        .map(|p| p.kept_cells.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let allow: Vec<String> = report.map(|r| r.allow.clone()).unwrap_or_default();
    let allowed = |s: &str| {
        let sq: String = s.chars().filter(|c| !matches!(c, ' ' | '-' | '－')).collect();
        allow.iter().any(|a| a.chars().filter(|c| !matches!(c, ' ' | '-' | '－')).collect::<String>() == sq)
    };
    let empty = KnownNames::default();
    let plans: Vec<Plan> = wb
        .sheets
        .iter()
        .enumerate()
        .map(|(si, sheet)| {
            let mut plan = m.plan(sheet);
            // The report knows what each column was, even where masking made the content unrecognisable.
            // (A CSV's one sheet is named after its file, which masking renamed: the one sheet of each side.)
            let one_sheet = wb.sheets.len() == 1 && report.is_some_and(|r| r.sheets.len() == 1);
            if let Some(sr) = report.and_then(|r| r.sheets.get(si)).filter(|s| s.name == sheet.name || one_sheet) {
                plan.layout.header_row = sr.header_row.map(|h| h - 1);
                for (c, cr) in plan.layout.columns.iter_mut().zip(&sr.columns) {
                    if let Some(k) = Kind::from_label(&cr.kind) {
                        c.kind = k;
                    }
                    c.public = cr.public;
                }
                plan.phone_owners = columns::phone_owners(&plan.layout);
            }
            plan
        })
        .collect();
    // The institutions' phones (kept by masking) read the same in the output: count them there, file-wide, as
    // masking's first pass does. The names it also collects are the name columns' as they read now (see the
    // category column's check below).
    let mut institutions = KnownNames::default();
    for (sheet, plan) in wb.sheets.iter().zip(&plans) {
        m.collect_names(plan, &sheet.rows, 0, &mut institutions);
    }
    for (sheet, main_plan) in wb.sheets.iter().zip(plans) {
        let mut push = |r: usize, c: usize, kind: Kind, reason: &str| {
            v.findings.push(Residual {
                cell: format!("{}!{}", sheet.name, a1(r, c)),
                kind: kind.label().into(),
                reason: reason.into(),
            });
        };
        for (r, row) in sheet.rows.iter().enumerate() {
            // (A row of another table in the sheet is read by that table's plan, as masking read it.)
            let (plan, local) = main_plan.at(r);
            // (Another table's header is read cell by cell below, as the rows above a header are: masking leaves
            // only its plain headers.)
            if plan.layout.header_row == Some(local) && std::ptr::eq(plan, &main_plan) {
                continue;
            }
            // (A header printed again lower down, which masking reads as it reads the header: its plain headers
            // stay, any other cell is read as free text below.)
            let repeated_header = local > plan.data_start() && m.repeats_header(plan, row);
            let free = local < plan.data_start() || repeated_header || columns::is_free_row(row, plan.width);
            let signed_from = if free { None } else { m.signed_from(row) };
            let public_cells = crate::engine::public_neighbours(row);
            for (c, cell) in row.iter().enumerate() {
                let institution_phone = !free
                    && match plan.layout.columns.get(c).map(|col| col.kind) {
                        Some(Kind::Phone) => m.institution_phone(plan, &institutions, row, c),
                        Some(Kind::Address) => {
                            matches!(cell, Cell::Text(t) if m.institution_landline_cell(t, &institutions))
                        }
                        _ => false,
                    };
                if cell.is_blank() || public_cells.contains(&c) {
                    continue;
                }
                v.cells_checked += 1;
                // (A title above the header that reads as a header, with no personal data in it, is left by
                // masking: 严重精神障碍患者监护责任落实情况入户核查记录 names a programme, not a person.)
                if (local < plan.data_start() || repeated_header)
                    && m.plain_header(cell, &empty)
                    && m.form_value_kind(row, c).is_none()
                {
                    continue;
                }
                let signed = signed_from.is_some_and(|from| c >= from);
                let col = plan.layout.columns.get(c).filter(|_| !free && !signed);
                if col.is_some_and(|c| c.public) && !crate::engine::register_personal_number(plan, c, cell) {
                    continue;
                }
                let text = match cell {
                    Cell::Text(s) => s.clone(),
                    Cell::Int(_) | Cell::Float(_) => cell.as_text().into_owned(),
                    _ => continue,
                };
                // (组 | 1: the unit below the village typed as a number, which masking hides as it hides 5组; 网格编号
                // | XHTL-07-01, a grid's code in Latin letters and digits, set AV2.)
                let code = !text.chars().any(crate::detect::is_han)
                    && text.chars().any(|c| c.is_ascii_alphanumeric())
                    && !text.contains(crate::detect::address::MARKER)
                    && !is_placeholder(&text);
                if col.is_some()
                    && plan.below_village.contains(&c)
                    && (matches!(cell, Cell::Int(_) | Cell::Float(_)) || code)
                {
                    push(r, c, Kind::Address, "address detail below the village/community readable");
                    continue;
                }
                // (机构统一社会信用代码 | 126542217142510551: an organisation's code, which masking leaves.)
                if col.is_some()
                    && plan.org_code_cols.contains(&c)
                    && crate::detect::digits::is_labelled_org_code(&text)
                {
                    continue;
                }
                // (户编号 | 370283101001785232: a record's code, which masking leaves too.)
                if col.is_some() && plan.record_code_cols.contains(&c) && crate::engine::record_code_cell(cell, &text) {
                    continue;
                }
                let cref = format!("{}!{}", sheet.name, a1(r, c));
                // (救助对象（姓名+身份证） | 杨梅静: a cell with no ID, opening with a name, under an ID column that
                // names the person too, which masking reads as a name column's.)
                let named_id = col.is_some() && plan.named_id_cols.contains(&c) && m.named_id_name(&text);
                let kind = if signed || named_id {
                    Kind::Name
                } else if plan.layout.form_labels.is_empty() {
                    col.map_or_else(|| m.free_cell_kind(row, c), |c| c.kind)
                } else {
                    // A form: a label stays as masking left it; a value is read by its label.
                    match m.form_cell(plan, row, c) {
                        FormCell::Label => continue,
                        FormCell::Value(kind, _) => kind,
                    }
                };
                // (A name of the file's name columns whole in a category column, three characters or more, which
                // masking reads as text: the names collected above are the name columns' as they read now.)
                if kind == Kind::Other
                    && !kept.contains(cref.as_str())
                    && !plan.village_cols.contains(&c)
                    && text.trim().chars().count() >= 3
                    && text.trim().chars().all(crate::detect::is_han)
                    && institutions.contains(text.trim())
                {
                    push(r, c, Kind::Name, "a name of a name column readable in a category column");
                    continue;
                }
                // Strict scan of every cell for identifiers, addresses, health terms and names in context.
                for f in m.det.scan_text(&text, &empty) {
                    let span = &text[f.start..f.end];
                    if allowed(span) || (f.kind == Kind::Name && kept.contains(cref.as_str())) {
                        continue;
                    }
                    // An institution's own number stays; a person named beside it would not.
                    if (institution_phone && f.kind != Kind::Name)
                        || crate::engine::institution_landline_found(&f, &institutions)
                    {
                        continue;
                    }
                    // (A name's spelling in Latin letters, 蒲**（pujianjun）, is judged here: the parts below are Han.)
                    // (Sentences about kin, masked as free text, are judged by this scan alone.)
                    if f.kind == Kind::Name
                        && kind == Kind::Name
                        && !text[f.start..f.end].is_ascii()
                        && !crate::engine::kin_sentences(&m.det.names, &text)
                    {
                        continue; // judged below, part by part
                    }
                    // An office's own address, kept by masking (民政局地址：…云景路86号), and an institution's name
                    // (普陀区宜川中学).
                    if f.kind == Kind::Address
                        && (m.institution_address(&text, f.start, f.end)
                            || m.institution_team(&text[f.start + f.keep_len..f.end])
                            || (kind == Kind::Address && m.institution_street(&text)))
                    {
                        continue;
                    }
                    if f.kind == Kind::Name && m.in_institution_name(&text, f.start, f.end) {
                        continue;
                    }
                    // A number inside a community's name, which masking keeps whole (王串场五号路社区).
                    let rest = &text[f.end..];
                    if f.kind == Kind::Address
                        && kind == Kind::Address
                        && ["社区", "村", "居委会", "村委会"].iter().any(|w| rest.ends_with(w))
                        && !rest.chars().any(|c| c.is_ascii_digit())
                        && m.det.address.cut(&text).is_none()
                    {
                        continue;
                    }
                    // (严重精神障碍患者…发放表: a title's class of recipients, which masking leaves.)
                    if plan.layout.header_row.is_some_and(|h| local < h) && crate::engine::programme_class(&text, &f) {
                        continue;
                    }
                    // (救助对象类别 | 重度残疾人: a class of recipients in a category column, which masking leaves.)
                    if f.kind == Kind::Health && kind == Kind::Other && crate::engine::recipient_class(&text) {
                        continue;
                    }
                    // What masking leaves by its column's kind, read the same way here: a column of places,
                    // banks or amounts (村: 艾斯克萨村) is checked for identifiers only, and an address keeps its
                    // place names up to the mask marker (李家村***, 安吉街道屯里社区***: judged by the address
                    // rule below); a bank named beside an account
                    // (…0730（宁夏银行兴庆支行）) is no person.
                    // (河南 under 户籍地: a province, and what follows it, that masking keeps; 河 is a surname.)
                    // (Words under a header of numbers, 年龄 | 隋永贵, are read as text, as masking reads them.)
                    let numeric =
                        col.is_some() && plan.numeric_cols.contains(&c) && crate::engine::numeric_as_text(&text);
                    if matches!(f.kind, Kind::Name | Kind::Address)
                        && ((kind == Kind::Other && !m.category_as_text(&text) && !numeric)
                            || (kind == Kind::Address && crate::detect::address::bare_region(text.trim())))
                    {
                        continue;
                    }
                    if matches!(f.kind, Kind::Name | Kind::Address)
                        && kind == Kind::Address
                        && text.find(crate::detect::address::MARKER).is_some_and(|p| f.end <= p)
                    {
                        continue;
                    }
                    // (一卡通账号 | 同上月, 配偶证件 | 无证件: a placeholder, which masking leaves, set AU1.)
                    if f.kind == Kind::Name
                        && matches!(kind, Kind::BankAccount | Kind::Phone | Kind::IdCard)
                        && (m.pats.institutions.find(&text[f.end..]).is_some_and(|im| im.start() == 0)
                            || bank_branch_follows(&text[f.start..])
                            || is_placeholder(&text))
                    {
                        continue;
                    }
                    // (0778-5822301（院办） in a phone column: an office's desk, which masking leaves.)
                    if f.kind == Kind::Phone && kind == Kind::Phone && crate::detect::digits::desk_phone(&text) {
                        continue;
                    }
                    push(r, c, f.kind, "readable in the output");
                }
                match kind {
                    // (低保办王芳: an officer's name after the office's, which masking hides.)
                    Kind::Name
                        if !kept.contains(cref.as_str())
                            && m.pats.is_institution(&text)
                            && m.person_glued_after_office(&text).is_some() =>
                    {
                        push(r, c, Kind::Name, "full name readable in a name column");
                    }
                    Kind::Name
                        if !kept.contains(cref.as_str())
                            && !m.pats.is_institution(&text)
                            && !is_placeholder(&text)
                            && !m.det.names.surname_and_title(text.trim())
                            && !crate::engine::proxy_kin(&m.det.names, &text)
                            && !crate::engine::kin_sentences(&m.det.names, &text)
                            && !m.header_word_name(&text) =>
                    {
                        // Read each part as masking reads it: after its list number and relation word
                        // (户主：史**, 子：史**).
                        let whole = crate::engine::single_part(&text);
                        // (A login, zn_l*****: only a name it still spells is readable, as masking reads it.)
                        let login = crate::engine::login_cell(&text);
                        // (自报名“建*”: a reported name in quotes, readable while two of its characters are.)
                        let reported = crate::engine::self_reported(&text);
                        let readable = if let Some((s, e)) = reported {
                            text[s..e].chars().filter(|&c| crate::detect::is_han(c)).count() >= 2
                                && !is_placeholder(&text[s..e])
                                // (公孙**（自报）: a compound surname left, as masking leaves it.)
                                && !crate::engine::masked_name(&m.det.names, &text[s..e])
                        } else if login {
                            !m.det.login_names(&text).is_empty()
                        } else {
                            !crate::engine::spaced_masked(&m.det.names, &text)
                                && split_names(&text).any(|p| {
                                    let run = m.name_in_part(p, whole);
                                    let at = p.as_ptr() as usize - text.as_ptr() as usize;
                                    run.chars().count() >= 2
                                    && !crate::engine::spaced_masked_member(&m.det.names, &text, at)
                                    && !crate::engine::masked_name(&m.det.names, run)
                                    && !m.pats.is_institution(p)
                                    && !is_placeholder(p)
                                    && !is_placeholder(run)
                                    && !crate::engine::anonymised_name(run)
                                    && !m.label_run(run)
                                    // (孙全林 孩儿他爹 54岁 务农: a note on a member, which masking leaves, as it does.)
                                    && !m.det.names.member_note(run)
                                })
                                || spread_name_readable(m, &text)
                                // (单身（王建国）: a name in a part's bracketed note, which masking hides.)
                                || split_names(&text).any(|p| m.bracketed_name_readable(p))
                        };
                        // (金**(김상렬): the name in Hangul, which masking hides whole.)
                        let readable = readable || crate::detect::holds_hangul(&text);
                        if readable {
                            push(r, c, Kind::Name, "full name readable in a name column");
                        }
                    }
                    // (An institution's organisation code in an ID or an account column is public, as masking left
                    // it.)
                    Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount
                        if longest_digits(&text) >= 7
                            && !allowed(&text)
                            && !institution_phone
                            // (监督电话：0435-3218890 under the ID column: the strict scan reads it as text.)
                            && !crate::detect::digits::public_line(&text)
                            && (kind != Kind::Phone || !crate::detect::digits::desk_phone(&text))
                            && (!matches!(kind, Kind::IdCard | Kind::BankAccount)
                                || !crate::detect::digits::is_org_code(&text)) =>
                    {
                        push(r, c, kind, "7 or more consecutive digits left in an identifier column");
                    }
                    // (水费用户号 | LDZ9563: an account's short code, which masking hides from four digits on.)
                    Kind::BankAccount
                        if crate::engine::account_code(&text)
                            && longest_digits(&text) >= 4
                            && !allowed(&text)
                            && !crate::detect::digits::is_org_code(&text) =>
                    {
                        push(r, c, kind, "an account code left in an account column");
                    }
                    // (13602141562（吴元和）, 姜再兴（浙江湖州）188…: the holder's name beside the number, which
                    // masking hides as it reads it here.)
                    Kind::Phone
                        if !institution_phone
                            && !m.pats.is_institution(&text)
                            && !is_placeholder(&text)
                            && !allowed(&text)
                            && !m.runs_before_numbers(&text).is_empty() =>
                    {
                        push(r, c, Kind::Name, "a name beside the number readable in a phone column");
                    }
                    // (微信号 | he-liu1975: a contact's handle, which masking hides.)
                    Kind::Phone if !crate::detect::contact_handles(&text).is_empty() => {
                        push(r, c, kind, "a contact handle left in a contact column");
                    }
                    // (6.2306E+17: what Excel left of a card or an ID, which masking hides.)
                    Kind::IdCard | Kind::DisabilityCert | Kind::Phone | Kind::BankAccount
                        if crate::columns::scientific(&text).is_some() =>
                    {
                        push(r, c, kind, "a number in scientific notation left in an identifier column");
                    }
                    // (Masking keeps a phone after the address, masked, with its label: the address is the part
                    // up to the mask marker. A cell that names no place, or has no Han text, is no address.)
                    Kind::Address
                        if !m.pats.is_institution(&text)
                            && !m.institution_street(&text)
                            && !is_placeholder(&text)
                            && !m.says_where_only(&text)
                            && !crate::engine::date_alone(&text)
                            && !crate::engine::vehicle_model(&text)
                            && !crate::engine::said_region(&text)
                            && text.chars().any(crate::detect::is_han)
                            && {
                                let marker = crate::detect::address::MARKER;
                                let head = text.find(marker).map_or(text.as_str(), |p| &text[..p + marker.len()]);
                                !head.trim_end().ends_with(marker) && m.det.address.cut(head).is_some()
                            } =>
                    {
                        push(r, c, Kind::Address, "address detail below the village/community readable");
                    }
                    // (小区 | 宝通花园***: a column hidden whole keeps, before the marker, no more than the village or
                    // community it names, as masking cuts it.)
                    Kind::Address
                        if plan.below_village.contains(&c)
                            && text.find(crate::detect::address::MARKER).is_some_and(|p| {
                                let head = text[..p].trim();
                                head.chars().any(crate::detect::is_han)
                                    && !["村", "社区", "居委会", "村委会", "嘎查", "居委"]
                                        .iter()
                                        .any(|w| head.ends_with(w))
                                    && !m.pats.is_institution(head)
                            }) =>
                    {
                        push(r, c, Kind::Address, "address detail below the village/community readable");
                    }
                    // (— under 原类别等级: no grade; masking left it as it is, set E2.)
                    // (康复项目 | 康复训练: a service every disabled child may get, which masking keeps.)
                    Kind::Health
                        if !(matches!(text.trim(), "***" | "无")
                            || crate::engine::health_blank_in(&text, plan.death_cols.contains(&c))
                            || (plan.service_cols.contains(&c) && crate::engine::generic_rehab_service(&text))
                            || crate::engine::general_hospital(&text)) =>
                    {
                        push(r, c, Kind::Health, "health data readable");
                    }
                    _ => {}
                }
            }
        }
    }
}

fn longest_digits(s: &str) -> usize {
    let (mut best, mut cur) = (0, 0);
    for ch in s.chars() {
        if digits::digit_of(ch).is_some() {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

fn compare(orig: &Workbook, out: &Workbook, report: Option<&Report>, v: &mut Verdict) {
    const MAX: usize = 200;
    let note = |v: &mut Verdict, s: String| {
        if v.original_mismatches.len() < MAX {
            v.original_mismatches.push(s);
        }
    };
    if orig.sheets.len() != out.sheets.len() {
        note(v, format!("sheet count differs: original {}, output {}", orig.sheets.len(), out.sheets.len()));
        return;
    }
    for (si, (a, b)) in orig.sheets.iter().zip(&out.sheets).enumerate() {
        if a.name != b.name && !matches!(orig.source, crate::table::Source::Csv { .. }) {
            note(v, format!("sheet {} is named differently in the output", si + 1));
        }
        let rows_a = trimmed_len(&a.rows);
        let rows_b = trimmed_len(&b.rows);
        if rows_a != rows_b {
            note(v, format!("{}: row count differs (original {rows_a}, output {rows_b})", a.name));
        }
        let sr = report.and_then(|r| r.sheets.get(si));
        for r in 0..rows_a.max(rows_b) {
            let width = a.rows.get(r).map_or(0, Vec::len).max(b.rows.get(r).map_or(0, Vec::len));
            for c in 0..width {
                let (x, y) = (a.get(r, c), b.get(r, c));
                if same(x, y) {
                    continue;
                }
                let recorded =
                    sr.and_then(|s| s.columns.get(c)).is_some_and(|cr| in_ranges(&cr.changed_rows, r as u64 + 1));
                if !recorded {
                    note(
                        v,
                        format!(
                            "{}!{}: differs from the original and the report does not record a change",
                            a.name,
                            a1(r, c)
                        ),
                    );
                }
            }
        }
    }
}

fn trimmed_len(rows: &[Vec<Cell>]) -> usize {
    rows.iter().rposition(|r| r.iter().any(|c| !c.is_blank())).map_or(0, |i| i + 1)
}

/// Cells equal as a reader sees them (a number written back as the same number, text byte-identical).
fn same(a: &Cell, b: &Cell) -> bool {
    match (a, b) {
        (Cell::Int(i), Cell::Float(f)) | (Cell::Float(f), Cell::Int(i)) => (*i as f64) == *f,
        (Cell::Date { serial: s, .. }, Cell::Float(f)) | (Cell::Float(f), Cell::Date { serial: s, .. }) => s == f,
        (Cell::Empty, Cell::Text(t)) | (Cell::Text(t), Cell::Empty) => t.is_empty(),
        (x, y) if x.is_blank() && y.is_blank() => true,
        _ => a == b || a.as_text() == b.as_text() && !matches!(a, Cell::Text(_)),
    }
}

/// Whether a bank branch's word comes within a few Han characters of a found name's start (中国农业银行|共和
/// 支行: the place a branch is named after, not a person).
fn bank_branch_follows(rest: &str) -> bool {
    const BRANCH: [&str; 7] = ["支行", "分行", "分理处", "营业部", "营业所", "储蓄所", "信用社"];
    let han: usize = rest.chars().take_while(|&c| crate::detect::is_han(c)).take(6).map(char::len_utf8).sum();
    (0..=han).filter(|&k| rest.is_char_boundary(k)).any(|k| BRANCH.iter().any(|b| rest[k..].starts_with(b)))
}

/// Whether a name cell holds a name typed with spaces that masking would have hidden, still readable: 王 小明
/// (one space after a real surname) or 王 小 明 (a space between every character, among other text too).
fn spread_name_readable(m: &Masker, text: &str) -> bool {
    let han = |p: &str| p.chars().any(crate::detect::is_han);
    let names = &m.det.names;
    let spaced = crate::engine::spaced_name(names, text).is_some_and(|(_, _, given, _)| han(given));
    spaced
        || crate::engine::spread_names(text).into_iter().any(|(s, e)| {
            let run = &text[s..e];
            han(&run[crate::engine::spread_surname_len(names, run)..])
        })
        // (姜** 董  丽: a padded name beside another, its given part readable.)
        || crate::engine::padded_names(names, text).into_iter().any(|(s, e)| {
            let run = &text[s..e];
            let given = run.trim_end().rsplit(['\u{3000}', ' ']).next().unwrap_or("");
            han(given)
        })
}
