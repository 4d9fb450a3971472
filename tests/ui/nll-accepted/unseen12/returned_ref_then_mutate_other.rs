// A method returns a reference into one field; another field is mutated through a separate borrow.
struct Library {
    titles: Vec<String>,
    loans: u32,
}

fn longest(titles: &[String]) -> &str {
    titles.iter().max_by_key(|t| t.len()).map(|t| t.as_str()).unwrap_or("")
}

fn main() {
    let mut lib = Library { titles: vec![String::from("Emma"), String::from("Middlemarch")], loans: 0 };
    let title = longest(&lib.titles);
    lib.loans += 1;
    println!("lent {} ({} loans)", title, lib.loans);
    lib.titles.push(String::from("Persuasion"));
    println!("{}", lib.titles.len());
}
