// The Book's exercise: "Add Sally to Engineering" commands into a HashMap of departments, listed sorted
use std::collections::{BTreeMap, HashMap};

fn apply(company: &mut HashMap<String, Vec<String>>, command: &str) -> Result<String, String> {
    let words: Vec<&str> = command.split_whitespace().collect();
    match words.as_slice() {
        ["Add", name, "to", dept] => {
            let staff = company.entry(dept.to_string()).or_default();
            if staff.iter().any(|n| n == name) {
                return Err(format!("{} already in {}", name, dept));
            }
            staff.push(name.to_string());
            Ok(format!("added {} to {}", name, dept))
        }
        ["Remove", name, "from", dept] => {
            let staff = company.get_mut(*dept).ok_or(format!("no department {}", dept))?;
            let before = staff.len();
            staff.retain(|n| n != name);
            if staff.len() == before {
                Err(format!("{} not in {}", name, dept))
            } else {
                Ok(format!("removed {} from {}", name, dept))
            }
        }
        [] => Err(String::from("empty command")),
        _ => Err(format!("cannot understand: {}", command)),
    }
}

fn main() {
    let mut company: HashMap<String, Vec<String>> = HashMap::new();
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bea to Engineering",
        "Add Sally to Engineering",
        "Add Carl to Sales",
        "Remove Amir from Sales",
        "Remove Amir from Sales",
        "Remove Zoe from Marketing",
        "Hire everyone",
        "",
        "Add Dana to Marketing",
    ];
    for c in commands {
        match apply(&mut company, c) {
            Ok(msg) => println!("ok    {}", msg),
            Err(msg) => println!("error {}", msg),
        }
    }
    let sorted: BTreeMap<&String, Vec<&String>> = company
        .iter()
        .map(|(dept, people)| {
            let mut p: Vec<&String> = people.iter().collect();
            p.sort();
            (dept, p)
        })
        .collect();
    for (dept, people) in &sorted {
        println!("{}: {}", dept, people.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
    }
    let headcount: usize = company.values().map(Vec::len).sum();
    println!("headcount {}", headcount);
}
