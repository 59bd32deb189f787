//! What to mask how: per kind, per column header, and the values that are never masked.
//!
//! The policy is strict TOML (unknown keys are errors). Punitive disclosure is deliberately NOT a policy
//! setting: only command-line flags can switch it on (see [`crate::engine::Punitive`]).

use crate::detect::Kind;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How a value is masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The kind's convention (surname kept, 139****1234, address cut at the village …).
    Builtin,
    /// Keep `first` leading and `last` trailing characters.
    KeepFirstLast,
    /// Every character a `*`.
    Redact,
    /// A fixed text.
    Replace,
    /// Leave readable.
    Keep,
}

/// A masking rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Rule {
    /// The kind's convention.
    pub const BUILTIN: Rule = Rule { action: Action::Builtin, first: None, last: None, text: None };

    fn check(&self, what: &str) -> std::result::Result<(), String> {
        match self.action {
            Action::KeepFirstLast if self.first.is_none() && self.last.is_none() => {
                Err(format!("{what}: keep_first_last needs `first` and/or `last`"))
            }
            Action::Replace if self.text.is_none() => Err(format!("{what}: replace needs `text`")),
            _ => Ok(()),
        }
    }
}

/// A rule for one column, by its exact header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnRule {
    pub header: String,
    /// Forces the column's kind (for headers the vocabulary does not know).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl ColumnRule {
    /// The masking rule it sets, if any.
    pub fn rule(&self) -> Option<Rule> {
        self.action.map(|action| Rule { action, first: self.first, last: self.last, text: self.text.clone() })
    }
}

/// The effective policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub kinds: BTreeMap<String, Rule>,
    #[serde(default)]
    pub columns: Vec<ColumnRule>,
}

impl Policy {
    /// Parses and checks a policy text. `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Policy> {
        let p: Policy =
            toml::from_str(text).map_err(|e| Error::Policy { path: origin.to_string(), reason: one_line(&e) })?;
        for (k, r) in &p.kinds {
            if Kind::from_label(k).is_none_or(|k| !k.is_personal()) {
                return Err(Error::Policy { path: origin.into(), reason: format!("unknown kind `{k}` in [kinds]") });
            }
            r.check(&format!("kinds.{k}")).map_err(|reason| Error::Policy { path: origin.into(), reason })?;
        }
        for c in &p.columns {
            if let Some(k) = &c.kind
                && Kind::from_label(k).is_none()
            {
                return Err(Error::Policy { path: origin.into(), reason: format!("unknown kind `{k}` for column") });
            }
            if let Some(r) = c.rule() {
                r.check(&format!("column {:?}", c.header))
                    .map_err(|reason| Error::Policy { path: origin.into(), reason })?;
            }
        }
        Ok(p)
    }

    /// The rule for a kind (the built-in convention when the policy is silent).
    pub fn rule_for(&self, kind: Kind) -> Rule {
        self.kinds.get(kind.label()).cloned().unwrap_or(Rule::BUILTIN)
    }

    /// The column rule for an exact header.
    pub fn column(&self, header: &str) -> Option<&ColumnRule> {
        let h = crate::patterns::normalize_header(header);
        self.columns.iter().find(|c| crate::patterns::normalize_header(&c.header) == h)
    }

    /// Whether a value (compared without spaces and dashes) is on the allow-list.
    pub fn allows(&self, value: &str) -> bool {
        if self.allow.is_empty() {
            return false;
        }
        let v = squash(value);
        self.allow.iter().any(|a| squash(a) == v)
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '-' | '－' | '\u{3000}')).collect()
}

fn one_line(e: &impl std::fmt::Display) -> String {
    e.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_parses_with_expected_rules() {
        let p = Policy::parse(include_str!("../patterns/policy.toml"), "default").unwrap();
        let id = p.rule_for(Kind::IdCard);
        assert_eq!((id.action, id.first, id.last), (Action::KeepFirstLast, Some(6), Some(4)));
        assert_eq!(p.rule_for(Kind::Health).action, Action::Replace);
        assert_eq!(p.rule_for(Kind::Name).action, Action::Builtin);
        assert!(p.allow.is_empty());
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(Policy::parse("punitive = true", "x").is_err());
        assert!(Policy::parse("[kinds.name]\naction = \"keep\"\nfoo = 1", "x").is_err());
        assert!(Policy::parse("[kinds.nme]\naction = \"keep\"", "x").is_err());
        assert!(Policy::parse("[kinds.id_card]\naction = \"keep_first_last\"", "x").is_err());
    }

    #[test]
    fn allow_list_ignores_separators() {
        let p = Policy::parse("allow = [\"0435-3201234\"]", "x").unwrap();
        assert!(p.allows("0435 3201234"));
        assert!(!p.allows("0435-3201235"));
    }
}
