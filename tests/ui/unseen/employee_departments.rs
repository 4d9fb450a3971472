// Chapter 8 exercise: a text interface to add employees to departments, with a HashMap.
use std::collections::HashMap;

fn process(command: &str, company: &mut HashMap<String, Vec<String>>) -> Result<(), String> {
    let words: Vec<&str> = command.split_whitespace().collect();
    match words.as_slice() {
        ["Add", name, "to", dept] => {
            company.entry(dept.to_string()).or_default().push(name.to_string());
            Ok(())
        }
        ["Remove", name, "from", dept] => {
            let list = company.get_mut(*dept).ok_or(format!("no department {dept}"))?;
            let before = list.len();
            list.retain(|n| n != name);
            if list.len() == before {
                return Err(format!("{name} is not in {dept}"));
            }
            Ok(())
        }
        _ => Err(format!("cannot understand '{command}'")),
    }
}

fn main() {
    let mut company: HashMap<String, Vec<String>> = HashMap::new();
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Zed from Sales",
        "Remove Amir from Sales",
        "Hire everyone",
        "Add Alice to Engineering",
        "Remove Bob from Marketing",
    ];
    for c in commands {
        if let Err(e) = process(c, &mut company) {
            println!("error: {e}");
        }
    }
    let mut depts: Vec<&String> = company.keys().collect();
    depts.sort();
    for d in depts {
        let mut people = company[d].clone();
        people.sort();
        println!("{d}: {}", people.join(", "));
    }
    println!("{}", company.len());
    println!("{}", company.contains_key("Sales"));
}
