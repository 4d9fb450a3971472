// A form validator like a JavaScript validation library: named fields, rules as Box<dyn Fn(&str) -> Option<String>>, errors collected.
use std::collections::HashMap;

type Rule = Box<dyn Fn(&str) -> Option<String>>;

fn required() -> Rule {
    Box::new(|v| if v.trim().is_empty() { Some("is required".to_string()) } else { None })
}

fn min_len(n: usize) -> Rule {
    Box::new(move |v| if v.chars().count() < n { Some(format!("must have at least {} characters", n)) } else { None })
}

fn numeric_between(lo: i32, hi: i32) -> Rule {
    Box::new(move |v| match v.trim().parse::<i32>() {
        Ok(n) if n >= lo && n <= hi => None,
        Ok(n) => Some(format!("{} is not between {} and {}", n, lo, hi)),
        Err(_) => Some(format!("'{}' is not a number", v)),
    })
}

fn contains(ch: char) -> Rule {
    Box::new(move |v| if v.contains(ch) { None } else { Some(format!("must contain '{}'", ch)) })
}

struct Validator {
    rules: Vec<(String, Vec<Rule>)>,
}

impl Validator {
    fn new() -> Self {
        Validator { rules: Vec::new() }
    }

    fn field(mut self, name: &str, rules: Vec<Rule>) -> Self {
        self.rules.push((name.to_string(), rules));
        self
    }

    fn validate(&self, form: &HashMap<&str, &str>) -> Result<(), Vec<String>> {
        let mut errors = Vec::new();
        for (name, rules) in &self.rules {
            let value = form.get(name.as_str()).copied().unwrap_or_default();
            if let Some(msg) = rules.iter().find_map(|r| r(value)) {
                errors.push(format!("{} {}", name, msg));
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

fn main() {
    let validator = Validator::new()
        .field("username", vec![required(), min_len(3)])
        .field("email", vec![required(), contains('@'), contains('.')])
        .field("age", vec![required(), numeric_between(13, 120)]);

    let forms: Vec<Vec<(&str, &str)>> = vec![
        vec![("username", "neo"), ("email", "neo@matrix.io"), ("age", "33")],
        vec![("username", "x"), ("email", "x@y"), ("age", "7")],
        vec![("email", "nobody"), ("age", "old")],
        vec![("username", "  "), ("email", "a@b.c"), ("age", " 120 ")],
    ];
    for (i, pairs) in forms.into_iter().enumerate() {
        let form: HashMap<&str, &str> = pairs.into_iter().collect();
        match validator.validate(&form) {
            Ok(()) => println!("form {}: valid", i),
            Err(errors) => {
                println!("form {}: {} error(s)", i, errors.len());
                for e in errors {
                    println!("  - {}", e);
                }
            }
        }
    }
}
