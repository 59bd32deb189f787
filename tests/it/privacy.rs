//! Privacy of everything but the output: unique marker values (an ID, a phone, a card, a name, an address,
//! a child) are planted in a roster, every command is run on it, successful and failing, and stdout, stderr
//! and every audit report are searched for them. None may appear: messages carry cell references, kinds,
//! counts and masked previews only.

use crate::support::*;
use std::path::{Path, PathBuf};

const NAME: &str = "慕容雪芙";
const GIVEN: &str = "雪芙";
const CHILD: &str = "诸葛晓雨";
const PHONE: &str = "15847392618";
const ADDRESS: &str = "吉林省通化市东昌区新站街道民主社区建设路987号6栋5单元404室";

struct Markers {
    id: String,
    bad_id: String,
    child_id: String,
    card: String,
}

impl Markers {
    fn new() -> Markers {
        let bad = id_with_check("22050219880715451");
        // The same digits with a wrong check character: still someone's ID.
        let wrong = if bad.ends_with('0') { '1' } else { '0' };
        Markers {
            id: id_with_check("22050219770523461"),
            bad_id: format!("{}{wrong}", &bad[..17]),
            child_id: id_with_check("22050220180304222"),
            card: card_with_luhn("621700938475610293"),
        }
    }

    /// Strings that must never be printed or reported.
    fn needles(&self) -> Vec<String> {
        let mut v: Vec<String> =
            vec![NAME.into(), GIVEN.into(), CHILD.into(), "晓雨".into(), "建设路987号".into(), "6栋5单元404室".into()];
        for secret in [&self.id, &self.bad_id, &self.child_id, &self.card, &PHONE.to_string()] {
            // Any 8 consecutive digits (hex fingerprints could hold 7 by chance, not 8 of a given run).
            let d: String = secret.chars().filter(char::is_ascii_digit).collect();
            for w in d.as_bytes().windows(8) {
                v.push(String::from_utf8_lossy(w).into_owned());
            }
        }
        v
    }

    fn roster(&self) -> String {
        format!(
            "序号,姓名,身份证号,手机,银行卡号,家庭住址,备注\n\
             1,{NAME},{id},{PHONE},{card},{ADDRESS},其女{CHILD}（身份证{child}）由{NAME}抚养，电话{PHONE}\n\
             2,张桂荣,{bad},13912345678,6217007114838263636,通化县快大茂镇红光村3组,邻居{NAME}代领\n\
             3,{CHILD},{child},,,{ADDRESS},\n",
            id = self.id,
            card = self.card,
            child = self.child_id,
            bad = self.bad_id,
        )
    }
}

/// Everything a run showed: the command, stdout and stderr.
struct Shown {
    what: String,
    text: String,
    code: Option<i32>,
}

fn run(what: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Shown {
    let o = tuomin().args(args.iter().map(|a| a.as_ref())).args(["--as-of", "2026-11-28"]).output().unwrap();
    Shown {
        what: what.into(),
        text: format!("{}\n{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)),
        code: o.status.code(),
    }
}

/// Every `.audit.json` below `dir`.
fn reports(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".audit.json") {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn no_command_prints_or_reports_personal_data() {
    let mk = Markers::new();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let roster = d.join("roster.csv");
    std::fs::write(&roster, mk.roster()).unwrap();
    let out_csv = d.join("out.csv");
    let out_xlsx = d.join("out.xlsx");
    let json_out = d.join("json.csv");
    // Failing inputs that hold the same data.
    let fake_xlsx = d.join("fake.xlsx");
    std::fs::write(&fake_xlsx, mk.roster()).unwrap();
    let bad_utf8 = d.join("bad_utf8.csv");
    let mut bytes = mk.roster().into_bytes();
    bytes.extend_from_slice(format!("4,{NAME},{}\u{0},", mk.id).as_bytes());
    bytes.extend_from_slice(b"\xFF\xFE\n");
    std::fs::write(&bad_utf8, bytes).unwrap();
    let bad_policy = d.join("bad.toml");
    std::fs::write(&bad_policy, "allow = []\nbogus = 1\n").unwrap();
    let batch = d.join("batch");
    std::fs::create_dir_all(&batch).unwrap();
    std::fs::write(batch.join("a.csv"), mk.roster()).unwrap();
    std::fs::write(batch.join("b.xlsx"), mk.roster()).unwrap();
    std::fs::write(batch.join("c.csv"), b"").unwrap();
    let batch_out = d.join("batch-out");
    let pun_out = d.join("punitive.csv");

    let shown = vec![
        run("mask", &[&"mask", &roster, &"-o", &out_csv]),
        run("mask --json", &[&"mask", &roster, &"-o", &json_out, &"--json"]),
        run("mask to xlsx", &[&"mask", &roster, &"-o", &out_xlsx]),
        run("mask again (exists)", &[&"mask", &roster, &"-o", &out_csv]),
        run("scan", &[&"scan", &roster]),
        run("scan --json", &[&"scan", &roster, &"--json"]),
        run("scan xlsx output", &[&"scan", &out_xlsx]),
        run("verify", &[&"verify", &out_csv]),
        run("verify --json", &[&"verify", &out_csv, &"--json"]),
        run("verify --original", &[&"verify", &out_csv, &"--original", &roster]),
        run("verify --original --json", &[&"verify", &out_xlsx, &"--original", &roster, &"--json"]),
        run("verify the unmasked input", &[&"verify", &roster]),
        run("verify --json the unmasked input", &[&"verify", &roster, &"--json"]),
        run("mask a CSV named .xlsx", &[&"mask", &fake_xlsx, &"-o", &d.join("f.xlsx")]),
        run("mask invalid UTF-8", &[&"mask", &bad_utf8, &"-o", &d.join("u.csv"), &"--encoding", &"utf-8"]),
        run("scan invalid UTF-8", &[&"scan", &bad_utf8]),
        run("mask with a bad policy", &[&"mask", &roster, &"-o", &d.join("p.csv"), &"--policy", &bad_policy]),
        run("mask --punitive without basis", &[&"mask", &roster, &"-o", &d.join("q.csv"), &"--punitive"]),
        run(
            "mask --punitive-rows on a missing column",
            &[
                &"mask",
                &roster,
                &"-o",
                &d.join("r.csv"),
                &"--punitive",
                &"--legal-basis",
                &"《社会救助暂行办法》第六十八条",
                &"--punitive-rows",
                &"违规=是",
            ],
        ),
        run(
            "mask --punitive",
            &[&"mask", &roster, &"-o", &pun_out, &"--punitive", &"--legal-basis", &"《社会救助暂行办法》第六十八条"],
        ),
        run("batch with failing files", &[&"mask", &batch, &"-o", &batch_out]),
        run("batch --json", &[&"mask", &batch, &"-o", &d.join("batch-json"), &"--json", &"--force"]),
        run("verify a folder", &[&"verify", &batch_out]),
        run("verify --json a folder", &[&"verify", &batch_out, &"--json"]),
    ];
    // The runs did what they should, so the search below covers both paths.
    let code = |w: &str| shown.iter().find(|s| s.what == w).and_then(|s| s.code);
    assert_eq!(code("mask"), Some(0));
    assert_eq!(code("verify"), Some(0));
    assert_eq!(code("verify the unmasked input"), Some(1));
    for w in [
        "mask a CSV named .xlsx",
        "mask invalid UTF-8",
        "mask with a bad policy",
        "mask --punitive without basis",
        "batch with failing files",
    ] {
        assert_eq!(code(w), Some(2), "{w}");
    }
    let mut leaks = Vec::new();
    let needles = mk.needles();
    // The search is not vacuous: every needle is in the roster.
    let src = mk.roster();
    for n in &needles {
        assert!(src.contains(n.as_str()), "{n} is not in the roster");
    }
    for s in &shown {
        for n in &needles {
            if s.text.contains(n.as_str()) {
                leaks.push(format!("{}: prints {n:?}", s.what));
            }
        }
    }
    let reps = reports(d);
    assert!(reps.len() >= 5, "reports found: {reps:?}");
    for r in &reps {
        let text = std::fs::read_to_string(r).unwrap();
        for n in &needles {
            if text.contains(n.as_str()) {
                leaks.push(format!("{}: holds {n:?}", r.display()));
            }
        }
    }
    assert!(leaks.is_empty(), "personal data shown:\n{}", leaks.join("\n"));
}

/// The error type documents that it never carries a cell value; check the library side too: every
/// refusal of a damaged input names the file, never the text inside it.
#[test]
fn library_errors_carry_no_cell_text() {
    let mk = Markers::new();
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("a.xlsx", mk.roster().into_bytes()),
        ("b.xls", mk.roster().into_bytes()),
        ("c.ods", mk.roster().into_bytes()),
        ("d.csv", {
            let mut b = mk.roster().into_bytes();
            b.extend_from_slice(b"\xFF\n");
            b
        }),
    ];
    for (name, bytes) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let e = match tuomin::io::read(&p, tuomin::io::EncodingChoice::Utf8) {
            Ok(_) => panic!("{name} should not read"),
            Err(e) => e.to_string(),
        };
        for n in mk.needles() {
            assert!(!e.contains(n.as_str()), "{name}: {e}");
        }
    }
}
