// Keeps a class roster sorted by inserting at the position binary_search returns, and looks students up by name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Student {
    last: String,
    first: String,
}

fn enroll(roster: &mut Vec<Student>, last: &str, first: &str) -> bool {
    let s = Student { last: last.to_string(), first: first.to_string() };
    match roster.binary_search(&s) {
        Ok(_) => false,
        Err(pos) => {
            roster.insert(pos, s);
            true
        }
    }
}

fn main() {
    let mut roster: Vec<Student> = Vec::new();
    let names = [
        ("Okafor", "Chidi"),
        ("Alvarez", "Lucia"),
        ("Nguyen", "Bao"),
        ("Alvarez", "Diego"),
        ("Okafor", "Chidi"),
        ("Berg", "Ingrid"),
    ];
    for (last, first) in names.iter() {
        if !enroll(&mut roster, last, first) {
            println!("duplicate: {} {}", first, last);
        }
    }
    for (i, s) in roster.iter().enumerate() {
        println!("{}. {}, {}", i + 1, s.last, s.first);
    }
    let by_last = roster.binary_search_by(|s| s.last.as_str().cmp("Nguyen"));
    println!("Nguyen: {:?}", by_last);
    let missing = roster.binary_search_by_key(&"Zhang", |s| s.last.as_str());
    println!("Zhang: {:?}", missing);
    let alvarez = roster.partition_point(|s| s.last.as_str() < "Alvarez");
    let after = roster.partition_point(|s| s.last.as_str() <= "Alvarez");
    println!("Alvarez block: {}..{}", alvarez, after);
}
