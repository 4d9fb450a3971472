//@ compile-fail
// sort_by_key returns a &str borrowed from each element, which the key cannot outlive.
struct Nurse {
    name: String,
    hours: u32,
}

fn main() {
    let mut staff = vec![
        Nurse { name: "Chen".to_string(), hours: 36 },
        Nurse { name: "Ayla".to_string(), hours: 30 },
    ];
    staff.sort_by_key(|n| n.name.as_str()); //~ ERROR lifetime may not live long enough
    for n in &staff {
        println!("{} {}", n.name, n.hours);
    }
}
