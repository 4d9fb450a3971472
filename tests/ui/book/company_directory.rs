// Collections: a department directory with HashMap<String, Vec<String>>, entries, sorted output.
use std::collections::HashMap;

fn parse(cmd: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = cmd.split_whitespace().collect();
    match parts.as_slice() {
        ["Add", name, "to", dept] => Some((name.to_string(), dept.to_string())),
        _ => None,
    }
}

fn main() {
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Zed",
        "Add Ana to Sales",
        "Add Cleo to Engineering",
    ];
    let mut dir: HashMap<String, Vec<String>> = HashMap::new();
    for c in commands {
        match parse(c) {
            Some((name, dept)) => dir.entry(dept).or_insert_with(Vec::new).push(name),
            None => println!("ignored: {c}"),
        }
    }
    let mut depts: Vec<&String> = dir.keys().collect();
    depts.sort();
    for d in &depts {
        let mut people = dir[*d].clone();
        people.sort();
        println!("{d}: {}", people.join(", "));
    }
    let total: usize = dir.values().map(|v| v.len()).sum();
    println!("{total} people in {} departments", dir.len());
    let mut all: Vec<String> = dir.into_values().flatten().collect();
    all.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", all);
}
